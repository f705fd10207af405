"""Prose: golds written as words ("Petya will receive the last token") and answers that are words."""

from __future__ import annotations

import re

from mmeval.verifiers.comparison.closeness import Context
from mmeval.verifiers.extraction.normalize import (
    ENV_NAME_RE,
    FUNCTION_NAMES,
    lost_escapes,
    plain_spaces,
    strip_text_macros,
)
from mmeval.verifiers.verdict import Status

__all__ = [
    "text_overlap",
    "text_restated",
    "is_prose",
    "is_sentence",
    "has_words",
    "same_statement",
    "words_changed",
    "MATH_WORDS",
]

Result = tuple[Status, str] | None

MATH_WORDS = set(FUNCTION_NAMES) | {"mod"}
MATH_WORDS |= {"arc" + w for w in ("sin", "cos", "tan")} | {w + "h" for w in ("sin", "cos", "tan")}


_WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")  # 3+ letters, not a command's


def has_words(text: str) -> bool:
    """A word of 3+ letters outside LaTeX commands: math-verify (units off) reads it as a product of
    symbols, which never equals a number, so such an answer to a numeric gold is decided here."""
    words = _WORD_RE.findall(strip_text_macros(text))
    return any(w.lower() not in MATH_WORDS for w in words)


_STOP = {
    "the",
    "a",
    "an",
    "is",
    "are",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "for",
    "it",
    "be",
    "will",
    "that",
    "with",
}
_NEGATION = {"not", "no", "never", "neither", "nor", "cannot", "none", "impossible", "doesn't", "isn't"}
# A run of letters and digits is one token: a word, a number, a number with its unit (`5cm`: both), or,
# when letters, digits and `_` mix otherwise (`x2`, `kv1dg`, `a1_1` in a name, a path or a hash), a name
# that holds no number. LaTeX commands (`\\frac`) are not words.
_RUN_RE = re.compile(r"(?<![\\\w.])[A-Za-z0-9][\w'’]*(?:\.\d+(?![A-Za-z]))?", re.ASCII)
_WORD_ONLY_RE = re.compile(r"[A-Za-z][A-Za-z'’]+")
_NUMBER_UNIT_RE = re.compile(r"(\d+(?:\.\d+)?)([A-Za-z]{2,4}|[A-Za-z]?)")  # `5cm`, `3rd`, `10mph`


def _run_tokens(run: str) -> list[str]:
    if _WORD_ONLY_RE.fullmatch(run):
        return [run]
    m = _NUMBER_UNIT_RE.fullmatch(run)
    if m:  # `12`, `5cm` (a one-letter tail such as `5x` stays with the number's reading as before)
        return [m.group(1)] + ([m.group(2)] if len(m.group(2)) >= 2 else [])
    if len(run) == 1 or not any(c.isdigit() for c in run):
        return []  # a single letter (a name such as `x`) is not a word
    return ["#" + run]  # a mixed name: a token, never a number


# `\infty` is the word infinity (not after a minus sign: `-\infty` is no count of "infinitely many")
_SYNONYMS = [
    (
        re.compile(r"(?<![-−])(?<![-−] )\\infty(?![A-Za-z])|infinitely many|infinite(?:ly)?|unbounded", re.I),
        " infinity ",
    )
]


def _synonyms(s: str) -> str:
    for regex, word in _SYNONYMS:
        s = regex.sub(word, s)
    return s


def _tokens(s: str) -> list[str]:
    s = strip_text_macros(_synonyms(s)).replace("\\$", " ").replace("$", " ")
    runs = [t for run in _RUN_RE.findall(s) for t in _run_tokens(run)]
    return [_singular(t.lower()) if t[0].isalpha() and len(t) > 3 else t.lower() for t in runs]


def _negated(tokens: list[str]) -> frozenset[str]:
    """The words a negation in `tokens` applies to: the first word after each that is neither a stop word nor
    another negation ("not a root" -> "root", "but not sufficient" -> "sufficient")."""
    out = set()
    for i, t in enumerate(tokens):
        if t in _NEGATION:
            after = next((u for u in tokens[i + 1 :] if u not in _STOP and u not in _NEGATION), None)
            if after is not None:
                out.add(after)
    return frozenset(out)


