"""The judge cascade: the rules' verdict stands where the rules decided; the rest go to a judge model.

`Cascade.apply(bench, items, responses, rows)` takes the rule-mode rows of a scoring (one per sample),
sends the undecided ones (`judges/policy.py`) to the judge in one concurrent batch, and returns rows that
say who decided (`decided_by: rules | judge`), why a row was sent (`judge_route`) and, for judged rows,
the judge's raw reply (`judge_reply`) and the rules' own verdict (`rules_status`). Extractor replies
are graded by the benchmark's official rules (MathVista: option mapping, precision, integer rule; MATH-V
and OlympiadBench: their official comparison; MathVerse, whose official second step is a GPT judge:
mmeval's comparison), so a cascade score is comparable with the official one. A failed judge call makes
an `error` row (never a wrong answer). Replies come from the cache when it has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mmeval.judges.cache import ReplyCache
from mmeval.judges.client import ChatJudge, JudgeError
from mmeval.judges.policy import route
from mmeval.judges.prompts import extractor_prompt, parse_extraction, parse_verification, verifier_prompt

__all__ = ["Cascade", "cascade_summary"]


@dataclass
class Cascade:
    """A judge (any object with `model`, `base_url` and `complete_many(prompts, accept=...)`), an optional
    reply cache and a role (`extract` or `verify`); `calls` counts the prompts actually sent."""

    judge: ChatJudge | Any
    cache: ReplyCache | None = None
    role: str = "extract"
    calls: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.role not in ("extract", "verify"):
            raise ValueError(f"judge role must be 'extract' or 'verify', got {self.role!r}")

    def prompt(self, bench: Any, item: Any, response: str) -> str:
        build = extractor_prompt if self.role == "extract" else verifier_prompt
        return build(bench.name, item, response)

    def apply(self, bench: Any, items: list[Any], responses: list[str], rows: list[dict]) -> list[dict]:
        """Rows in input order, each with `decided_by`; judged rows graded from the judge's reply."""
        routes = [route(item, resp, row) for item, resp, row in zip(items, responses, rows, strict=True)]
        prompts = {i: self.prompt(bench, items[i], responses[i]) for i, r in enumerate(routes) if r}
        replies = self.replies(list(dict.fromkeys(prompts.values())))
        out = []
        for i, row in enumerate(rows):
            if routes[i] is None:
                out.append({**row, "decided_by": "rules", "judge_route": None, "judge_reply": None})
            else:
                out.append(self._judged(bench, items[i], row, routes[i], replies[prompts[i]]))
        return out

    def replies(self, prompts: list[str]) -> dict[str, str | JudgeError]:
        """{prompt: reply or JudgeError}: cached replies first, the rest asked in one concurrent batch."""
        model = self.judge.model
        found = {p: self.cache.get(model, p) if self.cache else None for p in prompts}
        missing = [p for p, r in found.items() if r is None]
        accept = None if self.role == "extract" else (lambda text: parse_verification(text) is not None)
        self.calls += len(missing)
        for prompt, reply in zip(missing, self.judge.complete_many(missing, accept=accept), strict=True):
            found[prompt] = reply
            if self.cache is not None and isinstance(reply, str):
                self.cache.put(model, prompt, reply)
        return found  # type: ignore[return-value]

    def _judged(self, bench: Any, item: Any, row: dict, why: str, reply: str | JudgeError) -> dict[str, Any]:
        base = {**row, "decided_by": "judge", "judge_route": why, "rules_status": row.get("status"),
                "rules_extracted": row.get("extracted")}  # fmt: skip
        if isinstance(reply, JudgeError):
            return {**base, "status": "error", "correct": False, "judge_reply": None, "reason": str(reply)}
        base["judge_reply"] = reply
        if self.role == "verify":
            verdict = parse_verification(reply)
            status = {"correct": "correct", "incorrect": "incorrect"}.get(verdict or "", "no_answer")
            return {**base, "status": status, "correct": status == "correct", "rule": "judge_verify",
                    "reason": f"judge {self.judge.model} ({why}): {verdict}"}  # fmt: skip
        extraction = parse_extraction(reply)
        ok = grade_extraction(bench, item, extraction)
        status = "correct" if ok else ("no_answer" if not extraction else "incorrect")
        return {**base, "status": status, "correct": ok, "extracted": extraction, "rule": "judge_extract",
                "reason": f"judge {self.judge.model} ({why}) extracted {extraction[:60]!r}; "
                          f"graded by the {bench.name} official rules"}  # fmt: skip


def grade_extraction(bench: Any, item: Any, extraction: str) -> bool:
    """An extracted answer graded the way the benchmark grades a GPT extraction."""
    if bench.name == "mathverse":  # official step 2 is a GPT judge: mmeval's comparison stands in for it
        from mmeval.verifiers import grade_answer

        kwargs = bench.grade_kwargs(item)
        return bool(extraction) and grade_answer(kwargs.pop("gold"), extraction, **kwargs).correct
    return bool(bench.official_score(item, extraction))


def cascade_summary(cascade: Cascade, rows: list[dict]) -> dict[str, Any]:
    """What results.json records: the judge, the judged share, the score with and without the judged
    samples, the rules' score on the same rows, judge calls and cache hits."""
    scored = [r for r in rows if r.get("status") not in ("gold_unparseable",)]
    judged = [r for r in scored if r.get("decided_by") == "judge"]
    by_rules = [r for r in scored if r.get("decided_by") == "rules"]

    def pct(good: int, n: int) -> float | None:
        return round(100.0 * good / n, 2) if n else None

    rules_correct = sum(bool(r["correct"]) for r in by_rules)
    judged_rules_correct = sum(r.get("rules_status") == "correct" for r in judged)
    routes: dict[str, int] = {}
    for r in judged:
        routes[r["judge_route"]] = routes.get(r["judge_route"], 0) + 1
    return {
        "judge_model": getattr(cascade.judge, "model", None),
        "judge_url": getattr(cascade.judge, "base_url", None),
        "role": cascade.role,
        "n": len(scored),
        "judged": len(judged),
        "judged_share": pct(len(judged), len(scored)),
        "judged_routes": dict(sorted(routes.items(), key=lambda kv: -kv[1])),
        "judge_errors": sum(r.get("status") == "error" for r in judged),
        "score": pct(sum(bool(r["correct"]) for r in scored), len(scored)),
        "score_without_judged": pct(rules_correct, len(by_rules)),
        "score_rules_only": pct(rules_correct + judged_rules_correct, len(scored)),
        "judge_calls": cascade.calls,
        "cache": cascade.cache.stats() if cascade.cache is not None else None,
    }
