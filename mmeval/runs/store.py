"""Run folders: the per-sample JSONL cache, aggregation and results.json (docs/contracts.md sections 3 and 6).

A run folder holds `samples.jsonl` (one JSON object per finished sample, appended, flushed and fsynced
as it finishes, so it is both the log and the resume point) and `results.json` (the aggregate, written
atomically). The same helpers serve `mmeval run`, `mmeval score`, training evals and the reports.

Rows whose `status` is `"error"` (an API or generation failure, not a model answer) are kept in the file
for the record but are not "done": a resumed run retries them, and the newest row for a key wins.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from mmeval._cli import UsageError, atomic_write_text, read_json, read_jsonl
from mmeval.runs.lock import RunLockedError, run_lock
from mmeval.runs.metrics import item_metrics, wilson_interval

__all__ = [
    "SAMPLES_FILE",
    "RESULTS_FILE",
    "ERROR_STATUS",
    "RunFormatError",
    "RunLockedError",
    "RunWriter",
    "replace_samples",
    "write_run_folder",
    "run_lock",
    "read_samples",
    "aggregate",
    "benchmark_metrics",
    "write_results",
    "load_run",
    "provenance",
]

SAMPLES_FILE = "samples.jsonl"
RESULTS_FILE = "results.json"
ERROR_STATUS = "error"
# Statuses that say nothing about the model's answer: excluded from n_scored (and so from the score).
UNSCORED_STATUSES = frozenset({"gold_unparseable", ERROR_STATUS})
_PACKAGES = [
    "torch", "transformers", "tokenizers", "accelerate", "vllm", "openai", "datasets", "pillow",
    "math-verify", "latex2sympy2_extended", "sympy", "trl",
]  # fmt: skip


class RunFormatError(UsageError):
    """A run file is malformed; the message names the file and line (a UsageError: exit 2, one line)."""


# Fields whose type the harness and the reports rely on: name -> (accepted types, what to say).
_ROW_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "key": ((str,), "a string"),
    "id": ((str, int), "a string or an integer"),
    "sample_idx": ((int,), "an integer"),
    "response": ((str, type(None)), "a string or null"),
    "status": ((str, type(None)), "a string or null"),
    "correct": ((bool, type(None)), "true, false or null"),
    "categories": ((dict, type(None)), "an object or null"),
}


def _check_row(row: dict, where: str) -> dict:
    for name, (types, expected) in _ROW_TYPES.items():
        if name in row and (not isinstance(row[name], types) or (int in types and row[name] is True)):
            got = type(row[name]).__name__
            raise RunFormatError(f"{where}: field {name!r} is a JSON {got}; expected {expected}")
    return row


def read_samples(path: str | Path) -> list[dict]:
    """Read a samples.jsonl; a torn last line (a write cut by SIGKILL) is ignored, any other bad line, a
    non-UTF-8 byte or a field of the wrong type raises RunFormatError naming file:line.

    Rows with the same `key` are collapsed to the newest one (an error retried on resume is replaced;
    a sample written twice is counted once).
    """
    path = Path(path)
    if not path.exists():
        return []
    rows: dict[str, dict] = {}
    keyless: list[dict] = []
    try:
        for lineno, row in read_jsonl(path, "one JSON object (a sample row) per line", torn_tail_ok=True):
            _check_row(row, f"{path}:{lineno}")
            if "key" in row:
                rows.pop(row["key"], None)  # re-insert so file order reflects the newest write
                rows[row["key"]] = row
            else:
                keyless.append(row)
    except UsageError as exc:
        raise RunFormatError(str(exc)) from None
    return keyless + list(rows.values())


class RunWriter:
    """Append-only writer for a run folder's samples.jsonl; reads what is there for resume."""

    def __init__(self, run_dir: str | Path) -> None:
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.run_dir / SAMPLES_FILE
        self._repair_torn_tail()
        self._rows = {row["key"]: row for row in read_samples(self.path) if "key" in row}
        self._lock = threading.Lock()

    def _repair_torn_tail(self) -> None:
        """Cut a partial last line so that the next append starts on a line of its own."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if not data or data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        try:
            json.loads(data[cut:])
        except ValueError:
            with open(self.path, "r+b") as f:
                f.truncate(cut)
            return
        with open(self.path, "ab") as f:  # a complete row that only lacks its newline
            f.write(b"\n")

    def done_keys(self) -> set[str]:
        """Keys of samples that finished (errors excluded, so they are retried)."""
        return {k for k, row in self._rows.items() if row.get("status") != ERROR_STATUS}

    def rows(self) -> list[dict]:
        """The newest row for every key, in first-written order."""
        return list(self._rows.values())

    def append(self, row: dict) -> None:
        """Write one row as a JSON line, then flush and fsync so a crash loses at most this row."""
        self.extend([row])

    def extend(self, rows: Iterable[dict]) -> None:
        """Append many rows with a single flush + fsync (for replays that grade thousands of rows at once)."""
        rows = list(rows)
        if any("key" not in row for row in rows):
            raise ValueError("a sample row needs a 'key'")
        text = "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
        with self._lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
            self._rows.update((row["key"], row) for row in rows)


def benchmark_metrics(bench: Any, rows: list[dict]) -> dict[str, Any]:
    """`{"benchmark_metrics": ...}` when the benchmark reports more than accuracy (We-Math, DynaMath),
    over the rows that got a verdict; `{}` otherwise. Shared by `run` and `score`."""
    summary = getattr(bench, "summary_metrics", None)
    metrics = summary([r for r in rows if r.get("status") != ERROR_STATUS]) if summary else None
    return {"benchmark_metrics": metrics} if metrics else {}


def _breakdowns(rows: list[dict]) -> dict[str, dict[str, dict]]:
    """{category: {value: {n, correct, score}}}; a list value counts the row once under each element."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        for name, value in (row.get("categories") or {}).items():
            values = value if isinstance(value, list | tuple) else [value]
            for v in dict.fromkeys("" if v is None else str(v) for v in values):
                cell = counts[name][v]
                cell[0] += 1
                cell[1] += bool(row.get("correct"))
    return {
        name: {v: {"n": n, "correct": c, "score": 100.0 * c / n} for v, (n, c) in sorted(values.items())}
        for name, values in sorted(counts.items())
    }


