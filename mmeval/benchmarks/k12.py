"""K12 (the first MM-Eureka release's test set): 500 fill-in-the-blank K12 maths questions with one image
each, the ModalMinds/MM-EUREKA `eval/k12/k12.json` (`{id, question, answer, image_path}`) with its
`images/`. Not on the Hub in this form: pass the JSON (or its folder) with `--data`.

MM-Eureka judged K12 with GPT-4o (yes/no on the whole solution). mmeval rule-scores it: `score` extracts
the final answer with its verifiers and compares it with the gold (LaTeX such as `$$\\dfrac{3}{2}$$`,
numbers with units, intervals, equations); a gold that does not parse is reported, never counted right.
`official_score` applies the same comparison to an already-extracted answer. Official prompt: MM-Eureka's
K12 query (answer the question, reason step by step, final answer in `\\boxed{}`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mmeval.benchmarks.base import Benchmark, DatasetError, Item

__all__ = ["K12"]


class K12(Benchmark):
    name = "k12"
    version = "1"
    splits = ("test",)
    default_split = "test"
    image_fields = ("image_path",)

    def load(
        self, split: str | None = None, data: str | Path | None = None, *, require_images: bool = True
    ) -> list[Item]:
        if data is None:
            raise DatasetError(
                "k12 is not on the Hub in this form: pass --data with MM-EUREKA's eval/k12/k12.json "
                "(or the folder holding it and images/)"
            )
        return super().load(split, data, require_images=require_images)

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        return Item(
            id=str(record["id"]),
            question=str(record["question"]),
            gold=str(record["answer"]).strip(),
            images=images,
            meta=dict(record),
        )

    def official_prompt(self, item: Item) -> str:
        return (
            f"Answer the following question: {item.question}\n"
            "Please reason step by step, and put your final answer within \\boxed{}."
        )

    def official_score(self, item: Item, extraction: Any) -> bool:
        if extraction is None or not str(extraction).strip():
            return False
        from mmeval.verifiers import grade_answer

        return grade_answer(item.gold, str(extraction)).correct

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        # the file carries no subject or level: one breakdown, by the kind of gold answer
        return {"answer_kind": _answer_kind(item.gold)}


def _answer_kind(gold: str) -> str:
    text = gold.strip().strip("$").strip()
    if any(c.isalpha() for c in text.replace("\\frac", "").replace("\\dfrac", "").replace("sqrt", "")):
        return "expression or text"
    return "number"
