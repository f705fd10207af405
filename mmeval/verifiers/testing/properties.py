"""Properties any answer grader must hold, runnable against *your* grader.

A grader is any callable `grade_fn(gold, response, **kwargs)` returning a bool, or an object with a
`correct` attribute (an mmeval `Verdict`), and optionally a `status`. Multiple-choice properties pass
`choices=[...]` and run only if the grader accepts that keyword.

    from mmeval.verifiers.testing import check_grader
    report = check_grader(my_grade_fn, max_examples=200)
    print(report)            # which properties hold, with the first counterexample of each failure
    assert report.ok

Each property is a hypothesis strategy of `Case`s plus a check; `run_property(name, grade_fn)` runs one
(pytest-ready: parametrize a test over `PROPERTY_NAMES`).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mmeval.verifiers.testing.form_strategies import (
    approx_statement_cases,
    approximation_cases,
    clock_time_cases,
    closing_remark_cases,
    combinatorics_cases,
    complex_number_cases,
    condition_cases,
    decimal_comma_cases,
    decorated_number_cases,
    degree_minute_cases,
    exact_value_unit_cases,
    false_accept_cases,
    function_cases,
    labelled_value_cases,
    matrix_cases,
    multi_part_cases,
    named_computation_cases,
    named_point_cases,
    named_property_cases,
    opposite_sense_cases,
    order_chain_cases,
    plain_text_cases,
    prose_gold_cases,
    ratio_cases,
    restated_value_cases,
    restated_word_cases,
    rounded_exact_cases,
    scale_word_cases,
    set_cases,
    spacing_cases,
    stated_value_cases,
    statement_cases,
    system_cases,
    trig_degree_cases,
    unit_cases,
    value_statement_cases,
)
from mmeval.verifiers.testing.property_cases import (
    arbitrary_cases,
    different_cases,
    equivalent_cases,
    hedge_cases,
    hostile_cases,
    mc_argument_cases,
    mc_cases,
    mc_hedge_cases,
    mc_inside_word_cases,
    mc_several_cases,
    mc_text_cases,
    noisy_cases,
    self_cases,
)
from mmeval.verifiers.testing.strategies import Case

__all__ = [
    "GradeFn",
    "Property",
    "PROPERTIES",
    "PROPERTY_NAMES",
    "GraderReport",
    "run_property",
    "check_grader",
    "assert_grader_properties",
    "outcome",
]

GradeFn = Callable[..., Any]
VALID_STATUSES = {"correct", "incorrect", "no_answer", "pred_unparseable", "gold_unparseable", "timeout"}


def outcome(result: Any) -> tuple[bool, str | None]:
    """(correct?, status or None) from a grader's return value: a bool or a Verdict-like object."""
    if isinstance(result, bool):
        return result, None
    status = getattr(result, "status", None)
    status = getattr(status, "value", status)
    return bool(getattr(result, "correct", result)), status


def _call(grade_fn: GradeFn, case: Case) -> Any:
    kwargs = {"choices": list(case.choices)} if case.choices is not None else {}
    return grade_fn(case.gold, case.response, **kwargs)


def _check_expected(grade_fn: GradeFn, case: Case) -> None:
    correct, status = outcome(_call(grade_fn, case))
    if case.expect_correct:
        assert correct, f"expected correct, got {status or correct}: {case}"
    else:
        assert not correct, f"expected not correct, got correct: {case}"
        if status is not None and case.why != "hedge":
            assert status == "incorrect", f"expected status 'incorrect', got {status!r}: {case}"


# ---- properties ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Property:
    """A named property: a strategy of cases, the check run on each, whether it needs `choices=`."""

    name: str
    doc: str
    cases: Callable[[], st.SearchStrategy[Case]]
    check: Callable[[GradeFn, Case, float], None]
    needs_choices: bool = False


def _check_not_correct(grade_fn: GradeFn, case: Case, time_limit_s: float) -> None:
    """Only "not correct": a reply that names no option may be read as no answer as well as a wrong one."""
    correct, status = outcome(_call(grade_fn, case))
    assert not correct, f"expected not correct, got {status or correct}: {case}"


