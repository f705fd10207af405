"""Confidence intervals and the paired significance test used by the report.

The Wilson interval is written out (it is three lines) because it must work on plain counts without
pulling statsmodels into the `report` extra; McNemar uses scipy's exact binomial and chi-square tails.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy import stats

__all__ = ["McNemar", "mcnemar", "wilson_interval"]


def wilson_interval(correct: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval for `correct / n`, in percent.

    >>> [round(x, 1) for x in wilson_interval(50, 100)]
    [40.4, 59.6]
    >>> wilson_interval(0, 0)
    (0.0, 0.0)
    """
    if n <= 0:
        return (0.0, 0.0)
    p = correct / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (100 * max(0.0, centre - half), 100 * min(1.0, centre + half))


@dataclass(frozen=True)
class McNemar:
    """McNemar's test on paired samples: `a_only` = right in A only, `b_only` = right in B only."""

    a_only: int
    b_only: int
    p_value: float
    method: str

    @property
    def significant(self) -> bool:
        return self.p_value < 0.05


def mcnemar(a_only: int, b_only: int) -> McNemar:
    """Exact (binomial) McNemar test when there are few discordant pairs, chi-square with continuity
    correction otherwise (the usual rule: exact below 25 discordant pairs).

    >>> round(mcnemar(10, 0).p_value, 4)
    0.002
    >>> mcnemar(0, 0).p_value
    1.0
    """
    discordant = a_only + b_only
    if discordant == 0:
        return McNemar(a_only, b_only, 1.0, "no discordant pairs")
    if discordant < 25:
        p = stats.binomtest(a_only, discordant, 0.5).pvalue
        return McNemar(a_only, b_only, float(p), "exact binomial")
    statistic = (abs(a_only - b_only) - 1) ** 2 / discordant
    return McNemar(a_only, b_only, float(stats.chi2.sf(statistic, df=1)), "chi-square, continuity-corrected")
