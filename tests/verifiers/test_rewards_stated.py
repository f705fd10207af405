"""Behaviours of the reward adapters that mutation testing found unstated (docs/mutation.md): each test
names one, and fails when it is changed."""

from __future__ import annotations

from mmeval.verifiers import GradeConfig
from mmeval.verifiers.rewards import (
    RewardConfig,
    completion_text,
    compute_score,
    compute_score_batch,
    make_trl_rewards,
    reward_func,
    score_responses,
)

RIGHT = "<think>2+2</think><answer>4</answer>"
NO_ANSWER = "<think>hmm</think><answer></answer>"
SLOW_SAME = r"<think>x</think><answer>\boxed{\frac{8}{2}}</answer>"


def test_a_response_that_is_not_text_is_graded_as_its_text():
    # verl passes strings; a caller passing a number gets it read as its text, not as "None"
    scores = score_responses([4, 5], ["4", "4"])
    assert [s["accuracy"] for s in scores] == [1.0, 0.0]
    assert scores[0]["extracted"] == "4"


def test_the_grade_config_reaches_the_grader_one_pair_and_many():
    # a caps setting that refuses every answer longer than 3 characters shows where the config goes
    tight = RewardConfig(grade=GradeConfig(max_answer_chars=3))
    long_gold = "12345"
    one = score_responses([f"<answer>{long_gold}</answer>"], [long_gold], config=tight)[0]
    many = score_responses([f"<answer>{long_gold}</answer>"] * 2, [long_gold] * 2, config=tight)
    assert one["status"] == "gold_unparseable" and one["accuracy"] is None
    assert [s["status"] for s in many] == ["gold_unparseable"] * 2
    assert score_responses([f"<answer>{long_gold}</answer>"], [long_gold])[0]["status"] == "correct"


def test_trl_rewards_grade_under_their_configs_grade_settings():
    tight = RewardConfig(grade=GradeConfig(max_answer_chars=3))
    accuracy_reward, _ = make_trl_rewards(tight)
    assert accuracy_reward(["<answer>12345</answer>"], answer=["12345"]) == [None]  # gold refused: ignored
    default_accuracy, _ = make_trl_rewards()
    assert default_accuracy(["<answer>12345</answer>"], answer=["12345"]) == [1.0]


def test_openrlhf_scores_are_the_accuracy_under_the_scores_key():
    query = "<|im_start|>assistant\n" + RIGHT + "<|im_end|>"
    out = reward_func([query, query], ["", ""], ["4", "5"])
    assert [float(x) for x in out["scores"]] == [1.0, 0.0]  # OpenRLHF's dynamic filter reads "scores"
    assert [float(x) for x in out["rewards"]] == [1.5, 0.5]


def test_accuracy_weight_as_a_keyword_is_applied():
    # verl's reward_kwargs / EasyR1's reward_function_kwargs may set either weight by name
    assert compute_score("src", RIGHT, "4", None, accuracy_weight=2.0)["score"] == 2.5
    assert compute_score_batch(["s"], [RIGHT], ["4"], accuracy_weight=3.0)[0]["score"] == 3.5
    assert (
        reward_func(["<|im_start|>assistant\n" + RIGHT], [""], ["4"], accuracy_weight=0.0)["rewards"][0]
        == 0.5
    )


def test_verl_dict_carries_the_format_score_and_an_empty_prediction():
    good = compute_score("src", RIGHT, "4", None)
    bad_format = compute_score("src", "the answer is 4", "4", None)
    assert good["format"] == 1.0 and bad_format["format"] == 0.0  # verl averages "format" as a metric
    assert compute_score("src", NO_ANSWER, "4", None)["pred"] == ""  # no answer: an empty prediction


def test_completion_text_joins_text_parts_across_assistant_turns():
    completion = [
        {"role": "assistant", "content": [{"type": "text", "text": "<think>2+2"}]},
        {"role": "user", "content": "go on"},
        {"role": "assistant", "content": [{"type": "text", "text": "</think>"}, {"type": "image"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "<answer>4</answer>"}, "stray"]},
    ]
    assert completion_text(completion) == "<think>2+2</think><answer>4</answer>"


def test_openrlhf_response_after_the_last_copy_of_the_prompt():
    # no assistant header and the prompt text occurs twice: the response follows the last occurrence
    prompt = "Q: 2+2?"
    query = f"system: {prompt} user: {prompt}<think>4</think><answer>4</answer>"
    out = reward_func([query], [prompt], ["4"])
    assert [float(x) for x in out["rewards"]] == [1.5]  # after the first copy the format check would fail
