r"""The unit written after a value, read as a physical dimension and a scale: `m/s^2`, `\mathrm{~m} /
\mathrm{s}^{2}`, `m s^{-2}`, `cm²`, `square centimeters`, `kJ/(mol K)`.

The number readers drop a unit tail and compare the values, so `15 cm^2` and `15 cm^3`, or `1 m/s^2` and
`1 m/s^3`, were the same answer. `units_differ` rejects a pair only when both sides end in a unit that
every token of which is in the vocabulary below and the two differ in dimension or scale; anything else
(`5 apples`, `2 ab`, a variable, a degree or percent sign, one side without a unit) is not compared here,
so this rule only ever turns an accept into a reject. Units of one dimension in two sizes (`240 mm` for `24 cm`)
are compared by value in the gold's unit (`equivalence.compare`): the scale is all they differ by here.

Written by hand: sympy.physics.units and pint define quantities, but neither reads the tails models
write (plurals, `sq cm`, `squared`, `\text{}` dress, `per`), and the grader's fast path never imports
sympy in the main process. The vocabulary is small on purpose: a token it does not know leaves the pair
to the other strategies.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from mmeval.verifiers.extraction.normalize import CJK_CHARS, strip_text_macros

__all__ = ["CJK_UNIT", "GENERIC_UNIT", "Unit", "Written", "slashed_unit_fraction", "unit_of", "units_differ"]
__all__ += ["Compound", "compound_quantity", "unit_before_approx_dropped"]

# units with no name ("units", "square units", "sq units"): no dimension, so `unit_of` does not read them; the
# readers that drop or keep them share this one spelling
GENERIC_UNIT = r"(?:(?:square|cubic|sq\.?)\s+)?units?"

# Chinese units and measure words written after a value ("12平方厘米", "20朵", "5\\text{个}", "3米/秒"): the value
# is what was answered, as with `15 cm` (dropped; a unit of length, area, volume, mass or time is also read as its
# Latin spelling by `unit_of`, `_CJK_LATIN`, so that `units_differ` compares it).
# A small vocabulary, like the one below; words that bound or hedge a value (以上 "or more", 左右 "about",
# 时 "when") and 度 (degrees, which change the value's reading) are not in it.
CJK_UNIT = (
    r"(?:(?:平方|立方)?(?:千|厘|分|毫|微|纳)?米|公里|公顷|亩|毫?升|[千毫]?克|公斤|吨|斤|秒|分钟|小时|天|周|年|元|角|分"
    r"|个|個|只|人|名|次|种|條|条|块|张|本|朵|辆|棵|件|位|岁|页|倍|组|对|份|支|根|盒|瓶|袋|箱|颗|台|道|题)"
    r"(?:/(?:秒|分钟|分|小时|时|天))?"
)

# dimension exponents: length, mass, time, current, temperature, amount, money (dollars and cents: `5 cents` is
# not `5 dollars`). `units` (`square units`) is not a
# unit here: a reply of `5 units` for an area of `5 square units` is left to the value comparison.
Dims = tuple[int, int, int, int, int, int, int]
Unit = tuple[Dims, Fraction]  # (dimension, scale to SI)


def _d(**exps: int) -> Dims:
    out = [0] * 7
    for name, e in exps.items():
        out["LMTIKND".index(name)] = e
    return tuple(out)  # type: ignore[return-value]


# symbols that take an SI prefix (`k`, `c`, `m`, `μ`...): one-letter and two-letter SI symbols
_SI_SYMBOLS: dict[str, Unit] = {
    "m": (_d(L=1), Fraction(1)),
    "g": (_d(M=1), Fraction(1, 1000)),
    "s": (_d(T=1), Fraction(1)),
    "A": (_d(I=1), Fraction(1)),
    "K": (_d(K=1), Fraction(1)),
    "mol": (_d(N=1), Fraction(1)),
    "N": (_d(M=1, L=1, T=-2), Fraction(1)),
    "J": (_d(M=1, L=2, T=-2), Fraction(1)),
    "W": (_d(M=1, L=2, T=-3), Fraction(1)),
    "Pa": (_d(M=1, L=-1, T=-2), Fraction(1)),
    "Hz": (_d(T=-1), Fraction(1)),
    "V": (_d(M=1, L=2, T=-3, I=-1), Fraction(1)),
    "C": (_d(I=1, T=1), Fraction(1)),
    "Ω": (_d(M=1, L=2, T=-3, I=-2), Fraction(1)),
    "F": (_d(M=-1, L=-2, T=4, I=2), Fraction(1)),
    "T": (_d(M=1, T=-2, I=-1), Fraction(1)),
    "H": (_d(M=1, L=2, T=-2, I=-2), Fraction(1)),
    "L": (_d(L=3), Fraction(1, 1000)),
    "eV": (_d(M=1, L=2, T=-2), Fraction(1602176634, 10**28)),
    # the ångström (`\\AA`), in which optics and crystal answers are given
    "Å": (_d(L=1), Fraction(1, 10**10)),
}
_PREFIXES = {
    "G": Fraction(10**9),
    "M": Fraction(10**6),
    "k": Fraction(1000),
    "d": Fraction(1, 10),
    "c": Fraction(1, 100),
    "m": Fraction(1, 1000),
    "μ": Fraction(1, 10**6),
    "µ": Fraction(1, 10**6),
    "u": Fraction(1, 10**6),
    "n": Fraction(1, 10**9),
}
# prefixed symbols that physics answers also write for a product of two names (`mg`: milligram or mass
# times g; `ms`: millisecond or metre-second; `Gm`: G times a mass), and a word (`us`): not read
_AMBIGUOUS = {"mg", "ms", "Gm", "us"}
_INCH = Fraction(254, 10000)
_WORDS: dict[str, Unit] = {
    "meter": (_d(L=1), Fraction(1)),
    "metre": (_d(L=1), Fraction(1)),
    "kilometer": (_d(L=1), Fraction(1000)),
    "kilometre": (_d(L=1), Fraction(1000)),
    "centimeter": (_d(L=1), Fraction(1, 100)),
    "centimetre": (_d(L=1), Fraction(1, 100)),
    "millimeter": (_d(L=1), Fraction(1, 1000)),
    "millimetre": (_d(L=1), Fraction(1, 1000)),
    "inch": (_d(L=1), _INCH),
    "inches": (_d(L=1), _INCH),
    "ft": (_d(L=1), 12 * _INCH),
    "foot": (_d(L=1), 12 * _INCH),
    "feet": (_d(L=1), 12 * _INCH),
    "yard": (_d(L=1), 36 * _INCH),
    "yd": (_d(L=1), 36 * _INCH),
    "mile": (_d(L=1), 63360 * _INCH),
    "gram": (_d(M=1), Fraction(1, 1000)),
    "kilogram": (_d(M=1), Fraction(1)),
    "sec": (_d(T=1), Fraction(1)),
    "second": (_d(T=1), Fraction(1)),
    "min": (_d(T=1), Fraction(60)),
    "minute": (_d(T=1), Fraction(60)),
    "h": (_d(T=1), Fraction(3600)),
    "hr": (_d(T=1), Fraction(3600)),
    "hrs": (_d(T=1), Fraction(3600)),
    "hour": (_d(T=1), Fraction(3600)),
    "day": (_d(T=1), Fraction(86400)),
    "week": (_d(T=1), Fraction(7 * 86400)),
    "ml": (_d(L=3), Fraction(1, 10**6)),
    "liter": (_d(L=3), Fraction(1, 1000)),
    "litre": (_d(L=3), Fraction(1, 1000)),
    "newton": (_d(M=1, L=1, T=-2), Fraction(1)),
    "joule": (_d(M=1, L=2, T=-2), Fraction(1)),
    "watt": (_d(M=1, L=2, T=-3), Fraction(1)),
    "volt": (_d(M=1, L=2, T=-3, I=-1), Fraction(1)),
    "ampere": (_d(I=1), Fraction(1)),
    "amp": (_d(I=1), Fraction(1)),
    "ohm": (_d(M=1, L=2, T=-3, I=-2), Fraction(1)),
    "pascal": (_d(M=1, L=-1, T=-2), Fraction(1)),
    "hertz": (_d(T=-1), Fraction(1)),
    "kelvin": (_d(K=1), Fraction(1)),
    "mph": (_d(L=1, T=-1), 63360 * _INCH / 3600),
    "dollar": (_d(D=1), Fraction(1)),
    "cents": (_d(D=1), Fraction(1, 100)),  # (plural only: "per cent" is a percent)
}
_POWER_WORDS = {"square": 2, "sq": 2, "cubic": 3, "cu": 3}
_AFTER_POWER_WORDS = {"squared": 2, "cubed": 3}

# the tail: unit tokens (letters, Ω, μ), powers, `/`, `per`, `\cdot`, brackets and spaces; after a value.
# Possessive (`*+`): one pass per start position, never backtracking over a long run of letters.
# (after a digit, a mixed number's vulgar fraction, "3½ cm", a brace, a bracket or pi)
_TAIL_RE = re.compile(
    r"(?:[\d¼½¾⅓⅔⅛⅜⅝⅞]|\}|\)|\\pi|π)\s*(?P<tail>[A-Za-zΩμµÅ](?:[A-Za-zΩμµÅ]|\^\s*\{?\s*[-−]?\s*\d\s*\}?|[²³]|[\s/().*·]"
    r"|\\cdot(?![A-Za-z]))*+)$"
)
_TOKEN_RE = re.compile(r"([A-Za-zΩμµÅ]+)\s*(?:\^\s*\{?\s*([-−]?)\s*(\d)\s*\}?|([²³]))?|(/)|(\()|(\))")
_SPACING_RE = re.compile(r"\\[,;:! ]|~|\\q?quad(?![A-Za-z])")


def _symbol(token: str) -> Unit | None:
    """A token as a unit: a word (singular or plural), an SI symbol, or an SI prefix and symbol."""
    if token in _AMBIGUOUS:
        return None
    lower = token.lower()
    for word in (lower, lower[:-1] if lower.endswith("s") and len(lower) > 3 else None):
        if word and word in _WORDS and (len(word) > 2 or token == word):
            return _WORDS[word]
    if token in _SI_SYMBOLS:
        return _SI_SYMBOLS[token]
    if len(token) >= 2 and token[0] in _PREFIXES and token[1:] in _SI_SYMBOLS:
        dims, scale = _SI_SYMBOLS[token[1:]]
        return dims, scale * _PREFIXES[token[0]]
    return None


@lru_cache(maxsize=4096)
def _parse_tail(tail: str) -> Unit | None:
    """`m/s^2` -> (L T^-2, 1); None when any token is not a unit or the tail is not a product of units
    with at most one division (`J/(mol K)` divides by the group)."""
    dims = [0] * 7
    scale = Fraction(1)
    sign = 1  # -1 after `/` or `per`, for one token or one bracketed group
    group = False
    pending_power = 1
    seen = False
    pos = 0
    tail = tail.replace("\\cdot", " ").replace("·", " ").replace("*", " ").replace(".", " ")
    while pos < len(tail):
        if tail[pos].isspace():
            pos += 1
            continue
        m = _TOKEN_RE.match(tail, pos)
        if not m:
            return None
        pos = m.end()
        word, minus, digit, sup, slash, opening, closing = m.groups()
        if slash:
            if sign == -1:
                return None  # `m/s/s`: read it nowhere rather than guess
            sign = -1
            continue
        if opening:
            if sign != -1 or group:
                return None
            group = True
            continue
        if closing:
            if not group:
                return None
            group, sign = False, 1
            continue
        if word.lower() == "per":
            if sign == -1:
                return None
            sign = -1
            continue
        if word.lower() in _POWER_WORDS:
            pending_power = _POWER_WORDS[word.lower()]
            continue
        if word.lower() in _AFTER_POWER_WORDS:
            return None  # `squared` with no unit before it (after one it is read below, with that unit)
        unit = _symbol(word)
        if unit is None:
            return None
        power = int(digit) if digit else (2 if sup == "²" else 3 if sup == "³" else 1)
        if minus:
            power = -power
        after = re.match(r"\s*(squared|cubed)\b", tail[pos:], re.IGNORECASE)
        if after:
            power *= _AFTER_POWER_WORDS[after.group(1).lower()]
            pos += after.end()
        power *= pending_power * sign
        pending_power = 1
        unit_dims, unit_scale = unit
        for i, e in enumerate(unit_dims):
            dims[i] += e * power
        scale *= unit_scale**power
        seen = True
        if not group and sign == -1:
            sign = 1
    if not seen or group or pending_power != 1 or sign == -1:
        return None
    return tuple(dims), scale  # type: ignore[return-value]


_COMMAND_RE = re.compile(r"\\[A-Za-z]+")
_LETTER_RE = re.compile(r"[A-Za-z]")
_UNIT_LETTER_RE = re.compile(r"[A-Za-zΩμµÅ]")  # a unit holds one of these
_JUXTAPOSED_RE = re.compile(r"[\d)]\s+[\d(]")


_BRACKETED_UNIT_RE = re.compile(r"\(\s*([A-Za-zΩμµ][A-Za-zΩμµ^{}\d/ .]{0,20}?)\s*\)$")


def spelled_unit(tail: str) -> bool:
    """Whether a unit as written cannot be a name in an expression: a unit of two letters or more (`cm`,
    `kg`), or a power of one (`m^{2}`). A lone letter (`g`, `m`, `s`) may be a constant or a variable
    (`\\frac{1}{2} g`, `3(m)`)."""
    return bool(_SPELLED_RE.search(tail))


_SPELLED_RE = re.compile(r"[A-Za-z]{2,}|\^|Å")


class Written(NamedTuple):
    """A value followed by units: the value's text, the unit as written, and its dimension and scale."""

    value: str
    tail: str
    unit: Unit


