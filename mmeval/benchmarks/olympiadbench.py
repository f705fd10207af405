"""OlympiadBench (He et al., 2024): HF `Hothan/OlympiadBench`, one config per part, each with a single
`train` split; mmeval's split names are the config names, e.g. `OE_MM_maths_en_COMP` (open-ended,
multimodal, maths, English, competition), `OE_TO_physics_zh_CEE` (text-only, Chinese gaokao).
Theorem-proving (`TP_*`) parts have no auto-scorable answers and are not offered.

Official prompt (OlympiadBench `inference/code/evaluators`): a system line, then an instruction naming
the answer type, the multiple-answer and unit conventions, ending in 'So the final answer is
\\boxed{...}', then the (physics: context and) question. Images sit at `<image_N>` markers.
Official scoring: the text after the last "So the final answer is" (所以最终答案是), judged by the
re-implemented `MathJudger` with the item's tolerance (`error`) — see `official/olympiadbench.py`.
Breakdowns: subject, language, modality (and the config).
"""

from __future__ import annotations

from typing import Any

from mmeval.benchmarks.base import Benchmark, Item, Prompt
from mmeval.benchmarks.official.olympiadbench import extract_final_answer, judge_bounded, parse_tolerance
from mmeval.benchmarks.official.olympiadbench_prompt import official_instruction, system_prompt

__all__ = ["OlympiadBench", "CONFIGS"]

CONFIGS = tuple(
    f"OE_{modality}_{subject}_{lang}_{source}"
    for modality in ("MM", "TO")
    for subject in ("maths", "physics")
    for lang, source in (("en", "COMP"), ("zh", "CEE"), ("zh", "COMP"))
    if not (subject == "physics" and source == "COMP" and lang == "zh")
)
# official answer types -> mmeval.verifiers answer_type (rule mode)
_ANSWER_TYPES = {
    "Numerical": None,
    "Expression": "expression",
    "Equation": "equation",
    "Interval": "interval",
}


class OlympiadBench(Benchmark):
    name = "olympiadbench"
    version = "1"
    splits = CONFIGS
    default_split = "OE_MM_maths_en_COMP"
    hf_path = "Hothan/OlympiadBench"
    image_fields = ("image_1", "image_2", "image_3", "image_4", "image_5")

    def hf_config(self, split: str) -> str | None:
        return split

    def hf_split(self, split: str) -> str:
        return "train"  # every config has a single split

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        answers = record.get("final_answer") or [""]
        answer_type = str(record.get("answer_type") or "")
        multiple = bool(record.get("is_multiple_answer"))
        return Item(
            id=str(record["id"]),
            question=str(record["question"]),
            gold=str(answers[0]),
            answer_type="list"
            if multiple
            else _ANSWER_TYPES.get(answer_type, "tuple" if "Tuple" in answer_type else None),
            tolerance=None if record.get("error") in (None, "") else parse_tolerance(record.get("error")),
            images=images,
            meta={k: v for k, v in record.items() if not k.startswith("image_")},
        )

    def prompt(self, item: Item, template: str = "official") -> Prompt:
        if template != "official":
            return super().prompt(item, template)
        chinese, math = _is_chinese(item), _is_math(item)
        text = f"{official_instruction(item.meta, chinese=chinese, math=math)}\n{self.plain_question(item)}"
        return Prompt(text, list(item.images), system=system_prompt(chinese=chinese, math=math))

    def mm_eureka_query(self, item: Item) -> str:
        """MM-Eureka sends the official instruction and the question (without the official system line)."""
        chinese, math = _is_chinese(item), _is_math(item)
        return f"{official_instruction(item.meta, chinese=chinese, math=math)}\n{self.plain_question(item)}"

    def subset(self, split: str) -> str:
        return split

    def plain_question(self, item: Item) -> str:
        context = item.meta.get("context")
        if not _is_math(item) and context:
            return f"{context}\n{item.question}"
        return item.question

    def official_extract(self, response: str, item: Item) -> str:
        """The official extraction (text after the last "So the final answer is")."""
        return extract_final_answer(response, chinese=_is_chinese(item))

    def official_score(self, item: Item, extraction: Any) -> bool:
        if extraction is None:
            return False
        return judge_bounded(item.gold, str(extraction), parse_tolerance(item.meta.get("error")))

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        return {
            "subject": str(item.meta.get("subject")),
            "language": str(item.meta.get("language")),
            "modality": str(item.meta.get("modality")),
            "answer_type": str(item.meta.get("answer_type")),
        }


def _is_chinese(item: Item) -> bool:
    return str(item.meta.get("language", "")).lower().startswith(("chinese", "zh"))


def _is_math(item: Item) -> bool:
    return str(item.meta.get("subject", "")).lower().startswith("math")
