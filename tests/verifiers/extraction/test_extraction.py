"""Answer extraction: each rule, multiple-choice dresses, reward hacks, caps."""

import pytest

from mmeval.verifiers import GradeConfig, extract_answer

CHOICES = ["12", "15", "20", "25"]


@pytest.mark.parametrize(
    ("response", "answer", "rule"),
    [
        (r"so the total is \boxed{42}.", "42", "boxed"),
        (r"nested \boxed{\frac{1}{\sqrt{2}}} done", r"\frac{1}{\sqrt{2}}", "boxed"),
        (r"\fbox{7}", "7", "boxed"),
        (r"first \boxed{3} then \boxed{3}", "3", "boxed"),
        ("<think>2+2</think><answer>4</answer>", "4", "answer_tag"),
        (r"<think>x</think><answer>so \boxed{5}</answer>", "5", "answer_tag"),
        ("Step 1 ...\nThe answer is $18.", "18", "answer_is"),
        ("Work.\nFinal Answer: 3.5", "3.5", "final_answer"),
        (r"The final answer is $\frac{3}{4}$. I hope it is correct.", r"\frac{3}{4}", "final_answer"),
        ("The answer is Vincent saves approximately $6.", "6", "answer_is"),
        ("The answer is $x = $200.", "x = 200", "answer_is"),
        ("The answer is 34 dollars!", "34 dollars", "answer_is"),
        ("The answer is x equals 2.", "x = 2", "answer_is"),
        (r"\dfrac{6}{x}", r"\frac{6}{x}", "whole"),
        ("We add 3 and 4\nand get 7 apples in total\nthat's it", "7", "last_number"),
        ("Some text\n$$x^2+1$$", "x^2+1", "math_span"),  # the reply's only math
        ("**12,345**", "12,345", "whole"),
    ],
)
def test_rules(response, answer, rule):
    ext = extract_answer(response)
    assert (ext.answer, ext.rule) == (answer, rule), ext


@pytest.mark.parametrize(
    "response",
    [
        "B",
        "(B)",
        "B.",
        "B)",
        "option B",
        r"\boxed{B}",
        r"\boxed{\text{B}}",
        "The answer is B",
        "**B**",
        "The correct answer is (B) 15.",
        "Answer: B",
        "Reasoning...\nSo (B) is right",
        "So the answer is 15.",
    ],
)
def test_choice_letter_dresses(response):
    assert extract_answer(response, choices=CHOICES).answer == "B"


def test_choice_text_maps_to_letter():
    ext = extract_answer("The answer is 20.", choices=CHOICES)
    assert (ext.answer, ext.rule) == ("C", "choice_text")


@pytest.mark.parametrize(
    "response", ["The answer is A, B, C, D", r"\boxed{A} \boxed{B} \boxed{C} \boxed{D}", "A B C D"]
)
def test_listing_every_option_is_not_one_letter(response):
    ext = extract_answer(response, choices=CHOICES)
    assert ext.answer is not None and len(ext.answer) > 1


def test_letter_inside_a_word_never_counts():
    assert extract_answer("I think the answer is a banana", choices=CHOICES).answer not in "ABCD"
    assert extract_answer("Absolutely", letters="ABCDE").answer != "A"


def test_several_different_boxes_are_graded_as_a_list():
    ext = extract_answer(r"\boxed{2} or maybe \boxed{3}")
    assert ext.answer == "2, 3" and "2 different" in ext.reason


def test_no_answer_and_non_string():
    assert not extract_answer("").found
    assert not extract_answer(None).found  # type: ignore[arg-type]


def test_long_response_is_searched_in_its_tail_only():
    text = "x" * 200_000 + " The answer is 5."
    ext = extract_answer(text, config=GradeConfig(max_response_chars=1000))
    assert ext.answer == "5"


def test_nul_bytes_are_dropped():
    assert extract_answer("The answer is 4\x00.").answer == "4"


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (r"After computing carefully, the total is **1 \times 10^{2}**", r"1 \times 10^{2}"),
        (r"The speed of light is about 3.0 \times 10^8 m/s", r"3.0 \times 10^8"),
        ("x is 3 and 10^2", "2"),  # no mantissa: not scientific notation
    ],
)
def test_last_number_keeps_scientific_notation_whole(response, expected):
    # found by the noise_invariance property: the exponent used to be taken as the answer
    from mmeval.verifiers.extraction.answer import last_number

    assert last_number(response) == expected