_ANGSTROM_RE = re.compile(r"\\AA(?![A-Za-z])\s*|\\mathring\s*\{?\s*A\s*\}?")


# a unit written as a fraction of units at the end, `0.00978 \\frac{\\mathrm{K}}{\\mathrm{m}}`, `5 \\frac{\\text{m}}{\\text{s}}`:
# read as `K / (m)`. Only where each part is dressed as text or roman (`\\mathrm{}`, `\\text{}`) or spelled with
# two letters or more (`\\frac{km}{h}`): `\\frac{m}{s}` may be a mass over a length (as with `3(m)`, not read).
_UNIT_PART = r"(?:\\(?:mathrm|text|textrm|rm|mbox)\s*\{[^{}]{1,12}\}|[A-Za-zΩμ]{2,5})(?:\s*\^\s*\{?-?\d\}?)?"
_UNIT_PARTS = rf"\s*{_UNIT_PART}(?:\s*(?:\\cdot|\\,|\s)\s*{_UNIT_PART})*\s*"
_FRAC_UNIT_RE = re.compile(rf"\\[dt]?frac\s*\{{({_UNIT_PARTS})\}}\s*\{{({_UNIT_PARTS})\}}\s*$")


def _frac_unit(m: re.Match[str]) -> str:
    over = m.group(2).strip()
    return f"{m.group(1).strip()} / " + (over if re.fullmatch(_UNIT_PART, over) else f"({over})")


