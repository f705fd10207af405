"""pandas aggregation behind every table of the report: leaderboard, settings, breakdowns.

Each run becomes one row of a runs frame; the leaderboard is its pivot (models x benchmarks); the
breakdowns are group-bys over the runs' samples, a multi-valued category (MathVista skills) counting
in each of its values, as the official scripts do.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd

from mmeval.reports.loading import Run
from mmeval.reports.stats import wilson_interval

__all__ = [
    "SETTING_KEYS",
    "breakdown",
    "category_values",
    "column_setting_conflicts",
    "crosstab",
    "item_count",
    "leaderboard",
    "runs_frame",
    "samples_frame",
    "setting_text",
    "setting_texts",
]

# Settings that change a score's meaning; runs differing in any of them are never compared silently.
# `items` (results' n) is one of them: a 50-item subset is not the benchmark.
SETTING_KEYS = (
    "benchmark_version",
    "items",
    "prompt_template",
    "samples",
    "temperature",
    "top_p",
    "max_new_tokens",
    "scoring_mode",
)
# Not a verdict on the answer (the harness excludes these from n_scored too).
UNSCORED = ("gold_unparseable", "error")
# Settings read as real numbers: 0 and 0.0 are one temperature, written "0.0".
FLOAT_KEYS = ("temperature", "top_p")
MISSING = "–"


def setting_text(key: str, value: Any) -> str:
    """One setting as text, the only form in which settings are compared, grouped or shown.

    Runs carry settings of any JSON type, or none (a re-scored published output has no temperature); pandas
    would hold such a column as mixed floats (NaN) and strings, which cannot be sorted. Here every value,
    missing included, becomes one comparable string; numbers are written the same whatever their type.

    >>> [setting_text("temperature", v) for v in (0, 0.7, None, float("nan"))]
    ['0.0', '0.7', '–', '–']
    >>> setting_text("max_new_tokens", 1024.0), setting_text("scoring_mode", "rule")
    ('1024', 'rule')
    """
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True)
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if key in FLOAT_KEYS:
        return str(float(value))
    return str(int(value)) if float(value).is_integer() else str(value)


def item_count(run: Run) -> int:
    """Benchmark items in a run (not samples: 8 items sampled 128 times are 8 items)."""
    if run.samples:
        return len({str(r["id"]) for r in run.samples})
    n = int(run.results.get("n") or 0)
    k = run.config.get("samples")
    return n // int(k) if isinstance(k, int) and not isinstance(k, bool) and k > 1 else n


def _settings(run: Run) -> dict[str, Any]:
    cfg = run.config
    values = {k: cfg.get(k) for k in SETTING_KEYS}
    values["benchmark_version"] = run.results.get("benchmark_version")
    values["items"] = item_count(run)
    return {k: values[k] for k in SETTING_KEYS}


def setting_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's settings columns as text (see `setting_text`)."""
    return pd.DataFrame(
        {k: [setting_text(k, v) for v in frame[k].tolist()] for k in SETTING_KEYS}, index=frame.index
    )


def _labels(runs: list[Run]) -> list[str]:
    """Row label per run: the model, plus whichever settings vary among that model's runs on one benchmark."""
    # grouped by benchmark name, not name/split: a subset run (split "testmini (first 50)") of the same
    # model must still get its own label
    frame = pd.DataFrame(
        [
            {"model": r.model, "benchmark": r.results["benchmark"]}
            | {k: setting_text(k, v) for k, v in _settings(r).items()}
            for r in runs
        ]
    )
    labels = []
    for i, run in enumerate(runs):
        mine = frame[frame["model"] == run.model]
        varying = [
            k for k in SETTING_KEYS if k != "items" and mine.groupby("benchmark")[k].nunique().max() > 1
        ]
        suffix = ", ".join(f"{k}={frame.at[i, k]}" for k in varying)
        labels.append(f"{run.model} [{suffix}]" if suffix else run.model)
    counts: dict[tuple[str, str], int] = {}
    for i, run in enumerate(runs):  # identical settings twice: tell them apart by folder name
        key = (labels[i], run.benchmark)
        counts[key] = counts.get(key, 0) + 1
    return [
        f"{lab} ({run.path.name})" if counts[(lab, run.benchmark)] > 1 else lab
        for lab, run in zip(labels, runs, strict=True)
    ]


def runs_frame(runs: list[Run]) -> pd.DataFrame:
    """One row per run: label, benchmark, score, counts, 95% CI and the settings."""
    rows = []
    for idx, (run, label) in enumerate(zip(runs, _labels(runs), strict=True)):
        res = run.results
        n_scored = int(res.get("n_scored", res.get("n", len(run.samples))) or 0)
        n_correct = int(res.get("n_correct", round(float(res["score"]) * n_scored / 100)) or 0)
        ci = res.get("ci95") or wilson_interval(n_correct, n_scored)
        rows.append(
            {
                "run": idx,
                "label": label,
                "model": run.model,
                "benchmark": run.benchmark,
                "bench_name": str(run.results["benchmark"]),
                "split": run.results.get("split"),
                "score": float(res["score"]),
                "n": int(res.get("n", n_scored) or 0),
                "n_scored": n_scored,
                "n_correct": n_correct,
                "ci_low": float(ci[0]),
                "ci_high": float(ci[1]),
                "run_name": res.get("run_name", run.path.name),
                "path": str(run.path),
                **_settings(run),
            }
        )
    return pd.DataFrame(rows)


