"""Reward adapters, each called exactly the way its RL library calls a custom reward function.

- TRL 1.16: the real `GRPOTrainer._calculate_rewards` runs on a minimal trainer stand-in.
- verl: `NaiveRewardManager` calls `compute_score(data_source=, solution_str=, ground_truth=,
  extra_info=)` merged with `reward_kwargs`; `BatchRewardManager` calls `compute_score(data_sources=,
  solution_strs=, ground_truths=, extra_infos=)`; both read `score["score"]` and keep every key.
- EasyR1: `AutoRewardManager` loads the file as module `custom_reward_fn`, reads `REWARD_TYPE`, calls
  `partial(fn, **kwargs)(list_of_inputs)` and averages every key of the returned dicts.
- OpenRLHF: `SingleTurnExecutor` loads the file as module `reward_func`, calls
  `asyncio.to_thread(reward_func, [query], [prompt], [label])` with query = prompt + response decoded
  with special tokens, then `torch.tensor([reward])` and `.flatten()[0].item()` on extra_logs tensors.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

import mmeval.verifiers.rewards as rewards
from mmeval.verifiers.rewards import RewardConfig, compute_score, compute_score_batch, score_response

GOOD = "<think>2 plus 2 is 4.</think><answer>4</answer>"
GOOD_WRONG = "<think>2 plus 2 is 5.</think><answer>5</answer>"
NO_FORMAT_RIGHT = "The answer is \\boxed{4}."
REWARDS_FILE = Path(rewards.__file__)


def _load_file_as(module_name: str, path: Path):
    """How verl (file path), EasyR1 and OpenRLHF load a reward file: spec_from_file_location."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(module_name, None)
    return module


# ---- score_response ------------------------------------------------------------------------------


def test_score_response_weights_and_status():
    r = score_response(GOOD, "4")
    assert (r["accuracy"], r["format"], r["overall"], r["status"]) == (1.0, 1.0, 1.5, "correct")
    r = score_response(GOOD_WRONG, "4")
    assert (r["accuracy"], r["format"], r["overall"], r["status"]) == (0.0, 1.0, 0.5, "incorrect")
    r = score_response(NO_FORMAT_RIGHT, "4", config=RewardConfig.pretrained())
    assert (r["accuracy"], r["format"], r["overall"]) == (1.0, 0.0, 1.0)
    assert RewardConfig.pretrained().format_weight == 1.0 and RewardConfig.instruct().format_weight == 0.5


def test_unparseable_gold_is_never_rewarded():
    r = score_response(GOOD, "")
    assert r["status"] == "gold_unparseable" and r["accuracy"] is None and r["overall"] is None


def test_reward_hacks_score_zero():
    hedge = "<think>hmm</think><answer>\\boxed{3} \\boxed{4} \\boxed{5}</answer>"
    assert score_response(hedge, "4")["accuracy"] == 0.0
    every_option = "<think>hmm</think><answer>A, B, C, D</answer>"
    assert score_response(every_option, "B", choices=["1", "2", "3", "4"])["accuracy"] == 0.0


# ---- TRL ---------------------------------------------------------------------------------------


def _trl_stand_in(reward_funcs):
    """The attributes `GRPOTrainer._calculate_rewards` reads from `self` (TRL 1.16)."""
    from accelerate import Accelerator
    from transformers import TrainerState

    logged = defaultdict(list)
    return SimpleNamespace(
        accelerator=Accelerator(cpu=True),
        state=TrainerState(),
        args=SimpleNamespace(report_to=[]),
        reward_funcs=reward_funcs,
        reward_processing_classes=[None] * len(reward_funcs),
        reward_func_names=[f.__name__ for f in reward_funcs],
        environments=None,
        _log_completion_extra=lambda column, values: logged[column].append(values),
        _log_metric=lambda name, value: logged[name].append(value),
    )


def _trl_rewards(reward_funcs, inputs, completions):
    from trl import GRPOTrainer

    prompts = [x["prompt"] for x in inputs]
    completion_ids = [[1, 2, 3] for _ in completions]
    stand_in = _trl_stand_in(reward_funcs)
    return GRPOTrainer._calculate_rewards(stand_in, inputs, prompts, completions, completion_ids)


def test_trl_conversational_completions_with_answer_column():
    prompt = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "What is 2+2?"}]}]
    inputs = [{"prompt": prompt, "answer": "4", "image": None} for _ in range(3)] + [
        {"prompt": prompt, "answer": "", "image": None}
    ]
    texts = [GOOD, GOOD_WRONG, NO_FORMAT_RIGHT, GOOD]
    completions = [[{"role": "assistant", "content": t}] for t in texts]
    out = _trl_rewards([rewards.accuracy_reward, rewards.format_reward], inputs, completions)
    assert out.shape == (4, 2)
    assert out[:3].tolist() == [[1.0, 0.5], [0.0, 0.5], [1.0, 0.0]]
    assert torch.isnan(out[3, 0]) and out[3, 1].item() == 0.5  # unparseable gold: accuracy ignored