def slashed_unit_fraction(text: str) -> str:
    r"""`text` with a unit written as a fraction at its end written with a slash.

    >>> slashed_unit_fraction(r"0.00978 \frac{\mathrm{K}}{\mathrm{m}}")
    '0.00978 \\mathrm{K} / \\mathrm{m}'
    >>> slashed_unit_fraction(r"5 \frac{m}{s}")  # a mass over a length, perhaps: left as it is
    '5 \\frac{m}{s}'
    """
    return _FRAC_UNIT_RE.sub(_frac_unit, text) if "frac" in text else text


# Chinese units of length, area, volume, mass and time after a value, spelled the way the vocabulary below reads
# them: "12厘米" is `12 cm`, so that it is no answer to `12 km` (only dropped before, it had been read as 12 against
# any unit); measure words and money are not units of a dimension and stay as they were
_CJK_LATIN = {"平方千米": "km^2", "平方公里": "km^2", "平方米": "m^2", "平方分米": "dm^2", "平方厘米": "cm^2",
              "平方毫米": "mm^2", "立方米": "m^3", "立方分米": "dm^3", "立方厘米": "cm^3", "千米": "km", "公里": "km",
              "米": "m", "分米": "dm", "厘米": "cm", "毫米": "mm", "千克": "kg", "公斤": "kg", "克": "g", "毫升": "mL",
              "升": "L", "秒": "s", "分钟": "min", "小时": "h"}  # fmt: skip
