"""mmeval's reward adapters called by the RL engines' own code (installed from PyPI, run on CPU).

- verl 0.9.1 (`pip install --no-deps verl`, see the README): the reward path its PPO trainer runs.
  `RewardLoopWorker` (what each of `RewardLoopManager`'s Ray actors is) loads `compute_score` from
  `custom_reward_function.path` with verl's own loader, its reward-loop `NaiveRewardManager` scores a
  real `DataProto` batch (token ids decoded by a real tokenizer), and `assemble_rm_scores` places the
  rewards at each response's last token. The legacy `verl.workers.reward_manager` `NaiveRewardManager`
  and `BatchRewardManager` (`compute_score_batch`) run on the same batch.
- OpenRLHF 0.11.2 (`pip install --no-deps openrlhf`): its `SingleTurnAgentExecutor.execute` with
  `--remote_rm_url` pointing at a real `mmeval serve-rewards` process (OpenRLHF's aiohttp client), and
  at `rewards.py` (its file loader + `reward_func`). Only generation is a stand-in (a scripted engine
  in place of vLLM); decoding, the request and the reward bookkeeping are OpenRLHF's.
- EasyR1 is not on PyPI (it installs from its repository, as a package also named `verl`), so it is not
  run here; `tests/verifiers/test_rewards.py` calls the adapter the way EasyR1's documentation says
  its reward loader does (file loaded as a module, `REWARD_TYPE`, `partial(fn, **kwargs)(inputs)`).

TRL's `GRPOTrainer` is covered in `tests/verifiers/test_rewards.py` and `test_train_e2e.py`.
Where an engine is missing the tests skip, except in CI (`CI=true`), where they fail.
"""

from __future__ import annotations

import asyncio
import importlib
import os
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import numpy as np
import pytest

import mmeval.verifiers.rewards as rewards

REWARDS_FILE = rewards.__file__
GOOD = "<think>2 plus 2 is 4.</think><answer>4</answer>"
GOOD_WRONG = "<think>2 plus 2 is 5.</think><answer>5</answer>"
NO_FORMAT_RIGHT = "The answer is \\boxed{4}."
PROMPT = "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n"

# (response, ground truth, data source, extra_info) -> verl's `score` (instruct weights)
SAMPLES = [
    (GOOD, "4", "k12", {}),
    (GOOD_WRONG, "4", "k12", {}),
    (NO_FORMAT_RIGHT, "4", "k12", {}),
    (GOOD, "", "k12", {}),  # a gold that does not parse: 0, never 1
    ("<think>x</think><answer>B</answer>", "B", "mathvista", {"choices": ["3", "4"]}),
]
EXPECTED = [1.5, 0.5, 1.0, 0.0, 1.5]


def engine(module: str):
    """Import an engine module; skip when it is not installed, except in CI where that is a failure."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{module} is not installed in CI ({exc}); see .ci/run")
        pytest.skip(f"{module} not installed ({exc}); pip install --no-deps verl openrlhf (README)")


def run_async(coro_fn, *args):
    """asyncio.run in a thread of its own (another test may leave a loop running in the main thread)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(coro_fn(*args))).result()


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def make_dataproto(tokenizer, samples=SAMPLES):
    """A rollout batch as verl's trainer builds it: left-padded prompts, right-padded responses,
    attention/response masks, and the dataset's non-tensor columns."""
    engine("verl")
    import torch
    from verl import DataProto

    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    prompt_ids = [tokenizer(PROMPT, add_special_tokens=False)["input_ids"] for _ in samples]
    response_ids = [tokenizer(s[0] + "<|im_end|>", add_special_tokens=False)["input_ids"] for s in samples]
    plen, rlen = max(map(len, prompt_ids)), max(map(len, response_ids)) + 3  # room for padding
    prompts = torch.full((len(samples), plen), pad)
    responses = torch.full((len(samples), rlen), pad)
    attention = torch.zeros((len(samples), plen + rlen), dtype=torch.long)
    for i, (p, r) in enumerate(zip(prompt_ids, response_ids, strict=True)):
        prompts[i, plen - len(p) :] = torch.tensor(p)
        responses[i, : len(r)] = torch.tensor(r)
        attention[i, plen - len(p) : plen + len(r)] = 1
    data = DataProto.from_dict(
        tensors={
            "prompts": prompts,
            "responses": responses,
            "input_ids": torch.cat([prompts, responses], dim=1),
            "attention_mask": attention,
            "response_mask": attention[:, plen:],
        },
        non_tensors={
            "data_source": np.array([s[2] for s in samples], dtype=object),
            "reward_model": np.array(
                [{"ground_truth": s[1], "style": "rule"} for s in samples], dtype=object
            ),
            "extra_info": np.array([dict(s[3]) for s in samples], dtype=object),
        },
    )
    return data, [len(r) for r in response_ids]