def _check_never_raises(grade_fn: GradeFn, case: Case, time_limit_s: float) -> None:
    try:
        result = _call(grade_fn, case)
    except Exception as exc:  # the property *is* that nothing escapes
        raise AssertionError(f"grader raised {type(exc).__name__}: {exc!s:.200} on {case!r:.300}") from exc
    _, status = outcome(result)
    assert status is None or status in VALID_STATUSES, f"unknown status {status!r}"


def _check_bounded(grade_fn: GradeFn, case: Case, time_limit_s: float) -> None:
    start = time.perf_counter()
    _check_never_raises(grade_fn, case, time_limit_s)
    elapsed = time.perf_counter() - start
    assert elapsed <= time_limit_s, f"took {elapsed:.2f} s > {time_limit_s:.2f} s on {case!r:.300}"


def _check(grade_fn: GradeFn, case: Case, time_limit_s: float) -> None:
    _check_expected(grade_fn, case)


PROPERTIES: dict[str, Property] = {
    p.name: p
    for p in [
        Property("gold_matches_itself", "a gold grades correct against itself", self_cases, _check),
        Property(
            "equivalent_forms", "a value in another surface form grades correct", equivalent_cases, _check
        ),
        Property(
            "noise_invariance",
            "whitespace, bold, a period, a preceding chain of thought change nothing",
            noisy_cases,
            _check,
        ),
        Property("different_value", "a different value grades incorrect", different_cases, _check),
        Property(
            "hedging_not_rewarded",
            "several different boxed answers never grade correct",
            hedge_cases,
            _check,
        ),
        Property(
            "choice_letter_dresses",
            "the gold letter in any dress grades correct",
            lambda: mc_cases(True),
            _check,
            needs_choices=True,
        ),
        Property(
            "choice_other_letter",
            "another letter in any dress grades incorrect",
            lambda: mc_cases(False),
            _check,
            needs_choices=True,
        ),
        Property(
            "choice_text",
            "the text of the right option grades correct",
            mc_text_cases,
            _check,
            needs_choices=True,
        ),
        Property(
            "choice_hedging_not_rewarded",
            "listing every option (letters, or the option list echoed with its texts) never grades correct",
            mc_hedge_cases,
            _check,
            needs_choices=True,
        ),
        Property(
            "choice_text_inside_word",
            "an option's text found only inside a longer word (`not` for `no`, `382` for `38`) names no option",
            mc_inside_word_cases,
            _check_not_correct,
            needs_choices=True,
        ),
        Property(
            "choice_function_argument",
            "a letter that is only a function's argument (`P(B)`, `f(A, C)`, `calculate_angle(A, C)`) names no "
            "option",
            mc_argument_cases,
            _check_not_correct,
            needs_choices=True,
        ),
        Property(
            "choice_several",
            "a gold naming several options (`C\\nD`, `C, D`, `CD`) is answered by the same options in any "
            "order and dress; one too few, one too many or one changed grades incorrect",
            mc_several_cases,
            _check,
            needs_choices=True,
        ),
        Property(
            "labelled_values",
            "labelled values (`p=3, q=4`, `Ann: 5`) and the bare list of them, either side the gold",
            labelled_value_cases,
            _check,
        ),
        Property(
            "stated_values",
            "a one-line reply of clauses that each state a value (`The maximum is 3 and the minimum is -1.`, "
            "`最大值为3，最小值为-1`) answers the bare list of those values; another value, or a gold with one "
            "value more, grades incorrect",
            stated_value_cases,
            _check,
        ),
        Property(
            "units_and_decorations",
            "units, ordinals, degrees, percent words, a qualifier (`approximately`) and the number again in words (`5 (five)`) on either side change nothing",
            decorated_number_cases,
            _check,
        ),
        Property(
            "unit_spellings",
            "one unit spelled two ways (`\\text{ cm}^2`, `square centimeters`, `m s^{-2}`) changes nothing; "
            "units of another dimension or size (`cm^2` and `cm^3`, `cm` and `m`) grade incorrect",
            unit_cases,
            _check,
        ),
        Property(
            "exact_values_with_units",
            "an exact value (`12\\pi`, `3\\sqrt{5}`) with a spelled unit on one side or both (`12\\pi cm^3`, "
            "`The value is $12\\pi$ cm$^3$.`) grades as the value; another value grades incorrect",
            exact_value_unit_cases,
            _check,
        ),
        Property(
            "approximate_statements",
            "a computation stated to be about a value (`3\\times 17+0.4 \\approx 51`) answers with that value, a name "
            "stated to be about a decimal (`x \\approx 3.46` for `2\\sqrt{3}`) with that decimal; another value grades "
            "incorrect",
            approx_statement_cases,
            _check,
        ),
        Property(
            "decimal_commas",
            "a decimal written with a comma (`2,74`, `1000,99 €`) answers the same decimal with a point, either "
            "side the gold; another decimal, a thousands separator (`1,234`) or a list (`1, 5`) grades incorrect",
            decimal_comma_cases,
            _check,
        ),
        Property(
            "scale_words",
            "a number with a scale word (`2.5 billion dollars`) answers the number it makes (`2500000000`) and the "
            "number alone (a gold counted in billions), either side the gold; a value it does not make grades "
            "incorrect",
            scale_word_cases,
            _check,
        ),
        Property(
            "trig_degrees",
            "a trigonometric function of an angle in degrees (`\\sin 30^\\circ`, `\\cos(45°)`, `\\tan^{2} 60^{\\circ}`) "
            "answers its exact value (zero included: `\\cos 90^\\circ` is 0), either side the gold; another "
            "angle's value, or the angle read in radians (`\\sin 30`), grades incorrect",
            trig_degree_cases,
            _check,
        ),
        Property(
            "clock_times",
            "a time of day in 24 hours, with AM/PM (`10:30 PM`, `10:30 \\text{ PM}`) or as a clock face shows it "
            "(`10:30`, for a gold that does not say the half of the day) answers the same time, either side the "
            "gold; another minute, the other half of the day, `9:30` for `21:30`, or a time whose hours and minutes "
            "make the same ratio (`1:15` for `2:30`) grades incorrect",
            clock_time_cases,
            _check,
        ),
        Property(
            "ratios",
            "a ratio of three or four parts answers the same ratio scaled (`2:4:6` for `1:2:3`), either side the "
            "gold; its parts in another order, one part changed or one left out grades incorrect",
            ratio_cases,
            _check,
        ),
        Property(
            "combinatorics",
            "a count of combinations or arrangements as Chinese textbooks write it (`C_5^2`, `\\mathrm{C}_5^2`, "
            "`A_5^2`) or as `{}_5C_2`, alone, times a number or in a fraction, answers its value, either side the "
            "gold; another value grades incorrect",
            combinatorics_cases,
            _check,
        ),
        Property(
            "named_computations",
            "a value named in the gold (`h = 8.4 mm`) is answered by the same name given a computation that ends "
            "in it (`h = \\frac{2 d}{\\cos r} = 8.4 mm`); another value, or another name, grades incorrect",
            named_computation_cases,
            _check,
        ),
        Property(
            "approximations",
            "a symbolic gold is answered by a computation that ends in it as an approximation (`p_{at}=p-\\hbar q "
            "\\approx m v-\\frac{\\hbar \\omega_L}{c}`); the approximation with a slip grades incorrect",
            approximation_cases,
            _check,
        ),
        Property(
            "domain_conditions",
            "an answer with a domain condition (`a_n=2n-1 (n\\in N^*)`, `T=... (n=1,2,3,\\ldots)`, `[...], k\\in Z`) "
            "is answered by the same answer with the same condition spelled another way, or with one the gold "
            "does not state, or without the gold's when it puts a parameter in the whole numbers (`k\\in Z`); "
            "another condition, a left-out interval or another answer grades incorrect",
            condition_cases,
            _check,
        ),
        Property(
            "degrees_minutes",
            "an angle in degrees and minutes (`30^\\circ 15'`, `30°15′36″`) is answered by the same angle in decimal "
            "degrees or radians, either side the gold; another minute, or the minutes dropped, grades incorrect",
            degree_minute_cases,
            _check,
        ),
        Property(
            "named_points",
            'a point named by a capital letter (`P(2, 3)`, `A_1(0, -1)`, "point P(2, 3)", 点P(2, 3)) is answered by its '
            "bare coordinates, either side the gold; a changed or swapped coordinate, or another name, grades incorrect",
            named_point_cases,
            _check,
        ),
        Property(
            "complex_numbers",
            "a complex number `a + bi` is answered by an expression in `i` equal to it with `i` the imaginary unit "
            "(`i(2-i)` for `1+2i`, `(2+i)^2` for `3+4i`); another real or imaginary part grades incorrect",
            complex_number_cases,
            _check,
        ),
        Property(
            "restated_values",
            'one value written twice, the second form restating the first ("1/2 or 0.5", "25\\%, i.e. 0.25", '
            '`\\sqrt{2}, about 1.41`, "12 (or twelve)"), is that value, either side the gold; a hedge between two '
            "values, or another value, grades incorrect",
            restated_value_cases,
            _check,
        ),
        Property(
            "rounded_exact_values",
            "an exact gold (`10\\pi`, `5\\sqrt{2}`, `\\frac{200}{3}`) is answered by its decimal rounded to two places or "
            "more, or to one place with three significant digits or more (`31.4`); a coarser rounding (`1.4` for "
            "`\\sqrt{2}`, an integer) or another last digit grades incorrect",
            rounded_exact_cases,
            _check,
        ),
        Property(
            "restated_words",
            'a short gold in words ("odd", "Petya", "ellipse", "Yes") is answered by a phrase that frames it '
            '("odd function", "Petya has a winning strategy", "The locus is an ellipse", "Yes, it is possible"); '
            "another word, a negation, a name added or a qualified yes grades incorrect",
            restated_word_cases,
            _check,
        ),
        Property(
            "set_spellings",
            "one set of reals as intervals and points (`(-\\infty, -2] \\cup \\{1\\}`), as relations joined by "
            '"or" (`x \\le -2 \\text{ or } x = 1`) or in set-builder notation grades correct; another '
            "bracket, point or piece grades incorrect",
            set_cases,
            _check,
        ),
        Property(
            "order_chains",
            "a chain of order relations (`a > b \\geq c`) read from its other end (`c \\leq b < a`) grades correct; "
            "another order, another strictness, or the operands reversed with their signs kept grades incorrect",
            order_chain_cases,
            _check,
        ),
        Property(
            "solved_systems",
            "a system's solution written as a system, one `name = value` per row (`\\begin{cases} x=2 \\\\ y=-1 "
            "\\end{cases}`), is its values as a tuple or labelled values; another value, two values swapped, or a system "
            "still to solve grades incorrect",
            system_cases,
            _check,
        ),
        Property(
            "closing_remarks",
            "a remark in words that closes an answer (`x = 3 \\text{ (the only solution)}`) is no part of it; one that "
            "rejects the value before it (`x = 3, x = -1 \\text{ (rejected)}`) takes that value out; a remark that "
            "denies, hedges or scales (`5 (wrong)`) stays, and grades incorrect",
            closing_remark_cases,
            _check,
        ),
        Property(
            "named_properties",
            'a name and its property in words (`n \\text{ is even}`, "f is increasing") is the property alone and the '
            "sentence; the other property (`n \\text{ is odd}`), another name, or the name alone grades incorrect",
            named_property_cases,
            _check,
        ),
        Property(
            "value_statements",
            "a statement about a value in a text box (`12 \\text{ is the maximum}`) may be left out or reworded; another "
            "statement (`12 \\text{ is the minimum}`), another value, or a negation moved to the other word "
            '("necessary but not sufficient" for "sufficient but not necessary") grades incorrect',
            value_statement_cases,
            _check,
        ),
        Property(
            "opposite_senses",
            "a value with words of one sense around it (`4 \\text{ more}`, `\\text{maximum } 12`) is that value; the "
            "opposite word (`4 \\text{ fewer}`, `\\text{minimum } 12`) grades incorrect",
            opposite_sense_cases,
            _check,
        ),
        Property(
            "prose_golds",
            'a gold sentence in words answered with its words: the subject of a comparison ("Bob" for "Bob gets more '
            'candies than Alice") is the answer; the other side, the sides swapped, or a name without the condition '
            "the gold holds under grades incorrect",
            prose_gold_cases,
            _check,
        ),
        Property(
            "latex_spacing",
            "LaTeX spacing and sizing (`\\,` `\\!` `\\left(` `\\bigl(`, a stray `\\`) change nothing",
            spacing_cases,
            _check,
        ),
        Property("matrices", "matrices of equal entries written differently are equal", matrix_cases, _check),
        Property(
            "function_argument",
            "a function's argument may be renamed, a free variable may not",
            function_cases,
            _check,
        ),
        Property(
            "plain_text_math",
            "mixed numbers and Python-style math are read (never run)",
            plain_text_cases,
            _check,
        ),
        Property(
            "no_false_accepts",
            "look-alike answers (integers one apart, tuple vs set, `\\ldots`, an equation's right side, "
            "a renamed free variable, a 2-digit rounding, the same digits grouped differently: `\\frac{1}{23}` "
            "and `\\frac{12}{3}`; `10^{-10} x` and `10^{-11} x`; `(1, 2]` and `(1, 2)`, `204_5` and `204_6`, "
            "`\\frac{r}{R}` and `\\frac{R}{r}`, `84 000` and `84 001`; `(1) 20` and 21) grade incorrect",
            false_accept_cases,
            _check,
        ),
        Property(
            "multi_part_golds",
            "a gold of several blanks, one answer per line, is answered by every part in order, boxed or "
            "one per line; swapped, missing or changed parts grade incorrect",
            multi_part_cases,
            _check,
        ),
        Property(
            "statements",
            "a gold written as a sentence, stated back (bare or after an answer marker, math delimiters and "
            "relations spelled another way), grades correct; with one word, the bound, a relation's direction "
            "or two names changed it grades incorrect",
            statement_cases,
            _check,
        ),
        Property("never_raises", "arbitrary text in, a verdict out", arbitrary_cases, _check_never_raises),
        Property(
            "bounded_time",
            "power towers, deep nesting and huge numbers return in time",
            hostile_cases,
            _check_bounded,
        ),
    ]
}
PROPERTY_NAMES = tuple(PROPERTIES)