def aggregate(rows: Iterable[dict], *, samples_per_item: int = 1) -> dict[str, Any]:
    """Score a run from its sample rows: score (percent of n_scored), counts, ci95, breakdowns, metrics.

    `gold_unparseable` and `error` rows are counted in `n` and `status_counts` but not in `n_scored`.
    With `samples_per_item > 1` the score is the mean over all samples (= mean@k), the CI is a normal
    interval over per-item means, and `metrics` has pass@k, maj@k and mean@k (see run_metrics).
    """
    rows = list(rows)
    status_counts = dict(sorted(Counter(str(r.get("status")) for r in rows).items()))
    scored = [r for r in rows if r.get("status") not in UNSCORED_STATUSES]
    n_correct = sum(bool(r.get("correct")) for r in scored)
    score = 100.0 * n_correct / len(scored) if scored else 0.0
    out: dict[str, Any] = {
        "score": score,
        "n": len(rows),
        "n_correct": n_correct,
        "n_scored": len(scored),
        "status_counts": status_counts,
        "ci95": wilson_interval(n_correct, len(scored)),
        "breakdowns": _breakdowns(scored),
    }
    if samples_per_item > 1:
        metrics, ci95 = item_metrics(scored, samples_per_item)
        out["metrics"] = metrics
        out["ci95"] = ci95
    return out


