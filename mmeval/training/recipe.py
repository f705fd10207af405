"""The MM-Eureka recipe as one frozen dataclass, and its mapping onto TRL's `GRPOConfig`.

Defaults follow MM-Eureka's released training scripts (Qwen2.5-VL-7B / InternVL2.5-8B): 8 samples per
prompt at temperature 1.0, no KL term and no reference model (beta 0), PPO clip 0.2, lr 1e-6 with cosine
decay and 3% warmup, prompts up to 3000 tokens and responses up to 4096, vision tower frozen, accuracy
reward 1.0 + format reward 0.5 (1.0 for a pretrained base). The CLI maps each flag onto one field; the
resolved recipe is saved next to every checkpoint (`mmeval_train_config.json`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Recipe", "ADVANTAGES", "save_resolved_config"]

ADVANTAGES = ("grpo", "rloo")


@dataclass(frozen=True)
class Recipe:
    """Hyperparameters of one rule-based RL run (MM-Eureka defaults)."""

    num_generations: int = 8  # samples per prompt (the group)
    temperature: float = 1.0
    top_p: float = 1.0
    beta: float = 0.0  # KL coefficient; 0 = no reference model is loaded
    clip_epsilon: float = 0.2
    learning_rate: float = 1e-6
    lr_scheduler: str = "cosine"
    warmup_ratio: float = 0.03
    weight_decay: float = 0.0
    max_prompt_length: int = 3000  # rows whose prompt text is longer are reported and skipped
    max_completion_length: int = 4096
    freeze_vision: bool = True
    advantage: str = "grpo"  # "grpo" (group mean/std) or "rloo" (leave-one-out baseline, unscaled)
    accuracy_weight: float = 1.0
    format_weight: float = 0.5  # 1.0 for a pretrained (non-instruct) base, as in MM-Eureka-Zero
    format_kind: str = "think_answer"  # <think>...</think><answer>...</answer>
    difficulty_filter: bool = True
    filter_low: float = 0.1  # keep a group only if low <= mean accuracy <= high
    filter_high: float = 0.9
    filter_oversample: int = 2  # draw this many times the prompts per step, train on informative groups first
    per_device_batch_size: int = 8  # completions per device per micro-step
    gradient_accumulation_steps: int = 1
    num_iterations: int = 1  # PPO epochs per generation batch
    max_steps: int = -1  # -1: run num_epochs over the data
    num_epochs: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        problems = []
        if self.advantage not in ADVANTAGES:
            problems.append(f"advantage must be one of {ADVANTAGES}, got {self.advantage!r}")
        if self.num_generations < 2:
            problems.append("num_generations must be >= 2 (advantages compare samples of one prompt)")
        if not 0.0 <= self.filter_low <= self.filter_high <= 1.0:
            problems.append("need 0 <= filter_low <= filter_high <= 1")
        if self.filter_oversample < 1:
            problems.append("filter_oversample must be >= 1")
        if self.temperature <= 0:
            problems.append("temperature must be > 0 (RL needs sampling)")
        if problems:
            raise ValueError("invalid recipe: " + "; ".join(problems))

    def replace(self, **changes: Any) -> Recipe:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)

    def to_grpo_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `trl.GRPOConfig` that this recipe decides."""
        return {
            "num_generations": self.num_generations,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "beta": self.beta,
            "epsilon": self.clip_epsilon,
            "learning_rate": self.learning_rate,
            "lr_scheduler_type": self.lr_scheduler,
            "warmup_steps": self.warmup_ratio,  # a float < 1 is a ratio in transformers 5
            "weight_decay": self.weight_decay,
            "max_completion_length": self.max_completion_length,
            # RLOO = (r - group mean) * G/(G-1), so TRL must not divide by the group std (see trainer.py).
            "scale_rewards": "group" if self.advantage == "grpo" else "none",
            "reward_weights": [self.accuracy_weight, self.format_weight],
            "per_device_train_batch_size": self.per_device_batch_size,
            "gradient_accumulation_steps": self.gradient_accumulation_steps,
            "num_iterations": self.num_iterations,
            "max_steps": self.max_steps,
            "num_train_epochs": self.num_epochs,
            "seed": self.seed,
        }


def save_resolved_config(directory: str | Path, recipe: Recipe, run: dict[str, Any]) -> Path:
    """Write `mmeval_train_config.json` (recipe + run options) into `directory`."""
    path = Path(directory) / "mmeval_train_config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"recipe": dataclasses.asdict(recipe), "run": run}
    path.write_text(json.dumps(payload, indent=2, sort_keys=True, default=str) + "\n")
    return path
