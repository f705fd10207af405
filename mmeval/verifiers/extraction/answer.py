r"""Find the final answer in a model response, and name the rule that found it.

Before any rule: chat-template leftovers end the response (`strip_chat_template`), closing pleasantries
are dropped, and a response nested deeper than the caps is not read (no fallback either).
Rules, strongest first: `answer_tag` (`<answer>...</answer>`, MM-Eureka's format), `boxed` (the
`\boxed{}`/`\fbox{}` answers), `final_answer` ("final answer: ..."), `answer_is` ("the answer is ...",
"my answer is:" with the answer on the next line, 答案是, "la réponse est"; a sentence naming the
quantity first gives its value: `sentences.quantity_value`), then the fallbacks: `conclusion` (the value
after a closing 所以/因此), `bold` (a markdown-bold number), `math_span` (a short reply's only math),
`sentence_number` (the count or only number a one-sentence reply states), `whole` (a short one-line
response), `last_line` (a last line that is display math), `last_math` (the inline math holding the last
number) and `last_number` (the fallbacks' readers are in `fallbacks.py`). A response that declines to
answer ("the question does not provide enough information") or is a program, and has no anchor, gives no
answer (`is_refusal`, `sentences.is_program`). For multiple choice the found text is mapped to an option
letter (`choice_letter`) or, when it is an option's text, to that option's letter (`choice_text`).
Every answer a fallback picked is marked `guessed` (`_is_guess`; see `Extraction.guessed`).

All scans are linear regexes or hand loops over a response already capped at
`GradeConfig.max_response_chars`; nothing here parses mathematics.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction

from mmeval.verifiers.extraction.choices import (
    RETRACTION_AFTER_RE,
    letter_with_its_text,
    letter_with_reason,
    letters_for,
    match_choice,
    own_labels_dropped,
    whole_option_text,
)
from mmeval.verifiers.extraction.fallbacks import (
    MATH_WORDS,
    NUMBER_RE,
    PROSE_RE,
    REFUSAL_REASON,
    SENTENCE_END_RE,
    bold_number,
    chinese_lead_in,
    conclusion_value,
    drop_connective,
    first_number,
    is_refusal,
    last_match,
    last_math_clause,
    last_number,
    last_sentence,
    math_tail,
    one_number_sentence,
    opening_value,
    prose_in_math,
    prose_words,
    span_of_last_number,
)
from mmeval.verifiers.extraction.labels import labelled_items, numbered_parts, word_label
from mmeval.verifiers.extraction.normalize import (
    _BOX_RE,
    CJK_CHARS,
    VALUE_WORDS_AFTER,
    VULGAR_FRACTIONS,
    _read_group,
    clean_answer,
    find_boxed,
    lost_escapes,
    plain_spaces,
    strip_text_macros,
    subscript_digits,
    superscript_powers,
)
from mmeval.verifiers.extraction.numbers import parse_number
from mmeval.verifiers.extraction.sentences import (
    _NEGATION_RE,
    CIRCUMSTANCE,
    NO_VALUE_AFTER,
    REASON_AFTER_RE,
    REASON_WORDS,
    REJECTING_WORDS,
    RESULT_VERBS,
    SCALE_WORDS,
    STATED_BEFORE_RE,
    TOTAL_WORDS,
    ZH_NUMERAL,
    after_reasoning,
    arithmetic_value,
    bound_before,
    box_tokens,
    chinese_sentence_number,
    final_channel,
    is_program,
    mixed_words_as_vulgar,
    offers_alternatives,
    plain_relation_tail,
    plain_value_tail,
    plain_view,
    predicate_value,
    quantity_value,
    ratio_in_words,
    relation_in_signs,
    sentence_number,
    single_math_span,
    stated_list,
    strip_chat_template,
    too_deep,
    value_at_condition,
    value_before_tail,
    value_denied,
    word_number,
)
from mmeval.verifiers.extraction.units import CJK_UNIT, GENERIC_UNIT, compound_quantity, unit_of
from mmeval.verifiers.verdict import Extraction, GradeConfig

__all__ = [
    "drop_closers",
    "extract_answer",
    "extract_candidate",
    "first_number",
    "is_refusal",
    "last_number",
    "stated_texts",
]

# Rules that pick an answer without an anchor in the text: their verdicts are marked `guessed` (so is
# `whole` when the reply taken whole is a sentence, and an option mapped from such an answer).
GUESS_RULES = frozenset(
    {"last_number", "last_math", "last_line", "bold", "sentence_number", "conclusion", "first_line"}
)
# the fallbacks whose reading may be a line of Chinese words leading in to its math (an anchored reading's
# words are what the reply states after its marker, and are read by `quantity_value`)
_LEAD_IN_RULES = GUESS_RULES | {"whole", "math_span"}
TOO_DEEP = "brackets nested deeper than the caps allow"

# MM-Eureka's `<answer>` block, and LLaVA-CoT's `<CONCLUSION>` (its stages: SUMMARY, CAPTION, REASONING, CONCLUSION)
_TAG_RE = re.compile(r"<(?:answer|conclusion)>(.*?)(?:</(?:answer|conclusion)>|$)", re.DOTALL | re.IGNORECASE)
# "#### 5": the final-answer line of GSM8K's solutions, which models trained on them write too (a value
# after it, a vulgar fraction `½` included: "#### Step 1" is a markdown heading)
# (spaces, not `\s*`, after "final answer": a newline taken into the marker had left a display block that opens
# the next line ("### Final Answer\n$$\n12\n$$") to be read as its first `$$`)
# a line that opens with "Final:" and a short answer after it ("Final: (C)", "**Final:** 42", "**Final**: 42") is the
# same marker (the colon written right after the word: the scan's prefilter then needs "final:", not "final")
_FINAL_RE = re.compile(
    r"final\s+answer[ \t]*(?:is|:|：|=)?|^[ \t]*####[ \t]*(?=[-−+$\\\d.(\u00bc-\u00be\u2150-\u215e])"
    r"|^[ \t]*(?:\*\*)?final(?::|\*\*:)(?:\*\*)?(?=[ \t]*\S[^\n]{0,40}$)",
    re.IGNORECASE | re.MULTILINE,
)
_ANSWER_IS_RE = re.compile(
    r"(?:(?:the|my|our)\s+(?:(?:correct|best|right|most\s+likely|likely|most\s+appropriate)\s+)?answer"
    r"(?:\s+to\s+(?:the|this|your)\s+(?:question|problem))?\s*(?:is|should\s+be|would\s+be|will\s+be|=)"
    r"|\bthe\s+(?:correct|right|best)\s+(?:option|choice)(?:\s+letter)?\s*(?:is|would\s+be)(?=\s*:?\s*(?:\*\*)?\(?[A-Z]\b)"
    r"|\b(?:my|our)\s+(?:final\s+)?(?:answer|response|choice)\s*[:：]|\banswer\s*[:：]|答案(?:应该|应当|应)?(?:是|为|:|：)|【答案】"
    # "故选：C", "所以选 B", "因此选项为 A" ("so choose ..."), never "故选项A错误" ("so option A is wrong")
    r"|(?:故|所以|因此|因而|即|则|应)选(?:择|项\s*(?:为|是))?\s*[:：]?(?=\s*[（(【]?\s*[A-Z](?:[、,，\s]*[A-Z]){0,4}(?![A-Za-z]))"
    r"|\bla\s+r[ée]ponse\s+(?:finale\s+)?(?:est|sera)|\bla\s+respuesta\s+(?:final\s+)?es"
    r"|\bdie\s+(?:richtige\s+)?antwort\s+(?:ist|lautet)|\bantwort\s*[:：])",
    re.IGNORECASE,
)
# "the answer is" in Portuguese, Italian, Russian, Vietnamese, Japanese and Korean, and the Chinese label "答：" (the
# Japanese and Korean close the answer with a copula, `_COPULA_END_RE`: "答えは12です。", "답은 12입니다."). Each is
# written with a letter outside ASCII (é, è, Cyrillic, đ, kana, hangul, 答), so this regex scans only a reply that has
# one (`_markers`): in `_ANSWER_IS_RE`, "resposta" put `r` + `e` in front of the marker scan's first-characters
# filter, which English passes everywhere, and the scan of every MathCheck reply took half as long again.
_FOREIGN_ANSWER_RE = re.compile(  # (case-sensitive, capitals spelled out: `scan` then skips a reply with none
    # of its words, where a case-insensitive regex must scan every reply that is not ASCII, "Janet’s" included)
    r"\b[Rr]esposta\s+(?:final\s+|correta\s+)?(?:é|será)|\b[Ll]a\s+risposta\s+(?:finale\s+|corretta\s+)?(?:è|sarà)"
    # (or "ответ" right before a value: "Следовательно, ответ 12.")
    r"|\b[Оо]твет(?:\s*(?:[:：]|[—–]|равен|будет|составляет)|(?=[ \t]+[-−$\\\d]))|\b[Đđ]áp\s+án\s*(?:là|[:：])"
    # ("答：" after a sentence's end, a clause's comma or semicolon, or a line break: the label "answer:" that closes
    # a working, "3 + 4 = 7。答：12", "因为 3 + 4 = 7，答：12"; never inside a word: "回答：", "解答：". Here, not in
    # `_ANSWER_IS_RE`: a comma or a line break first would let its scan's filter stop after every comma of English)
    r"|[。！？，；,;\n][ \t]*答[:：]"
    r"|(?:答え|解答|正解)\s*(?:は|[:：])|\b(?:정답|답)(?:[은는:：]| [:：])|\b[Rr]éponse\s*[:：]"  # (French "Réponse :")
)


_ASCII_MARKERS = ((_FINAL_RE, "final_answer"), (_ANSWER_IS_RE, "answer_is"))


# "Answer" as a markdown heading on a line of its own ("## Answer", "**Answer**"), the answer on the lines after it,
# or set in bold before its colon ("**Answer**: 5"): both had been read by the reply's last number, a guess
_ANSWER_HEADING_RE = re.compile(
    r"\banswer[ \t]*(?:\*\*|__)[ \t]*[:：]|(?:^|(?<=\n))[ \t]*(?:#{1,6}[ \t]*(?:\*\*)?|\*\*)answer(?:\*\*)?[ \t]*(?=\n)",
    re.IGNORECASE,
)


# "Answer = 5", "Ans = 5": capitalised (a program's `answer = compute()` is no marker), so in a regex of its own
# (`_ANSWER_IS_RE` ignores case, and a scoped flag would hide its first characters from `scan`'s filter)
_ANSWER_EQUALS_RE = re.compile(r"\b(?:Answer|ANSWER|Ans|ANS)[ \t]*=(?![=<>])")


def _markers(text: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The answer-marker regexes to scan `text` with, and the rule each gives (the heading regex only behind two
    substring tests: most replies have no markdown around an "Answer")."""
    # (`isascii` is O(1) in CPython: a string knows whether it is ASCII)
    markers = _ASCII_MARKERS if text.isascii() else (*_ASCII_MARKERS, (_FOREIGN_ANSWER_RE, "answer_is"))
    if ("nswer*" in text or "NSWER*" in text or "# " in text) and ("nswer" in text or "NSWER" in text):
        markers = (*markers, (_ANSWER_HEADING_RE, "answer_is"))
    if "=" in text and ("Ans" in text or "ANS" in text):
        markers = (*markers, (_ANSWER_EQUALS_RE, "answer_is"))
    return markers


# the copula a Japanese or Korean answer sentence ends with: "12です", "12입니다" (not part of the answer)
_COPULA_END_RE = re.compile(
    r"(?<=\S)\s*(?:です|でした|になります|となります|である|입니다|이다|이에요|예요)\s*[。.!！]?\s*$"
)
_STEP_RE = re.compile(r"(?:step|first|let|we|to|since|given)\b|\d+[.)]\s|[-•]\s", re.IGNORECASE)


# the heading of the section after an answer on its line ("Answer: (B) Explanation: ...", "12 Reason: ...")
_SECTION_AFTER_RE = re.compile(
    r"\s(?:\*\*)?(?:explanation|reason(?:ing)?|rationale|justification|note|solution|steps?)(?:\*\*)?\s*[:：]",
    re.IGNORECASE,
)


def _sentence(text: str) -> str:
    """The text up to the end of its first sentence or line, or to the next bracketed heading ("【答案】B【解析】...":
    the answer section ends where the explanation's begins), or to a section heading ("(B) Explanation: ...")."""
    m = SENTENCE_END_RE.search(text)
    end = m.start() if m else len(text)
    heading = text.find("【", 1, end)
    if heading < 0 and ":" in text[:end] and (section := _SECTION_AFTER_RE.search(text, 0, end)) is not None:
        heading = section.start() if section.start() > 0 else -1
    return text[: heading if heading > 0 else end]


_NAMED_FIRST_RE = re.compile(
    r"\s*(?:的[^。，,\n]{0,10}?)?(?:is|are|was|equals?|measures|has|est|es|ist|vaut|=|是|为|等于)(?:\s|$|\d)"
)
# one math span, the whole candidate
_WHOLE_SPAN_RE = re.compile(r"\$[^$]+\$|\\\((?:(?!\\\)).)+\\\)", re.S)
_EQUALS_WORD_RE = re.compile(r"\s+equals?\s+")
_DIGIT_RE = re.compile(r"\d")


# math spans joined as one list on one line: `$1$, $2$ and $3$`, `$x=1$ or $x=2$`, `$$4$$,$$6$$ $$-4$$,$$0$$`
_ONE_SPAN = r"(?:\$\$[^$\n]+\$\$|\$[^$\n]+\$|\\\((?:(?!\\\)).)+\\\))"
_SPAN_JOIN = (
    r"[ \t]*(?:,|;|，|、|&)?[ \t]*(?:(?:and|or|und|et|ou|或|和)[ \t]+)?"  # what may stand between two of them
)
_SPAN_LIST_RE = re.compile(rf"{_ONE_SPAN}(?:{_SPAN_JOIN}{_ONE_SPAN})+")

_ONE_SPAN_RE = re.compile(_ONE_SPAN)
_SPAN_JOIN_RE = re.compile(_SPAN_JOIN)


_LISTED_VALUE_RE = re.compile(r"\d|\\pi(?![A-Za-z])|π")


def _listed_values(run: str) -> bool:
    """Whether joined math spans list values: each a value with a digit or pi (`$5$ or $-2$`), or each the same name
    given one (`$x=5$ or $x=-2$`). Bare values joined by "or" are a list too: one value restated (`$\\frac{4}{10}$
    or $\\frac{2}{5}$`) is graded as that value, two different ones as a hedge, never as the last alone. "or" between
    different names joins a restatement (`$3x=58$ or $x=\\frac{58}{3}$`), "and" two quantities (`$h=7$ and
    $K=29$`): not lists."""
    inner = [
        m.group(0).strip("$").replace("\\(", "").replace("\\)", "").strip()
        for m in _ONE_SPAN_RE.finditer(run)
    ]
    if any(not _LISTED_VALUE_RE.search(x) for x in inner):  # (pi is a value: `$\pi$ and $2\pi$`)
        return False
    names = {x.split("=", 1)[0].strip() if x.count("=") == 1 else None for x in inner}
    if names == {None}:
        return True
    if None not in names and len(names) == len(inner) > 1:
        # `$x_1=3$ and $x_2=2$`: one letter with the roots' numbered subscripts names one unknown's values, a list
        # (its last value, 2, had been the reply's answer: correct for 2)
        indexed = [_INDEXED_NAME_RE.fullmatch(name) for name in names]
        if all(indexed) and len({m.group(1) for m in indexed if m}) == 1:
            return True
    return (
        len(names) == 1
        and None not in names
        and bool(re.fullmatch(r"[A-Za-z](?:_\{?\w+\}?)?", next(iter(names))))
    )


_INDEXED_NAME_RE = re.compile(r"([A-Za-z])_\{?\d\}?")


def _closing_span_list(line: str) -> str | None:
    """The math spans joined as one list that end `line` ("Therefore, $x=5$ or $x=-2$."), two or more, or None.
    Written as a walk back over the line's spans, not as `_SPAN_LIST_RE` anchored at the end: its optional
    separators let a span match the text between two others, and a failed search backtracks exponentially."""
    spans = list(_ONE_SPAN_RE.finditer(line))
    if not spans or line[spans[-1].end() :].strip(" \t.。") != "":
        return None
    first = len(spans) - 1
    while first > 0 and _SPAN_JOIN_RE.fullmatch(line[spans[first - 1].end() : spans[first].start()]):
        first -= 1
    return line[spans[first].start() : spans[-1].end()] if first < len(spans) - 1 else None


# after a math span, nothing but bare values separated by commas to the end of the line ("$\frac{1}{3}$ , 0.")
_LIST_TAIL_RE = re.compile(r"((?:[ \t]*[,;，][ \t]*[-−]?\d+(?:\.\d+)?)+)[ \t]*[.。]?[ \t]*(?:\n|$)")
_MATH_AFTER = frozenset("πθα∞√+-−*/^=×÷·")
_MATH_PAIRS = (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]"))  # `$$` before `$`


# a word between the marker and the answer: "the answer is therefore $262$", "is thus", "is clearly 2"
_CONNECTIVE_RE = re.compile(
    r"^(?:therefore|thus|hence|then|so|clearly|simply|just|obviously|indeed|actually|now|exactly|precisely"
    # (the model's own certainty, not a reading's: "the answer is likely 5" states 5)
    r"|(?:most\s+)?likely|probably|definitely|certainly|surely|presumably)"
    r"\b[,:]?[ \t]*",
    re.IGNORECASE,
)
# a word that says how plain the answer is, then a colon: "the answer is clear: 3", "is simple: 3", "is as follows:"
# (a word, not a value: an option letter "A: 4" or a "yes: ..." keeps its colon); or that it was checked: "The
# answer is correct: 12", "is confirmed: 12"
_PLAIN_COLON_RE = re.compile(
    r"^(?:clear|simple|obvious|evident|apparent|straightforward|easy|as\s+follows|the\s+following|this|below"
    r"|given\s+below|shown\s+below|correct|right|confirmed|verified|final)[ \t]*[:：][ \t]*",
    re.IGNORECASE,
)
# a marker that ends its line, then display math on the lines after it (blank lines allowed)
# (or a fenced block of text, "Answer:\n\n```\n12\n```"; a fence that names a programming language holds a program, no
# answer)
_DISPLAY_NEXT_RE = re.compile(
    r"[ \t]*\n\s{0,20}?(?:\$\$([^$]{1,1000}?)\$\$|\\\[((?:(?!\\\]).){1,1000}?)\\\]"
    r"|```(?:text|plaintext|latex|math)?[ \t]*\n([^`]{1,200}?)\n[ \t]*```)",
    re.S,
)


