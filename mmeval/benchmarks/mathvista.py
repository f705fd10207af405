"""MathVista (Lu et al., 2024): HF `AI4Math/MathVista`, splits `testmini` (1000, with answers) and `test`
(5141, answers withheld: a run produces the submission file instead of a score).

The official prompt is the dataset's `query` (hint + question + choices). Official scoring maps an
extracted answer to an option/integer/rounded float/list and compares strings (`official/mathvista.py`).
Breakdowns follow the published `scores_*.json`: question_type, answer_type, language, source,
category, task, context, grade and skills (a multi-skill item counts in each of its skills).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from mmeval.benchmarks.base import Benchmark, DatasetError, Item
from mmeval.benchmarks.official.mathvista import infer_integer_rule, normalize_extraction, official_correct
from mmeval.benchmarks.statements import (
    compared_statement,
    is_yes_no,
    opening_new_number,
    option_named_first,
    question_new_number,
    yes_no_statement,
)
from mmeval.judges.readings import stated_value
from mmeval.verifiers import Status, Verdict

__all__ = ["MathVista", "ANSWER_TYPES"]

# (question_type, answer_type) of the dataset -> mmeval.verifiers answer_type
ANSWER_TYPES = {"integer": "integer", "float": "float", "list": "list", "text": "text"}
META_BREAKDOWNS = ("task", "context", "grade", "source", "language", "category")


class MathVista(Benchmark):
    name = "mathvista"
    # 2: rule mode maps a multiple-choice answer to an option the official way when mmeval finds none
    # 3: rule mode reads bold answers, answers on the line after "my answer is:", refusals (no answer),
    #    and drops closing pleasantries before its fallbacks
    # 4: an answer that is no option gives way to an option letter the reply states ("answer is (B)")
    # 5: a yes/no option question answered by restating it ("Periwinkle is not the maximum.") is read
    #    as yes/no (`statements.yes_no_statement`); an empty response is no answer (it was mapped to
    #    the shortest option by the official closest-option rule, a guess); a one-paragraph reply that
    #    names one option in its opening sentence is read as that option (a guess)
    # 6: a yes/no question comparing two counts is answered by the comparison the reply states, in either
    #    order (`compared_statement`); a question fronting its setting is restated by its main clause; a
    #    verb option is named in its -ed/-ing form; a free-form answer the verifier only guessed from a
    #    one-sentence reply is the one value the reply adds to its question (`question_new_number`;
    #    occurrences counted, a range or a value added twice gives none)
    version = "6"
    splits = ("testmini", "test")
    default_split = "testmini"
    hf_path = "AI4Math/MathVista"
    image_fields = ("decoded_image", "image")
    # The integer rule of official mode: the older one (an integer string only) unless the scored file's own
    # records show the newer one (`prepare_official`; see official/mathvista.py `infer_integer_rule`).
    legacy_integer = True

    def load(
        self, split: str | None = None, data: str | Path | None = None, *, require_images: bool = True
    ) -> list[Item]:
        items = super().load(split, data, require_images=require_images)
        if data is not None and items and "query" not in items[0].meta:
            items = _attach_queries(items, Path(data))
        return items

    def needs_image(self, record: dict[str, Any]) -> bool:
        return True  # every MathVista problem has an image

    def to_item(self, record: dict[str, Any], images: list[Any]) -> Item:
        meta = {k: v for k, v in record.items() if k != "decoded_image"}
        multi = record.get("question_type") == "multi_choice"
        return Item(
            id=str(record["pid"]),
            question=str(record["question"]),
            gold=str(record.get("answer") or ""),
            choices=[str(c) for c in record["choices"]] if multi and record.get("choices") else None,
            answer_type="multiple_choice"
            if multi
            else ANSWER_TYPES.get(record.get("answer_type") or "", None),
            precision=_precision(record),
            images=images,
            meta=meta,
        )

    def mm_eureka_query(self, item: Item) -> str:
        return self.official_prompt(item)  # MM-Eureka sends the dataset's `query`

    def official_prompt(self, item: Item) -> str:
        query = item.meta.get("query")
        if not query:
            raise DatasetError(
                f"mathvista item {item.id} has no 'query' (the official prompt); use the HF dataset or put "
                "the official query.json next to the local testmini.json"
            )
        return str(query)

    def score(self, item: Item, response: str) -> Verdict:
        """mmeval's verifiers, then the official-compatible option mapping (`refine_rule_row`)."""
        row = self.refine_rule_row(item, response, super().score(item, response).to_dict())
        return Verdict(Status(row["status"]), row["extracted"], row["rule"], row["reason"], row["gold"],
                       guessed=bool(row.get("guessed")))  # fmt: skip

    def refine_rule_row(self, item: Item, response: str, row: dict[str, Any]) -> dict[str, Any]:
        """A rule-mode verdict row made official-compatible for multiple-choice items: MathVista's
        official scoring maps *any* answer to an option and compares option texts (`_option_rule_row`)."""
        if item.meta.get("question_type") != "multi_choice" or not item.choices:
            return self._new_number_row(item, response, row)
        return _option_rule_row(item, response, row, self.official_prediction)

    def _new_number_row(self, item: Item, response: str, row: dict[str, Any]) -> dict[str, Any]:
        """A free-form item whose answer the verifier only guessed from a one-sentence reply: the one number
        the reply adds to the question (`statements.question_new_number`) is its answer, still a guess
        (`question_new_number`, `guessed`), graded as the verifier grades any answer."""
        if not row.get("guessed") or row.get("status") not in ("correct", "incorrect"):
            return row
        value, rule = question_new_number(item.question, response), "question_new_number"
        if value is None and not stated_value(response, row.get("extracted")):
            # an answer first, then its reasons: the opening sentence that restates the question (not where the
            # reply's last sentence states the verifier's guess: that is its conclusion)
            value, rule = opening_new_number(item.question, response), "opening_new_number"
        if value is None:
            return row
        verdict = super().score(item, value).to_dict()  # the verifier alone, as for any response
        if verdict["status"] not in ("correct", "incorrect"):
            return row
        return {**row, "status": verdict["status"], "correct": verdict["correct"], "extracted": value,
                "rule": rule, "guessed": True,
                "reason": f"{_NEW_NUMBER_WHERE[rule]}; the one number it adds to the question: {value}"}  # fmt: skip

    def prepare_official(self, records: list[dict[str, Any]]) -> dict[str, Any]:
        """Before official mode grades a file: the integer rule that scored it, inferred from its own
        records (stored `prediction` next to `extraction`), set for this instance and returned for the
        results ("integer_rule": legacy/current/undetermined/conflicting, with the deciding ids)."""
        inferred = infer_integer_rule(records)
        self.legacy_integer = inferred.legacy
        return {"integer_rule": inferred.rule, "integer_rule_evidence": list(inferred.evidence[:10]),
                "integer_rule_used": "legacy" if self.legacy_integer else "current"}  # fmt: skip

    def official_score(self, item: Item, extraction: Any) -> bool:
        prediction = self.official_prediction(item, extraction)
        return official_correct(prediction, item.gold)

    def official_prediction(self, item: Item, extraction: Any) -> str | None:
        """The official normalised prediction (the `prediction` field of the published outputs)."""
        return normalize_extraction(
            extraction,
            choices=item.meta.get("choices"),
            question_type=str(item.meta.get("question_type")),
            answer_type=str(item.meta.get("answer_type")),
            precision=item.meta.get("precision"),
            legacy_integer=self.legacy_integer,
        )

    def categories(self, item: Item) -> dict[str, str | list[str]]:
        meta = item.meta.get("metadata") or {}
        cats: dict[str, str | list[str]] = {
            "question_type": str(item.meta.get("question_type")),
            "answer_type": str(item.meta.get("answer_type")),
        }
        for key in META_BREAKDOWNS:
            if meta.get(key) is not None:
                cats[key] = str(meta[key])
        cats["skills"] = [str(s) for s in meta.get("skills") or []]
        return cats


