"""A paper's results table with your runs beside it: `mmeval report --table mm-eureka RUN_OR_FOLDER...`.

The published rows come from `mmeval/data/published/<table>.json` (numbers as printed, with their
source and the paper's protocol per column). Each model found in the given run folders gets a row: per
column its score with a 95% CI, pooled over the column's runs (OlympiadBench = several configs). A
column without a run is shown as `missing`, never as 0. A column whose protocol differs from the paper's
(split, subset, item count, prompt template, scoring) is marked, and a note says how.

Headline per benchmark: accuracy, except We-Math (the loose score of its four-dimensional metrics; the
paper does not say which it reports) and DynaMath (worst-case accuracy).
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmeval.runs.metrics import wilson_interval

__all__ = ["TABLES", "PaperTable", "build_table", "render_markdown", "render_html", "find_results"]

TABLES = {"mm-eureka": "mm_eureka.json"}
_COLUMN_OF = {"mathvista": "MathVista", "mathverse": "MathVerse", "mathvision": "MathVision",
              "olympiadbench": "OlympiadBench", "wemath": "WeMath", "mmk12": "MMK12"}  # fmt: skip


@dataclass
class Cell:
    text: str
    flags: list[str] = field(default_factory=list)


@dataclass
class PaperTable:
    title: str
    source: str
    columns: list[str]
    rows: list[tuple[str, list[Cell]]]  # (label, one cell per column)
    notes: list[str]
    subjects: PaperTable | None = None  # MMK12 per subject, when a run has MMK12


def published(table: str) -> dict[str, Any]:
    path = Path(__file__).resolve().parent.parent / "data" / "published" / TABLES[table]
    return json.loads(path.read_text(encoding="utf-8"))


def find_results(paths: list[str]) -> list[dict[str, Any]]:
    """Every results.json under the given run folders / folders (a missing path raises FileNotFoundError)."""
    found = []
    for p in map(Path, paths):
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such run folder")
        files = [p / "results.json"] if (p / "results.json").is_file() else sorted(p.rglob("results.json"))
        for f in files:
            try:
                found.append(json.loads(f.read_text(encoding="utf-8")))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{f}:{exc.lineno}: invalid JSON ({exc.msg})") from exc
    return found


def _headline(runs: list[dict[str, Any]]) -> tuple[float, list[float] | None]:
    """The column's score and 95% CI, pooled over its runs."""
    metrics = [r.get("benchmark_metrics") or {} for r in runs]
    if all("loose" in m for m in metrics):  # We-Math: mean per-problem credit (1 CM-or-unclassified, .5 IG)
        total = sum(m["total"] for m in metrics)
        ig = sum(m["counts"]["IG"] for m in metrics)
        zero = sum(m["counts"]["IK"] + m["counts"]["RM_loose"] for m in metrics)
        return _mean_ci([1.0] * (total - ig - zero) + [0.5] * ig + [0.0] * zero)
    if all("worst_case" in m for m in metrics):  # DynaMath: seeds right in every variant
        k, n = sum(m["n_seeds_all_right"] for m in metrics), sum(m["n_seeds"] for m in metrics)
        return 100.0 * k / n, wilson_interval(k, n)
    k, n = sum(r["n_correct"] for r in runs), sum(r["n_scored"] for r in runs)
    return (100.0 * k / n if n else math.nan), wilson_interval(k, n)


def _mean_ci(values: list[float]) -> tuple[float, list[float] | None]:
    n = len(values)
    if not n:
        return math.nan, None
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / max(n - 1, 1))
    half = 1.96 * sd / math.sqrt(n)
    return 100 * mean, [100 * max(0.0, mean - half), 100 * min(1.0, mean + half)]


def _differences(column: str, runs: list[dict[str, Any]], paper: dict[str, Any]) -> list[str]:
    """How the runs' protocol differs from the paper's for this column (empty: same protocol)."""
    protocols = [r.get("protocol") or {} for r in runs]
    out = []
    splits = {r.get("split") for r in runs}
    subsets = sorted({p.get("subset", "all") for p in protocols})
    if column == "OlympiadBench":
        if subsets != sorted(paper["subsets"]):
            out.append(f"configs {'+'.join(subsets)} (paper: {'+'.join(paper['subsets'])})")
    elif splits != {paper["split"]} or subsets != paper["subsets"]:
        out.append(f"split {'+'.join(sorted(map(str, splits)))} (paper: {paper['split']})")
    n_items = sum(p.get("n_items") or r.get("n", 0) for p, r in zip(protocols, runs, strict=True))
    if paper.get("n_items") and n_items != paper["n_items"]:
        out.append(f"{n_items} items (paper: {paper['n_items']})")
    templates = sorted({p.get("template") or (r.get("config") or {}).get("prompt_template") for p, r in
                        zip(protocols, runs, strict=True)}, key=str)  # fmt: skip
    if templates != [paper["template"]]:
        out.append(f"template {'+'.join(map(str, templates))} (paper: {paper['template']})")
    modes = sorted({str(p.get("scoring_mode") or (r.get("config") or {}).get("scoring_mode")) for p, r in
                    zip(protocols, runs, strict=True)})  # fmt: skip
    out.append(f"scoring {'+'.join(modes)} (paper: {paper['scoring']})")
    return out