# words in brackets between a marker and its colon or "is": what the answer is in, or how it was got ("Final answer
# (in cm): 12", "**Final Answer (verified):** 12", "Final answer (rounded to 2 d.p.) is 3.14"); words, not a label
# ("Final answer (a): 12" answers part (a), "(B): 12" names an option: both kept as they are)
_MARKER_ASIDE_RE = re.compile(
    r"[ \t]*\((?=[^()\n]*?[a-z]{2})[^()\n]{1,60}\)(?=[ \t]*(?:\*\*)?[ \t]*(?:[:：=]|is\b))[ \t]*(?:\*\*)?[ \t]*(?:is\b|=)?"
)


# a text macro still open where an answer marker starts (`\textbf{Final Answer:} 12`, `\text{The answer is } 12`)
_OPEN_TEXT_MACRO_RE = re.compile(r"\\(?:text(?:bf|it|rm|sf)?|mathrm|mathbf|mbox|emph)\s*\{[^{}]*$")


def _answer_after(match: re.Match[str], text: str) -> str:
    """The answer text after an anchor: inline math, a box, or the rest of the sentence; an anchor that
    ends its line ("my answer is:") takes a short next line ("B")."""
    rest = text[match.end() :]
    # "Final answer (in cm): 12": the words in brackets say what the value is in
    if rest[:3].lstrip(" \t").startswith("(") and (aside := _MARKER_ASIDE_RE.match(rest)) is not None:
        rest = rest[aside.end() :]
    rest = rest.lstrip(" \t:：")
    # "Final answer: **12** squares": the bold that opens the answer closes inside it
    if rest.startswith("*"):
        stars = len(rest) - len(rest.lstrip("*"))
        rest = rest[stars:].lstrip(" \t:：")  # ("**The answer is:** \n\n(E) ...": the line after)
        close = rest.find("*" * stars) if stars <= 3 else -1
        if 0 < close < 200 and "\n" not in rest[:close]:
            rest = rest[:close] + rest[close + stars :]
    if rest.startswith("}") and _OPEN_TEXT_MACRO_RE.search(text, max(0, match.start() - 40), match.start()):
        rest = rest[1:].lstrip(" \t:：*")  # `\textbf{Answer:} 12`: the marker was set in a text macro
    rest = _CONNECTIVE_RE.sub("", rest, count=1)
    if ":" in rest[:24] or "：" in rest[:24]:
        rest = _PLAIN_COLON_RE.sub("", rest, count=1)
    if rest.startswith(("\n", "\r")):
        display = _DISPLAY_NEXT_RE.match(rest)
        if display is not None:  # "the final answer is\n\n$$\n\frac{505}{8076}\n$$": the display it opens
            return display.group(1) or display.group(2) or display.group(3)
        rest = _next_line_answer(rest)
    # keep math whole, periods inside included; display math `$$...$$` / `\\[...\\]` closes with its own
    # pair, not with the second `$` of `$$`
    end_tok = next((close for opening, close in _MATH_PAIRS if rest.startswith(opening)), None)
    if end_tok is not None:
        close = rest.find(end_tok, 1 if end_tok == "$" else 2)
        after = rest[close + len(end_tok) : close + len(end_tok) + 1] if close > 0 else ""
        named_first = _NAMED_FIRST_RE.match(rest[close + len(end_tok) :])  # "\\( S \\) equals 36"
        # the math goes on after the span ("$x = $200", "$\\frac{2}{3}$π"): not cut there
        goes_on = after.isdigit() or after in _MATH_AFTER
        if close > 0 and "\n" not in rest[:close] and not goes_on and not named_first:
            run = _SPAN_LIST_RE.match(rest)  # "$1$, $2$ and $3$": the answer is the list, not its first item
            if run is None and (more := _LIST_TAIL_RE.match(rest, close + len(end_tok))) is not None:
                # "$\frac{1}{3}$ , 0.": bare values after the span close the line: all one list
                return rest[: more.end(1)]
            span_end = close + len(end_tok)
            unit = _sentence(rest[span_end:]).rstrip(" .") if run is None else ""
            if unit and len(unit) <= 30 and unit_of(rest[:span_end] + unit) is not None:
                # "$93.0$ N m.", "$\frac{9}{4}$m": a unit after the math, outside it, is the value's unit
                return rest[:span_end] + unit
            return run.group(0) if run else rest[: close + len(end_tok)]
    boxed = find_boxed(rest[:2000])
    if boxed:
        return boxed[-1]
    return _sentence(rest)


_RULE_LINE_RE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")  # a markdown horizontal rule
# A chat reply's closing pleasantries ("I hope this helps!", "Is there anything else I can help you with?")
_CLOSER_RE = re.compile(
    r"\s*(?:I hope (?:this|that|it)\b|(?:Please )?let me know\b|Is there anything else\b|Feel free to\b"
    r"|Do you (?:have|want)\b.{0,40}\b(?:other|more|another) (?:questions?|requests?)\b|Anything else\b).{0,150}$",
    re.IGNORECASE,
)


# the options not chosen, dismissed ("The other options are wrong.", "All other choices are incorrect.")
_OTHERS_DISMISSED = (
    r"(?:so\s+|thus\s+)?(?:all\s+)?(?:the\s+)?others?(?:\s+(?:options|choices|answers))?\s+(?:are|is)\s+"
    r"(?:all\s+)?(?:wrong|incorrect|not\s+correct|ruled\s+out|eliminated)"
)
# a closing remark on a line of its own that names no answer: a note ("Note that option A is a common mistake.", "(The
# figure is not drawn to scale.)"), the precision ("(Rounded to 2 decimal places.)"), a dismissal of the options not
# chosen ("The other options are wrong."), a confirmation ("The answer is confirmed."); each had been read as the
# reply's answer, or had hidden the line before it that names one
_REMARK_LINE_RE = re.compile(
    r"\s*(?:\((?![^()]*(?:\d|answer|solution|result|final|option|choice|\b[A-Z]\b))[^()]{3,120}\)"
    r"|\(\s*(?:rounded|correct|accurate)\s+to\b[^()]{0,60}\))\s*\.?\s*"
    r"|\s*(?:\*\*)?(?:Note|N\.B\.|Remark)\b(?:\*\*)?\s*(?:that\b|:)?(?![^\n]*\b(?:answer|solution|result|final)\b)"
    r"[^\n]{0,150}"
    rf"|\s*{_OTHERS_DISMISSED}\s*[.!]?\s*"
    r"|\s*(?:the|this|my|our)\s+answer\s+(?:is|has\s+been)\s+(?:indeed\s+|also\s+)?(?:confirmed|verified|checked)"
    r"\s*[.!]?\s*"
    # (a check that names no value or option: "This matches the expected result.", "That is consistent with the figure.")
    r"|\s*(?:this|that)\s+(?:matches|agrees\s+with|is\s+consistent\s+with|checks\s+out)"
    r"(?![^\n]*(?:\d|\b[A-Z]\b|option|choice|answer))[^\n]{0,80}",
    re.IGNORECASE,
)


# where a pleasantry starts after the answer's sentence on the same line
_CLOSER_AFTER_RE = re.compile(
    r"(?<=[.!?。])[ \t]+(?=I hope (?:this|that|it)\b|(?:Please )?let me know\b|Feel free to\b|Is there anything else\b)",
    re.IGNORECASE,
)


def drop_closers(text: str) -> str:
    """`text` without trailing lines that are only closing pleasantries, a markdown rule (`---`) or a remark that
    names no answer (`_REMARK_LINE_RE`): they hold no answer."""
    lines = text.rstrip().split("\n")
    # "Yes, it is. I hope this helps!": the pleasantry on the answer's line, after a short answer only (in a long
    # paragraph it may be part of what it says, "... Please let me know if you can provide an image" closing a refusal)
    inline = _CLOSER_AFTER_RE.search(lines[-1]) if len(lines[-1]) <= 400 else None
    if inline is not None and inline.start() <= 200 and _CLOSER_RE.fullmatch(lines[-1], inline.end()):
        lines[-1] = lines[-1][: inline.start()]
    if lines[-1].endswith((")", ").")) and len(lines[-1]) <= 400:
        # "So the total is 15. (I previously wrote 12 by mistake.)": a remark in brackets after the answer's sentence
        # that names a value taken back (its 12 had been read as the reply's last sentence)
        lines[-1] = RETRACTION_AFTER_RE.sub("", lines[-1])
    while len(lines) > 1 and (
        not lines[-1].strip()
        or _CLOSER_RE.fullmatch(lines[-1])
        or _RULE_LINE_RE.fullmatch(lines[-1])
        or (len(lines[-1]) <= 200 and _REMARK_LINE_RE.fullmatch(lines[-1]))
    ):
        lines.pop()
    return "\n".join(lines)


def _next_line_answer(rest: str) -> str:
    """The first non-empty line of `rest` when it is short and not the start of a worked solution."""
    lines = [ln.strip(" \t*") for ln in rest.splitlines()[:4] if ln.strip(" \t*")]
    if not lines or len(lines[0]) > 60 or lines[0].endswith(":") or _STEP_RE.match(lines[0]):
        return ""
    return lines[0]


# ("答：" / "答案：" is the Chinese label: "答：3种。"; "Answer - 12" and "=> 12" had been taken whole, a decided reject)
_OPENING_LABEL_RE = re.compile(
    r"\s*(?:\*\*)?(?:(?:(?:final\s+)?(?:answer|result|solution)|ans|output|答案?)\s*(?:\*\*)?\s*[:：]|ans\.(?=\s)"
    # a dash after the label ("Answer - 12"), or an arrow alone ("=> 12", "→ 12"): a colon as well
    r"|(?:final\s+)?(?:answer|result)[ \t]+[-–—](?=[ \t])|(?:=>|⇒|→|⟹)(?=[ \t]*\S)"
    r"|(?P<pronoun>(?:it|that|this)(?:['’]s|\s+is)(?=\s))"
    # a name of what the value is ("Total: 12", "Area: 12 cm^2", "x: 12", "Point: (1, 2)")
    # (never an option letter: "B: 60°" names option B)
    r"|(?P<named>(?!(?-i:[A-Z])[ \t]*(?:\*\*)?[ \t]*:)[A-Za-z][A-Za-z ]{0,30}?)[ \t]*(?:\*\*)?[ \t]*:(?!:))\s*(?:\*\*)?(?!\*)",
    re.I,
)
_NAMED_MARKER_RE = re.compile(r"\b(?:is|are|was|were|be|answer|answers)\b", re.IGNORECASE)
# what "It's" / "That is" or a name may open as a label: a value (a digit in it, a word or two of unit at most) or a
# letter
_PRONOUN_VALUE_RE = re.compile(r"[^A-Za-z]*\d[^A-Za-z]*(?:[A-Za-z]+[^A-Za-z]*){0,2}|\(?[A-Z]\)?\.?")


# a value in Chinese: numerals and a unit or measure word ("三种", "5米"); any other Chinese character is a word
_ZH_VALUE_RE = re.compile(rf"{ZH_NUMERAL}|{CJK_UNIT}")
_CJK_WORD_RE = re.compile(f"[{CJK_CHARS}]")


def _after_opening_label(text: str) -> str | None:
    """The reply after an opening label ("Answer:", "Final answer:", "Result:", a name and a colon: "Total:", or "It's"
    before a value), when it is one line with no other answer marker: a label before a short reply changes nothing
    in it, so the rest is read as a whole reply is
    (the rest of the sentence after the marker would cut "(-32 + 3t, 64 - 5t) for some integer t" to its last
    number, and no refusal after the label would be recognised)."""
    m = _OPENING_LABEL_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if not rest or "\n" in rest or _last_anchor(rest) is not None or "boxed" in rest:
        return None
    if rest.endswith((")", ").")) and (remark := _BRACKETED_REMARK_RE.search(rest)) is not None:
        # "Answer: 15. (I previously wrote 12 by mistake.)": a remark in brackets after the answer's sentence is no
        # part of it (its 12 had been read as the reply's last sentence)
        rest = rest[: remark.start()].strip()
    if ":" in rest and (section := _SECTION_AFTER_RE.search(rest)) is not None:
        # "Answer: (B) Explanation: Option A ...": the answer's section only
        rest = rest[: section.start()].strip()
        if not rest:
            return None
    if m.group("named") and (
        ":" in rest or "=" in rest or "：" in rest or _NAMED_MARKER_RE.search(m.group("named"))
    ):
        # "Ann: 5, Ben: 3": labelled values, read together (`labels.labelled_items`); "The answer is: 8": a marker
        return None
    if (m.group("pronoun") or m.group("named")) and not (
        _PRONOUN_VALUE_RE.fullmatch(rest) or word_number(rest.rstrip(".")) is not None
    ):
        # "It's 4." and "It's three." open a value ("It's three." had been taken whole, a decided reject);
        # "It's a right triangle with sides 3, 4, 5." is a sentence
        return None
    # "答：有 218 苹果" is a sentence, read as one (`chinese_sentence_number`); "答：3种" is a value
    if m.group(0).lstrip(" *").startswith("答") and _CJK_WORD_RE.search(_ZH_VALUE_RE.sub("", rest)):
        return None
    return rest


# a sentence in brackets after the sentence before it ("15. (I previously wrote 12 by mistake.)")
_BRACKETED_REMARK_RE = re.compile(r"(?<=[.!?])[ \t]*\([^()]{1,200}\)[ \t]*\.?[ \t]*$")
_DENIED_ANSWER_RE = re.compile(r"not\b", re.IGNORECASE)
# a marker's words that confirm an answer given before them, with nothing else ("confirmed", "indeed correct")
_CONFIRMED_RE = re.compile(
    r"\s*(?:indeed\s+|also\s+|thus\s+|therefore\s+)?(?:confirmed|verified|correct|right|consistent|valid|checked)"
    r"(?:\s+(?:as\s+well|again|too))?\s*[.!。]?\s*(?:✓|✅)?\s*",
    re.IGNORECASE,
)


def _closed_off(answer: str) -> str:
    """The answer without the bracket that closes a marker's own bracket ("(The answer: 12)", "[Answer: 12]": the
    `)` had been read into the answer, which no longer parsed)."""
    # (brackets of both kinds counted together: `[0, 1)` is an interval, closed by its own bracket)
    while answer.rstrip(" .")[-1:] in (")", "]") and _count(answer, ")]") > _count(answer, "(["):
        answer = answer.rstrip(" .")[:-1].rstrip()
    return answer


def _count(text: str, chars: str) -> int:
    return sum(text.count(c) for c in chars)


def _last_anchor(text: str) -> tuple[str, str] | None:
    """(answer, rule) after whichever anchor comes last: "final answer" or "the answer is"."""
    found = [(m, rule) for regex, rule in _markers(text) if (m := last_match(regex, text)) is not None]
    for m, rule in sorted(found, key=lambda mr: (-mr[0].end(), mr[1] != "final_answer")):
        answer = _closed_off(_answer_after(m, text).strip())
        # "The answer isn't 10": the marker's "is" was the start of "isn't"
        if answer.startswith(("n't", "n’t")):
            answer = "not" + answer[3:]
        if answer and not answer[-1].isascii():
            answer = _COPULA_END_RE.sub("", answer)  # "12です": the copula closes the sentence
        if answer[:1] in ",;bsgBSG" and _REASON_LEAD_RE.match(answer.lstrip(",; ")):
            # "B is the final answer because C is too small.": the marker ends the sentence that names its answer,
            # and what follows is the reason (it had been the answer)
            continue
        if answer and _doubted(text, m.start()):
            # "I don't think the answer is 12.": read as "The answer is not 12." is
            return f"not {answer}", rule
        if (
            answer
            and _DENIED_ANSWER_RE.match(answer)
            and (earlier := _last_anchor(text[: m.start()])) is not None
            and earlier[0].strip(" .*$()") not in answer
        ):
            # "The answer is B. The answer is not A because ...": the denial names another value ("The answer is
            # 5. But the answer is not 5; it is 6." takes the earlier one back: not read as 5)
            return earlier
        if (
            answer
            and _CONFIRMED_RE.fullmatch(answer)
            and (earlier := _last_anchor(text[: m.start()])) is not None
        ):
            # "The answer is 12. Let me check: 3 x 4 = 12. The answer is confirmed.": the check confirms the answer
            # before it (the word had been the answer)
            return earlier
        if answer and _CONFIRMED_RE.fullmatch(answer) and text[: m.start()].strip():
            # "... So the angle is 40°.\nThe answer is confirmed.": no marker before it; the confirmation names no
            # answer (the word had been the answer, a decided reject), so the reply is read without this marker
            continue
        if (
            answer
            and "would" in m.group(0).lower()
            and _HYPOTHETICAL_RE.search(_sentence_around(text, m.start(), m.end()))
            and (earlier := _last_anchor(text[: m.start()])) is not None
        ):
            # "The answer is 12. Note: if the figure were not to scale, the answer would be 15.": a counterfactual
            # after the answer is no answer (it had been read as 15, decided)
            return earlier
        if answer:
            return answer, rule
    return None