def _singular(word: str) -> str:
    """`word` without one plural `s` ("triangles": "triangle"); a word ending in `ss` keeps it ("glass"), and
    no more than one `s` goes ("triangless" is not "triangle")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_ENV_NAME_RE = re.compile(ENV_NAME_RE.pattern + r"(?:\{[lcr|\s]*\})?")  # (and an array's column spec)


def is_sentence(s: str) -> bool:
    """Four or more words (3+ letters, outside LaTeX commands and math names): a statement, not math."""
    words = re.findall(r"(?<![\\A-Za-z])[A-Za-z]{3,}", strip_text_macros(_ENV_NAME_RE.sub(" ", s)))
    return sum(w.lower() not in MATH_WORDS for w in words) >= 4


def is_prose(s: str) -> bool:
    s = strip_text_macros(_ENV_NAME_RE.sub(" ", s))  # `\begin{pmatrix}` is markup, not a word
    words = [w for w in re.findall(r"(?<![\\A-Za-z])[A-Za-z]{3,}", s) if w.lower() not in _STOP]
    # one word among math (`\frac{qBa}{m}`, a product of names) is no prose
    return len(words) >= 2 or (len(words) == 1 and len(s) > 3 and not re.search(r"[=<>^_\d\\]", s))


_RELATIONS = [
    (re.compile(r"\\leq(?:slant)?(?![a-zA-Z])|\\le(?![a-zA-Z])|≤|<="), " ≤ "),
    (re.compile(r"\\geq(?:slant)?(?![a-zA-Z])|\\ge(?![a-zA-Z])|≥|>="), " ≥ "),
    (re.compile(r"\\neq?(?![a-zA-Z])|≠|!="), " ≠ "),
    (re.compile(r"\\lt(?![a-zA-Z])"), " < "),
    (re.compile(r"\\gt(?![a-zA-Z])"), " > "),
    (re.compile(r"\\pi(?![a-zA-Z])|π"), " π "),
    (re.compile(r"\\sqrt(?![a-zA-Z])|√"), " √ "),
]
_MARK_RE = re.compile(r"[≤≥≠<>=π√]")
_PROSE_WORD_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}|[,;]")  # a word, or a list's separator


def _one_way(s: str) -> str:
    r"""`s` with each relation and constant written one way (`\leqslant`, `<=` and `≤` are `≤`)."""
    for regex, mark in _RELATIONS:
        s = regex.sub(mark, s)
    return s


def _math_runs(s: str) -> list[str]:
    r"""The stretches of `s` between its words and list separators, without spaces, relations written one way
    (`\leqslant` is `≤`), each with a digit or math in it: `n \le k \le \frac{3n+1}{2}` of "such that
    n \le k \le \frac{3n+1}{2}"."""
    s = _one_way(s)
    # spaces removed, case kept (`\frac{B}{nqd}` is not `\frac{b}{nqd}`); no brace is dropped from a fragment
    runs = (re.sub(r"\s+", "", run).strip(",.;:") for run in _PROSE_WORD_RE.split(strip_text_macros(s)))
    return [run for run in runs if any(c.isdigit() or c in "\\^_/{}=<>≤≥≠" for c in run)]


def _marks(s: str) -> list[str]:
    """The relations and constants written around the numbers (`≤`, `=`, `π`, `√`), in order."""
    return _MARK_RE.findall(_one_way(s))


_NAME_RE = re.compile(r"(?<![\\\w'’])[A-Za-z](?![\w'’])")


def _names(s: str) -> set[str]:
    """The one-letter names in `s` (points, bowls, variables: `R`, `x`), the article `a` left out."""
    return set(_NAME_RE.findall(strip_text_macros(s))) - {"a"}


_CONDITION_WORDS = frozenset({"if", "when", "whenever", "unless", "otherwise", "provided"})


