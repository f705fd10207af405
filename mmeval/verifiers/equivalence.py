"""Is an extracted answer equivalent to the gold? A chain of small named strategies, cheapest first.

Each strategy returns `(Status, reason)` when it can decide, or None to pass to the next one. The fast
strategies are pure Python and bounded by the input caps (`numbers.py` reads numbers exactly with
`Fraction`); only `symbolic` reaches math-verify/sympy, in a killable worker process with the pair's
time limit (see `bounded.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from .bounded import WorkerError, WorkerTimeout, run_bounded
from .normalize import canonical, clean_answer, nesting_depth, split_top_level, strip_text_macros
from .numbers import Num, parse_number, round_half_up
from .symbolic import symbolic_compare
from .verdict import GradeConfig, Status

__all__ = ["Context", "STRATEGIES", "compare", "numbers_close", "check_size"]

Result = tuple[Status, str] | None


@dataclass(frozen=True)
class Context:
    """What a strategy may look at besides the two strings."""

    config: GradeConfig
    answer_type: str | None = None
    precision: float | int | None = None


def check_size(text: str, config: GradeConfig) -> str | None:
    """Why `text` is too big or too deeply nested to parse, or None if it is fine."""
    if len(text) > config.max_answer_chars:
        return f"{len(text)} chars > max_answer_chars={config.max_answer_chars}"
    depth = nesting_depth(text)
    if depth > config.max_nesting:
        return f"nesting depth {depth} > max_nesting={config.max_nesting}"
    return None


def _decimals_of(precision: float | int | None) -> int | None:
    if precision is None:
        return None
    p = float(precision)
    return int(p) if p.is_integer() and p >= 0 else None


def _close(gv: Fraction, pv: Fraction, gd: int | None, pd: int | None, ctx: Context) -> bool:
    if gv == pv:
        return True
    decimals = _decimals_of(ctx.precision)
    if decimals is not None:
        return round_half_up(gv, decimals) == round_half_up(pv, decimals)
    if ctx.precision is not None:  # a relative tolerance such as OlympiadBench's `error`
        return abs(gv - pv) <= Fraction(float(ctx.precision)) * abs(gv)
    tol = Fraction(ctx.config.rel_tol)
    if abs(gv - pv) <= tol * max(abs(gv), abs(pv)):
        return True
    # A gold written as a rounded decimal matches a more exact answer that rounds to it (30.52 vs 1587/52).
    if gd is not None and gd >= 1 and (pd is None or (pd > gd and gd >= 2)):
        return round_half_up(pv, gd) == gv
    # An answer rounded to >= 2 decimals matches an exact (non-decimal) gold: 0.67 for 2/3.
    if gd is None and pd is not None and pd >= 2:
        return round_half_up(gv, pd) == pv
    return False


def numbers_close(g: Num, p: Num, ctx: Context) -> bool:
    """Numbers equal exactly, at the benchmark's precision, within `rel_tol`, or as a rounding of the
    other; a percent on either side also matches its value / 100."""
    gs = [(g.value, g.decimals)] + (
        [(g.value / 100, None if g.decimals is None else g.decimals + 2)] if g.percent else []
    )
    ps = [(p.value, p.decimals)] + (
        [(p.value / 100, None if p.decimals is None else p.decimals + 2)] if p.percent else []
    )
    return any(_close(gv, pv, gd, pd, ctx) for gv, gd in gs for pv, pd in ps)


_ASSIGN_RE = re.compile(
    r"^\s*(?:[A-Za-z](?:_\{?\w+\}?)?(?:\([^()=]*\))?|\\[a-zA-Z]+(?:_\{?\w+\}?)?)\s*=(?![=<>])"
)


def _rhs_of_assignment(s: str) -> str:
    """`x = 2` -> `2`; `x = y = 3` -> `3`; `a_n = 2n+1` -> `2n+1` (only a single name on the left)."""
    while _ASSIGN_RE.match(s):
        s = s[_ASSIGN_RE.match(s).end() :]
    return s.strip()


def string_match(gold: str, pred: str, ctx: Context) -> Result:
    if canonical(gold) and canonical(gold) == canonical(pred):
        return Status.CORRECT, "same text after normalisation"
    return None


def numeric(gold: str, pred: str, ctx: Context) -> Result:
    g = parse_number(gold, max_digits=ctx.config.max_number_digits)
    if g is None:
        return None
    p = parse_number(pred, max_digits=ctx.config.max_number_digits)
    if p is None:
        return None
    if numbers_close(g, p, ctx):
        return Status.CORRECT, "equal numbers"
    return Status.INCORRECT, "different numbers"


def number_lists(gold: str, pred: str, ctx: Context) -> Result:
    """Tuples/sets/lists of plain numbers: ordered when both are bracketed alike, else as multisets."""
    g_open, g_items = _items(gold)
    p_open, p_items = _items(pred)
    if len(g_items) < 2 and len(p_items) < 2:
        return None
    gn = [parse_number(x, max_digits=ctx.config.max_number_digits) for x in g_items]
    pn = [parse_number(x, max_digits=ctx.config.max_number_digits) for x in p_items]
    if any(x is None for x in gn) or any(x is None for x in pn):
        return None
    if len(gn) != len(pn):
        return Status.INCORRECT, f"{len(pn)} items, gold has {len(gn)}"
    ordered = g_open in "([" and p_open in "([" and g_open != "" and p_open != ""
    if ordered:
        if g_open != p_open:
            return None  # (1, 2) vs [1, 2]: tuple vs interval bounds; let the symbolic path decide
        ok = all(numbers_close(a, b, ctx) for a, b in zip(gn, pn, strict=True))
    else:
        left = list(pn)
        ok = True
        for a in gn:
            hit = next((i for i, b in enumerate(left) if numbers_close(a, b, ctx)), None)
            if hit is None:
                ok = False
                break
            left.pop(hit)
    return (Status.CORRECT, "same numbers") if ok else (Status.INCORRECT, "different numbers in the list")


def _items(s: str) -> tuple[str, list[str]]:
    s = strip_text_macros(clean_answer(s))
    s = s.replace("\\{", "{").replace("\\}", "}")
    opener = ""
    if len(s) >= 2 and s[0] in "([{" and s[-1] in ")]}" and nesting_depth(s[1:-1]) < nesting_depth(s):
        opener, s = s[0], s[1:-1]
    s = re.sub(r"\s+(?:and|or)\s+", ",", s)
    return opener, [x for x in split_top_level(s, ",") if x] or [s]


def symbolic(gold: str, pred: str, ctx: Context) -> Result:
    if not ctx.config.symbolic:
        return Status.INCORRECT, "no fast strategy decided and the symbolic path is off"
    try:
        status, reason = run_bounded(symbolic_compare, (gold, pred), ctx.config.timeout_s)
    except WorkerTimeout as exc:
        return Status.TIMEOUT, f"symbolic comparison timed out ({exc})"
    except WorkerError as exc:
        return Status.PRED_UNPARSEABLE, f"symbolic comparison failed: {exc}"
    return Status(status), reason


STRATEGIES: list[tuple[str, Callable[[str, str, Context], Result]]] = [
    ("string", string_match),
    ("numeric", numeric),
    ("number_lists", number_lists),
    ("symbolic", symbolic),
]


def compare(gold: str, pred: str, ctx: Context) -> tuple[Status, str]:
    """Run the strategy chain on cleaned strings. When only one side is an assignment (`x = 2` vs `2`,
    `a_n = 2n+1` vs `2n+1`) that side is compared by its right-hand side."""
    gold, pred = clean_answer(gold), clean_answer(pred)
    if ("=" in gold) != ("=" in pred):
        gold, pred = _rhs_of_assignment(gold), _rhs_of_assignment(pred)
    for name, strategy in STRATEGIES:
        out = strategy(gold, pred, ctx)
        if out is not None:
            return out[0], f"{name}: {out[1]}"
    return Status.INCORRECT, "not equivalent"
