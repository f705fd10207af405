"""What wraps an answer and is no part of it (form `answer_wrappings`): typeset quotation marks, a pictograph after it,
a fenced block of text after an answer label, a numbered question the reply makes up after answering."""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.normalize import clean_answer


@pytest.mark.parametrize("quoted", ["“12”", "«12»", "‘12’", "„12“", "「12」"])
def test_typeset_quotation_marks_are_no_part_of_the_answer(quoted):
    # (each had left the answer unparseable)
    assert clean_answer(quoted) == "12"
    assert grade("12", f"The answer is {quoted}.").correct
    assert not grade("13", f"The answer is {quoted}.").correct


@pytest.mark.parametrize(
    "reply", ["The answer is 12 🎉", "12 ✔", "Final answer: 12✅", "The answer is 12 👍🏽"]
)
def test_a_pictograph_after_the_answer_is_no_part_of_it(reply):
    assert grade("12", reply).correct
    assert not grade("13", reply).correct


def test_a_dingbat_digit_is_kept():
    assert clean_answer("❶") == "❶"  # (a circled digit: a number, not a pictograph)


@pytest.mark.parametrize("fence", ["```\n12\n```", "```text\n12\n```", "\n```\n12\n```"])
def test_a_fenced_block_of_text_after_an_answer_label_is_the_answer(fence):
    reply = f"Answer:\n{fence}"
    assert grade("12", reply).correct  # (it had been the fence's backticks, unparseable)
    assert not grade("13", reply).correct


def test_a_fenced_program_after_an_answer_label_is_no_answer():
    assert not grade("12", "Answer:\n```python\nx = 12\n```").correct  # (mmeval never runs model code)


@pytest.mark.parametrize("marker", ["Question 2:", "Q3:", "Question #4:"])
def test_a_numbered_question_made_up_after_the_answer_is_cut_off(marker):
    reply = f"The answer is 12.\n\n{marker} what is 3 + 4?\nAnswer: 7"
    assert grade("12", reply).correct
    assert not grade(
        "7", reply
    ).correct  # (the made-up question's answer had been read: a decided accept for 7)