def _same_sides(gold: list[str], pred: list[str]) -> bool:
    """Whether an answer keeps the sides of the gold's comparison ("A is taller than B"): with a "than" of its own,
    the words it shares with the gold in the gold's order; without, only words from before the gold's "than" (the
    side the comparison is about)."""
    if "than" in pred:
        shared = [t for t in pred if t in gold and t not in _STOP]
        at = 0
        for t in shared:  # a subsequence of the gold's words
            try:
                at = gold.index(t, at) + 1
            except ValueError:
                return False
        return True
    before = set(gold[: gold.index("than")])
    return all(t in before for t in pred if t not in _STOP)


def text_overlap(gold: str, pred: str, ctx: Context) -> Result:
    """A gold written as prose ("Petya will receive the last token") vs a short answer naming it ("Petya"):
    every word and number of the answer occurs in the gold, numbers as the same multiset, same negation."""
    if not is_prose(gold):
        return None
    g, p = _tokens(gold), _tokens(pred)
    p_words = [t for t in p if t not in _STOP]
    if not p_words:
        return None
    # and what the answer negates negated in the gold: "necessary but not sufficient" is not "sufficient but not
    # necessary" (a bare "No" negates no word of its own)
    same_neg = bool(_NEGATION & set(g)) == bool(_NEGATION & set(p)) and _negated(p) <= _negated(g)
    g_nums = sorted(t for t in g if t[0].isdigit())
    p_nums = sorted(t for t in p if t[0].isdigit())
    # one-letter names are no words, but they are what the answer names: "between R and S" is not
    # "between bowls Q and R" (found by scripts/metamorphic_check.py: it was accepted)
    names_in_gold = _names(pred) <= _names(gold)
    # and the math around its numbers: `= 6 \pi cm^2` is not `= 6 cm^2`, `x <= 3` is not `x >= 3`; and each
    # stretch of math between its words is written in the gold (`\frac{2}{3n+1}` for the gold's
    # `\frac{3n+1}{2}` has the same numbers, marks and words) (found by scripts/near_miss_check.py: all were
    # accepted)
    same_math = not p_nums or (p_nums == g_nums and _marks(pred) == _marks(gold))
    # a constant the synonyms make a word (`\infty` for "infinitely many") is no stretch of math
    gold_math = "|".join(_math_runs(_synonyms(gold)))
    same_math = same_math and all(run in gold_math for run in _math_runs(_synonyms(pred)))
    # a gold phrase's words the answer leaves out must be framing words: "odd" answers "odd function", but
    # "function" leaves out what the gold says of it (a sentence names its point among other words: "Petya" for
    # "Petya will receive the last token", "odd" for "The transformed function $f(x+1)-1$ is odd."; names say
    # it too: "between Q and R" for "between bowls Q and R")
    g_words = [t for t in g if t[0].isalpha() and t not in _STOP]
    phrase = len(g_words) <= 3 and "$" not in gold and not _VERB_RE.search(strip_text_macros(gold))
    kept = not phrase or bool(_names(pred)) or all(t in _FRAME or t in p_words for t in g_words)
    # "Alice or Bob" for "Alice and Bob": an answer that offers alternatives the gold does not is a hedge
    hedged = _OR_RE.search(pred) is not None and _OR_RE.search(gold) is None
    # a condition the gold's answer holds under is part of it ("Alice wins if n is even, Bob otherwise" is not
    # "Bob"); and a comparison's sides keep their places ("Bob gets more than Alice" is neither "Alice" nor "Alice
    # gets more than Bob")
    conditioned = bool(_CONDITION_WORDS & set(g)) and not _CONDITION_WORDS & set(p)
    compared = "than" in g and not _same_sides(g, p)
    if (
        same_neg
        and names_in_gold
        and set(p_words) <= set(g)
        and same_math
        and kept
        and not hedged
        and not conditioned
        and not compared
    ):
        return Status.CORRECT, "the answer's words all occur in the gold text"
    if is_prose(pred):
        return Status.INCORRECT, "different text"
    return None


