"""What a dataset's gold may look like when it reaches the reward: a string, a worked solution with a
boxed answer, a one-element or several-element list (OlympiadBench `final_answer`), a number, nothing."""

from __future__ import annotations

import pytest

from mmeval.verifiers.rewards import RewardConfig, score_response, score_responses

RIGHT = "<think>...</think><answer>{}</answer>"


@pytest.mark.parametrize(
    ("gold", "answer", "status"),
    [
        ("12", "12", "correct"),
        (["12"], "12", "correct"),  # a one-element list is its element
        (("12",), "12", "correct"),
        (["3", "4"], "3, 4", "correct"),  # several answers are joined with ", "
        (["3", "4"], "3", "incorrect"),
        ([3, 4], "3, 4", "correct"),
        (12, "12", "correct"),  # numbers become their text
        (0.5, "1/2", "correct"),
        (
            r"The sides add up, so the answer is $\boxed{7}$.",
            "7",
            "correct",
        ),  # a worked solution's boxed answer
        (r"We get \fbox{7} in the end.", "7", "correct"),
    ],
)
def test_gold_forms(gold, answer, status):
    assert score_response(RIGHT.format(answer), gold)["status"] == status


def test_missing_gold_is_never_rewarded():
    scored = score_response(RIGHT.format("0"), None)
    assert scored["status"] == "gold_unparseable" and scored["accuracy"] is None and scored["overall"] is None


def test_scores_carry_the_verdict_and_both_parts():
    config = RewardConfig(accuracy_weight=2.0, format_weight=0.25)
    right, wrong = score_responses([RIGHT.format("5"), "5 or 6"], ["5", "6"], config=config)
    assert (right["accuracy"], right["format"], right["overall"]) == (1.0, 1.0, 2.25)
    assert right["extracted"] == "5" and right["rule"] and right["reason"] is not None
    assert wrong["format"] == 0.0 and wrong["format_reason"] and wrong["overall"] == 2.0 * wrong["accuracy"]
    with pytest.raises(ValueError, match="2 responses but 1 golds"):
        score_responses(["1", "2"], ["1"])