# the words that open a reason after a marker ("... is the final answer because ...": no answer after it)
_REASON_LEAD_RE = re.compile(r"(?:because|since|given\s+that)\b", re.IGNORECASE)
# (a counterfactual: "if ... were", "had been"; an open "if we consider ..., the answer would be 4" after an answer
# offers a second answer, a hedge, and stays the last anchor: `test_reply_shapes`)
# ("if we had used 15, ...": a past perfect after "if" is one too)
_HYPOTHETICAL_RE = re.compile(r"\b(?:were|had\s+been)\b|\bif\s+[^.;\n]{0,60}?\bhad\s+[a-z]+", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds `text[start:end]` (up to 200 characters each side)."""
    left = text[max(0, start - 200) : start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("。"))
    right = text[end : end + 200]
    stop = [i for i in (right.find(". "), right.find("\n"), right.find("。")) if i >= 0]
    return left[cut + 1 :] + text[start:end] + right[: min(stop) if stop else len(right)]


# the reply's last sentence is its answer followed by the marker: "12 is the answer.", "Thus, $x = 3$ is the
# solution.", "C is the correct answer.", "Therefore, option C is correct.", "(C) is the right choice." (a decimal
# point stays inside the answer; a sentence's end opens it)
# (a first-person lead is no part of what it names: "I believe C is correct, since ...")
_CONNECTIVE = r"\b(?:so|thus|therefore|hence|finally|then|I\s+(?:believe|think)(?:\s+that)?)\b,?\s*"
_LEAD_CONNECTIVE_RE = re.compile(rf"^{_CONNECTIVE}", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[,:：，]\s+")
_ANSWER_WORD_RE = re.compile(r"\banswer\b", re.IGNORECASE)
_NAMED_AS_ANSWER_RE = re.compile(
    rf"(?:^|(?<=[.;!?。；\n]))\s*(?:{_CONNECTIVE})?"
    r"(?P<answer>(?:[^\n.;!?。；]|\.(?=\d)){1,60}?)\s+"
    # ("B seems to be the correct answer.", "B is the most likely answer here.": the same naming)
    r"(?:is|would\s+be|should\s+be|must\s+be|will\s+be|(?:seems|appears)\s+to\s+be)\s+(?:(?:the|my|our)\s+"
    r"(?:final\s+|correct\s+|right\s+|only\s+|unique\s+|best\s+|(?:most\s+)?likely\s+|most\s+appropriate\s+)?"
    r"(?:answer|solution)"
    # ("x = 3 is the solution to the problem.", "... the answer of the equation": the problem it answers, named)
    r"(?:\s+(?:to|of|for)\s+(?:the|this)\s+(?:problem|question|equation|system|exercise))?"
    r"|(?:the\s+)?(?:correct|right)(?:\s+(?:option|choice))?|the\s+(?:best|most\s+likely)\s+(?:option|choice|fit|match))"
    r"(?:\s+here)?"
    # (an option it is preferred to, or the source it is read from: "C is the right answer, not 4.", "... rather than
    # 60°", "... based on the diagram")
    # (naming no answer of its own: "C is the answer, not D is the answer." decides nothing)
    r"(?:\s*,?\s+(?:not|rather\s+than|instead\s+of|based\s+on|according\s+to|as\s+(?:shown|seen)\s+(?:in|on))\b"
    r"(?![^\n.;!?。]*\b(?:answer|solution|correct|right)\b)(?:[^\n.;!?。]|\.(?=\d)){1,40})?\s*[.!。]?\s*$",
    re.IGNORECASE,
)
_REASON_AFTER_MARKER_RE = re.compile(
    r"\b((?:answer|solution|correct|right|choice|option|fit|match)(?:\s+(?:option|choice))?(?:\s+here)?)\s*[,;]?\s+"
    r"(?:because|since|as|given\s+that)\b[^\n]*$",
    re.IGNORECASE,
)
# the same in Chinese for an equation's root ("经检验，x=12是原方程的解。", "所以x=12是方程的根"): the value before it, in
# its clause (after a comma, "所以" or "经检验")
_ZH_NAMED_AS_ROOT_RE = re.compile(
    r"(?:^|[，,。；;：:\n])\s*(?:所以|因此|故|经检验)?\s*([^，,。；;：:\n]{1,40}?)\s*(?<![不非])(?:是|为)(?:原|该|这个)?(?:分式)?"
    r"方程(?:组)?的"
    r"(?:解|根|实数根)\s*[.。]?\s*$"
)
# what may stand before the marker: a number, math, or an option letter (bold or bracketed); never words only
# ("This is the answer.") and never a denial ("not 13, 12 is ...", "none of A, B, C is ...": the other readings)
_NAMED_VALUE_RE = re.compile(r"\d|\$|\\|^\W*[A-Z]\W*$")
_OPTION_WORD_RE = re.compile(r"^(?:option|choice)\s+(?=\(?[A-Z]\)?\W*$)", re.IGNORECASE)
_NAMED_DENIAL_RE = re.compile(r"\b(?:not|no|none|neither|nor|never|answer)\b|n't\b", re.IGNORECASE)


# a value given "as the final answer / result" at the end of the reply: the value (a number or one math span)
_AS_THE_ANSWER_RE = re.compile(
    r"(?:^|(?<=\s))(?P<answer>[-−]?\d[\d.,/]*%?|\$[^$\n]{1,40}\$)\s+as\s+(?:the|our|my)\s+(?:final\s+)?"
    r"(?:answer|result)\s*[.!]?\s*$",
    re.IGNORECASE,
)


# a closing sentence that dismisses the options not chosen, after the sentence that names the answer
_OTHERS_DISMISSED_RE = re.compile(rf"(?<=[.!。])\s+{_OTHERS_DISMISSED}\s*[.!。]?\s*$", re.IGNORECASE)


def _named_as_answer(text: str) -> str | None:
    """The answer a reply's last sentence names before "is the answer" / "is the solution" / "is correct", or the
    value it gives "as the final answer" ("... which gives us 5 as the final result."), else None."""
    tail = text.rstrip()[-200:]
    low = tail.lower()  # (any case: "12 IS THE ANSWER.", "C Is The Correct Answer.")
    if " as " in low and (given := _AS_THE_ANSWER_RE.search(tail)) is not None:
        return given.group("answer").strip("$ ")
    if (
        "方程" in tail
        and (zh := _ZH_NAMED_AS_ROOT_RE.search(tail)) is not None
        and _NAMED_VALUE_RE.search(zh.group(1))
    ):
        return zh.group(1).strip()  # "经检验，x=12是原方程的解。": the value named the equation's root
    if (
        "answer" not in low
        and "solution" not in low
        and "correct" not in low
        and "right" not in low
        and "choice" not in low
        and "option" not in low
        and "best" not in low
    ):
        return None
    if "other" in low and (dismissed := _OTHERS_DISMISSED_RE.search(tail)) is not None:
        # "C is the right answer. The other options are wrong.": a closing remark on the rest names no answer
        tail = tail[: dismissed.start()]
    if " because " in low or " since " in low or " as " in low or " given " in low:
        # "C is correct because A, B and D are wrong.": the reason after the marker is no part of the sentence that
        # names the answer (its letters had left the reply taken whole)
        tail = _REASON_AFTER_MARKER_RE.sub(r"\1.", tail)
    m = _NAMED_AS_ANSWER_RE.search(tail)
    if m is None:
        return None
    answer = m.group("answer").strip()
    if _ANSWER_WORD_RE.search(answer):  # "12 is not the answer, 13 is the answer": the last clause names it
        answer = _CLAUSE_BREAK_RE.split(answer)[-1].strip()
    if _NAMED_DENIAL_RE.search(answer):  # "none of A, B, C, D, E is the correct answer"
        return None
    # "The number of apples, 12," -> "12"; "we verify that x = 3" stays words
    if prose_words(strip_text_macros(answer)):
        answer = _CLAUSE_BREAK_RE.split(answer)[-1].strip()
    answer = _LEAD_CONNECTIVE_RE.sub("", answer)  # "..., so 12" after either split
    answer = _OPTION_WORD_RE.sub("", answer)  # "Option A is the correct answer." names the letter
    if prose_words(strip_text_macros(answer)) or not _NAMED_VALUE_RE.search(answer):
        return None  # words before the marker: the other readings decide (a guess stays a guess)
    return answer


def _doubted(text: str, at: int) -> bool:
    """Whether the words right before the answer marker at `at` doubt or deny it (substring tests first: most
    do not, and they cost less than the regex)."""
    start = max(0, at - 40)
    hint = (
        text.find("not", start, at) >= 0
        or text.find("n't", start, at) >= 0
        or text.find("doubt", start, at) >= 0
    )
    return (hint or text.find("unlikely", start, at) >= 0) and _DOUBTED_RE.search(text, start, at) is not None


# a marker the reply doubts or denies ("I don't think the answer is 12", "I doubt that the answer is 12")
_DOUBTED_RE = re.compile(
    r"(?:n't|\bnot)\s+(?:think|believe|sure|certain|convinced)(?:\s+(?:that|if|whether))?\s*$"
    r"|\bdoubt(?:ful)?\s+(?:that\s+)?$|\bunlikely\s+that\s+$",
    re.IGNORECASE,
)


_NUMBERED_PARTS_RE = re.compile(r"\s*[(（]1[)）]")


# two-letter words of a sentence ("So it is 5.", "It is $2.2$."): PROSE_RE counts words of three letters and more,
# so such a reply had been taken whole and read by sympy as a product of letters
# (and the pronoun "I": "I count 7." had been taken whole, a decided reject; a capital I that names a current,
# `I = 2 A`, is one word, and one word makes no sentence)
_SHORT_WORDS_RE = re.compile(
    # (and the short copulas and articles of Spanish, French and Italian: "El resultado es 12.")
    r"(?<![\\A-Za-z])(?:it|is|so|as|be|we|by|of|to|my|(?-i:I)|es|el|la|le|il|è)(?![A-Za-z])",
    re.IGNORECASE,
)


# after the number an answer sentence opens with: a word that is not arithmetic, a list or a bound ("40 cups
# of feed ..."), and in the rest no statement of another value (a copula or verb of result before a number,
# `=`, an operator, arithmetic in words, "and 20"): what follows explains the value, it gives no other
_VALUE_THEN_WORDS_RE = re.compile(
    r"\s+(?!(?:times|plus|minus|divided|multiplied|over|of|out|and|or|to|by|x|per|percent|more|less|fewer)\b)"
    # (a scale word or a function is part of the value: "2 million people", "3 sqrt(2)", "2 pi radians")
    rf"(?!(?:hundred|thousand|million|billion|trillion|sin|cos|tan|cot|sec|csc|log|ln|exp|{VALUE_WORDS_AFTER})\b)"
    r"[A-Za-z]{2,}\b(?!\s+\d|\()"
    r"(?![^.;\n]*(?:[=+×÷*/^<>\\]|\b(?:plus|minus|times)\b"
    r"|\b(?:is|are|was|were|equals?|gives?|makes?|yields?|and|or|to|as)\s+\$?\d))",
    re.IGNORECASE,
)
# the circumstance after a value (`sentences.CIRCUMSTANCE`: "8 after 3 years", "5 according to Table 3")
# (after the value's unit, if any: "8 cm after 3 years"; a word that makes another value is no unit)
_CIRCUMSTANCE_THEN_RE = re.compile(
    r"(?:[ \t]+(?!(?:and|or|but|times|plus|minus|of|to|by|per|more|less|fewer|over|out)\b)[A-Za-z]{1,12}\b){0,2}?"
    rf"[ \t]+,?[ \t]*{CIRCUMSTANCE}{NO_VALUE_AFTER}",
    re.IGNORECASE,
)
# a quantity in two units: "2 feet 4 inches", "3 hours and 20 minutes", "1 h 20 min"
_COMPOUND_RE = re.compile(r"\s*[A-Za-z]{1,8}\s*,?\s+(?:and\s+)?\d+(?:\.\d+)?\s*[A-Za-z]{1,8}\s*[.!]?\s*$")


# words that only lead in to a short reply's math ("Therefore,", "So we get"), nothing else
_LEAD_IN_ONLY_RE = re.compile(
    r"[ \t]*(?:(?:so|thus|hence|therefore|then|finally)\b,?[ \t]*)?(?:we\s+(?:get|have|find|obtain)\b,?[ \t]*)?",
    re.IGNORECASE,
)
_PLAIN_VALUE = r"[-−+]?[\w.\\{}/^]*\d[\w.\\{}/^]*"
# a short reply in plain text that gives one unknown several values ("So x = -2 or x = 3.", "x = 1, x = 4 and
# x = 9 are the solutions.")
_PLAIN_SOLUTIONS_RE = re.compile(
    _LEAD_IN_ONLY_RE.pattern
    + rf"((?P<n>[A-Za-z])[ \t]*=[ \t]*{_PLAIN_VALUE}"
    + rf"(?:[ \t]*(?:,[ \t]*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?P=n)[ \t]*=[ \t]*{_PLAIN_VALUE})+)"
    r"(?:\s+(?:are|is)\s+the\s+(?:only\s+)?(?:solutions?|roots?|answers?|values?))?[ \t]*[.。]?[ \t]*",
    re.IGNORECASE,
)


# a short reply's last alternative that the reply itself rejects ("x = 3 or x = -3 (rejected).", "... or $x=-3$
# (not valid, since x > 0)"; the Chinese "(舍去)" is read in `fallbacks.last_math_clause`): what comes before it
_REJECTED_LAST_RE = re.compile(
    r"^(.*?\S)\s*(?:(?:,\s*|\s+)(?:or|或)\s*|,\s*)(?:\$[^$]{1,60}\$|[^\s()$]{1,40}(?:\s*=\s*[^\s()$]{1,30})?)\s*"
    r"[(（]\s*(?:rejected|discarded|extraneous|invalid|not\s+valid|does\s*n[o']t\s+satisfy|舍去|舍)[^()（）]{0,60}[)）]"
    r"\s*[.。]?\s*$"
    # (or the rejected value inside the brackets: "x = 3 (x = -1 rejected)", "x = 3 (x = -1 is extraneous)")
    r"|^(.*?\S)\s*[(（]\s*(?!\\text)(?:\$[^$]{1,60}\$|[^\s()$]{1,40}(?:\s*=\s*[^\s()$]{1,30})?)\s*(?:is\s+|was\s+)?"
    r"(?:rejected|discarded|extraneous|invalid|舍去)[^()（）]{0,40}[)）]\s*[.。]?\s*$"
    # (or the word first, as Chinese writes it: "所以 $a=-1$（舍去 $a=1$）", "x = 3 (rejecting x = -1)")
    r"|^(.*?\S)\s*[(（]\s*(?:舍去|舍|rejecting|discarding)\s*(?=[^()（）]*[\d=$])"
    r"(?:\$[^$]{1,60}\$|[^\s()（）$]{1,40}(?:\s*=\s*[^\s()（）$]{1,30})?)\s*[)）]\s*[.。]?\s*$",
    re.IGNORECASE,
)


# the same with the rejected value in a clause of its own ("x = 3 (the other root, 5, is extraneous)", "x = 3; the
# other solution x = -5 is rejected."): what comes before the clause
_OTHER_REJECTED_RE = re.compile(
    r"^(.*?\S)\s*(?:[;,]\s*|\.\s+|\(\s*)(?:but\s+|and\s+)?(?:the\s+)?other\s+(?:root|solution|value|answer)s?\b"
    r"[^;()]{0,60}?\b(?:is|are|was|were|must\s+be)\s+(?:rejected|discarded|extraneous|invalid|not\s+valid|excluded)\b"
    r"[^;()]{0,60}\)?\s*[.。]?\s*$",
    re.IGNORECASE,
)


def _short_solution_list(text: str) -> str | None:
    """The values a one-line reply gives one unknown after at most a lead-in ("Therefore $x=-2$ or $x=3$.", "So x =
    -2 or x = 3."), as written, or None: the list, not its last value, and not the sentence with its words."""
    run = _closing_span_list(text)
    if run is not None:
        lead = text[: text.find(run)]
        return run if _LEAD_IN_ONLY_RE.fullmatch(lead) and _listed_values(run) else None
    if "=" not in text:
        return None
    m = _PLAIN_SOLUTIONS_RE.fullmatch(text)
    return m.group(1) if m is not None and m.group(1) != text.strip() else None


# words before a closing list of math spans that make it no answer: a question or a test of the values ("Check
# whether $x=5$ or $x=-2$."), an assumption, or a range ("between $2$ and $3$")
_NOT_STATED_LEAD_RE = re.compile(
    r"\b(?:whether|suppose|assume|assuming|let|if|between|check|test|try|either)\b|[?？]", re.IGNORECASE
)


def _stated_span_list(text: str) -> str | None:
    """The math spans joined as one list that close a one-line reply after its words ("The solutions are $x=5$ or
    $x=-2$.", "The solution set is $x<-1$ or $x>1$."), as `_short_solution_list` reads them after a lead-in alone,
    or None: the list, not its last span. Only with no number, no other math and no negation in the words before
    it."""
    if "\n" in text or len(text) > 300:
        return None
    run = _closing_span_list(text)
    if run is None or not _listed_values(run):
        return None
    lead = text[: text.find(run)]
    if (
        not re.search(r"[A-Za-z]{2}", lead)
        or _DIGIT_RE.search(lead)
        or "$" in lead
        or "\\(" in lead
        or _NEGATION_RE.search(lead)
        or _NOT_STATED_LEAD_RE.search(lead)
    ):
        return None
    return run


# a value, then the other value it is not ("12, not 13", "12 (not 13)", "12 rather than 13"; with no comma only
# between two numbers, "12 and not 13": "60 females do not participate" denies no value)
_NUM_UNIT = r"[-−+]?\d(?:[\d.,/]*\d)?(?:[ \t]*[%°]|[ \t]+(?!(?:and|but|not)\b)[A-Za-z]{1,12})?"
_NOT_OTHER_RE = re.compile(
    rf"^\s*(?:({_NUM_UNIT})\s+(?:(?:and|but)\s+)?not\s+{_NUM_UNIT}"
    r"|(.{1,40}?)\s*(?:,\s*(?:(?:and|but)\s+)?not|\(\s*not|\s+rather\s+than|,?\s+instead\s+of)\s+"
    # (what it is not is a value, "12 (not 13)"; "38 (not valid)" denies the value itself)
    r"(?=[^,;]{0,40}?(?:[\d\\]|\$[^$]))[^,;]{1,40}?\)?"
    # ("3个，不是4个": the same in Chinese, "not" with no space after it)
    r"|(.{1,40}?)\s*[,，]\s*(?:而)?不是\s*(?=[^,;，；]{0,40}?\d)[^,;，；]{1,40}?)"
    r"\s*[.。]?\s*$"
)


# a remark in brackets that closes a reply and denies the value before it ("19 (not valid)", "5 (rejected)"): the
# reply states no value of its own (`sentence_number` had read its 19)
_SELF_DENIED_RE = re.compile(
    r"[(（]\s*(?:not\s+(?:valid|correct|possible|right|allowed)|invalid|wrong|incorrect|impossible|rejected|discarded|"
    r"extraneous|舍去?)\s*[)）]\s*[.。]?\s*$",
    re.IGNORECASE,
)


def _value_not_other(text: str) -> str | None:
    """The value of a short answer that gives a number and then another it is not ("12, not 13"), else None."""
    if "not" not in text and "rather" not in text and "instead" not in text and "不是" not in text:
        return None
    m = _NOT_OTHER_RE.match(text)
    value = m.group(1) or m.group(2) or m.group(3) if m is not None else None
    return value if value is not None and parse_number(value) is not None else None


# a value denied, then the value that replaces it ("It's not 10, it's 12.", "Not 10 but rather 12", "The area isn't 10
# cm; it is 12 cm."): the second (the first had been taken whole with it, a decided reject)
_CORRECTED_RE = re.compile(
    rf"^(?:[^\d$\\]{{0,60}}?\s)?(?:not|n['’]t)\s+(?:be\s+)?{_NUM_UNIT}\s*(?:[,;]\s*|\s+)"
    rf"(?:but\s+(?:rather\s+)?|rather\s+|(?:but\s+)?it(?:['’]s|\s+is)\s+|instead\s+)({_NUM_UNIT})\s*[.!]?\s*$",
    re.IGNORECASE,
)


# a value questioned and answered in the same breath ("12? No, 13.", "12? Wait, it's 13"), perhaps with the reason it
# was asked for ("12 because 3 × 4 = 12? No, it's 15."): the second
_QUESTIONED_RE = re.compile(
    rf"^{_NUM_UNIT}(?:,?\s+(?:because|since|as)\b[^?\n]{{0,80}})?\s*\?\s*(?:no|nope|wait)\b[,.!:]?\s*"
    rf"(?:it(?:['’]s|\s+is)\s+)?({_NUM_UNIT})\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _corrected_value(text: str) -> str | None:
    """The value a short reply gives in place of one it denies ("It's not 10, it's 12.", "10? No, 12."), else
    None."""
    if "?" in text and (asked := _QUESTIONED_RE.match(text)) is not None:
        return asked.group(1)
    low = text.lower()
    if "not" not in low and "n't" not in low and "n’t" not in low:
        return None
    m = _CORRECTED_RE.match(text)
    return m.group(1) if m is not None and parse_number(m.group(1).split()[0]) is not None else None


# a value (perhaps with its unit), then its reason, after a comma or in brackets ("0 cm, which is AC", "6 (since
# 2*3 = 6)", "12 because ..."): the value
_EXPLAINED_AFTER_RE = re.compile(
    r"(?:\s*(?:(?!(?:as|and|or|well|not|with|which|"
    + "|".join(w.split()[0] for w in REJECTING_WORDS)  # ("12 is wrong because ...": no value explained)
    + r")\b)[a-zA-Z]{1,12}\b|\\[a-zA-Z]+\{[^{}]{0,12}\})(?:\^\{?\d\}?)?){0,2}"
    r"(?:,?\s+|\s*\(\s*)(?:with|because|since|which|as(?!\s+well\b))\b"  # ("6 as well as 7" lists two)
)


# a one-value reply that hedges its one value ("Maybe 12.", "Probably 12", "I think 12?"); two values ("Maybe 12 or
# 13") are offered, not one stated
_TENTATIVE_RE = re.compile(
    r"(?:maybe|perhaps|probably|possibly|likely|i\s+(?:think|guess|believe))\s*,?\s+([-−]?\$?\d[\d,.]*%?)\s*[.?!]?",
    re.IGNORECASE,
)
_CIRCLED_LABEL_RE = re.compile("[\u2460-\u2469]")  # ① to ⑩, a part's label


# a short sentence whose only math is one bracketed value after its copula ("The point is (1, 2).", "The vertex is
# at (2, -3).", "The interval is [1, 5).", "The set is {1, 2, 3}."): that value, as a sentence whose only math is one
# `$...$` span is read
# (an interval's end may be infinite, "∞"; intervals may be joined by a union: "(-∞, 2) ∪ (3, ∞)", "... U ...")
_BRACKET_ITEM = r"[-−+]?(?:[\w.\\{}]+|∞)"
_ONE_BRACKET = rf"[\(\[]\s*{_BRACKET_ITEM}(?:\s*,\s*{_BRACKET_ITEM})+\s*[\)\]]"
_BRACKET_VALUE = (
    # (a point may keep its name: "The intersection point is P(2, 3).", compared as its coordinates)
    rf"((?:[A-Z](?:_\d|')?(?=\())?{_ONE_BRACKET}(?:\s*(?:∪|\\cup|U)\s*{_ONE_BRACKET})*"
    r"|\\?\{\s*[-−+]?[\w.\\]+(?:\s*,\s*[-−+]?[\w.\\]+)+\s*\\?\})\s*\.?"  # (a set in braces: "The set is {1, 2, 3}.")
)
_LABEL_RE = re.compile(r"\(?[A-Za-z]{1,2}\)|[A-Z][.:]\s")
_BOLD_LINE_RE = re.compile(r"\s*\*\*[^*]+\*\*\s*\.?\s*")


def _tail_is_last_line(text: str, tail: str) -> bool:
    """Whether `tail`, the bare math `math_tail` found, is all the last line of `text` says, but for a connective
    ("Step 1: $18 - 6 = 12$.\nHence x^2-1."), bold and a full stop; not under an option label (a few-shot's option
    list, "(L) 360.0", unless set in bold) and not a line of Chinese words, which `math_tail` does not count."""
    if "\n" not in text:
        return False
    line = text.rsplit("\n", 1)[1]
    if len(drop_connective(line.strip()).strip(" \t*$.")) > len(tail):
        return False
    labelled = _LABEL_RE.match(tail) is not None and _BOLD_LINE_RE.fullmatch(line) is None
    return not labelled and _CJK_WORD_RE.search(tail) is None


# (a subject may hold a number of its own, "The center of circle 2 is (1, 2).", but no value: `_bracket_stated`)
_BRACKET_STATED_RE = re.compile(
    # (after a connective and its comma too: "Thus, the required value is (1, -2).")
    rf"[A-Za-z][A-Za-z0-9' ,]{{0,60}}?\s(?:is|are|equals|lies|lie|{RESULT_VERBS}|conclude|find)"
    r"(?:\s+(?:located|situated|found|us|you))?"
    # (or an adverb of conclusion after the copula: "The result is therefore (1, -2).")
    r"(?:\s+(?:therefore|thus|hence|then|clearly|simply|exactly|indeed))?(?:\s+(?:at|in|on))?\s+"
    + _BRACKET_VALUE
)


def _bracket_stated(sentence: str) -> str | None:
    """The one bracketed value a sentence states after its copula ("The point is (1, 2)."), when its subject states
    no value of its own ("Since AB is 4 the point is (1, 2)." states two), else None."""
    stated = _BRACKET_STATED_RE.fullmatch(sentence)
    if stated is None or STATED_BEFORE_RE.search(sentence, 0, stated.start(1)):
        return None
    return stated.group(1)


# the noun that names what kind of math follows, closing the words before it ("the line y = 2x + 1", "the function
# x^2", "a total of 12"): the math after it is the answer as written, when no word of prose follows
_KIND_NOUN_RE = re.compile(
    r"\s*(?:(?:the|an?)\s+)(?:(?:linear|quadratic|tangent|final|simplified|exact|resulting|required)\s+)?"
    r"(?:function|expression|line|equation|polynomial|curve|parabola|circle|hyperbola|ellipse|plane|inequality"
    r"|number|fraction|ratio|result|total\s+of)\s+(?=\S)",
    re.IGNORECASE,
)
_DIGIT_OR_LETTER_RE = re.compile(r"[0-9A-Za-z]")
# and the value after the noun that names its kind, with no verb ("the point (1, 2)", "the open interval (1, 2)", "the
# set {1, 2}"): what the value is, not words of the answer (the whole phrase had been parsed as math, and failed)
_BRACKET_NAMED_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?:open|closed|half-open|ordered|unique|only|final|solution)\s+)?"
    r"(?:point|interval|set|vertex|coordinates|pair|vector|tuple|triple|solution|range|domain|cent(?:er|re)|focus"
    r"|midpoint|intersection)\s+" + _BRACKET_VALUE,
    re.IGNORECASE,
)


