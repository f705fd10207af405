"""Sampling in the transformers backend is per sample: a response depends on its prompt and its own seed,
not on the batch size, its batch neighbours or its place in the batch (issue 13: batch size 1 vs 8 used to
change every sampled response under the same seed)."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from mmeval.benchmarks import fixture_path, get_benchmark  # noqa: E402
from mmeval.models import Sampling, make_backend  # noqa: E402

SAMPLED = Sampling(max_new_tokens=12, temperature=1.0, top_p=0.9, seed=0)


@pytest.fixture(scope="module")
def prompts():
    bench = get_benchmark("mathvista")
    return [bench.prompt(item, "official") for item in bench.load("testmini", fixture_path("mathvista"))]


@pytest.fixture(scope="module")
def backends(tiny_model_dir):
    return {size: make_backend("transformers", str(tiny_model_dir), batch_size=size) for size in (1, 3, 8)}


def _texts(backend, prompts, seeds, sampling=SAMPLED):
    return [g.text for g in backend.generate(prompts, sampling, seeds)]


def test_batch_size_does_not_change_sampled_responses(backends, prompts):
    seeds = [101 + i for i in range(len(prompts))]
    one = _texts(backends[1], prompts, seeds)
    assert _texts(backends[8], prompts, seeds) == one
    assert _texts(backends[3], prompts, seeds) == one  # a last batch of 2 as well
    assert len(set(one)) > 1  # real sampling, not one repeated answer


def test_a_sample_depends_on_its_own_seed_only(backends, prompts):
    seeds = [7 + i for i in range(len(prompts))]
    base = _texts(backends[8], prompts, seeds)
    changed = _texts(backends[8], prompts, [*seeds[:3], 999, *seeds[4:]])
    assert [i for i, (a, b) in enumerate(zip(base, changed, strict=True)) if a != b] == [3]
    reordered = _texts(backends[8], prompts[::-1], seeds[::-1])  # other neighbours, other positions
    assert reordered[::-1] == base


def test_top_p_and_temperature_are_applied(backends, prompts):
    seeds = list(range(len(prompts)))
    greedy_like = Sampling(max_new_tokens=12, temperature=1.0, top_p=1e-6, seed=0)  # only the top token
    greedy = Sampling(max_new_tokens=12, temperature=0.0)
    assert _texts(backends[8], prompts, seeds, greedy_like) == _texts(backends[8], prompts, None, greedy)
    assert _texts(backends[8], prompts, seeds) != _texts(backends[8], prompts, seeds, greedy_like)
