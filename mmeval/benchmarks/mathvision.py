"""MATH-Vision (Wang et al., 2024): HF `MathLLMs/MathVision`, splits `test` (3040) and `testmini` (304),
problems from math competitions with 0 or 5 options, `<image1>` markers in the question text.

Official prompt (MATH-V `models/`): answer in one `\\boxed{}`, a single letter for multiple choice; the
options are listed as `(A) ...` unless they are just the letters A-E (then they are in the image).
Official scoring: rule-based extraction and judging (`official/mathvision.py`). Breakdowns: subject
(16) and level (1-5), as in the published `*_result.json`.
"""

from __future__ import annotations

from typing import Any

from mmeval.benchmarks.base import Benchmark, Item
from mmeval.benchmarks.official.mathvision import official_correct, official_extract

__all__ = ["MathVision", "OFFICIAL_INSTRUCTION"]

OFFICIAL_INSTRUCTION = (
    'Please solve the problem and put your answer in one "\\boxed{}". '
    'If it is a multiple choice question, only one letter is allowed in the "\\boxed{}".'
)


class MathVision(Benchmark):
    name = "mathvision"
    # 2: rule mode grades items whose options are only the letters ("A".."E", "A)"...) as letter-only;
    #    the last box after prose is the answer (earlier boxes were intermediate results)
    version = "2"
    splits = ("test", "testmini")
    default_split = "test"
    hf_path = "MathLLMs/MathVision"
    image_fields = ("decoded_image", "image")

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        options = [str(o) for o in record.get("options") or []]
        meta = {k: v for k, v in record.items() if k != "decoded_image"}
        return Item(
            id=str(record["id"]),
            question=str(record["question"]),
            gold=str(record.get("answer", "")),
            choices=options or None,
            answer_type="multiple_choice" if options else None,
            images=images,
            meta=meta,
        )

    def grade_kwargs(self, item: Item) -> dict[str, Any]:
        """Options that are just their own letters (the real options are in the image) carry no text to
        compare an answer with: such items are graded on the letter alone."""
        kwargs = super().grade_kwargs(item)
        if item.choices and _placeholder_options(item.choices):
            kwargs["choices"] = None
        return kwargs

    def official_prompt(self, item: Item) -> str:
        return f"{OFFICIAL_INSTRUCTION}\n{self.plain_question(item)}\n"

    def plain_question(self, item: Item) -> str:
        if not item.choices or "".join(item.choices) == "ABCDE":
            return item.question
        options = "\n".join(f"({chr(65 + i)}) {o}" for i, o in enumerate(item.choices))
        return f"{item.question}\n{options}"

    def official_extract(self, response: str) -> str:
        """The official `model_answer` of a raw response."""
        return official_extract(response)

    def official_score(self, item: Item, extraction: Any) -> bool:
        return official_correct(None if extraction is None else str(extraction), item.gold, item.choices)

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        return {"subject": str(item.meta.get("subject")), "level": str(item.meta.get("level"))}


def _placeholder_options(options: list[str]) -> bool:
    """Whether every option is only its own letter ("A", "B)", "(C)"): the options are in the image."""
    return all(o.strip().strip("().").upper() == chr(65 + i) for i, o in enumerate(options))
