"""A reply that takes its first answer back and states another (form `self_corrections`; the `corrections` family of
scripts/frame_probes.py): the second answer, never the first. Built replies, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.answer import drop_closers

CHOICES = ["30°", "45°", "60°", "90°"]


def test_a_signed_answer_taken_back_for_its_opposite():
    reply = "The answer is -2. Wait, actually it is 2."
    assert grade("2", reply).correct
    assert not grade("-2", reply).correct
    assert grade("-2", "The answer is 2. Wait, actually it is -2.").correct


@pytest.mark.parametrize(
    "reply",
    [
        "Answer: 15. (I previously wrote 12 by mistake.)",
        "So the total is 15. (I previously wrote 12 by mistake.)",
    ],
)
def test_a_bracketed_remark_about_a_value_written_by_mistake_is_no_answer(reply):
    assert grade("15", reply).correct
    assert not grade("12", reply).correct


def test_a_bracketed_sentence_after_the_labelled_answer_is_no_part_of_it():
    assert grade("15", "Answer: 15. (This uses 12 rows.)").correct
    assert not grade("12", "Answer: 15. (This uses 12 rows.)").correct


def test_a_bracketed_remark_is_dropped_only_when_it_is_about_a_mistake():
    assert drop_closers("So the total is 15. (I previously wrote 12 by mistake.)") == "So the total is 15."
    assert drop_closers("So the total is 15. (The total is 15.)") == "So the total is 15. (The total is 15.)"


@pytest.mark.parametrize(
    "reply",
    [
        "The answer is (B). Wait, actually it is (C).",
        "I first got (B), but rechecking gives (C).",
        "It might look like (B), but it is actually (C).",
        "At first glance (B), but on closer inspection, (C).",
        "So x = (B)... hmm, let me recompute. x = (C).",
        "(B)? No, it's (C).",
        "B? No, it's C.",
    ],
)
def test_an_option_taken_back_on_its_line_for_another(reply):
    assert grade("C", reply, choices=CHOICES).correct
    assert not grade("B", reply, choices=CHOICES).correct


def test_an_option_after_a_remark_about_a_mistaken_option():
    reply = "So the result is (C). (I previously wrote (B) by mistake.)"
    assert grade("C", reply, choices=CHOICES).correct
    assert not grade("B", reply, choices=CHOICES).correct


def test_a_take_back_word_with_no_option_after_it_changes_nothing():
    assert grade("B", "The answer is B, no doubt.", choices=CHOICES).correct
    assert grade("B", "Looking at the figure, (B) fits. No other option works.", choices=CHOICES).correct
    assert grade("B", "So (B) fits best. Hmm, that seems right.", choices=CHOICES).correct
    assert grade("B", "(B) rather than (C).", choices=CHOICES).correct


def test_an_option_denied_in_brackets_after_the_chosen_one():
    assert grade("C", "The answer is C (not B).", choices=CHOICES).correct
    assert not grade("B", "The answer is C (not B).", choices=CHOICES).correct


def test_no_after_an_option_letter_is_that_options_text_not_a_take_back():
    # ("No" takes an option back only after a question it answers: "(B)? No, it's (C).")
    for reply in (
        "B. No. The ground is not covered with weeds.",
        "B. No, the dark red bar is not the minimum value in this chart. The minimum value belongs to the yellow bar.",
        "B. No. The ground is not covered with weeds; instead, it has bushes and flowers all around the bench.",
    ):
        assert grade("B", reply, choices=["Yes", "No"]).correct, reply
        assert not grade("A", reply, choices=["Yes", "No"]).correct, reply


@pytest.mark.parametrize(
    "reply",
    [
        "B because A is too small? No, it's C.",
        "B as shown in the image? No, C.",
        "B over A? No: C.",
    ],
)
def test_a_letter_and_its_reason_taken_back_by_a_no(reply):
    # (the letter and its reason had been read, B: a decided accept of the answer the reply takes back)
    options = ["30°", "45°", "60°", "90°"]
    assert grade("C", reply, choices=options).correct
    assert not grade("B", reply, choices=options).correct


@pytest.mark.parametrize(
    "reply",
    [
        "12 because 3 × 4 = 12? No, it's 15.",
        "12, since there are 3 rows of 4? No: 15.",
        "12 because the others are too small? No, it's 15.",
    ],
)
def test_a_value_and_its_reason_taken_back_by_a_no(reply):
    # (the first two had been read as 12, "a value, then its reason": a decided accept of the value taken back)
    assert grade("15", reply).correct
    assert not grade("12", reply).correct


@pytest.mark.parametrize("reply", ["(B)... no wait, (C).", "B — scratch that, C.", "B. No wait, C."])
def test_a_letter_taken_back_after_an_ellipsis_or_a_dash(reply):
    # ("(B)... no wait, (C)." had been read as B; "B — scratch that, C." as the list "B, C")
    options = ["30°", "45°", "60°", "90°"]
    assert grade("C", reply, choices=options).correct
    assert not grade("B", reply, choices=options).correct