def test_trl_plain_completions_with_solution_column_and_custom_weights():
    solution = "Adding, $2+2=4$, so the answer is $\\boxed{4}$."
    inputs = [{"prompt": "What is 2+2?", "solution": solution} for _ in range(2)]
    acc, fmt = rewards.make_trl_rewards(RewardConfig(accuracy_weight=2.0, format_weight=1.0))
    assert (acc.__name__, fmt.__name__) == ("accuracy_reward", "format_reward")
    out = _trl_rewards([acc, fmt], inputs, [GOOD, GOOD_WRONG])
    assert out.tolist() == [[2.0, 1.0], [0.0, 1.0]]


def test_trl_format_reward_for_a_template_that_opens_think_in_the_prompt():
    # a DeepSeek-R1-distill template ends the prompt with "<think>\n": TRL's completion holds only what the model
    # generated, so a well-formed one has no opening tag (a `think_answer` check scored every such completion 0)
    inputs = [{"prompt": "<|User|>What is 2+2?<|Assistant|><think>\n", "answer": "4"} for _ in range(3)]
    completions = ["2+2=4\n</think>\n<answer>4</answer>", "<think>x</think><answer>4</answer>", "4"]
    out = _trl_rewards([rewards.accuracy_reward, rewards.format_reward], inputs, completions)
    assert out.tolist() == [[1.0, 0.5], [1.0, 0.0], [1.0, 0.0]]
    plain = [{"prompt": "What is 2+2?", "answer": "4"}]  # a prompt with no <think>: the usual check
    assert _trl_rewards([rewards.format_reward], plain, ["2+2=4\n</think>\n<answer>4</answer>"]).tolist() == [
        [0.0]
    ]
    # the combined reward checks the format the same way
    assert _trl_rewards([rewards.combined_reward], inputs, completions).tolist() == [[1.5], [1.0], [1.0]]
    assert _trl_rewards(
        [rewards.combined_reward], plain, ["2+2=4\n</think>\n<answer>4</answer>"]
    ).tolist() == [[1.0]]


def test_trl_combined_reward_and_choices_column():
    inputs = [{"prompt": "Which?", "answer": "B", "choices": ["3", "4", "5"]} for _ in range(2)] + [
        {"prompt": "Which?", "answer": "", "choices": ["3", "4", "5"]}
    ]
    completions = ["<think>four</think><answer>(B)</answer>", "<think>four</think><answer>C</answer>", GOOD]
    out = _trl_rewards([rewards.combined_reward], inputs, completions)
    assert out[:2, 0].tolist() == [1.5, 0.5] and torch.isnan(out[2, 0])


def test_trl_missing_gold_column_names_it():
    with pytest.raises(KeyError, match="'answer' or 'solution'"):
        rewards.accuracy_reward(completions=["x"], prompts=["p"], question=["q"])


# ---- verl --------------------------------------------------------------------------------------


def _verl_naive(compute, batch, reward_kwargs):
    """NaiveRewardManager's loop: one call per sample, score["score"] at the last response token."""
    fn = partial(compute, **reward_kwargs)
    reward_tensor = torch.zeros(len(batch), 8)
    extra = defaultdict(list)
    for i, item in enumerate(batch):
        extra_info = dict(item.get("extra_info", {}))
        extra_info["num_turns"], extra_info["rollout_reward_scores"] = None, {}
        score = fn(
            data_source=item["data_source"],
            solution_str=item["response"],
            ground_truth=item["reward_model"]["ground_truth"],
            extra_info=extra_info,
        )
        reward_tensor[i, 7] = score["score"] if isinstance(score, dict) else score
        for key, value in score.items():
            extra[key].append(value)
    return reward_tensor, extra


VERL_BATCH = [
    {"data_source": "k12", "response": GOOD, "reward_model": {"ground_truth": "4"}},
    {"data_source": "k12", "response": GOOD_WRONG, "reward_model": {"ground_truth": "4"}},
    {"data_source": "k12", "response": GOOD, "reward_model": {"ground_truth": ""}},
    {
        "data_source": "mathvista",
        "response": "<think>x</think><answer>B</answer>",
        "reward_model": {"ground_truth": "B"},
        "extra_info": {"choices": ["3", "4"]},
    },
]


def test_verl_naive_reward_manager_call():
    tensor, extra = _verl_naive(compute_score, VERL_BATCH, {})
    assert tensor[:, 7].tolist() == [1.5, 0.5, 0.0, 1.5]
    assert extra["acc"] == [1.0, 0.0, 0.0, 1.0] and extra["gold_unparseable"] == [0.0, 0.0, 1.0, 0.0]
    assert extra["pred"][0] == "4" and all(isinstance(p, str) for p in extra["pred"])
    assert len({len(v) for v in extra.values()}) == 1  # the same keys for every sample
    tensor, _ = _verl_naive(compute_score, VERL_BATCH[:1], {"format_weight": 1.0})
    assert tensor[0, 7].item() == 2.0