_NEW_NUMBER_WHERE = {
    "question_new_number": "a one-sentence reply",
    "opening_new_number": "the opening sentence of a reply, restating the question",
}


def _precision(record: dict[str, Any]) -> int | None:
    value = record.get("precision")
    if record.get("answer_type") != "float" or value is None:
        return None
    return int(value)


def _attach_queries(items: list[Item], data: Path) -> list[Item]:
    """Local copies of testmini.json carry no `query`; the official query.json beside them does."""
    folder = data if data.is_dir() else data.parent
    path = folder / "query.json"
    if not path.exists():
        return items
    queries = json.loads(path.read_text(encoding="utf-8"))
    return [replace(item, meta={**item.meta, "query": queries.get(item.id)}) for item in items]


# --- rule mode, official-compatible ----------------------------------------------------------------
# The official pipeline has GPT extract an answer and then maps ANY extraction of a multiple-choice item
# to an option: a `(X)` letter, else the option text with the smallest edit distance (so even a refusal
# lands on some option). Rule mode follows that normalisation on top of mmeval's own extraction.

# "the correct answer is (B)", "the correct choice is therefore choice (B)", "the answer is option (C)."
_STATED_LETTER = re.compile(
    r"\b(?:answer|choice|option)\s*(?:is|would be|:)\s*(?:therefore\s+)?(?:choice\s+|option\s+)?"
    r"\(([A-Za-z])\)"
)
_PAREN_LETTER = re.compile(r"\(([A-Za-z])\)")
# mmeval's extraction rules that take an answer without any answer marker in the response
_WEAK_RULES = (None, "whole", "last_line", "last_number", "last_math", "bold")