# Words that frame a short answer without changing it: what the answer is ("odd function", "isosceles triangle",
# "The locus is an ellipse", "The lines are parallel", "second player") and that a named player wins ("Petya wins",
# "Petya has a winning strategy"). A word that says more (another name, "loses", "only", "right" before "isosceles")
# is not here, and the gold is then not read as restated.
_FRAME_WORDS = (
    "function", "triangle", "quadrilateral", "polygon", "shape", "figure", "curve", "locus", "line", "graph",
    "sequence", "angle", "player", "win", "winner", "winning", "strategy", "has", "can", "always", "this",
    "they", "its", "their", "angled", "monotonically", "strictly", "answer", "final", "therefore", "thus",
    "hence", "so", "which", "trajectory", "path", "number", "there", "solution",
)  # fmt: skip
# (each word also as `_tokens` reads it: "locus" is "locu", "lines" is "line")
_FRAME = frozenset(_FRAME_WORDS) | {_singular(w) for w in _FRAME_WORDS if len(w) > 3}
# and, for a short answer in words only, the class it names, whole ("all even numbers", "even integers" for "even"):
# not in `_FRAME`, where "all" is a word a restated prose gold shares ("All positive $d < 3$")
_CLASS_FRAME = _FRAME | {"all", "integer"}


_OR_RE = re.compile(r"\bor\b", re.IGNORECASE)
# a verb makes a gold a sentence, not a phrase
_VERB_RE = re.compile(r"\b(?:is|are|was|were|will|has|have|can|must)\b", re.IGNORECASE)
# a word or a one-letter name (`B`, which keeps its case), for `text_restated`
_PHRASE_TOKEN_RE = re.compile(r"(?<![\\\w'’])[A-Za-z][\w'’]*")


def _phrase(s: str) -> list[str]:
    """`s` as the words and names it says, in order: stop words and the article "a" left out, a word in lower
    case and without one plural `s`, a one-letter name as written."""
    s = strip_text_macros(_synonyms(s)).replace("\\$", " ").replace("$", " ")
    out = []
    for t in _PHRASE_TOKEN_RE.findall(s):
        if len(t) == 1 and t.isalpha():
            if t != "a":
                out.append(t)
            continue
        t = t.lower()
        if t not in _STOP:
            out.append(_singular(t) if t[0].isalpha() and len(t) > 3 else t)
    return out


_PLAIN_PHRASE_RE = re.compile(r"[A-Za-z\s,.;:&'’()!?]*")


def _plain_phrase(s: str) -> bool:
    """Words and names with list and sentence punctuation only (a hyphen inside a word: "right-angled"); a digit
    makes it math (`2x` against `2y`)."""
    t = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", "", strip_text_macros(s).replace("$", " "))
    return _PLAIN_PHRASE_RE.fullmatch(t) is not None


def text_restated(gold: str, pred: str, ctx: Context) -> Result:
    """A short answer in words ("odd", "Petya", "ellipse", a name "B") said by a phrase on the other side with
    framing words only ("odd function", "Petya has a winning strategy", "The locus is an ellipse", "B wins",
    `_FRAME`), either side the gold: the short side's words and names in order, no other word or name, no
    negation on either side; or the same words and names joined another way ("A and C" for
    `A, C`). Both sides plain words (no math between them). (A yes/no gold against "No, it cannot be done" is
    `grading`'s opening-word rule.)"""
    if not (_plain_phrase(gold) and _plain_phrase(pred)):
        return None  # math between the words (`x - y`, `x + 1`): no phrase
    g, p = _phrase(gold), _phrase(pred)
    if g == p:  # the same words and names joined another way ("A and C" for `A, C`; not "A or C")
        either = [_OR_RE.search(x) is not None for x in (gold, pred)]
        return (
            (Status.CORRECT, "the same words and names, joined another way")
            if g and len(set(either)) == 1
            else None
        )
    core_g, core_p = [t for t in g if t not in _FRAME], [t for t in p if t not in _FRAME]
    if core_g and core_g == core_p and len(core_g) < len(g) and not _NEGATION & set(g + p):
        # each side framed its own way ("The first player wins" for "The first player has a winning strategy",
        # "right triangle" for "right-angled triangle"): the words left, in order, are the same
        return Status.CORRECT, "the same words, each side framed its own way"
    if len(g) == len(p):
        return None
    short, framed = (g, p) if len(g) < len(p) else (p, g)
    if not short or len(short) > 4 or _NEGATION & set(g + p):
        return None
    starts = [i for i in range(len(framed) - len(short) + 1) if framed[i : i + len(short)] == short]
    if not starts:
        return None
    rest = framed[: starts[0]] + framed[starts[0] + len(short) :]
    if all(t in _CLASS_FRAME for t in rest):  # (a name, a number or a negation is no framing word)
        return Status.CORRECT, "the answer says the gold's words, framed" if short is g else (
            "the gold's words, framed, are the answer's"
        )
    return None


