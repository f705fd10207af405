"""One table per benchmark, scoring modes side by side (`mmeval report --by-benchmark`, the demo's page).

The main leaderboard is models x benchmarks, which reads well when every column holds like runs. Runs of
one benchmark scored two ways (official rules and mmeval's rules), over all items or a subset, read
better as one table per benchmark: a row per model, a column per scoring mode, each cell saying how many
items it covers. Settings that still differ inside a column are listed under its table.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from mmeval.reports.loading import Run
from mmeval.reports.tables import SETTING_KEYS, UNSCORED, setting_texts

__all__ = ["benchmark_boards"]

MODE_ORDER = ("official", "rule")
# Shown in every cell (items) or as the column (scoring_mode): not a difference worth a note.
SHOWN = ("scoring_mode", "items")


def _row_labels(group: pd.DataFrame, texts: pd.DataFrame) -> pd.Series:
    """The model, plus the settings that tell its runs apart within one scoring mode (not items, shown in
    the cell); two runs still sharing a cell get their item count, then their folder name."""
    labels = {}
    for model, runs in group.groupby("model", sort=False):
        t = texts.loc[runs.index]
        varying = [
            k for k in SETTING_KEYS if k not in SHOWN and t.groupby(t["scoring_mode"])[k].nunique().max() > 1
        ]
        for i in runs.index:
            suffix = ", ".join(f"{k}={texts.at[i, k]}" for k in varying)
            labels[i] = f"{model} [{suffix}]" if suffix else str(model)
    out = pd.Series(labels)
    for extra in (lambda i: f"{texts.at[i, 'items']} items", lambda i: str(group.at[i, "run_name"])):
        clash = pd.DataFrame({"label": out, "mode": texts["scoring_mode"]}).duplicated(keep=False)
        out[clash] = [f"{out[i]} ({extra(i)})" for i in out[clash].index]
    return out


def _cell(r: Any, texts: pd.Series, split_shown: bool) -> dict[str, Any]:
    what = f"{r.items} items" + (f" · {r.split}" if split_shown else "")
    title = f"{r.n_correct}/{r.n_scored} correct ({r.n} samples); 95% CI {r.ci_low:.1f}–{r.ci_high:.1f}"
    title += "".join(f"\n{k}: {texts[k]}" for k in SETTING_KEYS) + f"\nfolder: {r.path}"
    return {
        "score": r.score,
        "ci": f"{r.ci_low:.1f}–{r.ci_high:.1f}",
        "what": what,
        "run": r.run,
        "title": title,
    }


def _notes(texts: pd.DataFrame) -> list[str]:
    """Per column (scoring mode), the settings other than items on which its runs differ."""
    notes = []
    for mode, t in texts.groupby("scoring_mode", sort=False):
        diff = {k: sorted(set(t[k])) for k in SETTING_KEYS if k not in SHOWN and t[k].nunique() > 1}
        if diff:
            notes.append(
                f"{mode} scoring: runs differ in "
                + "; ".join(f"{k} ({', '.join(v)})" for k, v in diff.items())
            )
    return notes


def _same_items(cells: list, modes: list[str], runs: list[Run]) -> None:
    """Where a row has an official cell and another over a subset of its items (the demo's rule mode on the
    first 50), the official score on exactly those items, for a like-for-like reading."""
    if "official" not in modes or cells[modes.index("official")] is None:
        return
    official = [r for r in runs[cells[modes.index("official")]["run"]].samples if r["status"] not in UNSCORED]
    for c in cells:
        if c is None or c is cells[modes.index("official")] or not runs[c["run"]].samples:
            continue
        ids = {str(r["id"]) for r in runs[c["run"]].samples}
        same = [bool(r.get("correct")) for r in official if str(r["id"]) in ids]
        if same and len({str(r["id"]) for r in official}) > len(ids):
            c["same_items"] = f"official on these items: {100 * sum(same) / len(same):.1f}"


def benchmark_boards(frame: pd.DataFrame, runs: list[Run]) -> list[dict[str, Any]]:
    """For each benchmark name: {benchmark, modes, rows: [{label, cells: [cell or None per mode]}], notes}.

    `frame` is `tables.runs_frame(runs)` (it has a `bench_name` and a `split` column)."""
    boards = []
    for bench, group in frame.groupby("bench_name", sort=True):
        texts = setting_texts(group)
        present = list(dict.fromkeys(texts["scoring_mode"]))
        modes = [m for m in MODE_ORDER if m in present] + sorted(m for m in present if m not in MODE_ORDER)
        labels = _row_labels(group, texts)
        split_shown = group["split"].nunique(dropna=False) > 1
        rows: dict[str, list] = {}
        for i, r in zip(group.index, group.itertuples(), strict=True):
            cells = rows.setdefault(labels[i], [None] * len(modes))
            cells[modes.index(texts.at[i, "scoring_mode"])] = _cell(r, texts.loc[i], split_shown)
        best = [max((c[j]["score"] for c in rows.values() if c[j]), default=None) for j in range(len(modes))]
        counts = [sum(1 for c in rows.values() if c[j]) for j in range(len(modes))]
        table = []
        for label, cells in sorted(rows.items(), key=lambda kv: -max(c["score"] for c in kv[1] if c)):
            for j, c in enumerate(cells):
                if c:
                    c["best"] = counts[j] > 1 and c["score"] == best[j]
            _same_items(cells, modes, runs)
            table.append({"label": label, "cells": cells})
        splits = sorted({str(s) for s in group["split"].dropna()})
        boards.append({"benchmark": str(bench), "splits": splits, "modes": modes, "rows": table,
                       "notes": _notes(texts), "id": f"board-{bench}"})  # fmt: skip
    # the fullest tables first (the published outputs in the demo), then by name
    return sorted(boards, key=lambda b: (-len(b["rows"]), b["benchmark"]))
