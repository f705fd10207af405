"""Hypothesis strategies for answer forms on the extraction side (issue 15): each yields `Case`s whose
verdict is known by construction, in both orders, with and without units and spacing.

- `named_first`: "the answer is" + a sentence naming the quantity first ("AC is 6 cm long", "答案是x的值是16",
  "la réponse est (35 + 70 = 105)"), or giving the value first ("6 cm is the length of AC");
- `closing_lists`: a worked solution whose last sentence lists its values ("are 8, 32, 44 and 80.", "Therefore,
  $x=5$ or $x=-2$."): the list, never its last item;
- `value_first_explained`: "the answer is" + a value, then words that explain it with another number ("40
  cups of feed for the 20 chickens"): the value, never the explanation's number; two units ("3 hours and 20
  minutes") are neither number;
- `joined_relations`: a one-line reply ending with relations joined by "or" / "and" ("Hence x < -1 or x > 1.") or
  with the values of one unknown in math spans ("The solutions are $x=5$ or $x=-2$."): the union, the intersection
  or the list, never its last part;
- `relation_replies`: a short reply whose math is a relation ("We find that $x \\lt 3$.") against that
  relation (correct) and against its mirror (wrong);
- `plain_equations`: a last sentence that ends with an equation in plain text ("The equation of the line is y = 2x
  + 1."): the equation, never its last number; `relation_replies` draws plain-text relations too;
- `plain_values`: a one-line reply with no math delimiters ending on a root, pi or a fraction ("The distance is 2√5.",
  "It equals 5π/6.", "The area is π cm²."): that value, never the sentence taken whole;
- `bracketed_asides`: an answer sentence, then an aside in brackets with another number ("The final answer is 4.
  (5 was a distractor)"): the answer, never the aside's number;
- `letters_then_remarks`: an option letter, then a remark naming another ("Answer: (B) Explanation: Option A says
  ...", "The answer is B. The answer is not A because ..."): the first letter; "The answer is B. Wait, no, it's
  C.": the second;
- `clock_words`: a one-sentence reply telling the time in words ("half past ten", "a quarter to six", "7
  o'clock"): that time, never the hour alone;
- `values_at_conditions`: a value, then the condition it holds under ("So the minimum is 2 when x = 1."): the value,
  never the condition's;
- `reference_labels`: a worked reply whose last number labels a part of a text ("(see Figure 2)", "by Lemma 2",
  "[1]"): never that label; a value stated before it is the answer;
- `yes_no_words`: a whole reply that says yes or no in other words ("True.", "Correct", "I don't think so.") to a
  Yes/No question: that option;
- `lead_ins`: prose around one short answer ("Answer \\[ 9 \\]", "Therefore $9$ is the solution.", "Output: seven");
- `template_leftovers`: chat-template tokens after the answer (`</s>`, `<|im_end|>`, `<eos>`), a new turn
  with another number after it; GLM-4.1V / 4.5V's answer box (`<|begin_of_box|>12<|end_of_box|>`); the reply after
  Kimi-VL's reasoning block (`◁think▷...◁/think▷12`) or a `<thinking>` one;
- `answer_blocks`: a sentence inside MM-Eureka's `<answer>` block or LLaVA-CoT's `<CONCLUSION>` ("<answer>The total
  is 5.</answer>"): its value, never the numbers of the reasoning before it;
- `stated_counts`: a one-sentence reply with one count, digits or number words ("There are four cubes");
- `justified_letters`: an option letter followed by a justification naming other letters ("D, it can't
  be A or B", "C, not A", "B。不是 A"); `denied_letters`: an option denied right after it is named ("C is
  incorrect.", "C选项错误", "60° is incorrect."), never that option; `letter_text_golds`: a gold written "(D) Alina", or `\\textbf{(C) } 12` as AMC keys write it;
- `labelled_options`: options given with their own letters ("(A) 5", "A. 5"): a value, its letter or both is
  the option whose text is that value;
- `option_units`: options that are values with a unit (`10 cm`): the number with the unit spelled any way, or
  bare, is that option; the number in another unit (`10 mm`, `10 kg`) is none;
- `denied_values`: a value, then another it is not ("The answer is 12, not 13."), or the other way round ("It's not
  13, it's 12."), and a reply that denies or
  bounds its only value ("12 is wrong.", "12 apples at least.", "答案不是12");
- `closing_reasons`: a worked reply whose last sentence states its value, then the reason with other numbers ("The
  total is 12, because there are 3 rows of 4."): the value, never the reason's last number;
- `spelled_values`: a value spelled so that a part of it looks like a number of its own ("2½", "1,200 in total",
  "Therefore, twelve." after a working): the whole value, never the part or the working's number;
- `plain_math_values`: a value that is no bare number written without math delimiters, in bold or with sized brackets,
  closing a sentence ("The area of triangle 2 is **\\left[1, 3\\right)**.", "We get x^{2} - 1, which is the final
  answer.") or alone on the last line: the value, never one of its parts nor the working's number;
- `chosen_options`: a first-person choice of an option, or an option named the best fit, then its reason, source or
  the option it is preferred to ("I'd go with C as shown in the image.", "D is the best match, not B."): that option;
- `listed_roots`: two values that are no bare numbers listed with "and" or "or" ("The roots are $-\\sqrt{2}$ and
  $\\sqrt{2}$.", "..., which are the answers."): the two in either order, never one alone nor with another;
- `true_false_golds`: a gold "True" or "False" with no options, and a reply that says one in a sentence ("The
  statement is false since 3 > 2."): the word it says, never its reason's numbers;
- `closing_remarks`: a worked reply's last value ("So, 15 cm."), then a remark that names no answer ("The answer is
  confirmed.", "(Rounded to 2 decimal places.)", "I hope this helps!"): the value, never the remark's word or number;
- `numbered_subjects`: a sentence whose subject holds a number of its own ("angle 2", "class 5"), its copula's value
  with the words it counts and a tail that states no value ("... is 30 students, which is the final answer."): the
  value, never the subject's or the tail's number;
- `spoken_quantities`: a value in words, a mixed number ("3½"), e-notation, a scale word or a unit dressed as LaTeX
  ("3.5 \\mathrm{cm}") after a copula, a verb of result or "costs", perhaps after a subject's own number and before a
  tail ("The measure of angle 2 is negative 4.", "We get one quarter in total."): that value, never a part of it;
- `closing_lines`: a short working, then a line that closes on its value after a phrase that concludes or an adverb
  of conclusion ("In conclusion, (1,-2).", "The result is therefore [1,3).", "That gives us 12."): that value;
- `foreign_closings`: a reply in Chinese, Spanish, German or Russian whose working ends in a clause or a label that
  states the value ("因为 3 + 4 = 7，结果为12。", "3 + 4 = 7。答：12", "El resultado es 3/4.", "ответ 12"): that value;
  a denied or bounded one ("结果不是12") is none;
- `self_corrections`: an answer, then another after a take-back word ("Wait, actually it is ...", "No, it's ...", "...,
  but on closer inspection, ..."), a correction in brackets ("(I previously wrote 12 by mistake.)") or an option
  denied in brackets ("C (not B)"): the second answer, never the first;
- `option_spellings`: an option's value in another form than its text after a lead-in or before a remark that it
  matches ("Looking at the figure, 2 sqrt(3).", "We get \\frac23, which matches the option."), or a one-word option
  inflected ("It decreases." for "decrease"): that option, never another;
- `counted_subjects`: a sentence whose subject is the count, every other number a bound the counted things meet ("3
  bars have values smaller than 6.", "No bars are between 20 and 40."): the count, never the bound;
- `circumstances_after_values`: a sentence that states its value, then the circumstance it holds in ("The object count is
  6 after removing 2 spheres.", "After 3 years, she will be 8."): the value, never the circumstance's number;
- `answer_phrasings`: "Answer = 12", "... gives us 12 as the final result.", "So x = 12, where x is the number of
  boxes with 3 balls.": the value, never the number in a name's definition after it;
- `answer_headings`: the answer under "Answer" set as a markdown heading ("## Answer\\n12") or in bold before its
  colon ("**Answer**: 12"), an explanation after it: the value under the heading, never the explanation's number;
- `asides_after_values`: a sentence stating a value, then its restatement ("The probability is 1/4 (25%).") or the
  arithmetic that makes it ("The area is 6 (3 × 2 = 6)."): the value; a restatement that differs is a hedge;
- `hedges`: several options or values offered ("(A) and (D)", "A or D", two boxes, "5 apples or 6 apples", "Probably
  5, but it could be 6."): never equal to one gold;
- `math_tails`: an unanchored worked solution ending in inline math that holds its last number
  ("... the pair is $(7, 6)$.", "... is \\(\\frac{3}{4}\\) cm"): the whole span is the guess, never its
  last digit, graded against the value (right) and against that digit (wrong);
- `ratio_tails`: an unanchored reply ending on a ratio, a clock time or a fraction ("... in a 3:1 ratio.",
  "The clock shows 5:30.", "... the probability is 2/3."): the ratio is the guess, never its last term,
  with or without options (an option whose value equals that last term, `2:2` for `1`, is not chosen);
- `ratios_in_words`: a one-sentence reply naming a ratio and stating it "a to b" ("The ratio of boys to girls is 2 to
  3."): the ratio `a:b`, never its last term or the ratio flipped;
- `paired_values`: two values given as a pair in words ("Both 3 and 5.", "Either 3 or 5"): the list of both;
- `answers_first`: a reply that opens with its value alone, then explains it ("12\\n\\nExplanation: there are 3 rows
  with 4 dots in each row."): that value (a guess), never the explanation's last number;
- `closing_tables`: an unanchored reply that states its value, then appends its data as a markdown table
  ("Here is a table of ...:" / `| Year | Value |` / `|---|---|` / rows), perhaps with a closing line:
  the stated value is the guess, never the table's last cell;
- `final_after_box`: a worked solution that boxes an intermediate result, then closes with an explicit
  final answer of another value ("... = \\boxed{255}$ So he has $10,455. Final Answer: The final answer
  is $10,455$."): the closing statement is the answer, the box is not; a closing line that restates
  the box's value (with a unit) or states none leaves the box the answer; an answer the reply takes back ("The
  answer is 12. Wait, actually it is 13.", or a check that restates another value: "Let me double check: ... Hmm,
  so it's 13.") is not its answer, the value after is (a guess); one only explained or checked after ("Actually,
  this is because ...", "Let me double-check: 12 = 11 + 1.") stays;
- `chinese_choice_markers`: a worked solution closing with "故选：C" / "所以选 B" / "因此选项为（A）" after lines
  that name other options ("故选项A错误"): the letter after the marker, decided;
- `solution_endings`: how published solutions end their answer: "the answer is therefore $\\mathbf{2 6 2}$",
  the marker ending its line with display math after it, `\\tag{17}` in the display, `\\binom` as an array;
- `chinese_conclusions`: a Chinese solution ending "所以a的取值范围是(-\\infty, 3]" or "所以 A=\\frac{2\\pi}{3}" with no
  marker: the math after the last copula, or the clause all math, is the (guessed) answer;
- `chinese_prose_in_math`: a Chinese worked solution set whole, or a sentence of it, in math delimiters
  ("$由题意得a=2，所以AB=\\frac{3}{4}.$", as renderers that typeset a whole solution in math write it): read
  as the text it is, so its conclusion or its last clause's math is the (guessed) answer, never the
  denominator that is its last number, and a value in `\\text{}` is still a value;
- `chinese_stated_numbers`: a one-sentence reply in Chinese that states its one number against the words
  ("所以一共有5个苹果。", "大约需要20 347朵鲜花"): that number, a guess; bounded ("至少需要5个", "5个以上") it is
  never the answer;
- `chinese_lead_in_math`: a Chinese worked solution whose last line leads in to its one math in words
  ("于是 $F$ 点的坐标为 $(\\frac{1}{7}, 0)$"), with a remark in brackets ("(12分)"), a figure's markdown image or
  a domain condition after it, or a rejected value ("x=... 或x=...(舍去)"): the math after the lead-in is the
  (guessed) answer, never the rejected value;
- `made_up_questions`: a reply that answers, then makes up a question of its own and answers it too (a
  few-shot continuation): the answer before the made-up question is the reply's;
- `foreign_markers`: "the answer is" in Japanese, Korean, Portuguese, Italian, Russian or Vietnamese ("答えは12です。",
  "따라서 답은 12입니다.", "Ответ: 12") closing a worked solution: the value after it, decided;
- `chinese_numerals`: a reply in Chinese whose number is in Chinese numerals ("所以答案是十二。", "所以一共有五只猫。"):
  that number; bounded ("至少三个"), an ordinal ("第三个") or digits read one by one ("三五个") never;
- `bounds_not_values`: a reply whose last statement bounds or excludes a value ("so x > 3.", "x \\not= 3", "We
  get x ≠ 3 and stop."): never that value, read whole or as a last number; `x \\not= n` answers `x \\neq n`;
- `scaled_values`: a value with its scale word and noun ("The answer is 2 million people.") or a factor before a
  function in plain text ("The answer is 3 sqrt(2)."): the whole value, never the number before the word;
- `fraction_sentences`: a one-sentence reply ending on a share in words ("The probability is one fourth.", "...
  is three quarters.", "... is one in four."): that fraction, never its denominator;
- `value_changing_words`: a number, then a word or symbol that changes its value ("2 squared", "3 factorial", "2
  thirds", "2 square root 3", "The area is 2π."): never that number alone;
- `unreadable`: 1000 nested `\\sqrt{` around the gold, or a program printing it (a function, two lines of
  code, a data literal over many lines, a `from ... import`): never correct, no answer read.
"""

from __future__ import annotations

from fractions import Fraction

import hypothesis
from hypothesis import strategies as st

from mmeval.verifiers.testing.strategies import Case, exact_decimal

__all__ = [
    "named_first",
    "relation_replies",
    "lead_ins",
    "template_leftovers",
    "answer_blocks",
    "stated_counts",
    "justified_letters",
    "denied_letters",
    "letter_text_golds",
    "hedges",
    "math_tails",
    "ratio_tails",
    "ratios_in_words",
    "paired_values",
    "answers_first",
    "closing_tables",
    "final_after_box",
    "unreadable",
    "made_up_questions",
    "chinese_choice_markers",
    "solution_endings",
    "chinese_conclusions",
    "chinese_prose_in_math",
    "chinese_stated_numbers",
    "chinese_lead_in_math",
    "bounds_not_values",
    "chinese_numerals",
    "zh_numeral",
    "foreign_markers",
    "EXTRACTION_FORMS",
]

_NAMES = ("AC", "∠AEC", "\\( S_{ABC} \\)", "the length of CD", "$BC$", "the area")
_UNITS = ("", " cm", " cm^2", " square units", " m", "°")
_SPACES = ("", " ", "  ")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")  # fmt: skip


def _numbers() -> st.SearchStrategy[str]:
    ints = st.integers(0, 9999).map(str)
    decimals = st.builds(
        lambda a, b: f"{a}.{b}", st.integers(0, 999), st.integers(1, 99).filter(lambda b: b % 10)
    )
    return st.one_of(ints, decimals)


@st.composite
def named_first(draw: st.DrawFn) -> Case:
    """The quantity named first, its value after a copula, in English, Chinese, French or Spanish; a point or an
    interval named first in words ("The vertex is at (2, -3).", or the noun alone: "the point (2, -3)", "The answer is
    the interval [1, 2)."; the bracketed value, its order kept); a set in braces ("The set is {1, 2}.", "the set {1,
    2}": its elements, in any order)."""
    v, unit, sp = draw(_numbers()), draw(st.sampled_from(_UNITS)), draw(st.sampled_from(_SPACES))
    name = draw(st.sampled_from(_NAMES))
    if (
        draw(st.integers(0, 4)) == 0
    ):  # a point or an interval named first, in words ("The vertex is at (2, -3).")
        a, b = draw(st.lists(st.integers(-20, 20), min_size=2, max_size=2, unique=True))
        opening, closing = draw(st.sampled_from(["()", "[]", "[)"]))
        subject = draw(
            st.sampled_from(
                ["The point is", "The vertex is at", "The coordinates of P are", "The interval is"]
                # the noun that names its kind, with no verb ("the point (1, 2)", "The answer is the interval [1, 2).")
                + [
                    "the point",
                    "The answer is the point",
                    "Point",
                    "The final answer is the interval",
                    "the vertex",
                ]
            )
        )
        right = draw(st.booleans())
        if draw(st.integers(0, 3)) == 0:  # a set in braces ("The solution set is {1, 2}."): its order is free
            opening = draw(st.sampled_from(["{", "\\{"]))
            says = draw(
                st.sampled_from(["The set is", "The solution set is", "the set", "The answer is the set"])
            )
            reply = f"{says} {opening}{a},{sp}{b}{opening.replace('{', '}')}."
            c = b + 1 if b + 1 != a else b + 2
            gold = f"\\{{{b}, {a}\\}}" if right else f"\\{{{a}, {c}\\}}"
            return Case(gold, reply, right, why="a set named first")
        reply = f"{subject} {opening}{a},{sp}{b}{closing}."
        gold = f"{opening}{a}, {b}{closing}" if right else f"{opening}{b}, {a}{closing}"
        return Case(gold, reply, right, why="a bracketed value named first")
    form = draw(st.sampled_from(range(7)))
    response = [
        f"So the answer is {name} is{sp} {v}{unit} long.",
        f"The answer is: {name} equals {v}{unit}.",
        f"The answer is {v}{unit}, which is {name}.",  # value first
        f"答案是{name}的值是{v}{unit.strip()}",
        f"所以CD的长度是{v}",
        f"Donc la réponse est {name} est {v}{unit}.",
        f"La respuesta es {v}{sp}{unit}.",
    ][form]
    return Case(v, response, True, why="the quantity stated after the answer marker is the answer")


@st.composite
def relation_replies(draw: st.DrawFn) -> Case:
    """A short reply stating a relation, either way round ("x < 3" or "3 > x"), with or without spaces;
    graded against the relation (right) or its mirror (wrong)."""
    n = draw(st.integers(-50, 50))
    op, flipped, mirror = draw(
        st.sampled_from(
            [("\\lt", "\\gt", ">"), ("\\gt", "\\lt", "<"), ("\\leq", "\\geq", ">"), ("\\geq", "\\leq", "<")]
        )
    )
    gold_op = {"\\lt": "<", "\\gt": ">", "\\leq": "\\le", "\\geq": "\\ge"}[op]
    sp = draw(st.sampled_from([" ", "", "  "]))
    stated = draw(st.sampled_from([f"x{sp}{op}{sp}{n}", f"{n}{sp}{flipped}{sp}x"]))
    lead = draw(st.sampled_from(["We find that", "Hence", "Solving, we get", "Therefore", "The solution is"]))
    if draw(st.booleans()):
        response = f"{lead} ${stated}$."
    else:  # in plain text, its signs as a keyboard writes them (`<=`), perhaps after a worked step
        plain = stated.replace("\\leq", "<=").replace("\\geq", ">=").replace("\\lt", "<").replace("\\gt", ">")
        step = draw(st.sampled_from(["", "We move every term to one side.\n", "First we simplify it. "]))
        response = f"{step}{lead} {plain}{draw(st.sampled_from(['.', '']))}"
    right = draw(st.booleans())
    gold = f"x {gold_op} {n}" if right else f"x {mirror} {n}"
    return Case(gold, response, right, why="a short reply's relation is the answer, not its last number")


@st.composite
def plain_equations(draw: st.DrawFn) -> Case:
    """A reply whose last sentence ends with an equation in plain text ("The equation of the line is y = 2x + 1.",
    "So f(x) = 3x - 4", "The answer is the line y = 2x + 1."), short or after a worked step: the equation, never its
    last number."""
    a, b = draw(st.integers(2, 9)), draw(st.integers(1, 20))
    name = draw(st.sampled_from(["y", "f(x)"]))
    sign = draw(st.sampled_from(["+", "-"]))
    stated = f"{name} = {a}x {sign} {b}"
    lead = draw(
        st.sampled_from(
            ["The equation of the line is", "So", "Thus the function is", "We get"]
            # after an answer marker, the noun that names its kind ("The answer is the line y = 2x + 1.")
            + ["The answer is the line", "The answer is the equation", "The final answer is the function"]
        )
    )
    step = draw(
        st.sampled_from(["", "The slope is found from two points.\n", "We compute the slope first. "])
    )
    response = f"{step}{lead} {stated}{draw(st.sampled_from(['.', '']))}"
    right = draw(st.booleans())
    gold = draw(st.sampled_from([f"{name} = {a}x {sign} {b}", f"{a}x {sign} {b}"])) if right else str(b)
    return Case(gold, response, right, why=f"{stated} for {gold}")


@st.composite
def joined_relations(draw: st.DrawFn) -> Case:
    """A one-line reply that ends with relations in one unknown joined by "or" / "and" after its words ("Hence x < -1
    or x > 1.", "The solution set is $x \\le 2$ or $x \\ge 3$.", "It holds when x > 1 and x < 3."), or with the values
    it gives one unknown in math spans ("The solutions are $x=5$ or $x=-2$."), or the values of several unknowns
    ("The solution is x = 2 and y = 3."): the union, the intersection or the list, never its last part alone, in
    plain text, in Unicode signs or in LaTeX."""
    a = draw(st.integers(-20, 10))
    b = a + draw(st.integers(1, 15))
    lead = draw(
        st.sampled_from(
            ["Hence", "So", "The solution set is", "The inequality holds when", "The solution is"]
        )
    )
    end = draw(st.sampled_from([".", ""]))
    sp = draw(st.sampled_from([" ", ""]))
    if draw(st.integers(0, 7)) == 0:  # two values written with ± in plain text ("The solutions are x = ±2.")
        k = draw(st.integers(1, 30))
        reply = (
            f"{draw(st.sampled_from(['The solutions are', 'Hence the roots are', 'So']))} x{sp}={sp}±{k}{end}"
        )
        right = draw(st.booleans())
        gold = draw(st.sampled_from([f"{k}, -{k}", f"-{k}, {k}", f"\\pm {k}"])) if right else str(k)
        return Case(gold, reply, right, why="two values written with ±")
    if draw(st.integers(0, 3)) == 0:  # values of one unknown, in math spans
        joined = draw(st.sampled_from(["or", "and", ","]))
        first, second = draw(st.permutations([a, b]))
        # (the same name, or one letter with the roots' numbered subscripts: `$x_1=3$ and $x_2=2$`)
        one, two = draw(st.sampled_from([("x", "x"), ("x_1", "x_2"), ("x_{1}", "x_{2}")]))
        joined = joined if joined == "," else f" {joined}"
        reply = f"{draw(st.sampled_from(['The solutions are', 'The roots of the equation are']))} ${one}{sp}={sp}{first}${joined} ${two}{sp}={sp}{second}${end}"
        if draw(st.integers(0, 3)) == 0:  # in plain text with Unicode subscripts ("x₁ = 3 and x₂ = 2")
            reply = f"The roots are x₁{sp}={sp}{first}{joined} x₂{sp}={sp}{second}{end}"
        right = draw(st.booleans())
        gold = draw(st.sampled_from([f"{a}, {b}", f"{b}, {a}"])) if right else str(second)
        return Case(gold, reply, right, why="values one unknown is given, as a list")
    if draw(st.integers(0, 5)) == 0:  # values of two or three unknowns, joined by "and" in plain text
        names = draw(st.sampled_from([("x", "y"), ("a", "b"), ("x", "y", "z"), ("p", "q")]))
        values = [a, b, b + 1][: len(names)]
        said = [f"{name}{sp}={sp}{value}" for name, value in zip(names, values, strict=True)]
        joined = " and ".join(said) if len(said) == 2 else f"{said[0]}, {said[1]} and {said[2]}"
        reply = f"{draw(st.sampled_from(['The solution is', 'Solving gives', 'We get']))} {joined}{end}"
        right = draw(st.booleans())
        gold = f"({', '.join(map(str, values))})" if right else str(values[-1])
        return Case(gold, reply, right, why="values of several unknowns joined by 'and'")
    closed = draw(st.booleans())
    union = draw(st.booleans())
    lt, gt = ("\\le", "\\ge") if closed else ("<", ">")
    if union:  # x < a or x > b
        parts, word = ((lt, a), (gt, b)), "or"
        left, right_end = ("]", "[") if closed else (")", "(")
        whole = f"(-\\infty, {a}{left} \\cup {right_end}{b}, \\infty)"
    else:  # x > a and x < b
        parts, word = ((gt, a), (lt, b)), "and"
        whole = f"{'[' if closed else '('}{a}, {b}{']' if closed else ')'}"
    spelling = draw(st.sampled_from(["latex", "plain", "unicode"]))
    signs = {"latex": {}, "plain": {"\\le": "<=", "\\ge": ">="}, "unicode": {"\\le": "≤", "\\ge": "≥"}}[
        spelling
    ]
    stated = [f"x{sp}{signs.get(op, op)}{sp}{n}" for op, n in parts]
    if spelling == "latex":
        reply = f"{lead} ${stated[0]}$ {word} ${stated[1]}${end}"
    else:
        reply = f"{lead} {stated[0]} {word} {stated[1]}{end}"
    right = draw(st.booleans())
    last_alone = f"({b}, \\infty)" if union else f"(-\\infty, {b})"
    return Case(whole if right else last_alone, reply, right, why=f"relations joined by {word!r}: one answer")


