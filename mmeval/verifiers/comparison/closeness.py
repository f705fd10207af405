"""When two numbers are the same answer: exactly, at a benchmark's precision, or as a rounding of each
other under a written policy (see `numbers_close`). Also the `Context` every strategy receives."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from mmeval.verifiers.extraction.numbers import Num, round_half_up, significant_digits, truncate
from mmeval.verifiers.verdict import GradeConfig

__all__ = ["Context", "numbers_close", "APPROX_REL_TOL", "COARSE_MIN_SIGNIFICANT"]


@dataclass(frozen=True)
class Context:
    """What a strategy may look at besides the two strings."""

    config: GradeConfig
    answer_type: str | None = None
    precision: float | int | None = None
    # an absolute tolerance (OlympiadBench's `error`): one number, or one per gold item of a list
    tolerance: float | tuple[float, ...] | None = None
    deadline: float | None = None  # time.monotonic() by which the whole pair is decided (set by compare)


def _decimals_of(precision: float | int | None) -> int | None:
    if precision is None:
        return None
    p = float(precision)
    return int(p) if p.is_integer() and p >= 0 else None


# Relative tolerance for a gold written as a decimal with >= 3 significant digits (113.4% vs 113.33%):
# such golds are rounded results of approximate computations, so they carry their own error (785.12 for
# an answer of 784, 6.018 for 6 1/64 are labelled correct). Below 3 significant digits no such slack, on
# either side: `5` for `5.001` is a coarser rounding (see COARSE_MIN_SIGNIFICANT), not the gold's noise.
APPROX_REL_TOL = Fraction(2, 1000)


# A decimal gold answered with fewer decimal places (165.5 for 165.47) is accepted only when the answer
# still has this many significant digits and is the gold rounded to its places: the answer then states
# the value to within 0.5% (165.5 is 165.47 to 0.02%), where a 2-digit rounding (4.1 for 4.14: 1%) is
# a different answer at the precision the gold asks for. Rounding the other way (an answer with more
# places than the gold, which rounds to the gold) is always accepted: the gold is itself rounded.
COARSE_MIN_SIGNIFICANT = 3


def _close(
    gv: Fraction,
    pv: Fraction,
    gd: int | None,
    pd: int | None,
    sig: tuple[int, int],
    ctx: Context,
    approx: bool = False,
) -> bool:
    if gv == pv:
        return True
    if ctx.tolerance is not None and not isinstance(ctx.tolerance, tuple):
        # the decimal text of the tolerance, not its binary float (1e34 as a float is below 10^34)
        return abs(gv - pv) <= Fraction(repr(float(ctx.tolerance)))
    decimals = _decimals_of(ctx.precision)
    if decimals is not None:
        return round_half_up(gv, decimals) == round_half_up(pv, decimals)
    if ctx.precision is not None:  # a relative tolerance such as OlympiadBench's `error`
        return abs(gv - pv) <= Fraction(float(ctx.precision)) * abs(gv)
    if approx and abs(gv - pv) <= Fraction(ctx.config.rel_tol) * max(abs(gv), abs(pv)):
        return True  # float noise of a computed value; numbers read from text are compared exactly
    if gv == 0 or pv == 0:
        return False  # `0.00` is zero, not "anything that rounds to zero" (0.001 is a different answer)
    g_sig, p_sig = sig
    # a written answer with fewer than COARSE_MIN_SIGNIFICANT digits (`5` for `5.001`) is a coarser rounding,
    # not noise; an exact value (a fraction, pd None) may be within the gold's noise
    coarse = pd is not None and p_sig < COARSE_MIN_SIGNIFICANT
    if gd is not None and gd >= 1 and g_sig >= 3 and not coarse and abs(gv - pv) <= APPROX_REL_TOL * abs(gv):
        return True  # a gold written as a decimal is an approximation: allow its rounding noise
    if gd is not None and gd >= 1:  # the gold is a decimal, i.e. itself rounded
        if pd is None or (pd > gd and g_sig >= 2):  # a more exact answer rounds (or truncates) to it
            if g_sig < 2:
                return False  # one written digit says too little: `0.2` is not 1/4 (nor `0.3` 1/3)
            return round_half_up(pv, gd) == gv or (g_sig >= 3 and truncate(pv, gd) == gv)
        if pd < gd and p_sig >= COARSE_MIN_SIGNIFICANT:  # the gold rounded to fewer places
            return round_half_up(gv, pd) == pv  # 165.5 for 165.47; never 4.1 for 4.14 (see above)
    # an exact gold (2/3) written rounded (0.67): to two places or more, or to one place with as many significant
    # digits as a decimal gold's coarser rounding needs (31.4 for 10\pi, 113.1 for 36\pi: 0.05% and less; they had
    # been rejected where 1.41 for \sqrt{2}, 0.3% off, was accepted)
    if gd is None and pd is not None and (pd >= 2 or (pd == 1 and p_sig >= COARSE_MIN_SIGNIFICANT)):
        return round_half_up(gv, pd) == pv or truncate(gv, pd) == pv
    return False


def _forms(n: Num) -> list[tuple[Fraction, int | None]]:
    out = [(n.value, n.decimals)]
    if n.percent:
        out.append((n.value / 100, None if n.decimals is None else n.decimals + 2))
    return out


def numbers_close(g: Num, p: Num, ctx: Context) -> bool:
    """Numbers equal exactly, at the benchmark's precision, as a rounding of the other (written decimals
    are taken as rounded values), or within `rel_tol` when a side was computed in floating point (two
    integers as written are equal or not: 99999999999 is not 100000000000); a percent also matches its
    value / 100; an angle in degrees never matches a percent."""
    if (g.degrees and p.percent) or (g.percent and p.degrees):
        return False  # `60°` is an angle, `60%` a share: two answers, though each drops its sign
    if g.value == p.value:
        return True  # what `_close` says first for the written forms; the digit counts are not needed
    sig = (significant_digits(g), significant_digits(p))
    approx = g.approx or p.approx
    return any(_close(gv, pv, gd, pd, sig, ctx, approx) for gv, gd in _forms(g) for pv, pd in _forms(p))