# a value, then in brackets the arithmetic that makes it ("9 (3 times 3)", "12 (= 3 x 4)", "7 (3 + 4 = 7)")
_COMPUTED_AFTER_RE = re.compile(r"\s*\(\s*=?\s*([^()=]{1,60}?)\s*(?:=\s*([\d.]+)\s*)?\)\s*[.。]?\s*$")


_BOLD_LEAD_RE = re.compile(r"^\s*(\*\*|__)([^*_\n]{1,40})\1")


def _value_explained(text: str) -> str | None:
    """The value a short answer opens with when a reason follows it ("6 (since 2*3 = 6)"), or the arithmetic
    that makes it ("9 (3 times 3)": not when it makes another value, "9 (3 times 4)"), else None. The value may be
    set in bold ("**12** (since 3 × 4 = 12)" had been unparseable)."""
    text = _BOLD_LEAD_RE.sub(r"\2", text)
    lead = NUMBER_RE.match(text)
    if lead is None:
        return None
    if _EXPLAINED_AFTER_RE.match(text, lead.end()):
        return lead.group(0).strip()
    return _value_computed(text)


def _value_computed(text: str) -> str | None:
    """The value an answer opens with when the arithmetic in brackets after it makes that value, else None."""
    lead = NUMBER_RE.match(text)
    if lead is None or (computed := _COMPUTED_AFTER_RE.match(text, lead.end())) is None:
        return None
    value = parse_number(lead.group(0).strip())
    if value is None or value.percent:
        return None
    made = arithmetic_value(computed.group(1))
    stated = computed.group(2)
    if made is None or made != value.value or (stated is not None and Fraction(stated) != made):
        return None
    return lead.group(0).strip()


# a sentence that states a value, then an aside after it: the value restated in brackets or after "or" ("The
# probability is 1/4 (25%).", "... is 1/4, or 25%."), or the arithmetic that makes it ("The area is 6 (3 × 2 = 6).",
# "The difference is 7.8% (11.2% - 3.4%).")
_ASIDE_AFTER_VALUE_RE = re.compile(
    r"^(?P<head>.*?\d(?:π|\\pi(?![A-Za-z]))?(?:\\?%|°|\^\{?\\circ\}?)?(?:[ \t]+[A-Za-z]+){0,2})[ \t]*"
    r"(?:\((?P<inner>[^()]{1,60})\)|(?:(?:,[ \t]*|[ \t]+)or|,[ \t]*(?:i\.[ \t]?e\.,?|that[ \t]+is,?))[ \t]+"
    r"(?P<other>[-−]?\d(?:[\d.,/]*\d)?(?:\\?%)?))[ \t]*[.!]?[ \t]*$"
)
# the words after a number in a working that name what it counts ("9 eggs x 2", "3 boxes of 4"), never an operation
_COUNTED_IN_WORKING_RE = re.compile(
    r"(?<=\d)[ \t]+(?!(?:times|plus|minus|divided|multiplied|over|by|and|x)\b)[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{3,}){0,2}?"
    r"(?=[ \t]*(?:[-+*/×÷=x)]|times|plus|minus|divided|multiplied|$))",
    re.IGNORECASE,
)
# a reason in brackets after the value ("(since 5 + 7 = 12)", "(because AB = BC)"): why the value holds, not another
_REASON_INNER_RE = re.compile(REASON_WORDS, re.IGNORECASE)
_NAMED_INNER_RE = re.compile(
    r"(?:namely|specifically|for\s+example|e\.g\.|such\s+as|including)(?![A-Za-z])", re.IGNORECASE
)
# the words that open a restatement of a value ("(or 25%)", "(i.e. 50 mm)", "(that is, ...)")
_RESTATING = r"(?:or|i\.?e\.?,?|that\s+is,?)"
_RESTATED_INNER_RE = re.compile(
    rf"(?:(?:{_RESTATING}|about|approximately|≈|~)[ \t]*)?([-−]?\d[\d.,/]*(?:\\?%)?)", re.IGNORECASE
)
# a value with a root or pi (or a decimal for one), perhaps with its unit, restated in brackets: "The length is √2 cm
# (about 1.41 cm).", "The area is 12.57 square units (4π)." (the sentence had been taken whole); group 1 says whether
# the restatement is an approximation
_RESTATED_FORM_INNER_RE = re.compile(
    rf"(?:(?:(about|approximately|roughly|≈|~|\\approx)|{_RESTATING})[ \t]*)?"
    r"([-−]?(?:\d+(?:\.\d+)?)?(?:√\d+|√\{\d+\}|\\sqrt\{\d+\}|π|\\pi(?![A-Za-z]))?(?:[ \t]+[A-Za-z]+(?:\^?[23]|[²³])?){0,2})",
    re.IGNORECASE,
)
_ROOT_OR_PI_RE = re.compile(r"√|π|\\sqrt|\\pi(?![A-Za-z])")
_DIGIT_OR_PI_RE = re.compile(r"\d|π|\\pi(?![A-Za-z])")


def _other_stated_number(sentence: str, last: str) -> str | None:
    """The number `sentence_number` reads in a reply's last sentence when its value is not that of the reply's last
    number `last`, else None."""
    stated = sentence_number(sentence)
    lead = NUMBER_RE.match(stated or "")
    a, b = parse_number(lead.group(0).strip()) if lead else None, parse_number(last)
    if a is None or b is None or a.value == b.value:
        return None
    # a value before the reason's numbers, not one after them ("is 10 as shown in Fig. 1": its 1), nor the last
    # number itself with its sign lost by the reading ("The change is - 15." read as 15)
    if not 0 <= sentence.find(lead.group(0).strip()) < sentence.rfind(last):
        return None
    return stated


# an angle in radians: a multiple of pi over a whole number (`π/4 rad`, `3\pi/4 radians`, `\frac{\pi}{4} rad`) or a
# decimal (`0.785 rad`)
_RADIANS_RE = re.compile(
    r"(?:(?P<k>\d+)?[ \t]*(?:π|\\pi)(?:[ \t]*/[ \t]*(?P<n>\d+))?"
    r"|\\frac\{(?P<fk>\d+)?[ \t]*(?:π|\\pi)\}\{(?P<fn>\d+)\}|(?P<dec>\d+\.\d+))[ \t]*(?:rad|radians?)\.?"
)
_OR_FIRST_RE = re.compile(rf"^{_RESTATING}\s+", re.IGNORECASE)


def _degrees_as_radians(stated: str, radians: re.Match[str]) -> bool:
    """Whether `stated`, an angle in degrees (`45°`, `45 degrees`), is the angle `radians` reads: exactly for a
    multiple of pi, to the decimal's own places for a decimal (`0.785 rad` for 45°)."""
    value = parse_number(stated.strip())  # (it reads the degree sign or word: `degrees`)
    if value is None or not value.degrees:
        return False
    if radians.group("dec") is not None:
        written = radians.group("dec")
        places = len(written.split(".")[1])
        return abs(float(value.value) * math.pi / 180 - float(written)) <= 0.5 * 10**-places + 1e-12
    k = int(radians.group("k") or radians.group("fk") or 1)
    n = int(radians.group("n") or radians.group("fn") or 1)
    return n != 0 and value.value == Fraction(180 * k, n)


def _same_quantity(stated: str, other: str) -> bool:
    """Whether `other` is the value `stated` with a unit of the same dimension in another unit, equal to the precision
    of the less precise of the two (`5 cm` and `50 mm`; `1 mile` and `1.61 km`), or an angle in degrees that `other`
    gives in radians (`45°` and `π/4 rad`). Both need a unit the vocabulary reads (`units.unit_of`) and plain numbers."""
    if (radians := _RADIANS_RE.fullmatch(other.strip())) is not None:
        return _degrees_as_radians(stated, radians)
    a, b = unit_of(stated.strip()), unit_of(other.strip())
    if a is None or b is None or a.unit[0] != b.unit[0] or a.tail == b.tail:
        return False
    x, y = parse_number(a.value), parse_number(b.value)
    if x is None or y is None or x.percent or y.percent:
        return False
    left, right = x.value * a.unit[1], y.value * b.unit[1]  # (in the dimension's base unit)
    # the less precise side's last written place, in the base unit: half of it either way is the rounding allowed
    # (an exact form, a fraction, has no place: 0 decimals)
    step = max(Fraction(1, 10 ** (n.decimals or 0)) * w.unit[1] for n, w in ((x, a), (y, b)))
    return abs(left - right) <= step / 2


