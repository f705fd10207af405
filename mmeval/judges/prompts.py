"""The judge's two roles, with a prompt per benchmark (mmeval's own wording):

- **extractor**: read a model's response and return only its final answer, in the form the benchmark's
  official rules expect (MathVista: an option letter, an integer, a decimal or a list), in the manner of
  the official GPT extraction prompts of MathVista and MathVerse. The reply then goes through the same
  official normalisation as a GPT extraction would (`judges/cascade.py`).
- **verifier**: given question, reference answer and response, say `correct`, `incorrect` or `invalid`
  (no final answer, cut off, refused), as the local verifier models CompassVerifier and xVerify do.

A prompt is a pure function of (benchmark, item, response), so its hash keys the reply cache and a replay
judge can rebuild it from a published record (`scripts/replay_judge.py`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "ROLES",
    "answer_form",
    "extractor_prompt",
    "verifier_prompt",
    "parse_extraction",
    "parse_verification",
    "item_text",
]

ROLES = ("extract", "verify")

_FORMS = {
    "mathvista": "an option letter (A, B, C, ...) for a multiple-choice question; otherwise an integer, a "
    "decimal number with the decimals the question asks for, or a Python list such as [1, 2]",
    "mathverse": "an option letter for a multiple-choice question; otherwise the final value, expression or "
    "equation, in LaTeX when it is not a plain number",
    "mathvision": "an option letter (A to E) for a multiple-choice question; otherwise the final number or "
    "expression, in LaTeX when it is not a plain number",
    "olympiadbench": "the final answer in LaTeX (several answers separated by commas), without units",
    "wemath": "the option letter (A to E) the response chooses; every question is multiple choice",
    "mmk12": "the option letter (A, B, C or D) the response chooses; every question is multiple choice",
    "dynamath": "an option letter for a multiple-choice question; a decimal number for a numeric question; "
    "otherwise the short answer in the question's own words",
    "k12": "the final value, expression, interval or equation, in LaTeX when it is not a plain number, "
    "without units",
}

_EXAMPLES = """Example 1
Question: How many apples are on the table? (an integer answer)
Model response: I count three red apples and two green ones, so 5 apples in all.
Extracted answer: 5

Example 2
Question: Which angle is larger? Choices: (A) angle 1 (B) angle 2
Model response: Angle 2 looks wider than angle 1, so the answer is angle 2.
Extracted answer: B

Example 3
Question: What is the slope of the line? (a decimal with one decimal place)
Model response: The line rises 3 over a run of 2, a slope of 1.5.
Extracted answer: 1.5

Example 4
Question: What is the value of x?
Model response: The figure does not show enough to tell the value of x.
Extracted answer:
"""


def item_text(bench: str, item: Any) -> str:
    """The question as the model saw it: MathVista's `query` (hint, question, options), else the
    question with its options."""
    if bench == "mathvista" and item.meta.get("query"):
        return str(item.meta["query"])
    text = str(item.question)
    if item.choices:
        text += "\nChoices: " + " ".join(f"({chr(65 + i)}) {c}" for i, c in enumerate(item.choices))
    return text


def answer_form(bench: str) -> str:
    """The form of answer the extractor is asked for on `bench` (a generic one for a benchmark added
    without its own)."""
    return _FORMS.get(bench, "the final answer only")


def extractor_prompt(bench: str, item: Any, response: str) -> str:
    """Ask for the response's final answer only, in the benchmark's expected form."""
    form = answer_form(bench)
    return (
        "You read a model's response to a math question and copy out its final answer. Reply with the "
        f"answer only: {form}. Take the answer the response commits to, not numbers from its working. "
        "Reply with nothing after 'Extracted answer:' when the response gives no answer.\n\n"
        f"{_EXAMPLES}\nNow the real one.\n"
        f"Question: {item_text(bench, item)}\n"
        f"Model response: {response}\n"
        "Extracted answer:"
    )


def verifier_prompt(bench: str, item: Any, response: str) -> str:
    """Ask whether the response's final answer matches the reference answer."""
    return (
        "You check a model's response to a math question against the reference answer. Judge only the "
        "final answer the response commits to: it is correct when it means the same as the reference "
        "(same option, same value in another form or unit, same expression), incorrect when it does not, "
        "and invalid when the response gives no final answer, is cut off or refuses.\n"
        "Reply with one word: correct, incorrect or invalid.\n\n"
        f"Question: {item_text(bench, item)}\n"
        f"Reference answer: {item.gold}\n"
        f"Model response: {response}\n"
        "Judgement:"
    )


_PREFIX = re.compile(r"^\s*(?:extracted\s+answer|answer)\s*[:：]\s*", re.I)
_VERDICT = re.compile(r"\b(correct|incorrect|invalid)\b", re.I)


def parse_extraction(reply: str) -> str:
    """The extraction in an extractor reply: the reply without surrounding space and without an
    "Extracted answer:" prefix; a reply of several lines is kept whole, as the official pipelines keep a
    GPT extraction (an empty reply is an empty extraction: no answer).

    >>> parse_extraction("Extracted answer: 42")
    '42'
    >>> parse_extraction("")
    ''
    """
    return _PREFIX.sub("", (reply or "").strip()).strip()


def parse_verification(reply: str) -> str | None:
    """`correct` / `incorrect` / `invalid` (the last one named), or None when the reply names none.

    >>> parse_verification("The response is incorrect.")
    'incorrect'
    >>> parse_verification("maybe") is None
    True
    """
    found = _VERDICT.findall(reply or "")
    return found[-1].lower() if found else None
