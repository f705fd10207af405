"""matplotlib charts rendered to inline SVG strings (text kept as text, so names stay readable and
searchable and the SVG stays small)."""

from __future__ import annotations

import io
import itertools
from typing import Any

import pandas as pd

__all__ = ["breakdown_chart", "training_chart"]

_counter = itertools.count()
TRAINING_PANELS = (
    ("accuracy_reward", "accuracy reward"),
    ("format_reward", "format reward"),
    ("response_length_mean", "response length (mean tokens)"),
    ("reflection_rate", "reflection-word rate"),
)


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _to_svg(fig) -> str:
    """The figure as an <svg> element; a per-figure hash salt keeps clip-path ids unique in one page."""
    plt = _pyplot()
    buf = io.StringIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"mmeval{next(_counter)}"}):
        fig.savefig(buf, format="svg")  # margins set by hand: no second "tight" draw
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _margins(
    fig, left_labels: list[str], bottom_labels: list[str] | None = None, right_in: float = 0.3
) -> None:
    """Fixed margins sized from the longest tick label: cheaper than a layout engine, which measures
    every text twice (the charts dominate a 40-run report's render time otherwise)."""
    width, height = fig.get_size_inches()
    left = 0.3 + 0.075 * max((len(s) for s in left_labels), default=4)
    bottom = 0.55 + (0.055 * max((len(s) for s in bottom_labels), default=0) if bottom_labels else 0.0)
    fig.subplots_adjust(
        left=left / width, right=1 - right_in / width, bottom=bottom / height, top=1 - 0.4 / height
    )


def breakdown_chart(scores: pd.DataFrame, title: str) -> str:
    """Categories (rows) x runs (columns) of scores: grouped horizontal bars for a few runs and
    categories, a heatmap otherwise (a 10-model x 16-subject bar chart is unreadable); small heatmaps
    carry their numbers, large ones leave them to the table below the chart."""
    plt = _pyplot()
    n_cat, n_runs = scores.shape
    cats = [str(c) for c in scores.index]
    runs = [str(c) for c in scores.columns]
    if n_runs <= 4 and n_cat <= 10:
        fig, ax = plt.subplots(figsize=(8.0, 0.28 * n_cat * max(2, n_runs) + 1.0))
        scores.iloc[::-1].plot.barh(ax=ax, width=0.8)
        ax.set_xlabel("score (%)")
        ax.set_xlim(0, 100)
        ax.legend(loc="lower right", fontsize=8, framealpha=0.8)
        ax.grid(axis="x", alpha=0.3)
        _margins(fig, cats)
    else:
        fig, ax = plt.subplots(figsize=(max(5.0, 0.9 * n_runs + 4.0), 0.3 * n_cat + 1.8))
        image = ax.imshow(scores.to_numpy(dtype=float), cmap="viridis", vmin=0, vmax=100, aspect="auto")
        ax.set_yticks(range(n_cat), cats, fontsize=9)
        ax.set_xticks(range(n_runs), runs, rotation=30, ha="right", fontsize=9)
        if n_cat * n_runs <= 60:
            for (i, j), value in pd.DataFrame(scores.to_numpy()).stack().dropna().items():
                ax.text(
                    j,
                    i,
                    f"{value:.0f}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="w" if value < 60 else "k",
                )
        fig.colorbar(image, ax=ax, label="score (%)", fraction=0.04)
        _margins(fig, cats, runs, right_in=0.2)
    ax.set_ylabel("")
    ax.set_title(title, fontsize=11)
    return _to_svg(fig)


def training_chart(metrics: list[dict[str, Any]], title: str) -> str:
    """Accuracy reward, format reward, response length and reflection rate against step (2 x 2),
    plus a fifth panel with the eval scores when the metrics carry `eval/<benchmark>` lines."""
    plt = _pyplot()
    df = pd.DataFrame(metrics).sort_values("step")
    evals = [c for c in df.columns if c.startswith("eval/")]
    panels = [p for p in TRAINING_PANELS if p[0] in df] + ([("eval", "eval score (%)")] if evals else [])
    cols = 2
    rows = max(1, -(-len(panels) // cols))
    fig, axes = plt.subplots(
        rows, cols, figsize=(9, 2.6 * rows), squeeze=False, layout="constrained"
    )  # one chart per run: layout cost is fine
    for ax, (key, label) in zip(axes.flat, panels, strict=False):
        series = evals if key == "eval" else [key]
        if key == "accuracy_reward" and "accuracy_before_filter" in df:
            # With difficulty filtering on, the reward after filtering hides learning (kept groups are
            # mixed by construction); the accuracy over all sampled groups is the learning curve.
            series = ["accuracy_before_filter", key]
        for col in series:
            points = df[["step", col]].dropna()
            ax.plot(points["step"], points[col], marker="o" if key == "eval" else None, ms=3, label=col)
        if key == "response_length_mean" and {"response_length_p10", "response_length_p90"} <= set(df):
            band = df[["step", "response_length_p10", "response_length_p90"]].dropna()
            ax.fill_between(band["step"], band["response_length_p10"], band["response_length_p90"], alpha=0.2,
                            label="p10–p90")  # fmt: skip
            ax.legend(fontsize=7)
        if len(series) > 1:
            ax.legend(fontsize=7)
        ax.set_title(label, fontsize=10)
        ax.set_xlabel("step", fontsize=8)
        ax.grid(alpha=0.3)
    for ax in list(axes.flat)[len(panels) :]:
        ax.set_visible(False)
    fig.suptitle(title, fontsize=11)
    return _to_svg(fig)
