"""The RL loop on its own terms, inside a real TRL `GRPOTrainer` on the tiny model (CPU):

- the difficulty filter changes which groups train (an all-right group is dropped, mixed groups kept);
- RLOO advantages equal the leave-one-out baseline computed by hand for one group;
- mmeval's real accuracy and format rewards are what TRL puts in its reward tensor;
- the seed decides sampling (same seed, same completions and weights; another seed, other completions);
- the filter's second data pass is shuffled differently from the first.

Each test builds the trainer exactly as `mmeval.training.train.train` does and calls TRL's own
generation step (`_generate_and_score_completions`) on a batch from TRL's own dataloader.
"""

from __future__ import annotations

import json

import pytest
import torch
from conftest import FIXTURE_IMAGES
from safetensors.torch import load_file

from mmeval.training import Recipe
from mmeval.training.data import prepare_dataset
from mmeval.training.demo import write_digit_task
from mmeval.training.train import (
    TrainOptions,
    build_grpo_config,
    load_model,
    load_processor,
    reward_functions,
    train,
)
from mmeval.training.trainer import EurekaGRPOTrainer
from mmeval.verifiers.rewards import score_response

pytestmark = pytest.mark.slow

EASY, MIXED = "What is 2 + 2?", "What is 17 * 23?"  # the stand-in grader: always right / right half the time


