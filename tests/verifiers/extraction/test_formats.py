"""Format checks: score and reason for each kind."""

import pytest

from mmeval.verifiers import check_format


@pytest.mark.parametrize(
    ("response", "score"),
    [
        ("<think>2+2=4</think><answer>4</answer>", 1.0),
        ("<think>a</think>\n<answer>\\boxed{4}</answer>\n", 1.0),
        ("<answer>4</answer>", 0.0),
        ("<think>a</think><think>b</think><answer>4</answer>", 0.0),
        ("<answer>4</answer><think>a</think>", 0.0),
        ("<think>a</think><answer>4</answer> trailing", 0.0),
        ("<think>a</think><answer> </answer>", 0.0),
        ("no tags", 0.0),
    ],
)
def test_think_answer(response, score):
    out = check_format(response)
    assert out.score == score and out.reason


@pytest.mark.parametrize(
    ("response", "score"),
    [
        ("2+2=4\n</think>\n<answer>4</answer>", 1.0),  # continues the <think> the prompt opened
        ("<think>2+2=4</think><answer>4</answer>", 0.0),  # a second <think>
        ("2+2=4</think>", 0.0),  # no answer block
        ("<answer>4</answer>", 0.0),  # the thinking never closed
    ],
)
def test_think_prefilled(response, score):
    out = check_format(response, kind="think_prefilled")
    assert out.score == score and out.reason
    if response.startswith(
        "<think>"
    ):  # the reason says what is wrong: the prompt had opened the block already
        assert "opens another" in out.reason


def test_boxed_single():
    assert check_format(r"so \boxed{1}", kind="boxed").score == 1.0
    assert check_format(r"\boxed{1} \boxed{2}", kind="boxed").score == 0.0
    assert check_format("1", kind="boxed").score == 0.0


def test_length_budget():
    assert check_format("x" * 10, kind="length", max_chars=10).score == 1.0
    assert check_format("x" * 15, kind="length", max_chars=10).score == 0.5
    assert check_format("x" * 30, kind="length", max_chars=10).score == 0.0
    with pytest.raises(ValueError):
        check_format("x", kind="length")


def test_language():
    assert check_format("<answer>答案是四</answer>", kind="language", language="zh").score == 1.0
    assert check_format("<answer>the answer is four</answer>", kind="language", language="zh").score == 0.0
    assert check_format("<answer>$x^2$</answer>", kind="language", language="en").score == 1.0


def test_unknown_kind_and_non_string():
    with pytest.raises(ValueError):
        check_format("x", kind="nope")
    assert check_format(None).score == 0.0  # type: ignore[arg-type]
