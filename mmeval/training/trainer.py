"""`EurekaGRPOTrainer`: TRL's `GRPOTrainer` plus MM-Eureka's online difficulty filter and RLOO.

How this departs from plain GRPO (TRL 1.16 `GRPOTrainer`, which does everything else: generation,
vLLM, the clipped token-level loss, accelerate/DeepSpeed/FSDP, checkpoints):

1. **Online difficulty filter** (on by default). A prompt group whose mean *accuracy* reward is outside
   `[filter_low, filter_high]` (all right or all wrong) has zero advantage in GRPO and only dilutes the
   token-normalised loss. Each generation step therefore samples `filter_oversample` times as many prompts
   as the batch needs (the extra prompts come from a second, differently seeded pass over the training
   set), generates and scores them all in one TRL call, and then keeps a batch of the usual size made of
   the informative groups first. If there are not enough informative groups, the batch is topped up with
   uninformative ones whose loss mask and advantage are zeroed, so they contribute no gradient and are
   not counted in the loss normaliser. Batch shapes stay fixed, so TRL's buffering, splitting and
   multi-process logic is untouched. The groups' advantages are those TRL computed within each group,
   so selection does not change any kept sample's advantage. Limitations: the refill pass is not part
   of the resumable data position (it restarts from its seed on resume), and with oversampling each
   process's local generation batch must hold whole groups (`per_device_batch_size * steps_per_generation`
   divisible by `num_generations`).
2. **RLOO advantages** (`advantage="rloo"`): TRL computes `r - mean(group)` without std scaling
   (`scale_rewards="none"`); multiplying by `G / (G - 1)` gives exactly the leave-one-out baseline
   `r_i - mean_{j != i} r_j`. (TRL's separate `RLOOTrainer` would need the filter written twice.)
3. **Metrics** in the run-format names (`accuracy_reward`, `filtered_fraction`, response-length
   percentiles, reflection-word rate, ...) are added to TRL's own, see `metrics.py`.

The loss mask is passed as TRL's `tool_mask` input, which `_compute_loss` multiplies into the completion
mask for the loss only (attention still sees every token); this trainer never uses tools.
"""

from __future__ import annotations

import torch
from trl import GRPOTrainer
from trl.trainer.utils import RepeatSampler, split_pixel_values_by_grid, unsplit_pixel_values_by_grid

from mmeval.training.metrics import completion_texts, step_metrics
from mmeval.training.recipe import Recipe

__all__ = ["EurekaGRPOTrainer", "informative_groups"]


def informative_groups(accuracy: torch.Tensor, group_size: int, low: float, high: float) -> torch.Tensor:
    """Boolean mask over groups: mean accuracy within `[low, high]` (NaN-only groups are uninformative).

    >>> informative_groups(torch.tensor([1.0, 1.0, 0.0, 1.0, 0.0, 0.0]), 2, 0.1, 0.9).tolist()
    [False, True, False]
    """
    means = torch.nanmean(accuracy.view(-1, group_size), dim=1)
    return (means >= low) & (means <= high)


