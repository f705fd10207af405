"""Kill and resume: a run killed with SIGKILL mid-way and started again with the same command ends with
every sample exactly once and the same score (and responses) as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from mmeval.cli import main as mmeval_main
from mmeval.runs.store import load_run

pytestmark = pytest.mark.slow


def _lines(path):
    return path.read_text(encoding="utf-8").count("\n") if path.exists() else 0


def _start_and_kill(args, samples, at_least=1, timeout=240):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "mmeval", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + timeout
    while _lines(samples) < at_least:
        if proc.poll() is not None:
            pytest.fail(f"run ended before it could be killed: {proc.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("run produced no samples in time")
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    return proc.returncode


def test_sigkill_then_resume_matches_uninterrupted_run(tiny_model_dir, tiny_mathvista_run, harness, tmp_path):
    ref_dir, ref_proc = tiny_mathvista_run
    assert ref_proc.returncode == 0, ref_proc.stderr[-2000:]
    out = tmp_path / "killed"
    args = harness.tiny_run_args(tiny_model_dir, out)
    samples = out / "samples.jsonl"

    assert _start_and_kill(args, samples) == -signal.SIGKILL
    n_before = _lines(samples)
    assert 1 <= n_before < 8, "killed too late to test resume"
    assert not (out / "results.json").exists()

    # The same command again (in this process, to spare a second interpreter start-up).
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        assert mmeval_main(args) == 0
    finally:
        torch.set_num_threads(threads)

    keys = Counter(json.loads(line)["key"] for line in samples.read_text().splitlines())
    assert len(keys) == 8 and set(keys.values()) == {1}, "every sample exactly once"
    ref_results, ref_rows = load_run(ref_dir)
    results, rows = load_run(out)
    assert set(keys) == {r["key"] for r in ref_rows}
    for name in ("score", "n", "n_correct", "n_scored", "status_counts", "breakdowns"):
        assert results[name] == ref_results[name], name
    by_key = {r["key"]: r for r in ref_rows}
    assert all(r["response"] == by_key[r["key"]]["response"] for r in rows)


def test_changed_generation_config_does_not_reuse_samples(tiny_model_dir, tiny_mathvista_run):
    """The key covers the generation config: the same folder with other settings starts afresh."""
    from mmeval.benchmarks import fixture_path, get_benchmark
    from mmeval.runs.runner import RunConfig, plan_units

    ref_dir, _ = tiny_mathvista_run
    _, rows = load_run(ref_dir)
    bench = get_benchmark("mathvista")
    items = bench.load("testmini", fixture_path("mathvista"))
    same = RunConfig(model=str(tiny_model_dir), benchmark="mathvista", backend="transformers",
                     split="testmini", max_new_tokens=8, batch_size=1)  # fmt: skip
    assert {u.key for u in plan_units(bench, items, same)} == {r["key"] for r in rows}
    for change in ({"max_new_tokens": 9}, {"seed": 1}, {"prompt_template": "mm-eureka"}, {"model": "other"}):
        other = RunConfig(**{**same.__dict__, **change})
        assert not {u.key for u in plan_units(bench, items, other)} & {r["key"] for r in rows}, change
