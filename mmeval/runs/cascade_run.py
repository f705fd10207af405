"""`mmeval run --mode cascade`: after generation, the run's rows go through the judge cascade.

The run's rows of the current command (its sample keys) are graded by rule mode again (the runner's rows
do not carry `guessed`), the undecided ones are sent to the judge (`mmeval.judges.cascade`), and every
row whose verdict changed is appended again under its own key (the run format's "newest row per key"), so
generation keys, timings and resume are untouched. results.json gets the new aggregate, the `cascade`
summary (judged share, score with and without judged samples, judge calls, cache hits) and
`config.scoring_mode = "cascade"`. A judge failure is an `error` row: the next identical command
regenerates that sample and asks again (cached replies cost nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mmeval.runs.lock import run_lock
from mmeval.runs.scoring import rule_rows
from mmeval.runs.store import ERROR_STATUS, RunWriter, aggregate, load_run, write_results

__all__ = ["cascade_run"]

_VERDICT_FIELDS = ("status", "correct", "extracted", "rule", "reason", "guessed", "decided_by", "judge_route",
                   "judge_reply", "rules_status", "rules_extracted")  # fmt: skip


def cascade_run(
    bench: Any, items: list, run_dir: str | Path, keys: set[str], cascade: Any, samples: int
) -> dict:
    """Apply `cascade` to the rows of `run_dir` whose key is in `keys`; returns the updated results."""
    from mmeval.judges.cascade import cascade_summary

    run_dir = Path(run_dir)
    by_id = {item.id: item for item in items}
    with run_lock(run_dir):
        writer = RunWriter(run_dir)
        rows = [r for r in writer.rows() if r.get("key") in keys and r.get("id") in by_id]
        its = [by_id[r["id"]] for r in rows]
        responses = [str(r.get("response") or "") for r in rows]
        failed = [r.get("status") == ERROR_STATUS and not r.get("decided_by") for r in rows]
        graded = cascade.apply(bench, its, responses, rule_rows(bench, its, responses, None, failed))
        updated = []
        for row, verdict in zip(rows, graded, strict=True):
            new = {**row, **{k: verdict.get(k) for k in _VERDICT_FIELDS}}
            if any(row.get(k) != new.get(k) for k in _VERDICT_FIELDS):
                updated.append(new)
        writer.extend(updated)
        final = [r for r in writer.rows() if r.get("key") in keys]
        results, _ = load_run(run_dir)
        results.update(aggregate(final, samples_per_item=samples))
        results["complete"] = not any(r.get("status") == ERROR_STATUS for r in final)
        results["cascade"] = cascade_summary(cascade, final)
        results.setdefault("config", {})["scoring_mode"] = "cascade"
        write_results(run_dir, results)
    return results