def plain_rows(path, questions):
    image = next(FIXTURE_IMAGES.glob("*.jpg"))
    rows = [
        {"id": f"q{i}", "question": q, "image": str(image), "answer": "4"} for i, q in enumerate(questions)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def make_trainer(model_dir, tmp_path, data, recipe, reward_funcs=None):
    """The trainer `train()` builds (same config, data preparation, model loading), without training."""
    options = TrainOptions(model=str(model_dir), data=str(data), output_dir=str(tmp_path / "run"), cpu=True,
                           system_prompt="")  # fmt: skip
    processor = load_processor(options.model)
    dataset, _ = prepare_dataset(data, tokenizer=processor.tokenizer, system_prompt="")
    return EurekaGRPOTrainer(
        model=load_model(options.model, recipe.freeze_vision),
        args=build_grpo_config(recipe, options),
        train_dataset=dataset,
        processing_class=processor,
        reward_funcs=reward_funcs or reward_functions(recipe),
        recipe=recipe,
    )


def generation_step(trainer):
    """TRL's generation step on the first batch of TRL's own training dataloader."""
    trainer.model.train()
    return trainer._generate_and_score_completions(next(iter(trainer.get_train_dataloader())))


def by_position(values):
    """A reward that returns `values[i % len(values)]` for the i-th completion of the call (a group's
    samples are consecutive, so each group of len(values) gets exactly these rewards)."""

    def reward(completions, **kwargs):
        return [float(values[i % len(values)]) for i in range(len(completions))]

    return reward


def easy_or_mixed(completions, id, **kwargs):
    """Accuracy stand-in: row q0 (EASY) always right, row q1 (MIXED) right for every other sample."""
    return [1.0 if row == "q0" else float(i % 2 == 0) for i, row in enumerate(id)]


def trained_questions(trainer, output):
    """(question, trains?) per row of the batch TRL will train on: trains = any token in the loss."""
    texts = trainer.processing_class.tokenizer.batch_decode(output["prompt_ids"])
    mask = output["completion_mask"] * output.get("tool_mask", torch.ones_like(output["completion_mask"]))
    return [(EASY if EASY in t else MIXED, bool(m.sum() > 0)) for t, m in zip(texts, mask, strict=True)]


def test_difficulty_filter_changes_which_groups_train(tmp_path, tiny_model_dir):
    data = plain_rows(tmp_path / "two.jsonl", [EASY, MIXED])
    recipe = Recipe(num_generations=2, per_device_batch_size=4, max_completion_length=2, seed=0)
    fmt = reward_functions(recipe)[1]
    # Filter off: the batch is TRL's, both prompts train, the all-right EASY group included.
    plain = make_trainer(tiny_model_dir, tmp_path, data, recipe.replace(difficulty_filter=False),
                         [easy_or_mixed, fmt])  # fmt: skip
    rows = trained_questions(plain, generation_step(plain))
    assert sorted(rows) == sorted([(EASY, True)] * 2 + [(MIXED, True)] * 2)
    # Filter on: 4 prompts drawn (EASY and MIXED twice, two data passes); only the MIXED groups train.
    filtered = make_trainer(tiny_model_dir, tmp_path, data, recipe, [easy_or_mixed, fmt])
    output = generation_step(filtered)
    assert trained_questions(filtered, output) == [(MIXED, True)] * 4
    assert output["num_items_in_batch"].item() == output["completion_mask"].sum().item()
    assert filtered._metrics["train"]["mmeval/filtered_fraction"] == [0.5]


def test_rloo_advantage_is_the_leave_one_out_baseline(tmp_path, tiny_model_dir):
    data = plain_rows(tmp_path / "one.jsonl", [MIXED])
    # One group of 4: accuracy [1, 0, 0, 0], format [1, 1, 0, 0]; reward = 1.0 acc + 0.5 format
    rewards = [by_position([1, 0, 0, 0]), by_position([1, 1, 0, 0])]
    r = [1.5, 0.5, 0.0, 0.0]
    by_hand = [r[i] - sum(r[j] for j in range(4) if j != i) / 3 for i in range(4)]  # [4/3, 0, -2/3, -2/3]
    recipe = Recipe(num_generations=4, per_device_batch_size=4, max_completion_length=2, advantage="rloo",
                    filter_oversample=1)  # fmt: skip
    output = generation_step(make_trainer(tiny_model_dir, tmp_path, data, recipe, rewards))
    assert output["advantages"].tolist() == pytest.approx(by_hand, abs=1e-6)
    # GRPO on the same group: (r - mean) / std, std the unbiased sample std over the group
    grpo = generation_step(
        make_trainer(tiny_model_dir, tmp_path, data, recipe.replace(advantage="grpo"), rewards)
    )
    mean, std = 0.5, (sum((x - 0.5) ** 2 for x in r) / 3) ** 0.5
    assert grpo["advantages"].tolist() == pytest.approx([(x - mean) / std for x in r], rel=1e-3)


def test_mmeval_rewards_inside_a_trl_step_grade_the_sampled_completions(tmp_path, tiny_model_dir):
    # The digit task: now and then the random policy's 16 tokens end with the digit shown (3 of 128 here).
    data = write_digit_task(tmp_path / "digits", n_rows=16, seed=0)
    recipe = Recipe(
        num_generations=8, per_device_batch_size=128, max_completion_length=16, filter_oversample=1
    )
    trainer = make_trainer(tiny_model_dir, tmp_path, data, recipe)  # the default: mmeval's own rewards
    trainer.model.train()
    batch = next(iter(trainer.get_train_dataloader()))
    trainer._generate_and_score_completions(batch)
    texts = [c[-1]["content"] for c in trainer._last_completions]
    graded = [score_response(t, row["answer"]) for t, row in zip(texts, batch, strict=True)]
    accuracy, fmt = trainer._last_rewards[:, 0].tolist(), trainer._last_rewards[:, 1].tolist()
    assert accuracy == [g["accuracy"] for g in graded] and fmt == [g["format"] for g in graded]
    assert 0 < sum(accuracy) < len(accuracy)  # some right, some wrong: the grader decided, not a constant
    assert trainer._metrics["train"]["mmeval/accuracy_before_filter"] == [pytest.approx(sum(accuracy) / 128)]


def recording(reward, seen):
    def wrapped(completions, **kwargs):
        seen.extend(c[-1]["content"] for c in completions)
        return reward(completions, **kwargs)

    return wrapped


def test_seed_decides_sampling_and_data_order(tmp_path, tiny_model_dir):
    data = write_digit_task(tmp_path / "digits", n_rows=16, seed=0)
    recipe = Recipe(num_generations=4, per_device_batch_size=8, max_completion_length=4, max_steps=1,
                    learning_rate=1e-2, warmup_ratio=0.0)  # fmt: skip

    def run(name, seed):
        seen = []
        accuracy, fmt = reward_functions(recipe)
        options = TrainOptions(model=str(tiny_model_dir), data=str(data), output_dir=str(tmp_path / name),
                               cpu=True, system_prompt="", save_steps=10)  # fmt: skip
        final = train(recipe.replace(seed=seed), options, reward_funcs=[recording(accuracy, seen), fmt])
        return seen, load_file(final / "model.safetensors")

    first, weights = run("a", 0)
    again, weights_again = run("b", 0)
    other, _ = run("c", 1)
    assert first == again and all((weights[k] == weights_again[k]).all() for k in weights)
    assert len(first) == len(other) == 16 and first != other


def test_refill_pass_is_shuffled_differently_from_the_main_pass(tmp_path, tiny_model_dir):
    data = plain_rows(tmp_path / "eight.jsonl", [f"What is {n} + 1?" for n in range(8)])
    trainer = make_trainer(tiny_model_dir, tmp_path, data, Recipe(num_generations=2, per_device_batch_size=4))

    def order(loader):
        return [row["id"] for batch in loader for row in batch][::2]  # one id per group

    main, refill = order(trainer.get_train_dataloader()), order(trainer._refill_dataloader())
    assert sorted(main) == sorted(refill) == sorted(f"q{n}" for n in range(8))  # both are full passes
    assert main != refill