def write_results(run_dir: str | Path, results: dict) -> Path:
    """Write results.json atomically (temp file in the same folder, fsync, rename)."""
    text = json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n"
    return atomic_write_text(Path(run_dir) / RESULTS_FILE, text)


def replace_samples(run_dir: str | Path, rows: Iterable[dict]) -> Path:
    """Replace samples.jsonl with `rows` atomically (for `score --out`, which rewrites a whole folder)."""
    text = "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    return atomic_write_text(Path(run_dir) / SAMPLES_FILE, text)


def write_run_folder(run_dir: str | Path, rows: list[dict], results: dict) -> None:
    """Replace a whole run folder's content (`score --out`) under its lock, so that no moment (a kill
    included) shows one scoring's results.json beside another's samples: the old results.json goes
    first (a folder without it reads as incomplete, aggregated from its own rows), then the samples and
    the results are each renamed into place."""
    with run_lock(run_dir):
        (Path(run_dir) / RESULTS_FILE).unlink(missing_ok=True)
        replace_samples(run_dir, rows)
        write_results(run_dir, results)


# results.json fields the reports and `score` read: name -> (accepted types, what to say)
_RESULTS_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "score": ((int, float), "a number"),
    "n": ((int,), "an integer"),
    "n_scored": ((int,), "an integer"),
    "n_correct": ((int,), "an integer"),
    "model": ((str,), "a string"),
    "benchmark": ((str,), "a string"),
    "split": ((str, type(None)), "a string or null"),
    "config": ((dict,), "an object"),
    "status_counts": ((dict,), "an object"),
    "breakdowns": ((dict,), "an object"),
}


def _check_results(results: Any, path: Path) -> dict:
    if not isinstance(results, dict):
        raise RunFormatError(f"{path}:1: got a JSON {type(results).__name__}; expected an object")
    for name, (types, expected) in _RESULTS_TYPES.items():
        value = results.get(name)
        if name in results and (not isinstance(value, types) or isinstance(value, bool)):
            raise RunFormatError(
                f"{path}: field {name!r} is a JSON {type(value).__name__}; expected {expected}"
            )
    return results


def load_run(run_dir: str | Path) -> tuple[dict, list[dict]]:
    """Read a run folder: (results, sample rows).

    A run killed before writing results.json still loads: its results are aggregated from the rows
    and marked `"incomplete": true`.
    """
    run_dir = Path(run_dir)
    results_path, samples_path = run_dir / RESULTS_FILE, run_dir / SAMPLES_FILE
    if not results_path.exists() and not samples_path.exists():
        raise FileNotFoundError(
            f"{run_dir}: not a run folder (expected {RESULTS_FILE} and/or {SAMPLES_FILE})"
        )
    rows = read_samples(samples_path)
    if not results_path.exists():
        return {"run_name": run_dir.name, "incomplete": True, **aggregate(rows)}, rows
    try:
        results = read_json(results_path, "a results object")
    except UsageError as exc:
        raise RunFormatError(str(exc)) from None
    return _check_results(results, results_path), rows


def _git_hash() -> str | None:
    """Commit of the mmeval source tree (with '-dirty' if it has uncommitted changes), or None."""
    here = Path(__file__).resolve().parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=here, capture_output=True, text=True, timeout=5,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{head}-dirty" if dirty else head or None


def _scorer_version() -> str:
    import mmeval
    import mmeval.verifiers as verifiers

    return str(getattr(verifiers, "__version__", None) or mmeval.__version__)


def provenance(config: dict) -> dict:
    """Where a result came from: mmeval version, git hash, package versions, python, time, and the config."""
    import mmeval

    packages = {}
    for name in _PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    canonical = json.dumps(config, sort_keys=True, default=str)
    return {
        "mmeval_version": mmeval.__version__,
        "git_hash": _git_hash(),
        "packages": packages,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "scorer_version": _scorer_version(),
        "config": json.loads(canonical),
        "config_sha1": _sha1(canonical),
    }


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
