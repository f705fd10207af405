"""Which verdicts the rules did not decide, and so go to the judge (`route`).

The verifier grades every sample first. A verdict goes on to the judge only when the rules could not
read the answer or only guessed it:

- `no_answer`: nothing found (an empty response included: the official MathVista score is what GPT's
  extraction made of it, so the cascade asks its judge too), unless the response is a refusal the rules
  recognise ("the question does not give enough information"): that is a decided no-answer;
- `pred_unparseable` / `timeout`: an answer was found but could not be compared;
- `program`: the response is a program (MathVista's program-of-thought outputs); the official answer
  is the program's output, and mmeval never runs model code;
- `guessed`: a fallback extraction (last number, last line; `Verdict.guessed`) other than MathVista's
  `option_named_first` (one option named in a short reply's opening sentence), unless the guess is
  unambiguous: the response holds one number only (count words too: "two X and three Y" is two), or its last sentence with a number holds one and that
  is it, or the reply states it at its end (`readings`: "... is 3."; for a letter, the option's text or
  value: "Given that ∠A = 40.0, the degree of ∠B is 80°." for option 80°);
- `no_option`: a multiple-choice answer that names no option (MathVista's closest-option fallback),
  unless the response marks its answer (boxed, "the answer is"): the official mapping of that is decided;
- `several_questions`: the response goes on to questions of its own and answers them too (few-shot
  prompts invite it) and states no answer before them, so which answer it commits to is for a reader to
  say; one that answers first (a marker, a box) is read up to its first made-up question, by the verifier
  and by this routing alike (`verifiers.extraction.answer.before_own_question`);
- `words_for_number` / `words_for_option`: words where the gold is a number or an option letter (not for a
  refusal, a decided no-answer, nor for a response with no number in digits or words).

Error rows (failed generation) and unparseable golds are never sent: no judge can fix them.
"""

from __future__ import annotations

import re
from typing import Any

from mmeval.judges.readings import named_option, stated_count, stated_option, stated_value
from mmeval.verifiers import extract_answer
from mmeval.verifiers.extraction.answer import NEXT_QUESTION_RE, before_own_question, is_refusal

__all__ = ["route", "is_program", "continuation_prefix", "REASONS"]

REASONS = ("no_answer", "pred_unparseable", "timeout", "program", "guessed", "no_option", "words_for_number",
           "words_for_option", "several_questions")  # fmt: skip

_ANCHORED = frozenset({"answer_tag", "boxed", "final_answer", "answer_is"})
# rule-mode readings that stay `guessed` in the verdict but that the cascade lets decide: MathVista's
# `option_named_first` (the one option a one-paragraph reply names in its opening sentence) agreed with
# the official verdict on 37 of 37 tune rows and 2 of 2 check rows; `question_new_number` (the one value a
# one-sentence reply adds to its question) on 330 of 330 tune rows and 42 of 42 check rows, GPT's
# extraction being that value on 329 and 42 (tests/verifiers/data/README.md)
_DECIDED_READINGS = frozenset({"option_named_first", "question_new_number"})
# (spaces and tabs before the keyword, not `\s*`: that rescanned a run of blank lines from every line start)
_CODE = re.compile(r"^[ \t]*(?:print\(|def |import |from \w+ import )", re.M)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LETTER = re.compile(r"^\(?[A-Z]\)?$")
_NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|half|third|quarter|once|twice|dozen)\b",
    re.I,
)
_COUNT_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", re.I
)
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def is_program(response: str) -> bool:
    """A response that is (or ends in) Python code: a line starting with print(, def, import."""
    return bool(_CODE.search(response or ""))