def _option_rule_row(
    item: Item, response: str, row: dict[str, Any], official_prediction: Any
) -> dict[str, Any]:
    """`row` completed the way MathVista's official rules treat a multiple-choice answer:

    - an option letter mmeval found is graded by its option's *text*, as the official comparison does
      (options may repeat: "18" as both C and D);
    - `official_letter`: a `(X)` letter in mmeval's answer, or, when mmeval's answer came only from a
      fallback rule (no answer marker), a sentence "the answer/choice/option is (X)" in the response;
    - `option_prefix`: the answer starts with one option's text as a whole word ("no, there are ...");
    - `option_equivalent`: the answer is mathematically equal to exactly one option (`1/1024` and
      `\\frac{1}{1024}`), by `mmeval.verifiers.grade_answer`;
    - `yes_no_statement`: options yes/no and a reply that restates the question, negated or not
      (`statements.yes_no_statement`);
    - `option_named_first` (guessed): the one option a one-paragraph reply names in its opening sentence;
    - `empty_response`: an empty response is no answer;
    - `official_closest_option`: a fallback, the official closest-option mapping applied to the text
      the official extractor would most likely have returned (mmeval's answer, else the last line);
      also for a short reply whose option mmeval read from inside a sentence (`_option_inside_sentence`)
      and for a reply that declines to answer (the official extractor returns that sentence or "N/A").
    """
    from mmeval.verifiers import extract_answer

    if row.get("status") == "error":
        return row
    if not (response or "").strip():
        return _empty(row)
    choices = item.choices or []
    letters = [chr(ord("A") + i) for i in range(len(choices))]
    extracted = row.get("extracted")
    has_letter = isinstance(extracted, str) and extracted.strip() in letters
    plain = extract_answer(response or "")  # without the options: which rule found the answer
    named = _last_match(_STATED_LETTER, response or "")  # "the correct answer is (B)", anywhere
    stated = named if plain.rule in _WEAK_RULES else None
    if stated and stated.group(1).upper() in letters and stated.group(1).upper() != extracted:
        return _mapped(item, row, stated.group(1).upper(), "official_letter", "option letter stated")
    if has_letter:
        sentence = _option_inside_sentence(plain, str(extracted).strip(), choices, row.get("rule"))
        if sentence is not None:
            return _statement(item, response, row) or _fallback(item, row, sentence, official_prediction)
        return _mapped(item, row, str(extracted).strip(), str(row.get("rule")), str(row.get("reason")))
    answer = str(extracted).strip() if extracted is not None else ""
    found = _PAREN_LETTER.search(answer) or stated
    if found:
        letter = found.group(1).upper()
        if letter in letters:
            return _mapped(item, row, letter, "official_letter", f"option letter ({letter}) in the answer")
        return _fallback(item, row, letter, official_prediction)
    option = _option_prefix(answer, choices) or _option_equivalent(answer, item)
    if option is not None:
        rule, index = option
        return _mapped(item, row, letters[index], rule, f"answer {answer[:60]!r} is option {choices[index]!r}")  # fmt: skip
    # An answer that names no option (a boxed 82 beside options 45/49/90/98) loses to an option the
    # reply states outright ("The correct answer is (B)"), as a reader or the official extractor reads it.
    if answer and named and named.group(1).upper() in letters:
        letter = named.group(1).upper()
        return _mapped(item, row, letter, "official_letter", f"{answer[:40]!r} is no option; option ({letter}) stated")  # fmt: skip
    reading = _statement(item, response, row)
    return reading or _fallback(item, row, answer or _last_line(response), official_prediction)


