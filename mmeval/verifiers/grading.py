"""The public graders: `grade_answer` (an extracted answer vs the gold), `grade` (a full response) and
`grade_batch` (many pairs in parallel, results in input order).

One pass: `grade` extracts the answer (`extraction.answer`, which cleans it), normalises each side once
(`comparison.equivalence.prepare`) and compares the prepared sides (`compare`); only the pieces a nested
comparison cuts out (labelled values, matrix cells) are prepared again."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from mmeval.verifiers.bounded.pool import WorkerError, WorkerTimeout, default_pool, run_bounded
from mmeval.verifiers.comparison.equivalence import Context, check_size, compare, prepare
from mmeval.verifiers.comparison.forms import answer_parts, gold_alternatives, gold_parts
from mmeval.verifiers.comparison.prose import has_words, is_prose, same_statement, words_changed
from mmeval.verifiers.extraction.answer import (
    TOO_DEEP,
    _final_boxes,
    drop_closers,
    extract_answer,
    stated_texts,
)
from mmeval.verifiers.extraction.choices import (
    QUALIFIER_WORDS,
    _option_of,
    letter_of,
    letters_for,
    own_labels_dropped,
    yes_no_synonym,
)
from mmeval.verifiers.extraction.normalize import clean_answer, find_boxed, split_top_level, strip_text_macros
from mmeval.verifiers.extraction.sentences import (
    chinese_yes_no,
    elliptical_yes_no,
    plain_view,
    possibility_answer,
    stated_values,
    word_number,
    yes_no_taken_back,
)
from mmeval.verifiers.extraction.units import temperature_scale
from mmeval.verifiers.verdict import ANSWER_TYPES, GradeConfig, GradeRequest, Status, Verdict

__all__ = ["grade", "grade_answer", "grade_batch"]

_DEFAULT = GradeConfig()


def _is_letter_gold(gold: str) -> bool:
    """A gold that is one option letter, also in a wrapper (`(D)`, `$D$`, `\\boxed{D}`, `\\text{D}`)."""
    g = strip_text_macros(clean_answer(gold)).strip().strip("()").strip()
    return len(g) == 1 and "A" <= g <= "Z"


# a gold written as its option letter and the option's text: "(D) Alina", "D. Alina", "D) 12 cm"
_LETTER_TEXT_GOLD_RE = re.compile(r"^\s*(?:\(([A-Z])\)|\[([A-Z])\]|([A-Z])[.)])\s+(\S.*?)\s*$", re.DOTALL)


# the same with the letter set in a LaTeX macro, as AMC answer keys write it: `\textbf{(C) } 12`, `\mathrm{(C)}\ 12`
# (the letter alone had been graded incorrect against it, and the option's value too)
_SET_LETTER_TEXT_GOLD_RE = re.compile(
    r"^\s*\$?\s*\\(?:textbf|mathbf|mathrm|text)\s*\{\s*\(([A-Z])\)\s*\}\s*(?:\\[ ,;:!]|~)?\s*(\S.*?)\s*\$?\s*$",
    re.DOTALL,
)


def _letter_text_gold(gold: str) -> tuple[str, str] | None:
    """(letter, option text) of a gold written as both, else None."""
    if (m := _SET_LETTER_TEXT_GOLD_RE.match(gold)) is not None:
        return m.group(1), m.group(2)
    m = _LETTER_TEXT_GOLD_RE.match(gold)
    return ((m.group(1) or m.group(2) or m.group(3)), m.group(4)) if m else None


def _mc_letters(gold: str, choices: list[str] | None, answer_type: str | None) -> str | None:
    """Option letters when this pair is multiple choice, else None."""
    if answer_type == "multiple_choice" or choices:
        return letters_for(choices, gold)
    if answer_type is None and _is_letter_gold(gold):
        return letters_for(None, gold)
    if answer_type is None and (both := _letter_text_gold(gold)) is not None:
        return letters_for(None, both[0])
    return None


def _grade_choice(
    gold: str, answer: str, choices: list[str] | None, letters: str, ctx: Context
) -> tuple[Status, str]:
    both = _letter_text_gold(gold)
    if both is not None and both[0] in letters:
        gold_letter: str | list[str] | None = both[0]
        choices = list(choices) if choices else [""] * (ord(both[0]) - ord("A")) + [both[1]]
        choices[ord(both[0]) - ord("A")] = choices[ord(both[0]) - ord("A")] or both[1]
    elif _is_letter_gold(gold):
        gold_letter = letter_of(gold, letters)
    else:
        gold_letter = _option_of(gold, choices, letters)
    if gold_letter is None and isinstance(several := letter_of(gold, letters), list):
        return _grade_several(several, answer, choices, letters)
    if not isinstance(gold_letter, str):
        return compare(gold, answer, ctx)  # gold is not an option: compare values
    pred = letter_of(answer, letters)
    if isinstance(pred, list):
        return Status.INCORRECT, f"names several options ({', '.join(pred)})"
    if pred is None:
        pred = _option_of(answer, choices, letters)
    if pred is not None:
        same = pred == gold_letter
        return (Status.CORRECT if same else Status.INCORRECT), f"option {pred} vs gold {gold_letter}"
    if choices:
        status, reason = compare(choices[ord(gold_letter) - ord("A")], answer, ctx)
        return status, f"against the gold option's text: {reason}"
    return Status.INCORRECT, "not an option letter"


def _grade_several(
    gold: list[str], answer: str, choices: list[str] | None, letters: str
) -> tuple[Status, str]:
    """A gold that names several options ("C\nD", "A, C", "BD": a choose-all-that-apply question) against
    the options the answer names: the same set, in any order; one of them, or one more, is wrong."""
    pred = letter_of(answer, letters)
    if pred is None:
        pred = _option_of(answer, choices, letters)
    named = [pred] if isinstance(pred, str) else pred or []
    want = ", ".join(gold)
    if not named:
        return Status.INCORRECT, f"names no option; the gold names {want}"
    same = sorted(set(named)) == sorted(set(gold))
    return (Status.CORRECT if same else Status.INCORRECT), f"options {', '.join(named)} vs gold {want}"


def _check_answer_type(answer_type: str | None) -> None:
    if answer_type not in ANSWER_TYPES:  # a caller's mistake, raised (never a verdict)
        raise ValueError(f"answer_type must be one of {ANSWER_TYPES}, got {answer_type!r}")


def _check_inputs(gold: Any, answer_type: str | None, config: GradeConfig) -> str | None:
    _check_answer_type(answer_type)
    if not isinstance(gold, str) or not gold.strip():
        return "gold is empty or not a string"
    return check_size(gold, config)


def _usable(answer: str | None, gold: str, config: GradeConfig) -> str | Verdict:
    """The answer as it is compared (a string, NUL characters dropped), or the verdict on an answer that
    cannot be compared (empty, too big or too deeply nested)."""
    if answer is None or not str(answer).strip():
        return Verdict(Status.NO_ANSWER, None, None, "empty answer", gold)
    answer = str(answer).replace("\x00", "")
    bad_pred = check_size(answer, config)
    if bad_pred:
        return Verdict(Status.PRED_UNPARSEABLE, answer[:200], None, bad_pred, gold)
    return answer


def _temperature_scales(gold: str, answer: str) -> tuple[str, str] | None:
    """(the gold's, the answer's) temperature scales when both state one and they differ, else None."""
    g_scale = temperature_scale(gold)
    p_scale = temperature_scale(answer) if g_scale else None
    return (g_scale, p_scale) if p_scale and p_scale != g_scale else None


def _judge(gold: str, answer: str, choices: list[str] | None, letters: str | None, ctx: Context) -> Verdict:
    """A usable answer against a checked gold: by option when the pair is multiple choice, else each side
    prepared once and compared."""
    if letters:
        status, reason = _grade_choice(gold, answer, choices, letters, ctx)
    elif (scales := _temperature_scales(gold, answer)) is not None:
        # (read before `prepare`, which drops unit text: `25°C` and `25°F` had both been 25)
        status, reason = Status.INCORRECT, f"units: another temperature scale ({scales[1]} for {scales[0]})"
    elif alternatives := gold_alternatives(gold):  # "$$\\dfrac{35}{4}$$(or fill in $$8.75$$)": either form
        results: list[tuple[Status, str]] = []
        for alternative in [*alternatives, gold]:  # the key as written last (a reply that copies it whole)
            results.append(compare(prepare(alternative, gold=True), prepare(answer), ctx))
            if results[-1][0] == Status.CORRECT:
                break
        i = len(results) - 1 if results[-1][0] == Status.CORRECT else 0  # a reject is the main form's
        which = f"form {i + 1} of {len(alternatives)}" if len(alternatives) > 1 else "example (not unique)"
        which = which if i < len(alternatives) else "text as written"
        status, reason = results[i][0], f"the key's {which}: {results[i][1]}"
    else:
        status, reason = compare(prepare(gold, gold=True), prepare(answer), ctx)
    return Verdict(status, answer, None, reason, gold)


def grade_answer(
    gold: str,
    answer: str | None,
    *,
    choices: list[str] | None = None,
    answer_type: str | None = None,
    precision: float | int | None = None,
    tolerance: float | Sequence[float] | None = None,
    config: GradeConfig | None = None,
) -> Verdict:
    """Compare an already-extracted `answer` with `gold` (no extraction is done on `answer`). `precision`:
    decimals (an int) or a relative tolerance (a float); `tolerance`: an absolute one, or a list with one
    per gold item (OlympiadBench's `error`)."""
    config = config or _DEFAULT
    tol = _tolerance(tolerance)
    bad_gold = _check_inputs(gold, answer_type, config)
    gold_s = gold if isinstance(gold, str) else repr(gold)
    if bad_gold:
        return Verdict(Status.GOLD_UNPARSEABLE, answer, None, bad_gold, gold_s)
    usable = _usable(answer, gold_s, config)
    if isinstance(usable, Verdict):
        return usable
    choices = own_labels_dropped(choices)  # ("(A) 5", "(B) 6": the options' texts are 5 and 6)
    letters = _mc_letters(gold, choices, answer_type)
    ctx = Context(config, answer_type, precision, tol)
    parts = None if letters else gold_parts(gold_s)
    if parts is not None:
        return _judge_parts(gold_s, parts, answer_parts(usable, []), usable, ctx)
    return _judge(gold, usable, choices, letters, ctx)


def grade(
    gold: str,
    response: str,
    *,
    choices: list[str] | None = None,
    answer_type: str | None = None,
    precision: float | int | None = None,
    tolerance: float | Sequence[float] | None = None,
    config: GradeConfig | None = None,
) -> Verdict:
    """Extract the final answer from `response` and grade it against `gold`: extract (the answer comes
    back cleaned), then normalise and compare (`_judge`), once more with number words read as digits
    when that makes an incorrect answer correct. A gold no rule reads whole (a sentence, a table, a case
    analysis) that the reply, or all it says after its last answer marker, states token for token is correct
    and decided (`rule="statement"`; `comparison.prose.same_statement`). `precision` and `tolerance` as in
    `grade_answer`."""
    config = config or _DEFAULT
    tol = _tolerance(tolerance)
    bad_gold = _check_inputs(gold, answer_type, config)
    gold_s = gold if isinstance(gold, str) else repr(gold)
    if bad_gold:
        return Verdict(Status.GOLD_UNPARSEABLE, None, None, bad_gold, gold_s)
    choices = own_labels_dropped(choices)
    letters = _mc_letters(gold, choices, answer_type)
    ctx = Context(config, answer_type, precision, tol)
    v = _grade_read(gold_s, response, choices, letters, ctx)
    truth = (
        _TRUE_FALSE_GOLD_RE.fullmatch(gold_s) if not v.correct and not letters and choices is None else None
    )
    if truth is not None:
        # a gold "True" or "False" makes the question a true-or-false one, as its two options would: "The statement is
        # false.", "True, because 2 + 2 = 4." (each had been taken whole or read by its last number); by the options'
        # text only, never a bare letter (a reply "A" is no truth value)
        denied = _TRUTH_DENIED_RE.fullmatch(response.strip()) if len(response) <= 200 else None
        if (
            denied is not None
        ):  # "This statement is not true.": the other value (the options' reading takes none)
            said = "False" if denied.group(1).lower() == "true" else "True"
            status = Status.CORRECT if said.lower() == truth.group(1).lower() else Status.INCORRECT
            return Verdict(status, said, "whole", f"a truth value denied: {said}", gold_s, guessed=True)
        w = _grade_read("AB"[truth.group(1).lower() == "false"], response, ["True", "False"], "AB", ctx)
        if w.extracted in ("A", "B") and w.rule == "choice_text":
            said = "True" if w.extracted == "A" else "False"
            why = f"{w.reason}; a true-or-false gold, read as its two options: {said}"
            return Verdict(w.status, said, w.rule, why, gold_s, guessed=w.guessed)
    if (v.correct and not v.guessed) or letters or not _statement_gold(gold_s, v):
        return v  # a guessed accept is tried too: the statement reading decides it
    for i, text in enumerate(stated_texts(response, config)):
        if same_statement(gold_s, text):
            # a gold no rule reads whole (a sentence, a table, a case analysis), stated back: what the gold
            # says, said. Decided, not guessed: the text is the whole reply, or all it says after its last
            # answer marker, and it is the gold's own, token for token.
            where = "the reply" if i == 0 else "after its last answer marker, the reply"
            return Verdict(Status.CORRECT, text, "statement", f"{where} states the gold's own text", gold_s)
    return v


_CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _statement_gold(gold: str, v: Verdict) -> bool:
    """A gold the statement reading is tried for: one with words (Latin or CJK), several lines, or one the rules
    do not parse. A bare value's reading is the rules' alone (and its long replies cost no second scan)."""
    return (
        v.status == Status.GOLD_UNPARSEABLE
        or "\n" in gold.strip()
        or has_words(gold)
        or _CJK_RE.search(gold) is not None
    )


def _grade_read(
    gold_s: str, response: str, choices: list[str] | None, letters: str | None, ctx: Context
) -> Verdict:
    """`grade` by the reading rules: extract, then compare (see `grade`)."""
    config = ctx.config
    gold = gold_s
    ext = extract_answer(response, choices=choices, config=config, letters=letters)
    if not ext.found:  # a response the caps reject is unparseable, not silent
        status = Status.PRED_UNPARSEABLE if ext.reason.startswith(TOO_DEEP) else Status.NO_ANSWER
        return Verdict(status, None, None, ext.reason, gold_s)

    parts = None if letters else gold_parts(gold_s)
    if parts is not None:  # a gold of several blanks, one per line: the answer gives each, in order
        usable = _usable(ext.answer, gold_s, config)
        if isinstance(usable, Verdict):
            return Verdict(
                usable.status, usable.extracted, ext.rule, f"{ext.reason}; {usable.reason}", gold_s
            )
        boxes = _final_boxes(response) if ext.rule == "boxed" else []
        if boxes and len(every := find_boxed(response)) == len(parts):  # one box per blank, prose between
            boxes = every
        lines = gold_parts(response) if ext.guessed else None  # a reply of nothing but k answer lines
        given = lines if lines is not None and len(lines) == len(parts) else answer_parts(usable, boxes)
        v = _judge_parts(gold_s, parts, given, usable, ctx)
        return Verdict(
            v.status, v.extracted, ext.rule, f"{ext.reason}; {v.reason}", gold_s, guessed=ext.guessed
        )

    def judged(answer: str) -> Verdict:  # each reading of the answer has its own time limit
        usable = _usable(answer, gold, config)
        if isinstance(usable, Verdict):
            return usable
        return _judge(gold, usable, choices, letters, ctx)

    v = judged(ext.answer)
    if (
        v.correct
        and ext.rule == "math_span"
        and is_prose(gold)
        and (changed := words_changed(gold, response))
    ):
        # a prose gold against a short reply read by its only math span: the reply's own words are part of what
        # it states ("all odd $n \ge 3$" is not "All positive $n \ge 3$"; found by the `statements` property)
        why = f"the reply restates the gold with other words ({', '.join(changed[:3])})"
        return Verdict(Status.INCORRECT, ext.answer, ext.rule, f"{ext.reason}; {why}", gold_s)
    digits = (
        # (without a tail that states no value: "forty-two hours, which is the final answer")
        word_number(plain_view(ext.answer) if "," in ext.answer else ext.answer)
        if v.status in (Status.INCORRECT, Status.PRED_UNPARSEABLE) and not letters
        else None
    )
    if digits is not None and (w := judged(digits)).correct:  # "four" for a gold 4; "三" (no parser reads it)
        v = Verdict(w.status, digits, None, f"number words read as {digits}; {w.reason}", gold_s)
    yes_no = (
        _YES_NO_GOLD_RE.fullmatch(gold_s)
        if v.status in (Status.INCORRECT, Status.PRED_UNPARSEABLE) and not choices
        else None
    )
    said = yes_no_synonym(ext.answer, ["Yes", "No"], "AB") if yes_no is not None else None
    if said is None and yes_no is not None and (ext.guessed or ext.rule == "whole") and len(response) <= 400:
        # "Yes. The value of 2019 is 45.": a short reply's opening (or concluding) yes or no, where a guess had read
        # its last number (as the options Yes / No read it)
        said = yes_no_synonym(drop_closers(response).strip(), ["Yes", "No"], "AB")
    if said is not None:
        # a gold "Yes" or "No" makes the question a yes/no one, as its two options would: "True.", "Absolutely.",
        # "Not at all." say it in other words (each had been rejected without options)
        meant = "Yes" if said == "A" else "No"
        right = meant.lower() == yes_no.group(1).lower()
        v = Verdict(Status.CORRECT if right else Status.INCORRECT, meant, ext.rule,
                    f"{ext.reason}; yes or no in other words: {meant}", gold_s, guessed=ext.guessed)  # fmt: skip
    guessed = ext.guessed
    stated = (
        _stated_list(gold_s, response)
        if v.status in (Status.INCORRECT, Status.PRED_UNPARSEABLE)
        and (ext.guessed or ext.rule == "whole")
        and not letters
        else None
    )
    if stated is not None and ((w := judged(stated)).correct or v.status == Status.PRED_UNPARSEABLE):
        # "The maximum is 3 and the minimum is -1." for a gold list `3, -1`: every clause states one value, and
        # together they are the gold's values (a guess had read the last one alone); a reply no other reading
        # could parse is graded by those values, right or wrong
        v = Verdict(
            w.status, stated, None, f"each clause states one of the gold's values; {w.reason}", gold_s
        )
        guessed = False  # every clause is read, none picked
    unread = v.status in (Status.INCORRECT, Status.PRED_UNPARSEABLE)
    if (
        v.correct
        and not letters
        and _YES_NO_GOLD_RE.fullmatch(gold_s.replace("$", ""))
        and yes_no_taken_back(ext.answer)
    ):
        # "Yes, it isn't.", "No it is.": the elliptical reply after the word says the other ("No. It will." had been
        # the words of "No" restated)
        return Verdict(
            Status.INCORRECT,
            ext.answer,
            ext.rule,
            f"{ext.reason}; the reply opens with a yes or no and then takes it back",
            gold_s,
        )
    lead = _YES_NO_LEAD_RE.match(strip_text_macros(ext.answer)) if unread and not letters else None
    if lead is not None and _YES_NO_GOLD_RE.fullmatch(gold_s.replace("$", "")):
        rest = lead.string[lead.end(1) :]
        other = re.search(r"\bno\b" if lead.group(1).lower() == "yes" else r"\byes\b", rest, re.IGNORECASE)
        other = other or yes_no_taken_back(ext.answer)  # ("Yes, it isn't.")
        if _QUALIFIER_RE.search(rest) or other:
            # "Yes, but only if n is even", "yes and no": the reply qualifies or takes back its opening word
            why = f"the reply opens with '{lead.group(1)}' and then {'qualifies it' if not other else 'takes it back'}"
            v = Verdict(Status.INCORRECT, ext.answer, None, why, gold_s)
        elif (w := judged(lead.group(1))).status in (Status.CORRECT, Status.INCORRECT):
            # "No, it is not." for a gold "No": a short reply that opens with yes or no answers with that word
            # (right or wrong: "No. it is not possible" for a gold "Yes" is a reject, not an unreadable reply)
            v = Verdict(
                w.status, lead.group(1), None, f"the reply opens with '{lead.group(1)}'; {w.reason}", gold_s
            )
    elif (
        (unread or v.status == Status.GOLD_UNPARSEABLE)
        and not letters
        and ext.answer
        and (gold_yn := _yes_no_gold(gold_s)) is not None
    ):
        # "It is impossible." for a gold "No", "Such a coloring exists." for "Yes": what the reply says is possible or
        # exists is its yes or no (it had been compared as math); and a yes or no in Chinese ("不可能。" for "否",
        # "是的，可以。" for "是", either against the other language's gold)
        english = possibility_answer(ext.answer) or elliptical_yes_no(ext.answer)  # (and "It is not.")
        said = english or chinese_yes_no(ext.answer)
        if said is not None:
            words = "in words" if english else "in Chinese"
            why = f"the reply says {said.lower()} {words}, the gold {gold_yn.lower()}"
            v = Verdict(Status.CORRECT if said == gold_yn else Status.INCORRECT, said, None, why, gold_s)
    return Verdict(v.status, v.extracted, ext.rule, f"{ext.reason}; {v.reason}", gold_s, guessed=guessed)


def _yes_no_gold(gold: str) -> str | None:
    """ "Yes" or "No" for a gold that is one (`Yes`, `\\text{No}`, "是", "不存在"), else None."""
    plain = gold.replace("$", "")
    if (english := _YES_NO_GOLD_RE.fullmatch(plain)) is not None:
        return english.group(1).capitalize()
    if plain.isascii():  # (a Chinese yes or no is not ASCII: most golds stop here)
        return None
    return chinese_yes_no(plain) if len(strip_text_macros(plain).strip()) <= 4 else None


def _stated_list(gold: str, response: str) -> str | None:
    """The values a reply of clauses states (`sentences.stated_values`), as a list, when the gold is a bare
    list of values (`3, -1`; not a tuple, an interval, a set, labelled values or relations); else None."""
    if ("," not in gold and "，" not in gold) or re.search(r"[=:<>]|\\[lg]eq?\b|\\[lg]t\b", gold):
        return None  # (a gold of labelled values or relations, `a=2, b=3`, is matched name by name elsewhere)
    cleaned = clean_answer(gold)
    if len(split_top_level(cleaned)) < 2 or cleaned.startswith(("(", "[", "\\{", "\\left")):
        return None
    values = stated_values(response)
    return ", ".join(values) if values is not None else None


def _judge_parts(gold: str, parts: list[str], given: list[str], answer: str, ctx: Context) -> Verdict:
    """A gold of several parts (`forms.gold_parts`) against the parts the answer gives
    (`forms.answer_parts`): correct when there are as many and each equals its gold part in order (a
    blank's answer in another blank is wrong; parts that are all option letters, "C\\nD", are a set of
    options, in any order); otherwise the first part that is a wrong answer decides, else the first that
    could not be compared."""
    if len(given) != len(parts):
        return Verdict(
            Status.INCORRECT,
            answer,
            None,
            f"the gold has {len(parts)} parts, one per line; the answer gives {len(given)}",
            gold,
        )
    if all(re.fullmatch(r"\(?[A-Z]\)?", p) for p in parts):  # option letters ("C\nD"): a set of options
        parts, given = sorted(p.strip("()") for p in parts), sorted(a.strip("()") for a in given)
    uncompared = None  # the first part that could not be compared: it decides only if no part is wrong
    for i, (g, a) in enumerate(zip(parts, given, strict=True), 1):
        v = _judge(g, a, None, None, ctx)
        if v.status == Status.CORRECT:
            continue
        failed = Verdict(
            v.status, answer, None, f"part {i} of {len(parts)} ({a[:40]!r} vs {g[:40]!r}): {v.reason}", gold
        )
        if v.status == Status.INCORRECT:
            return failed
        uncompared = uncompared or failed
    if uncompared is not None:
        return uncompared
    return Verdict(
        Status.CORRECT, answer, None, f"{len(parts)} parts, one per gold line, each equal in order", gold
    )


_YES_NO_LEAD_RE = re.compile(r"\s*(yes|no)\s*[,.;:!—–-]\s*\S", re.IGNORECASE)
# words after "Yes," that qualify it ("Yes, but only if n is even"): the answer is then no plain yes
_QUALIFIER_RE = re.compile(rf"\b(?:{QUALIFIER_WORDS}|when)\b", re.IGNORECASE)
# one sentence that denies a truth value, perhaps with its reason ("This statement is not true.", "It is not false,
# since 3 > 2."); not "It is not true that ...", whose clause is what is denied
_TRUTH_DENIED_RE = re.compile(
    r"(?:(?:so|thus|therefore|hence),?\s+)?(?:the|this|that|it)(?:\s+(?:statement|claim|proposition|assertion))?\s+is\s+"
    r"not\s+(true|false)\b(?:\s*(?:,\s*)?(?:because|since)\b[^.\n]*)?\s*[.!]?",
    re.IGNORECASE,
)
# a gold that is one of two words, perhaps in a text box (`Yes`, `\text{No}`, `True`)
_WORD_GOLD = r"\s*(?:\\text\s*\{{\s*)?({})\s*\}}?\s*\.?\s*"
_TRUE_FALSE_GOLD_RE = re.compile(_WORD_GOLD.format("true|false"), re.IGNORECASE)
_YES_NO_GOLD_RE = re.compile(_WORD_GOLD.format("yes|no"), re.IGNORECASE)


def _tolerance(tolerance: Any) -> float | tuple[float, ...] | None:
    """An absolute tolerance as `Context` holds it: a number, or a tuple with one per gold item (a list of
    one is that number); anything else is a caller's error, said now rather than deep in a comparison."""
    if tolerance is None:
        return None
    values = list(tolerance) if isinstance(tolerance, (list, tuple)) else [tolerance]
    if not values or any(
        isinstance(v, bool) or not isinstance(v, (int, float)) or not v >= 0 for v in values
    ):
        raise ValueError(f"tolerance must be a number >= 0 or a list of them, got {tolerance!r:.100}")
    return float(values[0]) if len(values) == 1 else tuple(float(v) for v in values)


def _request_kwargs(item: dict | GradeRequest) -> dict[str, Any]:
    if isinstance(item, GradeRequest):
        item = {
            "gold": item.gold,
            "response": item.response,
            "choices": item.choices,
            "answer_type": item.answer_type,
            "precision": item.precision,
            "tolerance": item.tolerance,
        }
    if not isinstance(item, dict) or "gold" not in item or "response" not in item:
        raise ValueError(f"grade_batch items need 'gold' and 'response' keys, got {item!r:.200}")
    keys = ("gold", "response", "choices", "answer_type", "precision", "tolerance")
    _check_answer_type(item.get("answer_type"))  # raised here, not in a worker
    return {k: item.get(k) for k in keys}


def _grade_kwargs(kw: dict[str, Any], config: GradeConfig) -> Verdict:
    """One pair, graded inside a worker process by `grade_batch`."""
    return grade(
        kw["gold"],
        kw["response"],
        choices=kw["choices"],
        answer_type=kw["answer_type"],
        precision=kw["precision"],
        tolerance=kw["tolerance"],
        config=config,
    )


# Slack beyond `timeout_s` for a whole pair in a worker: extraction and the transfer of a long response.
_PAIR_SLACK_S = 0.5


def _grade_in_worker(kw: dict[str, Any], config: GradeConfig) -> Verdict:
    """Grade a whole pair in a worker process (so that batches use every core, the pure-Python parts
    included); a pair that overruns is killed with its worker and comes back as a timeout."""
    try:
        return run_bounded(_grade_kwargs, (kw, config), config.timeout_s + _PAIR_SLACK_S)
    except WorkerTimeout:
        status, reason = Status.TIMEOUT, f"grading took over {config.timeout_s}s; worker killed"
    except WorkerError as exc:  # the worker died (out of memory) or failed: reported, never raised
        status, reason = Status.PRED_UNPARSEABLE, f"grading failed in the worker: {exc}"
    gold = kw["gold"] if isinstance(kw["gold"], str) else repr(kw["gold"])
    response = kw["response"] if isinstance(kw["response"], str) else ""
    ext = extract_answer(response, choices=kw["choices"], config=config)
    found = ext.found
    return Verdict(
        status, ext.answer if found else None, ext.rule if found else None, reason, gold, guessed=ext.guessed
    )


def grade_batch(
    items: Iterable[dict | GradeRequest],
    *,
    workers: int | None = None,
    config: GradeConfig | None = None,
    progress: bool = False,
) -> list[Verdict]:
    """Grade many pairs in parallel: each pair is graded whole in one of up to `workers` worker processes
    (default all cores), results in input order, every pair ending within its own `config.timeout_s`
    (plus a little slack for extraction)."""
    config = config or _DEFAULT
    requests = [_request_kwargs(item) for item in items]
    workers = workers or os.cpu_count() or 1
    default_pool().resize(workers)

    def one(kw: dict[str, Any]) -> Verdict:
        return _grade_in_worker(kw, config)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(one, requests)
        if progress:
            from tqdm import tqdm

            results = tqdm(results, total=len(requests), desc="grading", unit="pair")
        return list(results)