def route(item: Any, response: str, row: dict[str, Any]) -> str | None:
    """The reason `row` (the rules' verdict on `response`) goes to the judge, or None (rules decided)."""
    status = row.get("status")
    if status in ("error", "gold_unparseable"):
        return None
    text = response or ""
    if is_program(text):
        return "program"
    if status in ("pred_unparseable", "timeout"):
        return status
    if continuation_prefix(text) is not None:
        own = before_own_question(text)
        if own == text:  # nothing before its made-up questions answers: which answer is its own is unclear
            return "several_questions"
        text = own  # the rules read the answer before the made-up questions (as the verifier does)
    if status == "no_answer":
        return None if text.strip() and is_refusal(text) else "no_answer"
    if row.get("rule") == "official_closest_option":
        # an answer the response marks ("the answer is 55°", a box) maps to an option by the official
        # closest-option rule itself: decided; an unmarked one is for the judge to read (a value the
        # reply only states, "... is 37 degrees.", is not: GPT's extraction of it, "37" or "37°" or the
        # nearest option, lands on different options by edit distance)
        return None if extract_answer(text).rule in _ANCHORED else "no_option"
    if (
        row.get("guessed")
        and row.get("rule") not in _DECIDED_READINGS
        and not _unambiguous_guess(item, text, row.get("extracted"))
    ):
        return "guessed"
    words = _words(item, row.get("extracted"))
    if words == "words_for_number" and not (re.search(r"\d", text) or _NUMBER_WORD.search(text)):
        return None  # no number anywhere, in digits or words: no reading of it gives one
    return None if words and is_refusal(text) else words


def _unambiguous_guess(item: Any, response: str, extracted: Any) -> bool:
    """A guessed option letter: the reply's last sentence names that option's text and no other's
    (`readings.named_option`), or ends by stating that option's value and no other's
    (`readings.stated_option`: "Given that ∠A = 40.0, the degree of ∠B is 80°." for option 80°), or the
    reply holds one number only and that is the option's value ("is 3.0." for option 3) (a last
    line that names the letter is not enough: on the check files that reading disagreed with the official
    verdict on 2 of 160 rows, so it was removed; see `tests/verifiers/data/README.md`). Any other guess: the response holds one number only, or sets exactly one thing in bold
    and that is the guess, or its last sentence with a number holds exactly one and that is the guess
    ("... so there are 5 candies. Anything else?"), or it states the guess at its end (`readings`: the
    value the last sentence ends on, the count a "there are N" sentence gives a how-many question)."""
    numbers = set(_NUMBER.findall(response))
    letter = str(extracted or "").strip()
    letters = [chr(ord("A") + i) for i in range(len(getattr(item, "choices", None) or []))]
    if letter in letters:  # how many numbers a reply holds says nothing about which option it chose
        option = str(item.choices[letters.index(letter)])
        return (
            named_option(item.choices, response, letters.index(letter))
            or (len(numbers) == 1 and _values(_NUMBER.findall(option)) == _values(numbers))
            or stated_option(item.choices, response, letters.index(letter))
        )
    counted = {w.lower() for w in _COUNT_WORD.findall(response)}  # "two large objects ... and three ..."
    if len(numbers) + len(counted) <= 1:
        return True
    if letter not in letters and stated_count(getattr(item, "question", ""), response, letter):
        return True
    if letter not in letters and stated_value(response, letter):
        return True
    bold = _BOLD.findall(response[-3000:])
    if (
        len(bold) == 1
        and _NUMBER.findall(bold[0])
        and _NUMBER.findall(bold[0]) == _NUMBER.findall(str(extracted or ""))
    ):
        return True
    sentences = [s for s in _SENTENCE.split(response.strip()[-2000:]) if _NUMBER.search(s)]
    last = _NUMBER.findall(sentences[-1]) if sentences else []
    return len(last) == 1 and last == _NUMBER.findall(str(extracted or ""))


def _values(numbers: Any) -> set[float | str]:
    """The numbers' values ("3.0" and "3" are one value); one with a comma stays as written ("1,5" may be
    a list, a decimal comma or a thousands separator)."""
    return {n if "," in n else float(n) for n in numbers}


def continuation_prefix(response: str) -> str | None:
    """The response up to where it starts a new question of its own ("...The answer is B.\n\nQuestion: If
    x = 4, ..."): few-shot prompts make models continue with made-up questions and answer those too.
    None when the response asks no further question."""
    found = NEXT_QUESTION_RE.search(response or "")
    return response[: found.start()].rstrip() if found and found.start() > 0 else None


def _words(item: Any, extracted: Any) -> str | None:
    answer = str(extracted or "").strip()
    if item.answer_type in ("integer", "float") and answer and not re.search(r"\d", answer):
        return "words_for_number"
    if item.answer_type == "multiple_choice" and answer and not _LETTER.match(answer):
        return "words_for_option"
    return None
