"""MMK12 (MM-Eureka, Meng et al., 2025): HF `FanqingM/MMK12`, split `test`: 2,000 multiple-choice K12
exam questions, 500 each of math, physics, chemistry and biology, one image each. Fields (the dataset
card and MM-Eureka's `eval/mmk12/`): `id`, `subject`, `image`, `question` (the stem, then one option
per line as `A. text`) and `answer` (the option letter).

MM-Eureka scores MMK12 with a GPT-4o yes/no judge on the text inside `<answer>`/the last `\\boxed{}`.
Every item is multiple choice, so mmeval needs no judge: rule mode (`score`) extracts the chosen option
(letter, or the option's text) with its verifiers and compares it with the gold letter; `official_score`
applies the same comparison to an already-extracted answer. Prompts: `official` = the question with
the letter-answer instruction (the paper: "the same Chain-of-Thought prompt structure" as We-Math).
Breakdown: subject (the paper's per-subject table).
"""

from __future__ import annotations

from typing import Any

from mmeval.benchmarks.base import Benchmark, Item
from mmeval.benchmarks.options import options_from_lines
from mmeval.benchmarks.wemath import ANSWER_FORMAT

__all__ = ["MMK12", "SUBJECTS"]

SUBJECTS = ("math", "physics", "chemistry", "biology")


class MMK12(Benchmark):
    name = "mmk12"
    version = "1"
    splits = ("test",)
    default_split = "test"
    hf_path = "FanqingM/MMK12"
    image_fields = ("image",)

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        question = str(record["question"])
        return Item(
            id=str(record["id"]),
            question=question,
            gold=str(record["answer"]).strip(),
            choices=options_from_lines(question),
            answer_type="multiple_choice",
            images=images,
            meta={k: v for k, v in record.items() if k != "image" or isinstance(v, str)},
        )

    def plain_question(self, item: Item) -> str:
        return item.question  # the options are lines of the question

    def official_prompt(self, item: Item) -> str:
        return f"{ANSWER_FORMAT}\nQuestion: {item.question}"

    def official_score(self, item: Item, extraction: Any) -> bool:
        """The extracted answer (a letter, or an option's text) against the gold letter, by
        mmeval's verifier on the options."""
        if extraction is None or not str(extraction).strip():
            return False
        from mmeval.verifiers import grade_answer

        return grade_answer(
            item.gold, str(extraction), choices=item.choices, answer_type="multiple_choice"
        ).correct

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        return {"subject": str(item.meta.get("subject"))}
