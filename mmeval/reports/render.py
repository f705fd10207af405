"""Build the report's context from runs (pandas tables, SVG charts, drill-down payloads) and render
the single self-contained HTML file with jinja2."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup, escape

from mmeval.reports.boards import benchmark_boards
from mmeval.reports.cascade import cascade_rows
from mmeval.reports.charts import breakdown_chart, training_chart
from mmeval.reports.compare import Comparison
from mmeval.reports.drilldown import Thumbnails, encode_payload, item_payload, run_payload
from mmeval.reports.loading import Run, TrainingRun
from mmeval.reports.tables import (
    SETTING_KEYS,
    breakdown,
    category_values,
    column_setting_conflicts,
    crosstab,
    leaderboard,
    runs_frame,
    samples_frame,
    setting_text,
)

__all__ = ["ReportOptions", "build_context", "render_html"]

# The official categories first (MathVista task/skills, MathVerse version, MathVision subject x level,
# OlympiadBench subject/language/modality); any other category key found in the samples follows.
OFFICIAL_KEYS = {
    "mathvista": ["task", "skills", "grade", "context"],
    "mathverse": ["version", "problem_version", "subject", "subfield"],
    "mathvision": ["subject", "level"],
    "olympiadbench": ["subject", "language", "modality", "subfield"],
}
# The categories each benchmark's paper reports, drawn as charts; every other category is a table only.
CHARTED_KEYS = {
    "mathvista": {"task", "skills"},
    "mathverse": {"version", "problem_version"},
    "mathvision": {"subject", "level"},
    "olympiadbench": {"subject", "language", "modality"},
}
CROSSTABS = {"mathvision": ("subject", "level")}
MAX_CATEGORY_VALUES = 40
MAX_FLIPPED_SHOWN = 300


@dataclass
class ReportOptions:
    """Knobs of the HTML report."""

    title: str | None = None  # default: "mmeval leaderboard", or "mmeval training runs" with training only
    max_thumbnails: int = 2000
    comparisons: list[Comparison] = field(default_factory=list)
    by_benchmark: bool = False  # one table per benchmark, scoring modes side by side (boards.py)


def _fmt(value: Any) -> str:
    """A table cell: '–' for missing, one decimal for scores."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _breakable(value: Any) -> Markup:
    """Escaped text that may wrap after '/' and '_' (`max_new_tokens`, `olympiadbench/OE_MM_maths_en_COMP`):
    without these break points such a name sets its column's minimum width and widens the table."""
    text = str(escape(str(value)))
    return Markup(text.replace("/", "/<wbr>").replace("_", "_<wbr>"))


def _leaderboard_context(runs: list[Run], frame: pd.DataFrame) -> dict[str, Any]:
    table = leaderboard(frame)
    benchmarks = [c for c in table.columns if c not in ("average", "benchmarks")]
    conflicts = column_setting_conflicts(frame)
    by_cell = {(r.label, r.benchmark): r for r in frame.itertuples()}
    # a column's best is marked only where there is something to beat
    best = {b: table[b].max() if table[b].notna().sum() > 1 else None for b in benchmarks}
    rows = []
    for label, rec in table.iterrows():
        cells = []
        for b in benchmarks:
            r = by_cell.get((label, b))
            if r is None:
                cells.append(None)
                continue
            cells.append(
                {
                    "score": r.score,
                    "ci": f"{r.ci_low:.1f}–{r.ci_high:.1f}",
                    "n": r.n_scored,
                    "run": r.run,
                    "best": r.score == best[b],
                    "title": f"{r.n_correct}/{r.n_scored} correct ({r.n} samples); 95% CI {r.ci_low:.1f}–{r.ci_high:.1f}"
                    + "".join(f"\n{k}: {setting_text(k, getattr(r, k))}" for k in SETTING_KEYS),
                }
            )
        rows.append({"label": label, "cells": cells, "average": rec["average"], "k": int(rec["benchmarks"])})
    return {
        "benchmarks": benchmarks,
        "rows": rows,
        "n_benchmarks": len(benchmarks),
        "best_average": table.loc[table["benchmarks"] == len(benchmarks), "average"].max(),
        "conflicts": {
            b: "; ".join(f"{k} differs: {', '.join(v)}" for k, v in d.items()) for b, d in conflicts.items()
        },
    }


def _settings_context(frame: pd.DataFrame) -> list[dict[str, Any]]:
    conflicts = column_setting_conflicts(frame)
    out = []
    for r in frame.sort_values(["benchmark", "label"]).itertuples():
        differs = conflicts.get(r.benchmark, {})
        out.append(
            {
                "label": r.label,
                "benchmark": r.benchmark,
                "path": r.path,
                "folder": Path(r.path).name,
                "settings": [(k, setting_text(k, getattr(r, k)), k in differs) for k in SETTING_KEYS],
            }
        )
    return out


def _count(value: Any) -> int | None:
    return None if value is None or value != value else int(value)


def _category_keys(runs: list[Run], bench_name: str) -> list[str]:
    """The category keys to break down by: the official ones first, then any other with 2-40 values."""
    values: dict[str, set[str]] = {}
    for run in runs:
        df = samples_frame(run)
        for col in [c for c in df.columns if c.startswith("cat:")]:
            values.setdefault(col[4:], set()).update(
                category_values(df[[col]], col)[col].astype(str).unique()
            )
        for k, d in (run.results.get("breakdowns") or {}).items():
            values.setdefault(k, set()).update(d)
    preferred = [k for k in OFFICIAL_KEYS.get(bench_name, []) if k in values]
    others = sorted(k for k in values if k not in preferred)
    return [k for k in preferred + others if 1 < len(values[k]) <= MAX_CATEGORY_VALUES]


