"""The cascade policy (`mmeval.judges.policy.route`): which rule verdicts the judge sees, and why."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mmeval.judges.policy import continuation_prefix, route

NUMBER = SimpleNamespace(answer_type="integer", choices=None)
OPTION = SimpleNamespace(answer_type="multiple_choice", choices=["3", "4"])


def _row(status="incorrect", extracted="5", rule="answer_is", guessed=False):
    return {"status": status, "extracted": extracted, "rule": rule, "guessed": guessed}


@pytest.mark.parametrize(
    ("item", "response", "row", "expected"),
    [
        (NUMBER, "The answer is 5.", _row(), None),  # anchored: the rules decided
        (NUMBER, "", _row("no_answer", None, None), "no_answer"),
        (NUMBER, "Hmm, let me think about the", _row("no_answer", None, None), "no_answer"),
        (NUMBER, "The question does not provide enough information.", _row("no_answer", None, None), None),
        (NUMBER, "x = 3\ny = x + 2\nprint(y)", _row(rule="last_number", guessed=True), "program"),
        (NUMBER, "5", _row("pred_unparseable"), "pred_unparseable"),
        (NUMBER, "So 3 + 4 = 7, and 2 more: 9", _row(extracted="9", rule="last_number", guessed=True), "guessed"),
        (NUMBER, "There are 7 birds.", _row(extracted="7", rule="last_number", guessed=True), None),  # one number
        (NUMBER, "With 3 and 4 the total is **7**. Bye 2", _row(extracted="7", rule="bold", guessed=True), None),
        (NUMBER, "Add 2 and 3.\nSo there are 5 birds.\nAnything else?", _row(extracted="5", guessed=True), None),
        (NUMBER, "It is five.", _row(extracted="It is five", rule="whole"), "words_for_number"),
        (NUMBER, "It is a cat.", _row(extracted="It is a cat", rule="whole"), None),  # no number at all
        (OPTION, "The answer is (B).", _row("correct", "B", "choice_letter"), None),
        (OPTION, "It grows.", _row(extracted="A", rule="official_closest_option"), "no_option"),
        (OPTION, "So the answer is 55°.", _row(extracted="A", rule="official_closest_option"), None),  # marked
        # a made-up question after the reply's own answer: the answer before it is read, as the verifier does
        (OPTION, "The answer is B.\n\nQuestion: what is 1+1?\nThe answer is 2.", _row("correct", "B"), None),
        (OPTION, "Let me look.\n\nQ: what is 1+1?\nThe answer is 2.", _row("correct", "B"), "several_questions"),
        (OPTION, "Let me look.\n\nQuestion: what is 1+1?\nThe answer is 2.", _row("no_answer", None, None), "no_answer"),
        # MathVista's option_named_first stays a guess in the verdict, but the cascade lets it decide; the
        # same guessed letter from another rule (many numbers, no option named) still goes to the judge
        (OPTION, "It will grow, 3 or 4 or 5 cm.", _row("correct", "A", "option_named_first", True), None),
        (OPTION, "It will grow, 3 or 4 or 5 cm.", _row("correct", "A", "choice_text", True), "guessed"),
        # likewise MathVista's question_new_number (the one value a one-sentence reply adds to its question)
        (NUMBER, "In 3 years, the exports were greater than 0.92%.", _row(extracted="3", rule="question_new_number", guessed=True), None),
        (NUMBER, "In 3 years, the exports were greater than 0.92%.", _row(extracted="3", rule="last_number", guessed=True), "guessed"),
        (NUMBER, "anything", _row("error", None, None), None),  # a failed generation: nothing to judge
        (NUMBER, "anything", _row("gold_unparseable", None, None), None),
    ],
)  # fmt: skip
def test_route(item, response, row, expected):
    assert route(item, response, row) == expected


def test_continuation_prefix_cuts_at_the_models_own_next_question():
    assert continuation_prefix("The answer is B.\n\nQuestion: next?") == "The answer is B."
    assert continuation_prefix("Question: restated\nSo 4.") is None  # the response opens with the question
    assert continuation_prefix("The answer is 4.") is None
