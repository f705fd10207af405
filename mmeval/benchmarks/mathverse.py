"""MathVerse (Zhang et al., 2024): HF `AI4Math/MathVerse`, configs/splits `testmini` (3940 = 788 problems
x 5 versions: Text Dominant, Text Lite, Vision Intensive, Vision Dominant, Vision Only) and
`testmini_text_only` (788, no image).

Prompts: `official` = the dataset's `query_wo` (the paper's primary setting, answer directly) and
`official-cot` = `query_cot` (reason first); plus the shared reasoning templates.
Scoring: the official pipeline is two GPT calls (extract, then judge); its only rule-based step is the
"quick match" (extracted answer == answer string), which `official_score` applies. mmeval's rule mode
grades raw responses with its verifiers, multiple choice (options parsed from the question) vs
free-form; `official/mathverse.py` can also ask a judge model on any OpenAI-compatible endpoint.
Breakdowns: problem version, subject, subfield (and question type).
"""

from __future__ import annotations

import re
from typing import Any

from mmeval.benchmarks.base import Benchmark, Item, Prompt
from mmeval.benchmarks.official.mathverse import quick_match

__all__ = ["MathVerse", "parse_choices"]

VISION_ONLY_QUESTION = "Answer the question shown in the image."
_CHOICES_HEADER = re.compile(r"\n\s*Choices?\s*[:：]?\s*\n", flags=re.I)
_OPTION_LINE = re.compile(r"^\s*\(?([A-H])\)?\s*[:.：)]\s*(.*\S)\s*$")
_LETTER_GOLD = re.compile(r"^\(?([A-H])\)?\.?$")


def parse_choices(question: str) -> list[str] | None:
    """Option texts listed after "Choices:" as `A:text` / `A. text` / `(A) text` lines, in letter order."""
    parts = _CHOICES_HEADER.split(question, maxsplit=1)
    if len(parts) < 2:
        return None
    options: list[str] = []
    for line in parts[1].splitlines():
        match = _OPTION_LINE.match(line)
        if match and ord(match.group(1)) - 65 == len(options):
            options.append(match.group(2))
        elif match or options:
            break
    return options or None


class MathVerse(Benchmark):
    name = "mathverse"
    version = "1"
    splits = ("testmini", "testmini_text_only")
    default_split = "testmini"
    hf_path = "AI4Math/MathVerse"
    image_fields = ("image",)

    def hf_config(self, split: str) -> str | None:
        return split

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        multi = record.get("question_type") == "multi-choice"
        answer = str(record.get("answer", "")).strip()
        letter = _LETTER_GOLD.match(answer)
        return Item(
            id=str(record["sample_index"]),
            question=str(record["question"]),
            gold=letter.group(1) if multi and letter else answer,
            choices=parse_choices(str(record["question"])) if multi else None,
            answer_type="multiple_choice" if multi else None,
            images=images,
            meta={k: v for k, v in record.items() if k != "image" or isinstance(v, str)},
        )

    def needs_image(self, record: dict[str, Any]) -> bool:
        return record.get("problem_version") != "Text Only" and bool(record.get("image"))

    def prompt(self, item: Item, template: str = "official") -> Prompt:
        if template == "official-cot":
            return Prompt(str(item.meta.get("query_cot") or item.question), list(item.images))
        return super().prompt(item, template)

    def official_prompt(self, item: Item) -> str:
        return str(item.meta.get("query_wo") or item.question)

    def mm_eureka_query(self, item: Item) -> str:
        return str(item.meta.get("query_cot") or self.plain_question(item))  # MM-Eureka sends `query_cot`

    def plain_question(self, item: Item) -> str:
        # options, when any, are already in the question text; Vision Only items have it only in the image
        return item.question or VISION_ONLY_QUESTION

    def official_score(self, item: Item, extraction: Any) -> bool:
        return quick_match(str(item.meta.get("answer", item.gold)), extraction)

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        meta = item.meta.get("metadata") or {}
        return {
            "version": str(item.meta.get("problem_version")),
            "subject": str(meta.get("subject")),
            "subfield": str(meta.get("subfield")),
            "question_type": str(item.meta.get("question_type")),
        }