@st.composite
def lead_ins(draw: st.DrawFn) -> Case:
    v = draw(_numbers())
    sp = draw(st.sampled_from(_SPACES))
    if draw(st.integers(0, 7)) == 0:
        # a label before an answer in words, or a sentence ("Output: seven", "Ans: three people", "Result: No, it
        # cannot be done."): the label opens the reply, its words are read as a reply's are; after a name before a
        # colon ("Total: 12") or "It's" only a value, in digits or words, is read
        n = draw(st.integers(1, 12))
        label = draw(st.sampled_from(["Result:", "Output:", "Ans:", "Solution:", "**Final result:**"]))
        rest, gold = draw(
            st.sampled_from(
                [
                    (_WORDS[n], str(n)),
                    (f"{_WORDS[n]} {draw(st.sampled_from(['people', 'apples', 'cm']))}", str(n)),
                    ("No, it cannot be done.", "No"),
                    ("Yes, such a triangle exists.", "Yes"),
                ]
            )
        )
        if draw(
            st.booleans()
        ):  # "It's three.", "Number of cats: three" (had been taken whole, a decided reject)
            label = draw(st.sampled_from(["It's", "That's", "It is", "Number of cats:", "Count:", "Total:"]))
            rest, gold = (
                draw(
                    st.sampled_from([f"{_WORDS[n]}.", f"{_WORDS[n]} {draw(st.sampled_from(['cm', 'cats']))}"])
                ),
                str(n),
            )
        return Case(gold, f"{label}{sp} {rest}", True, why="a label before an answer in words")
    response = draw(
        st.sampled_from(
            [
                f"Answer \\[{sp}{v}{sp}\\]",
                f"Therefore ${v}$ is the solution.",
                f"Thus we get $${v}$$",
                f"Thus we get $${v}{sp}\\text{{.}}$$",  # a full stop set in the math
                f"So\n$$\nS={v} \\text {{. }}\n$$",
                # the marker set in a text macro (its closing brace is no part of the answer)
                f"\\textbf{{Final Answer:}}{sp} {v}",
                f"$\\text{{The answer is }}{sp}{v}$",
                # a word on how plain the answer is, then a colon ("clear:" had been read as the answer's words)
                f"The answer is clear:{sp} {v}",
                f"The answer is simple: {v}.",
                f"The answer is as follows:\n{v}",
                f"So the answer is now clear: ${v}$.",
                # a one-line reply that opens with another label, or "It's"
                f"Result:{sp} {v}",
                f"Ans. {v}",
                f"**Solution:** {v}",
                f"It's {v}.",
                f"That is {v}",
                # a connective, then the value alone ("Therefore, 12." had been taken whole, a decided reject)
                f"Therefore, {v}.",
                f"So {v}",
                f"Hence{sp} {v}.",
                # a dash after the label, or an arrow alone ("Answer - 12", "=> 12": had been taken whole)
                f"Answer - {v}",
                f"Final answer – {v}",
                f"=> {v}",
                f"→ {v}",
                f"Total:{sp} {v}",  # a name of what the value is, then a colon
                f"Area: {v} cm^2",
                f"Number of cats: {v}",
                # markdown bold or italics that open the answer close inside it, before its unit
                f"We add them up.\n\nFinal answer: **{v}** units",
                f"So the answer is *{v}* cm.",
                # the model's own certainty between the marker and the value
                f"The answer is probably {v}.",
                f"The answer is most likely ${v}$.",
                # a heading, then the answer in display math on the lines after it
                f"We add them up.\n### Final Answer\n$$\n{v}\n$$",
                f"We add them up.\n\n## Final Answer\n\n\\[\n{v}\n\\]",
                f"We add them up.\nFinal Answer\n$${sp}{v}{sp}$$",
                # the marker inside brackets of its own, after the working
                f"We add them up.\n(The answer: {v})",
                f"We add them up.{sp}[Answer: {v}]",
                f"We add them up (final answer: {v}).",
            ]
        )
    )
    return Case(v, response, True, why="prose around one short answer")


@st.composite
def template_leftovers(draw: st.DrawFn) -> Case:
    v = draw(st.integers(0, 999))
    other = draw(st.integers(1000, 9999))
    token = draw(
        st.sampled_from(
            [
                "</s>",
                "<|im_end|>",
                "<eos>",
                "<|eot_id|>",
                "<end_of_turn>",
                "[/INST]",
                "<|assistant|>",
                "<｜end▁of▁sentence｜>",
                "<|end▁of▁sentence|>",
                "<|return|>",
                "<｜User｜>",
            ]
        )
    )
    tail = draw(st.sampled_from(["", f"\n<|im_start|>user\nWhat about {other}?", f" {other}"]))
    lead = draw(st.sampled_from(["", "The answer is ", "There are "]))
    if draw(st.integers(0, 5)) == 0:  # gpt-oss's harmony format: the final channel, after the analysis
        shown = draw(st.sampled_from([v, other]))
        reply = (
            f"<|channel|>analysis<|message|>Maybe the answer is {other}. Check again.<|end|>"
            f"<|start|>assistant<|channel|>final<|message|>{lead}{shown}<|return|>"
        )
        return Case(str(v), reply, shown == v, why="gpt-oss's final channel")
    if (
        draw(st.integers(0, 3)) == 0
    ):  # GLM-4.1V / 4.5V's answer box after its reasoning, with other numbers before
        shown = draw(st.sampled_from([v, other]))
        reply = (
            f"<think>First {other - 1}, then {other}.</think><answer>Counting again, the answer is "
            f"<|begin_of_box|>{shown}<|end_of_box|></answer>"
        )
        if draw(st.booleans()):  # the box, then a remark with another number
            reply = f"<|begin_of_box|>{shown}<|end_of_box|>\n\nThis took {other} steps of checking."
        if draw(st.integers(0, 2)) == 0:  # Kimi-VL's reasoning block, or `<thinking>`, then the reply
            opening, closing = draw(st.sampled_from([("◁think▷", "◁/think▷"), ("<thinking>", "</thinking>")]))
            reply = f"{opening}Maybe the answer is {other}.{closing}\n{shown}"
            return Case(str(v), reply, shown == v, why="the reply after a reasoning block")
        return Case(str(v), reply, shown == v, why="the answer between GLM's box tokens")
    if draw(st.integers(0, 5)) == 0:  # keycap digits, as chat models write them ("The answer is 4️⃣.")
        shown = draw(st.sampled_from([v, other]))
        selector = draw(st.sampled_from(["\ufe0f", ""]))  # (the emoji selector, or none)
        keycaps = "".join(d + selector + "\u20e3" for d in str(shown))
        return Case(str(v), f"{lead}{keycaps}.", shown == v, why="a number in keycap digits")
    return Case(
        str(v), f"{lead}{v}{token}{tail}", True, why="text after an end-of-turn token is not the reply"
    )


@st.composite
def answer_blocks(draw: st.DrawFn) -> Case:
    """An answer block that holds a sentence, not a bare value: MM-Eureka's `<answer>The total is 5.</answer>`
    after a `<think>` block, and LLaVA-CoT's `<CONCLUSION> There are 5 dots in total. </CONCLUSION>` after its
    SUMMARY / CAPTION / REASONING stages, each with other numbers before: the sentence's value, never those.
    Two blocks side by side with two values (`<answer>6</answer><answer>5</answer>`) offer both: no answer."""
    v, other = draw(st.lists(st.integers(2, 999), min_size=2, max_size=2, unique=True))
    sentence = draw(
        st.sampled_from(["The total is {v}.", "There are {v} dots in total.", "So the answer is {v}."])
    )
    sentence = sentence.format(v=v)
    if (
        draw(st.integers(0, 3)) == 0
    ):  # blocks side by side: two values offered are no answer; one value twice is
        twice = draw(st.booleans())
        first, second = (v, v) if twice else draw(st.permutations([v, other]))
        sep = draw(st.sampled_from(["", "\n", " or ", "\n\n"]))
        reply = f"<think>I count the dots.</think>\n<answer>{first}</answer>{sep}<answer>{second}</answer>"
        return Case(str(v), reply, twice, why="answer blocks side by side")
    if draw(st.booleans()):
        reply = f"<think>First I count {other} dots, then check again.</think>\n<answer>{sentence}</answer>"
    else:
        reply = (
            f"<SUMMARY> I will count the dots. </SUMMARY>\n\n<CAPTION> The image shows {other} shapes. </CAPTION>\n\n"
            f"<REASONING> Counting row by row gives {v}. </REASONING>\n\n<CONCLUSION> {sentence} </CONCLUSION>"
        )
    right = draw(st.booleans())
    return Case(str(v if right else other), reply, right, why="a sentence inside the answer block")


