"""String clean-up shared by extraction and equivalence: boxes, math delimiters, markdown, LaTeX noise.

All functions here are linear-time scans or simple regexes without nested quantifiers, so they are
safe on untrusted text of any size (the callers cap sizes first anyway).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps

__all__ = [
    "BOUND_SIGNS",
    "primes",
    "CJK_CHARS",
    "FUNCTION_NAMES",
    "repair",
    "find_boxed",
    "nesting_depth",
    "strip_text_macros",
    "clean_answer",
    "join_bold_digits",
    "canonical",
    "case_clashes",
    "split_top_level",
    "one_letter_names",
]

# the Chinese (and Japanese kanji) characters, as a character-class range: CJK Unified Ideographs, Extension A
# and the compatibility block
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# Unicode signs of a relation that bounds or excludes a value (`x ≥ 3`, `x ≠ 3`, `x ∉ {3}`): what follows one is no
# value a reply states (`fallbacks.last_number`, `sentences.sentence_number`)
BOUND_SIGNS = "<>≤≥≠⩽⩾∉≮≯≰≱≢≉∤≇≁"

# words after a number that change its value, no unit of it: a power or an operation ("2 squared", "3 factorial",
# "2 inverse"; "5 squared meters" is a unit), a factor ("2 pi", "2 sqrt 3", "2 square root 3") or a denominator
# ("2 thirds")
VALUE_WORDS_AFTER = (
    r"(?:squared|cubed)(?![ \t]+[A-Za-z])|factorial|inverse|reciprocal|pi|sqrt|root|square\s+root|cube\s+root|half|halves"
    r"|(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"  # ("3 quarters" may be of a year)
)
# words right before a number that change its value: an operation on it ("the reciprocal of 2", "the negative of 2",
# "twice 3", "half of 12", "the square of 3", "2 to the power of 3" for its 3, "3 times 4" for its 4) or a share of it
# ("one fifth of 5", "20% of 50"); each had been read as the number itself ("It is twice 3." graded correct for 3).
# A root or a logarithm before a number is read by `fallbacks.last_number` (`sqrt 3` is the root)
CHANGED_BEFORE_RE = re.compile(
    r"(?:\b(?:reciprocal|inverse|negative|opposite|square|cube|half|double|triple)\s+of"
    r"|\b(?:twice|thrice|double|triple|times)"
    r"|\bto\s+the\s+power(?:\s+of)?|\braised\s+to(?:\s+the\s+power(?:\s+of)?)?"
    r"|\b(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\s+of"
    r"|%\s*of|\bper\s*cent\s+of)[ \t]*\(?[ \t]*$",
    re.IGNORECASE,
)
# "minus" or "negative" right before a number is its sign ("minus 5 degrees"), not after a value, where it is a
# difference ("10 minus 5")
NEGATIVE_BEFORE_RE = re.compile(
    r"(?<![\d)] )(?<![\d)]\t)(?<![\d)])\b(?:minus|negative)[ \t]+$", re.IGNORECASE
)
# the same, or a factor written as a symbol right after the number (`2π`, `2\pi`, `2√3`, `2\sqrt{3}`, `2i`)
CHANGED_AFTER_RE = re.compile(
    rf"(?-i:i\b)|[ \t]*(?:π|√|\\pi(?![A-Za-z])|\\sqrt(?![A-Za-z]))|[ \t]+(?:{VALUE_WORDS_AFTER})\b",
    re.IGNORECASE,
)

# a LaTeX environment's name (`\begin{bmatrix}`, `\end{array}`): markup, no word of prose
ENV_NAME_RE = re.compile(r"\\(?:begin|end)\s*\{[A-Za-z*]+\}")

# a word that names a numbered part of a text before its number ("Figure 2", "Step 3", "Lemma 2", "equation (2)",
# "[1]" as a citation): the number is a label, no value the reply states (`fallbacks.last_number`,
# `sentences.sentence_number`)
REFERENCE_BEFORE_RE = re.compile(
    r"(?:\b(?:figures?|fig\.?|tables?|steps?|lemmas?|theorems?|equations?|eqs?\.|eqn\.?|sections?|chapters?|pages?|"
    r"properties|property|propositions?|corollar(?:y|ies)|definitions?|appendix|examples?|exercises?)[ \t]*\(?"
    r"|(?<=[A-Za-z.,;:)\]])[ \t]*\[)[ \t]*\Z",
    re.IGNORECASE,
)

# Unicode math written by models and datasets, mapped to the LaTeX that latex2sympy understands.
# the vulgar fractions (numerator, denominator), one table for the readers that spell them
VULGAR_FRACTIONS = {
    ch: (n, d) for ch, n, d in zip("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞", "112131234151357", "233445555668888", strict=True)
}
_UNICODE = {
    "∞": "\\infty ",
    "∪": "\\cup ",
    "∩": "\\cap ",
    "≥": "\\geq ",
    "≤": "\\leq ",
    "≠": "\\neq ",
    "π": "\\pi ",
    "×": "\\times ",
    "÷": "\\div ",
    "−": "-",
    "–": "-",
    "·": "\\cdot ",
    "⋅": "\\cdot ",
    "√": "\\sqrt ",
    "±": "\\pm ",
    "＞": ">",
    "＜": "<",
    "（": "(",
    "）": ")",
    "，": ",",
    "：": ":",
    "＝": "=",
    # (superscripts: `_SUPERSCRIPTS_RE` in `repair`, before this map, reads a run of them as one power)
    "∈": "\\in ",
    "\u2044": "/",  # the fraction slash and the division slash ("8⁄5")
    "\u2215": "/",
    "…": "\\ldots ",
    "⋯": "\\cdots ",
    **{
        ch: f"\\frac{{{n}}}{{{d}}}" for ch, (n, d) in VULGAR_FRACTIONS.items()
    },  # ("½"; "1½" is a mixed number)
    "∀": "\\forall ",
    "°": "^\\circ ",
    "℃": "^\\circ C",  # (then a temperature's unit: `_TEMPERATURE_RE`)
    "℉": "^\\circ F",
    # the degree sign's look-alikes, as keyboards without it type it ("30º", a masculine ordinal; "30˚", a ring)
    "º": "^\\circ ",
    "˚": "^\\circ ",
    "⩾": "\\geq ",
    "⩽": "\\leq ",
    "∅": "\\emptyset ",
    "α": "\\alpha ",
    "β": "\\beta ",
    "θ": "\\theta ",
}
_VULGAR_POWER_RE = re.compile(f"\\^[ \t]*([{''.join(VULGAR_FRACTIONS)}])")
_UNICODE_RE = re.compile("|".join(re.escape(k) for k in _UNICODE))
# a degree sign, then C or F alone: degrees Celsius or Fahrenheit (`25^\circ C` had been 25 times a variable C)
_TEMPERATURE_RE = re.compile(r"(\^\s*\{?\s*\\circ\s*\}?)\s*([CF])(?![A-Za-z0-9_{(])")
_CIRCLED_RE = re.compile("[\u2460-\u2473]+")
# JSON files often lose a backslash: "\frac" stored as "\x0crac", "\text" as a tab + "ext".
_CONTROL = {"\x0c": "\\f", "\x08": "\\b", "\x07": "\\a", "\x0b": "\\v", "\r": "\\r"}
# a tab before the rest of `\text{`, `\textcirc`, `\times`, `\theta`, `\tan`, `\tfrac`, `\triangle`, `\to` (each a
# whole command: a tab before `angle_D = ...` or `textra = 1` indents a program line, it is no `\tan`)
_TAB_RE = re.compile(
    "\t(?=ext[a-z]*(?![\\w])(?!\\s*=)|imes(?![a-z])|heta(?![a-z])|anh?(?![a-z])"
    "|frac\\s*[{\\d]|riangle(?:left|right|down|q|lefteq|righteq)?(?![a-z])|o\\b)"
)
# a JSON escape that ate a backslash (`"\frac"` read as form feed + "rac"), before a command's letters
_LOST_ESCAPE_RE = re.compile("[\x0c\x08\x07\x0b](?=[a-z])")


# Unicode spaces (no-break, thin, narrow no-break, ideographic, ...) read as a space, the zero-width space,
# word joiner and byte-order mark as nothing: copied text and some tokenizers carry them, and neither the
# anchors' literal spaces nor the LaTeX parsers accept them. The zero-width (non-)joiner is kept: Persian
# and Indic text spell words with it.
_SPACES_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH_RE = re.compile("[\u200b\u2060\ufeff]")
_SPACE_RUN_RE = re.compile(r"(?<=\S) {2,}")
# Full-width forms of ASCII (`（C）`, `Ｂ`, `１２`, `＝`): Chinese and Japanese input methods type them, and
# every anchor, option pattern and LaTeX parser here reads ASCII. U+FF01-U+FF5E is ASCII 0x21-0x7E shifted.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULL_WIDTH_RE = re.compile("[\uff01-\uff5e]")
_HTML_SUP_RE = re.compile(r"<sup>(.*?)</sup>")
_HTML_SUB_RE = re.compile(r"<sub>(.*?)</sub>")
_DOUBLE_BACKSLASH_RE = re.compile(r"\\\\(?=[a-zA-Z])")
_OPEN_BOLD_RE = re.compile(r"^\*{2,}\s*|\s*\*{2,}$")
_DTC_FRAC_RE = re.compile(r"\\[dtc]frac")
_STRAY_PERIOD_RE = re.compile(r"(?<=[}\d])\s*\.\s*(?=[\])]\s*$)")


def plain_spaces(s: str) -> str:
    """`s` with every Unicode space written as a plain space, zero-width characters removed, full-width
    forms (`（Ｃ）`) written as ASCII, and a run of spaces inside a line as one (a line's indentation is kept:
    it is a program's structure).

    >>> plain_spaces("x\u00a0=\u202f5\u200b  cm")
    'x = 5 cm'
    """
    if s.isascii():  # the common case, checked first: a grading pass calls this on every text it reads
        return _SPACE_RUN_RE.sub(" ", s) if "  " in s else s
    s = _ZERO_WIDTH_RE.sub("", _SPACES_RE.sub(" ", s))
    if _FULL_WIDTH_RE.search(s):  # `str.translate` looks up every character: only where there is one to map
        s = s.translate(_FULL_WIDTH)
    return _SPACE_RUN_RE.sub(" ", s) if "  " in s else s


def lost_escapes(s: str) -> str:
    r"""Put back the backslash of a LaTeX command that a JSON or Python string read as a control character
    (`\x0crac{1}{2}` -> `\frac{1}{2}`, `\x08oxed` -> `\boxed`, a tab before `imes` -> `\times`), before
    anything strips the text: str.strip() counts a form feed or a tab as whitespace and would drop it."""
    if "\x0c" in s or "\x08" in s or "\x07" in s or "\x0b" in s:  # substring tests: most texts have none
        s = _LOST_ESCAPE_RE.sub(lambda m: _CONTROL[m.group(0)], s)
    return _TAB_RE.sub("\\\\t", s) if "\t" in s else s


# `\frac`'s two arguments, each a brace group (one level of nesting: `{\sqrt{2}}`), a command (`\pi`) or one
# character: written braced (`\frac{4}\pi` -> `\frac{4}{\pi}`) so that every later step sees one spelling
_FRAC_ARG = r"(\{(?:[^{}]|\{[^{}]*\})*\}|\\[a-zA-Z]+|[0-9A-Za-z])"
_FRAC_SHORT_RE = re.compile(rf"\\frac\s*{_FRAC_ARG}\s*{_FRAC_ARG}")
# Unicode `√` covers the number or parenthesised group after it (`√97`, `√(a+b)`); `\sqrt 97` is `\sqrt{9}7`
_ROOT_SIGN_RE = re.compile(r"([√∛∜])\s*(?:(\d+(?:\.\d+)?)|\(([^()]*)\))")  # (and the cube and fourth roots)
_ROOT_INDEX = {"√": "", "∛": "[3]", "∜": "[4]"}
_FUNC_TEXT_RE = re.compile(
    r"\\(?:text|mathrm|operatorname)\s*\{\s*(sin|cos|tan|cot|sec|csc|ln|log|exp|arcsin|arccos|arctan)\s*\}"
)
_SQRT_SHORT_RE = re.compile(r"\\sqrt\s*([0-9A-Za-z])")


def _circled(m: re.Match[str]) -> str:
    return ",".join(str(ord(c) - 0x2460 + 1) for c in m.group(0))


_CACHED_CHARS = 2_000  # longer texts are not kept (a cache of whole responses would grow without bound)
_CACHE_ENTRIES = 8_192


def memo(fn: Callable[[str], object]) -> Callable[[str], object]:
    """Remember `fn` on short strings: a pair cleans and reads the same few strings several times (the
    gold once per strategy, each gold again for every response of a benchmark). `fn` must be pure.
    Bounded: at most `_CACHE_ENTRIES` strings of at most `_CACHED_CHARS` characters, cleared when full."""
    cache: dict[str, object] = {}

    @wraps(fn)
    def wrapper(s: str):  # noqa: ANN202 - the wrapped function's type
        if not isinstance(s, str) or len(s) > _CACHED_CHARS:
            return fn(s)
        try:
            return cache[s]
        except KeyError:
            pass
        if len(cache) >= _CACHE_ENTRIES:
            cache.clear()
        out = cache[s] = fn(s)
        return out

    return wrapper


@memo
def repair(s: str) -> str:
    r"""Undo common damage and spelling variants: lost backslashes (`\x0c`rac), unicode math (`∞`, `≥`,
    `π`, fullwidth signs, circled numbers), HTML `<sup>`, `\\frac` double escapes, `\frac12` shorthand.

    >>> repair("(-∞, 3) ∪ [2x², π)")
    '(-\\infty , 3) \\cup  [2x^2, \\pi )'
    """
    s = plain_spaces(lost_escapes(s))
    for bad, good in _CONTROL.items():  # the rest (`\r`, a control character before no letter)
        s = s.replace(bad, good)
    if "√" in s or "∛" in s or "∜" in s:
        s = _ROOT_SIGN_RE.sub(lambda m: f"\\sqrt{_ROOT_INDEX[m.group(1)]}{{{m.group(2) or m.group(3)}}}", s)
    # "10⁶", "2¹⁰", "10⁻³": a run of superscript signs is one power (`²³` had been `^2^3`)
    if _SUPERSCRIPTS_RE.search(s):
        s = _SUPERSCRIPTS_RE.sub(_power, s)
    if not s.isascii():  # (each sign below is outside ASCII)
        # `2^½`: a vulgar fraction as a power is one group (`2^\frac{1}{2}` had been unparseable)
        if "^" in s:
            s = _VULGAR_POWER_RE.sub(r"^{\1}", s)
        s = _UNICODE_RE.sub(lambda m: _UNICODE[m.group(0)], s)
        s = _CIRCLED_RE.sub(_circled, s)
        s = subscript_digits(s)
    if "<su" in s:
        s = _HTML_SUB_RE.sub(r"_{\1}", _HTML_SUP_RE.sub(r"^{\1}", s))
    if "\\\\" in s:
        s = _DOUBLE_BACKSLASH_RE.sub(r"\\", s)
    if "\\" in s:
        s = _FUNC_TEXT_RE.sub(r"\\\1", s)
    if "\\not" in s or "/=" in s or "=\\=" in s:
        s = _NEGATED_RE.sub(_negated, s)
    s = s.replace("\\textcirc", "\\circ").replace("\\degree", "^\\circ").replace("\\varnothing", "\\emptyset")
    if "度" in s:  # `30度`, `30\text{度}`: Chinese for the degree sign
        s = _DU_RE.sub(r"^\\circ ", s)
    if "circ" in s and ("C" in s or "F" in s):  # `25°C`, `25^\circ F`: a temperature, not a product with C
        s = _TEMPERATURE_RE.sub(r"\1 \\mathrm{\2}", s)
    if "\\mathrm" in s:  # Euler's number and the imaginary unit set upright, as ISO style writes them
        s = _UPRIGHT_CONSTANT_RE.sub(r"\1", s)
    if "\\infin" in s:  # KaTeX's other name for `\infty`
        s = _INFIN_RE.sub(r"\\infty", s)
    # "(-∞, 2) U (3, ∞)": a capital U between two intervals is their union, as typed in plain text
    if "U" in s:
        s = _UNION_U_RE.sub(r" \\cup ", s)
    # "(-inf, 2)", "(-Infinity, 2)", sympy's "(-oo, 2)": infinity as an interval's end
    if "nf" in s or "oo" in s:
        s = _INF_END_RE.sub(r"\1\\infty", s)
    # "negative infinity", "minus infinity", "positive infinity": a signed infinity in words (had been words)
    if "infinity" in s:
        s = _SIGNED_INFINITY_RE.sub(
            lambda m: ("-" if m.group(1).lower() in ("negative", "minus") else "+") + "\\infty", s
        )
    if "\\frac" in s:
        s = _FRAC_SHORT_RE.sub(
            lambda m: "\\frac" + "".join(a if a.startswith("{") else "{" + a + "}" for a in m.groups()), s
        )
    return _SQRT_SHORT_RE.sub(r"\\sqrt{\1}", s) if "\\sqrt" in s else s


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUPERSCRIPTS_RE = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+")


def _power(m: re.Match[str]) -> str:
    """A run of Unicode superscript signs as a power: `^2` for one sign, `^{-3}` for more."""
    power = m.group(0).translate(_SUPERSCRIPTS)
    return f"^{power}" if len(power) == 1 else f"^{{{power}}}"


# `\mathrm{e}`, `\mathrm{i}`: the constants e and i (`2\mathrm{e}` is 2e; read as unit text it had been 2)
_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUBSCRIPT_DIGITS_RE = re.compile("[₀-₉]+")


def superscript_powers(s: str) -> str:
    """`s` with each run of Unicode superscript signs written as a power, as `repair` writes it: "x² + 2x + 1" ->
    `x^2 + 2x + 1`, "10⁻³" -> `10^{-3}` (a reply's readers had seen "x² + 2x + 1" as words and the number 1).

    >>> superscript_powers("The expanded form is x² + 2x + 1."), superscript_powers("10⁻³ m")
    ('The expanded form is x^2 + 2x + 1.', '10^{-3} m')
    """
    if s.isascii() or not _SUPERSCRIPTS_RE.search(s):
        return s
    return _SUPERSCRIPTS_RE.sub(_power, s)


def subscript_digits(s: str, *, braced: bool = True) -> str:
    """`s` with Unicode subscript digits written as a subscript: "x₁=3, x₂=-3" -> `x_{1}=3, x_{2}=-3`; not `braced`, a
    single digit without braces (`x_1`: a sentence with braces is read as math, "H₂O has 2 atoms." is not).

    >>> subscript_digits("x₁ = 3 and x₂ = 2"), subscript_digits("H₂O", braced=False)
    ('x_{1} = 3 and x_{2} = 2', 'H_2O')
    """
    if s.isascii() or not _SUBSCRIPT_DIGITS_RE.search(s):
        return s

    def written(m: re.Match[str]) -> str:
        digits = m.group(0).translate(_SUBSCRIPT_DIGITS)
        return f"_{digits}" if not braced and len(digits) == 1 else f"_{{{digits}}}"

    return _SUBSCRIPT_DIGITS_RE.sub(written, s)


_UPRIGHT_CONSTANT_RE = re.compile(r"\\mathrm\s*\{\s*([ei])\s*\}")


# A negated relation written with LaTeX's `\not` (`x \not= 3`, `\not\approx`, `\not\in`) or a programming
# language's not-equal (`x =/= 3`, `x /= 3`, Prolog's `=\=`), as one command (`\neq`, `\napprox`, `\notin`).
# Left as it was, the `=` after `\not` read as an equation whose right-hand side is the answer (`x \not= 3`
# was graded correct for a gold 3), and `\not\approx 3` as an approximation whose value is 3.
_NEGATED_RE = re.compile(
    r"\\not\s*(?:(=)|(<)|(>)|\\(in)(?![a-zA-Z])|\\([a-zA-Z]+))|(?<![<>=!/\\])(?:=/=|=\\=|/=)(?!=)"
)


def _negated(m: re.Match) -> str:
    _eq, less, greater, member, command = m.groups()
    if less:
        return "\\nless "
    if greater:
        return "\\ngtr "
    if member:
        return "\\notin "
    if command:
        return f"\\n{command} "
    return "\\neq "  # `\not=`, `=/=`, `/=`, `=\=`


_DU_RE = re.compile(r"(?<=[\d}])\s*(?:\\text\s*\{\s*度\s*\}|度(?!数))")  # (度数 is "the measure")
_INFIN_RE = re.compile(r"\\infin(?![A-Za-z])")
_UNION_U_RE = re.compile(r"(?<=[)\]])[ \t]*U[ \t]*(?=[(\[])")
_SIGNED_INFINITY_RE = re.compile(r"\b(negative|minus|positive|plus)\s+infinity\b", re.IGNORECASE)
_INF_END_RE = re.compile(r"(?<=[(\[,])([ \t]*[-+]?[ \t]*)(?:[Ii]nf(?:inity)?|oo)(?=[ \t]*[,)\]])")
_BOX_RE = re.compile(r"\\(?:boxed|fbox|framebox)\s*")


def _read_group(text: str, start: int) -> tuple[str, int] | None:
    """Read a brace group starting at text[start] == '{'; return (inside, end index) or None if unbalanced."""
    depth = 0
    slashes = (
        0  # backslashes just before this character: `\}` is an escaped brace, `\\}` a line break and a brace
    )
    for i in range(start, len(text)):
        c = text[i]
        if c in "{}" and slashes % 2 == 0:
            depth += 1 if c == "{" else -1
            if depth == 0:
                return text[start + 1 : i], i + 1
        slashes = slashes + 1 if c == "\\" else 0
    return None


def find_boxed(text: str) -> list[str]:
    r"""Contents of every `\boxed{...}` / `\fbox{...}` in order (nested braces kept; `\boxed 5` too).

    >>> find_boxed(r"so \boxed{\frac{1}{2}} or \fbox{3}")
    ['\\frac{1}{2}', '3']
    """
    out: list[str] = []
    pos = 0
    while True:
        m = _BOX_RE.search(text, pos)
        if m is None:
            return out
        j = m.end()
        if j < len(text) and text[j] == "{":
            group = _read_group(text, j)
            if group is None:  # unbalanced: take the rest, minus a trailing '$'
                out.append(text[j + 1 :].rstrip().rstrip("$"))
                return out
            out.append(group[0])
            pos = group[1]
        else:  # \boxed 5
            tok = re.match(r"[^\s$.,;]+", text[j:])
            if tok and m.group(0).endswith(" "):
                out.append(tok.group(0))
            pos = j


def nesting_depth(s: str) -> int:
    """Deepest nesting of (), [], {} in `s` (unbalanced closers are ignored)."""
    depth = best = 0
    for c in s:
        if c in "([{":
            depth += 1
            best = max(best, depth)
        elif c in ")]}" and depth > 0:
            depth -= 1
    return best


# the function and fraction names that are words of letters in LaTeX or plain text (`\sin`, `sqrt`, `max`): no
# prose, no label. The readers of words each add their own (`fallbacks.MATH_WORDS`, `prose.MATH_WORDS`, ...).
FUNCTION_NAMES = frozenset(
    {"sin", "cos", "tan", "cot", "sec", "csc", "log", "exp", "sqrt", "frac", "max", "min"}
)


_TEXT_MACRO_RE = re.compile(  # its content may hold a group: `\text{cm^{2}}` (it had stayed, unread as a unit)
    r"\\(?:text|textbf|textit|mathrm|mathbf|mathit|operatorname|mbox|textnormal)\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
)


# plain TeX's font switches inside a group: `{\bf (A)}`, `{\rm d}`
_FONT_SWITCH_RE = re.compile(r"\{\s*\\(?:bf|it|rm|sf|tt|em|sl)(?![a-zA-Z])\s*([^{}]*)\}")


_CONTROL_WORD_END_RE = re.compile(r"\\[A-Za-z]+$")


def _macro_content(m: re.Match[str]) -> str:
    r"""A text macro's content; after a control word, a letter first is set apart (`\cdot\text{s}` is `\cdot s`, not
    the ellipsis `\cdots`: `5 \text{m}\cdot\text{s}^{-1}` had lost its unit)."""
    content = m.group(1)
    if content[:1].isalpha() and _CONTROL_WORD_END_RE.search(m.string, max(0, m.start() - 24), m.start()):
        return " " + content
    return content


@memo
def strip_text_macros(s: str) -> str:
    r"""Replace `\text{abc}` (and `\mathrm`, `\textbf`..., and `{\bf abc}`) by its content, innermost first.

    >>> strip_text_macros(r"5 \text{m}\cdot\text{s}^{-1}")
    '5 m\\cdot s^{-1}'
    """
    for _ in range(5):
        new = _FONT_SWITCH_RE.sub(r"\1", _TEXT_MACRO_RE.sub(_macro_content, s))
        if new == s:
            break
        s = new
    return s


_DELIMS = [
    ("$$", "$$"),
    ("$", "$"),
    ("\\(", "\\)"),
    ("\\[", "\\]"),
    ("**", "**"),
    ("__", "__"),
    ("*", "*"),
    ("`", "`"),
    ("“", "”"),  # quotation marks, as typeset ("The answer is “12”.", «12»)
    ("‘", "’"),
    ("«", "»"),
    ("„", "“"),
    ("「", "」"),
]
# pictographs and dingbats (emoji, ✔, ✅) with their joiners and variation selectors, at the end of an answer (not the
# dingbat circled digits U+2776 to U+2793, "❶": a number)
_PICTOGRAPH_RE = re.compile("[\\s\u2600-\u2775\u2794-\u27bf\ufe0f\u200d\U0001f300-\U0001faff]")


def _pictographs_dropped(s: str) -> str:
    """`s` without the pictographs that end it. By hand, from the end: a regex `[...]+$` searched from the start
    retries every run of them that does not end the text (quadratic: 21 s for 40,000 of them before one letter)."""
    end = len(s)
    while end and _PICTOGRAPH_RE.match(s, end - 1):
        end -= 1
    return s[:end]


# What decorates an answer without changing it: an underline (a blank filled in, `\underline{\hspace{1cm}12}`), a
# colour, emphasis, HTML bold or italics (`<b>12</b>`); each had been left in the answer, unparseable
_DECORATION_RE = re.compile(
    r"\\(?:underline|uline|emph|boldsymbol|bm)\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
    r"|\\(?:textcolor|colorbox)\s*\{[A-Za-z]+\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
    r"|\\color\s*\{[A-Za-z]+\}|\\[hv]space\*?\s*\{[^{}]*\}|<(b|strong|i|em|u)>([^<>]*)</\3>"
)


def _decorations_dropped(s: str) -> str:
    for _ in range(3):  # (innermost first: `\underline{\textcolor{red}{12}}`)
        new = _DECORATION_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(4) or "", s)
        if new == s:
            break
        s = new
    return s


# Spacing and sizing: `\,` `\;` `\!` `\:` `\ ` `\quad`, `\left`/`\right`, `\big(` and `\bigl(`/`\Biggr)`,
# `\middle`. A LaTeX line break `\\` is matched first and kept (`\\ 0` is a new row, not `\` + `\ 0`).
_INLINE_MATH_RE = re.compile(r"(?<!\\)\\[()]")
_NOISE_RE = re.compile(
    r"\\\\|\\(?:left|right|middle|displaystyle|textstyle|,|;|!|:|quad|qquad|[bB]igg?[lrm]?)(?![a-zA-Z])"
)
# a control space `\ ` is a space between words (`Between\ R\ and\ S`), nothing inside a number
# (`10\ 000`, a thousands separator)
_CONTROL_SPACE_RE = re.compile(r"(?<=\d)\\ (?=\d{3}(?!\d))|((?<!\\)\\ )")  # not a row's `\\` and a space
# `11,\!111` and `11{,}111`: a thousands separator written with a negative space or a braced comma
_THOUSANDS_RE = re.compile(r"(?<=\d)(?:,\s*\\!|\{,\})\s*(?=\d{3}(?!\d))")
# `84 000`, `1 000 000`: digit groups of three after a space (SI and Chinese typesetting) are one number; the
# parser read `84 000` as the product 84 * 0, so `84 000` and `85 000` were both 0
_SPACED_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)(?!,\d)(?! \d)")
# `0.002 5`, `0.001 437 5`: the digits after a decimal point grouped by threes the same way (Chinese
# textbooks print `0.040 8`); the parser read `0.002 5` as the product 0.002 * 5
_SPACED_DECIMALS_RE = re.compile(r"(?<![\d.,])\d+\.\d{3}(?: \d{3})*(?: \d{1,3})(?!\d)(?![.,]\d)(?! \d)")
# siunitx / physics quantities (`\SI{24}{cm^{2}}`, `\qty{24}{cm}`, `\quantity{24}{cm^{2}}`): the value and
# its unit as text; a bare number macro (`\num{10500}`, TeX's `\number{10500}`): the number
_SI_QUANTITY_RE = re.compile(  # the value may hold a group (`\qty{\frac{1}{2}}{cm}`, from `\qty{½}{cm}`)
    r"\\(?:SI|qty|quantity)\s*\{((?:[^{}]|\{[^{}]*\})*)\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
)
_SI_NUMBER_RE = re.compile(r"\\(?:num|number)\s*\{([^{}]*)\}")
# a note in brackets after the value that names its unit, or says it has one ("12 (unit: cm)", "12 (units)",
# "12（单位：厘米）" after `repair`): its unit, or nothing (it had been read as words, unparseable)
_UNIT_NOTE_RE = re.compile(r"\s*\(\s*(?:units?|单位)\s*(?::\s*([^()]{1,20}?))?\s*\)\s*$", re.IGNORECASE)
_TRAILING_BACKSLASH_RE = re.compile(r"(?:\\\\|(?<!\\)\\)\s*$")  # a stray `\` or `\\` at the end


_PLAIN_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)


def _one_group(s: str) -> bool:
    """Whether `s` is one brace group: its opening `{` closes at its end."""
    depth = 0
    for i, c in enumerate(s):
        if c == "{" and (i == 0 or s[i - 1] != "\\"):
            depth += 1
        elif c == "}" and s[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i == len(s) - 1
    return False


@memo
def clean_answer(s: str) -> str:
    r"""Strip what wraps an answer: math delimiters, markdown bold, trailing punctuation, `\dfrac`, `\left`.

    >>> clean_answer(r"**$\dfrac{1}{2}$.**")
    '\\frac{1}{2}'
    """
    if _PLAIN_NUMBER_RE.fullmatch(s):  # `12`, `-3.5`: nothing to repair or strip (checked first: most golds)
        return s
    s = repair(s).strip()
    if "\\" in s or "<" in s:
        s = _decorations_dropped(s)
    for _ in range(4):
        before = s
        s = s.strip()
        s = s[:-3] + "\\ldots" if s.endswith("...") else s  # an ellipsis is part of the answer
        s = s.rstrip(".。;,").strip()
        if not s.isascii():  # "12 🎉", "12 ✔": a pictograph after the answer is no part of it
            s = _pictographs_dropped(s)
        if "\\" in s:
            s = _TEXT_STOP_RE.sub("", s)  # a full stop set in the math: `6 \sqrt{3} \text {. }`
        for left, right in _DELIMS:
            if len(s) >= len(left) + len(right) and s.startswith(left) and s.endswith(right):
                s = s[len(left) : len(s) - len(right)].strip()
                if left in ("$$", "$", "\\(", "\\[") and s.startswith("{") and _one_group(s):
                    s = s[1:-1].strip()  # `${1,3}$`: braces in math are a group (`1,3`), a set is `\{1,3\}`
        if "**" in s:
            s = _OPEN_BOLD_RE.sub("", s)  # markdown bold left open by the anchor
        if s.startswith("\\boxed{") and s.endswith("}"):
            s = s[7:-1]
        if s == before:
            break
    s = s.replace("\\$", "").replace("$", "")
    # (a step behind `"\\" in s` reads a backslash; no step here writes one into a text that has none)
    if "\\" in s:
        s = _INLINE_MATH_RE.sub("", s)  # `\(`, `\)` inside the answer, as `$` is
    if "\\therefore" in s or "∴" in s:  # `b^2=4, \therefore b=2`: what follows "hence" is the answer
        s = _after_therefore(s)
    if "\\" in s:
        if "\\end" in s or "\\begin" in s:
            s = _lone_environment_ends(s).strip()
        s = _SI_NUMBER_RE.sub(r"\1", _SI_QUANTITY_RE.sub(r"\1\\text{\2}", s))
    if ")" in s and ("unit" in s or "单位" in s):  # "12 (unit: cm)", "12(单位:厘米)": the unit a note names
        s = _UNIT_NOTE_RE.sub(lambda m: f" {m.group(1)}" if m.group(1) else "", s).strip()
    if "\\" in s:
        if "frac" in s:
            s = _DTC_FRAC_RE.sub(r"\\frac", s)
        s = _EQUATION_TAG_RE.sub("", s)  # `\tag{16}`: the equation's number, not part of it
        s = join_bold_digits(s)
        s = _MACRO_TILDE_RE.sub(r"\1", s)  # `\mathrm{~d} x`: LaTeX's unbreakable space opening a text macro
    if "\\" in s or "{," in s:
        s = _THOUSANDS_RE.sub("", s)
    if " " in s:
        s = _SPACED_THOUSANDS_RE.sub(lambda m: m.group(0).replace(" ", ""), s)
        s = _SPACED_DECIMALS_RE.sub(lambda m: m.group(0).replace(" ", ""), s)
    if "\\" in s:
        s = _NOISE_RE.sub(lambda m: m.group(0) if m.group(0) == "\\\\" else "", s)
        s = _ARRAY_BINOMIAL_RE.sub(r"\\binom{\1}{\2}", s)
        s = _CONTROL_SPACE_RE.sub(lambda m: " " if m.group(1) else "", s)
        s = _TRAILING_BACKSLASH_RE.sub("", s)
    if "." in s:
        s = _STRAY_PERIOD_RE.sub("", s)  # "(-1/2, \\sqrt{2}.]": a stray period
    if "langle" in s or "⟨" in s:
        vector = _ANGLE_VECTOR_RE.match(s)
        s = f"({vector.group(1)})" if vector and "," in vector.group(1) else s
    return s.strip()


# a vector in angle brackets, the whole answer (`\langle 1, 2 \rangle`, `⟨1, 2⟩`): its components in round brackets,
# as a tuple is written (sympy reads no `\langle`); one bracket pair only, so an inner product inside stays
# (possessive: one pass, never backtracking over a long run)
_ANGLE_VECTOR_RE = re.compile(
    r"\s*+(?:\\left\s*)?(?:\\langle|⟨)((?:(?!\\langle|⟨|\\rangle|⟩|\\right).)++)(?:\\right\s*)?(?:\\rangle|⟩)\s*$"
)


_THEREFORE_RE = re.compile(r"\\therefore(?![A-Za-z])|∴")


def _after_therefore(s: str) -> str:
    r"""What `s` says after its last "hence" (`\therefore`, `∴`) outside braces, when that is not empty.

    >>> _after_therefore(r"b^{2}=4, \therefore b=2"), _after_therefore(r"\therefore")
    ('b=2', '\\therefore')
    """
    opens = closes = 0
    later = len(s)
    for m in reversed(list(_THEREFORE_RE.finditer(s))):  # braces counted once each, from the end: linear
        between = s[m.end() : later]
        opens, closes, later = opens + between.count("{"), closes + between.count("}"), m.start()
        if opens == closes:
            return s[m.end() :].strip(" ,;") or s
    return s


_ENV_END_RE = re.compile(r"\\end\s*\{([a-z]+\*?)\}\s*$")
_ENV_BEGIN_RE = re.compile(r"^\s*\\begin\s*\{([a-z]+\*?)\}")


def _lone_environment_ends(s: str) -> str:
    r"""`s` without an `\end{aligned}` at its end (or a `\begin{aligned}` at its start) that has no partner:
    a reading that took a derivation's last row ("241 .\n\end{aligned}") keeps its environment's close.

    >>> _lone_environment_ends("241 .\n\\end{aligned}"), _lone_environment_ends(r"\begin{cases}x\end{cases}")
    ('241', '\\begin{cases}x\\end{cases}')
    """
    end = _ENV_END_RE.search(s)
    if end is not None and f"\\begin{{{end.group(1)}}}" not in s:
        s = s[: end.start()].rstrip().rstrip(" .。,;")
    begin = _ENV_BEGIN_RE.match(s)
    if begin is not None and f"\\end{{{begin.group(1)}}}" not in s:
        s = s[begin.end() :].lstrip()
    return s


_EQUATION_TAG_RE = re.compile(r"\s*\\tag\*?\s*\{[^{}]{0,20}\}")
# bold digits set apart ("$\mathbf{1 0 9 8 9 0}$", "$\mathbf{1 1 .}$", as ARML's solutions typeset an answer):
# one number, its bold and a closing full stop dropped
_BOLD_DIGITS_RE = re.compile(r"\\mathbf\s*\{\s*([-−]?\s*\d(?:[\d\s,.]*\d)?)\s*\.?\s*\}")


def join_bold_digits(s: str) -> str:
    r"""Bold digits set apart, as one number: `\mathbf{2 0}` -> `20`."""
    return _BOLD_DIGITS_RE.sub(lambda m: re.sub(r"\s+", "", m.group(1)), s) if "\\mathbf" in s else s


# a binomial coefficient typeset as a one-column array in brackets (Mathpix's rendering of `\binom`):
# `\left(\begin{array}{c}2 n \\ n\end{array}\right)`, brackets already free of `\left`/`\right`
_ARRAY_BINOMIAL_RE = re.compile(
    r"\(\s*\\begin\{array\}\{c\}\s*([^\\{}&$]{1,30}?)\s*\\\\\s*([^\\{}&$]{1,30}?)\s*\\end\{array\}\s*\)"
)
_TEXT_STOP_RE = re.compile(r"\s*\\(?:text|mathrm|textrm|mbox)\s*\{\s*[.。,，;；]\s*\}\s*$")
_MACRO_TILDE_RE = re.compile(r"(\\(?:text|mathrm|mbox)\s*\{)\s*~\s*")


@memo
def canonical(s: str) -> str:
    r"""A loose canonical form for string comparison: cleaned, text macros removed, primes as `'`, no spaces, lower
    case.

    >>> canonical(r"\text{First Strategy}.")
    'firststrategy'
    >>> canonical(r"f^{\prime \prime}(x)")
    "f''(x)"
    """
    s = primes(_RELATION_NAME_RE.sub(r"\\\1q", strip_text_macros(clean_answer(s))))
    s = _grouping_braces_dropped(s.replace("\\{", "{").replace("\\}", "}").replace("\\%", "%"))
    return "".join(s.split()).lower()  # `str.split` and `\s` take the same Unicode spaces


# a derivative's primes as a power (`f^{\prime}`, `y^{\prime \prime}`, `f^\prime`): written `'` (`f'`, `y''`)
_PRIME_POWER_RE = re.compile(r"\^\s*(?:\{\s*((?:\\prime\s*){1,3})\}|(\\prime)(?![A-Za-z]))")


def primes(s: str) -> str:
    r"""`s` with a derivative's primes written as `'`: `f^{\prime}(x)` is `f'(x)`.

    >>> primes(r"y^{\prime \prime} + y^\prime")
    "y'' + y'"
    """
    if "prime" not in s:
        return s
    return _PRIME_POWER_RE.sub(lambda m: "'" * (m.group(0).count("\\prime")), s)


# one spelling of each relation: `\le`, `\leq`, `\leqslant` are `\leq` (likewise `\ge`, `\ne`)
_RELATION_NAME_RE = re.compile(r"\\(le|ge|ne)(?:q|qslant)?(?![a-zA-Z])")


# A brace group that is an argument: after a command's name (`\frac{`, `\sqrt{`), after another argument
# (`}{`) or an optional one (`]{`), or after `^` / `_`.
_ARG_BEFORE_RE = re.compile(r"(?:\\[a-zA-Z]+|[}\]^_])\s*$")
_ONE_TOKEN_SCRIPT_RE = re.compile(r"([\^_])\{(\\[a-zA-Z]+|[^{}\\])\}")
# a function's braced argument with no sign or comma at its top level: `\cos{\frac{1}{2}}` is `\cos\frac{1}{2}`
_FUNC_GROUP_RE = re.compile(r"\\(sin|cos|tan|cot|sec|csc|ln|log|exp)\s*\{((?:[^{}+\-=,]|\{[^{}]*\})*)\}")


def _grouping_braces_dropped(s: str) -> str:
    r"""`s` without the braces that only group (`{1,3}`, `{x}+1`) and with a one-token script unbraced
    (`x^{2}` -> `x^2`), but with every argument's braces kept: dropping them all made `\frac{1}{23}` and
    `\frac{12}{3}`, `\sqrt{9}7` and `\sqrt{97}`, `x^{1}2` and `x^{12}` the same text.

    >>> _grouping_braces_dropped(r"{1,3} \frac{1}{23} x^{2}")
    '1,3 \\frac{1}{23} x^2'
    """
    if "{" not in s:
        return s
    s = _ONE_TOKEN_SCRIPT_RE.sub(r"\1\2", s)
    s = _FUNC_GROUP_RE.sub(r"\\\1 \2", s)
    out: list[str] = []
    kept: list[bool] = []  # one entry per open group: is it an argument (its braces kept)?
    for c in s:
        if c == "{":
            kept.append(bool(_ARG_BEFORE_RE.search("".join(out[-40:]))))
            if kept[-1]:
                out.append(c)
        elif c == "}":
            if kept.pop() if kept else False:
                out.append(c)
        else:
            out.append(c)
    return "".join(out)


_ONE_LETTER_RE = re.compile(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])")


def one_letter_names(s: str) -> list[str]:
    """The one-letter names of `s` in order (`r`, `R`, `x`), outside words and LaTeX command names."""
    return _ONE_LETTER_RE.findall(s)


def case_clashes(sides: Iterable[Iterable[str]]) -> set[str]:
    """The letters (small) whose capital and small form both open a name of one side: `{"r"}` for the
    names of `\\frac{r}{R}`. Where a side has both, case tells two names apart (`N=n` is not `n=n`);
    elsewhere a lone capital for a small letter is the same name, by design."""
    out: set[str] = set()
    for side in sides:
        firsts = {name[0] for name in side if name}
        out |= {c.lower() for c in firsts if c.isupper() and c.lower() in firsts}
    return out


def braces_balanced(text: str) -> bool:
    """Whether every `{` in `text` closes, and no `}` closes one that never opened."""
    depth = 0
    for c in text:
        depth += (c == "{") - (c == "}")
        if depth < 0:
            return False
    return depth == 0


def split_top_level(s: str, sep: str = ",") -> list[str]:
    """Split on `sep` outside (), [], {} (a LaTeX-aware comma split for tuples, sets and lists)."""
    parts: list[str] = []
    depth = 0
    cur: list[str] = []
    for i, c in enumerate(s):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == sep and depth == 0 and not (i > 0 and s[i - 1] == "\\"):
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


_BARE_ARG_RE = re.compile(
    r"\\(sin|cos|tan|cot|sec|csc|ln|log)\s*(\^\s*\{?-?\d+\}?)?\s+([a-zA-Z]|\\[a-z]+)(?![a-zA-Z({])"
)


def wrap_bare_args(s: str) -> str:
    """`\\cot t \\cdot \\ln x` -> `\\cot(t) \\cdot \\ln(x)`: latex2sympy otherwise takes the whole product
    that follows as the argument."""
    return _BARE_ARG_RE.sub(lambda m: f"\\{m.group(1)}{m.group(2) or ''}({m.group(3)})", s)