def rewards_at_last_token(tensor, lengths) -> list[float]:
    return [round(float(tensor[i, n - 1]), 6) for i, n in enumerate(lengths)]


def verl_config(tiny_model_dir, path: str, name: str = "compute_score", reward_kwargs: dict | None = None):
    from omegaconf import OmegaConf

    return OmegaConf.create(
        {
            "actor_rollout_ref": {"model": {"path": str(tiny_model_dir), "tokenizer_path": None}},
            "reward": {
                "num_workers": 1,
                "custom_reward_function": {"path": path, "name": name, "reward_kwargs": reward_kwargs or {}},
                "reward_manager": {
                    "source": "register",
                    "name": "naive",
                    "module": {"path": None, "name": "custom_reward_manager"},
                },
                "reward_model": {"enable": False},
                "sandbox_fusion": None,
            },
        }
    )


# ---- verl ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path_form", ["file", "pkg"])
def test_verl_reward_loop_worker_scores_a_dataproto(tiny_model_dir, tokenizer, path_form):
    engine("verl")
    from verl.experimental.reward_loop import RewardLoopWorker
    from verl.experimental.reward_loop.reward_manager import get_reward_manager_cls

    path = REWARDS_FILE if path_form == "file" else "pkg://mmeval.verifiers.rewards"
    config = verl_config(tiny_model_dir, path)
    data, lengths = make_dataproto(tokenizer)

    async def score():  # as a RewardLoopWorker actor does: built and called in its event loop
        worker = RewardLoopWorker(config)
        return await worker.compute_score_batch(data)

    outputs = run_async(score)
    scores = [out["reward_score"] for out in outputs]
    assert scores == EXPECTED
    rm_scores = get_reward_manager_cls("naive").assemble_rm_scores(data, scores)
    assert rewards_at_last_token(rm_scores, lengths) == EXPECTED
    assert float(rm_scores.sum()) == pytest.approx(sum(EXPECTED))  # nothing anywhere else
    info = [out["reward_extra_info"] for out in outputs]
    assert [i["acc"] for i in info] == [1.0, 0.0, 1.0, 0.0, 1.0]
    assert [i["gold_unparseable"] for i in info] == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert info[0]["pred"] == "4" and info[0]["status"] == "correct"
    # verl stacks each extra key into a numpy column: the keys must be the same for every sample
    assert len({tuple(sorted(i)) for i in info}) == 1


def test_verl_reward_kwargs_reach_the_reward(tiny_model_dir, tokenizer):
    engine("verl")
    from verl.experimental.reward_loop import RewardLoopWorker

    config = verl_config(tiny_model_dir, REWARDS_FILE, reward_kwargs={"format_weight": 1.0})
    data, _ = make_dataproto(tokenizer, SAMPLES[:3])

    async def score():
        return await RewardLoopWorker(config).compute_score_batch(data)

    assert [out["reward_score"] for out in run_async(score)] == [2.0, 1.0, 1.0]  # pretrained weights


