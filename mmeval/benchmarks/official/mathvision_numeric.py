"""The numeric half of MATH-V's official judge: tuples evaluated element-wise and whole answers compared
as numbers rounded to 2 decimals, with latex2sympy2_extended in place of latex2sympy2 1.9.1.

The official code computed `eval(str(latex2sympy(s)))` with `from math import *` in scope: a number
came back as a Python int (integers, integer powers) or float (decimals, fractions, sqrt, pi), symbols
named like math constants (`e`, `pi`) had their math values, anything else raised (and counted as not
equal). `_numeric_value` reproduces that outcome with sympy's own evaluation, never `eval`.
Runs in a killable worker (`mmeval.verifiers.bounded.pool`) because sympy can stall on power towers.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from latex2sympy2_extended.latex2sympy2 import NormalizationConfig

__all__ = ["numeric_value", "eval_tuple", "numeric_equal", "numeric_equal_bounded"]

_PLAIN_NUMBER = re.compile(r"^-?\d{1,15}(\.\d{1,15})?$")
_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]+")
_BARE_LETTER = re.compile(r"[a-df-zA-Z]|e(?!\^)")  # `e^{x}` was exp(x) to the official code
_STOP_AT_PERIOD = re.compile(r"\.(?!\d)")  # where 1.9.1 stopped reading
_UNKNOWN_ESCAPE = re.compile(r"\\(?![A-Za-z,{}%])")  # a backslash 1.9.1 could not lex
_MATH_CONSTANTS = {"e": math.e, "pi": math.pi, "tau": math.tau}
# 1.9.1 only dropped `$`, spacing and \\left/\\right before parsing: keep the fork's own rewriting minimal.
_NORMALIZATION = NormalizationConfig(
    basic_latex=True, units=False, malformed_operators=False, nits=False, boxed="none", equations=False
)


@lru_cache(maxsize=65536)
def numeric_value(text: str) -> int | float | None:
    """The number `text` denotes (int when the official code would have got an int), or None."""
    import sympy

    text = _as_official_parser_saw_it(text)
    if text is None:
        return None
    if _PLAIN_NUMBER.match(text):  # fast path: what latex2sympy would return for a plain decimal
        return float(text) if "." in text else int(text)
    if _BARE_LETTER.search(_LATEX_COMMAND.sub("", text)):
        return None  # a letter outside a command is a symbol: never a number (and slow to parse)
    expr = _parse(text)
    if not isinstance(expr, sympy.Expr) or expr.has(sympy.oo, -sympy.oo, sympy.zoo, sympy.nan, sympy.I):
        return None
    if expr.atoms(
        sympy.core.numbers.Exp1
    ):  # printed "E", a NameError under `from math import *` (exp(x) was fine)
        return None
    free = expr.free_symbols
    if any(s.name not in _MATH_CONSTANTS for s in free):
        return None
    expr = expr.subs({s: _MATH_CONSTANTS[s.name] for s in free})
    try:
        value = complex(expr.evalf(30))
    except (TypeError, ValueError, OverflowError):
        return None
    if value.imag != 0 or not math.isfinite(value.real):
        return None
    if not free and not expr.atoms(sympy.Float) and expr.is_integer:
        return int(expr)
    return value.real


def _as_official_parser_saw_it(text: str) -> str | None:
    """The part of `text` latex2sympy2 1.9.1 turned into an expression, or None where it failed.

    Checked against latex2sympy2 1.9.1 itself on every (answer, gold) pair of the 8 published MATH-V files
    (17,802 pairs, same verdict on all): its grammar does not require the end of input, so it stopped at
    a `}` closing nothing and at a `.` not followed by a digit ("5.so", `\\frac{1}{2}.theansweris\\boxed{d`,
    "12."); before that point, `\\boxed`, degree marks and `\\!` were not understood, nor any character
    outside ASCII (`π`, `√`, `°`, `×`) or a backslash before a non-letter other than `, { } %` (`\\$`,
    `\\;`, a trailing `\\`); `~` was a space; `{x}` is a group, not a set."""
    text = text.replace("~", " ")
    if text.startswith("{") and text.endswith("}") and _balanced(text[1:-1]):
        text = text[1:-1]
    text = text[: _unmatched_close(text)]
    text = _STOP_AT_PERIOD.split(text, maxsplit=1)[0]
    if "boxed" in text or "circ" in text or "\\!" in text or not text.isascii():
        return None
    if _UNKNOWN_ESCAPE.search(text.replace("\\$", "\\ $").replace("$", "")):
        return None
    return text


def _parse(text: str) -> Any:
    from latex2sympy2_extended import latex2sympy

    try:
        return latex2sympy(text, normalization_config=_NORMALIZATION)
    except Exception:  # any parse failure is "not a number", as in the official try/except
        return None


def _unmatched_close(text: str) -> int:
    depth = 0
    for i, ch in enumerate(text):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return i
    return len(text)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def eval_tuple(text: str) -> str:
    """`(a,b,...)`/`[a,b,...]` with every element replaced by its value rounded to 2 decimals; elements
    containing `infty` or equal to `a`/`-a` kept; the text unchanged if any element is not a number."""
    inner = text[1:-1].split(",")
    if len(inner) < 2 or not text or (text[0], text[-1]) not in (("(", ")"), ("[", "]")):
        return text
    parts = []
    for sub in inner:
        if "infty" in sub or sub in ("a", "-a"):
            parts.append(sub)
            continue
        value = numeric_value(sub)
        if value is None:
            return text
        parts.append(str(round(value, 2)))
    return text[0] + ",".join(parts) + text[-1]


def numeric_equal(answer: str, gold: str) -> bool:
    """Equal as evaluated tuples, or as numbers rounded to 2 decimals."""
    answer, gold = eval_tuple(answer), eval_tuple(gold)
    if answer == gold:
        return True
    a, g = numeric_value(answer), numeric_value(gold)
    return a is not None and g is not None and round(a, 2) == round(g, 2)


def numeric_equal_bounded(answer: str, gold: str, *, timeout_s: float = 5.0) -> bool:
    """`numeric_equal` in a killable worker; a timeout or crash counts as not equal."""
    from mmeval.verifiers.bounded.pool import WorkerError, WorkerTimeout, run_bounded

    try:
        return bool(run_bounded(numeric_equal, (answer, gold), timeout_s))
    except (WorkerTimeout, WorkerError):
        return False
