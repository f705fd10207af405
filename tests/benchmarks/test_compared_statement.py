"""`statements.compared_statement` as a form: any two counted things, either question wording, either
reply wording, in the question's order or reversed, with or without a negation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mmeval.benchmarks.statements import compared_statement

_ADJ = ("big", "tiny", "red", "gray", "shiny", "matte", "metal", "rubber", "yellow", "cyan")
_NOUN = ("buss", "bikes", "jets", "cars", "trucks", "fighters", "objects", "choppers", "sedans")
_MORE = {"more": 1, "greater": 1, "fewer": -1, "less": -1}


@st.composite
def _things(draw):
    """Two noun phrases with different nouns (so neither side's words contain the other's)."""
    a, b = draw(st.lists(st.sampled_from(_NOUN), min_size=2, max_size=2, unique=True))
    adj = st.lists(st.sampled_from(_ADJ), max_size=2, unique=True).map(" ".join)
    return f"{draw(adj)} {a}".strip(), f"{draw(adj)} {b}".strip()


def _question(kind: str, word: str, x: str, y: str) -> str:
    if kind == "are there":
        word = {"greater": "more", "less": "fewer"}.get(word, word)
        return f"Are there {word} {x} than {y}?"
    word = {"more": "greater", "fewer": "less"}.get(word, word)
    return f"Is the number of {x} {word} than the number of {y}?"


def _reply(kind: str, word: str, a: str, b: str, negated: bool) -> str:
    neg = " not" if negated else ""
    if kind == "there are":
        word = {"greater": "more", "less": "fewer"}.get(word, word)
        return f"Based on the image, there are{neg} {word} {a} than {b}."
    word = {"more": "greater", "fewer": "less"}.get(word, word)
    return f"Looking at the picture, the number of {a} is{neg} {word} than the number of {b}."


@settings(max_examples=300, deadline=None)
@given(
    _things(),
    st.sampled_from(["are there", "is the number"]),
    st.sampled_from(sorted(_MORE)),
    st.sampled_from(["there are", "the number"]),
    st.sampled_from(sorted(_MORE)),
    st.booleans(),
    st.booleans(),
)
def test_a_comparison_answers_by_its_direction_and_order(
    things, qkind, qword, rkind, rword, swapped, negated
):
    x, y = things
    a, b = (y, x) if swapped else (x, y)
    said = compared_statement(_question(qkind, qword, x, y), _reply(rkind, rword, a, b, negated))
    same = _MORE[qword] * _MORE[rword] * (-1 if swapped else 1) > 0
    if not negated:
        assert said == ("yes" if same else "no")
    else:  # "not more X than Y" denies "more X than Y" and says nothing about "fewer X than Y"
        assert said == ("no" if same else None)


@settings(max_examples=100, deadline=None)
@given(_things(), st.sampled_from(sorted(_MORE)), st.booleans())
def test_equal_counts_answer_no_in_either_order(things, qword, swapped):
    x, y = things
    a, b = (y, x) if swapped else (x, y)
    reply = f"There are the same number of {a} as {b}."
    assert compared_statement(_question("are there", qword, x, y), reply) == "no"


@settings(max_examples=100, deadline=None)
@given(_things(), st.sampled_from(sorted(_MORE)), st.sampled_from(sorted(_MORE)))
def test_a_comparison_of_other_things_gives_no_reading(things, qword, rword):
    x, y = things
    others = [n for n in _NOUN if n not in x and n not in y][:2]
    reply = _reply("there are", rword, others[0], others[1], False)
    assert compared_statement(_question("are there", qword, x, y), reply) is None


def test_a_hedged_or_doubled_comparison_gives_no_reading():
    q = "Are there more red cars than jets?"
    assert compared_statement(q, "It is unclear whether there are more red cars than jets.") is None
    assert compared_statement(q, "There are more red cars than jets, and more jets than trucks.") is None
    assert compared_statement("What is the largest?", "There are more red cars than jets.") is None
