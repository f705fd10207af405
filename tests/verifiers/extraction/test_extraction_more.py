"""Extraction rules added after reading rule-mode disagreements with the official MathVista / MATH-V
verdicts (responses shortened from the published model outputs in ../shared/data/published)."""

import re

import pytest

from mmeval.verifiers import extract_answer, grade, grade_answer
from mmeval.verifiers.extraction.answer import is_refusal
from mmeval.verifiers.extraction.choices import letter_of
from mmeval.verifiers.extraction.fallbacks import last_math_clause
from mmeval.verifiers.extraction.labels import word_label


@pytest.mark.parametrize(
    ("response", "answer", "rule"),
    [
        # MathVista bard: no answer marker, the answer set in bold
        (
            "I see the image. The smallest bar in the chart is **1**. It is the bar for the title lime.",
            "1",
            "bold",
        ),
        (
            "There are 3 groups.\n\nTherefore, there are **3** groups of bars.\n\nThe values are 58 and 63.",
            "3",
            "bold",
        ),
        ("The share is highest in **2019**, with 25.8%.\n\nIn 2020, it decreased to 15.4%.", "2019", "bold"),
        (
            "**Step 2**: add them.\n\nThe total is 12, or 7 more.",
            "7",
            "last_number",
        ),  # a heading is no answer
        # MathVista chatgpt/gpt4: a one-sentence reply whose only number is the answer
        ("There are 2 dots in each group.", "2", "sentence_number"),
        # MathVista claude pid 21: a short reply ends with its conclusion, one number in its last sentence
        (
            "The model has 4 dots divided into 2 equal groups. There are 2 dots in each group.",
            "2",
            "sentence_number",
        ),
        # several numbers in the last sentence: which one is the answer is unclear, the reply stays whole
        (
            "There are 3 bars below 40. Their values are 58, 59, and 63, respectively.",
            "There are 3 bars below 40. Their values are 58, 59, and 63, respectively",
            "whole",
        ),
        # MathVista claude: the answer on the line after the anchor
        ("Okay, based on the photo, my answer is:\n\nB\n\nThe windows are not squares.", "B", "answer_is"),
        ("Okay, here is my response:\n\nC\n\nThe clams feed on plankton.", "C", "answer_is"),
        # MATH-V GPT4-CoT: earlier boxes were intermediate results or a corrected attempt
        (
            r"15/3 = \boxed{5} pieces. However, the question asks for cuts, so we need \boxed{4} cuts.",
            "4",
            "boxed",
        ),
        (
            r"so $x=\boxed{55.6}$. This would not be a whole number. Solving again, $x = \boxed{56}$",
            "56",
            "boxed",
        ),
        # found by the noise_invariance property: a bare fraction closing the response, not its denominator
        ("Let me think. The diagram shows what we need.\n\\frac{-95}{3}.", r"\frac{-95}{3}", "last_line"),
        ("Therefore we can conclude. **$\\tfrac{4}{7}$**.", r"\frac{4}{7}", "math_span"),
    ],
)
def test_new_rules(response, answer, rule):
    ext = extract_answer(response)
    assert (ext.answer, ext.rule) == (answer, rule), ext


@pytest.mark.parametrize(
    "response",
    [
        r"\boxed{2} or maybe \boxed{3}",  # a hedge stays a list
        "1. \\boxed{50\\%}\n2. \\boxed{75\\%}",  # one box per part stays a list
    ],
)
def test_boxes_side_by_side_stay_a_list(response):
    assert "," in extract_answer(response).answer


@pytest.mark.parametrize(
    "response",
    [
        "The question does not provide a function to evaluate for continuity. Please provide the function.",
        "I can't process this file.",
        "To determine the number of shipments that had exactly 56 boxes, we need more information.",
        "Without more context, I do not have enough information to determine if it is injective.",
    ],
)
def test_refusals_have_no_answer(response):
    assert is_refusal(response)
    assert extract_answer(response).answer is None
    assert extract_answer(response, choices=["Yes", "No"]).answer is None


@pytest.mark.parametrize(
    "response",
    [
        "We cannot determine x directly, so we use the area. So x = 4.",
        'Since there is insufficient information to determine the answer, I will select "B" for no.',
        "It is impossible to tell at first.\n\nThe answer is 5.",
    ],
)
def test_not_refusals(response):
    assert extract_answer(response, choices=["Yes", "No", "4", "5"]).answer is not None


CM2 = ["$56 \\mathrm{~cm}^{2}$", "$58 \\mathrm{~cm}^{2}$", "$59 \\mathrm{~cm}^{2}$"]
PI = ["$\\pi$", "$1.5\\pi$", "$2\\pi$", "$3\\pi$"]


@pytest.mark.parametrize(
    ("response", "choices", "answer"),
    [
        # MATH-V GPT4-CoT: a value box and a letter box naming the same option
        (r"$54 + 6 - 2 = \boxed{58 \text{ cm}^2}$, which is answer $\boxed{\text{(B)}}$.", CM2, "B"),
        (r"$=\boxed{2\pi}$. Answer choice $\boxed{(C)}$", PI, "C"),
        # MathVista claude: the option first, the explanation after
        ("B) Common water flea\n\nAlgae are producers; the flea feeds on them.", ["Tilapia", "Common water flea"], "B"),
        ("D. Frontal lobe\n\nThe frontal lobe is the largest part.", ["motor cortex", "occipital", "temporal", "frontal lobe"], "D"),
        # MathVista gpt4: "65°" inside a long line of working is not the option "65°"
        ("Finally, ∠D = ∠ADB + ∠ADC = 25° + 65° = 90°. However, this option is not available in the choices.",
         ["50°", "55°", "60°", "65°"], None),
    ],
)  # fmt: skip
def test_choice_mapping(response, choices, answer):
    ext = extract_answer(response, choices=choices)
    assert (ext.answer if ext.rule in ("choice_letter", "choice_text") else None) == answer, ext


def test_value_box_naming_another_option_than_the_letter_box_stays_a_list():
    ext = extract_answer(r"$=\boxed{3\pi}$. Answer choice $\boxed{(C)}$", choices=PI)
    assert ext.answer not in ("C", "D")


def test_several_letters_joined_by_and_name_several_options():
    ext = extract_answer("The correct answer is (A), (C), and (E).", letters="ABCDE")
    assert ext.answer == "A, C, E"


@pytest.mark.parametrize("line", ["∠D is 115°", "so point B is 4", "the triangle C is 30"])
def test_a_letter_naming_a_point_or_angle_is_no_option(line):
    ext = extract_answer(f"Some working.\n{line}", choices=["11", "12", "13", "14"])
    assert ext.answer not in ("B", "C", "D"), ext


def test_an_option_number_inside_an_expression_is_not_that_option():
    ext = extract_answer(r"so $c = \boxed{\sqrt{13}}$", choices=["5", "$\\sqrt{5}$", "13"])
    assert ext.answer != "C"


def test_an_answer_marker_after_the_boxes_names_the_option():
    """source: MATH-V Gemini-Pro-CoT 84."""
    text = "so $$\\boxed{x = 18}$$\nThe distance is 18 km.\nTherefore, the final answer is (E)."
    assert extract_answer(text, letters="ABCDE").answer == "E"
    assert extract_answer(text).answer == "x = 18"  # not multiple choice: the box


def test_a_box_after_an_answer_marker_stands_alone():
    """source: MATH-V GPT4-CoT_Text-Only 1213."""
    assert extract_answer(r"60cm / 24 = \boxed{2.5cm}. Answer: \boxed{2.5}.").answer == "2.5"


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("So the answer is 1982 with an actual total income of $931,441.", "1982"),  # MathVista bard 588
        ("The answer is 5 because 2 + 3 = 5.", "5"),
        ("The answer is 3 and 4.", "3 and 4"),
    ],
)
def test_an_answer_that_opens_with_its_number(response, answer):
    assert extract_answer(response).answer == answer


def test_a_number_restating_the_question_does_not_undo_a_refusal():
    """source: MathVista gpt4 611."""
    assert is_refusal("The text does not provide information on how many shipments had exactly 56 boxes.")


def test_closing_pleasantries_are_not_the_last_line():
    """source: MathVista bard 600."""
    text = "The fifth drawing shows all faces.\n\nThe answer choice that shows it is the **(E)** option.\n\n"
    text += "Is there anything else I can help you with?"
    assert extract_answer(text, choices=list("ABCDE")).answer == "E"


def test_cannot_be_answered_is_a_refusal():
    """source: MathVista gpt4 65."""
    assert is_refusal("The question cannot be answered as the function f is not provided.")


def test_math_tail_is_never_cut_inside_a_group():
    from mmeval.verifiers import extract_answer

    text = r"\text { local maximum: }(-3,60) \text {, local minimum: }(3, -60)"
    ext = extract_answer(text)
    assert ext.answer is None or ext.answer.count("{") == ext.answer.count("}")


def test_math_tail_is_never_cut_inside_a_math_span():
    """source: OlympiadBench first release (every solution graded against its own gold):
    English_Olympiad_Mathematics:2578. A ratio in math with a space after its colon (`$2: 3$`) had been cut at
    the colon, as a sentence is, and read as `3`."""
    from mmeval.verifiers import extract_answer, grade

    text = "Hence the ratio of the areas is $4: 6$ which is equivalent to $2: 3$."
    assert extract_answer(text).answer == "2: 3"
    assert grade(r"\frac{2}{3}", text).correct
    assert not grade("3", text).correct


def test_a_sentence_that_concludes_is_read_by_its_conclusion():
    """Found by probing one-sentence replies: "There are 5 more red balls than blue, so 12 red." was read by its
    count after "there are" (5), a difference the clause after "so" goes on from; a guessed false accept of 5."""
    from mmeval.verifiers import grade

    reply = "There are 5 more red balls than blue, so 12 red."
    assert not grade("5", reply).correct
    assert grade("12", reply).correct
    assert grade("4", "There are 96 more red balls than blue ones, so, four blue balls.").correct
    assert grade("3", "There are 3 bars below 40.").correct


def test_a_line_opening_with_final_marks_the_answer():
    """Found by probing multiple-choice replies: "Final: (C)" then a line naming another letter was read by that
    last line's letter, a guessed false accept; a line that opens with "Final:" and a short answer is a marker."""
    from mmeval.verifiers import grade

    assert not grade("B", "Final: (C)\n(B) was my first guess.", choices=["12", "15", "18", "20"]).correct
    verdict = grade("42", "**Final:** 42\n\nThe 41 was a typo.")
    assert verdict.correct and verdict.rule == "final_answer"


def test_a_degree_word_stays_with_its_number():
    from mmeval.verifiers import extract_answer, grade

    assert extract_answer("so the angle is 30 degrees").answer == "30 degrees"
    assert extract_answer("so the angle is 30°").rule == "sentence_number"
    assert grade(r"\frac{\pi}{6}", "so the angle is 30 degrees").correct


@pytest.mark.parametrize(
    ("response", "gold", "wrong"),
    [
        ("Maximum = 2, Minimum = 1", "1, 2", "1, 3"),
        ("Ann: 5, Ben: 3, Cy: 8.", "3, 5, 8", "3, 5, 9"),
        (r"Ann=0,\ Ben=1", "0, 1", "0, 2"),
    ],
)
def test_a_reply_of_labelled_values_is_read_whole_not_by_its_last_number(response, gold, wrong):
    """Issue 15's form 1: every part of such a reply is a value, so none is "the last number"; the
    reading is decided (not guessed) and a changed value is still rejected."""
    from mmeval.verifiers import grade
    from mmeval.verifiers.extraction.normalize import clean_answer

    ext = extract_answer(response)
    assert (ext.answer, ext.rule, ext.guessed) == (clean_answer(response.rstrip(".")), "whole", False)
    assert grade(gold, response).correct
    assert not grade(wrong, response).correct


@pytest.mark.parametrize("response", [r"\mathrm{E}*2", "2E", "E^2", "E/2"])
def test_a_letter_inside_arithmetic_is_not_an_option(response):
    """A letter multiplied, divided or raised is a quantity, not a stated option: against a one-letter
    gold it must not read as that letter (a bare `E` still does)."""
    from mmeval.verifiers import grade

    assert not grade("E", response).correct
    assert grade("E", "E").correct and grade("E", "So it is. E").correct


def test_a_letter_in_brackets_after_a_name_is_an_argument_not_an_option():
    """`P(A) = 1/2` states a probability, not option A (found by the `ratio_tails` form); `(A)` alone,
    or after a space or a colon, still names the option."""
    from mmeval.verifiers import extract_answer

    choices = ["1/2", "2/1", "2/2"]
    assert extract_answer("We count them. P(A) = 2/1", choices=choices).answer == "B"
    assert extract_answer("We count them. So f(C) = 1/2", choices=choices).answer == "A"
    assert extract_answer("We count them. It is (C)", choices=choices).answer == "C"
    assert extract_answer("We count them. Answer:(C)", choices=choices).answer == "C"


def test_digits_inside_a_name_are_not_the_last_number():
    """Found by the adversarial corpus with a random temp folder in its strings (`/tmp/adv-kp_1usk/x`):
    digits right after a letter or `_` belong to a name, so they are never read as the answer; a unit
    after a number (`5cm`) still is one."""
    from mmeval.verifiers.extraction.fallbacks import last_number

    assert last_number("open('/tmp/adv-kp_1usk/x', 'w') and smg1/pwned") is None
    assert last_number("the value x2 is 7, h4ndb81g") == "7"
    assert last_number("it is 5cm long") == "5"


def test_a_number_inside_a_name_is_not_a_number_of_a_prose_gold():
    """A prose gold's numbers are its standalone numbers: `1` does not answer a gold whose only `1` is
    part of a name (`kv1dg`, `a1_1`, `-1oxyjosm`), while a stated number still does."""
    from mmeval.verifiers import grade

    for name in ("kv1dgjoc", "06thj1_1", "adv-1oxyjosm"):
        assert not grade(f"open the file {name} and write to it", r"\boxed{1}").correct
    assert grade("The tank holds 12 litres of water", r"\boxed{12}").correct


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        ("3.14", "The answer is approximately 3.14.", True),
        ("3.14", "approximately 3.14", True),
        ("0.5", r"\boxed{\approx 0.5}", True),
        ("5", "The answer is 5 (five).", True),
        ("6", "The answer is 5 (five).", False),
        ("6", "The answer is 5 (six).", False),  # words that are another number are not a restatement
    ],
)
def test_a_qualifier_or_the_number_in_words_decorates_the_value(gold, response, correct):
    from mmeval.verifiers import grade

    assert grade(gold, response).correct is correct


def test_a_bold_letter_on_the_last_line_is_read():
    from mmeval.verifiers import extract_answer

    choices = ["30°", "45°", "60°", "90°"]
    assert extract_answer("We compare.\nThe correct option is **B**.", choices=choices).answer == "B"


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        ("5", "Step 1: 2 + 3 = 5.\n#### 5", True),  # GSM8K's final-answer line
        ("5", "2 + 3 = 5, so 7 is wrong.\n#### 5", True),
        ("7", "#### Step 1\nWe add: x = 7", True),  # a markdown heading is no answer line
        ("1.5", "1½", True),  # a vulgar fraction, in a mixed number
        ("3/4", "¾ of the cake", True),
        ("No", "No, it is not the largest.", True),  # a short reply that opens with the yes/no gold word
        ("Yes", "No, it is not the largest.", False),
        ("5", "No, there are 5 apples.", True),  # a numeric gold still reads the number
    ],
)
def test_gsm8k_answer_lines_vulgar_fractions_and_yes_no_openings(gold, response, correct):
    from mmeval.verifiers import grade

    assert grade(gold, response).correct is correct


