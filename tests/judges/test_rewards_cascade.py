"""The cascade as an RL reward, called the way TRL 1.16 calls it (the real `GRPOTrainer._calculate_rewards`,
which awaits async reward functions on its daemon event loop) and the way verl awaits `compute_score`."""

from __future__ import annotations

import asyncio
import hashlib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest

from mmeval.judges import ChatJudge, ReplyCache
from mmeval.judges.prompts import verifier_prompt
from mmeval.judges.rewards import cascade_accuracy_reward, compute_score
from mmeval.verifiers.rewards import format_reward

QUESTION = "What is 2+2?"
RIGHT = "<think>2+2</think><answer>\\boxed{4}</answer>"  # the rules accept it: never sent
IN_WORDS = "<think>two and two</think><answer>a quartet</answer>"  # words no rule reads: the judge decides
WRONG = "<think>2+3</think><answer>5</answer>"  # the rules reject it; the judge agrees


def _table(replies: dict[str, str]) -> dict[str, str]:
    item = SimpleNamespace(question=QUESTION, gold="4", choices=None, meta={}, answer_type=None)
    return {
        hashlib.sha256(verifier_prompt("rl", item, r).encode()).hexdigest(): v for r, v in replies.items()
    }


def _trl(reward_funcs, completions):
    from accelerate import Accelerator
    from transformers import TrainerState
    from trl import GRPOTrainer
    from trl.trainer.utils import shutdown_event_loop_in_daemon, start_event_loop_in_daemon

    thread, loop, ready = start_event_loop_in_daemon(name="test-rewards")
    ready.wait()
    logged = defaultdict(list)
    stand_in = SimpleNamespace(
        accelerator=Accelerator(cpu=True), state=TrainerState(), args=SimpleNamespace(report_to=[]),
        reward_funcs=reward_funcs, reward_processing_classes=[None] * len(reward_funcs),
        reward_func_names=[f.__name__ for f in reward_funcs], environments=None, async_loop=loop,
        _log_completion_extra=lambda column, values: None,
        _log_metric=lambda name, value: logged[name].append(value),
    )  # fmt: skip
    inputs = [{"prompt": QUESTION, "answer": "4"} for _ in completions]
    try:
        out = GRPOTrainer._calculate_rewards(stand_in, inputs, [QUESTION] * len(completions), completions,
                                             [[1, 2]] * len(completions))  # fmt: skip
    finally:
        shutdown_event_loop_in_daemon(thread, loop)
    return out.tolist(), logged


@pytest.mark.parametrize("judge_says", ["correct", "incorrect"])
def test_trl_awaits_the_cascade_and_the_judge_decides_rejected_samples(tmp_path, replay_judge, judge_says):
    server, url, counter = replay_judge.serve(_table({IN_WORDS: judge_says, WRONG: "incorrect"}))
    try:
        reward = cascade_accuracy_reward(ChatJudge(url, "replay", max_retries=0), ReplyCache(tmp_path))
        rewards, logged = _trl([reward, format_reward], [RIGHT, IN_WORDS, WRONG])
    finally:
        server.shutdown()
    words = 1.0 if judge_says == "correct" else 0.0
    assert rewards == [[1.0, 0.5], [words, 0.5], [0.0, 0.5]]
    assert counter["requests"] == 2  # the accepted sample never reached the judge
    assert logged["cascade/judged_fraction"] == [pytest.approx(2 / 3)] and logged["cascade/judge_errors"] == [
        0.0
    ]


def test_a_judge_that_is_down_leaves_the_rules_verdict(tmp_path):
    judge = ChatJudge("http://127.0.0.1:9/v1", "m", max_retries=0, timeout_s=2)
    rewards, logged = _trl([cascade_accuracy_reward(judge), format_reward], [RIGHT, IN_WORDS])
    assert rewards == [[1.0, 0.5], [0.0, 0.5]] and logged["cascade/judge_errors"] == [1.0]


def test_verl_awaits_compute_score(tmp_path, replay_judge):
    server, url, _ = replay_judge.serve(_table({IN_WORDS: "correct"}))
    try:
        kw = {"judge_url": url, "judge_model": "replay", "judge_cache": str(tmp_path)}
        extra = {"question": QUESTION}
        judged = asyncio.run(compute_score("mathvista", IN_WORDS, "4", extra, **kw))
        ruled = asyncio.run(compute_score("mathvista", RIGHT, "4", extra, **kw))
    finally:
        server.shutdown()
    assert (judged["acc"], judged["decided_by"], judged["score"]) == (1.0, "judge", 1.5)
    assert (ruled["acc"], ruled["decided_by"]) == (1.0, "rules")


def test_verls_reward_loop_awaits_the_cascade(tiny_model_dir, tmp_path, replay_judge):
    """verl 0.9's own reward loop (`RewardLoopWorker`, naive manager: it awaits a coroutine
    `compute_score`) loads `pkg://mmeval.judges.rewards` and scores a rollout batch through the judge."""
    verl = pytest.importorskip("verl")
    import numpy as np
    import torch
    from omegaconf import OmegaConf
    from transformers import AutoTokenizer
    from verl.experimental.reward_loop import RewardLoopWorker

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    texts = [RIGHT, IN_WORDS, WRONG]
    prompt = tok("What is 2+2?", add_special_tokens=False)["input_ids"]
    resp = [tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    width = max(map(len, resp))
    responses = torch.tensor([r + [0] * (width - len(r)) for r in resp])
    prompts = torch.tensor([prompt] * len(texts))
    mask = torch.tensor([[1] * len(prompt) + [1] * len(r) + [0] * (width - len(r)) for r in resp])
    data = verl.DataProto.from_dict(
        tensors={"prompts": prompts, "responses": responses, "input_ids": torch.cat([prompts, responses], 1),
                 "attention_mask": mask, "response_mask": mask[:, len(prompt):]},
        non_tensors={"data_source": np.array(["k12"] * 3, dtype=object),
                     "reward_model": np.array([{"ground_truth": "4", "style": "rule"}] * 3, dtype=object),
                     "extra_info": np.array([{"question": QUESTION} for _ in texts], dtype=object)},
    )  # fmt: skip
    server, url, counter = replay_judge.serve(_table({IN_WORDS: "correct", WRONG: "incorrect"}))
    kwargs = {"judge_url": url, "judge_model": "replay", "judge_cache": str(tmp_path)}
    config = OmegaConf.create({
        "actor_rollout_ref": {"model": {"path": str(tiny_model_dir), "tokenizer_path": None}},
        "reward": {"num_workers": 1, "reward_model": {"enable": False}, "sandbox_fusion": None,
                   "custom_reward_function": {"path": "pkg://mmeval.judges.rewards", "name": "compute_score",
                                              "reward_kwargs": kwargs},
                   "reward_manager": {"source": "register", "name": "naive",
                                      "module": {"path": None, "name": "custom_reward_manager"}}},
    })  # fmt: skip

    async def score():
        return await RewardLoopWorker(config).compute_score_batch(data)

    try:
        with ThreadPoolExecutor(max_workers=1) as pool:  # a fresh event loop, as a worker actor has
            outputs = pool.submit(lambda: asyncio.run(score())).result()
    finally:
        server.shutdown()
    assert [o["reward_score"] for o in outputs] == [1.5, 1.5, 0.5]  # "four" accepted by the judge
    assert [o["reward_extra_info"]["decided_by"] for o in outputs] == ["rules", "judge", "judge"]
    assert counter["requests"] == 2
