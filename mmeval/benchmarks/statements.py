"""Option questions answered by a statement instead of an option: `yes_no_statement` ("Is Periwinkle the
maximum?" -> "Periwinkle is not the maximum.") and `option_named_first` ("... the model with the lowest
loss overall is the Pushforward model. The other models ...").

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

__all__ = ["yes_no_statement", "is_yes_no", "option_named_first"]

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


def option_named_first(choices: list[str], response: str, question: str = "") -> int | None:
    """The option a one-paragraph reply names in its opening sentence, when that sentence names exactly one
    option's text (as a phrase, any case, a final full stop dropped; each word of letters also in its
    plural or singular: "Frogs" / "the Frog", "Adults spider population would decrease" / "the adult
    spider population would decrease"), that text has no digit, and no option's text contains another's
    ("quarter" / "quarter past"): short replies answer first and explain after, naming other options there ("... is HomeGrid,
    which has 0 GPU days. The other environments, such as VLN, ..."). A mention that restates the
    question ("If pelicans increase, fish may decrease." for "What happens to fish if pelicans
    increase?": the word before it and the option occur together in `question`) is not a choice. None
    otherwise: a reply of several paragraphs (a worked solution) or an opening sentence that names no
    option or several.

    >>> option_named_first(["increase", "decrease"], "The population will decrease. Fewer eggs hatch.")
    1
    >>> option_named_first(["decrease", "increase"], "If pelicans increase, fish may decrease.", "if pelicans increase?")
    0
    """
    texts = [str(c).strip().lower() for c in choices]
    body = (response or "").strip()
    if not body or "\n" in body or any(a != b and a and a in b for a in texts for b in texts):
        return None
    first = _SENTENCE.split(body)[0].lower()
    asked = " ".join(re.findall(r"\w+", (question or "").lower()))
    named = [i for i, t in enumerate(texts) if t and _chosen_in(t, first, asked)]
    if len(named) != 1 or re.search(r"\d", texts[named[0]]):
        return None  # a number the opening sentence names may restate a given ("AC = 4cm, perimeter 14cm")
    return named[0]


def _word_form(word: str) -> str:
    """A word of an option as a pattern: a word of letters also in its plural or singular ("frogs" /
    "frog"; "Adults spider population" / "the adult spider population"), anything else as written."""
    if re.fullmatch(r"[a-z]{3,}", word):
        return re.escape(word[:-1] if word.endswith("s") else word) + "s?"
    return re.escape(word)


def _chosen_in(option: str, sentence: str, asked: str) -> bool:
    """Whether `sentence` names `option` other than in words it repeats from the question."""
    form = r"\s+".join(_word_form(w) for w in option.rstrip(".").split())
    for m in re.finditer(r"(?<!\w)" + form + r"(?!\w)", sentence):
        before = re.findall(r"\w+", sentence[: m.start()])[-1:]
        if not (asked and before and f" {before[0]} {m.group(0)} " in f" {asked} "):
            return True
    return False