def test_gsm8k_answer_line_is_a_decided_final_answer():
    """`#### 5` is a marker, so the reading is decided (not a last-number guess) and wins over later text."""
    from mmeval.verifiers import extract_answer

    ext = extract_answer("Step 1: 2 + 3 = 5.\n#### 5\nNote: 7 of them were eaten earlier.")
    assert (ext.answer, ext.rule, ext.guessed) == ("5", "final_answer", False)
    assert extract_answer("#### Step 1\nWe add: x = 7").rule != "final_answer"


@pytest.mark.parametrize(
    ("gold", "response", "correct"),
    [
        ("3", "The value is 2, not 3.", False),  # the number the reply rules out is never its answer
        ("3", "We count the dots again. There are 2 in each row, rather than 3", False),
        ("5", "We check both. It is not 3 but 5", True),
        ("3", "x is not less than 3", False),  # a bound, negated or not, states no value
        ("4", "There are more than 4", False),
        ("5", "There are 5 apples, more than 4", True),
    ],
)
def test_a_number_the_reply_rules_out_is_not_its_last_number(gold, response, correct):
    from mmeval.verifiers import grade

    assert grade(gold, response).correct is correct


def test_a_closing_final_answer_replaces_an_intermediate_box_only_with_another_value():
    """source: Math-Verify tests/test_all.py::test_math_extraction_additional_cases[17] (tune), shortened:
    a box mid-solution, then "Final Answer: The final answer is $10,455$."."""
    later = extract_answer(
        "The interest is $\\boxed{255}$. So he has $10,455. Final Answer: The final answer is $10,455$."
    )
    assert (later.answer, later.rule) == ("10,455", "final_answer")
    # the closing line restates the box's value: the box stays the answer (and its provenance)
    same = extract_answer("So $x = \\boxed{5}$.\n\nFinal answer: 5 apples, which is what we found.")
    assert (same.answer, same.rule) == ("5", "boxed")
    # a closing line with no value leaves the box
    assert extract_answer("So $x = \\boxed{5}$.\n\nFinal answer: as shown above.").rule == "boxed"


def test_a_latex_command_whose_backslash_an_escape_ate_is_read_before_stripping():
    """source: MATH-V test 2830 (gold `\\x0crac{36}{13}`: `"\\frac"` read as a form feed + "rac"). As a
    whole reply, after an anchor or in a box, the command is put back before anything strips the text
    (str.strip() drops a leading form feed or tab, leaving "rac{36}{13}")."""
    from mmeval.verifiers import grade
    from mmeval.verifiers.extraction.normalize import lost_escapes

    assert (
        lost_escapes("\x0crac{1}{2} and \x08oxed{3}, 2\times 3") == "\\frac{1}{2} and \\boxed{3}, 2\\times 3"
    )
    assert lost_escapes("line\x0c\n2") == "line\x0c\n2"  # a control character before no letter stays
    for reply in ("\x0crac{36}{13}", "The answer is \x0crac{36}{13}.", "$\\boxed{\x0crac{36}{13}}$"):
        assert grade("\\frac{36}{13}", reply).correct, reply
    assert not grade("\\frac{36}{13}", "\x0crac{36}{14}").correct


# Found by scripts/metamorphic_check.py: rewrites of real replies that cannot change what a reader takes
# from them changed the verdict.
def test_the_reply_after_a_closed_think_block_is_read_as_the_reply():
    think = "<think>We read the question and work it out carefully.</think>\n"
    assert grade("x \\le 2", think + "(-\\infty, 2]").correct  # was its last number, 2
    assert grade("5", "<think>maybe \\boxed{4}</think> The answer is 5.").correct
    assert grade("4", "reasoning with the template's <think> in the prompt</think>\n\n\\boxed{4}").correct
    assert grade("4", "<think>so it is \\boxed{4}</think>").correct  # nothing after it: the block is read


def test_windows_line_ends_and_unicode_spaces_change_nothing():
    matrix = "\\begin{pmatrix} 0 & 3 \\\\ 0 & -1 \\end{pmatrix}"
    assert grade(matrix, f"so \\boxed{{\r\n{matrix}\r\n}}.").correct  # was pred_unparseable
    assert grade("a < b < c < d", "a\u00a0<\u00a0b\u00a0<\u00a0c\u00a0<\u00a0d").correct
    assert grade("60", "\ufeffThe answer is \u200b\\(x\u202f=\u202f60\\) meters.").correct
    assert not grade("61", "The answer is \\(x\u00a0=\u00a060\\) meters.").correct
    assert grade("x\u00a0+\u00a01", "x + 1").correct  # on the gold's side too
    refusal = "Sorry, as a text-based AI, I'm not able to process or analyze images."
    assert grade("5", refusal).status.value == "no_answer"  # a refusal, whatever its spaces
    assert grade("5", refusal.replace(" ", "\u00a0")).status.value == "no_answer"
    assert grade("5", refusal.replace(" ", " \u200b")).status.value == "no_answer"


def test_spacing_commands_and_inline_math_delimiters_change_nothing():
    # a control space is a space between words, nothing inside a number
    assert extract_answer("so \\boxed{Between\\ R\\ and\\ S}").answer == "Between R and S"
    assert grade("10000", "\\boxed{10\\ 000}").correct
    # `\(...\)` inside a reply taken whole is read as `$...$` is (a MATH-V Gemini-Pro reply, id 2903)
    reply = "The radius of the circle is 5, so the area is \\(\\pi r^2 = \\pi (5)^2 = 25\\pi\\)."
    assert (
        grade("25\\pi", reply).correct
        and grade("25\\pi", reply.replace("\\(", "$").replace("\\)", "$")).correct
    )
    # (that reply is now read by the math that closes it; a text read whole with `\(...\)` in it is a gold
    # written with them)
    assert grade("\\(x = 25\\pi\\) cm", "25\\pi").correct
    # a run of spaces is one space; a program's tab indentation is no lost `\tan`
    refusal = "Sorry, as a text-based AI, I'm not able to process or analyze images."
    assert grade("5", refusal.replace(" ", "  ")).status == grade("5", refusal).status
    program = (  # MathVista output_gpt4_2shot_code pid 32's shape, indented with tabs
        "def calculate_angle():\n\tangle_CAB = 40\n\tangle_ABC = (180 - angle_CAB) / 2\n"
        "\tangle_D = 180 - angle_ABC\n\treturn angle_D\n\nprint(calculate_angle())"
    )
    assert grade("140", program).status.value == "no_answer"  # a program: never run, no answer read


def test_a_wrapped_letter_gold_is_that_letter_and_a_degree_mark_takes_no_stray_brace():
    """Found by scripts/metamorphic_check.py (`gold_boxed`, `degree_sign`): a gold letter in a wrapper was
    compared as a value; the last number of `\\frac{BD}{\\sin 20^\\circ}` took the fraction's `}` along."""
    options = [
        "$2+4+3$",
        "$2 \\cdot 4+3$",
        "$2+4 \\cdot 3$",
        "$2 \\cdot 4 \\cdot 3$",
        "$2+4-3$",
    ]  # MATH-V id 19
    for gold in ("D", "(D)", "$D$", "\\boxed{D}", "\\text{D}"):
        # the reply's value is the gold option's value: compared against that option, as for a bare `D`
        assert grade(gold, "so the total is \\boxed{24}", choices=options).correct, gold
        assert not grade(gold, "so the total is \\boxed{14}", choices=options).correct, gold
    from mmeval.verifiers.extraction.fallbacks import last_number

    assert last_number("so \\frac{BD}{\\sin 20^\\circ} = \\frac") == "20^\\circ"
    assert last_number("the angle is 40^{\\circ}.") == "40^{\\circ}"


def test_after_an_answer_marker_display_math_and_a_list_of_spans_are_read_whole():
    """Found by giving K12 and MATH-V golds as replies after "The answer is" (`scripts/gold_as_response.py
    --dressed`): `$$...$$` closed at its own pair (the second `$` of `$$` had ended an empty span), and a
    list of spans is the answer, not its first span."""
    assert extract_answer("The answer is $$-2$$.").answer == "-2"
    assert extract_answer("Final answer: $$\\dfrac{3}{2}$$").answer == "\\frac{3}{2}"
    # not as the reply's opening label, which is read as a whole reply is
    assert extract_answer("We add the parts.\nFinal answer: $$\\dfrac{3}{2}$$").answer == "\\frac{3}{2}"
    assert extract_answer("The answer is \\[ x = 5 \\].").answer == "x = 5"
    assert grade("1, 2, 3", "The answer is $1$, $2$ and $3$.").correct
    assert grade("1, 2", "The answer is $x=1$ or $x=2$.").correct
    assert not grade("3", "The answer is $3$ or $4$.").correct  # a hedge, no longer its first span
    assert grade("3", "The answer is $3$; the other root is $5$.").correct  # a new sentence is no list


def test_after_an_answer_marker_math_that_goes_on_past_its_span_and_numbered_parts_are_whole():
    """K12 golds after "The answer is" (`gold_as_response.py --dressed`): `$\\frac{2}{3}$π` goes on after its
    span, and "(1)... (2)..." numbered parts are all the answer, not the last number."""
    assert grade("$\\frac{2}{3}$π", "The answer is $\\frac{2}{3}$π.").correct
    assert grade("$\\sqrt{2}$π+4$\\sqrt{2}$", "The answer is $\\sqrt{2}$π+4$\\sqrt{2}$.").correct
    assert not grade("\\frac{2}{3}", "The answer is $\\frac{2}{3}$π.").correct  # was its span alone
    parts = "(1)$$30$$ yuan (2)$$50$$ yuan (3)$$250$$"
    assert grade(parts, f"The answer is {parts}.").correct
    # not the gold's own text (which the statement reading accepts whatever the extraction reads)
    v = grade(parts, "The answer is (1) 30 yuan (2) 50 yuan (3) 250.")
    assert v.correct and v.rule == "answer_is"
    assert not grade(parts, "The answer is (1)$$30$$ yuan (2)$$60$$ yuan (3)$$250$$.").correct


def test_a_closing_markdown_rule_and_a_fullwidth_colon_change_nothing():
    """Found by scripts/metamorphic_check.py: a `---` line after the reply changed 3,210 verdicts (it was
    read as the last line), and `Answer：` with a full-width colon was no answer marker."""
    assert grade("6/x", "\\dfrac{6}{x}\n\n---").correct
    # (a fraction is now read whole by the last number too: a power on a display last line needs the rule)
    assert grade("1024", "We use $a=2$ and $b=10$ here.\n\\[ x = 2^{10} \\]\n\n---").correct
    assert grade("5", "The answer is 5.\n\n***").correct
    # (the display above is now also read as the math that holds the last number; a short last line is not)
    assert grade("B", "Let me think about each option.\nOption A is too small.\nB\n\n---").correct
    assert not grade("4", "The answer is 5.\n\n___").correct
    assert grade("2.5", "so the length is \\boxed{2.5cm}. Answer：\\boxed{2.5}.").correct
    assert grade("3", "We add them.\nFinal answer：3").correct


def test_full_width_forms_are_read_as_ascii():
    # Chinese and Japanese input methods type `（C）`, `Ｃ`, `１２`: the same letter and number as ASCII
    options = ["a triangle", "a square", "a circle", "a pentagon"]
    assert grade("C", "The figure that fits the description is （C）.", choices=options).correct
    assert grade("C", "Therefore, the correct option is （C） a circle.", choices=options).correct
    assert not grade("B", "The figure that fits the description is （C）.", choices=options).correct
    assert grade("12", "答案：１２").correct
    assert grade("x+1", "$ｘ＋１$").correct


def test_digits_grouped_differently_are_different_answers():
    # the string comparison dropped every brace: `\frac{1}{23}` and `\frac{12}{3}` were the same text
    assert not grade("\\frac{1}{23}", "\\frac{12}{3}").correct
    assert not grade("\\sqrt{97}", "\\sqrt{9}7").correct
    assert not grade("x^{12}", "x^{1}2").correct
    # braces that only group, and a one-token script, still change nothing
    assert grade("\\{1, 3\\}", "{1,3}").correct
    assert grade("30^{\\circ}", "30^\\circ").correct
    assert grade("2\\cos\\frac{1}{2}", "2\\cos{\\frac{1}{2}}").correct


def test_a_root_sign_covers_the_number_or_group_after_it():
    assert grade("\\sqrt{97}", "√97").correct  # read as `\sqrt{9}7`, 21, before
    assert not grade("21", "√97").correct
    assert grade("2\\sqrt{3}", "√12").correct
    assert grade("\\frac{1 + \\sqrt{97}}{8}", "\\dfrac{1 + √97}{8}").correct
    assert grade("\\sqrt{11.25^2+43.59^2}", "√(11.25^2+43.59^2)").correct
    assert grade("\\sqrt{2.5}", "√2.5").correct


def test_fraction_arguments_in_any_spelling_name_the_same_option():
    options = ["$\\frac{4}\\pi$", "$2$", "$\\frac{8}\\pi$", "$4$", "$\\frac{\\sqrt{2}}2$"]
    assert extract_answer("so the total is $\\boxed{\\frac{4}{\\pi}}$.", choices=options).answer == "A"
    assert extract_answer("The answer is $\\frac{\\sqrt{2}}{2}$.", choices=options).answer == "E"


def test_a_unicode_ellipsis_is_an_ellipsis():
    assert grade("1, 2, 3, \\ldots", "1, 2, 3, …").correct
    assert not grade("1, 2, 3", "1, 2, 3, …").correct


def test_an_opening_answer_label_changes_nothing_in_a_short_reply():
    refusal = "As an AI, I'm unable to view pictures, please describe the picture."
    assert grade("5", "Answer: " + refusal).status.value == "no_answer"  # was read as an answer
    reply = "(-32 + 3t, 64 - 5t) \\text{ for some integer } t"
    assert grade("(-32 + 3t, 64 - 5t)", reply).correct
    assert grade("(-32 + 3t, 64 - 5t)", "Answer: " + reply).correct  # was its last number, `- 5`
    assert grade("x \\geq 5", "**Answer:** Therefore $x \\geq 5$ is the solution.").correct


def test_an_option_letter_with_its_own_text_after_an_answer_marker():
    options = ["Less than $12.5 \\%$", "$12.5 \\%$", "More than $12.5 \\%$", "$25 \\%$"]
    for reply in (
        "(A) Less than $12.5 \\%$",
        "The answer is (A) Less than $12.5 \\%$",
        "Answer: (A) Less than $12.5 \\%$",
    ):
        assert extract_answer(reply, choices=options).answer == "A", reply  # not option B's `12.5 %`


