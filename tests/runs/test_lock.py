"""One writer per run folder, atomic replacement of a scored folder, and duplicates never counted twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from mmeval.runs.lock import LOCK_FILE, RunLockedError, run_lock
from mmeval.runs.predictions import PredictionsError, read_predictions
from mmeval.runs.store import load_run, read_samples, write_run_folder

HOLD = "import sys, time; from mmeval.runs.lock import run_lock\nwith run_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)\n"  # fmt: skip


def _holder(folder):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_writer_gets_an_error_naming_the_holder(tmp_path):
    proc = _holder(tmp_path / "run")
    try:
        with pytest.raises(RunLockedError, match=rf"in use by pid {proc.pid} on \S+ since 20"):
            with run_lock(tmp_path / "run"):
                pass
    finally:
        proc.kill()
        proc.wait()


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    proc = _holder(tmp_path / "run")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads((tmp_path / "run" / LOCK_FILE).read_text())["pid"] == proc.pid  # its details remain
    with run_lock(tmp_path / "run"):  # ... but the kernel released its lock
        assert json.loads((tmp_path / "run" / LOCK_FILE).read_text())["pid"] == os.getpid()


def test_the_lock_is_reentrant_within_a_process(tmp_path):
    with run_lock(tmp_path), run_lock(tmp_path):
        pass
    with run_lock(tmp_path):  # released after the outer block
        pass


def test_write_run_folder_never_shows_new_samples_beside_old_results(tmp_path, monkeypatch):
    """A failure (or kill) after the samples are replaced leaves no results.json at all, so the folder
    reads as incomplete, aggregated from its own rows, never as another scoring's results."""
    import mmeval.runs.store as store

    old = [{"key": "a", "id": "1", "response": "x", "status": "correct", "correct": True}]
    write_run_folder(tmp_path, old, {"model": "old", "score": 100.0})
    new = [{"key": "b", "id": "2", "response": "y", "status": "incorrect", "correct": False}]

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "write_results", crash)
    with pytest.raises(KeyboardInterrupt):
        write_run_folder(tmp_path, new, {"model": "new", "score": 0.0})
    results, rows = load_run(tmp_path)
    assert results.get("incomplete") and results["score"] == 0.0 and [r["key"] for r in rows] == ["b"]


def test_duplicate_ids_in_a_predictions_file_are_an_error(tmp_path):
    path = tmp_path / "preds.jsonl"
    path.write_text(
        '{"id": "1", "response": "a"}\n{"id": "2", "response": "b"}\n{"id": "1", "response": "c"}\n'
    )
    with pytest.raises(
        PredictionsError, match=r"preds.jsonl:3: duplicate id '1' \(sample 0\), first at .*:1"
    ):
        read_predictions(path)


def test_a_run_folder_with_rows_written_twice_is_read_once(tmp_path):
    rows = [{"key": f"k{i}", "id": str(i), "sample_idx": 0, "response": "1"} for i in range(3)]
    text = "".join(json.dumps(r) + "\n" for r in rows)
    (tmp_path / "samples.jsonl").write_text(text + text)
    assert len(read_samples(tmp_path / "samples.jsonl")) == 3
    assert [p.id for p in read_predictions(tmp_path)] == ["0", "1", "2"]


@pytest.mark.slow
def test_two_runs_into_one_folder(tiny_model_dir, harness, tmp_path):
    """`mmeval run` into a folder another process writes stops with the holder named (one line, exit 2);
    two runs started together then never write a row twice. Under load the second may start only after
    the first finished (it then resumes a complete folder: exit 0), so the exit codes are [0, 2] or
    [0, 0]; the refusal itself is checked first, deterministically, against a held lock."""
    out = tmp_path / "shared"
    args = harness.tiny_run_args(tiny_model_dir, out)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    holder = _holder(out)
    try:
        refused = subprocess.run([sys.executable, "-m", "mmeval", *args], env=env, text=True,
                                 capture_output=True, timeout=300)  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode == 2, refused.stderr
    err = refused.stderr
    assert f"is in use by pid {holder.pid}" in err and "Traceback" not in err and err.strip().count("\n") == 0
    procs = [subprocess.Popen([sys.executable, "-m", "mmeval", *args], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]  # fmt: skip
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert sorted(code for code, _ in results) in ([0, 2], [0, 0]), results
    assert all("is in use by pid" in e and e.strip().count("\n") == 0 for code, e in results if code == 2)
    lines = (out / "samples.jsonl").read_text().splitlines()
    assert len(lines) == len({json.loads(x)["key"] for x in lines}) == 8
