"""The difficulty filter's group selection and batch surgery on a TRL-shaped batch (Qwen2.5-VL keys)."""

from __future__ import annotations

import pytest
import torch

from mmeval.training import Recipe
from mmeval.training.trainer import EurekaGRPOTrainer, informative_groups


def test_informative_groups_keeps_mixed_groups_only():
    accuracy = torch.tensor([1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, float("nan"), 0, 0])
    assert informative_groups(accuracy, 4, 0.1, 0.9).tolist() == [False, True, False, True]
    # bounds are inclusive: 1 of 8 right (0.125) is kept at low=0.1, 0 of 8 is not
    eight = torch.tensor([1.0] + [0.0] * 7 + [0.0] * 8)
    assert informative_groups(eight, 8, 0.1, 0.9).tolist() == [True, False]


def _bare_trainer() -> EurekaGRPOTrainer:
    """The trainer's selection methods need only an accelerator (single CPU process here)."""
    from accelerate import Accelerator

    trainer = EurekaGRPOTrainer.__new__(EurekaGRPOTrainer)
    trainer.accelerator = Accelerator(cpu=True)
    trainer.recipe = Recipe(num_generations=2)
    return trainer


def _batch(rows: int, width: int = 3) -> dict:
    grid = torch.tensor([[1, 2, 2]] * rows)  # 4 pixel rows per image
    return {
        "prompt_ids": torch.arange(rows * 5).view(rows, 5),
        "prompt_mask": torch.ones(rows, 5, dtype=torch.long),
        "completion_ids": torch.arange(rows * width).view(rows, width),
        "completion_mask": torch.ones(rows, width, dtype=torch.long),
        "advantages": torch.arange(1, rows + 1, dtype=torch.float),
        "num_items_in_batch": torch.tensor(float(rows * width)),
        "pixel_values": torch.arange(rows * 4, dtype=torch.float).view(rows * 4, 1),
        "image_grid_thw": grid,
        "num_images": [1] * rows,
    }


def test_oversampled_pool_puts_informative_groups_first_and_masks_the_rest():
    trainer = _bare_trainer()
    # 4 groups of 2 in the local pool, the batch needs 2 groups; only group 2 is informative
    keep = torch.tensor([False, False, True, False])
    rows, row_keep = trainer._select_rows(keep, n_local=8, n_wanted=4, group=2)
    assert rows == [4, 5, 0, 1] and row_keep == [True, True, False, False]
    out = trainer._apply_selection(_batch(8), rows, row_keep, n_local=8)
    assert out["prompt_ids"][:, 0].tolist() == [20, 25, 0, 5]
    assert out["advantages"].tolist() == [5.0, 6.0, 0.0, 0.0]
    assert out["tool_mask"].tolist() == [[1, 1, 1], [1, 1, 1], [0, 0, 0], [0, 0, 0]]
    assert out["num_items_in_batch"].item() == 6  # only kept tokens count in the loss normaliser
    # pixel rows follow their samples (4 per image): samples 4, 5, 0, 1
    assert out["pixel_values"].view(-1).tolist() == [*range(16, 24), *range(0, 8)]
    assert out["image_grid_thw"].shape == (4, 3) and out["num_images"] == [1, 1, 1, 1]


def test_without_oversampling_the_batch_keeps_its_order():
    trainer = _bare_trainer()
    rows, row_keep = trainer._select_rows(torch.tensor([True, False]), n_local=4, n_wanted=4, group=2)
    assert rows == [0, 1, 2, 3] and row_keep == [True, True, False, False]


def test_recipe_validation_and_grpo_mapping():
    with pytest.raises(ValueError, match="advantage must be one of"):
        Recipe(advantage="ppo")
    with pytest.raises(ValueError, match="filter_low <= filter_high"):
        Recipe(filter_low=0.9, filter_high=0.1)
    kwargs = Recipe().to_grpo_kwargs()
    assert kwargs["num_generations"] == 8 and kwargs["temperature"] == 1.0 and kwargs["beta"] == 0.0
    assert (
        kwargs["epsilon"] == 0.2
        and kwargs["learning_rate"] == 1e-6
        and kwargs["lr_scheduler_type"] == "cosine"
    )
    assert kwargs["warmup_steps"] == 0.03 and kwargs["max_completion_length"] == 4096
    assert kwargs["reward_weights"] == [1.0, 0.5] and kwargs["scale_rewards"] == "group"
    assert Recipe(advantage="rloo").to_grpo_kwargs()["scale_rewards"] == "none"


def test_filter_bounds_are_inclusive_at_both_ends():
    # groups of 4 with mean accuracy 0.25, 0.5, 0.75 against [0.25, 0.75]: all kept; 0 and 1 dropped
    accuracy = torch.tensor([1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1], dtype=torch.float)
    assert informative_groups(accuracy, 4, 0.25, 0.75).tolist() == [True, True, True, False, False]
    assert informative_groups(accuracy, 4, 0.5, 0.5).tolist() == [False, True, False, False, False]


def test_selection_keeps_an_existing_loss_mask_and_non_row_entries():
    trainer = _bare_trainer()
    batch = _batch(4)
    batch["tool_mask"] = torch.tensor(
        [[1, 0, 1]] * 4
    )  # TRL's own mask (tool calls) is multiplied, not replaced
    batch["sampling_logps"] = None  # entries that are not per-row pass through unchanged
    batch["temperature"] = torch.tensor(0.7)
    out = trainer._apply_selection(batch, [2, 3, 0, 1], [True, True, False, False], n_local=4)
    assert out["tool_mask"].tolist() == [[1, 0, 1], [1, 0, 1], [0, 0, 0], [0, 0, 0]]
    assert out["advantages"].dtype == torch.float and out["advantages"].tolist() == [3.0, 4.0, 0.0, 0.0]
    assert out["sampling_logps"] is None and out["temperature"].item() == pytest.approx(0.7)
    assert out["num_items_in_batch"].item() == 4  # 2 kept rows x 2 unmasked tokens