_CJK_TAIL_RE = re.compile(
    rf"(?<=[\d}}\s])({'|'.join(sorted(_CJK_LATIN, key=len, reverse=True))})(?:/(秒|分钟|小时))?\s*$"
)
_CJK_RE = re.compile(f"[{CJK_CHARS}]")


def _latin_unit(text: str) -> str:
    """`text` with a Chinese unit that ends it spelled in Latin letters ("12平方厘米": `12 cm^2`), when nothing
    else in it is Chinese."""
    m = _CJK_TAIL_RE.search(text)
    if m is None or _CJK_RE.search(text, 0, m.start()):
        return text
    per = f"/{_CJK_LATIN[m.group(2)]}" if m.group(2) else ""
    return f"{text[: m.start()].rstrip()} {_CJK_LATIN[m.group(1)]}{per}"


@lru_cache(maxsize=65536)
def unit_of(text: str) -> Written | None:
    """The value and its unit when `text` is a value followed by units the vocabulary reads in full, else
    None. The value must have no letters of its own (`2x cm` is not read: `x` could be the unit's or the
    value's)."""
    if len(text) > 200 or "°" in text or "%" in text or "circ" in text:
        return None
    text = slashed_unit_fraction(_latin_unit(text) if not text.isascii() else text)
    t = _SPACING_RE.sub(" ", strip_text_macros(_ANGSTROM_RE.sub("Å", text.replace("$", "")))).strip()
    bracketed = _BRACKETED_UNIT_RE.search(t) if t.endswith(")") else None
    if bracketed is not None:  # `312(m^{3})`, `\pi (km)`: the unit in brackets after the value, as Chinese
        head = t[: bracketed.start()].strip()  # textbooks write it (`3(m)` may be a product: not read)
        parsed = _parse_tail(bracketed.group(1)) if head and spelled_unit(bracketed.group(1)) else None
        if parsed is not None and not _LETTER_RE.search(_COMMAND_RE.sub("", head)):
            return Written(head, bracketed.group(1), parsed)
    m = _TAIL_RE.search(t)
    if not m:
        return None
    head, tail = t[: m.start("tail")].strip(), m.group("tail").strip()
    if not _UNIT_LETTER_RE.search(tail) or _LETTER_RE.search(_COMMAND_RE.sub("", head)):
        return None
    if not head.isascii() and _CJK_RE.search(head):
        return None  # (words in Chinese before the value: "3 + 4 = 7。结果为12 cm" is a sentence, no value)
    if head.endswith(")") and tail.startswith(("(", "/")) or _JUXTAPOSED_RE.search(head):
        return None  # `(1) 20 cm`: a label and a value, or two values, not one value
    parsed = _parse_tail(tail)
    return Written(head, tail, parsed) if parsed is not None else None


