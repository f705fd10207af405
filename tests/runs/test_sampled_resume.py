"""Sampled runs resume to byte-identical responses: a run cut mid-batch (what SIGKILL leaves: a prefix of
rows and a torn line) and run again equals the uninterrupted run; the batch size is part of the sample key.
The real `kill -9` variant is replayed by scripts/newcomer_check.py."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from mmeval.runs.runner import WorkUnit, units_to_generate

SAMPLED = ["--samples", "2", "--temperature", "1.0", "--batch-size", "4"]


def _units(n: int) -> list[WorkUnit]:
    return [WorkUnit(item=None, sample_idx=0, prompt=None, key=f"k{i}", seed=i) for i in range(n)]


def test_aligned_backends_regenerate_whole_fixed_batches():
    units = _units(10)
    done = {"k0", "k1", "k2", "k4", "k5", "k6", "k7"}  # pending: k3 (batch 0) and k8, k9 (batch 2)
    aligned = SimpleNamespace(aligned_batches=True, batch_size=4)
    assert [u.key for u in units_to_generate(units, done, aligned)] == ["k0", "k1", "k2", "k3", "k8", "k9"]
    plain = SimpleNamespace(batch_size=4)  # openai, vllm: per-request seeds, no padding effect to keep
    assert [u.key for u in units_to_generate(units, done, plain)] == ["k3", "k8", "k9"]


def _responses(run_dir):
    rows = [json.loads(x) for x in (run_dir / "samples.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(r["id"], r["sample_idx"]): r["response"] for r in rows}, rows


@pytest.mark.slow
def test_run_cut_mid_batch_resumes_to_identical_responses(tiny_model_dir, harness, tmp_path):
    ref = tmp_path / "ref"
    proc = harness.run_cli(*harness.tiny_run_args(tiny_model_dir, ref, *SAMPLED))
    assert proc.returncode == 0, proc.stderr[-2000:]
    want, ref_rows = _responses(ref)
    assert len(ref_rows) == 16 and len(set(want.values())) > 1

    cut = tmp_path / "cut"
    cut.mkdir()
    lines = (ref / "samples.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (cut / "samples.jsonl").write_text("".join(lines[:5]) + lines[5][:30], encoding="utf-8")
    proc = harness.run_cli(*harness.tiny_run_args(tiny_model_dir, cut, *SAMPLED))
    assert proc.returncode == 0, proc.stderr[-2000:]
    got, rows = _responses(cut)
    assert got == want
    assert len(rows) == len({r["key"] for r in rows}) == 16  # the 3 regenerated neighbours not rewritten

    other = tmp_path / "bs1"
    args = [a if a != "4" else "1" for a in SAMPLED]
    proc = harness.run_cli(*harness.tiny_run_args(tiny_model_dir, other, *args))
    got, rows = _responses(other)
    assert got == want  # per-sample randomness: the same responses ...
    assert not {r["key"] for r in rows} & {r["key"] for r in ref_rows}  # ... under keys of their own
