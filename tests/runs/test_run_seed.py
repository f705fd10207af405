"""`mmeval run --seed` by its effect: the same seed draws the same responses, another seed other ones."""

from __future__ import annotations

import pytest

from mmeval.cli import main as mmeval_main
from mmeval.runs.store import load_run

pytestmark = pytest.mark.slow


def sampled_responses(model, out, seed: int) -> dict:
    from mmeval.benchmarks import fixture_path

    args = ["run", "--model", str(model), "--bench", "mathvista", "--data", str(fixture_path("mathvista")),
            "--backend", "transformers", "--limit", "2", "--samples", "2", "--temperature", "1.0",
            "--max-new-tokens", "6", "--no-progress", "--seed", str(seed), "--out", str(out)]  # fmt: skip
    assert mmeval_main(args) == 0
    results, rows = load_run(out)
    assert results["config"]["seed"] == seed
    return {(r["id"], r["sample_idx"]): r["response"] for r in rows}


def test_seed_decides_the_sampled_responses(tiny_model_dir, tmp_path):
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        first = sampled_responses(tiny_model_dir, tmp_path / "s0", 0)
        again = sampled_responses(tiny_model_dir, tmp_path / "s0-again", 0)
        other = sampled_responses(tiny_model_dir, tmp_path / "s1", 1)
    finally:
        torch.set_num_threads(threads)
    assert len(first) == 4 and first == again
    assert first.keys() == other.keys()
    assert sum(first[k] != other[k] for k in first) >= 3  # 6 sampled tokens from 400: a new draw differs
