"""OlympiadBench's official open-ended prompt (OlympiadBench `inference/code/evaluators/evaluator.py`
and the API evaluators' system line), rebuilt from its documented wording.

The instruction names the answer type ('a numerical value', 'an expression', 'an equation', 'an
interval'; nothing for tuples), says when there are several answers (comma-separated in one
`\\boxed{}`), keeps units out of the box, and asks to end with "So the final answer is \\boxed{...}."
(Chinese: 所以最终答案是...).
"""

from __future__ import annotations

from typing import Any

__all__ = ["official_instruction", "system_prompt", "answer_type_text"]

_TYPES = ("Numerical", "Expression", "Equation", "Interval")
_EN = {
    "Numerical": "a numerical value",
    "Expression": "an expression",
    "Equation": "an equation",
    "Interval": "an interval",
}
_ZH = {"Numerical": "数值", "Expression": "表达式", "Equation": "方程", "Interval": "区间"}


def system_prompt(*, chinese: bool, math: bool) -> str:
    """The system line the official API evaluators sent."""
    if chinese:
        return f"你是一个中文人工智能助手。请根据要求，完成下面的{'数学' if math else '物理'}竞赛题目。"
    return f"You are an AI assistant. Please answer the following {'Math' if math else 'Physics'} competition problems as required."


def _single_type(answer_type: str, chinese: bool) -> str:
    answer_type = answer_type.split("-")[0]
    for t in _TYPES:
        if t in answer_type:
            return (_ZH if chinese else _EN)[t]
    raise ValueError(f"unknown OlympiadBench answer type {answer_type!r}")


def answer_type_text(answer_type: str, *, chinese: bool, multiple: bool) -> str:
    """The sentence that tells the model what kind of answer(s) to give ('' for tuples / proofs)."""
    if "Need_human_evaluate" in answer_type or "Tuple" in answer_type:
        return ""
    kinds = (
        [_single_type(t, chinese) for t in answer_type.split(",")]
        if multiple
        else [_single_type(answer_type, chinese)]
    )
    if not multiple:
        return f"，答案类型为{kinds[0]}" if chinese else f"The answer of The problem should be {kinds[0]}. "
    if len(set(kinds)) == 1:
        if chinese:
            return f"，题目有多个答案，答案类型均为{kinds[0]}"
        return f"The problem has multiple answers, each of them should be {kinds[0]}. "
    if chinese:
        return f"，题目有多个答案，答案类型分别为{'、'.join(kinds)}"
    return f"The problem has multiple answers, with the answers in order being {', '.join(kinds)}. "


def official_instruction(meta: dict[str, Any], *, chinese: bool, math: bool) -> str:
    """The instruction placed before the question."""
    multiple, unit = bool(meta.get("is_multiple_answer")), meta.get("unit")
    type_text = answer_type_text(str(meta.get("answer_type") or ""), chinese=chinese, multiple=multiple)
    if chinese:
        subject = "数学" if math else "物理"
        box = "\\boxed{用英文逗号连接的多个答案}" if multiple else "\\boxed{答案}"
        unit_text = ""
        if unit:
            box += "(单位)"
            unit_text = "，注意答案的单位不要放在\\boxed{}中"
        return (
            f"以下是中国{subject}竞赛中的解答题{type_text}。请根据题目的要求和所提供的信息计算得出答案。"
            f"解答过程和结果中使用的变量和公式请使用LaTeX格式表示。请在最后以“所以最终答案是{box}。”显式给出结果{unit_text}。"
        )
    subject = "Math" if math else "Physics"
    box = "\\boxed{multiple answers connected with commas}" if multiple else "\\boxed{answer}"
    unit_text = ""
    if unit:
        box += "(unit)"
        unit_text = ", note that the unit of the answer should not be included in \\boxed{}"
    return (
        f"The following is an open-ended problem from an International {subject} competition. {type_text}"
        "Please calculate the answer according to the given requirements and the information provided. "
        "Please use LaTeX format to represent the variables and formulas used in the solution process and "
        f'results. Please end your solution with "So the final answer is {box}." and give the result '
        f"explicitly{unit_text}."
    )
