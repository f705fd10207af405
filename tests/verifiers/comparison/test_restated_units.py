"""An exact value and its decimal approximation, each written with the unit ("5√2 cm ≈ 7.07 cm", "12.57 square units
(4π)", "√2 cm (about 1.41 cm)"): one value in that unit, written two ways (form `approx_statement_cases`; the
`restated_quantities` family of scripts/frame_probes.py). Built answers, none from a labelled row."""

import pytest

from mmeval.verifiers import grade
from mmeval.verifiers.comparison.forms import restated_value
from mmeval.verifiers.extraction.fallbacks import drop_connective
from mmeval.verifiers.extraction.units import unit_before_approx_dropped


@pytest.mark.parametrize(
    ("text", "once"),
    [
        (r"5\sqrt{2} cm \approx 7.07 cm", r"5\sqrt{2} \approx 7.07 cm"),
        (r"5\sqrt{2} \text{ cm} ≈ 7.07 \text{ cm}", r"5\sqrt{2} \approx 7.07 \text{ cm}"),
        (r"4\pi square units ≈ 12.57 square units", r"4\pi \approx 12.57 square units"),
        (r"Therefore, 5\sqrt{2} cm ≈ 7.07 cm", r"Therefore, 5\sqrt{2} \approx 7.07 cm"),
        (r"5 cm \approx 50 mm", r"5 cm \approx 50 mm"),  # (two units: two quantities, left as written)
        (r"x \approx 7.07 cm", r"x \approx 7.07 cm"),
    ],
)
def test_a_unit_written_on_both_sides_of_an_approximation_is_written_once(text, once):
    assert unit_before_approx_dropped(text) == once


@pytest.mark.parametrize(
    "answer",
    [
        "5√2 cm ≈ 7.07 cm",
        r"5\sqrt{2} \text{ cm} \approx 7.07 \text{ cm}",
        "5√2 cm (about 7.07 cm)",
        "7.07 cm (5√2 cm)",
        "Therefore, 5√2 cm ≈ 7.07 cm.",
        "Therefore, 5√2 cm (about 7.07 cm).",
        "The length is 5√2 cm (about 7.07 cm).",
    ],
)
def test_an_exact_value_and_its_decimal_each_with_the_unit(answer):
    assert grade(r"5\sqrt{2}", answer).correct
    assert grade("7.07", answer).correct
    assert grade(r"5\sqrt{2} cm", answer).correct
    assert not grade(r"5\sqrt{3}", answer).correct
    assert not grade("7.07 m", answer).correct  # (the same number in another unit)


@pytest.mark.parametrize(
    "answer",
    ["12.57 square units (4π)", "The area is 12.57 square units (4π).", "4π square units (about 12.57)"],
)
def test_a_value_restated_with_pi_after_units_with_no_name(answer):
    assert grade(r"4\pi", answer).correct
    assert grade("12.57", answer).correct
    assert not grade(r"3\pi", answer).correct


def test_an_approximation_in_another_unit_is_another_quantity():
    # (a value stated to be about a number of cm: the number is no answer in m; it had been read as 7.07 and 3)
    assert not grade("7.07 m", r"x \approx 7.07 cm").correct
    assert not grade("3 m", r"1+2 \approx 3 cm").correct
    assert grade("0.03 m", r"1+2 \approx 3 cm").correct


def test_a_restated_value_with_its_unit_keeps_the_unit_in_a_text_macro():
    assert restated_value("12.57 square units (4\\pi)") == ("12.57", "4\\pi \\text{ square units}", False)
    assert restated_value("1.41 m (\\sqrt{2} m)") == ("1.41", "\\sqrt{2} \\text{ m}", False)
    assert restated_value("5 cm (or 50 mm)") is None  # (two units: two quantities)
    assert not grade("5", "5 cm (or 6 cm)").correct  # (two values offered: a hedge)


def test_a_bracket_right_after_math_is_no_restatement():
    assert drop_connective("Hence, 2 sqrt(3).") == "2 sqrt(3)."
    assert grade(r"2\sqrt{3}", "Hence, 2 sqrt(3).").correct


@pytest.mark.parametrize(
    "answer",
    [
        "BC = 5√2 (about 7.07)",
        "So BC = 5√2 cm (about 7.07 cm).",
        "The length is 5√2 cm (about 7.07 cm), which is the final answer.",
    ],
)
def test_a_named_or_closed_value_restated_in_brackets(answer):
    assert grade(r"5\sqrt{2}", answer).correct
    assert not grade(r"5\sqrt{3}", answer).correct


def test_a_restated_value_keeps_its_name():
    assert restated_value(r"BC = 5\sqrt{2} (about 7.07)") == (r"BC = 5\sqrt{2}", "7.07", True)
    assert not grade(r"AB = 5\sqrt{2}", "BC = 5√2 (about 7.07)").correct  # (another segment)