def test_an_option_text_is_found_with_other_spacing_after_its_commas():
    # the metamorphic `list_space` rewrite (`(2, 0)` written `(2,0)`) had moved a MathVista llava reply off
    # its option: option texts were matched with their own spacing only
    from mmeval.verifiers import grade

    choices = ["(0, 0)", "(-1, 0)", "(2, 0)"]
    reply = "The center of symmetry of the function is (2,0)."
    assert grade("C", reply, choices=choices).correct
    assert grade("C", reply.replace("(2,0)", "(2, 0)"), choices=choices).correct
    assert not grade("A", reply, choices=choices).correct
    # (the sentence above is now read by its one bracketed value too; with the value not last, only the option
    # text's spacing finds it)
    assert grade("C", "The center of symmetry is at (2,0), as shown.", choices=choices).correct


@pytest.mark.parametrize("reply", ["So it is 5.", "So it is $5$.", "It is $5$.", "So it is 5 cm."])
def test_a_sentence_of_two_letter_words_is_prose_not_a_product(reply):
    # words of two letters were not counted as prose, so the reply was taken whole and read by sympy as
    # the product S*o*i*t*i*s*5 (found by probing reply shapes for the K12 "(not unique)" keys)
    from mmeval.verifiers import grade

    verdict = grade("5", reply)
    assert verdict.correct
    assert verdict.extracted.startswith("5")


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [("5", "x is 5", True), ("x = 5", "x is 5.", True), ("12", "n equals 12", True), ("6", "x is 5", False)],
)
def test_a_name_stated_in_words_is_an_equation(gold, reply, correct):
    # `x is 5` had been taken whole and read by sympy as the product x*i*s*5 (found by probing reply shapes)
    from mmeval.verifiers import grade

    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(
    ("gold", "reply", "correct"),
    [
        ("7", "The solutions are 5 and 7.", False),  # had been read by its last value: a hedge accepted
        ("5, 7", "The solutions are 5 and 7.", True),
        ("3, 4, 5", "The sides are 3, 4 and 5.", True),
        ("5", "The solutions are $\\frac{1}{2}$ and $5$.", False),  # LaTeX and slash items too
        ("0", "The solutions are 1/2 and 0.", False),  # found by `hedging_not_rewarded`
        ("\\frac{1}{2}, 5", "The solutions are $\\frac{1}{2}$ and $5$.", True),
    ],
)
def test_a_sentence_that_lists_values_answers_with_the_list(gold, reply, correct):
    from mmeval.verifiers import grade

    assert grade(gold, reply).correct is correct


@pytest.mark.parametrize(("gold", "reply"), [("5", "So we get five."), ("3", "The final count is three.")])
def test_a_number_word_that_ends_a_sentence_is_its_value(gold, reply):
    from mmeval.verifiers import grade

    assert grade(gold, reply).correct
    assert not grade(str(int(gold) + 1), reply).correct


@pytest.mark.parametrize(
    "reply", ["It is not 5.", "The answer cannot be 5.", "5 or more", "10 and above", "5 or less"]
)
def test_a_denied_or_bounded_value_is_not_stated(reply):
    # "It is not 5." and "The answer cannot be 5." had been read as 5, and "5 or more" as 5 with a unit
    # (found by probing reply shapes)
    from mmeval.verifiers import grade

    assert not grade(reply.split()[-1].strip(".") if reply[0].isalpha() else reply.split()[0], reply).correct
    assert grade("5", "It is 5.").correct


def test_an_option_text_on_the_last_line_is_a_whole_word_and_a_full_stop_changes_nothing():
    """Option "no" is not in "not" or "snow", option "38" not in "382" (each had been read as that option);
    a long last line is read the same with or without its closing full stop (without one it had been read
    by containment: found by the metamorphic `no_period` rewrite, 46 verdicts on the stop-28 code,
    "Periwinkle is not the maximum. The maximum is actually the color blue" among them read as "no")."""
    yes_no = ["yes", "no"]
    assert not grade("no", "It is not clear.", choices=yes_no).correct
    assert not grade("no", "There is snow.", choices=yes_no).correct
    assert grade("no", "No, Dark Orchid is not the maximum.", choices=yes_no).correct
    assert grade("no", "So, no.", choices=yes_no).correct
    long = "Based on the image, Periwinkle is not the maximum. The maximum is actually the color blue"
    assert grade("no", long, choices=yes_no).status == grade("no", long + ".", choices=yes_no).status
    assert not grade("no", long, choices=yes_no).correct
    assert not grade("B", "(AI) 372\n(AJ) 382", choices=["28", "38", "52", "62"]).correct
    salmon = ("If the number of ferns decrease, the supply of salmon will most likely decrease, as ferns feed "
              "the trout that the salmon eat")  # fmt: skip
    options = ["decrease", "can't tell", "stay same", "increase"]
    assert grade("A", salmon, choices=options).status == grade("A", salmon + ".", choices=options).status


def test_a_letter_in_a_plain_tex_font_switch_or_after_a_connective_is_that_letter():
    """`\\boxed{{\\bf (A)}}` is option A (plain TeX's `{\\bf ...}`; `\\textbf{(A)}` already was), and "the
    answer is therefore choice (B)" is B (found by grading each extracted answer again: MATH-V Gemini-Pro-CoT
    1800 and MathVista bard 110 had been read as no option)."""
    four = ["1", "2", "3", "4"]
    assert grade("A", r"\boxed{{\bf (A)}}", choices=four).correct
    assert not grade("B", r"\boxed{{\bf (A)}}", choices=four).correct
    assert grade("No", "Hence the answer is therefore choice (B).", choices=["Yes", "No"]).correct
    assert grade("C", "The answer is: so option C", choices=four).correct
    # the option reading itself strips the connective (the answer marker's own connective strip aside)
    assert letter_of("so option C", "ABCD") == "C" and letter_of("therefore choice (B)", "ABCD") == "B"
    assert grade(r"5 \text{ cm}", r"\boxed{5 {\rm cm}}").correct
    assert not grade(r"5 \text{ cm}", r"\boxed{5 {\rm mm}}").correct


def test_an_options_value_followed_by_its_letter_is_that_option():
    """`\\boxed{\\frac{3-\\sqrt3}3 \\ \\mathbf{(C)}}`: the value and the letter name the same option (MATH-V
    GPT4-CoT_Text-Only, found by grading each extracted answer again); a value of another option, or of
    none, with a letter is no option."""
    ch = ["$\\frac{2 - \\sqrt{2}}{2}$", "$\\frac{1}{3}$", "$\\frac{3 - \\sqrt{3}}{3}$", "$\\frac{1}{2}$"]
    assert grade("C", r"so $\boxed{\frac{3-\sqrt3}3 \ \mathbf{(C)}}$.", choices=ch).correct
    assert not grade("B", r"so $\boxed{\frac{3-\sqrt3}3 \ \mathbf{(C)}}$.", choices=ch).correct
    assert not grade("C", r"so $\boxed{\frac{1}{2} \ \mathbf{(C)}}$.", choices=ch).correct
    assert not grade("D", r"so $\boxed{\frac{1}{2} \ \mathbf{(C)}}$.", choices=ch).correct
    assert grade("B", r"$b=\boxed{ -\!2\textbf{ (B)}}$", choices=["$-\\!4$", "$-\\!2$", "$0$"]).correct


def test_an_opening_answer_label_does_not_change_how_the_last_line_names_an_option():
    """ "Answer: " before a short reply had made its line long enough to need the option's text at its end
    (found by the metamorphic `answer_label` rewrite on a MathVista llava reply)."""
    options = ["Both", "Compound", "Simple", "Neither"]
    reply = "The picture with the least leaves is the simple leaf."
    assert grade("Simple", reply, choices=options).correct
    assert grade("Simple", "Answer: " + reply, choices=options).correct
    assert not grade("Compound", "Answer: " + reply, choices=options).correct


def test_a_prose_word_loses_one_plural_s_only():
    """A plural names its option ("triangles" for option triangle); a word with more than one `s` glued on is
    no plural of it, and a word ending in `ss` keeps its `ss` (found by the property
    `choice_text_inside_word`: "triangless" was option triangle)."""
    options = ["triangle", "glass", "0"]
    assert grade("A", "triangles", choices=options).correct
    assert not grade("A", "triangless", choices=options).correct
    assert grade("B", "glass", choices=options).correct
    assert not grade("B", "gla", choices=options).correct


@pytest.mark.parametrize(
    "reply",
    [
        "Therefore, the radius is 0.5 times the original radius.\n\nChoose the correct option letter:\n\n"
        "(A) 1\n(B) √{3}\n(C) 2\n(D) 3",  # source: MathVista llava_llama_2_13b 752 (tune), shortened
        "(A) 1\n(B) √{3}\n(C) 2\n(D) 3",
        "Choices: A. 1 B. √{3} C. 2 D. 3",
        "The answer is (A) 1 (B) √{3} (C) 2 (D) 3",
    ],
)
def test_a_reply_ending_with_the_option_list_chooses_no_option(reply):
    """The prompt's option list echoed (every option with its letter, in order) offers every option: its
    last line "(D) 3" is no choice of D (it had been graded correct for gold D, as a guess)."""
    options = ["1", "√{3}", "2", "3"]
    for gold in "ABCD":
        assert not grade(gold, reply, choices=options).correct
    assert grade(
        "D", "D\n(A) 1\n(B) √{3}\n(C) 2\n(D) 3", choices=options
    ).correct  # the answer, then the list
    assert grade("D", "(A) 1\n(B) √{3}\n(C) 2\n(D) 3\nThe answer is D.", choices=options).correct
    assert grade("D", "(A) 1\n(B) √{3}\n(C) 2\n(D) 3\n\n(D) 3", choices=options).correct


@pytest.mark.parametrize("gold", ["C\nD", "C, D", "CD", "C and D"])
def test_a_gold_naming_several_options_wants_the_same_options(gold):
    """source: MathVerse testmini 440 ("Which two of the following ... Choose 2 answers", gold `C\\nD`), whose
    own gold had been `gold_unparseable` with its options given: a choose-all-that-apply gold is answered
    by the same set of options, in any order and dress."""
    options = [
        "\\tan (\\pi+\\theta)",
        "\\tan (\\frac{\\pi}{2}-\\theta)",
        "\\tan (2 \\pi-\\theta)",
        "\\tan (\\pi-\\theta)",
    ]
    for reply in ["C\nD", "D, C", "\\boxed{CD}", "The answer is C and D.", "\\boxed{C}, \\boxed{D}"]:
        assert grade(gold, reply, choices=options).correct, reply
    for reply in ["C", "D", "C, D, A", "B, D", "A\nC"]:
        assert not grade(gold, reply, choices=options).correct, reply


def test_letters_listed_are_several_options_not_the_last_one():
    """A last line that ends by listing letters ("The correct options are A, B.") names each of them: it
    had been read as its last letter (B), so a hedge was accepted for gold B; lines of nothing but letters
    ("C\\nD") likewise name every one, not the first. A function's arguments (`f(A, C)`) name none."""
    options = ["0", "1", "2"]
    for reply in ["The correct options are A, B.", "So it could be A, or B.", "C\nB", "(A)\n(B)"]:
        v = grade("B", reply, choices=options)
        assert not v.correct and "," in (v.extracted or ""), reply
    assert grade("B", "So it is B.", choices=options).correct
    program = "def f(A, C):\n    return A + C\n\nprint(f(A, C))"
    assert not grade("C", program, choices=options).correct


@pytest.mark.parametrize(
    "gold",
    [
        "Surface Area $=2827.43 \\mathrm{~cm}^{2}$",  # source: MathVerse testmini golds (gold-as-response, dressed)
        "Volume $=452.389$ cubic units",
        "Area $=113.097$ units $^{2}$",
        "S.A. of rectangular prism $=4371.46 \\mathrm{~mm}^{2}$",
        "Weekly water intake $=15.5$ Litres",
    ],
)
def test_a_quantity_named_in_words_is_its_value(gold):
    """A value that a quantity's name in words precedes: after "the answer is" its last number had been the
    unit's exponent (`2`), and as a gold it had been an equation in the letters V, o, l, u, m, e (so the bare
    value was "not the gold equation's solution"). The value and unit are compared; another name is wrong."""
    value = re.search(r"=\s*([\d.]+)", gold).group(1)
    for reply in [f"The answer is {gold}.", gold, f"**Answer:** {gold}"]:
        assert grade(gold, reply).correct, reply
    assert grade(gold, f"The answer is {value}.").correct
    assert grade(value, f"The answer is {gold}.").correct
    assert not grade(gold, f"The answer is {float(value) * 1.1 + 1:.2f}.").correct
    other = "Height" if not gold.startswith("Height") else "Volume"
    assert not grade(gold, f"The answer is {other} $={value}$.").correct


def test_a_named_quantity_keeps_its_unit_and_a_letter_is_no_name():
    gold = "Surface Area $=2827.43 \\mathrm{~cm}^{2}$"
    assert not grade(gold, "The answer is Surface Area $=2827.43 \\mathrm{~cm}^{3}$.").correct
    assert grade(gold, "The answer is Total surface area $=2827.43$.").correct  # a fuller name of it
    assert word_label("x = 5") is None and word_label("\\sin x = 1/2") is None
    assert word_label("The function starts decreasing at x = 3") is None  # an equation in x
    assert word_label("The value of r at theta=3*pi/2 is 0") is None  # the value goes on as a sentence
    assert word_label("Volume = 452.389 cubic units") == ("volume", "452.389 cubic units")


def test_labelled_intervals_after_the_answer_marker_are_read_whole():
    """source: MathVerse testmini 481 (gold-as-response, dressed): "The answer is domain: [-4, 0) and range:
    (-3, 1]." had been read by its last number, 1."""
    gold = "domain: [-4, 0) and range: (-3, 1]"
    assert grade(gold, f"The answer is {gold}.").correct
    assert not grade(gold, "The answer is domain: [-4, 0) and range: (-3, 2].").correct
    # not the gold's own text (which the statement reading accepts whatever the extraction reads)
    assert grade(gold, "The answer is domain: [-4,0), range: (-3,1].").correct


def test_a_question_the_reply_makes_up_after_its_answer_is_not_read():
    """source: MathVista testmini, the published claude_2shot_solution outputs (tune half), e.g. 635: "... The
    answer is B.\\n\\nQuestion: A shop sells pens at $2.50 each ... the number of pencils John bought is 5.":
    a few-shot prompt's continuation. The answer before the made-up question is the reply's."""
    reply = (
        "The area of the shaded region is 1.5.\n\nThe answer is B.\n\nQuestion: A shop sells pens at $2.50"
        " each and pencils at $0.75 each. How many pencils did he buy?\n\n* So he can buy 5 pencils\n\n"
        "Therefore, the answer is D."
    )
    choices = ["2", "3", "4", "5"]
    assert grade("3", reply, choices=choices).correct
    assert not grade("5", reply, choices=choices).correct
    assert extract_answer("The answer is 12.\nQ: And the next one?\nThe answer is 7.").answer == "12"
    # a line "Question:" starts a question of the reply's own whatever came before: its answer is never read
    unanswered = extract_answer("We count the cubes.\n\nQuestion: how many?\nThe answer is 7.")
    assert unanswered.answer == "We count the cubes" and unanswered.guessed
    # "Q:" may be a point's label: with no answer before it, the reply is read as it is
    assert extract_answer("P: (1, 2)\nQ: (3, 4)\nThe answer is 7.").answer == "7"
    # a reply that opens by restating the question is no continuation
    assert extract_answer("Question: how many cubes?\nThe answer is 7.").answer == "7"


