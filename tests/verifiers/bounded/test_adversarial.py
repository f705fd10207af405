"""The adversarial corpus (tests/verifiers/data/adversarial.jsonl): every pair returns within its limit
+ 1 s in the main thread, in a ThreadPoolExecutor and in grade_batch; the process never freezes; memory
stays bounded; the injection strings never run.

The corpus is graded by `scripts/adversarial_check.py` in a child process with a hard deadline, so that
a grader that freezes (a computation in the calling process that no timeout can interrupt) fails this
test instead of hanging the test run.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from mmeval.verifiers.testing import expand, load_corpus

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path(__file__).parents[1] / "data" / "adversarial.jsonl"
LIMIT_S = 1.5  # per-pair limit in these tests (the library default is 5 s)
WORKERS = 2
DEADLINE_S = 420  # the whole three-mode run; beyond this the grader is deemed frozen
MAX_PARENT_MB = 2048
MAX_WORKER_MB = 2048


def test_corpus_is_big_and_varied():
    rows = load_corpus(CORPUS)
    assert len(rows) >= 100
    assert len({r["id"] for r in rows}) == len(rows)
    kinds = Counter(r["category"] for r in rows)
    assert set(kinds) >= {"tower", "huge", "nest", "matrix", "unicode", "injection", "numeric", "fastpath"}
    sizes = [max(len(r["gold"]), len(r["response"])) for r in rows]
    assert max(sizes) >= 1_000_000  # 1 MB strings
    assert any("\x00" in r["gold"] + r["response"] for r in rows)
    assert any(r["response"].count("{") >= 10_000 for r in rows)


def test_generator_specs():
    assert expand({"repeat": "ab", "times": 3, "prefix": "<", "suffix": ">"}) == "<ababab>"
    assert expand({"nest": ["(", ")"], "depth": 2, "core": "1"}) == "((1))"
    assert expand({"matrix": 2}) == "\\begin{pmatrix}0 & 1 \\\\ 2 & 3\\end{pmatrix}"
    assert "\\\\ x & 3" in expand({"matrix": 2, "change": [1, 0, "x"]})
    assert expand("touch {MARKER}", marker="/m") == "touch /m"
    with pytest.raises(ValueError, match="asks for"):
        expand({"repeat": "9", "times": 10**9})


def _run_check(extra: list[str], deadline_s: float) -> dict:
    """adversarial_check.py in a child process; pytest.fail (not a hang) if it outlives `deadline_s`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "adversarial.json"
        cmd = [
            sys.executable,
            str(ROOT / "scripts" / "adversarial_check.py"),
            "--timeout",
            str(LIMIT_S),
            "--workers",
            str(WORKERS),
            "--json",
            str(out),
            *extra,
        ]
        try:
            proc = subprocess.run(
                cmd,
                capture_output=True,
                text=True,
                timeout=deadline_s,
                cwd=ROOT,
                env=dict(os.environ, HF_HUB_OFFLINE="1"),
            )
        except subprocess.TimeoutExpired as exc:
            tail = (exc.stderr or b"")[-1500:]
            pytest.fail(
                f"grading the adversarial corpus froze: no result after {deadline_s} s; last lines:\n"
                f"{tail.decode(errors='replace') if isinstance(tail, bytes) else tail}"
            )
        assert out.exists(), f"adversarial_check.py crashed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        return json.loads(out.read_text())


@pytest.fixture(scope="module")
def measured() -> dict:
    """The three modes over the whole corpus, once, in a child process."""
    return _run_check([], DEADLINE_S)


def _over_limit(result: dict, mode: str) -> list[str]:
    lat = result["results"][mode]["latencies"]
    return [f"{i} {t:.2f}s" for i, t in zip(result["ids"], lat, strict=True) if t > LIMIT_S + 1.0]


@pytest.mark.parametrize("mode", ["main", "thread"])
def test_every_pair_returns_in_time(measured, mode):
    assert not _over_limit(measured, mode), (
        f"{mode}: pairs over {LIMIT_S} + 1 s: {_over_limit(measured, mode)}"
    )


def test_grade_batch_returns_in_time(measured):
    n = len(measured["ids"])
    wall = measured["results"]["batch"]["wall_s"]
    assert wall <= math.ceil(n / WORKERS) * (LIMIT_S + 1.0)  # the worst case: every pair at its limit
    # and the measured case: on WORKERS workers the batch takes about 1/WORKERS of grading the pairs one by
    # one in the main thread (same run, same machine load); allowed up to the serial time + 5 s of pool
    # start, so a batch 3x slower than now (or not parallel at all plus overhead) fails
    serial = sum(measured["results"]["main"]["latencies"])
    assert wall <= serial + 5.0, (
        f"grade_batch took {wall:.1f} s; the same pairs one by one took {serial:.1f} s"
    )


@pytest.mark.parametrize("mode", ["main", "thread", "batch"])
def test_no_pair_raises(measured, mode):
    raised = [
        (i, s)
        for i, s in zip(measured["ids"], measured["results"][mode]["statuses"], strict=True)
        if s.startswith("raised")
    ]
    assert not raised, f"{mode}: grading raised on {raised}"


@pytest.mark.parametrize("mode", ["main", "thread", "batch"])
def test_memory_stays_bounded(measured, mode):
    rss = measured["results"][mode]["rss"]
    assert rss["parent_mb"] < MAX_PARENT_MB and rss["child_mb"] < MAX_WORKER_MB, rss


def test_injection_never_runs(measured):
    assert measured["marker_created"] is False
    statuses = dict(zip(measured["ids"], measured["results"]["main"]["statuses"], strict=True))
    # an injection string is never graded equal to a number
    assert all(statuses[i] != "correct" for i in statuses if i.startswith("injection-") and "-both" not in i)
