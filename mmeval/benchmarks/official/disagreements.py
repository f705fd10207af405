"""Why rule mode and a published official verdict disagree, read from evidence: the official rule's own
verdict path replayed on the published record, never a default.

Each label names the step of the official path where the two part ways. MathVista's official path is
GPT's `extraction` -> `normalize_extraction` (option letter, else closest option by edit distance;
integer/float/list) -> string compare; MATH-V's is `official_extract` -> `is_equal`. A disagreement
no replayed step explains is `unclassified` (never folded into another kind).
"""

from __future__ import annotations

import re
from typing import Any

from mmeval.benchmarks.official.mathvision import official_correct as mathv_correct
from mmeval.benchmarks.official.mathvista import normalize_extraction
from mmeval.benchmarks.official.mathvista import official_correct as mathvista_correct
from mmeval.verifiers import extract_answer, grade_answer
from mmeval.verifiers.extraction.answer import (
    NEXT_QUESTION_RE,
    before_own_question,
    extract_candidate,
    is_refusal,
)

__all__ = ["classify", "UNCLASSIFIED", "OFFICIAL_ERRORS"]

UNCLASSIFIED = "unclassified"
ROUNDING = "official judge: 2-decimal rounding accepts a different value"
LETTER_NAMED_VARIABLE = "official: a variable named like the gold letter accepted ('x+y=a' read as 'a')"
GPT_OTHER_LETTER = (
    "official: GPT's letter differs from the option the response states by letter and text alike "
    "('The correct answer is (C) 60°', option C = 60°, extracted B)"
)
GPT_REFUSAL_READ = (
    "official: GPT read an option into a reply that declines to answer ('I cannot definitively answer if "
    "X is the maximum' extracted as No)"
)
GPT_CONTINUATION = (
    "official: GPT's extraction is not the answer the response gives before the questions it goes on to make "
    "up (a few-shot continuation: '... The correct option is A. Question: ...' extracted as that question's 595)"
)
GPT_UNSTATED_OPTION = (
    "official: GPT's letter is an option a short reply never mentions, while the reply states another "
    "option's text ('The clock shows 5:30.' extracted as C = 4:30)"
)
# official verdicts that the published record itself shows to be wrong
OFFICIAL_ERRORS = frozenset(
    {ROUNDING, LETTER_NAMED_VARIABLE, GPT_OTHER_LETTER, GPT_CONTINUATION, GPT_UNSTATED_OPTION}
)
_STATED = re.compile(r"\b(?:answer|choice|option)\s*(?:is|:)\s*(?:option\s+)?\(([A-Z])\)")
_STATED_WITH_TEXT = re.compile(
    r"\b(?:answer|choice|option)\s*(?:is|:)\s*(?:option\s+)?\(([A-Z])\)\s*([^\n]*)"
)


def classify(bench: str, record: dict[str, Any], row: dict[str, Any], official_ok: bool) -> str:
    """The kind of one disagreement (`row`: mmeval's rule-mode row; `record`: the published record)."""
    if bench == "mathvista":
        return _mathvista(record, row, official_ok)
    return _mathvision(record, row, official_ok)


def _norm(record: dict[str, Any], extraction: Any) -> str | None:
    return normalize_extraction(
        extraction, choices=record.get("choices"), question_type=record.get("question_type", ""),
        answer_type=record.get("answer_type", ""), precision=record.get("precision"), legacy_integer=True,
    )  # fmt: skip