_TENS_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _in_words(n: int) -> str:
    """`n` (1 to 999,999) in English words, as a reply spells it ("three hundred and forty-five")."""

    def small(k: int) -> str:  # 1 to 999; "and" after the hundreds in some, as British English writes it
        hundreds, rest = divmod(k, 100)
        if rest < 20:
            tail = _WORDS[rest] if rest else ""
        else:
            tail = _TENS_WORDS[rest // 10] + (f"-{_WORDS[rest % 10]}" if rest % 10 else "")
        head = f"{_WORDS[hundreds]} hundred" if hundreds else ""
        joint = " and " if k % 2 else " "
        return joint.join(p for p in (head, tail) if p)

    thousands, rest = divmod(n, 1000)
    return " ".join(
        p for p in (f"{small(thousands)} thousand" if thousands else "", small(rest) if rest else "") if p
    )


@st.composite
def stated_counts(draw: st.DrawFn) -> Case:
    """A one-sentence reply with one count, in digits or words ("There are four cubes", "共有6种"), a count after a
    premise's number and a clause that concludes ("..., so 4 blue balls"), or a total or a remainder after a
    comma ("There are 7 red and 5 blue, 12 in total.", "After removing 3 objects, 12 remain."), or after a verb of
    result ("Removing 3 spheres and 1 cylinder leaves 12 objects."), or one offered
    tentatively ("Maybe 12."), or an amount of money ("Tom has $12 left.", "Tom has \\$12 left.", "She earns $12 in all
    (1 day x $12)."; two amounts are no answer), or in words with a scale inside it ("There
    are three hundred and forty-five apples."), or in digits grouped by threes with spaces ("There are 12 500
    people.", SI typesetting), or in words of tens and units ("There are twenty-five students.", "thirty one"; not its
    tens) or "one hundred" / "a thousand" alone: that count; "None.", "There are none.": 0."""
    if draw(st.integers(0, 7)) == 0:  # tens and units in words, or a hundred or a thousand alone
        tens_units = draw(st.integers(21, 99).filter(lambda k: k % 10))
        spoken = _in_words(tens_units)
        if draw(st.booleans()):
            spoken = spoken.replace("-", " ")
        count, spoken = draw(
            st.sampled_from(
                [
                    (tens_units, spoken),
                    (100, "one hundred"),
                    (1000, draw(st.sampled_from(["a", "one"])) + " thousand"),
                ]
            )
        )
        said = draw(
            st.sampled_from(
                [
                    "There are {w} students.",
                    "I count {w} stars.",
                    "The class has {w} students.",
                    "{W} people came.",
                ]
            )
        )
        reply = said.format(w=spoken, W=spoken.capitalize())
        right = draw(st.booleans())  # (its tens had been the count: correct for 20 in "twenty-five")
        gold = str(count) if right else str(count // 10 * 10 if count < 100 else count + 1)
        if (
            count < 100 and draw(st.integers(0, 2)) == 0
        ):  # a percent in words: that share ("twenty-five per cent")
            word = draw(st.sampled_from([" percent", " per cent", " pct"]))
            reply = draw(
                st.sampled_from(["{w}{p}", "About {w}{p} of the students.", "It is {w}{p}."])
            ).format(w=spoken, p=word)
            reply = reply[0].upper() + reply[1:] if draw(st.booleans()) else reply
            gold = exact_decimal(Fraction(count if right else count // 10 * 10, 100))
        return Case(gold, reply, right, why=f"{reply!r} for {gold}")
    if (
        draw(st.integers(0, 7)) == 0
    ):  # digits grouped by spaces: one number, not its last group ("12 500": 12500)
        big = draw(st.integers(1_000, 9_999_999).filter(lambda k: k % 1000 >= 100))
        spaced = f"{big:,}".replace(",", " ")
        said = draw(
            st.sampled_from(
                [
                    "There are {n} people.",
                    "The total is {n} kg.",
                    "So the population is {n}.",
                    "I count {n} stars.",
                ]
            )
        )
        reply = said.format(n=spaced)
        right = draw(st.booleans())  # (read by its number pattern it had been its last group, or its first)
        gold = str(big) if right else draw(st.sampled_from([str(big % 1000), spaced.split(" ")[0]]))
        return Case(gold, reply, right, why=f"{reply!r} for {gold}")
    if (
        draw(st.integers(0, 7)) == 0
    ):  # a count in words with a scale inside it ("three hundred and forty-five")
        big = draw(st.integers(101, 99_999).filter(lambda k: k % 100 and k % 1000 >= 100))
        said = draw(st.sampled_from(["There are {w} apples.", "{W}", "The population is {w}."]))
        reply = said.format(w=_in_words(big), W=_in_words(big).capitalize())
        right = draw(
            st.booleans()
        )  # (read by its first words it had been "3 hundred", correct for 300 and 3)
        gold = str(big) if right else draw(st.sampled_from([str(big // 100 * 100), str(big + 1)]))
        return Case(gold, reply, right, why=f"{reply!r} for {gold}")
    n = draw(st.integers(2, 10))
    other = draw(st.integers(11, 99))
    word = draw(st.booleans())
    count = _WORDS[n] if word else str(n)
    form = draw(st.sampled_from(range(16)))
    part = draw(st.integers(1, n - 1))  # (two parts of the count, stated before its total)
    connective = draw(st.sampled_from(["so", "thus", "and so", "so,", "therefore"]))
    lead = draw(st.sampled_from(["共有", "一共", "一共有", "总共有", "有", "所以共有"]))
    measure = draw(st.sampled_from(["种", "个", "条", "次"]))
    response = [
        f"There are {count} bars with values below {other}.",
        f"I {draw(st.sampled_from(['count', 'see', 'counted']))} {count}{draw(st.sampled_from([' objects', '']))}.",
        f"After subtracting all blue cubes, there are {count} objects left, with {other}% of them red.",
        f"Counting them one by one gives {other - 10} steps in all. The answer is {count}.",
        f"Final answer: {count} objects",
        # a premise's number, then a clause that concludes: the conclusion's count (the premise's is a wrong gold)
        f"There are {other} more red balls than blue ones, {connective} {count} blue balls.",
        f"There are {other} cars in the lot; {connective} {count} rows.",
        f"{lead}{n}{measure}",  # a count in Chinese, in two or three words ("共有6种": "6 kinds in all")
        f"{_WORDS[n].capitalize()} people are in the image.",  # the count opens the sentence
        f"The age gap {draw(st.sampled_from(['is', 'measures', 'comes to']))} {_WORDS[n]} years.",  # a number word after
        # the copula (or a verb of measure), then its unit
        # a worked reply whose last sentence states its count in words after digits of the working
        f"I see {other} rows of dots.\nSo there are {_WORDS[n]} squares in total.",
        # the parts, then their total after a comma with no connective ("..., 12 in total", "..., making 12")
        f"There are {part} red and {n - part} blue, {count} {draw(st.sampled_from(['in total', 'altogether', 'in all']))}."
        if draw(st.booleans())
        else f"There are {part} red balls and {n - part} blue balls, "
        f"{draw(st.sampled_from(['making', 'for a total of', 'giving']))} {count}.",
        f"After removing {other} objects, {count} {draw(st.sampled_from(['remain', 'objects remain', 'are left']))}."
        if draw(st.booleans())
        else f"{draw(st.sampled_from(['Removing', 'Subtracting', 'Taking away']))} {other} spheres and {part} cylinder"
        f"{draw(st.sampled_from([' leaves', ' leaves us with', ' results in', ' gives']))} {count} objects.",
        # one value offered tentatively ("Maybe 12.", "I think 12?"): that value, a guess
        f"{draw(st.sampled_from(['Maybe', 'Probably', 'I think', 'Perhaps,']))} {n}{draw(st.sampled_from(['.', '?', '']))}",
        # an amount of money with its currency sign, in a sentence that goes on ("Tom has $12 left.")
        draw(
            st.sampled_from(
                [
                    "It costs ${n}.",
                    "Tom has ${n} left.",
                    "She spent ${n} on books.",
                    "It costs ${n}",
                    "Tom has \\${n} left.",  # (an escaped sign, as a LaTeX-minded model writes it)
                    "She earns ${n} in all (1 day x ${n}).",  # (a working in brackets that names what it counts)
                    "The total is ${n}, which is $1 more than before.",  # (every `$` before a digit: no math span)
                    "She pays $1 and gets ${n} back.",
                ]
            )
        ).format(n=n),
        # none at all: "None.", "There are none.", "There are no red balls left." (a count of 0; "none" had been a
        # word against 0, and "no ... left" the sentence taken whole)
        draw(st.sampled_from(["None.", "none", "There are none.", "I see none.", _none_left(draw)])),
    ][form]
    if form == 15 and "left of" in response:  # "No ball is left of the cube.": a place, no count
        return Case(draw(st.sampled_from(["0", str(n)])), response, False, why="left of: a place")
    if form == 15:
        zero = draw(st.booleans())
        return Case("0" if zero else str(n), response, zero, why="none is 0")
    if form in (11, 12) and draw(st.booleans()):
        return Case(
            str(part if form == 11 else other), response, False, why="a part's number, before the total"
        )
    if form == 10 and draw(st.booleans()):
        return Case(str(other), response, False, why="the working's number, before a count in words")
    if form == 14 and ("(1 day" in response or "$1 more" in response) and draw(st.booleans()):
        return Case("1", response, False, why="the working's number, in brackets after the value")
    if form == 14 and "$1 and" in response:  # two amounts: neither is the answer alone
        return Case(draw(st.sampled_from(["1", str(n)])), response, False, why="two amounts")
    if form >= 8 and draw(st.booleans()):
        return Case(str(n + 1), response, False, why="another count")
    if form == 7 and draw(st.booleans()):
        return Case(
            str(n), f"至少{lead.removeprefix('所以')}{n}{measure}", False, why="a bound, not the count"
        )
    if form in (5, 6) and draw(st.booleans()):
        return Case(str(other), response, False, why="the premise's number, before a concluding clause")
    return Case(str(n), response, True, why="a one-sentence reply states its count")


def _none_left(draw: st.DrawFn) -> str:
    """A sentence that says no objects are left ("There are no red balls left.", "No objects remain.", "Nothing is
    left."), or one where "left" is a place ("No ball is left of the cube.")."""
    things = draw(
        st.sampled_from(["objects", "red balls", "small yellow cubes", "things", "items", "cylinders"])
    )
    said = draw(
        st.sampled_from(
            [
                f"There are no {things} left",
                f"There would be no {things} remaining",
                f"No {things} are left",
                f"No {things} remain",
                f"After subtracting them, there are no {things} left",
                "Nothing is left",
                # ("none" as the subject: had been taken whole)
                "None of them are left",
                f"None of the {things} remain",
                "None are left",
                f"None of the 5 {things} are left",  # (the whole they were counted from: no count of them left)
                f"There are no {things} left in the image",
                f"There are no {things} left after removing 3 of them",  # (a premise's number after it)
                f"No {things[:-1]} is left of the cube",
            ]
        )
    )
    return said + draw(st.sampled_from([".", ""]))


@st.composite
def justified_letters(draw: st.DrawFn) -> Case:
    """An option letter, then a justification that names other options or their values ("D, it can't be A or
    B", "C, not A", "The answer is B, since A is too small.", "B, as 3 is too small.", "C is the right answer rather
    than 4.", "So C is correct. The other options are wrong."), or the source it is read from ("The answer is B as
    shown in the image."): the first letter."""
    letters = draw(st.permutations("ABCDE"))
    pick, x, y = letters[0], letters[1], letters[2]
    response = draw(
        st.sampled_from(
            [
                f"{pick}, it can't be {x} or {y}",
                f"{pick} is correct because {x} and {y} are wrong.",  # (a reason after "is correct")
                f"Option {pick} is the correct answer, since {x} does not fit.",
                f"{pick}, not {x}",
                f"{pick}。不是 {x}",
                f"The answer is {pick}, not {x}.",
                f"The answer is {pick} and not {x}.",  # no comma before the denial
                f"The answer is ({pick}) not ({x}).",
                f"The answer is {pick} rather than {x}.",
                f"{pick} instead of {x}",
                # (the source it is read from, or what it is preferred to, after the letter or after the marker that
                # follows it; a closing remark on the others)
                f"The answer is {pick} as shown in the image.",
                f"The answer is option {pick} based on the diagram.",
                f"{pick} is the right answer, not {x}.",
                f"{pick} is the right answer rather than {{v}}.",
                f"So {pick} is correct. The other options are wrong.",
            ]
        )  # fmt: skip
    )
    values = ["3", "4", "5", "6", "7"]  # (the options' texts, when the question has them)
    x_value = values["ABCDE".index(x)]
    response = response.replace("{v}", x_value)
    if draw(st.booleans()):  # a reason after the letter, about another option or its value
        lead = draw(
            st.sampled_from(["The answer is {p}", "{p}", "Answer: ({p})", "The correct option is {p}"])
        )
        reason = draw(
            st.sampled_from(
                [
                    ", since {x} is too small.",
                    ", because option {x} is too small and {y} too big.",
                    " because {x} is too small.",
                    ", as {v} is too small.",
                    ", since {v} is too small.",
                    ", whereas {x} would be too small.",
                    ", given that {v} does not fit.",
                ]
            )  # fmt: skip
        )
        response = lead.format(p=pick) + reason.format(x=x, y=y, v=x_value)
    choices = tuple(values) if draw(st.booleans()) else None
    right = draw(st.booleans())
    return Case(pick if right else x, response, right, choices=choices,
                why="a letter then a justification naming others")  # fmt: skip


@st.composite
def denied_letters(draw: st.DrawFn) -> Case:
    """An option the reply denies right after naming it, by letter or by text ("C is incorrect.", "(C) is
    wrong", "Option C is ruled out", "C选项错误", "60° is not correct."): never that option; after denying
    others the reply's one remaining letter is its answer ("B is incorrect, so C."); "C is correct." and
    "C选项正确" still choose C; an option's text with another's it rules out ("red, not blue", "a square, not a
    circle") is the first;
    "Neither A nor B." chooses no option, nor does a reply that only bounds one ("It is at least B.", "It is more than
    (B).", "The angle exceeds 45°.")."""
    texts = draw(st.permutations(["30°", "45°", "60°", "90°"]))
    i, j = draw(st.permutations(range(4)))[:2]
    pick, other = "ABCD"[i], "ABCD"[j]
    sp = draw(st.sampled_from(["", " "]))
    if draw(st.integers(0, 5)) == 0:  # an option bounded, by letter or by text: no option chosen
        bounded = draw(st.sampled_from(["It is at least {L}.", "It is more than ({L}).", "The answer is at most {L}.",
                                        "The angle exceeds {T}.", "It is less than {T}.", "Up to ({L})."]))  # fmt: skip
        gold = "ABCD"[draw(st.integers(0, 3))]
        reply = bounded.format(L=pick, T=texts[i])
        return Case(gold, reply, False, choices=tuple(texts), why=f"an option only bounded: {reply!r}")
    denied = draw(
        st.sampled_from(
            [
                "{L} is incorrect.",
                "({L}) is wrong.",
                "Option {L} is ruled out.",
                "{L} is not correct.",
                "{L} is not the answer.",
                "{L}{sp}选项错误",
                "{L}{sp}选项不正确。",
                "{T} is incorrect.",
                "The answer: {L} is false.",
            ]
        )  # fmt: skip
    )
    form = draw(st.integers(0, 4))
    if form == 4:  # "Neither A nor B.": names no option, so no gold is its answer
        reply = draw(
            st.sampled_from(["Neither {L} nor {O}.", "It is neither ({L}) nor ({O})", "neither {L} nor {O}"])
        )
        gold = "ABCD"[draw(st.integers(0, 3))]
        return Case(gold, reply.format(L=pick, O=other), False, choices=tuple(texts), why="neither ... nor")
    if (
        form == 3
    ):  # one option's text, and another's it rules out: the first ("red, not blue", "a square, not a circle")
        texts = draw(st.permutations(["red", "blue", "green", "yellow"]))
        reply = draw(st.sampled_from(["{T}, not {O}", "It is not {O} but {T}.", "{T} (not {O})",
                                      "The shape is a {T}, not a {O}.", "It is not the {O} but the {T}.",
                                      "Not an {O}; a {T}."]))  # fmt: skip
        if "shape" in reply or "a {T}" in reply:
            texts = draw(st.permutations(["square", "circle", "triangle", "oval"]))
        right = draw(st.booleans())
        return Case(
            "ABCD"[i if right else j],
            reply.format(T=texts[i], O=texts[j]),
            right,
            choices=tuple(texts),
            why="an option's text, and another's it rules out",
        )
    if form == 0:  # the denied option alone: never chosen
        reply = denied.format(L=pick, T=texts[i], sp=sp)
        return Case(pick, reply, False, choices=tuple(texts), why="an option denied after it is named")
    if form == 1:  # others denied, then one letter left
        reply = f"{other} is incorrect, so {pick}."
        right = draw(st.booleans())
        return Case(pick if right else other, reply, right, choices=tuple(texts), why="the letter left")
    reply = draw(st.sampled_from(["{L} is correct.", "{L}{sp}选项正确", "({L}) is right."])).format(
        L=pick, sp=sp
    )
    right = draw(st.booleans())
    return Case(pick if right else other, reply, right, choices=tuple(texts), why="an option affirmed")


@st.composite
def letter_text_golds(draw: st.DrawFn) -> Case:
    names = ["Alina", "Boris", "Chen", "Dana"]
    if draw(st.booleans()):  # (values, the letter set in a macro as AMC keys write it: `\textbf{(C) } 12`)
        names = [str(v) for v in draw(st.lists(st.integers(1, 99), min_size=4, max_size=4, unique=True))]
    i = draw(st.integers(0, 3))
    dress = draw(st.sampled_from(["({L}) {T}", "{L}. {T}", "{L}) {T}", "\\textbf{{({L}) }} {T}", "$\\textbf{{({L})}}\\ {T}$",
                                  "\\mathrm{{({L})}}\\ {T}"]))  # fmt: skip
    gold = dress.format(L="ABCD"[i], T=names[i])
    j = draw(st.integers(0, 3))
    response = draw(st.sampled_from(["{L}", "({L})", "The answer is {T}.", "The answer is ({L}) {T}."]))
    choices = draw(st.sampled_from([None, tuple(names)]))
    return Case(
        gold, response.format(L="ABCD"[j], T=names[j]), i == j, choices, why="gold as letter plus text"
    )


@st.composite
def hedges(draw: st.DrawFn) -> Case:
    if draw(st.integers(0, 2)) == 0:  # two values offered: neither is the answer, least of all the last
        x, y = draw(st.lists(st.integers(1, 999), min_size=2, max_size=2, unique=True))
        noun = draw(st.sampled_from(["", " apples", " cm"]))
        response = draw(
            st.sampled_from(
                [
                    f"The answer could be {x}{noun} or {y}{noun}.",
                    f"Probably {x}{noun}, but it could be {y}{noun}.",
                    f"The answer is {x}{noun} or {y}{noun}.",
                    f"It is {x}{noun}, or maybe {y}{noun}.",
                    # a count between two values, the second in brackets or not (both had been read as the first)
                    f"There are {x} or {y} apples.",
                    f"There are {x} (or {y}) apples.",
                    # each value hedged, or two ends of a range
                    f"I'm not sure; maybe {x}{noun}, maybe {y}{noun}.",
                    f"Somewhere between {x}{noun} and {y}{noun}.",
                ]
            )  # fmt: skip
        )
        return Case(str(draw(st.sampled_from([x, y]))), response, False, why="two values offered")
    if (
        draw(st.integers(0, 3)) == 0
    ):  # the same with a fraction or an angle: "between 3/4 and 2/3", "45° or 60°"
        x, y = draw(st.sampled_from([("3/4", "2/3"), ("45°", "60°"), ("1/2", "5/8"), ("30°", "120°")]))
        response = draw(st.sampled_from([f"Somewhere between {x} and {y}.", f"It's hard to say, {x} or {y}.",
                                          f"I'm not sure; maybe {x}, maybe {y}."]))  # fmt: skip
        return Case(draw(st.sampled_from([x, y])).rstrip("°"), response, False, why="two values offered")
    a, b = draw(st.permutations("ABCD"))[:2]
    response = draw(
        st.sampled_from(
            [
                f"The answer is ({a}) and ({b}).",
                f"{a} or {b}",
                f"\\boxed{{{a}}} or \\boxed{{{b}}}",
                f"The answer is {a}, {b}.",
                f"Option {a} or {b} is the answer.",  # the strong letter first: had been read as it alone
                f"We compare them.\nSo option {a} or option {b}.",
                f"We compare them.\nI choose option {a}/{b}.",
                f"We compare them.\n({a}) and {b}",
                f"I'm not sure; maybe {a}, maybe {b}.",
            ]
        )  # fmt: skip
    )
    return Case(draw(st.sampled_from([a, b])), response, False, why="a hedge is no single option")


@st.composite
def asides_after_values(draw: st.DrawFn) -> Case:
    """A one-sentence reply that states a value, then restates it ("The probability is 1/4 (25%).", "... is 1/4, or
    25%.") or shows the arithmetic that makes it ("The area is 6 (3 × 2 = 6).", "The difference is 7.8% (11.2% -
    3.4%).", "The angle is 50° (180° - 130°)."): the value, in either of its forms; a restatement that differs is a
    hedge, and the arithmetic's own numbers are never the answer. A quantity restated in another unit of its dimension
    ("The length is 5 cm (50 mm).", "It takes 150 minutes (2.5 hours).") is the quantity as first stated; another
    quantity in the brackets ("5 cm (60 mm)") leaves the reply unread."""
    kind = draw(st.sampled_from(["restated", "product", "difference", "angle", "converted", "named"]))
    if kind == "named":  # what a count counts, named in brackets ("... is 4 (namely x = 1, 2, 3, 4).")
        n = draw(st.integers(2, 6))
        items = ", ".join(str(10 + 3 * i) for i in range(n))
        word = draw(st.sampled_from(["namely", "e.g.", "specifically", "for example"]))
        reply = draw(
            st.sampled_from(
                ["The number of solutions is {n} ({w} x = {l}).", "So the count is {n} ({w} {l})."]
            )
        ).format(n=n, w=word, l=items)
        right = draw(st.booleans())
        return Case(
            str(n if right else 10 + 3 * (n - 1)),
            reply,
            right,
            why=f"a count, then what it counts: {reply!r}",
        )
    if kind == "converted" and draw(st.integers(0, 2)) == 0:  # an angle in degrees, then in radians
        k, n = draw(st.sampled_from([(1, 6), (1, 4), (1, 3), (1, 2), (2, 3), (3, 4), (5, 6), (1, 1)]))
        degrees = 180 * k // n
        pi = draw(st.sampled_from(["π", "\\pi"]))
        rad = f"{'' if k == 1 else k}{pi}" + ("" if n == 1 else f"/{n}")
        same = draw(st.booleans())
        if not same:
            rad = f"{k + 1}{pi}" + ("" if n == 1 else f"/{n}")
        words = draw(st.sampled_from([" rad", " radians"]))
        mark = draw(st.sampled_from(["°", " degrees", "^\\circ"]))
        reply = f"The angle is {degrees}{mark} ({draw(st.sampled_from(['', 'or ']))}{rad}{words})."
        right = same and draw(st.booleans())
        gold = str(degrees) if right or not same else str(degrees + 1)
        return Case(gold, reply, right, why=f"an angle restated in radians: {reply!r}")
    if kind == "converted":
        big, small, per, lead = draw(
            st.sampled_from(
                [
                    ("cm", "mm", 10, "The length is"),
                    ("m", "cm", 100, "The height is"),
                    ("km", "m", 1000, "The distance is"),
                    ("hours", "minutes", 60, "It takes"),
                    ("kg", "g", 1000, "The mass is"),
                ]
            )
        )
        n = draw(st.integers(2, 40))
        same = draw(st.booleans())
        first_big = draw(st.booleans())  # (either unit first)
        shown = n * per if same else n * per + per // 2 + 1
        reply = (
            f"{lead} {n} {big} ({shown} {small})."
            if first_big
            else f"{lead} {n * per} {small} ({n if same else n + 1} {big})."
        )
        right = same and draw(st.booleans())
        gold = (
            (str(n) if first_big else str(n * per)) if same and right else str(n) if not same else str(n + 1)
        )
        return Case(gold, reply, right, why=f"a quantity restated in another unit: {reply!r}")
    lead = draw(
        st.sampled_from(["The probability is", "The answer we get is", "So the value is", "The result is"])
    )
    if kind == "restated":
        den = draw(st.sampled_from([2, 4, 5, 8, 10, 20, 25]))
        num = draw(st.integers(1, den - 1))
        pct = f"{Fraction(100 * num, den).numerator / Fraction(100 * num, den).denominator:g}%"
        aside = draw(st.sampled_from([f" ({pct})", f", or {pct}", f" or {pct}", f" (or {pct})"]))
        reply = f"{lead} {num}/{den}{aside}."
        right = draw(st.booleans())
        if right:
            gold = draw(
                st.sampled_from([f"\\frac{{{num}}}{{{den}}}", pct.replace("%", "\\%"), f"{num / den:g}"])
            )
        else:
            gold = draw(st.sampled_from([f"\\frac{{{num}}}{{{den + 1}}}", f"{100 * num / den + 1:g}\\%"]))
        return Case(gold, reply, right, why=f"a value restated: {reply!r}")
    a, b = draw(st.integers(2, 12)), draw(st.integers(2, 12))
    if kind == "product":
        value, aside = (
            a * b,
            draw(st.sampled_from([f"({a} × {b})", f"({a} × {b} = {a * b})", f"({a} * {b})"])),
        )
        unit = draw(st.sampled_from(["", " square units", " cm"]))
        reply = f"The area is {value}{unit} {aside}."
    elif kind == "difference":
        hi, lo = a + b + 0.5, b + 0.2
        value = round(hi - lo, 1)
        reply = f"The difference is {value:g}% ({hi:g}% - {lo:g}%)."
    else:
        value = 180 - 10 * a
        reply = f"The angle is {value}° (180° - {180 - value}°)."
    right = draw(st.booleans())
    gold = f"{value:g}" if right else draw(st.sampled_from([str(a), f"{value + 1:g}"]))
    if not right and gold == f"{value:g}":
        gold = f"{value + 1:g}"
    return Case(gold, reply, right, why=f"a value, then the arithmetic that makes it: {reply!r}")


@st.composite
def answer_headings(draw: st.DrawFn) -> Case:
    """A worked reply whose answer follows "Answer" set as a markdown heading ("## Answer", "**Answer**") on a line of
    its own, or in bold before its colon ("**Answer**: 12"), perhaps with an explanation after it that names other
    numbers: the value under the heading, decided, never the explanation's last number."""
    n = draw(st.integers(2, 500))
    other = n + draw(st.integers(1, 9))
    steps = draw(
        st.sampled_from(["We count the rows and the columns.\n\n", f"First, {other} - 1 = {other - 1}.\n\n"])
    )
    heading = draw(st.sampled_from(["## Answer", "### Answer", "# Answer", "**Answer**", "## **Answer**"]))
    value = draw(st.sampled_from([f"{n}", f"{n} apples", f"The total is {n}."]))
    if draw(st.booleans()):
        body = f"{heading}\n{draw(st.sampled_from(['', chr(10)]))}{value}"
    else:
        body = f"**Answer**{draw(st.sampled_from([':', ': ', ' :']))} {value}"
    tail = draw(
        st.sampled_from(["", f"\n\n## Explanation\nThere are {other} in all, minus the ones we left out."])
    )
    right = draw(st.booleans())
    return Case(
        str(n if right else other), steps + body + tail, right, why="the answer under an 'Answer' heading"
    )


@st.composite
def answer_phrasings(draw: st.DrawFn) -> Case:
    """A worked reply that closes with its value in one of the less common phrasings: "Answer = 12", "Ans = 12", "...
    which gives us 12 as the final result.", or the value and then the definition of its name with another number
    ("So x = 12, where x is the number of boxes with 3 balls.", after "the answer is" or not), or names the problem
    it solves ("x = 12 is the solution to the problem."), or puts words in brackets between its marker and the colon
    ("Final answer (in cm): 12") or says the answer was checked ("The answer is correct: 12."): the value, decided
    where a marker says so, never the definition's number."""
    n = draw(st.integers(2, 500))
    m = draw(st.integers(2, 500).filter(lambda k: k != n))
    steps = draw(st.sampled_from(["", f"We add {m} and {n} and take {m} away.\n"]))
    name = draw(st.sampled_from(["x", "n", "k"]))
    reply = draw(
        st.sampled_from(
            [
                f"Answer = {n}",
                f"Ans = {n}",
                f"We add them up, which gives us {n} as the final result.",
                f"So {name} = {n}, where {name} is the number of boxes with {m} balls.",
                f"The answer is {name} = {n}, where {name} is the count of {m}s.",
                f"The answer is: {name} = {n} where {name} denotes the boxes holding {m} balls.",
                f"{name} = {n} is the solution to the problem.",
                f"So {name} = {n} is the only solution of the equation.",
                # words in brackets between the marker and its colon, or the answer said to be checked
                f"Final answer (in cm): {n}",
                f"**Final Answer (verified):** {n}",
                f"The final answer (after checking) = {n}",
                f"Final answer (rounded to the nearest whole number) is {n}.",
                f"The answer is correct: {n}.",
            ]
        )  # fmt: skip
    )
    right = draw(st.booleans())
    return Case(str(n if right else m), steps + reply, right, why=f"a closing phrasing: {reply!r}")


@st.composite
def closing_reasons(draw: st.DrawFn) -> Case:
    """A worked reply with no marker whose last sentence states the value, then the reason for it with other numbers
    ("The total is 12, because there are 3 rows of 4.", "So the total is 12, which is 4 more than 8.", "The total is
    12 (since 3 × 4 = 12).", in brackets also as a one-sentence reply), with an equation in the reason too ("So x = 12,
    since x - 5 = 7.", "x = 12 (because x - 5 = 7)."): the value stated (a guess), never the reason's last number or
    its count; a yes or a no then its reason ("The answer is yes because 3 × 4 = 12.") is that yes or no."""
    a, b = draw(st.integers(2, 9)), draw(st.integers(2, 9))
    n = a * b
    m = n - draw(st.integers(1, n - 1))
    last = draw(
        st.sampled_from(
            [
                f"The total is {n}, because there are {a} rows of {b}.",
                f"There are {n} in total, counting the {m} on the left.",
                f"So the total is {n}, which is {n - m} more than {m}.",
                f"Thus there are {n} apples, with {a} in each of the {b} baskets.",
                f"The total is {n} (since {a} × {b} = {n}).",
                f"In conclusion, the total is {n} cm (because there are {a} rows of {b}).",
                f"The total is {n} (by counting the {a} rows of {b}).",
                # a reason with an equation in it ("So x = 12, since x - 5 = 7." had been read as 7)
                f"So x = {n}, since x - {m} = {n - m}.",
                f"The value of x is {n}, as x - {m} = {n - m}.",
                f"x = {n} (because x - {m} = {n - m}).",
                f"The answer is x = {n}, since x - {m} = {n - m}.",
                f"So the total is {n} cm, because {b} × {a} = {n} and {n} - {m} = {n - m}.",
            ]
        )  # fmt: skip
    )
    # (after steps, or alone: a one-sentence reply is read on its own path)
    lead = ["We count them row by row.\n", f"First we look at the {a} rows.\n\n"]
    reply = draw(st.sampled_from(lead + ([""] if "(" in last or "=" in last else []))) + last
    right = draw(st.booleans())
    wrong = draw(st.sampled_from([b, m, n - m]))
    if (
        draw(st.integers(0, 4)) == 0
    ):  # a yes or a no, then its reason ("The answer is yes because the sum is 12.")
        said = draw(st.sampled_from(["yes", "no"]))
        frame = draw(st.sampled_from(["The answer is {s} because {r}.", "The answer is {s}, since {r}.",
                                      "{S}, because {r}.", "So the answer is {s} because {r}."]))  # fmt: skip
        reply = frame.format(s=said, S=said.capitalize(), r=f"{a} × {b} = {n}")
        choices = ("Yes", "No") if draw(st.booleans()) else None
        gold = said.capitalize() if right else ("No" if said == "yes" else "Yes")
        if choices is not None:
            gold = "AB"[choices.index(gold)]
        return Case(gold, reply, right, choices=choices, why=f"a yes or a no, then its reason: {reply!r}")
    return Case(
        str(n if right else wrong), reply, right or wrong == n, why=f"a value, then its reason: {last!r}"
    )


@st.composite
def spelled_values(draw: st.DrawFn) -> Case:
    """A sentence's value spelled so that one of its parts looks like a number of its own: a mixed number with a
    vulgar fraction ("So the value is 2½.") or in words ("It takes 2 and a half hours."), a compound number with
    "and" ("The answer is one hundred and five."), thousands grouped by a comma before a total's words ("So we get 1,200 in
    total."), or a number in words after a connective closing a worked reply ("... = 14.\nTherefore, twelve."): the
    whole value, never its part nor the working's number; a number word and its scale word closing a sentence ("So
    the total is one million.", "There are three thousand people.") is that value, never another scale of it."""
    kind = draw(st.sampled_from(["vulgar", "thousands", "words", "mixed_words", "compound_and", "scaled"]))
    if kind == "scaled":  # "So the total is three thousand.": 3000 (the sentence had been taken whole)
        n = draw(st.integers(1, 12))
        scale, size = draw(st.sampled_from([("hundred", 100), ("thousand", 1000), ("million", 10**6)]))
        reply = draw(st.sampled_from(["So the total is {v}.", "Therefore, {v}.", "There are {v} people.",
                                      "The population is {v} people."])).format(v=f"{_WORDS[n]} {scale}")  # fmt: skip
        right = draw(st.booleans())
        # (another scale of the number is wrong: 3 * 10 for "three hundred"; the bare number is the gold counted in
        # hundreds, as "3 hundred" is, and is not drawn)
        gold = str(n * size) if right else str(n * size * draw(st.sampled_from([10, 1000])))
        return Case(gold, reply, right, why=f"a number word and its scale word: {reply!r}")
    if kind == "mixed_words":  # "It takes 2 and a half hours.": 5/2, never its whole part
        n = draw(st.integers(1, 9))
        whole = draw(st.sampled_from([str(n), _WORDS[n]]))
        part, frac = draw(st.sampled_from([("a half", Fraction(1, 2)), ("a quarter", Fraction(1, 4)),
                                           ("three quarters", Fraction(3, 4)), ("a third", Fraction(1, 3))]))  # fmt: skip
        reply = draw(st.sampled_from(["It takes {v} hours.", "The answer is {v}.", "So we need {v} cups in total.",
                                      "The answer is {v} hours, which is the final answer."])).format(v=f"{whole} and {part}")  # fmt: skip
        value = n + frac
        right = draw(st.booleans())
        gold = f"\\frac{{{value.numerator}}}{{{value.denominator}}}" if right else str(n)
        return Case(gold, reply, right, why=f"a mixed number in words: {reply!r}")
    if kind == "compound_and":  # "The answer is one hundred and five.": 105, never 100 or 5
        hundreds, rest = draw(st.integers(1, 9)), draw(st.integers(1, 9))
        reply = draw(
            st.sampled_from(["The answer is {v}.", "The answer is {v} pages, which is the final answer."])
        )
        reply = reply.format(v=f"{_WORDS[hundreds]} hundred and {_WORDS[rest]}")
        right = draw(st.booleans())
        gold = (
            str(100 * hundreds + rest) if right else draw(st.sampled_from([str(100 * hundreds), str(rest)]))
        )
        return Case(gold, reply, right, why=f"a compound number with 'and': {reply!r}")
    if kind == "vulgar":
        n, (glyph, frac) = (
            draw(st.integers(1, 9)),
            draw(st.sampled_from([("½", "1/2"), ("¼", "1/4"), ("¾", "3/4")])),
        )
        reply = draw(
            st.sampled_from(["So the value is {v}.", "It measures {v} inches.", "The answer is {v}."])
        ).format(v=f"{n}{glyph}")
        whole = str(n + Fraction(frac))
        gold, right = draw(
            st.sampled_from(
                [
                    (f"\\frac{{{Fraction(whole).numerator}}}{{{Fraction(whole).denominator}}}", True),
                    (str(n), False),
                ]
            )
        )
        return Case(gold, reply, right, why=f"a mixed number: {reply!r}")
    if kind == "thousands":
        big = draw(st.integers(1, 9)) * 1000 + draw(st.integers(100, 999))
        reply = draw(
            st.sampled_from(
                ["So we get {v} in total.", "There are {v} people in all.", "The sum is {v} altogether."]
            )
        )
        reply = reply.format(v=f"{big:,}")
        right = draw(st.booleans())
        return Case(
            str(big) if right else str(big % 1000), reply, right, why=f"thousands by a comma: {reply!r}"
        )
    n = draw(st.integers(2, 12))
    reply = f"We compute 3 + 4 = 7 and 7 × 2 = 14.\n{draw(st.sampled_from(['Therefore', 'So', 'Thus']))}, {_WORDS[n]}."
    right = draw(st.booleans())
    wrong = draw(st.sampled_from([w for w in ("7", "14") if w != str(n)]))
    return Case(str(n) if right else wrong, reply, right, why=f"a number in words: {reply!r}")


# (gold, ways to write it in plain text, parts of it or near values that are no answer)
_PLAIN_MATH = (
    ("\\frac{3}{4}", ("3/4", "\\frac{3}{4}", "\\dfrac{3}{4}", "\\tfrac34", "\\frac34"), ("3", "4", "\\frac{4}{3}")),
    ("2\\sqrt{3}", ("2\\sqrt{3}", "2\\sqrt3", "2√3", "\\sqrt{12}", "2 sqrt(3)"), ("2", "3", "3\\sqrt{2}")),
    ("\\frac{\\pi}{6}", ("\\frac{\\pi}{6}", "\\pi/6", "π/6"), ("6", "\\frac{\\pi}{3}")),
    ("(2, -1)", ("(2, -1)", "(2,-1)", "\\left(2, -1\\right)"), ("(-1, 2)", "2")),
    ("[1, 3)", ("[1, 3)", "\\left[1, 3\\right)"), ("[1, 3]", "(1, 3)", "3")),
    ("\\{1, 2\\}", ("\\{1, 2\\}", "\\{2, 1\\}", "\\left\\{1, 2\\right\\}"), ("1", "2", "\\{1\\}")),
    ("x^2 - 1", ("x^2-1", "x^{2} - 1", "(x-1)(x+1)"), ("x^2+1", "1")),
    ("2^{1/4}", ("2^{1/4}", "\\sqrt[4]{2}", "2^{\\frac{1}{4}}"), ("2", "4", "2^{4}")),
    ("3 \\times 10^{4}", ("3 \\times 10^{4}", "3\\times10^4", "3 × 10^4", "30000"), ("3", "4", "10^{4}")),
    ("-\\frac{1}{2}", ("-\\frac{1}{2}", "-1/2", "-\\dfrac12"), ("\\frac{1}{2}", "2", "-2")),
)  # fmt: skip


@st.composite
def plain_math_values(draw: st.DrawFn) -> Case:
    """A value that is no bare number (a fraction, a root, pi, a point, an interval, a set, a polynomial, a power)
    written without math delimiters, perhaps in markdown bold or with sized brackets, closing a sentence after a
    copula or a verb of result, with a subject that may hold a number of its own and a tail that states no value ("The
    area of triangle 2 is **\\left[1, 3\\right)**.", "We get x^{2} - 1, which is the final answer.", "Hence, 2
    sqrt(3)."), or alone on the last line after a worked line: the value, never one of its parts nor the working's
    number."""
    gold, spellings, others = draw(st.sampled_from(_PLAIN_MATH))
    value = draw(st.sampled_from(spellings))
    value = draw(st.sampled_from([value, f"**{value}**"]))
    frame = draw(st.sampled_from(["So the value is {v}.", "Therefore, {v} is the final answer.", "Thus the result is {v}.",
                                  "We get {v}, which is the final answer.", "Hence, {v}.", "The required value equals {v}.",
                                  "This gives {v} in total.", "The area of triangle 2 is {v}.", "{v}"]))  # fmt: skip
    working = draw(st.sampled_from(["", "Since $a = 7$ and $b = 9$, we substitute.\n", "We have 8 cases in total.\n",
                                    "Step 1: $18 - 6 = 12$.\n"]))  # fmt: skip
    if frame == "{v}" and not working:
        working = "We have 8 cases in total.\n"
    reply = working + frame.format(v=value)
    wrongs = [*others, *(n for n in ("7", "8", "9", "12", "18") if n in working)]
    if draw(st.booleans()):
        return Case(gold, reply, True, why=f"a plain-text value: {reply!r}")
    return Case(
        draw(st.sampled_from(wrongs)),
        reply,
        False,
        why=f"a part of the value or the working's number: {reply!r}",
    )


@st.composite
def chosen_options(draw: st.DrawFn) -> Case:
    """A first-person choice of an option, or an option named the best fit, by its letter or its text, then its
    reason, its source or the option it is preferred to ("I'd go with C as shown in the image.", "I think it's (B) 4
    because it matches the figure.", "D is the best match, not B.", "I believe C is correct, since the others do not
    fit."): that option, never the one it is preferred to."""
    options = draw(
        st.sampled_from(
            [("30°", "40°", "50°", "60°"), ("2", "4", "6", "8"), ("red", "blue", "green", "yellow")]
        )
    )
    i, j = draw(st.permutations(range(4)))[:2]
    x = draw(st.sampled_from(["{L}", "({L})", "option {L}", "{L}: {T}", "({L}) {T}", "{T}", "{L}. {T}"]))
    frame = draw(st.sampled_from(["I choose {x}{t}.", "I would choose {x}{t}.", "I'd go with {x}{t}.", "I pick {x}{t}.",
                                  "I select {x}{t}.", "My choice is {x}{t}.", "I think it's {x}{t}.",
                                  "Looking at the image, I'd say {x}{t}.", "Among the options, {x} is the best fit{t}.",
                                  "{x} is the best match{t}.", "I believe {x} is correct{t}."]))  # fmt: skip
    tail = draw(st.sampled_from(["", " as shown in the image", " because it matches the figure", ", since the others do not fit",
                                 ", not {O}", " rather than {O}", " based on the diagram", " over {O}"]))  # fmt: skip
    other = draw(st.sampled_from(["ABCD"[j], options[j]]))
    if tail == " over {O}":  # ("I'd go with B over A": a letter preferred to another letter, right after it)
        x, other = draw(st.sampled_from(["{L}", "({L})", "option {L}"])), "ABCD"[j]
        frame = draw(
            st.sampled_from(["I choose {x}{t}.", "I'd go with {x}{t}.", "I pick {x}{t}.", "{x}{t}."])
        )
    reply = frame.format(x=x.format(L="ABCD"[i], T=options[i]), t=tail.format(O=other))
    reply = reply[0].upper() + reply[1:]
    right = draw(st.booleans())
    return Case("ABCD"[i if right else j], reply, right, choices=options, why=f"an option chosen: {reply!r}")


@st.composite
def listed_roots(draw: st.DrawFn) -> Case:
    """Two values that are no bare numbers (roots, fractions, pi) a sentence lists with "and" or "or", perhaps with a
    tail that states no value ("The roots are $-\\sqrt{2}$ and $\\sqrt{2}$.", "Hence $x=\\frac{1}{2}$ or $x=2$, which are
    the answers."), against a gold list or set in either order: the two, never one alone nor with another."""
    a, b = draw(
        st.sampled_from(
            [("\\sqrt{2}", "-\\sqrt{2}"), ("\\frac{1}{2}", "2"), ("\\pi", "2\\pi"), ("\\sqrt{3}", "3")]
        )
    )
    a, b = draw(st.permutations([a, b]))
    frame = draw(st.sampled_from(["The roots are ${a}$ and ${b}$.", "The solutions are ${a}$ and ${b}$.",
                                  "Hence $x={a}$ or $x={b}$, which are the answers.", "So $x = {a}$ or $x = {b}$.",
                                  "The possible values are ${a}$ and ${b}$."]))  # fmt: skip
    reply = frame.format(a=a, b=b)
    gold = draw(st.sampled_from(["{a}, {b}", "{b}, {a}", "\\{{{a}, {b}\\}}"])).format(a=a, b=b)
    kind = draw(st.sampled_from(["both", "both", "one", "more"]))
    if kind == "one":
        return Case(draw(st.sampled_from([a, b])), reply, False, why=f"one of two listed: {reply!r}")
    if kind == "more":
        return Case(f"{a}, {b}, 7", reply, False, why=f"a value more than listed: {reply!r}")
    return Case(gold, reply, True, why=f"two values listed: {reply!r}")


@st.composite
def true_false_golds(draw: st.DrawFn) -> Case:
    """A gold "True" or "False" with no options, and a reply that says one of them in a sentence, perhaps with a
    reason that holds numbers ("The statement is false since 3 > 2.", "True, because 2 + 2 = 4."), or denies one
    ("This statement is not true."): read as the question's two options would read it, the word the reply says (the
    other, where it denies one), never its reason's numbers."""
    word = draw(st.sampled_from(["true", "false"]))
    frame = draw(st.sampled_from(["The statement is {w}.", "{W}, because 2 + 2 = 4.", "{W}. The angle is 90 degrees.",
                                  "This is {w} since 3 > 2.", "**{W}**", "So the claim is {w}."]))  # fmt: skip
    other = "false" if word == "true" else "true"
    if draw(st.integers(0, 3)) == 0:  # a truth value denied: the other ("This statement is not true.")
        frame, word, other = (
            draw(st.sampled_from(["This statement is not {w}.", "The claim is not {w}, since 3 > 2."])),
            other,
            word,
        )
        reply = frame.format(w=other)
    else:
        reply = frame.format(w=word, W=word.capitalize())
    right = draw(st.booleans())
    gold = (word if right else other).capitalize()
    return Case(gold, reply, right, why=f"a true-or-false gold: {reply!r}")


@st.composite
def closing_remarks(draw: st.DrawFn) -> Case:
    """A worked reply with no marker that states its value in its last sentence, perhaps after a connective and with
    a unit ("So, 15 cm."), then a remark that names no answer: a confirmation ("The answer is confirmed."), the
    precision it was rounded to ("(Rounded to 2 decimal places.)"), a pleasantry ("I hope this helps!"), a note ("Note
    that option A is a common mistake."), a dismissal of the others: the value or the option, never the remark's word,
    number or option, nor the working's numbers."""
    v = draw(st.sampled_from([6, 15, 40, 7.5, 144]))
    steps = draw(st.lists(st.sampled_from(["First, we note that AB = 13 and BC = 5.", "The figure shows 3 rows of 4 squares.",
                                           "We compute 2 × 9 = 18.", "From the chart, 2019 had 31 units."]),
                          min_size=1, max_size=3, unique=True))  # fmt: skip
    unit = draw(st.sampled_from(["", " cm", "°", " units"]))
    closer = draw(st.sampled_from(["So, {v}{u}.", "Therefore, the answer is {v}{u}.", "So the measure of angle 2 is {v}{u}.",
                                   "Thus, there are {v}{u} in total.", "So x = {v}."])).format(v=v, u=unit)  # fmt: skip
    remark = draw(st.sampled_from(["The answer is confirmed.", "(Rounded to 2 decimal places.)", "I hope this helps!",
                                   "Correct to 3 significant figures.", "The answer is verified.",
                                   "This matches the expected result."]))  # fmt: skip
    if draw(st.integers(0, 2)) == 0:  # an option letter, then a remark that may name another option
        i, j = draw(st.permutations(range(4)))[:2]
        closer = draw(st.sampled_from(["Hence, option {L} is correct.", "So, {L}.", "Therefore, the answer is {L}.",
                                       "The correct choice is {L}."])).format(L="ABCD"[i])  # fmt: skip
        remark = draw(st.sampled_from(["Note that option {O} is a common mistake.", "(The figure is not drawn to scale.)",
                                       "The other options are wrong.", "The answer is confirmed.", "I hope this helps!"]))  # fmt: skip
        reply = "\n".join([*steps, closer, remark.format(O="ABCD"[j])])
        right = draw(st.booleans())
        return Case("ABCD"[i if right else j], reply, right, choices=("2", "4", "6", "8"),
                    why=f"an option before a closing remark: {reply!r}")  # fmt: skip
    reply = "\n".join([*steps, closer, remark])
    if draw(st.booleans()):
        return Case(str(v), reply, True, why=f"the value before a closing remark: {reply!r}")
    wrong = draw(
        st.sampled_from([n for n in ("2", "3", "13", "18", "31") if n in reply and n != str(v)] or ["1"])
    )
    return Case(wrong, reply, False, why=f"a number of the working or the remark: {reply!r}")


@st.composite
def numbered_subjects(draw: st.DrawFn) -> Case:
    """A one-sentence reply whose subject holds a number of its own ("angle 2", "class 5", "the first 10 terms", "in
    2015") and whose copula states the value, perhaps with the words it counts and a tail that states no value ("The
    number of students in class 5 is 30 students.", "The measure of angle 2 is 40° as shown in Figure 6.", "The value
    in 2015 was 3.5 in the end.", "..., which is the final answer."): the value, never the subject's or the tail's
    number."""
    v = draw(st.sampled_from([7, 12, 30, 45, 120, 3.5, 0.8]))
    k = draw(st.integers(2, 9).filter(lambda k: k != v))
    subject = draw(st.sampled_from([f"the measure of angle {k}", f"the number of students in class {k}",
                                    f"the sum of the first {k + 10} terms", f"the value in {2000 + k}",
                                    f"the area of rectangle {k}", f"the {k}th term"]))  # fmt: skip
    copula = draw(st.sampled_from(["is", "equals", "is equal to", "would be", "must be", "is approximately", "was",
                                   "comes to", "is found to be"]))  # fmt: skip
    unit = draw(st.sampled_from(["", " cm", "°", " units", " students", "%", " dollars"]))
    tail = draw(st.sampled_from(["", " in total", ", which is the final answer", ", as shown in Figure 6",
                                 " after 3 steps", " according to Table 8", " (from 2010 to 2016)", " in the end"]))  # fmt: skip
    lead = draw(st.sampled_from(["", "So ", "Therefore, ", "Based on the image, "]))
    reply = f"{lead}{subject} {copula} {v}{unit}{tail}."
    reply = reply[0].upper() + reply[1:]
    right = draw(st.booleans())
    named = str(2000 + k) if subject.startswith("the value in") else str(k + 10 if "first" in subject else k)
    others = [n for n in [named, "6", "3", "8", "2010", "2016"] if n in f"{subject}{tail}" and n != str(v)]
    if right or not others:
        return Case(str(v), reply, True, why=f"the copula's value: {reply!r}")
    return Case(
        draw(st.sampled_from(others)), reply, False, why=f"a number of the subject or the tail: {reply!r}"
    )


@st.composite
def spoken_quantities(draw: st.DrawFn) -> Case:
    """A one-sentence reply whose value is spelled in words ("one quarter", "negative 4", "twelve"), as a mixed number
    with a vulgar fraction ("3½"), in e-notation ("1.2e3"), with a scale word ("1.2 thousand") or with its unit or
    percent sign dressed as LaTeX ("3.5 \\mathrm{cm}", "25 \\%"), after a copula, a verb of result or what it costs
    ("It costs one quarter.", "We get 1.2e3."), perhaps after a subject's own number ("The measure of angle 2 is
    negative 4.") and before a tail that states no value ("in total", ", which is the final answer"): that value,
    never the subject's number nor a part of the value. (A count before a scale word, "1.2 thousand", is graded equal
    to the count too, as a value in the scale's unit: no wrong gold here.)"""
    spelled = draw(st.sampled_from([("one quarter", "1/4", ["1", "4"]), ("one half", "1/2", ["1", "2"]),
                                    ("three quarters", "3/4", ["3", "4"]), ("twelve", "12", ["2"]),
                                    ("negative 4", "-4", ["4"]), ("minus 7", "-7", ["7"]),
                                    ("3½", "7/2", ["3"]), ("5¼ cm", "21/4", ["5"]), ("1 1/2", "3/2", ["1"]),
                                    ("1.2e3", "1200", ["1.2", "3"]), ("2.5e2", "250", ["2.5", "2"]),
                                    ("1.2 thousand", "1200", ["12"]),
                                    ("3.5 \\mathrm{cm}", "3.5", ["3", "5"]), ("8 \\text{ m}", "8", ["3"]),
                                    ("25 \\%", "25%", ["0.025"])]))  # fmt: skip
    words, value, parts = spelled
    k = draw(st.integers(2, 9).filter(lambda k: str(k) not in words))
    frame = draw(st.sampled_from(["It costs {v}{t}.", "We get {v}{t}.", "This gives {v}{t}.", "The value is {v}{t}.",
                                  "The measure of angle {k} is {v}{t}.", "The area of rectangle {k} is {v}{t}.",
                                  "So the total is {v}{t}."]))  # fmt: skip
    tail = draw(st.sampled_from(["", " in total", ", which is the final answer", " altogether"]))
    reply = frame.format(v=words, t=tail, k=k)
    if draw(st.booleans()):
        return Case(value, reply, True, why=f"the quantity the sentence states: {reply!r}")
    wrong = draw(st.sampled_from([*parts, *([str(k)] if "{k}" in frame else [])]))
    return Case(wrong, reply, False, why=f"a part of the value or the subject's number: {reply!r}")


@st.composite
def closing_lines(draw: st.DrawFn) -> Case:
    """A short working, then a line that closes it on its value after a phrase that concludes or an adverb of
    conclusion ("In conclusion, (1,-2).", "The result is therefore [1,3).", "Thus, the required value is (1,-2).",
    "That gives us 12.", "We conclude (1,-2).", "As a result, 3/4."), or on a line of its own after a sentence that
    ends in a word that may name a label ("... step by step.\\n∴ (1,-2)"): that value, never one of its parts nor the
    working's number."""
    gold, spelled, parts = draw(st.sampled_from([("(1, -2)", "(1,-2)", ["1", "-2"]), ("[1, 3)", "[1,3)", ["1", "3"]),
                                                 ("(0, 5)", "(0, 5)", ["0", "5"]), ("12", "12", ["1", "2"]),
                                                 ("\\frac{3}{4}", "3/4", ["3", "4"])]))  # fmt: skip
    work = draw(st.sampled_from(["We have $3 + 4 = 7$.", "Since $AB = 3$ and $BC = 4$, we compute step by step.",
                                 "Step 1: 3 + 4 = 7.\nStep 2: simplify."]))  # fmt: skip
    close = draw(st.sampled_from(["In conclusion, {v}.", "Finally, {v}.", "As a result, {v}.", "Consequently, {v}.",
                                  "The result is therefore {v}.", "The answer is thus {v}.",
                                  "Thus, the required value is {v}.", "So, the point is {v}.", "That gives us {v}.",
                                  "We conclude {v}.", "We find {v}.", "∴ {v}"]))  # fmt: skip
    if gold in ("12", "\\frac{3}{4}") and ("find" in close or "conclude" in close):
        close = "So, the value is {v}."  # (a plain number after "we find" is read by its own rules)
    reply = f"{work}\n{close.format(v=spelled)}"
    if draw(st.booleans()):
        return Case(gold, reply, True, why=f"the value the closing line states: {reply!r}")
    wrong = draw(st.sampled_from([*parts, "7"]))
    return Case(wrong, reply, False, why=f"a part of the value or the working's number: {reply!r}")


@st.composite
def foreign_closings(draw: st.DrawFn) -> Case:
    """A reply in Chinese, Spanish, German or Russian whose working ends in a clause or a label that states the value:
    a subject and its copula after a comma or a full stop ("因为 3 + 4 = 7，结果为12。", "3 + 4 = 7。结果为$\\frac{3}{4}$"),
    the label "答：" after a sentence's end, a comma or a line break ("3 + 4 = 7。答：12", "3 + 4 = 7，答：12"), "答案应该是", a Romance or German copula before a
    plain value ("El resultado es 3/4.", "Die Lösung lautet 3/4."), "ответ" before a value: that value, never the
    working's number; a denied or bounded one ("结果不是12", "结果至少为12") is none."""
    gold, spelled, parts = draw(st.sampled_from([("12", ["12", "$12$", "12厘米"], ["3", "7"]),
                                                 ("\\frac{3}{4}", ["$\\frac{3}{4}$", "3/4"], ["3", "4", "7"]),
                                                 ("-5", ["-5", "$-5$"], ["5", "7"])]))  # fmt: skip
    value = draw(st.sampled_from(spelled))
    kind = draw(st.sampled_from(["zh_clause", "zh_label", "zh_should", "romance", "ru", "zh_denied"]))
    if kind in ("zh_clause", "zh_denied"):
        work = draw(st.sampled_from(["因为 3 + 4 = 7，", "由 $3 + 4 = 7$ 可得，", "3 + 4 = 7。"]))
        copula = "为" if kind == "zh_clause" else draw(st.sampled_from(["不是", "至少为"]))
        subject = draw(st.sampled_from(["结果", "x的值", "面积"]))
        reply = f"{work}{subject}{copula}{value}{draw(st.sampled_from(['。', '']))}"
    elif kind == "zh_label":
        reply = (
            f"3 + 4 = 7{draw(st.sampled_from(['。', '。' + chr(10), '，', '；', chr(10), ', ']))}答：{value}"
        )
    elif kind == "zh_should":
        reply = f"{draw(st.sampled_from(['', '3 + 4 = 7。', '因为 3 + 4 = 7，']))}答案应该是{value}。"
    elif kind == "romance":
        if "厘米" in value or "$" in value and "frac" not in value:
            value = value.strip("$").replace("厘米", "")
        reply = draw(
            st.sampled_from(["El resultado es {v}.", "Die Lösung lautet {v}.", "Le résultat est {v}."])
        )
        reply = reply.format(v=value)
    else:
        reply = f"{draw(st.sampled_from(['', 'Имеем 3 + 4 = 7. ']))}Следовательно, ответ {value}."
    if kind == "zh_denied":
        return Case(gold, reply, False, why=f"a denied or bounded value is no answer: {reply!r}")
    if draw(st.booleans()):
        return Case(gold, reply, True, why=f"the value the closing clause or label states: {reply!r}")
    return Case(draw(st.sampled_from(parts)), reply, False, why=f"the working's number or a part: {reply!r}")


@st.composite
def self_corrections(draw: st.DrawFn) -> Case:
    """A reply that states an answer, then takes it back for another: a take-back word ("Wait, actually it is ...",
    "No, it's ...", after a reason too: "B because A is too small? No, it's C.", "12 because 3 × 4 = 12? No, it's 15.";
    for a letter after an ellipsis or a dash: "(B)... no wait, (C).", "B — scratch that, C."; "..., but on closer
    inspection, ..."), a correction in brackets ("Answer: 15. (I previously wrote 12 by mistake.)"), an option denied in brackets ("C (not B)"); a number, a sign's opposite or an option letter,
    bare or in brackets: the second answer, never the first."""
    first, second, choices = draw(st.sampled_from([("12", "15", None), ("-2", "2", None), ("2", "-2", None),
                                                   ("3/4", "2/3", None), ("B", "C", ("30°", "45°", "60°", "90°")),
                                                   ("(B)", "(C)", ("30°", "45°", "60°", "90°"))]))  # fmt: skip
    frame = draw(st.sampled_from(["The answer is {a}. Wait, actually it is {b}.", "{a}? No, it's {b}.",
                                  "I first got {a}, but rechecking gives {b}.",
                                  "It might look like {a}, but it is actually {b}.",
                                  "At first glance {a}, but on closer inspection, {b}.",
                                  "So x = {a}... hmm, let me recompute. x = {b}.",
                                  "Answer: {b}. (I previously wrote {a} by mistake.)",
                                  "So the result is {b}. (I previously wrote {a} by mistake.)",
                                  "The answer is {b} (not {a}).",
                                  "{a} because the others are too small? No, it's {b}.",
                                  "{a} as shown in the image? No: {b}."]))  # fmt: skip
    if choices and draw(st.integers(0, 3)) == 0:  # (a letter taken back after an ellipsis or a dash)
        frame = draw(
            st.sampled_from(["{a}... no wait, {b}.", "{a} — scratch that, {b}.", "{a}. No wait, {b}."])
        )
    if "(not {a})" in frame and not choices:
        frame = "The answer is {b}, not {a}."
    reply = frame.format(a=first, b=second)
    right = draw(st.booleans())
    gold = (second if right else first).strip("()")
    return Case(
        gold, reply, right, choices=choices, why=f"the answer stated after the first is taken back: {reply!r}"
    )


@st.composite
def option_spellings(draw: st.DrawFn) -> Case:
    """An option's value in another form than its text, in a frame that leads in ("Looking at the figure, 2
    sqrt(3)."), remarks that it matches ("We get \\frac23, which matches the option.") or states it with a division
    sign ("So it is 2÷3."), or a one-word option inflected as a verb ("It decreases." for "decrease"): that option,
    never another; an inflected option denied ("It is not decreasing.") is none."""
    kind = draw(st.sampled_from(["fraction", "root", "trend", "denied"]))
    if kind == "fraction":
        options = ("$\\frac{1}{2}$", "$\\frac{1}{3}$", "$\\frac{2}{3}$", "$\\frac{3}{4}$")
        value = draw(st.sampled_from(["2÷3", "\\frac23", "2/3"]))
        right = "C"
    elif kind == "root":
        options, right = ("√2", "√3", "2√2", "2√3"), "D"
        value = draw(st.sampled_from(["2 sqrt(3)", "2\\sqrt{3}", "2√3"]))
    else:
        options, right = ("increase", "decrease", "stay the same", "cannot be determined"), "B"
        verb = draw(st.sampled_from(["decreases", "decreased", "will be decreasing"]))
        reply = f"It {'is not decreasing' if kind == 'denied' else verb}."
        if kind == "denied":
            return Case(
                draw(st.sampled_from("AB")), reply, False, choices=options, why=f"an option denied: {reply!r}"
            )
        gold = draw(st.sampled_from("ABCD"))
        return Case(
            gold, reply, gold == right, choices=options, why=f"an option inflected as a verb: {reply!r}"
        )
    frame = draw(st.sampled_from(["Looking at the figure, {v}.", "We get {v}, which matches the option.", "So it is {v}.",
                                  "Based on the graph, {v}.", "{v}"]))  # fmt: skip
    reply = frame.format(v=value)
    gold = draw(st.sampled_from("ABCD"))
    return Case(
        gold, reply, gold == right, choices=options, why=f"an option's value in another form: {reply!r}"
    )


@st.composite
def counted_subjects(draw: st.DrawFn) -> Case:
    """A one-sentence reply whose subject is the count, every other number in it a bound the counted things meet ("3
    bars have values smaller than 6.", "Only two groups have values larger than 40.", "Two objects are preferred by
    more than 90 percent of people in at least one category.", "No bars are between 20 and 40."): the count, never the
    bound; another number that is no bound ("2 students scored above 90, and 3 below 60") leaves it unread."""
    n = draw(st.integers(0, 12))
    bound = draw(st.integers(13, 99))
    things = draw(st.sampled_from(["bars", "objects", "groups", "people", "algorithms"]))
    said = draw(st.sampled_from(["digits", "words", "digits"])) if n else "none"
    count = {
        "digits": str(n),
        "words": _in_words(n) if n else "",
        "none": draw(st.sampled_from(["No", "None of the"])),
    }[said]
    condition = draw(
        st.sampled_from(
            [
                "have values smaller than {b}",
                "have values above {b}",
                "are preferred by more than {b} percent of people in at least one category",
                "have an accuracy higher than {b}",
                "are between {b} and {c}",
                "were born after {y}",
                "scored at least {b} points",
            ]
        )
    ).format(b=bound, c=bound + 10, y=1900 + bound)
    lead = draw(st.sampled_from(["", "Only ", "Exactly "])) if said != "none" else ""
    reply = f"{lead}{count} {things} {condition}."
    reply = reply[0].upper() + reply[1:]
    if said != "none" and draw(st.integers(0, 4)) == 0:  # another number that is no bound: unread
        reply = f"{count} {things} {condition}, and {n + 1} are not."
        reply = reply[0].upper() + reply[1:]
        return Case(str(n), reply, False, why=f"another number beside the count: {reply!r}")
    right = draw(st.booleans())
    gold = str(n) if right else str(draw(st.sampled_from([bound, n + 1])))
    return Case(gold, reply, right, why=f"the subject's count, every other number a bound: {reply!r}")


@st.composite
def circumstances_after_values(draw: st.DrawFn) -> Case:
    """A sentence that states its value, then the circumstance it holds in, with numbers of its own: a time, a step,
    a source ("The object count is 6 after removing 2 spheres.", "The answer is 8 after 3 years.", "The total is 12 as
    shown in Figure 2.", "The angle is 45 degrees when measured from point 3.", "After 3 years, she will be 8 years
    old."), as a one-sentence reply, after a marker, or closing a worked reply: the value stated, never the
    circumstance's number. A circumstance that joins a second value on ("... 500 in 2020 and 700 in 2021") is no
    circumstance; a place or a moment ("at the point (1, 2)") may be what a question asks for: neither is read so."""
    n = draw(st.integers(2, 999))
    k = draw(st.integers(1, 99).filter(lambda v: v != n))
    unit = draw(st.sampled_from(["", " cm", " apples", " years", " degrees"]))
    after = draw(
        st.sampled_from(
            [
                f"after {k} years", f"after removing {k} spheres", f"before step {k}", f"as shown in Figure {k}",
                f"according to Table {k}", f"based on step {k}", f"when measured from point {k}", f"within {k} days",
                f"during week {k}", f"using the {k} given values", f"until day {k}", f"once rounded to {k} places",
                f"as given in line {k}",
            ]
        )
    )  # fmt: skip
    sentence = draw(
        st.sampled_from(
            [
                f"The object count is {n}{unit} {after}.",
                f"The answer is {n}{unit} {after}.",
                f"The remainder is ${n}$ {after}.",  # (a span that is one plain number: that number)
                f"The total is {n}{unit} {after}.",
                f"So the final answer is {n}{unit} {after}.",
                f"She has {n}{unit} {after}.",
                f"{after[0].upper()}{after[1:]}, the total is {n}{unit}.",
                f"{after[0].upper()}{after[1:]}, there are {n}{unit}.",
                f"{after[0].upper()}{after[1:]}, she will be {n} years old.",
                f"In {2000 + k}, the sales were {n}{unit}.",
            ]
        )
    )
    lead = draw(st.sampled_from(["", "We count them one by one.\n", "Step 1: read the values.\n\n"]))
    if draw(st.integers(0, 4)) == 0:
        # a moment or a place a question may ask for, or a second value joined on: not read as the value before it
        other = draw(
            st.sampled_from(
                [
                    f"The function first reaches {n} at time {k}.",
                    f"It reaches {n} when t hits {k}.",
                    f"The count is {n} after {n + 1} years and {n + 2} after {k} years.",
                ]
            )
        )
        return Case(str(n), lead + other, False, why=f"a moment, a place or a second value: {other!r}")
    right = draw(st.booleans())
    return Case(
        str(n if right else k), lead + sentence, right, why=f"a value, then its circumstance: {sentence!r}"
    )


@st.composite
def denied_values(draw: st.DrawFn) -> Case:
    """A short reply that states a value and denies another ("The answer is 12, not 13.", "12 (not 13)",
    "12 rather than 13", "The total is 12, not 13.", "答案是12，而不是13。") or denies one and gives another ("It's not
    13, it's 12.", "The answer isn't 13; it's 12.", "The answer is 13? No, 12."): the value given is the answer, the
    denied one is wrong; a reply that denies or bounds its only value ("12 is wrong.", "12 apples at least.", "It
    can't be 12.", "There are 12 or more apples.", "答案不是12", "12 is impossible.", "12 is not the answer because
    3 x 4 = 12.", "We reject 12.", "The answer is less than 12.", "I don't think the answer is 12.",
    `\\boxed{\\text{not } 12}`) states no answer."""
    n = draw(st.integers(2, 999))
    m = n + draw(st.integers(1, 50))
    if draw(st.booleans()):
        reply = draw(
            st.sampled_from(
                [
                    f"The answer is {n}, not {m}.",
                    f"The answer is {n} (not {m}).",
                    f"{n}, not {m}",
                    f"The answer is {n} rather than {m}.",
                    f"Answer: {n}, and not {m}",
                    f"The answer is {n} not {m}.",  # no comma before the denial
                    f"{n} and not {m}",
                    f"The answer is {n} but not {m}.",
                    # a sentence with no marker ("The total is 12, not 15." had been taken whole)
                    f"The total is {n}, not {m}.",
                    f"The total is {n} apples (not {m}).",
                    # the denied value first, then the one that replaces it
                    f"It's not {m}, it's {n}.",
                    f"Not {m}, but {n}.",
                    f"The answer isn't {m}; it's {n}.",
                    f"It is not {m} but rather {n}.",
                    f"There are not {m} apples but {n} apples.",
                    # a value questioned and replaced in the same breath
                    f"The answer is {m}? No, {n}.",
                    f"Answer: {m}? Wait, it's {n}.",
                    # (no marker: the question mark ends the sentence the reply takes back)
                    f"So it is {m}? Wait, it's {n}.",
                    f"Is it {m}? No, it is {n}.",
                    # the same in Chinese ("3个，不是4个": "3, not 4")
                    f"答案是{n}个，不是{m}个。",
                    f"答案是{n}，而不是{m}。",
                ]
            )  # fmt: skip
        )
        right = draw(st.booleans())
        return Case(str(n if right else m), reply, right, why="a value, then another it is not")
    reply = draw(
        st.sampled_from(
            [
                f"{n} is wrong.",
                f"{n} is incorrect.",
                f"{n} apples at least.",
                f"It can't be {n}.",
                f"There are {n} or more apples.",
                f"There are {n} apples at most.",  # (a count bounded after its noun: had been read as the count)
                f"{n} is not the answer.",
                f"答案不是{n}",
                f"所以答案不可能是{n}",
                f"{n} is impossible.",
                f"{n} is not the answer because 3 x 4 = {n}.",  # (its last number, denied)
                f"{n} is wrong because 3 x 4 = {n}.",
                f"The root {n} is extraneous.",
                f"x = {n} (rejected)",
                f"We reject {n}.",
                f"anything but {n}",
                f"The answer is less than {n}.",
                # a range's end and bounds in words: no value stated
                f"The value lies between {n - 2} and {n}.",
                f"It lies somewhere from {n - 2} to {n}.",
                f"The answer is no more than {n}.",
                f"The answer is {n} at minimum.",
                f"We count them.\nThe count is less than or equal to {n}.",
                f"The total is above {n}.",
                f"I don't think the answer is {n}.",
                f"\\boxed{{\\text{{not }} {n}}}",
                f"\\text{{at least }} {n}",
                f"We work it out step by step.\nSo x = {n} is not possible.",
                # a denied relation: its right-hand side (or math-verify's reading of the math) had been the answer
                f"It is not $x={n}$.",
                f"It is not x = {n}.",
                f"The answer is not $x = {n}$.",
                f"Neither $x={n - 1}$ nor $x={n}$.",
                f"It isn't $x={n - 1}$ or $x={n}$.",
            ]
        )  # fmt: skip
    )
    return Case(str(n), reply, False, why="a value denied or bounded")


# a unit, how else a reply spells it, and units of another size or dimension
_OPTION_UNITS = (
    ("cm", ["cm", "centimeters", "\\text{ cm}"], ["mm", "m", "kg"]),
    ("m", ["m", "meters", "\\mathrm{~m}"], ["cm", "km", "s"]),
    ("kg", ["kg", "kilograms"], ["g", "m", "N"]),
    ("s", ["s", "seconds"], ["min", "h", "m"]),  # (not `ms`: also metre-seconds, read as no unit on purpose)
)


@st.composite
def option_units(draw: st.DrawFn) -> Case:
    """Options that are values with a unit (`10 cm`, `20 cm`, `30 cm`): a reply of one option's number, bare or
    with the unit spelled any way, is that option; the same number in units of another size or dimension
    (`10 mm`, `10 kg`) is no option's value. The gold is the letter or the option's text."""
    unit, spellings, others = draw(st.sampled_from(_OPTION_UNITS))
    numbers = draw(st.lists(st.integers(1, 500), min_size=3, max_size=4, unique=True))
    choices = tuple(f"{n} {unit}" for n in numbers)
    i = draw(st.integers(0, len(numbers) - 1))
    letter = "ABCD"[i]
    gold = letter if draw(st.booleans()) else choices[i]
    right = draw(st.booleans())
    shown = (
        draw(st.sampled_from(["", " ", *(" " + sp for sp in spellings)]))
        if right
        else " " + draw(st.sampled_from(others))
    )
    value = f"{numbers[i]}{shown}".strip()
    reply = draw(st.sampled_from(["{v}", "The answer is {v}.", "\\boxed{{{v}}}"])).format(v=value)
    return Case(
        gold, reply, right, choices=choices, why="an option's number with its unit, or in another unit"
    )


@st.composite
def unreadable(draw: st.DrawFn) -> Case:
    v = draw(st.integers(0, 99))
    if draw(st.booleans()):
        depth = draw(st.integers(100, 1000))
        return Case(str(v), "\\sqrt{" * depth + str(v) + "}" * depth, False, why="too deep to parse")
    program = draw(
        st.sampled_from(
            [
                f"def f(x):\n    y = x + 1\n    return y\n\nresult = f({v - 1})\nprint(result)  # {v}",
                f"answer = {v}\nprint(answer)",  # two lines, both code
                # a data literal over many lines: its entries are part of the statement
                f"data = {{\n    2019: {v + 3},\n    2020: {v + 1},\n    2021: {v},\n}}\n"
                f"smallest = min(data.values())\nprint(smallest)",
                f"from math import sqrt\n\n# the side is {v}\nside = sqrt({v * v})\nprint(side)",
            ]
        )
    )
    return Case(str(v), program, False, why="a program gives no answer through a fallback")


@st.composite
def math_tails(draw: st.DrawFn) -> Case:
    b = draw(st.sampled_from([2, 3, 5, 7, 11, 13]))  # prime: a*sqrt(b) is never the digit b
    a = draw(st.integers(1, 40).filter(lambda a: a != b * b))  # a/b is never b either
    span, value, digit = draw(
        st.sampled_from(
            [
                (f"\\frac{{{a}}}{{{b}}}", f"{a}/{b}", str(b)),
                (f"({a}, {b})", f"({a},{b})", str(b)),
                (f"x = \\frac{{{a}}}{{{b}}}", f"{a}/{b}", str(b)),
                (f"{a}\\sqrt{{{b}}}", f"{a}\\sqrt{{{b}}}", str(b)),
            ]
        )
    )
    sp = draw(st.sampled_from(_SPACES))
    open_, close = draw(st.sampled_from([("$", "$"), ("\\(", "\\)")]))
    unit = draw(st.sampled_from(["", " cm", " square units"]))
    lead = draw(st.sampled_from(["So the result is", "Hence the pair we need is", "This gives"]))
    # a display earlier in the reply, whose `$$` must not pair with an inline `$` (a long one, as solutions
    # write them), or none; a one-sentence reply with a name in math before the value
    before = draw(
        st.sampled_from(
            [
                f"We work through the problem step by step.\nFirst, {a + b} = {a} + {b}.\n",
                f"We expand:\n\n$$\n\\begin{{aligned}}\n{a + b} & ={a}+{b} \\\\\n"
                + " \\\\\n".join(f"x_{{{i}}} & =x_{{{i - 1}}}+{a}" for i in range(1, 9))
                + f"\n\\end{{aligned}}\n$$\n\nand so $y={a}$ or $y={b}$.\n\n",
                "Thus for $x$ we need one value. ",
            ]
        )
    )
    response = f"{before}{lead} {open_}{sp}{span}{sp}{close}{unit}."
    right = draw(st.booleans())
    return Case(value if right else digit, response, right, why="inline math ending a reply is read whole")


@st.composite
def ratio_tails(draw: st.DrawFn) -> Case:
    b = draw(st.integers(1, 12))
    a = draw(st.integers(2, 59).filter(lambda a: a != b * b and a != b))  # a:b is never worth b
    sep = draw(st.sampled_from([":", "/"]))
    ratio = f"{a}{sep}{b}"
    templates = {
        ":": [
            "Both parents carry the allele, so the offspring come in a {r} ratio of black to brown.",
            "The clock shows {r}.",
            "Counting each group, the ratio of red to blue marbles is {r}",
            "We compare the two bars: {r} in favour of the first.",
            "The ratio of the areas is ${r2}$ which is equivalent to ${r}$.",
        ],
        "/": [
            "Therefore, the probability that the marble is red is {r}.",
            "So the shaded part is {r} of the whole",
            "The ratio of the first bar to the second is {r}.",
            "P(A) = {r}",
        ],
    }
    # (in math, a space may follow the colon: `$4: 6$`, a ratio, not a label and its value)
    spaced, doubled = f"{a}{sep} {b}", f"{2 * a}{sep} {2 * b}"
    template = draw(st.sampled_from(templates[sep]))
    written = ratio
    if sep == ":" and "clock" not in template and draw(st.booleans()):
        written = f"{a} : {b}"  # (a space each side of the colon: "... is 2 : 3" had been read as its 3)
    response = template.format(r=spaced, r2=doubled) if "$" in template else template.format(r=written)
    if draw(st.booleans()):  # a worked reply, or the one sentence alone
        response = f"We read the figure first.\nThere are {a + b + 1} items in it. {response}"
    right = draw(st.booleans())
    if draw(st.booleans()):  # free form: the ratio itself (a fraction also as \frac), or its last term
        whole = draw(st.sampled_from([ratio, f"\\frac{{{a}}}{{{b}}}"])) if sep == "/" else ratio
        return Case(whole if right else str(b), response, right, why="a ratio or a fraction is read whole")
    options = [
        f"{b}{sep}{a}",
        ratio,
        f"{2 * b}{sep}2",
        f"{a + 1}{sep}{b}",
    ]  # option C is worth b, the last term
    order = draw(st.permutations(range(4)))
    choices = tuple(options[i] for i in order)
    gold = "ABCD"[order.index(1 if right else 2)]
    return Case(
        gold, response, right, choices, why="a ratio or a fraction is read whole, then mapped to its option"
    )


@st.composite
def closing_tables(draw: st.DrawFn) -> Case:
    value = draw(st.integers(1, 500))
    cells = draw(st.lists(st.integers(501, 999), min_size=2, max_size=5))  # never the stated value
    lead = draw(
        st.sampled_from(
            [
                "The largest gap is {v} points, in the last year.",
                "Therefore, the most accurate model is {v}% better than the least accurate one.",
                "So the total comes to {v} units over the whole period.",
            ]
        )
    ).format(v=value)
    rows = "\n".join(f"{2000 + i} | {c}" for i, c in enumerate(cells))
    sep = draw(st.sampled_from(["------- | --------", "|---|---|", "| :---: | ---: |"]))
    table = f"Year | Value\n{sep}\n{rows}"
    intro = draw(st.sampled_from(["", "Here is a table of the values for each year:\n\n"]))
    closer = draw(st.sampled_from(["", "\n\nI hope this answers your question."]))
    response = f"We read the chart first.\n\n{lead}\n\n{intro}{table}{closer}"
    right = draw(st.booleans())
    gold = str(value) if right else str(cells[-1])
    return Case(
        gold, response, right, why="the value stated before a closing table, not the table's last cell"
    )


@st.composite
def final_after_box(draw: st.DrawFn) -> Case:
    step = draw(st.integers(1, 999))
    total = draw(st.integers(1000, 99999))
    if draw(st.integers(0, 3)) == 0:  # an answer taken back ("Wait, actually it is 13."), or only explained
        first = draw(
            st.sampled_from(
                ["The answer is {v}.", "So the answer is $\\boxed{{{v}}}$.", "Final answer: {v}."]
            )
        )
        if draw(st.booleans()):
            back = draw(
                st.sampled_from(
                    [
                        " Wait, actually it is {w}.",
                        " But wait, I miscounted: it is {w}.",
                        " Hmm, wait, let me recheck: the total is {w}.",
                        "\n\nActually, let me recheck: it should be {w}.",
                        "\nCorrection: {w}",
                        " Oops, I made a mistake; the total is {w}.",
                        " Scratch that: {w}.",
                        " Hmm... actually {w}.",
                        # a check, then a value restated that is not the answer ("... Hmm, so it's 13." had been 12)
                        " Let me double check: {w} - {v} = {d}. Hmm, so it's {w}.",
                        " Let me recount the boxes. So the total is {w}.",
                        "\n\nLet me verify this: {v} + {d} = {w}, so the answer should be {w}.",
                    ]
                )  # fmt: skip
            )
            reply = first.format(v=step) + back.format(v=step, w=total, d=total - step)
            right = draw(st.booleans())
            return Case(str(total if right else step), reply, right, why="an answer taken back")
        if first.startswith("Final"):  # (a label opening a short reply leaves the reply to be read whole)
            first = "The answer is {v}."
        reason = draw(
            st.sampled_from(
                [
                    " Actually, this is because 1 x {v} = {v} and {v} > {u}.",
                    " Actually, it's easy to check: {v} + 1 = {w}.",
                    # a hypothetical after the answer ("... the answer would be 15." had been read as 15)
                    "\n\nNote: if the figure were not drawn to scale, the answer would be {w}.",
                    " The answer would be {w} if the triangle were right-angled.",
                    " If we had used the diagonal, the answer would be {w}.",
                    " Otherwise, the answer would have been {w}.",
                    # a check that confirms it ("... The answer is confirmed." had been read as the word)
                    " Let me check: {v} + 1 = {w}. The answer is confirmed.",
                    " Checking: {v} - 1 = {u}, so the answer is indeed correct.",
                    "\n\nVerification: {v} + 1 = {w} ✓. The answer is verified.",
                    # a check that ends on another number, or restates the answer, takes nothing back
                    " Let me double-check: {v} = {u} + 1.",
                    " Let me recount: {u} + 1 = {v}, so it's {v}.",
                ]
            )
        )
        reply = first.format(v=step) + reason.format(v=step, u=step - 1, w=step + 1)
        right = draw(st.booleans())
        return Case(str(step if right else step + 1), reply, right, why="an answer explained, not taken back")
    shown = f"{total:,}" if draw(st.booleans()) else str(total)
    box = draw(st.sampled_from(["$\\boxed{{{v}}}$", "\\boxed{{{v}}}", "$x = \\boxed{{{v}}}$"])).format(v=step)
    work = f"Step 2: the interest is {box}. So the balance is {shown} after adding it."
    closing = draw(
        st.sampled_from(
            [
                "Final Answer: The final answer is ${v}$. I hope it is correct.",
                "Final answer: {v}",
                "The final answer is {v} dollars.",
                "Final Answer: the final answer is $\\${v}$",
            ]
        )
    )
    kind = draw(st.sampled_from(["other value", "restates the box", "no value"]))
    if kind == "other value":
        right = draw(st.booleans())
        response = f"{work}\n\n{closing.format(v=shown)}"
        return Case(
            str(total) if right else str(step),
            response,
            right,
            why="the closing final answer, not a box before it",
        )
    if kind == "restates the box":
        response = f"{work}\n\n{closing.format(v=step)}"
    else:
        response = f"{work}\n\nFinal answer: as computed above."
    right = draw(st.booleans())
    return Case(
        str(step) if right else str(total),
        response,
        right,
        why="a closing line with no other value leaves the box",
    )


# quantities named in words, no name inside another (so a different name is another quantity)
_QUANTITY_NAMES = (
    "Volume",
    "Surface Area",
    "Perimeter",
    "Weekly water intake",
    "Total cost",
    "Height of the tower",
    "L.S.A.",  # a name abbreviated in capitals (`S.A. = 1209.84`); one name is never in another here
)
_AREA_UNITS = ("", " \\mathrm{~cm}^{2}", " square units", " \\text{ m}^2", " units $^{2}$")


@st.composite
def word_labels(draw: st.DrawFn) -> Case:
    """A value that a quantity's name in words precedes ("Surface Area $=2827.43 \\mathrm{~cm}^{2}$", as
    MathVerse writes golds), on either side, after an answer marker or alone: the value (and unit) is
    compared, its unit's exponent is no number of it; another name, value or unit dimension is wrong."""
    v, name = draw(_numbers()), draw(st.sampled_from(_QUANTITY_NAMES))
    unit = draw(st.sampled_from(_AREA_UNITS))
    labelled = f"{name} $={v}${unit}" if "$" in unit else f"{name} $={v}{unit}$"
    change = draw(st.sampled_from(["same", "bare", "value", "name", "unit"]))
    other = {
        "same": labelled,
        "bare": f"{v}",
        "value": labelled.replace(f"={v}", f"={int(float(v)) * 2 + 1}"),
        "name": labelled.replace(name, draw(st.sampled_from([n for n in _QUANTITY_NAMES if n != name]))),
        "unit": f"{name} $={v} \\mathrm{{~cm}}^{{3}}$",
    }[change]
    # "units" with no name is no dimension: only a named unit (cm^2, m^2) differs from cm^3
    hypothesis.assume(change != "unit" or "m" in unit)
    right = change in ("same", "bare")
    dress = draw(
        st.sampled_from(["The answer is {0}.", "{0}", "**Answer:** {0}", "Therefore, the answer is {0}"])
    )
    if draw(st.booleans()):  # the labelled form as the gold, the other in the reply
        return Case(labelled, dress.format(other), right, why=f"{name} = {v} ({change})")
    return Case(other, dress.format(labelled), right, why=f"{name} = {v} ({change}), the other way round")


_ABBREVIATIONS = ("S.A.", "U.S.", "L.C.M.", "H.C.F.", "P.M.", "A.M.")


@st.composite
def abbreviations(draw: st.DrawFn) -> Case:
    """An answer sentence with a capitalised abbreviation before its value ("The answer is the S.A. of the
    prism, 1209.84 cm^2."), or one in small letters around it ("The answer is approx. 12.5.", "12, i.e. the S.A."):
    the abbreviation's full stops end no sentence, so the value after them is read; another value is wrong."""
    v, unit, abbr = draw(_numbers()), draw(st.sampled_from(_UNITS)), draw(st.sampled_from(_ABBREVIATIONS))
    response = draw(
        st.sampled_from(
            [
                "The answer is the {a} of the figure, {v}{u}.",
                "So the answer is: the {a} is {v}{u}.",
                "The {a} of the prism is found above. The answer is the {a}, which is {v}{u}.",
                "The answer is approx. {v}{u}.",
                "The answer is {v}{u} (i.e. the {a} of the prism).",
                "The answer is {v}{u}, i.e. the {a} of the prism.",
            ]
        )
    ).format(a=abbr, v=v, u=unit)
    same = draw(st.booleans())
    gold = v if same else str(int(float(v)) * 2 + 1)
    return Case(gold, response, same, why=f"{abbr} before the value {v}")


_NOUNS = ("cups of feed", "cars", "hours", "apples", "students", "dollars")
_AFTERWORDS = (
    "for the evening meal so each of the {d} chickens gets its share",
    "drove through in the first {d} minutes",
    "({d} {n} x 2 weeks)",
    "left after the {d} that were sold",
    "had already driven through the jam in the first {d} minutes",
)


@st.composite
def value_first_explained(draw: st.DrawFn) -> Case:
    """An answer sentence that opens with its value and then explains it with another number ("The answer is
    40 cups of feed for the evening meal so each of the 20 chickens gets its share."): the opening value is
    the answer, never the explanation's number (which had been read as the sentence's last number); so is a
    value before its reason in brackets ("6 (since 2*3 = 6)", "**6** (since ...)", "Answer: 6, because ...") or before the arithmetic
    that makes it ("9 (3 times 3)"; not "9 (3 times 4)"); a quantity in two
    units ("3 hours and 20 minutes") and two values joined ("6 as well as 7") are neither of their numbers."""
    v, d = draw(st.integers(1, 999)), draw(st.integers(1, 999))
    hypothesis.assume(v != d)
    noun, sp = draw(st.sampled_from(_NOUNS)), draw(st.sampled_from(_SPACES))
    after = draw(st.sampled_from(_AFTERWORDS)).format(d=d, n=noun.split()[0])
    marker = draw(st.sampled_from(["The answer is", "So the answer is:", "Therefore, the answer is"]))
    kind = draw(st.integers(0, 6))
    if kind == 1:  # a reason in brackets or after a comma, anchored or in a short reply of its own
        reason = draw(
            st.sampled_from(["({w} {a}*{b} = {v})", ", because {a}*{b} = {v}", "(since {a} x {b} gives {v})"])
        )
        reason = reason.format(w=draw(st.sampled_from(["since", "because", "as"])), a=v, b=1, v=v)
        lead = draw(st.sampled_from(["", "Answer: ", f"{marker} "]))
        unit = draw(st.sampled_from(["", f" {noun.split()[0]}"]))
        value = f"{v}{unit}"
        if not lead and draw(st.booleans()):  # set in bold ("**12** (since ...)" had been unparseable)
            value = draw(st.sampled_from(["**{x}**", "__{x}__"])).format(x=value)
        response = f"{lead}{value}{'' if reason.startswith(',') else ' '}{reason}"
        right = draw(st.booleans())
        return Case(str(v if right else d), response, right, why=f"{v}, then its reason")
    if kind == 3:  # the arithmetic that makes the value, in brackets ("9 (3 times 3)"): the value; never when
        a = draw(st.integers(2, 30))  # the arithmetic makes another ("9 (3 times 4)"), then no value is read
        b = draw(st.integers(2, 30))
        op, made = draw(
            st.sampled_from(
                [
                    ("{a} times {b}", a * b),
                    ("{a} \\times {b}", a * b),
                    ("{a} x {b}", a * b),
                    ("= {a} + {b}", a + b),
                    ("{a} + {b} = {m}", a + b),
                    ("{a}*{b}", a * b),
                ]
            )
        )
        honest = draw(st.booleans())
        stated = made if honest else made + draw(st.integers(1, 9))
        lead = draw(st.sampled_from(["", "Answer: ", f"{marker} "]))
        response = f"{lead}{stated} ({op.format(a=a, b=b, m=made)})"
        return Case(str(stated), response, honest, why=f"{stated} and the arithmetic {op} ({made})")
    if kind == 2:  # two values joined ("6 as well as 7"): neither alone
        response = draw(st.sampled_from([f"{marker} {v} as well as {d}.", f"{v} as well as {d}"]))
        return Case(
            str(draw(st.sampled_from([v, d]))), response, False, why=f"{v} as well as {d}: two values"
        )
    if kind == 0:  # a quantity in two units: neither number alone
        big, small = draw(st.sampled_from([("hours", "minutes"), ("feet", "inches"), ("minutes", "seconds")]))
        joint = draw(st.sampled_from([" and ", " ", ", "]))
        response = f"Step 1: we add them up.\n\n{marker}{sp} {v} {big}{joint}{d} {small}."
        return Case(str(draw(st.sampled_from([v, d]))), response, False, why=f"{v} {big} {d} {small}")
    response = f"Step 1: we add them up.\n\n{marker}{sp} {v} {noun} {after}."
    right = draw(st.booleans())
    return Case(str(v if right else d), response, right, why=f"{v} stated first, {d} explains it")


@st.composite
def closing_lists(draw: st.DrawFn) -> Case:
    """A worked solution with no marker whose last sentence lists its values ("Therefore, the only such
    integers are 8, 32, 44 and 80.", "Therefore, $x=5$ or $x=-2$.", "... are $1$, $2$ and $3$."), after a
    display and other inline math, or a one-sentence reply that lists them first ("12345 and 54321 are the only
    ones.", "The solutions are (2, 3) and (4, 5)."): the list is the (guessed) answer, never its last item. A one-line
    reply that rejects its last
    value in brackets ("So $x = 3$ or $x = -3$ (rejected).", "(舍去)", "x = 3 (x = -3 rejected)", "x = 3, x = -3
    (rejected)") or in a clause of its own ("x = 3; the other root x = -3 is rejected.") answers the value it keeps."""
    items = draw(st.lists(st.integers(-60, 99), min_size=2, max_size=5, unique=True))
    sp = draw(st.sampled_from(["", " "]))
    shown = [str(v) for v in items]
    form = draw(st.integers(0, 6))
    if (
        form == 6
    ):  # a one-sentence reply that lists points or solution pairs: "The solutions are (2, 3) and (4, 5)."
        pairs = [f"({v},{sp}{v + 7})" for v in items[:3]]
        listed = ", ".join(pairs[:-1]) + f" and {pairs[-1]}"
        reply = draw(
            st.sampled_from(["The solutions are {l}.", "The points are {l}.", "So the pairs are {l}"])
        )
        right = draw(st.sampled_from(["all", "all", "last", "changed"]))
        gold_pairs = {
            "all": pairs,
            "last": pairs[-1:],
            "changed": [
                *pairs[:-1],
                f"({items[min(len(items), 3) - 1]},{sp}{items[min(len(items), 3) - 1] + 8})",
            ],
        }
        return Case(
            ",".join(gold_pairs[right]), reply.format(l=listed), right == "all", why=f"{right}: {listed}"
        )
    if form == 5:  # one value kept, the other rejected in brackets: "So $x = 3$ or $x = -3$ (rejected)."
        math = draw(st.booleans())
        kept, dropped = (f"${sp}x{sp}={sp}{v}{sp}$" if math else f"x{sp}={sp}{v}" for v in shown[:2])
        why_not = draw(
            st.sampled_from(
                ["(rejected)", "(discarded)", "(not valid since x > 0)", "(舍去)", "(extraneous)"]
            )
        )
        lead = draw(st.sampled_from(["Therefore, ", "So ", "Solving, ", "We get "]))
        reply = f"{lead}{kept} or {dropped} {why_not}."
        if draw(st.integers(0, 2)) == 0:  # the rejected value in a clause of its own
            reply = draw(
                st.sampled_from(
                    [
                        "{k} (the other root, {d}, is extraneous)",
                        "{k}; the other root {d} is rejected.",
                        "{L}{k}, and the other solution {d} is not valid since x > 0.",
                        # the rejected value inside the brackets, or after a comma ("x = 3 (x = -1 rejected)")
                        "{L}{k} ({d} rejected)",
                        "{L}{k} ({d} is extraneous).",
                        "{L}{k}, {d} (rejected).",
                    ]
                )  # fmt: skip
            ).format(k=kept, d=dropped, L=lead)
        right = draw(st.sampled_from(["kept", "kept", "dropped", "both"]))
        gold = {"kept": shown[0], "dropped": shown[1], "both": f"{shown[0]}, {shown[1]}"}[right]
        return Case(gold, reply, right == "kept", why=f"{right}: {reply}")
    if (
        form == 4
    ):  # a one-line reply that gives one unknown its values, in math or plain text, after a lead-in
        join = draw(st.sampled_from([" or ", ", ", " and "]))
        math = draw(st.booleans())
        listed = join.join(f"${sp}x{sp}={sp}{v}{sp}$" if math else f"x{sp}={sp}{v}" for v in shown)
        lead = draw(st.sampled_from(["Therefore, ", "So ", "Hence ", "We get ", "Thus we find "]))
        tail = draw(st.sampled_from([".", "", " are the solutions."])) if not math else "."
        right = draw(st.booleans())
        reply = lead + listed + tail
        return Case(", ".join(shown) if right else shown[-1], reply, right, why=reply)
    if form == 3:  # the list first, then a copula that calls them the answers
        ending = (
            ", ".join(shown[:-1])
            + f" and {shown[-1]} are the "
            + draw(st.sampled_from(["only ones.", "only solutions.", "solutions.", "possible values."]))
        )
        right = draw(st.booleans())
        return Case(", ".join(shown) if right else shown[-1], ending, right, why=ending)
    if form == 0:
        ending = "Therefore, the only such integers are " + ", ".join(shown[:-1]) + f" and {shown[-1]}."
    elif form == 1:
        ending = "Therefore, " + " or ".join(f"${sp}x{sp}={sp}{v}{sp}$" for v in shown) + "."
    else:
        ending = "So the values are " + ", ".join(f"${v}$" for v in shown[:-1]) + f" and ${shown[-1]}$."
    steps = (
        f"We check every case in turn, with $n = {len(items)}$ cases in all.\n\n$$\n\\begin{{aligned}}\n"
        "f(x) & =x^{2}-3 x-10 \\\\\n& =(x-5)(x+2)\n\\end{aligned}\n$$\n\n"
    )
    right = draw(st.booleans())
    gold = ", ".join(shown) if right else shown[-1]
    return Case(gold, steps + ending, right, why=ending)


_POWERED_UNITS = (
    " cm^2",
    " m^{3}",
    " \\text{m}^3",
    " \\mathrm{cm}^{2}",
    " km^2",
    "m^2",
    " cm²",
    " m³",
    "cm²",
)
# An exact value written in plain text, as a gold writes it (π and a root as glyphs in the reply).
_PLAIN_EXACT = (("π", "\\pi"), ("{k}π", "{k}\\pi"), ("{k}√3", "{k}\\sqrt{{3}}"), ("√{k}", "\\sqrt{{{k}}}"))


@st.composite
def unit_powers(draw: st.DrawFn) -> Case:
    """A sentence that ends with its value and a unit raised to a power, as a caret or a glyph ("The area of the
    figure is 400.57 cm^2.", "It costs 3.5 cm².", "The area is 4π cm²."), with or without an answer marker: the
    value is read, never the unit's exponent; another value is wrong."""
    unit = draw(st.sampled_from(_POWERED_UNITS))
    if (
        draw(st.integers(0, 3)) == 0
    ):  # an exact value in plain text (π, a root) before a plain, spaced powered unit
        unit = draw(st.sampled_from([u for u in _POWERED_UNITS if u[:1] == " " and "\\" not in u]))
        k = draw(st.integers(2, 9).filter(lambda n: n not in (4, 9)))
        shown, gold = (form.format(k=k) for form in draw(st.sampled_from(_PLAIN_EXACT)))
        frame = draw(
            st.sampled_from(["The area is {v}{u}.", "So the area of the circle is {v}{u}", "{v}{u}"])
        )
        response = frame.format(v=shown, u=unit)
        same = draw(st.booleans())
        return Case(gold if same else f"{k + 1}\\pi", response, same, why=f"{shown} with the unit{unit}")
    v = draw(_numbers())
    response = draw(
        st.sampled_from(
            [
                "The area of the figure is {v}{u}.",
                "The answer is the area of the figure, {v}{u}.",
                "So the volume of the box is {v}{u}",
                "I think the surface is about {v}{u}.",
                "It costs {v}{u}.",
            ]
        )
    ).format(v=v, u=unit)
    same = draw(st.booleans())
    gold = v if same else str(int(float(v)) * 2 + 1)
    return Case(gold, response, same, why=f"{v} with the unit{unit}")


@st.composite
def signed_values(draw: st.DrawFn) -> Case:
    """A negative value in a sentence, its sign a hyphen, a minus (U+2212) or an en dash ("The change is –8.", "x = −8"):
    that value, never its magnitude; and a range or a difference written with a hyphen or an en dash against the
    number before it ("The range is 3-5.", "It grew 40–50 mpg."), whose last number is never read as negative."""
    n = draw(st.integers(2, 99))
    if draw(st.booleans()):
        sign = draw(st.sampled_from(["-", "\u2212", "\u2013"]))
        frame = draw(st.sampled_from(["The change is {v}.", "x = {v}", "So the answer is ({v}).", "The slope is {v}.",
                                      "Therefore, the value is {v}, which is the final answer."]))  # fmt: skip
        reply = frame.format(v=f"{sign}{n}")
        right = draw(st.booleans())
        return Case(str(-n) if right else str(n), reply, right, why=f"signed: {reply!r}")
    a = draw(st.integers(1, n - 1))
    dash = draw(st.sampled_from(["-", "\u2013"]))
    frame = draw(
        st.sampled_from(["The range is {r}.", "Most cars get about {r} mpg.", "It is on pages {r}."])
    )
    reply = frame.format(r=f"{a}{dash}{n}")
    return Case(str(-n), reply, False, why=f"a range: {reply!r}")


@st.composite
def answer_wrappings(draw: st.DrawFn) -> Case:
    """An answer wrapped in what is no part of it: typeset quotation marks ("The answer is “12”.", «12», 「12」), a
    pictograph after it ("The answer is 12 🎉", "12 ✔"), a fenced block of text after an answer label ("Answer:\n\n```\n12
    \n```"), or a numbered question the reply makes up after it ("... The answer is 12.\n\nQuestion 2: ... Answer: 7"):
    the value inside, never the made-up question's."""
    v = draw(st.integers(2, 999))
    other = v + draw(st.integers(1, 9))
    kind = draw(st.sampled_from(["quotes", "pictograph", "fence", "next_question"]))
    if kind == "quotes":
        left, right = draw(st.sampled_from([("“", "”"), ("«", "»"), ("‘", "’"), ("„", "“"), ("「", "」")]))
        reply = draw(st.sampled_from(["The answer is {q}.", "Answer: {q}", "So the final answer is {q}"]))
        reply = reply.format(q=f"{left}{v}{right}")
    elif kind == "pictograph":
        mark = draw(st.sampled_from(["🎉", "✔", "✅", "👍", "✓", "🙂"]))
        reply = draw(
            st.sampled_from(["The answer is {v} {m}", "{v} {m}", "Final answer: {v}{m}", "So it is {v}. {m}"])
        )
        reply = reply.format(v=v, m=mark)
    elif kind == "fence":
        label = draw(st.sampled_from(["Answer:", "The final answer is:", "**Answer:**"]))
        reply = f"{label}\n{draw(st.sampled_from(['', chr(10)]))}```{draw(st.sampled_from(['', 'text']))}\n{v}\n```"
    else:
        marker = draw(st.sampled_from(["Question 2:", "Q3:", "Question #4:", "question 5:"]))
        reply = (
            f"We count them: the answer is {v}.\n\n{marker} How many are left after 3 more?\nAnswer: {other}"
        )
    right = draw(st.booleans())
    return Case(str(v if right else other), reply, right, why=f"{kind}: {reply!r}")


_MADE_UP = (
    "Question: A shop sells pens at $2.50 each. How many pens does $10 buy?\n\nSolution: 10 / 2.5 = {o}."
    " The answer is {o}.",
    "Question: What is the value of y?\nChoices: (A) 1 (B) 2\n\nAnswer: {o}",
    "Q: Simplify 3(2x - 5).\n\nTherefore, the final answer is $\\boxed{{{o}}}$.",
    "Question: How many dogs are there?\n\nThe answer is {o}.\n\nQuestion: And cats?\nThe answer is {o}.",
)


@st.composite
def made_up_questions(draw: st.DrawFn) -> Case:
    """A reply that answers, then goes on with a question it makes up and answers that too (few-shot prompts
    invite it: "... The answer is B.\n\nQuestion: A shop sells pens ... The answer is 5."): the answer before
    the made-up question is the reply's; the made-up question's answer is wrong. Letters and values, with
    and without options; a reply that states no answer before the made-up question is read whole."""
    letter = draw(st.booleans())
    if letter:
        choices = ("3", "5", "8", "12")
        own, other = draw(st.permutations("ABCD"))[:2]
    else:
        choices = None
        own = draw(_numbers())
        other = str(int(float(own)) * 2 + 1)  # never a rounding of `own`
    lead = draw(
        st.sampled_from(
            [
                "The area is split in two halves.\n\nThe answer is {a}.",
                "Step 1: count them.\nTherefore, the final answer is $\\boxed{{{a}}}$",
                "所以答案是{a}",
                "**Answer:** {a}",
            ]
        )
    ).format(a=own)
    sep = draw(st.sampled_from(["\n\n", "\n", "\n\n  "]))
    response = lead + sep + draw(st.sampled_from(_MADE_UP)).format(o=other)
    if draw(st.integers(0, 4)) == 0:  # no made-up question: "Q:" labels a point before the answer
        response = f"P: (1, 2){sep}Q: (3, 4){sep}The answer is {own}."
    same = draw(st.booleans())
    gold_letter = own if same else other
    gold = choices["ABCD".index(gold_letter)] if letter else (own if same else other)
    return Case(
        gold, response, same, choices=choices, why=f"answered {own}, then made up a question answered {other}"
    )


_CHOICE_MARKERS = (
    "【答案】{L}【解析】略",
    "故选：{L}",
    "故选{L}.",
    "所以选 {L}",
    "因此选项为（{L}）",
    "故选择{L}。",
    "因此选择{L}选项。",
)


@st.composite
def chinese_choice_markers(draw: st.DrawFn) -> Case:
    """A worked solution that closes with a Chinese "so choose ..." ("故选：C", "所以选 B", "因此选项为（A）"),
    after lines that name other options ("故选项A错误": "so option A is wrong") and other values: the
    letter after the marker is the answer, decided, with or without the options given; another letter is
    wrong. Several letters after it ("故选：AC", "故选 A、C", "【答案】AC【解析】...") answer a multi-select gold, not
    one of its letters."""
    pick, other = draw(st.permutations("ABCD"))[:2]
    choices = ("2", "4", "8", "16")
    if (
        draw(st.integers(0, 3)) == 0
    ):  # several letters chosen ("故选：AC", "故选 A、C"; a multi-select question)
        order = draw(st.permutations("ABCD"))
        two, other = "".join(sorted(order[:2])), order[2]
        joint = draw(st.sampled_from(["", "、", "，", "和"]))
        marker = draw(
            st.sampled_from(["故选：{L}", "故选{L}", "所以选{L}", "【答案】{L}【解析】由题意，{O}错误"])
        )
        reply = marker.format(L=joint.join(two), O=other)
        right = draw(st.booleans())
        gold = two if right else two[0]
        return Case(gold, reply, right, choices=choices, why="several letters after the marker")
    marker = draw(st.sampled_from(_CHOICE_MARKERS)).format(L=pick)
    lead = draw(
        st.sampled_from(
            [
                "解：由题意，$f(1)=3$，所以 $a=2$。\n",
                f"【详解】由题意得 $a=2$, 故选项{other}错误. ",
                f"选项 {other} 不对，因为 $x=12$。\n\n",
                "",
            ]
        )
    )
    same = draw(st.booleans())
    letter = pick if same else other
    given = draw(st.booleans())
    gold = choices["ABCD".index(letter)] if given and draw(st.booleans()) else letter
    return Case(
        gold, lead + marker, same, choices=choices if given else None, why=f"{marker!r} after {lead!r}"
    )


@st.composite
def solution_endings(draw: st.DrawFn) -> Case:
    """How published solutions (OlympiadBench, ARML) end their answer: a connective after the marker ("the
    answer is therefore $262$"), bold digits set apart (`$\\mathbf{2 6 2}$`, `$\\mathbf{1 1 .}$`), the marker
    ending its line and display math after it, an equation number (`\\tag{17}`) in the display, a binomial
    coefficient typeset as a one-column array, a derivation (`aligned`, `gathered`) that is the reply's only
    math, read by its last row; bold digits closing the last sentence's computation with no marker; bold digits
    set apart before a symbol (`\\mathbf{5 4 8 \\pi}`); a conclusion that states its extremum ("at most 100 knights
    in total"). Right value, and a value off by more than rounding."""
    n = draw(st.integers(10, 99999))
    same = draw(st.booleans())
    shown = n if same else n * 2 + 1
    spaced = " ".join(str(shown))
    word = draw(st.sampled_from(["therefore ", "thus ", "clearly ", "", "then "]))
    stop = draw(st.sampled_from(["", " .", "."]))
    form = draw(st.sampled_from(range(9)))
    if form == 7:  # bold digits set apart with a symbol after them, as the string comparison reads them
        sym = draw(st.sampled_from(["\\pi", "\\sqrt{2}"]))
        gold = f"{n} {sym}" if draw(st.booleans()) else f"\\frac{{{n} {sym}}}{{3}}"
        shown_math = f"\\mathbf{{{spaced} {sym}}}"
        if gold.startswith("\\frac"):
            shown_math = f"\\frac{{{shown_math}}}{{\\mathbf{{3}}}}"
        return Case(gold, f"Thus the area of the region is ${shown_math}$.", same, why=f"bold {shown} {sym}")
    if form == 8:  # a worked solution that concludes with its extremum: "at most N ... in total"
        reply = (
            "Each cycle holds at most one knight, as shown above.\n\nHence one can place at most one knight on "
            f"each cycle, that is at most {shown} knights in total{stop}"
        )
        return Case(str(n), reply, same, why=f"an extremum concluded, shown {shown}")
    if form == 6:  # no marker at all: the bold number closes a computation in the last sentence
        reply = (
            f"If one widget takes $T$ hours, the rate is $36 / T$ widgets per hour.\n\nSo it will require "
            f"$\\frac{{720 / T}}{{36 / T}}=\\mathbf{{{spaced}}}$ workers (independent of $T$ ){stop}"
        )
        return Case(str(n), reply, same, why=f"bold digits ending a computation, shown {shown}")
    if form == 5:  # a derivation as the reply's only math: its last row
        env = draw(st.sampled_from(["aligned", "gathered"]))
        amp = "& " if env == "aligned" else ""
        reply = f"So\n$$\n\\begin{{{env}}}\n2 x {amp}={2 * shown} \\\\\nx {amp}={shown}\n\\end{{{env}}}\n$$"
        return Case(str(n), reply, same, why=f"a derivation ending x = {shown}")
    if form == 4:  # \binom{a}{b} as an array in brackets
        a = draw(st.integers(2, 9))
        gold = f"\\binom{{{a} n}}{{n}}"
        top = f"{a} n" if same else f"{a + 1} n"
        reply = (
            f"Thus there are exactly $\\left(\\begin{{array}}{{c}}{top} \\\\ n\\end{{array}}\\right)$ ways."
        )
        return Case(gold, reply, same, why=f"a binomial as an array, top {top!r}")
    reply = [
        f"With $T=7$, the answer is {word}$\\mathbf{{{spaced}{stop}}}$.",
        f"So the final answer is\n\n$$\nx=\\frac{{2 y}}{{2}}=\\mathbf{{{spaced}}} .\n$$",
        f"The power is\n$$\nP=G S \\eta={shown} \\mathrm{{~kW}}\n\\tag{{{draw(st.integers(1, 30))}}}\n$$",
        f"Hence the answer is {word}\n\\[\nm = {shown}\n\\]",
    ][form]
    return Case(str(n), reply, same, why=f"form {form}, shown {shown}")


@st.composite
def chinese_conclusions(draw: st.DrawFn) -> Case:
    """A Chinese worked solution with no answer marker that ends on a conclusion after 所以/因此/故/即 ("so",
    "that is"): a quantity named, then 为/是 and the math ("所以a的取值范围是(-\\infty, 3]", "即椭圆的方程为
    \\frac{x^2}{4}+y^2=1"), or the clause all math ("所以 A=\\frac{2\\pi}{3}"). The math after the last copula is the
    answer (a guess); other math, or the same with a value changed, is wrong, and so is a conclusion that
    denies its value ("所以BC的长不是..."). Two values joined by 或 ("所以a的值为2或-2", "解得x=2或x=-2", "解得x₁=2，x₂=-2")
    are both the answer. A
    one-sentence reply with no marker ("a的取值范围是(2,+∞)") is read the same way, not by its one number. A root the
    reply checks ("经检验，x=12是原方程的解。") is the answer, one it rejects ("（舍去 $a=1$）") is not, and a check that
    fails ("x=12不是原方程的解") gives no answer."""
    k = draw(st.integers(2, 40))
    same = draw(st.booleans())
    shown = k if same else k + 1 + draw(st.integers(0, 5))
    kind = draw(st.sampled_from(range(4)))
    gold, math = [
        (f"(-\\infty, {k}]", f"(-\\infty, {shown}]"),
        (f"\\frac{{x^2}}{{{k}}}+y^2=1", f"\\frac{{x^2}}{{{shown}}}+y^2=1"),
        (f"\\frac{{{k}\\pi}}{{3}}", f"A=\\frac{{{shown}\\pi}}{{3}}"),
        (f"{k}\\sqrt{{2}}", f"{shown}\\sqrt{{2}}"),
    ][kind]
    name = ["a的取值范围", "椭圆的方程", "", "BC的长"][kind]
    marker = draw(st.sampled_from(["所以", "所以，", "因此", "故", "即"]))
    copula = draw(st.sampled_from(["为", "是"]))
    if same and name and draw(st.integers(0, 3)) == 0:  # a conclusion that denies the value states none
        ending = f"{marker}{name}{draw(st.sampled_from(['不', '并不', '不可能']))}{copula}{math}。"
        return Case(gold, "由题意得 a=2，" + ending, False, why=f"denied: {ending!r}")
    if (
        kind == 0 and draw(st.integers(0, 2)) == 0
    ):  # one sentence, no marker, infinity as a glyph: "a的取值范围是(2,+∞)"
        infinity = draw(st.sampled_from(["∞", "+∞", "\\infty", "+\\infty"]))
        bracket = draw(st.sampled_from(["[", "("]))
        gold = f"{bracket}{k}, +\\infty)"
        math = f"{bracket}{shown},{infinity})"
        reply = f"a的取值范围{copula}{math}{draw(st.sampled_from(['', '。', '.']))}"
        return Case(gold, reply, same, why=f"one sentence: {reply!r}")
    if (
        draw(st.integers(0, 5)) == 0
    ):  # a root checked ("经检验，x=12是原方程的解"), or one kept over another rejected
        other = k + 1 + draw(st.integers(0, 5))
        ending = draw(
            st.sampled_from(
                [
                    f"解得x={k}，经检验x={k}是原方程的解",
                    f"经检验，x={k}是原方程的解。",
                    f"所以x={k}是方程的根。",
                    f"所以 $a={k}$（舍去 $a={other}$）。",
                    f"经检验，x={k}不是原方程的解。",  # (a root the check rejects: no answer)
                ]
            )
        )
        right = draw(st.booleans())
        expect = right and "不是" not in ending
        return Case(str(k if right else other), ending, expect, why=f"a root checked or kept: {ending!r}")
    lead = "由题意，$f(1)=3$，则 $a=2$，\n" if draw(st.booleans()) else "由题意得 a=2，"
    if draw(st.integers(0, 4)) == 0:  # two values joined by 或 ("or"): both, never the first alone
        sp = draw(st.sampled_from(["", " "]))
        ending = f"{marker}{sp}a{sp}的值{copula}{sp}{k}{sp}{draw(st.sampled_from(['或', '或者']))}{sp}-{k}。"
        if draw(
            st.booleans()
        ):  # each value given its name after 解得 ("solving gives"), the subscript in Unicode
            lead, one, two = (
                "由题意得 (x-k)(x+k)=0，",
                *draw(st.sampled_from([("x", "x"), ("x₁", "x₂"), ("x_1", "x_2")])),
            )
            ending = f"解得{sp}{one}={k}{draw(st.sampled_from(['或', '或者', '，']))}{two}=-{k}。"
        both = draw(st.booleans())
        return Case(f"{k}, -{k}" if both else str(k), lead + ending, both, why=f"two values: {ending!r}")
    ending = f"{marker}{name}{copula}{math}。" if name else f"{marker} {math}。"
    return Case(gold, lead + ending, same, why=f"{ending!r}")


@st.composite
def chinese_prose_in_math(draw: st.DrawFn) -> Case:
    """A Chinese worked solution set whole in one pair of math delimiters (`$...$`, `$$...$$`, `\\(...\\)`,
    `\\[...\\]`), ending on a fraction or a root: after a conclusion ("所以AB的长为\\frac{5}{7}"), or as the
    math of its last clause with no marker ("点D到平面的距离d=\\frac{2\\sqrt{6}}{7}", a subscript in Chinese
    included: "V_{四棱锥}=..."), or a value with its unit in `\\text{}`. Read as prose, its value is the
    answer; the fraction's denominator (its last number) and another value are wrong."""
    p, q = draw(st.integers(1, 40)), draw(st.integers(41, 97))
    kind = draw(st.sampled_from(["frac", "sqrt", "plain"]))
    value = {
        "frac": f"\\frac{{{p}}}{{{q}}}",
        "sqrt": f"\\frac{{{p}\\sqrt{{{q}}}}}{{{q + 1}}}",
        "plain": str(p),
    }[kind]
    gold = draw(st.sampled_from([value, str(q) if kind != "plain" else str(p + q), str(p + 1)]))
    same = gold == value
    lead = draw(st.sampled_from(["由题意得a=2，b=3，", "因为AB\\perp BC,\\quad ", "设x=1，则y=2. "]))
    form = draw(st.sampled_from(range(4)))
    sub = draw(st.sampled_from(["d", "V_{四棱锥P-ABCD}", "S_{\\triangle ABC}"]))
    ending = [
        f"所以AB的长为{value}",
        f"点D到平面BEF的距离{sub}=\\frac{{1}}{{3}}\\times 3={value}",
        f"\\therefore {sub}={value}",
        f"故所求面积为{value}\\text{{平方厘米}}",
    ][form]
    if form == 3 and kind == "plain":
        gold = draw(st.sampled_from([value, str(p + 1)]))
        same = gold == value
    stop = draw(st.sampled_from(["", ".", "。"]))
    opening, closing = draw(st.sampled_from([("$", "$"), ("$$", "$$"), ("\\(", "\\)"), ("\\[", "\\]")]))
    space = draw(st.sampled_from(["", " ", "\n"]))
    after = draw(st.sampled_from(["", "，方向竖直向下"])) if form in (1, 2) else ""  # words after the value
    if draw(st.booleans()):  # the whole reply in the math
        reply = f"{opening}{space}{lead}{ending}{after}{stop}{space}{closing}"
    else:  # one sentence of it: the lead outside, in prose
        reply = f"{lead}\n{opening}{space}{ending}{after}{stop}{space}{closing}"
    return Case(gold, reply, same, why=f"{reply!r}")


@st.composite
def chinese_stated_numbers(draw: st.DrawFn) -> Case:
    """A one-sentence reply in Chinese stating one number against the words, with a measure word or unit
    or none, with or without spaces and a closing stop: the number is the (guessed) answer; another value
    is wrong, and so is the number when a bound or a denial ("不是", "is not") comes before or after it."""
    n = draw(st.integers(1, 99999))
    shown = f"{n // 1000} {n % 1000:03d}" if n >= 1000 and draw(st.booleans()) else str(n)
    unit = draw(st.sampled_from(["个", "朵", "平方厘米", "元", "", "千米"]))
    space = draw(st.sampled_from(["", " "]))
    lead = draw(
        st.sampled_from(
            ["所以一共有", "因此需要", "小明大约走了", "答：这个屋顶需要", "图中共有", "答：有", "答: 共有"]
        )
    )
    tail = draw(st.sampled_from(["苹果", "鲜花", "", "的材料"]))
    stop = draw(st.sampled_from(["", "。", "."]))
    kind = draw(st.sampled_from(["same", "same", "other", "bound_before", "bound_after"]))
    before = (
        draw(st.sampled_from(["至少", "超过", "不到", "不是", "不为", "不可能是"]))
        if kind == "bound_before"
        else ""
    )
    after = draw(st.sampled_from(["以上", "左右", "多"])) if kind == "bound_after" else ""
    reply = f"{lead}{before}{space}{shown}{space}{unit}{after}{tail}{stop}"
    gold = str(n + 1) if kind == "other" else str(n)
    return Case(gold, reply, kind == "same", why=f"{kind}: {reply!r}")


@st.composite
def chinese_lead_in_math(draw: st.DrawFn) -> Case:
    """A Chinese worked solution with no answer marker whose last line leads in to its one math in words
    ("于是 $F$ 点的坐标为 $(\\frac{1}{7}, 0)$", "$解得x=\\frac{3}{7}$", "$\\therefore$ 所求值为 ..."), perhaps
    followed by a remark in brackets ("(12分)", "(元)"), the solution's figure as a markdown image, or a
    domain condition ("(n\\in N^{*})"); or a value the text rejects after the answer ("解得x=... 或x=...(舍去)").
    The math after the lead-in (before the remark, the image and the condition, never the rejected value) is
    the (guessed) answer; another value, and the rejected one, are wrong."""
    p, q = draw(st.integers(1, 30)), draw(st.integers(31, 97))
    value = draw(
        st.sampled_from([f"\\frac{{{p}}}{{{q}}}", f"(\\frac{{{p}}}{{{q}}}, 0)", f"{p}\\sqrt{{{q}}}"])
    )
    other = value.replace(f"{{{p}}}", f"{{{p + 1}}}", 1) if "frac" in value else f"{p + 1}\\sqrt{{{q}}}"
    steps = "由题意可知 $a=2$, $b=3$.\n\n$$\nc=a+b=5\n$$\n\n"
    form = draw(st.sampled_from(["lead", "in_math", "therefore", "rejected", "condition"]))
    remark = draw(st.sampled_from(["", "(12分)", "(元)", "（12分）"]))
    stop = draw(st.sampled_from(["", ".", "。"]))
    if form == "lead":
        line = f"{draw(st.sampled_from(['于是 $F$ 点的坐标为 ', '所以所求的值为', '解得 ']))}${value}${remark}{stop}"
    elif form == "in_math":
        lead = draw(
            st.sampled_from(["解得", "于是所求的值为", "故", "由f(1)=\\frac{1}{4}，解得", "由f'(1)=2,可得"])
        )
        line = f"${lead}x={value}{remark}{stop}$"
    elif form == "therefore":
        line = f"$\\therefore$ {draw(st.sampled_from(['所求值为 ', '辐角主值为 ']))}${value}${stop}"
    elif form == "rejected":
        line = f"$所以x^{{2}}-3x=0，解得x={value}或x={other}(舍去){stop}$"
    else:  # in brackets or after a comma, in a set of numbers (its star perhaps lost) or a relation
        condition = draw(
            st.sampled_from(
                [
                    "(n\\in N^{*})",
                    "(n \\geq 1)",
                    ", n\\in N^{*}",
                    ",n\\in \\mathbb{N}^",
                    ", n \\in \\mathbf{Z}",
                ]
            )
        )
        line = f"$所以a_{{n}}={value}{condition}{stop}$"
    if draw(st.booleans()):
        line += "\n\n![图](https://cdn.example.com/tq/1623/img/M_2d.jpg)"
    gold = draw(st.sampled_from([value, other]))
    if form == "condition":
        gold = f"a_{{n}}={gold}"
    return Case(gold, steps + line, gold.endswith(value), why=f"{form}: {line!r}")


@st.composite
def closing_display_blocks(draw: st.DrawFn) -> Case:
    """A worked solution in English with no answer marker that closes with a display block on lines of its
    own (`$$`, `\\[`), holding the answer as an expression or an equation, or a derivation whose last row it
    is; earlier numbers sit in prose and inline math. The block's math is the (guessed) answer: another
    value is wrong, and so is a number from inside the answer (`2`, `\\frac{1}{2}`)."""
    a, b = draw(st.integers(2, 9)), draw(st.integers(11, 40))
    value = draw(
        st.sampled_from(
            [f"\\frac{{E}}{{{a} q d}}", f"\\sqrt{{\\frac{{{b} G M}}{{R}}}}", f"{a} v_{{0}} t^{{2}}"]
        )
    )
    other = value.replace(str(a), str(a + 1), 1) if str(a) in value else value.replace(str(b), str(b + 1), 1)
    name = draw(st.sampled_from(["", "f=", "v = "]))
    body = name + value
    if draw(st.booleans()):  # a derivation: the block's last row is the result
        body = f"\\begin{{aligned}}\n{name or 'X='} & \\frac{{{2 * a}}}{{2}} \\cdot \\frac{{1}}{{{a}}} \\cdot {value} \\\\\n& ={value}\n\\end{{aligned}}"
        name = "" if not name else name
    opening, closing = draw(st.sampled_from([("$$", "$$"), ("\\[", "\\]")]))
    steps = f"The charge moves $2$ units in ${a}$ seconds, and the field is $E = {b}$ units, so we get\n\n"
    reply = f"{steps}{opening}\n{body}\n{closing}{draw(st.sampled_from(['', '.']))}"
    gold = draw(st.sampled_from([value, other, "2"]))
    shown = f"{name}{gold}" if name and gold != "2" else gold
    return Case(f"${shown}$", reply, gold == value, why=reply[-80:])


@st.composite
def shares_in_words(draw: st.DrawFn) -> Case:
    """A share in words, "3 out of 5 (students)" or "1 in 4" where the sentence ends or a chance follows, whole
    (its numbers in words too: "one in four"), as a sentence's last number or a worked reply's: the share N/M (against `\\frac{N}{M}`, `N/M` or its
    decimal), never its last term M. "5 in 10 years" and "5 in 2019" state no share."""
    m = draw(st.integers(2, 20))
    n = draw(st.integers(1, m - 1))
    share = Fraction(n, m)
    kind = draw(st.sampled_from(["out", "in", "not_a_share"]))
    if kind == "out":
        stated = f"{n} out of {m}" + draw(st.sampled_from(["", " students", " of the marbles"]))
    elif kind == "in":
        stated = f"{n} in {m}"
    else:
        stated = f"{n} in {draw(st.sampled_from([f'{m} years', f'{m} days', '2019']))}"
    template = draw(
        st.sampled_from(
            [
                "{s}",
                "The probability is {s}.",
                "So the answer is {s}.",
                "We count them.\nSo the chance is {s}.",
            ]
            if kind == "in"
            else ["{s}", "So the answer is {s}.", "We count them.\nSo the chance is {s}."]
            if kind == "out"
            else ["It grew by {s}.", "We count them.\nIt grew by {s}."]
        )
    )
    if kind != "not_a_share" and ("answer is" in template or template == "{s}"):
        # in number words too ("one in four", "three out of five"), as a whole answer
        stated = draw(
            st.sampled_from([stated, stated.replace(str(n), _WORDS[n], 1).replace(str(m), _WORDS[m], 1)])
        )
    response = template.format(s=stated)
    right = kind != "not_a_share" and draw(st.booleans())
    if right:
        decimal = exact_decimal(share)
        gold = draw(st.sampled_from([f"\\frac{{{n}}}{{{m}}}", f"{n}/{m}"] + ([decimal] if decimal else [])))
    elif kind == "not_a_share":
        gold = f"\\frac{{{n}}}{{{m}}}"
    else:
        gold = str(m)  # the share's last term is no answer
    return Case(gold, response, right, why=f"{kind}: {stated} for {gold}")


_COLOURS = ("red", "blue", "green", "yellow", "purple", "orange", "black")


@st.composite
def placed_options(draw: st.DrawFn) -> Case:
    """An option named by its place ("The answer is the second option.", "The third one.", "the last choice"):
    the option at that place; a place past the last option names none."""
    n = draw(st.integers(2, 5))
    texts = tuple(draw(st.lists(st.sampled_from(_COLOURS), min_size=n, max_size=n, unique=True)))
    words = ["first", "second", "third", "fourth", "fifth", "sixth"]
    place = draw(st.integers(0, n))  # n: one past the last
    word = "last" if place == n - 1 and draw(st.booleans()) else words[place]
    reply = draw(
        st.sampled_from(
            ["The answer is the {w} option.", "The {w} one.", "the {w} choice", "Answer: the {w} option"]
        )
    ).format(w=word)
    gold = "ABCDE"[draw(st.integers(0, n - 1))]
    right = place < n and gold == "ABCDE"[place]
    return Case(gold, reply, right, choices=texts, why=f"the {word} of {n} options")


_DENIAL_BREAK = st.sampled_from(["; ", ", ", ". "])


@st.composite
def answers_named_last(draw: st.DrawFn) -> Case:
    """A reply whose last sentence names its answer before the marker ("12 is the answer.", "Thus, $x = 12$ is
    the solution.", "C is the correct answer.", "Option C is correct.", "B is the best answer here.", "B seems to be the
    correct answer."), after working or a denial that holds another value, perhaps with a reason after it that names
    another ("... because D is too small.")."""
    v = draw(st.integers(2, 500))
    other = v + draw(st.integers(1, 9))
    letters = draw(st.booleans())
    texts = ("red", "blue", "green", "white") if letters else None
    if letters:
        v_letter, other_letter = draw(st.sampled_from([("A", "B"), ("C", "D"), ("D", "A"), ("B", "C")]))
        written = draw(st.sampled_from([v_letter, f"({v_letter})", f"**{v_letter}**", f"Option {v_letter}"]))
        denial, truth, wrong = (
            f"{other_letter} is not the answer{draw(_DENIAL_BREAK)}",
            v_letter,
            other_letter,
        )
    else:
        written = draw(st.sampled_from([str(v), f"${v}$", f"x = {v}", f"$x={v}$", f"{v}.0"]))
        denial, truth, wrong = f"{other} is not the answer{draw(_DENIAL_BREAK)}", str(v), str(other)
    before = draw(st.sampled_from(["", f"We add {other} and {v}.\n", f"First we try {other}. ", denial]))
    lead = draw(st.sampled_from(["", "So ", "Thus, ", "Therefore ", "Hence, "]))
    marker = draw(
        st.sampled_from(
            [
                "is the answer",
                "is the correct answer",
                "is the final answer",
                "would be the answer",
                "is correct",
                "is the correct option",
                "is the right choice",
                # (how sure, or where: "B is the best answer here.", "B seems to be the correct answer.")
                "is the best answer here",
                "is the most likely answer",
                "is the best choice",
                "seems to be the correct answer",
                "appears to be correct",
            ]
        )
        if letters
        else st.sampled_from(
            [
                "is the answer",
                "is the correct answer",
                "is the solution",
                "must be the answer",
                "is correct",
                "is the only solution",
                "is the unique solution",
                "will be the answer",
            ]
        )  # fmt: skip
    )
    marker = draw(st.sampled_from([marker, marker, marker.upper(), marker.title()]))  # "12 IS THE ANSWER."
    if letters and draw(st.integers(0, 4)) == 0:  # "none of A, B, C is the correct answer" names no option
        listed = ", ".join("ABCD"[: draw(st.integers(2, 4))])
        response = f"{lead}{draw(st.sampled_from(['none', 'None', 'neither']))} of {listed} {marker}."
        return Case(listed[-1], response, False, choices=texts, why="none of the options named")
    # (and a reason after it, which names the other value: "C is the best answer here because D is too small.")
    close = draw(st.sampled_from([".", "", "!", f" because {wrong} is too small."]))
    response = f"{before}{lead}{written} {marker}{close}"
    right = draw(st.booleans())
    return Case(truth if right else wrong, response, right, choices=texts, why=f"{written} named last")


# "the answer is" in other languages: Japanese and Korean close it with a copula
_FOREIGN_MARKERS = (
    "よって、答えは{v}です。",
    "答えは{v}です",
    "正解は{v}です。",
    "したがって、解答は{v}となります。",
    "따라서 답은 {v}입니다.",
    "정답은 {v}입니다.",
    "정답: {v}",
    "Portanto, a resposta é {v}.",
    "A resposta final é {v}.",
    "Quindi la risposta è {v}.",
    "La risposta corretta è {v}.",
    "Ответ: {v}",
    "Следовательно, ответ равен {v}.",
    "Vậy đáp án là {v}.",
    "Đáp án: {v}",
    "Réponse : {v}",
    "Réponse: {v}",
    "Antwort: {v}",
    "**Antwort:** {v}",
)


@st.composite
def foreign_markers(draw: st.DrawFn) -> Case:
    """A worked solution closing with "the answer is" in Japanese, Korean, Portuguese, Italian, Russian,
    Vietnamese, French or German ("答えは12です。", "따라서 답은 12입니다.", "Ответ: 12", "Réponse : 12", "Antwort: 12"),
    after a line with another number: the
    value after the marker, decided, never the other number."""
    v = draw(_numbers())
    w = draw(_numbers().filter(lambda x: abs(float(x) - float(v)) >= 1))  # (not one rounding of the other)
    written = draw(st.sampled_from([v, f"${v}$"]))
    closing = draw(st.sampled_from(_FOREIGN_MARKERS)).format(v=written)
    before = draw(st.sampled_from(["", f"{w} + 0 = {w}\n", f"$x = {w}$\n\n"]))
    right = draw(st.booleans())
    return Case(v if right else w, before + closing, right, why=f"{closing} closes the reply")


_ZH_DIGIT_CHARS = "零一二三四五六七八九"


def _zh_section(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, the standard way (a run of zeros inside is one 零, none at the end)."""
    out, zero = "", False
    for unit, char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        out += ("零" if zero else "") + _ZH_DIGIT_CHARS[d] + char
        zero = False
    return out


def zh_numeral(n: int) -> str:
    """0 <= n < 10**8 in Chinese numerals: 12 "十二", 205 "二百零五", 35000 "三万五千", 100005 "十万零五"."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10**4)
    text = (
        (_zh_section(high) + "万" if high else "")
        + ("零" if high and 0 < low < 1000 else "")
        + (_zh_section(low) if low else "")
    )
    return text[1:] if text.startswith("一十") else text  # 10-19 open with 十, not 一十


@st.composite
def chinese_numerals(draw: st.DrawFn) -> Case:
    """A reply in Chinese that states its number in Chinese numerals ("所以答案是十二。", "答：三个苹果", "所以一共有
    五只猫。", 两 for two things): that number, against its value (right) and another (wrong); bounded ("至少
    三个", "三个以上"), an ordinal ("第三个是红色的"), or digits read one by one ("三五个": three or five),
    never the value; a fraction, percent, decimal or negative in words (三分之二 2/3, 百分之二十五 25%, 三点五 3.5, 负三
    -3) is that number."""
    n = draw(st.one_of(st.integers(0, 20), st.integers(21, 99_999_999)))
    numeral = zh_numeral(n)
    counter = draw(st.sampled_from(["个", "只", "种", "条"]))
    if n == 2 and draw(st.booleans()):
        numeral = "两"  # (before a measure word, two is 两)
    kind = draw(st.integers(0, 4))
    if (
        kind == 4
    ):  # a fraction, a percent, a decimal or a negative number in words (三分之二, 百分之二十五, 三点五, 负三)
        d = draw(st.integers(2, 12))
        k = draw(st.integers(1, d - 1))
        digits = draw(st.integers(1, 99))
        form, value, other = draw(
            st.sampled_from(
                [
                    (f"{zh_numeral(d)}分之{zh_numeral(k)}", f"{k}/{d}", f"{d}/{k}"),
                    (f"百分之{zh_numeral(digits)}", f"{digits / 100}", f"{digits + 1}%"),
                    (
                        f"{zh_numeral(n % 100)}点{zh_numeral(1 + digits % 9)}",
                        f"{n % 100}.{1 + digits % 9}",
                        f"{n % 100}",
                    ),
                    (f"负{zh_numeral(max(n, 1))}", f"-{max(n, 1)}", f"{max(n, 1)}"),
                ]
            )
        )
        reply = draw(st.sampled_from([f"所以答案是{form}。", f"答案：{form}", f"所以概率是{form}。"]))
        right = draw(st.booleans())
        return Case(value if right else other, reply, right, why=f"{form} is {value}")
    if kind == 0 and 2 < n < 10:
        reply = draw(
            st.sampled_from(
                [
                    f"所以至少需要{numeral}{counter}。",
                    f"所以有{numeral}{counter}以上。",
                    f"第{numeral}{counter}是红色的。",
                ]
            )
        )
        return Case(str(n), reply, False, why=f"{numeral} bounded or an ordinal")
    if kind == 1 and 0 < n < 10:
        m = draw(st.integers(1, 9).filter(lambda d: d != n))
        return Case(
            f"{n}{m}",
            f"答案是{numeral}{_ZH_DIGIT_CHARS[m]}{counter}",
            False,
            why="two digits read one by one",
        )
    reply = draw(
        st.sampled_from(
            [
                f"所以答案是{numeral}。",
                f"答：{numeral}{counter}",
                f"{numeral}",
                f"所以一共有{numeral}{counter}。",
                f"所以答案是{numeral}{counter}苹果。",
                f"观察图形可知，图中一共有{numeral}{counter}小猫。",
            ]
        )
    )
    right = draw(st.booleans())
    gold = str(n if right else n + draw(st.integers(1, 9)))
    return Case(gold, reply, right, why=f"{numeral} is {n}")


# relation signs that bound or exclude a value, in the spellings models write (LaTeX, Unicode, ASCII, code)
_BOUND_SIGNS = (
    "<",
    ">",
    "\\lt",
    "\\gt",
    "\\le",
    "\\ge",
    "\\leq",
    "\\geq",
    "\\leqslant",
    "\\geqslant",
    "≤",
    "≥",
    "⩽",
    "⩾",
    "<=",
    ">=",
    "\\neq",
    "\\ne",
    "≠",
    "\\not=",
    "\\not =",
    "!=",
    "=/=",
    "/=",
    "\\not\\approx",
    "\\not\\equiv",
    "≢",
    "≉",
    "∤",
    "≮",
    "≯",
)
# the spellings of "not equal" a gold `x \neq n` is answered by
_NOT_EQUAL_SIGNS = ("\\neq", "\\ne", "≠", "\\not=", "\\not =")


@st.composite
def bounds_not_values(draw: st.DrawFn) -> Case:
    """A reply whose last statement bounds or excludes a value ("so x > 3.", "hence $n \\geq 3$", "x \\not= 3",
    "We get x ≠ 3 and stop.", in a short sentence or after a worked solution, in math or in plain text): the
    value is never its answer, read whole or as a last number; and a negated equation written with
    `\\not=`, `≠` or `\\ne` answers a gold `x \\neq n` (the same relation); a range written with a hyphen ("The value
    lies in the range 3 - 5.") never answers its upper end negated (-5: the hyphen after a number is no sign)."""
    if draw(st.integers(0, 4)) == 0:
        low = draw(st.integers(0, 99))
        high = low + draw(st.integers(1, 99))
        reply = draw(
            st.sampled_from(
                [
                    f"The value lies in the range {low} - {high}.",
                    f"The percentage is in the range of {low} - {high}.",
                    f"It is somewhere around {low} - {high}.",
                    f"We expect {low} - {high} students.",
                ]
            )
        )
        return Case(f"-{high}", reply, False, why="a range's upper end read as negative")
    n = draw(st.one_of(st.integers(-50, 999).map(str), _numbers()))
    name = draw(st.sampled_from(["x", "n", "a", "k", "t"]))
    sp = draw(st.sampled_from(_SPACES))
    if draw(st.integers(0, 3)) == 0:  # the same negated equation, spelled another way
        stated = f"{name}{sp}{draw(st.sampled_from(_NOT_EQUAL_SIGNS))}{sp}{n}"
        response = draw(
            st.sampled_from([f"${stated}$", f"\\boxed{{{stated}}}", f"The answer is ${stated}$."])
        )
        return Case(f"{name} \\neq {n}", response, True, why="a negated equation, spelled another way")
    stated = f"{name}{sp}{draw(st.sampled_from(_BOUND_SIGNS))}{sp}{n}"
    stated = draw(st.sampled_from([stated, f"${stated}$", f"\\({stated}\\)"]))
    end = draw(st.sampled_from([".", "", " and we stop.", ", which is the condition.", " in the end."]))
    lead = draw(
        st.sampled_from(["", "So ", "Hence ", "So we get ", "Therefore, ", "Thus the value must satisfy "])
    )
    reply = f"{lead}{stated}{end}"
    if draw(st.booleans()):
        reply = draw(st.sampled_from(_COT_LINES)) + draw(st.sampled_from(["\n", "\n\n", " "])) + reply
    return Case(n, reply, False, why=f"{stated} bounds or excludes {n}")


_COT_LINES = (
    "We try the values one by one and check each against the condition.",
    "First we simplify the inequality. Then we solve for the unknown.\nMoving terms gives the result.",
    "Let us think step by step. The expression is positive exactly when the factor is.",
)


_SCALES = {"dozen": 12, "thousand": 10**3, "million": 10**6, "billion": 10**9}


@st.composite
def scaled_values(draw: st.DrawFn) -> Case:
    """A value with its scale word and then its noun ("The answer is 2 million people.", "1.5 billion dollars", "There
    are two dozen eggs."), or
    a factor before a function in plain text ("The answer is 3 sqrt(2)."): the whole value, never the number
    before the scale word or the function (which had been read as a value followed by words about it)."""
    if draw(st.booleans()):
        a, b = draw(st.integers(2, 9)), draw(st.sampled_from([2, 3, 5, 6, 7]))
        stated = draw(st.sampled_from([f"{a} sqrt({b})", f"{a}sqrt({b})", f"{a} * sqrt({b})"]))
        reply = draw(st.sampled_from(["The answer is {s}.", "So the answer is {s} units.", "Answer: {s}"]))
        right = draw(st.booleans())
        gold = f"{a}\\sqrt{{{b}}}" if right else str(a)
        return Case(gold, reply.format(s=stated), right, why=f"{stated} for {gold}")
    whole = draw(st.integers(1, 999))
    tenth = draw(st.sampled_from(["", ".5", ".25"]))
    word = draw(st.sampled_from(sorted(_SCALES)))
    noun = draw(st.sampled_from(["people", "dollars", "tons of grain", "visitors per year"]))
    value = Fraction(f"{whole}{tenth}") * _SCALES[word]
    frames = ["The answer is {v} {w} {n}.", "So the answer is {v} {w} {n}", "Answer: {v} {w} {n}."]
    if not tenth:  # (a count: "There are 2 million people.", "There are two dozen eggs."; had been read as 2)
        frames += ["There are {v} {w} {n}.", "There were {v} {w} {n} in all."]
    reply = draw(st.sampled_from(frames)).format(v=f"{whole}{tenth}", w=word, n=noun)
    if "There" in reply and whole <= 12 and draw(st.booleans()):
        reply = reply.replace(f" {whole} ", f" {_WORDS[whole]} ", 1)  # ("two dozen eggs")
    right = draw(st.booleans())
    gold = str(int(value)) if right else str(int(value * 1000))  # another scale is another value
    return Case(gold, reply, right, why=f"{reply} for {gold}")


_PARTS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
          6: ("sixth", "sixths"), 8: ("eighth", "eighths"), 10: ("tenth", "tenths")}  # fmt: skip


@st.composite
def fraction_sentences(draw: st.DrawFn) -> Case:
    """A one-sentence reply that ends on a share in words after its copula ("The probability is one fourth.",
    "The shaded part is three quarters.", "The chance is one in four."), or states it where a count would stand
    ("There are two thirds left.", "Two thirds of the cake is left.", "She ate two thirds of the pizza."): that fraction (a guess, as every sentence's
    number is), never its numerator's or denominator's number."""
    d = draw(st.sampled_from(sorted(_PARTS)))
    n = draw(st.integers(1, d - 1))
    part = _PARTS[d][0 if n == 1 else 1]
    numerator = _WORDS[n] if n > 1 else draw(st.sampled_from(["one", "a"]))
    stated = draw(
        st.sampled_from(
            [f"{numerator} {part}", f"{numerator}-{part}"] + ([f"one in {_WORDS[d]}"] if n == 1 else [])
        )
    )
    subject = draw(st.sampled_from(["The probability", "The shaded part", "The chance of rain", "Its share"]))
    verb = draw(st.sampled_from(["is", "was", "equals", "comes to"]))
    reply = f"{subject} {verb} {stated}{draw(st.sampled_from(['.', '']))}"
    if " in " not in stated and draw(st.booleans()):
        # a share where a count would stand: after a verb of counting (its part an ordinal: "three quarters in the
        # jar" may count coins), opening the sentence before "of", or after "we get" ("There are two thirds
        # left." had been read as 2)
        shapes = [f"{stated[0].upper()}{stated[1:]} of the cake is left.", f"Altogether we get {stated}."]
        # (a share stated of a whole after a verb: "It is three quarters of the cake." had been taken whole)
        shapes += [
            f"It is {stated} of the cake.",
            f"She ate {stated} of the pizza.",
            f"The shaded part is {stated} of the square.",
        ]
        if d not in (2, 4):
            shapes += [f"There are {stated} left.", f"She has {stated} of the pie."]
        reply = draw(st.sampled_from(shapes))
    share = Fraction(n, d)
    right = draw(st.booleans())
    if right:
        decimal = exact_decimal(share)
        gold = draw(st.sampled_from([f"\\frac{{{n}}}{{{d}}}", f"{n}/{d}"] + ([decimal] if decimal else [])))
    else:
        gold = str(draw(st.sampled_from([d, n + d] + ([n] if n > 1 else []))))
    return Case(gold, reply, right, why=f"{stated} for {gold}")


@st.composite
def plain_values(draw: st.DrawFn) -> Case:
    """A one-line reply with no math delimiters that ends on a root, pi or a fraction after its copula, in
    Unicode or in bare LaTeX, before a unit or not ("The distance is 2√5.", "It equals 5π/6.", "The area is π
    cm².", "The probability is 1/2.", "The angle is \\frac{\\pi}{3}."): that value, never a sentence taken whole
    (which had been compared with the gold as it stood) or the fraction's last term; another value is wrong."""
    kind = draw(st.sampled_from(["root", "pi", "fraction", "root_fraction"]))
    k, n, m = (
        draw(st.integers(1, 9)),
        draw(st.sampled_from([2, 3, 5, 6, 7])),
        draw(st.sampled_from([2, 3, 4, 6])),
    )
    latex = draw(st.booleans())
    if kind == "root":
        said = (f"{k}" if k > 1 else "") + (f"\\sqrt{{{n}}}" if latex else f"√{n}")
        gold, other = f"{k}\\sqrt{{{n}}}", f"{k + 1}\\sqrt{{{n}}}"
    elif kind == "pi":
        top = (f"{k}" if k > 1 else "") + ("\\pi" if latex else "π")
        said = (f"\\frac{{{top}}}{{{m}}}" if latex else f"{top}/{m}") if draw(st.booleans()) else top
        over = "/" in said or "frac" in said
        gold = f"\\frac{{{k}\\pi}}{{{m}}}" if over else f"{k}\\pi"
        other = f"\\frac{{{k + 1}\\pi}}{{{m}}}" if over else f"{k + 1}\\pi"
    elif kind == "fraction":
        k = min(k, m - 1) if m > 1 else k
        said = f"\\frac{{{k}}}{{{m + 5}}}" if latex else f"{k}/{m + 5}"
        gold, other = f"\\frac{{{k}}}{{{m + 5}}}", str(m + 5)  # (never the fraction's last term)
    else:
        said = f"\\frac{{{k}\\sqrt{{{n}}}}}{{{m}}}" if latex else f"{k}√{n}/{m}"
        gold, other = f"\\frac{{{k}\\sqrt{{{n}}}}}{{{m}}}", f"\\frac{{{k + 1}\\sqrt{{{n}}}}}{{{m}}}"
    if latex and "\\" not in said:
        said = said.replace("√", "\\sqrt")
    subject = draw(
        st.sampled_from(["The distance", "It", "The area", "The answer", "The value of x", "The ratio"])
    )
    copula = draw(st.sampled_from(["is", "equals", "was"]))
    unit = draw(st.sampled_from(["", "", " cm", " square units", " units"])) if kind != "fraction" else ""
    reply = f"{subject} {copula} {said}{unit}{draw(st.sampled_from(['.', '']))}"
    right = draw(st.booleans())
    return Case(gold if right else other, reply, right, why=f"{said} for {gold if right else other}")


@st.composite
def labelled_options(draw: st.DrawFn) -> Case:
    """Options given with their own letters ("(A) 5", "A. 5", "A: 5 cm"), the reply stating a value, its letter or
    both: the option whose text is that value; another option's value is wrong."""
    values = draw(st.lists(st.integers(1, 99), min_size=3, max_size=5, unique=True))
    label = draw(st.sampled_from(["({L}) ", "{L}. ", "{L}: ", "{L}) "]))
    unit = draw(st.sampled_from(["", " cm", "°"]))
    choices = tuple(label.format(L=chr(65 + i)) + f"{v}{unit}" for i, v in enumerate(values))
    pick = draw(st.integers(0, len(values) - 1))
    said = draw(st.integers(0, len(values) - 1))
    letter = chr(65 + said)
    reply = draw(
        st.sampled_from(
            ["{v}", "The answer is {v}.", "{v}{u}", "So the length is {v}{u}.", "({L}) {v}{u}", "{L}"]
        )
    ).format(v=values[said], u=unit, L=letter)
    return Case(
        chr(65 + pick), reply, pick == said, choices=choices, why=f"option {letter} stated as {reply!r}"
    )


@st.composite
def value_changing_words(draw: st.DrawFn) -> Case:
    """A number followed by a word or a symbol that changes its value ("2 squared", "3 factorial", "2 thirds",
    "2 square root 3", "The area is 2π.", "2√3"), or after words that do ("twice 3", "the reciprocal of 2", "half of
    12", "one fifth of 5", "2 to the power of 3", "the cube root of 8", "5 root 2"), after a marker, whole, or as a sentence's
    number: never that number alone (each had been graded correct for it, the word read as a unit or as a name);
    `nπ` in a sentence is read as `nπ`, and an operation in words as the value it names ("twice 3" is 6), whole or
    after "the answer is" / "It is" (not after a worked line: "So the value is ..." closes no marker there)."""
    n = draw(st.integers(3, 99))
    m = draw(st.sampled_from([2, 3, 5, 7]))
    stated = draw(
        st.sampled_from(
            [
                f"{n} squared",
                f"{n} cubed",
                f"{n} factorial",
                f"{n} thirds",
                f"{n} square root {m}",
                f"{n} sqrt {m}",
                f"{n}π",
                f"{n} pi",
                f"{n}√{m}",
                f"{n}i",
                f"{n} inverse",
                # (or words before it: an operation on it or a share of it)
                f"twice {n}",
                f"the reciprocal of {n}",
                f"the negative of {n}",
                f"half of {n}",
                f"the square of {n}",
                f"one fifth of {n}",
                f"{m} to the power of {n % 9 + 2}",
                f"{m} times {n}",
                f"{m}% of {n}",
                f"the cube root of {n}",
                f"the square root of {n}",
                f"{n} root {m}",  # (a root said aloud)
                f"{n} times the square root of {m}",
                f"twice the square root of {m}",
                f"root {n}",
                f"minus {n}",
                f"negative {n}",
                f"- {n}",  # (a sign set apart from its number: "The value is − 5.")
                f"− {n}",
            ]
        )  # fmt: skip
    )
    # the value an operation in words names, read as that value: "twice 3" is 6 (`comparison.forms.operation_in_words`)
    named = {f"twice {n}": str(2 * n), f"the reciprocal of {n}": f"\\frac{{1}}{{{n}}}", f"the negative of {n}": str(-n),
             f"half of {n}": f"\\frac{{{n}}}{{2}}", f"the square of {n}": str(n * n), f"one fifth of {n}": f"\\frac{{{n}}}{{5}}",
             f"{m} to the power of {n % 9 + 2}": str(m ** (n % 9 + 2)), f"{m} times {n}": str(m * n),
             f"{m}% of {n}": f"\\frac{{{m * n}}}{{100}}", f"minus {n}": str(-n), f"negative {n}": str(-n),
             f"{n} root {m}": f"{n}\\sqrt{{{m}}}", f"{n} times the square root of {m}": f"{n}\\sqrt{{{m}}}",
             f"root {n}": f"\\sqrt{{{n}}}", f"twice the square root of {m}": f"2\\sqrt{{{m}}}",
             f"- {n}": str(-n), f"− {n}": str(-n)}  # fmt: skip
    reply = draw(
        st.sampled_from(
            [
                "The answer is {s}.",
                "{s}",
                "The area is {s}.",
                "We simplify it.\nSo the value is {s}.",
                "It is {s}.",
            ]
        )
    ).format(s=stated)
    if "π" in stated or " pi" in stated:
        if draw(st.booleans()) and not reply.startswith(stated):
            return Case(f"{n}\\pi", reply, True, why=f"{stated} is {n}π")
    if stated in named and ("\n" not in reply or stated[0] in "mn") and draw(st.booleans()):
        return Case(named[stated], reply, True, why=f"{stated} is {named[stated]}")
    coefficient = "root" in stated and not stated.startswith(("the ", "root ")) and stated.endswith(f" {m}")
    if coefficient and draw(
        st.booleans()
    ):  # "83 square root 3", "twice the square root of 3": never the root alone
        return Case(f"\\sqrt{{{m}}}", reply, False, why=f"{stated} is not the root alone")
    if named.get(stated) == str(n):  # ("3 to the power of 2" for n = 9 names n itself: another gold)
        return Case(str(n + 1), reply, False, why=f"{stated} is not {n + 1}")
    return Case(str(n), reply, False, why=f"{stated} is not {n}")


@st.composite
def bracketed_asides(draw: st.DrawFn) -> Case:
    """An answer sentence, then an aside in brackets with another number ("The final answer is 4. (5 was a
    distractor)", "The answer is 12. (The other root, 3, is rejected.)"): the answer, never the aside's number."""
    v = draw(st.integers(1, 999))
    d = draw(st.integers(1, 999).filter(lambda x: x != v))
    marker = draw(st.sampled_from(["The final answer is", "The answer is", "So the answer is"]))
    aside = draw(
        st.sampled_from(
            ["({d} was a distractor)", "(The other root, {d}, is rejected.)", "(not {d} as first thought)"]
        )
    ).format(d=d)
    reply = f"We work it out.\n{marker} {v}. {aside}"
    right = draw(st.booleans())
    return Case(str(v if right else d), reply, right, why=f"{v}, then an aside naming {d}")


@st.composite
def letters_then_remarks(draw: st.DrawFn) -> Case:
    """An option letter, then a remark that names another option: an explanation section on the same line
    ("Answer: (B) Explanation: Option A says 2 ..."), a later sentence that denies another ("The answer is B. The
    answer is not A because ..."): the first letter; or a letter taken back for another ("The answer is B. Wait,
    no, it's C.", "The answer is B. Actually, it's C."): the second."""
    letters = draw(st.permutations("ABCD"))
    pick, other = letters[0], letters[1]
    choices = ("2", "4", "6", "8")
    kind = draw(st.integers(0, 2))
    if kind == 0:
        section = draw(st.sampled_from(["Explanation", "Reason", "Reasoning", "**Explanation**"]))
        reply = f"Answer: ({pick}) {section}: Option {other} says {choices['ABCD'.index(other)]} but that is wrong."
        stated = pick
    elif kind == 1:
        reply = f"The answer is {pick}. The answer is not {other} because the count differs."
        stated = pick
    else:
        back = draw(
            st.sampled_from(
                ["Wait, no, it's {L}.", "Actually, it's {L}.", "Actually, it is ({L}).", "But wait, the question asks "
                 "for the perimeter, so it's {L}."]
            )
        )  # fmt: skip
        reply = f"The answer is {other}. " + back.format(L=pick)
        stated = pick
    right = draw(st.booleans())
    return Case(stated if right else other, reply, right, choices=choices, why=reply)


_HOUR_WORDS = (
    "twelve",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
)


@st.composite
def clock_words(draw: st.DrawFn) -> Case:
    """A one-sentence reply that tells the time in words ("The clock shows half past ten.", "It is a quarter to six.",
    "The time is 7 o'clock."): that time (`H:MM`), never the hour's number alone nor another time."""
    h = draw(st.integers(1, 12))
    hour = draw(st.sampled_from([str(h), _HOUR_WORDS[h % 12]]))
    phrase, minutes, hour_shown = draw(
        st.sampled_from(
            [
                (f"half past {hour}", 30, h),
                (f"a quarter past {hour}", 15, h),
                (f"quarter to {hour}", 45, (h - 2) % 12 + 1),
                (f"{hour} o'clock", 0, h),
                (f"20 minutes past {hour}", 20, h),
            ]
        )
    )
    reply = draw(st.sampled_from(["The clock shows {p}.", "It is {p}.", "The time is {p}"])).format(p=phrase)
    right = draw(st.booleans())
    wrong = draw(st.sampled_from([f"{hour_shown}:{(minutes + 10) % 60:02d}", str(hour_shown)]))
    gold = f"{hour_shown}:{minutes:02d}" if right else wrong
    if not right and minutes == 0 and gold == str(hour_shown):
        gold = f"{hour_shown}:30"  # ("7 o'clock" is 7, the hour: the hour alone is no wrong answer there)
    return Case(gold, reply, right, why=f"{phrase} for {gold}")


@st.composite
def values_at_conditions(draw: st.DrawFn) -> Case:
    """A value, then the condition under which it holds ("So the minimum is 2 when x = 1.", "The answer is 2,
    attained at x = 1.", "... the maximum of f is 2 (at x = 0).", "最小值为2，此时x=1。"), or an extremum's value after its
    condition ("当x=1时，函数取得最小值2", "When x = 1, the minimum value is 2."), short, anchored or closing a worked
    reply: the value, never the condition's (which had been read as the reply's last number)."""
    v = draw(st.integers(-20, 99))
    w = draw(st.integers(-20, 99).filter(lambda x: x != v))
    name = draw(st.sampled_from(["x", "t", "a"]))
    condition = draw(
        st.sampled_from(["when {n} = {w}", ", attained at {n} = {w}", "(at {n} = {w})", "at {n} = {w}"])
    )
    stated = f"{v} {condition.format(n=name, w=w)}".replace(" ,", ",")
    reply = draw(
        st.sampled_from(
            [
                "So the minimum is {s}.",
                "The answer is {s}.",
                "We differentiate and check the ends.\nSo the maximum value is {s}.",
                "Minimum value: {s}",  # (the extremum as a label)
            ]
        )
    ).format(s=stated)
    if (
        draw(st.integers(0, 4)) == 0
    ):  # the value set apart after the extremum ("Its minimum, 2, occurs at x = 1.")
        reply = draw(st.sampled_from(["Its minimum, {v}, occurs at {n} = {w}.", "The maximum value, {v}, is attained at "
                                      "{n} = {w}.", "The least value, {v}, is reached when {n} = {w}."])).format(v=v, n=name, w=w)  # fmt: skip
    elif draw(st.integers(0, 3)) == 0:  # in Chinese ("最小值为2，此时x=1。", "所以最大值是3，当x=2时")
        head = draw(st.sampled_from(["最小值为", "最大值是", "所以f(x)的最小值为", "函数的最大值为"]))
        tail = draw(st.sampled_from(["，此时{n}={w}。", "，当{n}={w}时", "，这时{n}={w}"]))
        reply = f"{head}{v}{tail.format(n=name, w=w)}"
    elif (
        draw(st.integers(0, 3)) == 0
    ):  # the condition first ("当x=1时，函数取得最小值2", "When x = 1, the minimum value is 2.")
        reply = draw(
            st.sampled_from(
                [
                    "当{n}={w}时，函数取得最小值{v}",
                    "当{n}={w}时，f(x)的最大值为{v}。",
                    "When {n} = {w}, the minimum value is {v}.",
                    "If {n} = {w}, the function attains its maximum of {v}.",
                ]
            )  # fmt: skip
        ).format(n=name, w=w, v=v)
    elif draw(st.integers(0, 3)) == 0:  # the extremum had, or "which occurs at" after its value
        reply = draw(
            st.sampled_from(
                [
                    "The maximum of f(x) is {v}, which occurs at {n} = {w}.",
                    "f(x) has minimum value {v} at {n} = {w}.",
                    "The function attains a maximum of {v} at {n} = {w}.",
                    "g has a minimum of {v} when {n} = {w}.",
                ]
            )
        ).format(n=name, w=w, v=v)
    elif (
        draw(st.integers(0, 3)) == 0
    ):  # in math spans, the value a fraction ("The maximum is $\frac{1}{2}$, attained ...")
        q = draw(st.integers(2, 9))
        reply = draw(
            st.sampled_from(
                [
                    "The maximum value is $\\frac{{{v}}}{{{q}}}$, attained when ${n} = {w}$.",
                    "So the minimum is $\\frac{{{v}}}{{{q}}}$ when ${n} = {w}$.",
                ]
            )
        ).format(n=name, w=w, v=v, q=q)
        right = draw(st.booleans())
        gold = f"\\frac{{{v}}}{{{q}}}" if right else str(w)
        return Case(gold, reply, right or Fraction(v, q) == w, why=f"{v}/{q} holds when {name} = {w}")
    right = draw(st.booleans())
    return Case(str(v if right else w), reply, right, why=f"{v} holds when {name} = {w}")


@st.composite
def reference_labels(draw: st.DrawFn) -> Case:
    """A worked reply whose last number labels a part of a text ("(see Figure 2)", "This completes Step 3.", "By
    Lemma 2, we are done.", "... the theorem [1]."): never that label; the value stated before it ("So the area is
    12 (see Figure 2).") is the (guessed) answer."""
    n = draw(st.integers(1, 9))
    v = draw(st.integers(10, 999))
    label = draw(
        st.sampled_from(
            [
                "(see Figure {n})",
                "as shown in Fig. {n}",
                "by Lemma {n}",
                "from equation ({n})",
                "in Table {n}",
                "[{n}]",
            ]
        )
    ).format(n=n)
    lead = "We compute the area step by step.\n"
    if draw(st.booleans()) and not label.startswith(
        "["
    ):  # ("12 [5]": a citation right after a number is unclear)
        reply = f"{lead}So the area is {v} {label}."
        right = draw(st.booleans())
        return Case(str(v if right else n), reply, right, why=f"{v}, then the label {label}")
    reply = f"{lead}{draw(st.sampled_from(['This follows', 'The result holds', 'We are done']))} {label}."
    return Case(str(n), reply, False, why=f"{label} labels no value")


@st.composite
def yes_no_words(draw: st.DrawFn) -> Case:
    """A yes/no question's options ("Yes", "No", either order) and a whole reply that says yes or no in other words
    ("True.", "Correct", "I don't think so.", "nope", "It is true.", "The statement is false.", "It is not true.", "是的。",
    "不对"), or
    an elliptical yes or no ("It is not.", "They are.", "No, it doesn't."), or the word set off after a lead-in, in bold
    or concluding a statement ("Based on the image, no, the blue bar is taller.", "**Yes**, the value of 2019 is 45.",
    "There are more cubes than spheres. Therefore, yes."): that option, never the other; with no options, against a
    gold "Yes" or "No", the same."""
    choices = draw(st.sampled_from([("Yes", "No"), ("No", "Yes")]))
    yes = draw(st.booleans())
    word = draw(
        st.sampled_from(
            [
                "True",
                "Correct",
                "Right",
                "I think so",
                "Yep",
                "Absolutely",
                "Of course",
                "Definitely",
                "是的",
                "对",
                "正确",
            ]
            if yes
            else [
                "False",
                "Incorrect",
                "Wrong",
                "Nope",
                "I don't think so",
                "Not at all",
                "Certainly not",
                "Not true",
                "不是",
                "否",
                "不对",
            ]
        )
    )
    reply = draw(st.sampled_from([word, word.lower(), f"{word}.", f"**{word}**", f"{word.upper()}!"]))
    if not word.isascii():  # (in Chinese, its own full stop)
        reply = draw(st.sampled_from([word, f"{word}。", f"**{word}**", f"{word}！"]))
    if word in ("True", "Correct", "False", "Incorrect", "Not true") and draw(
        st.booleans()
    ):  # said of a subject
        reply = draw(st.sampled_from(["It is {w}.", "That's {w}.", "The statement is {w}."])).format(
            w=word.lower()
        )
    if (
        draw(st.integers(0, 3)) == 0
    ):  # the word itself set off, after a lead-in or in bold, or concluding a statement
        said = "yes" if yes else "no"
        statement = draw(st.sampled_from(["the blue bar is taller than the red bar", "the value of 2019 is 45",
                                          "there are more cubes than spheres"]))  # fmt: skip
        reply = draw(st.sampled_from(["Based on the image, {w}, {s}.", "**{W}**, {s}.", "{W}. {S}.", "{W} — {s}.",
                                      "{S}. Therefore, {w}.", "From the chart, {w}.", "{W}, {s}. I hope this helps!"]))  # fmt: skip
        reply = reply.format(w=said, W=said.capitalize(), s=statement, S=statement.capitalize())
    elif draw(st.integers(0, 2)) == 0:  # an elliptical reply, a pronoun and an auxiliary ("It is not.")
        reply = _elliptical(draw, yes)
        if (
            draw(st.integers(0, 3)) == 0
        ):  # "Yes, it isn't.": the word and the reply after it disagree: neither
            word = "No" if yes else "Yes"
            reply = f"{word}{draw(st.sampled_from([', ', ' ', '. ']))}{reply[0].lower()}{reply[1:]}"
            if draw(st.booleans()):  # against the options
                return Case(
                    draw(st.sampled_from("AB")), reply, False, choices=choices, why=f"{reply} says both"
                )
            return Case(draw(st.sampled_from(["Yes", "No"])), reply, False, why=f"{reply} says both")
    letter = "AB"[choices.index("Yes" if yes else "No")]
    right = draw(st.booleans())
    if draw(st.integers(0, 2)) == 0:  # no options: a gold "Yes" or "No" makes the question a yes/no one
        meant = "Yes" if yes == right else "No"
        gold = draw(st.sampled_from([meant, f"\\text{{{meant}}}", meant.lower()]))
        return Case(gold, reply, right, why=f"{reply} says {'yes' if yes else 'no'}, no options")
    return Case(
        letter if right else "AB".replace(letter, ""),
        reply,
        right,
        choices=choices,
        why=f"{reply} says {'yes' if yes else 'no'}",
    )


def _elliptical(draw: st.DrawFn, yes: bool) -> str:
    """An elliptical yes or no ("It is not.", "They are.", "There aren't", "No, it can't."), saying `yes`."""
    subject = draw(st.sampled_from(["It", "They", "There", "That", "This", "He", "She"]))
    verb = draw(st.sampled_from(["is", "are", "was", "does", "do", "did", "can", "will", "has", "should"]))
    if yes:
        said = f"{subject} {verb}" if draw(st.integers(0, 4)) else f"{subject}'s"
    else:
        said = draw(
            st.sampled_from(
                [f"{subject} {verb} not", f"{subject} {verb}n't", f"{subject}'s not", f"{subject} cannot"]
            )
        )
        said = said.replace("willn't", "won't").replace("cann't", "can't")
    if draw(st.integers(0, 3)) == 0:  # the plain yes or no it answers with, before it
        said = (
            f"{'Yes' if yes else 'No'}{draw(st.sampled_from([', ', ' ', '. ']))}{said[0].lower()}{said[1:]}"
        )
    return said + draw(st.sampled_from([".", "", "!"]))


@st.composite
def ratios_in_words(draw: st.DrawFn) -> Case:
    """A one-sentence reply that names a ratio and states it in words ("The ratio of boys to girls is 2 to 3.", "They
    are in a ratio of 3 to 4"): that ratio, against `a:b` or `\\frac{a}{b}`; never its last term, nor the ratio the
    other way round."""
    a, b = draw(st.integers(1, 19)), draw(st.integers(1, 19))
    if a == b or a == b * b:
        b += 20  # (a:b is then never b, nor b:a)
    frame = draw(
        st.sampled_from(
            [
                "The ratio of boys to girls is {a} to {b}",
                "The ratio of the two areas is {a} to {b}",
                "They are in a ratio of {a} to {b}",
                "So the ratio of red to blue marbles is {a} to {b}",
            ]
        )
    )
    reply = frame.format(a=a, b=b) + draw(st.sampled_from([".", ""]))
    kind = draw(st.sampled_from(["ratio", "fraction", "flipped", "last_term"]))
    gold = {
        "ratio": f"{a}:{b}",
        "fraction": f"\\frac{{{a}}}{{{b}}}",
        "flipped": f"{b}:{a}",
        "last_term": str(b),
    }[kind]
    return Case(gold, reply, kind in ("ratio", "fraction"), why=f"{kind}: {reply!r} for {gold}")


@st.composite
def paired_values(draw: st.DrawFn) -> Case:
    """A reply that gives two values as a pair in words ("Both 3 and 5.", "Either 3 or 5", "The answer is both 3
    and 5.", "Both 3 and 5 work.", "3 and 5 both satisfy it."): both values, against a bare list of them in either order; against one of them alone, or a list of
    three, it is wrong."""
    x, y = draw(st.lists(st.integers(-20, 99), min_size=2, max_size=2, unique=True))
    pair = draw(
        st.sampled_from(
            ["Both {x} and {y}", "both {x} and {y}", "Either {x} or {y}", "either ${x}$ or ${y}$"]
        )
    )
    said = pair.format(x=x, y=y)
    reply = draw(st.sampled_from(["{p}.", "{p}", "The answer is {p}.", "{p} work.", "{p} both satisfy it."]))
    if "both satisfy" in reply:  # ("3 and 5 both satisfy it.": the pair's own "both" after it)
        said = f"{x} and {y}"
    elif "work" in reply and not said.lower().startswith("both"):
        said = f"both {x} and {y}"
    reply = reply.format(p=said[0].upper() + said[1:])
    kind = draw(st.sampled_from(["same", "swapped", "one", "three"]))
    gold = {"same": f"{x}, {y}", "swapped": f"{y},{x}", "one": str(x), "three": f"{x}, {y}, {max(x, y) + 1}"}[
        kind
    ]
    return Case(gold, reply, kind in ("same", "swapped"), why=f"{kind}: {reply!r} for {gold}")


@st.composite
def answers_first(draw: st.DrawFn) -> Case:
    """A reply that opens with its value alone, on its line or as its own sentence, then explains it in words with
    other numbers ("12\\n\\nExplanation: there are 3 rows with 4 dots in each row.", "12. There are 3 rows of 4
    dots.", "**12**\\n..."): that value, a guess, never the explanation's last number. An explanation that concludes
    with another value ("..., so the total is 13.") is read by that conclusion."""
    a, b = draw(st.integers(2, 9)), draw(st.integers(2, 9))
    value = a * b + draw(
        st.sampled_from([0, 0, 1])
    )  # (the opening value need not be the explanation's product)
    shown = draw(st.sampled_from(["{v}", "{v}.", "**{v}**", "{v} dots", "{v} dots."])).format(v=value)
    why = draw(
        st.sampled_from(
            [
                "Explanation: there are {a} rows with {b} dots in each row.",
                "There are {a} rows of {b} dots each in the picture.",
                "Reason: the picture shows {a} rows, each with {b} dots.",
            ]
        )
    ).format(a=a, b=b)
    layout = draw(st.sampled_from(["\n\n", "\n", " "]))
    if layout == " " and not shown.endswith("."):
        shown += "."
    if draw(st.integers(0, 3)) == 0:  # the explanation concludes with a value of its own: that value is read
        other = value + 1  # (not in bold: a number set in bold is read before any conclusion, `bold_number`)
        reply = f"{shown.replace('**', '')}{layout}{why[:-1]}, so the total is {other}."
        right = draw(st.booleans())
        return Case(str(other if right else value), reply, right, why=f"concluded: {reply!r}")
    reply = f"{shown}{layout}{why}"
    right = draw(st.booleans())
    return Case(str(value if right else b), reply, right, why=f"answer first: {reply!r}")


EXTRACTION_FORMS = {
    "yes_no_words": yes_no_words,
    "reference_labels": reference_labels,
    "values_at_conditions": values_at_conditions,
    "clock_words": clock_words,
    "letters_then_remarks": letters_then_remarks,
    "bracketed_asides": bracketed_asides,
    "plain_equations": plain_equations,
    "plain_values": plain_values,
    "value_changing_words": value_changing_words,
    "scaled_values": scaled_values,
    "fraction_sentences": fraction_sentences,
    "foreign_markers": foreign_markers,
    "chinese_numerals": chinese_numerals,
    "bounds_not_values": bounds_not_values,
    "answers_named_last": answers_named_last,
    "answer_blocks": answer_blocks,
    "denied_letters": denied_letters,
    "chinese_lead_in_math": chinese_lead_in_math,
    "closing_display_blocks": closing_display_blocks,
    "chinese_stated_numbers": chinese_stated_numbers,
    "chinese_prose_in_math": chinese_prose_in_math,
    "chinese_conclusions": chinese_conclusions,
    "solution_endings": solution_endings,
    "chinese_choice_markers": chinese_choice_markers,
    "made_up_questions": made_up_questions,
    "abbreviations": abbreviations,
    "closing_lists": closing_lists,
    "value_first_explained": value_first_explained,
    "unit_powers": unit_powers,
    "signed_values": signed_values,
    "answer_wrappings": answer_wrappings,
    "word_labels": word_labels,
    "named_first": named_first,
    "relation_replies": relation_replies,
    "joined_relations": joined_relations,
    "lead_ins": lead_ins,
    "template_leftovers": template_leftovers,
    "stated_counts": stated_counts,
    "justified_letters": justified_letters,
    "letter_text_golds": letter_text_golds,
    "hedges": hedges,
    "denied_values": denied_values,
    "closing_reasons": closing_reasons,
    "circumstances_after_values": circumstances_after_values,
    "counted_subjects": counted_subjects,
    "numbered_subjects": numbered_subjects,
    "spoken_quantities": spoken_quantities,
    "closing_lines": closing_lines,
    "foreign_closings": foreign_closings,
    "self_corrections": self_corrections,
    "option_spellings": option_spellings,
    "closing_remarks": closing_remarks,
    "spelled_values": spelled_values,
    "plain_math_values": plain_math_values,
    "chosen_options": chosen_options,
    "listed_roots": listed_roots,
    "true_false_golds": true_false_golds,
    "answer_phrasings": answer_phrasings,
    "answer_headings": answer_headings,
    "asides_after_values": asides_after_values,
    "option_units": option_units,
    "labelled_options": labelled_options,
    "math_tails": math_tails,
    "ratio_tails": ratio_tails,
    "ratios_in_words": ratios_in_words,
    "paired_values": paired_values,
    "answers_first": answers_first,
    "shares_in_words": shares_in_words,
    "placed_options": placed_options,
    "closing_tables": closing_tables,
    "final_after_box": final_after_box,
    "unreadable": unreadable,
}
