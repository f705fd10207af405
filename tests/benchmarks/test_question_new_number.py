"""`statements.question_new_number` as a form: a one-sentence reply that restates its question's givens
(in the question's order or not, with units or a percent sign, with thousands separators) and adds one
value reads as that value; one that adds two different values, or a worked answer, gives no reading.
MathVista rule mode uses it for free-form items the verifier only guessed (`question_new_number`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mmeval.benchmarks.mathvista import MathVista
from mmeval.benchmarks.statements import opening_new_number, question_new_number

_UNITS = ("", "%", " years", " miles", " cm")


def _number(value: float) -> str:
    return f"{value:,}" if value >= 1000 and value == int(value) else str(value)


@st.composite
def _givens(draw):
    values = draw(
        st.lists(
            st.integers(1, 2030) | st.sampled_from([0.92, 1.6, 32.5]), min_size=1, max_size=3, unique=True
        )
    )
    return [str(v) for v in values]


@settings(max_examples=300, deadline=None)
@given(
    _givens(),
    st.integers(1, 99999),
    st.sampled_from(_UNITS),
    st.booleans(),
    st.booleans(),
)
def test_the_one_added_value_is_the_answer(givens, answer, unit, answer_first, separators):
    if str(answer) in givens or any(float(g) == answer for g in givens):
        return
    question = "In how many cases is the value above " + " and ".join(givens) + "?"
    shown = f"{answer:,}" if separators else str(answer)
    stated = f"{shown}{unit}"
    restated = "above " + " and ".join(f"{g}{unit}" for g in reversed(givens))
    reply = (
        f"In {stated} cases, the value is {restated}."
        if answer_first
        else f"The value is {restated} in {stated} cases."
    )
    assert question_new_number(question, reply) == str(answer)
    # a second added value makes it ambiguous; a second sentence makes it a worked answer
    assert question_new_number(question, reply[:-1] + f", or {answer + 100000}.") is None
    assert question_new_number(question, f"First I count. {reply}") is None
    # the same value stated twice is two counts; a range states two values
    assert question_new_number(question, reply[:-1] + f", and {shown} more.") is None
    low = f"{givens[0]}{unit}"
    assert question_new_number(question, f"The values run from {stated} to {low}.") is None
    assert question_new_number(question, f"The values lie between {stated} and {low}.") is None


@settings(max_examples=100, deadline=None)
@given(_givens(), st.sampled_from(["v_{1}", "x^{2}", "3rd"]))
def test_numbers_inside_names_are_not_values(givens, name):
    question = "What is the total above " + " and ".join(givens) + "?"
    assert question_new_number(question, f"The total {name} is above {givens[0]}.") is None


def _free_form(question: str, gold: str) -> object:
    record = {"pid": "1", "question": question, "answer": gold, "choices": None, "question_type": "free_form",
              "answer_type": "integer", "precision": None, "query": question}  # fmt: skip
    return MathVista().to_item(record, [])


def test_rule_mode_reads_the_added_value_when_the_verifier_only_guessed():
    """source: MathVista llava_llama_2_13b 133 (tune), with its gold replaced by the reply's value to show
    the reading: the verifier's last number is the given 0.92; the value the reply adds is 3."""
    bench = MathVista()
    question = "In how many years, is the merchandise exports greater than 0.92 %?"
    reply = "In 3 years, the merchandise exports will be greater than 0.92%."
    verdict = bench.score(_free_form(question, "3"), reply)
    assert (verdict.rule, verdict.correct, verdict.guessed) == ("question_new_number", True, True), verdict
    assert not bench.score(_free_form(question, "4"), reply).correct
    # an anchored answer is the verifier's, not this reading
    anchored = bench.score(_free_form(question, "3"), "The answer is 4. In 3 years it is above 0.92%.")
    assert anchored.rule != "question_new_number" and not anchored.correct


