"""MathVista (Lu et al., 2024): HF `AI4Math/MathVista`, splits `testmini` (1000, with answers) and `test`
(5141, answers withheld: a run produces the submission file instead of a score).

The official prompt is the dataset's `query` (hint + question + choices). Official scoring maps an
extracted answer to an option/integer/rounded float/list and compares strings (`official/mathvista.py`).
Breakdowns follow the published `scores_*.json`: question_type, answer_type, language, source,
category, task, context, grade and skills (a multi-skill item counts in each of its skills).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from mmeval.benchmarks.base import Benchmark, DatasetError, Item
from mmeval.benchmarks.official.mathvista import normalize_extraction, official_correct

__all__ = ["MathVista", "ANSWER_TYPES"]

# (question_type, answer_type) of the dataset -> mmeval.verifiers answer_type
ANSWER_TYPES = {"integer": "integer", "float": "float", "list": "list", "text": "text"}
META_BREAKDOWNS = ("task", "context", "grade", "source", "language", "category")


class MathVista(Benchmark):
    name = "mathvista"
    version = "1"
    splits = ("testmini", "test")
    default_split = "testmini"
    hf_path = "AI4Math/MathVista"
    image_fields = ("decoded_image", "image")
    # The published verdicts used the older integer rule (see official/mathvista.py); official mode matches them.
    legacy_integer = True

    def load(
        self, split: str | None = None, data: str | Path | None = None, *, require_images: bool = True
    ) -> list[Item]:
        items = super().load(split, data, require_images=require_images)
        if data is not None and items and "query" not in items[0].meta:
            items = _attach_queries(items, Path(data))
        return items

    def needs_image(self, record: dict[str, Any]) -> bool:
        return True  # every MathVista problem has an image

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        meta = {k: v for k, v in record.items() if k != "decoded_image"}
        multi = record.get("question_type") == "multi_choice"
        return Item(
            id=str(record["pid"]),
            question=str(record["question"]),
            gold=str(record.get("answer") or ""),
            choices=[str(c) for c in record["choices"]] if multi and record.get("choices") else None,
            answer_type="multiple_choice"
            if multi
            else ANSWER_TYPES.get(record.get("answer_type") or "", None),
            precision=_precision(record),
            images=images,
            meta=meta,
        )

    def official_prompt(self, item: Item) -> str:
        query = item.meta.get("query")
        if not query:
            raise DatasetError(
                f"mathvista item {item.id} has no 'query' (the official prompt); use the HF dataset or put "
                "the official query.json next to the local testmini.json"
            )
        return str(query)

    def official_score(self, item: Item, extraction: Any) -> bool:
        prediction = self.official_prediction(item, extraction)
        return official_correct(prediction, item.gold)

    def official_prediction(self, item: Item, extraction: Any) -> str | None:
        """The official normalised prediction (the `prediction` field of the published outputs)."""
        return normalize_extraction(
            extraction,
            choices=item.meta.get("choices"),
            question_type=str(item.meta.get("question_type")),
            answer_type=str(item.meta.get("answer_type")),
            precision=item.meta.get("precision"),
            legacy_integer=self.legacy_integer,
        )

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        meta = item.meta.get("metadata") or {}
        cats: dict[str, str | list[str]] = {
            "question_type": str(item.meta.get("question_type")),
            "answer_type": str(item.meta.get("answer_type")),
        }
        for key in META_BREAKDOWNS:
            if meta.get(key) is not None:
                cats[key] = str(meta[key])
        cats["skills"] = [str(s) for s in meta.get("skills") or []]
        return cats


def _precision(record: dict[str, Any]) -> int | None:
    value = record.get("precision")
    if record.get("answer_type") != "float" or value is None:
        return None
    return int(value)


def _attach_queries(items: list[Item], data: Path) -> list[Item]:
    """Local copies of testmini.json carry no `query`; the official query.json beside them does."""
    folder = data if data.is_dir() else data.parent
    path = folder / "query.json"
    if not path.exists():
        return items
    queries = json.loads(path.read_text(encoding="utf-8"))
    return [replace(item, meta={**item.meta, "query": queries.get(item.id)}) for item in items]
