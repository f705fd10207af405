r"""Units written after a value (`extraction/units.py`): read as a dimension and a scale, compared when both
sides carry one; and the readings that came with them (numbers side by side, a condition inside `cases`,
one spelling of each relation)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from mmeval.verifiers import grade, grade_answer
from mmeval.verifiers.extraction.normalize import canonical
from mmeval.verifiers.extraction.numbers import parse_number
from mmeval.verifiers.extraction.units import unit_of, units_differ

LENGTH, AREA, ACCEL, FORCE = (
    (1, 0, 0, 0, 0, 0, 0),
    (2, 0, 0, 0, 0, 0, 0),
    (1, 0, -2, 0, 0, 0, 0),
    (1, 1, -2, 0, 0, 0, 0),
)


@pytest.mark.parametrize(
    ("text", "dims", "scale"),
    [
        ("15 cm^2", AREA, Fraction(1, 10**4)),
        (r"15 \text{ cm}^2", AREA, Fraction(1, 10**4)),
        ("15 cm²", AREA, Fraction(1, 10**4)),
        ("15 square centimeters", AREA, Fraction(1, 10**4)),
        ("15 sq. cm", AREA, Fraction(1, 10**4)),
        ("1 m/s^2", ACCEL, Fraction(1)),
        (r"9.8 \mathrm{~m} / \mathrm{s}^{2}", ACCEL, Fraction(1)),
        ("1 m s^{-2}", ACCEL, Fraction(1)),
        ("1 meters per second squared", ACCEL, Fraction(1)),
        (r"4 \times 10^{3} \mathrm{~N}", FORCE, Fraction(1)),
        ("3 kg m/s^2", FORCE, Fraction(1)),
        ("60 km/h", (1, 0, -1, 0, 0, 0, 0), Fraction(5, 18)),
        ("60 kilometers per hour", (1, 0, -1, 0, 0, 0, 0), Fraction(5, 18)),
        ("3 kJ/(mol K)", (2, 1, -2, 0, -1, -1, 0), Fraction(1000)),
        (r"2\pi \text{ cm}", LENGTH, Fraction(1, 100)),
        ("5 hrs", (0, 0, 1, 0, 0, 0, 0), Fraction(3600)),
    ],
)
def test_a_unit_is_read_as_its_dimension_and_size(text, dims, scale):
    written = unit_of(text)
    assert written is not None
    assert written.unit == (dims, scale)


@pytest.mark.parametrize(
    "text",
    [
        "2 ab",  # letters that are no unit: a product of names
        "5 apples",
        "5 units",  # `square units` is left to the value comparison
        "2x cm",  # a value with a letter of its own
        "(1) 20 cm",  # a label and a value
        r"\frac{2\sqrt{3}}{3} mg",  # mass times g, or milligrams
        "30^{\\circ} C",
        "12",
        "12 M",
    ],
)
def test_a_tail_that_is_not_read_in_full_is_no_unit(text):
    assert unit_of(text) is None


def test_units_differ_by_dimension_or_size():
    assert "dimension" in units_differ(unit_of("1 m/s^2"), unit_of("1 m/s^3"))
    assert "size" in units_differ(unit_of("5 cm"), unit_of("5 m"))
    assert units_differ(unit_of("3 J"), unit_of("3 N m")) is None
    assert units_differ(unit_of("5 mL"), unit_of("5 cm^3")) is None
    assert units_differ(unit_of("5 cm"), None) is None


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("1 m/s^2", "1 m/s^3"),
        ("15 cm^2", "15 cm^3"),
        ("807.4 m^2", "807.4 m^{3}"),
        (r"$15\mbox{ cm}^2$", "15 cm"),
        ("5 cm", "5 m"),
        ("v = 2 m/s", "v = 2 m/s^2"),  # a labelled value's unit
        ("20 m/s^2, 10 m/s^2", "20 m/s^3, 10 m/s^2"),  # item by item in a list
        ("15 cm^3", "The answer is 15 square centimeters."),  # the unit after an answer marker
        ("1/2 cm^2", "1/2 meters per second squared"),  # a value and its unit taken whole
    ],
)
def test_the_same_value_in_other_units_is_incorrect_either_side_the_gold(gold, answer):
    assert not grade(response=answer, gold=gold).correct
    if "answer is" not in answer:
        assert not grade(response=gold, gold=answer).correct


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        (r"$9.8 \mathrm{~m} / \mathrm{s}^{2}$", "9.8 m s^{-2}"),  # rejected before units were read
        (r"2 \pi \text{ cm}", r"2\pi cm"),  # likewise
        ("15 cm^2", "15 square centimeters"),
        ("3 J", "3 N m"),
        ("1 m/s^2", "1"),  # one side without a unit: the value decides
    ],
)
def test_one_unit_spelled_two_ways_is_the_same_answer(gold, answer):
    assert grade(response=answer, gold=gold).correct
    assert grade(response=gold, gold=answer).correct


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("24 cm", "240 mm", True),
        (r"24\text{ cm}^2", "2400 mm^2", True),
        ("5 m/s", "18 km/h", True),
        ("2 h", "120 min", True),
        (r"6\sqrt{3} \text{ cm}", r"60\sqrt{3} mm", True),
        ("24 cm", "24 mm", False),  # the number unconverted
        ("24 cm", "241 mm", False),
        ("3 kg", "3001 g", False),
    ],
)
def test_the_same_quantity_in_another_unit_of_its_dimension(gold, answer, correct):
    """ "240 mm" for "24 cm" had been incorrect (units of another size): the answer's value in the gold's unit is
    compared, either side the gold; the same number in the other unit, or another value, is still wrong."""
    assert grade_answer(gold, answer).correct is correct
    assert grade_answer(answer, gold).correct is correct


def test_a_sentence_states_its_value_with_its_unit():
    verdict = grade(response="The area is 15 square centimeters.", gold="15 cm^2")
    assert verdict.correct
    assert verdict.extracted == "15 square centimeters"


def test_a_short_reply_that_is_a_value_and_its_unit_is_read_whole():
    # the reply is nothing but the value and its unit: it is read whole (no sentence reading names it)
    verdict = grade(response="1/2 meters per second squared", gold="0.5 m/s^2")
    assert verdict.correct
    assert (verdict.rule, verdict.reason.split(";")[0]) == ("whole", "a value and its unit taken whole")


@pytest.mark.parametrize(
    ("answer", "not_gold"), [("(1) 20", "21"), ("2(3)", "5"), ("2 3", "5"), ("(2)(3)", "5")]
)
def test_whole_numbers_side_by_side_are_never_their_sum(answer, not_gold):
    # latex2sympy reads `(1) 20` as the mixed number 21: a label before the value added to it
    verdict = grade(response=answer, gold=not_gold)
    assert not verdict.correct
    assert "side by side" in verdict.reason


@pytest.mark.parametrize(
    ("answer", "gold"),
    [(r"2 \frac{1}{2}", r"\frac{5}{2}"), ("3 1/2", "3.5"), ("4(8.5)", "34"), ("2^{12} 13", "53248")],
)
def test_a_mixed_number_and_a_written_product_are_still_read(answer, gold):
    assert grade(response=answer, gold=gold).correct


def test_a_condition_inside_cases_is_part_of_the_answer():
    gold = r"f(x)=\begin{cases}-x^2+2x, & \text{if }x>0\\ 0, & \text{if }x=0\\ x^2+2x, & \text{if }x<0\end{cases}"
    assert grade(response=gold, gold=gold).correct
    # the trailing-qualifier rule had cut both sides at the first `\text{if }`: every condition was dropped
    assert not grade(response=gold.replace("x<0", "x>0"), gold=gold).correct


def test_each_relation_has_one_spelling():
    assert canonical(r"n \le 4") == canonical(r"n\leq 4") == canonical(r"n \leqslant 4")
    assert canonical(r"x \ge 1, y \ne 2") == canonical(r"x\geq 1, y\neq 2")
    assert canonical(r"\left( \neg a \right)") == canonical(r"(\neg a)")


def test_a_unit_with_its_power_inside_text_or_a_quantity_is_read():
    """`\\text{cm^{2}}` and `\\qty{24}{cm^{2}}` (a power inside the group) had stayed unread, so `24 cm^3` was
    accepted for them; `\\qty{½}{cm}` (the value became `\\frac{1}{2}`, a group) did not parse (found by the
    `units_and_decorations` property at 600 examples)."""
    assert not grade_answer(r"\qty{24}{cm^{2}}", "24 cm^3").correct
    assert not grade_answer(r"24\text{cm^{2}}", "24 cm^3").correct
    assert grade_answer(r"24\text{cm^{2}}", r"24 \mathrm{cm}^{2}").correct
    assert grade_answer(r"\qty{½}{cm}", "1/2 cm").correct
    assert grade_answer(r"\qty{-½}{cm}", "1/2").status.value == "incorrect"


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("24", "24平方厘米"),
        ("24", "24 平方厘米"),
        ("5", r"5\text{个}"),
        (r"\frac{2\sqrt{94}}{95}", r"\frac{2\sqrt{94}}{95}\text{平方厘米}"),
        (r"2\sqrt{3}", r"2\sqrt{3}厘米"),
        ("3.5", "3.5米/秒"),
        ("20 347", "20347朵"),
        (r"12\text{元}", "12"),
    ],
)
def test_a_chinese_unit_after_the_value_is_dropped(gold, answer):
    """A Chinese unit or measure word after a value, bare or in `\\text{}`, either side: the value is the
    answer, as with `24 cm` (`5\\text{平方厘米}` had been unparseable against 5)."""
    assert grade_answer(gold, answer).correct


@pytest.mark.parametrize(
    ("gold", "answer"),
    [
        ("6", r"5\text{个}"),
        ("5", "5以上"),
        ("5", "5左右"),
        ("5", "x=5时"),
        (r"\frac{1}{2}", r"\frac{1}{3}\text{平方米}"),
    ],
)
def test_a_chinese_unit_changes_no_value_and_a_bound_is_no_unit(gold, answer):
    """Another value with a unit stays wrong; 以上 ("or more"), 左右 ("about") and 时 ("when") are not
    units: they bound, hedge or condition the value."""
    assert not grade_answer(gold, answer).correct


def test_an_option_written_with_a_chinese_unit_is_chosen_by_its_value():
    """source: MathVista llava_llama_2_13b pid 141 (options "(C) 4.40米"): the reply "the length of the
    ladder is 4.40 meters." names option C by its value; it had been unparseable against "4.40米"."""
    choices = ["3.85米", "4.00米", "4.40米", "4.50米"]
    reply = "Based on the information provided, the length of the ladder is 4.40 meters."
    v = grade("C", reply, choices=choices)
    assert v.correct and v.extracted == "C"
    assert not grade("D", reply, choices=choices).correct