def test_verl_batch_reward_manager_call_and_pkg_loading():
    from_pkg = importlib.import_module("mmeval.verifiers.rewards").compute_score_batch  # pkg://
    from_file = _load_file_as("mmeval_rewards_by_path", REWARDS_FILE).compute_score_batch  # file path
    extras = [dict(item.get("extra_info", {}), rollout_reward_scores={}) for item in VERL_BATCH]
    for fn in (compute_score_batch, from_pkg, from_file):
        scores = fn(
            data_sources=np.array([b["data_source"] for b in VERL_BATCH], dtype=object),
            solution_strs=[b["response"] for b in VERL_BATCH],
            ground_truths=[b["reward_model"].get("ground_truth") for b in VERL_BATCH],
            extra_infos=np.array(extras, dtype=object),
        )
        assert [s["score"] for s in scores] == [1.5, 0.5, 0.0, 1.5]


# ---- EasyR1 ------------------------------------------------------------------------------------


def _easyr1_inputs():
    return [
        {"response": GOOD, "response_length": 12, "ground_truth": "4"},
        {"response": GOOD_WRONG, "response_length": 12, "ground_truth": "4"},
        {"response": NO_FORMAT_RIGHT, "response_length": 6, "ground_truth": "4"},
    ]


def test_easyr1_batch_reward_function_loaded_from_file():
    module = _load_file_as("custom_reward_fn", REWARDS_FILE)
    assert getattr(module, "REWARD_TYPE", "batch") == "batch"
    reward_fn = partial(module.compute_score, **{"format_weight": 1.0})
    scores = reward_fn(_easyr1_inputs())
    assert [s["overall"] for s in scores] == [2.0, 1.0, 1.0]
    metrics = defaultdict(list)
    for score in scores:
        for key, value in score.items():
            metrics[key].append(value)
    assert {k: float(np.mean(v)) for k, v in metrics.items()}["accuracy"] == pytest.approx(2 / 3)


def test_easyr1_sequential_reward_function(tmp_path):
    path = tmp_path / "mmeval_sequential.py"
    path.write_text('from mmeval.verifiers.rewards import compute_score\nREWARD_TYPE = "sequential"\n')
    module = _load_file_as("custom_reward_fn", path)
    assert module.REWARD_TYPE == "sequential"
    score = partial(module.compute_score)(_easyr1_inputs()[0])
    assert score == {"overall": 1.5, "format": 1.0, "accuracy": 1.0}


# ---- OpenRLHF ----------------------------------------------------------------------------------

QWEN_PROMPT = (
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
    "<|vision_start|><|image_pad|><|vision_end|>What is 2+2? For example, write \\boxed{7}.<|im_end|>\n"
    "<|im_start|>assistant\n"
)


def test_openrlhf_reward_func_loaded_and_called_like_single_turn_executor():
    reward_func = _load_file_as("reward_func", REWARDS_FILE).reward_func
    cases = [(GOOD, "4", 1.5), (GOOD_WRONG, "4", 0.5), (NO_FORMAT_RIGHT, "4", 1.0), (GOOD, "", 0.0)]
    for response, label, expected in cases:
        query = QWEN_PROMPT + response + "<|im_end|>"
        info = _run_in_fresh_event_loop(asyncio.to_thread, reward_func, [query], [QWEN_PROMPT], [label])
        reward, score = info.get("rewards"), info.get("scores")
        assert torch.tensor([reward]).flatten().tolist() == [expected]
        assert 0.0 <= torch.tensor([score]).item() <= 1.0
        for value in (info.get("extra_logs") or {}).values():
            torch.tensor([value.flatten()[0].item()])


def _run_in_fresh_event_loop(coro_fn, *args):
    """asyncio.run in its own thread: the suite's browser tests (playwright's sync API) may leave an
    event loop running in the main thread, where asyncio.run refuses to start."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(coro_fn(*args))).result()


def test_openrlhf_prompt_not_a_prefix_falls_back_to_assistant_turn():
    # The decoded prompt may differ from the prompt string (whitespace, special tokens): the response
    # is then taken after the last assistant header, never from the prompt's own \boxed{7}.
    query = QWEN_PROMPT.replace("\n", " ", 1) + GOOD + "<|im_end|><|endoftext|>"
    info = rewards.reward_func([query, QWEN_PROMPT + "\\boxed{7}"], ["unrelated", QWEN_PROMPT], ["4", "4"])
    assert info["rewards"].tolist() == [1.5, 0.0]
