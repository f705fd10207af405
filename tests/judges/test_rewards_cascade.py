"""The cascade as an RL reward, called the way TRL 1.16 calls it (the real `GRPOTrainer._calculate_rewards`,
which awaits async reward functions on its daemon event loop) and the way verl awaits `compute_score`."""

from __future__ import annotations

import asyncio
import hashlib
from collections import defaultdict
from types import SimpleNamespace

import pytest

from mmeval.judges import ChatJudge, ReplyCache
from mmeval.judges.prompts import verifier_prompt
from mmeval.judges.rewards import cascade_accuracy_reward, compute_score
from mmeval.verifiers.rewards import format_reward

QUESTION = "What is 2+2?"
RIGHT = "<think>2+2</think><answer>\\boxed{4}</answer>"  # the rules accept it: never sent
IN_WORDS = "<think>two and two</think><answer>four</answer>"  # the rules reject it: the judge decides
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
