"""The case strategies behind `properties.PROPERTIES` (each yields `Case`s: gold, response, the verdict a
sound grader gives, and why): a gold against itself and its equivalent forms, noise, different values,
hedges, multiple choice, arbitrary and hostile text. The answer forms of issue 15 live in
`form_strategies.py` and `forms_extraction.py`."""

from __future__ import annotations

import re
import string

import hypothesis
from hypothesis import strategies as st

from mmeval.verifiers.testing.strategies import (
    Case,
    answer_dresses,
    distinct_values,
    gold_forms,
    letter_dresses,
    mc_questions,
    noise,
    number_forms,
    values,
)

__all__ = [
    "self_cases",
    "equivalent_cases",
    "noisy_cases",
    "different_cases",
    "hedge_cases",
    "mc_cases",
    "mc_text_cases",
    "mc_hedge_cases",
    "mc_inside_word_cases",
    "mc_several_cases",
    "arbitrary_cases",
    "hostile_cases",
]


@st.composite
def self_cases(draw: st.DrawFn) -> Case:
    gold = draw(st.sampled_from(gold_forms(draw(values()))))
    return Case(gold, gold, True, why="gold graded against itself")


@st.composite
def equivalent_cases(draw: st.DrawFn) -> Case:
    v = draw(values())
    form = draw(st.sampled_from(number_forms(v)))
    return Case(draw(st.sampled_from(gold_forms(v))), draw(answer_dresses(form)), True, why=f"both are {v}")


@st.composite
def noisy_cases(draw: st.DrawFn) -> Case:
    a, b = draw(distinct_values())
    same = draw(st.booleans())
    form = draw(st.sampled_from(number_forms(a if same else b, percent=False)))
    response = draw(noise(draw(answer_dresses(form))))
    return Case(draw(st.sampled_from(gold_forms(a))), response, same, why="noise must not change the verdict")


@st.composite
def different_cases(draw: st.DrawFn) -> Case:
    a, b = draw(distinct_values())
    form = draw(st.sampled_from(number_forms(b, percent=False)))
    gold = draw(st.sampled_from(gold_forms(a)))
    return Case(gold, draw(answer_dresses(form)), False, why=f"{a} != {b}")


@st.composite
def hedge_cases(draw: st.DrawFn) -> Case:
    a, b = draw(distinct_values())
    forms = [gold_forms(a)[0], gold_forms(b)[0]]
    if draw(st.booleans()):
        forms.reverse()
    template = draw(
        st.sampled_from(
            [
                "\\boxed{{{0}}} or \\boxed{{{1}}}",
                "\\boxed{{{0}}}\n\\boxed{{{1}}}",
                "The solutions are {0} and {1}.",  # a sentence listing values is no answer of one of them
                "The solutions are ${0}$ and ${1}$.",
            ]
        )
    )
    return Case(gold_forms(a)[0], template.format(*forms), False, why="hedge")


@st.composite
def mc_cases(draw: st.DrawFn, same_letter: bool) -> Case:
    options = draw(mc_questions())
    letters = string.ascii_uppercase[: len(options)]
    i = draw(st.integers(0, len(options) - 1))
    j = i if same_letter else draw(st.integers(0, len(options) - 1).filter(lambda k: k != i))
    response = draw(noise(draw(letter_dresses(letters[j], options[j]))))
    gold = draw(st.sampled_from(["{L}", "({L})", "${L}$", "\\boxed{{{L}}}", "\\text{{{L}}}"])).format(
        L=letters[i]
    )
    return Case(
        gold, response, same_letter, choices=options, why="option letter in a dress, the gold's in a wrapper"
    )


@st.composite
def mc_text_cases(draw: st.DrawFn) -> Case:
    options = draw(mc_questions(letter_texts=string.ascii_uppercase))
    i = draw(st.integers(0, len(options) - 1))
    response = draw(answer_dresses(options[i]))
    return Case(
        string.ascii_uppercase[i], response, True, choices=options, why="the text of the right option"
    )


