"""The recipe: what it refuses (each rule at its boundary, each message), and that every field it maps
reaches TRL's `GRPOConfig` under TRL's own name with its value; the resolved config file round-trips."""

from __future__ import annotations

import dataclasses
import json

import pytest

from mmeval.training import Recipe
from mmeval.training.recipe import save_resolved_config


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"advantage": "ppo"}, "advantage must be one of ('grpo', 'rloo'), got 'ppo'"),
        ({"num_generations": 1}, "num_generations must be >= 2 (advantages compare samples of one prompt)"),
        ({"filter_low": -0.1}, "need 0 <= filter_low <= filter_high <= 1"),
        ({"filter_low": 0.6, "filter_high": 0.5}, "need 0 <= filter_low <= filter_high <= 1"),
        ({"filter_high": 1.1}, "need 0 <= filter_low <= filter_high <= 1"),
        ({"filter_oversample": 0}, "filter_oversample must be >= 1"),
        ({"temperature": 0.0}, "temperature must be > 0 (RL needs sampling)"),
    ],
)
def test_each_invalid_recipe_is_refused_with_its_reason(changes, message):
    with pytest.raises(ValueError) as caught:
        Recipe(**changes)
    assert str(caught.value) == "invalid recipe: " + message


def test_problems_are_reported_together():
    with pytest.raises(ValueError) as caught:
        Recipe(num_generations=1, temperature=0.0)
    assert str(caught.value) == (
        "invalid recipe: num_generations must be >= 2 (advantages compare samples of one prompt); "
        "temperature must be > 0 (RL needs sampling)"
    )


def test_boundary_values_are_accepted():
    Recipe(num_generations=2, filter_low=0.0, filter_high=0.0, filter_oversample=1, temperature=1e-3)
    Recipe(filter_low=1.0, filter_high=1.0)
    Recipe(filter_low=0.5, filter_high=0.5)
    assert Recipe().replace(seed=3).seed == 3
    with pytest.raises(ValueError, match="num_generations"):
        Recipe().replace(num_generations=1)  # replace() validates again


def test_every_mapped_field_reaches_grpo_config(tmp_path):
    trl = pytest.importorskip("trl")
    recipe = Recipe(num_generations=4, temperature=0.7, top_p=0.9, beta=0.04, clip_epsilon=0.3,
                    learning_rate=2e-6, lr_scheduler="constant", warmup_ratio=0.1, weight_decay=0.01,
                    max_completion_length=64, advantage="rloo", accuracy_weight=2.0, format_weight=1.0,
                    per_device_batch_size=4, gradient_accumulation_steps=3, num_iterations=2, max_steps=7,
                    num_epochs=2.0, seed=11)  # fmt: skip
    config = trl.GRPOConfig(
        output_dir=str(tmp_path), use_cpu=True, report_to="none", **recipe.to_grpo_kwargs()
    )
    expected = {"num_generations": 4, "temperature": 0.7, "top_p": 0.9, "beta": 0.04, "epsilon": 0.3,
                "learning_rate": 2e-6, "lr_scheduler_type": "constant", "warmup_steps": 0.1,
                "weight_decay": 0.01, "max_completion_length": 64, "scale_rewards": "none",
                "reward_weights": [2.0, 1.0], "per_device_train_batch_size": 4,
                "gradient_accumulation_steps": 3, "num_iterations": 2, "max_steps": 7,
                "num_train_epochs": 2.0, "seed": 11}  # fmt: skip
    got = {key: getattr(config, key) for key in expected}
    got["lr_scheduler_type"] = getattr(got["lr_scheduler_type"], "value", got["lr_scheduler_type"])
    assert got == expected
    assert set(recipe.to_grpo_kwargs()) == set(expected)
    assert Recipe().to_grpo_kwargs()["scale_rewards"] == "group"  # GRPO divides by the group std


def test_resolved_config_round_trips(tmp_path):
    recipe = Recipe(seed=5, advantage="rloo")
    path = save_resolved_config(tmp_path / "new" / "dir", recipe, {"model": "m", "train_rows": 3})
    assert path == tmp_path / "new" / "dir" / "mmeval_train_config.json"
    saved = json.loads(path.read_text())
    assert Recipe(**saved["recipe"]) == recipe and saved["run"] == {"model": "m", "train_rows": 3}
    assert set(saved["recipe"]) == {f.name for f in dataclasses.fields(Recipe)}
    assert path.read_text().endswith("}\n") and path.read_text().startswith(
        '{\n  "recipe"'
    )  # sorted, indented


def test_resolved_config_is_rewritten_in_place_with_sorted_keys_and_paths_as_text(tmp_path):
    from pathlib import Path

    save_resolved_config(tmp_path, Recipe(), {"data": Path("/d/train.jsonl")})
    path = save_resolved_config(
        tmp_path, Recipe(seed=1), {"data": Path("/d/train.jsonl")}
    )  # same folder again
    saved = json.loads(path.read_text())
    assert saved["recipe"]["seed"] == 1 and saved["run"] == {"data": "/d/train.jsonl"}
    assert list(saved["recipe"]) == sorted(saved["recipe"])  # sorted: runs diff cleanly
