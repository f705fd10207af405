"""Find and read run folders (docs/contracts.md section 3) for the report.

A run folder holds `results.json` and `samples.jsonl`; a training run folder holds `metrics.jsonl`
(and possibly eval runs below it). Any argument may be a run folder or a folder of run folders,
searched recursively. Files are read with the harness's own reader (`mmeval.runs.store`,
stdlib-only); the report's own checks are strict where the report relies on a key (a clear error naming the
file and line) and lenient about the rest, so runs written by older or newer harnesses still render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmeval.runs.store import RunFormatError, load_run, read_samples

__all__ = ["ReportInputError", "Run", "TrainingRun", "discover", "load_metrics", "load_run_folder"]

REQUIRED_RESULTS = ("benchmark", "score")
REQUIRED_SAMPLE = ("id", "status")
MARKERS = ("results.json", "samples.jsonl", "metrics.jsonl")


class ReportInputError(ValueError):
    """Bad report input; the message names the file (and line) and what was expected."""


@dataclass
class Run:
    """One evaluation run: its `results.json` dict and its per-sample rows."""

    path: Path
    results: dict[str, Any]
    samples: list[dict[str, Any]] = field(default_factory=list)
    _frame: Any = field(default=None, repr=False, compare=False)  # samples_frame cache

    @property
    def model(self) -> str:
        """The model's name; a local checkpoint path is shown by its folder name."""
        name = str(self.results.get("model") or self.results.get("run_name") or self.path.name)
        return Path(name).name if name.startswith(("/", "./", "../", "~")) else name

    @property
    def benchmark(self) -> str:
        split = self.results.get("split")
        return f"{self.results['benchmark']}/{split}" if split else str(self.results["benchmark"])

    @property
    def config(self) -> dict[str, Any]:
        return dict(self.results.get("config") or {})


@dataclass
class TrainingRun:
    """A training run folder: one dict per `metrics.jsonl` line."""

    path: Path
    metrics: list[dict[str, Any]]


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """JSON lines via the harness's reader (a torn last line is ignored), then the keys the report needs."""
    try:
        rows = read_samples(path)
    except RunFormatError as exc:
        raise ReportInputError(str(exc)) from exc
    for lineno, row in enumerate(rows, start=1):
        missing = [k for k in required if k not in row]
        if missing:
            raise ReportInputError(
                f"{path}: row {lineno}: missing key(s) {missing}; expected {list(required)}"
            )
    return rows


def load_run_folder(run_dir: str | Path) -> Run:
    """Read one run folder with `mmeval.runs.store.load_run`, checking the keys the report relies on.

    A run killed before its results.json still loads (the harness aggregates its rows)."""
    run_dir = Path(run_dir)
    try:
        results, samples = load_run(run_dir)
    except (RunFormatError, FileNotFoundError) as exc:
        raise ReportInputError(str(exc)) from exc
    for i, row in enumerate(samples, start=1):
        missing = [k for k in REQUIRED_SAMPLE if k not in row]
        if missing:
            raise ReportInputError(
                f"{run_dir / 'samples.jsonl'}: row {i}: missing key(s) {missing}; expected {list(REQUIRED_SAMPLE)}"
            )
    if "benchmark" not in results and samples:
        results = {**results, "benchmark": samples[0].get("benchmark"), "split": samples[0].get("split")}
    missing = [k for k in REQUIRED_RESULTS if results.get(k) is None]
    if missing:
        raise ReportInputError(
            f"{run_dir / 'results.json'}:1: missing key(s) {missing}; expected {list(REQUIRED_RESULTS)}"
        )
    return Run(path=run_dir, results=results, samples=samples)


def load_metrics(path: str | Path) -> TrainingRun:
    """Read a training folder's `metrics.jsonl` (one dict per step, eval lines included)."""
    path = Path(path)
    file = path / "metrics.jsonl" if path.is_dir() else path
    return TrainingRun(path=file.parent, metrics=_read_jsonl(file, ("step",)))


def discover(paths: list[str | Path]) -> tuple[list[Run], list[TrainingRun]]:
    """Every run folder and training folder at or below each path, in a stable order."""
    runs: list[Run] = []
    training: list[TrainingRun] = []
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise ReportInputError(
                f"{root}: no such file or folder; expected a run folder or a folder of runs"
            )
        if root.is_file():
            root = root.parent
        found = sorted(
            {p.parent for p in root.rglob("results.json")} | {p.parent for p in root.rglob("metrics.jsonl")}
        )
        if not found:
            raise ReportInputError(f"{root}: no results.json, samples.jsonl or metrics.jsonl found below it")
        for folder in found:
            if folder.resolve() in seen:
                continue
            seen.add(folder.resolve())
            if (folder / "results.json").is_file() or (folder / "samples.jsonl").is_file():
                runs.append(load_run_folder(folder))
            if (folder / "metrics.jsonl").is_file():
                training.append(load_metrics(folder))
    return runs, training
