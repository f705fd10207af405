"""What the engine adapters forward: verl's `extra_info` (choices, answer_type, precision, tolerance), keyword
weights (verl's `reward_kwargs`, EasyR1's and OpenRLHF's kwargs), and what a gold that will not parse
or a missing response earns (0, never 1)."""

from __future__ import annotations

import pytest

from mmeval.verifiers.rewards import compute_score, compute_score_batch, openrlhf_rewards, reward_func

R = "<think>x</think><answer>{}</answer>"
BAD_GOLD = "x" * 2000  # too long to parse: gold_unparseable


def test_verl_extra_info_reaches_the_grader():
    assert compute_score("d", R.format("B"), "4", {"choices": ["3", "4"]})["acc"] == 1.0  # B is "4"
    assert compute_score("d", R.format("B"), "4")["acc"] == 0.0  # without the choices B is not 4
    assert compute_score("d", R.format("3.1"), "3.14159", {"precision": 0.1})["acc"] == 1.0
    assert compute_score("d", R.format("3.1"), "3.14159")["acc"] == 0.0
    with pytest.raises(ValueError, match="answer_type must be one of"):  # forwarded, so checked
        compute_score("d", R.format("3"), "3", {"answer_type": "bogus"})
    assert compute_score("d", R.format("3"), "3", "not a dict")["acc"] == 1.0  # other extra_info ignored


def test_verl_batch_forwards_each_rows_extra_info():
    out = compute_score_batch(["d"] * 3, [R.format("B"), R.format("3.1"), R.format("B")], ["4", "3.14159", "4"],
                              [{"choices": ["3", "4"]}, {"precision": 0.1}, None])  # fmt: skip
    assert [o["acc"] for o in out] == [1.0, 1.0, 0.0]
    with pytest.raises(ValueError, match="answer_type must be one of"):
        compute_score_batch(["d", "d"], ["3", "3"], ["3", "3"], [None, {"answer_type": "bogus"}])
    assert [o["acc"] for o in compute_score_batch(["d", "d"], ["3", "4"], ["3", "3"])] == [1.0, 0.0]


def test_keyword_weights_and_config_override_the_defaults():
    from mmeval.verifiers.rewards import RewardConfig

    assert compute_score("d", R.format("4"), "4")["score"] == 1.5
    assert compute_score("d", R.format("4"), "4", format_weight=1.0)["score"] == 2.0
    assert compute_score("d", R.format("4"), "4", config=RewardConfig(accuracy_weight=3.0))["score"] == 3.5
    assert compute_score_batch(["d"], [R.format("4")], ["4"], format_weight=0.0)[0]["score"] == 1.0
    easyr1 = compute_score([{"response": R.format("4"), "ground_truth": "4"}], format_weight=0.0)
    assert easyr1 == [{"overall": 1.0, "format": 1.0, "accuracy": 1.0}]
    assert reward_func([R.format("4")], [""], ["4"], format_weight=1.0)["rewards"].tolist() == [2.0]


def test_unscorable_samples_earn_zero():
    verl = compute_score("d", R.format("4"), BAD_GOLD)
    assert (verl["score"], verl["acc"], verl["gold_unparseable"], verl["status"]) == (
        0.0,
        0.0,
        1.0,
        "gold_unparseable",
    )
    assert compute_score("d", None, "4")["score"] == 0.0  # no response at all
    easyr1 = compute_score({"response": R.format("4"), "ground_truth": BAD_GOLD})
    assert easyr1 == {"overall": 0.0, "format": 1.0, "accuracy": 0.0}
    (result,) = openrlhf_rewards([([R.format("4"), R.format("4")], ["", ""], [BAD_GOLD, "4"])])
    assert result["rewards"] == [0.0, 1.5] and result["scores"] == [0.0, 1.0]
    assert result["extra_logs"] == {"accuracy_reward": 0.5, "format_reward": 1.0, "gold_unparseable": 0.5}


def test_openrlhf_prompt_that_is_not_text_falls_back_to_the_assistant_turn():
    query = "<|im_start|>user\nq<|im_end|>\n<|im_start|>assistant\n" + R.format("7") + "<|im_end|>"
    (result,) = openrlhf_rewards([([query], [None], ["7"])])
    assert result["rewards"] == [1.5]  # the response after the assistant header, end token stripped
    tensors = reward_func([query], [None], ["7"])
    assert (
        tensors["rewards"].dtype.is_floating_point and tensors["extra_logs"]["accuracy_reward"].item() == 1.0
    )
    with pytest.raises(ValueError, match="lengths differ"):
        openrlhf_rewards([([query, query], [""], ["7"])])