def test_so_choose_in_chinese_is_an_answer_marker():
    """source: GAOKAO-Bench (OpenLMLab), Math II fill-in-the-blank, an official solution ending "... $B=\\frac{3
    \\pi}{4}$. 故选 D." ("so choose D"): it had been taken whole and was unparseable. "故选项A错误" ("so option A
    is wrong") names no answer."""
    solution = "【详解】由题意得 $a=2$, 故选项A错误, 所以 $f(2)=8$. 故选 C."
    found = extract_answer(solution)
    assert (found.answer, found.rule, found.guessed) == ("C", "answer_is", False)
    assert grade("8", solution, choices=["2", "4", "8", "16"]).correct
    assert not grade("2", solution, choices=["2", "4", "8", "16"]).correct
    assert extract_answer("因此选项为（D）", choices=["1", "2", "3", "4"]).answer == "D"
    assert extract_answer("我们选择一个点A, 所以 x = 2").answer != "A"  # 选择 with no "so" before it
    assert extract_answer("由题意得 $a=2$, 故选项A错误.").rule != "answer_is"  # "so option A is wrong"


def test_a_full_stop_set_in_the_math_is_no_part_of_the_answer():
    """source: GAOKAO-Bench, Math I fill-in-the-blank: an official solution ending in display math
    `=6 \\sqrt{3} \\text {. }`; it had been read as `6 \\sqrt{3} \\text{.}`, not equal to the gold."""
    assert grade("6 \\sqrt{3}", "So we get\n$$\nS=6 \\sqrt{3} \\text {. }\n$$").correct
    assert grade("6 \\sqrt{3}", "Thus $6 \\sqrt{3}\\text{.}$").correct
    assert not grade("6 \\sqrt{2}", "So we get\n$$\nS=6 \\sqrt{3} \\text {. }\n$$").correct


def test_a_gold_of_parts_labelled_with_a_full_stop_on_one_line():
    """source: GAOKAO-Bench, Math II fill-in-the-blank: the gold `(1). $-\\frac{1}{2} ; \\quad$ (2). $\\ln 2$.`
    had been unparseable."""
    gold = "(1). $-\\frac{1}{2} ; \\quad$ (2). $\\ln 2$."
    assert grade(gold, "故答案为: $-\\frac{1}{2} ; \\ln 2$.").correct
    assert not grade(gold, "故答案为: $-\\frac{1}{2} ; \\ln 3$.").correct
    assert not grade(gold, "故答案为: $\\ln 2 ; -\\frac{1}{2}$.").correct


def test_how_published_solutions_end_their_answers():
    """source: OlympiadBench's first release (`../shared`), each solution graded against its own gold
    (`scripts/solution_as_response.py`): English_Olympiad_Mathematics 2990 ("the answer is therefore
    $\\mathbf{2 6 2}$"), 2673 (`$\\mathbf{1 1 .}$`), 3014 (the marker ends its line, display math follows),
    English_Olympiad_Physics (`\\tag{17}` in the display), 2870 (`\\binom` typeset as an array)."""
    assert grade("262", "With $T=67$, the answer is therefore $\\mathbf{2 6 2}$.").correct
    assert grade("11", "The answer is $\\mathbf{1 1 .}$").correct
    assert not grade("11", "The answer is $\\mathbf{1 2 .}$").correct
    assert grade("2", "The answer is clearly 2.").correct
    display = "so the final answer is\n\n$$\n\\frac{505 \\alpha}{2 \\pi}=\\frac{\\mathbf{5 0 5}}{\\mathbf{8 0 7 6}} .\n$$"
    assert grade("\\frac{505}{8076}", display).correct
    assert not grade("\\frac{505}{8075}", display).correct
    tagged = "The power is\n$$\nP=G S \\eta=45 \\mathrm{~kW}\n\\tag{17}\n$$"
    assert grade("45", tagged).correct and not grade("17", tagged).correct
    binomial = "Thus there are exactly $\\left(\\begin{array}{c}2 n \\\\ n\\end{array}\\right)$ such labels."
    assert grade("\\binom{2n}{n}", binomial).correct
    assert not grade("\\binom{2n}{n+1}", binomial).correct


def test_a_derivation_that_is_the_replys_only_math_is_read_by_its_last_row():
    """source: OlympiadBench's first release, English_Olympiad_Mathematics 2241 ("... 2 x & =18 \\\\ x & =9
    \\end{aligned}"): the whole environment had been the answer. The last row is a guess."""
    reply = "So\n$$\n\\begin{aligned}\n2 x-2 & =16 \\\\\n2 x & =18 \\\\\nx & =9\n\\end{aligned}\n$$"
    v = grade("9", reply)
    assert v.correct and v.guessed
    assert not grade("18", reply).correct
    one_row = "So\n$$\n\\begin{aligned}\nx & =9\n\\end{aligned}\n$$"
    assert extract_answer(one_row).rule == "math_span"  # one row is no derivation


def test_a_chinese_conclusion_gives_the_math_after_its_copula():
    """source: OlympiadBench's first release, Gaokao_Maths (`scripts/solution_as_response.py`): solutions that
    end "所以，椭圆的方程为\\frac{x^2}{18}+\\frac{y^2}{9}=1." or "即f(x)的单调递增区间为(0,\\frac{1}{e})." had been
    taken whole and were unparseable (correct 2,934 -> 3,731 of 8,941 once read)."""
    reply = "由已知可得b=3，所以a^2=18.所以，椭圆的方程为\\frac{x^2}{18}+\\frac{y^2}{9}=1."
    found = extract_answer(reply)
    assert (found.answer, found.rule, found.guessed) == (
        "\\frac{x^2}{18}+\\frac{y^2}{9}=1",
        "conclusion",
        True,
    )
    that_is = "令f'(x)>0，则0<x<\\frac{1}{e}，即f(x)的单调递增区间为(0,\\frac{1}{e})."
    assert grade("(0,\\frac{1}{e})", that_is).correct
    assert extract_answer(that_is).rule == "conclusion"  # 即 ("that is") opens the conclusion
    assert grade("\\frac{2\\pi}{3}", "因为 0<A<\\pi ，所以 A=\\frac{2\\pi}{3}。").correct
    assert not grade("\\frac{\\pi}{3}", "因为 0<A<\\pi ，所以 A=\\frac{2\\pi}{3}。").correct
    # words after the copula's math make it no value (a guess stays conservative): the reply as it was read
    assert extract_answer("所以最小值是\\frac{1}{2}，此时x=1").rule != "conclusion"


def test_chinese_prose_set_whole_in_math_is_read_as_text():
    """source: OlympiadBench's first release, Gaokao_Maths (`scripts/solution_as_response.py`): solutions set
    whole in `$...$` had been one math span, decided and unparseable (or, for a proof, an "answer"), 186 of
    them against a gold they could not parse. Read as text, the conclusion or the last clause's math is
    the answer, and it is a guess."""
    reply = "$由(1)知，平面BEF的法向量为n=(1,1,2)，\\therefore 点D到平面BEF的距离d=\\frac{|\\overrightarrow{BD}\\cdot n|}{|n|}=\\frac{2\\sqrt{6}}{3}$"
    v = grade("\\frac{2\\sqrt{6}}{3}", reply)
    assert v.correct and v.guessed and v.rule == "last_line"
    assert not grade("3", reply).correct  # the fraction's denominator is no reading
    conclusion = "$因为a=2，所以AB的长为\\frac{5}{7}.$"
    found = extract_answer(conclusion)
    assert (found.answer, found.rule, found.guessed) == ("\\frac{5}{7}", "conclusion", True)
    # a subscript in Chinese is part of the math, not a clause break: the last clause is read, not the whole
    subscript = "$由题意，\\therefore V_{三棱锥C-BDC_{1}}=\\frac{1}{3}\\times 8=\\frac{8}{3}$"
    assert grade("\\frac{8}{3}", subscript).correct
    assert last_math_clause("因为a=2，所以V_{三棱锥}=6") == "V_{三棱锥}=6"
    assert grade("6", "$因为a=2，所以V_{三棱锥}=6$").extracted == "V_{三棱锥}=6"
    # ... also where the reply is too long to be taken whole: the clause, not the last number 4 of 4\\pi
    long = "$由题意，底面积S=12，高h=3，\n\\therefore V_{四棱锥P-ABCD}=\\frac{1}{3}\\times 12\\pi=4\\pi$"
    assert grade("4\\pi", long).correct
    # one sentence of the reply set in math (OlympiadBench Gaokao_Physics 8825), and a direction after the
    # value (Gaokao_Physics 7456): the last clause that is math
    partial = "P到Q的过程，由动能定理有\n\n$qEL-mgL=0$\n\n又$W_{PQ}=qEL$\n\n$代入数据解得U_{PQ}=\\frac{W_{PQ}}{-q}=-\\frac{mgL}{q}，电势P点较高.$"
    assert grade("-\\frac{mgL}{q}", partial).correct and not grade("\\frac{mgL}{q}", partial).correct
    direction = "$由题意，支持力F=2\\sqrt{2}mg，\n由牛顿第三定律得F_D = F = 2\\sqrt{2}mg ,方向竖直向下$"
    assert grade("2\\sqrt{2}mg", direction).correct and not grade("\\sqrt{2}mg", direction).correct
    # Chinese only in a text macro is a unit: the span is math, read as before
    assert "prose set in math" not in extract_answer("$20\\text{平方厘米}$").reason


def test_a_chinese_sentence_taken_whole_is_a_guess():
    """Two words of prose make a sentence in any language: a Chinese sentence taken whole is guessed, as
    "the value is large" is (it had been decided: Chinese has no spaces for the word count to see)."""
    v = grade("平面ADD'A'", "与平面BC'平行的平面有平面ADD'A'.")
    assert v.rule == "whole" and v.guessed and not v.correct
    assert not extract_answer("平面").guessed  # one word is an answer, not a sentence


def test_a_number_that_is_an_argument_is_no_number_of_its_own():
    """A reply that is display math with no words ("\\[ AB\\perp BC, \\therefore d=\\frac{1}{41} \\]") had been
    read by its last number, the 41 of the fraction, and accepted for a gold 41. A number in a fraction or
    root gives that fraction or root whole; one in an exponent is passed over."""
    reply = "\\[\nAB\\perp BC,\\quad \\therefore d=\\frac{1}{41}\n\\]"
    assert not grade("41", reply).correct
    assert grade("\\frac{1}{41}", reply).correct
    # (that display is now read as the math that holds the last number; plain text needs the rule)
    plain = "We check the two lines first.\nThey are skew, so the distance is found.\nTherefore d = \\frac{1}{41} for them"
    assert not grade("41", plain).correct
    assert grade("\\frac{1}{41}", plain).correct
    assert extract_answer("so we get it: \\[ x = 2\\sqrt{17} \\]\nand that was all, folks").answer != "17"
    assert extract_answer("the area is then 4k cm^{2} once you count them all, I think").answer != "2"
    # a number in a formatting command's group is the number itself (OlympiadBench English 2738's ending)
    bold = (
        "We compute it step by step.\n\nThe product of all the values is 10^{8}, so y=\\mathbf{8} in the end."
    )
    assert extract_answer(bold).answer == "8"
    # (`\\mathbf{8}` is now also joined as bold digits; another formatting command is not)
    assert extract_answer(bold.replace("\\mathbf", "\\boldsymbol")).answer == "8"


def test_a_chinese_sentence_states_its_one_number():
    """The Chinese form of "There are 3 bars ...": a one-sentence reply whose one number sits against the
    words ("所以一共有5个苹果。", which had been taken whole and was unparseable) is that number, guessed;
    a bound before or after it ("至少需要5个", "5个以上") makes it no answer."""
    v = grade("5", "所以一共有5个苹果。")
    assert v.correct and v.guessed and v.rule == "sentence_number"
    assert not grade("4", "所以一共有5个苹果。").correct
    assert grade("20347", "答：这个屋顶大约需要20 347朵鲜花.").correct
    assert not grade("5", "所以至少需要5个。").correct
    assert not grade("5", "图中共有5个以上的三角形").correct
    assert not grade("5", "3月5日出发去北京").correct  # two numbers: no one stated value


def test_runs_of_spaces_are_one_space_in_non_ascii_replies_too():
    """`plain_spaces` writes a run of spaces inside a line as one space whether or not the reply holds a
    non-ASCII character (a no-break space, `√`, Chinese); a line's indentation is kept."""
    from mmeval.verifiers.extraction.normalize import plain_spaces

    assert plain_spaces("答案是  12   厘米") == "答案是 12 厘米"
    assert plain_spaces("x =\u00a0 5") == "x = 5"
    assert plain_spaces("√2  is\n    the side") == "√2 is\n    the side"
    assert plain_spaces("（Ｃ）  ok") == "(C) ok"


def test_a_bold_letter_after_the_correct_option_is_decided():
    """ "The correct option is **C**." had been read only by the last-line scan (a guess, sent to a judge in the
    cascade); "The answer is **C**." was decided. The bold after "the correct option/choice is" is the same
    marker's answer."""
    from mmeval.verifiers import extract_answer

    choices = ["30°", "45°", "60°", "90°"]
    for reply in (
        "The correct option is **C**.",
        "The correct choice is **(C)**.",
        "The correct option is C.",
    ):
        ext = extract_answer(reply, choices=choices)
        assert (ext.answer, ext.guessed) == ("C", False), (reply, ext)


def test_a_final_answer_heading_then_display_math_on_its_own_lines():
    """ "### Final Answer\\n$$\\n12\\n$$" had been read as no answer (the marker took the newline, and the display's
    first `$$` was read as the answer); with `\\[ \\]` it was unparseable. The display block is the answer."""
    from mmeval.verifiers import extract_answer

    for reply in ("Sum.\n### Final Answer\n$$\n12\n$$", "Sum.\n\n## Final Answer\n\n\\[\n12\n\\]"):
        ext = extract_answer(reply)
        assert (ext.answer.strip(), ext.rule, ext.guessed) == ("12", "final_answer", False), (reply, ext)


def test_a_short_reply_that_rejects_its_last_value_answers_the_one_it_keeps():
    """ "Thus $x = 3$ or $x = -3$ (rejected)." had been taken whole, a guess graded incorrect for 3 (the Chinese
    "(舍去)" was read only after Chinese words). The value the reply keeps is its answer, decided; the rejected
    one, or both, are not."""
    from mmeval.verifiers import grade

    for reply in ("Thus $x = 3$ or $x = -3$ (rejected).", "So x = 3 or x = -3 (not valid since x > 0).",
                  "Solving, $x=3$ or $x=-3$ (舍去)"):  # fmt: skip
        v = grade("3", reply)
        assert v.correct and not v.guessed, (reply, v)
        assert not grade("-3", reply).correct and not grade("3, -3", reply).correct


