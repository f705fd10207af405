"""MATH-Vision's official rule-based extraction and judging (mathllm/MATH-V `evaluation/evaluate.py` and
`evaluation/utils.py`), re-implemented from their behaviour.

Extraction (`official_extract`): a trailing/leading option letter, "... is <number>", the phrases
"the (final/correct) answer is", the last `\\boxed{}`, then MATH-style string cleanup (`find_math_answer`).
Judging (`is_equal`): lower-cased string equality, then tuples/lists compared element-wise after
numeric evaluation rounded to 2 decimals, then both sides evaluated numerically (rounded to 2 decimals).

Departures, for safety and installability (checked for parity on the published outputs, see
scripts/reproduce_official.py):
- the official code parsed with latex2sympy2 1.9.1, which pins antlr 4.7.2 and cannot be installed next
  to math-verify; this uses latex2sympy2_extended (the maintained fork math-verify itself uses);
- the official code ran `eval(str(sympy_expr))` under `from math import *`; this never evaluates text:
  it asks sympy for the number (`_numeric_value`), keeping the int-vs-float distinction that decided how
  the official code printed tuple elements ("6" vs "6.0"), and runs in a killable worker with a timeout.
"""

from __future__ import annotations

import re

__all__ = ["official_extract", "find_math_answer", "strip_string", "is_equal", "official_correct"]

MAX_ANSWER_CHARS = 1000  # longer strings are not parsed (a wrong answer, never a hang)
_BOXED = re.compile(r"oxed{(.*)}", flags=re.S)
_ANSWER_FLAGS = ("the final answer is", "the answer is", "the correct answer is", "the answer should be")
# cleanup applied by find_math_answer, in order (spaces, thin spaces, text/mbox, units, degrees ...)
_ANSWER_CLEANUPS = (
    (" ", ""), ("\\,", ""), ("∞", "\\infty"), ("+\\infty", "\\infty"), ("\\\\", "\\"), ("\n", ""),
    ("\\text", ""), ("\\mbox", ""), ("bmatrix", "pmatrix"), ("\\left", ""), ("\\right", ""),
    ("^{\\circ}", ""), ("^\\circ", ""), ("{m}^3", ""), ("m^3", ""), ("{units}", ""), ("units", ""),
    ("{km}", ""), ("km", ""),
)  # fmt: skip
_STRIP_CLEANUPS = (
    ("\n", ""), ("\\!", ""), ("\\\\", "\\"), ("tfrac", "frac"), ("dfrac", "frac"), ("\\left", ""),
    ("\\right", ""), ("^{\\circ}", ""), ("^\\circ", ""), ("\\$", ""), ("$", ""),
)  # fmt: skip
_LETTER_CLEANUPS = tuple((f"({c})", c) for c in "abcde") + tuple((f"{{{c}}}", c) for c in "abcde")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def official_extract(response: str) -> str:
    """The official `model_answer` for a raw response (evaluate.py's extraction, then find_math_answer)."""
    answer = response.strip()
    for c in "ABCDE":
        if answer.endswith((f" {c}.", f" ({c}).")) or answer.startswith(
            (f"{c}\n", f"({c})\n", f"({c}) {c}\n")
        ):
            answer = c
    tail = answer.split("is ")[-1].rstrip(".")
    if _is_number(tail):
        answer = tail
    if "oxed{" not in answer:
        for flag in _ANSWER_FLAGS:
            for variant in (flag, flag.replace("the", "The")):
                found = variant in answer
                answer = answer.split(variant)[-1].strip()
                if found:
                    answer = answer.split("\n")[0].split(". ")[0]
    elif answer.count("oxed{") > 1:
        answer = "\\boxed{" + answer.split("oxed{")[-1]
    answer = find_math_answer(answer)
    for old, new in _LETTER_CLEANUPS:
        answer = answer.replace(old, new)
    return answer.rstrip(".").lstrip(":").strip()


def find_math_answer(text: str) -> str:
    """Lower-case, take the last greedy `oxed{...}` content, the part after `=`/`\\approx`, clean it up."""
    text = text.lower().replace("{}", "")
    boxed = _BOXED.findall(text)
    answer = boxed[-1] if boxed else text
    close, open_ = answer.find("}"), answer.find("{")
    if close != -1 and (open_ == -1 or close < open_):
        answer = answer.split("}")[0]
    answer = answer.split("=")[-1].split("\\approx")[-1]
    for old, new in _ANSWER_CLEANUPS:
        answer = answer.replace(old, new)
    return strip_string(answer)


def strip_string(text: str) -> str:
    """MATH-style normalisation, with the official quirks (fractions are fixed only next to a sqrt)."""
    for old, new in _STRIP_CLEANUPS:
        text = text.replace(old, new)
    text = text.split("\\text{ ")[0]  # units on the right
    text = text.replace("\\%", "")
    text = text.replace(" .", " 0.").replace("{.", "{0.")
    if not text:
        return text
    if text[0] == ".":
        text = "0" + text
    if text.count("=") == 1:
        text = text.split("=")[-1]
    if text.count("\\approx") == 1:
        text = text.split("\\approx")[-1]
    if "sqrt" in text:
        text = _fix_sqrt(text)
    text = text.replace(" ", "")
    if "sqrt" in text:
        text = _fix_fracs(text)
    if text == "0.5":
        text = "\\frac{1}{2}"
    return _fix_a_slash_b(text)


def _fix_sqrt(text: str) -> str:
    head, *parts = text.split("\\sqrt")
    fixed = [p if p[:1] == "{" or not p else "{" + p[0] + "}" + p[1:] for p in parts]
    return head + "".join("\\sqrt" + p for p in fixed)


def _fix_fracs(text: str) -> str:
    head, *parts = text.split("\\frac")
    out = head
    for part in parts:
        out += "\\frac"
        if part[:1] == "{":
            out += part
        elif len(part) < 2:
            return text
        elif part[1] != "{":
            out += "{" + part[0] + "}{" + part[1] + "}" + part[2:]
        else:
            out += "{" + part[0] + "}" + part[1:]
    return out


def _fix_a_slash_b(text: str) -> str:
    if text.count("/") != 1:
        return text
    num, den = text.split("/")
    try:
        a, b = int(num), int(den)
    except ValueError:
        return text
    return f"\\frac{{{a}}}{{{b}}}" if text == f"{a}/{b}" else text


def is_equal(answer: str, gold: str, *, timeout_s: float = 5.0) -> bool:
    """The official judgement of an extracted answer against a gold (symmetric, case-insensitive)."""
    answer, gold = answer.lower(), gold.lower()
    if not answer.replace(" ", "") or not gold.replace(" ", ""):
        return False
    if gold.strip() == answer.strip():
        return True
    if len(answer) > MAX_ANSWER_CHARS or len(gold) > MAX_ANSWER_CHARS:
        return False
    from mmeval.benchmarks.official.mathvision_numeric import numeric_equal_bounded

    return numeric_equal_bounded(answer, gold, timeout_s=timeout_s)


def official_correct(extraction: str | None, gold: str, options: list[str] | None, **kw: float) -> bool:
    """evaluate.py's verdict: the extraction equals the gold letter/value or the gold option's text."""
    if extraction is None:
        return False
    gold_value = options[ord(gold) - ord("A")] if options and len(gold) == 1 and "A" <= gold <= "E" else ""
    return is_equal(gold, extraction, **kw) or is_equal(gold_value, extraction, **kw)