@st.composite
def mc_hedge_cases(draw: st.DrawFn) -> Case:
    options = draw(mc_questions(min_options=3))
    letters = string.ascii_uppercase[: len(options)]
    gold = draw(st.sampled_from(letters))
    template = draw(st.sampled_from(["The answer is {0}.", "\\boxed{{{0}}}", "{0}"]))
    if draw(st.booleans()):  # the question's option list echoed, each option with its letter
        dress = draw(st.sampled_from(["({L}) {T}", "{L}. {T}", "{L}) {T}", "{L}: {T}"]))
        listed = draw(st.sampled_from(["\n", " ", "\n\n"])).join(
            dress.format(L=letter, T=text) for letter, text in zip(letters, options, strict=True)
        )
        lead = draw(st.sampled_from(["", "We compare the figures.\n\n", "Choices:\n", "Choose one.\n"]))
        return Case(gold, lead + listed, False, choices=options, why="hedge")
    joined = draw(st.sampled_from([", ", " or ", " "])).join(letters)
    return Case(gold, template.format(joined), False, choices=options, why="hedge")


# option sets where an option's text is often a piece of a longer word: yes/no ("no" in "not", "snow"),
# colours ("red" in "bored"), short numbers ("38" in "382")
_SHORT_OPTIONS = st.sampled_from(
    [
        ("Yes", "No"),
        ("yes", "no"),
        ("red", "blue", "green", "tan"),
        ("on", "in", "at"),
        ("38", "4", "12", "7"),
    ]
)
_INSIDE_WORD_LINES = (
    "It is {w} clear from the figure.",
    "{W} is what the picture shows.",
    "Based on the image, the largest part is actually the {w}",
    "The answer cannot be read; it looks {w}.",
    "{w}",
    "I see {w}",
)


@st.composite
def mc_inside_word_cases(draw: st.DrawFn) -> Case:
    """A reply that holds the right option's text only inside a longer word ("not" for option "no",
    "382" for option "38") and no option's text as a word of its own: it names no option, so it never
    grades correct."""
    options = draw(st.one_of(_SHORT_OPTIONS, mc_questions()))
    i = draw(st.integers(0, len(options) - 1))
    text = options[i]
    if text.isdigit():
        head = draw(st.sampled_from(["", *"123456789"]))
        tail = draw(st.text(alphabet=string.digits, min_size=0 if head else 1, max_size=2))
    else:  # capital texts ("KAO", "F, G") are left out: glued capitals are option letters of their own
        hypothesis.assume(not text.isupper())
        head = draw(st.text(alphabet=string.ascii_lowercase, max_size=2))
        tail = draw(st.text(alphabet=string.ascii_lowercase, min_size=0 if head else 1, max_size=3))
    word = head + text + tail
    hypothesis.assume(tail not in ("s", "es"))  # a plural names its option ("triangles" for "triangle")
    hypothesis.assume(not word.startswith("0"))  # "00", "01" are the numbers 0 and 1: not a longer word
    line = draw(st.sampled_from(_INSIDE_WORD_LINES)).format(w=word, W=word[:1].upper() + word[1:])
    named = [o for o in options if re.search(rf"(?<![\w.]){re.escape(o)}(?![\w.])", line, re.I)]
    hypothesis.assume(not named)  # the line names no option as a word of its own
    gold = _gold_letter(draw, string.ascii_uppercase[i])
    return Case(gold, line, False, choices=options, why=f"option text {text!r} only inside the word {word!r}")


def _gold_letter(draw: st.DrawFn, letter: str) -> str:
    """The gold option letter as benchmarks write it: bare, in brackets or boxed."""
    return draw(st.sampled_from(["{L}", "({L})", "\\boxed{{{L}}}"])).format(L=letter)


_CALLS = (
    "P({a})",
    "f({a})",
    "f({b}, {a})",
    "calculate_angle({b}, {a})",
    "distance({b},{a})",
    "area[{a}]",
    "g_1({b}, {c}, {a})",
)
_CALL_LINES = (
    "{x}",
    "So we compute {x}.",
    "The answer is {x}.",
    "print({x})",
    "Therefore {x} = 0.5",
    "We evaluate {x} step by step.\n{x}",
)


