"""Rule mode on cases from the published outputs in ../shared/data/published (source: file and id):
MATH-V items whose options are only letters, MathVista bold answers and stated option letters."""

from __future__ import annotations

import os

import pytest

from mmeval.benchmarks import get_benchmark

os.environ.setdefault("HF_HUB_OFFLINE", "1")

MATHV = get_benchmark("mathvision")
MATHVISTA = get_benchmark("mathvista")


def _mathv_item(options: list[str], gold: str):
    record = {"id": "1", "question": "<image1> Which one?", "options": options, "answer": gold,
              "solution": "", "level": 1, "subject": "logic", "image": None}  # fmt: skip
    return MATHV.to_item(record, [])


@pytest.mark.parametrize(
    ("source", "options", "gold", "response", "correct"),
    [
        # the options are in the image: a text or another letter is no option, however it compares
        ("GPT4-CoT_Text-Only 33", list("ABCDE"), "A", r"So it is the \boxed{\text{parrot}}.", False),
        ("Gemini-Pro-CoT 26", list("ABCDE"), "B", r"$$\boxed{\text{None of the above}}$$", False),
        ("ChatGPT3.5-CoT_Text+Image-Caption 353", list("ABCDE"), "A", r"leaning to the \boxed{S} (South)", False),
        ("ChatGPT3.5-CoT_Text+Image-Caption 2204", list("ABCDE"), "E", "flipped vertically.\n\n\\boxed{F}", False),
        # options written "A)".."E)": the letter answers, and the gold is no unparseable text
        ("Gemini-Pro 468", ["A)", "B)", "C)", "D)", "E)"], "D", "(D)\nExplanation: Square C has 3 circles and 4 hearts.", True),
        ("Gemini-Pro-CoT 1206", list("ABCDE"), "A", "The correct answer is (A), (C), and (E).", False),
        ("Gemini-Pro-CoT 2605", list("ABCDE"), "A", "which is colored **W**.\n\\boxed{W}", False),
        ("GPT4-CoT_Text-Only 33 (as a letter)", list("ABCDE"), "A", r"So it is \boxed{\text{(A)}}.", True),
    ],
)  # fmt: skip
def test_mathvision_letter_only_options(source, options, gold, response, correct):
    verdict = MATHV.score(_mathv_item(options, gold), response)
    assert verdict.correct is correct, (source, verdict)
    assert verdict.status.value != "gold_unparseable"


def test_mathvision_options_with_text_still_compare_values():
    """source: ChatGPT3.5-CoT_Text+Image-Caption 1164 (the boxed value of option D)."""
    options = [f"${n} \\mathrm{{~cm}}$" for n in range(1, 6)]
    verdict = MATHV.score(_mathv_item(options, "D"), r"is $\boxed{4 \mathrm{~cm}}$.")
    assert verdict.correct, verdict


def _mathvista_item(answer: str, choices: list[str] | None = None, answer_type: str = "integer"):
    record = {"pid": "1", "question": "q", "answer": answer, "choices": choices, "precision": None,
              "question_type": "multi_choice" if choices else "free_form", "answer_type": answer_type}  # fmt: skip
    return MATHVISTA.to_item(record, [])


@pytest.mark.parametrize(
    ("source", "answer", "choices", "response", "correct"),
    [
        ("output_bard.json pid 907", "1970", None,
         "The military expenditure value was lower than 0.2% in **1970**.\n\nIt was 0.1% in 1970.", True),
        ("output_bard.json pid 549", "16", ["8", "12", "16", "不能确定"],
         "Also, PC = PD = 4.0.\n\nTherefore, the perimeter of △PCD is PC + CD + PD = 4 + 8 + 4 = **16**.", True),
        # a stated option letter outweighs a bold number (no answer marker): the official extraction too
        ("output_bard.json pid 819", "7", ["6", "7", "8", "13"],
         "The correct option is (A).\n\nSolving for t, we get t = **7**.\n\nI hope this helps!", False),
        ("output_bard.json pid 714", "No", ["Yes", "No"],
         "The answer is (B). There are none.\n\nSo the answer is definitely no, there are no motorbikes.", True),
        ("output_claude.json pid 92", "No", ["Yes", "No"],
         "Okay, based on the photo, my answer is:\n\nB\n\nThe windows are an irregular abstract shape.", True),
    ],
)  # fmt: skip
def test_mathvista_rule_mode(source, answer, choices, response, correct):
    verdict = MATHVISTA.score(_mathvista_item(answer, choices, "text" if choices else "integer"), response)
    assert verdict.correct is correct, (source, verdict)
