"""Paired comparison of two runs on the same benchmark: score delta, McNemar test, flipped samples."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from mmeval.reports.loading import ReportInputError, Run
from mmeval.reports.stats import McNemar, mcnemar
from mmeval.reports.tables import UNSCORED

__all__ = ["Comparison", "compare_runs"]


@dataclass
class Comparison:
    """Result of `compare_runs`: scores on the paired samples only, so the delta is like for like."""

    label_a: str
    label_b: str
    benchmark: str
    n_paired: int
    score_a: float
    score_b: float
    test: McNemar
    only_a: list[dict[str, Any]] = field(default_factory=list)  # right in A, wrong in B
    only_b: list[dict[str, Any]] = field(default_factory=list)  # wrong in A, right in B
    unpaired: int = 0

    @property
    def delta(self) -> float:
        return self.score_b - self.score_a

    def summary(self) -> str:
        sig = "significant" if self.test.significant else "not significant"
        return (
            f"{self.benchmark}: {self.label_b} - {self.label_a} = {self.delta:+.2f} points "
            f"({self.score_b:.2f} vs {self.score_a:.2f} on {self.n_paired} paired samples); "
            f"McNemar ({self.test.method}) p = {self.test.p_value:.3g}, {sig} at 0.05; "
            f"flipped: {len(self.only_b)} now right, {len(self.only_a)} now wrong"
        )


def _frame(run: Run) -> pd.DataFrame:
    df = pd.DataFrame(run.samples)
    if df.empty:
        raise ReportInputError(f"{run.path / 'samples.jsonl'}: no samples; --compare needs per-sample rows")
    if "sample_idx" not in df:
        df["sample_idx"] = 0
    if "correct" not in df:
        df["correct"] = df["status"] == "correct"
    df["id"] = df["id"].astype(str)
    df["sample_idx"] = df["sample_idx"].fillna(0).astype(int)
    df = df[~df["status"].isin(UNSCORED)]
    keep = [
        c
        for c in ("id", "sample_idx", "correct", "status", "question", "gold", "extracted", "response")
        if c in df
    ]
    return df[keep].drop_duplicates(["id", "sample_idx"], keep="last")


def compare_runs(run_a: Run, run_b: Run, label_a: str = "A", label_b: str = "B") -> Comparison:
    """Match samples by (id, sample_idx), then test whether B's accuracy differs from A's."""
    if run_a.results["benchmark"] != run_b.results["benchmark"]:
        raise ReportInputError(
            f"{run_b.path}: --compare needs two runs of one benchmark, got "
            f"{run_a.results['benchmark']!r} and {run_b.results['benchmark']!r}"
        )
    a, b = _frame(run_a), _frame(run_b)
    paired = a.merge(b, on=["id", "sample_idx"], suffixes=("_a", "_b"))
    if paired.empty:
        raise ReportInputError(f"{run_b.path}: no sample ids in common with {run_a.path}")
    ca, cb = paired["correct_a"].astype(bool), paired["correct_b"].astype(bool)
    cols = ["id", "sample_idx", "question_a", "gold_a", "extracted_a", "extracted_b", "status_a", "status_b"]
    cols = [c for c in cols if c in paired]
    return Comparison(
        label_a=label_a,
        label_b=label_b,
        benchmark=run_a.benchmark,
        n_paired=len(paired),
        score_a=100 * float(ca.mean()),
        score_b=100 * float(cb.mean()),
        test=mcnemar(int((ca & ~cb).sum()), int((~ca & cb).sum())),
        only_a=paired.loc[ca & ~cb, cols].to_dict("records"),
        only_b=paired.loc[~ca & cb, cols].to_dict("records"),
        unpaired=len(a) + len(b) - 2 * len(paired),
    )
