"""We-Math's official scoring (We-Math/We-Math `evaluation/four_dimensional_metrics.py`, `accuracy.py`),
re-implemented from its behaviour.

Every testmini problem is a group: a two-step problem (`2steps_<n>`) has one-step sub-problems keyed
`2steps_1`, `2steps_2` and the composite `2steps_multi`; a three-step one adds `3steps_3`. An answer is
the first character after the last "Answer" once `<`, `>`, `:` and `.` are removed, kept only when it is
a letter A-H; it is right when it equals the gold letter.

Per group (steps = the one-step results, multi = the composite's):
- IK, insufficient knowledge: some step wrong and the composite wrong;
- IG, inadequate generalisation: every step right and the composite wrong;
- CM, complete mastery: composite right and (strict) every step right / (loose) some step right;
- RM, rote memorisation: composite right and (strict) some step wrong / (loose) every step wrong.
IK, IG and CM are reported over the number of problems, RM over CM + RM, and the score is
(total - 0.5 IG - RM - IK) / total. The official code fixes total at 525 (the testmini problem count);
here it is the number of problems scored, which is 525 on the full testmini. A group whose composite
or a step has no result is, as in the official pandas merge, neither right nor wrong in that place.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "extract_option",
    "official_correct",
    "group_outcomes",
    "four_dimensional",
    "step_accuracy",
    "domain_accuracy",
    "knowledge_nodes",
]

_DROPPED = re.compile(r"[<>:.]")


def extract_option(response: str | None) -> str | None:
    """The official answer letter: after the last "Answer", without `<>:.`, its first character if A-H.

    >>> extract_option("<Thought process>: 3+4=7 <Answer>: <B. 7>")
    'B'
    >>> extract_option("The answer is 7") is None
    True
    """
    if not response:
        return None
    tail = _DROPPED.sub("", response.split("Answer")[-1].strip()).strip()
    return tail[0] if tail and tail[0] in "ABCDEFGH" else None


def official_correct(extraction: Any, gold: str) -> bool:
    """Right when the extracted letter equals the gold letter (a raw reply is extracted first)."""
    if extraction is None:
        return False
    text = str(extraction).strip()
    letter = text if len(text) == 1 else extract_option(text)
    return letter is not None and letter == str(gold).strip()


@dataclass(frozen=True)
class Group:
    """One multi-step problem: its one-step results (None: no result) and the composite's."""

    steps: tuple[bool | None, ...]
    multi: bool | None


def group_outcomes(rows: Iterable[tuple[str, str, bool]]) -> dict[str, Group]:
    """(problem ID, key such as `2steps_1` / `3steps_multi`, correct) -> one `Group` per problem ID.
    Only IDs that have a step-1 result count, as in the official merge that starts from step 1."""
    parts: dict[str, dict[str, bool]] = defaultdict(dict)
    for pid, key, correct in rows:
        parts[pid][key] = bool(correct)
    groups = {}
    for pid, found in parts.items():
        prefix = pid.split("_")[0]  # "2steps" / "3steps"
        n_steps = int(prefix[0])
        if f"{prefix}_1" not in found:
            continue
        steps = tuple(found.get(f"{prefix}_{i}") for i in range(1, n_steps + 1))
        groups[pid] = Group(steps, found.get(f"{prefix}_multi"))
    return groups


def four_dimensional(groups: dict[str, Group], total: int | None = None) -> dict[str, Any]:
    """Counts, rates (percent) and strict/loose scores of the four-dimensional metrics."""
    total = len(groups) if total is None else total
    counts = dict.fromkeys(("IK", "IG", "CM_strict", "CM_loose", "RM_strict", "RM_loose"), 0)
    for g in groups.values():
        all_right = all(s is True for s in g.steps)
        all_wrong = all(s is False for s in g.steps)
        some_right = any(s is True for s in g.steps)
        some_wrong = any(s is False for s in g.steps)
        if g.multi is False:
            counts["IG"] += all_right
            counts["IK"] += some_wrong
        elif g.multi is True:
            counts["CM_strict"] += all_right
            counts["CM_loose"] += some_right
            counts["RM_strict"] += some_wrong
            counts["RM_loose"] += all_wrong
    out: dict[str, Any] = {"total": total, "counts": counts}
    for mode in ("strict", "loose"):
        cm, rm = counts[f"CM_{mode}"], counts[f"RM_{mode}"]
        out[mode] = {
            "score": _pct(total - 0.5 * counts["IG"] - rm - counts["IK"], total),
            "IK": _pct(counts["IK"], total),
            "IG": _pct(counts["IG"], total),
            "CM": _pct(cm, total),
            "RM": _pct(rm, cm + rm),
        }
    return out


def step_accuracy(groups: dict[str, Group]) -> dict[str, float | None]:
    """accuracy.py's One-step (S1, over every sub-problem of every group), Two-step (S2) and
    Three-step (S3, over the composites), in percent; missing results are skipped, as pandas' mean does."""
    one = [s for g in groups.values() for s in g.steps if s is not None]
    by_steps: dict[int, list[bool]] = defaultdict(list)
    for g in groups.values():
        if g.multi is not None:
            by_steps[len(g.steps)].append(g.multi)
    return {
        "S1": _pct(sum(one), len(one)),
        "S2": _pct(sum(by_steps[2]), len(by_steps[2])),
        "S3": _pct(sum(by_steps[3]), len(by_steps[3])),
    }


def knowledge_nodes() -> list[dict[str, Any]]:
    """We-Math's knowledge tree (`data/knowledge_structure_nodes.json`, shipped with the fixture)."""
    path = (
        Path(__file__).resolve().parents[2]
        / "data"
        / "fixtures"
        / "wemath"
        / "knowledge_structure_nodes.json"
    )
    return json.loads(path.read_text(encoding="utf-8"))


def domain_accuracy(
    steps: Iterable[tuple[str, str, str, bool]], nodes: list[dict[str, Any]] | None = None
) -> dict[str, float]:
    """accuracy.py's per-domain accuracy (percent): each one-step result (problem ID, key, knowledge
    concept, correct) of a problem that has a step-1 result counts toward its concept; a concept's mean
    counts once for every tree node that ends in it; a domain (`root2`) is the mean over its nodes."""
    steps = list(steps)
    with_step1 = {pid for pid, key, _, _ in steps if key.endswith("_1")}
    by_concept: dict[str, list[bool]] = defaultdict(list)
    for pid, key, concept, correct in steps:
        if pid in with_step1 and not key.endswith("_multi"):
            by_concept[concept].append(bool(correct))
    by_domain: dict[str, list[float]] = defaultdict(list)
    for node in knowledge_nodes() if nodes is None else nodes:
        concept = str(node["full node"]).split("_")[-1]
        if by_concept.get(concept):
            by_domain[str(node["root2"])].append(sum(by_concept[concept]) / len(by_concept[concept]))
    return {d: 100.0 * sum(v) / len(v) for d, v in sorted(by_domain.items())}


def _pct(num: float, den: float) -> float | None:
    return 100.0 * num / den if den else None
