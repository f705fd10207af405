"""Rule-based rewards (MM-Eureka's accuracy + format) for TRL, verl, EasyR1 and OpenRLHF.

The same verifier grades benchmarks and rewards RL, so these are thin adapters over `grade_batch` and
`check_format`. Weights follow MM-Eureka: accuracy 1.0, format 0.5 for instruct models
(`RewardConfig()`), format 1.0 when training from a pretrained base (`RewardConfig.pretrained()`).
A sample whose gold will not parse is never rewarded as correct (MM-Eureka's published reward gives it
1.0): TRL gets `None` (ignored), and the frameworks that need a number get 0.0 for the whole sample,
which gives a GRPO group sharing that gold zero advantage.

Every reward is already weighted: TRL's `accuracy_reward` returns `accuracy_weight * correct` and
`format_reward` returns `format_weight * format_score`, so `reward_funcs=[accuracy_reward,
format_reward]` with TRL's default `reward_weights` sums to MM-Eureka's reward.

This module uses absolute imports only, so verl (`custom_reward_function.path`), EasyR1
(`reward_function=.../rewards.py:compute_score`) and OpenRLHF (`--remote_rm_url .../rewards.py`) can
load it straight from its file path. `RewardConfig` and the scoring core (`score_response`,
`score_responses`) live in `reward_scores.py`, imported by name: verl loads this file without registering
it in `sys.modules`, and a `@dataclass` needs its module registered (tests/training/test_rl_engines.py runs
verl's loader on this file); they are re-exported here.
"""

import re
from collections.abc import Callable, Sequence
from typing import Any

from mmeval.verifiers import check_format
from mmeval.verifiers.reward_scores import (
    DEFAULT_CONFIG,
    RewardConfig,
    score_response,
    score_responses,
    with_overrides,
)

__all__ = [
    "RewardConfig",
    "score_response",
    "score_responses",
    "accuracy_reward",
    "format_reward",
    "combined_reward",
    "make_trl_rewards",
    "compute_score",
    "compute_score_batch",
    "reward_func",
    "openrlhf_rewards",
    "completion_text",
    "REWARD_NAME",
    "REWARD_TYPE",
]

# EasyR1 reads these module attributes when it loads this file as a reward function.
REWARD_NAME = "mmeval"
REWARD_TYPE = "batch"


# ---- TRL (GRPOTrainer) ---------------------------------------------------------------------------


