"""matplotlib charts rendered to inline SVG strings (text kept as text, so names stay readable and
searchable and the SVG stays small)."""

from __future__ import annotations

import functools
import io
import itertools
import math
import textwrap
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["breakdown_chart", "score_range", "training_chart"]

_counter = itertools.count()
TRAINING_PANELS = (
    ("accuracy_reward", "accuracy reward"),
    ("format_reward", "format reward"),
    ("response_length_mean", "response length (mean tokens)"),
    ("reflection_rate", "reflection-word rate"),
)


# Fonts for chart text, in order; the SVG keeps text as text with this family list, so a CJK category or
# model name is drawn by the browser (and measured here) with a CJK font wherever one is installed.
CHART_FONTS = (
    "DejaVu Sans",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
)
WRAP = 26  # characters per line of a run label under a heatmap column


@functools.cache
def _pyplot():
    """pyplot on the Agg backend with the installed fonts of CHART_FONTS, set up once per process."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    plt.rcParams["font.family"] = [f for f in CHART_FONTS if f in installed] or ["sans-serif"]
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


def _text_in(labels: list[str], per_char: float = 0.075) -> float:
    """Inches taken by the longest line of these labels at the tick font size (an estimate: cheaper than a
    layout engine, which measures every text twice; charts dominate a 40-run report's render time)."""
    return per_char * max((len(line) for s in labels for line in s.split("\n")), default=4)


def score_range(values: np.ndarray) -> tuple[float, float]:
    """The colour/axis range for scores: the data's own, widened to multiples of 10 (4-26% gets 0-30,
    not 0-100, so that the scores stay apart).

    >>> score_range(np.array([4.0, 26.0])), score_range(np.array([55.0, 55.0])), score_range(np.array([97.0]))
    ((0.0, 30.0), (50.0, 60.0), (90.0, 100.0))
    """
    lo = max(0.0, 10.0 * math.floor(float(np.nanmin(values)) / 10))
    hi = min(100.0, 10.0 * math.ceil(float(np.nanmax(values)) / 10))
    if hi <= lo:
        lo, hi = (hi - 10.0, hi) if hi >= 10 else (lo, lo + 10.0)
    return lo, hi


def breakdown_chart(scores: pd.DataFrame, title: str) -> str | None:
    """Categories (rows) x runs (columns) of scores: grouped horizontal bars for a few runs and
    categories, a heatmap otherwise (a 10-model x 16-subject bar chart is unreadable); small heatmaps
    carry their numbers, large ones leave them to the table below the chart.

    None when there is nothing to draw: no score at all, or every score 0 (an empty chart says less than
    the table's zeros)."""
    scores = scores.dropna(how="all").dropna(axis=1, how="all")
    values = scores.to_numpy(dtype=float)
    if values.size == 0 or not np.nan_to_num(values).any():
        return None
    plt = _pyplot()
    n_cat, n_runs = scores.shape
    cats = [str(c) for c in scores.index]
    runs = [textwrap.fill(str(c), WRAP) for c in scores.columns]
    if n_runs <= 4 and n_cat <= 10:
        fig = _bars(plt, scores, cats, runs, values)
    else:
        fig = _heatmap(plt, scores, cats, runs, values)
    fig.axes[0].set_title(title, fontsize=11)
    return _to_svg(fig)


def _bars(plt, scores: pd.DataFrame, cats: list[str], runs: list[str], values: np.ndarray):
    left, right, top = 0.3 + _text_in(cats), 0.3, 0.4
    legend_lines = sum(r.count("\n") + 1 for r in runs)
    bottom = 0.55 + 0.2 * legend_lines  # the legend sits below the axis, never over the bars
    plot_w, plot_h = 8.0 - left - right, 0.28 * len(cats) * max(2, len(runs)) + 0.3
    fig = plt.figure(figsize=(8.0, plot_h + top + bottom))
    height = plot_h + top + bottom
    ax = fig.add_axes((left / 8.0, bottom / height, plot_w / 8.0, plot_h / height))
    scores.set_axis(runs, axis=1).iloc[::-1].plot.barh(ax=ax, width=0.8, legend=False)
    ax.set_xlabel("score (%)")
    ax.set_xlim(0, score_range(values)[1])
    ax.set_ylabel("")
    ax.grid(axis="x", alpha=0.3)
    handles, names = ax.get_legend_handles_labels()  # bars of the first run are drawn lowest in each group
    fig.legend(handles[::-1], names[::-1], loc="lower center", fontsize=8, frameon=False)
    return fig


def _heatmap(plt, scores: pd.DataFrame, cats: list[str], runs: list[str], values: np.ndarray):
    n_cat, n_runs = values.shape
    lines = max(r.count("\n") + 1 for r in runs)
    left, top = 0.3 + _text_in(cats, 0.07), 0.4
    bottom = 0.45 + 0.5 * _text_in(runs, 0.07) + 0.15 * lines  # labels at 30 degrees
    right = 1.1  # colorbar, its tick labels and its label, inside the figure
    plot_w, plot_h = max(3.0, 0.9 * n_runs), 0.3 * n_cat + 0.2
    width, height = left + plot_w + right, top + plot_h + bottom
    fig = plt.figure(figsize=(width, height))
    ax = fig.add_axes((left / width, bottom / height, plot_w / width, plot_h / height))
    cax = fig.add_axes(((left + plot_w + 0.15) / width, bottom / height, 0.15 / width, plot_h / height))
    lo, hi = score_range(values)
    image = ax.imshow(values, cmap="viridis", vmin=lo, vmax=hi, aspect="auto")
    ax.set_yticks(range(n_cat), cats, fontsize=9)
    ax.set_xticks(range(n_runs), runs, rotation=30, ha="right", fontsize=9)
    if n_cat * n_runs <= 60:
        for (i, j), value in pd.DataFrame(values).stack().dropna().items():
            dark = (value - lo) / (hi - lo) < 0.6  # viridis is dark at the low end
            ax.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=7, color="w" if dark else "k")
    fig.colorbar(image, cax=cax, label="score (%)")
    return fig


def training_chart(metrics: list[dict[str, Any]], title: str) -> str | None:
    """Accuracy reward, format reward, response length and reflection rate against step (2 x 2),
    plus a fifth panel with the eval scores when the metrics carry `eval/<benchmark>` lines.
    None when the metrics hold none of these (no empty panels)."""
    plt = _pyplot()
    df = pd.DataFrame(metrics).sort_values("step")
    evals = [c for c in df.columns if c.startswith("eval/") and df[c].notna().any()]
    panels = [p for p in TRAINING_PANELS if p[0] in df and df[p[0]].notna().any()]
    panels += [("eval", "eval score (%)")] if evals else []
    if not panels:
        return None
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