def test_a_one_line_reply_ending_on_a_plain_text_root_pi_or_fraction():
    """A reply with no math delimiters that ends on a root, pi or a fraction after its copula ("The distance is
    2√5.", "It equals 5π/6.", "The area is π cm².") had been taken whole, a sentence compared with the gold ("It
    equals 5/6." was even a decided reject: "It" is too short to count as a word of prose). The value is its
    answer, decided, as "The distance is $2\\sqrt{5}$." is; words after it that are no unit, or a number left
    before it, leave the reading to the other rules."""
    cases = [
        ("2\\sqrt{5}", "The distance is 2√5."),
        ("\\frac{5\\pi}{6}", "It equals 5π/6."),
        ("\\frac{5}{6}", "It equals 5/6."),
        ("\\frac{2\\sqrt{3}}{3}", "It equals 2√3/3."),
        ("\\pi", "The area is π."),
        ("\\pi", "The area is π square units."),
        ("3\\sqrt{2}", "The length is 3√2 cm."),
        ("\\frac{\\pi}{3}", "The angle is \\frac{\\pi}{3}."),
        ("\\frac{3\\sqrt{7}}{2}", "It is \\frac{3\\sqrt{7}}{2} units."),
    ]
    for gold, reply in cases:
        v = grade(gold, reply)
        assert v.correct and not v.guessed and v.rule == "math_span", (reply, v)
    assert not grade("2\\sqrt{5}", "The distance is 3√5.").correct
    assert not grade("5", "The distance is 2√5.").correct
    ext = extract_answer(
        "It is 1/2 of the total."
    )  # "of the total" is no unit: the sentence's number, a guess
    assert ext.rule != "math_span" and ext.guessed
    assert grade("3\\sqrt{2}", "Side 2 is 3√2.").correct  # (a number of the subject's name is no value)
    # a value stated before it: two values, not the one the sentence states
    assert extract_answer("Since AB is 4, BC is 2√3.").rule != "math_span"


def test_a_root_or_pi_over_a_number_is_one_value_not_its_denominator():
    """ "The answer is 5π/6 square units." had been read as 6 and "2√3/3 square units" as `3/3`: the words after
    the value made the anchor's text a sentence, whose last number was the denominator. A value before units with
    no name is the value with them (the comparison drops the units), and a plain-text fraction of a root or pi is
    one value wherever the last number is read."""
    for gold, reply in [
        ("\\frac{5\\pi}{6}", "The answer is 5π/6 square units."),
        ("\\frac{2\\sqrt{3}}{3}", "The answer is 2√3/3 square units."),
        ("\\frac{5\\pi}{6}", "We work through the cases one by one.\nSo the angle is 5π/6 and that is it"),
    ]:
        assert grade(gold, reply).correct, reply
        assert not grade("6" if "π" in reply else "3", reply).correct
    assert not grade("12", "The answer is 5π/6 square units.").correct
    # an expression before units with no name is read whole, not by its last number (`2x+1` had been read as 1)
    assert grade("2x+1", "The answer is 2x+1 square units.").correct
    assert grade("\\frac{\\sqrt{3}}{4}a^2", "The answer is \\frac{\\sqrt{3}}{4}a^2 square units.").correct
    assert not grade("1", "The answer is 2x+1 square units.").correct


def test_a_letter_then_its_reason_is_that_letter():
    """ "The answer is B, since A is too small." had been graded incorrect for B, decided: the reason names another
    letter, and a letter followed by other letters had been read as several options. With options whose texts
    are values, "The answer is B, since 3 is too small." was read as option A (the reason's 3), and a whole reply
    "E, given that 3 does not fit." as its 3. A reason after the letter ("since", "because", "as", "given
    that", "whereas") is about other options; the letter is the answer, decided. Offering another ("B or C")
    is still a hedge."""
    choices = ["3", "4", "5", "6", "7"]
    for reply in ("The answer is B, since A is too small.", "The answer is B because option A is too small.",
                  "The answer is B, since 3 is too small.", "B, given that 3 does not fit.",
                  "The answer is B since A is too small.", "The answer is B, whereas A would be too small."):  # fmt: skip
        for options in (choices, None):
            v = grade("B", reply, choices=options)
            assert v.correct and not v.guessed, (reply, options, v)
            assert not grade("A", reply, choices=options).correct
    assert not grade("B", "The answer is B or A, since both fit.", choices=choices).correct
    assert not grade("B", "B, since A is wrong, but actually C.", choices=choices).correct  # taken back
    assert not grade("B", "The answer is B, as well as A.", choices=choices).correct


def test_a_last_line_letter_then_its_reason_is_that_letter():
    """A worked reply whose last line is "B, since A is too small." had been read as naming two options (B and A);
    the letter before the reason is the last line's option (a guess, as every last-line letter is)."""
    reply = "Let me compare the sizes of the options.\nB, since A is too small."
    for options in (["3", "4", "5", "6"], None):
        v = grade("B", reply, choices=options)
        assert v.correct and v.guessed, v
        assert not grade("A", reply, choices=options).correct


def test_a_total_or_a_remainder_after_a_comma_is_the_sentences_count():
    """ "There are 7 red and 5 blue, 12 in total." had been read as 7 (the count after "there are"), and "After
    removing 3 objects, 12 remain." taken whole: a total ("in total", "altogether", "making 12", "for a total
    of 12") or a remainder ("12 remain", "12 are left") after a comma concludes the sentence, as "..., so 12"
    does. Still a guess: a sentence's number always is."""
    for reply in ("There are 7 red and 5 blue, 12 in total.", "After removing 3 objects, 12 remain.",
                  "There are 7 red balls and 5 blue balls, making 12.", "I see 7 cats and 5 dogs, twelve animals altogether.",
                  "There are 7 red balls and 5 blue balls, for a total of 12 balls."):  # fmt: skip
        v = grade("12", reply)
        assert v.correct and v.guessed, (reply, v)
        assert not grade("7", reply).correct and not grade("3", reply).correct


def test_a_chinese_value_then_the_condition_it_holds_under():
    """ "最小值为2，此时x=1。" ("the minimum is 2, at which x = 1") had been read as its last number, 1: a guessed
    false accept for the gold 1. The value before the condition is the answer, as in English ("So the minimum is 2
    when x = 1.")."""
    for reply in ("最小值为2，此时x=1。", "所以f(x)的最大值是2，当x=5时"):
        assert grade("2", reply).correct, reply
        assert not grade("1" if "x=1" in reply else "5", reply).correct


def test_pi_alone_after_a_chinese_lead_in_is_the_answer():
    """ "面积是π" ("the area is π") had been taken whole and was unparseable, decided: a lone π was no math to the
    Chinese lead-in reading, though "面积是2π" was read. It is the answer now (a guess, as the lead-in reading is)."""
    for reply in ("面积是π", "所以面积为π。"):
        v = grade("\\pi", reply)
        assert v.correct and v.guessed, (reply, v)
        assert not grade("2\\pi", reply).correct


def test_an_answer_marker_inside_its_own_brackets():
    """ "(The answer: 12)" had been read as `12)`, which did not parse (a decided unparseable reply): the bracket that
    closes the marker's own bracket is no part of the answer. An interval keeps its closing bracket."""
    for reply in ("We add them up.\n(The answer: 12)", "[Answer: 12]", "We add them up (final answer: 12)."):
        v = grade("12", reply)
        assert v.correct and not v.guessed, (reply, v)
    assert grade("[0,1)", "The answer is [0, 1).").correct
    assert grade("(0,1]", "(The answer is (0, 1].)").correct
    assert not grade("[0,1]", "The answer is [0, 1).").correct


def test_a_qualifier_after_the_value_is_no_part_of_it():
    """ "The answer is 12 (exact)." and "The answer is 12, rounded." had been decided rejects for 12 (words after the
    value), "[to 2 s.f.]" made it unparseable, and "0.33, to 2 significant figures" was read as its 2. A qualifier of
    precision or form after the value, in brackets or after a comma, is dropped; another value is still wrong."""
    for gold, reply in [("12", "The answer is 12 (exact)."), ("12", "The answer is 12, rounded."),
                        ("12", "The answer is 12 [to 2 s.f.]."), ("0.33", "The answer is 0.33, to 2 significant figures."),
                        ("3.14", "3.14 (to 2 d.p.)"), ("\\frac{1}{2}", "The answer is 1/2 (in simplest form).")]:  # fmt: skip
        v = grade(gold, reply)
        assert v.correct and not v.guessed, (reply, v)
    assert not grade("2", "The answer is 0.33, to 2 significant figures.").correct
    assert not grade("13", "The answer is 12 (rounded to the nearest integer).").correct


def test_options_labelled_with_their_own_letters():
    """Options given with their letters ("(A) 5", "(B) 6" or "A. 5 cm") had been compared whole, so the answer "6"
    matched no option (a decided reject, or an unparseable gold). When every option opens with its own letter in
    order, the letters are dropped and the texts compared; another value is still another option."""
    for choices in (["(A) 5", "(B) 6", "(C) 7"], ["A. 5", "B. 6", "C. 7"], ["A: 5 cm", "B: 6 cm", "C: 7 cm"]):
        for reply in ("6", "The answer is 6.", "B", "(B) 6"):
            v = grade("B", reply, choices=choices)
            assert v.correct and not v.guessed, (choices, reply, v)
        assert not grade("B", "7", choices=choices).correct
    assert extract_answer("The answer is 6.", choices=["(A) 5", "(B) 6"]).answer == "B"
    assert grade(
        "6", "The answer is (B).", choices=["(A) 5", "(B) 6"]
    ).correct  # the gold as the option's text
    assert grade_answer("B", "6", choices=["(A) 5", "(B) 6"]).correct
    assert not grade(
        "B", "6", choices=["(A) 5", "(C) 6", "(B) 7"]
    ).correct  # labels out of order: kept as text


def test_an_extremum_set_apart_then_where_it_occurs():
    """ "Its minimum, 2, occurs at x = 1." had been read as its last number, 1 (a guessed false accept for the gold
    1): the value set apart after the extremum is the answer, and the condition after "occurs at" / "is attained
    at" is where it holds."""
    for reply in ("Its minimum, 2, occurs at x = 1.", "The maximum value, 2, is attained at x = 5."):
        assert grade("2", reply).correct, reply
        assert not grade("1" if "x = 1" in reply else "5", reply).correct


def test_the_other_root_rejected_in_a_clause_of_its_own():
    """ "x = 3 (the other root, 5, is extraneous)" and "x = 3; the other root x = 5 is rejected." had been taken whole
    (a guess, graded incorrect for 3), and "x = 3 is the only solution." too: the value the reply keeps is its
    answer, decided; the rejected one, or both, are not."""
    for reply in ("x = 3 (the other root, 5, is extraneous)", "x = 3; the other root x = 5 is rejected.",
                  "x = 3 is the only solution.", "Thus x = 3 is the unique solution."):  # fmt: skip
        v = grade("3", reply)
        assert v.correct and not v.guessed, (reply, v)
        assert not grade("5", reply).correct and not grade("3, 5", reply).correct
    assert not grade("3", "x = 3; the other root x = 5 is also valid.").correct


def test_answer_labels_in_french_and_german():
    """ "Réponse : 12" and "Antwort: 12" closing a worked reply had been last-line guesses; they are answer markers,
    as "Ответ: 12" and "Đáp án: 12" are, so the value after them is decided."""
    for reply in ("On calcule 3 fois 4, soit 7 de plus.\nRéponse : 12", "Wir rechnen 3 mal 4.\nAntwort: 12"):
        v = grade("12", reply)
        assert v.correct and not v.guessed and v.rule == "answer_is", (reply, v)
        assert not grade("7", reply).correct


def test_a_part_of_the_count_that_remains_is_no_total():
    """ "There are 7 cars, 2 of which remain parked." states 7 cars; "2 of which remain" is a part of them, not a
    remainder after a comma that concludes the sentence (as "After removing 3, 12 remain." does)."""
    assert grade("7", "There are 7 cars, 2 of which remain parked.").correct
    assert not grade("2", "There are 7 cars, 2 of which remain parked.").correct


def test_a_value_the_reply_denies_is_no_decided_reading():
    """ "The distance is not $2\\sqrt{5}$.", "It cannot be 2√5." and "The solution is not x = 3." had been read as the
    value or relation they deny, decided, and graded correct for it: the one-math-span, plain-text value and plain-text
    relation readings skip a reply that negates before its math. Such a reply is no decided accept (at most a guess,
    which the cascade sends to the judge); the same replies without the negation are still decided."""
    for gold, reply in [("2\\sqrt{5}", "The distance is not $2\\sqrt{5}$."), ("3", "It cannot be $3$."),
                        ("2\\sqrt{5}", "It cannot be 2√5."), ("2\\sqrt{5}", "The distance could not be 2√5."),
                        ("x=3", "The solution is not x = 3."), ("y=2x+1", "The line cannot be y = 2x + 1.")]:  # fmt: skip
        v = grade(gold, reply)
        assert not (v.correct and not v.guessed), (reply, v)
        plain = (
            reply.replace(" not", "").replace("cannot", "can").replace("could", "is").replace("can be", "is")
        )
        w = grade(gold, plain)
        assert w.correct and not w.guessed, (plain, w)


def test_a_letter_taken_back_by_actually_its():
    """ "The answer is B. Actually, it's C." had been read as B, decided: the take-back's own "it's" was the restating
    words the letter search looked for after it. It answers C now; "Actually, it's a trick" or "Actually, it's easy
    to check: 5+1=6." restate nothing (the latter had been read as its 6, a guess)."""
    choices = ["3", "4", "5"]
    assert grade("C", "The answer is B. Actually, it's C.", choices=choices).correct
    assert not grade("B", "The answer is B. Actually, it's C.", choices=choices).correct
    assert grade("B", "The answer is B. Actually, it's a trick: A fails.", choices=choices).correct
    v = grade("5", "The answer is 5. Actually, it's easy to check: 5+1=6.")
    assert v.correct and not v.guessed, v
    assert grade("6", "The answer is 5. Actually, it is $6$.").correct


def test_a_named_point_stated_in_plain_text():
    """ "The point is P(2, 3).", "The intersection point is P_1(2, 3)." and "P is located at (2,3)." had been taken
    whole, sentences compared with the coordinates: the point is read, its name kept (a named point equals its
    coordinates), decided. An interval keeps no name."""
    for reply in ("The point is P(2, 3).", "The intersection point is P_1(2, 3).", "P is located at (2,3).",
                  "The point is located at P(2, 3)."):  # fmt: skip
        v = grade("(2,3)", reply)
        assert v.correct and not v.guessed, (reply, v)
        assert not grade("(3,2)", reply).correct
    assert not grade("[2,3]", "The interval is P[2, 3].").correct


def test_both_and_either_open_a_pair():
    """ "Both 3 and 5." and "Either 3 or 5." had been compared whole and graded wrong for `3, 5` ("3 and 5" was
    right): the word that opens the pair adds no item. One of the two alone is still no answer to it."""
    for reply in ("Both 3 and 5.", "Either 3 or 5.", "The answer is both 3 and 5."):
        assert grade("3, 5", reply).correct, reply
        assert not grade("3", reply).correct and not grade("3, 5, 7", reply).correct, reply