def _statement(item: Item, response: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """`yes_no_statement`: a yes/no option question answered by restating it ("Periwinkle is not the
    maximum."), read as that option; `option_named_first` (a guess): the one option a one-paragraph
    reply names in its opening sentence. None when the reply gives no such reading, or declines."""
    from mmeval.verifiers.extraction.answer import is_refusal

    choices = item.choices or []
    if is_refusal(response):
        return None
    if not is_yes_no(choices):
        index = option_named_first(choices, response, item.question)
        if index is None:
            return None
        return _mapped(item, {**row, "guessed": True}, chr(ord("A") + index), "option_named_first",
                       f"the reply's opening sentence names option {choices[index]!r}")  # fmt: skip
    said = yes_no_statement(item.question, response)
    rule, why = "yes_no_statement", "the reply restates the question"
    if said is None:
        said = compared_statement(item.question, response)
        rule, why = "compared_statement", "the reply compares the two counts asked about"
    if said is None:
        return None
    letter = chr(ord("A") + [c.strip().lower() for c in choices].index(said))
    return _mapped(item, {**row, "guessed": False}, letter, rule, f"{why}: {said!r}")


def _empty(row: dict[str, Any]) -> dict[str, Any]:
    """An empty response: no answer in rule mode (nothing for a rule to read). The official code returns
    an empty extraction for it, which its scorer maps to the shortest option; the published files instead
    hold GPT's guess from the question alone. Rule mode credits neither guess; the cascade still sends it
    to its judge (`judges.policy`), so a cascade score stays comparable with the official one."""
    return {**row, "status": "no_answer", "correct": False, "extracted": None, "rule": "empty_response",
            "guessed": False, "reason": "empty response: no answer"}  # fmt: skip


def _option_inside_sentence(plain: Any, letter: str, choices: list[str], rule: Any) -> str | None:
    """The reply when mmeval took an option's text from *inside* a whole short reply with no answer
    marker ("does not provide enough information" -> "no"): such a reply states no option, so it goes
    to the official mapping like any other answer without one. None when this does not apply (the
    option's text is said as a word, a `(X)` letter is given, or mmeval took a marked answer)."""
    text = (plain.answer or "").strip()
    if rule != "choice_text" or plain.rule != "whole" or _PAREN_LETTER.search(text):
        return None
    option = choices[ord(letter) - ord("A")].strip().lower()
    said = re.search(r"(?<!\w)" + re.escape(option) + r"(?!\w)", text.lower())
    return None if said else text


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text[-2000:]))
    return matches[-1] if matches else None


def _last_line(response: str) -> str:
    lines = [line.strip() for line in (response or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _option_prefix(answer: str, choices: list[str]) -> tuple[str, int] | None:
    """The one option whose text opens `answer` followed by punctuation ("no, there are not ...")."""
    low = re.sub(r"^(?:definitely|clearly|certainly|probably|simply)\s+", "", answer.lower())
    hits = [
        i
        for i, c in enumerate(choices)
        if c.strip() and re.match(re.escape(c.strip().lower()) + r"(?:[,.;:!]|$)", low)
    ]
    return ("option_prefix", hits[0]) if len(hits) == 1 else None


def _option_equivalent(answer: str, item: Item) -> tuple[str, int] | None:
    """The one option mathematically equal to `answer` (only for short, math-looking answers)."""
    from mmeval.verifiers import grade_answer

    if not answer or len(answer) > 60 or not re.search(r"\d", answer):
        return None
    hits = [
        i for i, c in enumerate(item.choices or []) if re.search(r"\d", c) and grade_answer(c, answer).correct
    ]
    return ("option_equivalent", hits[0]) if len(hits) == 1 else None


def _mapped(item: Item, row: dict[str, Any], letter: str, rule: str, why: str) -> dict[str, Any]:
    ok = official_correct(item.choices[ord(letter) - ord("A")], item.gold)  # type: ignore[index]
    status = "correct" if ok else "incorrect"
    if rule == row.get("rule") and ok == row.get("correct"):
        return row
    return {**row, "status": status, "correct": ok, "extracted": letter, "rule": rule,
            "reason": f"{why}; option {letter} graded by its text, as the official rules do"}  # fmt: skip


def _fallback(item: Item, row: dict[str, Any], text: str, official_prediction: Any) -> dict[str, Any]:
    """The official closest-option mapping of `text`; marked as a fallback so users can filter it."""
    option = official_prediction(item, text)
    ok = official_correct(option, item.gold)
    letter = chr(ord("A") + item.choices.index(option)) if option in (item.choices or []) else None
    return {**row, "status": "correct" if ok else "incorrect", "correct": ok, "extracted": letter,
            "rule": "official_closest_option", "guessed": True,
            "reason": f"fallback mapping: no option found; the official closest-option rule maps "
                      f"{text[:60]!r} to {option!r}"}  # fmt: skip