def _value_with_aside(text: str) -> tuple[str, str, str] | None:
    """(answer, rule, reason) of a one-sentence reply that states a value and then an aside after it
    (`_ASIDE_AFTER_VALUE_RE`), read as the sentence before the aside is; a restatement stays with the value (`1/4
    (25%)`: the comparison takes it as one value written two ways, and a hedge when they differ). None for any
    other aside, for arithmetic that makes another value, and for a sentence before it read whole (the sentence
    with its aside had been taken whole, a decided reject)."""
    m = _ASIDE_AFTER_VALUE_RE.match(text)
    if m is None or len(PROSE_RE.findall(m.group("head"))) < 2:
        return None
    answer, rule, reason = extract_candidate(m.group("head").rstrip() + ".", tables=False)
    lead = NUMBER_RE.match(answer or "")
    inner = (m.group("inner") or "").strip()
    form = _RESTATED_FORM_INNER_RE.fullmatch(inner) if inner and answer else None
    if (
        form is not None
        and rule != "whole"
        and _DIGIT_OR_PI_RE.search(form.group(2))
        and _ROOT_OR_PI_RE.search(answer + inner)
    ):
        # "The length is √2 cm (about 1.41 cm).": an exact value and its approximation, or the other way round, one
        # value written two ways (the comparison takes it so, and a hedge when the two differ)
        joint = "about" if form.group(1) else "or"
        return f"{answer}, {joint} {form.group(2)}", rule, f"{reason}, restated after it ({form.group(2)})"
    if answer is None or rule == "whole" or lead is None:
        return None
    if _REASON_INNER_RE.match(inner):  # "The length is 12 cm (since 5 + 7 = 12).": the value, not its reason
        return answer, rule, f"{reason} (the reason in brackets after it left out)"
    # "There are 4 solutions (namely x = 1, 2, 3, 4).": the count, not what it counts
    if _NAMED_INNER_RE.match(inner):
        return answer, rule, f"{reason} (what it counts, named in brackets after it, left out)"
    other = _OR_FIRST_RE.sub("", inner)
    if (other[:1].isdigit() or other.startswith(("\\pi", "π", "\\frac"))) and _same_quantity(answer, other):
        # "The length is 5 cm (50 mm).", "It takes 150 minutes (2.5 hours).": the value again in another unit of its
        # dimension (the sentence had been taken whole); another quantity in brackets still leaves the reply unread
        return answer, rule, f"{reason} (the same quantity in another unit in brackets after it left out)"
    if m.group("other") is not None or (restated := _RESTATED_INNER_RE.fullmatch(inner)) is not None:
        other = m.group("other") or restated.group(1)
        return f"{answer}, or {other}", rule, f"{reason}, restated after it ({other})"
    value = parse_number(lead.group(0).strip())
    if value is None:
        return None
    # (each side in the value's unit: `11.2% - 3.4%` for 7.8%, `180° - 130°` for 50°; the things a number counts and
    # a currency sign are no part of the arithmetic: "9 eggs x $2" for $18)
    if "$" in inner or _COUNTED_IN_WORKING_RE.search(inner):
        inner = _COUNTED_IN_WORKING_RE.sub("", inner).replace("$", "")
    sides = [(side.replace("%", "") if value.percent else side).replace("°", "") for side in inner.split("=")]
    made = arithmetic_value(sides[0])
    if (
        made is None
        or made != value.value
        or any((stated := parse_number(side.strip())) is None or stated.value != made for side in sides[1:])
    ):
        return None
    return answer, rule, f"{reason} (the arithmetic in brackets after it makes it)"


# an answer that opens with a comparison ("less than 12", "more than 12 apples") and names no later number: no
# value it states (only so: a comparison before the last number anywhere in a longer answer, "... 5 more than 7",
# had been read the same way and lost correct answers on the held-out MathCheck-GEO check)
_THAN_FIRST_RE = re.compile(
    r"\s*(?:(?:(?:no|not)\s+)?(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower)\s+than|not)\s+\$?[-−]?\.?\d",
    re.IGNORECASE,
)


# a value, then units with no name ("5π/6 square units", "2x+1 units")
_GENERIC_UNITS_AFTER_RE = re.compile(rf"(.+?)\s+{GENERIC_UNIT}\s*\.?", re.IGNORECASE)


# a word of approximation before a marked value ("The answer is approximately 0.8 after 2 steps.")
_APPROX_LEAD_RE = re.compile(
    r"(?:approximately|about|around|roughly|nearly|almost|exactly)\s+(?=[-−]?\d)", re.IGNORECASE
)
# a copula's words before the answer after a marker ("The answer is equal to 7.", "... is found to be 7")
_EQUAL_TO_RE = re.compile(
    r"(?:(?:equal|equivalent)\s+to|(?:found|calculated|computed|determined|shown)\s+to\s+be)\s+(?=\S)",
    re.IGNORECASE,
)
# a total's words closing the answer after a value ("45° in total", "12% altogether", "5 apples in all")
_TOTAL_AFTER_RE = re.compile(rf"(?<=[\w%°}}$])\s+(?:{TOTAL_WORDS})\s*[.!]?\s*$", re.IGNORECASE)


def _refine(candidate: str) -> str:
    """An answer written as a sentence ("he saves about $6") is reduced to its last number; one that opens
    with a number and then explains ("1982 with an actual total income of $931,441") to that number."""
    # numbered parts are the answer together: "(1)$$30$$ yuan (2)$$50$$ yuan"
    if _NUMBERED_PARTS_RE.match(candidate) and "(2)" in candidate:
        return candidate
    if candidate[:1] in "eEfFcCdDsS" and (copula := _EQUAL_TO_RE.match(candidate)) is not None:
        candidate = candidate[copula.end() :]  # "The answer is equal to 7 cm.": the value (it had been words)
    if " in " in candidate or " al" in candidate or " over" in candidate or " comb" in candidate:
        # "The answer is 45° in total.": a total's words after the value are no part of it (they had left the degree
        # and the percent unread; a plain number had been read through them)
        candidate = _TOTAL_AFTER_RE.sub("", candidate)
    # "x = 3, since 2x = 6", "$x = 3$ (because $2x = 6$)", "the value of x is 3, as 2(3) = 6": a value, then its
    # reason; the value (the reason's equation had been read as a second labelled item, or its last number)
    reason = REASON_AFTER_RE.search(candidate)
    if reason is not None and _DIGIT_RE.search(candidate, 0, reason.start()):
        candidate = candidate[: reason.start()]
    # "domain: [-4, 0) and range: (-3, 1]", "$\lambda =\frac{2}{3}$, $\mu =-\frac{1}{3}$": labelled values,
    # every part (not the last number, nor the value after the last `=` as if the rest named it); a label needs
    # its `=` or `:` (checked first: most answers have neither, and cleaning costs a pass)
    if "=" in candidate and (value := value_at_condition(candidate, anchored=True)) is not None:
        return value  # "2, attained at x = 1": the value, not the condition's
    if ("=" in candidate or ":" in candidate) and labelled_items(clean_answer(candidate).rstrip(". ")):
        return candidate.strip().rstrip(". ")
    if " where " in candidate and (defined := _WHERE_DEFINED_RE.search(candidate)) is not None:
        candidate = candidate[: defined.start()]  # "x = 5, where x is the count of 7s": the value, not the 7
    if (first := _value_not_other(candidate)) is not None:  # "12, not 13"
        return first
    if (second := _corrected_value(candidate)) is not None:  # "not 10; it's 12"
        return second
    if (letter := letter_with_reason(candidate)) is not None:  # "B, since 3 is too small": not its 3
        return letter
    if "(" in candidate and (first := _value_computed(candidate)) is not None:  # "12 (= 3 x 4)"
        return first
    # (both after an article or a kind noun: most candidates open with neither, and skip both regexes)
    opening = candidate.lstrip()[:1]
    if (
        opening.isalpha() and (named := _BRACKET_NAMED_RE.fullmatch(candidate.strip())) is not None
    ):  # "the point (1, 2)."
        return named.group(1)  # (its last number, 2, had been the answer)
    if opening in "tTaA" and (kind := _KIND_NOUN_RE.match(candidate)) is not None:  # "the line y = 2x + 1."
        rest = candidate[kind.end() :].strip().rstrip(".").strip()
        if rest and prose_words(rest) == 0 and _DIGIT_OR_LETTER_RE.search(rest):
            return rest  # (the last number of the math, 1, had been the answer)
    value = quantity_value(candidate)  # "AC is 6.0 cm long", "x的值是16 cm", "(35 + 70 = 105)"
    if value is not None:
        return value
    # one math span is the answer as written: its words are a unit (`$\frac{1}{2} \text{ square units}$`)
    if _WHOLE_SPAN_RE.fullmatch(candidate.strip()):
        return candidate
    if unit_of(candidate.strip().rstrip(". ")) is not None:  # "15 square centimeters": a value and its unit
        return candidate.strip().rstrip(". ")
    # "0.33, to 2 significant figures": one number and its qualifier (not the qualifier's 2)
    if "," in candidate and parse_number(candidate.strip().rstrip(". ")) is not None:
        return candidate.strip().rstrip(". ")
    # "5π/6 square units", "2x+1 units": a value and units with no name, whole (the comparison drops the units)
    units = _GENERIC_UNITS_AFTER_RE.fullmatch(candidate.strip())
    if units is not None and prose_words(units.group(1)) == 0 and re.search(r"\d|π|\\pi", units.group(1)):
        return candidate.strip().rstrip(". ")
    if "equal" in candidate:
        candidate = _EQUALS_WORD_RE.sub(" = ", candidate)
    words = [w for w in PROSE_RE.findall(strip_text_macros(candidate)) if w.lower() not in MATH_WORDS]
    lead = NUMBER_RE.match(candidate)
    if (first := _value_explained(candidate)) is not None:  # "0 cm, which is AC", "6 (since 2*3 = 6)"
        return first
    if (
        lead is None
        and candidate[:1] in "aAeErRnN"
        and (near := _APPROX_LEAD_RE.match(candidate)) is not None
    ):
        # "approximately 0.8 after 2 steps": the value after the word of approximation, before its circumstance (its
        # 2 had been read); only then is it the lead the readings below start from
        lead = NUMBER_RE.match(candidate, near.end())
        lead = lead if lead is not None and _CIRCUMSTANCE_THEN_RE.match(candidate, lead.end()) else None
    if (
        lead
        and _CIRCUMSTANCE_THEN_RE.match(candidate, lead.end())
        and _DIGIT_RE.search(candidate, lead.end())
    ):
        # "8 after 3 years", "12 when measured from point 3": the value the marker states, then the circumstance it
        # holds in, with numbers of its own (the whole had been read as words, or as a
        # quantity in two units, incorrect)
        return lead.group(0).strip()
    if lead and _COMPOUND_RE.match(candidate[lead.end() :]):
        return candidate.strip().rstrip(". ")  # "3 hours and 20 minutes": one quantity, not its last number
    if (
        lead
        and _VALUE_THEN_WORDS_RE.match(candidate[lead.end() :])
        and _DIGIT_RE.search(candidate, lead.end())
    ):
        # "40 cups of feed for the evening meal so each of the 20 chickens gets its share": the value the
        # marker states, then words about it; its last number (20) had been read, a false accept for 20
        return lead.group(0).strip()
    plain = clean_answer(candidate).rstrip(". ")
    if word_label(plain) is not None:
        # "Surface Area $=2827.43 \mathrm{~cm}^{2}$": the quantity named in words, its value and unit, read
        # whole by the comparison (label, value and unit); its last number had been the unit's exponent 2
        return candidate.strip().rstrip(". ")
    if relation_in_signs(candidate) != candidate:  # "x is less than 3": a relation (not its 3), read whole
        return candidate.strip().rstrip(". ")
    if len(words) >= 2 and not offers_alternatives(candidate):  # ("5 apples or 6 apples" is no last number)
        num = last_number(candidate)
        first = _THAN_FIRST_RE.match(candidate)
        if num is not None and not (first and candidate.rfind(num) < first.end()):
            # ("less than 12" states no value; "up to 300 miles" states the most, the answer)
            return _with_scale(candidate, num)
    return candidate


_SCALE_WORD_AFTER_RE = re.compile(
    r"[ \t]*(" + "|".join(SCALE_WORDS) + r"|percent|per[ \t]+cent|pct)\b", re.IGNORECASE
)


def _with_scale(text: str, num: str) -> str:
    """`num` with the scale or percent word that follows it in `text` ("1.5 million dollars" -> "1.5 million",
    "80 per cent of them" -> "80 per cent"), else `num`."""
    at = text.rfind(num)
    scale = _SCALE_WORD_AFTER_RE.match(text, at + len(num)) if at >= 0 else None
    return num if scale is None else f"{num} {scale.group(1).lower()}"


# the half of the day after a clock time ("2:30 PM", "10:15 a.m."); a time read by its last number had lost it, and
# "The clock shows 2:30 PM." was incorrect for 14:30 (the clock comparison reads "2:30 PM" as 14:30)
_CLOCK_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_DAY_HALF_AFTER_RE = re.compile(r"[ \t]*([AaPp])\.?[ \t]?[Mm]\.?(?![A-Za-z])")


def _day_half_after(text: str, num: str) -> re.Match[str] | None:
    """The half of the day written after the clock time `num` at its last place in `text` ("2:30 PM"), else None."""
    if ":" not in num or _CLOCK_TIME_RE.fullmatch(num) is None:
        return None
    at = text.rfind(num)
    return _DAY_HALF_AFTER_RE.match(text, at + len(num)) if at >= 0 else None


def _ends_with_day_half(text: str, num: str) -> bool:
    """Whether `text` ends with the clock time `num` and the half of the day after it ("... 10:36pm.")."""
    half = _day_half_after(text, num)
    return half is not None and not text[half.end() :].strip(" .!*")


def _with_day_half(text: str, num: str) -> str:
    """`num` with the half of the day written after it in `text` when it is a clock time ("2:30 PM"), else `num`."""
    half = _day_half_after(text, num)
    return num if half is None else f"{num} {half.group(1).upper()}M"


# a sentence that takes back what came before it ("Wait, actually it is 13.", "Correction: 13", "Oops, I made a
# mistake"), as reasoning models write after a first answer
_TAKEN_BACK_RE = re.compile(
    # (an interjection may open it: "But wait, I miscounted: it is 12." had left "The answer is 10." decided)
    r"(?:^|(?<=[.!?。])[ \t]+|\n)[ \t]*(?:\*\*)?(?:(?:but|hmm+|oh|ah|and|no)[,!]?[ \t]+)?"
    r"(?:wait|correction|oops|on second thought|scratch\s+that"
    r"|I made (?:a|an) (?:mistake|error)"
    # ("actually" and the value alone, closing the reply: "The answer is 12... actually 13.")
    r"|actually,?\s+(?=[-−]?\$?\d[\d.,/]*\s*[.!]?\s*$)"
    # "Actually" only when it goes on to restate or recheck ("Actually, it is 13.", "Actually, let me recheck"),
    # not before a reason ("Actually, this is because 3 x 4 = 12 and 12 > 10.")
    # (and "it's" only before a value: "Actually, it's easy to check: 5+1=6." restates nothing)
    r"|actually,?\s+(?:it(?:'s|’s|\s+is|\s+should\s+be)(?=\s*(?:[-−\d$\\(]|(?-i:[A-Z])\b))"
    r"|the\s+(?:answer|total|result|value)\s+(?:is|should\s+be)"
    r"|let\s+me\s+(?:re-?check|reconsider|recompute)|I\s+(?:made|miscounted|miscalculated)))\b",
    re.IGNORECASE,
)


def _taken_back(text: str) -> int | None:
    """Where the reply goes on after taking back its answer (the end of the last such word, after an answer
    marker or a box), when what follows gives a number that the answer before it does not hold; else None.
    Only the reply's last `_TAKEN_BACK_TAIL` characters are searched: a reply takes its answer back at its end,
    and a scan of the whole reply for the words cost every reply several microseconds."""
    tail_at = max(0, len(text) - _TAKEN_BACK_TAIL)
    tail = text[tail_at:]
    if (  # (a chain of substring tests: most replies hold none of the words, and a generator cost as much)
        "ait" not in tail
        and "ctually" not in tail
        and "orrection" not in tail
        and "oops" not in tail
        and "Oops" not in tail
        and "second thought" not in tail
        and "cratch that" not in tail
        and "made a" not in tail
    ):
        return _restated_after_check(text, tail_at) if "et me" in tail else None
    last = None
    for last in _TAKEN_BACK_RE.finditer(text, tail_at):  # noqa: B007 (the last one is wanted)
        pass
    if last is None:
        return None
    stated = _stated_before(text[: last.start()])
    if stated is not None and (letter := _LONE_LETTER_RE.fullmatch(stated.strip())) is not None:
        # "The answer is B. Wait, no, it's C.": a letter taken back for another
        # (from the take-back's start: "Actually, it's C." restates its letter inside the take-back itself)
        then_letter = _LETTER_RESTATED_RE.search(text, last.start())
        return last.end() if then_letter is not None and then_letter.group(1) != letter.group(1) else None
    then = last_number(text[last.end() :]) if stated is not None else None
    return last.end() if then is not None and not _holds_number(stated, then) else None


# a letter the words after a take-back state as the answer ("it's C", "the answer is D", "I'll go with (A)"); a
# letter only mentioned ("option A has 2") takes nothing back
_LETTER_RESTATED_RE = re.compile(
    r"\b(?i:it(?:'s|’s|\s+is|\s+should\s+be)|answer\s+is|choose|pick|select|go\s+with)\s*(?i:option\s+)?"
    r"\(?([A-Z])\)?(?![A-Za-z'’])"
)
_LONE_LETTER_RE = re.compile(r"(?<![A-Za-z'’])\(?([A-Z])\)?(?![A-Za-z'’])\.?")


# (a sentence's full stop is no part of a number: "12." states 12)
_NUMERALS_RE = re.compile(r"\d+(?:\.\d+)?")
# (with its sign: "The answer is -2. Wait, actually it is 2." takes -2 back, where 2 had been found in it)
_SIGNED_NUMERALS_RE = re.compile(r"(?<![\d.])[-−]?\d+(?:\.\d+)?")