def test_the_angstrom_is_a_unit_of_length():
    r"""source: OlympiadBench first release English_Olympiad_Physics:1561 ("... $\frac{1}{2} \frac{2 \pi}{k_{x}}=907
    \AA$" for gold 907: `\AA` had left the answer unparseable). `\AA`, `Å` and `\mathring{A}` are one unit, of
    length at 10^-10 m."""
    reply = r"Fringe separation is given by $\frac{1}{2} \frac{2 \pi}{k_{x}}=907 \AA$"
    assert grade("$907$", reply).correct
    assert not grade("$908$", reply).correct
    for spelling in (r"12 \AA", "12 Å", r"12\mathring{A}", r"12\ \AA"):
        assert unit_of(spelling).unit == (LENGTH, Fraction(1, 10**10)), spelling
        assert grade(r"12 \AA", f"The answer is {spelling}.").correct, spelling
    assert not grade(r"12 \AA", "12 nm").correct  # another size
    assert not grade(r"12 \AA", r"13 \AA").correct


def test_a_unit_written_as_a_fraction_of_units():
    r"""source: OlympiadBench first release English_Olympiad_Physics:1343 and :802 (`0.00978 \frac{\mathrm{K}}{\mathrm{m}}`
    for gold 0.00978, `2022.2 \frac{\mathrm{kg}}{\mathrm{m}^{3}}`): a fraction whose parts are units dressed as
    text or roman, or spelled with two letters or more, is the unit `K / m`; `\frac{m}{s}` (a mass over a length,
    perhaps) is not read as one."""
    reply = r"$\Gamma=\frac{1.4-1}{1.4} \frac{0.029 \times 9.81}{8.31}=0.00978 \frac{\mathrm{K}}{\mathrm{m}}$"
    assert grade("$0.00978$", reply).correct
    assert not grade("$0.0105$", reply).correct
    density = unit_of(r"2022.2 \frac{\mathrm{kg}}{\mathrm{m}^{3}}")
    assert (density.value, density.unit) == ("2022.2", ((-3, 1, 0, 0, 0, 0, 0), Fraction(1)))
    assert unit_of(r"3 \frac{\mathrm{J}}{\mathrm{mol} \cdot \mathrm{K}}").unit[0] == (2, 1, -2, 0, -1, -1, 0)
    assert unit_of(r"5 \frac{m}{s}") is None
    assert grade("5 m/s", r"$v = 5 \frac{\text{m}}{\text{s}}$").correct
    assert not grade("5 m/s", r"$v = 5 \frac{\text{m}}{\text{s}^{2}}$").correct  # another dimension


@pytest.mark.parametrize(
    ("gold", "answer", "correct"),
    [
        ("30^\\circ 15'", "30.25^\\circ", True),
        ("30.25^\\circ", "30°15′", True),
        ("30^\\circ 15' 36''", "30.26^\\circ", True),
        ("\\frac{121\\pi}{720}", "30^{\\circ}15^{\\prime}", True),
        ("30^\\circ 15'", "30^\\circ 16'", False),
        ("30^\\circ 15'", "30^\\circ", False),
        ("-0^\\circ 15'", "-0.25^\\circ", True),
    ],
)
def test_an_angle_in_degrees_and_minutes(gold, answer, correct):
    """An angle in degrees, minutes and seconds (`30^\\circ 15'`) had not been read: latex2sympy takes the prime
    for a derivative, and the number readers stopped at the minutes. It is its value in degrees."""
    assert grade_answer(gold, answer).correct is correct
    assert parse_number("30°15′").value == Fraction(121, 4) and parse_number("30°15′").degrees
    assert parse_number("30°75′") is None  # minutes run to 59