def test_verl_legacy_reward_managers_score_a_dataproto(tiny_model_dir, tokenizer):
    engine("verl")
    from verl.trainer.ppo.reward import get_custom_reward_fn
    from verl.workers.reward_manager import BatchRewardManager, NaiveRewardManager

    data, lengths = make_dataproto(tokenizer)
    naive = NaiveRewardManager(
        tokenizer,
        num_examine=0,
        compute_score=get_custom_reward_fn(verl_config(tiny_model_dir, REWARDS_FILE)),
    )
    out = naive(data, return_dict=True)
    assert rewards_at_last_token(out["reward_tensor"], lengths) == EXPECTED
    assert out["reward_extra_info"]["acc"] == [1.0, 0.0, 1.0, 0.0, 1.0]

    batch_fn = get_custom_reward_fn(verl_config(tiny_model_dir, REWARDS_FILE, "compute_score_batch"))
    batch = BatchRewardManager(tokenizer, num_examine=0, compute_score=batch_fn)
    out = batch(data, return_dict=True)
    assert rewards_at_last_token(out["reward_tensor"], lengths) == EXPECTED
    assert out["reward_extra_info"]["gold_unparseable"] == [0.0, 0.0, 0.0, 1.0, 0.0]


# ---- OpenRLHF ------------------------------------------------------------------------------------


class ScriptedEngine:
    """Stands in for OpenRLHF's vLLM engine: `generate` returns the token ids of a fixed response."""

    def __init__(self, tokenizer, response: str):
        self.token_ids = tokenizer(response + "<|im_end|>", add_special_tokens=False)["input_ids"]

    async def generate(self, prompt_token_ids, sampling_params, multi_modal_data=None):
        output = SimpleNamespace(token_ids=list(self.token_ids), finish_reason="stop", logprobs=None)
        return SimpleNamespace(outputs=[output])


def openrlhf_rollouts(remote_rm_url: str, tokenizer, cases) -> list[dict]:
    agent = engine("openrlhf.utils.agent")
    executor = agent.SingleTurnAgentExecutor(remote_rm_url=remote_rm_url)
    params = SimpleNamespace(max_tokens=128, logprobs=None)

    async def rollouts():
        return [
            await executor.execute(PROMPT, label, params, 512, tokenizer, ScriptedEngine(tokenizer, response))
            for response, label in cases
        ]

    return run_async(rollouts)


OPENRLHF_CASES = [(GOOD, "4"), (GOOD_WRONG, "4"), (NO_FORMAT_RIGHT, "4"), (GOOD, "")]


def as_float(value) -> float:
    return float(value.flatten()[0]) if hasattr(value, "flatten") else float(value[0])


@pytest.mark.slow
def test_openrlhf_executor_gets_rewards_from_serve_rewards(tmp_path, tokenizer):
    engine("openrlhf.utils.agent")
    from reward_server_proc import start_server

    server = start_server(tmp_path, "--workers", "1", token=None)  # OpenRLHF's client sends no token
    try:
        outputs = openrlhf_rollouts(f"http://127.0.0.1:{server.port}/get_reward", tokenizer, OPENRLHF_CASES)
    finally:
        server.stop()
    assert [as_float(o["reward"]) for o in outputs] == [1.5, 0.5, 1.0, 0.0]
    assert [as_float(o["scores"]) for o in outputs] == [1.0, 0.0, 1.0, 0.0]
    assert outputs[3]["extra_logs"]["gold_unparseable"] == 1.0
    assert "torch" not in server.modules()


def test_openrlhf_executor_loads_the_rewards_file(tokenizer):
    outputs = openrlhf_rollouts(REWARDS_FILE, tokenizer, OPENRLHF_CASES)
    assert [as_float(o["reward"]) for o in outputs] == [1.5, 0.5, 1.0, 0.0]
    assert [as_float(o["scores"]) for o in outputs] == [1.0, 0.0, 1.0, 0.0]
    assert as_float(outputs[0]["extra_logs"]["accuracy_reward"]) == 1.0
