r"""Find the final answer in a model response, and name the rule that found it.

Rules, strongest first: `answer_tag` (`<answer>...</answer>`, MM-Eureka's format), `boxed` (the
`\boxed{}`/`\fbox{}` answers), `final_answer` ("final answer: ..."), `answer_is` ("the answer is ..."),
then the fallbacks `whole` (a short one-line response), `last_line` (a last line that is display math)
and `last_number`. For multiple choice the found text is mapped to an option letter (`choice_letter`)
or, when it is an option's text, to that option's letter (`choice_text`).

All scans are linear regexes or hand loops over a response already capped at
`GradeConfig.max_response_chars`; nothing here parses mathematics.
"""

from __future__ import annotations

import re

from .choices import match_choice
from .normalize import clean_answer, find_boxed, strip_text_macros
from .verdict import Extraction, GradeConfig

__all__ = ["extract_answer", "extract_candidate", "first_number", "last_number"]

_TAG_RE = re.compile(r"<answer>(.*?)(?:</answer>|$)", re.DOTALL | re.IGNORECASE)
_FINAL_RE = re.compile(r"final\s+answer\s*(?:is|:|=)?", re.IGNORECASE)
_ANSWER_IS_RE = re.compile(
    r"(?:the\s+(?:correct\s+)?answer\s*(?:is|should\s+be|would\s+be|will\s+be|=)|\banswer\s*:|答案(?:是|为|:|：))",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"(?<![\d\\])\.(?=\s|$)|(?<=\d)\.(?=\s+[A-Z]|$)|!(?=\s|$)|\n")
_NUMBER_RE = re.compile(
    r"[-−]?[$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*[eE][-+]?\d+)?(?:\s*(?:\\%|%|\^\s*\{?\\circ\}?|°))?"
    r"|[-−]?\.\d+"
)
# "1.5 \times 10^{-3}" as one number, so the last-number fallback does not return the exponent.
_SCI_RE = re.compile(
    r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:\\times|\\cdot|×)\s*10\s*\^\s*(?:\{\s*[-−+]?\d+\s*\}|[-−+]?\d+)"
)
_PROSE_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}")
_MATH_WORDS = {
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "log",
    "exp",
    "sqrt",
    "frac",
    "pi",
    "and",
    "cup",
    "cap",
    "infty",
    "text",
    "ln",
    "max",
    "min",
    "times",
    "cdot",
    "circ",
    "dfrac",
    "tfrac",
    "mathrm",
}


def _sentence(text: str) -> str:
    """The text up to the end of its first sentence or line."""
    m = _SENTENCE_END_RE.search(text)
    return text[: m.start()] if m else text


def _last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    last = None
    for last in regex.finditer(text):  # noqa: B007 - we want the last match
        pass
    return last


def _answer_after(match: re.Match[str], text: str) -> str:
    """The answer text after an anchor: inline math, a box, or the rest of the sentence."""
    rest = text[match.end() :].lstrip(" \t:：*")
    if rest.startswith("$") or rest.startswith("\\("):  # keep inline math whole, periods inside included
        end_tok = "$" if rest.startswith("$") else "\\)"
        close = rest.find(end_tok, 1 if end_tok == "$" else 2)
        after = rest[close + len(end_tok) : close + len(end_tok) + 1] if close > 0 else ""
        if close > 0 and "\n" not in rest[:close] and not after.isdigit():  # "$x = $200" is money
            return rest[: close + len(end_tok)]
    boxed = find_boxed(rest[:2000])
    if boxed:
        return boxed[-1]
    return _sentence(rest)


def _last_anchor(text: str) -> tuple[str, str] | None:
    """(answer, rule) after whichever anchor comes last: "final answer" or "the answer is"."""
    found = [
        (m, rule)
        for regex, rule in ((_FINAL_RE, "final_answer"), (_ANSWER_IS_RE, "answer_is"))
        if (m := _last_match(regex, text)) is not None
    ]
    for m, rule in sorted(found, key=lambda mr: (-mr[0].end(), mr[1] != "final_answer")):
        answer = _answer_after(m, text).strip()
        if answer:
            return answer, rule
    return None


def first_number(text: str) -> str | None:
    """The first number in `text` (with sign, currency, percent or degree mark), or None."""
    found = _NUMBER_RE.search(text)
    return found.group(0).strip() if found else None


