"""A short working closed by a line that states its value after a phrase or an adverb of conclusion (form
`closing_lines`; the `closings` family of scripts/frame_probes.py). Built replies, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.extraction.fallbacks import drop_connective, math_tail

WORK = "We have $3 + 4 = 7$.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The result is therefore (1,-2).",
        "Thus, the required value is (1,-2).",
        "That gives us (1,-2).",
        "We conclude (1,-2).",
        "We find (1,-2).",
    ],
)
def test_a_bracketed_value_after_an_adverb_a_connective_or_a_verb_of_conclusion(sentence):
    for reply in (sentence, WORK + sentence):
        assert grade("(1,-2)", reply).correct, reply
        assert not grade("-2", reply).correct, reply
        assert not grade("7", reply).correct, reply


@pytest.mark.parametrize("phrase", ["In conclusion, ", "Finally, ", "Consequently, ", "As a result, "])
def test_a_phrase_that_concludes_opens_a_bare_value(phrase):
    assert drop_connective(f"{phrase}(1,-2)") == "(1,-2)"
    assert grade("(1,-2)", f"{WORK}{phrase}(1,-2).").correct
    assert not grade("-2", f"{WORK}{phrase}(1,-2).").correct
    # (words after it that are no unit keep the sentence whole)
    assert drop_connective(f"{phrase}the answer is 5") == f"{phrase}the answer is 5"


def test_a_line_of_its_own_after_a_label_word_is_a_math_tail():
    # "step" closing the sentence before is no label of what follows on the next line
    assert math_tail("Since $AB = 3$, we compute step by step.\n∴ (1,-2)") == "∴ (1,-2)"
    assert grade("(1,-2)", "Since $AB = 3$ and $BC = 4$, we compute step by step.\n∴ (1,-2)").correct
    # (on the same line, "as shown in Fig. 2" still labels its 2)
    assert math_tail("The area follows, as shown in Fig. 2") is None
