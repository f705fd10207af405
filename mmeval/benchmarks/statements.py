"""Option questions answered by a statement instead of an option: `yes_no_statement` ("Is Periwinkle the
maximum?" -> "Periwinkle is not the maximum.") and `option_named_first` ("... the model with the lowest
loss overall is the Pushforward model. The other models ...").

Weak models answer a yes/no question by restating it as a sentence. The reading is taken only where it
is unambiguous: some sentence of the reply's last paragraph restates the question (an earlier one may
answer a question of the reply's own making: few-shot continuations), that is, holds the question's
content words in the question's order (auxiliaries, articles and prepositions aside; after do / does /
did the verb also in its -s or -ed form: "Does X show Y?" / "X shows Y"); that sentence is
not embedded in a hedge ("cannot determine whether ...", "it asks if ..."), the reply is not a refusal,
and the question itself has no negation. The restatement with no negation answers "yes", with exactly
one ("not", "n't", "no", "never") "no"; a reply that restates something else ("there are more A than B"
for "are there fewer A than B?") or negates twice gives no reading (None), and goes on to the
closest-option mapping or a judge. The order matters: "Web Maroon is less than Sky Blue" does not
restate "Is Sky Blue less than Web Maroon?".
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = [
    "yes_no_statement",
    "compared_statement",
    "is_yes_no",
    "option_named_first",
    "question_new_number",
    "opening_new_number",
]

_AUX = frozenset(
    "is are was were be been being does do did has have had will would can could should "
    "the a an this that these those there it its of in on at to for with by as".split()
)
_NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "none", "cannot"})
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|cannot)\b|n't\b", re.I)
_HEDGE = re.compile(r"\b(?:if|whether|asks?|asked|question)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")
_FRONTED = re.compile(
    r"^[^,?]{3,80}?\s*,\s*(?P<main>(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b[^,]*\?)$",
    re.I,
)


def is_yes_no(choices: list[str] | None) -> bool:
    """The options are exactly "yes" and "no" (any case)."""
    return sorted(str(c).strip().lower() for c in choices or []) == ["no", "yes"]


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("n't", " not")) if w not in _AUX]


def _in_order(needle: list[str], words: list[str], *, verbs: bool = False) -> bool:
    """`needle`'s words occur in `words` in order; `verbs`: a needle word also in its -s / -ed forms
    (`_inflected`)."""
    rest = iter(words)
    if verbs:
        return all(any(h in forms for h in rest) for forms in map(_inflected, needle))
    return all(any(w == h for h in rest) for w in needle)


def _inflected(word: str) -> frozenset[str]:
    """A verb as a do-question asks it and as a statement says it: "Does X represent Y?" / "X represents
    Y", "Did X increase?" / "X increased", "Does X cross Y?" / "X crosses Y", "Does X vary?" / "X
    varies"; regular forms only (an irregular past, "grew", is no reading)."""
    forms = {word, word + "s", word + "es", word + "d", word + "ed"}
    if re.fullmatch(r"\w+[^aeiou]y", word):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", word):  # one short vowel: "stop" / "stopped"
        forms.add(word + word[-1] + "ed")
    return frozenset(forms)


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
    # a question that fronts its setting ("Among the states that border Georgia, does Florida have the
    # lowest value?") is restated with the setting anywhere or left out: its main clause is the needle
    fronted = _FRONTED.match(asked)
    main = fronted.group("main") if fronted else asked
    needle = _content(main)
    # "Does X show Y?" is restated "X shows Y": its verb goes from the bare form to the -s or -ed form
    verbs = bool(re.match(r"(?:do|does|did)\b", main, re.I))
    if len(needle) < 2:
        return None
    paragraphs = re.split(r"\n\s*\n", (response or "").strip())
    restated = [
        s
        for s in _SENTENCE.split(paragraphs[-1])
        if _in_order(needle, [w for w in _content(s) if w not in _NEGATIONS], verbs=verbs)
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
    "frog"; "Adults spider population" / "the adult spider population") and, read as a verb, in its
    regular -ed / -ing forms ("flip" / "The letter has been flipped."; "rotate" / "rotated"; "turn" /
    "turning"); anything else as written."""
    if not re.fullmatch(r"[a-z]{3,}", word):
        return re.escape(word)
    stem = word[:-1] if word.endswith("s") else word
    forms = [re.escape(stem) + "s?", re.escape(stem[:-1] if stem.endswith("e") else stem) + "(?:ed|ing)"]
    short_final = re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", stem)  # doubles: flip -> flipped
    if short_final:
        forms.append(re.escape(stem + stem[-1]) + "(?:ed|ing)")
    return "(?:" + "|".join(forms) + ")"


def _chosen_in(option: str, sentence: str, asked: str) -> bool:
    """Whether `sentence` names `option` other than in words it repeats from the question."""
    form = r"\s+".join(_word_form(w) for w in option.rstrip(".").split())
    for m in re.finditer(r"(?<!\w)" + form + r"(?!\w)", sentence):
        before = re.findall(r"\w+", sentence[: m.start()])[-1:]
        if not (asked and before and f" {before[0]} {m.group(0)} " in f" {asked} "):
            return True
    return False


# --- counts compared: "Are there more X than Y?" / "Is the number of X less than the number of Y?" ------
# Counting questions (Super-CLEVR's in MathVista) ask whether one count exceeds another; weak models answer
# with the comparison they see, often the other way round ("there are more Y than X"). Which side is
# which is read from the words, so the answer follows from the two directions.
_MORE = {"more": 1, "greater": 1, "larger": 1, "bigger": 1, "higher": 1,
         "fewer": -1, "less": -1, "smaller": -1, "lower": -1}  # fmt: skip
_DIRECTION = "|".join(_MORE)
_ASKED_COMPARISON = (
    re.compile(rf"^are there (?P<dir>{_DIRECTION}) (?P<x>.+?) than (?P<y>.+?)\?$", re.I),
    re.compile(rf"^is the number of (?P<x>.+?) (?P<dir>{_DIRECTION}) than the number of (?P<y>.+?)\?$", re.I),
)
_STATED_COMPARISON = (
    re.compile(
        rf"\bthere (?:are|is)(?P<neg> not| no)? (?P<dir>{_DIRECTION}) (?P<x>.+?) than (?P<y>.+?)$", re.I
    ),
    re.compile(
        rf"\bthe number of (?P<x>.+?) is(?P<neg> not|n't)? (?P<dir>{_DIRECTION}) than the number of (?P<y>.+?)$",
        re.I,
    ),
)
_SAME = re.compile(r"\bthere (?:are|is) the same number of (?P<x>.+?) as (?:there are )?(?P<y>.+?)$", re.I)
_PLURAL = re.compile(r"[es]+$")


def compared_statement(question: str, response: str) -> str | None:
    """ "yes" or "no" for a question comparing two counts ("Are there more X than Y?", "Is the number of X
    less than the number of Y?") answered by a comparison statement in the last sentence of the reply's
    last paragraph: "there are more/fewer A than B", "the number of A is greater than the number of B",
    "there are the same number of A as B" (no: neither count exceeds the other), and a negated comparison
    only where it denies what is asked ("there are not more A than B" for "are there more A than B?": no;
    for "are there fewer B than A?" it says nothing, as the counts may be equal). Each
    side is matched to the question's by its words (one side's words contained in the other's, plurals
    aside), in the question's order or reversed; exactly one of the two must fit. None otherwise: no such
    question, no such sentence, sides that fit both ways or neither, a hedge.

    >>> compared_statement("Are there more red buses than green things?", "There are more green things than red buses.")
    'no'
    >>> compared_statement("Are there fewer big bikes than jets?", "Based on the image, there are more jets than big bikes.")
    'yes'
    >>> compared_statement("Are there fewer big bikes than jets?", "There are more cars than bikes.") is None
    True
    >>> compared_statement("Is the number of cars less than the number of jets?", "There are not more cars than jets.") is None
    True
    """
    lines = [ln for ln in (question or "").strip().splitlines() if ln.strip()]
    asked = lines[-1].strip() if lines else ""
    found = next((m for p in _ASKED_COMPARISON if (m := p.match(asked))), None)
    if found is None or _NEGATION.search(asked):
        return None
    paragraphs = re.split(r"\n\s*\n", (response or "").strip())
    sentences = [s.strip().rstrip(".!") for s in _SENTENCE.split(paragraphs[-1]) if s.strip()]
    if not sentences or _HEDGE.search(sentences[-1]) or re.search(r"\bthan\b.*\bthan\b", sentences[-1]):
        return None
    last = sentences[-1]
    stated = next((m for p in _STATED_COMPARISON if (m := p.search(last))), None)
    same = _SAME.search(last) if stated is None else None
    said = stated or same
    if said is None:
        return None
    x, y = _side(found.group("x")), _side(found.group("y"))
    a, b = _side(said.group("x")), _side(said.group("y"))
    straight, swapped = _fits(a, x) and _fits(b, y), _fits(a, y) and _fits(b, x)
    if straight == swapped:
        return None
    if same is not None:
        return "no"
    negated = stated.group("neg") is not None
    if negated and _NEGATION.search(stated.group("x") + " " + stated.group("y")):
        return None  # negated twice
    agrees = (
        _MORE[found.group("dir").lower()] * _MORE[stated.group("dir").lower()] * (1 if straight else -1) > 0
    )
    # "not more X than Y" denies "more X than Y" but does not say "fewer": the counts may be equal
    if negated:
        return "no" if agrees else None
    return "yes" if agrees else "no"


def _side(text: str) -> frozenset[str]:
    """The content words of one side of a comparison, plurals folded the same way however they are spelt
    ("bus", "buss", "busses", "buses": "bu"; "bike", "bikes": "bik")."""
    return frozenset(_PLURAL.sub("", w) if len(w) >= 3 else w for w in _content(text))


def _fits(said: frozenset[str], asked: frozenset[str]) -> bool:
    return bool(said) and bool(asked) and (said <= asked or asked <= said)


# --- the one value a restating reply adds: "In how many years ...?" / "In 3 years, the exports ..." -------
# Weak models answer a free-form question with one sentence that restates it and puts the answer in: the
# numbers the question gives come back ("greater than 0.92%", "between 2014 and 2015"), and the one number
# the question does not give is the answer. The reply's last number is often a given instead.
_VALUE = re.compile(r"(?<![\w.,^_{])[-−]?\d+(?:,\d{3})*(?:\.\d+)?(?![\w^_}]|\.\d|,\d{3})")


_RANGE = re.compile(
    r"\d\s*(?:%|[a-z]+)?\s*(?:to|–|-)\s*[-−]?\d|\bbetween\s+[-−]?\d[\d,.]*\s*\S*\s+and\s+[-−]?\d", re.I
)


def _plain(text: str) -> str:
    """A number as written, without thousands separators and with an ASCII minus."""
    return text.replace(",", "").replace("−", "-")


def _value(text: str) -> float:
    return float(_plain(text))


def question_new_number(question: str, response: str) -> str | None:
    """The one number a one-sentence reply states that its question does not give, or None: a reply over
    one line or 300 characters, or of several sentences (a worked answer), or one adding no number or
    more than one (two counts, even equal ones), or stating a range ("1 to 7"), gives no reading. Numbers
    are counted as occurrences: a given the reply states once more than the question does is added. Numbers inside names (`v_1`, `x^2`, `3rd`) do not count.

    >>> question_new_number("In how many years is the export greater than 0.92 %?", "In 3 years, the export is greater than 0.92%.")
    '3'
    >>> question_new_number("What is the sum of 2 and 3?", "The sum of 2 and 3 is 5, or 6.") is None
    True
    """
    body = (response or "").strip()
    if not body or "\n" in body or len(body) > 300 or len(_SENTENCE.split(body.rstrip(".!? "))) > 1:
        return None
    if _RANGE.search(body):  # "1 to 7", "between 2007 and 2008": a range states two values
        return None
    # occurrences, not values: a reply that restates a given and answers with the same number ("9 dots in
    # 3 equal groups, each containing 3 dots") adds one occurrence of it
    given = Counter(_value(m) for m in _VALUE.findall(question or ""))
    added = []
    for m in _VALUE.findall(body):
        if given[_value(m)]:
            given[_value(m)] -= 1
        else:
            added.append(m)
    if len(added) != 1:  # none, or two counts ("4 green balls and 4 shiny things") even when equal
        return None
    return _plain(added[0])


# a sentence that draws the reply's conclusion
_CONCLUDING = re.compile(
    r"(?:therefore|thus|so|hence|in conclusion|in summary|overall|finally|in total|the answer)\b", re.I
)
# the words of a question that ask, not what it is about
_ASKING = frozenset("how many much what which who when where why value number".split())


def opening_new_number(question: str, response: str) -> str | None:
    """The one number the opening sentence of a longer reply adds to its question, when that sentence restates
    the question (an answer first, then its reasons: "The maximum rating of statistical capacity in Maldives
    is **70**. This is the highest value ..."), or None. The sentence restates the question when it holds at
    least two of the question's content words and half of them (`_content`, less the asking words); the number
    is read as `question_new_number` reads a one-sentence reply. A reply that concludes later ("Therefore ...",
    "So the value is 3.") is read by its conclusion, not here.

    >>> opening_new_number("How many bars have value below 40?", "There are 3 bars below 40 in the image. They are the bars for 2014, 2015 and 2016.")
    '3'
    >>> opening_new_number("How many bars have value below 40?", "The chart has 5 bars. Three of them are below 40.") is None
    True
    """
    body = (response or "").strip()
    sentences = [x for x in _SENTENCE.split(body) if x.strip()]
    if len(sentences) < 2:
        return None  # (a one-sentence reply is `question_new_number`'s)
    if any(_CONCLUDING.match(x.strip().lstrip("*# ")) for x in sentences[1:]):
        return None  # the reply concludes later ("Therefore, ... is 80% more"): its conclusion is the answer
    first = sentences[0].strip()
    asked = {w for w in _content(question or "") if w not in _ASKING and not w[0].isdigit()}
    said = set(_content(first))
    shared = len(asked & said)
    if not asked or shared < 2 or 2 * shared < len(asked):
        return None
    return question_new_number(question, first)
