"""End to end on CPU: the tiny random Qwen2.5-VL trains on K12 rows with real images, filter on; weights
change (vision tower frozen), metrics.jsonl follows the run format, a checkpoint is saved, and a
resumed run continues from it instead of starting over.

The tiny random policy never solves a K12 problem, so the first reward here is a stand-in "accuracy":
always right on the first K12 row (so its group is uninformative and must be filtered) and the parity
of the completion's token ids elsewhere (about half right: informative groups). The format reward is
mmeval's real one. `test_default_rewards_*` checks the real accuracy
reward on the same rows.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import FIXTURE_IMAGES, K12_ROWS, write_qwen_rows
from safetensors.torch import load_file

from mmeval.training import Recipe
from mmeval.training.train import TrainOptions, reward_functions, train

FIELDS = {"step", "accuracy_reward", "format_reward", "reward", "response_length_mean", "response_length_p50",
          "response_length_p90", "reflection_rate", "filtered_fraction", "accuracy_before_filter", "kl",
          "entropy", "lr"}  # fmt: skip


def stand_in_accuracy(completions, completion_ids, id, **kwargs):
    return [
        1.0 if row == K12_ROWS[0]["id"] else float(sum(ids) % 2 == 0)
        for ids, row in zip(completion_ids, id, strict=True)
    ]


@pytest.mark.slow
def test_train_filter_checkpoint_resume(tmp_path, tiny_model_dir):
    data = write_qwen_rows(tmp_path / "k12.jsonl")
    recipe = Recipe(
        num_generations=4,
        per_device_batch_size=8,  # 2 prompts x 4 samples; 4 prompts drawn per step for the filter
        max_completion_length=4,
        learning_rate=5e-3,
        warmup_ratio=0.0,
        max_steps=2,
    )
    run = tmp_path / "run"
    options = TrainOptions(
        model=str(tiny_model_dir),
        data=str(data),
        output_dir=str(run),
        cpu=True,
        save_steps=2,
        eval_bench=("mathvista",),  # the harness on the current policy, on the shipped fixture
        eval_data=str(FIXTURE_IMAGES.parent),
        eval_limit=1,
        eval_every=2,
    )
    rewards = [stand_in_accuracy, reward_functions(recipe)[1]]
    final = train(recipe, options, reward_funcs=rewards)

    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(final / "model.safetensors")
    changed = {name for name in before if not (before[name] == after[name]).all()}
    visual = {name for name in before if ".visual." in f".{name}"}
    assert visual and changed and not changed & visual  # the language model moved, the vision tower is frozen

    checkpoint = run / "checkpoint-2"
    assert (checkpoint / "optimizer.pt").exists() and (checkpoint / "scheduler.pt").exists()
    saved = json.loads((checkpoint / "mmeval_train_config.json").read_text())
    assert saved["recipe"]["num_generations"] == 4 and saved["run"]["train_rows"] == len(K12_ROWS)

    rows = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    evals = [r for r in rows if "eval/mathvista" in r]
    assert [r["step"] for r in evals] == [2] and 0.0 <= evals[0]["eval/mathvista"] <= 100.0
    results = json.loads((run / "eval" / "mathvista-step-2" / "results.json").read_text())
    assert results["n"] == 1 and results["score"] == evals[0]["eval/mathvista"]
    rows = [r for r in rows if "eval/mathvista" not in r]
    assert [r["step"] for r in rows] == [1, 2]
    for row in rows:
        assert FIELDS <= set(row)
        assert 0.0 <= row["filtered_fraction"] <= 1.0 and 0.0 <= row["accuracy_before_filter"] <= 1.0
        assert row["response_length_mean"] > 0
    assert rows[0]["lr"] == pytest.approx(5e-3) and rows[1]["lr"] < rows[0]["lr"]  # no warmup, cosine decay
    assert rows[0]["kl"] is None  # beta = 0: no reference model, no KL
    # the always-right row is in the main batch once per epoch (4 rows, 2 per step): its group was dropped
    assert max(r["filtered_fraction"] for r in rows) > 0

    # A killed run is resumed: one more step from checkpoint-2, metrics continue at step 3.
    resumed = dataclasses.replace(options, resume=True, eval_every=0)
    train(recipe.replace(max_steps=3), resumed, reward_funcs=rewards)
    rows = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows if "eval/mathvista" not in r] == [1, 2, 3]
    state = json.loads((run / "checkpoint-3" / "trainer_state.json").read_text())
    assert state["global_step"] == 3


def test_default_rewards_grade_k12_answers():
    accuracy, fmt = reward_functions(Recipe())
    completions = [
        [{"role": "assistant", "content": "<think>90 - 60 = 30</think><answer>30°</answer>"}],
        [{"role": "assistant", "content": "<think>guess</think><answer>45°</answer>"}],
        [{"role": "assistant", "content": "So angle B = 30°"}],
    ]
    golds = [K12_ROWS[0]["answer"]] * 3
    assert accuracy(completions, answer=golds) == [1.0, 0.0, 1.0]
    assert fmt(completions, answer=golds) == [1.0, 1.0, 0.0]
