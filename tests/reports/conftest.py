"""Report test fixtures: synthetic run folders and Debian's chromium for pytest-playwright."""

from __future__ import annotations

import os

import pytest

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
