"""Compact per-sample payloads for the report's drill-down.

120k samples (10 runs x 4 benchmarks x 3000) must not turn into a 200 MB page, so each payload is
column-indexed JSON, gzip-compressed and base64-encoded into a `<script type="application/gzip">`
block; the page decompresses one run only when it is opened (DecompressionStream) and renders it
page by page. Questions and image thumbnails are stored once per benchmark item, not once per run,
and long responses keep their head and tail (where the final answer is) with the middle cut.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
from pathlib import Path
from typing import Any

from mmeval.reports.loading import Run

__all__ = ["Thumbnails", "encode_payload", "item_payload", "run_payload", "truncate"]

STATUSES = ["correct", "incorrect", "no_answer", "pred_unparseable", "gold_unparseable", "timeout", "error"]
HEAD, TAIL = 1500, 700


def truncate(text: Any, head: int = HEAD, tail: int = TAIL) -> str:
    """Keep the head and the tail of a long text, saying how much was cut.

    >>> truncate("a" * 50 + "b" * 10, head=3, tail=2)
    'aaa […55 characters cut…] bb'
    >>> truncate("short text", head=3, tail=2)  # within head + tail + 40 characters: kept whole
    'short text'
    """
    text = "" if text is None else str(text)
    if len(text) <= head + tail + 40:
        return text
    return f"{text[:head]} […{len(text) - head - tail} characters cut…] {text[-tail:]}"


class Thumbnails:
    """Small JPEG data URLs for sample images, deduplicated by file, at most `limit` of them."""

    def __init__(self, limit: int = 2000, size: int = 160) -> None:
        self.limit, self.size = limit, size
        self.urls: list[str] = []
        self._index: dict[str, int] = {}
        self.skipped = 0

    def add(self, image: Any, run_dir: Path) -> int | None:
        """Index of the thumbnail for a sample's `image` field (data URL or path relative to the run)."""
        if not image or not isinstance(image, str):
            return None
        key = image if image.startswith("data:") else str((run_dir / image).resolve())
        if key in self._index:
            return self._index[key]
        if len(self.urls) >= self.limit:
            self.skipped += 1
            return None
        url = image if image.startswith("data:") else self._thumbnail(Path(key))
        if url is None:
            return None
        self._index[key] = len(self.urls)
        self.urls.append(url)
        return self._index[key]

    def _thumbnail(self, path: Path) -> str | None:
        try:
            from PIL import Image
        except ImportError:  # pillow comes with the `data` extra; without it the report has no thumbnails
            return None
        if not path.is_file():
            return None
        with Image.open(path) as img:
            img = img.convert("RGB")
            img.thumbnail((self.size, self.size))
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=70)
        return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _categories(cats: Any) -> list[str]:
    if not isinstance(cats, dict):
        return []
    out = []
    for key, value in cats.items():
        for v in value if isinstance(value, list) else [value]:
            out.append(f"{key}={v}")
    return out


def item_payload(runs: list[Run], thumbs: Thumbnails) -> dict[str, Any]:
    """Per benchmark item (by id): question and thumbnail index, shared by all runs of the benchmark."""
    items: dict[str, list] = {}
    for run in runs:
        for row in run.samples:
            sid = str(row["id"])
            if sid not in items:
                items[sid] = [truncate(row.get("question"), 1200, 300), None]
            if items[sid][1] is None and row.get(
                "image"
            ):  # a replayed run may have no image, a live one does
                items[sid][1] = thumbs.add(row.get("image"), run.path)
    return items


def run_payload(run: Run) -> dict[str, Any]:
    """Column-indexed samples of one run; categories interned into a table of `key=value` strings."""
    cat_table: dict[str, int] = {}
    interned: dict[str, list[int]] = {}  # most rows share one of a few category combinations
    rows = []
    for row in run.samples:
        combo = repr(row.get("categories"))
        cats = interned.get(combo)
        if cats is None:
            cats = [cat_table.setdefault(c, len(cat_table)) for c in _categories(row.get("categories"))]
            interned[combo] = cats
        status = row.get("status")
        rows.append(
            [
                str(row["id"]),
                row.get("sample_idx", 0),
                truncate(row.get("response")),
                truncate(row.get("extracted"), 300, 100),
                truncate(row.get("gold"), 300, 100),
                STATUSES.index(status) if status in STATUSES else str(status),
                truncate(row.get("reason"), 300, 100),
                cats,
                row.get("rule"),
            ]
        )
    return {
        "cols": ["id", "sample_idx", "response", "extracted", "gold", "status", "reason", "cats", "rule"],
        "statuses": STATUSES,
        "cats": list(cat_table),
        "rows": rows,
    }


def encode_payload(payload: Any) -> str:
    """gzip + base64 of compact JSON (decoded in the page with DecompressionStream)."""
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=4, mtime=0)).decode("ascii")
