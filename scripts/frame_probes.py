"""Combinatorial probes of reply shapes: sentence frames crossed with values, units, tails and remarks.

    python scripts/frame_probes.py [--n 2000] [--seed 1]

Each family builds replies from parts (a lead-in, a subject, a copula, a value, a unit, a tail, a closing remark; or
an option letter or its text, or a yes or a no, in a frame; or a value that is no bare number, in plain text, math, a
box or bold) and grades each reply twice: against the value it states
(it must be correct) and against every other number or option in it (each must be incorrect). It prints, per
family, how many replies broke either check, and a few of them. The probes are no labelled data and no target: they
are how stops 56 to 58 found reply shapes the rules did not read, each then written as a general rule and a hypothesis form
in `mmeval.verifiers.testing` (the forms, not these counts, are what the tests hold). A family is seeded, so a run
is reproducible; the printed counts are the ones quoted in the README.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mmeval.verifiers import grade  # noqa: E402

Probe = tuple[
    str, str | None, list[str], list[str] | None
]  # (reply, right gold or None, wrong golds, choices)

_NUMBERS = (
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "8",
    "9",
    "10",
    "13",
    "18",
    "20",
    "27",
    "31",
    "2010",
    "2015",
    "2016",
    "2019",
)


def _others(reply: str, value: str) -> list[str]:
    return [n for n in _NUMBERS if n in reply and n != value and n not in value]


def sentences(rng: random.Random) -> Iterator[Probe]:
    """A one-sentence reply: a subject (perhaps holding a number of its own), a copula, the value, a unit, a tail."""
    leads = ["", "So ", "Therefore, ", "Based on the image, ", "In 2019, ", "After 3 years, ", "Hence, "]
    subjects = ["the answer", "the sum of the first 10 terms", "the value in 2015", "angle 1", "the measure of angle 2",
                "the number of students in class 5", "the total", "the 4th term"]  # fmt: skip
    copulas = [
        "is",
        "equals",
        "is equal to",
        "would be",
        "is approximately",
        "comes to",
        "is found to be",
        "was",
    ]
    units = ["", " cm", " years", "°", " units", "%", " students"]
    tails = ["", " in total", ", as shown in Figure 6", " after 2 steps", " (from 2010 to 2016)",
             ", which is the final answer", " according to Table 8", " in the end"]  # fmt: skip
    while True:
        value = rng.choice(["7", "12", "45", "3.5", "120", "0.8"])
        reply = (
            f"{rng.choice(leads)}{rng.choice(subjects)} {rng.choice(copulas)} {value}{rng.choice(units)}"
            f"{rng.choice(tails)}."
        )
        reply = reply[0].upper() + reply[1:]
        yield reply, value, _others(reply, value), None


def choices(rng: random.Random) -> Iterator[Probe]:
    """A short reply naming an option by its letter or text, then a reason, a source or what it is preferred to."""
    sets = [["30°", "40°", "50°", "60°"], ["2", "4", "6", "8"], ["red", "blue", "green", "yellow"],
            ["1.5 cm", "2.5 cm", "3.5 cm", "4.5 cm"]]  # fmt: skip
    phrases = ["the answer is {x}", "the correct option is {x}", "the correct answer is {x}", "{x} is correct",
               "the best choice is {x}", "{x} is the right answer", "the answer should be {x}", "my answer is {x}"]  # fmt: skip
    forms = ["{L}", "({L})", "{L}. {T}", "({L}) {T}", "{T}", "{L}: {T}", "option {L}", "{T} ({L})"]
    tails = ["", " because it matches the figure", ", since the others do not fit", " based on the diagram",
             ", not {O}", " rather than {O}", " as shown in the image", ". The other options are wrong"]  # fmt: skip
    while True:
        options = rng.choice(sets)
        i, j = rng.sample(range(4), 2)
        x = rng.choice(forms).format(L="ABCD"[i], T=options[i])
        tail = rng.choice(tails).format(O=rng.choice(["ABCD"[j], options[j]]))
        reply = rng.choice(["", "So ", "Based on the image, "]) + rng.choice(phrases).format(x=x) + tail + "."
        yield reply[0].upper() + reply[1:], "ABCD"[i], ["ABCD"[j]], options


def worked(rng: random.Random) -> Iterator[Probe]:
    """A worked reply with numbers in its steps, a closing sentence that states the value, then a remark."""
    steps = ["First, we note that AB = 13 and BC = 5.", "The figure shows 3 rows of 4 squares.", "Step 1: 18 - 6 = 12.",
             "We compute 2 × 9 = 18.", "From the chart, 2019 had 31 units and 2020 had 27 units."]  # fmt: skip
    closers = ["Therefore, the answer is {v}{u}.", "So the measure of angle 2 is {v}{u}.", "Thus, there are {v}{u} in total.",
               "Hence the value is {v}{u}, which is the final answer.", "So x = {v}.", "So, {v}{u}.",
               "The number of students in class 5 is {v}{u}."]  # fmt: skip
    remarks = ["", "\nI hope this helps!", "\nThe answer is confirmed.", "\n\nNote: the figure may not be drawn to scale.",
               "\n(Rounded to 2 decimal places.)"]  # fmt: skip
    while True:
        value = rng.choice(["6", "15", "40", "7.5", "144"])
        body = "\n".join(rng.sample(steps, rng.randint(1, 3)))
        closer = rng.choice(closers).format(v=value, u=rng.choice(["", " cm", "°", " units"]))
        reply = f"{body}\n{closer}{rng.choice(remarks)}"
        yield reply, value, _others(reply, value), None


def worked_choices(rng: random.Random) -> Iterator[Probe]:
    """A worked reply that closes by naming an option, then a remark that may name another."""
    steps = ["First, we note that AB = 13 and BC = 5.", "The angle ABC is 90 degrees.", "Option A is too small.",
             "We compute 2 × 9 = 18.", "Let's check each option."]  # fmt: skip
    closers = ["Therefore, the answer is {L}.", "So the correct option is ({L}) {T}.", "The answer is {L}: {T}.",
               "So, {L}.", "Hence, option {L} is correct.", "**Answer: {L}**", "The correct choice is {L}."]  # fmt: skip
    remarks = ["", "\nI hope this helps!", "\nThe other options are wrong.", "\nThe answer is confirmed.",
               "\nNote that option {O} is a common mistake.", "\n(The figure is not drawn to scale.)"]  # fmt: skip
    while True:
        options = rng.choice(
            [["30°", "40°", "50°", "60°"], ["2", "4", "6", "8"], ["red", "blue", "green", "yellow"]]
        )
        i, j = rng.sample(range(4), 2)
        body = "\n".join(rng.sample(steps, rng.randint(1, 3)))
        reply = f"{body}\n{rng.choice(closers).format(L='ABCD'[i], T=options[i])}{rng.choice(remarks).format(O='ABCD'[j])}"
        yield reply, "ABCD"[i], ["ABCD"[j]], options


def yes_no(rng: random.Random) -> Iterator[Probe]:
    """A yes or a no in a frame, with its options or against a gold Yes / No."""
    statements = [
        "the blue bar is taller than the red bar",
        "there are more cubes than spheres",
        "the value of 2019 is 45",
    ]
    frames = ["{W}, {s}.", "{W}. {S}.", "{S}, so the answer is {w}.", "The answer is {w} because {s}.", "{W} — {s}.",
              "**{W}**, {s}.", "Based on the image, {w}, {s}.", "{S}. Therefore, {w}.", "Answer: {W}, {s}."]  # fmt: skip
    while True:
        word = rng.choice(["yes", "no"])
        s = rng.choice(statements)
        reply = rng.choice(frames).format(w=word, W=word.capitalize(), s=s, S=s[0].upper() + s[1:])
        reply += rng.choice(["", " I hope this helps!", "\n(The figure is not drawn to scale.)"])
        if rng.random() < 0.7:
            right, wrong = ("A", "B") if word == "yes" else ("B", "A")
            yield reply, right, [wrong], ["Yes", "No"]
        else:
            yield reply, word.capitalize(), ["No" if word == "yes" else "Yes"], None


# (gold, ways to write it without math delimiters, values that are parts of it or near it and no answer)
_PLAIN_VALUES = [
    (r"\frac{3}{4}", [r"\frac{3}{4}", "3/4", "0.75", r"\dfrac{3}{4}", r"\tfrac34", r"\frac34"], [r"\frac{4}{3}", "3", "4"]),
    (r"2\sqrt{3}", [r"2\sqrt{3}", r"2\sqrt3", "2√3", r"\sqrt{12}", "2 sqrt(3)", "2√3 cm²"], ["2", "3", r"\sqrt{3}", r"3\sqrt{2}"]),
    (r"\frac{\pi}{6}", [r"\frac{\pi}{6}", r"\pi/6", "π/6", r"\frac{1}{6}\pi"], ["6", r"\frac{\pi}{3}"]),
    ("-5", ["-5", "−5"], ["5"]),
    (r"\frac{\sqrt{2}}{2}", [r"\frac{\sqrt{2}}{2}", r"\frac{1}{\sqrt{2}}", r"\sqrt{2}/2", r"\frac{\sqrt2}{2}"], ["2", r"\sqrt{2}"]),
    ("(2, -1)", ["(2, -1)", "(2,-1)", r"\left(2, -1\right)"], ["(-1, 2)", "2"]),
    ("[1, 3)", ["[1, 3)", r"\left[1, 3\right)"], ["[1, 3]", "(1, 3)", "3"]),
    ("x^2 - 1", ["x^2-1", "x^{2} - 1", "(x-1)(x+1)", "x² - 1"], ["x^2+1", "1"]),
    (r"2^{1/4}", [r"2^{1/4}", r"\sqrt[4]{2}", r"2^{\frac{1}{4}}"], ["2", "4", r"2^{4}"]),
    ("12", ["12", "12.0"], ["1", "2", "13"]),
    (r"\{1, 2\}", [r"\{1, 2\}", r"\{2, 1\}", r"\left\{1, 2\right\}"], ["1", "2", r"\{1\}"]),
    (r"60^\circ", [r"60^\circ", "60°", r"60^{\circ}"], ["6", r"30^\circ"]),
    (r"3 \times 10^{4}", ["30000", r"3 \times 10^{4}", r"3\times10^4", "3 × 10^4", "3 × 10⁴"], ["3", "4", r"10^{4}"]),
    (r"-\frac{1}{2}", [r"-\frac{1}{2}", "-1/2", "-0.5", r"-\dfrac12"], [r"\frac{1}{2}", "2", "-2"]),
]  # fmt: skip


def math_values(rng: random.Random) -> Iterator[Probe]:
    """A value that is no bare number in a sentence frame: without math delimiters, in inline or display math, boxed
    or in bold, perhaps after a worked line with numbers of its own."""
    delims = ["{v}", "${v}$", r"\({v}\)", r"$\boxed{{{v}}}$", r"\boxed{{{v}}}", "**{v}**", "$$ {v} $$"]
    frames = ["The answer is {x}.", "So the value is {x}.", "Therefore, {x} is the final answer.", "{x}",
              "The minimum value is {x}.", "We get {x}, which is the final answer.", "Final answer: {x}",
              "Thus the result is {x}.", "Hence, {x}.", "The required value equals {x}.", "This gives {x} in total.",
              "The area of triangle 2 is {x}.", "It follows that the value is {x}."]  # fmt: skip
    workings = ["", "Since $a = 7$ and $b = 9$, we substitute.\n", "We have 8 cases in total.\n"]
    while True:
        gold, spellings, wrongs = rng.choice(_PLAIN_VALUES)
        x = rng.choice(delims).format(v=rng.choice(spellings))
        reply = rng.choice(workings) + rng.choice(frames).format(x=x)
        yield reply, gold, [*wrongs, *(n for n in ("7", "8", "9") if n in reply)], None


def worked_math(rng: random.Random) -> Iterator[Probe]:
    """A worked reply with math in its steps that closes on a value that is no bare number, then a remark."""
    steps = ["First, we note that AB = 13 and BC = 5.", "We compute $2 \\times 9 = 18$.", "Step 1: $18 - 6 = 12$.",
             "Substituting $x = 4$ gives $y = 7$.", "The figure shows 3 rows of 4 squares."]  # fmt: skip
    closers = ["Therefore, the answer is {x}.", "So the value is {x}.", "Hence {x}.", "Thus, $x = {v}$.",
               "The final result is {x}.", "So we get {x}.", "$$x = {v}$$", "Therefore, $y = {v}$ is the solution."]  # fmt: skip
    remarks = ["", "\nI hope this helps!", "\nThe answer is confirmed.", "\n\nNote: the figure may not be drawn to scale.",
               "\n(Rounded to 2 decimal places.)", "\nThis matches the expected result.",
               "\nLet me know if you have questions."]  # fmt: skip
    delims = ["${v}$", "\\({v}\\)", "$\\boxed{{{v}}}$", "{v}", "**${v}$**"]
    while True:
        gold, spellings, wrongs = rng.choice(_PLAIN_VALUES)
        v = rng.choice(spellings)
        body = "\n".join(rng.sample(steps, rng.randint(1, 3)))
        reply = f"{body}\n{rng.choice(closers).format(x=rng.choice(delims).format(v=v), v=v)}{rng.choice(remarks)}"
        yield (
            reply,
            gold,
            [*wrongs, *(n for n in ("13", "18", "12", "7", "4") if n in body and n not in v)],
            None,
        )


def number_words(rng: random.Random) -> Iterator[Probe]:
    """A value spelled in words (a mixed number, a compound with "and", a fraction, a scale word) in a sentence
    frame."""
    values = [("2 and a half", "5/2", ["2"]), ("two and a half", "5/2", ["2"]), ("one and a quarter", "5/4", ["1"]),
              ("three and three quarters", "15/4", ["3"]), ("one hundred and five", "105", ["100", "5"]),
              ("two thousand and twenty", "2020", ["2000", "20"]), ("twenty-one", "21", ["20", "1"]),
              ("forty-two", "42", ["40", "2"]),
              # (a number word and its scale word: "one million", "twelve hundred")
              ("one million", "1000000", ["1000"]), ("three thousand", "3000", ["1000", "300"]),
              ("twelve hundred", "1200", ["100", "120"]), ("two million", "2000000", ["1000000", "200"]),
              ("a dozen", "12", ["24"])]  # fmt: skip
    frames = ["It takes {v} hours.", "The answer is {v}.", "So the total is {v} in total.", "There are {v} pages.",
              "Therefore, the value is {v}.", "We need {v} cups of flour.", "The answer is {v} hours, which is the final answer.",
              "So the total is {v}.", "Therefore, {v}."]  # fmt: skip
    while True:
        words, gold, wrongs = rng.choice(values)
        reply = rng.choice(frames).format(v=words)
        yield reply, gold, wrongs, None


def listed_values(rng: random.Random) -> Iterator[Probe]:
    """Two values a sentence lists ("The roots are $-\\sqrt{2}$ and $\\sqrt{2}$.", "Hence $x=2$ or $x=3$, which are the
    answers.") against a gold list, set or pair of equations in either order; never one of them alone, nor a longer
    list."""
    pairs = [("2", "3"), ("-1", "4"), ("\\frac{1}{2}", "2"), ("0", "5"), ("\\sqrt{2}", "-\\sqrt{2}")]
    frames = ["The solutions are {a} and {b}.", "So $x = {a}$ or $x = {b}$.", "Therefore, x = {a} or x = {b}.",
              "The roots are ${a}$ and ${b}$.", "The answer is {a}, {b}.", "x = {a}, {b}", "$x_1 = {a}$, $x_2 = {b}$",
              "The values are {a} and {b}.", "We get $x \\in \\{{{a}, {b}\\}}$.", "Both {a} and {b} work.",
              "The possible values of $x$ are ${a}$ and ${b}$.", "Hence $x={a}$ or $x={b}$, which are the answers."]  # fmt: skip
    golds = ["{a}, {b}", "{b}, {a}", "\\{{{a}, {b}\\}}", "x = {a} \\text{{ or }} x = {b}"]
    while True:
        a, b = rng.choice(pairs)
        a, b = (b, a) if rng.random() < 0.5 else (a, b)
        reply = rng.choice(frames).format(a=a, b=b)
        yield reply, rng.choice(golds).format(a=a, b=b), [a, b, f"{a}, {b}, 7"], None


def quantities(rng: random.Random) -> Iterator[Probe]:
    """A quantity spelled with its unit, sign, scale or percent sign in a sentence frame. (A percent is graded equal
    to its number and to its fraction, "25%" for 25 or 0.25, by design: neither is a wrong gold here.)"""
    values = [("12.5", ["$12.50", "\\$12.50", "12.50 dollars", "12.5 dollars", "USD 12.50", "12.50 USD"], ["12", "50"]),
              ("45", ["45°", "45^\\circ", "45 degrees", "$45^{\\circ}$", "\\(45^\\circ\\)"], ["4", "5"]),
              ("0.25", ["25%", "25 percent", "25 \\%", "$25\\%$", "1/4", "one quarter"], ["4"]),
              ("1200", ["1,200", "1200", "1 200", "1.2 thousand", "1.2 \\times 10^3", "1.2e3"], ["1", "200", "12"]),
              ("3.5", ["3.5 cm", "3.5cm", "3.5 centimeters", "$3.5\\,\\text{cm}$", "3.5 \\mathrm{cm}", "3½ cm", "3.5 cm²", "3.5 m³"], ["3", "5"]),
              ("-4", ["-4", "−4", "negative 4", "minus 4", "$-4$", "- 4", "–4"], ["4"]),
              # (a fraction as a glyph, with a fraction or division slash; a one-letter unit with a power against its number)
              ("0.5", ["½", "1⁄2", "1∕2", "one half", "0.5"], ["2"]),
              ("614.89", ["614.89m^2", "614.89m²", "614.89 m^2"], ["614", "89"])]  # fmt: skip
    frames = ["The answer is {v}.", "So the total is {v}.", "It costs {v}.", "Therefore, {v}.", "{v}",
              "The measure of angle 2 is {v}.", "We get {v} in total.", "Final answer: {v}",
              "The value is {v}, which is the final answer."]  # fmt: skip
    while True:
        gold, spellings, wrongs = rng.choice(values)
        reply = rng.choice(frames).format(v=rng.choice(spellings))
        yield reply, gold, [*wrongs, *(["2"] if "angle 2" in reply else [])], None


def restated_quantities(rng: random.Random) -> Iterator[Probe]:
    """An exact value and its decimal, each with the unit, one value written two ways ("5√2 cm ≈ 7.07 cm", "12.57
    square units (4π)", "√2 cm (about 1.41 cm)"), in a frame that states it: that value, never its parts nor another
    root or multiple of pi."""
    values = [("5\\sqrt{2}", ["5√2 cm ≈ 7.07 cm", "5√2 cm (about 7.07 cm)", "7.07 cm (5√2 cm)",
                                "$5\\sqrt{2} \\text{ cm} \\approx 7.07 \\text{ cm}$"], ["5", "2", "7", "5\\sqrt{3}"]),
              ("4\\pi", ["12.57 square units (4π)", "4π square units (about 12.57 square units)", "4π cm² ≈ 12.57 cm²"],
               ["4", "12", "3\\pi"])]  # fmt: skip
    frames = ["The answer is {v}.", "{v}", "Final answer: {v}", "Therefore, {v}.", "The length is {v}.",
              "So BC = {v}.", "The value is {v}, which is the final answer.", "The area is {v}."]  # fmt: skip
    while True:
        gold, spellings, wrongs = rng.choice(values)
        yield rng.choice(frames).format(v=rng.choice(spellings)), gold, wrongs, None


def chosen_options(rng: random.Random) -> Iterator[Probe]:
    """A first-person choice of an option, or an option named the best fit, then a reason, a source or what it is
    preferred to."""
    sets = [["30°", "40°", "50°", "60°"], ["2", "4", "6", "8"], ["red", "blue", "green", "yellow"],
            ["1.5 cm", "2.5 cm", "3.5 cm", "4.5 cm"]]  # fmt: skip
    frames = ["I choose {x}{t}.", "I would choose {x}{t}.", "I'd go with {x}{t}.", "I pick {x}{t}.", "I select {x}{t}.",
              "My choice is {x}{t}.", "{x} is my answer{t}.", "Among the options, {x} is the best fit{t}.",
              "Looking at the image, I'd say {x}{t}.", "I will go with {x}{t}.", "{x} is the best match{t}.",
              "The best option is {x}{t}.", "I think it's {x}{t}.", "I believe {x} is correct{t}."]  # fmt: skip
    forms = ["{L}", "({L})", "option {L}", "{L}: {T}", "({L}) {T}", "{T}", "{L}. {T}"]
    tails = ["", " as shown in the image", " because it matches the figure", ", since the others do not fit", ", not {O}",
             " rather than {O}", " based on the diagram"]  # fmt: skip
    while True:
        options = rng.choice(sets)
        i, j = rng.sample(range(4), 2)
        x = rng.choice(forms).format(L="ABCD"[i], T=options[i])
        t = rng.choice(tails).format(O=rng.choice(["ABCD"[j], options[j]]))
        reply = rng.choice(frames).format(x=x, t=t)
        yield reply[0].upper() + reply[1:], "ABCD"[i], ["ABCD"[j]], options


def closings(rng: random.Random) -> Iterator[Probe]:
    """A short working, then a line that closes it on the value: a marker, a heading, a connective or a phrase that
    concludes ("In conclusion, (1,-2).", "That gives us [1,3).", "\\therefore x = ...", "### Final Answer"), the value
    a number, a fraction, a root, a point, an interval, a sign in words or an angle, in plain text, math or bold."""
    values = [("12", ["12", "12 cm", "$12$", "12\\text{ cm}", "$12\\,\\mathrm{cm}$", "\\(12\\)", "**12**"], ["3", "4", "7"]),
              ("\\frac{3}{4}", ["$\\frac{3}{4}$", "3/4", "\\dfrac{3}{4}", "0.75", "$\\tfrac34$"], ["3", "4", "7"]),
              ("2\\sqrt{3}", ["$2\\sqrt{3}$", "2√3", "2\\sqrt{3}", "$2 \\sqrt 3$"], ["2", "3", "7"]),
              ("(1, -2)", ["$(1, -2)$", "(1,-2)", "$\\left(1,-2\\right)$"], ["1", "-2", "7"]),
              ("[1, 3)", ["$[1, 3)$", "[1,3)", "$\\left[1, 3\\right)$"], ["1", "3", "7"]),
              ("-5", ["-5", "$-5$", "−5", "negative 5"], ["5", "7"]),
              ("45", ["45°", "$45^\\circ$", "45 degrees", "\\(45^{\\circ}\\)"], ["4", "5", "7"])]  # fmt: skip
    works = ["We have $3 + 4 = 7$.", "Since $AB = 3$ and $BC = 4$, we compute step by step.",
             "Step 1: 3 + 4 = 7.\nStep 2: simplify."]  # fmt: skip
    closes = ["\\therefore x = {v}", "∴ {v}", "Hence the answer: {v}", "### Final Answer\n{v}", "**Final Answer:** {v}",
              "Final answer: {v}.", "Thus, the required value is {v}.", "The result is therefore {v}.",
              "So we conclude that the answer is {v}.", "Answer: {v}", "## Answer\n\n{v}", "In conclusion, {v}.",
              "$$\\boxed{{{v}}}$$", "The final answer is: {v}", "Putting it together: {v}.", "Therefore the value equals {v}.",
              "**Answer**: {v}", "Consequently, the answer is {v}.", "As a result, {v}.", "Finally, we get {v}.",
              "So the answer should be {v}.", "Hence, x = {v}.", "The answer would be {v}.", "That gives us {v}.",
              "We conclude {v}.", "Answer:\n{v}", "**{v}**", "So, {v} is the answer.", "{v} is the final answer."]  # fmt: skip
    while True:
        gold, spellings, wrongs = rng.choice(values)
        value, close = rng.choice(spellings), rng.choice(closes)
        if "boxed" in close:
            value = value.strip("$*")
        yield f"{rng.choice(works)}\n{close.format(v=value)}", gold, wrongs, None


def languages(rng: random.Random) -> Iterator[Probe]:
    """A reply in Chinese, French, Spanish, German, Russian or Japanese: perhaps a clause of working, then the
    answer after that language's marker, label or copula ("因为 3 + 4 = 7，结果为12。", "3 + 4 = 7。答：12",
    "El resultado es 3/4.", "Следовательно, ответ 12."), the value a number, a fraction or a sign, in plain text
    or math."""
    langs = {
        "zh": (["", "因为 3 + 4 = 7，", "由 3 + 4 = 7 可得，", "3 + 4 = 7。"],
               ["答案是{v}。", "所以答案为{v}。", "因此，结果是{v}", "最终答案：{v}", "答案应该是{v}。", "所以x的值是{v}。",
                "故答案为{v}。", "结果为{v}"]),
        "zh_label": (["3 + 4 = 7。", "3 + 4 = 7。\n", "因为 3 + 4 = 7，", "3 + 4 = 7\n"], ["答：{v}"]),
        "fr": (["", "Comme 3 + 4 = 7, ", "On a 3 + 4 = 7. "],
               ["la réponse est {v}.", "Donc, le résultat est {v}.", "La réponse finale est {v}.", "Réponse : {v}"]),
        "es": (["", "Como 3 + 4 = 7, ", "Tenemos 3 + 4 = 7. "],
               ["la respuesta es {v}.", "El resultado es {v}.", "Por lo tanto, la respuesta es {v}.", "Respuesta: {v}"]),
        "de": (["", "Da 3 + 4 = 7 ist, ", "Es gilt 3 + 4 = 7. "],
               ["die Antwort ist {v}.", "Die Lösung lautet {v}.", "Also ist das Ergebnis {v}.", "Antwort: {v}"]),
        "ru": (["", "Так как 3 + 4 = 7, ", "Имеем 3 + 4 = 7. "],
               ["ответ {v}.", "Следовательно, ответ {v}.", "Ответ: {v}", "Итак, ответ: {v}."]),
        "ja": (["", "3 + 4 = 7 なので、"], ["答えは{v}です。", "したがって、答えは{v}です。", "答え：{v}"]),
    }  # fmt: skip
    values = [("12", ["12", "12 cm", "$12$"], ["3", "4", "7"]),
              ("\\frac{3}{4}", ["$\\frac{3}{4}$", "3/4", "0.75"], ["3", "4", "7"]),
              ("-5", ["-5", "$-5$", "−5"], ["5", "7"])]  # fmt: skip
    while True:
        gold, spellings, wrongs = rng.choice(values)
        works, frames = langs[rng.choice(sorted(langs))]
        work, frame = rng.choice(works), rng.choice(frames)
        if work.endswith(", ") and not work.startswith("Da "):
            frame = frame[0].lower() + frame[1:]  # (a clause before it: its sentence goes on in lower case)
        yield work + frame.format(v=rng.choice(spellings)), gold, wrongs, None


def corrections(rng: random.Random) -> Iterator[Probe]:
    """A reply that states an answer, then takes it back for another (a take-back word, a correction in brackets, an
    option denied in brackets), the answers numbers, a sign's opposite, fractions or option letters, bare or in
    brackets: the second is the answer, the first is wrong."""
    pairs = [("12", "15"), ("3/4", "2/3"), ("45°", "60°"), ("-2", "2"), ("B", "C"), ("(B)", "(C)")]
    frames = ["The answer is {a}. Wait, actually it is {b}.", "The answer is {a}. Correction: the answer is {b}.",
              "I first got {a}, but rechecking gives {b}.", "Initially I thought {a}, but the correct answer is {b}.",
              "{a}? No, it's {b}.", "It might look like {a}, but it is actually {b}.",
              "Not {a}; the answer is {b}.", "So x = {a}... hmm, let me recompute. x = {b}.",
              "The answer is {b}, not {a}.", "The answer is {b} (not {a}).", "Answer: {b}. (I previously wrote {a} by mistake.)",
              "At first glance {a}, but on closer inspection, {b}.", "My earlier answer of {a} was wrong. The answer is {b}.",
              "We get {a}. However, that double counts, so the answer is {b}."]  # fmt: skip
    while True:
        first, second = rng.choice(pairs)
        options = ["30°", "45°", "60°", "90°"] if "B" in first else None
        reply = rng.choice(frames).format(a=first, b=second)
        yield reply, second.strip("()").replace("°", ""), [first.strip("()").replace("°", "")], options


def offered(rng: random.Random) -> Iterator[Probe]:
    """A reply that offers two values or options and chooses none: alternatives ("It could be 12 or 15."), each
    hedged ("maybe 12, maybe 15"), the two ends of a range ("Somewhere between 3/4 and 2/3."), a value or option
    denied or bounded ("It is at least B."); no value in it may be graded correct."""
    pairs = [("12", "15"), ("3/4", "2/3"), ("B", "C"), ("-2", "2"), ("45°", "60°"), ("20 cm", "74 cm")]
    frames = ["It could be {a} or {b}.", "The answer is either {a} or {b}.", "Somewhere between {a} and {b}.",
              "I'm not sure; maybe {a}, maybe {b}.", "It is not {a}.", "I cannot determine the value; it might be {a} or {b}.",
              "{a} or {b}, depending on the figure.", "Either {a} or {b}.", "Not {a}, and not {b}.", "It cannot be {a}.",
              "Perhaps {a}? Or {b}?", "Neither {a} nor {b}.", "Probably {a} or {b}.", "It's hard to say, {a} or {b}.",
              "Could be {a}; could be {b}.", "{a}? {b}? I don't know.",
              # (a value or option only bounded: "It is at least B.", "It exceeds 12.")
              "It is at least {a}.", "It is more than ({a}).", "The value exceeds {a}.", "At most {a}.",
              "It must be greater than or equal to {a}."]  # fmt: skip
    while True:
        a, b = rng.choice(pairs)
        frame = rng.choice(frames)
        options = ["30°", "45°", "60°", "90°"] if a == "B" else None
        wrongs = [v.replace("°", "").replace(" cm", "") for v in (a, b) if "{b}" in frame or v == a]
        yield frame.format(a=a, b=b), None, wrongs, options


def option_values(rng: random.Random) -> Iterator[Probe]:
    """An option's value stated in another form than the option's text (a unit glued or spelled, a fraction as a
    division, a root in words, a verb inflected, a point sized), in a frame that leads in, concludes or remarks that
    it matches: that option, never another."""
    sets = [(["1.5 cm", "2.5 cm", "3.5 cm", "4.5 cm"], 1, ["2.5cm", "2.50 cm", "$2.5\\text{ cm}$", "2.5 centimeters", "2.5"]),
            (["$\\frac{1}{2}$", "$\\frac{1}{3}$", "$\\frac{2}{3}$", "$\\frac{3}{4}$"], 2, ["2/3", "$\\dfrac{2}{3}$", "\\frac23", "2÷3"]),
            (["√2", "√3", "2√2", "2√3"], 3, ["2\\sqrt{3}", "$2\\sqrt3$", "2 sqrt(3)", "2√3"]),
            (["increase", "decrease", "stay the same", "cannot be determined"], 1, ["It decreases", "decrease", "It will decrease",
                                                                                  "The population decreases"]),
            (["30°", "45°", "60°", "90°"], 2, ["60 degrees", "60^\\circ", "$60^{\\circ}$", "60"]),
            (["(1, 2)", "(2, 1)", "(1, -2)", "(-1, 2)"], 2, ["(1,-2)", "$(1, -2)$", "\\left(1,-2\\right)"])]  # fmt: skip
    frames = ["The answer is {v}.", "So it is {v}.", "{v}", "Therefore, the correct choice is {v}.",
              "We get {v}, which matches the option.", "Looking at the figure, {v}.", "Answer: {v}"]  # fmt: skip
    while True:
        options, right, spellings = rng.choice(sets)
        spelled = rng.choice(spellings)
        frame = rng.choice(frames)
        if spelled[0].isupper() and frame != "{v}":
            frame = "{v}."  # (a sentence of its own)
        yield frame.format(v=spelled), "ABCD"[right], [x for x in "ABCD" if x != "ABCD"[right]], options


FAMILIES: dict[str, Callable[[random.Random], Iterator[Probe]]] = {
    "sentences": sentences,
    "choices": choices,
    "worked": worked,
    "worked_choices": worked_choices,
    "yes_no": yes_no,
    "math_values": math_values,
    "worked_math": worked_math,
    "number_words": number_words,
    "listed_values": listed_values,
    "quantities": quantities,
    "restated_quantities": restated_quantities,
    "chosen_options": chosen_options,
    "closings": closings,
    "languages": languages,
    "corrections": corrections,
    "offered": offered,
    "option_values": option_values,
}


def run(family: str, n: int, seed: int) -> tuple[int, list[tuple[str, str, str]]]:
    """How many of `n` replies of `family` broke a check, and the broken ones (reply, gold, what was wrong)."""
    rng = random.Random(f"{family}:{seed}")
    broken = []
    probes = FAMILIES[family](rng)
    for _ in range(n):
        reply, right, wrongs, options = next(probes)
        kwargs = {"choices": options} if options else {}
        verdict = grade(right, reply, **kwargs) if right is not None else None
        if (
            verdict is not None and not verdict.correct
        ):  # (None: a reply that states no answer, every value wrong)
            broken.append((reply, right, f"unread: {verdict.extracted!r}"))
            continue
        accepted = [w for w in wrongs if grade(w, reply, **kwargs).correct]
        if accepted:
            broken.append((reply, right, f"also accepts {accepted}"))
    return n, broken


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="replies per family")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3, help="broken replies printed per family")
    args = ap.parse_args(argv)
    print(f"{'family':16} {'replies':>8} {'broken':>7}")
    for family in FAMILIES:
        n, broken = run(family, args.n, args.seed)
        print(f"{family:16} {n:>8} {len(broken):>7}")
        for reply, gold, why in broken[: args.show]:
            print(f"    {reply!r} (gold {gold}): {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
