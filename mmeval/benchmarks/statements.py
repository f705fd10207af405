"""A yes/no option question answered by a statement instead of a word ("Is Periwinkle the maximum?" ->
"Periwinkle is not the maximum."): `yes_no_statement` reads the statement as the answer.

Weak models answer a yes/no question by restating it as a sentence. The reading is taken only where it
is unambiguous: some sentence of the reply's last paragraph restates the question (an earlier one may
answer a question of the reply's own making: few-shot continuations), that is, holds the question's
content words in the question's order (auxiliaries, articles and prepositions aside); that sentence is
not embedded in a hedge ("cannot determine whether ...", "it asks if ..."), the reply is not a refusal,
and the question itself has no negation. The restatement with no negation answers "yes", with exactly
one ("not", "n't", "no", "never") "no"; a reply that restates something else ("there are more A than B"
for "are there fewer A than B?") or negates twice gives no reading (None), and goes on to the
closest-option mapping or a judge. The order matters: "Web Maroon is less than Sky Blue" does not
restate "Is Sky Blue less than Web Maroon?".
"""

from __future__ import annotations

import re

__all__ = ["yes_no_statement", "is_yes_no"]

_AUX = frozenset(
    "is are was were be been being does do did has have had will would can could should "
    "the a an this that these those there it its of in on at to for with by as".split()
)
_NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "none", "cannot"})
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|cannot)\b|n't\b", re.I)
_HEDGE = re.compile(r"\b(?:if|whether|asks?|asked|question)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")


def is_yes_no(choices: list[str] | None) -> bool:
    """The options are exactly "yes" and "no" (any case)."""
    return sorted(str(c).strip().lower() for c in choices or []) == ["no", "yes"]


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("n't", " not")) if w not in _AUX]


def _in_order(needle: list[str], words: list[str]) -> bool:
    rest = iter(words)
    return all(any(w == h for h in rest) for w in needle)


def yes_no_statement(question: str, response: str, *, refusal: bool = False) -> str | None:
    """ "yes" or "no" when a sentence of `response` restates `question` (see the module docstring);
    `refusal`: the caller found the reply declines to answer (then no reading).

    >>> yes_no_statement("Is Periwinkle the maximum?", "Based on the image, Periwinkle is not the maximum.")
    'no'
    >>> yes_no_statement("Is Sky Blue less than Web Maroon?", "Sky Blue is less than Web Maroon.")
    'yes'
    >>> yes_no_statement("Is Sky Blue less than Web Maroon?", "Web Maroon is less than Sky Blue.") is None
    True
    """
    lines = [ln for ln in (question or "").strip().splitlines() if ln.strip()]
    asked = lines[-1].strip() if lines else ""
    if refusal or not asked.endswith("?") or _NEGATION.search(asked):
        return None
    needle = _content(asked)
    if len(needle) < 2:
        return None
    paragraphs = re.split(r"\n\s*\n", (response or "").strip())
    restated = [
        s
        for s in _SENTENCE.split(paragraphs[-1])
        if _in_order(needle, [w for w in _content(s) if w not in _NEGATIONS])
    ]
    if not restated or _HEDGE.search(restated[-1]):
        return None
    negations = len(_NEGATION.findall(restated[-1]))
    return {0: "yes", 1: "no"}.get(negations)
