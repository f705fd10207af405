"""Multiple choice: map an extracted answer (or the response's last line) to one option letter.

A letter counts only as a whole token in one of its usual dresses ("B", "(B)", "B.", "B)", "option B",
`\\text{B}`); a letter inside a word never counts ("answer" contains "a"). An answer naming several
options ("A, B, C, D") is kept as that list so that it can never equal a single gold letter.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from mmeval.verifiers.extraction.normalize import canonical, clean_answer, strip_text_macros
from mmeval.verifiers.extraction.numbers import parse_number
from mmeval.verifiers.extraction.sentences import elliptical_yes_no, word_number, yes_no_taken_back
from mmeval.verifiers.extraction.units import unit_of, units_differ
from mmeval.verifiers.verdict import Extraction

__all__ = [
    "QUALIFIER_WORDS",
    "letter_of",
    "letter_with_its_text",
    "letters_for",
    "match_choice",
    "whole_option_text",
]

_LEAD_WORDS_RE = re.compile(
    r"^(?:(?:so|thus|hence|therefore),?\s+)?(?:the\s+)?(?:correct\s+)?(?:answer|option|choice)s?\s*(?:is|:)?\s*",
    re.IGNORECASE,
)
_ONE_RE = re.compile(r"^[\(\[]?\s*([A-Za-z])\s*[\)\]]?\s*(?:选项|项)?\s*[.:。]?$")  # "B", "(B).", "B选项"
_PREFIX_RE = re.compile(r"^(?:[\(\[]\s*([A-Z])\s*[\)\]]|([A-Z])\s*[.):：])\s*\S")
_MANY_RE = re.compile(
    r"^[\(\[]?[A-Z][\)\]]?(?:\s*(?:,|;|/|&|、|，)?\s*(?:and|or|和)?\s*[\(\[]?[A-Z][\)\]]?)+\.?$"
)
# a letter in brackets right after a name is an argument (`P(A)`, `f(B)`), not an option
# (also after the arguments before it: the `C` of `f(A, C)`)
_ARGUMENT_BEFORE_RE = re.compile(r"[A-Za-z\d_][\(\[](?:\s*+[A-Za-z\d_]++\s*+,)*+\s*+$")
_CALL_RE = re.compile(r"[A-Za-z][\(\[]")
_STRONG_RE = re.compile(r"(?<![A-Za-z\d_])[\(\[]([A-Z])[\)\]]|\b(?:option|choice)\s+([A-Z])\b", re.IGNORECASE)
# another letter listed right after a strong one ("Option A or B", "(A) and C", "choice B/D"): the line names both
_STRONG_MORE_RE = re.compile(
    r"\s*(?:[,/&]|(?i:\bor\b|\band\b))\s*(?:(?i:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?(?![A-Za-z\d])"
)
_LINE_END_RE = re.compile(r"(?<![A-Za-z'’\\*/^\d])([A-Z])[\s.)*]*$")
# letters listed at a line's end ("... are A, B.", "... is A or B"): each of them, not the last alone
_LINE_END_LIST_RE = re.compile(
    r"(?<![A-Za-z'’\\*/^\d])([A-Z](?:\s*+(?:[,;/&]|\band\b|\bor\b)\s*+(?:[,;/&]|\band\b|\bor\b)?\s*+[A-Z])+)"
    r"[\s.)*]*$"
)
_BARE_RE = re.compile(r"(?<![A-Za-z'’\\])([A-Z])(?![A-Za-z'’])")
# a letter multiplied, divided or raised (`E*2`, `2A`, `A^2`) is a quantity in an expression, not an option
_OPERAND_RE = re.compile(r"(?<![A-Za-z'’\\*/^\d])([A-Z])(?![A-Za-z'’\d]|\s*[*/^])")
# a letter that names a point, angle or side ("∠D is 115°", "point B", "triangle C") is not an option
_GEOMETRY_BEFORE_RE = re.compile(
    r"(?:[∠△▲⊙∡⌒]|\\angle|\\triangle|\b(?:angle|point|vertex|side|line|segment|triangle|circle))\s*$",
    re.IGNORECASE,
)


# a letter the reply rules out ("C, not A", "it can't be B", "B。不是 A") is not its answer, nor an option's text
# ("a square, not a circle": an article before the text); nor one it only bounds ("It is at least B.", "The angle is
# more than 45°.": a bound states no option, and had been read as that option)
_NEGATED_BEFORE_RE = re.compile(
    r"(?:(?:\bnot|\bcannot|n't)(?:\s+be)?|\bnever|\brather than|\binstead of|\bexcept|\bexcluding|\bunlike|\bneither|\bnor|不是|而非|非"
    r"|\bat\s+(?:least|most)|\bup\s+to|\b(?:below|above|over|beyond|exceed(?:s|ed|ing)?)"
    r"|\b(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower)\s+than(?:\s+or\s+equal\s+to)?)"
    r"\s*(?:(?:the\s+)?(?:options?|choices?|answers?)\s+|(?:an?|the)\s+)?"
    r"(?:[\(\[]?[A-Z][\)\]]?\s*(?:,|\bor\b|\bnor\b|\band\b|、)\s*)*"
    r"[\(\[]?\s*$",
    re.IGNORECASE,
)
# a letter or an option's text that the reply denies right after naming it ("C is incorrect.", "(C) is wrong",
# "Option C is ruled out", "C选项错误") is not its answer; "C is correct", "C选项正确" still choose it
_DENIED_AFTER_RE = re.compile(
    r"\s*+[\)\]]?\s*+,?\s*+(?:(?:is|are|was|were)\s++(?:(?:also|clearly|definitely|obviously)\s++)?"
    r"(?:wrong|incorrect|false|invalid|ruled\s+out|eliminated|excluded"
    r"|not\s++(?:the\s++(?:answer|correct|right)|correct|right|true|valid|possible))\b"
    r"|(?:选项|项)?\s*+(?:是|也是|也)?\s*+(?:错误|错的|不正确|不对|不是正确|不是答案|不符合|不成立|可以排除|被排除|排除))",
    re.IGNORECASE,
)


def _denied_after(text: str, end: int) -> bool:
    """Whether `text` denies what ends at `end` (a letter or an option's text) right after it."""
    return _DENIED_AFTER_RE.match(text, end, end + 60) is not None


def _ruled_out(text: str, start: int, end: int) -> bool:
    """Whether `text` rules out what it names at `start:end`: a negation before it ("Not 45°.", "C, not A") or a
    denial right after it ("60° is incorrect.")."""
    return _NEGATED_BEFORE_RE.search(text[max(0, start - 80) : start]) is not None or _denied_after(text, end)


# an option letter opening an answer, then a justification ("D, it can't be A or B", "C, not A", "B。不是 A"), or
# the source it is read from or the option it is preferred to ("B as shown in the image", "option B based on the
# diagram", "C rather than 4", "B over A because ...")
# (after a first-person choice: "I choose B because ...", "I'd go with B, since ...", "I think it's B as shown in the
# image", "Looking at the image, I'd say A based on ...")
_CHOICE_LEAD = (
    r"(?i:(?:(?:looking\s+at|based\s+on)\s+the\s+(?:image|figure|diagram|graph|chart|picture),?\s+)?"
    r"(?:I(?:\s+would|\s+will|['’]d)?\s+(?:choose|select|pick|go\s+with|say)"
    r"|I\s+(?:think|believe)\s+(?:it['’]s|it\s+is|the\s+answer\s+is)|my\s+(?:choice|pick)\s+is)\s+)"
)
_LEAD_LETTER_RE = re.compile(
    rf"^{_CHOICE_LEAD}?(?:(?:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?\s*(?:[,，。;；]|\s[-–—]|\.\s"
    r"|(?=\s+(?:since|because|as|based\s+on|according\s+to|rather\s+than|instead\s+of|over)\b))\s*(?=\S)"
)
# a reason after the letter ("B, since A is too small", "B because option A ...", "D, as 3 is too small"): the
# letters and values it names are what the reason is about, not options the reply offers besides its own
_REASON_AFTER_RE = re.compile(
    r"(?:since|because|as(?!\s+well)|given\s+that|whereas|due\s+to|considering|based\s+on|according\s+to"
    r"|rather\s+than|instead\s+of|over)\b",
    re.IGNORECASE,
)


# words that take back what came before them ("B, since A is wrong, but actually C")
# (and a question the reply answers with a no: "B because A is too small? No, it's C.")
_TAKEN_BACK_RE = re.compile(
    r"\b(?:actually|wait|instead|rather|correction|on\s+second\s+thought|i\s+mean)\b|\?\s*(?:no|nope)\b",
    re.IGNORECASE,
)


def letter_with_reason(text: str) -> str | None:
    """The capital letter that opens `text` when a reason follows it ("B, since 3 is too small", "D because A
    ..."), or None: the letter is the answer, and the reason's numbers and letters are no part of it.

    >>> letter_with_reason("B, since 3 is too small"), letter_with_reason("B, 3"), letter_with_reason("B or C")
    ('B', None, None)
    """
    m = _LEAD_LETTER_RE.match(text.strip())
    # (a reason that takes the letter back, "B, since A is wrong, but actually C", is no reason)
    if m is None or not _REASON_AFTER_RE.match(text.strip(), m.end()) or _TAKEN_BACK_RE.search(text, m.end()):
        return None
    return m.group(1)


# a letter, then another it is not, with no comma between ("B and not C", "(B) rather than (C)", "B instead of C")
_LETTER_NOT_OTHER_RE = re.compile(
    # (or in brackets: "C (not B)")
    r"^[\(\[]?([A-Z])[\)\]]?\s+(?:(?:(?:and|but)\s+)?not|rather\s+than|instead\s+of|\(\s*not)\s+"
    r"(?:(?:option|choice)\s+)?[\(\[]?([A-Z])[\)\]]?\s*\)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_HEDGE_AFTER_RE = re.compile(r"(?:or|and|maybe|possibly|perhaps|probably|either|also|&|/)\b", re.IGNORECASE)


def _letters_in(regex: re.Pattern[str], line: str) -> list[str]:
    """The letters `regex` finds in `line`, minus those that name a point or an angle and those ruled out
    (each judged by the 80 characters before it, so a long line stays linear)."""
    found = []
    for m in regex.finditer(line):
        before = line[max(0, m.start(1) - 80) : m.start(1)]
        if _ARGUMENT_BEFORE_RE.search(before):  # `P(A)`, `f(B)`: an argument
            continue
        if (
            not _GEOMETRY_BEFORE_RE.search(before)
            and not _NEGATED_BEFORE_RE.search(before)
            and not _denied_after(line, m.end(1))
        ):
            found.append(m.group(1))
    return found


def _lead_letter(text: str, letters: str) -> str | None:
    """The option letter that opens `text` and is followed by a justification rather than by other options
    offered as alternatives ("A, or maybe B" is a hedge)."""
    m = _LEAD_LETTER_RE.match(text)
    if m is None or m.group(1) not in letters:
        return None
    rest = text[m.end() :]
    if _HEDGE_AFTER_RE.match(rest) or re.match(
        r"[\(\[]?[A-Z][\)\]]?(?:\s*[,.;)]|\s*$|\s+(?:and|or)\b)", rest
    ):
        return None
    others = {x for x in _letters_in(_BARE_RE, rest) if x in letters} - {m.group(1)}
    return m.group(1) if not others else None


_OWN_LABEL_RE = re.compile(r"^\s*(?:\(\s*([A-Z])\s*\)|([A-Z])\s*[.:：．)、])\s*(?=\S)")


def own_labels_dropped(choices: list[str] | None) -> list[str] | None:
    """The options without the letter each opens with, when every one is labelled with its own letter in order
    ("(A) 5", "(B) 6" or "A. 5", "B. 6"), else `choices` as given: an answer "6" is option B's text.

    >>> own_labels_dropped(["(A) 5", "(B) 6"]), own_labels_dropped(["A. 5", "C. 6"]), own_labels_dropped(["A", "B"])
    (['5', '6'], ['A. 5', 'C. 6'], ['A', 'B'])
    """
    if not choices or len(choices) > 26:
        return choices
    labels = [_OWN_LABEL_RE.match(c) if isinstance(c, str) else None for c in choices]
    if any(m is None or (m.group(1) or m.group(2)) != chr(ord("A") + i) for i, m in enumerate(labels)):
        return choices
    return [c[m.end() :].strip() for c, m in zip(choices, labels, strict=True)]  # type: ignore[union-attr]


def letters_for(choices: list[str] | None, gold: str | None = None) -> str:
    """Valid option letters: one per choice, or A-E (up to the gold letter) when only the gold is a letter."""
    if choices:
        return "".join(chr(ord("A") + i) for i in range(min(len(choices), 26)))
    last = "E"
    if gold and len(gold.strip()) == 1 and gold.strip().isalpha():
        last = max(last, gold.strip().upper())
    return "".join(chr(c) for c in range(ord("A"), ord(last) + 1))


def _plain(candidate: str) -> str:
    """`candidate` cleaned, without bold and without a lead-in ("The answer is", "Option")."""
    return _LEAD_WORDS_RE.sub(
        "", strip_text_macros(clean_answer(candidate)).strip().strip("*").strip()
    ).strip()


# an option named by its place ("the second option", "The first one.", "the last choice"); never a number ("option
# two", "option 2": the option whose text is 2 may be meant)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": -1}
_PLACED_RE = re.compile(
    r"^(?:the\s+)?(first|second|third|fourth|fifth|sixth|last)\s+(?:option|choice|one|answer)\s*[.!]?$",
    re.IGNORECASE,
)


def _placed_letter(plain: str, letters: str) -> str | None:
    """The letter of an option the answer names by its place ("the second option", "the last choice")."""
    m = _PLACED_RE.match(plain)
    if m is None:
        return None
    place = _ORDINALS[m.group(1).lower()]
    index = len(letters) - 1 if place == -1 else place - 1
    return letters[index] if 0 <= index < len(letters) else None


def letter_of(candidate: str, letters: str) -> str | list[str] | None:
    """The option letter `candidate` names, a list when it names several, or None."""
    c = _plain(candidate)
    m = _ONE_RE.match(c)
    if m and m.group(1).upper() in letters:
        return m.group(1).upper()
    if (placed := _placed_letter(c, letters)) is not None:
        return placed
    # before the prefix rule: "(A), (C), and (E)" names three options; `P(A)`, a letter glued to a bracket,
    # is a call (a probability, a function of a point), no list of options
    if _MANY_RE.match(c) and not _CALL_RE.search(c):
        found = [ch for ch in dict.fromkeys(re.findall(r"[A-Z]", c)) if ch in letters]
        return found if len(found) > 1 else (found[0] if found else None)
    if (denied := _LETTER_NOT_OTHER_RE.match(c)) is not None:  # "B and not C": B
        pick, other = denied.group(1), denied.group(2)
        return pick if pick.isupper() and other.isupper() and pick in letters and pick != other else None
    m = _PREFIX_RE.match(c)
    if m and _last_take_back(c) is not None:
        return None  # "(B)? No, it's (C).": the letter it opens with is taken back (the line's scan reads the other)
    if m and _denied_after(c, m.end(1) if m.group(1) else m.end(2)):
        return None  # "(C) is wrong."
    if m and (m.group(1) or m.group(2)) in letters and not _lead_hedge(c, letters):
        return m.group(1) or m.group(2)
    return _lead_letter(c, letters)


def _lead_hedge(text: str, letters: str) -> bool:
    """Whether a prefixed letter ("A) ...") goes on to offer other options ("A) or B)")."""
    m = _PREFIX_RE.match(text)
    rest = text[m.end() - 1 :] if m else ""
    return bool(_HEDGE_AFTER_RE.match(rest)) and bool(
        {x for x in _letters_in(_BARE_RE, rest) if x in letters}
    )


def _option_of(candidate: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of the option whose text equals `candidate` (textually or as the same number)."""
    if not choices:
        return None
    cand = canonical(candidate)
    num = parse_number(candidate)
    if num is None and (digits := word_number(candidate)) is not None and " " not in digits:
        num = parse_number(digits)  # "four" for option `4` (not "four hundred": a scale word is no unit here)
    unit = unit_of(candidate) if num is not None else None
    hits = set()
    for letter, text in zip(letters, choices, strict=False):
        if canonical(text) == cand and cand:
            hits.add(letter)
        elif num is not None:
            other = parse_number(text)
            # the same number in units of another size or dimension (`10 kg`, `10 mm` for option `10 cm`) is
            # another value: the number readers drop the unit
            if other is not None and other.value == num.value and not units_differ(unit_of(text), unit):
                hits.add(letter)
    return hits.pop() if len(hits) == 1 else None


def whole_option_text(answer: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of the one option whose whole text the answer is, when that text is not a one-letter
    form: an option written in letters ("R, D, N" among options "A, R, N" / "R, D, N", a word puzzle's) is
    that option, not the option letters it happens to contain. A one-letter form ("(b)" as an option's text)
    stays a letter, as in the official MathVista normalisation."""
    if not choices:
        return None
    if _ONE_RE.match(_plain(answer)):
        return None
    cand = canonical(answer)
    hits = [ltr for ltr, text in zip(letters, choices, strict=False) if cand and canonical(text) == cand]
    return hits[0] if len(hits) == 1 else None


# a whole answer that says yes or no in other words ("True.", "Correct", "I don't think so."): the option "Yes" or "No"
_YES_WORDS = frozenset(
    {
        "true",
        "correct",
        "right",
        "yep",
        "yeah",
        "affirmative",
        "i think so",
        "that's right",
        "absolutely",
        "definitely",
        "certainly",
        "of course",
        "indeed",
        # (in Chinese: "是的。", "对", "正确")
        "是",
        "是的",
        "对",
        "对的",
        "正确",
        "没错",
    }
)
_NO_WORDS = frozenset(
    {
        "false",
        "incorrect",
        "wrong",
        "nope",
        "nah",
        "negative",
        "i don't think so",
        "i do not think so",
        "not really",
        "not at all",
        "absolutely not",
        "definitely not",
        "certainly not",
        "of course not",
        # (the yes words denied: "It is not true." had been taken whole)
        "not true",
        "untrue",
        "not correct",
        "not right",
        "not the case",
        # (in Chinese: "不是。", "否", "不对", "错误")
        "否",
        "不是",
        "不是的",
        "不对",
        "不",
        "错误",
        "不正确",
    }
)


_SUBJECT_IS_RE = re.compile(r"^(?:it|that|this|the\s+(?:statement|claim|answer))\s*(?:is|'s)\s+")


def _yes_no_options(choices: list[str] | None) -> bool:
    """Whether the options are "Yes" and "No" alone."""
    return bool(choices) and len(choices) == 2 and {canonical(c) for c in choices} == {"yes", "no"}


# the other word, or a qualifier, beside the one set off ("Yes, but only if n is even": no plain yes)
# words after a yes or a no that qualify it ("Yes, but only if n is even"; the grading's reading of an opening yes
# adds "when")
QUALIFIER_WORDS = r"but|only|if|except|unless|however|though|although|whether|sometimes|depends|maybe|perhaps"
_OTHER_OR_QUALIFIED_RE = re.compile(rf"\b(?:yes|no|{QUALIFIER_WORDS})\b")
_YES_NO_CONCLUDED_RE = re.compile(r"(?:^|[.!?]\s+)(?:so|therefore|thus|hence)[, ]+\**(yes|no)\**$")
# (the lead-in names neither word: "Yes, no, they cannot." says both)
_YES_NO_INTERJECTION_RE = re.compile(
    r"(?:(?![^,]*\b(?:yes|no)\b)[a-z][^,.;:!?\d]{0,50},\s*)?\**(yes|no)\**\s*(?:[,.!;:—–]|\s-\s|$)"
)


def yes_no_synonym(answer: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of option "Yes" or "No" (options that are just these two) for a whole answer that says it in
    other words ("True.", "Correct", "I don't think so."), else None."""
    if not _yes_no_options(choices):
        return None
    said = _plain(answer).lower().replace("’", "'").strip(" .!")
    said = _SUBJECT_IS_RE.sub("", said)  # "It is true.", "The statement is false.", "That's correct."
    word = "yes" if said in _YES_WORDS else "no" if said in _NO_WORDS else None
    if word is None and (elliptical := elliptical_yes_no(answer)) is not None:  # "It is not.", "They are."
        word = elliptical.lower()
    if word is None and (said.startswith(("yes", "no")) or ", " in said):
        # "Based on the image, no, the blue bar is taller.", "**Yes**, it is.": the word set off as an interjection,
        # after a lead-in, and neither word again after it (each had been the sentence taken whole)
        lead = _YES_NO_INTERJECTION_RE.match(said)
        if lead is not None and not _OTHER_OR_QUALIFIED_RE.search(said, lead.end()):
            word = lead.group(1)
    if word is None and said.endswith(("yes", "no")) and (concluded := _YES_NO_CONCLUDED_RE.search(said)):
        # "There are more cubes than spheres. Therefore, yes.": the word the reply concludes with, alone
        if not _OTHER_OR_QUALIFIED_RE.search(said, 0, concluded.start()):
            word = concluded.group(1)
    return next((ltr for ltr, c in zip(letters, choices, strict=False) if canonical(c) == word), None)


def letter_with_its_text(answer: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of an answer that is an option letter followed by that option's own text in any usual
    dress ("B (AA)", "(B) AA", "B. AA", "B: AA"), where the letters of a text written in capitals ("AA")
    made the answer look like several options."""
    if not choices:
        return None
    cand = canonical(answer).rstrip(".")
    hits = [
        ltr
        for ltr, text in zip(letters, choices, strict=False)
        if canonical(text)
        and cand
        in {
            canonical(d.format(L=ltr, T=text))
            for d in ("{L} ({T})", "({L}) {T}", "{L}. {T}", "{L}: {T}", "{L}) {T}")
        }
    ]
    return hits[0] if len(hits) == 1 else None


_TRAILING_LETTER_RE = re.compile(r"^(.+?)\s*[\(\[]\s*([A-Z])\s*[\)\]]\s*\.?$", re.DOTALL)


def value_with_its_letter(answer: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of an answer that is an option's value followed by that option's letter in brackets
    (`\\frac{3-\\sqrt3}3 \\ \\mathbf{(C)}`, `-2 (B)`): the two agree, so the answer is that option. None when
    the value is another option's or none's."""
    if not choices:
        return None
    m = _TRAILING_LETTER_RE.match(strip_text_macros(clean_answer(answer)).strip())
    if not m or m.group(2) not in letters:
        return None
    return m.group(2) if _option_of(m.group(1), choices, letters) == m.group(2) else None


# an option letter and a text written with it: the letter first ("(B) 7", "B. 7", "B: 7", "B (7)") or the text
# first ("7 (B)", "7 (option B)")
_LETTER_FIRST_RE = re.compile(
    r"^(?:[\(\[]\s*([A-Z])\s*[\)\]]|([A-Z])(?:\s*[.:：),，]|\s))\s*"
    r"(?:(?:which|that)\s+is\s+|i\.\s*e\.,?\s*|namely\s+|=\s*)?(\S.*?)\s*[.。]?$",
    re.DOTALL,
)
_LETTER_AFTER_RE = re.compile(
    r"^(.+?)\s*[\(\[]\s*(?:(?:[Oo]ption|[Cc]hoice)\s+)?([A-Z])\s*[\)\]]\s*[.。]?$", re.DOTALL
)
# the text first, the option named after it in words ("7, which is option B", "7, i.e. choice (B)")
_LETTER_NAMED_AFTER_RE = re.compile(
    r"^(.+?)\s*,?\s*(?:(?:which|that)\s+is|i\.\s*e\.,?|namely)\s+(?:the\s+)?(?:[Oo]ption|[Cc]hoice)\s+"
    r"(?:([A-Z])|[\(\[]\s*([A-Z])\s*[\)\]])\s*[.。]?$",
    re.DOTALL,
)


def letter_against_text(answer: str, choices: list[str] | None, letters: str) -> tuple[str, str] | None:
    """(letter, other) when an answer is an option letter written with another option's whole text ("(B) 7",
    "B (7)", "7 (option B)", "7, which is option B" where 7 is option C's text), else None (the text is the letter's own option's,
    or no option's)."""
    if not choices:
        return None
    c = _plain(answer)
    first = _LETTER_FIRST_RE.match(c)
    if first is not None:
        letter, text = first.group(1) or first.group(2), first.group(3)
    elif (after := _LETTER_AFTER_RE.match(c)) is not None:
        letter, text = after.group(2), after.group(1)
    elif (named := _LETTER_NAMED_AFTER_RE.match(c)) is not None:
        letter, text = named.group(2) or named.group(3), named.group(1)
    else:
        return None
    text = text.strip()
    if text[:1] in "([" and text[-1:] in ")]":  # "B (7)"
        text = text[1:-1].strip()
    other = _option_of(text, choices, letters) if letter in letters and text else None
    return (letter, other) if other is not None and other != letter else None


def _spaced(option: str) -> str:
    """A pattern for an option's text with any spacing after its commas (`(2, 0)` is written `(2,0)`)."""
    return r",\s*".join(re.escape(part) for part in re.split(r",\s*", option))


def option_list_at_end(text: str, choices: list[str] | None, letters: str) -> int | None:
    """Where the question's whole option list starts when `text` ends with it, each option with its
    letter, in order ("(A) 1\n(B) √{3}\n(C) 2\n(D) 3", "Choices: A. 1 B. √{3} C. 2 D. 3"), else None.
    The prompt's list echoed offers every option and chooses none: its last line is no more a choice
    than its first."""
    if not choices or len(choices) < 2 or len(text) > 20_000:
        return None
    found = _option_list(tuple(choices), letters)[1].search(text.strip())
    return found.start() if found else None


@functools.lru_cache(maxsize=1024)
def _option_list(choices: tuple[str, ...], letters: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The whole option list, each option with its letter, in order: a pattern for a text that opens with
    it and one for a text that ends with it (built once per question, not once per reply)."""
    # possessive spaces (`\s*+`): a long run of spaces between items is read once, never split two ways
    items = r"\s*+".join(
        rf"[\(\[]?{re.escape(letter)}\s*+[\)\]\.:：]\s*+{_spaced(option.strip())}(?:\s*+[.;,])?"
        for letter, option in zip(letters, choices, strict=False)
    )
    return re.compile(items), re.compile(r"(?:^|(?<=\s))" + items + r"\s*+$")


def _option_in(text: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of the one option whose text occurs in a short `text` as a whole token ("so it is 15"),
    not inside a bigger expression (`13` in `\\sqrt{13}`)."""
    if not choices or len(text) > 80:
        return None
    hits = set()
    for letter, option in zip(letters, choices, strict=False):
        opt = option.strip()
        found = re.search(rf"(?<![\w.{{^_/]){_spaced(opt)}(?![\w}}^/]|\.\d)", text)
        if len(opt) >= 1 and found and not _ruled_out(text, found.start(), found.end()):
            hits.add(letter)  # an option text the reply rules out ("Not 45°.") is not its choice
    if len(hits) != 1 or _other_option_named(text, choices, letters, hits):
        return None
    return hits.pop()


def _option_opening(answer: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of the one option whose text opens an anchored answer and ends at a clause break ("the
    answer is no, there are not fewer ...", "... is 12; the rest ..."): the answer first, its reason after.
    None when the rest names another option ("3, 4", "yes, or no"): a hedge."""
    if not choices:
        return None
    hits = {
        letter: found.end()
        for letter, option in zip(letters, choices, strict=False)
        if (opt := option.strip())
        and (found := re.match(rf"\s*{_spaced(opt)}\s*(?:[;:!—–]|[,.](?!\d))", answer, re.IGNORECASE))
        and answer[found.end() :].strip()
    }
    if len(hits) != 1:
        return None
    letter, end = hits.popitem()
    rest = answer[end:]
    others = any(  # "3, 4": options offered side by side are a hedge, not an answer and its reason
        ltr != letter and re.search(rf"(?<![\w.]){re.escape(t.strip())}(?![\w]|\.\d)", rest, re.IGNORECASE)
        for ltr, t in zip(letters, choices, strict=False)
        if t.strip()
    )
    return None if others else letter


def _one_option_of(boxes: list[str], choices: list[str] | None, letters: str) -> str | None:
    """The option letter when one box is a letter and every other box is that option's text or names
    no option ("\\boxed{58 cm^2} ... \\boxed{(B)}"); None when they disagree or name no letter."""
    named = set()
    has_letter = False
    for box in boxes:
        letter = letter_of(box, letters)
        if isinstance(letter, list):
            return None
        has_letter |= letter is not None
        letter = letter or _option_of(box, choices, letters)
        if letter is not None:
            named.add(letter)
    return named.pop() if has_letter and len(named) == 1 else None


def _letter_lines(text: str, letters: str) -> list[str]:
    """The distinct option letters of a reply whose every line is one bare letter ("C\nD", "(A)\n(C)"), in
    order; [] when any line is more than a letter. Each such line is an answer: several name several
    options (the answer of a choose-all-that-apply question, or a hedge), not the first one."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2 or len(lines) > 26:
        return []
    found = [_ONE_RE.match(_plain(ln)) for ln in lines]
    if not all(found):
        return []
    named = [m.group(1).upper() for m in found if m]
    return list(dict.fromkeys(named)) if all(x in letters for x in named) else []


def _leading_option(text: str, choices: list[str] | None, letters: str) -> str | None:
    """The letter of a first line that is only an option ("B", "(B)", "B) Common water flea"), for a
    reply that answers first and explains after."""
    first = next((ln.strip() for ln in text.strip().splitlines() if ln.strip()), "")
    if len(first) > 80 or len(text.strip()) == len(first):
        return None
    if choices and len(choices) > 1 and _option_list(tuple(choices), letters)[0].match(text.strip()):
        return None  # the reply opens with the option list: its first line is the list's first item
    letter = letter_of(first, letters)
    if not isinstance(letter, str):
        return None
    rest = re.sub(r"^[\(\[]?\s*[A-Z]\s*[\)\]]?\s*[.:)]?\s*", "", strip_text_macros(clean_answer(first)))
    option = choices[ord(letter) - ord("A")] if choices and ord(letter) - ord("A") < len(choices) else ""
    return letter if not rest or canonical(rest) == canonical(option) else None


_LINE_LABEL_RE = re.compile(r"^(?:final\s+)?answer\s*[:：]\s*(?=\S)", re.IGNORECASE)


def _scan_last_line(text: str, choices: list[str] | None, letters: str) -> tuple[str | list[str] | None, str]:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return None, ""
    line = lines[-1].replace("**", "")  # markdown bold around a letter ("The correct option is **B**.")
    # an opening `Answer:` label is no part of what the line says (nor of its length)
    line = _LINE_LABEL_RE.sub("", line)
    if ("aybe" in line or "erhaps" in line or "ossibly" in line) and _HEDGED_LETTERS_RE.search(line):
        # "I'm not sure; maybe B, maybe C.": two options offered, neither chosen (C had been read)
        return None, ""
    if len(line) <= 400 and (taken := _last_take_back(line)) is not None:
        # "The answer is (B). Wait, actually it is (C).", "(B)? No, it's (C).": the one option named after the line
        # takes its answer back (both had been read, or the first)
        after, why = _scan_last_line(line[taken:], choices, letters)
        if isinstance(after, str) and len(after) == 1:
            return after, f"{why}, after the line takes its answer back"
    bare = re.sub(r"^#{4}\s*", "", line)  # GSM8K's final-answer marker (or a heading) holding just the answer
    exact = whole_option_text(bare, choices, letters)
    if exact is not None:  # "#### A, B" for an option "A, B"
        return exact, "option text on the last line"
    own = letter_with_its_text(bare, choices, letters)
    if own is not None:  # "B (AA)" for option B "AA": not the options B and A
        return own, "option letter on the last line"
    reasoned = letter_with_reason(bare)
    if reasoned is not None and reasoned in letters:  # "B, since A is too small.": not the options B and A
        return reasoned, "option letter on the last line, then its reason"
    found = []
    for m in _STRONG_RE.finditer(line):
        if _ruled_out(line, m.start(), m.end()):  # ("It is less than (C).", "(C) is wrong.")
            continue
        found.append(m.group(1) or m.group(2))
        at = m.end()
        while (more := _STRONG_MORE_RE.match(line, at)) is not None:  # "Option A or B is the answer."
            found.append(more.group(1))
            at = more.end()
    if not found and len(line) <= 25:
        found = _letters_in(_OPERAND_RE, strip_text_macros(clean_answer(line)))
    listed = None if found else _LINE_END_LIST_RE.search(line)
    if listed is not None:  # "... are A, B.": each letter; `f(A, C)`: a function's arguments, no options
        arguments = _ARGUMENT_BEFORE_RE.search(line[max(0, listed.start() - 80) : listed.start()])
        if not arguments and _letters_in(_LINE_END_RE, line):  # the last letter is no point's or angle's name
            found = re.findall(r"[A-Z]", listed.group(1))
    elif not found:  # "... step by step. B": a letter that ends the line
        found = _letters_in(_LINE_END_RE, line)
    found = [f.upper() for f in dict.fromkeys(found) if f.upper() in letters]
    if len(found) == 1:
        return found[0], "option letter on the last line"
    if len(found) > 1:
        return found, "last line names several options"
    if choices:  # the option's text closes the line, or the line is short ("So it is the cube.")
        # (a long line without a closing full stop had been read by containment: `rstrip` returned the
        # same object, and an identity test took that for a short line; a full stop changed the verdict)
        long_line, tail = len(line) > 60, line.rstrip(" .!*$")
        hits = set()
        for ltr, t in zip(letters, choices, strict=False):
            # the option's text as a whole word or phrase: option "no" is not in "not" or "snow"
            at = _word_at(tail, t.strip(), at_end=True) if long_line else _word_at(line, t.strip())
            size = len(t.strip())
            if at is None and not long_line and (inflected := _inflection_at(line, t.strip())) is not None:
                at, size = inflected  # "It decreases." for option "decrease"
            if len(t.strip()) >= 2 and at is not None and not _ruled_out(line, at, at + size):
                hits.add(ltr)
        if len(hits) == 1 and not _other_option_named(line, choices, letters, hits):
            return hits.pop(), "option text on the last line"
    return None, ""


# a remark in brackets after a sentence, on its line, about a value written before by mistake
RETRACTION_AFTER_RE = re.compile(
    # (a bracketed letter or number inside it too: "(I previously wrote (B) by mistake.)")
    r"(?<=[.!?])[ \t]*\((?:[^()]|\([^()]{0,12}\)){0,120}?"
    r"\b(?:previously|earlier|by\s+mistake|mistakenly|a\s+typo|initially|at\s+first)\b"
    r"(?:[^()]|\([^()]{0,12}\)){0,120}\)[ \t]*\.?[ \t]*$",
    re.IGNORECASE,
)
# two options each hedged ("maybe B, maybe C", "perhaps (A); perhaps (D)")
_HEDGED_LETTERS_RE = re.compile(
    r"\b(?i:maybe|perhaps|possibly)\s+\(?([A-Z])\)?\s*[,;]\s*(?:or\s+)?(?i:maybe|perhaps|possibly)\s+\(?[A-Z]\)?(?![A-Za-z])"
)
# a line's words that take back the option named before them, opening a clause ("Wait,", "No,", "Actually,", "..., but
# on closer inspection,", "let me recompute.")
_LINE_TAKEN_BACK_RE = re.compile(
    # ("No" only after a question it answers, "(B)? No, it's (C).": "B. No. The ground is ..." is option B's text)
    # ("(B)... no wait, (C).", "B — scratch that, C.": a no may open the take-back word, a dash may come before it)
    r"(?:^|[.!?;,—–]\s*)(?:no,?\s+)?(?:wait|actually|correction|on\s+second\s+thought|hmm|scratch\s+that)\b[,:.!]*"
    r"|\?\s*no\b[,:.!]*"
    r"|\bbut\s+(?:it\s+is\s+)?(?:actually|re-?checking(?:\s+gives)?|on\s+(?:closer\s+inspection|second\s+thought))\b,?"
    r"|\blet\s+me\s+(?:re-?check|recompute|reconsider)\b[.!]?",
    re.IGNORECASE,
)


def _last_take_back(line: str) -> int | None:
    """Where the line goes on after the last words that take back the option named before them, when one is."""
    last = None
    for last in _LINE_TAKEN_BACK_RE.finditer(line):  # noqa: B007 (the last one is wanted)
        pass
    if last is None or last.end() >= len(line) or not re.search(r"[A-Z]", line[: last.start()]):
        return None
    return last.end()


def _inflection_at(line: str, word: str) -> tuple[int, int] | None:
    """Where a one-word option of four letters or more stands in `line` inflected as a verb or a plural ("decreases",
    "decreased", "decreasing" for "decrease"), and how long it is there, or None."""
    if len(word) < 4 or not word.isalpha():
        return None
    # (an ending always: the stem alone is another word, "Sam" for option "same")
    stem, ending = (word[:-1], "e|es|ed|ing") if word.endswith("e") else (word, "s|es|ed|ing")
    found = None
    for found in re.finditer(rf"(?<!\w){re.escape(stem)}(?:{ending})(?!\w)", line, re.IGNORECASE):  # noqa: B007
        pass
    return (found.start(), found.end() - found.start()) if found is not None else None


def _word_at(line: str, text: str, *, at_end: bool = False) -> int | None:
    """Where `text` last occurs in `line`, in any case, with no letter or digit joined to it (at the line's
    end only, with `at_end`), or None."""
    if not text:
        return None
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", line, re.IGNORECASE)]
    if at_end:
        found = [i for i in found if i + len(text) == len(line)]
    return found[-1] if found else None


def _other_option_named(line: str, choices: list[str], letters: str, hits: set[str]) -> bool:
    """Whether a short line also names another option as a word in another case ("Yes and no." for
    options Yes / No): then the line offers both, and neither is its answer. An option the line rules out
    ("red, not blue", "It is not red but blue.") is not offered."""
    if len(line) > 60:
        return False
    return any(
        ltr not in hits
        and len(t.strip()) >= 2
        and any(
            not _ruled_out(line, m.start(), m.end())
            for m in re.finditer(rf"(?<!\w){re.escape(t.strip())}(?!\w)", line, re.IGNORECASE)
        )
        for ltr, t in zip(letters, choices, strict=False)
    )


_FALLBACK_RULES = frozenset({"last_number", "last_math", "last_line", "whole", "sentence_number", "bold"})


def match_choice(
    text: str,
    answer: str | None,
    rule: str | None,
    reason: str,
    *,
    choices: list[str] | None,
    letters: str | None,
    boxes: list[str] | None = None,
) -> Extraction:
    """Turn an extraction into an option letter when possible (see module docstring). `boxes`: the
    final boxed answers when there are several ("\\boxed{2\\pi}, answer \\boxed{(C)}").

    An option read from an answer (or a last line) that writes an option letter with another option's text
    (`\\boxed{\\textbf{(B)}\\ 1800^{\\circ}}`, option E's text) is kept and marked guessed: the reply names
    two options, so a cascade's judge decides. The reading stays (the letter where the official MATH-V and
    MathVista extractions read the letter), so a guess never turns a reject into an accept."""
    letters = letters or letters_for(choices)
    if answer is not None and yes_no_taken_back(answer) and _yes_no_options(choices):
        # "Yes, it isn't." against options Yes / No: the reply says both (its opening word had been the option)
        return Extraction(None, None, f"{reason}; the reply opens with a yes or no and then takes it back")
    ext = _match_choice(text, answer, rule, reason, choices, letters, boxes)
    if not ext.found or ext.rule not in ("choice_letter", "choice_text") or ", " in (ext.answer or ""):
        return ext
    anchored = answer is not None and rule not in _FALLBACK_RULES
    for where in ([answer] if anchored else []) + [text.rstrip().rsplit("\n", 1)[-1]]:
        both = letter_against_text(where, choices, letters) if where else None
        if both is not None and ext.answer in both:
            other = both[1] if ext.answer == both[0] else both[0]
            why = f"{ext.reason}; the option is written with option {other}'s {'text' if other == both[1] else 'letter'}"
            return replace(ext, reason=why, guessed=True)
    return ext


def _match_choice(
    text: str,
    answer: str | None,
    rule: str | None,
    reason: str,
    choices: list[str] | None,
    letters: str,
    boxes: list[str] | None,
) -> Extraction:
    """`match_choice` before a letter written with another option's text is marked."""
    if boxes and len(boxes) > 1 and (same := _one_option_of(boxes, choices, letters)) is not None:
        return Extraction(same, "choice_letter", f"the boxes name one option ({reason})", raw=answer)
    # the option list read where the answer was found: in an anchored answer ("the answer is (A) 1 (B) 2"),
    # else at the reply's end (a fallback's last line is the list's last item)
    anchored = answer is not None and rule not in _FALLBACK_RULES
    listed = option_list_at_end(answer if anchored else text, choices, letters)
    if rule is None or rule in _FALLBACK_RULES:
        if len(only := _letter_lines(text, letters)) > 1:
            return Extraction(
                ", ".join(only), "choice_letter", "lines of nothing but option letters", raw=answer
            )
        lead = _leading_option(text, choices, letters)
        if lead is not None and listed != 0:  # "B" first, then the list: the answer, then the options
            return Extraction(lead, "choice_letter", "option letter opening the response", raw=answer)
    if listed is not None:
        return Extraction(
            ", ".join(letters[: len(choices or [])]),
            "choice_letter",
            f"the option list, every option with its letter: names every option ({reason})",
            raw=answer,
        )
    if answer is not None and rule not in (
        "last_number",
        "last_math",
        "last_line",
        "sentence_number",
        "conclusion",
    ):
        exact = whole_option_text(answer, choices, letters) or yes_no_synonym(answer, choices, letters)
        if exact is not None:
            return Extraction(exact, "choice_text", f"option text ({reason})", raw=answer)
        found = letter_of(answer, letters)
        if isinstance(found, str):
            return Extraction(found, "choice_letter", f"option letter ({reason})", raw=answer)
        if found is None and (own := value_with_its_letter(answer, choices, letters)) is not None:
            return Extraction(
                own, "choice_letter", f"an option's value and its letter ({reason})", raw=answer
            )
        if isinstance(found, list) and (own := letter_with_its_text(answer, choices, letters)) is not None:
            return Extraction(own, "choice_letter", f"option letter ({reason})", raw=answer)
        if isinstance(found, list):
            return Extraction(
                ", ".join(found), "choice_letter", f"names several options ({reason})", raw=answer
            )
        option = _option_of(answer, choices, letters) or _option_in(answer, choices, letters)
        if option is None and rule not in (None, "whole", "bold"):
            option = _option_opening(answer, choices, letters)
        if option is not None:
            return Extraction(option, "choice_text", f"option text ({reason})", raw=answer)
        if rule != "whole":
            return Extraction(clean_answer(answer), rule, f"{reason}; not an option letter", raw=answer)
    found, why = _scan_last_line(text, choices, letters)
    if isinstance(found, list):
        return Extraction(", ".join(found), "choice_letter", why, raw=answer)
    if found is not None:
        return Extraction(found, "choice_text" if "text" in why else "choice_letter", why, raw=answer)
    if answer is None:
        return Extraction(None, None, reason)
    option = _option_of(answer, choices, letters)
    if option is not None:
        return Extraction(option, "choice_text", f"option text ({reason})", raw=answer)
    return Extraction(clean_answer(answer), rule, reason, raw=answer)