def _accepts_choices(grade_fn: GradeFn) -> bool:
    try:
        params = inspect.signature(grade_fn).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.name == "choices" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def run_property(
    name: str,
    grade_fn: GradeFn,
    *,
    max_examples: int = 100,
    time_limit_s: float = 10.0,
    derandomize: bool = False,
    shrink: bool = True,
) -> None:
    """Run one property against `grade_fn`; raises AssertionError with a counterexample (shrunk to a
    simpler one unless `shrink=False`, which bounds the time a failing property takes)."""
    prop = PROPERTIES[name]
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if shrink else [])

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=derandomize,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
        phases=phases,
    )
    @given(prop.cases())
    def _run(case: Case) -> None:
        prop.check(grade_fn, case, time_limit_s)

    _run()


@dataclass
class GraderReport:
    """Outcome of `check_grader`: property name -> None (holds), or the failure message."""

    results: dict[str, str | None] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(v is None for v in self.results.values())

    @property
    def failures(self) -> dict[str, str]:
        return {k: v for k, v in self.results.items() if v is not None}

    def __str__(self) -> str:
        lines = [
            f"{'ok  ' if v is None else 'FAIL'} {k}" + ("" if v is None else f": {v:.400}")
            for k, v in self.results.items()
        ]
        lines += [f"skip {k} (grader takes no choices=)" for k in self.skipped]
        return "\n".join(lines)


