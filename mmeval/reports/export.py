"""Markdown (README tables) and CSV (spreadsheets) versions of the leaderboard."""

from __future__ import annotations

import pandas as pd

from mmeval.reports.compare import Comparison
from mmeval.reports.loading import Run
from mmeval.reports.tables import SETTING_KEYS, column_setting_conflicts, leaderboard, runs_frame

__all__ = ["markdown_table", "to_csv", "to_markdown"]

CSV_COLUMNS = [
    "label",
    "model",
    "benchmark",
    "score",
    "ci_low",
    "ci_high",
    "n",
    "n_scored",
    "n_correct",
    *SETTING_KEYS,
    "run_name",
    "path",
]


def markdown_table(df: pd.DataFrame) -> str:
    """A GitHub pipe table of a frame of strings (pandas' `to_markdown` would add a `tabulate` dependency
    for these few lines).

    >>> print(markdown_table(pd.DataFrame({"a": ["1"], "b": ["x|y"]})))
    | a | b |
    |---|---|
    | 1 | x\\|y |
    """

    def cell(v: object) -> str:
        return str(v).replace("|", "\\|")

    lines = ["| " + " | ".join(map(cell, df.columns)) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(map(cell, row)) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def to_markdown(runs: list[Run], comparisons: list[Comparison] | None = None) -> str:
    """Leaderboard as a Markdown table: score and 95% CI per benchmark, average; unlike settings footnoted."""
    frame = runs_frame(runs)
    table = leaderboard(frame)
    benches = [c for c in table.columns if c not in ("average", "benchmarks")]
    conflicts = column_setting_conflicts(frame)
    cells = frame.set_index(["label", "benchmark"])
    out = pd.DataFrame(index=table.index)
    for b in benches:
        header = f"{b} ⚠" if b in conflicts else b
        out[header] = [
            f"{cells.at[(lab, b), 'score']:.1f} ({cells.at[(lab, b), 'ci_low']:.1f}–{cells.at[(lab, b), 'ci_high']:.1f})"
            if (lab, b) in cells.index
            else "–"
            for lab in table.index
        ]
    out["average"] = [f"{v:.1f}" for v in table["average"]]
    out = out.reset_index().rename(columns={"label": "model"})
    text = markdown_table(out) + "\n\nScore = % correct, 95% confidence interval in parentheses.\n"
    for b, diff in conflicts.items():
        text += (
            f"\n⚠ {b}: runs differ in " + "; ".join(f"{k} ({', '.join(v)})" for k, v in diff.items()) + "."
        )
    for c in comparisons or []:
        text += "\n\n" + c.summary()
    return text + "\n"


def to_csv(runs: list[Run]) -> str:
    """One row per run (tidy format): scores, CI, counts and every setting."""
    return runs_frame(runs)[CSV_COLUMNS].to_csv(index=False, float_format="%.4g")
