"""Per-step training metrics in the run format (docs/contracts.md section 3) and `metrics.jsonl`.

Definitions (one generation step; a step's line averages the generation steps since the last log):

- `accuracy_reward`, `format_reward`, `reward`: mean over the completions that enter the loss (after the
  difficulty filter; equal to the unfiltered means when filtering is off). `reward` is the weighted sum.
- `accuracy_before_filter`: mean accuracy over every completion generated this step (the policy's
  own accuracy on its training prompts; the curve to watch for learning).
- `filtered_fraction`: fraction of generated prompt groups dropped as uninformative.
- `response_length_mean/p10/p50/p90/max`: completion lengths in tokens, over every generated completion.
- `reflection_rate`: fraction of generated completions containing a reflection phrase (`REFLECTION_PHRASES`).
- `kl`, `entropy`: TRL's, over the tokens that enter the loss (kl null when beta is 0, entropy null when
  the filter dropped every group), `lr`: the scheduler's learning rate.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import torch

__all__ = [
    "REFLECTION_PHRASES",
    "METRIC_FIELDS",
    "completion_texts",
    "has_reflection",
    "step_metrics",
    "metrics_line",
    "MetricsFile",
]

# Phrases MM-Eureka and DeepSeek-R1 report as "aha"/reflection behaviour; matched case-insensitively
# as whole words.
REFLECTION_PHRASES = (
    "wait",
    "let me re-check",
    "let me recheck",
    "let me check again",
    "let me double-check",
    "re-examine",
    "re-evaluate",
    "reconsider",
    "on second thought",
    "verify again",
    "hmm",
)
_REFLECTION_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in REFLECTION_PHRASES) + r")\b", re.IGNORECASE
)

METRIC_FIELDS = (
    "accuracy_reward",
    "format_reward",
    "reward",
    "response_length_mean",
    "response_length_p10",
    "response_length_p50",
    "response_length_p90",
    "response_length_max",
    "reflection_rate",
    "filtered_fraction",
    "accuracy_before_filter",
)


def has_reflection(text: str) -> bool:
    """True if `text` contains a reflection phrase.

    >>> has_reflection("x = 3. Wait, let me re-check the sign."), has_reflection("Waiting room")
    (True, False)
    """
    return bool(_REFLECTION_RE.search(text))


def completion_texts(completions: list | None) -> list[str]:
    """Plain text of TRL completions (strings or lists of chat messages with string/part content)."""
    texts = []
    for completion in completions or []:
        if isinstance(completion, str):
            texts.append(completion)
            continue
        parts = []
        for message in completion:
            content = message.get("content", "")
            if isinstance(content, list):
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            parts.append(str(content))
        texts.append("".join(parts))
    return texts


_NAN = float("nan")  # TRL averages metric lists and turns all-NaN into None; it cannot take None itself


def _nanmean(x: torch.Tensor) -> float:
    return torch.nanmean(x.float()).item() if x.numel() else _NAN


def step_metrics(
    *,
    all_rewards: torch.Tensor,
    kept_rewards: torch.Tensor,
    weights: torch.Tensor,
    keep_groups: torch.Tensor,
    lengths: torch.Tensor,
    texts: list[str],
) -> dict[str, float]:
    """Metrics of one generation step from gathered rewards (columns: accuracy, format), lengths, texts."""
    lengths = lengths.float().cpu()
    quantiles = (
        torch.quantile(lengths, torch.tensor([0.1, 0.5, 0.9])).tolist() if lengths.numel() else [_NAN] * 3
    )
    weighted = (
        (kept_rewards * weights.to(kept_rewards.device)).nansum(dim=1)
        if kept_rewards.numel()
        else kept_rewards
    )
    return {
        "accuracy_reward": _nanmean(kept_rewards[:, 0]) if kept_rewards.numel() else _NAN,
        "format_reward": _nanmean(kept_rewards[:, 1]) if kept_rewards.numel() else _NAN,
        "reward": _nanmean(weighted) if kept_rewards.numel() else _NAN,
        "accuracy_before_filter": _nanmean(all_rewards[:, 0]),
        "filtered_fraction": 1.0 - keep_groups.float().mean().item(),
        "response_length_mean": lengths.mean().item() if lengths.numel() else _NAN,
        "response_length_p10": quantiles[0],
        "response_length_p50": quantiles[1],
        "response_length_p90": quantiles[2],
        "response_length_max": lengths.max().item() if lengths.numel() else _NAN,
        "reflection_rate": sum(map(has_reflection, texts)) / len(texts) if texts else _NAN,
    }


def metrics_line(step: int, logs: dict[str, Any]) -> dict[str, Any]:
    """One `metrics.jsonl` row from a Trainer log dict (TRL's averaged metrics plus ours)."""
    row: dict[str, Any] = {"step": step}
    for name in METRIC_FIELDS:
        row[name] = logs.get(f"mmeval/{name}")
    row["kl"] = logs.get("kl")
    # TRL averages entropy over the tokens in the loss; when the filter dropped every group there are none.
    row["entropy"] = None if logs.get("mmeval/filtered_fraction") == 1.0 else logs.get("entropy")
    row["lr"] = logs.get("learning_rate")
    row["loss"] = logs.get("loss")
    return row


class MetricsFile:
    """Append-only `metrics.jsonl` (flushed per line); on resume, lines after the checkpoint are dropped."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def truncate_after(self, step: int) -> None:
        """Drop rows with `step > step` (logged by a killed run after its last checkpoint) and torn lines."""
        if not self.path.exists():
            return
        kept = []
        for line in self.path.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if row.get("step", 0) <= step:
                kept.append(line)
        self.path.write_text("".join(k + "\n" for k in kept))

    def append(self, row: dict[str, Any]) -> None:
        with self.path.open("a") as handle:
            handle.write(json.dumps(row, allow_nan=False) + "\n")
            handle.flush()
