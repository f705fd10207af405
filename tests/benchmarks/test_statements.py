"""`mmeval.benchmarks.statements.yes_no_statement`: a yes/no question answered by restating it."""

from __future__ import annotations

from mmeval.benchmarks.statements import is_yes_no, yes_no_statement


def test_a_restatement_answers_yes_and_a_negated_one_no():
    q = "Is Black greater than Deep Sky Blue?"
    assert yes_no_statement(q, "Black is greater than Deep Sky Blue.") == "yes"
    assert yes_no_statement(q, "Based on the image, Black is not greater than Deep Sky Blue.") == "no"
    assert yes_no_statement(q, "Black isn't greater than Deep Sky Blue.") == "no"
    assert (
        yes_no_statement("Does Aqua have the lowest value?", "Aqua does not have the lowest value.") == "no"
    )


def test_the_restatement_must_keep_the_questions_order():
    q = "Is Sky Blue less than Web Maroon?"
    assert yes_no_statement(q, "Web Maroon is less than Sky Blue.") is None
    assert yes_no_statement("Are there fewer cars than bikes?", "There are more cars than bikes.") is None


def test_hedges_refusals_and_double_negations_give_no_reading():
    q = "Is Violet Red less than Crimson?"
    assert yes_no_statement(q, "I cannot determine if Violet Red is less than Crimson.") is None
    assert yes_no_statement(q, "It asks whether Violet Red is less than Crimson.") is None
    assert yes_no_statement(q, "Violet Red is less than Crimson.", refusal=True) is None
    assert yes_no_statement(q, "It is not true that Violet Red is not less than Crimson.") is None
    assert yes_no_statement("Is it not red?", "It is not red.") is None  # a negated question


def test_only_the_last_paragraph_is_read():
    """A few-shot continuation answers a question of its own after the restatement."""
    q = "Is Violet Red less than Crimson?"
    response = "Violet Red is less than Crimson.\n\nQuestion: How many apples?\nThere are 3 apples."
    assert yes_no_statement(q, response) is None
    assert yes_no_statement(q, "Let me look.\n\nViolet Red is less than Crimson.") == "yes"


def test_is_yes_no():
    assert is_yes_no(["Yes", "No"]) and is_yes_no(["no ", "yes"])
    assert not is_yes_no(["Yes", "No", "Maybe"]) and not is_yes_no(None)
