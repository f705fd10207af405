"""Answers the rules found without an answer marker that are still unambiguous, so the cascade keeps the
rules' verdict instead of asking a judge (`policy.route`). Each was measured on the tune half of the
published MathVista outputs (every row it decides agrees with the official verdict there).

- `stated_value`: the reply's last sentence with a number ends by stating a value: after its last
  "is", "are", "was", "equals", "=" (also 为/是; not ":", which also labels and lists) come that value's
  numbers and at most a few unit words ("Therefore, the number of bars below 40 is 3.", "... = 3
  objects left.", "... is approximately 1.43 \\times 10^2 N."), exactly the rules' answer's numbers. A
  tail with another number ("is 1 to 8", "is 0.5714, or 57.14%", "is 3:1" for an answer 1) is no
  reading, nor parallel statements of values ("a_x = 9 cm/s^2\na_y = 5 cm/s^2");
- `stated_count`: a "how many" question whose reply's last sentence with a number opens with
  "There are N ..." (one count);
- `named_option`: the reply's last sentence names one option's text (not a number) and no other's;
- `stated_option`: the reply's last sentence with a number ends by stating one option's value, as
  `stated_value` reads it, and no other option's ("Given that ∠A = 40.0, the degree of ∠B is 80°."
  states option 80°, even where 40° is an option too: the given comes before the copula).

Closing pleasantries ("Is there anything else I can help you with?") are not the last line.
"""

from __future__ import annotations

import re

from mmeval.verifiers.extraction.answer import drop_closers

__all__ = ["stated_value", "stated_count", "named_option", "stated_option"]

_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)*")
_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")
_COPULA = re.compile(
    r"(?:\b(?:is|are|was|were|equals?|be)\b|=|为|是|≈)"
    r"\s*(?:approximately|about|around|roughly|exactly|only|just|~)?\s*",
    re.I,
)
_VALUE_LINE = re.compile(r"^\W*[\w\s\-]{1,30}(?:=|:)\s*[-−]?\d")


def _body(text: str) -> str:
    """The reply without its closing pleasantries (the extraction's own `drop_closers`)."""
    return drop_closers(text or "").strip()


def _numbers(text: str) -> list[str]:
    return [n.replace("−", "-") for n in _NUMBER.findall(text)]


def stated_value(response: str, answer: str) -> bool:
    """The last sentence with a number ends by stating `answer`'s numbers (module docstring).

    >>> stated_value("Count them: 4, 6, 2.\\nTherefore, the number of bars below 40 is 3.", "3")
    True
    >>> stated_value("The range of the numbers is 1 to 8.", "8")
    False
    """
    body = _body(response)[-2000:]
    sentences = [s for s in _SENTENCE.split(body) if re.search(r"\d", s)]
    want = _numbers(str(answer or ""))
    if not sentences or not want:
        return False
    copulas = list(_COPULA.finditer(sentences[-1]))
    if not copulas:
        return False
    tail = sentences[-1][copulas[-1].end() :]
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\[A-Za-z]+", " ", tail))
    if _numbers(tail) != want or len(words) > 4:
        return False
    lines = [ln.strip() for ln in body.split("\n\n")[-1].splitlines() if ln.strip()]
    return not (len(lines) > 1 and all(_VALUE_LINE.match(ln) for ln in lines[-2:]))  # parallel values


_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
)
_COUNT = re.compile(
    r"^(?:[^,.]{0,60},\s*)?there\s+(?:is|are|was|were)\s+(?:only\s+|a\s+total\s+of\s+)?(\d+|"
    + "|".join(_WORDS)
    + r")\b(?!\s*[.,:/]\d)",
    re.I,
)
_AND_COUNT = re.compile(r"\band\s+(?:\d|(?:" + "|".join(_WORDS) + r")\b)", re.I)


def stated_count(question: str, response: str, answer: str) -> bool:
    """A "how many" question whose reply's last sentence with a number opens by stating the count:
    "There are 3 bars with values below 40.", "In the image, there were two flocks that had at least
    17 birds but fewer than 33 birds." (the other numbers restate the question), and that count is
    `answer`. Not when the sentence counts two things ("There are 1 block and 2 cylinders left").

    >>> stated_count("How many bars have value below 40?", "There are 3 bars with values below 40.", "3")
    True
    """
    if "how many" not in (question or "").lower():
        return False
    sentences = [s.strip() for s in _SENTENCE.split(_body(response)[-2000:]) if re.search(r"\d|\w", s)]
    numbered = [
        s
        for s in sentences
        if re.search(r"\d", s) or re.search(r"\b(?:" + "|".join(_WORDS) + r")\b", s, re.I)
    ]
    if not numbered:
        return False
    found = _COUNT.match(numbered[-1])
    if found is None or _AND_COUNT.search(numbered[-1]):
        return False
    count = found.group(1).lower()
    value = str(_WORDS.index(count)) if count in _WORDS else count
    return _numbers(str(answer or "")) == [value]


def named_option(choices: list[str], response: str, index: int) -> bool:
    """The reply's last sentence names the text of option `index` (one with no digit: "surplus",
    "smaller than") as a phrase, and no other option's text: "The derivative at x=2 is smaller than at
    x=5." for options larger than / equal to / smaller than. Options whose texts contain one another
    ("quarter", "quarter past") are never read this way, nor numeric ones (a weak model's restated
    "∠D = 55.0, then ∠BCE = 55°" is no answer a reader agrees on)."""
    texts = [str(c).strip().lower() for c in choices]
    if not texts[index] or re.search(r"\d", texts[index]):
        return False
    if any(a != b and a and a in b for a in texts for b in texts):
        return False
    sentences = [s for s in _SENTENCE.split(_body(response)[-2000:]) if s.strip()]
    last = sentences[-1].lower() if sentences else ""
    named = [i for i, t in enumerate(texts) if t and re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", last)]
    return named == [index]


def stated_option(choices: list[str], response: str, index: int) -> bool:
    """The reply's last sentence with a number ends by stating option `index`'s value (its numbers, in
    order, then at most a few unit words: `stated_value`) and no other option's. Options without a number
    are `named_option`'s.

    >>> stated_option(["80°", "60°", "50°", "40°"], "Given that ∠A = 40.0, the degree of ∠B is 80°.", 0)
    True
    >>> stated_option(["1", "√{3}", "2", "3"], "So r = 0.5 x r, and the answer follows.", 3)
    False
    """
    matching = [i for i, c in enumerate(choices) if _numbers(str(c)) and stated_value(response, str(c))]
    return matching == [index]
