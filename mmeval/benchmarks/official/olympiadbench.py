"""OlympiadBench's official judge (OpenBMB/OlympiadBench `eval/auto_scoring_judge.py`, `MathJudger`),
re-implemented from its behaviour. The gold comes first, as in the official scoring examples.

1. Preprocess both sides: the contents of every `\\boxed{}` (joined by commas), else the `$...$` of the
   last line, else the whole text; symbols such as `\\left`, `$`, `\\approx`, `^\\circ`, `%` replaced;
   text after `\\in ` kept; surrounding punctuation stripped; `\\mathrm{x}`/`\\mathbf{x}` unwrapped.
2. Equal strings: correct. Else Chinese characters are dropped, both sides are split on top-level
   commas, `\\pm` expands to `+` and `-`, and every gold part must pair with an equal answer part.
3. Two parts are equal as strings, as intervals (same brackets, endpoints equal as expressions), as
   numbers within the item's absolute tolerance (`error`, default 1e-8; gold x100 and /100 also
   accepted), as expressions (numeric within tolerance, or symbolic difference < 1e-3), or as
   equations (one side minus the other differs by a non-zero integer factor).

The official code parsed LaTeX with sympy's `parse_latex` (antlr 4.11, which cannot be installed next
to math-verify's antlr 4.13); this uses latex2sympy2_extended. `judge_bounded` runs the judge in a
killable worker because `simplify` can take unbounded time on model text.
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["judge", "judge_bounded", "extract_final_answer", "parse_tolerance", "DEFAULT_TOLERANCE"]

DEFAULT_TOLERANCE = 1e-8
MAX_ANSWER_CHARS = 2000
MAX_EXPONENT = 1000  # the official guard: a power with a larger exponent is not evaluated
_SYMBOL_MAP = (
    ("\\left", ""), ("\\right", ""), ("∶", ":"), ("，", ","), ("$", ""), ("\\approx", "="),
    ("\\simeq", "="), ("\\sim", "="), ("^\\prime", "'"), ("^{\\prime}", "'"), ("^\\circ", ""), ("%", ""),
)  # fmt: skip
_STRIP_CHARS = "\n$,.:;^_=+`!@#$%^&*~，。"
_MATHRM = re.compile(r"\\(?:mathrm|mathbf)\{~?([^}]*)\}")
_SUBSCRIPT_COMMAND = re.compile(r"_\{[^{}]*\}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")
_FINAL_EN = re.compile(r"So the final answer is (.*)")
_FINAL_ZH = re.compile(r"所以最终答案是(.*)")


def extract_final_answer(response: str, *, chinese: bool = False) -> str:
    """The official extraction: the text after the last "So the final answer is" (或 所以最终答案是),
    else the whole response (the judge then looks for `\\boxed{}` in it)."""
    matches = (_FINAL_ZH if chinese else _FINAL_EN).findall(response)
    return matches[-1].strip() if matches else response


def parse_tolerance(error: Any) -> float | list[float]:
    """The item's `error` field as the judge's tolerance: "1e-1" -> 0.1; "1e-2,,1e-1" -> a list per
    answer (empty parts default to 1e-8); missing -> 1e-8."""
    if error is None or error == "":
        return DEFAULT_TOLERANCE
    text = str(error)
    if "," in text:
        return [float(p) if p.strip() else DEFAULT_TOLERANCE for p in text.split(",")]
    return float(text)


def judge(gold: str, answer: str, tolerance: float | list[float] = DEFAULT_TOLERANCE) -> bool:
    """The official verdict for an answer against the gold (see the module docstring)."""
    try:
        gold, answer = _preprocess(gold), _preprocess(answer)
    except ValueError:  # mismatched braces in a \boxed{}
        return False
    if gold == answer:
        return True
    if len(gold) > MAX_ANSWER_CHARS or len(answer) > MAX_ANSWER_CHARS:
        return False
    gold_parts = _expand_pm(_split_top_level(_CHINESE.sub("", gold)))
    answer_parts = _expand_pm(_split_top_level(_CHINESE.sub("", answer)))
    if len(gold_parts) != len(answer_parts):
        return False
    tolerances = tolerance if isinstance(tolerance, list) else [tolerance]
    if len(tolerances) <= 1:
        tolerances = tolerances * len(gold_parts)
    for i, part in enumerate(gold_parts):
        tol = tolerances[i] if i < len(tolerances) else DEFAULT_TOLERANCE
        match = next((j for j, cand in enumerate(answer_parts) if _parts_equal(part, cand, tol)), None)
        if match is None:
            return False
        answer_parts.pop(match)
    return True


def judge_bounded(
    gold: str, answer: str, tolerance: float | list[float] = DEFAULT_TOLERANCE, *, timeout_s: float = 10.0
) -> bool:
    """`judge` in a killable worker; a timeout or crash is a wrong answer."""
    from mmeval.verifiers.bounded.pool import WorkerError, WorkerTimeout, run_bounded

    try:
        return bool(run_bounded(judge, (gold, answer, tolerance), timeout_s))
    except (WorkerTimeout, WorkerError):
        return False


# --- preprocessing -----------------------------------------------------------------------------------
def _preprocess(text: str) -> str:
    text = _boxed_contents(text)
    if "\\in " in text:
        text = text.split("\\in ")[1]
    for old, new in _SYMBOL_MAP:
        text = text.replace(old, new)
    text = text.strip(_STRIP_CHARS)
    return _MATHRM.sub(r"\1", text)


def _boxed_contents(text: str) -> str:
    found = []
    for start in (m.end() for m in re.finditer(r"\\boxed{", text)):
        depth, end = 1, start
        while depth and end < len(text):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
        if depth:
            raise ValueError("mismatched braces in \\boxed{}")
        found.append(text[start : end - 1] + ",")
    if found:
        return "".join(found)
    dollars = re.findall(r"\$(.*?)\$", text.strip().split("\n")[-1])
    return "".join(d + "," for d in dollars) if dollars else text


def _split_top_level(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if start < len(text):
        parts.append(text[start:].strip())
    return parts


def _expand_pm(parts: list[str]) -> list[str]:
    out = []
    for part in parts:
        out.extend([part.replace("\\pm", "+"), part.replace("\\pm", "-")] if "\\pm" in part else [part])
    return out


# --- comparison --------------------------------------------------------------------------------------
def _parts_equal(gold: str, answer: str, tol: float) -> bool:
    if gold == answer and gold != "":
        return True
    if _is_interval(gold) and _is_interval(answer):
        try:
            if _interval_equal(gold, answer, tol):
                return True
        except Exception:  # the official code gives up on this pair when interval parsing fails
            return False
    for check in (_numbers_equal, _expressions_equal_unless_both_equations, _equations_equal):
        try:
            if check(gold, answer, tol):
                return True
        except Exception:  # a side that does not parse: try the next kind of comparison
            continue
    return False


def _is_interval(text: str) -> bool:
    return text.startswith(("(", "[")) and text.endswith((")", "]"))


def _numbers_equal(gold: str, answer: str, tol: float) -> bool:
    reference, prediction = float(gold), float(answer)
    return any(abs(r - prediction) <= tol * 1.01 for r in (reference / 100, reference, reference * 100))


def _expressions_equal_unless_both_equations(gold: str, answer: str, tol: float) -> bool:
    return _expressions_equal(gold, answer, tol) and not ("=" in gold and "=" in answer)


def _parse(text: str) -> Any:
    from latex2sympy2_extended import latex2sympy

    # Subscripts are names: `R_{\\odot}` -> `R_{odot}` (latex2sympy2_extended rejects symbols such as \\odot
    # that sympy's parser read as names).
    return latex2sympy(_SUBSCRIPT_COMMAND.sub(lambda m: m.group(0).replace("\\", ""), text))


def _expressions_equal(gold: str, answer: str, tol: float) -> bool:
    import sympy

    g = _parse(gold.split("=")[1].strip() if "=" in gold else gold.strip())
    a = _parse(answer.split("=")[1].strip() if "=" in answer else answer.strip())
    if g == a:
        return True
    g, a = g.subs(sympy.pi, math.pi), a.subs(sympy.pi, math.pi)
    g_sym, a_sym = g.has(sympy.Symbol), a.has(sympy.Symbol)
    if g_sym != a_sym:
        return False
    if not g_sym:
        if not (_can_compute_power(g) and _can_compute_power(a)):
            return False
        return bool(abs(g.evalf() - a.evalf()) <= tol * 1.01)
    return bool(abs(sympy.simplify(g - a).evalf()) < 1e-3)


def _can_compute_power(expr: Any) -> bool:
    import sympy

    if not isinstance(expr, sympy.Pow):
        return True
    base, exponent = expr.as_base_exp()
    return bool(base.is_number and exponent.is_number and abs(exponent.evalf()) <= MAX_EXPONENT)


def _equations_equal(gold: str, answer: str, tol: float) -> bool:
    import sympy

    def difference(equation: str) -> Any:
        lhs, rhs = equation.split("=")
        return sympy.simplify(_parse(lhs) - _parse(rhs))

    g, a = difference(gold), difference(answer)
    ratios = (sympy.simplify(g / a), sympy.simplify(a / g))
    return any(r.is_Integer and r != 0 for r in ratios)


def _interval_equal(gold: str, answer: str, tol: float) -> bool:
    if gold == answer:
        return True
    gold_parts, answer_parts = gold.split("\\cup"), answer.split("\\cup")
    if len(gold_parts) != len(answer_parts):
        return False
    for g, a in zip(gold_parts, answer_parts, strict=True):
        if g[0] != a[0] or g[-1] != a[-1]:
            return False
        g_ends, a_ends = g.strip("[]()").split(","), a.strip("[]()").split(",")
        if not all(
            _expressions_equal(x, y, tol) for x, y in zip(g_ends, a_ends, strict=False)
        ):  # official: extra ends ignored
            return False
    return True