def _mathvista(record: dict[str, Any], row: dict[str, Any], official_ok: bool) -> str:
    response = str(record.get("response") or "")
    extraction = record.get("extraction")
    ext = str(extraction or "").strip()
    choices = [str(c) for c in record.get("choices") or []]
    letters = [chr(65 + i) for i in range(len(choices))]
    if _from_continuation(record, response, ext, choices):
        return GPT_CONTINUATION
    if ext and len(ext) > 3 and ext not in response and ext.lower() not in response.lower():
        return "official extraction is not in the response (GPT computed or read it elsewhere: executed code, arithmetic)"  # fmt: skip
    if not official_ok and ext in ("", "N/A", "None"):
        return "official: GPT extracted nothing"
    stated = _STATED.findall(response[-400:])
    if choices and stated and stated[-1] in letters and ext in letters and ext != stated[-1]:
        if _states_its_text(response, choices, letters.index(stated[-1])):
            return GPT_OTHER_LETTER
        return "official: GPT's letter differs from the option the response states"
    if ext in letters and _unstated_letter(response, choices, letters.index(ext), row.get("extracted")):
        return GPT_UNSTATED_OPTION
    closest = bool(choices) and ext not in letters + choices and not re.search(r"\([A-Za-z]\)", ext)
    if closest:
        return "official: a non-option extraction mapped to the closest option (edit distance) " + (
            "hit the gold" if official_ok else "missed the gold"
        )
    if ext and ext in letters + choices and is_refusal(response) and not _STATED.search(response[-400:]):
        return GPT_REFUSAL_READ
    if official_ok and row.get("status") in ("no_answer", "pred_unparseable"):
        return "rule: no final answer found in the response"
    mine = row.get("extracted")
    if mine is not None and _norm(record, mine) == _norm(record, extraction):
        return "same answer, different verdict: rule-mode comparison vs the official string compare"
    if mine is not None and mathvista_correct(_norm(record, mine), record.get("answer")) == row.get(
        "correct"
    ):
        return "rule: a different final answer extracted than GPT's"
    return UNCLASSIFIED


def _from_continuation(record: dict[str, Any], response: str, ext: str, choices: list[str]) -> bool:
    """GPT's extraction is not the answer the response gave before going on to questions it makes up: the
    response marks an answer (a marker, a box) before its first made-up question and GPT's extraction,
    normalised as the official code does, is another (or nothing); or, with no marked answer before it,
    GPT's extraction (two or more characters) occurs only after that question starts."""
    found = NEXT_QUESTION_RE.search(response)
    if found is None or found.start() == 0:
        return False
    prefix = before_own_question(response)
    own = extract_answer(prefix, choices=choices or None) if prefix != response else None
    if own is not None and own.answer is not None and not own.guessed and _marked(prefix):
        return _norm(record, own.answer) != _norm(record, ext or None)
    before, after = response[: found.start()], response[found.start() :]
    return len(ext) >= 2 and ext.lower() not in before.lower() and ext.lower() in after.lower()


def _marked(text: str) -> bool:
    """`text` marks an answer: an answer marker ("the answer is", "答案:") or a box."""
    return extract_candidate(text)[1] in ("answer_is", "final_answer", "boxed", "answer_tag")


def _mentions(response: str, option: str) -> bool:
    """`option`'s text occurs in `response` (spaces aside), not as part of a longer number."""
    text, want = re.sub(r"\s+", "", response).lower(), re.sub(r"\s+", "", option).lower()
    return bool(want) and re.search(r"(?<![\d.])" + re.escape(want) + r"(?![\d])", text) is not None


def _unstated_letter(response: str, choices: list[str], index: int, mine: Any) -> bool:
    """A short one-paragraph reply (no option letters in it) states exactly one option's text, rule mode
    read that option, and GPT's letter `index` is an option whose text the reply never mentions: GPT did
    not extract it from the reply ("The clock shows 5:30." read as option C, 4:30)."""
    body = response.strip()
    if not body or len(body) > 300 or "\n" in body or re.search(r"\([A-Z]\)|\b[A-Z]\)", body):
        return False
    mentioned = [i for i, c in enumerate(choices) if _mentions(body, c)]
    letters = [chr(65 + i) for i in range(len(choices))]
    return len(mentioned) == 1 and str(mine) == letters[mentioned[0]] and index != mentioned[0]