def _holds_number(stated: str, number: str) -> bool:
    """Whether the answer `stated` before a take-back holds `number`, sign and all (then nothing was taken back)."""
    signed = number.replace("−", "-")
    return signed in {n.replace("−", "-") for n in _SIGNED_NUMERALS_RE.findall(stated)}


_TAKEN_BACK_TAIL = 300


def _stated_before(before: str) -> str | None:
    """The answer `before` states: its last box, else what its last marker says."""
    boxes = find_boxed(before)
    anchored = None if boxes else _last_anchor(before)
    return boxes[-1] if boxes else (anchored[0] if anchored else None)


# a check the reply runs after its answer ("Let me double-check:", "Let me verify this.", "let me recount") ...
_CHECK_RE = re.compile(
    r"\blet\s+me\s+(?:double[- ]?check|re-?check|check\s+(?:again|that|this|it|my\s+(?:work|answer))|(?:re-?)?verify"
    r"|re-?calculate|recount|count\s+again|re-?examine)\b",
    re.IGNORECASE,
)
# ... and the value its last sentence then restates ("Hmm, so it's 13.", "So the answer should be 13."): a check
# alone ("Let me double-check: 12 = 3 x 4.") restates nothing, and takes nothing back
_RESTATED_AFTER_CHECK_RE = re.compile(
    r"(?:^|(?<=[.!?:;,])[ \t]+|\n)[ \t]*(?:(?:hmm+|oh|ah|oops|wait)[,!.]?[ \t]+)?(?:so|thus|hence|therefore|then)\b,?"
    r"[ \t]+(?:it(?:'s|’s|[ \t]+is|[ \t]+should[ \t]+be)|the[ \t]+(?:correct[ \t]+|right[ \t]+|actual[ \t]+|final[ \t]+)?"
    r"(?:answer|total|result|value|count)[ \t]+(?:is|should[ \t]+be|must[ \t]+be))[ \t]*(?:actually[ \t]+)?:?[ \t]*",
    re.IGNORECASE,
)


def _restated_after_check(text: str, tail_at: int) -> int | None:
    """Where a value restated after a check of the answer starts, when it is not the answer the reply stated
    before the check ("The answer is 12. Let me double check: 5+8=13. Hmm, so it's 13." answers 13, and had been
    read as 12); else None. The restatement must close the reply: its value and at most a unit or a few words
    after it, on its line."""
    check = None
    for check in _CHECK_RE.finditer(text, tail_at):  # noqa: B007 (the last one is wanted)
        pass
    if check is None:
        return None
    restated = None
    for restated in _RESTATED_AFTER_CHECK_RE.finditer(text, check.end()):  # noqa: B007 (the last one)
        pass
    if restated is None:
        return None
    after = text[restated.end() :].strip()
    if not after or len(after) > 40 or "\n" in after:
        return None
    stated = _stated_before(text[: check.start()])
    if stated is None:
        return None
    if (letter := _LONE_LETTER_RE.fullmatch(stated.strip())) is not None:
        then_letter = _LONE_LETTER_RE.fullmatch(after.rstrip(" .*"))
        return restated.end() if then_letter is not None and then_letter.group(1) != letter.group(1) else None
    then = last_number(after)
    return restated.end() if then is not None and not _holds_number(stated, then) else None


# a clause that defines a name, after the last value of the reply, on its last line ("..., where x is the number of
# boxes.", "where $h$ denotes the height")
_WHERE_DEFINED_RE = re.compile(
    r"(?<=[\w$)}])[ \t]*,?[ \t]+where[ \t]+\$?\\?[A-Za-z](?:_\{?\w+\}?)?\$?[ \t]+"
    # (to the end of the reply, one sentence of words: no box, no marker, no other equation after it)
    r"(?:is|are|denotes|represents|stands[ \t]+for|means)\b(?![^\n]*?answer)[^\n.;=\\{}]*[.]?[ \t]*$",
    re.IGNORECASE,
)

# the quantifier after a math answer that closes the reply ("The only solution is $f(x) = x$ for all real $x$.", "...
# $f(x)=x$ for all $x \in \mathbb{R}$."): the domain the answer holds on, no part of it; never with an exception or
# another relation in it ("for all x except 1", "for all x > 1, ...": a condition the answer needs)
_QUANTIFIER_AFTER_RE = re.compile(
    r"(?<=\$)[ \t]*,?[ \t]+for[ \t]+(?:all|every|each|any)\b"
    # (nor a statement: "... for any pair of points is $\boxed{2a}$" states the answer after it)
    r"(?![^\n]*?(?:except|but|unless|other[ \t]+than|only|[=<>,;]|\\(?:neq?|le|ge|lt|gt|boxed)|answer"
    r"|\b(?:is|are|was|were|equals?|gives?|becomes?)\b))"
    r"[^\n.;]{0,80}[.]?[ \t]*$",
    re.IGNORECASE,
)

# a quantifier after a math answer that closes the reply, over one span (`_QUANTIFIER_AFTER_RE` read it first when it
# is a plain domain, "for all real $x$"): that span, whatever it states ("... $a_n = 2^n - 1$ for all $n \geq 1$.",
# "for all $x = 1, 2$"), is the answer's condition
# (its spaces bounded, so a match is at most 121 characters: searched in the reply's last 200 only, for speed)
_CONDITION_AFTER_RE = re.compile(
    r"(?<=\$)[ \t]{0,3},?[ \t]{1,3}for[ \t]{1,3}(?:all|every|each|any)[ \t]{1,3}"
    r"(?:(?:real|positive|natural|whole|integers?)[ \t]{1,3})?\$([^$\n]{1,80})\$[ \t]{0,3}[.]?[ \t]{0,3}$"
)
# what a reason that closes the value's sentence does not hold: a second sentence, a box, an answer marker
_NOT_ONE_REASON_RE = re.compile(r"[.!?。](?=\s+\S)|\\boxed|answer", re.IGNORECASE)
# arithmetic in numbers and its result, closing a reason ("... 1 + 3 + 2 + 2 + 3 = 10 cm.", "since 3 × 4 = 12")
_COMPUTED_RESULT_RE = re.compile(
    r"((?:\d+(?:\.\d+)?[ \t]*[-+*/×÷−][ \t]*)+\d+(?:\.\d+)?)[ \t]*=[ \t]*(\d+(?:\.\d+)?)(?:[ \t]*[A-Za-z]{1,12})?[ \t]*\)?[ \t]*[.。]?[ \t]*$"
)
_LAST_NUMERAL_RE = re.compile(r"\d+(?:\.\d+)?(?=\D*$)")
# a value (perhaps with a unit word or two) right before a reason that closes the reply; a yes or a no is a value
# ("The answer is yes because the sum is 12.": its 12 had been the answer)
_VALUE_BEFORE_REASON_RE = re.compile(
    # (a unit's power as the reply text writes a superscript, `cm^2`)
    r"(?:\d|\$|\)|\}|[²³°%])(?:[ \t]*[A-Za-z²³]{1,12}(?:\^\{?[23]\}?)?){0,2}[ \t]*$|(?<![A-Za-z])(?i:yes|no)[ \t,]*$"
)


def _closing_reason(text: str) -> int | None:
    """Where a reason that closes the reply's last line starts, when a value stands right before it ("So x = 3,
    since 2x = 6.", "x = 3 (because 2x = 6)", "The total is 12 cm, as 3 x 4 = 12."), else None; a reason that
    names the answer ("..., since the answer must be 6") is kept. Only the reply's last 200 characters are read."""
    tail_at = max(0, len(text) - 200)
    tail = text[tail_at:]
    if "since" not in tail and "ecause" not in tail and ", as " not in tail:
        return None
    reason = REASON_AFTER_RE.search(text, tail_at)
    # (the reason of the value's own sentence: no second sentence, box or marker after it)
    if reason is None or _NOT_ONE_REASON_RE.search(reason.group(0)) is not None:
        return None
    head = text[max(0, reason.start() - 40) : reason.start()]
    if _VALUE_BEFORE_REASON_RE.search(head) is None:
        return None
    # a reason whose arithmetic makes another value, without the one stated ("The perimeter is 6 units, because
    # ... 1 + 3 + 2 + 2 + 3 = 10 cm."): the reply contradicts itself, and is read as before, by what it ends on
    computed = _COMPUTED_RESULT_RE.search(reason.group(0))
    if computed is not None and (stated := _LAST_NUMERAL_RE.search(head)) is not None:
        operands = _NUMERALS_RE.findall(computed.group(1))
        if computed.group(2) != stated.group(0) and stated.group(0) not in operands:
            return None
    return reason.start()