def last_number(text: str) -> str | None:
    """The last number in `text` with its sign, currency, percent or degree mark (or None)."""
    found = sci = None
    for found in _NUMBER_RE.finditer(text):  # noqa: B007
        pass
    if found is not None and "10" in text[found.start() - 40 : found.end()]:
        for sci in _SCI_RE.finditer(text, max(0, found.start() - 80)):  # noqa: B007
            pass
        if sci is not None and sci.end() >= found.end():
            return sci.group(0).strip()
    return found.group(0).strip() if found else None


def _refine(candidate: str) -> str:
    """An answer written as a sentence ("he saves about $6") is reduced to its last number."""
    candidate = re.sub(r"\s+equals?\s+", " = ", candidate)
    words = [w for w in _PROSE_RE.findall(strip_text_macros(candidate)) if w.lower() not in _MATH_WORDS]
    if len(words) >= 2:
        num = last_number(candidate)
        if num is not None:
            return num
    return candidate


def extract_candidate(text: str) -> tuple[str | None, str | None, str]:
    """(answer text, rule, reason) by the anchored rules, then the fallbacks; no choice mapping."""
    tags = _TAG_RE.findall(text)
    if tags:
        inner = tags[-1].strip()
        boxed = find_boxed(inner)
        if boxed:
            return _join_boxes(boxed), "answer_tag", "last <answer> block, boxed inside"
        anchored = _last_anchor(inner)
        return (_refine(anchored[0]) if anchored else inner), "answer_tag", "last <answer> block"
    boxed = find_boxed(text)
    if boxed:
        joined = _join_boxes(boxed)
        n = len({clean_answer(b) for b in boxed})
        return (
            joined,
            "boxed",
            ("boxed answer" if n == 1 else f"{n} different boxed answers, graded as a list"),
        )
    anchored = _last_anchor(text)
    if anchored is not None:
        answer, rule = anchored
        return _refine(answer), rule, f"after the last '{rule.replace('_', ' ')}'"
    stripped = text.strip()
    if stripped and "\n" not in stripped and len(stripped) <= 300:
        words = {w.lower() for w in _PROSE_RE.findall(strip_text_macros(stripped))} - _MATH_WORDS
        num = last_number(stripped) if len(words) >= 3 else None
        if num is not None and not stripped.rstrip(" .!*$").endswith(num.rstrip(".")):
            num = None  # the sentence does not end with its number: keep it whole
        if num is None:  # a bare answer ("\\frac{6}{x}", "Kafelnikov")
            return stripped, "whole", "short response taken whole"
        return num, "last_number", "a short sentence; its last number"
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    if lines and re.fullmatch(r"(\$\$|\\\[|\$).+(\$\$|\\\]|\$)\.?", lines[-1]):
        return lines[-1], "last_line", "last line is display math"
    num = last_number(text)
    if num is not None:
        return num, "last_number", "no anchor; last number in the response"
    if lines and len(lines[-1]) <= 100:
        return lines[-1], "last_line", "no anchor; short last line"
    return None, None, "no answer found"


def _join_boxes(boxed: list[str]) -> str:
    """One box: its content. Several: the distinct contents as a comma list (a hack listing every option
    then grades as a list, which never equals a single gold)."""
    distinct: list[str] = []
    for b in boxed:
        if clean_answer(b) not in [clean_answer(d) for d in distinct]:
            distinct.append(b)
    return distinct[0] if len(distinct) == 1 else ", ".join(distinct)


def extract_answer(
    response: str,
    *,
    choices: list[str] | None = None,
    config: GradeConfig | None = None,
    letters: str | None = None,
) -> Extraction:
    r"""Extract the final answer from a full response.

    `choices` (option texts in letter order) or `letters` (e.g. "ABCDE" when options are only in the
    question) switch on multiple-choice mapping: the result is then an option letter.

    >>> extract_answer(r"... so the total is \boxed{42}.")
    Extraction(answer='42', rule='boxed', reason='boxed answer', raw='42')
    >>> extract_answer("The answer is (B).", choices=["1", "2", "3"]).answer
    'B'
    """
    config = config or GradeConfig()
    if not isinstance(response, str):
        return Extraction(None, None, f"response is {type(response).__name__}, not str")
    text = response.replace("\x00", "")
    if len(text) > config.max_response_chars:
        text = text[-config.max_response_chars :]
    answer, rule, reason = extract_candidate(text)
    if choices is not None or letters:
        return match_choice(text, answer, rule, reason, choices=choices, letters=letters)
    if answer is None:
        return Extraction(None, None, reason)
    return Extraction(clean_answer(answer), rule, reason, raw=answer)
