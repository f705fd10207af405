r"""Bounded exact parsing of numeric answers into `fractions.Fraction`, without sympy.

math-verify parses every number through latex2sympy and sympy, which is correct but slow (tens of ms)
and unbounded on inputs like `9^{9^{9}}`. Most answers are plain numbers, so this module reads the
usual written forms exactly and cheaply: `-1,234.5`, `1.5e-3`, `1.5 \times 10^{-3}`, `\frac{3}{4}`,
`3/4`, `2\frac{1}{2}` (mixed number), `50\%`, `45^\circ`, `$18`, `18 \text{ cm}`. Digit counts and
exponents are capped, so the cost is bounded by the input length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from mmeval.verifiers.extraction.normalize import VALUE_WORDS_AFTER, clean_answer, memo, strip_text_macros
from mmeval.verifiers.extraction.sentences import word_number
from mmeval.verifiers.extraction.units import CJK_UNIT, slashed_unit_fraction

__all__ = [
    "Num",
    "decimal_comma",
    "parse_number",
    "round_half_up",
    "round_significant",
    "truncate",
    "significant_digits",
]

MAX_EXPONENT = 400


@dataclass(frozen=True)
class Num:
    """An exact value; `decimals` is the number of written decimal places (None for exact forms such as
    fractions), `percent` / `degrees` say whether the text carried `%` / a degree sign."""

    value: Fraction
    decimals: int | None
    percent: bool = False
    degrees: bool = False
    sci_digits: int | None = None  # significant digits of a mantissa written in scientific notation
    approx: bool = False  # computed in floating point (not read from the text): compared with `rel_tol`


_CURRENCY = "$€£¥₹"
# a currency's code before the value ("USD 1.25", "Rs. 50", "RMB 5"), as its sign would be; after the value a
# code is a unit word like any other ("1.25 USD")
_CURRENCY_CODE_RE = re.compile(
    r"^(?:USD|US\$|EUR|GBP|CNY|RMB|JPY|INR|Rs\.?|CAD|AUD|HKD|SGD|CHF)\s*+(?=[-+−]?\.?\d)"
)
_UNIT_WORD = (  # one letter: an SI unit (`x^2` is a variable); a verb or a denial is no unit ("12 is wrong")
    r"(?:(?!(?:is|are|was|were|not|wrong|incorrect|false)\b)[A-Za-z]{2,}|[mgsLlhNJWVAKCFT]\^?\d?|°[CF]?)"
)
# thousands groups after a first group of 1-3 digits that is not 0 (`0,111` is no thousands form)
_DEC = r"(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+"
_DEC_RE = re.compile(rf"^([-+−]?)\s*({_DEC})(?:\s*[eE]\s*([-+−]?\d{{1,4}}))?$")
_SCI_RE = re.compile(  # (a mantissa has no thousands groups: `4,471 \cdot 10^{-7}` is a decimal comma)
    r"^([-+−]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:\\times|\\cdot|×|\*|x)\s*10\s*\^\s*\{?\s*([-+−]?\d{1,4})\s*\}?$"
)
_FRAC_RE = re.compile(r"^([-+−]?)\s*(?:(\d+)\s*)?\\frac\s*\{\s*(-?\d+)\s*\}\s*\{\s*(-?\d+)\s*\}$")
_FRAC_SHORT_RE = re.compile(r"^([-+−]?)\s*\\frac\s*(\d)\s*(\d)$")
_SLASH_RE = re.compile(rf"^([-+−]?)\s*\(?\s*({_DEC})\s*\)?\s*(?:/|:|\\div)\s*\(?\s*({_DEC})\s*\)?$")
_PERCENT_RE = re.compile(r"\s*(?:\\%|%|\\percent|percent(?:age)?|per\s?cent|pct\.?)$", re.IGNORECASE)
_DEGREE_RE = re.compile(r"\s*(?:\^\s*\{?\s*\\circ\s*\}?|°|\\circ|\\degree|deg(?:rees?)?)$", re.IGNORECASE)
_POWER = r"(?:[²³]|\^\s*\{?\s*[23]\s*\}?)?"  # square and cubic units: `cm^2`, `{inches}^{2}`, `m³`
# words after a number that change its value, no unit of it: a power or an operation ("2 squared", "3 factorial",
# "2 inverse"), a factor ("2 pi", "2 sqrt 3", "2 square root 3") or a denominator ("2 thirds")
_CHANGES_VALUE = rf"(?!(?:{VALUE_WORDS_AFTER})\b)"
_UNIT_TAIL_RE = re.compile(
    rf"(?<=[\d}}])\s+{_CHANGES_VALUE}(?:{_UNIT_WORD}){_POWER}(?:\s*(?:/|per)\s*{_UNIT_WORD}{_POWER}|\s+{_UNIT_WORD}{_POWER})*$"
)
_ATTACHED_UNIT_RE = re.compile(
    r"(?<=\d)(?:kg|mg|g|km|cm|mm|m|ml|mL|L|l|s|min|h|hrs?|ft|lbs?|oz|mph)(?:/\w+)?$"
)
_CJK_UNIT_TAIL_RE = re.compile(
    rf"(?<=[\d}}])\s*{CJK_UNIT}$"
)  # `12平方厘米`, `5\\text{个}` (text macros gone)
# a qualifier before a value ("approximately 3.14", "about 40", "≈ 0.5"): the value is what was answered; so is
# a preposition of time or place ("In 2019." had been words against 2019; "at least 5" is no value: "least 5" is none)
_APPROX_LEAD_RE = re.compile(
    r"^(?:(?:approximately|approx\.?|about|around|roughly|nearly|almost|circa|exactly|precisely|only|just|in|at|during)\s+"
    r"|(?:≈|≃|\\approx|\\sim)\s*)",
    re.IGNORECASE,
)
# the qualifier after the value, in brackets or after a comma ("12 (approximately)", "3.14 (rounded)", "12 (exact)",
# "3.14 [to 2 d.p.]", "0.33, to 2 significant figures", "12, rounded")
_QUALIFIER_WORDS = (
    r"(?:exact(?:ly)?|approx(?:imately|\.)?|about|roughly|rounded(?:\s+(?:off|up|down))?|estimated|simplified"
    r"|(?:(?:rounded|correct)\s+)?to\s+(?:the\s+nearest\s+(?:integer|whole\s+number|tenth|hundredth)"
    r"|\d{1,2}\s+(?:decimal\s+places?|d\.\s?p\.?|dp|s\.\s?f\.?|sf|significant\s+(?:figures|digits)|sig\.?\s+figs?))"
    r"|in\s+(?:simplest|lowest)\s+(?:form|terms))"
)
_APPROX_AFTER_RE = re.compile(
    rf"\s*(?:\(\s*{_QUALIFIER_WORDS}\s*\)|\[\s*{_QUALIFIER_WORDS}\s*\]|,\s*{_QUALIFIER_WORDS})$", re.I
)
# a sign in words ("negative 5", "minus 0.5"): the number's sign
_SIGN_WORD_RE = re.compile(r"^(?:negative|minus)\s+(?=[\d.])", re.IGNORECASE)
# the same number again in words after it, in brackets ("5 (five)"), or again in digits after its words ("six (6)")
_WORDS_AGAIN_RE = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z -]{1,30})\)\s*$")
_DIGITS_AGAIN_RE = re.compile(r"\s*\(\s*(\d{1,12})\s*\)\s*$")
_OCLOCK_RE = re.compile(r"(?<=\d)\s*o['’]\s*clock\b\.?$", re.IGNORECASE)  # "10 o'clock": the hour
# `12th`, `12^{th}`, `12^{\\mathrm{th}}` (text macros are gone by then): an ordinal is its number
_ORDINAL_RE = re.compile(r"(?<=\d)\s*(?:\^\s*\{?\s*)?(?:st|nd|rd|th)\b\s*\}?.*$", re.IGNORECASE)
# a repeating decimal, read exactly: the repetend under a bar (`0.\overline{3}`, `0.1\overline{6}`) or, as
# Chinese textbooks write it, under dots over its first and last digit (`0.\dot{6}`, `0.\dot{1}4285\dot{7}`), or, as
# European and Russian ones do, in brackets (`0.(6)`, `0.1(6)`)
_REPEATING_RE = re.compile(
    r"^([-+−]?)\s*(\d+)\.(\d*)\s*(?:\\overline\s*\{\s*(\d{1,12})\s*\}"
    r"|\\dot\s*\{?\s*(\d)\s*\}?(?:(\d{0,10})\\dot\s*\{?\s*(\d)\s*\}?)?|\(\s*(\d{1,12})\s*\))$"
)
# a decimal that goes on (`0.333...`, `0.1666\ldots`): the digits written, as `0.333` is read; an integer
# before an ellipsis is no decimal expansion (`1, 2, 3, \ldots` is a list, and a list keeps its ellipsis)
_GOES_ON_RE = re.compile(r"^([-+−]?\s*\d*\.\d+)\s*(?:\\ldots|\\cdots|\\dots)$")
# `4 4/9`: a whole number, a space and a proper fraction is a mixed number (40/9), as people write it
_MIXED_RE = re.compile(r"^([-+−]?)\s*(\d+)\s+(\d+)\s*/\s*(\d+)$")


def _digits_ok(text: str, max_digits: int) -> bool:
    return sum(c.isdigit() for c in text) <= max_digits


def _decimal(sign: str, body: str, exp: str | None = None) -> Num | None:
    body = body.replace(",", "")
    try:
        value = Fraction(Decimal(body))
    except (InvalidOperation, ValueError):
        return None
    decimals = len(body.split(".")[1]) if "." in body else 0
    if exp is not None:
        e = int(exp.replace("−", "-"))
        if abs(e) > MAX_EXPONENT:
            return None
        value *= Fraction(10) ** e
        decimals = max(decimals - e, 0)
        digits = body.replace(".", "").lstrip("0") or "0"
        return Num(-value if sign in "-−" and sign else value, decimals, sci_digits=len(digits))
    return Num(-value if sign in "-−" and sign else value, decimals)


# a bound after the value ("5 or more", "10 and above"): a range, not the number (the words had been taken
# for a unit, so "5 or more" read as 5)
_BOUND_AFTER_RE = re.compile(
    r"\s(?:or|and)\s+(?:more|less|fewer|greater|larger|smaller|higher|lower|above|below|over|under|up)\b"
    r"|\sat\s+(?:the\s+)?(?:least|most|minimum|maximum)\b",  # ("12 apples at least", "5 at minimum")
    re.I,
)


def _strip_decorations(s: str) -> tuple[str, bool, bool]:
    """Remove currency, units, percent and degree marks; report percent/degree."""
    # `~` is LaTeX's unbreakable space; a unit as a fraction (`\\frac{\\mathrm{K}}{\\mathrm{m}}`) is a slashed unit
    s = strip_text_macros(slashed_unit_fraction(clean_answer(s))).replace("~", " ").strip()
    s = _APPROX_AFTER_RE.sub("", _APPROX_LEAD_RE.sub("", s))
    s = _SIGN_WORD_RE.sub("-", s)
    again = _WORDS_AGAIN_RE.search(s)
    if again and word_number(again.group(1)) == s[: again.start()].strip():
        s = s[: again.start()]
    elif (again := _DIGITS_AGAIN_RE.search(s)) and word_number(s[: again.start()].strip()) == again.group(1):
        s = again.group(1)  # "six (6)": the number in words, then again in digits
    # a currency sign before the value, or after it as much of Europe writes it (`12,50 €`)
    s = _CURRENCY_CODE_RE.sub("", s.lstrip(_CURRENCY)).replace("\\$", "").strip().rstrip(_CURRENCY).strip()
    s = _OCLOCK_RE.sub("", _ORDINAL_RE.sub("", s))
    degrees = bool(_DEGREE_RE.search(s))  # before units are stripped: "30 degrees" is an angle
    s = _DEGREE_RE.sub("", s).strip()
    percent = bool(_PERCENT_RE.search(s))  # before units: "33.5 percent" is not 33.5 of a unit
    s = _PERCENT_RE.sub("", s).strip()
    s = _UNIT_TAIL_RE.sub("", s).strip()
    s = _ATTACHED_UNIT_RE.sub("", s)
    s = _CJK_UNIT_TAIL_RE.sub("", s).strip()
    if not percent:
        percent = bool(_PERCENT_RE.search(s))
        s = _PERCENT_RE.sub("", s).strip()
    if not degrees:
        degrees = bool(_DEGREE_RE.search(s))
        s = _DEGREE_RE.sub("", s).strip()
    if s.startswith("{") and s.endswith("}") and s.count("{") == 1:
        s = s[1:-1].strip()
    return s, percent, degrees


def parse_number(text: str, *, max_digits: int = 400) -> Num | None:
    r"""Parse `text` as one real number, or return None (never raises).

    >>> parse_number("1,234.50").value
    Fraction(2469, 2)
    >>> parse_number(r"2\frac{1}{2}").value
    Fraction(5, 2)
    >>> parse_number(r"50\%").percent
    True
    """
    if len(text) > 4 * max_digits or not _digits_ok(text, max_digits) or _BOUND_AFTER_RE.search(text):
        return None
    return _parse_cached(text) if max_digits == 400 else _parse(text)


# an angle in degrees, minutes and seconds (`30^\circ 15'`, `30°15′30″`, `30^{\circ}15^{\prime}`): its value in
# degrees (written by hand: latex2sympy reads the prime as a derivative, and the number readers stop at the minutes)
_DMS_RE = re.compile(
    r"^\s*(-?\d+)\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)\s*(\d+(?:\.\d+)?)\s*(?:'|′|\^\s*\{?\s*\\prime\s*\}?)"
    r"(?:\s*(\d+(?:\.\d+)?)\s*(?:''|″|\^\s*\{?\s*\\prime\s*\\prime\s*\}?|\^\s*\{?\s*\\dprime\s*\}?))?\s*$"
)


def _degrees_minutes(text: str) -> Num | None:
    m = _DMS_RE.match(clean_answer(text)) if ("'" in text or "′" in text or "prime" in text) else None
    if m is None or Fraction(m.group(2)) >= 60 or (m.group(3) and Fraction(m.group(3)) >= 60):
        return None
    whole = Fraction(m.group(1))
    part = Fraction(m.group(2)) / 60 + Fraction(m.group(3) or 0) / 3600
    value = whole - part if m.group(1).startswith("-") else whole + part  # (the minus, not the sign: -0° 15′)
    return Num(value, None, False, True)


def _parse(text: str) -> Num | None:
    if (angle := _degrees_minutes(text)) is not None:
        return angle
    s, percent, degrees = _strip_decorations(text)
    num = _parse_plain(s)
    if num is None:
        return None
    return Num(num.value, num.decimals, percent, degrees, num.sci_digits)


_parse_cached = memo(_parse)  # Num is frozen: a cached value is never changed by a caller


def _repeating(m: re.Match[str]) -> Num:
    sign, whole, fixed, bar, first, middle, last, bracketed = m.groups()
    # under a bar or in brackets, or from the first dot to the last (one dot alone, `0.\dot{6}`, marks one digit)
    repetend = bar or bracketed or (first + middle + last if last else first)
    value = int(whole) + Fraction(int(fixed or 0), 10 ** len(fixed))
    value += Fraction(int(repetend), (10 ** len(repetend) - 1) * 10 ** len(fixed))
    return Num(-value if sign in ("-", "−") else value, None)


def _parse_plain(s: str) -> Num | None:
    m = _DEC_RE.match(s)
    if m:
        return _decimal(m.group(1), m.group(2), m.group(3))
    if "\\" in s or "(" in s:
        m = _REPEATING_RE.match(s)
        if m:
            return _repeating(m)
        m = _GOES_ON_RE.match(s)
        if m:
            return _parse_plain(m.group(1).replace(" ", ""))
    m = _SCI_RE.match(s)
    if m:
        return _decimal(m.group(1), m.group(2), m.group(3))
    m = _FRAC_RE.match(s) or _FRAC_SHORT_RE.match(s)
    if m:
        sign, whole, num, den = m.groups() if len(m.groups()) == 4 else (m.group(1), None, *m.groups()[1:])
        if int(den) == 0:
            return None
        value = Fraction(int(num), int(den))
        if whole:
            value += int(whole)
        return Num(-value if sign in ("-", "−") else value, None)
    m = _MIXED_RE.match(s)
    if m and int(m.group(3)) < int(m.group(4)):
        value = int(m.group(2)) + Fraction(int(m.group(3)), int(m.group(4)))
        return Num(-value if m.group(1) in ("-", "−") else value, None)
    m = _SLASH_RE.match(s)
    if m:
        num, den = _decimal("", m.group(2)), _decimal("", m.group(3))
        if num is None or den is None or den.value == 0:
            return None
        value = num.value / den.value
        return Num(-value if m.group(1) in ("-", "−") else value, None)
    return None


# a decimal comma, as much of Europe writes a decimal: `2,74`, `1000,99`, `0,111`
_DECIMAL_COMMA_RE = re.compile(r"(?<![\d,.])(\d+),(\d+)(?![\d,.])")
_POWER_OF_TEN_RE = re.compile(r"\s*(?:\\times|\\cdot|×)\s*10\s*\^")


def decimal_comma(text: str) -> str | None:
    """`text` with its one comma between digits read as a decimal point, or None. Only where the comma
    cannot be a thousands separator (`1,222` is 1222; a first group of 0 or of over 3 digits, or a
    group after it of other than 3 digits, is none, and neither is a mantissa's: `4,471 \\cdot 10^{-7}`) and is not a list's (`1, 5` has a space; `(1,5)`
    is a pair: the caller parses the result as one number). Not when only zeros follow the comma: `0,0`
    read as 0.0 would accept `0`, the first item of the pair alone."""
    if text.count(",") != 1:
        return None
    m = _DECIMAL_COMMA_RE.search(text)
    if m is None:
        return None
    whole, frac = m.groups()
    mantissa = len(whole) == 1 and _POWER_OF_TEN_RE.match(text, m.end())  # `4,471 \cdot 10^{-7}`
    if len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0") and not mantissa:
        return None  # `1,222`: thousands
    if not frac.strip("0"):
        return None  # `0,0`, `1,0`: a pair's value would be its first item alone, an easy answer to match
    return f"{text[: m.start()]}{whole}.{frac}{text[m.end() :]}"


def round_half_up(value: Fraction, decimals: int) -> Fraction:
    """Round to `decimals` places, halves away from zero (how people and most benchmarks round)."""
    scale = Fraction(10) ** decimals
    scaled = abs(value) * scale
    rounded = int(scaled + Fraction(1, 2))
    out = Fraction(rounded) / scale
    return -out if value < 0 else out


def truncate(value: Fraction, decimals: int) -> Fraction:
    """Cut to `decimals` places (toward zero): some golds are written truncated, not rounded."""
    scale = Fraction(10) ** decimals
    out = Fraction(int(abs(value) * scale)) / scale
    return -out if value < 0 else out


def significant_digits(num: Num) -> int:
    """Digits written from the first nonzero one (300 -> 3, 0.046 -> 2, 1.30 -> 3)."""
    if num.decimals is None or num.value == 0:
        return 0
    # int(|value| * 10^decimals) in integers: the same truncation, without Fraction arithmetic (a hot path)
    return len(str(abs(num.value.numerator) * 10**num.decimals // num.value.denominator))


def round_significant(value: Fraction, digits: int) -> Fraction:
    """Round to `digits` significant digits (half away from zero)."""
    if value == 0:
        return value
    exponent = len(str(int(abs(value)))) if abs(value) >= 1 else -len(str(int(1 / abs(value)))) + 1
    return round_half_up(value, digits - exponent)