# a temperature's scale at the end of a value: degrees Celsius or Fahrenheit (`^\circ \mathrm{C}`, as `repair` writes
# `25°C`), or kelvin (`\mathrm{K}`, `\mathrm{~K}`, `\text{ K}`, a bare K after a number)
_TEMPERATURE_SCALE_RE = re.compile(
    r"(?:(?:\^\s*\{?\s*\\circ\s*\}?|°)\s*(?:\\(?:mathrm|text)\s*\{\s*~?\s*([CF])\s*\}|([CF]))|(℃)|(℉)"
    r"|(?<=[\d}\s])(?:\\(?:mathrm|text)\s*\{\s*~?\s*(K)\s*\}|(K)))\s*\.?\s*$"
)


def temperature_scale(text: str) -> str | None:
    """`C`, `F` or `K` when `text` is a value in degrees Celsius, Fahrenheit or kelvin, else None (`unit_of` reads no
    degree sign: an angle's degrees are read elsewhere).

    >>> temperature_scale(r"25^\\circ \\mathrm{C}"), temperature_scale("298 K"), temperature_scale(r"30^\\circ")
    ('C', 'K', None)
    >>> temperature_scale("25°F"), temperature_scale("25 ℃"), temperature_scale(r"\\boxed{25^{\\circ}C}")
    ('F', 'C', None)
    """
    if "C" not in text and "F" not in text and "K" not in text and "℃" not in text and "℉" not in text:
        return None
    m = _TEMPERATURE_SCALE_RE.search(text)
    scale = next(g for g in m.groups() if g) if m else None
    return {"℃": "C", "℉": "F"}.get(scale, scale)


def units_differ(gold: Written | None, answer: Written | None) -> str | None:
    """Why the two sides' units differ (`cm^2` vs `cm^3`: another dimension; `cm` vs `m`: another scale),
    or None when they agree or either side has no unit the vocabulary reads."""
    if gold is None or answer is None:
        return None
    (g_dims, g_scale), (a_dims, a_scale) = gold.unit, answer.unit
    if g_dims != a_dims:
        return f"units of another dimension ({answer.tail} vs {gold.tail})"
    if g_scale != a_scale:
        return f"units of another size ({answer.tail} vs {gold.tail})"
    return None