def test_a_ratio_stated_in_words():
    """ "The ratio of boys to girls is 2 to 3." had been read as its last number, 3 (a guess): a sentence that names
    a ratio and ends "a to b" states the ratio `a:b`, decided; "from 2 to 3" names no ratio, and a denied ratio is
    not read."""
    v = grade("2:3", "The ratio of boys to girls is 2 to 3.")
    assert v.correct and not v.guessed, v
    assert grade("\\frac{2}{3}", "They are in a ratio of 2 to 3.").correct
    assert not grade("3", "The ratio of boys to girls is 2 to 3.").correct
    assert not grade("3:2", "The ratio of boys to girls is 2 to 3.").correct
    for denied in ("The ratio is not 2 to 3.", "The ratio cannot be 2 to 3."):
        v = grade("2:3", denied)
        assert not (v.correct and not v.guessed), (denied, v)


def test_parts_after_circled_labels():
    """ "① 2 ② 3" had been cleaned to the digits `1 2 2 3` (the circled labels read as numbers): its parts are read
    under their labels, in order, as "(1) 2 (2) 3" is."""
    assert grade("2, 3", "① 2 ② 3").correct
    assert grade("(1) 2\n(2) 3", "①2；②3").correct
    assert not grade("(1) 3\n(2) 2", "① 2 ② 3").correct


def test_a_reply_that_opens_with_its_value_then_explains_it():
    """ "12\n\nExplanation: there are 3 rows with 4 dots in each row." and "12. There are 3 rows of 4 dots." had been
    read by their last numbers (4, 3): a reply that opens with a bare value alone and then explains it is read by
    that value, a guess (`first_line`). Not when the explanation concludes with a value of its own or takes the first
    back, nor a numbered list's first label, nor a solution's first step on one line."""
    for reply in ("12\n\nExplanation: there are 3 rows with 4 dots in each row.", "12. There are 3 rows of 4 dots.",
                  "12 dots\nThere are 3 rows of 4 dots each in the picture."):  # fmt: skip
        v = grade("12", reply)
        assert v.correct and v.guessed and v.rule == "first_line", (reply, v)
        assert not grade("4", reply).correct and not grade("3", reply).correct
    assert grade("13", "12\nThere are 3 rows of 4 dots, so the total is 13.").correct
    assert grade("13", "12\nWait, I see one more dot than I counted: 13 dots.").correct
    assert extract_answer("1. Count the rows.\n2. Count the dots in each row.").rule != "first_line"
    assert (
        extract_answer("1.\nCount the rows in the picture.\n2.\nCount the dots in each row.").rule
        != "first_line"
    )
    assert grade("12", "12\n- there are 3 rows\n- each row has 4 dots").correct  # (bullets explain)
    assert extract_answer("1. First, we count the dots in each row.").rule != "first_line"
    # with options: the opening value's option, not one the explanation names
    for reply in (
        "4\n\nExplanation: 3 is too small and 5 is too big.",
        "4\n\nExplanation: option C (5) is too big.",
    ):
        assert grade("B", reply, choices=["3", "4", "5"]).correct, reply


def test_a_relation_in_words_after_its_name():
    """ "x is greater than 2", "all x at least 2" had been words compared with `x > 2` (sympy read a product of
    letters), and "The answer is x is less than 3." had been read as its 3, decided: a relation in words after a
    one-letter name is the relation in signs, read whole. Its strictness, direction and bound still count; "less than
    12" with no name states no value."""
    for gold, reply in [("x > 2", "x is greater than 2"), ("(2, \\infty)", "all x greater than 2"),
                        ("x \\geq 2", "x is at least 2"), ("a \\leq 5", "a is no more than 5"),
                        ("x < 3", "The answer is x is less than 3."), ("x \\neq 0", "x is not equal to 0")]:  # fmt: skip
        assert grade(gold, reply).correct, (gold, reply)
    assert not grade("3", "The answer is x is less than 3.").correct
    assert (
        not grade("x \\geq 2", "x is greater than 2").correct
        and not grade("x < 2", "x is greater than 2").correct
    )
    assert (
        not grade("x < 3", "x is less than -3").correct
        and not grade("12", "The answer is less than 12.").correct
    )


def test_two_values_that_both_work():
    """ "Both 3 and 5 work." had been taken whole, a sentence against `3, 5`: values a sentence opens with, then says
    work or satisfy the question, are its answer list (as "3 and 5 are the solutions." is)."""
    for reply in ("Both 3 and 5 work.", "3 and 5 both satisfy the equation.", "3 and 5 are valid."):
        assert grade("3, 5", reply).correct, reply
        assert not grade("3", reply).correct and not grade("3, 5, 7", reply).correct, reply
    assert not grade("3", "3 and 5 don't work.").correct


def test_one_value_offered_tentatively():
    """ "Maybe 12." had been taken whole, a decided reject for 12 ("I'm not sure, maybe 12?" was read as 12): a
    one-value reply that hedges its one value is read by that value, a guess. Two values offered are still a hedge."""
    for reply in ("Maybe 12.", "Probably 12", "I think 12?", "Perhaps, 12."):
        v = grade("12", reply)
        assert v.correct and v.guessed, (reply, v)
        assert not grade("13", reply).correct
    assert not grade("12", "Maybe 12 or 13.").correct


def test_a_reply_that_cannot_help_declines():
    """ "Sorry, I can't help with images of people yet." (Bard) and "I cannot assist with this problem" had been taken
    whole as answers; they decline to answer (`no_answer`). Not helping to notice something is no refusal."""
    for reply in (
        "Sorry, I can't help with images of people yet.",
        "I'm sorry, but I cannot assist with this problem.",
    ):
        assert grade("12", reply).status.value == "no_answer", reply
    assert grade("12", "I can't help noticing that there are 12 dots.").correct


def test_a_sentence_that_lists_pairs():
    """ "The solutions are (2, 3) and (4, 5)." had been taken whole (unparseable, a guess): the pairs a sentence lists
    after its copula are its answer list, as its numbers are; one pair alone, or a changed pair, is not it."""
    for reply in ("The solutions are (2, 3) and (4, 5).", "The points are $(2, 3)$ and $(4, 5)$."):
        assert grade("(2,3),(4,5)", reply).correct, reply
        assert not grade("(2,3)", reply).correct and not grade("(2,3),(4,6)", reply).correct, reply


def test_an_opening_number_before_a_capital_word_is_no_answer():
    """On one line, a value opens the reply as its answer only as a sentence of its own ("12. There are ..."): "3 Apples
    are red and 2 are green." is a sentence that starts with a count, not an answer then its explanation."""
    assert extract_answer("3 Apples are red and 2 are green.").rule != "first_line"
    assert extract_answer("12. There are 3 rows of 4 dots.").rule == "first_line"


def test_one_quantity_in_parts_inside_a_sentence():
    """ "He is 5 feet 6 inches tall." and "The trip takes 2 h 30 min in total." had been taken whole (two numbers, words
    after them): one quantity in parts, the sentence's only numbers, is read with words after it too (a guess). A bound
    before it, another number in the sentence, or parts that are no one quantity ("3 dogs and 12 cats") are not."""
    for gold, reply, read in [("66", "He is 5 feet 6 inches tall.", "5 feet 6 inches"),
                              ("150", "The trip takes 2 h 30 min in total.", "2 h 30 min"),
                              ("138", "It takes 2 minutes, 18 seconds in all.", "2 minutes, 18 seconds")]:  # fmt: skip
        v = grade(gold, reply)
        assert v.correct and v.guessed and v.extracted == read, (reply, v)
    for reply in ["He is at least 5 feet 6 inches tall.", "He is 5 feet 6 inches tall and 30 years old.",
                  "I see 3 dogs and 12 cats.", "At 30 he is 5 feet 6 inches tall."]:  # fmt: skip
        assert grade("66" if "feet" in reply else "12", reply).extracted == reply.rstrip("."), reply
    assert grade("95", "1 h 35 min").rule == "whole"  # the quantity alone is read as it was


def test_a_count_with_its_scale_word():
    """ "There are 2 million people." and "There are two dozen eggs." had been read as their 2: the scale word after a
    count is part of it (a dozen is 12), as it is after "the answer is"."""
    assert grade("2000000", "There are 2 million people.").correct
    assert grade("24", "There are two dozen eggs.").correct and grade("36", "The answer is 3 dozen.").correct
    assert not grade("24000", "There are two dozen eggs.").correct
    assert grade("5", "There are 5 eggs.").extracted == "5"


def test_a_currency_sign_in_a_sentence_is_no_math():
    """ "It costs $12." had been taken whole (a decided reject) and "Tom has $12 left." too: one `$` before a digit is a
    currency sign, not the start of math, so the sentence states its amount. Two amounts are still no one value."""
    for reply in ["It costs $12.", "Tom has $12 left.", "She spent $12 on books."]:
        v = grade("12", reply)
        assert v.correct and v.extracted == "12", (reply, v)
    assert not grade("13", "Tom has $12 left.").correct
    assert not grade("12", "It costs $12 and $3.").correct


def test_sq_ends_no_sentence():
    """ "The area is 12 sq. units." had been two sentences, taken whole: "sq." ends none."""
    assert grade("12", "The area is 12 sq. units.").extracted == "12"


def test_a_range_in_words_is_its_interval():
    """ "x is between 1 and 3" and "x ranges from 1 to 3" had been words against an interval, and "all real numbers less
    than 2" words against a half-line: a range in words is its double inequality, strict after "between" unless it
    says "inclusive", closed after "from ... to"; all real numbers with a relation are that relation."""
    for gold, reply in [("(1, 3)", "x is between 1 and 3"), ("[1, 3]", "x ranges from 1 to 3"),
                        ("[1, 3]", "x lies between 1 and 3 (inclusive)"), ("(-\\infty, 2)", "all real numbers less than 2"),
                        ("[-2, 5]", "The answer is t is between -2 and 5 inclusive.")]:  # fmt: skip
        assert grade(gold, reply).correct, (gold, reply)
    for gold, reply in [("[1, 3]", "x is between 1 and 3"), ("(1, 3)", "x ranges from 1 to 3"),
                        ("(1, 4)", "x is between 1 and 3"), ("[2, \\infty)", "all real numbers less than 2")]:  # fmt: skip
        assert not grade(gold, reply).correct, (gold, reply)


def test_words_before_a_number_that_change_its_value():
    """ "It is twice 3.", "The answer is the reciprocal of 2.", "The answer is one fifth of 5." and "The answer is 2 to
    the power of 3." had been read as their last number (graded correct for 3, 2, 5 and 3): a number right after an
    operation on it or a share of it is no value of the reply. "The cube root of 2" had been read as the square
    root."""
    for gold, reply in [("3", "It is twice 3."), ("2", "The answer is the reciprocal of 2."),
                        ("5", "The answer is one fifth of 5."), ("3", "The answer is 2 to the power of 3."),
                        ("12", "It is half of 12."), ("4", "So the value is 3 times 4."), ("50", "The answer is 20% of 50."),
                        ("2", "The answer is the negative of 2.")]:  # fmt: skip
        assert not grade(gold, reply).correct, (gold, reply)
    assert grade("\\sqrt[3]{2}", "It is the cube root of 2.").correct
    assert grade("\\sqrt{2}", "It is the square root of 2.").correct
    assert not grade("\\sqrt{2}", "It is the cube root of 2.").correct
    assert grade("12", "There are 12 apples.").correct  # (a number with no such word is still read)
    # the operation in words is read as the value it names (`comparison.forms.operation_in_words`)
    for gold, reply in [("6", "It is twice 3."), ("\\frac{1}{2}", "The answer is the reciprocal of 2."),
                        ("1", "The answer is one fifth of 5."), ("8", "The answer is 2 to the power of 3."),
                        ("6", "It is half of 12."), ("12", "So the value is 3 times 4."), ("10", "The answer is 20% of 50."),
                        ("-2", "The answer is the negative of 2."), ("9", "The area is the square of 3.")]:  # fmt: skip
        assert grade(gold, reply).correct, (gold, reply)
    assert not grade("7", "twice 3").correct and not grade("x", "the reciprocal of x").correct


def test_a_connective_then_the_value_alone():
    """ "Therefore, 12." and "So 12" had been taken whole, a decided reject: a connective, then the value alone, is
    that value. A connective before words ("So 12 apples.") is still read as a sentence."""
    for reply in ["Therefore, 12.", "So 12", "Hence 12.", "Thus, $12$."]:
        v = grade("12", reply)
        assert v.correct and not v.guessed, (reply, v)
    assert not grade("13", "Therefore, 12.").correct
    assert grade("12", "So 12 apples.").rule == "sentence_number"


def test_minus_or_negative_before_a_number():
    """ "The temperature is minus 5 degrees." and "The answer is minus 5 degrees." had been read as 5 (graded correct
    for 5): "minus" or "negative" right before a number is its sign."""
    for reply in ["The temperature is minus 5 degrees.", "The answer is minus 5 degrees.", "It is negative 5.",
                  "We simplify it.\nSo the value is minus 5."]:  # fmt: skip
        assert grade("-5", reply).correct and not grade("5", reply).correct, reply


def test_a_dash_or_an_arrow_as_the_answer_label():
    """ "Answer - 12" and "=> 12" had been taken whole (a decided reject): a dash after the answer label, or an arrow
    alone, opens the answer as a colon does."""
    for reply in ["Answer - 12", "Final answer – 12", "=> 12", "→ 12"]:
        assert grade("12", reply).correct and not grade("13", reply).correct, reply


def test_yes_and_no_in_other_words():
    """ "Absolutely." and "Not at all." had been taken whole against a Yes/No question's options: they say yes and no."""
    for reply, letter in [
        ("Absolutely.", "A"),
        ("Of course!", "A"),
        ("Not at all.", "B"),
        ("Certainly not.", "B"),
    ]:
        assert grade(letter, reply, choices=["Yes", "No"]).correct, reply
        assert not grade("AB".replace(letter, ""), reply, choices=["Yes", "No"]).correct, reply


def test_an_elliptical_yes_or_no():
    """ "It is not." and "It doesn't." had been taken whole and compared as math (a decided reject for a gold "No"): a
    pronoun and the question's auxiliary, alone, answer yes or no, with options and without; an opening yes or no
    that says the other, or a value after the verb, makes it no yes or no."""
    for reply, said in [
        ("It is not.", "No"),
        ("It doesn't.", "No"),
        ("They are.", "Yes"),
        ("There aren't", "No"),
    ]:
        other = "Yes" if said == "No" else "No"
        assert grade(said, reply).correct and not grade(other, reply).correct, reply
        for gold, wrong in [
            (f"$\\text{{{said}}}$", f"$\\text{{{other}}}$"),
            ("是否"[said == "No"], "是否"[said == "Yes"]),
        ]:
            assert grade(gold, reply).correct and not grade(wrong, reply).correct, reply
        letter = "AB"[["Yes", "No"].index(said)]
        assert grade(letter, reply, choices=["Yes", "No"]).correct, reply
        assert not grade("AB".replace(letter, ""), reply, choices=["Yes", "No"]).correct, reply
    for reply in [
        "Yes, it isn't.",
        "No it is.",
        "No. It will.",
        "It is 5.",
        "The pizza is not split in half.",
    ]:
        assert not grade("Yes", reply).correct and not grade("No", reply).correct, reply
        assert not any(grade(letter, reply, choices=["Yes", "No"]).correct for letter in "AB"), reply