def extract_candidate(text: str, *, tables: bool = True) -> tuple[str | None, str | None, str]:
    """(answer text, rule, reason) by the anchored rules, then the fallbacks; no choice mapping. `tables`:
    read a reply that closes with a markdown table before the table (once: the text before it is read
    with `tables=False`, so a reply of many tables costs one more pass, never a recursion per table)."""
    if " where " in text and (defined := _WHERE_DEFINED_RE.search(text)) is not None:
        # "So x = 5, where x is the number of boxes with 3 balls.": the definition of a name after the answer is
        # no part of it (its 3 had been the answer, decided after a marker)
        answer, rule, reason = extract_candidate(text[: defined.start()] + ".", tables=tables)
        return answer, rule, f"{reason} (the definition of a name after it left out)"
    if " for " in text and (quantified := _QUANTIFIER_AFTER_RE.search(text)) is not None:
        # "The only solution is $f(x) = x$ for all real $x$.": the math, not the sentence taken whole
        answer, rule, reason = extract_candidate(text[: quantified.start()] + ".", tables=tables)
        return answer, rule, f"{reason} (the quantifier after it left out)"
    if " for " in text[-200:] and (condition := _CONDITION_AFTER_RE.search(text, max(0, len(text) - 200))):
        # "We conclude that $a_n = 2^n - 1$ for all $n \geq 1$.": the quantifier's span is the answer's condition,
        # read with it in brackets as `a_n = 2^n - 1 (n \geq 1)` is (its span had been the answer); the comparison
        # then weighs it against the gold's own condition, or leaves it out when the gold states none
        bracketed = f"{text[: condition.start() - 1]} ({condition.group(1).strip()})$."
        answer, rule, reason = extract_candidate(bracketed, tables=tables)
        return answer, rule, f"{reason} (the quantifier's condition read as the answer's)"
    if (because := _closing_reason(text)) is not None:
        # "So x = 3, since 2x = 6.": the reason after the value is no part of it (its 6 had been the answer); only
        # when the words before it state a value ("The range is from 0 to 7, since ..." states none: read whole)
        answer, rule, reason = extract_candidate(text[:because].rstrip(" ,") + ".", tables=tables)
        if answer is not None and not (rule == "whole" and prose_words(answer) >= 2):
            return answer, rule, f"{reason} (the reason after it left out)"
    unwrapped = prose_in_math(text)
    if unwrapped is not None:  # "$证明：...所以BC\\perp AC.$": sentences set in math are read as text
        answer, rule, reason = extract_candidate(unwrapped, tables=tables)  # (no delimiters left: once)
        sentence = rule == "last_number" or (rule == "whole" and _is_guess(answer, rule))
        clause = last_math_clause(unwrapped) if sentence else None
        if clause is not None:  # its last number would be the 3 of "...的距离d=\\frac{2\\sqrt{6}}{3}"
            answer, rule, reason = clause, "last_line", "no anchor; the math that ends the last clause"
        return answer, rule, f"{reason} (prose set in math delimiters, read as text)"
    taken_back = _taken_back(text)
    if taken_back is not None:  # "The answer is 12. Wait, actually it is 13.": the reply's last word is 13
        answer, rule, reason = extract_candidate(text[taken_back:].lstrip(" \t,:;-—*"), tables=tables)
        return answer, rule, f"{reason} (after the reply takes its answer back)"
    blocks = list(_TAG_RE.finditer(text))
    if blocks:
        inner = blocks[-1].group(1).strip()
        offered = _distinct(_blocks_side_by_side(text, blocks))
        if len(offered) > 1:  # "<answer>6</answer><answer>5</answer>": two answers offered, as two boxes are
            return (
                ", ".join(offered),
                "answer_tag",
                f"{len(offered)} different <answer> blocks, graded as a list",
            )
        boxed = find_boxed(inner)
        if boxed:
            return _join_boxes(boxed), "answer_tag", "last <answer> block, boxed inside"
        anchored = _last_anchor(inner)
        if anchored is not None:
            return _refine(anchored[0]), "answer_tag", "last <answer> block"
        # the block read as a reply of its own ("<answer>The total is 5.</answer>": its sentence's number, as
        # any one-sentence reply is read, a guess; a bare answer, "5 dots" or "B", stays whole and decided)
        if parse_number(inner.rstrip(" .")) is not None:  # a value, decorated as it may be ("100 per cent")
            return inner, "answer_tag", "last <answer> block"
        answer, rule, reason = extract_candidate(inner, tables=False)
        if rule == "whole" and (lead := chinese_lead_in(inner)) is not None:  # "<answer>面积为12</answer>"
            return lead, "last_line", "the math after its Chinese lead-in (inside the last <answer> block)"
        if rule is None or answer is None or (rule == "whole" and answer.strip() == inner.rstrip(" .")):
            return inner, "answer_tag", "last <answer> block"
        return answer, rule, f"{reason} (inside the last <answer> block)"
    boxed = _final_boxes(text)
    later = _value_after_boxes(text) if boxed else None
    if later is not None:  # "... = \\boxed{255}$ So ... Final Answer: The final answer is $10,455$."
        return _refine(later[0]), later[1], f"after the last '{later[1].replace('_', ' ')}', after the boxes"
    if boxed:
        joined = _join_boxes(boxed)
        n = len({clean_answer(b) for b in boxed})
        return (
            joined,
            "boxed",
            ("boxed answer" if n == 1 else f"{n} different boxed answers, graded as a list"),
        )
    labelled = _after_opening_label(text)
    if labelled is not None:  # "Answer: The cat ends up at point $D$." is read as the reply after the label
        answer, rule, reason = extract_candidate(labelled, tables=False)
        if reason == REFUSAL_REASON:
            return None, None, reason
        if answer is not None:  # a guess stays a guess: the label adds nothing to what the reply says
            return answer, rule, f"{reason} (after the opening answer label)"
    anchored = _last_anchor(text)
    if anchored is not None:
        answer, rule = anchored
        return _refine(answer), rule, f"after the last '{rule.replace('_', ' ')}'"
    named = _named_as_answer(text)
    if named is not None:  # "12 is the answer.", "Thus, x = 3 is the solution.": the marker after its answer
        return _refine(named), "answer_is", "before 'is the answer' (or 'is correct') ending the reply"
    if is_refusal(text):
        return None, None, REFUSAL_REASON
    stripped = text.strip()
    if is_program(stripped):
        return None, None, "the response is a program; no fallback reads an answer from code"
    conclusion = conclusion_value(stripped)
    if conclusion is not None:
        return conclusion, "conclusion", "no anchor; the value after the last 所以/因此 (so)"
    before = (
        _before_closing_table([ln.strip() for ln in stripped.splitlines() if ln.strip()]) if tables else None
    )
    if before is not None:  # "... is 80% more accurate.\n\nHere is a table ...:\n| a | b |\n|---|---|\n..."
        answer, rule, reason = extract_candidate(before, tables=False)
        if rule == "whole":  # a sentence taken whole is no reading of a reply cut short: its last number
            answer, rule, reason = last_number(before), "last_number", "no anchor; last number"
        if answer is not None:
            return answer, rule, f"{reason} (before the table that closes the reply)"
    opening = opening_value(stripped) if stripped[:1].isdigit() else None
    if opening is not None:  # "12\n\nExplanation: there are 3 rows with 4 dots.": 12, not the explanation's 4
        return (
            opening,
            "first_line",
            "no anchor; the bare value that opens the reply, then words that explain it",
        )
    short = stripped and "\n" not in stripped and len(stripped) <= 300
    if short and (bare := drop_connective(stripped)) != stripped and _DIGIT_RE.search(bare):
        # "Therefore, 12.", "So 12": a connective, then the value alone (it had been taken whole, a decided reject)
        return bare.strip().rstrip("."), "whole", "a connective, then the value alone"
    kept = _REJECTED_LAST_RE.match(stripped) if short and "(" in stripped else None
    if short and kept is None and "other" in stripped:
        kept = _OTHER_REJECTED_RE.match(stripped)
    if kept is not None:
        # "So $x = 3$ or $x = -3$ (rejected).": the reply's answer is what it keeps, read as any short reply
        answer, rule, reason = extract_candidate(
            (kept.group(1) or kept.group(2) or kept.group(3)) + ".", tables=False
        )
        if answer is not None:
            return answer, rule, f"{reason} (the alternative the reply rejects left out)"
    if short and "=" in stripped and (value := value_at_condition(stripped)) is not None:
        # "So the minimum is 2 when x = 1.": the value, not the condition's 1 (the reply's last number)
        return (
            value,
            "sentence_number",
            "a short reply; the value it states, not the condition it holds under",
        )
    # (without a tail that states no value: "Hence $x=2$ or $x=3$, which are the answers.")
    untailed = plain_view(stripped) + "." if short and "which" in stripped else stripped
    if short and (listed := _short_solution_list(untailed)) is not None:  # "Therefore $x=-2$ or $x=3$."
        return listed, "whole", "a short reply; the values it gives one unknown"
    if short and (listed := _stated_span_list(untailed)) is not None:  # "The solutions are $x=5$ or $x=-2$."
        return listed, "math_span", "a short sentence whose only math is the list of spans that closes it"
    plain = clean_answer(stripped.rstrip(" .")) if short else ""
    if short and word_label(plain) is not None:
        # "Total cost $=500 \text{ m}^2$": the quantity named in words and its value, whole (its last number
        # is the unit's exponent)
        return stripped.rstrip(" ."), "whole", "a quantity named in words and its value, taken whole"
    if short and ("(" in stripped or "①" in stripped) and numbered_parts(stripped) is not None:
        # "(1) 375 (2) summer clothing": an answer part by part under its labels, whole (not its last sentence's number);
        # circled labels written "(1)", which the cleaning keeps ("① 2 ② 3" would be cleaned to the digits `1 2 2 3`)
        labelled = _CIRCLED_LABEL_RE.sub(lambda m: f" ({ord(m.group()) - 0x245F}) ", stripped).strip()
        return labelled.rstrip(" ."), "whole", "answers part by part under their labels, taken whole"
    if short and labelled_items(plain) is not None:
        # "Maximum = 2, Minimum = 1", "Ann: 5, Ben: 3": every part is a value, so none is the last one
        return stripped.rstrip(" ."), "whole", "labelled values taken whole"
    tentative = _TENTATIVE_RE.fullmatch(stripped) if short and stripped[:1].isalpha() else None
    if tentative is not None and parse_number(tentative.group(1)) is not None:
        # "Maybe 12.", "Probably 12": one value, offered tentatively (it had been taken whole, a decided reject)
        return tentative.group(1), "sentence_number", "a short reply; the one value it offers tentatively"
    if short and (first := _value_not_other(stripped)) is not None:  # "48, not 96"
        return first, "whole", "a value, then another it is not"
    if short and (second := _corrected_value(stripped)) is not None:  # "It's not 10, it's 12."
        return second, "whole", "a value denied, then the value that replaces it"
    if short and (first := _value_explained(stripped)) is not None:  # "6 (since 2*3 = 6)"
        return first, "whole", "a value, then its reason"
    if (
        short
        and ("(" in stripped or " or " in stripped or "i.e" in stripped or "that is" in stripped)
        and (aside := _value_with_aside(untailed)) is not None
    ):
        # "The probability is 1/4 (25%).", "... is 1/4, i.e. 25%.", "The area is 6 (3 × 2 = 6)."; before a tail that
        # states no value ("The length is 5√2 cm (about 7.07 cm), which is the final answer.")
        return aside
    if short and (letter := letter_with_reason(stripped)) is not None:  # "E, given that 3 does not fit."
        return letter, "whole", "a letter, then its reason"
    if short and stripped[:1].isdigit() and word_number(stripped.rstrip(" .")) is not None:
        return stripped.rstrip(" ."), "whole", "a number and a half, taken whole"  # "3 and a half hours": 7/2
    # (its runs read without markdown bold and the sizing of brackets: "The point is **\\left(1, 2\\right)**.")
    viewed = plain_view(stripped) if short else stripped
    if short and (stated := _bracket_stated(viewed)) is not None:  # "The point is (1, 2)."
        return stated, "whole", "a short sentence whose only math is one bracketed value"
    if short and (named := _BRACKET_NAMED_RE.fullmatch(viewed)) is not None:  # "the point (1, 2)"
        return named.group(1), "whole", "a bracketed value after the noun that names its kind"
    if short and unit_of(stripped.rstrip(" .")) is not None:  # "1/2 meters per second squared"
        return stripped.rstrip(" ."), "whole", "a value and its unit taken whole"
    if short and (quantity := _quantity_in_parts(stripped)) is not None:
        return quantity, "last_number", "a short sentence; the one quantity it states, in parts"
    tail_text = strip_text_macros(stripped[-3000:])
    words = {w.lower() for w in PROSE_RE.findall(tail_text)} - MATH_WORDS
    # "So it is 5.": a sentence, not a product of letters (only for the readings of one stated value below;
    # the last-number reading keeps its count, or "It could be 3, 4 or 5." would be read as 5)
    spoken = words | {w.lower() for w in _SHORT_WORDS_RE.findall(tail_text)}
    bold = bold_number(text) if len(words) >= 3 else None
    if bold is not None:
        return bold, "bold", "no anchor; the last number set in markdown bold"
    span = single_math_span(stripped) if len(spoken) >= 1 else None
    row = _last_row(span) if span is not None else None
    if row is not None:  # "... x & =9 \end{aligned}": a derivation's result is its last row
        return row, "last_line", "no anchor; the last row of the derivation that is the reply's only math"
    if span is not None and short and (named := _NAME_THEN_PROPERTY_RE.search(stripped)) is not None:
        # "$n$ is even.", "The number $f$ is increasing": the name and its property in words (the name alone
        # had been read, the reply's only math)
        return (
            f"{named.group(1)} is {named.group(2)}",
            "math_span",
            "a short reply: a name, then its property in words",
        )
    if span is not None:
        return span, "math_span", "a short reply whose only math is this span"
    if short and "$" not in stripped and (relation := plain_relation_tail(stripped)) is not None:
        # "The equation of the line is y = 2x + 1.": its last number had been the guess
        return relation, "math_span", "a short reply that ends with this plain-text relation"
    if short and "$" not in stripped and (value := plain_value_tail(stripped)) is not None:
        # "The distance is 2√5.", "It equals 5π/6.": the value a reply without math delimiters states (it had been
        # taken whole, a sentence compared with a number)
        return value, "math_span", "a short reply that ends with this plain-text value"
    tail = math_tail(stripped)
    # (or a line of its own after a short worked line: "Since $a = 7$, we substitute.\n**x^{2} - 1**"; not a line
    # under a label, a few-shot's option list: "(L) 360.0"; not a line of words that math_tail does not count)
    if tail is not None and (len(words) >= 3 or _tail_is_last_line(stripped, tail)):
        return tail, "last_line", "no anchor; the response ends with a bare math expression"
    if stripped and "\n" not in stripped and len(stripped) <= 300:
        ratio = ratio_in_words(stripped) if "atio" in stripped else None
        if ratio is not None:  # "The ratio of boys to girls is 2 to 3.": 2:3, not its last number
            return ratio, "math_span", "a short reply; the ratio it states in words"
        # (not between two values offered: "There are 3 or 4 apples." had been read as 3)
        # (the alternatives of its last sentence: "... is either 60°, 65°, or 70°. Using the formula, we find that it is
        # 65°." chooses one after listing them)
        hedged = offers_alternatives(last_sentence(stripped)) or _SELF_DENIED_RE.search(stripped) is not None
        stated = sentence_number(last_sentence(stripped)) if len(spoken) >= 2 and not hedged else None
        if stated is not None:  # "There are 3 bars with values below 40.", "I count four objects."
            return stated, "sentence_number", "a short reply; the number its last sentence states"
        stated_zh = chinese_sentence_number(stripped) if stated is None else None
        if stated_zh is not None:  # "所以一共有5个苹果。": the same in Chinese, digits against the words
            return (
                stated_zh,
                "sentence_number",
                "a short reply in Chinese; the number its last sentence states",
            )
        listed = stated_list(last_sentence(stripped)) if words else None
        if listed is not None:  # "The solutions are 5 and 7.": the list, not its last value
            return listed, "sentence_number", "a short reply; the values its last sentence lists"
        # only where math closes the sentence, or a unit in a word or three after it ("$\\frac{1}{2}$ square
        # units."): a clause after it ("all even $n \\geqslant 0$, where $k$ is ...") is part of the answer
        spans = list(_ONE_SPAN_RE.finditer(stripped)) if len(words) >= 2 else []
        closes = bool(spans) and re.fullmatch(
            r"(?:[ \t]*[A-Za-z]++){0,3}[ \t]*[.。!]?[ \t]*", stripped[spans[-1].end() :]
        )
        held = span_of_last_number(stripped, past_names=False) if closes else None
        if held is not None and NUMBER_RE.fullmatch(held.strip()) is None:
            # "Thus, the possible values for $m$ are $1,-1,7,-7$.": the math that holds the last number (as in a
            # long reply), not that number
            return held, "last_math", "a short sentence; the inline math that holds its last number"
        num = last_number(stripped) if len(words) >= 2 and not hedged else None
        if num is not None and bound_before(stripped, num):
            num = None  # "more than 4" bounds the answer; it does not state it
        if num is not None and value_denied(stripped, num):
            num = None  # "12 is not the answer because 3 x 4 = 12.": the sentence denies its last number
        valued = _value_and_unit(stripped, num, words) if num is not None else None
        if valued is not None:  # "The area of the figure is 400.57 cm^2."
            return valued, "last_number", "a short sentence; its last number and its unit"
        end = num if num is None or num in stripped else num.rsplit("/", 1)[-1]  # ("1 in 4" read as 1/4)
        if (
            num is not None
            and not stripped.rstrip(" .!*$€£¥").endswith(end.rstrip("."))
            and not _ends_with_day_half(stripped, num)  # ("The clock shows 10:36pm.": it ends with its time)
        ):
            # the sentence does not end with its number: keep it whole, unless it is the only number
            # of the reply's last sentence ("The model has 4 dots in 2 groups. There are 2 dots in each
            # group.": a short reply ends with its conclusion)
            # ("The number of students in class 5 is 30 students.": the value its copula states, then what it counts)
            closing = last_sentence(stripped)
            if not (
                one_number_sentence(closing) or _concluded(stripped, num) or predicate_value(closing, num)
            ):
                # ("The measure of angle 2 is 40° as shown in Figure 6.": the value before what closes the sentence)
                num = value_before_tail(closing)
        if num is None:  # a bare answer ("\\frac{6}{x}", "Kafelnikov")
            return stripped, "whole", "short response taken whole"
        return _with_day_half(stripped, num), "last_number", "a short sentence; its last number"
    lines = [ln.strip() for ln in stripped.splitlines() if ln.strip()]
    if lines and re.fullmatch(r"(\$\$|\\\[|\$).+(\$\$|\\\]|\$)\.?", lines[-1]):
        return lines[-1], "last_line", "last line is display math"
    num = last_number(text)
    closing = last_sentence(lines[-1]) if lines and len(lines) > 1 else ""
    if closing and "=" in closing and (value := value_at_condition(closing)) is not None:
        return value, "last_line", "no anchor; the value the last sentence states before its condition"
    if closing and not _DIGIT_RE.search(closing) and (worded := sentence_number(closing)) is not None:
        # "I see 3 rows and 4 columns.\nSo there are twelve squares in total.": the count the last sentence
        # states in words, not the last digits before it
        return worded, "sentence_number", "no anchor; the count the last sentence states in words"
    if closing and num is not None and (stated := _other_stated_number(closing, num)) is not None:
        # "...\nThe total is 12, because there are 3 rows of 4.": the value the last sentence states before its reason,
        # as a short reply's is read, not the reason's last number
        return stated, "sentence_number", "no anchor; the number the last sentence states"
    if lines and num is not None:
        # the last sentence states its values as a list: "Therefore, $x=5$ or $x=-2$.", "... less than 100 are 8,
        # 32, 44, 68 and 80.": the list, not its last item (as after an anchor and in a short reply)
        run = _closing_span_list(lines[-1])
        if run is not None and _listed_values(run):
            return run, "last_math", "no anchor; the math spans the last sentence lists"
        listed = stated_list(last_sentence(lines[-1]))
        if listed is not None:
            return listed, "last_line", "no anchor; the values the last sentence lists"
    relation = plain_relation_tail(last_sentence(lines[-1])) if lines and "$" not in lines[-1] else None
    if relation is not None:  # "... So the line is y = 2x + 1.": the relation, not its last number
        return relation, "last_math", "no anchor; the plain-text relation that ends the last sentence"
    if lines and len(lines) > 1 and "$" not in lines[-1]:
        # "...\nSo the value is x^{2} - 1.", "...\nThus the result is [1, 3).": the value the last sentence states in
        # plain text, as a one-line reply's is read (its last number, 1 or 3, had been the guess)
        closing = plain_view(last_sentence(lines[-1]))
        if (value := plain_value_tail(closing)) is not None:
            return value, "last_math", "no anchor; the plain-text value that ends the last sentence"
        if (stated := _bracket_stated(closing)) is not None:
            return stated, "last_math", "no anchor; the bracketed value the last sentence states"
    # (whether or not a number of its own is left: `$b=N_{A} d^{3}$` holds only arguments, and is the answer)
    span = span_of_last_number(text)
    if span is not None:
        return span, "last_math", "no anchor; the inline math that holds the last number"
    # "... we get\n$$\nf=-\frac{E}{e q d \beta}\n$$": its 2, or its \frac{1}{2}, had been the answer
    block = _closing_display(text) if num is not None else None
    if block is not None:
        return (
            block,
            "last_line",
            "no anchor; the display math, on lines of its own, that closes the response",
        )
    # ("... 60° is incorrect.", "... fewer than 70 billboards": a denied or compared last number is no guess;
    # "at most 100 knights in total" is, an extremum being what such a solution concludes)
    if num is not None and not bound_before(text, num, extremes=False):
        return _with_day_half(text, num), "last_number", "no anchor; last number in the response"
    if lines and len(lines[-1]) <= 100:
        return drop_connective(lines[-1]), "last_line", "no anchor; short last line"
    return None, None, "no answer found"


_DERIVATION_RE = re.compile(
    r"\s*\\begin\{(aligned|gathered|align\*?|gather\*?|split|eqnarray\*?|array)\}(?:\{[^{}]*\})?(.*)\\end\{\1\}\s*",
    re.S,
)


# a display block that closes a reply, its delimiters on lines of their own (`$$\n...\n$$`, `\[\n...\n\]`):
# bounded, with no other delimiter inside
_CLOSING_DISPLAY_RE = re.compile(
    r"(?:\$\$|\\\[)\s*\n((?:(?!\$|\\\[|\\\]).){1,600}?)\n\s*(?:\$\$|\\\])\s*\.?\s*$", re.S
)


def _closing_display(text: str) -> str | None:
    """The math of a display block that closes `text` on lines of its own, or the last row of the derivation
    it holds; None when there is none or the block is more than one statement."""
    m = _CLOSING_DISPLAY_RE.search(text[-700:])
    if m is None:
        return None
    math = m.group(1).strip().rstrip(" .,;")
    row = _last_row(math)
    if row is not None:
        return row
    if "\\begin" in math or "\\\\" in math or "\n" in math.strip():
        return None
    return math or None


def _last_row(span: str) -> str | None:
    """The last row of a derivation written as one multi-row environment (`aligned`, `gathered`, an `array`
    of rows), without its alignment marks, and without the `=` a continued row opens with (`& =\frac{-1}{1997}`);
    None for anything else, or a single row."""
    m = _DERIVATION_RE.fullmatch(span)
    if m is None:
        return None
    rows = [r.replace("&", " ").strip() for r in m.group(2).split("\\\\")]
    rows = [r for r in rows if r]
    if len(rows) < 2:
        return None
    last = re.sub(r"^=\s*", "", rows[-1]).rstrip(" .,;").strip()
    return last or None


def _value_and_unit(text: str, num: str, words: set[str]) -> str | None:
    """`num` and its unit when a short sentence of two or more words ends with them, the unit written apart
    from the value (`114m^2` in prose is 114 square metres, not 114 times m squared), else None. A unit's
    own words are no prose: "it's 1,000.99 square meters" is read as "it's 1,000.99 m^2" is (found by
    scripts/metamorphic_check.py's `unit_words` rewrite)."""
    at = text.rfind(num)
    if at < 0:  # a joined reading (a ratio's head and its number) is not written as such
        return None
    valued = text[at:].rstrip(" .!*$")
    unit = valued[len(num) :].strip()
    prose = words - {w.lower() for w in PROSE_RE.findall(unit)}
    if unit and len(prose) >= 2 and unit_of(valued) is not None:
        # "It takes 2 hours and 30 minutes.": the parts before it in larger units are one quantity with it
        parts = _PARTS_BEFORE_RE.search(text, 0, at)
        if parts is not None and compound_quantity(text[parts.start() : at] + valued) is not None:
            return text[parts.start() : at] + valued
        return f"{num} {unit}"
    return None


def _quantity_in_parts(text: str) -> str | None:
    """The one quantity a one-sentence reply states in parts, when words follow it ("He is 5 feet 6 inches tall.",
    "The trip takes 2 h 30 min in total." -> "5 feet 6 inches", "2 h 30 min"; had been taken whole, two numbers),
    else None: the sentence holds no other number, and no bound before the quantity ("at least 5 feet 6 inches")."""
    last = last_match(NUMBER_RE, text)
    if last is None:
        return None
    num = last.group().strip()
    at = text.index(num, last.start())
    unit = re.match(r"[ \t]*[A-Za-z]+", text[at + len(num) :])
    parts = _PARTS_BEFORE_RE.search(text, 0, at) if unit is not None else None
    if parts is None or SENTENCE_END_RE.search(text.strip().rstrip(".!")):
        return None
    quantity = text[parts.start() : at + len(num) + unit.end()].strip()
    rest = text[: parts.start()] + " " + text[at + len(num) + unit.end() :]
    # (a reply that is the quantity alone, "1 h 35 min", is read as it was: whole)
    if NUMBER_RE.search(rest) or not re.search(r"[A-Za-z]", rest) or compound_quantity(quantity) is None:
        return None
    first = NUMBER_RE.search(quantity)
    return None if first is None or bound_before(text, first.group().strip()) else quantity


# one or two parts of a quantity before its last part ("2 hours and ", "1 h 20 min "), each a number and a unit word
_PARTS_BEFORE_RE = re.compile(
    r"(?:\d+(?:\.\d+)?[ \t]*[A-Za-z]+\.?(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)){1,2}$"
)


_SO_RE = re.compile(r"(?:,\s*|\b)(?:so|therefore|thus|hence)\b[,:]?", re.IGNORECASE)


def _concluded(text: str, num: str) -> bool:
    """Whether a short reply's last clause after "so" / "therefore" / "thus" / "hence" holds exactly one
    number and that is `num` ("I count 3 cubes, 2 spheres and 1 cylinder, so 3 cubes.")."""
    m = last_match(_SO_RE, text)
    return m is not None and [n.strip() for n in NUMBER_RE.findall(text[m.end() :])] == [num]


