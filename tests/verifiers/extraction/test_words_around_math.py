"""The words around a reply's math: a Chinese lead-in before it, a remark in brackets after it, a value the
text rejects, a markdown image, a lone `\\end{aligned}`, a "hence" or a connective, a domain condition, and a
spelled unit on one side of an exact value.

Found by `scripts/solution_as_response.py` on OlympiadBench's first release (every solution graded against
its own gold, so each reading below is right by construction); the rows are regression cases with their
`source`. The forms are drawn by `chinese_lead_in_math` (`mmeval.verifiers.testing.forms_extraction`) and
the property `exact_values_with_units`.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from mmeval.verifiers import Status, extract_answer, grade, grade_answer
from mmeval.verifiers.comparison.equivalence import domain_condition
from mmeval.verifiers.extraction.fallbacks import chinese_lead_in, drop_connective, last_math_clause
from mmeval.verifiers.extraction.units import unit_of

_STEPS = "由题意可知 $a=2$, $b=3$.\n\n$$\nc=a+b=5\n$$\n\n"


def test_a_chinese_lead_in_gives_the_math_after_it():
    """source: OlympiadBench Chinese_Olympiad_Mathematics:165 and Gaokao_Physics:8711: a last line of Chinese
    words leading in to its one math ("$\\therefore$ 辐角主值为 $...$", "$解得n=\\frac{It}{e}$") had been read
    whole, and the Chinese left it unparseable."""
    reply = _STEPS + "$\\therefore$ 辐角主值为 $\\frac{3 \\pi}{4}-\\frac{\\theta}{2}$."
    found = extract_answer(reply)
    assert (found.answer, found.rule, found.guessed) == (
        "\\frac{3 \\pi}{4}-\\frac{\\theta}{2}",
        "last_line",
        True,
    )
    assert grade("$\\frac{3 \\pi}{4}-\\frac{\\theta}{2}$", reply).correct
    assert not grade("$\\frac{3 \\pi}{4}+\\frac{\\theta}{2}$", reply).correct
    assert grade("$n=\\frac{It}{e}$", "$由电流定义I=\\frac{q}{t}$\n\n$解得n=\\frac{It}{e}$").correct
    point = _STEPS + "于是 $F$ 点的坐标为 $\\left(\\frac{1}{2}, 0\\right)$."
    assert grade("(\\frac{1}{2}, 0)", point).correct
    assert not grade("(\\frac{1}{2}, 1)", point).correct
    # with no math delimiters the last number (5) sits in the Chinese last line: read through its lead-in
    plain = _STEPS + "于是点F的坐标为(2, 5)"
    assert grade("(2, 5)", plain).correct
    assert not grade("5", plain).correct


def test_chinese_that_is_more_than_a_lead_in_is_not_cut():
    """Two clauses of math ("最大值 ..., 最小值 ...", "a ≤ 1 或 a ≥ 2") or words after the math (a condition:
    "x=3时取得最大值") are not a lead-in: the reading is left as it was."""
    assert chinese_lead_in("$\\therefore$ 最大值 $\\frac{1}{2}$, 最小值 $\\frac{1}{8}$") is None
    assert chinese_lead_in("$a \\leq 1$ 或 $a \\geq 2$") is None
    assert chinese_lead_in("$x=3$时取得最大值") is None
    assert grade("3", _STEPS + "$x=3$时取得最大值").guessed  # (its last number: a guess, sent to a judge)
    assert chinese_lead_in("no Chinese at all: $x=1$") is None
    # a bound before the math: the value bounds the answer ("at least 5"), it does not state it
    assert chinese_lead_in("所以至少需要 $5$") is None
    assert not grade("99998", "小明大约走了至少 99998 。").correct
    # a value the words after it reject is no lead-in's math
    assert chinese_lead_in("$解得x=2$(舍去)") is None


def test_after_the_last_conclusion_the_value_a_chinese_sentence_names():
    """source: OlympiadBench Gaokao_Maths (solutions ending "..., 则 b_{n}=n+1" and "\\therefore m^{2}+n^{2}
    的最小值为 \\frac{9}{2}"): the part after the last 所以/则/\\therefore, and the value it names."""
    assert chinese_lead_in("b_{n}=\\log _{3} a_{n+1}, 则 b_{n}=n+1") == "b_{n}=n+1"
    # "solving gives" opens the conclusion too (OlympiadBench Gaokao_Maths: "由f'(1)=...,解得a=1")
    assert chinese_lead_in("由f'(1)=\\frac{2-a}{4}=\\frac{1}{4},解得a=1") == "a=1"
    assert (
        chinese_lead_in("m^{2}+n^{2} \\geq 4, \\therefore m^{2}+n^{2} 的最小值为 \\frac{9}{2}")
        == "\\frac{9}{2}"
    )
    # the value a sentence names only when it ends it: a bound's first number is no value (OlympiadBench
    # Gaokao_Physics:7355)
    assert chinese_lead_in("P的质量需满足的条件为$1 kg<M\\leq 5 kg$") == "1 kg<M\\leq 5 kg"


@pytest.mark.parametrize(
    ("remark", "value"),
    [("(12分)", "350"), ("(元).(12分)", "350"), ("（元）", "350"), ("", "350")],
)
def test_a_remark_in_brackets_ends_the_clause_before_it(remark, value):
    """source: OlympiadBench Gaokao_Maths: 359 solutions whose last clause ended inside a bracket its Chinese
    closed ("=47.9(岁)", "=\\frac{4\\sqrt{3}}{7}.(15分)") had been read as "...=47.9(" and were unparseable."""
    reply = (
        f"$所以总费用为\\frac{{1}}{{100}}\\times(100\\times 20+300\\times 35+500\\times 45)={value}{remark}.$"
    )
    assert grade(value, reply).correct
    assert not grade("351", reply).correct
    assert last_math_clause(f"所以x=\\frac{{4}}{{7}}.{remark}") == "x=\\frac{4}{7}"


def test_a_value_the_text_rejects_is_passed_over():
    """ "解得x=2或x=-1(舍去)": -1 is discarded, so the clause before it is the answer; when the rejected value
    is inside the bracket ("解得t=1 s(t=-7/5 s不合题意，舍去)", OlympiadBench Gaokao_Physics:7739) the value
    before the bracket stands."""
    assert last_math_clause("解得x=2或x=-1(舍去)") == "x=2"
    assert last_math_clause("解得x=2或x=-1（不合题意，舍去）") == "x=2"
    assert last_math_clause("解得t=1 s(t=-7/5 s不合题意，舍去)。") == "t=1 s"
    reply = "$由题意得x^{2}-x-2=0，解得x=2或x=-1(舍去).$"
    assert grade("2", reply).correct
    assert not grade("-1", reply).correct


def test_a_markdown_image_is_no_answer():
    """source: OlympiadBench Gaokao_Maths:3227 and English_Olympiad_Mathematics:2890: a solution that closes
    with its figure (`![...](https://...jpg)`) had its reading run into the image's address."""
    reply = "$\\because 2\\leq m\\leq 6，\\therefore m的取值范围为[2, 6].$\n\n![23AX.TIF](https://cdn.example.com/tq/1623/img/M_2d.jpg)"
    assert grade("$[2, 6]$", reply).correct
    assert not grade("$[2, 7]$", reply).correct
    assert grade(
        "\\frac{49}{3}", "$196=12 d$, so $d=\\frac{49}{3}$.\n\n![](https://cdn.mathpix.com/x.jpg?height=4)"
    ).correct
    assert extract_answer("![](https://cdn.mathpix.com/x.jpg?height=4)").answer in (None, "")


def test_a_lone_environment_close_and_a_hence_are_dropped():
    """A reading that took a derivation's last row keeps its `\\end{aligned}` ("241 .\\n\\end{aligned}"); a
    `\\therefore` opens the answer, or separates the reason from it ("b^{2}+c^{2}=8,\\therefore b=c=2")."""
    assert grade_answer("241", "241 .\n\\end{aligned}").correct
    assert grade_answer("\\begin{cases}x\\end{cases}", "\\begin{cases}x\\end{cases}").correct
    assert grade_answer("p=2", "\\therefore p=2").correct
    assert grade_answer("b=c=2", "b^2+c^2=8,\\therefore b=c=2").correct
    assert not grade_answer("b=c=3", "b^2+c^2=8,\\therefore b=c=2").correct


def test_a_domain_condition_the_gold_does_not_state_is_not_compared():
    """source: OlympiadBench Chinese_Olympiad_Mathematics:203 ("y=\\frac{1}{3}(3x-1)^{2}\\left(x \\neq
    \\frac{2}{3}\\right)" for the gold without it) and Gaokao's sequences ("a_n=2n-1(n\\in N^{*})"). The
    answer's value is still compared; a bracket without a relation, or after a letter, is no condition."""
    assert grade_answer("a_n=2n-1", "a_n=2n-1(n\\in N^{*})").correct
    assert grade_answer("(x-3)^{2}+y^{2}=9", "(x-3)^{2}+y^{2}=9(x \\neq 0)").correct
    assert grade_answer(
        "y=\\frac{1}{3}(3 x-1)^{2}", "y=\\frac{1}{3}(3 x-1)^{2}\\left(x \\neq \\frac{2}{3}\\right)"
    ).correct
    assert "condition" in grade_answer("a_n=2n-1", "a_n=2n-1(n\\in N^{*})").reason
    assert not grade_answer("a_n=2n", "a_n=2n-1(n\\in N^{*})").correct
    assert domain_condition("(0, 1)") is None  # an interval
    assert domain_condition("P(X>2)") is None  # a probability: a letter before the bracket
    assert domain_condition("(x>2)") is None  # nothing before it
    assert domain_condition("x^{2}+y^{2}=1(0<x<1)").group(1) == "0<x<1"
    assert domain_condition("2(1+x)") is None  # a factor: no relation inside
    # after a comma: a variable in a set of numbers (its star lost by a renderer: `N^`) or an interval
    assert grade_answer("a_n=n-1", "a_{n}=n-1,n\\in N^{}").correct
    assert grade_answer("b_n=3n+1", "b_n=b_1+(n-1)d=3n+1,n\\in N^").correct
    assert grade_answer(
        "[k\\pi, \\frac{\\pi}{2}+k\\pi]", "[k\\pi, \\frac{\\pi}{2}+k\\pi], k \\in \\mathbf{Z}"
    ).correct
    assert not grade_answer("a_n=n", "a_{n}=n-1,n\\in N^{}").correct
    # or after a space that follows a closing bracket (an interval, then its parameter's set)
    assert grade_answer("[k\\pi, \\frac{\\pi}{2}+k\\pi]", "[k\\pi, \\frac{\\pi}{2}+k\\pi]  k \\in Z").correct
    assert domain_condition("x \\in Z") is None  # a membership alone is the answer, not a condition
    assert (
        domain_condition("\\mu \\in [1, 2], \\lambda \\in [0, 1]") is None
    )  # a second part, not a condition
    assert not grade_answer("2", "2(1+x)").correct


def test_a_connective_before_a_last_lines_one_math_is_dropped():
    """source: OlympiadBench English_Olympiad_Physics:1584 and 1518 ("So $C_{2}=\\frac{g L}{c}$.", "Therefore,
    $\\Delta B=h /(e W L)$."): the connective had been read as part of the answer. A line that goes on in words
    after its math ("Thus $x=2$ or $x=6$", English_Olympiad_Mathematics:2392) keeps them."""
    reply = "The flux change is\n\n$$\n\\Delta \\phi=\\frac{h}{e}\n$$\n\nSo $C_{2}=\\frac{g L}{c}$."
    assert grade("$C_{2}=\\frac{g L}{c}$", reply).correct
    assert not grade("$C_{2}=\\frac{g L}{2c}$", reply).correct
    assert grade("$\\Delta B=\\frac{h}{e W L}$", "We find\n\nTherefore, $\\Delta B=h /(e W L)$.").correct
    assert drop_connective("Thus $x=2$ or $x=6$") == "Thus $x=2$ or $x=6$"
    assert drop_connective("Hence the value is $5$") == "Hence the value is $5$"


def test_a_spelled_unit_on_one_side_of_an_exact_value_is_read_off():
    """source: OlympiadBench Gaokao_Maths ("...=\\frac{640\\sqrt{3}}{3} cm^{3}" against the gold
    `\\frac{640\\sqrt{3}}{3}`): a unit after an exact value, on one side only, had been read as letters of the
    expression. A lone letter (`g`, `m`) may be a constant or a variable, and stays; a sentence whose unit's
    power follows its math ("$12\\pi$ cm$^3$") is the value and its unit, not the power 3."""
    assert grade_answer("\\frac{640\\sqrt{3}}{3}", "x=\\frac{640\\sqrt{3}}{3} cm^{3}").correct
    assert grade_answer("12\\pi cm^3", "12\\pi").correct
    assert not grade_answer("13\\pi", "12\\pi cm^{3}").correct
    assert not grade_answer("\\frac{1}{2}g", "\\frac{1}{2}").correct  # `g` may be gravity
    assert grade_answer("12.9 cm", "h \\approx 12.9 cm").correct  # the same unit on both sides
    for reply in (
        "The volume is $12\\pi$ cm$^3$.",
        "The volume is $12\\pi$ cm^3.",
        "The volume is $12\\pi$ cm³.",
    ):
        found = grade("12\\pi", reply)
        assert found.correct and found.extracted == "12\\pi cm^3", found
    assert not grade("12\\pi cm^2", "The volume is $12\\pi$ cm^3.").correct  # units of another dimension


def test_the_value_stated_after_the_last_approx_is_the_answer():
    """source: OlympiadBench Gaokao_Maths (an estimate "...\\times 10\\times 0.010\\approx 104" for the gold
    104): the rounded value a computation is stated to be is its answer; it had been compared by the
    computation's exact value (104.2... for 104 is another number at the gold's precision)."""
    assert grade_answer("104", "45\\times 0.2+55\\times 0.3+65\\times 1.2\\approx 104").correct
    assert grade_answer("5.2\\%", "\\eta = \\frac{V_2 - V_1}{V_2} \\times 100\\% \\approx 5.2\\%").correct
    assert not grade_answer("105", "45\\times 0.2+55\\times 0.3+65\\times 1.2\\approx 104").correct
    assert not grade_answer("3", "x \\approx 3.4").correct


def test_a_unit_in_brackets_after_a_value_is_its_unit():
    """source: OlympiadBench Gaokao_Maths ("V=V_{锥}+V_{柱}=24+288=312(m^{3})", "...=532\\pi (cm^{2})"): Chinese
    textbooks set the unit in brackets after the value; it had been read as a product. A single letter in
    brackets (`3(m)`) may be a product, and is not read as a unit."""
    assert grade_answer("312", "V=V_{1}+V_{2}=24+288=312(m^{3})").correct
    assert grade_answer("532\\pi", "532\\pi (cm^{2})").correct
    assert not grade_answer("533\\pi", "532\\pi (cm^{2})").correct
    assert not grade_answer("312 cm^3", "312(m^{3})").correct  # units of another size
    assert unit_of("3(m)") is None and unit_of("f(x)") is None


def test_a_condition_on_both_sides_is_compared_in_one_spelling():
    """source: OlympiadBench first release Gaokao_Physics:8861 and Gaokao_Maths:5894 (each solution graded against
    its own gold): a gold and an answer that both state a domain condition had been compared whole, and the gold
    did not parse. The answers are compared without them, the conditions in one spelling."""
    assert grade(
        "$T = \\frac{\\pi L}{2nv_0} (n=1, 2, 3, ...)$", "$T=\\frac{\\pi L}{2nv_0}(n=1,2,3,\\ldots )$"
    ).correct
    assert grade(
        "$[2k-\\frac14, 2k+\\frac34] (k\\in Z)$", "$[2k-\\frac{1}{4},2k+\\frac{3}{4}],k\\in \\mathbb{Z}$"
    ).correct
    assert not grade("$a_n=2n-1 (n\\in N^*)$", "$a_n=2n-1 (n\\in N)$").correct  # another condition
    assert not grade("$a_n=2n-1 (n\\in N^*)$", "$a_n=2n+1 (n\\in N^*)$").correct


def test_a_gold_condition_the_answer_leaves_out():
    """A gold that states a condition (`k\\pi + \\frac{\\pi}{4}, k \\in \\mathbb{Z}`) against an answer without one had
    been compared whole, and the gold did not parse (gold_unparseable, whatever the answer). A parameter in the
    whole numbers goes without saying: the answers are compared without it. Any other condition (`0<x<2`,
    `x \\in [4, 8]`) is part of the gold: the same answer without it is incorrect, and so is another answer."""
    assert grade_answer("k\\pi + \\frac{\\pi}{4}, k \\in \\mathbb{Z}", "\\frac{\\pi}{4} + k\\pi").correct
    assert grade_answer(
        "[k\\pi - \\frac{\\pi}{3}, k\\pi + \\frac{\\pi}{6}] (k \\in Z)",
        "[-\\frac{\\pi}{3}+k\\pi, \\frac{\\pi}{6}+k\\pi]",
    ).correct
    assert grade_answer("a_n=2n-1 (n\\in N^{*})", "2n-1").correct
    assert grade_answer("T=\\frac{\\pi L}{2 n v_0} (n=1,2,3,\\ldots)", "\\frac{\\pi L}{2 n v_0}").correct
    other = grade_answer("k\\pi + \\frac{\\pi}{4}, k \\in \\mathbb{Z}", "\\frac{\\pi}{3} + k\\pi")
    assert other.status == Status.INCORRECT
    left_out = grade_answer("V=\\pi x^{2}(6-3x)(0<x<2)", "V=\\pi x^{2}(6-3x)")
    assert left_out.status == Status.INCORRECT and "not in the answer" in left_out.reason
    assert grade_answer("y=x+1, x\\in [4,8]", "y=x+2").status == Status.INCORRECT
    # the same family in set-builder notation, either side
    family = "\\{x | x = k\\pi + \\frac{\\pi}{4}, k \\in \\mathbb{Z}\\}"
    assert grade_answer(family, "\\frac{\\pi}{4} + k\\pi").correct
    assert grade_answer("\\frac{\\pi}{4} + k\\pi", family).correct
    assert grade_answer(family, "\\frac{\\pi}{3} + k\\pi").status == Status.INCORRECT


def test_a_display_block_that_closes_the_reply_is_its_reading():
    """source: OlympiadBench first release English_Olympiad_Physics:1043 and :1491 (each solution graded against its
    own gold): a reply whose last number sits in a display block on lines of its own had been read by that number
    (`2`, or a `\\frac{1}{2}` inside the answer); the block's math is the reading, guessed, and a derivation's last
    row when the block holds one."""
    reply = (
        "The drift makes $x$ grow by $2 v t$ and the field adds $E$, so the balance of forces on the charge gives\n\n"
        "$$\nf=-\\frac{E}{e q d \\beta}\n$$"
    )
    found = extract_answer(reply)
    assert (found.answer, found.rule, found.guessed) == ("f=-\\frac{E}{e q d \\beta}", "last_line", True)
    assert grade("$f=-\\frac{E}{e q d \\beta}$", reply).correct
    assert not grade("$f=-\\frac{E}{2 e q d \\beta}$", reply).correct
    derivation = reply.replace(
        "f=-\\frac{E}{e q d \\beta}",
        "\\begin{aligned}\nf & =-\\frac{2E}{2 e q d \\beta} \\\\\n& =-\\frac{E}{e q d \\beta}\n\\end{aligned}",
    )
    assert extract_answer(derivation).answer == "-\\frac{E}{e q d \\beta}"


def test_a_unit_in_words_after_the_approximate_value():
    """source: OlympiadBench first release English_Olympiad_Physics:906 and :912: the value stated after the last
    `\\approx` answers a numeric gold with its unit in words (`\\text{ joules}`, `\\mathrm{rad}/\\mathrm{s}`); a name's
    subscript in words (`v_{\\text{final}}`) is no prose."""
    reply = "$\\frac{1}{2} m(v_{\\text {final }}^{2}-v_{\\text {initial }}^{2}) \\approx 515.83 \\text { joules }$"
    assert grade("515.83", reply).correct
    assert not grade("525.83", reply).correct
    assert grade("4.1411", "$\\omega=\\frac{V}{L} \\approx 4.1411 \\mathrm{rad} / \\mathrm{s}$").correct


def test_bold_digits_set_apart_are_one_last_number():
    """source: OlympiadBench first release English_Olympiad_Mathematics:2842 (ARML solutions typeset the answer
    `\\mathbf{2 0}`): with no marker, the last number had been the 0."""
    reply = (
        "If one widget takes $T$ hours, the rate is $36 / T$ widgets per hour.\n\nTo make $720 / T$ widgets in 4 "
        "hours, it will require $\\frac{720 / T}{36 / T}=\\mathbf{2 0}$ workers (independent of $T$ )."
    )
    assert grade("20", reply).correct
    assert not grade("0", reply).correct
    # (that reply is now read by its closing math; with no delimiters the last-number fallback needs the rule)
    plain = "We count the widgets per hour first.\nThen the workers: \\frac{720 / T}{36 / T}=\\mathbf{2 0} workers in all"
    assert grade("20", plain).correct
    assert not grade("0", plain).correct


def test_a_value_stated_first_then_explained_with_another_number():
    """source: MathCheck-GSM-19-problem_understanding_question-464 (check half; labelled wrong, had been graded
    correct): after "the answer is", the value the sentence opens with is the answer; a number in the words that
    explain it (the 20 chickens) is not. A later copula before a number ("... is 10") still states another value."""
    reply = (
        "Total evening feed amount = 40 cups\n\nThe answer is 40 cups of feed for the evening meal to ensure each "
        "of Wendi's 20 chickens receives their full daily amount."
    )
    assert not grade("20", reply).correct
    assert grade("40", reply).correct
    assert (
        extract_answer("The answer is 20 cars drove through the jam in the first 15 minutes.").answer == "20"
    )
    assert extract_answer("The answer is 8 hours (2 hours x 4 weeks).").answer == "8"
    assert extract_answer("The answer is 5 apples left after the 3 that were sold.").answer == "5"
    assert extract_answer("The answer is 20 percent of 50 is 10.").answer != "20"
    assert grade("12", "The answer is 3 boxes of 4 pens each, which is 12 pens.").correct
    assert extract_answer("The answer is 2 times 3 apples.").answer != "2"


def test_a_quantity_in_two_units_is_neither_number():
    """source: MathCheck-GSM-29-problem_understanding_question-704 ("The answer is 2 feet 4 inches."): one
    quantity in two units; its last number (4) had been read."""
    for reply in ("The answer is 2 feet 4 inches.", "The answer is 3 hours and 20 minutes."):
        found = extract_answer(reply).answer
        assert found == reply.removeprefix("The answer is ").rstrip("."), found
    assert not grade("20", "The answer is 3 hours and 20 minutes.").correct
    assert not grade("4", "The answer is 2 feet 4 inches.").correct


def test_a_display_never_pairs_with_inline_math():
    """source: OlympiadBench first release English_Olympiad_Mathematics:2282 ("... and so $n=0$ or $n=4$. ...
    Thus, the possible values for $m$ are $1,-1,7,-7$."): a `$$` display before the inline spans had paired with
    an inline `$` and shifted every later span, so the last number (-7) was read, not the math that holds it."""
    reply = (
        "We solve:\n\n$$\n\\begin{aligned}\n3 n^{2}+m^{2} & =2(n+1)^{2} \\\\\n-n^{2}+4 n & =0 \\\\\n-n(n-4) & =0\n"
        "\\end{aligned}\n$$\n\nand so $n=0$ or $n=4$. This means that $m^{2}=49$ and so $m= \\pm 7$.\n\n"
        "Thus, the possible values for $m$ are $1,-1,7,-7$."
    )
    assert extract_answer(reply).answer == "1,-1,7,-7"
    assert grade("1,-1,7,-7", reply).correct
    assert not grade("-7", reply).correct
    # a display that holds the last number is that math (no number after it)
    derived = "Substituting, we get\n\n$$\n\\omega=\\frac{\\hbar k^{2}}{2 m}\n$$\n\nwhich is the dispersion relation."
    assert extract_answer(derived).answer.endswith("\\frac{\\hbar k^{2}}{2 m}")
    assert grade("$\\omega=\\frac{\\hbar k^{2}}{2 m}$", derived).correct
    assert not grade("$\\omega=\\frac{\\hbar k^{2}}{m}$", derived).correct


def test_a_short_sentence_is_read_by_the_math_that_holds_its_last_number():
    """source: the same row's last sentence alone: a one-line reply with two math spans is read by the span that
    holds its last number (a list here), as a long reply is, not by that number; a unit's power in math
    (`cm$^3$`) is no span of a value."""
    found = extract_answer("Thus, the possible values for $m$ are $1,-1,7,-7$.")
    assert (found.answer, found.rule, found.guessed) == ("1,-1,7,-7", "last_math", True)
    assert extract_answer("In $2016$, the value was $5$.").answer == "5"
    assert (
        extract_answer(
            "The cube holds 27000 cm$^3$, the sphere 4710 cm$^3$, so 22290 cm$^3$ are free."
        ).answer
        != "^3"
    )


def test_a_worked_solution_whose_last_sentence_lists_its_values():
    """source: OlympiadBench first release English_Olympiad_Mathematics:2453 ("Therefore, the only even savage
    integers less than 100 are 8, 32, 44, 68 and 80.") and :2439 ("Therefore, $x=5$ or $x=-2$."): with no marker,
    the list the last sentence states, not its last item. Bare values joined by "or" are read together: one value
    restated (`$\\frac{4}{10}$ or $\\frac{2}{5}$`) is that value, two different ones are a hedge against one gold
    (as "5 or -2" after "the answer is"), never their last; "and" joins two quantities (`$h=7$ and $K=29$`)."""
    steps = "We check every case in turn.\n\n$$\nf(x)=x^{2}-3 x-10=(x-5)(x+2)\n$$\n\n"
    listed = steps + "Therefore, the only even savage integers less than 100 are 8, 32, 44, 68 and 80."
    assert grade("8,32,44,68,80", listed).correct
    assert not grade("80", listed).correct
    alternatives = steps + "So to solve $f(x)=0$, we solve $(x-5)(x+2)=0$. Therefore, $x=5$ or $x=-2$."
    assert grade("5,-2", alternatives).correct
    assert not grade("-2", alternatives).correct
    assert grade("\\frac{2}{5}", steps + "The probability is $\\frac{4}{10}$ or $\\frac{2}{5}$.").correct
    hedged = steps + "The probability is $\\frac{4}{10}$ or $\\frac{3}{5}$."
    assert not grade("\\frac{3}{5}", hedged).correct
    assert grade("\\frac{2}{5}, \\frac{3}{5}", hedged).correct
    assert grade("29", steps + "Thus $h=7$ and $K=29$.").correct
    # a bare name after the math is mentioned, not stated
    named = steps + "and so\n\n$$\nW=\\frac{1}{2} k d_{0}^{2}\n$$\n\nAssume that $d$ cannot become negative."
    assert extract_answer(named).answer == "\\frac{1}{2} k d_{0}^{2}"


def test_a_one_line_reply_ending_with_joined_relations_or_values_is_read_whole():
    """Built probe (stop 49): a one-line reply whose words end with relations in one unknown joined by "or" / "and",
    or with the values of one unknown in math spans, states them all: "Hence x < -1 or x > 1." had been taken whole
    (a decided reject), "The solution set is $x<-1$ or $x>1$." read as its last span, and "The solutions are $x=5$
    or $x=-2$." as its last number (correct for -2, a guess)."""
    union = "(-\\infty, -1) \\cup (1, \\infty)"
    for reply in (
        "Hence x < -1 or x > 1.",
        "The inequality holds when x < -1 or x > 1.",
        "The solution set is $x<-1$ or $x>1$.",
        "The solution is x ≤ -1 or x ≥ 1.",
    ):
        gold = union if "≤" not in reply else "(-\\infty, -1] \\cup [1, \\infty)"
        assert grade(gold, reply).correct, reply
        assert not grade("(1, \\infty)", reply).correct, reply
        assert not grade("(-1, 1)", reply).correct, reply
    assert grade("(1, 3)", "It holds when x > 1 and x < 3.").correct
    # two unknowns, or a function's values, are no one set
    assert extract_answer("Hence x < 1 or y > 2.").answer != "x < 1 or y > 2"
    assert extract_answer("So f(1) = 2 and f(2) = 4.").answer != "f(1) = 2 and f(2) = 4"
    assert not grade("(-\\infty, 3)", "It holds when x > 1 and x < 3.").correct
    for reply in ("The solutions are $x=5$ or $x=-2$.", "The roots of the equation are $x=5$ and $x=-2$."):
        verdict = grade("5, -2", reply)
        assert verdict.correct and not verdict.guessed, reply
        assert not grade("-2", reply).correct, reply
    # the words before the list make it no answer: a test of the values, a range, a hedge between two values
    assert not grade("-2", "Check whether $x=5$ or $x=-2$.").correct
    assert extract_answer("Check whether $x=5$ or $x=-2$.").answer != "x=5 or x=-2"
    assert extract_answer("The value lies between $2$ and $3$.").answer != "2 and 3"
    assert not grade("4", "It could be $3$ or $4$.").correct


def test_a_reply_that_denies_the_values_it_names_is_wrong_for_them():
    """Built probe (stop 49): "It is not $x=5$." had been correct for 5 (compared by its last right-hand side), "It
    isn't $x=5$ or $x=-2$." correct for `5, -2` (math-verify reads the math alone), "Neither $x=4$ nor $x=5$."
    correct for 5 (its last number). A new clause after the denial states its own value."""
    assert not grade("5", "It is not $x=5$.").correct
    assert not grade("5", "The answer is not $x = 5$.").correct
    assert not grade("5, -2", "It isn't $x=5$ or $x=-2$.").correct
    assert not grade("5, -2", "The solutions are not $x=5$ and $x=-2$.").correct
    assert not grade("5", "Neither $x=4$ nor $x=5$.").correct
    assert grade("5", "x cannot be -2, so x = 5.").correct
    assert grade("5", "x = 5").correct
    # "not equal to" is a relation in words, not a denial; a negation with no math after it is an answer in words
    assert grade("x \\neq 5", "x is not equal to 5").correct
    assert grade("\\text{does not exist}", "does not exist").correct
    # an answer in words with a negation and no value is left to the text comparison (its reason says so)
    assert grade("\\text{increase}", "It would not decrease.").reason.endswith("text: different text")


def test_a_value_denied_then_replaced_is_read_as_the_replacement():
    """Built probe (stop 49): "It's not 10, it's 12." had been taken whole (a decided reject for 12), "The answer
    isn't 10; it's 12." read as `n't 10; it's 12` (the marker's "is" was the start of "isn't")."""
    for reply in (
        "It's not 10, it's 12.",
        "Not 10, but 12.",
        "It is not 10 but rather 12",
        "The answer isn't 10; it's 12.",
    ):
        verdict = grade("12", reply)
        assert verdict.correct and not verdict.guessed, reply
        assert not grade("10", reply).correct, reply
    assert not grade("10", "The answer isn't 10.").correct
    assert extract_answer("The answer isn't 10.").answer == "not 10"


def test_a_value_then_its_restatement_or_its_arithmetic_in_an_aside():
    """Built probe (stop 49): "The probability is 1/4, or 25%." and "The difference is 7.8% (11.2% - 3.4%)." had been
    taken whole (decided rejects), "The area is 6 (3 × 2 = 6)." was unparseable. Arithmetic that makes another value is
    no aside to drop; a restatement that differs is a hedge; "3 (or 4) apples" offers two counts."""
    for gold in ("\\frac{1}{4}", "0.25", "25\\%"):
        for reply in ("The probability is 1/4, or 25%.", "The probability is 1/4 (25%)."):
            assert grade(gold, reply).correct, (gold, reply)
    assert not grade("\\frac{1}{4}", "The probability is 1/4 (30%).").correct
    assert grade("6", "The area is 6 (3 × 2 = 6).").correct
    assert grade("6", "The area is 6 square units (3 × 2).").correct
    assert grade("7.8", "The difference is 7.8% (11.2% - 3.4%).").correct
    assert grade("50", "The angle is 50° (180° - 130°).").correct
    assert not grade("3", "The area is 6 (3 × 2 = 6).").correct
    assert extract_answer("The area is 6 (3 × 3 = 9).").answer != "6"
    assert extract_answer("The area is 6 (3 × 2 = 7).").answer != "6"
    for reply in ("There are 3 or 4 apples.", "There are 3 (or 4) apples."):
        assert not grade("3", reply).correct and not grade("4", reply).correct, reply


def test_an_answer_heading_in_markdown_marks_the_answer():
    """Built probe (stop 49): "## Answer" on a line of its own and "**Answer**: 5" (bold closed before the colon) had
    not been read as markers: the reply's last number was the guess, the explanation's when one follows."""
    explained = "We count 2 and 3.\n\n## Answer\n\n5\n\n## Explanation\nThere are 7 in all, minus 2."
    for reply in (
        explained,
        "We count 2 and 3.\n\n**Answer**: 5",
        "We count 2 and 3.\n\n**Answer**\nThe total is 5.",
    ):
        verdict = grade("5", reply)
        assert verdict.correct and not verdict.guessed, reply
    assert not grade("2", explained).correct
    # a heading that only opens a section ("## Answer explanation") marks nothing
    assert extract_answer("We count.\n\n## Answer explanation\n7 rows").rule != "answer_is"


def test_a_definition_after_the_value_and_other_closing_phrasings():
    """Built probe (stop 49): "The answer is x = 5, where x is the number of boxes with 3 balls." had been decided as
    3 (the definition's number), `\\frac{1}{2}x^2, where x is the length` as 2; "Answer = 5" and "... gives us 5 as
    the final result." were guesses or sentences taken whole. A definition with a box or an answer in it is kept."""
    defined = "The answer is x = 5, where x is the number of boxes with 3 balls."
    assert grade("5", defined).correct and not grade("3", defined).correct
    assert not grade("3", "So x = 5, where x is the number of boxes with 3 balls.").correct
    assert not grade("3", "We work it out.\nSo x = 5, where x is the number of boxes with 3 balls.").correct
    # (not the reply's end: the answer after the marker is cut, not the reply)
    assert not grade("3", "The answer is x = 5, where x is the count of 3s.\n\nI checked it twice.").correct
    assert grade("\\frac{1}{2}x^2", "The answer is \\frac{1}{2}x^2, where x is the length.").correct
    for reply in ("We add 2 and 3.\nAnswer = 5", "We add 2 and 3, which gives us 5 as the final result."):
        verdict = grade("5", reply)
        assert verdict.correct and not verdict.guessed, reply
    assert extract_answer("We find A, where A is the area, so the answer is \\boxed{12}.").answer == "12"
    # a program's variable
    assert extract_answer("Answer the question with code.\nanswer = compute(3)").answer != "compute(3)"


def test_a_worked_replys_last_sentence_states_its_value_before_the_reason():
    """Built probe (stop 49): with no marker, "...\nThe total is 12, because there are 3 rows of 4." had been read by
    its last number, 4 (a guess, correct for 4): the number the sentence states is read, as in a short reply."""
    reply = "We count them row by row.\nThe total is 12, because there are 3 rows of 4."
    assert grade("12", reply).correct and not grade("4", reply).correct
    assert grade("12", "We count.\nSo the total is 12, which is 4 more than 8.").correct
    assert extract_answer("We count.\nThere are 12 in total, counting the 5 on the left.").answer == "12"
    # only a value before the reason's numbers: a label after the value ("as shown in Fig. 1") is no value
    assert not grade("1", "We compute the area step by step.\nSo the area is 10 as shown in Fig. 1.").correct
    # a negative value stated before its reason is read with its sign; a sign the sentence reading drops is kept
    assert grade("-15", "We compute.\nThe temperature is -15, which is 15 below zero.").correct
    assert grade("-15", "We compute.\nThe change is - 15.").correct


def test_a_list_that_fails_at_its_end_is_rejected_without_backtracking():
    """adversarial corpus `stated-list-backtrack-resp`: a one-line list of 60 items that fails at its end. The
    spaces around each comma could go to the item or to the comma, and the failed search tried every split (24
    items took 18 s, 60 would take years). Run in a child process: a regex holds the interpreter, so only a
    process can be stopped; the bound is 60 s where the reading takes well under a millisecond."""
    code = (
        "from mmeval.verifiers import grade\n"
        "print(grade('2', 'The values are ' + '1, ' * 60 + '1 and 2 x').status.value)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "incorrect"