def check_grader(
    grade_fn: GradeFn,
    *,
    max_examples: int = 100,
    time_limit_s: float = 10.0,
    properties: list[str] | None = None,
    derandomize: bool = False,
    shrink: bool = True,
) -> GraderReport:
    """Run every property (or `properties`) against `grade_fn` and report which hold."""
    report = GraderReport()
    mc_ok = _accepts_choices(grade_fn)
    for name in properties or PROPERTY_NAMES:
        if PROPERTIES[name].needs_choices and not mc_ok:
            report.skipped.append(name)
            continue
        try:
            run_property(
                name,
                grade_fn,
                max_examples=max_examples,
                time_limit_s=time_limit_s,
                derandomize=derandomize,
                shrink=shrink,
            )
            report.results[name] = None
        except Exception as exc:  # a failed property, or a grader exception hypothesis re-raised
            first = str(exc).splitlines()[0] if str(exc) else ""
            report.results[name] = (
                first if isinstance(exc, AssertionError) else f"{type(exc).__name__}: {first}"
            )
    return report


def assert_grader_properties(grade_fn: GradeFn, **kwargs: Any) -> None:
    """`check_grader` that raises AssertionError listing every failed property."""
    report = check_grader(grade_fn, **kwargs)
    if not report.ok:
        raise AssertionError("grader properties failed:\n" + str(report))