class EurekaGRPOTrainer(GRPOTrainer):
    """GRPOTrainer with the difficulty filter, RLOO option and run-format metrics (see module doc)."""

    def __init__(self, *args, recipe: Recipe, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.recipe = recipe
        self._last_rewards: torch.Tensor | None = None
        self._last_completions: list | None = None
        self._refill_iter = None
        local_gen = self.args.per_device_train_batch_size * self.args.steps_per_generation
        if recipe.difficulty_filter and recipe.filter_oversample > 1 and local_gen % recipe.num_generations:
            raise ValueError(
                f"filter_oversample > 1 needs whole groups per device: per_device_batch_size * "
                f"steps_per_generation ({local_gen}) must be divisible by num_generations ({recipe.num_generations})"
            )

    # TRL gathers every process's rewards here before normalising; keep them for the filter.
    def _calculate_rewards(self, inputs, prompts, completions, completion_ids_list):
        rewards = super()._calculate_rewards(inputs, prompts, completions, completion_ids_list)
        self._last_rewards = rewards
        self._last_completions = completions
        return rewards

    def _generate_and_score_completions(self, inputs):
        training = self.model.training
        filtering = training and self.recipe.difficulty_filter
        pool = list(inputs)
        if filtering and self.recipe.filter_oversample > 1:
            pool += self._draw_refill(len(inputs) * (self.recipe.filter_oversample - 1))
        output = super()._generate_and_score_completions(pool)
        group = self.num_generations if training else self.num_generations_eval
        if self.recipe.advantage == "rloo" and group > 1:
            output["advantages"] = output["advantages"] * (group / (group - 1))
        rewards = self._last_rewards
        if filtering:
            keep_groups = informative_groups(
                rewards[:, 0], group, self.recipe.filter_low, self.recipe.filter_high
            )
        else:
            keep_groups = torch.ones(rewards.size(0) // group, dtype=torch.bool, device=rewards.device)
        rows, row_keep = self._select_rows(keep_groups, len(pool), len(inputs), group)
        self._log_filter_metrics(output, rewards, keep_groups, rows, row_keep, len(pool), training)
        if filtering:
            output = self._apply_selection(output, rows, row_keep, len(pool))
        return output

    def _select_rows(self, keep_groups, n_local, n_wanted, group):
        """Local row indices of the batch to train on (informative groups first) and their keep flags."""
        start = self.accelerator.process_index * n_local
        row_keep = keep_groups.repeat_interleave(group)[start : start + n_local].tolist()
        if n_wanted == n_local:  # no oversampling: keep the batch as is, flags only
            return list(range(n_local)), row_keep
        # Oversampled: the local pool holds whole groups (checked in __init__), informative ones go first.
        local_keep = row_keep[::group]
        order = [g for g, k in enumerate(local_keep) if k] + [g for g, k in enumerate(local_keep) if not k]
        chosen = order[: n_wanted // group]
        rows = [g * group + j for g in chosen for j in range(group)]
        return rows, [local_keep[g] for g in chosen for _ in range(group)]

    def _apply_selection(self, output: dict, rows: list[int], row_keep: list[bool], n_local: int) -> dict:
        """Index every per-row entry of TRL's batch dict; zero advantage and loss mask of dropped rows."""
        split = split_pixel_values_by_grid(output)
        index = torch.tensor(rows, device=output["completion_ids"].device)
        selected = {}
        for key, value in split.items():
            if isinstance(value, torch.Tensor) and value.dim() > 0 and value.size(0) == n_local:
                selected[key] = value.index_select(0, index)
            elif isinstance(value, list) and len(value) == n_local:
                selected[key] = [value[i] for i in rows]
            else:
                selected[key] = value
        keep = torch.tensor(row_keep, device=index.device, dtype=selected["completion_mask"].dtype)
        loss_mask = selected.get("tool_mask", torch.ones_like(selected["completion_mask"]))
        selected["tool_mask"] = loss_mask * keep.unsqueeze(1)
        selected["advantages"] = selected["advantages"] * keep.to(selected["advantages"].dtype)
        tokens = (selected["completion_mask"] * selected["tool_mask"]).sum()
        selected["num_items_in_batch"] = self.accelerator.gather(tokens).sum()
        return unsplit_pixel_values_by_grid(selected)

    def _draw_refill(self, n: int) -> list[dict]:
        """`n` more rows (whole groups) from a second shuffled pass over the training set."""
        rows: list[dict] = []
        while len(rows) < n:
            if self._refill_iter is None:
                self._refill_iter = iter(self._refill_dataloader())
            try:
                rows.extend(next(self._refill_iter))
            except StopIteration:
                self._refill_iter = None
        return rows[:n]

    def _refill_dataloader(self):
        gen_prompts = self.args.generation_batch_size // self.num_generations
        return self._get_dataloader(
            dataset=self.train_dataset,
            description="Refill",
            batch_size=self._train_batch_size * self.args.steps_per_generation,
            sampler_fn=lambda ds: RepeatSampler(
                ds, mini_repeat_count=self.num_generations, batch_size=gen_prompts, seed=self.args.seed + 1
            ),
            is_training=True,
        )

    def _log_filter_metrics(self, output, rewards, keep_groups, rows, row_keep, n_local, training) -> None:
        """Run-format metrics for this generation step, appended to TRL's averaged metric lists."""
        mode = "train" if training else "eval"
        start = self.accelerator.process_index * n_local
        local = rewards[start : start + n_local]
        lengths = self.accelerator.gather(output["completion_mask"].sum(1).float())
        texts = completion_texts(self._last_completions)
        weights = self.reward_weights.to(rewards.device)
        kept = torch.tensor([r for r, k in zip(rows, row_keep, strict=True) if k], dtype=torch.long)
        kept_rewards = local[kept.to(local.device)] if len(kept) else local[:0]
        metrics = step_metrics(
            all_rewards=rewards,
            kept_rewards=torch.cat(self._gather_rows(kept_rewards)),
            weights=weights,
            keep_groups=keep_groups,
            lengths=lengths,
            texts=self._gather_texts(texts),
        )
        for name, value in metrics.items():
            self._metrics[mode][f"mmeval/{name}"].append(value)

    def _gather_rows(self, tensor: torch.Tensor) -> list[torch.Tensor]:
        from accelerate.utils import gather_object

        return [t.to(tensor.device) for t in gather_object([tensor.cpu()])]

    def _gather_texts(self, texts: list[str]) -> list[str]:
        from accelerate.utils import gather_object

        return gather_object(texts)
