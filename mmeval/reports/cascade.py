"""The judge-cascade table of the HTML report: for every run scored with `--mode cascade`, who decided
how many samples, and the score with and without the judged ones (read from results.json `cascade`)."""

from __future__ import annotations

from typing import Any

from mmeval.reports.loading import Run

__all__ = ["cascade_rows"]


def cascade_rows(runs: list[Run]) -> list[dict[str, Any]]:
    """One row per cascade run: benchmark, model, judge, judged count and share, score, score without the
    judged samples, the rules' score on every sample, judge calls, cache hits, why samples were sent."""
    rows = []
    for run in runs:
        c = run.results.get("cascade")
        if not isinstance(c, dict):
            continue
        routes = c.get("judged_routes") or {}
        rows.append({
            "benchmark": run.benchmark, "model": run.model, "judge": f"{c.get('judge_model')} ({c.get('role')})",
            "judged": f"{c.get('judged')}/{c.get('n')} ({c.get('judged_share')}%)",
            "score": run.results.get("score"), "without": c.get("score_without_judged"),
            "rules_only": c.get("score_rules_only"), "calls": c.get("judge_calls"),
            "hits": (c.get("cache") or {}).get("hits"), "errors": c.get("judge_errors", 0),
            "routes": ", ".join(f"{k} {v}" for k, v in routes.items()),
        })  # fmt: skip
    return rows
