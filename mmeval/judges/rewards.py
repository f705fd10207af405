"""The judge cascade as an RL reward: the rules first, the judge only for the samples they reject or
only guessed (the "addon" use that cut false negatives in TinyV's study), one batch per training step.

- TRL (1.16 awaits async reward functions, on its own event loop, beside the other reward functions):
  `GRPOTrainer(reward_funcs=[cascade_accuracy_reward(judge), format_reward], ...)`; the instance is an
  async callable taking TRL's `prompts`, `completions` and dataset columns (`answer`/`solution`, optional
  `choices`); the whole step's completions go to the judge in one concurrent batch.
- verl (0.9 awaits an async `compute_score`): `custom_reward_function.path=pkg://mmeval.judges.rewards
  custom_reward_function.name=compute_score` with `reward_kwargs` `judge_url`, `judge_model` (and
  `judge_cache`, `judge_key_env`, `format_weight`).

The judge plays the verifier role (question, reference answer, response -> correct/incorrect/invalid);
its replies are cached on disk like the scoring cascade's. A judge that fails (down, timing out,
unreadable) leaves the rules' verdict in place for that sample (`decided_by: rules`, `judge_error`):
training goes on, and the failure is counted (`judge_errors`, logged to TRL as a metric).
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from mmeval.judges.cache import ReplyCache
from mmeval.judges.cascade import Cascade
from mmeval.judges.client import ChatJudge, JudgeError
from mmeval.judges.prompts import parse_verification, verifier_prompt
from mmeval.verifiers import Status, check_format, grade_batch
from mmeval.verifiers.reward_scores import RewardConfig, gold_text
from mmeval.verifiers.rewards import completion_text

__all__ = ["RewardCascade", "cascade_accuracy_reward", "compute_score"]


@dataclass
class RewardCascade:
    """Rules, then a verifier-role judge for rejected or guessed samples; `score()` one step's batch."""

    cascade: Cascade

    def score(
        self, responses: list[str], golds: list[Any], questions: list[str] | None = None, choices: Any = None
    ) -> list[dict[str, Any]]:
        """Per sample: `accuracy` (1.0/0.0, None for an unparseable gold), `decided_by`, `status`, and for
        judged samples the judge's raw reply (or the error that left the rules' verdict in place)."""
        golds = [gold_text(g) for g in golds]
        choices = choices or [None] * len(responses)
        verdicts = grade_batch([{"gold": g, "response": r, "choices": c}
                                for g, r, c in zip(golds, responses, choices, strict=True)])  # fmt: skip
        out, prompts = [], {}
        for i, v in enumerate(verdicts):
            scorable = v.status != Status.GOLD_UNPARSEABLE
            out.append({"accuracy": (1.0 if v.correct else 0.0) if scorable else None, "status": v.status.value,
                        "guessed": v.guessed, "decided_by": "rules", "judge_reply": None})  # fmt: skip
            if scorable and (not v.correct or v.guessed):
                item = SimpleNamespace(question=(questions or [""] * len(golds))[i], gold=golds[i],
                                       choices=choices[i], meta={}, answer_type=None)  # fmt: skip
                prompts[i] = verifier_prompt("rl", item, responses[i])
        replies = self.cascade.replies(list(dict.fromkeys(prompts.values())))
        for i, prompt in prompts.items():
            reply = replies[prompt]
            if isinstance(reply, JudgeError):
                out[i]["judge_error"] = str(reply)
                continue
            verdict = parse_verification(reply)
            out[i].update(accuracy=1.0 if verdict == "correct" else 0.0, decided_by="judge", judge_reply=reply,
                          status={"correct": "correct", "invalid": "no_answer"}.get(verdict or "", "incorrect"))  # fmt: skip
        return out


def _prompt_text(prompt: Any) -> str:
    """The user text of a TRL prompt (a string or a conversation)."""
    if isinstance(prompt, str):
        return prompt
    texts = [completion_text([{**m, "role": "assistant"}]) for m in prompt or [] if m.get("role") == "user"]
    return "\n".join(texts)


