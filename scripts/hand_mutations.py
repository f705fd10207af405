"""Apply each hand-mutation of issue 16 to a temporary copy of the repo, one at a time, and show which test
fails. A mutation that no test catches is reported as SURVIVED and the script exits 1.

    python scripts/hand_mutations.py            # all of them (a few minutes on 2 cores)
    python scripts/hand_mutations.py --only rloo

Each mutation is a literal search/replace in one file (the search text must occur exactly once, so a
refactor that moves the code makes the script fail loudly instead of testing nothing), followed by the
tests that state the behaviour. mutmut (`scripts/mutation.py`) does the same thing mechanically for
every operator; these are the semantic changes a reviewer would try first.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    search: str
    replace: str
    tests: tuple[str, ...]


MUTATIONS = [
    Mutation(
        "filter: informative_groups call removed (every group kept)",
        "mmeval/training/trainer.py",
        "keep_groups = informative_groups(\n                rewards[:, 0], group, self.recipe.filter_low, "
        "self.recipe.filter_high\n            )",
        "keep_groups = torch.ones(rewards.size(0) // group, dtype=torch.bool, device=rewards.device)",
        ("tests/training/test_loop.py::test_difficulty_filter_changes_which_groups_train",),
    ),
    Mutation(
        "rloo: G/(G-1) factor set to 1.0",
        "mmeval/training/trainer.py",
        'output["advantages"] * (group / (group - 1))',
        'output["advantages"] * 1.0',
        ("tests/training/test_loop.py::test_rloo_advantage_is_the_leave_one_out_baseline",),
    ),
    Mutation(
        "refill: the filter's second data pass given the first pass's seed",
        "mmeval/training/trainer.py",
        "seed=self.args.seed + 1",
        "seed=self.args.seed",
        ("tests/training/test_loop.py::test_refill_pass_is_shuffled_differently_from_the_main_pass",),
    ),
    Mutation(
        "train --no-freeze-vision ignored",
        "mmeval/training/train.py",
        "model = load_model(options.model, recipe.freeze_vision)",
        "model = load_model(options.model, True)",
        ("tests/training/test_train_process.py",),
    ),
    Mutation(
        "run --seed ignored",
        "mmeval/runs/run_command.py",
        "seed=args.seed, max_new_tokens",
        "seed=0, max_new_tokens",
        ("tests/runs/test_run_seed.py",),
    ),
    Mutation(
        "report: top_p and max_new_tokens dropped from the settings-conflict check",
        "mmeval/reports/tables.py",
        '    "top_p",\n    "max_new_tokens",\n',
        "",
        ("tests/reports/test_tables.py",),
    ),
    Mutation(
        "grading: a reply of labelled values read by its last number again",
        "mmeval/verifiers/extraction/answer.py",
        "if short and labelled_items(plain) is not None:",
        "if False:",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_reply_of_labelled_values_is_read_whole_not_by_its_last_number",
        ),
    ),
    Mutation(
        "grading: a letter inside arithmetic read as an option again",
        "mmeval/verifiers/extraction/choices.py",
        "found = _letters_in(_OPERAND_RE, strip_text_macros(clean_answer(line)))",
        "found = _letters_in(_BARE_RE, strip_text_macros(clean_answer(line)))",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_letter_inside_arithmetic_is_not_an_option",
        ),
    ),
    Mutation(
        "grading: the absolute tolerance taken as its binary float",
        "mmeval/verifiers/comparison/closeness.py",
        "Fraction(repr(float(ctx.tolerance)))",
        "Fraction(float(ctx.tolerance))",
        ("tests/verifiers/comparison/test_tolerance.py",),
    ),
    Mutation(
        "grading: a per-item tolerance applied to no item",
        "mmeval/verifiers/comparison/lists.py",
        "return [replace(ctx, tolerance=t) for t in ctx.tolerance]",
        "return [ctx] * n",
        ("tests/verifiers/comparison/test_tolerance.py",),
    ),
    Mutation(
        "grading: digits inside a name read as the last number again",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        if not _enclosed(text, m.start(), m.end())\n",
        "        if True\n",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_digits_inside_a_name_are_not_the_last_number",
        ),
    ),
    Mutation(
        "mathvista: an option word restated from the question counted as the choice",
        "mmeval/benchmarks/statements.py",
        'if not (asked and before and f" {before[0]} {m.group(0)} " in f" {asked} "):',
        "if True:",
        ("tests/benchmarks/test_statements.py",),
    ),
    Mutation(
        "disagreements: every contradicting GPT letter called an official error",
        "mmeval/benchmarks/official/disagreements.py",
        "if _states_its_text(response, choices, letters.index(stated[-1])):",
        "if True:",
        ("tests/benchmarks/test_disagreements.py",),
    ),
    Mutation(
        "grading: digits inside a name counted as a prose gold's numbers",
        "mmeval/verifiers/comparison/prose.py",
        'return ["#" + run]',
        'return re.findall(r"\\d+", run)',
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_number_inside_a_name_is_not_a_number_of_a_prose_gold",
        ),
    ),
    Mutation(
        "grading: a 1-digit answer within 0.2% of a decimal gold accepted again",
        "mmeval/verifiers/comparison/closeness.py",
        "coarse = pd is not None and p_sig < COARSE_MIN_SIGNIFICANT",
        "coarse = False",
        ("tests/verifiers/comparison/test_forms.py",),
    ),
    Mutation(
        "grading: the last term of a ratio read as the last number again",
        "mmeval/verifiers/extraction/fallbacks.py",
        "if head is not None and number[:1].isdigit():",
        "if False:",
        (
            "tests/verifiers/extraction/test_forms_extraction.py",
            "tests/verifiers/extraction/test_forms_real.py",
        ),
    ),
    Mutation(
        "grading: the lines of a multi-line data literal no longer count as code",
        "mmeval/verifiers/extraction/sentences.py",
        "if depth or _CODE_LINE_RE.match(line):",
        "if _CODE_LINE_RE.match(line):",
        ("tests/verifiers/extraction/test_forms_extraction.py",),
    ),
    Mutation(
        "judges: a benchmark's own extractor answer form dropped (the generic one used)",
        "mmeval/judges/prompts.py",
        'return _FORMS.get(bench, "the final answer only")',
        'return "the final answer only"',
        ("tests/judges/test_every_benchmark.py::test_extractor_asks_for_the_benchmarks_own_answer_form",),
    ),
    Mutation(
        "heldout: only the first pair of a test method read",
        "scripts/heldout_check.py",
        "found += 1",
        "found += 1\n                break",
        ("tests/verifiers/test_heldout_check.py",),
    ),
    Mutation(
        "grading: a fraction that ends the reply read by its denominator again",
        "mmeval/verifiers/extraction/fallbacks.py",
        "(?:(?:{_TERM}:)+|[-−]?\\d+/)\\Z",
        "(?:(?:{_TERM}:)+)\\Z",
        (
            "tests/verifiers/extraction/test_forms_extraction.py",
            "tests/verifiers/extraction/test_forms_real.py",
        ),
    ),
    Mutation(
        "grading: 'the best answer is' no longer an answer marker",
        "mmeval/verifiers/extraction/answer.py",
        "(?:correct|best|right|most\\s+likely|likely|most\\s+appropriate)",
        "(?:correct)",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "grading: a letter in brackets after a name read as an option again",
        "mmeval/verifiers/extraction/choices.py",
        "        if _ARGUMENT_BEFORE_RE.search(before):  # `P(A)`, `f(B)`: an argument\n            continue\n",
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "grading: 'approximately' before a value no longer a decoration",
        "mmeval/verifiers/extraction/numbers.py",
        '    s = _APPROX_AFTER_RE.sub("", _APPROX_LEAD_RE.sub("", s))\n',
        '    s = _APPROX_AFTER_RE.sub("", s)\n',
        ("tests/verifiers/extraction/test_extraction_more.py", "tests/verifiers/test_properties.py"),
    ),
    Mutation(
        "grading: a written zero may round an exact gold again",
        "mmeval/verifiers/comparison/closeness.py",
        "if gv == 0 or pv == 0:",
        "if gv == 0:",
        ("tests/verifiers/comparison/test_forms.py",),
    ),
    Mutation(
        "grading: a closing markdown table no longer skipped",
        "mmeval/verifiers/extraction/answer.py",
        "_before_closing_table([ln.strip() for ln in stripped.splitlines() if ln.strip()]) if tables else None",
        "None",
        ("tests/verifiers/extraction/test_forms_extraction.py",),
    ),
    Mutation(
        "grading: a number the reply rules out read as the last number again",
        "mmeval/verifiers/extraction/fallbacks.py",
        "and not _NEGATED_NUMBER_RE.search(",
        "and not 0 and _NEGATED_NUMBER_RE.search(",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "grading: a bound in a short reply read as its value again",
        "mmeval/verifiers/extraction/answer.py",
        "if num is not None and bound_before(stripped, num):",
        "if False:",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: 'Yes and no.' read as its case-sensitive option again",
        "mmeval/verifiers/extraction/choices.py",
        "if len(hits) != 1 or _other_option_named(text, choices, letters, hits):",
        "if len(hits) != 1:",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: a short reply's number after 'so' no longer its conclusion",
        "mmeval/verifiers/extraction/answer.py",
        "one_number_sentence(last_sentence(stripped)) or _concluded(stripped, num)",
        "one_number_sentence(last_sentence(stripped))",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: GSM8K's '#### 5' no longer a final-answer line",
        "mmeval/verifiers/extraction/answer.py",
        "|^[ \\t]*####[ \\t]*(?=[-−+$\\\\\\d.(\\u00bc-\\u00be\\u2150-\\u215e])",
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "mathvista: a multi-word option no longer named in singular or plural",
        "mmeval/benchmarks/statements.py",
        'stem = word[:-1] if word.endswith("s") else word',
        "stem = word",
        ("tests/benchmarks/test_statements.py",),
    ),
    Mutation(
        "mathvista: a comparison read in the question's order even when the reply reverses it",
        "mmeval/benchmarks/statements.py",
        "* (1 if straight else -1) > 0",
        "> 0",
        ("tests/benchmarks/test_compared_statement.py",),
    ),
    Mutation(
        "mathvista: a negated comparison read as its opposite ('not more' taken as 'fewer')",
        "mmeval/benchmarks/statements.py",
        'return "no" if agrees else None',
        'return "no" if agrees else "yes"',
        ("tests/benchmarks/test_compared_statement.py",),
    ),
    Mutation(
        "grading: an option opening an anchored answer ('the answer is no, because ...') no longer read",
        "mmeval/verifiers/extraction/choices.py",
        "option = _option_opening(answer, choices, letters)",
        "option = None",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: an option opening followed by another option ('3, 4') read as the first",
        "mmeval/verifiers/extraction/choices.py",
        "return None if others else letter",
        "return letter",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: 'the answer to the question is' no longer an anchor",
        "mmeval/verifiers/extraction/answer.py",
        r"(?:\s+to\s+(?:the|this|your)\s+(?:question|problem))?",
        r"(?:\s+to\s+(?:the|this|your)\s+(?:questionX|problemX))?",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "grading: 'the correct option (letter) is B' no longer an anchor",
        "mmeval/verifiers/extraction/answer.py",
        r"|\bthe\s+(?:correct|right|best)\s+(?:option|choice)",
        r"|\bthe\s+(?:correctX)\s+(?:option|choice)",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "cascade: number words no longer counted when a guess is the reply's only number",
        "mmeval/judges/policy.py",
        "if len(numbers) + len(counted) <= 1:",
        "if len(numbers) <= 1:",
        ("tests/judges/test_readings.py",),
    ),
    Mutation(
        "cascade: a guessed letter whose option value the last sentence states still judged",
        "mmeval/judges/policy.py",
        "            or stated_option(item.choices, response, letters.index(letter))",
        "            or False",
        ("tests/judges/test_readings.py",),
    ),
    Mutation(
        "cascade: a reply's one number compared with the option as written ('3.0' is not '3')",
        "mmeval/judges/policy.py",
        "_values(_NUMBER.findall(option)) == _values(numbers)",
        "set(_NUMBER.findall(option)) == numbers",
        ("tests/judges/test_readings.py",),
    ),
    Mutation(
        "cascade: stated_option accepts a value two options share",
        "mmeval/judges/readings.py",
        "    return matching == [index]",
        "    return index in matching",
        ("tests/judges/test_readings.py",),
    ),
    Mutation(
        "cascade: MathVista's question_new_number reading no longer decides",
        "mmeval/judges/policy.py",
        '_DECIDED_READINGS = frozenset({"option_named_first", "question_new_number"})',
        '_DECIDED_READINGS = frozenset({"option_named_first"})',
        ("tests/judges/test_policy.py",),
    ),
    Mutation(
        "mathvista: the value a one-sentence reply adds to its question no longer read",
        "mmeval/benchmarks/mathvista.py",
        "value = question_new_number(item.question, response)",
        "value = None",
        ("tests/benchmarks/test_question_new_number.py",),
    ),
    Mutation(
        "mathvista: the question's givens counted as added values",
        "mmeval/benchmarks/statements.py",
        'given = Counter(_value(m) for m in _VALUE.findall(question or ""))',
        "given = Counter()",
        ("tests/benchmarks/test_question_new_number.py",),
    ),
    Mutation(
        "mathvista: a given restated once more than the question states it no longer an added value",
        "mmeval/benchmarks/statements.py",
        "            given[_value(m)] -= 1",
        "            pass",
        ("tests/benchmarks/test_question_new_number.py",),
    ),
    Mutation(
        "reproduce_official: a one-point diff compared in floating point",
        "scripts/reproduce_official.py",
        'within = round(abs(r["rule_score"] - r["official_score"]), 2) <= 1.0',
        'within = abs(r["rule_score"] - r["official_score"]) <= 1.0',
        ("tests/benchmarks/test_reproduce_targets.py",),
    ),
    Mutation(
        "mathvista: a range ('1 to 7') read as one added value",
        "mmeval/benchmarks/statements.py",
        "    if _RANGE.search(body):",
        "    if False:",
        ("tests/benchmarks/test_question_new_number.py",),
    ),
    Mutation(
        "mathvista: a question that fronts its setting ('Among X, does Y ...?') read whole again",
        "mmeval/benchmarks/statements.py",
        "fronted = _FRONTED.match(asked)",
        "fronted = None",
        ("tests/benchmarks/test_statements.py", "tests/benchmarks/test_mathvista_rule_mode.py"),
    ),
    Mutation(
        "mathvista: a verb option's doubled -ed form ('flipped' for 'flip') no longer read",
        "mmeval/benchmarks/statements.py",
        'forms.append(re.escape(stem + stem[-1]) + "(?:ed|ing)")',
        "pass",
        ("tests/benchmarks/test_statements.py", "tests/benchmarks/test_mathvista_rule_mode.py"),
    ),
    Mutation(
        "verifier: a gold of several blanks, one per line, no longer read as parts",
        "mmeval/verifiers/comparison/forms.py",
        "    if not 2 <= len(lines) <= _MAX_PARTS:\n        return None",
        "    if True:\n        return None",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "verifier: a multi-part gold's parts compared in any order",
        "mmeval/verifiers/grading.py",
        "for i, (g, a) in enumerate(zip(parts, given, strict=True), 1):",
        "for i, (g, a) in enumerate(zip(sorted(parts), sorted(given), strict=True), 1):",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "verifier: a multi-part answer's first failing part decides even when it only could not be compared",
        "mmeval/verifiers/grading.py",
        "        if v.status == Status.INCORRECT:\n            return failed\n",
        "",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "testing: distinct_values may draw a finer answer that rounds to the gold",
        "mmeval/verifiers/testing/strategies.py",
        "or _rounds_to(a, b) or _rounds_to(b, a):",
        "or False:",
        ("tests/verifiers/test_properties.py",),
    ),
    Mutation(
        "verifier: a multi-part gold's boxes, one after each part's working, cut to the last group",
        "mmeval/verifiers/grading.py",
        "if boxes and len(every := find_boxed(response)) == len(parts):",
        "if False and len(every := find_boxed(response)) == len(parts):",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "verifier: a LaTeX command whose backslash an escape ate (\\x0crac) stripped before it is repaired",
        "mmeval/verifiers/extraction/answer.py",
        'text = plain_spaces(lost_escapes(response.replace("\\x00", "").replace("\\r\\n", "\\n")))',
        'text = plain_spaces(response.replace("\\x00", "").replace("\\r\\n", "\\n"))',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: sample points substituted exactly (rational powers sympy takes minutes over)",
        "mmeval/verifiers/comparison/symbolic.py",
        "gv = g.evalf(20, subs=sub)\n        pv = p.evalf(20, subs=sub)",
        "gv = sympy.N(g.subs(sub), 20)\n        pv = sympy.N(p.subs(sub), 20)",
        ("tests/verifiers/comparison/test_fastpath.py::test_sympy_path_evaluates_sample_points_numerically",),
    ),
    Mutation(
        "verifier: a reply that is an option's whole text written in letters read as the letters it holds",
        "mmeval/verifiers/extraction/choices.py",
        '    stays a letter, as in the official MathVista normalisation."""\n    if not choices:',
        '    stays a letter, as in the official MathVista normalisation."""\n    if True:',
        ("tests/verifiers/extraction/test_forms_real.py", "tests/verifiers/test_properties.py"),
    ),
    Mutation(
        "verifier: an option letter followed by its own text in capitals (B (AA)) read as several options",
        "mmeval/verifiers/extraction/choices.py",
        '    made the answer look like several options."""\n    if not choices:',
        '    made the answer look like several options."""\n    if True:',
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: GSM8K's #### marker not read before a vulgar fraction",
        "mmeval/verifiers/extraction/answer.py",
        "\\d.(\\u00bc-\\u00be\\u2150-\\u215e])",
        "\\d.(])",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: the reply after a closed <think> block not read as the reply",
        "mmeval/verifiers/extraction/answer.py",
        "return drop_closers(after_reasoning(box_tokens(strip_chat_template(text))))",
        "return drop_closers(box_tokens(strip_chat_template(text)))",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: Unicode spaces (no-break, narrow, zero-width) left in the reply",
        "mmeval/verifiers/extraction/normalize.py",
        'return _SPACE_RUN_RE.sub(" ", _ZERO_WIDTH_RE.sub("", _SPACES_RE.sub(" ", s)).translate(_FULL_WIDTH))',
        "return s.translate(_FULL_WIDTH)",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: Windows line ends left in the reply",
        "mmeval/verifiers/extraction/answer.py",
        '.replace("\\r\\n", "\\n")))',
        "))",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a text answer's one-letter names not required in the gold (sample C for sample B)",
        "mmeval/verifiers/comparison/prose.py",
        "names_in_gold = _names(pred) <= _names(gold)",
        "names_in_gold = True",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: a control space removed instead of read as a space (BetweenRandS)",
        "mmeval/verifiers/extraction/normalize.py",
        'lambda m: " " if m.group(1) else ""',
        'lambda m: ""',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: inline math delimiters \\( \\) left inside a reply taken whole",
        "mmeval/verifiers/extraction/normalize.py",
        '    s = _INLINE_MATH_RE.sub("", s)',
        "    pass",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: runs of spaces inside a line kept",
        "mmeval/verifiers/extraction/normalize.py",
        'return _SPACE_RUN_RE.sub(" ", s) if "  " in s else s',
        "return s",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a tab before any 'an' read as a lost \\tan (a program's indentation)",
        "mmeval/verifiers/extraction/normalize.py",
        "|anh?(?![a-z])",
        "|an",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a gold option letter in a wrapper (\\boxed{D}, $D$) compared as a value",
        "mmeval/verifiers/grading.py",
        'g = strip_text_macros(clean_answer(gold)).strip().strip("()").strip()',
        'g = gold.strip().strip("()").strip()',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: the last number's degree mark takes an unbalanced closing brace (20^\\circ})",
        "mmeval/verifiers/extraction/fallbacks.py",
        "\\^\\s*(?:\\{\\s*\\\\circ\\s*\\}|\\\\circ)",
        "\\^\\s*\\{?\\\\circ\\}?",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a reply that is an option's whole text cut down by the extraction first",
        "mmeval/verifiers/extraction/answer.py",
        "        whole = _reply_is_option(text, choices, letters)\n",
        "        whole = None\n",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: display math after an answer marker closed by the second $ of $$",
        "mmeval/verifiers/extraction/answer.py",
        '_MATH_PAIRS = (("$$", "$$"), ("$", "$"),',
        '_MATH_PAIRS = (("$$", "$"), ("$", "$"),',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a list of math spans after an answer marker read as its first span",
        "mmeval/verifiers/extraction/answer.py",
        "run = _SPAN_LIST_RE.match(rest)",
        "run = None",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: math that goes on after its span ($\\frac{2}{3}$π) cut at the span after an answer marker",
        "mmeval/verifiers/extraction/answer.py",
        "goes_on = after.isdigit() or after in _MATH_AFTER",
        "goes_on = after.isdigit()",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: numbered parts after an answer marker reduced to the last number",
        "mmeval/verifiers/extraction/answer.py",
        '_NUMBERED_PARTS_RE.match(candidate) and "(2)" in candidate',
        "False",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: % and \\% different text when a reply is matched to an option's text",
        "mmeval/verifiers/extraction/normalize.py",
        '.replace("\\\\}", "}").replace("\\\\%", "%"))',
        '.replace("\\\\}", "}"))',
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: a closing markdown rule (---) read as the reply's last line",
        "mmeval/verifiers/extraction/answer.py",
        " or _RULE_LINE_RE.fullmatch(lines[-1])",
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a number after a closing brace left for latex2sympy to read as {0}.5",
        "mmeval/verifiers/comparison/symbolic.py",
        'return _JUXTAPOSED_RE.sub(lambda m: m.group(0) if m.group(1) != "}" else "} \\\\cdot ", s)',
        "return s",
        ("tests/verifiers/comparison/test_fastpath.py",),
    ),
    Mutation(
        "verifier: the same value boxed twice counted once for a multi-part gold",
        "mmeval/verifiers/comparison/forms.py",
        "    if len(boxes) > 1:\n        items = boxes",
        "    if len(set(boxes)) > 1:\n        items = boxes",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "verifier: siunitx quantity macros (\\qty{24}{cm}) no longer read",
        "mmeval/verifiers/extraction/normalize.py",
        's = _SI_NUMBER_RE.sub(r"\\1", _SI_QUANTITY_RE.sub(r"\\1\\\\text{\\2}", s))',
        "pass",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "verifier: a unit squared inside its macro (\\mathrm{cm^{2}}) no longer a unit",
        "mmeval/verifiers/comparison/prepared.py",
        'r"(?!(?:percent|per\\s*cent|pct|deg|degrees?)\\b)[A-Za-z][A-Za-z\\s./^\\d~]*(?:\\^\\s*\\{\\s*[23]\\s*\\})?\\s*\\}"',
        'r"(?!(?:percent|per\\s*cent|pct|deg|degrees?)\\b)[A-Za-z][A-Za-z\\s./^\\d~]*\\s*\\}"',
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "mathvista: a do-question's verb no longer read in its -s / -ed form ('X shows Y' for 'Does X show Y?')",
        "mmeval/benchmarks/statements.py",
        "verbs=verbs)",
        "verbs=False)",
        ("tests/benchmarks/test_statements.py",),
    ),
    Mutation(
        "mathvista: any question's words read in -s / -ed forms (a plural noun read as a verb)",
        "mmeval/benchmarks/statements.py",
        'verbs = bool(re.match(r"(?:do|does|did)\\b", main, re.I))',
        "verbs = True",
        ("tests/benchmarks/test_statements.py",),
    ),
    Mutation(
        "mathvista: a do-question's doubled -ed form ('stopped' for 'stop') no longer read",
        "mmeval/benchmarks/statements.py",
        'forms.add(word + word[-1] + "ed")',
        "pass",
        ("tests/benchmarks/test_statements.py",),
    ),
    Mutation(
        "grading: a closing 'final answer' after an intermediate box no longer read",
        "mmeval/verifiers/extraction/answer.py",
        "later = _value_after_boxes(text) if boxed else None",
        "later = None",
        (
            "tests/verifiers/extraction/test_forms_extraction.py",
            "tests/verifiers/comparison/test_equivalence_real.py",
        ),
    ),
    Mutation(
        "grading: a closing 'final answer' that restates the box's value (with a unit) replaces the box",
        "mmeval/verifiers/extraction/answer.py",
        r'if not digits or digits == re.findall(r"\d+", spans[-1][2]):',
        "if not digits:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "official kinds: a GPT letter for an option the short reply never mentions no longer an official error",
        "mmeval/benchmarks/official/disagreements.py",
        "return len(mentioned) == 1 and str(mine) == letters[mentioned[0]] and index != mentioned[0]",
        "return False",
        ("tests/benchmarks/test_disagreements.py",),
    ),
    Mutation(
        "verifier: full-width forms (`（C）`, `１２`) left as they are",
        "mmeval/verifiers/extraction/normalize.py",
        '_SPACES_RE.sub(" ", s)).translate(_FULL_WIDTH))',
        '_SPACES_RE.sub(" ", s)))',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: the string comparison drops every brace again (`\\frac{1}{23}` = `\\frac{12}{3}`)",
        "mmeval/verifiers/extraction/normalize.py",
        's = _grouping_braces_dropped(s.replace("\\\\{", "{").replace("\\\\}", "}").replace("\\\\%", "%"))',
        's = s.replace("\\\\{", "").replace("\\\\}", "").replace("{", "").replace("}", "").replace("\\\\%", "%")',
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/comparison/test_forms.py::test_a_command_argument_keeps_its_braces_in_the_string_comparison",
        ),
    ),
    Mutation(
        "verifier: a root sign covers one character (`√97` read as `\\sqrt{9}7`)",
        "mmeval/verifiers/extraction/normalize.py",
        'if "√" in s:',
        "if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: `\\frac` short forms only with one-character or flat brace arguments (`\\frac{4}\\pi` kept)",
        "mmeval/verifiers/extraction/normalize.py",
        '_FRAC_ARG = r"(\\{(?:[^{}]|\\{[^{}]*\\})*\\}|\\\\[a-zA-Z]+|[0-9A-Za-z])"',
        '_FRAC_ARG = r"(\\{[^{}]*\\}|[0-9A-Za-z])"',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a Unicode ellipsis not read as `\\ldots`",
        "mmeval/verifiers/extraction/normalize.py",
        '"…": "\\\\ldots ",',
        '"…": "…",',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a reply after an opening `Answer:` label read as the rest of the marker's sentence",
        "mmeval/verifiers/extraction/answer.py",
        "labelled = _after_opening_label(text)",
        "labelled = None",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: an option letter with its own text recognised only as the whole reply, not after a marker",
        "mmeval/verifiers/extraction/answer.py",
        "for part in (stripped, tail):  #",
        "for part in (stripped,):  #",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: numerals in a base compared by value after the parser dropped the base (`204_5` = `204_6`)",
        "mmeval/verifiers/comparison/symbolic.py",
        "if bases[0] and bases[1]:",
        "if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: exact rationals left to math-verify's rounded comparison (`1/3^{1009}` = `1/4^{1009}`)",
        "mmeval/verifiers/comparison/symbolic.py",
        "if g_exact is not None and p_exact is not None:",
        "if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: fast path agrees on small values within an absolute 1e-9 (`10^{-10} x` = `10^{-11} x`)",
        "mmeval/verifiers/comparison/fastcompare.py",
        "if small < _SMALL and abs(gv - pv) > _SAME * small:",
        "if False:",
        ("tests/verifiers/comparison/test_tolerance.py",),
    ),
    Mutation(
        "verifier: sympy sample points compared within an absolute 1e-9 below 1",
        "mmeval/verifiers/comparison/symbolic.py",
        "> 1e-9 * max(abs(gc), abs(pc)) + 1e-30:",
        "> 1e-9 * (1 + abs(gc)):",
        ("tests/verifiers/comparison/test_tolerance.py",),
    ),
    Mutation(
        "verifier: sympy sample points beyond a float (inf) counted as agreeing (`2^{2014} x` = `4`)",
        "mmeval/verifiers/comparison/symbolic.py",
        "if not (cmath.isfinite(gc) and cmath.isfinite(pc)):",
        "if False:",
        ("tests/verifiers/comparison/test_tolerance.py",),
    ),
    Mutation(
        'verifier: `\\infty` kept as math against a text gold (`\\infty` vs "infinitely many" rejected)',
        "mmeval/verifiers/comparison/prose.py",
        "for run in _math_runs(_synonyms(pred)))",
        "for run in _math_runs(pred))",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        'verifier: `-\\infty` read as the word infinity (accepted for "infinitely many")',
        "mmeval/verifiers/comparison/prose.py",
        "(?<![-−])(?<![-−] )",
        "",
        ("tests/verifiers/extraction/test_forms_real.py",),
    ),
    Mutation(
        "verifier: a set written with `or` cut at its `=` (`a \\le -2 \\text{ or } a = 1` read as `1`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "if _CONNECTED_RE.search(gold) or _CONNECTED_RE.search(pred):",
        "if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: `\\lor` no alternative (`x = -8 \\lor x = 7` vs `x = -8 \\text{ or } x = 7` rejected)",
        "mmeval/verifiers/comparison/forms.py",
        '|\\sor\\s|\\\\(?:lor|vee)(?![a-zA-Z])")',
        '|\\sor\\s")',
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: a relation inside `|...|` read as linear where it looks linear (`|x| < 2` read as `x < 2`)",
        "mmeval/verifiers/comparison/fastsets.py",
        "    if kinked(node, name):  # type: ignore[arg-type]",
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: a gold equation solved for a missing variable inside `|...|` (`|y| = 6/x` vs `6/x`)",
        "mmeval/verifiers/comparison/fastcompare.py",
        "    if kinked(diff, y):",
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: same-curve test at positive points only with an absolute value (`|y| = E` = `y = E`)",
        "mmeval/verifiers/comparison/fastcompare.py",
        "    for env in _points(names, bent):",
        "    for env in _points(names):",
        ("tests/verifiers/comparison/test_fastpath.py",),
    ),
    Mutation(
        "verifier: a gold equation with a float solved numerically by sympy (`\\pi` became 3.14159...)",
        "mmeval/verifiers/comparison/symbolic.py",
        "    gold, pred = _rational_floats(gold), _rational_floats(pred)",
        "",
        ("tests/verifiers/comparison/test_fastpath.py",),
    ),
    Mutation(
        "verifier: the sympy path expands `\\pm` in the answer only (`(\\pm 3, 0)` vs `(3, 0), (-3, 0)` rejected)",
        "mmeval/verifiers/comparison/symbolic.py",
        "gold, pred = _expand_pm(_juxtaposed(wrap_bare_args(gold))), ",
        "gold, pred = _juxtaposed(wrap_bare_args(gold)), ",
        ("tests/verifiers/comparison/test_fastpath.py",),
    ),
    Mutation(
        "verifier: the sympy path reads no set after `z \\in` (`z \\in [1, 2] \\cup ...` vs `1 \\le |z| \\le 2`)",
        "mmeval/verifiers/comparison/symbolic.py",
        '    text = _IN_PREFIX_RE.sub("", text)',
        "",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_as_set_reads_the_set_after_a_membership_prefix",
        ),
    ),
    Mutation(
        "verifier: an option's text on the last line found inside a word (`no` in `not`, `38` in `382`)",
        "mmeval/verifiers/extraction/choices.py",
        'rf"(?<!\\w){re.escape(text)}(?!\\w)"',
        "re.escape(text)",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "property: an option's text inside a longer word (the same mutant, caught by the property alone)",
        "mmeval/verifiers/extraction/choices.py",
        'rf"(?<!\\w){re.escape(text)}(?!\\w)"',
        "re.escape(text)",
        ("tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[choice_text_inside_word]",),
    ),
    Mutation(
        "verifier: a reply ending with the option list read by its last item (`(D) 3` chose D)",
        "mmeval/verifiers/extraction/choices.py",
        "    if listed is not None:\n",
        "    if False:\n",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "property: a reply ending with the option list (caught by the hedge property alone)",
        "mmeval/verifiers/extraction/choices.py",
        "    if listed is not None:\n",
        "    if False:\n",
        (
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[choice_hedging_not_rewarded]",
        ),
    ),
    Mutation(
        "verifier: a reply opening with the option list read as answering its first option",
        "mmeval/verifiers/extraction/choices.py",
        "        return None  # the reply opens with the option list",
        "        pass  # the reply opens with the option list",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a gold naming several options compared as a value (`C\\nD` with options: gold_unparseable)",
        "mmeval/verifiers/grading.py",
        "        return _grade_several(several, answer, choices, letters)\n",
        "        pass\n",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "property: a gold naming several options (caught by the property alone)",
        "mmeval/verifiers/grading.py",
        "    same = sorted(set(named)) == sorted(set(gold))",
        "    same = set(named) <= set(gold)",
        ("tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[choice_several]",),
    ),
    Mutation(
        "verifier: lines of nothing but option letters read as the first (`C\\nD` chose C)",
        "mmeval/verifiers/extraction/choices.py",
        "len(only := _letter_lines(text, letters)) > 1:",
        "len(only := _letter_lines(text, letters)) > 99:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: letters listed at a line's end read as the last one (`... are A, B.` chose B)",
        "mmeval/verifiers/extraction/choices.py",
        '            found = re.findall(r"[A-Z]", listed.group(1))',
        '            found = re.findall(r"[A-Z]", listed.group(1))[-1:]',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a function's later arguments read as options (`f(A, C)` chose C)",
        "mmeval/verifiers/extraction/choices.py",
        '[\\(\\[](?:\\s*+[A-Za-z\\d_]++\\s*+,)*+\\s*+$")',
        '[\\(\\[]\\s*$")',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a gold naming a quantity in words read as an equation in its letters (`Volume = 452`)",
        "mmeval/verifiers/comparison/prepared.py",
        "    elif (named := word_label(cleaned)) is not None:",
        "    elif False and (named := word_label(cleaned)) is not None:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a named quantity after `the answer is` read by its last number (the unit's exponent 2)",
        "mmeval/verifiers/extraction/answer.py",
        "    if word_label(plain) is not None:",
        "    if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: two quantities named in words compared by value alone (`Area = 12` is `Volume = 12`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "and not same_quantity(g[0][0], p[0][0]):",
        "and False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a named quantity's unit dropped before the comparison (`cm^3` for `cm^2`)",
        "mmeval/verifiers/comparison/prepared.py",
        "        return Prepared(cleaned, solved, ((named[0], value),), bound, unit)",
        "        return Prepared(cleaned, solved, ((named[0], solved),), bound, unit)",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: an abbreviation in capitals ends a sentence (`S.A. of the prism` read as `S.A`)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "(?<!\\b[A-Z]\\.[A-Z])",
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: labelled intervals after `the answer is` read by their last number (`domain: ... and range: ...`)",
        "mmeval/verifiers/extraction/answer.py",
        '    if ("=" in candidate or ":" in candidate) and labelled_items(clean_answer(candidate).rstrip(". ")):',
        "    if False:",
        ("tests/verifiers/extraction/test_extraction_more.py", "tests/verifiers/test_stated_golds.py"),
    ),
    Mutation(
        "verifier: `units ^{2}` with no unit name kept on the value",
        "mmeval/verifiers/comparison/prepared.py",
        '    out = _GENERIC_UNITS_RE.sub("", _CJK_UNIT_TEXT_RE.sub("", _UNIT_TEXT_RE.sub("", s))).strip()',
        '    out = _CJK_UNIT_TEXT_RE.sub("", _UNIT_TEXT_RE.sub("", s)).strip()',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a prose word loses every trailing `s` (`triangless` is option `triangle`)",
        "mmeval/verifiers/comparison/prose.py",
        'return word[:-1] if word.endswith("s") and not word.endswith("ss") else word',
        'return word.rstrip("s")',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a long last line read by containment (a closing full stop changed the verdict)",
        "mmeval/verifiers/extraction/choices.py",
        "if long_line else _word_at(line, t.strip())",
        "if False else _word_at(line, t.strip())",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: plain TeX font switches kept (`\\boxed{{\\bf (A)}}` no option letter)",
        "mmeval/verifiers/extraction/normalize.py",
        'new = _FONT_SWITCH_RE.sub(r"\\1", _TEXT_MACRO_RE.sub(r"\\1", s))',
        'new = _TEXT_MACRO_RE.sub(r"\\1", s)',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a connective before the option words (`therefore choice (B)`) not read as a lead-in",
        "mmeval/verifiers/extraction/choices.py",
        'r"^(?:(?:so|thus|hence|therefore),?\\s+)?(?:the',
        'r"^(?:the',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: an option's value and its letter read as the letter whatever the value",
        "mmeval/verifiers/extraction/choices.py",
        "return m.group(2) if _option_of(m.group(1), choices, letters) == m.group(2) else None",
        "return m.group(2)",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: an option's value followed by its letter not read as that option",
        "mmeval/verifiers/extraction/choices.py",
        "if found is None and (own := value_with_its_letter(answer, choices, letters)) is not None:",
        "if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: an opening `Answer:` label counted in the last line's length (option text then at its end only)",
        "mmeval/verifiers/extraction/choices.py",
        '    line = _LINE_LABEL_RE.sub("", line)',
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: `x \\in (0, 1]` compared with its membership (sympy raised: unparseable)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    g_text, p_text = _membership(*_align_equations(g_text, p_text))",
        "    g_text, p_text = _align_equations(g_text, p_text)",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: `\\text{cm^{2}}` left whole (a group inside a text macro; `24 cm^3` accepted for it)",
        "mmeval/verifiers/extraction/normalize.py",
        'mathit|operatorname|mbox|textnormal)\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}"',
        'mathit|operatorname|mbox|textnormal)\\s*\\{([^{}]*)\\}"',
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a quantity's value may hold no group (`\\qty{\\frac{1}{2}}{cm}` unparseable)",
        "mmeval/verifiers/extraction/normalize.py",
        'r"\\\\(?:SI|qty|quantity)\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}',
        'r"\\\\(?:SI|qty|quantity)\\s*\\{([^{}]*)\\}',
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a list's closing bracket ignored (`(-2,1]` = `(-2,1)`)",
        "mmeval/verifiers/comparison/lists.py",
        "if ordered and p_open and g_brackets != p_brackets:",
        "if ordered and p_open and g_open != p_open:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: any one letter after a number read as a unit (`0.75 x^2` = `0.75 x^3`)",
        "mmeval/verifiers/extraction/numbers.py",
        "[mgsLlhNJWVAKCFT]\\^?\\d?",
        "[a-zA-Z]\\^?\\d?",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: a prose answer compared by words and numbers only (`x<=3` = `x>=3`)",
        "mmeval/verifiers/comparison/prose.py",
        "same_math = not p_nums or (p_nums == g_nums and _marks(pred) == _marks(gold))",
        "same_math = not p_nums or p_nums == g_nums",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: a prose answer's math runs not checked against the gold's (`\\frac{2}{3n+1}` for `\\frac{3n+1}{2}`)",
        "mmeval/verifiers/comparison/prose.py",
        "same_math = same_math and all(run in gold_math for run in _math_runs(_synonyms(pred)))",
        "same_math = same_math",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: math-verify trusted on derivatives of other quantities (`dy/dx = f` = `dx/dy = f`)",
        "mmeval/verifiers/comparison/symbolic.py",
        "return {d for e in parsed if isinstance(e, sympy.Basic) for d in e.atoms(sympy.Derivative)}",
        "return set()",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: the string comparison ignores the case of one-letter names (`\\frac{r}{R}` = `\\frac{R}{r}`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "if one_letter_names(strip_text_macros(gold)) != one_letter_names(strip_text_macros(pred)):",
        "if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: one word among math read as prose (`\\frac{BlE}{mR}`)",
        "mmeval/verifiers/comparison/prose.py",
        'not re.search(r"[=<>^_\\d\\\\]", s))',
        'not re.search(r"[=<>^_\\d]", s))',
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: a capital and a small letter that are both names left to the parser, which folds them",
        "mmeval/verifiers/comparison/symbolic.py",
        "    gold, pred = _distinct_cases(gold, pred)\n",
        "",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: digit groups after a space left apart (`84 000` read as 84 * 0)",
        "mmeval/verifiers/extraction/normalize.py",
        'if " " in s:\n        s = _SPACED_THOUSANDS_RE.sub(',
        "if False:\n        s = _SPACED_THOUSANDS_RE.sub(",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: units of another dimension or size not rejected (`1 m/s^3` for `1 m/s^2`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if other_units:  #",
        "    if False:  #",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: the same units on both sides not set aside (`9.8 m/s^2` vs `9.8 m s^{-2}` compared whole)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if g_unit and p_unit:",
        "    if False:",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: units not compared item by item in a list of numbers",
        "mmeval/verifiers/comparison/lists.py",
        " and not units_differ(gu[i], pu[j])",
        "",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: whole numbers side by side read as one value (latex2sympy adds `(1) 20` to 21)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if _SIDE_BY_SIDE_RE.search(pred):",
        "    if False:",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a trailing qualifier cut inside `cases` (every row's condition dropped)",
        "mmeval/verifiers/comparison/prepared.py",
        'if m is None or "\\\\end{" in m.group():',
        "if m is None:",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: `\\le` and `\\leq` two spellings in string comparison",
        "mmeval/verifiers/extraction/normalize.py",
        's = primes(_RELATION_NAME_RE.sub(r"\\\\\\1q", strip_text_macros(clean_answer(s))))',
        "s = primes(strip_text_macros(clean_answer(s)))",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "extraction: a one-sentence reply's number read without the unit that ends the sentence",
        "mmeval/verifiers/extraction/sentences.py",
        "return with_unit if unit_of(with_unit) is not None else number",
        "return number",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "extraction: the unit after an answer marker dropped (`The answer is 15 square centimeters.` -> 15)",
        "mmeval/verifiers/extraction/answer.py",
        'if unit_of(candidate.strip().rstrip(". ")) is not None:',
        "if False:",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "extraction: a short reply that is a value and its unit not taken whole",
        "mmeval/verifiers/extraction/answer.py",
        'if short and unit_of(stripped.rstrip(" .")) is not None:',
        "if False:",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a label's one-letter names compared without case (`N=n` read as `n=n`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "            and _same_cased_names(g_lhs, p_lhs, gold, pred)\n",
        "",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: the fast path renames a subscripted name by case where its letter names another symbol",
        "mmeval/verifiers/comparison/fastcompare.py",
        "    if not any(s[0].lower() in clash for s in extra_p):",
        "    if True:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: shared derivatives left to sympy, which evaluates them to 0",
        "mmeval/verifiers/comparison/symbolic.py",
        "    if derivatives:  # each derivative an opaque symbol",
        "    if False:  # each derivative an opaque symbol",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "verifier: step functions compared at a few sample points",
        "mmeval/verifiers/comparison/symbolic.py",
        "    if any(e.has(*steps) for e in (g, p)):",
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "normalize: `~` opening a text macro kept (`\\mathrm{~d} x` misread)",
        "mmeval/verifiers/extraction/normalize.py",
        '    s = _MACRO_TILDE_RE.sub(r"\\1", s)',
        "",
        ("tests/verifiers/comparison/test_equivalence.py",),
    ),
    Mutation(
        "extraction: an option text matched only with its own spacing after commas (`(2,0)` misses `(2, 0)`)",
        "mmeval/verifiers/extraction/choices.py",
        'found = re.search(rf"(?<![\\w.{{^_/]){_spaced(opt)}',
        'found = re.search(rf"(?<![\\w.{{^_/]){re.escape(opt)}',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a K12 key's second form in brackets ignored (`\\dfrac{35}{4} (or fill in 8.75)`)",
        "mmeval/verifiers/grading.py",
        "    elif alternatives := gold_alternatives(gold):",
        "    elif False and (alternatives := gold_alternatives(gold)):",
        ("tests/verifiers/comparison/test_parts.py",),
    ),
    Mutation(
        "extraction: two-letter words not counted as prose (`So it is 5.` read as a product)",
        "mmeval/verifiers/extraction/answer.py",
        "    spoken = words | {w.lower() for w in _SHORT_WORDS_RE.findall(tail_text)}",
        "    spoken = words",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a one-letter name stated in words (`x is 5`) read as a product of letters",
        "mmeval/verifiers/comparison/prepared.py",
        '    cleaned = _NAMED_IS_RE.sub(r"\\1 = ", cleaned)',
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "extraction: a sentence that lists values read by its last value (`The solutions are 5 and 7.` -> 7)",
        "mmeval/verifiers/extraction/answer.py",
        "        if listed is not None:  #",
        "        if False:  #",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "extraction: a number word that ends a sentence not read (`So we get five.`)",
        "mmeval/verifiers/extraction/sentences.py",
        "    if ending is not None and not _BARE_NUMBER_RE.search(core):",
        "    if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "extraction: a negated value read as stated (`It is not 5.` -> 5)",
        "mmeval/verifiers/extraction/sentences.py",
        '    r"|(?:\\b(?:not|cannot|never)|n\'t)(?:\\s+(?:be|equal(?:\\s+to)?))?\\s*$"',
        "",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "numbers: a bound after the value read as a unit (`5 or more` -> 5)",
        "mmeval/verifiers/extraction/numbers.py",
        " or _BOUND_AFTER_RE.search(text):",
        ":",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "statement: a gold stated back not read (the statement reading removed)",
        "mmeval/verifiers/grading.py",
        "        if same_statement(gold_s, text):",
        "        if False:",
        (
            "tests/verifiers/test_stated_golds.py",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[statements]",
        ),
    ),
    Mutation(
        "statement: tokens compared as a multiset (order ignored: `3 \\geqslant n` for `n \\geqslant 3`)",
        "mmeval/verifiers/comparison/prose.py",
        "    return statement_tokens(pred) == tokens",
        "    return sorted(statement_tokens(pred)) == sorted(tokens)",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "statement: an all-markup gold (`$$`) states something",
        "mmeval/verifiers/comparison/prose.py",
        '    if not any(t[0].isalnum() or t[0] == "\\\\" for t in tokens):\n        return False\n',
        "",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "statement: only the whole reply is read (not all after its last answer marker)",
        "mmeval/verifiers/extraction/answer.py",
        "    return [t for t in (stripped, tail) if t and len(t) <= config.max_answer_chars]",
        "    return [t for t in (stripped,) if t and len(t) <= config.max_answer_chars]",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "prose: a prose gold's short reply read by its math span alone (its changed words ignored)",
        "mmeval/verifiers/grading.py",
        '        and ext.rule == "math_span"\n',
        '        and ext.rule == "no such rule"\n',
        (
            "tests/verifiers/test_stated_golds.py",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[statements]",
        ),
    ),
    Mutation(
        "quantity_value: every backslash after the value stripped (`2 \\sqrt{...}` cut to 2)",
        "mmeval/verifiers/extraction/sentences.py",
        '    rest = _CLOSERS_RE.sub("", value[m.end() :])',
        '    rest = value[m.end() :].strip(" .$)\\\\]")',
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "names: a change or a trigonometric value of one name is no name (`\\Delta \\phi_{CD} = 0` vs 0)",
        "mmeval/verifiers/comparison/equivalence.py",
        '_NAME = rf"(?:\\\\[Dd]elta\\s*(?=[A-Za-z\\\\])|\\\\(?:sin|cos|tan|cot|sec|csc)\\s*(?=[A-Za-z\\\\]))?(?:',
        '_NAME = rf"(?:',
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "labels: a change of one name is no label (`\\Delta t = 3, \\Delta x = 4` vs `3, 4`)",
        "mmeval/verifiers/extraction/labels.py",
        '    r"|\\\\(?:[Dd]elta|sin|cos|tan|cot|sec|csc)\\s*(?:\\\\[a-zA-Z]+|[A-Za-z](?![A-Za-z]))|\\\\[a-zA-Z]+)"',
        '    r"|\\\\[a-zA-Z]+)"',
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "units: a unit after the gold's closing `$` read as a factor (`$\\frac{9}{4}$m` is 9m/4)",
        "mmeval/verifiers/comparison/prepared.py",
        '    text = _unit_outside_math(_QUAD_RE.sub(",", text))',
        '    text = _QUAD_RE.sub(",", text)',
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "units: a unit after the answer's math dropped (`The answer is $93.0$N m.` is a bare 93)",
        "mmeval/verifiers/extraction/answer.py",
        "            if unit and len(unit) <= 30 and unit_of(rest[:span_end] + unit) is not None:",
        "            if False:",
        (
            "tests/verifiers/test_stated_golds.py",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[unit_spellings]",
        ),
    ),
    Mutation(
        "extraction: bare values after the answer's span dropped (`$\\frac{1}{3}$ , 0` read as 1/3)",
        "mmeval/verifiers/extraction/answer.py",
        "            if run is None and (more := _LIST_TAIL_RE.match(rest, close + len(end_tok))) is not None:",
        "            if False and (more := _LIST_TAIL_RE.match(rest, close + len(end_tok))) is not None:",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "choices: a letter glued to a bracket read as a list of options (`P(A)` names option A)",
        "mmeval/verifiers/extraction/choices.py",
        "    if _MANY_RE.match(c) and not _CALL_RE.search(c):",
        "    if _MANY_RE.match(c):",
        ("tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[choice_function_argument]",),
    ),
    Mutation(
        "choices: a function's later arguments read as options (`f(A, C)` names C)",
        "mmeval/verifiers/extraction/choices.py",
        "        if _ARGUMENT_BEFORE_RE.search(before):  # `P(A)`, `f(B)`: an argument",
        "        if False:",
        ("tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[choice_function_argument]",),
    ),
    Mutation(
        "last_number: a unit's exponent read as the value (`400.57 cm^2` -> 2)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        and not _UNIT_POWER_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())\n",
        "",
        (
            "tests/verifiers/test_stated_golds.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "extraction: a short sentence that ends with its value and unit taken whole",
        "mmeval/verifiers/extraction/answer.py",
        "    if unit and len(prose) >= 2 and unit_of(valued) is not None:",
        "    if False:",
        (
            "tests/verifiers/test_stated_golds.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "labels: a name abbreviated in capitals is no word label (`S.A. = 1209.84` as a gold does not parse)",
        "mmeval/verifiers/extraction/labels.py",
        "    if _ABBREVIATION_RE.fullmatch(label.strip()):",
        "    if False:",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "verifier: a question the reply makes up after its answer is read (a few-shot continuation)",
        "mmeval/verifiers/extraction/answer.py",
        "    text = before_own_question(text)",
        "    text = text",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a made-up question is cut even when nothing before it answers",
        "mmeval/verifiers/extraction/answer.py",
        "    if _last_anchor(before) is None and _TAG_RE.search(before) is None and not find_boxed(before):",
        "    if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a line `Question:` after an unmarked answer does not end the reply's own part",
        "mmeval/verifiers/extraction/answer.py",
        '    if found.group().strip().lower().startswith("question"):',
        "    if False:",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: `故选 C` (so choose C) is no answer marker",
        "mmeval/verifiers/extraction/answer.py",
        '    r"|(?:故|所以|因此|因而|即|则|应)选',
        '    r"|(?:XX故XX)选',
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: `故选项A错误` (so option A is wrong) read as choosing A",
        "mmeval/verifiers/extraction/answer.py",
        "选(?:择|项\\s*(?:为|是))?\\s*[:：]?",
        "选(?:择|项\\s*(?:为|是)?)?\\s*[:：]?",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a full stop set in the math (`\\text{.}`) kept on the answer",
        "mmeval/verifiers/extraction/normalize.py",
        '        s = _TEXT_STOP_RE.sub("", s)',
        "        pass",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a part label `(1).` keeps its full stop",
        "mmeval/verifiers/comparison/forms.py",
        "(?:\\(\\s*\\d{1,2}\\s*\\)\\.?|",
        "(?:\\(\\s*\\d{1,2}\\s*\\)|",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: spacing between a part's `;` and the next label ends the inline labels",
        "mmeval/verifiers/comparison/forms.py",
        "[;；,，](?:\\s|\\\\quad|\\\\qquad|\\\\[,;:! ]|\\$)*\\(\\s*2",
        "[;；,，]\\s*\\(\\s*2",
        ("tests/verifiers/extraction/test_extraction_more.py",),
    ),
    Mutation(
        "verifier: a connective after the answer marker (`is therefore 262`) kept on the answer",
        "mmeval/verifiers/extraction/answer.py",
        '    rest = _CONNECTIVE_RE.sub("", rest, count=1)',
        "",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: display math on the lines after a marker that ends its line is not read",
        "mmeval/verifiers/extraction/answer.py",
        "        if display is not None:",
        "        if False:",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: an equation number `\\tag{17}` kept in the answer",
        "mmeval/verifiers/extraction/normalize.py",
        '    s = _EQUATION_TAG_RE.sub("", s)',
        "    pass",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: bold digits set apart (`\\mathbf{2 6 2}`) left apart",
        "mmeval/verifiers/extraction/normalize.py",
        "    s = join_bold_digits(s)\n",
        "",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: a binomial typeset as an array in brackets is not a binomial",
        "mmeval/verifiers/extraction/normalize.py",
        '    s = _ARRAY_BINOMIAL_RE.sub(r"\\\\binom{\\1}{\\2}", s)',
        "    pass",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: a derivation that is the reply's only math is read whole, not by its last row",
        "mmeval/verifiers/extraction/answer.py",
        "    row = _last_row(span) if span is not None else None",
        "    row = None",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: `\\geqslant` / `\\leq` left as names for math-verify's parse (d*geqslant*0 is 0)",
        "mmeval/verifiers/comparison/symbolic.py",
        '        text = _LE_RE.sub(" <= ", _GE_RE.sub(" >= ", text))',
        "        pass",
        ("tests/verifiers/test_stated_golds.py",),
    ),
    Mutation(
        "verifier: a Chinese conclusion's math after its copula is not read (the reply taken whole)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    if value is None and sentence:",
        "    if False:",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: a Chinese conclusion with words after its copula read as a value",
        "mmeval/verifiers/extraction/fallbacks.py",
        "and not words and",
        "and",
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: 即 (that is) does not open a conclusion",
        "mmeval/verifiers/extraction/fallbacks.py",
        '_CONCLUSION_RE = re.compile(r"(?:所以|因此|故|即)[，,:：]?")',
        '_CONCLUSION_RE = re.compile(r"(?:所以|因此|故)[，,:：]?")',
        (
            "tests/verifiers/extraction/test_extraction_more.py",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: Chinese prose set whole in math delimiters read as one math span (no unwrapping)",
        "mmeval/verifiers/extraction/answer.py",
        "    unwrapped = prose_in_math(text)\n",
        "    unwrapped = None\n",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
        ),
    ),
    Mutation(
        "verifier: Chinese in a unit's text macro counted as prose (a value and its unit unwrapped)",
        "mmeval/verifiers/extraction/fallbacks.py",
        'chinese = len(_CJK_CHAR_RE.findall(_TEXT_GROUP_RE.sub("", inner)))',
        "chinese = len(_CJK_CHAR_RE.findall(inner))",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
        ),
    ),
    Mutation(
        "verifier: unwrapped Chinese prose read by its last number (no last-clause math)",
        "mmeval/verifiers/extraction/answer.py",
        "        clause = last_math_clause(unwrapped) if sentence else None",
        "        clause = None",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
        ),
    ),
    Mutation(
        "verifier: a clause breaks at Chinese inside braces (a subscript `V_{四棱锥}` cut)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        elif depth == 0:\n            yield i, ch",
        "        else:\n            yield i, ch",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: only a reply set whole in math is unwrapped (a sentence of it in math stays a span)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    out = _ANY_SPAN_RE.sub(_prose_span, text)",
        "    out = _ANY_SPAN_RE.sub(_prose_span, text) if _ANY_SPAN_RE.fullmatch(text.strip()) else text",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
        ),
    ),
    Mutation(
        "verifier: the last clause read even when it is words (a direction after the value)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        if _MATHY_RE.search(kept) and not rejected:\n            break",
        "        break",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_chinese_prose_set_whole_in_math_is_read_as_text",
        ),
    ),
    Mutation(
        "verifier: a Chinese sentence's one number not read (the sentence taken whole)",
        "mmeval/verifiers/extraction/answer.py",
        "        stated_zh = chinese_sentence_number(stripped) if stated is None else None",
        "        stated_zh = None",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_chinese_sentence_states_its_one_number",
        ),
    ),
    Mutation(
        "verifier: a bound before a Chinese sentence's number ignored (至少需要5个 read as 5)",
        "mmeval/verifiers/extraction/sentences.py",
        "    if ZH_BOUND_BEFORE_RE.search(sentence[max(0, m.start() - 8) : m.start()]) or _ZH_BOUND_AFTER_RE.match(",
        "    if _ZH_BOUND_AFTER_RE.match(",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_chinese_sentence_states_its_one_number",
        ),
    ),
    Mutation(
        "scan: the end of the text scanned from any position (no barrier before it)",
        "mmeval/verifiers/extraction/scan.py",
        "        if text[i - 1] in stops:  # nothing matched by the full scan runs across position i",
        "        if True:",
        ("tests/verifiers/extraction/test_scan.py",),
    ),
    Mutation(
        "scan: a case-insensitive regex's required words looked for in a text not lower-cased",
        "mmeval/verifiers/extraction/scan.py",
        "        text = _lower(text)\n",
        "",
        ("tests/verifiers/extraction/test_scan.py",),
    ),
    Mutation(
        "scan: a class counted as consuming nothing (its characters taken for barriers)",
        "mmeval/verifiers/extraction/scan.py",
        "                else:  # NEGATE, a word class, a negated class: could be anything\n                    return False",
        "                else:  # NEGATE, a word class, a negated class: could be anything\n                    continue",
        ("tests/verifiers/extraction/test_scan.py",),
    ),
    Mutation(
        "verifier: a Chinese sentence taken whole is decided (Chinese characters are no words)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    return english + len(_CJK_CHAR_RE.findall(text)) // 2",
        "    return english",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_chinese_sentence_taken_whole_is_a_guess",
        ),
    ),
    Mutation(
        "verifier: a bare Chinese unit after a number kept (`24平方厘米` unparseable)",
        "mmeval/verifiers/extraction/numbers.py",
        '    s = _CJK_UNIT_TAIL_RE.sub("", s).strip()\n',
        "",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a Chinese unit after math kept (`2\\sqrt{3}厘米` a product)",
        "mmeval/verifiers/comparison/prepared.py",
        '_GENERIC_UNITS_RE.sub("", _CJK_UNIT_TEXT_RE.sub("", _UNIT_TEXT_RE.sub("", s)))',
        '_GENERIC_UNITS_RE.sub("", _UNIT_TEXT_RE.sub("", s))',
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: 以上 (or more) read as a unit",
        "mmeval/verifiers/extraction/units.py",
        "|个|只|人|名|次|种|条|块",
        "|以上|个|只|人|名|次|种|条|块",
        ("tests/verifiers/test_units.py",),
    ),
    Mutation(
        "verifier: a number that is an argument read alone (the 41 of `\\frac{1}{41}`)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        if not _in_group(text, at, m.end()):",
        "        if True:",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_number_that_is_an_argument_is_no_number_of_its_own",
            "tests/verifiers/extraction/test_forms_extraction.py",
        ),
    ),
    Mutation(
        "verifier: a bold number in math (`\\mathbf{8}`) taken for an argument and passed over",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    return bool(_ARGUMENT_BEFORE_RE.search(before)) and not _FORMAT_BEFORE_RE.search(before)",
        "    return True",
        ("tests/verifiers/extraction/test_extraction_more.py", "tests/verifiers/test_reply_shapes.py"),
    ),
    Mutation(
        "verifier: a guessed reading's Chinese lead-in kept (解得 x=... read whole)",
        "mmeval/verifiers/extraction/answer.py",
        "    lead = chinese_lead_in(answer) if answer is not None and rule in _LEAD_IN_RULES else None\n",
        "    lead = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_chinese_lead_in_gives_the_math_after_it",
        ),
    ),
    Mutation(
        "verifier: a last number in a Chinese last line not read through its lead-in",
        "mmeval/verifiers/extraction/answer.py",
        "        lead = chinese_lead_in(last_line) if answer and answer in last_line and not table else None\n",
        "        lead = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_chinese_lead_in_gives_the_math_after_it",
        ),
    ),
    Mutation(
        "verifier: a clause cut inside a bracket keeps the bracket's opening ('=350(')",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    if not opened:\n        return clause\n",
        "    if True:\n        return clause\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_remark_in_brackets_ends_the_clause_before_it",
        ),
    ),
    Mutation(
        "verifier: a value the text rejects ('x=-1(舍去)') read as the last clause's math",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        if _MATHY_RE.search(kept) and not rejected:\n",
        "        if _MATHY_RE.search(kept):\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_value_the_text_rejects_is_passed_over",
        ),
    ),
    Mutation(
        "verifier: a rejection of a bracket's own value taken as a rejection of the value before it",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        rejected = _REJECTED_RE.match(body, ends[k + 1]) and not _MATHY_RE.search(bare[len(kept) :])\n",
        "        rejected = _REJECTED_RE.match(body, ends[k + 1])\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_value_the_text_rejects_is_passed_over",
        ),
    ),
    Mutation(
        "verifier: a markdown image left in the reply",
        "mmeval/verifiers/extraction/answer.py",
        '        text = _IMAGE_RE.sub("", text)\n',
        "        pass\n",
        ("tests/verifiers/extraction/test_words_around_math.py::test_a_markdown_image_is_no_answer",),
    ),
    Mutation(
        "verifier: a lone \\\\end{aligned} left at an answer's end",
        "mmeval/verifiers/extraction/normalize.py",
        '    if end is not None and f"\\\\begin{{{end.group(1)}}}" not in s:\n',
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_lone_environment_close_and_a_hence_are_dropped",
        ),
    ),
    Mutation(
        "verifier: what comes before 'hence' (\\\\therefore) kept in the answer",
        "mmeval/verifiers/extraction/normalize.py",
        "        s = _after_therefore(s)\n",
        "        pass\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_lone_environment_close_and_a_hence_are_dropped",
        ),
    ),
    Mutation(
        "verifier: an answer's domain condition compared with a gold that states none",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if condition is not None and g_condition is None:\n",
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_domain_condition_the_gold_does_not_state_is_not_compared",
        ),
    ),
    Mutation(
        "verifier: any bracket after an answer taken for a domain condition (no relation needed)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if m is None or not _RELATION_INSIDE_RE.search(m.group(1)):\n",
        "    if m is None:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_domain_condition_the_gold_does_not_state_is_not_compared",
        ),
    ),
    Mutation(
        "verifier: a bound before a Chinese lead-in's math ignored ('至少 5' read as 5)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    if at < 0 or ZH_BOUND_BEFORE_RE.search(body[max(0, at - 8) : at]):\n",
        "    if at < 0:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_chinese_that_is_more_than_a_lead_in_is_not_cut",
        ),
    ),
    Mutation(
        "verifier: words after a lead-in's math ignored ('x=3时取得最大值' read as x=3)",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    if _REMARK_RE.sub("", after).strip(" .。,，;；") or any(_REJECTED_RE.match(r[1:]) for r in remarks):\n',
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_chinese_that_is_more_than_a_lead_in_is_not_cut",
        ),
    ),
    Mutation(
        "verifier: a Chinese reading not cut after its last 则/\\\\therefore",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        body = body[concluded.end() :].strip()",
        "        body = body",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_after_the_last_conclusion_the_value_a_chinese_sentence_names",
        ),
    ),
    Mutation(
        "verifier: a value a Chinese sentence names taken though more follows it ('条件为1 kg<M...' read as 1)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    if value is not None and named.endswith(value):",
        "    if value is not None:",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_after_the_last_conclusion_the_value_a_chinese_sentence_names",
        ),
    ),
    Mutation(
        "verifier: a domain condition after a comma ('a_n=n-1, n\\\\in N^*') compared with a gold that states none",
        "mmeval/verifiers/comparison/equivalence.py",
        '    if "\\\\in" in text and (m := _COMMA_CONDITION_RE.search(text)) is not None:\n',
        "    if False and (m := _COMMA_CONDITION_RE.search(text)) is not None:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_domain_condition_the_gold_does_not_state_is_not_compared",
        ),
    ),
    Mutation(
        "verifier: a connective before a last line's math read as part of it ('So C_{2}=...')",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    tail = drop_connective(parts[-1].strip(" *")) if len(parts) > 1 else ""\n',
        '    tail = parts[-1].strip(" *") if len(parts) > 1 else ""\n',
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_connective_before_a_last_lines_one_math_is_dropped",
        ),
    ),
    Mutation(
        "verifier: a connective dropped though words follow the math ('Thus $x=2$ or $x=6$')",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    if not rest.strip() or re.search(r"(?<![\\\\A-Za-z])[A-Za-z]{2,}", outside) or _CJK_CHAR_RE.search(rest):\n',
        "    if not rest.strip() or _CJK_CHAR_RE.search(rest):\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_connective_before_a_last_lines_one_math_is_dropped",
        ),
    ),
    Mutation(
        "verifier: a bracket right after a letter taken for a domain condition ('P(X>2)' read as P)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():\n",
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_domain_condition_the_gold_does_not_state_is_not_compared",
        ),
    ),
    Mutation(
        "verifier: a spelled unit on one side of an exact value read as letters of it ('12\\\\pi cm^3')",
        "mmeval/verifiers/extraction/units.py",
        "    return bool(_SPELLED_RE.search(tail))\n",
        "    return False\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_spelled_unit_on_one_side_of_an_exact_value_is_read_off",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[exact_values_with_units]",
        ),
    ),
    Mutation(
        "verifier: a lone letter after an expression read off as its unit ('\\\\frac{1}{2} g')",
        "mmeval/verifiers/extraction/units.py",
        "    return bool(_SPELLED_RE.search(tail))\n",
        "    return True\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_spelled_unit_on_one_side_of_an_exact_value_is_read_off",
        ),
    ),
    Mutation(
        "verifier: a unit's power after a reply's one math span read as a number outside it ('$12\\\\pi$ cm$^3$')",
        "mmeval/verifiers/extraction/sentences.py",
        "    power = _UNIT_POWER_AFTER_RE.match(text, m.end())\n",
        "    power = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_spelled_unit_on_one_side_of_an_exact_value_is_read_off",
        ),
    ),
    Mutation(
        "verifier: the value stated after the last \\approx not read ('... \\approx 104' compared as 103.5)",
        "mmeval/verifiers/comparison/equivalence.py",
        '    if g_num is not None and ("\\\\approx" in pred or "≈" in pred):\n',
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_the_value_stated_after_the_last_approx_is_the_answer",
        ),
    ),
    Mutation(
        "verifier: a unit in brackets after a value read as a product ('312(m^{3})')",
        "mmeval/verifiers/extraction/units.py",
        '    bracketed = _BRACKETED_UNIT_RE.search(t) if t.endswith(")") else None\n',
        "    bracketed = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_unit_in_brackets_after_a_value_is_its_unit",
        ),
    ),
    Mutation(
        "verifier: 解得 (solving gives) does not open a Chinese reading's conclusion",
        "mmeval/verifiers/extraction/fallbacks.py",
        '_THEN_RE = re.compile(r"(?:所以|因此|故|即|则|解得|可得|求得|∴|\\\\therefore(?![A-Za-z]))[，,:：]?")',
        '_THEN_RE = re.compile(r"(?:所以|因此|故|即|则|∴|\\\\therefore(?![A-Za-z]))[，,:：]?")',
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_after_the_last_conclusion_the_value_a_chinese_sentence_names",
        ),
    ),
    Mutation(
        "verifier: a domain condition after a bracket and a space ('[...]  k\\\\in Z') compared with the gold",
        "mmeval/verifiers/comparison/equivalence.py",
        '    r"(?:,|(?<=[\\])}])\\s)\\s*((?:[a-zA-Z]|\\\\[a-z]+)(?:_\\{?\\w+\\}?)?\\s*\\\\in\\s*(?:"',
        '    r",\\s*((?:[a-zA-Z]|\\\\[a-z]+)(?:_\\{?\\w+\\}?)?\\s*\\\\in\\s*(?:"',
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_domain_condition_the_gold_does_not_state_is_not_compared",
        ),
    ),
    Mutation(
        "verifier: the decimal-comma strategy removed from the chain ('1000,99' is a list of two)",
        "mmeval/verifiers/comparison/equivalence.py",
        '    ("decimal_commas", decimal_commas),\n',
        "",
        ("tests/verifiers/comparison/test_decimal_commas.py::test_math_verify_suite_rows",),
    ),
    Mutation(
        "verifier: a thousands group read as a decimal comma ('1,222' as 1.222)",
        "mmeval/verifiers/extraction/numbers.py",
        '    if len(frac) == 3 and len(whole) <= 3 and not whole.startswith("0") and not mantissa:\n        return None  # `1,222`: thousands\n',
        "",
        (
            "tests/verifiers/comparison/test_decimal_commas.py::test_which_commas_are_decimal",
            "tests/verifiers/comparison/test_decimal_commas.py::test_a_decimal_comma_answers_only_its_own_value",
        ),
    ),
    Mutation(
        "verifier: a first thousands group of 0 allowed again ('0,111' read as 111)",
        "mmeval/verifiers/extraction/numbers.py",
        '_DEC = r"(?:[1-9]\\d{0,2}(?:,\\d{3})+',
        '_DEC = r"(?:\\d{1,3}(?:,\\d{3})+',
        (
            "tests/verifiers/comparison/test_decimal_commas.py::test_a_decimal_comma_answers_only_its_own_value",
        ),
    ),
    Mutation(
        "verifier: a currency sign after the value not read ('12,50 €')",
        "mmeval/verifiers/extraction/numbers.py",
        ".strip().rstrip(_CURRENCY).strip()",
        ".strip()",
        ("tests/verifiers/comparison/test_decimal_commas.py::test_a_currency_sign_after_the_value",),
    ),
    Mutation(
        "verifier: a reply's last number split at a decimal comma ('The price is 2,74.' read as 74)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "(?:(?:(?<![^\\s$=:~€£¥])|(?<=[\\s$=:~][-−])|(?<=^[-−]))\\d+,\\d+(?![\\d,)\\]}])|",
        "(?:",
        ("tests/verifiers/comparison/test_decimal_commas.py::test_a_sentence_states_a_decimal_comma",),
    ),
    Mutation(
        "verifier: decimal digits grouped by threes not joined ('0.022 75' read as a product)",
        "mmeval/verifiers/extraction/normalize.py",
        '        s = _SPACED_DECIMALS_RE.sub(lambda m: m.group(0).replace(" ", ""), s)\n',
        "",
        ("tests/verifiers/comparison/test_decimal_commas.py::test_decimal_digits_grouped_by_threes",),
    ),
    Mutation(
        "verifier: a mantissa's comma before three digits read as a thousands group ('4,471 \\\\cdot 10^{-7}')",
        "mmeval/verifiers/extraction/numbers.py",
        " and not mantissa:\n",
        ":\n",
        ("tests/verifiers/comparison/test_decimal_commas.py::test_a_mantissa_with_a_decimal_comma",),
    ),
    Mutation(
        "verifier: a decimal comma in a mantissa not read by the last-number fallback ('3,7 \\\\cdot 10^{-4}' read as 7)",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    r"[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+,\\d+|\\d+)',
        '    r"[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)',
        ("tests/verifiers/comparison/test_decimal_commas.py::test_a_mantissa_with_a_decimal_comma",),
    ),
    Mutation(
        "verifier: a pair of zeros read as a decimal ('0,0' accepts '0')",
        "mmeval/verifiers/extraction/numbers.py",
        '    if not frac.strip("0"):\n',
        "    if False:\n",
        (
            "tests/verifiers/comparison/test_decimal_commas.py::test_which_commas_are_decimal",
            "tests/verifiers/comparison/test_decimal_commas.py::test_digit_groups_inside_an_expression_are_no_decimal",
        ),
    ),
    Mutation(
        "verifier: a decimal comma read inside an expression ('2 k-1,2 k' read as -1,2)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "(?:(?<![^\\s$=:~€£¥])|(?<=[\\s$=:~][-−])|(?<=^[-−]))",
        "",
        (
            "tests/verifiers/comparison/test_decimal_commas.py::test_digit_groups_inside_an_expression_are_no_decimal",
        ),
    ),
    Mutation(
        "verifier: the angstrom not a unit ('907 \\\\AA' unparseable)",
        "mmeval/verifiers/extraction/units.py",
        '    "Å": (_d(L=1), Fraction(1, 10**10)),',
        "",
        ("tests/verifiers/test_units.py::test_the_angstrom_is_a_unit_of_length",),
    ),
    Mutation(
        "verifier: the same name's computation compared whole ('A = \\\\frac{1}{2} ab = 12 cm' vs 'A = 12')",
        "mmeval/verifiers/comparison/equivalence.py",
        "            return _align_equations(g_rhs, p_rhs)\n",
        "            return g_rhs, p_rhs\n",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_the_same_name_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: a name's subscript holding a group is no name ('\\\\tau_{\\\\text{crit}} = ...')",
        "mmeval/verifiers/comparison/equivalence.py",
        '_SUBSCRIPT = r"(?:_\\{(?:[^{}=]|\\{[^{}=]*\\})*\\}|_\\w)"',
        '_SUBSCRIPT = r"(?:_\\{[^{}=]*\\}|_\\w)"',
        (
            "tests/verifiers/comparison/test_equivalence.py::test_the_same_name_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: another name's computation left whole ('v_0 = \\\\frac{1}{2} ab = 12' accepted for 'h = 12')",
        "mmeval/verifiers/comparison/equivalence.py",
        "            head is not None\n",
        "            False\n",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_the_same_name_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: another name given the gold's value left to the symbolic path ('E_{k} = 60 s' unparseable)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    other = _another_name(g_text, p_text)\n",
        "    other = None\n",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_the_same_name_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: a condition on both sides compared whole ('T = ... (n=1, 2, 3, ...)' unparseable)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if condition is not None and g_condition is not None:\n",
        "    if False:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_condition_on_both_sides_is_compared_in_one_spelling",
        ),
    ),
    Mutation(
        "verifier: conditions on both sides not compared ('n\\\\in N' accepted for 'n\\\\in N^*')",
        "mmeval/verifiers/comparison/equivalence.py",
        "        if status == Status.CORRECT and same_condition(g_condition.group(1), condition.group(1)):\n",
        "        if status == Status.CORRECT:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_condition_on_both_sides_is_compared_in_one_spelling",
        ),
    ),
    Mutation(
        "verifier: a condition's set of numbers in one dress only ('k\\\\in \\\\mathbb{Z}' vs 'k\\\\in Z')",
        "mmeval/verifiers/comparison/equivalence.py",
        "    for text in (gold, answer):\n        for pattern, spelling in _CONDITION_SPELLINGS:\n",
        "    for text in (gold, answer):\n        for pattern, spelling in _CONDITION_SPELLINGS[2:]:\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_condition_on_both_sides_is_compared_in_one_spelling",
        ),
    ),
    Mutation(
        "verifier: \\\\infin not read as infinity ('(4, +\\\\infin)' unparseable)",
        "mmeval/verifiers/extraction/normalize.py",
        '    if "\\\\infin" in s:',
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py::test_infin_is_infinity",),
    ),
    Mutation(
        "verifier: a display block closing the reply not read (its last number taken)",
        "mmeval/verifiers/extraction/answer.py",
        "    block = _closing_display(text) if num is not None else None\n",
        "    block = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_display_block_that_closes_the_reply_is_its_reading",
        ),
    ),
    Mutation(
        "verifier: a closing display block's derivation read whole, not by its last row",
        "mmeval/verifiers/extraction/answer.py",
        "    row = _last_row(math)\n    if row is not None:\n        return row\n",
        "",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_display_block_that_closes_the_reply_is_its_reading",
        ),
    ),
    Mutation(
        "verifier: a unit in words after the approximate value read as prose ('\\\\approx 515.83 \\\\text{ joules}')",
        "mmeval/verifiers/comparison/equivalence.py",
        "        if stated is not None and not head_words and numbers_close(g_num, stated, ctx):\n",
        "        if stated is not None and not has_words(pred) and numbers_close(g_num, stated, ctx):\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_unit_in_words_after_the_approximate_value",
        ),
    ),
    Mutation(
        "verifier: bold digits set apart split by the last-number fallback ('\\\\mathbf{2 0}' read as 0)",
        "mmeval/verifiers/extraction/fallbacks.py",
        "    text = join_bold_digits(text)\n",
        "",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_bold_digits_set_apart_are_one_last_number",
        ),
    ),
    Mutation(
        "verifier: an answer sentence that opens with its value read by its last number ('40 cups ... 20 chickens')",
        "mmeval/verifiers/extraction/answer.py",
        "        and _VALUE_THEN_WORDS_RE.match(candidate[lead.end() :])\n",
        "        and False\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_value_stated_first_then_explained_with_another_number",
        ),
    ),
    Mutation(
        "verifier: the explaining words may state another value ('20 percent of 50 is 10' read as 20)",
        "mmeval/verifiers/extraction/answer.py",
        '    r"|\\b(?:is|are|was|were|equals?|gives?|makes?|yields?|and|or|to|as)\\s+\\$?\\d))",',
        '    r"|\\b(?:and|or|to|as)\\s+\\$?\\d))",',
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_value_stated_first_then_explained_with_another_number",
        ),
    ),
    Mutation(
        "verifier: a quantity in two units read by its last number ('2 feet 4 inches' as 4)",
        "mmeval/verifiers/extraction/answer.py",
        "    if lead and _COMPOUND_RE.match(candidate[lead.end() :]):",
        "    if False:",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_quantity_in_two_units_is_neither_number",
        ),
    ),
    Mutation(
        "units: a unit written as a fraction of units not read ('0.00978 \\\\frac{\\\\mathrm{K}}{\\\\mathrm{m}}')",
        "mmeval/verifiers/extraction/units.py",
        '    return _FRAC_UNIT_RE.sub(_frac_unit, text) if "frac" in text else text',
        "    return text",
        (
            "tests/verifiers/test_units.py::test_a_unit_written_as_a_fraction_of_units",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[unit_spellings]",
        ),
    ),
    Mutation(
        "units: a unit fraction's parts may be one bare letter ('5 \\\\frac{m}{s}' read as a unit)",
        "mmeval/verifiers/extraction/units.py",
        "|[A-Za-zΩμ]{2,5})(?:",
        "|[A-Za-zΩμ]{1,5})(?:",
        ("tests/verifiers/test_units.py::test_a_unit_written_as_a_fraction_of_units",),
    ),
    Mutation(
        "verifier: an approximation stated last not read for a symbolic gold ('p = ... \\\\approx m v - ...')",
        "mmeval/verifiers/comparison/equivalence.py",
        "        if head and last and parse_number(last) is None and not has_words(last):",
        "        if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_an_approximation_stated_last_answers_a_symbolic_gold",
            "tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[approximations]",
        ),
    ),
    Mutation(
        "verifier: inline math found without matching display math first (a `$$` pairs with an inline `$`)",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    r"\\$\\$(.{1,600}?)\\$\\$|\\\\\\[(.{1,600}?)\\\\\\]|\\$([^$]{1,200})\\$|\\\\\\((.{1,200}?)\\\\\\)", re.S',
        '    r"\\$([^$]{1,200})\\$|\\\\\\((.{1,200}?)\\\\\\)", re.S',
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_display_never_pairs_with_inline_math",
        ),
    ),
    Mutation(
        "verifier: a short sentence read by its last number, not the math that holds it ('$1,-1,7,-7$' as -7)",
        "mmeval/verifiers/extraction/answer.py",
        "        if held is not None and NUMBER_RE.fullmatch(held.strip()) is None:",
        "        if False:",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_short_sentence_is_read_by_the_math_that_holds_its_last_number",
        ),
    ),
    Mutation(
        "verifier: a unit's power in math (`cm$^3$`) read as the span of a value",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        return None  # `cm$^3$`: a unit's power, not a value",
        "        pass",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_short_sentence_is_read_by_the_math_that_holds_its_last_number",
        ),
    ),
    Mutation(
        "verifier: a long reply's closing span list not read ('Therefore, $x=5$ or $x=-2$.' read as -2)",
        "mmeval/verifiers/extraction/answer.py",
        "        run = _closing_span_list(lines[-1])\n",
        "        run = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_worked_solution_whose_last_sentence_lists_its_values",
        ),
    ),
    Mutation(
        "verifier: a long reply's closing list of values not read ('... are 8, 32, 44, 68 and 80.' read as 80)",
        "mmeval/verifiers/extraction/answer.py",
        "        listed = stated_list(last_sentence(lines[-1]))\n",
        "        listed = None\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_worked_solution_whose_last_sentence_lists_its_values",
        ),
    ),
    Mutation(
        "verifier: spans joined by 'or' always a list ('$\\\\frac{4}{10}$ or $\\\\frac{2}{5}$' a list of two)",
        "mmeval/verifiers/extraction/answer.py",
        '        return " or " not in run and "或" not in run\n',
        "        return True\n",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_worked_solution_whose_last_sentence_lists_its_values",
        ),
    ),
    Mutation(
        "verifier: a bare name after the math taken as the last span ('Assume that $d$ ...')",
        "mmeval/verifiers/extraction/fallbacks.py",
        '        if not (past_names and _BARE_NAME_RE.fullmatch(m.group(0).strip("$ ")))',
        "        if True",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_worked_solution_whose_last_sentence_lists_its_values",
        ),
    ),
    Mutation(
        "verifier: a stated list's items not atomic (a failed search tries every split of the spaces: 2^n)",
        "mmeval/verifiers/extraction/sentences.py",
        "((?:(?>{_ITEM}\\s*,\\s*))*(?>{_ITEM})\\s*,?\\s+and\\s+(?>{_ITEM}))",
        "((?:{_ITEM}\\s*,\\s*)*{_ITEM}\\s*,?\\s+and\\s+{_ITEM})",
        (
            "tests/verifiers/extraction/test_words_around_math.py::test_a_list_that_fails_at_its_end_is_rejected_without_backtracking",
        ),
    ),
    Mutation(
        "verifier: a short sentence read by the math holding its last number though words follow it",
        "mmeval/verifiers/extraction/answer.py",
        "        held = span_of_last_number(stripped, past_names=False) if closes else None",
        "        held = span_of_last_number(stripped) if spans else None",
        ("tests/verifiers/test_properties.py::test_mmeval_grader_holds_property[statements]",),
    ),
    Mutation(
        "verifier: a math tail cut inside a math span (the ratio `$2: 3$` at its colon)",
        "mmeval/verifiers/extraction/fallbacks.py",
        '    if tail.count("{") != tail.count("}") or tail.count("(") != tail.count(")") or tail.count("$") % 2:',
        '    if tail.count("{") != tail.count("}") or tail.count("(") != tail.count(")"):',
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_math_tail_is_never_cut_inside_a_math_span",
        ),
    ),
    Mutation(
        "verifier: a segment between points with subscripts (`B_{1}H`) is no named quantity",
        "mmeval/verifiers/comparison/equivalence.py",
        '    r"|[A-Z](?:_\\{\\w{1,2}\\}|_\\w)?(?:[A-Z](?:_\\{\\w{1,2}\\}|_\\w)?){1,3})(?:\\s*\\|)?"',
        '    r")(?:\\s*\\|)?"',
        (
            "tests/verifiers/comparison/test_equivalence.py::test_the_same_name_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: another left-hand side's chain kept whole (math-verify compares it by its last side)",
        "mmeval/verifiers/comparison/equivalence.py",
        '            pred = f"{p_sides[0].strip()} = {p_sides[-1].strip()}"',
        "            pass",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_any_left_hand_side_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: the same left-hand side's chain not compared by its last side",
        "mmeval/verifiers/comparison/equivalence.py",
        "                return _align_equations(g_sides[1].strip(), p_sides[-1].strip())",
        "                return gold, pred",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_any_left_hand_side_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: a value at a point (`f(2)`, `P(X=1)`) is no name",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if _AT_POINT_RE.fullmatch(side):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_a_value_at_another_point_is_another_quantity",
        ),
    ),
    Mutation(
        "verifier: a point compared by its text only (`f(1.0)` is not `f(1)`)",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if g_at and p_at and g_at.group(1) == p_at.group(1) and _same_point(g_at.group(2), p_at.group(2)):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_a_value_at_another_point_is_another_quantity",
        ),
    ),
    Mutation(
        "verifier: a derivative accepted for its function",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if g_head and p_head and g_head.group(1) == p_head.group(1) and _order(g_head) != _order(p_head):",
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py::test_a_derivative_is_another_function",),
    ),
    Mutation(
        "verifier: a prime written as a power is not `'` in canonical text",
        "mmeval/verifiers/extraction/normalize.py",
        '    s = primes(_RELATION_NAME_RE.sub(r"\\\\\\1q", strip_text_macros(clean_answer(s))))',
        '    s = _RELATION_NAME_RE.sub(r"\\\\\\1q", strip_text_macros(clean_answer(s)))',
        ("tests/verifiers/comparison/test_equivalence.py::test_a_derivative_is_another_function",),
    ),
    Mutation(
        "verifier: a one-sentence reply's concluding clause ignored",
        "mmeval/verifiers/extraction/sentences.py",
        "    concluded = list(_SO_CLAUSE_RE.finditer(core))",
        "    concluded = []",
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_sentence_that_concludes_is_read_by_its_conclusion",
        ),
    ),
    Mutation(
        "verifier: a scale word never read as the number it makes",
        "mmeval/verifiers/comparison/equivalence.py",
        "        if word is not None and numbers_close(g_num, p_num, ctx):",
        "        if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_a_scale_word_is_a_unit_or_the_number_it_makes",
        ),
    ),
    Mutation(
        "verifier: a sentence's number loses its scale word",
        "mmeval/verifiers/extraction/sentences.py",
        '        if scale is not None:  # "2.5 billion dollars": the scale word is part of the number',
        "        if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_a_scale_word_is_a_unit_or_the_number_it_makes",
        ),
    ),
    Mutation(
        "verifier: an angle equals a percent of the same number",
        "mmeval/verifiers/comparison/closeness.py",
        "    if (g.degrees and p.percent) or (g.percent and p.degrees):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_an_angle_is_not_a_percent_and_a_cent_is_not_a_dollar",
        ),
    ),
    Mutation(
        "verifier: a cent the size of a dollar",
        "mmeval/verifiers/extraction/units.py",
        '    "cents": (_d(D=1), Fraction(1, 100)),  # (plural only: "per cent" is a percent)',
        '    "cents": (_d(D=1), Fraction(1)),',
        (
            "tests/verifiers/comparison/test_equivalence.py::test_an_angle_is_not_a_percent_and_a_cent_is_not_a_dollar",
        ),
    ),
    Mutation(
        "verifier: a line opening with 'Final:' is no marker",
        "mmeval/verifiers/extraction/answer.py",
        '    r"|^[ \\t]*(?:\\*\\*)?final(?::|\\*\\*:)(?:\\*\\*)?(?=[ \\t]*\\S[^\\n]{0,40}$)",',
        '    "",',
        (
            "tests/verifiers/extraction/test_extraction_more.py::test_a_line_opening_with_final_marks_the_answer",
        ),
    ),
    Mutation(
        "verifier: 'all real numbers' not read as the real line",
        "mmeval/verifiers/comparison/prepared.py",
        "    if _ALL_REALS_RE.match(text):",
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py::test_all_real_numbers_in_words_is_the_real_line",),
    ),
    Mutation(
        "verifier: a vector in angle brackets left unread",
        "mmeval/verifiers/extraction/normalize.py",
        "        vector = _ANGLE_VECTOR_RE.match(s)",
        "        vector = None",
        ("tests/verifiers/comparison/test_equivalence.py::test_a_vector_in_angle_brackets_is_its_tuple",),
    ),
    Mutation(
        "verifier: a fraction in words read as its numerator",
        "mmeval/verifiers/extraction/sentences.py",
        '    if (a in _WORDS or a in ("a", "an")) and _fraction_word(b) is not None:',
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py::test_a_fraction_in_words_is_the_fraction",),
    ),
    Mutation(
        "verifier: a number word drops its scale word",
        "mmeval/verifiers/extraction/sentences.py",
        '    if (a in _WORDS or a in ("a", "an")) and b in SCALE_WORDS:  # "five hundred", "a hundred": the scale word',
        "    if False:",
        ("tests/verifiers/comparison/test_equivalence.py::test_a_fraction_in_words_is_the_fraction",),
    ),
    Mutation(
        "verifier: a repeating decimal left unread",
        "mmeval/verifiers/extraction/numbers.py",
        "        m = _REPEATING_RE.match(s)",
        "        m = None",
        ("tests/verifiers/comparison/test_forms.py::test_a_repeating_decimal_is_its_exact_value",),
    ),
    Mutation(
        "verifier: a decimal that goes on left unread",
        "mmeval/verifiers/extraction/numbers.py",
        "        m = _GOES_ON_RE.match(s)",
        "        m = None",
        ("tests/verifiers/comparison/test_forms.py::test_a_decimal_that_goes_on_is_read_as_written",),
    ),
    Mutation(
        "verifier: 度 not read as the degree sign",
        "mmeval/verifiers/extraction/normalize.py",
        '    if "度" in s:',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_du_is_the_degree_sign",),
    ),
    Mutation(
        "verifier: a Chinese count in two or three words left unread",
        "mmeval/verifiers/extraction/sentences.py",
        "    count = _ZH_COUNT_RE.match(sentence)",
        "    count = None",
        ("tests/verifiers/comparison/test_forms.py::test_a_count_in_two_or_three_chinese_words",),
    ),
    Mutation(
        "verifier: clauses that each state a value read by the last one",
        "mmeval/verifiers/grading.py",
        "    if stated is not None and ((w := judged(stated)).correct or v.status == Status.PRED_UNPARSEABLE):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_clauses_that_each_state_a_value_answer_a_gold_list",
        ),
    ),
    Mutation(
        "verifier: a concluding clause read as one more stated value",
        "mmeval/verifiers/extraction/sentences.py",
        '            or re.search(r"(?<![A-Za-z])(?:so|thus|then|hence)\\b|所以|因此", clause)',
        "            or False",
        (
            "tests/verifiers/comparison/test_forms.py::test_clauses_that_each_state_a_value_answer_a_gold_list",
        ),
    ),
    Mutation(
        "verifier: a number word that goes on read as the number (four point five as 4)",
        "mmeval/verifiers/extraction/sentences.py",
        """    if _GOES_ON_WORDS_RE.match(f"{m.group('b') or ''}{m.group('rest')}"):""",
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_number_word_that_goes_on_is_not_the_number",),
    ),
    Mutation(
        "verifier: a number in words not matched to the option with that number",
        "mmeval/verifiers/extraction/choices.py",
        '    if num is None and (digits := word_number(candidate)) is not None and " " not in digits:',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_number_in_words_is_the_option_with_that_number",),
    ),
    Mutation(
        "verifier: a number in words with a scale word matched to an option by its first number",
        "mmeval/verifiers/extraction/choices.py",
        '    if num is None and (digits := word_number(candidate)) is not None and " " not in digits:',
        "    if num is None and (digits := word_number(candidate)) is not None:",
        ("tests/verifiers/comparison/test_forms.py::test_a_number_in_words_is_the_option_with_that_number",),
    ),
    Mutation(
        "verifier: a denied Chinese copula (答案不是12) read as stating its value",
        "mmeval/verifiers/extraction/sentences.py",
        "    if NEGATED_NAME_RE.search(name):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_denied_or_bounded_chinese_value_states_no_answer",
        ),
    ),
    Mutation(
        "verifier: a denied Chinese conclusion (所以答案不是12) read by the math after its copula",
        "mmeval/verifiers/extraction/fallbacks.py",
        "        if copula is not None and NEGATED_NAME_RE.search(sentence[: copula.start()]):",
        "        if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_denied_or_bounded_chinese_value_states_no_answer",
        ),
    ),
    Mutation(
        "verifier: a sign in words dropped from a number (negative 5 as 5)",
        "mmeval/verifiers/extraction/numbers.py",
        '    s = _SIGN_WORD_RE.sub("-", s)',
        "",
        ("tests/verifiers/comparison/test_forms.py::test_a_sign_in_words_and_a_qualifier_in_brackets",),
    ),
    Mutation(
        "verifier: a sign in words before number words left unread",
        "mmeval/verifiers/extraction/sentences.py",
        '    if sign is not None:  # "negative five", "minus two-thirds"',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_sign_in_words_and_a_qualifier_in_brackets",),
    ),
    Mutation(
        "verifier: a qualifier in brackets after a value left as words",
        "mmeval/verifiers/extraction/numbers.py",
        '    s = _APPROX_AFTER_RE.sub("", _APPROX_LEAD_RE.sub("", s))',
        '    s = _APPROX_LEAD_RE.sub("", s)',
        ("tests/verifiers/comparison/test_forms.py::test_a_sign_in_words_and_a_qualifier_in_brackets",),
    ),
    Mutation(
        "verifier: a sentence's only number denied after it (12 is wrong.) read as the answer",
        "mmeval/verifiers/extraction/sentences.py",
        "        if _DENIED_AFTER_RE.search(core, numbers[0].end()):",
        "        if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_denied_or_bounded_after_it_states_no_answer",
        ),
    ),
    Mutation(
        "verifier: a short sentence's last number bounded after it read as the answer",
        "mmeval/verifiers/extraction/sentences.py",
        "before.search(text[max(0, at - 20) : at]) or after.search(text[end : end + 40])",
        "before.search(text[max(0, at - 20) : at])",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_denied_or_bounded_after_it_states_no_answer",
        ),
    ),
    Mutation(
        "verifier: a verb or a denial after a number read as its unit",
        "mmeval/verifiers/extraction/numbers.py",
        "(?!(?:is|are|was|were|not|wrong|incorrect|false)\\b)",
        "",
        ("tests/verifiers/comparison/test_forms.py::test_a_verb_after_a_number_is_no_unit",),
    ),
    Mutation(
        "verifier: at least / at most after a number's unit not a bound",
        "mmeval/verifiers/extraction/numbers.py",
        '    r"|\\sat\\s+(?:least|most)\\b",  # ("12 apples at least")\n',
        '    "",\n',
        ("tests/verifiers/comparison/test_forms.py::test_a_verb_after_a_number_is_no_unit",),
    ),
    Mutation(
        "verifier: a value then another it is not (after an anchor) read whole",
        "mmeval/verifiers/extraction/answer.py",
        '    if (first := _value_not_other(candidate)) is not None:  # "12, not 13"',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_value_then_another_it_is_not",),
    ),
    Mutation(
        "verifier: a bare value then another it is not read whole",
        "mmeval/verifiers/extraction/answer.py",
        '    if short and (first := _value_not_other(stripped)) is not None:  # "48, not 96"',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_value_then_another_it_is_not",),
    ),
    Mutation(
        "verifier: no solution in words not read as the empty set",
        "mmeval/verifiers/comparison/prepared.py",
        "    elif _NO_SOLUTION_RE.match(text):",
        "    elif False:",
        ("tests/verifiers/comparison/test_forms.py::test_the_empty_set_as_a_glyph_and_in_words",),
    ),
    Mutation(
        "verifier: \\varnothing not read as \\emptyset",
        "mmeval/verifiers/extraction/normalize.py",
        '.replace("\\\\varnothing", "\\\\emptyset")',
        "",
        ("tests/verifiers/comparison/test_forms.py::test_the_empty_set_as_a_glyph_and_in_words",),
    ),
    Mutation(
        "verifier: a count in words that opens the sentence left unread",
        "mmeval/verifiers/extraction/sentences.py",
        "    if opening is not None and not _ANY_NUMBER_WORD_RE.search(core, opening.end()):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula",
        ),
    ),
    Mutation(
        "verifier: a count in words that opens the sentence read with other counts after it",
        "mmeval/verifiers/extraction/sentences.py",
        "    if opening is not None and not _ANY_NUMBER_WORD_RE.search(core, opening.end()):",
        "    if opening is not None:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula",
        ),
    ),
    Mutation(
        "verifier: a number word after the copula with a unit after it left unread",
        "mmeval/verifiers/extraction/sentences.py",
        '")(?:\\s+{_NOT_A_UNIT}[a-z]+)?\\s*$",',
        '")\\s*$",',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula",
        ),
    ),
    Mutation(
        "verifier: a factor word (times) after a number word read as its noun or unit",
        "mmeval/verifiers/extraction/sentences.py",
        'rf"(?!(?:{_GOES_ON}|or|and|than|of|hundred|',
        'rf"(?!(?:or|and|than|of|hundred|',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula",
        ),
    ),
    Mutation(
        "verifier: a list that opens the sentence before its copula left unread",
        "mmeval/verifiers/extraction/sentences.py",
        "    m = _LISTED_RE.search(sentence.strip()) or _LISTED_FIRST_RE.match(sentence.strip())",
        "    m = _LISTED_RE.search(sentence.strip())",
        ("tests/verifiers/comparison/test_forms.py::test_a_list_that_opens_the_sentence_before_its_copula",),
    ),
    Mutation(
        "verifier: a fraction's denominator after a number word read as a counted noun (two thirds as 2)",
        "mmeval/verifiers/extraction/sentences.py",
        "|hundred|thousand|million|billion|(?:{'|'.join(_DENOMINATORS)})s?)",
        "|hundred|thousand|million|billion)",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_count_in_words_that_opens_the_sentence_or_follows_the_copula",
        ),
    ),
    Mutation(
        "verifier: a name against an expression of other names left to the symbolic path",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if kinds.count(None) == 1 and canonical(g_name) != canonical(p_name):",
        "    if False:",
        (
            "tests/verifiers/comparison/test_equivalence.py::test_any_left_hand_side_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: an equation with its sides swapped read as another name",
        "mmeval/verifiers/comparison/equivalence.py",
        '        return None if canonical(name) in canonical(other) else f"another name ({p_name} for {g_name})"',
        '        return f"another name ({p_name} for {g_name})"',
        (
            "tests/verifiers/comparison/test_equivalence.py::test_any_left_hand_side_given_a_computation_that_ends_in_the_value",
        ),
    ),
    Mutation(
        "verifier: Chinese 'or' between math left as it is (`x=5或x=-1` compared by its last side)",
        "mmeval/verifiers/comparison/prepared.py",
        '        cleaned = _CJK_OR_RE.sub(" or ", cleaned)',
        "        pass",
        ("tests/verifiers/comparison/test_equivalence.py::test_chinese_or_between_math_is_or",),
    ),
    Mutation(
        "verifier: an option matched by its number whatever the units (`10 kg` for option `10 cm`)",
        "mmeval/verifiers/extraction/choices.py",
        "            if other is not None and other.value == num.value and not units_differ(unit_of(text), unit):",
        "            if other is not None and other.value == num.value:",
        ("tests/verifiers/test_reply_shapes.py",),
    ),
    Mutation(
        "choices: a short line's letter denied right after it still chosen",
        "mmeval/verifiers/extraction/choices.py",
        "            and not _denied_after(line, m.end(1))\n",
        "",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_denied_right_after_it_is_named_is_not_chosen",
        ),
    ),
    Mutation(
        "choices: a prefixed letter denied right after it still chosen",
        "mmeval/verifiers/extraction/choices.py",
        "if m and _denied_after(c, m.end(1) if m.group(1) else m.end(2)):",
        "if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_denied_right_after_it_is_named_is_not_chosen",
        ),
    ),
    Mutation(
        "choices: an option's text denied right after it still chosen in a short reply",
        "mmeval/verifiers/extraction/choices.py",
        "and not _ruled_out(text, found.start(), found.end()):",
        "and not _NEGATED_BEFORE_RE.search(text[max(0, found.start() - 80) : found.start()]):",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_denied_right_after_it_is_named_is_not_chosen",
        ),
    ),
    Mutation(
        'choices: a strong letter ("Option C") denied right after it still chosen',
        "mmeval/verifiers/extraction/choices.py",
        " if not _denied_after(line, m.end())]",
        "]",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_denied_right_after_it_is_named_is_not_chosen",
        ),
    ),
    Mutation(
        "choices: an option's text denied on the last line still chosen",
        "mmeval/verifiers/extraction/choices.py",
        "and not _ruled_out(line, at, at + len(t.strip())):",
        "and not _NEGATED_BEFORE_RE.search(line[max(0, at - 80) : at]):",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_text_denied_on_the_last_line_is_not_chosen",
        ),
    ),
    Mutation(
        "string match: digits a space keeps apart read as one number",
        "mmeval/verifiers/comparison/equivalence.py",
        'if (" " in gold or " " in pred) and _digit_runs(gold) != _digit_runs(pred):',
        "if False:",
        ("tests/verifiers/comparison/test_forms.py::test_digits_a_space_keeps_apart_are_not_one_number",),
    ),
    Mutation(
        "numbers: a currency's code before the value not dropped",
        "mmeval/verifiers/extraction/numbers.py",
        's = _CURRENCY_CODE_RE.sub("", s.lstrip(_CURRENCY))',
        "s = s.lstrip(_CURRENCY)",
        ("tests/verifiers/comparison/test_forms.py::test_a_currency_code_before_the_value_is_its_sign",),
    ),
    Mutation(
        "choices: an option the line rules out still counted as offered beside the one it names",
        "mmeval/verifiers/extraction/choices.py",
        "            not _ruled_out(line, m.start(), m.end())\n",
        "            True\n",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_text_with_another_it_rules_out_is_the_first",
        ),
    ),
    Mutation(
        "answer: a reason in brackets after a value not read as its reason",
        "mmeval/verifiers/extraction/answer.py",
        'r"(?:,?\\s+|\\s*\\(\\s*)(?:with|because',
        'r"(?:,?\\s+)(?:with|because',
        ("tests/verifiers/comparison/test_forms.py::test_a_value_then_its_reason_is_the_value",),
    ),
    Mutation(
        "answer: a short reply's value before its reason not read",
        "mmeval/verifiers/extraction/answer.py",
        "if short and (first := _value_explained(stripped)) is not None:",
        "if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_value_then_its_reason_is_the_value",),
    ),
    Mutation(
        'answer: "as well as" read as a value\'s reason (function words allowed as its unit)',
        "mmeval/verifiers/extraction/answer.py",
        "(?!(?:as|and|or|well|not|with|which)\\b)[a-zA-Z]{1,12}",
        "[a-zA-Z]{1,12}",
        ("tests/verifiers/comparison/test_forms.py::test_two_values_joined_by_as_well_as_are_neither",),
    ),
    Mutation(
        'answer: a value "as" another value read as the value then words',
        "mmeval/verifiers/extraction/answer.py",
        '|and|or|to|as)\\s+\\$?\\d))",',
        '|and|or|to)\\s+\\$?\\d))",',
        ("tests/verifiers/comparison/test_forms.py::test_two_values_joined_by_as_well_as_are_neither",),
    ),
    Mutation(
        "numbers: a number in words then again in digits not read",
        "mmeval/verifiers/extraction/numbers.py",
        's = again.group(1)  # "six (6)"',
        'pass  # "six (6)"',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_number_in_words_then_again_in_digits_is_that_number",
        ),
    ),
    Mutation(
        "sentences: a value the reply calls impossible, extraneous or rejected still stated",
        "mmeval/verifiers/extraction/sentences.py",
        'r"\\b(?:is|are|was|were)\\s+(?:wrong|incorrect|false|impossible|invalid|rejected|ruled\\s+out|excluded"',
        'r"\\b(?:is|are|was|were)\\s+(?:wrong|incorrect|false"',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_set_aside_bounded_or_doubted_is_not_the_answer",
        ),
    ),
    Mutation(
        'sentences: a value the reply sets aside before it ("We reject 12", "anything but 12") still stated',
        "mmeval/verifiers/extraction/sentences.py",
        'r"|\\b(?:reject(?:s|ed)?|exclude[sd]?|discard(?:s|ed)?|eliminate[sd]?|rule[sd]?\\s+out|other\\s+than"',
        'r"|\\b(?:XXreject|other\\s+than"',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_set_aside_bounded_or_doubted_is_not_the_answer",
        ),
    ),
    Mutation(
        'answer: a bounded last number after a marker ("less than 12") read as the answer',
        "mmeval/verifiers/extraction/answer.py",
        "if num is not None and not (first and candidate.rfind(num) < first.end()):",
        "if num is not None:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_set_aside_bounded_or_doubted_is_not_the_answer",
        ),
    ),
    Mutation(
        'answer: a doubted marker ("I don\'t think the answer is 12") read as stating its value',
        "mmeval/verifiers/extraction/answer.py",
        "        if answer and _doubted(text, m.start()):",
        "        if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_set_aside_bounded_or_doubted_is_not_the_answer",
        ),
    ),
    Mutation(
        "prepared: words that deny the value in a leading text macro dropped as a lead-in",
        "mmeval/verifiers/comparison/prepared.py",
        "if m is None or _DENYING_WORDS_RE.search(m.group()):",
        "if m is None:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_set_aside_bounded_or_doubted_is_not_the_answer",
        ),
    ),
    Mutation(
        "answer: a long reply's denied last number still the guess",
        "mmeval/verifiers/extraction/answer.py",
        "if num is not None and not bound_before(text, num, extremes=False):",
        "if num is not None:",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_text_denied_on_the_last_line_is_not_chosen",
        ),
    ),
    Mutation(
        "answer: a marker set in a text macro read with the macro's closing brace",
        "mmeval/verifiers/extraction/answer.py",
        'if rest.startswith("}") and _OPEN_TEXT_MACRO_RE.search(text, max(0, match.start() - 40), match.start()):',
        "if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_answer_marker_set_in_a_text_macro_reads_the_value_after_it",
        ),
    ),
    Mutation(
        'sentences: an exact qualifier before a number word ("only one") not dropped',
        "mmeval/verifiers/extraction/sentences.py",
        '    if exact is not None:  # "only one", "exactly three": the number',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        'numbers: an exact qualifier before digits ("exactly 5") not dropped',
        "mmeval/verifiers/extraction/numbers.py",
        "|circa|exactly|precisely|only|just)",
        "|circa)",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        "sentences: a whole number and a half not read",
        "mmeval/verifiers/extraction/sentences.py",
        '    if half is not None:  # "three and a half", "3 and a half hours": n + 1/2',
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        'sentences: "a hundred" not read as 1 hundred',
        "mmeval/verifiers/extraction/sentences.py",
        'if (a in _WORDS or a in ("a", "an")) and b in SCALE_WORDS:',
        "if a in _WORDS and b in SCALE_WORDS:",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        'sentences: "half" alone not read as 1/2',
        "mmeval/verifiers/extraction/sentences.py",
        'if a == "half" and not b and not m.group("rest"):',
        "if False:",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        'numbers: "o\'clock" after an hour not dropped',
        "mmeval/verifiers/extraction/numbers.py",
        's = _OCLOCK_RE.sub("", _ORDINAL_RE.sub("", s))',
        's = _ORDINAL_RE.sub("", s)',
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        "answer: a Chinese choice marker takes one letter only",
        "mmeval/verifiers/extraction/answer.py",
        '[A-Z](?:[、,，\\s]*[A-Z]){0,4}(?![A-Za-z]))"',
        '[A-Z](?![A-Za-z]))"',
        (
            "tests/verifiers/comparison/test_forms.py::test_several_letters_after_a_chinese_choice_marker_answer_a_multi_select_gold",
        ),
    ),
    Mutation(
        "choices: letters joined by 、 or 和 not read as several options",
        "mmeval/verifiers/extraction/choices.py",
        "(?:,|;|/|&|、|，)?\\s*(?:and|or|和)?",
        "(?:,|;|/|&)?\\s*(?:and|or)?",
        (
            "tests/verifiers/comparison/test_forms.py::test_several_letters_after_a_chinese_choice_marker_answer_a_multi_select_gold",
        ),
    ),
    Mutation(
        "answer: 【答案】 no answer marker",
        "mmeval/verifiers/extraction/answer.py",
        '答案(?:是|为|:|：)|【答案】"',
        '答案(?:是|为|:|：)"',
        (
            "tests/verifiers/comparison/test_forms.py::test_the_bracketed_answer_heading_marks_the_answer_up_to_the_next_heading",
        ),
    ),
    Mutation(
        "answer: the answer section runs on past the next bracketed heading",
        "mmeval/verifiers/extraction/answer.py",
        "return text[: heading if heading > 0 else end]",
        "return text[:end]",
        (
            "tests/verifiers/comparison/test_forms.py::test_the_bracketed_answer_heading_marks_the_answer_up_to_the_next_heading",
        ),
    ),
    Mutation(
        "rewards: a text prompt that opens <think> checked as think_answer",
        "mmeval/verifiers/rewards.py",
        '            return "think_prefilled"\n',
        "            return kind\n",
        (
            "tests/verifiers/test_rewards.py::test_trl_format_reward_for_a_template_that_opens_think_in_the_prompt",
        ),
    ),
    Mutation(
        "formats: think_prefilled accepts a completion that opens its own <think>",
        "mmeval/verifiers/extraction/formats.py",
        '    if "<think>" in text:\n',
        "    if False:\n",
        ("tests/verifiers/extraction/test_formats.py::test_think_prefilled",),
    ),
    Mutation(
        "answer: a short sentence offering two values read by its last number",
        "mmeval/verifiers/extraction/answer.py",
        "num = last_number(stripped) if len(words) >= 2 and not offers_alternatives(stripped) else None",
        "num = last_number(stripped) if len(words) >= 2 else None",
        ("tests/verifiers/comparison/test_forms.py::test_two_values_offered_as_alternatives_answer_neither",),
    ),
    Mutation(
        "answer: a marker's answer offering two values read by its last number",
        "mmeval/verifiers/extraction/answer.py",
        "if len(words) >= 2 and not offers_alternatives(candidate):",
        "if len(words) >= 2:",
        ("tests/verifiers/comparison/test_forms.py::test_two_values_offered_as_alternatives_answer_neither",),
    ),
    Mutation(
        'sentences: "but it could be" no offer of another value',
        "mmeval/verifiers/extraction/sentences.py",
        'r"|\\bbut\\s++(?:it\\s++)?(?:could|might|may)\\s++(?:also\\s++)?be\\s++\\$?[-−]?\\.?\\d"',
        'r"|XXX"',
        ("tests/verifiers/comparison/test_forms.py::test_two_values_offered_as_alternatives_answer_neither",),
    ),
    Mutation(
        "string match: bold digits set apart read as several numbers",
        "mmeval/verifiers/comparison/equivalence.py",
        's = _BOLD_RE.sub(lambda m: m.group(0).replace(" ", ""), s) if "bf" in s else s',
        "s = s",
        ("tests/verifiers/comparison/test_forms.py::test_bold_digits_set_apart_are_one_number",),
    ),
    Mutation(
        'answer: a long reply\'s concluded extremum ("at most 100") no guess',
        "mmeval/verifiers/extraction/answer.py",
        "if num is not None and not bound_before(text, num, extremes=False):",
        "if num is not None and not bound_before(text, num):",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_worked_solution_that_concludes_its_extremum_answers_it",
        ),
    ),
    Mutation(
        "answer: GLM's box tokens not read as a box",
        "mmeval/verifiers/extraction/answer.py",
        "after_reasoning(box_tokens(strip_chat_template(text)))",
        "after_reasoning(strip_chat_template(text))",
        ("tests/verifiers/comparison/test_forms.py::test_the_answer_between_glm_box_tokens_is_boxed",),
    ),
    Mutation(
        "sentences: only </think> closes a reasoning block",
        "mmeval/verifiers/extraction/sentences.py",
        '_REASONING_CLOSERS = ("</think>", "◁/think▷", "</thinking>")',
        '_REASONING_CLOSERS = ("</think>",)',
        (
            "tests/verifiers/comparison/test_forms.py::test_the_reply_after_kimi_or_thinking_reasoning_blocks_is_read",
        ),
    ),
    Mutation(
        "answer: an answer the reply takes back still its answer",
        "mmeval/verifiers/extraction/answer.py",
        "    taken_back = _taken_back(text)\n",
        "    taken_back = None\n",
        ("tests/verifiers/comparison/test_forms.py::test_an_answer_the_reply_takes_back_is_not_its_answer",),
    ),
    Mutation(
        "answer: an answer only explained after counted as taken back",
        "mmeval/verifiers/extraction/answer.py",
        "    return last.end() if then is not None and then not in _NUMERALS_RE.findall(stated) else None",
        "    return last.end() if then is not None else None",
        ("tests/verifiers/comparison/test_forms.py::test_an_answer_only_explained_after_stays",),
    ),
    Mutation(
        "answer: a sentence inside the <answer> block kept whole",
        "mmeval/verifiers/extraction/answer.py",
        '        if rule is None or answer is None or (rule == "whole" and answer.strip() == inner.rstrip(" .")):\n',
        "        if True:\n",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_sentence_inside_the_answer_block_is_read_for_its_value",
        ),
    ),
    Mutation(
        "answer: LLaVA-CoT's <CONCLUSION> no answer block",
        "mmeval/verifiers/extraction/answer.py",
        '_TAG_RE = re.compile(r"<(?:answer|conclusion)>(.*?)(?:</(?:answer|conclusion)>|$)", re.DOTALL | re.IGNORECASE)',
        '_TAG_RE = re.compile(r"<answer>(.*?)(?:</answer>|$)", re.DOTALL | re.IGNORECASE)',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_sentence_inside_the_answer_block_is_read_for_its_value",
        ),
    ),
    Mutation(
        "answer: a bracketed value named first in words not read",
        "mmeval/verifiers/extraction/answer.py",
        "    if short and (stated := _BRACKET_STATED_RE.fullmatch(stripped)) is not None:",
        "    if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_bracketed_value_named_first_in_words_is_the_answer",
        ),
    ),
    Mutation(
        "answer: the Chinese lead-in inside an <answer> block not read",
        "mmeval/verifiers/extraction/answer.py",
        '        if rule == "whole" and (lead := chinese_lead_in(inner)) is not None:',
        "        if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_sentence_inside_the_answer_block_is_read_for_its_value",
        ),
    ),
    Mutation(
        "answer: a number and a half in digits read by the sentence's number",
        "mmeval/verifiers/extraction/answer.py",
        'if short and stripped[:1].isdigit() and word_number(stripped.rstrip(" .")) is not None:',
        "if False:",
        ("tests/verifiers/comparison/test_forms.py::test_more_numbers_in_words",),
    ),
    Mutation(
        "string match: digit groups of three after a space read as other numbers",
        "mmeval/verifiers/comparison/equivalence.py",
        '    return _DIGITS_RE.findall(_GROUPED_RE.sub("", s))',
        "    return _DIGITS_RE.findall(s)",
        ("tests/verifiers/comparison/test_forms.py::test_a_space_that_groups_thousands_joins_the_number",),
    ),
    Mutation(
        "answer: a decorated value inside the <answer> block read as a sentence",
        "mmeval/verifiers/extraction/answer.py",
        '        if parse_number(inner.rstrip(" .")) is not None:',
        "        if False:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_decorated_value_inside_the_answer_block_stays_whole",
        ),
    ),
    Mutation(
        "bounded: a worker does not die with its zygote (a killed caller leaves it running mid-job)",
        "mmeval/verifiers/bounded/_zygote.py",
        "            _die_with_parent(zygote)\n",
        "",
        ("tests/verifiers/bounded/test_parent_exit.py::test_a_worker_mid_job_dies_with_a_killed_caller",),
    ),
    Mutation(
        "verifier: a trigonometric function's angle in degrees read in radians",
        "mmeval/verifiers/comparison/equivalence.py",
        "    return _TRIG_DEGREES_RE.sub(radians, s)",
        "    return s",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_trigonometric_function_of_degrees_is_read_in_degrees",
        ),
    ),
    Mutation(
        "verifier: a computed answer within float noise of a zero gold rejected",
        "mmeval/verifiers/comparison/equivalence.py",
        "            if not (_float_noise(p_val) and g_num.value == 0):",
        "            if True:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_computed_as_zero_in_floating_point_is_zero",
        ),
    ),
    Mutation(
        "verifier: a computed gold within float noise of a zero answer rejected",
        "mmeval/verifiers/comparison/equivalence.py",
        "            if not (_float_noise(g_val) and p_num.value == 0):  # (as above, the sides swapped)",
        "            if True:",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_computed_as_zero_in_floating_point_is_zero",
        ),
    ),
    Mutation(
        "verifier: float noise around zero taken as zero without sympy",
        "mmeval/verifiers/comparison/equivalence.py",
        "            # zero or not, sympy decides below, exactly",
        '            return Status.CORRECT, "zero"',
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_computed_as_zero_in_floating_point_is_zero",
        ),
    ),
    Mutation(
        "verifier: an option letter written with another option's text decided",
        "mmeval/verifiers/extraction/choices.py",
        "            return replace(ext, reason=why, guessed=True)",
        "            return ext",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_letter_written_with_another_options_text_is_read_and_guessed",
        ),
    ),
    Mutation(
        "verifier: an option reading's own guess dropped",
        "mmeval/verifiers/extraction/answer.py",
        "        guessed = (guessed or rule is None or ext.guessed) and ext.found and not opening",
        "        guessed = (guessed or rule is None) and ext.found and not opening",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_letter_written_with_another_options_text_is_read_and_guessed",
        ),
    ),
    Mutation(
        "verifier: an option letter with another's text read from the answer only",
        "mmeval/verifiers/extraction/choices.py",
        '    for where in ([answer] if anchored else []) + [text.rstrip().rsplit("\\n", 1)[-1]]:',
        "    for where in [answer] if anchored else []:",
        (
            "tests/verifiers/comparison/test_forms.py::test_an_option_letter_written_with_another_options_text_is_read_and_guessed",
        ),
    ),
    Mutation(
        "verifier: an option after neither not ruled out",
        "mmeval/verifiers/extraction/choices.py",
        "|\\bneither|\\bnor|",
        "|\\bnor|",
        ("tests/verifiers/comparison/test_forms.py::test_neither_nor_chooses_no_option",),
    ),
    Mutation(
        "rewards: the combined reward checks the format without the prompt's prefilled <think>",
        "mmeval/verifiers/rewards.py",
        "        format_kinds=_format_kinds(kwargs, n, config),",
        "        format_kinds=None,",
        (
            "tests/verifiers/test_rewards.py::test_trl_format_reward_for_a_template_that_opens_think_in_the_prompt",
        ),
    ),
    Mutation(
        "verifier: clock times compared as ratios",
        "mmeval/verifiers/comparison/equivalence.py",
        '    ("clock", clock),\n',
        "",
        ("tests/verifiers/comparison/test_forms.py::test_a_clock_time_is_compared_as_a_time_of_day",),
    ),
    Mutation(
        "verifier: a clock time's AM/PM in a text macro dropped as a unit",
        "mmeval/verifiers/comparison/prepared.py",
        "    if _HALF_DAY_RE.search(s):",
        "    if False:",
        ("tests/verifiers/comparison/test_forms.py::test_a_clock_time_is_compared_as_a_time_of_day",),
    ),
    Mutation(
        "verifier: a clock time with a leading zero read as a clock face",
        "mmeval/verifiers/comparison/equivalence.py",
        ' and not m.group(1).startswith("0"):',
        ":",
        ("tests/verifiers/comparison/test_forms.py::test_a_clock_time_is_compared_as_a_time_of_day",),
    ),
    Mutation(
        "verifier: a whole answer's share in words read as words",
        "mmeval/verifiers/comparison/prepared.py",
        "    if (share := _SHARE_RE.match(text)) is not None",
        "    if False and (share := _SHARE_RE.match(text)) is not None",
        ("tests/verifiers/comparison/test_forms.py::test_a_share_in_words_is_the_share",),
    ),
    Mutation(
        "verifier: a reply's last number read without the share it ends",
        "mmeval/verifiers/extraction/fallbacks.py",
        '        return f"{share.group(1)}/{number}"',
        "        pass",
        ("tests/verifiers/comparison/test_forms.py::test_a_share_in_words_is_the_share",),
    ),
    Mutation(
        "verifier: a share's last term not taken as the sentence's end",
        "mmeval/verifiers/extraction/answer.py",
        '        end = num if num is None or num in stripped else num.rsplit("/", 1)[-1]',
        "        end = num",
        ("tests/verifiers/comparison/test_forms.py::test_a_share_in_words_is_the_share",),
    ),
    Mutation(
        "verifier: any number in any number read as a share",
        "mmeval/verifiers/extraction/fallbacks.py",
        "(len(number) < 4 and _SHARE_END_RE.match(text, found.end()))",
        "True",
        ("tests/verifiers/comparison/test_forms.py::test_a_share_in_words_is_the_share",),
    ),
    Mutation(
        "verifier: a clock face's reading answers a gold that says the half of the day",
        "mmeval/verifiers/comparison/equivalence.py",
        "    if p <= g:",
        "    if p & g:",
        ("tests/verifiers/comparison/test_forms.py::test_a_clock_time_is_compared_as_a_time_of_day",),
    ),
    Mutation(
        "verifier: a value then the arithmetic that makes it read as a product",
        "mmeval/verifiers/extraction/answer.py",
        "    made = arithmetic_value(computed.group(1))",
        "    made = None",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_then_the_arithmetic_that_makes_it_is_the_value",
        ),
    ),
    Mutation(
        "verifier: a value read whatever its arithmetic makes",
        "mmeval/verifiers/extraction/answer.py",
        "    if made is None or made != value.value or",
        "    if made is None or",
        (
            "tests/verifiers/comparison/test_forms.py::test_a_value_then_the_arithmetic_that_makes_it_is_the_value",
        ),
    ),
    Mutation(
        "verifier: arithmetic in words evaluated left to right",
        "mmeval/verifiers/extraction/sentences.py",
        '        if op in "*/":',
        "        if False:",
        (
            "mmeval/verifiers/extraction/sentences.py",
            "tests/verifiers/comparison/test_forms.py::test_a_value_then_the_arithmetic_that_makes_it_is_the_value",
        ),
    ),
    Mutation(
        "verifier: answer blocks side by side read by the last",
        "mmeval/verifiers/extraction/answer.py",
        "        if len(offered) > 1:",
        "        if False:",
        ("tests/verifiers/comparison/test_forms.py::test_answer_blocks_side_by_side_offer_each_value",),
    ),
    Mutation(
        "verifier: answer blocks with prose between them offered together",
        "mmeval/verifiers/extraction/answer.py",
        "        if len(PROSE_RE.findall(between)) > 2:",
        "        if False:",
        ("tests/verifiers/comparison/test_forms.py::test_answer_blocks_side_by_side_offer_each_value",),
    ),
]


