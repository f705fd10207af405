r"""The fallbacks of answer extraction: where a response has no answer marker, the number, bold value,
math tail or closing statement a reader would take, and whether the response declines to answer.

Split from `answer.py` (the anchored rules and `extract_answer`), which calls these only after every
answer marker failed; every answer they give is a guess (`answer.GUESS_RULES`). All scans are linear
regexes or hand loops over a response already capped at `GradeConfig.max_response_chars`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mmeval.verifiers.extraction.normalize import (
    BOUND_SIGNS,
    CHANGED_AFTER_RE,
    CHANGED_BEFORE_RE,
    CJK_CHARS,
    ENV_NAME_RE,
    FUNCTION_NAMES,
    NEGATIVE_BEFORE_RE,
    REFERENCE_BEFORE_RE,
    join_bold_digits,
    strip_text_macros,
)
from mmeval.verifiers.extraction.scan import last_match
from mmeval.verifiers.extraction.sentences import (
    NEGATED_NAME_RE,
    PRECISION_UNITS,
    ZH_BOUND_BEFORE_RE,
    quantity_value,
)
from mmeval.verifiers.extraction.units import GENERIC_UNIT, unit_before_approx_dropped, unit_of

__all__ = [
    "MATH_WORDS",
    "NUMBER_RE",
    "PROSE_RE",
    "REFUSAL_REASON",
    "last_math_clause",
    "prose_in_math",
    "prose_words",
    "SENTENCE_END_RE",
    "bold_number",
    "conclusion_value",
    "first_number",
    "opening_value",
    "is_refusal",
    "last_match",
    "last_number",
    "last_sentence",
    "math_tail",
    "one_number_sentence",
    "span_of_last_number",
]

# (the last full stop of an abbreviation in capitals, "S.A. of the prism", ends no sentence; nor does one of the
# abbreviations in small letters that lead to a value: "The answer is approx. 12.5." had been read as "approx", and
# "12, i.e. 0.4" ended at "i.e"; "12 sq. units" at "sq")
SENTENCE_END_RE = re.compile(
    r"(?<![\d\\])(?<!\b[A-Z]\.[A-Z])(?<!\bi\.e)(?<!\be\.g)(?<!\b[Aa]pprox)(?<!\bvs)(?<!\bcf)(?<!\bsq)\.(?=\s|$)|(?<=\d)\.(?=\s+[A-Z(]|$)|!(?=\s|$)|\n"
)
# (a match never starts inside a run of white space: each start there rescanned the run, quadratic on a
# reply of many blank lines; the leftmost match starts at the run's first character as before)
# A comma between two digit groups that stand alone (after a space, `$`, `=` or `:`, not in a chain of them,
# not before a bracket's end: `2,74`, not `(1,2)`, `1,-1,1` or `2k-1,2k`) keeps the number whole: a decimal
# comma or a thousands group (the comparison tells them apart, `numbers.decimal_comma`); its last group
# alone had been the reply's number (74).
# (the lookaheads first are for speed only: a match starts with one of those characters, and the digit goes before the
# lookbehinds; `re` tried the whole prefix at every letter of a reply, 2.7 times slower on a long one)
# A minus right after a number or a bracket's end, with a space between or none, is a range's or a difference's, no sign
# ("in the range 3 - 5." and "The range is 3-5." had been read as -5).
NUMBER_RE = re.compile(
    r"(?=[-−$€£¥\s\d.])(?:(?!(?<=\s)\s)(?:(?<![\d)\]}] )(?<![\d)\]}])[-−])?[$€£¥]?\s*(?:(?=\d)(?:(?<![^\s$=:~€£¥])|(?<=[\s$=:~][-−])|(?<=^[-−]))\d+,\d+(?![\d,)\]}])|\d{1,3}(?:,\d{3})+|(?<!\d )\d{1,3}(?: \d{3})++(?![\d,]| \d)|\d+)(?:\.\d+)?(?:\s*[eE][-+]?\d+)?(?:\s*(?:\\%|%|\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°|degrees?\b))?"
    r"|[-−]?\.\d+)"
)
# "1.5 \times 10^{-3}" as one number, so the last-number fallback does not return the exponent (a decimal
# comma in the mantissa too, "3,7 \cdot 10^{-4}": its 7 had been the number).
_SCI_RE = re.compile(
    r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+,\d+|\d+)(?:\.\d+)?\s*(?:\\times|\\cdot|×)\s*10\s*\^\s*(?:\{\s*[-−+]?\d+\s*\}|[-−+]?\d+)"
)
PROSE_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")
MATH_WORDS = set(FUNCTION_NAMES) | {
    "pi",
    "and",
    "cup",
    "cap",
    "infty",
    "text",
    "ln",
    "times",
    "cdot",
    "circ",
    "dfrac",
    "tfrac",
    "mathrm",
}
_CONCLUSION_RE = re.compile(r"(?:所以|因此|故|即)[，,:：]?")
_CJK_CHAR_RE = re.compile(f"[{CJK_CHARS}]")


def prose_words(text: str) -> int:
    """How many words of prose `text` holds, in any language: English-like words of three or more letters
    that are not math (`PROSE_RE` less `MATH_WORDS`), plus one word per two Chinese or Japanese characters
    (those scripts put no space between words, and most of their words are two characters long). Two
    words make a sentence: "the value" and "最大值为" alike.

    >>> prose_words("so the answer"), prose_words(r"\\sin x"), prose_words("所以装饰需要20朵鲜花"), prose_words("平面")
    (2, 0, 4, 1)
    >>> prose_words(r"\\begin{bmatrix} 1 & 2 \\end{bmatrix}")
    0
    """
    if "\\begin" in text or "\\end" in text:  # an environment's name is markup (`\begin{bmatrix}`), no word
        text = ENV_NAME_RE.sub(" ", text)
    english = sum(1 for w in PROSE_RE.findall(text) if w.lower() not in MATH_WORDS)
    return english + len(_CJK_CHAR_RE.findall(text)) // 2


# a span of math, and the math's own text commands (whose words are text)
# (a `\(` or `\[` span stops at the next delimiter of its kind: `(.+?)\\\)` had rescanned to the text's end
# from every `\(`, quadratic on a reply of many unclosed ones)
_ANY_SPAN_RE = re.compile(
    r"\$\$([^$]+)\$\$|\$([^$]+)\$|\\\[((?:[^\\]|\\(?![\[\]]))+)\\\]|\\\(((?:[^\\]|\\(?![()]))+)\\\)"
)
_TEXT_GROUP_RE = re.compile(r"\\(?:text|mbox|mathrm|textbf|textrm|mathbf)\s*\{[^{}]*\}")


def _prose_span(m: re.Match[str]) -> str:
    inner = next(g for g in m.groups() if g is not None)
    chinese = len(_CJK_CHAR_RE.findall(_TEXT_GROUP_RE.sub("", inner)))
    return inner.strip() if chinese >= 4 else m.group(0)


def prose_in_math(text: str) -> str | None:
    r"""`text` with the math delimiters around Chinese prose dropped (a span holding two words or more of
    Chinese characters outside `\text{}`), or None when no span holds any: "$证明：因为AB是直径，所以BC\perp
    AC.$" is sentences, not a formula, and is read as the text it is (a renderer that typesets a whole
    solution, or a sentence of it, in math writes it so). Chinese in `\text{}` ("$20\text{朵}$") is a
    unit, not prose, and a span of math keeps its delimiters.

    >>> prose_in_math("$所以所求的值为\\frac{1}{2}.$"), prose_in_math(r"$20\text{平方厘米}$")
    ('所以所求的值为\\frac{1}{2}.', None)
    >>> prose_in_math(r"由题意可知 $x=1$，$根据定理得v_0=kBr$")
    '由题意可知 $x=1$，根据定理得v_0=kBr'
    """
    # (`isascii` first: O(1) in CPython, and most replies are ASCII, where the search scans the whole reply)
    if text.isascii() or not _CJK_CHAR_RE.search(text) or not ("$" in text or "\\(" in text or "\\[" in text):
        return None
    out = _ANY_SPAN_RE.sub(_prose_span, text)
    return out.strip() if out != text else None


# where a clause of mixed prose and math can start: after a Chinese character or a full-width stop
# (and after a circled equation number ①-⑳, which Chinese solutions put after their equations)
_CLAUSE_BREAK_RE = re.compile(f"[{CJK_CHARS}，。；：、！？\u2460-\u2473]")
_LEAD_WORD_RE = re.compile(r"^(?:\\(?:therefore|because|Rightarrow|implies)\s*)+")
# a connective that opens the next clause inside the math ("AB\\perp BC,\\quad \\therefore d=...")
_CONNECTIVE_RE = re.compile(r"\\(?:therefore|because|Rightarrow|implies|q?quad)(?![A-Za-z])")


_MATHY_RE = re.compile(r"[\d\\=^_π√]")  # a number, a command, an equation, a power or an index, pi or a root
# the words after a value that reject it: "discard", "does not fit", "does not hold", "contradiction"
_REJECTED_RE = re.compile(r"[(（\s]*(?:舍|不合|不符|不成立|不满足|矛盾)")


def last_math_clause(text: str) -> str | None:
    r"""The math that ends a run of Chinese prose written without math delimiters: the last clause (after a
    Chinese character or a full-width stop outside braces) that is math (a number, a command, an `=`), when no clause of
    it comes after in words only ("...点D到平面BEF的距离d=\frac{2\sqrt{6}}{3}" -> "d=\frac{2\sqrt{6}}{3}";
    "V_{四棱锥}=\frac{8}{3}" whole, its subscript's Chinese being part of the math; "F=0.5 N，方向向下" ->
    "F=0.5 N", a direction after the magnitude), else None. Its last number would be the 3 of that
    fraction.

    >>> last_math_clause(r"所以V_{圆锥}=\frac{1}{3}\times 2=\frac{2}{3}.")
    'V_{圆锥}=\\frac{1}{3}\\times 2=\\frac{2}{3}'
    >>> last_math_clause(r"解得x=2或x=-1(舍去)"), last_math_clause(r"所以总费用为350(元).(12分)")
    ('x=2', '350')
    >>> last_math_clause(r"解得t=1 s(t=-7/5 s不合题意，舍去)。")
    't=1 s'
    """
    body = text.rstrip(" .。,，;；")
    breaks = _clause_breaks(body)
    if not breaks:
        return None
    ends = [*breaks, len(body)]
    for k in range(len(breaks) - 1, -1, -1):  # the last clause with math in it, past words ("电势P点较高")
        tail = body[breaks[k] + 1 : ends[k + 1]]
        bare = tail.lstrip(_CLOSERS)
        kept = _before_open_bracket(bare)  # a remark's bracket, "(12分)", is no math
        # a value the words after it reject is passed over ("解得x=2或x=-1(舍去)": x=2), unless what they
        # reject is a bracket's own content ("解得t=1 s(t=-7/5 s不合题意，舍去)": t=1 s)
        rejected = _REJECTED_RE.match(body, ends[k + 1]) and not _MATHY_RE.search(bare[len(kept) :])
        if _MATHY_RE.search(kept) and not rejected:
            break
    joint = last_match(_CONNECTIVE_RE, tail)
    if joint is not None and tail[joint.end() :].count("{") == tail[joint.end() :].count("}"):
        tail = tail[joint.end() :]  # (a connective inside a group leaves unbalanced braces: not a clause)
    tail = _clause_math(tail)
    if not tail or len(tail) > 600 or not _MATHY_RE.search(tail) or tail.count("{") != tail.count("}"):
        return None
    return tail


def _clause_breaks(body: str) -> list[int]:
    """Where `body`'s clauses of mixed prose and math break: each Chinese character, full-width stop or circled
    equation number outside braces."""
    return [i for i, ch in _outside_braces(body) if _CLAUSE_BREAK_RE.match(ch)]


def _outside_braces(text: str) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of `text` outside brace groups (a hand loop: a regex cannot see
    the depth); the braces themselves are not given."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "{}" and i and text[i - 1] == "\\":
            continue  # `\{` is a brace printed, not a group
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield i, ch


# what a clause's math may open with that is not math: the end of a bracket or sentence before it
_CLOSERS = " )）.,;"


def _clause_math(clause: str) -> str:
    """A clause's math: without its leading connective (`\\therefore`), what closes the clause before it,
    and a bracket it opens and never closes (a remark's, "(12分)")."""
    return _before_open_bracket(_LEAD_WORD_RE.sub("", clause.strip(" ,.;:\n")).strip().lstrip(_CLOSERS))


def _before_open_bracket(clause: str) -> str:
    r"""`clause` up to the first parenthesis it opens and never closes: a Chinese word inside a bracket ends
    the clause there ("=350(元)", "=\frac{4}{7}.(15分)", "c=-20(舍去)"), and what is left of the bracket is
    a remark's opening, not math.

    >>> _before_open_bracket(r"\frac{4\sqrt{3}}{7}.(15"), _before_open_bracket(r"x\in(-\infty ,1]")
    ('\\frac{4\\sqrt{3}}{7}', 'x\\in(-\\infty ,1]')
    """
    opened: list[int] = []
    for i, ch in _outside_braces(clause):
        if ch in "(（[":
            opened.append(i)
        elif ch in ")）]" and opened:
            opened.pop()  # (either closes either: an interval is `(-\infty, 1]`)
    if not opened:
        return clause
    return _LEFT_RE.sub("", clause[: opened[0]]).rstrip(" .。,，;；:")


_LEFT_RE = re.compile(r"\\left\s*$")


def chinese_lead_in(answer: str) -> str | None:
    r"""The math of a reading that opens with Chinese words and ends with its only math (after its last 所以, 则 or
    `\therefore`, the value a Chinese sentence names: "x^{2} 的最小值为 \frac{9}{2}") ("于是F点的坐标为
    (\frac{1}{2}, 0)", "曲线C: y^{2}=2x", "解得 I=2mgt"): that math, or None when the Chinese is not only a
    lead-in (two clauses hold math: "最大值 \frac{1}{2}, 最小值 \frac{1}{8}", "a \leq 1 或 a \geq 2"; or
    words follow the math: "x=3时取得最大值", a condition, not the value).

    >>> chinese_lead_in(r"于是 F 点的坐标为 $(\frac{1}{2}, 0)$"), chinese_lead_in(r"$x=3$时取得最大值")
    ('(\\frac{1}{2}, 0)', None)
    >>> chinese_lead_in(r"b_{n}=\log _{3} a_{n+1}, 则 b_{n}=n+1"), chinese_lead_in(r"\therefore x^{2} 的最小值为 \frac{9}{2}")
    ('b_{n}=n+1', '\\frac{9}{2}')
    """
    if not _CJK_CHAR_RE.search(answer) or not _CJK_CHAR_RE.search(_TEXT_GROUP_RE.sub("", answer)):
        return None  # (most replies hold no Chinese: the text macros are only dropped for those that do)
    body = _DELIMITER_RE.sub(" ", answer).strip().rstrip(" .。,，;；")
    concluded = last_match(_THEN_RE, body)
    if concluded is not None and body[concluded.end() :].count("{") == body[concluded.end() :].count("}"):
        body = body[concluded.end() :].strip()  # "b^{2}+c^{2}=8, \therefore b=c=2", "所以a=1, 则f(x)=x+1"
    named = _CJK_SPACE_RE.sub("", body)  # (Chinese sets no spaces around its words)
    value = quantity_value(named)
    if value is not None and named.endswith(value):  # "m^{2}+n^{2} 的最小值为 \frac{9}{2}", the value last
        return value  # (not "条件为1 kg<M\leq 5 kg": its first number is no value)
    if (
        concluded is not None
        and "或" in body
        and not _CJK_CHAR_RE.search(body.replace("或者", "").replace("或", ""))
    ):
        # "解得x=3或x=-3": the values the conclusion gives, joined by "or" (not two clauses of math)
        return body if _MATHY_RE.search(body) and len(body) <= 600 else None
    breaks = _clause_breaks(body)
    if not breaks:  # the conclusion is all math
        return body if concluded is not None and _MATHY_RE.search(body) and len(body) <= 600 else None
    starts = [0] + [b + 1 for b in breaks]
    ends = [*breaks, len(body)]
    # each clause up to a bracket it leaves open (a remark's: "(12分)", "(元)")
    clauses = [_clause_math(body[a:b]) for a, b in zip(starts, ends, strict=True)]
    mathy = [k for k, c in enumerate(clauses) if _MATHY_RE.search(c)]
    if len(mathy) != 1:
        return None
    tail = clauses[mathy[0]]
    at = body.find(tail, starts[mathy[0]])
    if at < 0 or ZH_BOUND_BEFORE_RE.search(body[max(0, at - 8) : at]):
        return None  # (a bound before it, "至少 5": the value bounds the answer, it does not state it)
    after = body[at + len(tail) :]
    remarks = _REMARK_RE.findall(after)
    if _REMARK_RE.sub("", after).strip(" .。,，;；") or any(_REJECTED_RE.match(r[1:]) for r in remarks):
        return None  # words after the math ("x=3时取得最大值": a condition), or it is rejected ("(舍去)")
    if len(tail) > 600 or tail.count("{") != tail.count("}"):
        return None
    return tail


_REMARK_RE = re.compile(r"[(（][^()（）]{0,40}[)）]")


_DELIMITER_RE = re.compile(r"\$+|\\[()\[\]]")
# (a run of spaces is taken from its first space only: `\s+(?=...)` from every space of a long run is quadratic)
_CJK_SPACE_RE = re.compile(f"(?<!\\s)\\s+(?=[{CJK_CHARS}])|(?<=[{CJK_CHARS}])\\s+")
# what opens a conclusion inside a reading: "so", "hence", "that is", "then", "solving gives", "we obtain"
_THEN_RE = re.compile(r"(?:所以|因此|故|即|则|解得|可得|求得|∴|\\therefore(?![A-Za-z]))[，,:：]?")


_COPULA_RE = re.compile(r"(?:为|是)[:：]?")


def first_number(text: str) -> str | None:
    """The first number in `text` (with sign, currency, percent or degree mark), or None."""
    found = NUMBER_RE.search(text)
    return found.group(0).strip() if found else None


def _enclosed(text: str, start: int, end: int) -> bool:
    """Digits right after a letter or `_` are part of a name (`x2`, `kp_1u` in an identifier or a path),
    not a number; a letter after them is a unit (`5cm`)."""
    return 0 < start and text[start].isdigit() and (_ASCII_LETTER(text[start - 1]) or text[start - 1] == "_")


def _ASCII_LETTER(c: str) -> bool:  # noqa: N802 - reads as a character class
    return c.isascii() and c.isalpha()


# The terms of a ratio or a clock time written before the last number ("3:1", "5:30", "1:2:3"), or the
# numerator of a fraction ("-2/3"; one slash: "3/4/2020" is a date, not a number), no spaces.
_TERM = r"\d+(?:\.\d+)?"
# a share in words before a reply's last number: "3 out of 5" always; "1 in 4" only where the sentence ends or a
# chance follows ("5 in 2019", "5 in 10 years" state no share)
_SHARE_HEAD_RE = re.compile(r"(?<![\w.,/:])(\d+)\s+(?:(out\s+of)|in)\s+\Z", re.IGNORECASE)
_SHARE_END_RE = re.compile(r"\s*(?:chances?\b|odds\b|[.,;!?)]|$)", re.IGNORECASE)
# (a colon with a space on each side is the same ratio, "2 : 3"; one after a number alone is a label's, "Step 2: 3")
_RATIO_HEAD_RE = re.compile(rf"(?<![\w.:/])(?:(?:{_TERM}(?::|[ \t]:[ \t]))+|[-−]?\d+/)\Z")
_RATIO_RE = re.compile(rf"(?<![\w.:/])(?:{_TERM}(?:(?::|[ \t]:[ \t]){_TERM})+|\d+/\d+)(?![\w:/])")


# a number the reply rules out ("The value is 2, not 3.", "rather than 5") is not its answer
_NEGATED_NUMBER_RE = re.compile(r"\b(?:not|rather than|instead of|never)\s*\Z", re.IGNORECASE)


# a number right after a relation sign other than `=` and `≈` (`x > 3`, `n \geq 3`, `x \neq 3`, `x \not= 3`,
# `x \notin \{3\}`) bounds or excludes the answer: no value the reply states. The reply then has no last
# number (an earlier one is no more its answer): read as one, `... so x > 3.` had been accepted for a gold 3.
# `>` closing a tag (`<answer>3`, `_TAG_BEFORE_RE`), an arrow (`->`, `=>`) or a quote at a line's start is no sign.
_BOUND_SIGN_RE = re.compile(
    r"(?:<=?|(?<=[^\s\-=>])[ \t]*>=?|\\(?:[lg]t|[lg]eq?(?:slant)?|neq?|notin|nless|ngtr|nleq?|ngeq?|nmid)(?![a-zA-Z])"
    rf"|\\not\s*(?:\\[a-zA-Z]+|\S)|[{BOUND_SIGNS[2:]}]|!=|=/=|/=)\s*(?:\$\s*)?(?:\\?\{{\s*)?(?:[-−+]\s*)?\Z"
)
_TAG_BEFORE_RE = re.compile(r"</?[A-Za-z][\w|-]*>\s*\Z")


# a number that is the power of a unit after a value (`400.57 cm^2`, `5 \text{m}^{3}`): the value is the
# number, never the unit's exponent (a sentence "The area of the figure is 400.57 cm^2." had been read as 2)
_UNIT_POWER_BEFORE_RE = re.compile(
    r"\d\s*(?:\\(?:text|mathrm|mbox)\s*\{\s*~?[A-Za-z]{1,6}\s*\}|[A-Za-z]{1,6})\s*\^\s*\{?\s*[-−]?$"
)


_GROUP = r"\{(?:[^{}]|\{[^{}]*\})*\}"  # a brace group, one level of groups inside it
_CONSTRUCT_RE = re.compile(
    rf"(?:[-−]\s*)?(?:\d+\s*)?(?:\\[dt]?frac\s*{_GROUP}\s*{_GROUP}|\\sqrt\s*(?:\[[^\]]{{0,10}}\])?\s*{_GROUP})"
)


_MAX_CONSTRUCT_TRIES = 16


def _construct_around(text: str, start: int, end: int) -> str | None:
    """The fraction or root (`\\frac{1}{41}`, `2\\sqrt{41}`) whose argument holds `text[start:end]`, or None."""
    low = max(0, start - 300)
    for m in _CONSTRUCT_RE.finditer(text, low, min(len(text), end + 300)):
        if m.start() < start and m.end() >= end:
            return m.group(0).strip()
    return None


# what makes a brace group an argument: an exponent or index (`^{2}`, `_{41}`), a later argument (`}{41}`),
# a command (`\\sqrt{41}`); a formatting command's group is the number itself (`\\mathbf{8}`, `\\text{8}`)
_ARGUMENT_BEFORE_RE = re.compile(r"(?:[\^_}\]]|\\[A-Za-z]+)\s*\Z")
_FORMAT_BEFORE_RE = re.compile(
    r"\\(?:math(?:bf|rm|it|sf|tt|bb)|text(?:bf|rm|it|sf)?|boldsymbol|bm|mbox|underline|boxed|fbox|displaystyle|emph)\s*\Z"
)


def _in_group(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is the whole of an argument's group (`\\frac{1}{41}`, `a^{41}`), spaces aside."""
    i, j = start - 1, end
    while i >= 0 and text[i] in " \t":  # each number looks back over its own run only: linear in all
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if not (i >= 0 and text[i] == "{" and j < len(text) and text[j] == "}"):
        return False
    before = text[max(0, i - 20) : i]
    return bool(_ARGUMENT_BEFORE_RE.search(before)) and not _FORMAT_BEFORE_RE.search(before)


# a number right before a root, its factor (`2 sqrt 3`, `120√3`)
# (or said: "10 times the square root of 7", "twice the square root of 7")
_FACTOR_BEFORE_RE = re.compile(
    r"(?:(?<![\d.])(\d+(?:\.\d+)?)[ \t]*(?:\*|times(?:[ \t]+the)?)?|\b(twice|double|thrice|triple)(?:[ \t]+the)?)[ \t]*$",
    re.IGNORECASE,
)
_SAID_FACTORS = {"twice": "2", "double": "2", "thrice": "3", "triple": "3"}
# a root or a logarithm right before a number (`sqrt 3`, `square root of 3`, `√3`, `log(3)`; an angle after `\\sin`
# is still read)
_ROOT_BEFORE_RE = re.compile(
    r"(?:\b(?:sqrt|(?:square[ \t]+)?root(?:\s+of)?|log|ln)|√)[ \t]*\(?[ \t]*$", re.IGNORECASE
)
_ROOT_INDICES = {"cube": 3, "third": 3, "fourth": 4, "fifth": 5}
_ROOT_INDEX_RE = re.compile(r"\b(" + "|".join(_ROOT_INDICES) + r")[ \t]+$", re.IGNORECASE)
# a plain-text fraction whose numerator is a root or pi (`5π/6`, `2√3/3`, `\pi/4`): one value, ending in its
# denominator (which had been read alone, `6`, or with the root's argument, `3/3`)
_ROOT_PI_FRACTION_RE = re.compile(
    r"(?<![\d.])(?:\d+(?:\.\d+)?[ \t]*)?(?:π|\\pi(?![A-Za-z])|√[ \t]*\d+(?:\.\d+)?|\\sqrt[ \t]*\{[^{}]{1,12}\})"
    r"[ \t]*/[ \t]*\d+(?:\.\d+)?$"
)


# a precision, no value: "(Rounded to 2 decimal places.)", "correct to 3 significant figures" (a closing remark's 2
# had been the reply's last number, correct for 2)
_TO_BEFORE_RE = re.compile(r"\b(?:to|within)\s*$", re.IGNORECASE)
_PRECISION_AFTER_RE = re.compile(
    rf"\s*(?:{PRECISION_UNITS}|d\.\s?p\.|s\.\s?f\.|dp\b|sf\b)",
    re.IGNORECASE,
)


_VULGAR = frozenset("¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞")


def last_number(text: str) -> str | None:
    """The last number in `text` with its sign, currency, percent or degree mark (or None). A ratio, a
    time or a fraction is one answer: "... a 3:1 ratio" gives `3:1`, "... is 2/3." gives `2/3`, not
    their last term. A number that is an argument is no number of its own: in a fraction or a root it
    gives that fraction or root whole (`d=\\frac{1}{41}` gives `\\frac{1}{41}`, whose 41 had been read as the
    reply's answer); in any other group (an exponent `^{2}`, an index `a_{41}`) it is passed over. Bold
    digits set apart are one number (`=\\mathbf{4 0}` gives 40, not 0)."""
    text = join_bold_digits(text)
    found = sci = None
    tries = _MAX_CONSTRUCT_TRIES  # (each looks 300 characters either way: bounded, or many `^{1}` are slow)
    # from the last number back, each tested only when reached (most replies end on their number: testing every
    # earlier number of a long reply first had cost a quarter of a sentence's reading)
    for m in reversed(list(NUMBER_RE.finditer(text))):
        if (
            _enclosed(text, m.start(), m.end())
            or _NEGATED_NUMBER_RE.search(text, max(0, m.start() - 20), m.start())
            or _UNIT_POWER_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
            or REFERENCE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())  # "(see Figure 2)"
            or (
                _TO_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                and _PRECISION_AFTER_RE.match(text, m.end())
            )
        ):
            continue
        number = m.group(0).strip()
        at = m.start() + m.group(0).index(number)
        if not _in_group(text, at, m.end()):
            found = m
            break
        tries -= 1
        construct = _construct_around(text, at, m.end()) if tries >= 0 else None
        if construct is not None:
            return construct
    if found is None:
        return None
    at = found.start() + found.group(0).index(found.group(0).strip())
    if _BOUND_SIGN_RE.search(text, max(0, at - 24), at) and not _TAG_BEFORE_RE.search(
        text, max(0, at - 24), at
    ):
        return None
    if "10" in text[found.start() - 40 : found.end()]:
        for sci in _SCI_RE.finditer(text, max(0, found.start() - 80)):  # noqa: B007
            pass
        if sci is not None and sci.end() >= found.end():
            return sci.group(0).strip()
    number = found.group(0).strip()
    at = found.start() + found.group(0).index(number)
    if text[at + len(number) : at + len(number) + 1] in _VULGAR and number.isdigit():
        number += text[at + len(number)]  # "So the value is 2½.": a mixed number (it had been read as 2)
    if number[:1].isdigit() and NEGATIVE_BEFORE_RE.search(text, max(0, at - 12), at):
        number = f"-{number}"  # "So the value is minus 5.": -5 (it had been read as 5)
    if "/" in text[max(0, at - 40) : at + len(number)] and (
        fraction := _ROOT_PI_FRACTION_RE.search(text, max(0, at - 40), at + len(number))
    ):
        return fraction.group(0)  # "... is 5π/6.": the fraction, not its denominator
    if (root := _ROOT_BEFORE_RE.search(text, max(0, at - 16), at)) is not None:
        # "... ED = √91.", "... is 2 sqrt 3.": the root is the value (with the factor before it); a logarithm's
        # argument is none
        if root.group(0).strip(" \t(").lower() in ("log", "ln"):
            return None
        # ("the cube root of 2" is `\sqrt[3]{2}`; it had been read as the square root)
        index = _ROOT_INDEX_RE.search(text, max(0, root.start() - 8), root.start())
        degree = f"[{_ROOT_INDICES[index.group(1).lower()]}]" if index is not None else ""
        before = index.start() if index is not None else root.start()
        factor = _FACTOR_BEFORE_RE.search(text, max(0, before - 24), before)
        # (an operation on "the square root": "the reciprocal of the square root of 3")
        bare = before - 4 if text[max(0, before - 4) : before].lower() == "the " else before
        if factor is None and CHANGED_BEFORE_RE.search(text, max(0, bare - 32), bare) is not None:
            return None  # "the reciprocal of the square root of 3": an operation on the root, no value of it
        said = _SAID_FACTORS[factor.group(2).lower()] if factor is not None and factor.group(2) else None
        return f"{said or (factor.group(1) if factor else '')}\\sqrt{degree}{{{number}}}"
    if CHANGED_BEFORE_RE.search(text, max(0, at - 32), at) is not None:
        return None  # "It is twice 3.", "the reciprocal of 2": an operation on the number, no value of it
    if (changed := CHANGED_AFTER_RE.match(text, at + len(number))) is not None:
        # "... is 2 squared", "... is 2√3": a factor of the value, no value of its own; "The area is 2π." is 2π
        return f"{number}\\pi" if changed.group(0).strip().lower() in ("π", "\\pi", "pi") else None
    share = _SHARE_HEAD_RE.search(text, max(0, at - 30), at) if number.isdigit() else None
    if share is not None and (share.group(2) or (len(number) < 4 and _SHARE_END_RE.match(text, found.end()))):
        return f"{share.group(1)}/{number}"  # "3 out of 5", "a 1 in 4 chance": the share, not its last term
    head = _RATIO_HEAD_RE.search(text, max(0, at - 40), at)
    if head is not None and number[:1].isdigit():
        return head.group(0) + number
    return number


# Phrases of a reply that declines to answer; looked for only where no answer marker or box was found,
# in the last paragraph, so a solution that says "we cannot determine x directly" still counts.
_REFUSAL_RE = re.compile(
    r"\b(?:cannot|can't|can ?not|unable to|not able to|impossible to|not possible to)\s+(?:be\s+)?"
    r"(?:definitively\s+|confidently\s+|accurately\s+)?"
    r"(?:answer|answered|determine|determined|tell|say|provide|select|choose|view|see|process|analy[sz]e|perceive"
    r"|help\s+with|assist\s+with)\b"
    r"|\b(?:does|do)\s*(?:not|n't)\s+provide\b|\bnot (?:have )?enough (?:visual )?(?:information|context)\b"
    r"|\binsufficient (?:information|context)\b|\bplease provide\b|\bneed (?:more|additional) information\b"
    r"|\bquestion is (?:incomplete|unclear|not clear|ambiguous|invalid|nonsensical|missing)\b"
    r"|^\W*(?:no idea|(?:I\s+)?(?:do not|don't) know|not sure|unsure)\b",
    re.IGNORECASE,
)
REFUSAL_REASON = "the response declines to answer"
_CHOSEN_RE = re.compile(
    r"\b(?:[Ss]elect|[Cc]hoose|[Pp]ick|[Gg]o with)\w*\s+(?:(?:[Oo]ption|[Cc]hoice|[Aa]nswer)\s+)?[\"“'(]?[A-Z]\b"
)
_BOLD_RE = re.compile(r"\*\*\s*([-−$€£¥]?\s*\d[^*\n]{0,30}?)\s*\*\*")


def is_refusal(text: str) -> bool:
    """Whether the last paragraph of `text` declines to answer ("the question does not provide enough
    information", "I can't process this file"); callers use it only when no answer marker was found.

    >>> is_refusal("The question does not provide a function. Please provide the function.")
    True
    >>> is_refusal("We cannot determine x directly, so we use the area. So x = 4.")
    False
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()[-3000:]) if p.strip()]
    if not paragraphs or _CHOSEN_RE.search(paragraphs[-1]):  # "... insufficient, so I will select B"
        return False
    last = last_match(_REFUSAL_RE, paragraphs[-1])
    if last is None:
        return False
    # no number in a later sentence ("We cannot determine x directly... So x = 4."); a number in the
    # refusal's own sentence restates the question ("... how many had exactly 56 boxes.")
    end = SENTENCE_END_RE.search(paragraphs[-1], last.end())
    return end is None or not re.search(r"\d", paragraphs[-1][end.end() :])


def bold_number(text: str) -> str | None:
    """The last markdown-bold span that is a number (with at most a unit word: "**115°**", "**$18**",
    "**3 groups**"); chat models set their answer in bold when they use no answer marker."""
    found = None
    for m in _BOLD_RE.finditer(text[-3000:]):
        num = NUMBER_RE.match(m.group(1))
        tail = m.group(1)[num.end() :] if num else ""
        if num and len(PROSE_RE.findall(tail)) <= 1 and not re.search(r"\d", tail):
            found = num.group(0).strip()
    return found


# (a colon with a number and a space before it is a ratio's, "is 2 : 3", no end of a sentence)
_TAIL_SPLIT_RE = re.compile(r"(?:[.!?](?=\s)|(?<!\d[ \t]):(?=\s)|\n)\s*")


# a connective that opens a last line or sentence before its math ("So $C_{2}=\frac{g L}{c}$.", "Therefore,
# $\Delta B=h /(e W L)$.", "... of 15 ! - 13 ! is 19 .")
# (or a phrase that concludes: "In conclusion, (1, -2).", "Finally, $x = 2$")
_CONNECTIVE_WORD_RE = re.compile(
    r"(?:so|thus|hence|therefore|then|and|is|which is|in conclusion|finally|consequently|as a result"
    # (or where the value was read: "Looking at the figure, 2 sqrt(3).", "Based on the graph, 12.")
    r"|(?:looking\s+at|based\s+on|according\s+to|from)\s+the\s+(?:image|figure|diagram|graph|chart|picture|table))"
    r"\b[,:]?\s+",
    re.IGNORECASE,
)


# a value restated in brackets at the end ("(about 7.07 cm)", "(≈ 12.57)", "(5√2 cm)", "(or 0.5)"): a number, perhaps
# with a root or pi and a unit, after a word of approximation or restatement; a space before the bracket (`sqrt(3)`,
# `2(3)` are math)
_RESTATED_BRACKET_RE = re.compile(
    r"\s+\(\s*(?:(?:about|approximately|roughly|or|i\.?\s?e\.?,?)\s+|≈\s*|\\approx\s*)?"
    r"[-−]?[\d.]*\d(?:√\d+|π|\\pi)?(?:\s+[A-Za-z]+(?:\^?[23]|[²³])?){0,2}\s*\)\s*\.?\s*$"
    r"|\s+\(\s*[-−]?[\d.]*(?:√\d+|π|\\pi|\\sqrt\{\d+\})(?:\s+[A-Za-z]+(?:\^?[23]|[²³])?){0,2}\s*\)\s*\.?\s*$",
    re.IGNORECASE,
)


def drop_connective(text: str) -> str:
    """`text` without the connective word that opens it, when only math follows it ("So $x=2$" -> "$x=2$");
    otherwise `text` as it is ("So the answer is 2" keeps its words for the readings of a sentence).

    >>> drop_connective("So $C_{2}=1$"), drop_connective("Thus the side is 5"), drop_connective("Thus $x=2$ or $x=6$")
    ('$C_{2}=1$', 'Thus the side is 5', 'Thus $x=2$ or $x=6$')
    >>> drop_connective("So, 15 cm.")  # (a value and its unit)
    '15 cm.'

    """
    m = _CONNECTIVE_WORD_RE.match(text) if len(text) <= 400 else None  # (a last line or sentence: short)
    if m is None:
        return text
    rest = text[m.end() :]
    # (one expression: no word outside its math, "$x=2$ or $x=6$" has "or")
    if not rest.strip() or _CJK_CHAR_RE.search(rest):
        return text
    # (the value restated in brackets after it is no words: "So, 5√2 cm (about 7.07 cm).")
    core = _RESTATED_BRACKET_RE.sub("", rest).strip(" .") if "(" in rest else rest.strip(" .")
    if re.search(
        r"(?<![\\A-Za-z])[A-Za-z]{2,}(?![A-Za-z(])", _ANY_SPAN_RE.sub(" ", core)
    ) and not _value_with_unit(core):
        # (words after it, unless they are the value's unit: "So, 15 cm." is `15 cm`, "So, 5√2 cm ≈ 7.07 cm." a value
        # and its approximation in cm, "So, 4π square units."; a function's name before its argument is math: "So, 2
        # sqrt(3).")
        return text
    return rest


_GENERIC_UNIT_END_RE = re.compile(
    rf"(?<=[\d}}π])\s*{GENERIC_UNIT}$|(?<=\\pi)\s*{GENERIC_UNIT}$", re.IGNORECASE
)


def _value_with_unit(text: str) -> bool:
    """Whether `text` is a value and its unit (`15 cm`, `5√2 cm ≈ 7.07 cm`, `4π square units`)."""
    text = unit_before_approx_dropped(text)
    return unit_of(text) is not None or (
        _GENERIC_UNIT_END_RE.search(text) is not None
        and not re.search(r"(?<![\\A-Za-z])[A-Za-z]{2,}", _GENERIC_UNIT_END_RE.sub("", text))
    )


def math_tail(text: str) -> str | None:
    """The last sentence or line when it is only a short math expression with a number
    ("... so the value follows.\n\\frac{-95}{3}.", "... we conclude. **$\\tfrac{4}{7}$**")."""
    text = text.rstrip(" \t\n.*")
    parts = _TAIL_SPLIT_RE.split(text)
    # (a line of its own is no label: "... we compute step by step.\n∴ (1, -2)")
    own_line = "\n" in text and text.rsplit("\n", 1)[-1].strip() == parts[-1].strip()
    if len(parts) > 1 and not own_line and REFERENCE_BEFORE_RE.search(parts[-2][-16:]):
        return None  # "... as shown in Fig. 2": a label after an abbreviation's full stop, no math tail
    tail = drop_connective(parts[-1].strip(" *")) if len(parts) > 1 else ""
    if not tail or len(tail) > 80 or not re.search(r"\d", tail):
        return None
    # (brackets counted together: an interval may be half-open, `[1, 3)`)
    opened, closed = tail.count("(") + tail.count("["), tail.count(")") + tail.count("]")
    if tail.count("{") != tail.count("}") or opened != closed or tail.count("$") % 2:
        # split inside a group (`\text{, local minimum: }(3, -60)`) or a math span (the ratio `$2: 3$` at
        # its colon): not a whole expression
        return None
    if [w for w in PROSE_RE.findall(strip_text_macros(tail)) if w.lower() not in MATH_WORDS]:
        return None
    return tail


# math spans: display math (`$$...$$`, `\\[...\\]`) is matched first, so that its `$$` never pairs with an inline `$`
# (that had shifted every later pair: "... are $1,-1,7,-7$." read as the span "$ are $")
_INLINE_MATH_RE = re.compile(
    r"\$\$(.{1,600}?)\$\$|\\\[(.{1,600}?)\\\]|\$([^$]{1,200})\$|\\\((.{1,200}?)\\\)", re.S
)
_BARE_NAME_RE = re.compile(r"\\?[A-Za-z]+(?:_\{?\w{1,3}\}?)?")
_RELATION_RE = re.compile(r"<|>|\\[lg]eq?\b|\\[lg]eqslant|\\neq|\\approx|\\ne\b|≤|≥")


def span_of_last_number(text: str, *, past_names: bool = True) -> str | None:
    """The inline math (`$...$`, `\\(...\\)`) that holds the response's last number, when no number comes
    after it: "... the pair is $(7, 6)$." is `(7, 6)`, not 6; "... is $\\frac{3}{4}$." is not 4. An
    equation gives its right-hand side ("$x = \\frac{3}{4}$"); a relation ("$x < 3$") is kept whole. `past_names`: a
    bare name after it (`$d$`) is passed over, as a long reply mentions names after its result."""
    tail = text[-3000:]
    # the last span that is not a bare name: a name after it is mentioned, not stated ("... $$W=\frac{1}{2} k
    # d_{0}^{2}$$ Assume that $d$ cannot become negative.")
    spans = [
        m
        for m in _INLINE_MATH_RE.finditer(tail)
        if not (past_names and _BARE_NAME_RE.fullmatch(m.group(0).strip("$ ")))
    ]
    if not spans:
        return None
    last = spans[-1]
    if NUMBER_RE.search(tail[last.end() :]) or not re.search(r"\d", last.group(0)):
        return None
    inner = next((g for g in last.groups() if g is not None), "").strip()
    if re.fullmatch(r"\^\s*\{?\s*[-−]?\d\s*\}?", inner):
        return None  # `cm$^3$`: a unit's power, not a value
    if "=" in inner and not _RELATION_RE.search(inner):
        inner = inner.rsplit("=", 1)[1].strip()
    if not inner or len(inner) > 80 or not re.search(r"\d", inner):
        return None
    return inner


def one_number_sentence(text: str) -> bool:
    """A single sentence with exactly one number in it (and no math beyond that number); a ratio, a
    clock time or a fraction (`3:1`, `5:30`, `2/3`) counts as one number, as `last_number` reads it."""
    body = text.strip().rstrip(".!")
    return (
        not SENTENCE_END_RE.search(body)
        and len(NUMBER_RE.findall(_RATIO_RE.sub("0", body))) == 1
        and not re.search(r"[=$\\^<>]", body)
    )


def conclusion_value(text: str) -> str | None:
    """The value after the last 所以/因此/故/即 ("so", "therefore", "that is") of the last two lines, when it is
    one ("所以CD的长度是5" -> "5"), or the math after that clause's last copula 为/是 ("所以a的取值范围是(-\\infty,-6]"),
    or the clause itself when it is all math ("所以 A=\\frac{2\\pi}{3}"); Chinese replies end their reasoning
    with it instead of an answer marker."""
    tail = "\n".join(text.splitlines()[-2:])
    m = last_match(_CONCLUSION_RE, tail)
    if m is None:
        return None
    sentence = re.split(r"[。！\n]", tail[m.end() :])[0].strip(" .,，")
    value = quantity_value(sentence)
    if value is None and sentence and len(sentence) <= 30 and re.fullmatch(r"[-\d.,/ ]+", sentence):
        value = sentence
    if value is None and sentence:
        # "所以，椭圆的方程为\frac{x^2}{18}+\frac{y^2}{9}=1", "即f(x)的单调递增区间为(0,\frac{1}{e})", "所以 A=\frac{2\pi}{3}":
        # the math after the clause's last copula (为, 是), or the clause itself when it is all math
        copula = last_match(_COPULA_RE, sentence)
        if copula is not None and NEGATED_NAME_RE.search(sentence[: copula.start()]):
            return None  # "所以答案不是12": denied or bounded, no value stated
        rest = sentence[copula.end() :].strip() if copula is not None else sentence
        # (a unit in `\text{}` is no words, nor 或 "or" between values: "2 或 -2" is compared as "2 or -2")
        words = _CJK_CHAR_RE.search(_TEXT_GROUP_RE.sub("", rest).replace("或者", "").replace("或", ""))
        if rest and len(rest) <= 120 and not words and re.search(r"[\d\\]", rest):
            value = rest
    return value


# a question the reply asks itself before a new sentence ("So it is 242? Wait, it's 211."): a sentence end too, here
_ASKED_END_RE = re.compile(r"\?(?=[ \t]+[A-Z])")


def last_sentence(text: str) -> str:
    """The text after the last sentence end that has words after it (the whole text if there is none); a question
    mark before a capital ends a sentence too ("So it is 242? Wait, it's 211." -> "Wait, it's 211").

    >>> last_sentence("So it is 242? Wait, it's 211."), last_sentence("Is it 5? yes")
    (" Wait, it's 211", 'Is it 5? yes')
    """
    body = text.strip().rstrip(".!")
    ends = [m.end() for m in SENTENCE_END_RE.finditer(body)]
    if "?" in body:
        ends += [m.end() for m in _ASKED_END_RE.finditer(body)]
    return body[max(ends) :] if ends else body


# a reply that opens with its answer alone and then explains it ("12\n\nThere are 3 rows of 4 dots.", "12. There are
# 3 rows of 4 dots."): the opening value, not the explanation's last number (4). The reply starts with its value (a
# bold opening, "**12**\n...", is read by `bold_number`)
_OPENING_VALUE_RE = re.compile(
    r"([-−]?\d[\d,]*(?:\.\d+)?(?:/\d+)?%?(?:[ \t]+[a-z]+){0,2}?)[ \t]*(?:\*\*)?[ \t]*[.。]?"
    # (on one line, only after a full stop: "3 Apples are red and 2 are green." opens with no answer)
    r"(?:[ \t]*\n\s*|(?<=[.。])[ \t]+(?=[A-Z]))"
)
# words after which the explanation gives an answer of its own, or takes the first back: no opening value then
_CONCLUDES_RE = re.compile(
    r"\b(?:so|therefore|thus|hence|total|altogether|in all|answer|wait|actually|correction|recount|mistake|however|but)\b"
    r"|=|所以|因此|答案",
    re.IGNORECASE,
)
_STEP_RE = re.compile(r"(?:first|step|let|we|to|start|begin|next|then)\b", re.IGNORECASE)
# a numbered list ("1.\nCount the rows.\n2.\nCount the dots."): its "1." is its first label (an explanation in
# bullets after a value, "12\n- 3 rows\n- 4 dots in each", is still an explanation)
_NEXT_ITEM_RE = re.compile(r"\n\s*\d{1,2}[.)]\s")


def opening_value(text: str) -> str | None:
    """The bare value a reply opens with, alone on its line or as its own sentence, when the rest explains it in
    words (three or more) and neither concludes with another value nor takes it back, nor is the rest of a list;
    else None. A guess: nothing marks the opening value as the answer.

    >>> opening_value("12\\n\\nExplanation: there are 3 rows with 4 dots in each row."), opening_value("12. There are 3 rows of 4 dots.")
    ('12', '12')
    >>> opening_value("12\\nThere are 3 rows of 4, so 3 x 4 = 13."), opening_value("1. Count the rows.\\n2. Count the dots.")
    (None, None)
    """
    m = _OPENING_VALUE_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if len(PROSE_RE.findall(rest)) < 3 or _CONCLUDES_RE.search(rest) or _NEXT_ITEM_RE.search(text):
        return None
    if "\n" not in text[: m.end()] and ("\n" in rest.strip() or len(rest) > 300 or _STEP_RE.match(rest)):
        return None  # on one line, "1. First, we count the rows." is a solution's first step, not its answer
    return m.group(1)
