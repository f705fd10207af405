"""We-Math (Qiao et al., 2024): testmini, 1,740 multiple-choice items = 525 multi-step problems (360
two-step, 165 three-step), each with its one-step sub-problems; the We-Math/We-Math repository's
`data/testmini.json` + `data/{2,3}steps/image/` (HF `We-Math/We-Math`).

Official prompt: the question and options, answered as `<Thought process>: ... <Answer>: <letter>` (the
format its string-matching extraction expects). Official scoring (`official/wemath.py`): the letter after
the last "Answer" against the gold, then per problem the four-dimensional metrics (IK, IG, CM, RM) and
the strict and loose scores, plus one-, two- and three-step accuracy; `summary_metrics` computes them
from a run's rows. Rule mode grades the letter with mmeval's verifiers on the options.
Breakdowns: steps (2steps/3steps), part (1/2/3/multi), knowledge concept.
"""

from __future__ import annotations

from typing import Any

from mmeval.benchmarks.base import Benchmark, Item
from mmeval.benchmarks.official.wemath import (
    domain_accuracy,
    extract_option,
    four_dimensional,
    group_outcomes,
    official_correct,
    step_accuracy,
)
from mmeval.benchmarks.options import options_in_sequence

__all__ = ["WeMath", "ANSWER_FORMAT"]

ANSWER_FORMAT = (
    "Solve the multiple-choice question: describe your reasoning briefly, then give the letter of the "
    "option you choose. Answer in exactly this format, keeping the angle-bracket labels:\n"
    "<Thought process>: <your reasoning> <Answer>: <the option letter>"
)
_OPTION_MARKER = r"(?:^|[;；\s]){L}\s*[.．]"


class WeMath(Benchmark):
    name = "wemath"
    version = "1"
    splits = ("testmini",)
    default_split = "testmini"
    hf_path = "We-Math/We-Math"
    image_fields = ("image", "image_path")

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        part = str(record["key"]).split("_")[-1]  # "1", "2", "3" or "multi"
        options = options_in_sequence(str(record.get("option") or ""), _OPTION_MARKER)
        return Item(
            id=f"{record['ID']}:{part}",
            question=str(record["question"]),
            gold=str(record["answer"]).strip(),
            choices=options,
            answer_type="multiple_choice",
            images=images,
            meta={k: v for k, v in record.items() if k != "image" or isinstance(v, str)},
        )

    def plain_question(self, item: Item) -> str:
        return f"{item.question}\nOptions: {item.meta.get('option', '')}"

    def official_prompt(self, item: Item) -> str:
        return f"{ANSWER_FORMAT}\nQuestion: {item.question}\nOptions: {item.meta.get('option', '')}"

    def official_extract(self, response: str) -> str | None:
        return extract_option(response)

    def official_score(self, item: Item, extraction: Any) -> bool:
        return official_correct(extraction, item.gold)

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        return {
            "steps": str(item.meta.get("key", "")).split("_")[0],
            "part": str(item.meta.get("key", "")).split("_")[-1],
            "knowledge_concept": str(item.meta.get("knowledge concept")),
        }

    def summary_metrics(self, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        """Four-dimensional metrics, strict/loose scores and step accuracy of a run (first sample of
        each item)."""
        outcomes, steps = [], []
        for row in rows:
            if row.get("sample_idx", 0) != 0 or ":" not in str(row.get("id")):
                continue
            pid, part = str(row["id"]).rsplit(":", 1)
            key = f"{pid.split('_')[0]}_{part}"
            outcomes.append((pid, key, bool(row.get("correct"))))
            concept = str((row.get("categories") or {}).get("knowledge_concept"))
            steps.append((pid, key, concept, bool(row.get("correct"))))
        groups = group_outcomes(outcomes)
        if not groups:
            return None
        return {**four_dimensional(groups), "step_accuracy": step_accuracy(groups),
                "domain_accuracy": domain_accuracy(steps), "headline": "loose"}  # fmt: skip