class _TRLReward:
    """An async TRL reward function (an async `__call__`: TRL 1.16's `is_async_callable` sees it)."""

    def __init__(self, reward: RewardCascade, weight: float, gold_columns: tuple[str, ...]) -> None:
        self.reward, self.weight, self.gold_columns = reward, weight, gold_columns
        self.__name__ = "cascade_accuracy_reward"

    async def __call__(self, prompts: list[Any], completions: list[Any], **kwargs: Any) -> list[float | None]:
        n = len(completions)
        golds = next((list(kwargs[c]) for c in self.gold_columns if isinstance(kwargs.get(c), list)), None)
        if golds is None or len(golds) != n:
            raise KeyError(f"the dataset needs a gold column {' or '.join(self.gold_columns)} for the reward")
        choices = kwargs.get("choices") if isinstance(kwargs.get("choices"), list) else None
        texts = [completion_text(c) for c in completions]
        questions = [_prompt_text(p) for p in prompts]
        scores = await asyncio.to_thread(self.reward.score, texts, golds, questions, choices)
        log_metric = kwargs.get("log_metric")
        if callable(log_metric):
            log_metric("cascade/judged_fraction", sum(s["decided_by"] == "judge" for s in scores) / max(n, 1))
            log_metric("cascade/judge_errors", float(sum("judge_error" in s for s in scores)))
        return [None if s["accuracy"] is None else self.weight * s["accuracy"] for s in scores]


def cascade_accuracy_reward(
    judge: ChatJudge | Any, cache: ReplyCache | None = None, *, weight: float = 1.0,
    gold_columns: tuple[str, ...] = ("answer", "solution"),
) -> _TRLReward:  # fmt: skip
    """The TRL accuracy reward with the judge cascade (use beside `mmeval.verifiers.rewards.format_reward`)."""
    return _TRLReward(RewardCascade(Cascade(judge, cache, role="verify")), weight, gold_columns)


_JUDGES: dict[tuple, RewardCascade] = {}
_JUDGES_LOCK = threading.Lock()


def _reward_for(kwargs: dict[str, Any]) -> RewardCascade:
    key = (kwargs["judge_url"], kwargs["judge_model"], kwargs.get("judge_cache"), kwargs.get("judge_key_env"))
    with _JUDGES_LOCK:
        if key not in _JUDGES:
            judge = ChatJudge(key[0], key[1], api_key_env=key[3] or "OPENAI_API_KEY")
            cache = ReplyCache(key[2]) if key[2] else None
            _JUDGES[key] = RewardCascade(Cascade(judge, cache, role="verify"))
        return _JUDGES[key]


async def compute_score(
    data_source: Any = None, solution_str: str | None = None, ground_truth: Any = None,
    extra_info: dict[str, Any] | None = None, **kwargs: Any,
) -> dict[str, Any]:  # fmt: skip
    """verl's (async) `compute_score`: `score` = accuracy_weight x cascade accuracy + format_weight x format."""
    if not (kwargs.get("judge_url") and kwargs.get("judge_model")):
        raise ValueError("mmeval.judges.rewards.compute_score needs reward_kwargs judge_url and judge_model")
    config = RewardConfig(**{k: kwargs[k] for k in ("accuracy_weight", "format_weight") if k in kwargs})
    extra = extra_info or {}
    response = solution_str or ""
    s = (await asyncio.to_thread(_reward_for(kwargs).score, [response], [ground_truth],
                                 [str(extra.get("question", ""))], [extra.get("choices")]))[0]  # fmt: skip
    fmt = check_format(response, kind=config.format_kind).score
    acc = s["accuracy"] or 0.0
    return {"score": config.accuracy_weight * acc + config.format_weight * fmt, "acc": acc, "format": fmt,
            "decided_by": s["decided_by"], "judge_error": "judge_error" in s}  # fmt: skip