def test_trl_completion_text_reads_every_assistant_turn_and_text_part():
    from mmeval.verifiers.rewards import completion_text

    parts = [{"type": "text", "text": "<think>a</think>"}, {"type": "image"}, {"type": "text", "text": "<answer>"},
             {"type": "text"}, {"type": "text", "text": "4</answer>"}]  # fmt: skip
    conversation = [
        {"role": "tool", "content": "ignored"},
        {"role": "assistant", "content": parts},
        "not a message",
        {"content": " (no role: the assistant's)"},
    ]
    assert completion_text(conversation) == "<think>a</think><answer>4</answer> (no role: the assistant's)"
    assert completion_text({"role": "assistant", "content": "4"}) == "4"
    assert completion_text({"role": "user", "content": "4"}) == "" and completion_text(None) == ""


def test_trl_rewards_read_the_choices_precision_and_answer_type_columns():
    from mmeval.verifiers.rewards import RewardConfig, make_trl_rewards

    accuracy, _ = make_trl_rewards(RewardConfig(accuracy_weight=2.0))
    completions = [[{"role": "assistant", "content": R.format(a)}] for a in ("B", "3.1")]
    golds = ["4", "3.14159"]
    assert accuracy(completions, answer=golds) == [0.0, 0.0]
    assert accuracy(completions, answer=golds, choices=[["3", "4"], None], precision=[None, 0.1]) == [
        2.0,
        2.0,
    ]
    assert accuracy(completions, answer=golds, choices=[["3", "4"]]) == [
        0.0,
        0.0,
    ]  # not one per sample: unused
    with pytest.raises(ValueError, match="answer_type must be one of"):
        accuracy(completions, answer=golds, answer_type=["bogus", None])


def test_a_config_argument_replaces_the_default_everywhere():
    from mmeval.verifiers.rewards import RewardConfig, make_trl_rewards

    config = RewardConfig(accuracy_weight=3.0, format_kind="boxed")
    assert reward_func([R.format("4")], [""], ["4"], config=config)["rewards"].tolist() == [3.0]  # no box
    assert compute_score_batch(["d"], [r"\boxed{4}"], ["4"], config=config)[0]["score"] == 3.5
    assert compute_score("d", r"\boxed{4}", "4", format_kind="boxed")["score"] == 1.5  # a keyword too
    accuracy, fmt = make_trl_rewards(config)
    assert fmt([r"\boxed{4}", R.format("4")], answer=["4", "4"]) == [0.5, 0.0]
    assert accuracy([R.format("4")], answer=[BAD_GOLD]) == [None]  # TRL ignores the sample


def test_trl_gold_column_and_the_missing_column_error():
    from mmeval.verifiers.rewards import RewardConfig, make_trl_rewards

    accuracy, _ = make_trl_rewards(RewardConfig(gold_column="final"))
    assert accuracy([R.format("4")], final=["4"], answer=["5"]) == [1.0]
    default, _ = make_trl_rewards()
    assert default([R.format("4")], solution=["4"]) == [1.0]  # `answer`, else `solution`
    with pytest.raises(KeyError, match=r"got columns \['question'\]"):  # TRL's own arguments not listed
        default([R.format("4")], question=["q"], trainer_state=None, log_extra=None, log_metric=None)


def test_openrlhf_requests_are_answered_each_with_its_own_scores():
    prompt = "PROMPT:"
    query = "system text " + prompt + R.format("6")  # the prompt inside the query, no assistant header
    results = openrlhf_rewards([([query], [prompt], ["6"]), ([query, query], [prompt, prompt], ["6", BAD_GOLD]),
                                ([query], [prompt], ["7"])])  # fmt: skip
    assert [r["rewards"] for r in results] == [[1.5], [1.5, 0.0], [0.5]]
    assert (
        results[1]["extra_logs"]["gold_unparseable"] == 0.5
        and results[0]["extra_logs"]["gold_unparseable"] == 0.0
    )
    assert openrlhf_rewards([([], [], [])]) == [
        {
            "rewards": [],
            "scores": [],
            "extra_logs": {"accuracy_reward": 0.0, "format_reward": 0.0, "gold_unparseable": 0.0},
        }
    ]


def test_a_tolerance_reaches_the_grader_from_every_adapter():
    """OlympiadBench-style absolute tolerances (one number, or one per gold item) from verl's
    `extra_info`, its batch form and TRL's `tolerance` column; without one the same answer earns 0."""
    from mmeval.verifiers.rewards import make_trl_rewards

    answer, gold = R.format("5.3"), "5.2"
    assert compute_score("d", answer, gold, {"tolerance": 0.1})["acc"] == 1.0
    assert compute_score("d", answer, gold)["acc"] == 0.0
    pair = R.format(r"0.001, 7.1 \cdot 10^{35}")
    out = compute_score_batch(["d", "d"], [answer, pair], [gold, r"7 \times 10^{35}, 0.002"],
                              [None, {"tolerance": [1e34, 1e-3]}])  # fmt: skip
    assert [o["acc"] for o in out] == [0.0, 1.0]
    accuracy, _ = make_trl_rewards()
    completions = [[{"role": "assistant", "content": answer}]] * 2
    assert accuracy(completions, answer=[gold, gold], tolerance=[0.1, None]) == [1.0, 0.0]