def leaderboard(frame: pd.DataFrame) -> pd.DataFrame:
    """Models x benchmarks of scores plus `average` (over the benchmarks a model has), best first."""
    table = frame.pivot_table(index="label", columns="benchmark", values="score", aggfunc="first", sort=True)
    table["average"] = table.mean(axis=1, skipna=True)
    table["benchmarks"] = table.drop(columns="average").notna().sum(axis=1)
    # best average first; the page and the tables say when an average covers fewer benchmarks
    return table.sort_values(["average", "benchmarks"], ascending=False)


def column_setting_conflicts(frame: pd.DataFrame) -> dict[str, dict[str, list[str]]]:
    """For each benchmark, the settings whose values differ between its runs: {benchmark: {key: values}}.

    Values are compared as `setting_text` strings, so settings of mixed types or missing in some runs
    (a greedy run, a sampled run and a re-scored published output) compare and sort."""
    conflicts: dict[str, dict[str, list[str]]] = {}
    texts = setting_texts(frame)
    for bench, group in texts.groupby(frame["benchmark"]):
        diff = {k: sorted(set(group[k])) for k in SETTING_KEYS if group[k].nunique() > 1}
        if diff:
            conflicts[str(bench)] = diff
    return conflicts


def samples_frame(run: Run) -> pd.DataFrame:
    """The run's samples (id, sample_idx, status, correct) with categories flattened to `cat:<key>` columns.

    Cached on the run: every breakdown of a benchmark reads the same frame.
    """
    cached = getattr(run, "_frame", None)
    if cached is not None:
        return cached
    rows = run.samples
    df = pd.DataFrame(
        {
            "id": [str(r["id"]) for r in rows],
            "sample_idx": [r.get("sample_idx", 0) for r in rows],
            "status": [r["status"] for r in rows],
            "correct": [bool(r["correct"]) if "correct" in r else r["status"] == "correct" for r in rows],
        }
    )
    cats = pd.DataFrame.from_records([r.get("categories") or {} for r in rows], index=df.index)
    df = pd.concat([df, cats.add_prefix("cat:")], axis=1)
    run._frame = df
    return df


def category_values(df: pd.DataFrame, col: str) -> pd.Series:
    """A category column with list values (MathVista skills) exploded, so each value counts once per item."""
    values = df[col]
    if values.map(lambda v: isinstance(v, list)).any():
        df = df.explode(col)
    return df.dropna(subset=[col])


def breakdown(runs: list[Run], labels: list[str], key: str) -> pd.DataFrame:
    """Scores (%) per value of category `key` (rows) and run label (columns), with an `n` column per run.

    Computed from samples (gold_unparseable and error rows excluded) in one group-by over all runs or,
    for runs without samples, read from `results.json` breakdowns.
    """
    col = f"cat:{key}"
    frames, parts = [], []
    for run, label in zip(runs, labels, strict=True):
        df = samples_frame(run)
        if not df.empty and col in df:
            frames.append(df.loc[~df["status"].isin(UNSCORED), ["correct", col]].assign(label=label))
            continue
        stored = (run.results.get("breakdowns") or {}).get(key, {})
        part = pd.DataFrame.from_dict(stored, orient="index").reindex(columns=["score", "n"])
        if not part.empty:
            parts.append(part.rename_axis(key).assign(label=label).reset_index())
    if frames:
        long = category_values(pd.concat(frames, ignore_index=True), col)
        agg = long.groupby([long[col].astype(str).rename(key), "label"])["correct"].agg(["mean", "size"])
        parts.append(pd.DataFrame({"score": 100 * agg["mean"], "n": agg["size"]}).reset_index())
    if not parts:
        return pd.DataFrame()
    long = pd.concat(parts, ignore_index=True)
    return long.pivot_table(index=key, columns="label", values=["score", "n"], aggfunc="first", sort=True)


def crosstab(run: Run, row_key: str, col_key: str) -> pd.DataFrame:
    """Score (%) of one run by two categories (MathVision subject x level)."""
    df = samples_frame(run)
    rc, cc = f"cat:{row_key}", f"cat:{col_key}"
    if df.empty or rc not in df or cc not in df:
        return pd.DataFrame()
    df = df[~df["status"].isin(UNSCORED)]
    return 100 * df.pivot_table(index=rc, columns=cc, values="correct", aggfunc="mean").rename_axis(
        index=row_key, columns=col_key
    )