_TABLE_RULE_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")


def _before_closing_table(lines: list[str]) -> str | None:
    """The text before a markdown table that ends the reply (a header, its `---|---` rule, rows), without
    the sentence that introduces it ("Here is a table of ...:"), when that text holds a number: a reply
    that appends its data as a table states its answer before it (the table's last cell is no answer)."""
    start = len(lines)
    while start > 0 and "|" in lines[start - 1]:
        start -= 1
    table = lines[start:]
    if len(table) < 3 or not any(_TABLE_RULE_RE.fullmatch(ln) for ln in table[:3]):
        return None
    head = lines[:start]
    if head and head[-1].endswith(":"):
        head = head[:-1]
    text = "\n".join(head)
    return text if re.search(r"\d", text) else None


# a percent or degree mark right after a box that holds a plain number
_BOXED_NUMBER_RE = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")
_MARK_AFTER_BOX_RE = re.compile(r"[ \t]*(\\%|%|\^\s*\{?\s*\\circ\s*\}?|°)")


def _box_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of every box, in order (as `find_boxed` reads them)."""
    spans = []
    pos = 0
    while (m := _BOX_RE.search(text, pos)) is not None:
        j = m.end()
        if j < len(text) and text[j] == "{":
            group = _read_group(text, j)
            if group is None:  # unbalanced: the rest is the box
                spans.append((m.start(), len(text), text[j + 1 :].rstrip().rstrip("$")))
                break
            content, end = group
            # "$\boxed{50}\%$": 50%, the mark after a box that holds a plain number is the number's (it had been 50)
            mark = _MARK_AFTER_BOX_RE.match(text, end) if _BOXED_NUMBER_RE.fullmatch(content) else None
            if mark is not None:
                content, end = content.strip() + mark.group(1), mark.end()
            spans.append((m.start(), end, content))
            pos = end
        else:
            tok = re.match(r"[^\s$.,;]+", text[j:])
            if tok and m.group(0).endswith(" "):
                spans.append((m.start(), j + tok.end(), tok.group(0)))
            pos = j
    return spans


def _final_boxes(text: str) -> list[str]:
    """The boxes of the final answer: the last box and the boxes just before it. A box followed by at
    least three words of prose before the next box was an intermediate result or a corrected attempt
    ("... = \\boxed{5} pieces. However, we need cuts: \\boxed{4}"), as is a box followed by an answer
    marker ("Answer: \\boxed{2.5}"), and is dropped, as the usual last-box rule would; boxes side by side
    ("\\boxed{2} or \\boxed{3}", one per line) stay together."""
    spans = _box_spans(text)
    if not spans:
        return []
    first = len(spans) - 1
    while first > 0:
        between = strip_text_macros(text[spans[first - 1][1] : spans[first][0]])
        if len([w for w in PROSE_RE.findall(between) if w.lower() not in MATH_WORDS]) >= 3:
            break
        if any(
            regex.search(between) for regex, _ in _markers(between)
        ):  # "\\boxed{2.5cm}. Answer: \\boxed{2.5}"
            break
        first -= 1
    return [content for _, _, content in spans[first:]]


def _anchor_after_boxes(text: str) -> tuple[str, str] | None:
    """An answer marker after the last box that names one option letter ("... \\boxed{x = 18} ...
    Therefore, the final answer is (E)."): the response's last word on a multiple-choice question."""
    spans = _box_spans(text)
    anchored = _last_anchor(text[spans[-1][1] :]) if spans else None
    if anchored is None or not re.fullmatch(
        r"\s*[\(\[]?\s*[A-Z]\s*[\)\]]?[\s.]*", strip_text_macros(anchored[0])
    ):
        return None
    return anchored


def _value_after_boxes(text: str) -> tuple[str, str] | None:
    """A final-answer statement after the last box that states a value ("... = \\boxed{255}$ So he has
    $10,455. Final Answer: The final answer is $10,455$."): a box mid-solution is an intermediate result,
    and the reply's closing statement is what it commits to. Only the explicit "final answer" marker
    counts ("the answer is" also opens remarks about a step), and only a value with a digit in it."""
    spans = _box_spans(text)
    tail = text[spans[-1][1] :] if spans else ""
    m = last_match(_FINAL_RE, tail)
    if m is None:
        return None
    answer = _answer_after(m, tail).strip()
    digits = re.findall(r"\d+", answer)
    if not digits or digits == re.findall(r"\d+", spans[-1][2]):
        return None  # no value stated, or the box's own value restated ("\\boxed{5}. Final answer: 5 apples")
    return answer, "final_answer"


def _blocks_side_by_side(text: str, blocks: list[re.Match[str]]) -> list[str]:
    """The contents of the last `<answer>` block and of those just before it with at most two words between
    them (" or ", a line break); the last block's alone when it has no such neighbour. (A block inside the
    reasoning, `<think>...<answer>6</answer></think>`, is gone by then: the reply is read after its reasoning.)"""
    first = len(blocks) - 1
    while first > 0 and len(PROSE_RE.findall(text[blocks[first - 1].end() : blocks[first].start()])) <= 2:
        first -= 1
    return [content for m in blocks[first:] if (content := m.group(1).strip())]


def _distinct(answers: list[str]) -> list[str]:
    """`answers` without those that clean to one already kept, in order."""
    distinct: list[str] = []
    for a in answers:
        if clean_answer(a) not in [clean_answer(d) for d in distinct]:
            distinct.append(a)
    return distinct


def _join_boxes(boxed: list[str]) -> str:
    """One box: its content. Several: the distinct contents as a comma list (a hack listing every option
    then grades as a list, which never equals a single gold)."""
    return ", ".join(_distinct(boxed))


def extract_answer(
    response: str,
    *,
    choices: list[str] | None = None,
    config: GradeConfig | None = None,
    letters: str | None = None,
) -> Extraction:
    r"""Extract the final answer from a full response.

    `choices` (option texts in letter order) or `letters` (e.g. "ABCDE" when options are only in the
    question) switch on multiple-choice mapping: the result is then an option letter.

    >>> extract_answer(r"... so the total is \boxed{42}.")
    Extraction(answer='42', rule='boxed', reason='boxed answer', raw='42', guessed=False)
    >>> extract_answer("The answer is (B).", choices=["1", "2", "3"]).answer
    'B'
    """
    config = config or GradeConfig()
    if not isinstance(response, str):
        return Extraction(None, None, f"response is {type(response).__name__}, not str")
    choices = own_labels_dropped(choices)  # ("(A) 5", "(B) 6": the options' texts are 5 and 6)
    text = _reply_text(response, config)
    if too_deep(text, 2 * config.max_nesting):
        return Extraction(None, None, f"{TOO_DEEP} ({2 * config.max_nesting}): not read, no fallback")
    answer, rule, reason = extract_candidate(text)
    lead = chinese_lead_in(answer) if answer is not None and rule in _LEAD_IN_RULES else None
    if lead is None and rule in ("last_number", "last_math"):  # its number may sit in a Chinese last line
        last_line = text.rstrip().rsplit("\n", 1)[-1]
        table = last_line.lstrip().startswith("|")  # a table's row is no lead-in
        lead = chinese_lead_in(last_line) if answer and answer in last_line and not table else None
    if (
        lead is not None
    ):  # "于是F点的坐标为 $(\frac{1}{2}, 0)$": the words only lead in to the math that ends it
        answer, rule, reason = lead, "last_line", f"{reason}; the math after its Chinese lead-in"
    guessed = _is_guess(answer, rule)
    if answer is None and reason == REFUSAL_REASON:  # no option letter is read from a refusal either
        return Extraction(None, None, reason)
    if choices is not None or letters:
        boxes = _final_boxes(text) if rule == "boxed" else None
        if rule == "boxed" and (later := _anchor_after_boxes(text)) is not None:
            answer, rule, reason = (
                later[0],
                later[1],
                f"after the last '{later[1].replace('_', ' ')}', after the boxes",
            )
            boxes = None
        ext = match_choice(text, answer, rule, reason, choices=choices, letters=letters, boxes=boxes)
        whole = _reply_is_option(text, choices, letters)
        if whole is not None and whole[0] != ext.answer:  # the reading an extraction's cut changed
            return Extraction(whole[0], "choice_text", whole[1], raw=whole[2])
        opening = ext.reason == "option letter opening the response"
        guessed = (guessed or rule is None or ext.guessed) and ext.found and not opening
        return replace(ext, guessed=guessed, reason=ext.reason + ("; guessed" if guessed else ""))
    if answer is None:
        return Extraction(None, None, reason)
    return Extraction(clean_answer(answer), rule, reason, raw=answer, guessed=guessed)


# a line that starts a new question ("Question: ...", "Q: ..."): few-shot prompts make models go on past
# their own answer with questions they make up, and answer those too
# (spaces and tabs only between the line's start and the word: `\s*` would rescan a run of blank lines
# once per newline in it, quadratic on a reply of a million newlines)
# ("Question 2:", "Q3:", "Question #4:": a numbered one too)
NEXT_QUESTION_RE = re.compile(r"\n[ \t]*(?:Question|Q)(?:[ \t]*#?\d{1,3})?[ \t]*[:：]", re.IGNORECASE)


def before_own_question(text: str) -> str:
    """`text` up to the first question it makes up after answering ("... The answer is B.\n\nQuestion: A shop
    sells pens ... Therefore, he bought 5."), when the part before that question holds an answer marker or a
    box: that part answers the question asked, the rest answers questions of its own. Otherwise `text`."""
    found = NEXT_QUESTION_RE.search(text)
    if found is None or found.start() == 0:
        return text
    before = text[: found.start()].rstrip()
    if found.group().strip().lower().startswith("question"):
        return before  # "Question:" on a line of its own starts one, whatever came before it
    if _last_anchor(before) is None and _TAG_RE.search(before) is None and not find_boxed(before):
        return text  # "Q:" may be a point's label ("P: (1, 2)\nQ: (3, 4)"): only after an answer
    return before


def _reply_text(response: str, config: GradeConfig) -> str:
    """What the reply says, before any rule: NULs and lost escapes repaired, spaces made plain, capped at its
    last `max_response_chars`, cut before a question of its own made up after its answer
    (`before_own_question`), chat-template leftovers, a closed reasoning block and closing pleasantries
    dropped."""
    # ("x₁ = 3 and x₂ = 2": the readings of a reply's names see `x_1`; its last number had been 2)
    text = plain_spaces(lost_escapes(response.replace("\x00", "").replace("\r\n", "\n")))
    text = subscript_digits(text, braced=False)
    # ("The expanded form is x² + 2x + 1.": the power, not a glyph the readers took for a word; its 1 had been read)
    text = superscript_powers(text)
    if "\u20e3" in text:  # a keycap digit, as chat models write one ("The answer is 4️⃣."): the digit
        text = _KEYCAP_RE.sub(r"\1", text)
    if not text.isascii():
        # "The slope is 1⁄3.": the fraction slash (U+2044) and the division slash (U+2215) are a slash (the 3 had been
        # read); "The slope is ½.": a vulgar fraction on its own is that fraction in plain text, as "1/2" is read (the
        # sentence had been taken whole); after a digit it is a mixed number's ("2½"), left as written (the two rules
        # look behind at every position: a sign of a fraction is found first, for speed)
        if _FRACTION_SIGN_RE.search(text):
            text = _FRACTION_SLASH_RE.sub("/", text)
            text = _LONE_VULGAR_RE.sub(lambda m: _VULGAR_PLAIN[m.group(0)], text)
        # "The change is –8.": an en dash against a number, after no word or number, is its sign (the readers had
        # read 8); "3–8" and "Answer – 8" stay
        if "–" in text:
            text = _EN_DASH_SIGN_RE.sub("-", text)
    if len(text) > config.max_response_chars:
        text = text[-config.max_response_chars :]
    text = before_own_question(text)
    if "![" in text:  # a markdown image ("...=\frac{\sqrt{3}}{6}.![Image](https://...jpg)") says no answer
        text = _IMAGE_RE.sub("", text)
    # "134（单位：厘米）": the unit the note names, after its value ("134厘米"), not a remark dropped
    if "单位" in text:
        text = _ZH_UNIT_NOTE_RE.sub(r"\1", text)
    # ("The length of side 2 is 3.5cm.": 3.5, not the side's 2, the only number the sentence readers had seen)
    # (a short reply only, where the sentence readers look: the regex, a lookbehind at every position, had cost 17 us
    # a long MathCheck reply, whose last number the last-number reader takes with its unit)
    if len(text) <= 400 and _GLUED_UNIT_RE.search(text):
        text = _GLUED_UNIT_RE.sub(r"\1 ", text)
    if " and " in text and ("half" in text or "quarter" in text or "third" in text):
        text = mixed_words_as_vulgar(text)  # ("It takes 2 and a half hours.": 2½, not its 2)
    return drop_closers(after_reasoning(box_tokens(strip_chat_template(final_channel(text)))))


_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,300}\]\([^()\s]{0,2000}\)")
# a metric unit of two letters written against its number ("3.5cm", "12cm²", "5kg"): a space between them, so the
# number is one (a digit before a letter is no number for the sentence readers); not inside a name ("x2cm"), and not
# a one-letter unit ("40m" may be minutes) unless a power makes it metres ("614.89m^2", "12m³")
_GLUED_UNIT_RE = re.compile(
    r"(?<![A-Za-z_\\\d.])(\d+(?:\.\d+)?)"
    r"(?=(?:(?:cm|mm|km|kg|mg|ml)(?:\^?\{?[23]\}?|[²³])?|m(?:\^\{?[23]\}?|[²³]))(?![A-Za-z]))"
)
_KEYCAP_RE = re.compile("([0-9#*])\ufe0f?\u20e3")
_FRACTION_SLASH_RE = re.compile("(?<=\\d)\\s?[\u2044\u2215]\\s?(?=\\d)")
_VULGAR_PLAIN = {ch: f"{n}/{d}" for ch, (n, d) in VULGAR_FRACTIONS.items()}
# (not as a power, `x^½`, nor before a name it multiplies, `½x`, `½(a+b)`: "1/2" there reads as another value)
_LONE_VULGAR_RE = re.compile(f"(?<![\\d^_])[{''.join(_VULGAR_PLAIN)}](?![\\w\\\\(√π{{])")
_FRACTION_SIGN_RE = re.compile(f"[\u2044\u2215{''.join(_VULGAR_PLAIN)}]")
_EN_DASH_SIGN_RE = re.compile(r"(?<![\w.)\]}–-])–(?=\d)")
_ZH_UNIT_NOTE_RE = re.compile(r"(?<=\d)\s*[(（]\s*单位\s*[:：]\s*([^()（）\n]{1,10}?)\s*[)）]")


def stated_texts(response: str, config: GradeConfig | None = None) -> list[str]:
    """The texts a reply states as its answer when it is read whole: the reply itself, and all it says after
    its last answer marker ("The answer is ...", "**Answer:** ..."). The grader compares them with a gold no
    rule reads (`comparison.prose.same_statement`). Texts longer than `max_answer_chars` are left out."""
    config = config or GradeConfig()
    if not isinstance(response, str):
        return []
    stripped = _reply_text(response, config).strip()
    tail = _after_last_marker(stripped[-(config.max_answer_chars + 40) :])  # one further back is longer
    tail = tail.strip(" \t\n:：*") if tail is not None else ""
    return [t for t in (stripped, tail) if t and len(t) <= config.max_answer_chars]


def _after_last_marker(text: str) -> str | None:
    """All `text` says after its last answer marker ("final answer", "the answer is", "Answer:"), or None
    when it has none."""
    ends = [m.end() for regex, _ in _markers(text) if (m := last_match(regex, text)) is not None]
    return text[max(ends) :] if ends else None


def _reply_is_option(
    text: str, choices: list[str] | None, letters: str | None
) -> tuple[str, str, str] | None:
    """(letter, reason, text) when the reply, or all it says after its last answer marker, is one option's
    whole text ("The answer is less than 10." for option "less than 10"; "Mike won. He had 3 points more.";
    "Less than $12.5 \\%$"), or the reply (or what it says after that marker) is an option letter followed by
    that option's own text: read before an extraction cuts it down to a number, a first sentence or a math
    span that is another option's text."""
    if not choices:
        return None
    letters = letters or letters_for(choices)
    stripped = text.strip()
    if len(stripped) > 600:
        return None
    tail = _after_last_marker(stripped)
    tail = tail.lstrip(" :：") if tail is not None else None
    for part, why in (
        (stripped, "the reply is an option's whole text"),
        (tail, "after the last answer marker, an option's whole text"),
    ):
        if part:
            letter = whole_option_text(part, choices, letters)
            if letter is not None:
                return letter, why, part
    for part in (stripped, tail):  # "(A) Less than $12.5 \\%$", not option B's 12.5%, bare or after a marker
        own = letter_with_its_text(part, choices, letters) if part else None
        if own is not None:
            return own, "an option letter with its own text", part
    return None


# a name in math, then what it is in words, closing the reply ("$n$ is even.", "$a_n$ is an arithmetic sequence")
_NAME_THEN_PROPERTY_RE = re.compile(
    r"\$\s*((?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?)\s*\$\s+(?:is|are)\s+([A-Za-z][A-Za-z -]{0,60}?)\s*[.!]?\s*$"
)


def _is_guess(answer: str | None, rule: str | None) -> bool:
    """Whether a fallback, not an anchor, picked `answer`: the guess rules, and a reply taken whole when
    it is a sentence (two or more words of prose) rather than a bare answer."""
    if rule in GUESS_RULES:
        return True
    if rule == "whole" and answer is not None:
        if (
            labelled_items(clean_answer(answer)) is not None
        ):  # labels are names, not prose around a guessed value
            return False
        return prose_words(strip_text_macros(answer)) >= 2
    return False