class Compound(NamedTuple):
    """One quantity written in parts of one dimension, largest unit first ("2 hours 30 minutes", "1 m 75 cm", "5 feet
    and 6 inches"): its dimension, its total in SI units, and the scale of each part's unit."""

    dims: Dims
    total: Fraction
    scales: tuple[Fraction, ...]


# the joint between the parts: a space, a comma, "and" (each part starts with its number)
_COMPOUND_JOINT_RE = re.compile(r"\s*,\s*(?:and\s+)?(?=\d)|\s+and\s+(?=\d)|\s+(?=\d)")
_PLAIN_VALUE_RE = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)  # (read by `prepare` and again by `compare` for the same text)
def compound_quantity(text: str) -> Compound | None:
    """The quantity a text writes in two or three parts of one dimension, each unit smaller than the one before
    ("2 hours 30 minutes", "2 hours and 30 minutes", "1 m 75 cm"), or None (two parts in one unit, "2 m, 3 m", are
    a list; units of two dimensions, "2 m 3 s", are no one quantity).

    >>> compound_quantity("2 hours and 30 minutes").total, compound_quantity("2 m, 3 m"), compound_quantity("2 m 3 s")
    (Fraction(9000, 1), None, None)
    """
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    parts = _COMPOUND_JOINT_RE.split(strip_text_macros(text).strip().rstrip("."))
    if not 2 <= len(parts) <= 3:
        return None
    written = [unit_of(part) for part in parts]
    if any(w is None or not _PLAIN_VALUE_RE.fullmatch(w.value) for w in written):
        return None
    dims = {w.unit[0] for w in written}  # type: ignore[union-attr]
    scales = tuple(w.unit[1] for w in written)  # type: ignore[union-attr]
    if len(dims) != 1 or any(a <= b for a, b in zip(scales, scales[1:], strict=False)):
        return None
    total = sum((Fraction(w.value) * w.unit[1] for w in written), Fraction(0))  # type: ignore[union-attr]
    return Compound(dims.pop(), total, scales)


_APPROX_SIGN_RE = re.compile(r"\\approx(?![A-Za-z])|≈")
_GENERIC_TAIL_RE = re.compile(rf"(.+?)\s*({GENERIC_UNIT})\s*", re.IGNORECASE)


def unit_before_approx_dropped(text: str) -> str:
    """`5\\sqrt{2} cm \\approx 7.07 cm` -> `5\\sqrt{2} \\approx 7.07 cm`: a value and its approximation each written
    with one unit, the unit once, after both (the whole approximation is then one value with its unit; written
    twice, the unit in the middle had left the answer unparsed, and so wrong, and a unit in a text macro after it had
    been dropped as words, so that `7.07 m` matched). Units with no name too ("square units"). `text` unchanged
    unless both sides are a value and the same unit.

    >>> unit_before_approx_dropped(r"5\\sqrt{2} cm \\approx 7.07 cm"), unit_before_approx_dropped(r"5 cm \\approx 50 mm")
    ('5\\\\sqrt{2} \\\\approx 7.07 cm', '5 cm \\\\approx 50 mm')
    >>> unit_before_approx_dropped(r"\\sqrt{2} square units ≈ 1.41 square units")
    '\\\\sqrt{2} \\\\approx 1.41 square units'
    """
    parts = _APPROX_SIGN_RE.split(text)
    if len(parts) != 2:
        return text
    first, last = parts[0].strip(), parts[1].strip()
    written = unit_of(last)
    named = _GENERIC_TAIL_RE.fullmatch(last) if written is None else None
    unit = written.tail if written is not None else named.group(2) if named is not None else None
    if unit is None:
        return text
    # (the same unit closing the first side, perhaps in a text macro, after a value: "Therefore, 5√2 cm")
    before = re.search(
        rf"(?:(?<=[\d}}π])|(?<=\\pi))\s*(?:\\(?:text|mathrm)\s*\{{\s*)?{re.escape(unit)}\s*\}}?$", first
    )
    if before is None:
        return text
    return f"{first[: before.start()]} \\approx {last}"
