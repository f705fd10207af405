"""The symbolic path: math-verify (latex2sympy2_extended + sympy), run only inside a worker process.

Everything here may be slow or hang on hostile input, so `mmeval.verifiers.bounded` runs it in a
killable process. math-verify's own signal-based timeouts are switched off (`parsing_timeout=None`,
`timeout_seconds=None`): signals are the wrong tool (main thread only) and the worker is killed from
outside instead. Results are returned as short strings; a parsed sympy object is never `str()`-ed,
printed or sent back, because printing a huge power tower can itself hang.

What math-verify lacks and is added here: an equation compared with an equation as the same line or
curve (`y = 2x + 1` vs `2x - y + 1 = 0`: proportional `lhs - rhs`, where math-verify compares 0 == 0),
and a gold equation compared with an expression by solving the gold for the one variable the
expression does not use (`xy = 6` vs `6/x`).
"""

from __future__ import annotations

import logging
from functools import lru_cache

import math_verify.grader as _mv_grader
import math_verify.parser as _mv_parser
import sympy
from math_verify import LatexExtractionConfig, parse, verify

__all__ = ["symbolic_compare", "parse_latex"]

# We own the timeout (the worker is killed from outside); silence math-verify's "timeout disabled" warning.
_mv_parser.TIMEOUT_WARNING_SHOWN = True
_mv_grader.TIMEOUT_WARNING_SHOWN = True
logging.getLogger("math_verify").setLevel(logging.CRITICAL)
logging.getLogger("latex2sympy2_extended").setLevel(logging.CRITICAL)

_CONFIG = [LatexExtractionConfig()]


@lru_cache(maxsize=4096)
def parse_latex(text: str) -> tuple:
    """math-verify's parse of `text` as one LaTeX expression (a tuple of sympy objects; empty if none)."""
    return tuple(
        parse(f"${text}$", extraction_config=_CONFIG, parsing_timeout=None, fallback_mode="no_fallback")
    )


def _eq_expr(rel: sympy.Basic) -> sympy.Expr:
    return sympy.expand(rel.lhs - rel.rhs)


def _same_curve(gold: sympy.Eq, pred: sympy.Eq) -> bool:
    """Two equations describe the same set: `lhs - rhs` differ by a nonzero constant factor."""
    g, p = _eq_expr(gold), _eq_expr(pred)
    if g == 0 or p == 0:
        return g == p
    ratio = sympy.simplify(g / p)
    return bool(ratio.is_number and ratio != 0 and ratio.is_finite)


def _solve_gold_for_missing(gold: sympy.Eq, pred: sympy.Expr) -> bool | None:
    """Gold `F(x, y) = 0`, pred an expression without `y`: compare pred with the unique solution for y."""
    missing = [s for s in gold.free_symbols if s not in pred.free_symbols]
    if len(missing) != 1:
        return None
    sols = sympy.solve(gold, missing[0])
    if len(sols) != 1:
        return None
    return bool(sympy.simplify(sols[0] - pred) == 0)


def _is_plain_eq(x: object) -> bool:
    return isinstance(x, sympy.Equality) and not (isinstance(x.lhs, sympy.Symbol) and x.rhs.is_number)


def symbolic_compare(gold: str, pred: str, float_rounding: int = 6) -> tuple[str, str]:
    """Compare two cleaned answer strings. Returns (status, reason) with status one of
    "correct", "incorrect", "gold_unparseable", "pred_unparseable"."""
    g = parse_latex(gold)
    if not g:
        return "gold_unparseable", "gold does not parse as math"
    p = parse_latex(pred)
    if not p:
        return "pred_unparseable", "answer does not parse as math"
    g0, p0 = g[0], p[0]
    if _is_plain_eq(g0) and _is_plain_eq(p0):
        if _same_curve(g0, p0):
            return "correct", "same equation up to a constant factor"
    elif _is_plain_eq(g0) and isinstance(p0, sympy.Expr):
        same = _solve_gold_for_missing(g0, p0)
        if same is not None:
            return (
                ("correct", "gold equation solved for the missing variable")
                if same
                else (
                    "incorrect",
                    "differs from the gold equation's solution",
                )
            )
    ok = verify(list(g), list(p), float_rounding=float_rounding, timeout_seconds=None)
    return ("correct", "symbolically equal (math-verify)") if ok else ("incorrect", "not equal (math-verify)")