def _mathvision(record: dict[str, Any], row: dict[str, Any], official_ok: bool) -> str:
    gold, options = str(record["_gold"]), record.get("_options") or []
    model_answer = str(record.get("model_answer") or "")
    mine = row.get("extracted")
    if official_ok:
        if _rounding_coincidence(model_answer, gold, options):
            return ROUNDING
        if _letter_coincidence(model_answer, gold, record):
            return LETTER_NAMED_VARIABLE
        if row.get("status") in ("no_answer", "pred_unparseable"):
            return "rule: no final answer found in the response"
        if mine is not None and not mathv_correct(str(mine), gold, options):
            return "rule: a different final answer extracted than the official one"
        return "official judge accepts (2-decimal rounding, option text) what rule mode rejects"
    lead = re.match(r"-?\d+(?:\.\d+)?", model_answer)
    if lead and lead.end() < len(model_answer) and mathv_correct(lead.group(0), gold, options):
        return "official: extraction kept a unit or words after the value ('1{cm}', '180\\degree')"
    bare = re.sub(r"\\[()\[\]]|\$", "", model_answer)
    # the value before a closing delimiter the extraction ran past ("2\pi\)inches": "2\pi")
    before = re.split(r"\\[)\]]|\$", model_answer, maxsplit=1)[0]
    if bare != model_answer and (mathv_correct(bare, gold, options) or mathv_correct(before, gold, options)):
        return "official: extraction kept a math delimiter ('25\\pi\\)'): the same answer, not parsed"
    if re.search(r"oxed|\\text|textbf|fbox|\bbf\{", model_answer):
        return "official: extraction kept markup (a boxed or \\text letter garbled)"
    if mine is not None and mathv_correct(str(mine), gold, options):
        return (
            "official: extraction took a different final answer (rule mode's is right by the official judge)"
        )
    if re.fullmatch(r"[A-E]", gold) and mine is not None and not re.fullmatch(r"[A-E]", str(mine)):
        return "an option's value or text instead of its letter: rule mode compares it with the option"
    if mine is not None and str(mine).strip().lower().replace(" ", "") == model_answer.replace(" ", ""):
        return "official judge rejects the same answer (latex2sympy 1.9.1 parse failure)"
    return UNCLASSIFIED


def _rounding_coincidence(answer: str, gold: str, options: list[str]) -> bool:
    """The official judge accepted `answer` only because it rounds both sides to 2 decimals: as exact
    numbers they differ (1/1024 vs 1/900 are both 0.00)."""
    from mmeval.benchmarks.official.mathvision_numeric import numeric_value

    target = options[ord(gold) - ord("A")] if options and re.fullmatch(r"[A-E]", gold) else gold
    a, g = numeric_value(answer.lower()), numeric_value(target.lower())
    if a is None or g is None or round(a, 2) != round(g, 2):
        return False
    if abs(a - g) > 1e-9 * max(1.0, abs(g)):
        return True
    # equal as floats: exactly equal or not? (1/3 for (3^1008 - 1)/3^1009 differs by 3^-1009)
    return grade_answer(target, answer).status.value == "incorrect"


def _letter_coincidence(answer: str, gold: str, record: dict[str, Any]) -> bool:
    """The official extraction kept the right side of an equation whose variable is named like the gold
    letter ("x+y=a" -> "a" == "A")."""
    response = str(record.get("response") or "")
    return answer.lower() == gold.lower() and bool(re.search(rf"=\s*{re.escape(answer)}\b", response[-300:]))


def _states_its_text(response: str, choices: list[str], index: int) -> bool:
    """The last "answer is (X) ..." of `response` goes on with option X's own text ("(C) 60°." for option
    C = 60°): letter and text name the same option, so any other extracted letter is an extraction error."""
    found = _STATED_WITH_TEXT.findall(response[-400:])
    if not found:
        return False
    text = re.sub(r"\s+", "", found[-1][1]).rstrip(".。!")
    option = re.sub(r"\s+", "", choices[index])
    return bool(option) and text == option
