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
        fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]


def breakdown_chart(scores: pd.DataFrame, title: str) -> str:
    """Categories (rows) x runs (columns) of scores: grouped horizontal bars for a few runs and
    categories, an annotated heatmap otherwise (a 10-model x 16-subject bar chart is unreadable)."""
    plt = _pyplot()
    n_cat, n_runs = scores.shape
    if n_runs <= 4 and n_cat <= 10:
        fig, ax = plt.subplots(figsize=(7.5, 0.45 * n_cat * max(1, n_runs) / 1.6 + 1.2))
        scores.iloc[::-1].plot.barh(ax=ax, width=0.8)
        ax.set_xlabel("score (%)")
        ax.set_xlim(0, 100)
        ax.legend(loc="lower right", fontsize=8, framealpha=0.8)
        ax.grid(axis="x", alpha=0.3)
    else:
        fig, ax = plt.subplots(figsize=(max(5.0, 1.1 * n_runs + 3.5), 0.36 * n_cat + 1.6))
        image = ax.imshow(scores.to_numpy(dtype=float), cmap="viridis", vmin=0, vmax=100, aspect="auto")
        ax.set_yticks(range(n_cat), [str(c) for c in scores.index], fontsize=9)
        ax.set_xticks(range(n_runs), [str(c) for c in scores.columns], rotation=30, ha="right", fontsize=9)
        for (i, j), value in pd.DataFrame(scores.to_numpy()).stack().items():
            ax.text(
                j, i, f"{value:.0f}", ha="center", va="center", fontsize=7, color="w" if value < 60 else "k"
            )
        fig.colorbar(image, ax=ax, label="score (%)", fraction=0.04)
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
    fig, axes = plt.subplots(rows, cols, figsize=(9, 2.6 * rows), squeeze=False)
    for ax, (key, label) in zip(axes.flat, panels, strict=False):
        series = [c for c in evals] if key == "eval" else [key]
        for col in series:
            points = df[["step", col]].dropna()
            ax.plot(points["step"], points[col], marker="o" if key == "eval" else None, ms=3, label=col)
        if key == "eval":
            ax.legend(fontsize=7)
        ax.set_title(label, fontsize=10)
        ax.set_xlabel("step", fontsize=8)
        ax.grid(alpha=0.3)
    for ax in list(axes.flat)[len(panels) :]:
        ax.set_visible(False)
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    return _to_svg(fig)