@st.composite
def mc_argument_cases(draw: st.DrawFn) -> Case:
    """A reply whose only capital letters are a function's arguments (`P(B)`, `f(A, C)`,
    `calculate_angle(A, C)`): they name points or events, no option, so the reply never grades correct."""
    options = draw(mc_questions())
    i = draw(st.integers(0, len(options) - 1))
    letters = string.ascii_uppercase[: len(options)]
    a, b, c = letters[i], draw(st.sampled_from(letters)), draw(st.sampled_from(letters))
    call = draw(st.sampled_from(_CALLS)).format(a=a, b=b, c=c)
    line = draw(st.sampled_from(_CALL_LINES)).format(x=call)
    gold = _gold_letter(draw, a)
    return Case(gold, line, False, choices=options, why=f"the letter {a} only as an argument of {call}")


_SEVERAL_DRESSES = (
    "{c}",
    "\\boxed{{{c}}}",
    "\\boxed{{{r}}}",
    "The answer is {a}.",
    "{n}",
    "So the correct options are {c}.",
    "<answer>{c}</answer>",
)


def _several_spellings(named: list[str]) -> dict[str, str]:
    return {
        "n": "\n".join(named),
        "c": ", ".join(named),
        "r": "".join(named),
        "a": ", ".join(named[:-1]) + " and " + named[-1],
    }


@st.composite
def mc_several_cases(draw: st.DrawFn) -> Case:
    """A choose-all-that-apply question: the gold names several options ("C\nD", "C, D", "CD", "C and D");
    the same options in any order and dress grade correct, one too few, one too many or one changed grade
    incorrect."""
    options = draw(mc_questions(min_options=3, max_options=5))
    letters = string.ascii_uppercase[: len(options)]
    gold_set = draw(st.lists(st.sampled_from(letters), min_size=2, max_size=len(options) - 1, unique=True))
    spelled = _several_spellings(sorted(gold_set))
    gold = draw(st.sampled_from(["n", "c", "r", "a"]))
    same = draw(st.booleans())
    named = list(gold_set)
    if not same:
        change = draw(st.sampled_from(["fewer", "more", "other"]))
        rest = [x for x in letters if x not in gold_set]
        if change == "fewer":
            named = named[:-1]
        elif change == "more":
            named = [*named, draw(st.sampled_from(rest))]
        else:
            named = [*named[:-1], draw(st.sampled_from(rest))]
    named = draw(st.permutations(named))
    dress = draw(st.sampled_from(_SEVERAL_DRESSES))
    if len(named) == 1 and dress == "{n}":
        dress = "{c}"
    response = dress.format(**_several_spellings(list(named)))
    return Case(spelled[gold], response, same, choices=options, why=f"options {sorted(gold_set)}")


_MATHY = st.text(alphabet="0123456789+-*/^{}()[]\\.,=xyab frac sqrt boxed pi", max_size=200)
_ANY_TEXT = st.one_of(
    st.text(max_size=300), _MATHY, st.binary(max_size=100).map(lambda b: b.decode("latin-1"))
)


@st.composite
def arbitrary_cases(draw: st.DrawFn) -> Case:
    return Case(draw(_ANY_TEXT), draw(_ANY_TEXT), False, why="arbitrary text")


@st.composite
def hostile_cases(draw: st.DrawFn) -> Case:
    """Inputs that make naive graders hang: power towers, deep nesting, huge numbers, repeated boxes."""
    d = draw(st.integers(2, 9))
    depth = draw(st.integers(3, 6))
    tower = "^{".join([str(d + 1)] * depth) + "}" * (depth - 1)
    nest = draw(st.integers(100, 5000))
    hostile = draw(
        st.sampled_from(
            [
                tower,
                tower + "!",
                "{" * nest + "1" + "}" * nest,
                "(" * nest + "1" + ")" * nest,
                "\\sqrt{" * nest + "2" + "}" * nest,
                "9" * (nest * 10),
                "\\boxed{1}" * nest,
                f"({10 ** (depth * 10)})!",
                "1" + "0" * nest + "^{" + "9" * depth + "}",
            ]
        )
    )
    wrapped = draw(st.sampled_from(["{0}", "\\boxed{{{0}}}", "The answer is {0}."])).format(hostile)
    if draw(st.booleans()):
        return Case(hostile, draw(st.sampled_from(["1", "\\boxed{2}", wrapped])), False, why="hostile gold")
    return Case(draw(st.sampled_from(["1", "x^2", hostile])), wrapped, False, why="hostile response")
