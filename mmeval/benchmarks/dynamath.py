"""DynaMath (Zou et al., 2024): 501 seed questions, each a program that draws concrete variants; the
paper's benchmark is 10 variants per seed (5,010 questions). The DynaMath/DynaMath repository keeps them
as `samples and result/10trials/trial<k>/dataset.json` (a dict seed id -> `{question, answer, image,
answer_type, subject, level}`) with `trial<k>/image/image<id>.png`; pass that `10trials` folder (or one
trial folder, or a `dataset.json`) with `--data`.

Official prompt: the question (plus "answer in a floating-point number" for float items) and a request
for a JSON reply with `solution` and `short answer`. Official scoring (`official/dynamath.py`): the short
answer judged by answer type (float within 0.001, option letter, gold substring). Headline metrics
(`summary_metrics`): average-case accuracy and worst-case accuracy (a seed counts only when all its
variants are right). Rule mode grades raw replies with mmeval's verifiers.
Breakdowns: subject, level, answer type, variant.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mmeval.benchmarks.base import Benchmark, DatasetError, Item
from mmeval.benchmarks.official.dynamath import dynamath_metrics, extract_short_answer, official_correct
from mmeval.benchmarks.options import options_after_choices

__all__ = ["DynaMath", "JSON_GUIDE"]

JSON_GUIDE = (
    "\nReply in JSON with two keys, 'solution' and 'short answer': 'solution' holds the reasoning steps, "
    "'short answer' only the final answer: the option letter (such as 'A' or 'B') for a multiple-choice "
    "question, a number with three decimal places for a numerical one.\n"
    'Example: {"solution": "[step-by-step reasoning]", "short answer": "[final answer]"}'
)
_TYPES = {"float": "float", "multiple choice": "multiple_choice"}  # others: the verifier decides


class DynaMath(Benchmark):
    name = "dynamath"
    version = "1"
    splits = ("test",)
    default_split = "test"
    image_fields = ("image",)

    def load(
        self, split: str | None = None, data: str | Path | None = None, *, require_images: bool = True
    ) -> list[Item]:
        if data is None:
            raise DatasetError(
                "dynamath: pass --data with DynaMath's `10trials` folder (trial<k>/dataset.json + images)"
            )
        items: list[Item] = []
        for variant, file in _variant_files(Path(data)):
            records = [{**rec, "seed_id": key, "variant": variant} for key, rec in _read_dict(file).items()]
            items += self.items_from_records(records, file.parent, where=file, require_images=require_images)
        return items

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        kind = str(record.get("answer_type"))
        multi = kind == "multiple choice"
        return Item(
            id=f"{record['seed_id']}_v{record['variant']}",
            question=str(record["question"]),
            gold=str(record["answer"]).strip(),
            choices=options_after_choices(str(record["question"])) if multi else None,
            answer_type=_TYPES.get(kind),
            images=images,
            meta=dict(record),
        )

    def official_prompt(self, item: Item) -> str:
        text = f"## Question\n{item.question}"
        if item.meta.get("answer_type") == "float":
            text += " Please answer in a floating-point number."
        return text + JSON_GUIDE

    def official_extract(self, response: str) -> str:
        return extract_short_answer(response)

    def official_score(self, item: Item, extraction: Any) -> bool:
        return official_correct(extraction, item.gold, str(item.meta.get("answer_type")))

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        return {
            "subject": " ".join(
                str(item.meta.get("subject")).split()
            ),  # one seed writes "analytic     geometry"
            "level": str(item.meta.get("level")),
            "answer_type": str(item.meta.get("answer_type")),
            "variant": str(item.meta.get("variant")),
        }

    def summary_metrics(self, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        seeds = [
            (*str(r["id"]).rsplit("_v", 1), bool(r.get("correct")))
            for r in rows
            if r.get("sample_idx", 0) == 0 and "_v" in str(r.get("id"))
        ]
        return {**dynamath_metrics(seeds), "headline": "worst_case"} if seeds else None


def _variant_files(path: Path) -> list[tuple[str, Path]]:
    """(variant name, dataset.json) pairs: every `trial<k>/dataset.json` under a folder, else the one file."""
    if path.is_file():
        return [(_variant_name(path.parent), path)]
    trials = sorted(path.glob("trial*/dataset.json"), key=lambda p: _variant_name(p.parent).zfill(4))
    if trials:
        return [(_variant_name(p.parent), p) for p in trials]
    if (path / "dataset.json").is_file():
        return [(_variant_name(path), path / "dataset.json")]
    raise DatasetError(f"{path}: expected DynaMath's trial<k>/dataset.json folders or a dataset.json")


def _variant_name(folder: Path) -> str:
    match = re.search(r"(\d+)$", folder.name)
    return match.group(1) if match else "1"


def _read_dict(file: Path) -> dict[str, dict[str, Any]]:
    try:
        obj = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DatasetError(f"{file}: not a readable DynaMath dataset.json ({exc})") from exc
    if not isinstance(obj, dict) or not all(isinstance(v, dict) for v in obj.values()):
        raise DatasetError(f"{file}: expected a JSON object of seed id -> question record")
    return obj
