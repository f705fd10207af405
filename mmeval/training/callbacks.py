"""Trainer callbacks: `metrics.jsonl` in the run format, the resolved config in every checkpoint, and
evaluation of the current policy through the benchmark harness every N steps."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

from mmeval.training.metrics import MetricsFile, metrics_line
from mmeval.training.recipe import Recipe, save_resolved_config

__all__ = ["RunLogCallback", "EvalCallback"]


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    """NaN/inf -> None so every line is strict JSON."""
    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in row.items()}


class RunLogCallback(TrainerCallback):
    """Writes one `metrics.jsonl` line per logged optimizer step and saves the config with checkpoints."""

    def __init__(self, metrics: MetricsFile, recipe: Recipe, run: dict[str, Any]) -> None:
        self.metrics = metrics
        self.recipe = recipe
        self.run = run

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs or "train_runtime" in logs:
            return
        if "loss" not in logs and not any(k.startswith("mmeval/") for k in logs):
            return  # an evaluation or summary log, not a training step
        self.metrics.append(_clean(metrics_line(state.global_step, logs)))

    def on_save(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            checkpoint = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            save_resolved_config(checkpoint, self.recipe, self.run)


class EvalCallback(TrainerCallback):
    """Every `every` steps (and at the end), score the current policy with `evaluate(model, step)`.

    `evaluate` returns `{benchmark: score}`; each result is logged as an `eval/<benchmark>` line. It runs on
    the main process only; the others wait at a barrier, so it must not use collective operations.
    """

    def __init__(
        self, metrics: MetricsFile, every: int, evaluate: Callable[[Any, int], dict[str, float]]
    ) -> None:
        self.metrics = metrics
        self.every = every
        self.evaluate = evaluate
        self.done: set[int] = set()

    def _run(self, state, model) -> None:
        if state.global_step in self.done:
            return
        self.done.add(state.global_step)
        if state.is_world_process_zero:
            scores = self.evaluate(model, state.global_step)
            row = {"step": state.global_step, **{f"eval/{name}": score for name, score in scores.items()}}
            self.metrics.append(_clean(row))

    def on_step_end(self, args, state, control, model=None, **kwargs):
        if self.every > 0 and state.global_step % self.every == 0:
            self._run(state, model)

    def on_train_end(self, args, state, control, model=None, **kwargs):
        if self.every > 0:
            self._run(state, model)