def completion_text(completion: Any) -> str:
    """The text of one TRL completion: a string, or a conversational list of messages whose
    assistant `content` is a string or a list of `{"type": "text", "text": ...}` parts."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        completion = [completion]
    parts: list[str] = []
    for message in completion or []:
        if not isinstance(message, dict) or message.get("role", "assistant") != "assistant":
            continue
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"]
    return "".join(parts)


def _column(kwargs: dict[str, Any], name: str, n: int) -> list[Any] | None:
    value = kwargs.get(name)
    return list(value) if isinstance(value, (list, tuple)) and len(value) == n else None


def _trl_golds(kwargs: dict[str, Any], n: int, config: RewardConfig) -> list[Any]:
    names = [config.gold_column] if config.gold_column else ["answer", "solution"]
    for name in names:
        golds = _column(kwargs, name, n)
        if golds is not None:
            return golds
    raise KeyError(
        f"the dataset needs a gold column {' or '.join(repr(c) for c in names)} for the accuracy reward "
        f"(got columns {sorted(k for k in kwargs if k not in ('trainer_state', 'log_extra', 'log_metric'))})"
    )


def make_trl_rewards(config: RewardConfig | None = None) -> list[Callable[..., list[float | None]]]:
    """`[accuracy_reward, format_reward]` for `GRPOTrainer(reward_funcs=...)`, with `config`'s weights.

    Both follow TRL's call `fn(prompts=..., completions=..., completion_ids=..., **columns,
    trainer_state=..., log_extra=..., log_metric=...)`; optional `choices`, `answer_type`, `precision`,
    `tolerance` columns are used per sample.
    """
    config = config or DEFAULT_CONFIG

    def accuracy_reward(completions: list[Any], **kwargs: Any) -> list[float | None]:
        """accuracy_weight if the completion's answer matches the gold column, else 0; None when the
        gold won't parse (TRL then ignores this reward for the sample)."""
        scores = _score_trl_completions(completions, kwargs, config)
        return [None if s["accuracy"] is None else config.accuracy_weight * s["accuracy"] for s in scores]

    def format_reward(completions: list[Any], **kwargs: Any) -> list[float | None]:
        """format_weight times the format check's score (one <think> block, then one <answer>). A text prompt
        that ends by opening `<think>` (a chat template that prefills it) is checked as `think_prefilled`."""
        texts = [completion_text(c) for c in completions]
        return [
            config.format_weight * check_format(t, kind=kind).score
            for t, kind in zip(texts, _format_kinds(kwargs, len(texts), config), strict=True)
        ]

    return [accuracy_reward, format_reward]


def _format_kind(kind: str, prompt: Any) -> str:
    """`think_prefilled` for a `think_answer` check when the text prompt ends inside an opened `<think>`
    (TRL's completions hold only the generated tokens); a conversational prompt (messages) shows no template,
    so its kind stays as configured (set `format_kind="think_prefilled"` for such a template)."""
    if kind == "think_answer" and isinstance(prompt, str):
        opened = prompt.rfind("<think>")
        if opened >= 0 and "</think>" not in prompt[opened:]:
            return "think_prefilled"
    return kind


def _format_kinds(kwargs: dict[str, Any], n: int, config: RewardConfig) -> list[str]:
    """The format check's kind for each of TRL's `n` completions, from its `prompts` column."""
    prompts = _column(kwargs, "prompts", n) or [None] * n
    return [_format_kind(config.format_kind, p) for p in prompts]


def _score_trl_completions(
    completions: list[Any], kwargs: dict[str, Any], config: RewardConfig
) -> list[dict]:
    """score_responses over TRL's completions, with gold/choices/answer_type/precision from its columns."""
    texts = [completion_text(c) for c in completions]
    n = len(texts)
    return score_responses(
        texts,
        _trl_golds(kwargs, n, config),
        choices=_column(kwargs, "choices", n),
        answer_types=_column(kwargs, "answer_type", n),
        precisions=_column(kwargs, "precision", n),
        tolerances=_column(kwargs, "tolerance", n),
        config=config,
        format_kinds=_format_kinds(kwargs, n, config),
    )


def _combined(config: RewardConfig) -> Callable[..., list[float | None]]:
    def combined_reward(completions: list[Any], **kwargs: Any) -> list[float | None]:
        """accuracy + format in one function; None (sample ignored) when the gold won't parse. The format part
        is checked as `format_reward` checks it (`think_prefilled` after a prompt that opens `<think>`)."""
        scores = _score_trl_completions(completions, kwargs, config)
        return [s["overall"] for s in scores]

    return combined_reward


accuracy_reward, format_reward = make_trl_rewards()
combined_reward = _combined(DEFAULT_CONFIG)


# ---- verl / EasyR1 ------------------------------------------------------------------------------


def _extra(extra_info: Any) -> dict[str, Any]:
    return extra_info if isinstance(extra_info, dict) else {}


def _verl_dict(s: dict[str, Any]) -> dict[str, Any]:
    # verl puts every key in reward_extra_info (numbers are averaged, strings skipped, "pred" votes).
    return {
        "score": s["overall"] if s["overall"] is not None else 0.0,
        "acc": s["accuracy"] if s["accuracy"] is not None else 0.0,
        "format": s["format"],
        "gold_unparseable": 0.0 if s["accuracy"] is not None else 1.0,
        "pred": s["extracted"] or "",
        "status": s["status"],
    }


def _easyr1_dict(s: dict[str, Any]) -> dict[str, float]:
    # EasyR1 averages every key as a metric, so numbers only.
    return {
        "overall": s["overall"] if s["overall"] is not None else 0.0,
        "format": s["format"],
        "accuracy": s["accuracy"] if s["accuracy"] is not None else 0.0,
    }


def _easyr1(reward_inputs: Any, config: RewardConfig) -> Any:
    single = isinstance(reward_inputs, dict)
    inputs = [reward_inputs] if single else list(reward_inputs)
    scores = score_responses(
        [r["response"] for r in inputs], [r["ground_truth"] for r in inputs], config=config
    )
    out = [_easyr1_dict(s) for s in scores]
    return out[0] if single else out


def compute_score(
    data_source: Any = None,
    solution_str: str | None = None,
    ground_truth: Any = None,
    extra_info: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """verl's `compute_score(data_source, solution_str, ground_truth, extra_info)` -> dict with `score`;
    EasyR1's `compute_score(reward_inputs)` (a list of `{response, ground_truth, ...}` -> list of
    `{overall, format, accuracy}`; a single dict for `REWARD_TYPE = "sequential"`).

    `extra_info` may carry `choices`, `answer_type`, `precision`, `tolerance`; keyword weights (`format_weight=...`)
    come from verl's `reward_kwargs` or EasyR1's `reward_function_kwargs`.

    >>> s = compute_score("math", "<think>2+2</think><answer>4</answer>", "4")
    >>> s["score"], s["acc"], s["pred"]
    (1.5, 1.0, '4')
    >>> compute_score([{"response": "<answer>5</answer>", "ground_truth": "4"}])
    [{'overall': 0.0, 'format': 0.0, 'accuracy': 0.0}]
    """
    config = with_overrides(kwargs.pop("config", None), kwargs)
    if isinstance(data_source, (list, dict)) and solution_str is None:
        return _easyr1(data_source, config)
    extra = _extra(extra_info)
    s = score_response(
        solution_str or "",
        ground_truth,
        choices=extra.get("choices"),
        answer_type=extra.get("answer_type"),
        precision=extra.get("precision"),
        tolerance=extra.get("tolerance"),
        config=config,
    )
    return _verl_dict(s)


def compute_score_batch(
    data_sources: Sequence[Any],
    solution_strs: Sequence[str],
    ground_truths: Sequence[Any],
    extra_infos: Sequence[dict[str, Any] | None] | None = None,
    **kwargs: Any,
) -> list[dict[str, Any]]:
    """verl's `BatchRewardManager` form: lists in, one dict (with `score`) per sample out, in order."""
    config = with_overrides(kwargs.pop("config", None), kwargs)
    extras = [_extra(e) for e in (extra_infos if extra_infos is not None else [None] * len(solution_strs))]
    scores = score_responses(
        list(solution_strs),
        list(ground_truths),
        choices=[e.get("choices") for e in extras],
        answer_types=[e.get("answer_type") for e in extras],
        precisions=[e.get("precision") for e in extras],
        tolerances=[e.get("tolerance") for e in extras],
        config=config,
    )
    return [_verl_dict(s) for s in scores]


# ---- OpenRLHF ------------------------------------------------------------------------------------

# End-of-turn tokens OpenRLHF leaves in `queries` (it decodes with skip_special_tokens=False).
_EOS_RE = re.compile(r"(?:<\|im_end\|>|<\|endoftext\|>|<\|eot_id\|>|</s>|<\|end\|>|<end_of_turn>|\s)+\Z")
_ASSISTANT_RE = re.compile(r"<\|im_start\|>assistant\n?|<\|start_header_id\|>assistant<\|end_header_id\|>\n*")


def _openrlhf_response(query: str, prompt: str) -> str:
    """The response part of an OpenRLHF query (prompt + response, special tokens kept)."""
    if prompt and query.startswith(prompt):
        response = query[len(prompt) :]
    else:
        heads = list(_ASSISTANT_RE.finditer(query))
        if heads:
            response = query[heads[-1].end() :]
        elif prompt and prompt in query:
            response = query[query.rindex(prompt) + len(prompt) :]
        else:
            response = query
    return _EOS_RE.sub("", response)


def _openrlhf_result(scores: list[dict[str, Any]]) -> dict[str, Any]:
    rewards = [s["overall"] if s["overall"] is not None else 0.0 for s in scores]
    accuracy = [s["accuracy"] if s["accuracy"] is not None else 0.0 for s in scores]
    fmt = [s["format"] for s in scores]
    n = max(len(scores), 1)
    logs = {
        "accuracy_reward": sum(accuracy) / n,
        "format_reward": sum(fmt) / n,
        "gold_unparseable": sum(s["accuracy"] is None for s in scores) / n,
    }
    return {"rewards": rewards, "scores": accuracy, "extra_logs": logs}


def openrlhf_rewards(
    requests: Sequence[tuple[Sequence[str], Sequence[str], Sequence[Any]]],
    *,
    config: RewardConfig | None = None,
) -> list[dict[str, Any]]:
    """Several OpenRLHF reward requests `(queries, prompts, labels)` graded together in one
    `grade_batch` call; for each request `{"rewards", "scores", "extra_logs"}` as plain lists and floats
    (no torch: `mmeval serve-rewards` answers with these).

    >>> q = "<|im_start|>assistant\\n<think>2+2</think><answer>4</answer><|im_end|>"
    >>> openrlhf_rewards([([q], [""], ["4"]), ([q], [""], ["5"])])[1]["rewards"]
    [0.5]
    """
    config = config or DEFAULT_CONFIG
    responses: list[str] = []
    labels: list[Any] = []
    sizes = []
    for queries, prompts, request_labels in requests:
        if not (len(queries) == len(prompts) == len(request_labels)):
            raise ValueError(
                f"lengths differ: queries {len(queries)}, prompts {len(prompts)}, labels {len(request_labels)}"
            )
        responses += [
            _openrlhf_response(q, p if isinstance(p, str) else "")
            for q, p in zip(queries, prompts, strict=True)
        ]
        labels += list(request_labels)
        sizes.append(len(queries))
    scores = score_responses(responses, labels, config=config) if responses else []
    results, start = [], 0
    for size in sizes:
        results.append(_openrlhf_result(scores[start : start + size]))
        start += size
    return results


def reward_func(queries: list[str], prompts: list[str], labels: list[Any], **kwargs: Any) -> dict[str, Any]:
    """OpenRLHF's custom reward function (`--remote_rm_url /path/to/rewards.py`): `queries` are prompt +
    response, `labels` the golds from `--label_key`. Returns `rewards` (weighted), `scores` (accuracy in
    0-1, for dynamic filtering) and `extra_logs`, as tensors when torch is importable (OpenRLHF's own
    examples return tensors), else lists."""
    config = with_overrides(kwargs.pop("config", None), kwargs)
    result = openrlhf_rewards([(queries, prompts, labels)], config=config)[0]
    try:
        import torch
    except ImportError:  # OpenRLHF always has torch; plain lists serve HTTP/JSON callers
        return result
    return {
        "rewards": torch.tensor(result["rewards"], dtype=torch.float32),
        "scores": torch.tensor(result["scores"], dtype=torch.float32),
        "extra_logs": {k: torch.tensor(v, dtype=torch.float32) for k, v in result["extra_logs"].items()},
    }
