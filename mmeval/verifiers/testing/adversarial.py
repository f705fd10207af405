"""The adversarial corpus format: small JSONL rows that expand to hostile (gold, response) pairs.

Big inputs (1 MB strings, 10k-deep nesting, a 500x500 matrix) are stored as generator specs, not as
megabytes of data. A field is either a string or one of:

- `{"repeat": "9", "times": 1000000, "prefix": "", "suffix": ""}` -> prefix + "9" * times + suffix
- `{"nest": ["{", "}"], "depth": 10000, "core": "1", "prefix": "", "suffix": ""}`
- `{"matrix": 500, "env": "pmatrix", "change": [i, j, "x"]}` -> entries i*n+j, one entry replaced

`time_pairs` and `PeakRss` measure a grader over such rows (latency per pair in the calling thread
or in a thread pool; peak RSS of this process and its worker processes).

The placeholder `{MARKER}` in any string is replaced by a path of the caller's choosing: injection
strings try to create that file, and the test checks it never appears.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

__all__ = ["expand", "load_corpus", "time_pairs", "PeakRss", "MAX_EXPANDED_CHARS"]

MAX_EXPANDED_CHARS = 4_000_000  # a spec may not ask for more than this (keeps the corpus itself safe)


def _matrix(spec: dict[str, Any]) -> str:
    n = int(spec["matrix"])
    env = spec.get("env", "pmatrix")
    change = spec.get("change")
    rows = []
    for i in range(n):
        entries = [str(i * n + j) for j in range(n)]
        if change and change[0] == i:
            entries[change[1]] = str(change[2])
        rows.append(" & ".join(entries))
    return f"\\begin{{{env}}}" + " \\\\ ".join(rows) + f"\\end{{{env}}}"


def expand(field: str | dict[str, Any], marker: str = "/tmp/mmeval-pwned") -> str:
    """One corpus field as the string it stands for."""
    if isinstance(field, str):
        return field.replace("{MARKER}", marker)
    if not isinstance(field, dict):
        raise ValueError(f"corpus field must be a string or a generator spec, got {type(field).__name__}")
    prefix, suffix = field.get("prefix", ""), field.get("suffix", "")
    if "repeat" in field:
        size = len(field["repeat"]) * int(field["times"])
        body = "" if size > MAX_EXPANDED_CHARS else field["repeat"] * int(field["times"])
    elif "nest" in field:
        opening, closing = field["nest"]
        depth = int(field["depth"])
        size = (len(opening) + len(closing)) * depth
        body = "" if size > MAX_EXPANDED_CHARS else opening * depth + field.get("core", "") + closing * depth
    elif "matrix" in field:
        size = int(field["matrix"]) ** 2 * 8
        body = "" if size > MAX_EXPANDED_CHARS else _matrix(field)
    else:
        raise ValueError(f"unknown generator spec keys {sorted(field)}")
    if size > MAX_EXPANDED_CHARS:
        raise ValueError(f"generator spec asks for {size} chars > {MAX_EXPANDED_CHARS}")
    return (prefix + body + suffix).replace("{MARKER}", marker)


def load_corpus(path: str | Path, marker: str = "/tmp/mmeval-pwned") -> list[dict[str, Any]]:
    """Rows of an adversarial corpus with `gold` and `response` expanded (other keys kept)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["gold"] = expand(row["gold"], marker)
                row["response"] = expand(row["response"], marker)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{lineno}: expected a corpus row with gold and response ({exc})"
                ) from exc
            rows.append(row)
    return rows


def time_pairs(
    rows: list[dict[str, Any]],
    grade_one: Callable[[dict[str, Any]], Any],
    *,
    threads: int = 0,
) -> list[tuple[float, Any]]:
    """(seconds, result) for `grade_one(row)` on every row: one after another in the calling thread
    (`threads=0`), or concurrently in a ThreadPoolExecutor of `threads` threads (each timed in its own
    thread). An exception is returned as the result, not raised."""

    def timed(row: dict[str, Any]) -> tuple[float, Any]:
        start = time.perf_counter()
        try:
            result = grade_one(row)
        except Exception as exc:  # reported, so that one bad pair does not hide the others
            result = exc
        return time.perf_counter() - start, result

    if threads <= 0:
        return [timed(row) for row in rows]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(timed, rows))


class PeakRss:
    """Context manager sampling the RSS of this process and of its child processes (the grading
    workers) every `interval_s`; `parent_mb`, `child_mb` (largest single child) and `total_mb` are
    the peaks seen."""

    def __init__(self, interval_s: float = 0.05) -> None:
        self.interval_s = interval_s
        self.parent_mb = self.child_mb = self.total_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            parent = me.memory_info().rss / 2**20
            children = []
            for child in me.children(recursive=True):
                try:
                    children.append(child.memory_info().rss / 2**20)
                except psutil.Error:  # a worker that just exited (or was killed)
                    pass
            self.parent_mb = max(self.parent_mb, parent)
            self.child_mb = max(self.child_mb, max(children, default=0.0))
            self.total_mb = max(self.total_mb, parent + sum(children))
            self._stop.wait(self.interval_s)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