def build_table(table: str, results: list[dict[str, Any]]) -> PaperTable:
    doc = published(table)
    columns = doc["columns"]
    rows: list[tuple[str, list[Cell]]] = []
    for row in doc["rows"]:
        rows.append((f"{row['model']} (published)", [Cell(row["values"][c]["text"]) for c in columns]))
    notes, marks = [], {}
    by_model: dict[str, dict[str, list[dict]]] = {}
    for r in results:
        column = _COLUMN_OF.get(str(r.get("benchmark")))
        if column in columns and "n_correct" in r:
            by_model.setdefault(Path(str(r.get("model"))).name, {}).setdefault(column, []).append(r)
    for model, per_column in sorted(by_model.items()):
        cells = []
        for column in columns:
            runs = per_column.get(column)
            if not runs:
                cells.append(Cell("missing"))
                continue
            score, ci = _headline(runs)
            diff = _differences(column, runs, doc["protocol"][column])
            mark = marks.setdefault((column, tuple(diff)), len(marks) + 1)
            if len(notes) < len(marks):
                notes.append(f"[{mark}] {column}: " + "; ".join(diff))
            ci_text = f" [{ci[0]:.1f}, {ci[1]:.1f}]" if ci else ""
            cells.append(Cell(f"{score:.1f}{ci_text}", [str(mark)]))
        rows.append((f"{model} (this run)", cells))
    source = f"{doc['source']['repository']}, {doc['source']['path']}"
    return PaperTable(doc["title"], source, columns, rows, notes, _subject_table(doc, by_model))


def _subject_table(doc: dict[str, Any], by_model: dict[str, dict[str, list[dict]]]) -> PaperTable | None:
    """MMK12 accuracy per subject: the dataset card's rows, then each run's `subject` breakdown."""
    spec = doc.get("mmk12_subjects")
    runs = {m: cols["MMK12"] for m, cols in by_model.items() if "MMK12" in cols}
    if not spec or not runs:
        return None
    names = spec["columns"]
    rows = [
        (f"{r['model']} (published)", [Cell(f"{r['values'][c]:.1f}") for c in names]) for r in spec["rows"]
    ]
    for model, results in sorted(runs.items()):
        cells = []
        for subject in names[:-1]:
            found = [(r.get("breakdowns") or {}).get("subject", {}).get(subject) for r in results]
            k, n = sum(f["correct"] for f in found if f), sum(f["n"] for f in found if f)
            ci = wilson_interval(k, n)
            cells.append(Cell(f"{100 * k / n:.1f} [{ci[0]:.1f}, {ci[1]:.1f}]" if n else "missing"))
        score, ci = _headline(results)
        cells.append(Cell(f"{score:.1f} [{ci[0]:.1f}, {ci[1]:.1f}]" if ci else "missing"))
        rows.append((f"{model} (this run)", cells))
    return PaperTable("MMK12 by subject", spec["source"], names, rows, [])


def _cell(cell: Cell) -> str:
    return cell.text + (" " + "".join(f"[{f}]" for f in cell.flags) if cell.flags else "")


def render_markdown(t: PaperTable) -> str:
    lines = [
        f"{t.title}",
        "",
        "| Model | " + " | ".join(t.columns) + " |",
        "|---" * (len(t.columns) + 1) + "|",
    ]
    lines += [f"| {label} | " + " | ".join(_cell(c) for c in cells) + " |" for label, cells in t.rows]
    lines += [
        "",
        f"Published rows: {t.source}.",
        "Run cells: score [95% CI]; [n] = protocol differs from the paper's:",
    ]
    lines += [f"  {n}" for n in t.notes] or ["  (no runs found)"]
    if t.subjects is not None:
        s = t.subjects
        lines += [
            "",
            s.title,
            "",
            "| Model | " + " | ".join(s.columns) + " |",
            "|---" * (len(s.columns) + 1) + "|",
        ]
        lines += [f"| {label} | " + " | ".join(_cell(c) for c in cells) + " |" for label, cells in s.rows]
        lines += ["", f"Published rows: {s.source}."]
    return "\n".join(lines) + "\n"


def render_html(t: PaperTable) -> str:
    """A self-contained HTML page: the table, its notes, and the MMK12 subject table when there is one."""
    page = _html_table(t)
    if t.subjects is not None:
        page += _html_table(t.subjects)
    return (
        f"<!doctype html><meta charset='utf-8'><title>{html.escape(t.title)}</title>"
        "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
        "td:first-child{text-align:left}.missing{color:#999;font-style:italic}</style>" + page
    )


def _html_table(t: PaperTable) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(c)}</th>" for c in ["Model", *t.columns])
    body = "".join(
        "<tr><td>" + esc(label) + "</td>" + "".join(
            f'<td class="{"missing" if c.text == "missing" else ""}">{esc(_cell(c))}</td>' for c in cells
        ) + "</tr>"
        for label, cells in t.rows
    )  # fmt: skip
    notes = "".join(f"<li>{esc(n)}</li>" for n in t.notes)
    return (
        f"<h2>{esc(t.title)}</h2><table><tr>{head}</tr>{body}</table>"
        f"<p>Published rows: {esc(t.source)}. Run cells: score [95% CI]; [n] = protocol differs:</p>"
        f"<ul>{notes}</ul>"
    )
