"""Hypothesis strategies for grading: one value in many surface forms, option letters in many dresses,
and noise that must not change a verdict.

Every strategy here generates its ground truth by construction: a form is produced from an exact
`Fraction`, so `number_forms(v)` only ever yields strings whose value is exactly `v` (decimals only when
`v` has a terminating expansion, percent only when `100 * v` does, thousands separators only on
integers). Nothing here parses text.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from hypothesis import strategies as st

__all__ = [
    "Case",
    "values",
    "distinct_values",
    "exact_decimal",
    "gold_forms",
    "number_forms",
    "answer_dresses",
    "noise",
    "chain_of_thought",
    "LETTER_DRESSES",
    "mc_questions",
    "letter_dresses",
]

# Sentences with no digits, no number words and no standalone letters (an article "a" or a pronoun "I"
# could be read as an option letter), so prepending them must never change a verdict.
_COT_SENTENCES = (
    "Let me think about this step by step.",
    "We look at the figure carefully.",
    "First, we identify the relevant quantities.",
    "Combining these observations gives the result.",
    "Checking the computation again confirms it.",
    "The diagram shows the relationship we need.",
    "So the value follows directly.",
    "Therefore we can conclude.",
)


@dataclass(frozen=True)
class Case:
    """One generated grading case: what to pass to the grader and what it must answer."""

    gold: str
    response: str
    expect_correct: bool
    choices: tuple[str, ...] | None = None
    why: str = ""


def exact_decimal(v: Fraction) -> str | None:
    """The exact decimal expansion of `v` (no exponent), or None if it does not terminate.

    >>> exact_decimal(Fraction(1, 8)), exact_decimal(Fraction(1, 3))
    ('0.125', None)
    """
    q = v.denominator
    for p in (2, 5):
        while q % p == 0:
            q //= p
    if q != 1:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        d = (Decimal(v.numerator) / Decimal(v.denominator)).normalize()
    text = format(d, "f")
    return "0" if text in ("-0", "0") else text


def repeating_decimals(v: Fraction, *, max_period: int = 6) -> list[str]:
    r"""`v` as a repeating decimal, its repetend under a bar, under dots and in brackets (`0.1\overline{6}`,
    `0.1\dot{6}`, `0.1(6)`), or [] if its decimal terminates or repeats with a period over `max_period`.

    >>> repeating_decimals(Fraction(-1, 7))
    ['-0.\\overline{142857}', '-0.\\dot{1}4285\\dot{7}', '-0.(142857)']
    """
    if exact_decimal(v) is not None:
        return []
    whole, rest = divmod(abs(v.numerator), v.denominator)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while rest not in seen:  # long division until a remainder comes back: the repetend starts there
        if len(digits) > 24:
            return []
        seen[rest] = len(digits)
        digit, rest = divmod(rest * 10, v.denominator)
        digits.append(str(digit))
    start = seen[rest]
    fixed, repetend = "".join(digits[:start]), "".join(digits[start:])
    if len(repetend) > max_period:
        return []
    head = f"{'-' if v < 0 else ''}{whole}.{fixed}"
    dots = (
        f"\\dot{{{repetend}}}"
        if len(repetend) == 1
        else f"\\dot{{{repetend[0]}}}{repetend[1:-1]}\\dot{{{repetend[-1]}}}"
    )
    return [f"{head}\\overline{{{repetend}}}", head + dots, f"{head}({repetend})"]


def values() -> st.SearchStrategy[Fraction]:
    """Exact rational values: integers (some large), simple fractions, short decimals."""
    integers = st.integers(-(10**7), 10**7).map(Fraction)
    fractions = st.builds(Fraction, st.integers(-99, 99), st.integers(2, 16)).filter(
        lambda f: f.denominator != 1
    )
    decimals = st.builds(Fraction, st.integers(-99_999, 99_999), st.sampled_from([10, 100, 1000, 10_000]))
    return st.one_of(integers, fractions, decimals)


def _rounds_to(x: Fraction, y: Fraction) -> bool:
    """`x` rounded to the decimal places `y` is written with is `y` (`-0.2473` -> `-0.247`, `2.54` ->
    `2.5`): a grader may accept a finer answer that rounds to a decimal gold."""
    for places in range(1, 5):
        if (y * 10**places).denominator == 1:
            return abs(x - y) * 10**places * 2 <= 1
    return False


def distinct_values() -> st.SearchStrategy[tuple[Fraction, Fraction]]:
    """Two values that no sane tolerance confuses: relative difference > 1e-2, neither a rounding of the
    other to its own decimal places (`-0.2473` for `-0.247`), and not a factor-100 apart (so a lenient
    percent rule cannot legitimately match them)."""
    return st.tuples(values(), values()).filter(_far_apart)


def _far_apart(pair: tuple[Fraction, Fraction]) -> bool:
    a, b = pair
    scale = max(abs(a), abs(b))
    if scale == 0 or abs(a - b) <= scale / 100 or _rounds_to(a, b) or _rounds_to(b, a):
        return False
    return a not in (b * 100, b / 100)


def _sign(v: Fraction) -> str:
    return "-" if v < 0 else ""


def gold_forms(v: Fraction) -> list[str]:
    """Canonical ways a dataset writes `v` as a gold answer."""
    a = abs(v)
    if v.denominator == 1:
        forms = [str(v.numerator)]
    else:
        forms = [f"{v.numerator}/{v.denominator}", f"{_sign(v)}\\frac{{{a.numerator}}}{{{a.denominator}}}"]
    dec = exact_decimal(v)
    if dec is not None and v.denominator != 1:
        forms.append(dec)
    return forms


def _scientific(v: Fraction) -> list[str]:
    """`m \\times 10^{k}` forms with a one-digit-before-the-point mantissa, when exact."""
    dec = exact_decimal(abs(v))
    if dec is None or v == 0:
        return []
    d = Decimal(dec)
    exp = d.adjusted()
    if exp == 0:
        return []
    mantissa = format((d.scaleb(-exp)).normalize(), "f")
    s = _sign(v)
    return [f"{s}{mantissa} \\times 10^{{{exp}}}", f"{s}{mantissa}\\cdot 10^{{{exp}}}"]


def _integer_forms(n: int) -> list[str]:
    forms = [str(n), f"{n}.0", f"{n}.00"]
    if abs(n) >= 1000:
        forms.append(f"{n:,}")
    return forms


_VULGAR = {(1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾", (1, 8): "⅛", (5, 8): "⅝"}


def _fraction_forms(v: Fraction) -> list[str]:
    a, s = abs(v), _sign(v)
    p, q = a.numerator, a.denominator
    forms = [
        f"{v.numerator}/{q}",
        f"{s}\\frac{{{p}}}{{{q}}}",
        f"{s}\\dfrac{{{p}}}{{{q}}}",
        f"{s}\\tfrac{{{p}}}{{{q}}}",
        f"\\frac{{{v.numerator}}}{{{q}}}",
        f"{s}\\frac{{{2 * p}}}{{{2 * q}}}",
    ]
    if p < 10 and q < 10:
        forms.append(f"{s}\\dfrac{p}{q}")
    if (p, q) in _VULGAR:
        forms.append(f"{s}{_VULGAR[p, q]}")
    if p < 100 and q < 100:  # the Unicode fraction slash (U+2044) some editors and fonts put between the two
        forms.append(f"{s}{p}\u2044{q}")
    return forms


def number_forms(v: Fraction, *, percent: bool = True) -> list[str]:
    """Every surface form of `v` this module knows, all exactly equal to `v`.

    >>> number_forms(Fraction(1, 2))[:3]
    ['1/2', '\\\\frac{1}{2}', '\\\\dfrac{1}{2}']
    """
    forms = _integer_forms(v.numerator) if v.denominator == 1 else _fraction_forms(v)
    dec = exact_decimal(v)
    if dec is not None and v.denominator != 1:
        forms.append(dec)
        if dec.startswith(("0.", "-0.")):
            forms.append(dec.replace("0.", ".", 1))
    forms += _scientific(v)
    forms += repeating_decimals(v)
    pct = exact_decimal(v * 100)
    if percent and pct is not None and v != 0:
        forms += [f"{pct}\\%", f"{pct}%"]
    return forms


# How a response presents its final answer `x`; every dress leaves the value unchanged.
ANSWER_DRESSES = (
    "{x}",
    "\\boxed{{{x}}}",
    "${x}$",
    "\\({x}\\)",
    "The answer is {x}.",
    "So my best answer is:\n\n{x}",
    "We add the parts.\n#### {x}",
    "The answer is $\\boxed{{{x}}}$.",
    "So the answer to the question is {x}.",
    "Final answer: {x}",
    "We combine the parts.\n**Final:** {x}",
    "Answer：{x}",
    "**The correct answer is:** {x}",
    "**{x}**",
    "The final answer is **{x}**.",
    "The slope of the line is {x}.",
    "<think>We compute the value.</think><answer>{x}</answer>",
    "<think>We compute the value.</think>\n<answer>\\boxed{{{x}}}</answer>",
)


def answer_dresses(x: str) -> st.SearchStrategy[str]:
    """`x` presented the way models present a final answer."""
    return st.sampled_from(ANSWER_DRESSES).map(lambda d: d.format(x=x))


def chain_of_thought() -> st.SearchStrategy[str]:
    """Reasoning text with no numbers and no standalone letters."""
    return st.lists(st.sampled_from(_COT_SENTENCES), min_size=1, max_size=4).map(" ".join)


@st.composite
def noise(draw: st.DrawFn, text: str) -> str:
    """`text` with verdict-preserving noise: surrounding whitespace, a preceding chain of thought (or a
    closed `<think>` block before the reply), markdown bold around the whole answer, a trailing period, and
    what copied text and chat templates carry: Windows line ends, no-break or narrow no-break spaces, a
    zero-width space or byte-order mark, a closing markdown rule."""
    if draw(st.booleans()) and "**" not in text:
        text = f"**{text}**"
    if draw(st.booleans()) and not text.endswith((".", ">")):
        text += "."
    if draw(st.booleans()):
        text = draw(chain_of_thought()) + draw(st.sampled_from(["\n", "\n\n", " "])) + text
    elif draw(st.booleans()):
        text = (
            "<think>"
            + draw(chain_of_thought())
            + "</think>"
            + draw(st.sampled_from(["", "\n", "\n\n"]))
            + text
        )
    spaces = draw(st.sampled_from([" ", " ", " ", "\u00a0", "\u202f", " \u200b"]))
    text = text.replace(" ", spaces)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    lead = draw(st.sampled_from(["", " ", "\n", "\t", "  \n", "\ufeff"]))
    trail = draw(st.sampled_from(["", " ", "\n", "\n\n", " \t", "\n\n---"]))  # `---`: a markdown rule
    return lead + text + trail


# How a response names option letter L (whose option text is T).
LETTER_DRESSES = (
    "{L}",
    "({L})",
    "{L}.",
    "{L})",
    "option {L}",
    "Option ({L})",
    "\\boxed{{{L}}}",
    "\\boxed{{({L})}}",
    "\\boxed{{\\text{{{L}}}}}",
    "The answer is {L}",
    "The answer is ({L}).",
    "The correct option is {L}.",
    "The correct option is **{L}**.",
    "The best answer is {L} ({T}).",
    "The correct option letter is {L}. The others do not fit.",
    "The answer to the question is: ({L}) {T}. It fits the figure.",
    "The correct choice is {L}: {T}.",
    "**{L}**",
    "Answer: {L}",
    "({L}) {T}",
    "{L}. {T}",
    "（{L}）",
    "The answer is （{L}） {T}.",
    "<think>We compare the options.</think><answer>{L}</answer>",
    "\\boxed{{{T} \\ \\mathbf{{({L})}}}}",  # the option's value, then its letter
    "So it is {{\\bf ({L})}}.",
    "The answer is therefore choice ({L}).",
)

_OPTION_WORDS = ("triangle", "square", "circle", "pentagon", "rectangle", "rhombus", "trapezoid", "hexagon")


def letter_option_texts(alphabet: str = string.ascii_uppercase) -> st.SearchStrategy[str]:
    """Option texts written in capital letters, as puzzles and geometry questions write them ("KAO",
    "A and C", "R, D, N", "AF"): at least two letters, so that no text is a one-letter form."""
    letter = st.sampled_from(alphabet)
    word = st.text(alphabet=alphabet, min_size=2, max_size=6)
    listed = st.lists(letter, min_size=2, max_size=3, unique=True)
    return st.one_of(
        word,
        listed.map(", ".join),
        listed.map(" and ".join),
    )


def mc_questions(
    min_options: int = 2, max_options: int = 5, letter_texts: str = string.ascii_uppercase[5:]
) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct option texts, none containing another (so an option's text names exactly one letter).
    Some texts are written in capitals from `letter_texts`: by default letters that are never option
    letters (F-Z), so that a letter's dress quoting its text ("B. KF, R") names no other option; the
    whole-text property passes A-Z ("R, D, N" among options A-D is one option, not D)."""

    def no_containment(opts: list[str]) -> bool:
        return not any(a != b and a in b for a in opts for b in opts)

    texts = st.one_of(
        st.integers(0, 999).map(str), st.sampled_from(_OPTION_WORDS), letter_option_texts(letter_texts)
    )
    return (
        st.lists(texts, min_size=min_options, max_size=max_options, unique=True)
        .filter(no_containment)
        .map(tuple)
    )


def letter_dresses(letter: str, option_text: str) -> st.SearchStrategy[str]:
    """Option `letter` in one of its usual dresses (some also quote its text)."""
    return st.sampled_from(LETTER_DRESSES).map(lambda d: d.format(L=letter, T=option_text))