def test_no_objects_left_is_a_count_of_zero():
    """ "There are no red balls left." had been taken whole (words against 0), and "... after removing 3 of them" read
    as 3: no objects left is the count 0. "left of" is a place, and no solution is no count."""
    for reply in [
        "There are no red balls left.",
        "No objects remain.",
        "There are no cubes left after removing 3 of them.",
    ]:
        assert grade("0", reply).correct and not grade("3", reply).correct, reply
    for reply in ["No ball is left of the cube.", "No real solutions remain.", "There is no solution."]:
        assert not grade("0", reply).correct, reply


def test_amounts_of_money_in_a_sentence():
    """ "Janet makes \\$18 every day." (an escaped sign), "Janet earns $18 daily (9 eggs x $2)." (a working in brackets
    that names what it counts) and "The total is $18, which is $2 more than yesterday." (every `$` before a digit) had
    been taken whole: the amount is the answer, not the working's numbers; two amounts are no answer."""
    for reply in ["Answer: Janet makes \\$18 every day.", "Janet earns $18 daily (9 eggs x $2)."]:
        assert (
            grade("18", reply).correct and not grade("2", reply).correct and not grade("9", reply).correct
        ), reply
    assert not grade("18", "She pays $2 and gets $18 back.").correct
    reply = "The total is $18, which is $2 more than yesterday."  # (every `$` before a digit: signs, no math span)
    assert grade("18", reply).correct and not grade("2", reply).correct


def test_a_value_denied_before_its_reason_and_a_letter_named_correct_before_its_reason():
    """ "12 is not the answer because 3 x 4 = 12." and "12 is wrong because 3 x 4 = 12." had been correct for 12 (the
    last number, and a value then its reason); `12 \\text{ is not the answer}` too (the statement dropped): a value
    the reply takes back is no answer of that value. "C is correct because A, B and D are wrong." had been taken
    whole: the letter named correct, before its reason."""
    for reply in [
        "12 is not the answer because 3 x 4 = 12.",
        "12 is wrong because 3 x 4 = 12.",
        "$\\boxed{12 \\text{ is not the answer}}$",
        "$\\boxed{12 \\text{ is wrong}}$",
        # (every rejecting word, in each of the readings: "ruled out" and "excluded" had been missed by two of them)
        "12 is ruled out because 3 x 4 = 12.",
        "12 is excluded because 3 x 4 = 12.",
        "$\\boxed{12 \\text{ is ruled out}}$",
    ]:
        assert not grade("12", reply).correct, reply
    assert (
        grade("12", "12 because 3 x 4 = 12.").correct
        and grade("12", "$\\boxed{12 \\text{ is the answer}}$").correct
    )
    assert grade("12", "$\\boxed{12 \\text{ is not prime}}$").correct  # (a property, no denial)
    for reply in [
        "C is correct because A, B and D are wrong.",
        "Option C is the correct answer, since A does not fit.",
    ]:
        assert grade("C", reply, choices=["1", "2", "3", "4"]).correct, reply
        assert not grade("A", reply, choices=["1", "2", "3", "4"]).correct, reply


def test_chinese_replies_that_deny_reject_or_check_a_value():
    """ "答案是3个，不是4个。" ("3, not 4"), "所以 $a=-1$（舍去 $a=1$）。" (1 rejected, the word before it) and "经检验，x=12是原方程的
    解。" (a root checked) had been taken whole and unparseable: each is its kept value; a check that fails states none."""
    for reply, right, wrong in [
        ("答案是3个，不是4个。", "3", "4"),
        ("所以 $a=-1$（舍去 $a=1$）。", "-1", "1"),
        ("解得x=12，经检验x=12是原方程的解", "12", "13"),
        ("所以x=12是方程的根。", "12", "13"),
    ]:
        assert grade(right, reply).correct and not grade(wrong, reply).correct, reply
    failed = "经检验，x=12不是原方程的解。"
    assert not grade("12", failed).correct and extract_answer(failed).rule != "answer_is"  # (no root named)


def test_a_root_said_aloud_with_its_factor():
    """ "The length of AB is 5 root 2." had been words, and "83 square root 3", "twice the square root of 3" and "10 times
    the square root of 7" had been read as the root alone (correct for `\\sqrt{3}`): a root said aloud is that root,
    with the factor before it."""
    for reply, gold in [
        ("The length of AB is 5 root 2.", "5\\sqrt{2}"),
        ("The answer is 83 square root 3.", "83\\sqrt{3}"),
        ("The answer is twice the square root of 3.", "2\\sqrt{3}"),
        ("We simplify it.\nSo the value is 10 times the square root of 7.", "10\\sqrt{7}"),
        ("root 2", "\\sqrt{2}"),
    ]:
        assert grade(gold, reply).correct, reply
        root = "\\sqrt{" + gold.split("{")[1]
        assert root == gold or not grade(root, reply).correct, reply
    assert not grade("\\sqrt{3}", "It is the reciprocal of the square root of 3.").correct
    for said in [
        "5 root 2",
        "5 times the square root of 2",
        "5 square root of 2",
    ]:  # (an answer already extracted)
        assert grade_answer("5\\sqrt{2}", said).correct and not grade_answer("\\sqrt{2}", said).correct, said


def test_none_is_a_count_of_zero():
    """ "None." and "There are none." had been words against 0: "none" is the count 0, as "zero" is. With options, the
    option's text decides ("None of the above")."""
    for reply in ["None.", "none", "There are none.", "I see none."]:
        assert grade("0", reply).correct and not grade("1", reply).correct, reply
    assert grade("C", "None of the above", choices=["1", "2", "None of the above"]).correct


def test_a_value_rejected_inside_the_brackets():
    """ "x = 3 (x = -1 rejected)" and "x=3, x=-1 (rejected)" had been taken whole (a decided reject for 3): the value the
    brackets reject is left out, as after "or" ("x = 3 or x = -1 (rejected)"); the kept value is the answer."""
    for reply in ["x = 3 (x = -1 rejected)", "x=3, x=-1 (rejected)", "$x=3$ ($x=-1$ is extraneous)."]:
        assert grade("3", reply).correct and not grade("-1", reply).correct, reply
    assert not grade("3", "x = 3 (rejected)").correct


def test_minus_after_a_value_is_no_sign():
    """ "10 minus 5" is a difference, not 10 and -5: "minus" after a value is no sign of the number after it."""
    assert not grade("-5", "The answer is 10 minus 5.").correct
    assert not grade("-5", "We simplify it.\nSo the value is 10 minus 5.").correct


def test_parts_before_a_closing_quantity_beside_another_number():
    """A sentence that ends with one quantity in parts and holds another number before it ("In 2020 it took 2 hours
    and 30 minutes.") is read by the quantity its last number closes (`answer._value_and_unit`), not by that last
    part alone: `_quantity_in_parts`, which reads such a quantity with words after it, leaves a sentence with another
    number to this reading."""
    v = grade("150", "In 2020 it took 2 hours and 30 minutes.")
    assert v.correct and v.extracted == "2 hours and 30 minutes"
    assert not grade("30", "In 2020 it took 2 hours and 30 minutes.").correct


def test_digits_grouped_by_spaces_are_one_number_in_a_sentence():
    """SI and Chinese typesetting group digits by threes with a space ("12 500"): the sentence readings (the number a
    sentence states, its last number) had read the last group or the first ("There are 2 047 593 people." was correct
    for 593); the reply's number is the whole (as math-verify and an anchor's answer read it). Digits a space keeps
    apart without a group of three are still two numbers."""
    assert grade("12500", "There are 12 500 people.").correct
    assert grade("1200", "The total is 1 200 kg.").correct
    assert grade("1200", "We add 300, 400 and 500.\nSo the total is 1 200").correct
    worked = (  # no anchor, no one-number sentence: the reply's last number
        "Step 1: The red box holds 300 apples.\nStep 2: The blue box holds 400 apples.\nStep 3: The green box holds "
        "500 apples.\nAdding the three boxes, 300 + 400 + 500 gives 1 200 apples, which is the total."
    )
    assert grade("1200", worked).correct and not grade("200", worked).correct
    for wrong in ["593", "2"]:
        assert not grade(wrong, "There are 2 047 593 people.").correct, wrong
    assert not grade("500", "The total is 12 500 kg.").correct
    assert not grade("1250", "The total is 12 50 kg.").correct


def test_tens_and_units_in_words_are_one_count():
    """ "There are twenty-five students." had been read as 20 (its "twenty" turned into digits, its "-five" left): a
    false accept for 20. Tens and units in words, hyphenated or not, are one number in a sentence's reading; so is
    "one hundred" or "a thousand" alone (it had been words). Before a hyphen the units word goes with what follows
    ("twenty one-dollar bills" are 20 bills)."""
    for reply, count, tens in [
        ("There are twenty-five students.", "25", "20"),
        ("I count thirty one stars.", "31", "30"),
        ("Forty-two people came.", "42", "40"),
    ]:
        assert grade(count, reply).correct and not grade(tens, reply).correct, reply
    assert grade("100", "The class has one hundred students.").correct
    assert grade("1000", "There are a thousand stars.").correct
    assert grade("345", "There are three hundred forty-five apples.").correct
    assert grade("20", "He has twenty one-dollar bills.").correct
    # a percent word after the count is kept: a share ("About twenty-five percent of ..." had been read as 25)
    for reply in [
        "About twenty-five percent of the students.",
        "About 25 per cent of the students.",
        "It is 25 pct.",
    ]:
        assert (
            grade("0.25", reply).correct and grade("25", reply).correct and not grade("0.2", reply).correct
        ), reply


def test_a_worked_replys_last_number_ruled_out_is_not_its_answer():
    """A worked reply with no anchor whose last number the reply rules out ("... is 12 rather than 15") is read by the
    number before it: the last-number reading passes over a number after "not", "rather than", "instead of"."""
    reply = "Step 1: we add 5 and 7.\nStep 2: we check the sum again with care.\nSo the total we get is 12 rather than 15"
    assert grade("12", reply).correct and not grade("15", reply).correct


def test_a_percent_or_degree_mark_after_a_box_is_the_boxed_numbers():
    """ "$\\boxed{50}\\%$" had been read as 50 (the box's content alone): incorrect for 0.5. A percent or degree mark right
    after a box that holds a plain number is that number's; a box that holds more than a number keeps its content."""
    for reply in ["The answer is $\\boxed{50}\\%$.", "\\boxed{50}%", "\\boxed{50} \\%"]:
        assert grade("0.5", reply).correct and grade("50", reply).correct, reply
        assert grade("50", reply).extracted.endswith("%"), reply
    assert grade("\\frac{\\pi}{6}", "The angle is $\\boxed{30}^\\circ$.").correct
    assert not grade("0.5", "$\\boxed{x = 50}\\%$").correct


def test_a_marker_that_confirms_the_answer_before_it():
    """ "The answer is 12. Let me check: 3 x 4 = 12. The answer is confirmed." had been read as the word "confirmed" (the
    last marker's words): words that only confirm ("confirmed", "indeed correct", "verified") leave the answer of the
    marker before them. With no marker before, the words stay the answer."""
    for reply in [
        "Therefore, the answer is 12. Let me check: 3 x 4 = 12. The answer is confirmed.",
        "The answer is 12. Checking: 3 × 4 = 12, so the answer is indeed correct.",
        "The final answer is $12$. Verification: 12/3 = 4 ✓. The answer is verified.",
    ]:
        assert grade("12", reply).correct and not grade("4", reply).correct, reply
    assert grade("Correct", "The answer is correct.").extracted == "correct"


def test_a_quantity_restated_in_another_unit_in_brackets():
    """ "The length is 5 cm (50 mm)." had been taken whole (a decided reject for 5): the same quantity in another unit of
    its dimension, in brackets after the value, is an aside (equal to the precision of the less precise side). Another
    quantity in the brackets, or a value with no unit, still leaves the reply as it was read before."""
    for reply, value in [
        ("The length is 5 cm (50 mm).", "5"),
        ("It takes 150 minutes (2.5 hours).", "150"),
        ("The area is 12 cm^2 (1200 mm^2).", "12"),
    ]:
        assert grade(value, reply).correct, reply
    assert not grade("5", "The length is 5 cm (60 mm).").correct
    assert not grade("5", "The length is 5 cm (5 cm).").correct
    # an angle in degrees, then in radians: a multiple of pi exactly, a decimal to its own places; "or" may open it
    for reply in [
        "The angle is 45° (π/4 rad).",
        "The angle is 45 degrees (or \\frac{\\pi}{4} radians).",
        "The angle is 45^\\circ (0.785 rad).",
        "The length is 5 cm (i.e. 50 mm).",
    ]:
        assert grade("45" if "angle" in reply else "5", reply).correct, reply
    for reply in ["The angle is 45° (π/3 rad).", "The angle is 45° (0.80 rad)."]:
        assert not grade("45", reply).correct, reply


def test_numbered_roots_in_spans_are_one_list():
    """ "The solutions are $x_1 = 3$ and $x_2 = 2$." had been read as its last number (correct for 2, incorrect for
    the pair): one letter with the roots' numbered subscripts names one unknown's values, a list as `$x=3$ or $x=2$`
    is. Different letters ("$h=7$ and $K=29$") are two quantities, no list, as before."""
    for reply in [
        "The solutions are $x_1 = 3$ and $x_2 = 2$.",
        "The roots are $x_{1} = 3$, $x_{2} = 2$.",
    ]:
        assert grade("3, 2", reply).correct and grade("2, 3", reply).correct, reply
        assert not grade("2", reply).correct, reply
    assert grade("29", "The values are $h=7$ and $K=29$.").extracted == "29"
    # the same in plain text with Unicode subscripts (the reply's names see `x_1`); a formula's subscript is no name
    reply = "The roots are x₁ = 3 and x₂ = 2."
    assert grade("3, 2", reply).correct and not grade("2", reply).correct
    assert grade("2", "H₂O has 2 hydrogen atoms.").correct


def test_plus_or_minus_in_a_plain_text_relation():
    """ "The solutions are x = ±2." had been read as its last number 2 (the plain-text relation reading stopped at `±`):
    `±` is part of a plain-text relation, read as the two values."""
    for reply in ["The solutions are x = ±2.", "Hence the roots are x = ±2"]:
        assert grade("2, -2", reply).correct and not grade("2", reply).correct, reply


def test_an_extremum_had_or_followed_by_which_occurs():
    """ "The maximum of f(x) is 5, which occurs at x = 2." and "f(x) has minimum value -1 at x = 0." had been read as the
    condition's value (their last number: correct for 2 and 0): the value an extremum has, before the condition under
    which it holds, is the answer."""
    for reply, value, where in [
        ("The maximum of f(x) is 5, which occurs at x = 2.", "5", "2"),
        ("f(x) has minimum value -1 at x = 0.", "-1", "0"),
        ("The function attains a maximum of 5 at x = 2.", "5", "2"),
    ]:
        assert grade(value, reply).correct and not grade(where, reply).correct, reply
    assert grade("2", "The value first reaches 5 at x = 2.").correct  # (no extremum: "when?" may be asked)