def copy_repo(dest: Path) -> None:
    """The working tree as git sees it (tracked and untracked, ignored files left out)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def run_tests(repo: Path, tests: tuple[str, ...]) -> tuple[int, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(repo), "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    try:
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-rf", *tests],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=TEST_TIMEOUT_S)  # fmt: skip
    except subprocess.TimeoutExpired:  # a mutant that makes grading hang is caught by the hang
        return 1, [f"(no result in {TEST_TIMEOUT_S} s: the mutant hangs)"]
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", proc.stdout, flags=re.M)
    return proc.returncode, failed


TEST_TIMEOUT_S = 600


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="run the mutations whose name contains this text")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTATIONS if not args.only or args.only in m.name]
    survived = 0
    print("| mutation | file | tests run | result |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="mmeval-mutations-") as tmp:
        repo = Path(tmp)
        copy_repo(repo)
        for m in chosen:
            target = repo / m.path
            original = target.read_text()
            if original.count(m.search) != 1:
                print(f"| {m.name} | {m.path} | - | search text found {original.count(m.search)} times |")
                survived += 1
                continue
            target.write_text(original.replace(m.search, m.replace))
            try:
                code, failed = run_tests(repo, m.tests)
            finally:
                target.write_text(original)
            result = (
                f"caught: {', '.join(failed)}" if code == 1 and failed else f"SURVIVED (pytest exit {code})"
            )
            survived += not (code == 1 and failed)
            print(f"| {m.name} | {m.path} | {' '.join(m.tests)} | {result} |", flush=True)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
