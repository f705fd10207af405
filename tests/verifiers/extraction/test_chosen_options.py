"""An option chosen in the first person ("I'd go with C ...", "I think it's B ...") or named the best fit ("D is the
best match ..."), then its reason, its source or the option it is preferred to.

Found by the `chosen_options` family of `scripts/frame_probes.py` (stop 57: 102 of 1,000 built replies broke a check
on stop 56's rules); none comes from a labelled row. The form is `chosen_options`
(`mmeval.verifiers.testing.forms_extraction`).
"""

from __future__ import annotations

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.choices import letter_with_reason

_OPTIONS = ["2", "4", "6", "8"]


@pytest.mark.parametrize(
    "reply",
    [
        "I choose B as shown in the image.",
        "I would choose B because it matches the figure.",
        "I pick (B) since the others do not fit.",
        "I select option B based on the diagram.",
        "I think it's B, since the others do not fit.",
        "My choice is B rather than 6.",
        "Looking at the image, I'd say B because it matches the figure.",
    ],
)
def test_a_first_person_choice_then_its_reason_is_that_option(reply):
    """ "I choose B as shown in the image." had been taken whole (a sentence, no option)."""
    assert grade("B", reply, choices=_OPTIONS).correct
    assert not grade("C", reply, choices=_OPTIONS).correct
    assert not grade("A", reply, choices=_OPTIONS).correct


def test_a_contraction_of_would_is_a_choice():
    assert letter_with_reason("I'd go with C as shown in the image.") == "C"
    assert letter_with_reason("I’d go with C, since the others do not fit.") == "C"
    assert letter_with_reason("I'd rather not say C because it is unclear.") is None


def test_a_choice_lead_takes_no_letter_it_does_not_open_with():
    assert letter_with_reason("I choose to skip this, since A is unclear.") is None
    assert letter_with_reason("I choose C or D because both fit.") is None


def test_the_option_preferred_to_is_never_the_answer():
    reply = "I'd go with D rather than red."
    choices = ["red", "blue", "green", "yellow"]
    assert grade("D", reply, choices=choices).correct
    assert not grade("A", reply, choices=choices).correct


@pytest.mark.parametrize(
    "reply",
    [
        "C is the best match because it matches the figure.",
        "Among the options, C is the best fit as shown in the image.",
        "C is the best match, not B.",
    ],
)
def test_an_option_named_the_best_fit_is_the_answer(reply):
    """ "C is the best match because ..." had been taken whole: "best match" was no answer phrase."""
    assert grade("C", reply, choices=_OPTIONS).correct
    assert not grade("B", reply, choices=_OPTIONS).correct


@pytest.mark.parametrize(
    "reply",
    [
        "I believe C is correct, since the others do not fit.",
        "I think C is correct because it matches the figure.",
        "I believe C is correct, not B.",
    ],
)
def test_a_first_person_lead_before_a_named_answer_is_no_part_of_it(reply):
    """ "I believe C is correct, since ..." had been taken whole: the lead's words made the named answer prose."""
    assert grade("C", reply, choices=_OPTIONS).correct
    assert not grade("B", reply, choices=_OPTIONS).correct


def test_a_reason_after_a_named_answer_is_no_part_of_it():
    """A reason with a number of its own after "is the answer" leaves the named value."""
    assert grade("12", "I think 12 is the answer because 3 rows of 4 make 12.").correct
    assert not grade("3", "I think 12 is the answer because 3 rows of 4 make 12.").correct


@pytest.mark.parametrize(
    "reply",
    [
        "I'd pick B over A.",
        "B over A.",
        "I choose option B over C because it fits.",
        "I choose B over C because it fits.",
        "So B over A.",  # (the letter it is preferred to is ruled out)
        "It is B, over A.",
        "B over A, since A is too small.",  # (the letter opens the reply: what follows "over" is no second answer)
        "B, over A because A is too small.",
    ],
)
def test_a_letter_preferred_over_another_is_the_answer(reply):
    # ("I'd pick B over A." had been read as the list "B, A"; "I choose B over C because ..." as no option)
    assert grade("B", reply, choices=_OPTIONS).correct
    assert not grade("A", reply, choices=_OPTIONS).correct
    assert not grade("C", reply, choices=_OPTIONS).correct
