r"""Power towers of integers (`10^{10^{10^{10}}}`, `9^{9^9}`) compared without evaluating them.

sympy evaluates such towers eagerly (and `str()` of the result can hang), so math-verify times out on
them. Here a tower is read as its list of integers and compared exactly when its value has at most
`EXACT_DIGITS` digits, otherwise through `log10(log10(value))`, which stays a small float.
"""

from __future__ import annotations

import math
import re

__all__ = ["parse_tower", "compare_towers"]

EXACT_DIGITS = 20_000
# (one white-space run between any two tokens: `\s*\}?\s*` had split a run every way)
_TOKEN_RE = re.compile(r"\s*(?:\{\s*)?(\d{1,50})(?!\d)\s*(?:\}\s*)?(?:\^\s*(.*))?$", re.DOTALL)


def parse_tower(text: str) -> list[int] | None:
    """`a^{b^{c}}` / `a^b^c` -> [a, b, c]; a plain integer -> [n]; None if not a tower of integers."""
    out: list[int] = []
    s = text.strip()
    for _ in range(12):
        while s.startswith("{") and s.endswith("}"):
            s = s[1:-1].strip()
        m = _TOKEN_RE.match(s)
        if m is None:
            return None
        out.append(int(m.group(1)))
        if m.group(2) is None:
            return out
        s = m.group(2).strip()
    return None


def _digits(tower: list[int]) -> float:
    """log10 of the tower's value (may be inf)."""
    if len(tower) == 1:
        return math.log10(tower[0]) if tower[0] > 0 else float("-inf")
    base = tower[0]
    if base in (0, 1):
        return math.log10(base) if base else float("-inf")
    exponent_log = _digits(tower[1:])
    if exponent_log > 300:
        return float("inf")
    return 10**exponent_log * math.log10(base)


def _loglog(tower: list[int]) -> float:
    """log10(log10(value)) for a tower whose value exceeds 10 (may be inf for very tall towers)."""
    if len(tower) == 1:
        return math.log10(math.log10(tower[0]))
    return _digits(tower[1:]) + math.log10(math.log10(tower[0]))


def _value(tower: list[int]) -> int:
    value = tower[-1]
    for base in reversed(tower[:-1]):
        value = base**value
    return value


def compare_towers(gold: list[int], pred: list[int]) -> bool | None:
    """True/False when decidable, None when both are too large to tell apart by magnitude."""
    if gold == pred:
        return True
    if len(gold) > 1 and len(pred) > 1 and gold[0] == pred[0] and gold[0] > 1:
        return compare_towers(gold[1:], pred[1:])  # same base: equal iff the exponents are equal
    dg, dp = _digits(gold), _digits(pred)
    if dg <= EXACT_DIGITS and dp <= EXACT_DIGITS:
        return _value(gold) == _value(pred)
    if (dg <= EXACT_DIGITS) != (dp <= EXACT_DIGITS):
        return False
    lg, lp = _loglog(gold), _loglog(pred)
    if math.isinf(lg) or math.isinf(lp):
        return None if math.isinf(lg) and math.isinf(lp) else False
    return None if math.isclose(lg, lp, rel_tol=1e-12) else False
