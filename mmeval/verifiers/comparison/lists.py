"""Lists, tuples and sets of plain numbers (`number_lists`) and sequences that go on (`open_lists`): two
strategies of the comparison chain (`equivalence.STRATEGIES`), kept apart from the chain itself.

A bare list says no order, so it is compared as a multiset (a perfect matching, each gold item with its
own tolerance when one is given per item); a tuple or an interval is compared in order; an ordered
tuple never equals a set.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mmeval.verifiers.comparison.closeness import Context, numbers_close
from mmeval.verifiers.extraction.normalize import (
    clean_answer,
    nesting_depth,
    split_top_level,
    strip_text_macros,
)
from mmeval.verifiers.extraction.numbers import parse_number
from mmeval.verifiers.extraction.units import unit_of, units_differ
from mmeval.verifiers.verdict import Status

__all__ = ["open_lists", "number_lists"]

Result = tuple[Status, str] | None


_PAIR_OPENER_RE = re.compile(r"^(?:both\s+(?=.*\sand\s)|either\s+(?=.*\sor\s))", re.IGNORECASE)
_ELLIPSIS_RE = re.compile(r",\s*(?:\\[lc]?dots|\.\.\.|…)\s*[)\]}]?\s*$")


def open_lists(gold: str, pred: str, ctx: Context) -> Result:
    """`1, 2, 3, \\ldots` (a sequence that goes on) is not the finite list `1, 2, 3`, either way round."""
    g, p = bool(_ELLIPSIS_RE.search(gold)), bool(_ELLIPSIS_RE.search(pred))
    if g != p and "," in gold and "," in pred:
        return Status.INCORRECT, "one side ends in an ellipsis: an infinite sequence is not a finite list"
    return None


def number_lists(gold: str, pred: str, ctx: Context) -> Result:
    """Tuples/sets/lists of plain numbers: in order against a tuple gold (bracketed alike, or a bare
    list), as multisets against a set or a bare list; an ordered tuple never equals a set."""
    g_brackets, g_items = _items(gold)
    p_brackets, p_items = _items(pred)
    g_open, p_open = g_brackets[:1], p_brackets[:1]
    if len(g_items) < 2 and len(p_items) < 2:
        return None
    gn = [parse_number(x, max_digits=ctx.config.max_number_digits) for x in g_items]
    pn = [parse_number(x, max_digits=ctx.config.max_number_digits) for x in p_items]
    if any(x is None for x in gn) or any(x is None for x in pn):
        return None
    if len(gn) != len(pn):
        return Status.INCORRECT, f"{len(pn)} items, gold has {len(gn)}"
    if {g_open, p_open} == {"(", "{"} or {g_open, p_open} == {"[", "{"}:
        return Status.INCORRECT, "an ordered tuple against an unordered set"
    ordered = g_open in "([" and g_open != "" and p_open != "{"  # a bare list answers a tuple in order
    if ordered and p_open and g_brackets != p_brackets:
        # (1, 2) vs [1, 2], (-2, 1] vs (-2, 1): tuple vs interval bounds; the symbolic path decides
        return None
    ctxs = _per_item(ctx, len(gn))
    gu, pu = [unit_of(x) for x in g_items], [unit_of(x) for x in p_items]  # `1 m/s^2, 2 m/s` item by item

    def same(i: int, j: int) -> bool:
        return numbers_close(gn[i], pn[j], ctxs[i]) and not units_differ(gu[i], pu[j])

    if ordered:
        ok = all(same(i, i) for i in range(len(gn)))
    else:
        ok = _perfect_matching([[same(i, j) for j in range(len(pn))] for i in range(len(gn))])
    return (Status.CORRECT, "same numbers") if ok else (Status.INCORRECT, "different numbers in the list")


def _per_item(ctx: Context, n: int) -> list[Context]:
    """The context each gold item is compared under: a tolerance given per item (OlympiadBench's
    `1e34,1e-3` for a two-answer gold) goes with its own item; a list of another length is not used."""
    if not isinstance(ctx.tolerance, tuple):
        return [ctx] * n
    if len(ctx.tolerance) != n:
        return [replace(ctx, tolerance=None)] * n
    return [replace(ctx, tolerance=t) for t in ctx.tolerance]


def _perfect_matching(close: list[list[bool]]) -> bool:
    """Whether every gold item can be paired with its own answer item (Kuhn's augmenting paths: a greedy
    pairing fails `500.0, 501` vs `501, 500`, where 500.0 is also close to 501)."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j, ok in enumerate(close[i]):
            if ok and j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return all(place(i, set()) for i in range(len(close)))


def _items(s: str) -> tuple[str, list[str]]:
    """(the brackets around the list, `(]` or "" for a bare list; its items)."""
    s = strip_text_macros(clean_answer(s))
    s = s.replace("\\{", "{").replace("\\}", "}")
    opener = ""
    if len(s) >= 2 and s[0] in "([{" and s[-1] in ")]}" and nesting_depth(s[1:-1]) < nesting_depth(s):
        opener, s = s[0] + s[-1], s[1:-1]
    # "both 3 and 5", "either 3 or 5": the word that opens a pair adds no item
    s = _PAIR_OPENER_RE.sub("", s)
    s = re.sub(r"\s+(?:and|or)\s+", ",", s)
    return opener, [x for x in split_top_level(s, ",") if x] or [s]