@settings(max_examples=200, deadline=None)
@given(_givens(), st.sampled_from(_UNITS), st.booleans())
def test_an_answer_equal_to_a_given_is_an_added_occurrence(givens, unit, answer_first):
    """The answer may be a number the question also gives ("9 dots in 3 equal groups; how many in each?"
    "... each group containing 3 dots"): the reply states it once more than the question does."""
    question = "The total is " + " and ".join(f"{g}{unit}" for g in givens) + ". How many are in each part?"
    answer = givens[-1]
    restated = " and ".join(f"{g}{unit}" for g in reversed(givens))
    reply = (
        f"Each part holds {answer}{unit}, of a total of {restated}."
        if answer_first
        else f"The total is {restated}, with each part holding {answer}{unit}."
    )
    assert question_new_number(question, reply) == answer
    # restating the givens only adds nothing; stating a given twice more adds two occurrences
    assert question_new_number(question, f"The total is {restated}.") is None
    assert question_new_number(question, reply[:-1] + f", or {answer}{unit} again.") is None


def test_a_repeated_given_read_in_rule_mode():
    """source: MathVista llava_llama_2_13b 472 (tune): the answer 3 is also a given of the question."""
    question = (
        "Fill in the blank to describe the model. The model has 9 dots divided into 3 equal groups. "
        "There are (_) dots in each group."
    )
    reply = "The model has 9 dots divided into 3 equal groups, with each group containing 3 dots."
    verdict = MathVista().score(_free_form(question, "3"), reply)
    assert (verdict.rule, verdict.correct, verdict.guessed) == ("question_new_number", True, True), verdict
    assert not MathVista().score(_free_form(question, "9"), reply).correct


@settings(max_examples=200, deadline=None)
@given(_givens(), st.integers(1, 99999), st.sampled_from(_UNITS), st.sampled_from(["", "**"]))
def test_an_opening_sentence_that_restates_the_question_answers_it(givens, answer, unit, bold):
    """`statements.opening_new_number`: a reply that answers first and then gives its reasons ("There are 3 bars
    below 40 in the image. They are ..."): the opening sentence, when it restates the question (two or more of
    its content words, and half of them), is read as a one-sentence reply; an opening that does not restate
    it, or a one-sentence reply, gives no reading."""
    if str(answer) in givens or any(float(g) == answer for g in givens):
        return
    question = "How many bars in the chart have a value above " + " and ".join(givens) + "?"
    stated = f"{bold}{answer}{unit}{bold}"
    opening = f"There are {stated} bars in the chart with a value above {' and '.join(givens)}."
    reasons = f" They are the bars for {givens[0]} and {int(float(givens[0])) + 1}."
    assert opening_new_number(question, opening + reasons) == str(answer)
    assert opening_new_number(question, opening) is None  # one sentence: `question_new_number`'s
    assert opening_new_number(question, f"I see {stated} lines.{reasons}") is None  # no restatement
    assert (
        opening_new_number(question, f"The chart is drawn in {stated} colours.{reasons}") is None
    )  # one word
    assert opening_new_number(question, opening[:-1] + f", or {answer + 100000}.{reasons}") is None
    # a reply that concludes later is read by its conclusion (MathVista bard 662, claude_2shot_solution 202)
    assert opening_new_number(question, f"{opening}{reasons} Therefore, the count is {answer + 1}.") is None
    assert opening_new_number(question, f"{opening}{reasons}\n\nSo there are {answer + 1}.") is None


def test_rule_mode_reads_an_opening_answer_when_the_verifier_only_guessed():
    """source: MathVista bard 131 and 784 (tune): the answer first, then reasons with other numbers; the
    verifier guessed a later number (or took the reply whole). The reading stays a guess."""
    bench = MathVista()
    question = "Across all years, what is the maximum rating of statistical capacity in Maldives ?"
    reply = (
        "The maximum rating of statistical capacity in Maldives is **70**. This is the highest value of the "
        "methodology assessment.\n\nThe other years have lower ratings, ranging from **20** in 2005 to **60** "
        "in 2008."
    )
    verdict = bench.score(_free_form(question, "70"), reply)
    assert (verdict.rule, verdict.correct, verdict.guessed) == ("opening_new_number", True, True), verdict
    assert not bench.score(_free_form(question, "60"), reply).correct


def test_an_opening_answer_does_not_override_a_stated_conclusion():
    """source: MathVista claude 37 and claude_2shot_solution 98 (tune): the reply's last sentence states the
    verifier's guess ("... the number of such bars is 4."): that is its conclusion, not the opening's number."""
    question = "How many bars have value below 40?"
    reply = "There are 3 bars below 40 in the chart. Counting again, the number of such bars is 4."
    verdict = MathVista().score(_free_form(question, "4"), reply)
    assert verdict.rule != "opening_new_number" and verdict.correct, verdict
