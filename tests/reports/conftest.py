"""Report test fixtures: synthetic run folders, run folders written by the harness itself, and Debian's
chromium for pytest-playwright."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mmeval.models.base import Generation, StreamingBackend
from mmeval.reports.synthetic import write_synthetic_run, write_synthetic_training_run

os.environ.setdefault("HF_HUB_OFFLINE", "1")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Use the system chromium (no `playwright install`), offline-friendly flags."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def synthetic_runs(tmp_path_factory):
    """Three models x two benchmarks, plus a MathVista run with another temperature and a training run."""
    root = tmp_path_factory.mktemp("runs")
    for model, acc in [("alpha", 0.7), ("beta", 0.4), ("gamma", 0.55)]:
        for bench in ("mathvista", "mathvision"):
            write_synthetic_run(root / f"{model}-{bench}", model=model, benchmark=bench, n=240, accuracy=acc)
    write_synthetic_run(
        root / "delta-hot",
        model="delta",
        benchmark="mathvista",
        n=240,
        accuracy=0.5,
        config={"temperature": 0.7},
    )
    write_synthetic_training_run(root / "train")
    return root


class ScriptedBackend(StreamingBackend):
    """Stands in for the model only: answers item i's sample from its seed, so a sampled run really has
    varied answers; the runner, grader and run writer around it are the harness's own."""

    name = "scripted"

    def stream(self, prompts, sampling, seeds=None):
        for i, _prompt in enumerate(prompts):
            seed = seeds[i] if seeds else 0
            yield i, Generation(f"Reading the figure... so the answer is {seed % 3}.", completion_tokens=12)


MIXED_SAMPLES = 128


def write_mixed_runs(root: Path) -> Path:
    """Three runs of MathVista's 8 fixture items as a user makes them: `mmeval run` greedy, `mmeval run
    --samples 128 --temperature 0.7 --top-p 0.95` (1,024 samples) and `mmeval score` of published-style
    predictions (no generation settings at all)."""
    from mmeval.benchmarks import fixture_path, get_benchmark
    from mmeval.runs.runner import RunConfig, run_benchmark
    from mmeval.runs.scoring import score_predictions

    data = str(fixture_path("mathvista"))
    bench = get_benchmark("mathvista")
    items = bench.load("testmini", data)
    for name, settings in [
        ("greedy", {}),
        ("sampled", {"samples": MIXED_SAMPLES, "temperature": 0.7, "top_p": 0.95, "seed": 1}),
    ]:
        config = RunConfig(model="qwen-tiny", benchmark="mathvista", backend="scripted", split="testmini",
                           data=data, **settings)  # fmt: skip
        run_benchmark(bench, items, ScriptedBackend(), config, root / name, progress=False)
    preds = root / "published.jsonl"
    preds.write_text(
        "".join(json.dumps({"id": it.id, "response": f"The answer is {it.gold}."}) + "\n" for it in items),
        encoding="utf-8",
    )
    score_predictions("mathvista", preds, data=data, split="testmini", mode="rule", out=root / "published",
                      model="Published 中文模型")  # fmt: skip
    return root


@pytest.fixture(scope="session")
def mixed_runs(tmp_path_factory):
    """A greedy run, a sampled run and a re-scored published output of one benchmark (mixed settings)."""
    return write_mixed_runs(tmp_path_factory.mktemp("mixed"))
