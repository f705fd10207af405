"""The core of mmeval's rule-based rewards: `RewardConfig` (MM-Eureka's weights and the grading
settings) and `score_response` / `score_responses` (accuracy, format and their weighted sum for one or many
responses, graded by `grade` / `grade_batch`). `rewards.py` adapts these to TRL, verl, EasyR1 and
OpenRLHF; it is the file those engines load by path, and it imports this module by name, so the config
class lives in a registered module (which `@dataclass` needs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from mmeval.verifiers import GradeConfig, Status, Verdict, check_format, extract_answer, grade, grade_batch

__all__ = [
    "RewardConfig",
    "DEFAULT_CONFIG",
    "score_response",
    "score_responses",
    "gold_text",
    "with_overrides",
]


@dataclass(frozen=True)
class RewardConfig:
    """Reward weights and grading settings.

    - `accuracy_weight`, `format_weight`: MM-Eureka uses 1.0 and 0.5 (instruct) or 1.0 (pretrained).
    - `format_kind`: which `check_format` kind the format reward uses (`think_answer`: one `<think>`
      block then one `<answer>` block; `think_prefilled` when the chat template opens `<think>` in the prompt,
      as DeepSeek-R1 distills' do: TRL's text prompts are told apart on their own, verl and OpenRLHF see
      only the response and need it set).
    - `gold_column`: dataset column with the gold answer for TRL; None tries `answer` then `solution`.
    - `grade`: the `GradeConfig` (per-pair timeout, caps); `workers`: processes for batch grading.
    """

    accuracy_weight: float = 1.0
    format_weight: float = 0.5
    format_kind: str = "think_answer"
    gold_column: str | None = None
    grade: GradeConfig | None = None
    workers: int | None = None

    @classmethod
    def instruct(cls, **overrides: Any) -> RewardConfig:
        """MM-Eureka's weights for an instruct model: accuracy 1.0, format 0.5."""
        return cls(**overrides)

    @classmethod
    def pretrained(cls, **overrides: Any) -> RewardConfig:
        """MM-Eureka-Zero's weights for a pretrained base model: accuracy 1.0, format 1.0."""
        return cls(**{"format_weight": 1.0, **overrides})


DEFAULT_CONFIG = RewardConfig()


def with_overrides(config: RewardConfig | None, overrides: dict[str, Any]) -> RewardConfig:
    """`config` with the weight keywords a framework passes (verl `reward_kwargs`, EasyR1 kwargs)."""
    config = config or DEFAULT_CONFIG
    known = {k: overrides[k] for k in ("accuracy_weight", "format_weight", "format_kind") if k in overrides}
    return replace(config, **known) if known else config


def gold_text(gold: Any) -> str:
    """A dataset's gold as a string; a worked solution with `\\boxed{}` contributes its boxed answer."""
    if isinstance(gold, (list, tuple)):  # OlympiadBench-style `final_answer` lists
        gold = gold[0] if len(gold) == 1 else ", ".join(str(g) for g in gold)
    if not isinstance(gold, str):
        return "" if gold is None else str(gold)
    if "\\boxed" in gold or "\\fbox" in gold:
        found = extract_answer(gold)
        if found.found and found.rule == "boxed":
            return found.answer
    return gold


def _score(verdict: Verdict, response: str, config: RewardConfig, kind: str | None = None) -> dict[str, Any]:
    fmt = check_format(response, kind=kind or config.format_kind)
    scorable = verdict.status != Status.GOLD_UNPARSEABLE
    accuracy = (1.0 if verdict.correct else 0.0) if scorable else None
    overall = config.accuracy_weight * accuracy + config.format_weight * fmt.score if scorable else None
    return {
        "accuracy": accuracy,
        "format": fmt.score,
        "overall": overall,
        "status": verdict.status.value,
        "extracted": verdict.extracted,
        "rule": verdict.rule,
        "reason": verdict.reason,
        "format_reason": fmt.reason,
    }


def score_responses(
    responses: Sequence[str],
    golds: Sequence[Any],
    *,
    choices: Sequence[list[str] | None] | None = None,
    answer_types: Sequence[str | None] | None = None,
    precisions: Sequence[float | int | None] | None = None,
    tolerances: Sequence[Any] | None = None,
    config: RewardConfig | None = None,
    format_kinds: Sequence[str | None] | None = None,
) -> list[dict[str, Any]]:
    """`score_response` for many responses at once, graded in parallel by `grade_batch`. `format_kinds`: a
    format check's kind per response (None: `config.format_kind`), as a prompt that prefills `<think>` needs."""
    config = config or DEFAULT_CONFIG
    n = len(responses)
    if len(golds) != n:
        raise ValueError(f"{n} responses but {len(golds)} golds")
    items = [
        {
            "gold": gold_text(golds[i]),
            "response": responses[i] if isinstance(responses[i], str) else str(responses[i]),
            "choices": choices[i] if choices else None,
            "answer_type": answer_types[i] if answer_types else None,
            "precision": precisions[i] if precisions else None,
            "tolerance": tolerances[i] if tolerances else None,
        }
        for i in range(n)
    ]
    if n == 1:  # one pair (verl's per-sample calls): no thread pool to set up
        verdicts = [grade(**items[0], config=config.grade)]
    else:
        verdicts = grade_batch(items, workers=config.workers, config=config.grade)
    kinds = list(format_kinds) if format_kinds is not None else [None] * n
    if len(kinds) != n:
        raise ValueError(f"{n} responses but {len(kinds)} format kinds")
    return [
        _score(v, item["response"], config, kind)
        for v, item, kind in zip(verdicts, items, kinds, strict=True)
    ]


def score_response(
    response: str,
    gold: Any,
    *,
    choices: list[str] | None = None,
    answer_type: str | None = None,
    precision: float | int | None = None,
    tolerance: float | Sequence[float] | None = None,
    config: RewardConfig | None = None,
) -> dict[str, Any]:
    """Accuracy (1/0, None if the gold won't parse), format score, weighted `overall` (None if the gold
    won't parse), the grading `status`, the extracted answer and the reasons.

    >>> r = score_response("<think>2+2</think><answer>4</answer>", "4")
    >>> r["accuracy"], r["format"], r["overall"], r["status"]
    (1.0, 1.0, 1.5, 'correct')
    """
    return score_responses(
        [response],
        [gold],
        choices=[choices],
        answer_types=[answer_type],
        precisions=[precision],
        tolerances=[tolerance],
        config=config,
    )[0]