def test_what_a_count_counts_named_in_brackets():
    """ "The number of solutions is 4 (namely x = 1, 2, 3, 4)." had been taken whole (unparseable): what a count counts,
    named in brackets after it ("namely", "e.g.", "specifically"), is left out; the count is the answer, never the
    last thing named."""
    for reply in [
        "The number of solutions is 4 (namely x = 1, 2, 3, 4).",
        "So the count is 4 (e.g. 10, 13, 16, 19).",
    ]:
        assert grade("4", reply).correct and not grade("19" if "e.g." in reply else "4.5", reply).correct, (
            reply
        )


def test_a_value_restated_after_a_check_takes_the_answer_back():
    """ "The answer is 12. Let me double check: 5+8=13. Hmm, so it's 13." had been read as 12 (the take-back reading
    looked only for "wait", "actually", "oops" ...): a check of the answer ("let me double-check", "let me recount")
    whose closing sentence restates another value answers that value; a check alone, or one that restates the
    answer, takes nothing back."""
    for reply in [
        "The answer is 12. Let me double check: 5+8=13. Hmm, so it's 13.",
        "So the answer is $\\boxed{12}$. Let me recount the boxes. So the total is 13.",
        "Final answer: 12. Let me check again: 5 + 8 = 13. So the answer should be 13.",
    ]:
        assert grade("13", reply).correct and not grade("12", reply).correct, reply
    reply = "The answer is B. Let me verify this. Option C gives 6, which matches. Hmm, so it's C."
    assert grade("C", reply).correct and not grade("B", reply).correct
    for reply in [
        "The answer is 12. Let me double-check: 12 = 3 × 4.",  # (a check that ends on another number)
        "The answer is 12. Let me recount: 3 rows of 4, so it's 12 in all.",
        "The answer is 12. Let me double-check: 13 - 1 = 12, so it is 12.",
        # (a value restated mid-sentence, then set aside: the restatement must close the reply)
        "The answer is 12. Let me recount: so the total is 13 if we count the lid, but the lid is no box, and we"
        " leave it out of the count.",
    ]:
        verdict = grade("12", reply)
        assert verdict.correct and "takes its answer back" not in verdict.reason, reply
        assert not grade("4", reply).correct and not grade("13", reply).correct, reply


def test_words_in_brackets_between_a_marker_and_its_colon():
    """ "Final answer (in cm): 12" had been read as "(in cm): 12" (words against the gold): the words in brackets
    between a marker and its colon, "is" or "=", say what the value is in; a label in brackets ("(a)", an option
    "(B)") is no such aside."""
    for reply in [
        "Final answer (in cm): 12",
        "**Final Answer (verified):** 12",
        "The final answer (after checking) = 12",
        "Final answer (in cm) is 12.",
    ]:
        verdict = grade("12", reply)
        assert verdict.correct and verdict.extracted == "12", reply
        assert not grade("13", reply).correct, reply
    assert grade("B", "Final answer (B): 12").correct
    assert extract_answer("Final answer (a): 12").answer != "12"


def test_an_answer_said_to_be_checked_before_its_colon():
    """ "The answer is correct: 12." had been read as "correct: 12" (words against 12): a word saying the answer was
    checked ("correct", "confirmed", "verified"), then a colon, leads in to the answer as "clear:" does."""
    for reply in ["The answer is correct: 12.", "My answer is verified: $12$", "The answer is confirmed: 12"]:
        verdict = grade("12", reply)
        assert verdict.correct and verdict.extracted == "12", reply
    assert grade("B", "The answer is correct: B").extracted == "B"


def test_a_reason_with_an_equation_after_the_value():
    """ "So x = 3, since 2x = 6." and "The value of x is 3, as 2(3) = 6." had been read as the reason's 6 (its equation
    left the sentence unread), "x = 3 (because 2x = 6)." taken whole: the reason that closes the value's sentence,
    math and all, is no part of the answer; after a marker too ("The answer is x = 3, since 2x = 6.")."""
    for reply in [
        "So x = 3, since 2x = 6.",
        "The value of x is 3, as 2(3) = 6.",
        "So x = 3 (because 2x = 6).",
        "We solve 2x = 6.\nSo x = 3, since 2x = 6.",
        "We solve 2x = 6.\nSo x = 3 (because 2x = 6).",
        "The answer is x = 3, since 2x = 6.",
        "The answer is x = 3 (since 2x = 6). We are done.",
        "So $x = 3$, because $2x = 6$.",
        "The answer is: the value of x is 3, since 2(3) = 6. I hope it helps.",
    ]:
        assert grade("3", reply).correct and not grade("6", reply).correct, reply
    # a reason that runs past its sentence, holds the box or names the answer is kept: the box is still the answer
    reply = "We know that AB = 10 because ABCD is a square. So $BE = \\frac{40}{5} = \\boxed{8}$."
    assert grade("8", reply).correct and not grade("10", reply).correct
    reply = "AB = 10, since $BE = \\boxed{8}$"
    assert grade("8", reply).correct
    assert grade("6", "So x = 3, since the answer must be 6.").extracted != "x = 3"
    # (no value before it: the reason holds the answer)
    assert grade("12", "The condition holds since n = 12.").correct
    assert grade("12", "We have 5 apples.\nThe count works out since n = 12.").correct
    # the words before the reason state no value (a range "from 0 to 7"): the reply is read as before, by its end
    reply = "The range of the numbers in the table is from 0 to 7, since Allie biked for 7 days."
    assert grade("7", reply).correct
    # a reason whose arithmetic makes another value without the one stated contradicts it: read by its end, as before
    reply = "The perimeter is 6 units, because its sides sum to 1 + 3 + 2 + 2 + 3 = 10 cm."
    assert grade("10", reply).correct and not grade("6", reply).correct
    assert grade("12", "The total is 12, because 3 × 4 = 12.").correct  # (arithmetic that makes the value)
    assert grade("3", "The value of x is 3, as 2 × 3 = 6.").correct  # (arithmetic on the value)


def test_a_hyphen_after_a_number_is_no_sign():
    """ "The value lies in the range 3 - 5." had been read as -5 (the hyphen of a range taken for the sign of its last
    number, a false accept for -5): a minus after a number and a space is no sign; one after a word still is."""
    for reply in ["The value lies in the range 3 - 5.", "We expect 3 - 5 students."]:
        assert not grade("-5", reply).correct, reply
    assert grade("-2", "The difference is 3 - 5 = -2.").correct
    assert grade("-15", "So the change is $- 15$.").correct


def test_an_option_named_the_best_or_likely_answer():
    """ "B is the best answer here because C is too large." and "B seems to be the correct answer." had been taken
    whole (a guessed reject): how sure the reply is ("best", "most likely", "seems to be") or where ("here") does not
    stop the sentence from naming its answer, and the reason after it, naming another letter, is no part of it."""
    choices = ["3", "4", "5", "6"]
    for reply in [
        "B is the best answer here because C is too large.",
        "B is the most likely answer.",
        "B seems to be the correct answer.",
        "Option B is the best choice because the others are too large.",
        "B is the best option.",
    ]:
        verdict = grade("B", reply, choices=choices)
        assert verdict.correct and not verdict.guessed, reply
        assert not grade("C", reply, choices=choices).correct, reply
    assert grade("12", "x = 12 will be the answer.").correct
    # "final answer" is a marker too: a reason after it is no answer ("... because C is too small" had been read)
    for reply in [
        "We add 6 and 3.\nThus, B IS THE FINAL ANSWER because C is too small.",
        "B is the final answer, since C is too small.",
    ]:
        assert (
            grade("B", reply, choices=choices).correct and not grade("C", reply, choices=choices).correct
        ), reply
    assert not grade("13", "12 is the final answer, since 3 x 4 = 12 and 13 is prime.").correct


def test_an_answer_questioned_or_scratched_and_replaced():
    """ "So the answer is 12? No, 13." had been unparseable, "The answer is 12... actually 13." and "The answer is 12.
    Scratch that: 13." read as 12: a value questioned and replaced in one breath, "actually" and a value alone closing
    the reply, and "scratch that" take the earlier value back; "Actually, 3 × 4 = 12 and 12 > 10." explains it."""
    for reply in [
        "So the answer is 12? No, 13.",
        "Answer: 12? Wait, it's 13.",
        "The answer is 12... actually 13.",
        "The answer is 12. Scratch that: 13.",
    ]:
        assert grade("13", reply).correct and not grade("12", reply).correct, reply
    for reply in [
        "The answer is 12. Actually, 3 × 4 = 12 and 12 > 10.",
        "The answer is 12. Actually, 2 of the rows have 6 each.",
    ]:
        assert grade("12", reply).correct, reply


def test_values_of_several_unknowns_joined_by_and():
    """ "The solution is x = 2 and y = 3." had been read as its last number 3 (correct for 3, incorrect for (2, 3)):
    the values of other unknowns joined by "and" are the labelled values, as "x = 2, y = 3" is read; a relation that
    is no value ("x > 1 and y = 3") is not joined."""
    for reply in [
        "The solution is x = 2 and y = 3.",
        "Solving gives a = 2 and b = 3",
        "We solve the system.\nThe solution is x = 2 and y = 3.",
    ]:
        assert grade("(2, 3)", reply).correct and not grade("3", reply).correct, reply
    assert grade("(2, 3, 4)", "The solution is x = 2, y = 3 and z = 4.").correct
    assert not grade("(1, 3)", "It holds when x > 1 and y = 3.").correct
    for reply in ["It holds when x > 1 and y = 3.", "The equations are x + y = 5 and y = 3."]:
        assert ", " not in (extract_answer(reply).answer or ""), reply  # (no list of values made of them)


def test_a_value_rejected_before_its_reason_is_no_answer():
    """ "12 is wrong because ..." rejects 12: the reason after a rejecting word explains the rejection, never the value
    (a reason that closes the reply is left out first; these reasons run on past their sentence, or name the
    answer, and reach the value-then-reason reading)."""
    for reply in [
        "12 is wrong because the answer must be odd.",
        "12 is wrong because 3 x 4 = 12. We need more.",
    ]:
        assert not grade("12", reply).correct, reply


def test_a_ratio_with_a_space_each_side_of_its_colon():
    """ "The ratio of boys to girls is 2 : 3." had been read as its last term 3 (correct for 3): a colon with a space
    on each side joins a ratio's terms as one without spaces does, at a sentence's end, mid-sentence or with three
    terms; a colon after a label keeps its number apart ("Remaining after step 2: 3 apples")."""
    for reply, ratio, term in [
        ("The ratio of boys to girls is 2 : 3.", "2:3", "3"),
        ("We count them.\nSo the ratio is 2 : 3.", "2:3", "3"),
        ("The offspring come in a 2 : 1 ratio of black to brown.", "2:1", "1"),
        ("The ratio is 2 : 4 : 6.", "1:2:3", "6"),
    ]:
        assert grade(ratio, reply).correct and not grade(term, reply).correct, reply
    assert grade("3", "We remove some apples in two steps.\nRemaining after step 2: 3 apples").correct


def test_keycap_digits_are_digits():
    """ "The answer is 4️⃣." had been unparseable, "1️⃣2️⃣" read as 1: a keycap digit (a digit, the emoji selector, the
    keycap mark), as chat models write one, is that digit."""
    for gold, reply in [
        ("4", "The answer is 4\ufe0f\u20e3."),
        ("12", "1\ufe0f\u20e32\ufe0f\u20e3"),
        ("4", "There are 4\u20e3 apples."),
    ]:
        assert grade(gold, reply).correct, reply
        assert not grade("5", reply).correct, reply


def test_a_yes_word_denied_is_no():
    """ "It is not true." had been taken whole (a guessed reject) against the options Yes and No: a yes word denied
    ("not true", "not correct", "untrue", "not the case") says no, as "false" does."""
    for reply in ["It is not true.", "That is not the case.", "The statement is untrue.", "Not correct."]:
        assert grade("B", reply, choices=["Yes", "No"]).correct, reply
        assert not grade("A", reply, choices=["Yes", "No"]).correct, reply


def test_a_clock_time_keeps_the_half_of_the_day_after_it():
    """A time read by its last number keeps the half of the day written after it ("The clock shows 2:30 PM." is
    14:30; the PM had been dropped, and 2:30 read as a clock face's, which says no half of the day), in a short
    sentence, glued to it ("10:36pm"), or closing a worked reply; the other half stays wrong."""
    assert grade("14:30", "The clock shows 2:30 PM.").correct
    assert grade("22:36", "The clock shows 10:36pm.").correct
    assert grade("22:15", "Step 1: read the hands.\nThe time is 10:15 pm.").correct
    assert not grade("14:30", "The clock shows 2:30 AM.").correct
    assert not grade("22:15", "Step 1: read the hands.\nThe time is 10:15 am.").correct


def test_a_set_named_in_words_then_its_values():
    """ "The domain is all real numbers." and "So x can be any real number." are the real line, "The range is from -1 to
    1, inclusive." the closed interval (each had been a sentence compared with a set, never equal); a half-line or
    the open interval stays wrong."""
    assert grade("\\mathbb{R}", "The domain is all real numbers.").correct
    assert grade("(-\\infty, \\infty)", "So x can be any real number.").correct
    assert grade("[-1, 1]", "The range is from -1 to 1, inclusive.").correct
    assert not grade("(0, \\infty)", "The domain is all real numbers.").correct
    assert not grade("(-1, 1)", "The range is from -1 to 1, inclusive.").correct
    # a sign in words: "x must be positive" is x > 0 (not x >= 0), "all non-negative real numbers" x >= 0
    assert grade("(0, \\infty)", "x must be positive.").correct
    assert not grade("[0, \\infty)", "x must be positive.").correct
    assert grade("[0, \\infty)", "The answer is all non-negative real numbers.").correct


def test_the_domain_after_a_math_answer_is_no_part_of_it():
    """ "The only solution is $f(x) = x$ for all real $x$." is f(x) = x (the sentence had been taken whole); a
    quantifier with an exception, or one that goes on to state the answer, is not cut."""
    assert grade("f(x) = x", "The only solution is $f(x) = x$ for all real $x$.").correct
    assert grade("f(x) = x", "Therefore $f(x)=x$ for all $x \\in \\mathbb{R}$.").correct
    assert not grade("f(x) = 0", "So $f(x)=0$ for all $x$ except $x=1$.").correct
    assert grade("2a", "So the sum of $x$ and $y$ for any pair of points is $\\boxed{2a}$.").correct


def test_a_quantifier_with_a_relation_after_a_math_answer_is_its_condition():
    """ "We conclude that $a_n = 2^n - 1$ for all $n \\geq 1$." had been read as its last span, `n \\geq 1`: the span is
    the answer's condition, weighed against the gold's own or left out when the gold states none."""
    reply = "We conclude that $a_n = 2^n - 1$ for all $n \\geq 1$."
    assert grade("a_n = 2^n - 1", reply).correct
    assert not grade("a_n = 2^n + 1", reply).correct
    assert not grade("n \\geq 1", reply).correct
    assert grade("a_n = 2^n - 1 (n \\geq 1)", reply).correct
    assert not grade("a_n = 2^n - 1 (n \\geq 2)", reply).correct  # (another condition)
    # (an exception is no condition read; a list in the quantifier had been read as the answer)
    assert not grade("f(x) = 0", "So $f(x)=0$ for all $x$ except $x=1$.").correct
    assert grade("f(x) = 0", "So $f(x)=0$ for all $x = 1, 2, 3$.").correct
