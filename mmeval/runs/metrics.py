"""Interval and multi-sample metrics for run aggregation: Wilson CI, pass@k, maj@k, mean@k.

Written by hand because they are a few lines each and the estimators must be exactly these:
pass@k is the unbiased estimator of Chen et al. (2021), 1 - C(n-c, k) / C(n, k) per item, averaged;
maj@k votes on the extracted answer; mean@k is the mean of per-item accuracies.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

__all__ = ["wilson_interval", "pass_at_k", "item_metrics"]

_Z95 = 1.959963984540054


def wilson_interval(k: int, n: int, z: float = _Z95) -> list[float] | None:
    """Wilson score interval for k successes in n trials, in percent; None when n == 0.

    >>> wilson_interval(50, 100)
    [40.38, 59.62]
    """
    if n <= 0:
        return None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return [round(100 * max(0.0, centre - half), 2), round(100 * min(1.0, centre + half), 2)]


def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of k samples drawn from n (c correct) is correct.

    >>> pass_at_k(4, 1, 1), pass_at_k(4, 1, 4), pass_at_k(4, 0, 2)
    (0.25, 1.0, 0.0)
    """
    k = min(k, n)  # an item with fewer samples than k contributes what it has
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def _majority_correct(rows: list[dict]) -> bool:
    """Majority vote over extracted answers (ties: the one seen first by sample_idx)."""
    ordered = sorted(rows, key=lambda r: r.get("sample_idx", 0))
    answers = [str(r["extracted"]).strip() for r in ordered if r.get("extracted") not in (None, "")]
    if not answers:
        return False
    votes = Counter(answers)
    best = max(votes.values())
    winner = next(a for a in answers if votes[a] == best)
    return any(bool(r.get("correct")) for r in ordered if str(r.get("extracted") or "").strip() == winner)


def _normal_interval(values: list[float]) -> list[float] | None:
    if not values:
        return None
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / max(1, len(values) - 1)
    half = _Z95 * math.sqrt(var / len(values))
    return [round(100 * max(0.0, mean - half), 2), round(100 * min(1.0, mean + half), 2)]


def item_metrics(rows: list[dict], k: int) -> tuple[dict[str, float], list[float] | None]:
    """Multi-sample metrics over scored rows grouped by item id, in percent, and a CI over item means.

    Keys: pass@1, pass@j for powers of two up to k and pass@k, maj@k, mean@k (with k written out, e.g.
    "pass@4"), the same three under the literal names "pass@k", "maj@k", "mean@k", and "k".
    """
    by_item: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_item[str(row.get("id"))].append(row)
    if not by_item:
        return {"k": k}, None
    counts = [(len(rs), sum(bool(r.get("correct")) for r in rs)) for rs in by_item.values()]
    means = [c / n for n, c in counts]
    metrics: dict[str, float] = {"k": k}
    j = 1
    while j < k:
        metrics[f"pass@{j}"] = 100 * sum(pass_at_k(n, c, j) for n, c in counts) / len(counts)
        j *= 2
    metrics[f"pass@{k}"] = 100 * sum(pass_at_k(n, c, k) for n, c in counts) / len(counts)
    metrics[f"maj@{k}"] = 100 * sum(_majority_correct(rs) for rs in by_item.values()) / len(by_item)
    metrics[f"mean@{k}"] = 100 * sum(means) / len(means)
    for name in ("pass", "maj", "mean"):
        metrics[f"{name}@k"] = metrics[f"{name}@{k}"]
    return metrics, _normal_interval(means)
