"""Breakdown and training charts: scales fitted to the data, no chart without data, CJK names kept as text."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from mmeval.reports.charts import breakdown_chart, training_chart


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def _scores(rows: int, cols: int, low: float, high: float) -> pd.DataFrame:
    values = np.random.default_rng(0).uniform(low, high, (rows, cols))
    return pd.DataFrame(
        values, index=[f"subject {i}" for i in range(rows)], columns=[f"m{j}" for j in range(cols)]
    )


def test_heatmap_scale_is_fitted_to_the_scores():
    """4-26% scores get a 0-30 colour scale (on 0-100 they all look alike)."""
    ticks = _texts(breakdown_chart(_scores(12, 5, 4, 26), "t"))
    colorbar = ticks[ticks.index("t") + 1 : ticks.index("score (%)")]
    assert colorbar[0] == "0" and colorbar[-1] == "30" and "100" not in colorbar
    high = _texts(breakdown_chart(_scores(12, 5, 62, 88), "t"))
    assert high[high.index("t") + 1] == "60" and high[high.index("score (%)") - 1] == "90"


def test_bar_axis_is_fitted_to_the_scores():
    ticks = _texts(breakdown_chart(_scores(3, 2, 4, 26), "t"))
    assert "30" in ticks and "100" not in ticks


@pytest.mark.parametrize("value", [0.0, np.nan])
def test_no_chart_without_data_or_when_every_score_is_0(value):
    assert (
        breakdown_chart(pd.DataFrame({"a": [value, value], "b": [value, value]}, index=["x", "y"]), "t")
        is None
    )
    assert breakdown_chart(pd.DataFrame(), "t") is None


def test_long_and_cjk_run_names_fit_the_heatmap():
    """Long labels used to push the margins past the figure (ValueError: bottom cannot be >= top)."""
    scores = _scores(7, 7, 0, 100)
    scores.columns = [f"qwen-tiny [samples={k}, temperature=0.7, top_p=0.95]" for k in range(6)] + [
        "模型 中文"
    ]
    svg = breakdown_chart(scores, "mathvista by skills")
    assert "模型 中文" in _texts(svg)  # text stays text (the browser draws it with the page's CJK font)


def test_training_chart_without_metrics_is_none():
    assert training_chart([{"step": 1, "lr": 1e-6}, {"step": 2, "lr": 1e-6}], "run") is None
    assert training_chart([{"step": 1, "accuracy_reward": 0.5}], "run") is not None