def _breakdown_part(
    bench: str, key: str, bench_runs: list[Run], labels: list[str], chart: bool
) -> dict | None:
    """One category's table (score and count per run) and, for the official categories, its chart."""
    table = breakdown(bench_runs, labels, key)
    if table.empty:
        return None
    scores, counts = table["score"], table["n"]
    rows = [
        {"name": cat, "cells": [(scores.at[cat, lab] if lab in scores else None,
                                 _count(counts.at[cat, lab]) if lab in counts else None) for lab in labels]}
        for cat in scores.index
    ]  # fmt: skip
    present = [lab for lab in labels if lab in scores]
    svg = breakdown_chart(scores.reindex(columns=present), f"{bench} by {key}") if chart else None
    note = None
    if chart and svg is None:
        note = "No chart: every score here is 0." if scores.notna().any().any() else "No chart: no scores."
    return {"key": key, "rows": rows, "svg": svg, "note": note}


def _breakdowns_context(runs: list[Run], frame: pd.DataFrame) -> list[dict[str, Any]]:
    sections = []
    for bench, group in frame.groupby("benchmark", sort=True):
        bench_runs = [runs[i] for i in group["run"]]
        labels = list(group["label"])
        name = bench_runs[0].results["benchmark"]
        charted = CHARTED_KEYS.get(name, set())
        parts = [_breakdown_part(str(bench), key, bench_runs, labels, key in charted)
                 for key in _category_keys(bench_runs, name)]  # fmt: skip
        parts = [p for p in parts if p is not None]
        crosses = []
        if name in CROSSTABS:
            for run, label in zip(bench_runs, labels, strict=True):
                ct = crosstab(run, *CROSSTABS[name])
                if not ct.empty:
                    crosses.append({"label": label, "columns": list(ct.columns), "rows": list(ct.iterrows())})
        sections.append(
            {
                "benchmark": bench,
                "labels": labels,
                "parts": parts,
                "crosstabs": crosses,
                "cross_keys": CROSSTABS.get(name),
            }
        )
    return sections


def build_context(runs: list[Run], training: list[TrainingRun], options: ReportOptions) -> dict[str, Any]:
    """Everything the template needs; the heavy per-sample data goes in as gzip+base64 blobs."""
    frame = runs_frame(runs) if runs else pd.DataFrame()
    thumbs = Thumbnails(limit=options.max_thumbnails)
    title = options.title or ("mmeval leaderboard" if runs or not training else "mmeval training runs")
    ctx: dict[str, Any] = {
        "title": title,
        "created": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "leaderboard": _leaderboard_context(runs, frame) if runs else None,
        "boards": benchmark_boards(frame, runs) if runs and options.by_benchmark else None,
        "settings": _settings_context(frame) if runs else [],
        "cascade": cascade_rows(runs) if runs else [],
        "breakdowns": _breakdowns_context(runs, frame) if runs else [],
        "training": [
            {
                "path": str(t.path),
                "svg": training_chart(t.metrics, f"training: {t.path.name}"),
                "steps": len(t.metrics),
            }
            for t in training
        ],
        "comparisons": [
            {"c": c, "only_a": c.only_a[:MAX_FLIPPED_SHOWN], "only_b": c.only_b[:MAX_FLIPPED_SHOWN]}
            for c in options.comparisons
        ],
        "max_flipped": MAX_FLIPPED_SHOWN,
    }
    drill_runs, item_blobs = [], {}
    if runs:
        for bench, group in frame.groupby("benchmark", sort=True):
            bench_runs = [runs[i] for i in group["run"] if runs[i].samples]
            if bench_runs:
                item_blobs[bench] = encode_payload(item_payload(bench_runs, thumbs))
        for r in frame.itertuples():
            if runs[r.run].samples:
                drill_runs.append(
                    {
                        "run": r.run,
                        "label": r.label,
                        "benchmark": r.benchmark,
                        "n": len(runs[r.run].samples),
                        "blob": encode_payload(run_payload(runs[r.run])),
                    }
                )
    ctx.update(
        drill_runs=drill_runs,
        item_blobs=item_blobs,
        thumbs=encode_payload(thumbs.urls),
        thumbs_skipped=thumbs.skipped,
    )
    return ctx


def render_html(
    runs: list[Run], training: list[TrainingRun], out: str | Path, options: ReportOptions | None = None
) -> Path:
    """Write the report to `out` (one HTML file, no external resources) and return its path."""
    import jinja2

    options = options or ReportOptions()
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mmeval.reports", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["fmt"] = _fmt
    env.filters["breakable"] = _breakable
    env.filters["heat"] = lambda v: "" if v is None or v != v else f"background:hsl({1.2 * v:.0f},70%,86%)"
    static = resources.files("mmeval.reports") / "templates"
    html = env.get_template("report.html.j2").render(
        **build_context(runs, training, options),
        css=Markup((static / "report.css").read_text(encoding="utf-8")),
        js=Markup((static / "report.js").read_text(encoding="utf-8")),
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