# Written by hand: neither math-verify nor latex2sympy compares text. Math delimiters, sizing and spacing
# commands and markdown bold are layout; `\text{}` and `\mathrm{}` wrappers are stripped as elsewhere.
_LAYOUT_RE = re.compile(
    r"\$|\\[()\[\]]|\*\*|\\(?:left|right|middle|displaystyle|textstyle|[bB]igg?[lrm]?|quad|qquad)(?![a-zA-Z])"
    r"|\\[,;!: ]"
)
_STATEMENT_TOKEN_RE = re.compile(r"\\[A-Za-z]+|[A-Za-z]+|\d+(?:\.\d+)?|\S")
_CLOSING_MARKS = frozenset(".。!！:：*")


def statement_tokens(s: str) -> tuple[str, ...]:
    r"""`s` as the sequence it states, in order: words, numbers, names, commands and symbols, with layout
    dropped (math delimiters, `\left`, spacing, bold), each relation written one way (`\geqslant`, `\ge` and
    `>=` are `≥`), and a word of 3+ letters that is not all capitals in lower case ("All" is "all"; `ABC`, three
    points, stays). Nothing is dropped or reordered: a changed, missing or moved word, number or name changes
    the sequence. A closing full stop is no part of the statement. Both sides are read as a reply is (full-width
    forms as ASCII, Unicode spaces plain, lost escapes put back)."""
    text = _LAYOUT_RE.sub(" ", _one_way(strip_text_macros(plain_spaces(lost_escapes(s)))))
    tokens = [
        t.lower() if len(t) >= 3 and t.isalpha() and not t.isupper() else t
        for t in _STATEMENT_TOKEN_RE.findall(text)
    ]
    while tokens and tokens[-1] in _CLOSING_MARKS:
        tokens.pop()
    while tokens and tokens[0] in _CLOSING_MARKS:
        tokens.pop(0)
    return tuple(tokens)


def same_statement(gold: str, pred: str) -> bool:
    """Whether `pred` states the gold's own text, token for token (`statement_tokens`): a reply that restates
    a gold no rule can read (a sentence, a table, a case analysis) says what the gold says. A statement has a
    letter or a digit; an empty or all-markup gold (`$$`) states nothing."""
    tokens = statement_tokens(gold)
    if not any(t[0].isalnum() or t[0] == "\\" for t in tokens):
        return False
    return statement_tokens(pred) == tokens


# words a reply puts around its answer that say nothing of it
_FILLER = frozenset(
    {"answer", "final", "therefore", "thus", "hence", "so", "get", "have", "find", "we", "which"}
)


def words_changed(gold: str, reply: str) -> list[str]:
    """The words of `reply` that a prose gold does not have, when the reply restates the gold (one or more of
    its words are the gold's): "all odd $d < 3$, otherwise the second player wins" against "All positive
    $d < 3$, otherwise the second player wins" changed "positive" to "odd". Empty when the reply shares no
    word with the gold (filler around a value: "So the area is $5$") or adds none; a framing word (`_FRAME`:
    "monotonically", "function") changes nothing."""
    g = {t for t in _tokens(gold) if t[0].isalpha() and t not in _STOP}
    r = [
        t
        for t in _tokens(reply)
        if t[0].isalpha() and t not in _STOP and t not in _FILLER and t not in _FRAME
    ]
    if not any(t in g for t in r):
        return []
    # (the class a short answer names, whole, changes nothing either: "all even integers" for "even")
    return sorted({t for t in r if t not in g and t not in _CLASS_FRAME})
