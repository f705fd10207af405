r"""Answers stated in sentences, and text that holds no answer: the general rules behind `answer.py`.

- `strip_chat_template`: a chat template's leftovers end the response (`</s>`, `<|im_end|>`, `<eos>`,
  `<|eot_id|>`, ...); a new turn the model started (`<|im_start|>user ...`) is not part of its answer.
- `too_deep`: brackets nested deeper than the caps: such a response is not read at all (no fallback
  picks a number out of 1000 nested `\sqrt{`).
- `is_program`: a response that is mostly code; no fallback reads an answer from a program.
- `quantity_value`: "AC is 6.0 cm long", "∠AEC is 55°", "x的值是16 cm", "(35 + 70 = 105)": a sentence that
  names the quantity first and states its value after a copula (is/equals/是/为/est/ist/=) gives the value.
- `sentence_number`: a one-sentence reply whose answer is its only number once elaborations are dropped
  ("recorded in 2016, with 94% of ..."), or the count after "there are" ("There are 3 bars with values
  below 40"); number words count ("four objects").
- `chinese_sentence_number`: the same for a sentence in Chinese ("所以一共有5个苹果。" -> 5, "大约需要20 347朵鲜花"
  -> 20 347), where digits sit against the words with no space;
- `single_math_span`: a short reply whose only math is one span ("We find that $x \lt 3$.",
  "Answer \[ 9 \]") is that span, a relation included, not its last number.

All are linear regex scans on text already capped in length; nothing here parses mathematics.
"""

from __future__ import annotations

import re
from fractions import Fraction

from mmeval.verifiers.extraction.normalize import (
    BOUND_SIGNS,
    CHANGED_AFTER_RE,
    CHANGED_BEFORE_RE,
    CJK_CHARS,
    NEGATIVE_BEFORE_RE,
    REFERENCE_BEFORE_RE,
    braces_balanced,
    split_top_level,
    strip_text_macros,
)
from mmeval.verifiers.extraction.units import CJK_UNIT, GENERIC_UNIT, unit_of

__all__ = [
    "ZH_NUMERAL",
    "chinese_numeral",
    "counted_chinese_numerals",
    "strip_chat_template",
    "too_deep",
    "is_program",
    "quantity_value",
    "stated_values",
    "sentence_number",
    "chinese_sentence_number",
    "bound_before",
    "clock_phrase",
    "plain_relation_tail",
    "plain_value_tail",
    "plain_view",
    "mixed_words_as_vulgar",
    "ratio_in_words",
    "relation_in_signs",
    "predicate_value",
    "value_before_tail",
    "value_at_condition",
    "single_math_span",
    "word_number",
    "RESULT_VERBS",
    "SCALE_WORDS",
    "STATED_BEFORE_RE",
    "PRECISION_UNITS",
    "TOTAL_WORDS",
    "box_tokens",
    "final_channel",
]

# End-of-turn / end-of-sequence tokens of common chat templates (Llama 2, ChatML, Gemma, Llama 3 and 3.1, Phi,
# DeepSeek's `<｜end▁of▁sentence｜>` with full-width or ASCII bars, gpt-oss's `<|return|>`).
_END_TOKENS_RE = re.compile(
    r"</s>|<\|im_end\|>|<\|endoftext\|>|<eos>|<\|eot_id\|>|<\|eom_id\|>|<end_of_turn>|<\|end\|>|<\|end_of_text\|>"
    r"|<[|｜]end▁of▁sentence[|｜]>|<\|return\|>"
)
# the tokens that open a turn (a new user turn, or an assistant turn where a reply ran on) or close the user's
# (Llama 2's `[/INST]`)
_NEW_TURN_RE = re.compile(
    r"<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>|\[/?INST\]|<\|user\|>|<\|assistant\|>"
    r"|<[|｜](?:User|Assistant)[|｜]>|<\|start\|>"
)
_START_TOKENS_RE = re.compile(r"^\s*(?:<s>|<bos>|<\|begin_of_text\|>)")


def strip_chat_template(text: str) -> str:
    """`text` up to the first end-of-turn token or new turn that follows some content.

    >>> strip_chat_template("4<|im_end|>\\n<|im_start|>user\\nWhat about 7?")
    '4'
    """
    if "<" not in text and "INST]" not in text:  # every token opens with `<`, but `[INST]` and `[/INST]`
        return text
    text = _START_TOKENS_RE.sub("", text)
    for regex in (_END_TOKENS_RE, _NEW_TURN_RE):
        cut = next((m.start() for m in regex.finditer(text) if text[: m.start()].strip()), None)
        if cut is not None:
            text = text[:cut]
        text = regex.sub("", text)  # tokens with nothing before them
    return text


# GLM-4.1V / GLM-4.5V set their final answer between box tokens ("</think><answer>... <|begin_of_box|>B<|end_of_box|>"):
# the answer box, read as `\boxed{}` is (a content whose braces do not balance keeps only its text)
_BOX_TOKENS_RE = re.compile(r"<\|begin_of_box\|>(.*?)<\|end_of_box\|>", re.DOTALL)


def box_tokens(text: str) -> str:
    r"""`text` with each `<|begin_of_box|>X<|end_of_box|>` written `\boxed{X}`.

    >>> box_tokens("so <|begin_of_box|>B<|end_of_box|>")
    'so \\boxed{B}'
    """
    if "<|begin_of_box|>" not in text:
        return text
    return _BOX_TOKENS_RE.sub(
        lambda m: f"\\boxed{{{m.group(1).strip()}}}" if braces_balanced(m.group(1)) else m.group(1), text
    )


_FINAL_CHANNEL = "<|channel|>final<|message|>"


def final_channel(text: str) -> str:
    """gpt-oss's harmony format: the text of the last final channel, after the analysis channel's reasoning
    (`<|channel|>analysis<|message|>...<|end|><|start|>assistant<|channel|>final<|message|>5<|return|>`); `text`
    unchanged when it has none. Read before the template's tokens: the analysis ends with `<|end|>`.

    >>> final_channel("<|channel|>analysis<|message|>6?<|end|><|start|>assistant<|channel|>final<|message|>5")
    '5'
    """
    if _FINAL_CHANNEL not in text:
        return text
    rest = text[text.rfind(_FINAL_CHANNEL) + len(_FINAL_CHANNEL) :]
    return rest if rest.strip() else text


def after_reasoning(text: str) -> str:
    """The reply after its reasoning: the text after the last closing tag of a reasoning block (`</think>`,
    Kimi-VL's `◁/think▷`, `</thinking>`) when some follows it (R1-style replies, whose chat template may open
    `<think>` in the prompt); else `text` unchanged, so an answer written only inside the block is still read.

    >>> after_reasoning("<think>2 + 2 is 4, not 5</think>\\n\\n(-\\\\infty, 4]")
    '(-\\\\infty, 4]'
    >>> after_reasoning("◁think▷maybe 7◁/think▷12")
    '12'
    """
    if "think" not in text:  # (every closer holds the word: one scan for most replies, which have none)
        return text
    cut, close = max((text.rfind(tag), tag) for tag in _REASONING_CLOSERS)
    if cut < 0:
        return text
    rest = text[cut + len(close) :]
    return rest.strip() if rest.strip() else text


_REASONING_CLOSERS = ("</think>", "◁/think▷", "</thinking>")


def too_deep(text: str, limit: int) -> bool:
    """Whether brackets (`{`, `(`, `[`) nest deeper than `limit` anywhere in `text`."""
    if text.count("{") + text.count("(") + text.count("[") <= limit:
        return False  # too few openers to nest that deep: skips the scan (most of a long reply's cost)
    depth = 0
    for ch in text:
        if ch in "{([":
            depth += 1
            if depth > limit:
                return True
        elif ch in "})]":
            depth = max(0, depth - 1)
    return False


_CODE_LINE_RE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import |print\(|return\b|for .+ in .+:|while .+:|if .+:|elif |else:"
    r"|#|[A-Za-z_]\w*(?:\[[^\]]*\])?\s*[+\-*/]?=\s*\S)"
)


def is_program(text: str) -> bool:
    """Whether `text` is mostly code: a Python keyword line (`def`, `import`, `from ... import`, `print(`,
    `return`, `for ... in`) and, of at least 3 non-empty lines, over half Python statements, or 2 lines that both are
    (`x = 4.0` / `print(x)`). The lines of a bracket a statement opened (a dict or list literal written
    over many lines: `data = {` / `    2000: 45.0,` / `}`) are part of that statement."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("```")]
    if len(lines) < 2 or not re.search(
        r"^[ \t]*(?:def |import |from \S+ import |print\(|return\b|for .+ in )",
        text,
        re.M,  # not \s*: quadratic on blank lines
    ):
        return False
    code = depth = 0
    for line in lines:
        if depth or _CODE_LINE_RE.match(line):
            code += 1
            depth = max(0, depth + sum(map(line.count, "([{")) - sum(map(line.count, ")]}")))
    return code == len(lines) if len(lines) == 2 else code * 2 > len(lines)


_WORDS = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


_TENS = {w: n for w, n in _WORDS.items() if n >= 20}
_UNITS_WORDS = {w: n for w, n in _WORDS.items() if 0 < n < 10}
_WORD_ANSWER_RE = re.compile(
    r"\s*(?P<a>[a-z]+)(?:[\s-]+(?P<b>[a-z]+))?(?P<rest>(?:\s+[a-z]+){0,2})\s*[.!]?\s*", re.IGNORECASE
)


# a number in English words with a scale inside it ("one thousand five hundred", "three hundred and forty-five",
# "two million four hundred thousand"): read by hand, as the Chinese numerals below are (word2number does this,
# but it also reads "five two" as 52 and "point" anywhere; one more dependency for a dozen lines)
_COMPOUND_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_COMPOUND_WORD = rf"(?:{'|'.join(w for w in _WORDS if w != 'none')}|hundred|thousand|million|billion)"
# three words or more of one number ("one thousand five hundred"; two are read by `word_number` as they stand)
_COMPOUND_RUN_RE = re.compile(rf"\b(?:(?:{_COMPOUND_WORD}|and)[\s-]+){{2,}}{_COMPOUND_WORD}\b", re.IGNORECASE)


_COUNT_AND_NOUN_RE = re.compile(r"\s*\d+(?:\s+[A-Za-z]+){0,2}\s*[.!]?\s*")


# tens then units in words, hyphenated or not ("twenty-five", "thirty one"): one number; not before a hyphen ("twenty
# one-dollar bills" are 20 bills)
_TENS_UNITS_RE = re.compile(
    rf"\b({'|'.join(_TENS)})(?:-|[ \t]+)({'|'.join(_UNITS_WORDS)})\b(?!-)", re.IGNORECASE
)
# "one hundred", "a thousand", "a dozen" alone (a run of three words or more is `compound_number`'s; "half a dozen" is
# not a dozen)
_ONE_SCALE_RE = re.compile(
    r"(?<!half )\b(?:one|a)[ \t]+(hundred|thousand|dozen)\b(?![ \t-]+(?:and[ \t]+)?"
    + _COMPOUND_WORD
    + r"\b)",
    re.IGNORECASE,
)
_ONE_SCALE = {"hundred": "100", "thousand": "1000", "dozen": "12"}

# a number word before a scale word, the two alone ("three thousand people", "one million", "twelve hundred"): digits
# and the scale word ("3 thousand people"), which a sentence's number is read with (`_SCALE_AFTER_RE`); "twenty-five
# thousand" is tens and units first, then this. (Not before a number word: that run is `compound_number`'s.)
_WORD_SCALE_RE = re.compile(
    rf"\b({'|'.join(w for w in _WORDS if w != 'none')})[ \t]+(hundred|thousand|million|billion)\b"
    rf"(?![ \t-]+(?:and[ \t]+)?{_COMPOUND_WORD}\b)",
    re.IGNORECASE,
)


def compound_numbers_as_digits(text: str) -> str:
    """`text` with each number in English words that has a scale inside it written in digits ("There are three
    hundred forty-five apples." -> "There are 345 apples."; it had been read as "3 hundred")."""
    lowered = text.lower()
    if "hundred" not in lowered and "thousand" not in lowered and "million" not in lowered:
        return text

    def digits(m: re.Match[str]) -> str:
        run = m.group(0)
        trimmed = re.sub(r"(?:[\s-]+and)+$", "", run, flags=re.IGNORECASE)  # ("... five hundred and ...")
        value = compound_number(trimmed)
        return run if value is None else str(value) + run[len(trimmed) :]

    return _COMPOUND_RUN_RE.sub(digits, text)


def number_words_as_digits(text: str) -> str:
    """`compound_numbers_as_digits`, then each number of tens and units in words ("There are twenty-five students."
    -> "There are 25 students."; a sentence's reading had taken its "twenty" as 20, a false accept for 20), "one
    hundred" or "a thousand" alone (it had been words) in digits, and a number word before a scale word in digits
    before that word ("one million" -> "1 million"; the sentence had been taken whole), for reading a sentence's
    number.

    >>> number_words_as_digits("There are twenty-five students and one hundred chairs.")
    'There are 25 students and 100 chairs.'
    >>> number_words_as_digits("He has twenty one-dollar bills; three hundred forty-five in all.")
    'He has twenty one-dollar bills; 345 in all.'
    >>> number_words_as_digits("So the total is one million, or twelve hundred thousand? Twenty-five thousand.")
    'So the total is 1 million, or 1200000? 25000.'
    """
    text = compound_numbers_as_digits(text)  # (first: "three hundred forty-five" is one run)
    lowered = text.lower()
    if "hundred" in lowered or "thousand" in lowered or "dozen" in lowered:  # ("There are a dozen eggs.": 12)
        text = _ONE_SCALE_RE.sub(lambda m: _ONE_SCALE[m.group(1).lower()], text)
    if "ty" in lowered and (" " in lowered or "-" in lowered):
        text = _TENS_UNITS_RE.sub(
            lambda m: str(_TENS[m.group(1).lower()] + _UNITS_WORDS[m.group(2).lower()]), text
        )
    if "hundred" in lowered or "thousand" in lowered or "illion" in lowered:
        # (inside a sentence only: a reply that is the number and its scale alone, "four hundred", is read whole by
        # `word_number`, and is no option "4")
        text = _WORD_SCALE_RE.sub(
            lambda m: f"{_WORDS[m.group(1).lower()]} {m.group(2).lower()}" if m.start() else m.group(0), text
        )
    return text


def compound_number(text: str) -> int | None:
    """The value of a whole answer that is a number in English words with a scale word followed by more of the
    number ("one thousand five hundred" 1500, "three hundred and forty-five" 345), else None. A scale word that
    ends the number alone ("five hundred") is read elsewhere, as a value with its scale; a scale after one of its
    own size or larger ("two thousand three thousand"), "and" first or last, or two small numbers side by side
    ("one hundred five two") are no one number.

    >>> compound_number("one thousand five hundred"), compound_number("three hundred and forty-five")
    (1500, 345)
    >>> compound_number("two million four hundred thousand")
    2400000
    >>> compound_number("five hundred"), compound_number("one hundred five two")
    (None, None)
    >>> compound_number("two thousand three thousand"), compound_number("one thousand and")
    (None, None)
    """
    text = text.strip().rstrip(".!").strip()
    if _COMPOUND_RUN_RE.fullmatch(text) is None:
        return None
    words = [w.lower() for w in re.split(r"[\s-]+", text)]
    if (
        words[0] == "and"
        or words[-1] == "and"
        or not any(w in _COMPOUND_SCALES or w == "hundred" for w in words)
    ):
        return None
    if (words[-1] in _COMPOUND_SCALES or words[-1] == "hundred") and len(words) <= 2:
        return None  # "five hundred", "two million": a value with its scale word (`word_number`)
    total, current, last_small, last_scale = 0, 0, None, None
    for w in words:
        if w == "and":
            continue
        if w == "hundred":
            if current == 0 or current >= 100:
                return None
            current, last_small = current * 100, None
        elif w in _COMPOUND_SCALES:
            scale = _COMPOUND_SCALES[w]
            if current == 0 or (last_scale is not None and scale >= last_scale):
                return None
            total, current, last_small, last_scale = total + current * scale, 0, None, scale
        else:
            n = _WORDS[w]
            if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and 0 < n < 10):
                return None  # "five two": two numbers; "forty five": one
            current, last_small = current + n, n
    return total + current


# Chinese numerals (一, 十二, 两百零五, 三万五千): read by hand, as the English number words above are. (cn2an
# does this too, but it is one more dependency for a dozen lines, and it also reads forms an answer must not be
# read by, such as "三五" for 35.)
_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_NUMERAL = "[零〇一二两三四五六七八九十百千万亿]"
# the measure words of a count ("三个", "五只", "两种"): a Chinese numeral before one is a number of things. Not 角
# (三角形 is a triangle), 分 (三分之一 is a third), 次 (二次函数 is a quadratic), nor units of time or length
# (一天, 一米 often mean "a day", "a metre" as a measure, not a count asked for)
_ZH_COUNTERS = "个個只种條条块张本朵辆棵件位名颗台道盒瓶袋箱根支份组对岁人"
# (元 is yuan, but 一元二次方程 is "a quadratic equation in one unknown")
_ZH_COUNTER = rf"(?:[{_ZH_COUNTERS}]|元(?![一二三四五六七八九次]))"


def chinese_numeral(text: str) -> int | None:
    """The value of a Chinese numeral written in full, else None: "十二" 12, "两百零五" 205, "三万五千" 35000.
    Two digits in a row ("三五": three or five; "二〇二三": a year read digit by digit) and a last digit right
    after 百, 千, 万 or 亿 ("三万五", which speech reads as 35000, "一百五" as 150) are no one number here.

    >>> chinese_numeral("十二"), chinese_numeral("二十"), chinese_numeral("两百零五"), chinese_numeral("三万五千")
    (12, 20, 205, 35000)
    >>> chinese_numeral("三五"), chinese_numeral("三万五"), chinese_numeral("十十"), chinese_numeral("一百五")
    (None, None, None, None)
    """
    if not text or len(text) > 24 or (len(text) > 1 and text[-1] in _ZH_DIGITS and text[-2] in "百千万亿"):
        return None
    big = wan = section = 0
    digit: int | None = None
    last_unit = 10**5  # the units of a section go down (千, 百, 十); 万 and 亿 close a section
    for ch in text:
        if ch in ("零", "〇"):
            if digit is not None:
                return None
        elif ch in _ZH_DIGITS:
            if digit is not None:
                return None
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_SMALL_UNITS:
            unit = _ZH_SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        elif ch == "万" and not wan and (section or digit):
            wan = (section + (digit or 0)) * 10**4
            section, digit, last_unit = 0, None, 10**5
        elif ch == "亿" and not big and (wan or section or digit):
            big = (wan + section + (digit or 0)) * 10**8
            wan = section = 0
            digit, last_unit = None, 10**5
        else:
            return None
    return big + wan + section + (digit or 0)


# a whole answer that is a Chinese numeral, with its measure word and up to four characters after it ("三",
# "十二个", "三个苹果"); never a bound ("三个以上": more than three, `_ZH_BOUND_AFTER_RE`)
_ZH_WORD_ANSWER_RE = re.compile(
    rf"\s*({ZH_NUMERAL}{{1,24}})\s*(?:{_ZH_COUNTER}[{CJK_CHARS}]{{0,4}})?\s*[。.!！]?\s*"
)
# a fraction, a percent, a decimal or a negative number in Chinese words, as a whole answer: 三分之二 (2/3: "of three
# parts, two"), 百分之二十五 (25%), 三点五 (3.5: "three point five"), 负三 (-3)
_ZH_FORM_RE = re.compile(
    rf"\s*(负)?(?:(?!百分之)({ZH_NUMERAL}{{1,12}})分之({ZH_NUMERAL}{{1,12}})|百分之({ZH_NUMERAL}{{1,12}})"
    rf"|({ZH_NUMERAL}{{1,12}})点([零〇一二三四五六七八九]{{1,12}})|({ZH_NUMERAL}{{1,24}}))\s*[。.!！]?\s*"
)


# the same after the copula that ends a sentence ("概率是二分之一", "温度为负三")
_ZH_FORM_TAIL_RE = re.compile(
    rf"(?:是|为|等于)\s*((?:负)?(?:{ZH_NUMERAL}{{1,12}}分之{ZH_NUMERAL}{{1,12}}|百分之{ZH_NUMERAL}{{1,12}}"
    rf"|{ZH_NUMERAL}{{1,12}}点[零〇一二三四五六七八九]{{1,12}})|负{ZH_NUMERAL}{{1,24}})\s*$"
)


def _chinese_form(answer: str) -> str | None:
    """The number a whole answer writes as a Chinese fraction, percent, decimal or negative (`_ZH_FORM_RE`), else None.

    >>> _chinese_form("三分之二"), _chinese_form("百分之二十五"), _chinese_form("三点五"), _chinese_form("负三")
    ('2/3', '25%', '3.5', '-3')
    >>> _chinese_form("零分之一"), _chinese_form("三"), _chinese_form("三点")
    (None, None, None)
    """
    m = _ZH_FORM_RE.fullmatch(answer)
    if m is None:
        return None
    sign, den, num, pct, whole, decimals, plain = m.groups()
    if den is not None:
        d, n = chinese_numeral(den), chinese_numeral(num)
        value = f"{n}/{d}" if d and n is not None else None
    elif pct is not None:
        n = chinese_numeral(pct)
        value = None if n is None else f"{n}%"
    elif whole is not None:
        w = chinese_numeral(whole)
        value = None if w is None else f"{w}." + "".join(str(_ZH_DIGITS.get(c, 0)) for c in decimals)
    else:  # a plain numeral: only with its sign (a bare one is `word_number`'s)
        n = chinese_numeral(plain) if sign else None
        value = None if n is None else str(n)
    return None if value is None else f"-{value}" if sign else value


# a counted Chinese numeral inside a sentence ("共有五个苹果"), not an ordinal (第三个) or "each" (每一个)
_ZH_COUNTED_RE = re.compile(
    rf"(?<![第每任哪这那某另其{ZH_NUMERAL[1:-1]}])({ZH_NUMERAL}{{1,24}})(?={_ZH_COUNTER})"
)


def counted_chinese_numerals(sentence: str) -> str:
    """`sentence` with each counted Chinese numeral written in digits: "共有五个苹果" -> "共有5个苹果"."""
    if not _ZH_NUMERAL_ANY_RE.search(sentence):
        return sentence
    return _ZH_COUNTED_RE.sub(
        lambda m: str(v) if (v := chinese_numeral(m.group(1))) is not None else m.group(1), sentence
    )


_ZH_NUMERAL_ANY_RE = re.compile(ZH_NUMERAL)


# a share in number words, the whole answer: "one in four" (where it ends, or a chance follows), "three out of
# five (students)" ("one in four" had been words; its digits, "1 in 4", were read as 1/4)
_SHARE_WORDS_RE = re.compile(
    r"\s*(?:an?\s+)?([a-z]+)\s+(?:out\s+of\s+([a-z]+)(?:\s+[a-z]+){0,3}|in\s+([a-z]+)(?:\s+(?:chances?|odds))?)"
    r"\s*[.!]?\s*",
    re.IGNORECASE,
)
_SIGN_WORDS_RE = re.compile(r"\s*(?:negative|minus)\s+(?=[a-z])", re.IGNORECASE)
# a word that says the number is exact ("only one", "exactly three"): the number
# (an approximation's number too, as `numbers` reads "approximately 5": "roughly five")
_EXACT_WORDS_RE = re.compile(
    r"\s*(?:only|just|exactly|precisely|about|around|approximately|roughly|nearly|almost)\s+(?=[a-z])",
    re.IGNORECASE,
)
# a whole number and a half ("three and a half", "3 and a half hours")
_AND_A_HALF_RE = re.compile(r"\s*(\d{1,7}|[a-z]+)\s+and\s+a\s+half(?:\s+[a-z]+)?\s*[.!]?\s*", re.IGNORECASE)
# a word after a number word that makes it part of another quantity: a decimal, a range, a product, a difference
_GOES_ON = (
    r"point|dot|to|through|times|more|less|fewer|plus|minus|over|divided|multiplied|by|out|per|percent"
    r"|squared|cubed|hundredths?|thousandths?"
)
_GOES_ON_WORDS_RE = re.compile(rf"\s*(?:{_GOES_ON})\b", re.IGNORECASE)


# the arithmetic a reply writes to explain a value ("9 (3 times 3)", "12 (= 3 x 4)"): words and signs for the four
# operations, between plain numbers
_ARITH_WORDS = (
    (re.compile(r"\\times|\\cdot|×|·|\btimes\b|\bmultiplied\s+by\b|(?<=\d)\s*[xX]\s*(?=\d)"), "*"),
    (re.compile(r"\\div|÷|\bdivided\s+by\b|\bover\b"), "/"),
    (re.compile(r"\bplus\b"), "+"),
    (re.compile(r"\bminus\b|−"), "-"),
)
_ARITH_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([-+*/])\s*(\d+(?:\.\d+)?)\s*){1,7}")
_ARITH_STEP_RE = re.compile(r"([-+*/])\s*(\d+(?:\.\d+)?)")


def arithmetic_value(expr: str) -> Fraction | None:
    """The value of a short sum or product of plain numbers written in signs or words (`3 times 3`, `2 \\times 3
    + 1`, `12 / 4`): at most eight numbers, no brackets or powers, evaluated exactly; None for anything else.
    Hand-written because the readers that evaluate LaTeX live in `comparison`, which extraction does not import.

    >>> arithmetic_value("3 times 3"), arithmetic_value(r"2 \\times 3 + 1"), arithmetic_value("3 x y")
    (Fraction(9, 1), Fraction(7, 1), None)
    """
    if len(expr) > 80:
        return None
    for regex, sign in _ARITH_WORDS:
        expr = regex.sub(f" {sign} ", expr)
    if not _ARITH_RE.fullmatch(expr):
        return None
    first = re.match(r"\s*(\d+(?:\.\d+)?)", expr)
    terms, term = [], Fraction(first.group(1))  # type: ignore[union-attr]
    sign = 1
    for op, number in _ARITH_STEP_RE.findall(expr, first.end()):  # type: ignore[union-attr]
        value = Fraction(number)
        if op in "*/":
            if op == "/" and value == 0:
                return None
            term = term * value if op == "*" else term / value
        else:
            terms.append(sign * term)
            sign, term = (1 if op == "+" else -1), value
    return sum(terms, sign * term)


# a number in words, then "percent" ("fifty percent", "twenty-five per cent")
_PERCENT_WORDS_RE = re.compile(r"\s*(.+?)\s*(?:percent|per\s+cent)\s*\.?\s*", re.IGNORECASE)


# a whole answer set in a text box (`\text{two}`, `\mathrm{four objects}`, `\textbf{three}`)
_TEXT_WRAPPED_RE = re.compile(
    r"\\(?:text|textbf|textit|textrm|mathrm|mbox)\s*\{\s*([^{}\\]{1,60}?)\s*\}\s*\.?\s*"
)


# what a one-sentence reply says is possible or exists, for a yes/no question ("It is impossible.", "Such a number
# does not exist.", "It can be done."): the denials first, so "not possible" is never read as "possible"
_NOT_POSSIBLE_RE = re.compile(
    r"\b(?:is\s+impossible|(?:is|are)\s+not\s+possible|isn['’]t\s+possible|aren['’]t\s+possible"
    r"|(?:does|do)\s+not\s+exist|(?:doesn|don)['’]t\s+exist|can(?:not|\s+not|['’]t)\s+be\s+(?:done|achieved)"
    r"|there\s+(?:is|are)\s+no\s+such)\b",
    re.IGNORECASE,
)
_POSSIBLE_RE = re.compile(
    r"\b(?:(?:is|are)\s+possible|exists?|can\s+be\s+(?:done|achieved)|there\s+(?:is|are|exists?)\s+(?:such|an?\b))",
    re.IGNORECASE,
)
# a word that makes the sentence more than a plain yes or no ("possible only if n is even"), or a second clause
_POSSIBLE_QUALIFIED_RE = re.compile(
    r"\b(?:but|only|if|except|unless|however|though|although|when|whether|sometimes|depends|maybe|perhaps|and|or"
    r"|not\s+always)\b|[,;:]",
    re.IGNORECASE,
)


_CONNECTIVE_LEAD_RE = re.compile(r"^(?:so|thus|hence|therefore|consequently),?\s+", re.IGNORECASE)


def possibility_answer(sentence: str) -> str | None:
    """ "Yes" or "No": what one short sentence says is possible or exists ("It is impossible." is "No", "Such a
    coloring exists." is "Yes"), or None when it says neither, both, or qualifies it.

    >>> possibility_answer("It is impossible."), possibility_answer("Such a number exists"), possibility_answer("x = 3")
    ('No', 'Yes', None)
    """
    text = strip_text_macros(sentence).strip().rstrip(".!")
    text = _CONNECTIVE_LEAD_RE.sub("", text)  # ("Therefore, it is impossible.")
    if len(text) > 120 or _POSSIBLE_QUALIFIED_RE.search(text) or re.search(r"[.!?\n\d=<>$\\]", text):
        return None  # (a second sentence, or math: "x = 3 exists" says which value, not yes or no)
    denied = _NOT_POSSIBLE_RE.search(text)
    if denied is not None:
        rest = text[: denied.start()] + text[denied.end() :]
        return "No" if _POSSIBLE_RE.search(rest) is None and not re.search(r"\bnot\b", rest, re.I) else None
    return (
        "Yes"
        if _POSSIBLE_RE.search(text) is not None and not re.search(r"\b(?:not|no|never)\b", text, re.I)
        else None
    )


# an elliptical yes or no: a pronoun and the auxiliary of the question it answers, alone ("It is not.", "It
# doesn't.", "They are.", "There aren't.", "It can't.", "It's not."), as short replies to "Is ...?" / "Does ...?"
# questions are written; a plain "Yes," or "No," may open it. Pronouns only: "The pizza is not split in half."
# restates the question, and which way it answers is the question's (a judge's) to say.
_ELLIPTICAL_RE = re.compile(
    r"(?:(?P<lead>yes|no)\s*[,.;!]?\s+)?(?:it|they|there|that|this|he|she)"
    r"(?:(?P<neg_only>\s+(?:cannot|can['’]t|won['’]t))"
    r"|(?:\s+(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|should|must)|['’]s)"
    r"(?P<neg>\s+not|n['’]t)?)"
    r"\s*[.!]?",
    re.IGNORECASE,
)


def elliptical_yes_no(sentence: str) -> str | None:
    """ "Yes" or "No" for a reply that is an elliptical yes or no ("It is not." is "No", "They are." is "Yes",
    "No, it doesn't." is "No"), else None (also when an opening "Yes" or "No" says the other).

    >>> elliptical_yes_no("It is not."), elliptical_yes_no("They are"), elliptical_yes_no("No, it can't.")
    ('No', 'Yes', 'No')
    >>> elliptical_yes_no("Yes, it isn't."), elliptical_yes_no("It is 5."), elliptical_yes_no("It is not 5.")
    (None, None, None)
    """
    read = _elliptical(sentence)
    return read[1] if read is not None and read[0] in (None, read[1]) else None


def yes_no_taken_back(sentence: str) -> bool:
    """Whether a reply opens with "Yes" or "No" and goes on with an elliptical reply that says the other ("Yes, it
    isn't.", "No it is.").

    >>> yes_no_taken_back("Yes, it isn't."), yes_no_taken_back("No it is"), yes_no_taken_back("No, it is not.")
    (True, True, False)
    """
    read = _elliptical(sentence)
    return read is not None and read[0] not in (None, read[1])


def _elliptical(sentence: str) -> tuple[str | None, str] | None:
    """(the opening "Yes" or "No" or None, what the elliptical reply says) when `sentence` is one, else None."""
    m = _ELLIPTICAL_RE.fullmatch(strip_text_macros(sentence).strip())
    if m is None:
        return None
    lead = m.group("lead")
    return (lead.capitalize() if lead else None), ("No" if m.group("neg_only") or m.group("neg") else "Yes")


# a yes or a no in Chinese, as a gold or as a reply's first clause ("是的，可以。", "不存在这样的数。", "不可能"): the
# denials first, each a word alone or before the thing it denies ("这样的数"), never a longer sentence ("是3" is no yes)
_ZH_NO_RE = re.compile(
    r"(?:不存在|不可能|不能|不可以|不是|不对|不成立|否|错误?|没有)(?:这样的[^，。,.；;！!？?]{0,10})?"
)
_ZH_YES_RE = re.compile(r"(?:是的?|对的?|正确|成立|可以|能|存在|可能)(?:这样的[^，。,.；;！!？?]{0,10})?")
_ZH_CLAUSE_END_RE = re.compile(r"[，。,.；;！!？?\n]")


def chinese_yes_no(text: str) -> str | None:
    """ "Yes" or "No" for a Chinese yes or no ("是", "否", "不存在这样的数", "是的，可以。"): the text, or its first
    clause, is the word alone (or a denial before what it denies), else None.

    >>> chinese_yes_no("是的，可以。"), chinese_yes_no("不存在这样的数。"), chinese_yes_no("是3")
    ('Yes', 'No', None)
    """
    clause = _ZH_CLAUSE_END_RE.split(strip_text_macros(text).strip(), maxsplit=1)[0].strip()
    if _ZH_NO_RE.fullmatch(clause):
        return "No"
    return "Yes" if _ZH_YES_RE.fullmatch(clause) else None


def word_number(answer: str) -> str | None:
    """The digits of an answer that is a number in words, with at most two words after it ("four",
    "twenty-four", "four objects"), else None. Only a whole answer counts: "one of the options" is not 1.

    >>> word_number("Twenty-four."), word_number("four objects"), word_number("one of them")
    ('24', '4', None)
    >>> word_number("two-thirds"), word_number("a quarter"), word_number("five hundred")
    ('2/3', '1/4', '5 hundred')
    >>> word_number("one hundred and five"), word_number("one hundred five pages"), word_number("one hundred and five of them")
    ('105', '105', None)
    >>> word_number("four point five"), word_number("four to five"), word_number("four times")
    (None, None, None)
    >>> word_number("negative five"), word_number("minus two-thirds")
    ('-5', '-2/3')
    >>> word_number("one in four"), word_number("three out of five students"), word_number("fifty percent")
    ('1/4', '3/5', '50%')
    >>> word_number("十二个"), word_number("三个苹果"), word_number("三个以上"), word_number("第三个")
    ('12', '3', None, None)
    >>> word_number(r"\\text{two}"), word_number(r"\\mathrm{four objects}"), word_number(r"\\text{two} + 1")
    ('2', '4', None)
    """
    if answer and answer[:1] == "\\" and (wrapped := _TEXT_WRAPPED_RE.fullmatch(answer)) is not None:
        answer = wrapped.group(1)  # `\text{two}`, `\mathrm{four objects}`: the words in a text box
    if answer and not answer[:1].isascii() and (form := _chinese_form(answer)) is not None:
        return form  # "三分之二" 2/3, "百分之二十五" 25%, "三点五" 3.5, "负三" -3
    zh = _ZH_WORD_ANSWER_RE.fullmatch(answer) if answer and not answer[:1].isascii() else None
    # "三", "十二个": Chinese numerals
    if zh is not None and not _ZH_BOUND_AFTER_RE.match(answer[zh.end(1) :]):
        value = chinese_numeral(zh.group(1))
        return None if value is None else str(value)
    percent = _PERCENT_WORDS_RE.fullmatch(answer or "") if "ent" in (answer or "") else None
    # "fifty percent" had been words, "twenty-five percent" read as 25 (its percent lost)
    if percent is not None:
        digits = word_number(percent.group(1))
        return f"{digits}%" if digits is not None and re.fullmatch(r"-?\d+(?:\.\d+)?", digits) else None
    share = _SHARE_WORDS_RE.fullmatch(answer or "")
    if share is not None:  # "one in four", "three out of five": the share, never its last term
        n, m = (_WORDS.get(w.lower()) for w in (share.group(1), share.group(2) or share.group(3)))
        return f"{n}/{m}" if n is not None and m else None
    exact = _EXACT_WORDS_RE.match(answer or "")
    if exact is not None:  # "only one", "exactly three": the number
        return word_number(answer[exact.end() :])
    half = _AND_A_HALF_RE.fullmatch(answer or "")
    if half is not None:  # "three and a half", "3 and a half hours": n + 1/2
        whole = half.group(1) if half.group(1).isdigit() else _WORDS.get(half.group(1).lower())
        return f"{2 * int(whole) + 1}/2" if whole is not None and int(whole) < 10**6 else None
    sign = _SIGN_WORDS_RE.match(answer or "")
    if sign is not None:  # "negative five", "minus two-thirds"
        digits = word_number(answer[sign.end() :])
        return f"-{digits}" if digits is not None and re.fullmatch(r"[\d/]+", digits) else None
    # "one thousand five hundred" had been words; "... five hundred people" is that number and its noun
    if answer and (spelled := compound_numbers_as_digits(answer)) != answer:
        counted = _COUNT_AND_NOUN_RE.fullmatch(spelled)
        if counted is None or re.search(r"\b(?:of|or|and|than)\b", spelled, re.IGNORECASE):
            return None
        # ("one hundred and five", "one hundred five pages": the count, which had been left as words)
        return word_number(spelled) or spelled.split()[0].rstrip(".!")
    m = _WORD_ANSWER_RE.fullmatch(answer or "")
    if m is None or re.search(r"\b(?:of|or|and|than)\b", m.group("rest"), re.IGNORECASE):
        return None
    if _GOES_ON_WORDS_RE.match(f"{m.group('b') or ''}{m.group('rest')}"):
        return None  # "four point five", "four to five", "four times", "four more": not the number four
    a, b = m.group("a").lower(), (m.group("b") or "").lower()
    if a in _TENS and b in _UNITS_WORDS:
        return str(_TENS[a] + _UNITS_WORDS[b])
    if (a in _WORDS or a in ("a", "an")) and _fraction_word(b) is not None:
        # "two-thirds", "one quarter", "a half": a fraction, not its numerator with a word after it
        return f"{_WORDS.get(a, 1)}/{_fraction_word(b)}"
    if (a in _WORDS or a in ("a", "an")) and b in SCALE_WORDS:  # "five hundred", "a hundred": the scale word
        return f"{_WORDS.get(a, 1)} {b}"  # stays, read as a number or a unit
    if a == "half" and not b and not m.group("rest"):  # "half" alone
        return "1/2"
    if a in _WORDS and (not b or b not in _WORDS) and b not in ("of", "or", "and", "than"):
        return str(_WORDS[a])
    return None


# a scale word after a number and the power of ten it makes ("2.5 billion"; read as a unit too, see
# `comparison.equivalence.numeric`)
# ("dozen" too: "two dozen eggs" had been read as its 2)
SCALE_WORDS = {
    "dozen": 12,
    "hundred": 10**2,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
# the denominator a word names after a number word ("two-thirds", "a half", "one quarter"; an ordinal there is one)
_DENOMINATORS = {"half": 2, "halve": 2, "quarter": 4, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip


def _fraction_word(word: str) -> int | None:
    """The denominator a word names ("thirds" 3, "fourth" 4, "halves" 2, "quarter" 4), or None."""
    return _DENOMINATORS.get(word[:-1] if word.endswith("s") else word)


# a mixed number in words ("2 and a half", "two and a half", "one and a quarter", "three and two thirds"): its whole
# part alone had been read ("It takes 2 and a half hours." correct for a gold 2); written as its vulgar form ("2½"),
# which every reader takes as one value
_MIXED_WORDS_RE = re.compile(
    r"\b(\d{1,6}|[A-Za-z]+)\s+and\s+(a|one|two|three)\s+(half|quarters?|thirds?)\b", re.IGNORECASE
)
_VULGAR_OF = {(1, 2): "½", (1, 4): "¼", (3, 4): "¾", (1, 3): "⅓", (2, 3): "⅔"}
# (found first from its "and": the regex above tries a word at every word boundary, 70 us a long reply)
_MIXED_HINT_RE = re.compile(r"and\s+(?:a|one|two|three)\s+(?:half|quarters?|thirds?)\b", re.IGNORECASE)


def mixed_words_as_vulgar(text: str) -> str:
    """`text` with each mixed number in words written as its vulgar form.

    >>> mixed_words_as_vulgar("It takes 2 and a half hours."), mixed_words_as_vulgar("one and three quarters")
    ('It takes 2½ hours.', '1¾')
    >>> mixed_words_as_vulgar("3 and one half"), mixed_words_as_vulgar("apples and a half"), mixed_words_as_vulgar("2 and two half")
    ('3½', 'apples and a half', '2 and two half')
    >>> mixed_words_as_vulgar("none and a half")  # ("none" is a count of nothing, no whole part)
    'none and a half'
    """

    def vulgar(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        whole = m.group(1) if m.group(1).isdigit() else None if word == "none" else _WORDS.get(word)
        parts = m.group(2).lower()
        count = 1 if parts in ("a", "one") else _WORDS[parts]
        glyph = _VULGAR_OF.get((count, _fraction_word(m.group(3).lower()) or 0))
        if whole is None or glyph is None:
            return m.group(0)  # ("2 and two half": no mixed number)
        return f"{whole}{glyph}"

    return _MIXED_WORDS_RE.sub(vulgar, text) if _MIXED_HINT_RE.search(text) else text


# the verbs that state a result ("We get 12.", "This gives 3/4."), a copula's kin
RESULT_VERBS = r"get|gets|got|obtain|obtains|gives|yields"
# a mixed number's fraction after its whole part and a space ("1 1/2"; not a fraction glued to a word, "1/2-inch")
_MIXED_TAIL = r"[ \t]+\d{1,3}/\d{1,3}(?![\d/.-])"
# (a mixed number's vulgar fraction is part of it: "3½")
_NUM = r"[-−]?(?:\d{1,3}(?:,\d{3})+|(?<!\d )\d{1,3}(?: \d{3})++(?![\d,]| \d)|\d+)(?:\.\d+|[¼½¾⅓⅔⅛⅜⅝⅞])?"
_VALUE_RE = re.compile(
    rf"[$€£¥]?\s*{_NUM}(?:\s*(?:\\%|%|\^\s*\{{?\\circ\}}?|°|degrees?\b))?(?:\s*(?:\\times|×)\s*10\^\{{?[-+]?\d+\}}?)?"
)
# A copula between the quantity named first and its value (English, Chinese, French, Spanish, German).
_COPULA_RE = re.compile(
    r"\s(?:is|are|was|were|equals?|measures|=|≈|est|es|ist|vaut)\s|\s?=\s?|是|为|等于|約|约",
    re.IGNORECASE,
)
_MATH_OPEN_RE = re.compile(r"^\s*(?:\$\$?|\\\(|\\\[)\s*")
# a value written as one LaTeX fraction or root ("the value of sinB is \frac{4}{5}"): the whole of it, never
# the last number inside it
# (no two white-space runs side by side: `[-−]?\s*` then `\d*\s*` had split one run every way, cubic on a long one)
_LATEX_VALUE = r"(?:[-−]\s*)?(?:\\[dt]?frac\{[^{}]{1,20}\}\{[^{}]{1,20}\}|(?:\d+\s*)?\\sqrt\{[^{}]{1,20}\})"
_LATEX_VALUE_RE = re.compile(r"\s*" + _LATEX_VALUE)


_CLOSERS_RE = re.compile(r"^(?:\s|[.$)\]]|\\[)\]])+")


# a copula denied or bounded in Chinese: 不 / 非 / 不可能 ("not", "cannot be") or a bound (至少 "at least") just
# before it
NEGATED_NAME_RE = re.compile(
    r"(?:不|非|没有|不可能|不会|不能|至少|至多|最多|最少|大于|小于|超过|不少于|不多于)\s*$"
)


# one name: a letter or a command, perhaps with a subscript (`x`, `\theta`, `a_{n}`)
_NAME = r"(?:[A-Za-z]|\\[a-z]+)(?:_\{?\w+\}?)?"
_ONE_NAME_RE = re.compile(r"\$?\s*" + _NAME + r"\s*\$?")
_NAME_RE = re.compile(_NAME)


def quantity_value(candidate: str) -> str | None:
    """The value of a sentence that names its quantity first ("AC is 6.0 cm long" -> "6.0"), or None
    when the text is not of that form. The named part must be short (a name, not a clause); an equality
    chain of plain arithmetic ("35 + 70 = 105") gives its last side; an equation in letters
    ("x = 5", "y = 2x + 1") is left whole for the comparison to read.

    >>> quantity_value("∠AEC is 55°"), quantity_value("x的值是16 cm"), quantity_value("(35 + 70 = 105)")
    ('55°', '16', '105')
    >>> quantity_value(r"the value of sinB is \\frac{4}{5}")
    '\\\\frac{4}{5}'

    """
    text = candidate.strip().strip("()").strip()
    last = None
    for last in _COPULA_RE.finditer(text):  # noqa: B007 - the value follows the last copula
        pass
    if last is None:
        return None
    name, value = text[: last.start()].strip(), text[last.end() :].strip()
    if not name or len(name) > 40 or name.count(" ") > 5:
        return None
    if NEGATED_NAME_RE.search(name):
        return None  # "答案不是12" ("is not"), "x不等于5", "答案至少是12" ("at least"): no value stated
    if _ONE_NAME_RE.fullmatch(name):
        return None  # "x is 2" is the equation x = 2: the comparison reads it (an equation gold included)
    if "=" in last.group(0) or "≈" in last.group(0):
        if re.search(r"[A-Za-z]", _strip_commands(name)):
            return None  # an equation in letters: the comparison reads it
    elif re.search(r"\d", name) and " " in name.strip():
        return None  # "6 and the area is 12": a value came first, this is not a name
    value = _MATH_OPEN_RE.sub("", value)
    m = _LATEX_VALUE_RE.match(value) or _VALUE_RE.match(value)
    if m is None:
        return None
    # what follows the value, past the math's closing marks (`$`, `)`, `\)`, `\]`): a backslash is stripped
    # only as part of a closer, so the command that continues the value (`\sqrt`, `\cdot 10^{-7}`, `\frac`)
    # is still seen (stripping every backslash had cut `2 \sqrt{...}` to 2, `9.36 \cdot 10^{-7}` to 9.36)
    rest = _CLOSERS_RE.sub("", value[m.end() :])
    if re.match(
        r"[+\-*/^×÷]|\\(?:frac|sqrt|times|cdot|pi)|(?![mgshlLNJWVK]\b)[a-zA-Z](?:\s*[+\-*/^=(]|$)", rest
    ):
        return None  # the value goes on as an expression ("5 + x", "2\pi", "5x"; "5 m" is a unit)
    if _OR_AFTER_RE.match(rest):
        return None  # "a 的值为 2 或 -2", "x is 2 or -2": two values offered, not the first alone
    return m.group(0).strip()


_OR_AFTER_RE = re.compile(r"\s*(?:或者?|or\b|,\s*or\b)\s*\$?\s*[-−+]?[\d\\(]", re.IGNORECASE)


# the joints between clauses that each state one quantity: a comma or semicolon (either width), "and", 且 / 并且
# ("and"), 而 ("while"); written as a comma, then split outside brackets (a tuple's commas stay inside it)
_CLAUSE_JOINT_RE = re.compile(r"\s*[;；，]\s*|\s*,?\s+and\s+|\s*(?:并且|而且|且|而)\s*", re.IGNORECASE)
_REPLY_LABEL_RE = re.compile(r"^\s*(?:(?:final\s+)?answer|答)\s*[:：]\s*", re.IGNORECASE)
# a clause's name that is one letter or symbol (`x is 3`, `y = 4`): an equation, its value after the copula
_LETTER_STATED_RE = re.compile(
    r"^\$?\s*" + _NAME + r"\s*\$?\s*(?:\s(?:is|equals?)\s|=|是|为|等于)\s*(.+?)\s*\$?$"
)

# a name in words, `=`, a value ("the area = 222"): `quantity_value` leaves an `=` after letters to the comparison
_WORDS_EQUAL_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){0,3}\s*=\s*(\$?[^=]+?)\$?$")


def stated_values(reply: str) -> list[str] | None:
    """The values of a one-line reply made only of clauses that each name a quantity and state its value
    ("The maximum is 3 and the minimum is -1.", "最大值为3，最小值为-1", "x is 2, y is 5"), in order; None
    unless there are two or more and every clause is of that form (a clause without a name, a bare
    number or an explanation, and it is no such reply).

    >>> stated_values("The maximum is 3 and the minimum is -1."), stated_values("最大值为3，最小值为-1")
    (['3', '-1'], ['3', '-1'])
    >>> stated_values("The area is 5, so the side is 12.") is None
    True
    """
    line = _REPLY_LABEL_RE.sub("", reply.strip()).rstrip(" .。!")
    if not line or "\n" in line or len(line) > 300:
        return None
    clauses = [c.strip() for c in split_top_level(_CLAUSE_JOINT_RE.sub(",", line))]
    if len(clauses) < 2:
        return None
    values = []
    for clause in clauses:
        named = _LETTER_STATED_RE.match(clause) or _WORDS_EQUAL_RE.match(clause)
        value = _MATH_OPEN_RE.sub("", named.group(1)) if named else quantity_value(clause)
        if (
            not value
            or not re.search(r"\d", value)
            or re.search(r"(?<![A-Za-z])(?:so|thus|then|hence)\b|所以|因此", clause)
        ):
            return None
        values.append(value.strip().strip("$").strip())
    return values


def _strip_commands(text: str) -> str:
    return re.sub(r"\\[A-Za-z]+|_\{[^}]*\}|_\w", "", text)


# the words that open a reason for a value ("since 5 + 7 = 12", "because AB = BC"), in brackets after it
REASON_WORDS = r"(?:since|because|as|given\s+that|due\s+to|by|from|using)\b"
# such a reason in brackets ("(since 2x = 6)"; a run of spaces before it is entered at its start only: tried from each
# of its spaces, a long run cost its square)
_REASON_IN_BRACKETS = rf"(?<!\s)\s*\({REASON_WORDS}[^()]*\)"
_ELABORATION_RE = re.compile(
    r",\s*(?:with|which|where|while|because|since|compared to|including|followed by)\b.*$"
    # or the reason in brackets ("... is 12 cm (because there are 3 rows of 4)": its count 3 had been read)
    rf"|{_REASON_IN_BRACKETS}\s*$",
    re.IGNORECASE,
)
# a reason after the value, to the sentence's end: after a comma ("..., since 2(3) = 6", "..., as 3 x 4 = 12"), or
# "because" / "since" alone ("x is 3 because 2x = 6"), or in brackets ("(since 2x = 6)"); a bare "as" is no reason
# ("the same as 12"). Read by `answer`: the value of an answer, and of a reply's closing sentence, is read without it
REASON_AFTER_RE = re.compile(
    rf",\s*(?:because|since|as|given\s+that)\b(?!\s+well\b).*$|(?<!\s)\s+(?:because|since)\b.*$"
    rf"|{_REASON_IN_BRACKETS}\s*[.。]?\s*$",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
# the circumstance a stated value holds in, after it: a time, a step, a source ("12 after 3 years", "6 after removing 2
# spheres", "45 degrees when measured from point 3", "12 as shown in Figure 2", "5 according to Table 3"): its numbers
# are no value of the answer. Not a place or a moment ("at", "on", "in", a bare "when" or "if"): a question may ask for
# it ("When does the function first reach 2?" "It reaches 2 at the point (1, 2).": the answer is 1, and the 2 it
# restates is the gold's by chance), nor "by", "to", "of", "per", "for", "from" (a dimension, a ratio, a share, a
# rate, a price, a difference)
_CIRCUMSTANCE_WORDS = (
    r"after|before|until|once|while|within|during|according\s+to|based\s+on|using"
    r"|as\s+(?:shown|seen|given|stated|labell?ed|marked|indicated)\s+(?:in|on|by)"
    r"|(?:when|if|once)\s+[a-z]+(?:ed|en)\b"  # ("when measured from", "if rounded to", "once simplified")
)
CIRCUMSTANCE = rf"(?:{_CIRCUMSTANCE_WORDS})\b"
# no other value stated in the words after: no relation or operator, no second value joined on ("and 700 in 2021"),
# no copula before a number ("when y is 2" names y's value)
# the units of a precision ("2 decimal places", "3 significant figures"): a count of places, no value
PRECISION_UNITS = r"decimal\s+places?|places?|digits?|significant\s+(?:figures?|digits?)"
_NO_VALUE_IN = (
    r"(?:[=+×÷*/^<>\\]|\b(?:plus|minus|times)\b|\b(?:and|or|but)\b"
    r"|\b(?:is|are|was|were|be|equals?|gives?|makes?|yields?|to|as)\s+\$?[-−]?\d"
    # (a precision is no value: "rounded to 2 decimal places")
    rf"(?!\d*\s+(?:{PRECISION_UNITS}|d\.p\.|s\.f\.)))"
)
NO_VALUE_AFTER = rf"(?![^.;\n]*{_NO_VALUE_IN})"  # (to the sentence's end)
# a trailing circumstance after the sentence's value, to its end ("The object count is 6 after removing 2 spheres.")
# (no comma in it: "..., for a total of 2,594 words" concludes)
# (the first such word: "500 after 2 years and 700 after 3 years" is read from its first "after", and joins a value on)
_CIRCUMSTANCE_AFTER_RE = re.compile(rf"(?<=[\w%°$])[ \t]+{CIRCUMSTANCE}[^.;,\n]*$", re.IGNORECASE)
_VALUE_IN_RE = re.compile(_NO_VALUE_IN, re.IGNORECASE)
# a leading one, closed by a comma ("After 3 years, she will be 5 years old.", "In 2019, sales were 8 million.")
_CIRCUMSTANCE_BEFORE_RE = re.compile(
    rf"^[ \t]*(?:{_CIRCUMSTANCE_WORDS}|in)\b(?![^,;.\n]*{_NO_VALUE_IN})[^,;.\n]*,[ \t]*", re.IGNORECASE
)


def without_circumstances(sentence: str) -> str:
    """`sentence` without the circumstance its value holds in, after the value or opening the sentence before a
    comma, when the rest still states a number and the circumstance states no other value ("The count is 6 after
    removing 2 spheres." -> "The count is 6"; "After 3 years, she will be 5 years old." -> "she will be 5 years old.").

    >>> without_circumstances("The total is 12 as shown in Figure 2")
    'The total is 12'
    >>> without_circumstances("The count is 500 after 2 years and 700 after 3 years")  # (a second value: left whole)
    'The count is 500 after 2 years and 700 after 3 years'
    >>> without_circumstances("It reaches 2 at the point (1, 2)")  # (a place: a question may ask for it)
    'It reaches 2 at the point (1, 2)'
    >>> without_circumstances("It reaches 2 when t hits 1"), without_circumstances("It is 45 when measured from point 3")
    ('It reaches 2 when t hits 1', 'It is 45')
    >>> without_circumstances("After 3 years, she will be 8 years old")
    'she will be 8 years old'
    >>> without_circumstances("She has 12 once rounded to 3 places")  # (a precision is no second value)
    'She has 12'
    """
    lead = _CIRCUMSTANCE_BEFORE_RE.match(sentence)
    if lead is not None and _DIGIT_RE.search(sentence, lead.end()):
        sentence = sentence[lead.end() :]
    after = _CIRCUMSTANCE_AFTER_RE.search(sentence)
    if (
        after is not None
        and _DIGIT_RE.search(sentence, 0, after.start())
        and not _VALUE_IN_RE.search(sentence, after.start())
    ):
        sentence = sentence[: after.start()]
    return sentence


# (a count; "there are 5 more red balls than blue ones" states a difference, not a count)
_THERE_ARE_RE = re.compile(
    # (a mixed number counts as one: "There are 1 1/2 pies." is 3/2, not 1)
    rf"\bthere\s+(?:are|is|were|was|will be|would be)\s+(?:only\s+|exactly\s+|a total of\s+|about\s+)?"
    rf"({_NUM}(?:{_MIXED_TAIL})?|one)\b"
    r"(?!\s+(?:\w+\s+)?(?:more|fewer|less|times)\b)",
    re.IGNORECASE,
)
_SCALE_AFTER_RE = re.compile(r"\s*(" + "|".join(SCALE_WORDS) + r")\b", re.IGNORECASE)
_NUMBER_WORD = r"\b(?:" + "|".join(_WORDS) + r")\b"
# a clause that concludes inside the sentence ("There are 5 more red balls than blue, so 12 red."): its number
# is the answer, not the premise's
# a clause that concludes: "..., so 12 in all", and a total or a remainder stated after a comma with no
# connective ("There are 7 red and 5 blue, 12 in total.", "..., making 12", "After removing 3, 12 remain.")
_SO_CLAUSE_RE = re.compile(
    rf"(?:[,;](?!\d)\s*(?:(?:and\s+)?(?:so|thus|hence|therefore)\b,?|(?:making|giving|for\s+a\s+total\s+of|a\s+total\s+of)\b"
    rf"|(?=(?:\d+|{_NUMBER_WORD})\s+(?:(?!(?:of|which|that|them|who|whom)\b)[A-Za-z]+\s+){{0,2}}?"
    rf"(?:in\s+total|altogether|in\s+all|combined|remains?|are\s+left)\b))"
    # (or a verb of result, with no comma: "Removing 2 spheres and 1 cylinder leaves us with seven objects.")
    rf"|\s(?:(?:leaves|leaving)(?:\s+(?:us|you|me|them))?(?:\s+with)?|left\s+with|results?\s+in"
    rf"|gives(?:\s+(?:us|you))?|yields)\b)"
    rf"\s*(?=[^,;]*(?:\d|{_NUMBER_WORD}))",
    re.IGNORECASE,
)
# a number word counts only where a count is stated ("I count four objects", "there are three"), not
# inside a description ("the smallest two bars", "among the four options")
_COUNTED_VERB = (
    r"\b(?:there\s+(?:are|is|were|was)|count(?:ed)?|see|saw|has|have|had|contains?|shows?|total(?:\s+of)?)"
)
# (an ordinal after it is a share's denominator: "There are two thirds left." is 2/3, not two of something called
# thirds; "halves" and "quarters" may be pieces or coins counted, "three quarters in the jar")
_SHARE_PART = r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)s?"
# a number word that opens a concluding clause (`_SO_CLAUSE_RE`): its count
# (not a share's numerator: "This gives one quarter." is 1/4, not a count of 1)
_LEADING_WORD_RE = re.compile(
    rf"^(?:about\s+|exactly\s+)?({_NUMBER_WORD})(?![\s-]+(?:halves|half|quarters?|{_SHARE_PART})\b)",
    re.IGNORECASE,
)
_COUNTED_WORD_RE = re.compile(
    _COUNTED_VERB
    + r"\s+(?:only\s+|exactly\s+)?("
    + "|".join(w for w in _WORDS if w != "one")
    + rf")\b(?![\s-]+{_SHARE_PART}\b)",
    re.IGNORECASE,
)
# a share in words where a count would stand: after a verb of counting ("There are two thirds left."), or opening
# the sentence before "of" ("Two thirds of the cake is left.", "A quarter of the class passed.")
_WORD_SHARE = rf"(?:an?|{'|'.join(_WORDS)})[\s-]+"
_COUNTED_SHARE_RE = re.compile(
    rf"{_COUNTED_VERB}\s+(?:only\s+|exactly\s+)?({_WORD_SHARE}{_SHARE_PART})\b"
    # (or a share stated of a whole: "It is three quarters of the cake.", "She ate two thirds of the pizza.")
    r"|\b(?:is|are|was|were|ate|eats|eaten|took|takes|covers|covered|represents|makes\s+up)\s+(?:only\s+|exactly\s+)?"
    rf"({_WORD_SHARE}(?:halves|half|quarters?|{_SHARE_PART}))\s+of\b"
    rf"|^\s*({_WORD_SHARE}(?:halves|half|quarters?|{_SHARE_PART}))\s+of\b",
    re.IGNORECASE,
)
# (a thousand or a million abbreviated after it, "1.5k", "2M", is part of it; "1.5k" had been read as its 1)
# (so is a power of ten in e-notation, "1.2e3", a number the comparison reads)
_BARE_NUMBER_RE = re.compile(
    rf"(?<![\w{{√^_/\\.:]){_VALUE_RE.pattern}(?:[eE][-+]?\d{{1,3}}(?![\d.])|[kKM](?!\w))?(?![\w}}:/]|\.\d)"
)


# a word after a number word that is no noun or unit of it: it goes on as another quantity, joins, or scales
_NOT_A_UNIT = (  # (nor a fraction's denominator: "two thirds" is 2/3, not two of something)
    rf"(?!(?:{_GOES_ON}|or|and|than|of|hundred|thousand|million|billion|(?:{'|'.join(_DENOMINATORS)})s?)\b)"
)
# a number word that ends a sentence after its copula or verb of result ("So we get five.", "... is three."),
# perhaps with a unit word after it ("The age gap is five years.")
_WORD_AT_END_RE = re.compile(
    rf"\b(?:is|are|was|were|equals?|{RESULT_VERBS}|costs?|makes?|measures?|totals?|comes\s+to|amounts\s+to)\s+"
    r"(?P<sign>(?:minus|negative)\s+)?(" + "|".join(_WORDS) + rf")(?:\s+{_NOT_A_UNIT}[a-z]+)?\s*$",
    re.IGNORECASE,
)
_ANY_NUMBER_WORD_RE = re.compile(_NUMBER_WORD, re.IGNORECASE)
# a share in words that ends a sentence after its copula ("The probability is one fourth.", "... is three
# quarters.", "... is one in four."): the fraction (`word_number` reads it), nothing after its last word
_FRACTION_AT_END_RE = re.compile(
    rf"\b(?:is|are|was|were|equals?|becomes?|{RESULT_VERBS}|costs?|makes?|comes\s+to|amounts\s+to)"
    r"\s+((?:(?:an?|[a-z]+)[\s-]+)?(?:halves|half|(?:"
    + "|".join(d for d in _DENOMINATORS if d not in ("half", "halve"))
    + r")s?)|[a-z]+\s+(?:in|out\s+of)\s+[a-z]+)\s*$",
    re.IGNORECASE,
)
# a count that opens the sentence, before the counted noun ("Two people are in the image."; not "Two of them",
# "Three times ...")
_OPENING_COUNT_RE = re.compile(
    r"^\s*("
    + "|".join(w for w in _WORDS if w != "one")
    + rf")(?=\s+{_NOT_A_UNIT}[a-z]+\b(?!\s+(?:of|than)\b))",
    re.IGNORECASE,
)


# after the number: the sentence denies it ("12 is wrong", "12 is not the answer") or bounds it ("12 apples at
# least", "12 or more")
# (the words that reject a value stated before them: one list for this denial, the hint that guards it, a reason's lead
# in `answer` and a statement after a value in `comparison`, which had each kept a copy that lost some of them)
REJECTING_WORDS = (
    "wrong", "incorrect", "false", "impossible", "invalid", "rejected", "ruled out", "excluded", "extraneous", "discarded",
)  # fmt: skip
_DENIAL_AFTER = (
    r"\b(?:is|are|was|were)\s+(?:(?:an?\s+)?(?:"
    + "|".join(w.replace(" ", r"\s+") for w in REJECTING_WORDS)
    + r")|not\s+(?:the|a|an|correct|right|possible|valid)\b)|\(\s*(?:rejected|discarded)\s*\)"
)
_EXTREME_AFTER = r"\b(?:at\s+(?:the\s+)?(?:least|most|minimum|maximum)|or\s+(?:more|fewer|less|greater|higher|lower|above|below))\b"
_DENIED_AFTER_RE = re.compile(f"{_DENIAL_AFTER}|{_EXTREME_AFTER}", re.IGNORECASE)
# a bound on a count, right after it and its noun ("5 cubes at most", "5 or more apples"; not in a clause about what is
# counted: "two flocks that had at least 3 birds")
_BOUND_RIGHT_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:with|that|which|who|whose|where|having|had|has|have|of|in|on|at|for|from|than|sold|scoring|"
    rf"containing)\b)[A-Za-z]+){{0,2}}?\s+{_EXTREME_AFTER}",
    re.IGNORECASE,
)
_DENIAL_AFTER_RE = re.compile(_DENIAL_AFTER, re.IGNORECASE)
_DENIED_RIGHT_AFTER_RE = re.compile(rf"[ \t]*\$?[ \t]*(?:{_DENIAL_AFTER})", re.IGNORECASE)


def value_denied(sentence: str, value: str) -> bool:
    """Whether `sentence` denies `value` right after stating it ("12 is not the answer because 3 x 4 = 12.", "12 is
    wrong"): a reading of the sentence as `value` (its last number) would take the denial for the answer.

    >>> value_denied("12 is not the answer because 3 x 4 = 12.", "12"), value_denied("3 x 4 = 12 is right.", "12")
    (True, False)
    """
    for m in re.finditer(rf"(?<![\d.]){re.escape(value)}(?![\d.])", sentence):
        if _DENIED_RIGHT_AFTER_RE.match(sentence, m.end()):
            return True
    return False


def denial_after_value(text: str) -> int | None:
    """Where the denial right after the first number of `text` ends ("12 is not the answer because ...", "x = 5 is
    wrong"), in `text` with its text boxes opened, else None (a substring test first: most answers deny nothing).

    >>> denial_after_value("12 is not the answer"), denial_after_value("12 is the answer")
    (13, None)
    """
    if _DENIAL_HINT_RE.search(text) is None:
        return None
    text = strip_text_macros(text)  # (`12 \text{ is not the answer}`)
    first = _DIGIT_RUN_RE.search(text)  # (the value it opens with: "12 (13 is not possible)" denies another)
    denial = _DENIED_RIGHT_AFTER_RE.match(text, first.end()) if first is not None else None
    return denial.end() if denial is not None else None


_DENIAL_HINT_RE = re.compile("|".join(("not", *(w.split()[0] for w in REJECTING_WORDS))), re.IGNORECASE)

_DIGIT_RUN_RE = re.compile(r"\d[\d.,]*%?")


_DENIAL_BEFORE = (
    r"\b(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower)\s+than(?:\s+or\s+equal\s+to)?\s*$"
    # a range's end ("between 3 and 5", "from 3 to 5") and a bound in words ("below 5", "above 5"; "over 4 years"
    # is a span of time, and "1 to 7" may state a value's range as its answer)
    # (the first end a fraction, an angle or with its unit too: "between 3/4 and 2/3", "between 45° and 60°", "between
    # 20 cm and 74 cm")
    r"|\b(?:between|from)\s+\$?[-−]?\d[\d.,]*(?:/\d+)?(?:°|%|\^\{?\\circ\}?)?\$?(?:[ \t]+[A-Za-z]{1,12})?\s*(?:and|to|-|–)\s*$"
    r"|\b(?:below|above|beyond|exceed(?:s|ed|ing)?)\s*$"
    # a negation: "It is not 5.", "The answer cannot be 5." deny the value (both had been read as 5)
    # ("Neither $x=5$ nor $x=-2$.": the name a denied value is given, in its math span, goes with it)
    r"|(?:\b(?:not|cannot|never|nor)|n't)(?:\s+(?:be|equal(?:\s+to)?))?\s*(?:\$\s*)?(?:[A-Za-z]\s*=\s*)?$"
    # ("A is the right answer rather than 60°.": the value set aside, never the answer; it had been read as 60°)
    r"|\b(?:rather\s+than|instead\s+of)\s*$"
    # a value the reply sets aside ("We reject 12.", "anything but 12", "other than 12")
    r"|\b(?:reject(?:s|ed)?|exclude[sd]?|discard(?:s|ed)?|eliminate[sd]?|rule[sd]?\s+out|other\s+than"
    r"|(?:anything|everything)\s+(?:but|except)|except(?:\s+for)?)\s*$"
)
_BOUND_BEFORE_RE = re.compile(rf"{_DENIAL_BEFORE}|\b(?:at\s+(?:least|most)|up\s+to)\s*$", re.IGNORECASE)
_DENIAL_BEFORE_RE = re.compile(_DENIAL_BEFORE, re.IGNORECASE)


# two values offered as alternatives ("5 or 6", "5 apples or 6 apples", "Probably 5, but it could be 6."): the text
# answers no one value, least of all its last
_ALTERNATIVES_RE = re.compile(
    # (the first value's degree or percent sign too: "45° or 60°")
    r"\d(?:°|%|\^\{?\\circ\}?)?(?:\s++[^\W\d_]++){0,2}(?:\s*+,)?\s++or\s++(?:(?:maybe|perhaps|possibly)\s++)?\$?[-−]?\.?\d"
    # two values each hedged ("maybe 12, maybe 15")
    r"|\b(?:maybe|perhaps|possibly)\s++\$?[-−]?\d[^,;\n]{0,20}[,;]\s*+(?:or\s++)?(?:maybe|perhaps|possibly)\s++\$?[-−]?\.?\d"
    # one name given two values ("$x=5$ or $x=-2$" after words that do not state them: "Check whether ..."), and a
    # second value in brackets ("There are 3 (or 4) apples.")
    r"|\d\s*+\(\s*+or\s++[-−]?\.?\d"
    r"|\d\$?(?:\s*+,)?\s++or\s++\$?[A-Za-z]\s*+=\s*+[-−]?\.?\d"
    r"|\bbut\s++(?:it\s++)?(?:could|might|may)\s++(?:also\s++)?be\s++\$?[-−]?\.?\d",
    re.IGNORECASE,
)


def offers_alternatives(text: str) -> bool:
    """Whether `text` offers two values as alternatives ("5 or 6", "Probably 5, but it could be 6")."""
    return (
        " or " in text
        or "(or " in text
        or ("but" in text and " be " in text)
        or "aybe" in text
        or "erhaps" in text
        or "ossibly" in text
    ) and _ALTERNATIVES_RE.search(text) is not None


def bound_before(text: str, number: str, *, extremes: bool = True) -> bool:
    """Whether the last occurrence of `number` in `text` follows a bound ("more than 4", "at most 4") or
    a negation ("not 4", "cannot be 4"), or comes before one ("4 apples at least", "4 is wrong"): either way
    the text does not state it as the answer. `extremes=False`: "at most 4", "at least 4", "4 or more" do not
    count (a worked solution that concludes "at most 100 knights in total" states its extremum)."""
    at = text.rfind(number)
    end = at + len(number)
    before, after = (
        (_BOUND_BEFORE_RE, _DENIED_AFTER_RE) if extremes else (_DENIAL_BEFORE_RE, _DENIAL_AFTER_RE)
    )
    # (an opening bracket between the bound and the value is no part of either: "It is more than (-2).")
    lead = text[max(0, at - 32) : at].rstrip("([ ")
    return at >= 0 and bool(before.search(lead) or after.search(text[end : end + 40]))


# a sentence that ends by stating a value list after its copula ("The solutions are 5 and 7."): the list, never
# its last value (which had graded "The roots are 5 and 7." correct for a gold 7)
_ITEM = (
    rf"\$?\s*(?:{_LATEX_VALUE}|{_NUM}(?:\s*/\s*{_NUM})?"  # `5`, `1/2`, `\frac{1}{2}`, `$\sqrt{2}$`
    rf"|\(\s*{_NUM}(?:\s*,\s*{_NUM}){{1,2}}\s*\))(?:\s*\$)?"  # a point or a solution pair: `(2, 3)`
)
# each item with its comma is atomic (`(?>...)`): spaces around a comma could go to the item or the comma, and a
# failed search tried every split (2^n: 24 items took 18 s); now the list can only give back whole items
_LIST = rf"((?:(?>{_ITEM}\s*,\s*))*(?>{_ITEM})\s*,?\s+and\s+(?>{_ITEM}))"
_LISTED_RE = re.compile(
    rf"(?:\s(?:is|are|was|were|be)\s|=|:)\s*{_LIST}\s*[.!]?\s*$",
    re.I,
)


# ... or opens it, before a copula that calls them the answers ("12345 and 54321 are the only ones.", "3 and 5 are
# the solutions") or a verb that says they are ("Both 3 and 5 work.")
_LISTED_FIRST_RE = re.compile(
    rf"^(?:both\s+)?{_LIST}\s+(?:(?:are|were)\s+(?:the\s+)?(?:only\s+)?"
    r"(?:ones?|solutions?|answers?|values?|roots?|numbers?|possibilities|possible\s+values?)\b"
    # ("Both 3 and 5 work.", "3 and 5 both satisfy the equation.")
    r"|(?:both\s+)?(?:work|satisfy|are\s+(?:valid|possible|correct))\b)[^0-9]*$",
    re.I,
)


def stated_list(sentence: str) -> str | None:
    """The values a sentence lists at its end after its copula, as a comma list, or None.

    >>> stated_list("The solutions are 5 and 7."), stated_list("The sides are 3, 4 and 5")
    ('5, 7', '3, 4, 5')
    >>> stated_list(r"The roots are $\\frac{1}{2}$ and $5$.")
    '\\\\frac{1}{2}, 5'
    >>> stated_list("12345 and 54321 are the only ones.")
    '12345, 54321'

    """
    m = _LISTED_RE.search(sentence.strip()) or _LISTED_FIRST_RE.match(sentence.strip())
    if m is None:
        return None
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))
    return ", ".join(item.strip().strip("$").strip() for item in items)


# a ratio stated in words at the end of a sentence that names it ("The ratio of boys to girls is 2 to 3.", "They are
# in the ratio of 3 to 4"): written `2:3`, as the number reader takes a ratio (its last number, 3, had been read)
_RATIO_IN_WORDS_RE = re.compile(
    r"\bratios?\b[^.!?。\d]{0,80}?\b(?:is|are|was|equals|be|of)\s+(\d+(?:\.\d+)?)\s+to\s+(\d+(?:\.\d+)?)\s*[.。!]?\s*$",
    re.IGNORECASE,
)


def ratio_in_words(sentence: str) -> str | None:
    """The ratio "a to b" that ends a sentence naming a ratio, written `a:b`, or None (a range, "from 2 to 3",
    names no ratio; "The ratio cannot be 2 to 3." denies it).

    >>> ratio_in_words("The ratio of boys to girls is 2 to 3."), ratio_in_words("They are in a ratio of 3 to 4")
    ('2:3', '3:4')
    >>> ratio_in_words("The value goes from 2 to 3."), ratio_in_words("The ratio cannot be 2 to 3.")
    (None, None)
    """
    m = _RATIO_IN_WORDS_RE.search(sentence.strip())
    if m is None or _NEGATION_RE.search(sentence[: m.start(1)]):
        return None
    return f"{m.group(1)}:{m.group(2)}"


# a relation in words after a one-letter name (`x is greater than 2`, `all x at least 2`, `a is no more than 5`): the
# relation in signs (sympy had read the words as a product of letters, never equal to `x > 2`)
_RELATION_WORDS = (
    (r"greater\s+than\s+or\s+equal\s+to|at\s+least|no\s+less\s+than|not\s+less\s+than", "\\geq"),
    (r"less\s+than\s+or\s+equal\s+to|at\s+most|no\s+more\s+than|not\s+(?:more|greater)\s+than", "\\leq"),
    (r"(?:greater|more|larger|bigger)\s+than", ">"),
    (r"(?:less|smaller)\s+than", "<"),
    (r"not\s+equal\s+to", "\\neq"),
)
_RELATION_WORDS_RE = re.compile(
    r"^\s*(?:all\s+(?:real\s+)?)?("
    + _NAME
    + r")\s+(?:(?:is|are|must\s+be)\s+)?("
    + "|".join(f"(?:{words})" for words, _ in _RELATION_WORDS)
    + r")\s+(?=\S)",
    re.IGNORECASE,
)


# a range in words after a one-letter name ("x is between 1 and 3", "x ranges from 1 to 3", "... (inclusive)"): the
# double inequality; "between" is strict unless it says "inclusive", "from ... to" takes both ends. "all real numbers
# less than 2" is a relation of no name: `x` is written for it
_BOUND_VALUE = r"[-−]?\d+(?:\.\d+)?(?:/\d+)?"
_RANGE_WORDS_RE = re.compile(
    # (or a set named in words, "The range is from -1 to 1, inclusive.": its values, written as `x`'s)
    r"^\s*(" + _NAME + r"|(?:the\s+)?(?:domain|range|set\s+of\s+values|values)"
    r"(?:\s+of\s+(?:[a-z]|f\s*\(\s*x\s*\)|the\s+function))?)\s+"
    r"(?:is|are|lies|lie|ranges|range|varies|vary|can\s+be|must\s+be)\s+"
    rf"(?:(between)\s+({_BOUND_VALUE})\s+and\s+({_BOUND_VALUE})|from\s+({_BOUND_VALUE})\s+to\s+({_BOUND_VALUE}))"
    r"(\s*,?\s*\(?\s*inclusive\s*\)?)?\s*\.?\s*$",
    re.IGNORECASE,
)
_ALL_REALS_RELATION_RE = re.compile(
    r"^\s*(?:all|any)\s+real\s+numbers?\s+(?:that\s+are\s+)?(?=\S)", re.IGNORECASE
)


# a sign in words after a one-letter name ("x is positive", "a must be non-negative", "that k is negative"), or the
# reals of one sign ("all positive real numbers"): the relation with 0 (each had been words compared with a set)
_SIGN_RELATIONS = {"positive": ">", "negative": "<", "nonnegative": "\\geq", "nonpositive": "\\leq"}
_SIGN_RELATION_RE = re.compile(
    r"^\s*(?:that\s+)?(" + _NAME + r")\s+(?:is|are|must\s+be|should\s+be)\s+(?:strictly\s+)?"
    r"(non-?negative|non-?positive|positive|negative)(?:\s+(?:real\s+)?numbers?)?\s*\.?\s*$",
    re.IGNORECASE,
)
_SIGNED_REALS_RE = re.compile(
    r"^\s*(?:(?:all|any)\s+)?(?:the\s+)?(non-?negative|non-?positive|positive|negative)\s+real\s+numbers?\s*\.?\s*$",
    re.IGNORECASE,
)


def relation_in_signs(text: str) -> str:
    """`text` with a relation in words after its one-letter name written in signs, or `text` unchanged.

    >>> relation_in_signs("x is greater than 2"), relation_in_signs("all x at least 2"), relation_in_signs("x is 2")
    ('x > 2', 'x \\\\geq 2', 'x is 2')
    >>> relation_in_signs("x is between 1 and 3"), relation_in_signs("x ranges from 1 to 3")
    ('1 < x < 3', '1 \\\\leq x \\\\leq 3')
    >>> relation_in_signs("all real numbers less than 2"), relation_in_signs("x is between 1 and 3 and 5")
    ('x < 2', 'x is between 1 and 3 and 5')
    >>> relation_in_signs("x must be positive"), relation_in_signs("all non-negative real numbers")
    ('x > 0', 'x \\\\geq 0')
    >>> relation_in_signs("The range is from -1 to 1, inclusive")
    '-1 \\\\leq x \\\\leq 1'
    """
    signed = _SIGN_RELATION_RE.match(text) or _SIGNED_REALS_RE.match(text)
    if signed is not None:  # "x is positive": x > 0; "all negative real numbers": x < 0
        name = signed.group(1) if signed.re is _SIGN_RELATION_RE else "x"
        return f"{name} {_SIGN_RELATIONS[signed.groups()[-1].lower().replace('-', '')]} 0"
    ranged = _RANGE_WORDS_RE.match(text)
    if ranged is not None:
        name, between, low, high = (
            ranged.group(1)
            if _NAME_RE.fullmatch(ranged.group(1))
            else "x",  # (a set named in words: `x`'s values)
            ranged.group(2),
            ranged.group(3) or ranged.group(5),
            ranged.group(4) or ranged.group(6),
        )
        sign = "<" if between and not ranged.group(7) else "\\leq"
        return f"{low} {sign} {name} {sign} {high}"
    if (reals := _ALL_REALS_RELATION_RE.match(text)) is not None:
        text = "x " + text[reals.end() :]
    m = _RELATION_WORDS_RE.match(text)
    if m is None:
        return text
    sign = next(sign for pattern, sign in _RELATION_WORDS if re.fullmatch(pattern, m.group(2), re.IGNORECASE))
    return f"{m.group(1)} {sign} {text[m.end() :]}"


# a time of day in words or with "o'clock" ("ten o'clock", "10 o'clock", "half past ten", "a quarter to six", "20
# minutes past 3"; never "1 to 10", a range)
_HOUR = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK_PHRASE_RE = re.compile(
    rf"\b(?:(half|(?:a\s+)?quarter|\d{{1,2}}\s+minutes?)\s+(past|after|to|before)\s+{_HOUR}"
    rf"|{_HOUR}\s*o['’]\s*clock)\b",
    re.IGNORECASE,
)


def clock_phrase(sentence: str) -> str | None:
    """The one time of day a sentence states in words or with "o'clock", written `H:MM` (or "H o'clock", which a
    clock face shows twice a day), else None.

    >>> clock_phrase("The clock shows half past ten."), clock_phrase("It is a quarter to six.")
    ('10:30', '5:45')
    >>> clock_phrase("The time shown is 10 o'clock."), clock_phrase("It is ten o'clock, not half past ten.")
    ("10 o'clock", None)
    """
    found = list(_CLOCK_PHRASE_RE.finditer(sentence))
    if len(found) != 1:
        return None
    part, way, hour, whole = found[0].groups()
    h = _WORDS.get((hour or whole).lower()) if not (hour or whole).isdigit() else int(hour or whole)
    if h is None or not 1 <= h <= 12:
        return None
    if whole is not None:
        return f"{h} o'clock"
    minutes = 30 if part.lower() == "half" else 15 if "quarter" in part.lower() else int(part.split()[0])
    if not 0 < minutes < 60:
        return None
    if way.lower() in ("to", "before"):
        h, minutes = (h - 2) % 12 + 1, 60 - minutes
    return f"{h}:{minutes:02d}"


# a value, then the condition under which it holds ("2, attained at x = 1", "2 when x = 1", "2 (at x = 0)")
# (in Chinese too: "最小值为2，此时x=1", "最大值是3，当x=2时")
_VALUE_AT_RE = re.compile(
    # (the value a number, or one math span with no relation in it: "The maximum is $\frac{1}{2}$, attained when $x = 1$.")
    r"(?:^|(?<=[\s为是]))(?P<value>[-−]?\$?\d+(?:\.\d+)?(?:/\d+)?\$?|\$[^$=<>\n]{1,40}\$)"
    # (a unit's words after it: "The minimum is 2 cm when x = 1.")
    r"(?:[ \t]+(?!(?:when|at|if|for|where|which|attained|achieved|reached|taken|occurring|occurs)\b)[A-Za-z]+){0,2}"
    r"\s*[,，]?\s*\(?\s*(?:which\s+is\s+|which\s+(?=occurs))?"
    r"(?:(?:when|at|if|for|where|(?:(?:is|was)\s+)?(?:attained|achieved|reached|taken)\s+(?:at|when)|(?:occurring|occurs)\s+(?:at|when))\s+"
    r"|(?:此时|这时|当)\s*)"
    r"\$?[A-Za-z](?:_\{?\w+\}?)?\s*=\s*[^=,;，；]{1,30}?\$?\s*(?:时|\))?\s*[.。]?\s*$",
    re.IGNORECASE,
)


# what a sentence must say before its value for that value, not its condition, to be the answer: an extremum and
# its copula ("the minimum is 2 when x = 1"); "the value first reaches 2 at x = 1" answers "when?", and its 2 is
# the question's
_EXTREMUM_IS_RE = re.compile(
    r"\b(?:minimum|maximum|min|max|least|greatest|largest|smallest|highest|lowest|peak)\b[^.;=]{0,30}?"
    r"\b(?:is|equals|was|of)\s*$|(?:最小值|最大值|最值)[^。；=]{0,10}?(?:为|是|等于)\s*$"
    r"|\b(?:minimum|maximum|min|max|least|greatest|largest|smallest|highest|lowest|peak)(?:\s+value)?\s*[,:：]\s*$"
    # ("f(x) has minimum value -1 at x = 0", "attains a maximum of 5 at x = 2")
    r"|\b(?:has|have|attains?|takes?|reaches)\s+(?:(?:a|an|the|its)\s+)?(?:minimum|maximum|least|greatest|smallest"
    r"|largest)(?:\s+value)?(?:\s+of)?\s*$",
    re.IGNORECASE,
)


# the same with the condition first ("当x=1时，函数取得最小值-1", "When x = 1, the minimum value is -1."): an extremum's value
# that closes the sentence after it
_CONDITION_FIRST_RE = re.compile(
    r"^\s*(?:当|若|如果|when|if|at)\s*\$?[A-Za-z](?:_\{?\w+\}?)?\s*=\s*[^=,;，；]{1,30}?\$?\s*时?\s*[,，]\s*"
    r"(?=[^=]*?(?:minimum|maximum|最小值|最大值))[^=]{0,60}?(?:为|是|等于|\bis|\bequals|\bof)?\s*"
    r"(?P<value>[-−]?\$?\d+(?:\.\d+)?(?:/\d+)?\$?)\s*[.。]?\s*$",
    re.IGNORECASE,
)


def value_at_condition(text: str, *, anchored: bool = False) -> str | None:
    """The value a sentence states before the condition under which it holds ("The minimum is 2 when x = 1.",
    "2, attained at x = 1" after an answer marker, "The maximum of f is 2 (at x = 0).") or, an extremum's, after it
    ("当x=1时，函数取得最小值-1", "When x = 1, the minimum value is -1."), else None: never the condition's value.
    Without an answer marker (`anchored`) only an extremum's value is read: "The value first reaches 2 at x = 1." may
    answer "when?" with 1.

    >>> value_at_condition("So the minimum is 2 when x = 1."), value_at_condition("2, attained at x = 1", anchored=True)
    ('2', '2')
    >>> value_at_condition("The maximum of f is 2 (at x = 0)."), value_at_condition("x = 1 when y = 2")
    ('2', None)
    >>> value_at_condition("So the function value first reaches 2 at x = 1.")
    >>> value_at_condition("最小值为2，此时x=1。"), value_at_condition("最大值是3，当x=2时")
    ('2', '3')
    >>> value_at_condition("当x=1时，函数取得最小值-1"), value_at_condition("When x = 1, the minimum value is -1.")
    ('-1', '-1')
    >>> value_at_condition("When x = 1, y = 3.") is None, value_at_condition("当x=1时，y=3") is None
    (True, True)
    >>> value_at_condition("The maximum value is $\\\\frac{1}{2}$, attained when $x = 1$.")
    '\\\\frac{1}{2}'
    """
    if "=" not in text or len(text) > 300:
        return None
    if (first := _CONDITION_FIRST_RE.match(text)) is not None:
        return first.group("value").strip("$")
    m = _VALUE_AT_RE.search(text)
    if m is None or "=" in text[: m.start()]:
        return None  # ("x = 1 when y = 2": a relation states the answer, not the value before the condition)
    if not anchored and not _EXTREMUM_IS_RE.search(text, max(0, m.start() - 60), m.start()):
        return None
    return m.group("value").strip("$")


_FUNCTION_IN_RE = re.compile(r"\b(?:log|ln|sqrt|root)\b|\b(?:sin|cos|tan|exp)\s*\(", re.IGNORECASE)


_CURRENCY_RE = re.compile(r"\$(?=\d)")
_PLAIN_NUMBER_SPAN_RE = re.compile(r"\$[ \t]*([-−]?\d+(?:\.\d+)?)[ \t]*\$")
_ESCAPED_CURRENCY_RE = re.compile(r"\\\$(?=\s?\d)")


# an infinity the sentence ends on after its copula or a verb of a limit ("The limit is infinity.", "It tends to
# negative infinity.", "The sum is infinite.")
_INFINITY_AT_END_RE = re.compile(
    r"\b(?:is|are|equals?|becomes?|tends\s+to|approaches|goes\s+to|diverges\s+to)\s+"
    r"(?:(negative|minus|positive|plus)\s+)?(?:infinity|infinite)\s*$",
    re.IGNORECASE,
)
# a value the sentence denies after its own, at its end: ", not 15", "(not 15 cm)", "; not 15"
_NOT_AFTER_RE = re.compile(
    r"(?<=[\d%°a-z])\s*[,(;]\s*(?:(?:and|but)\s+)?not\s+[-−]?\$?\d[\d.,]*(?:\s*[%°]|\s+[A-Za-z]{1,12})?\s*\)?\s*$"
)


# a sentence that says no objects are left, after a subtraction ("There are no red balls left.", "No objects
# remain.", "Nothing is left in the image."): a count of 0. The whole sentence: "left of" is a place ("No ball is left of
# the cube."); and no solution or value is a count ("No real solution remains.")
_NONE_LEFT_RE = re.compile(
    r"(?:(?:so|thus|therefore|then|after\s+[a-z]+ing\b[^,.\d]{0,60}),?\s+)?"
    r"(?:there\s+(?:are|is|will\s+be|would\s+be)\s+no\s+|no\s+|nothing\s+"
    r"|none\s+(?:of\s+(?:them|these|those|the\s+(?:\d+\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+)?)"
    r"(?!(?:real\s+)?(?:solutions?|answers?|roots?|values?)\b)(?:[A-Za-z][\w-]*\s+){0,4}?"
    r"(?:(?:are|is|will\s+be|would\s+be)\s+)?(?:left(?:\s+over)?|remaining|remains?)"
    r"(?:\s+(?:in|on)\s+the\s+(?:image|picture|figure|scene))?(?:,?\s+after\s+[a-z]+ing\b[^.;]{0,60})?",
    re.IGNORECASE,
)


# a count that is the sentence's subject ("3 bars have values smaller than 6.", "Only two groups have values larger
# than 40.", "No bars have values above 50.", "None of the people were born after 1945."), when every other number in
# it is a bound the counted things meet ("more than 90 percent", "above 50", "at least one", "between 20 and 40"):
# the count (the sentence had been taken whole, or read by its bound). "One" only before a noun ("One can see ...")
_SUBJECT_COUNT = "|".join(w for w in _WORDS if w not in ("zero", "none"))
_COUNT_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?:only|exactly|just)\s+)?(?:(?P<count>\d+|{_SUBJECT_COUNT})\s+{_NOT_A_UNIT}(?!(?:times|more|less|fewer"
    rf"|percent|per|out|in|to|is|are|was|were|can|could|may|might|must|should|would|will)\b)"
    r"|(?P<none>no\s+(?!(?:real\s+)?(?:solutions?|answers?|roots?|values?|one|more|less|fewer)\b)"
    r"|none\s+of\s+(?:them|these|those|the)\s+))"
    r"(?=[A-Za-z])",
    re.IGNORECASE,
)
_BOUND_WORDS = (
    r"(?:(?:more|less|fewer|greater|larger|bigger|smaller|higher|lower|longer|shorter|older|younger|heavier|lighter"
    r"|taller|wider|narrower)\s+than(?:\s+or\s+equal\s+to)?|above|below|over|under|exceeding|beyond|at\s+(?:least|most)"
    r"|up\s+to|after|before|since)"
)
# a bound and its number, or a range ("between 20 and 40"), with what the number measures after it ("90 percent")
_BOUND_NUMBER_RE = re.compile(
    rf"\b(?:{_BOUND_WORDS}\s+(?:(?:a|the)\s+value\s+of\s+)?(?P<a>[-−]?\d[\d,.]*|{_SUBJECT_COUNT})"
    rf"|between\s+(?P<b>[-−]?\d[\d,.]*|{_SUBJECT_COUNT})\s+and\s+(?P<c>[-−]?\d[\d,.]*|{_SUBJECT_COUNT}))"
    r"(?:\s*%|\s+percent)?\b",
    re.IGNORECASE,
)
_ANY_NUMBER_RE = re.compile(rf"\d|\b(?:{_SUBJECT_COUNT})\b", re.IGNORECASE)


def subject_count(sentence: str) -> str | None:
    """The count that is a sentence's subject when every other number in it is a bound the counted things meet
    (`_COUNT_SUBJECT_RE`, `_BOUND_NUMBER_RE`), else None; "no" or "none of" as the subject is 0.

    >>> subject_count("3 bars have values smaller than 6"), subject_count("Only two groups have values above 40.")
    ('3', '2')
    >>> subject_count("Two objects are preferred by more than 90 percent of people in at least one category.")
    '2'
    >>> subject_count("None of the people were born after 1945."), subject_count("No bars are between 2 and 5.")
    ('0', '0')
    >>> subject_count("3 bars have values of 6"), subject_count("No real solutions are above 2")  # (6 is no bound)
    (None, None)
    """
    m = _COUNT_SUBJECT_RE.match(sentence)
    if m is None:
        return None
    rest = _BOUND_NUMBER_RE.sub(" ", sentence[m.end() :])
    if _ANY_NUMBER_RE.search(rest) or rest == sentence[m.end() :]:
        # (another number that is no bound; or no bound at all: a count alone is read elsewhere, and "No ball is
        # left of the cube." says where, not how many)
        return None
    if m.group("none") is not None:
        return "0"
    count = m.group("count")
    return count if count.isdigit() else str(_WORDS[count.lower()])


# the value a sentence's copula states at its end, then the noun or unit words it counts ("The number of students in
# class 5 is 30 students.", "The sum of the first 10 terms is 45 units."): a number inside its subject ("class 5") is a
# name's, and the words after the value no value (the sentence had been taken whole); never a scale or an operation
# after it ("12 million", "3 times", "5 percent")
_VALUE_COPULA = r"\b(?:is|are|was|were|equals?|be|measures?|comes\s+to|amounts\s+to|totals?|equal\s+to)\s+"
_PREDICATE_VALUE_RE = re.compile(
    _VALUE_COPULA + r"(?:(?:about|approximately|roughly|exactly|around|only|just|nearly|almost)\s+)?"
    rf"([-−]?\d+(?:\.\d+)?)(?:%|°|\^\{{?\\circ\}}?)?(?:\s+{_NOT_A_UNIT}[A-Za-z]+){{0,2}}\s*[.!]?\s*$",
    re.IGNORECASE,
)
# a value stated before the copula's ("Angle 2 is 60 degrees and angle 1 is 30 degrees."): two values, which of them
# answers is the question's to say (the sentence stays whole)
STATED_BEFORE_RE = re.compile(
    _VALUE_COPULA + r"(?:(?:about|approximately|exactly)\s+)?[-−]?\d", re.IGNORECASE
)
# the words of a total after its value ("45 cm in total", "12 altogether"): no part of the value
TOTAL_WORDS = r"in\s+total|in\s+all|altogether|overall|combined"
# what closes a sentence after its value and states none: a total's words, a remark that it is the answer, a source
# or a time span in brackets ("... is 45 cm in total", "..., which is the final answer", "..., as shown in Figure 6",
# "... (from 2010 to 2016)")
_TAIL_AFTER_VALUE_RE = re.compile(
    rf"(?<=[\w%°}}$)\]π√])(?:[ \t]*,?[ \t]+(?:{TOTAL_WORDS}|in\s+the\s+end)"
    r"|[ \t]*,[ \t]*(?:which\s+(?:is|are)\s+(?:the|my|our)\s+(?:final\s+)?(?:answer|solution)s?"
    # (or a check that names no value: "..., which matches the option", "..., which agrees with one of the choices")
    r"|which\s+(?:matches|agrees\s+with|corresponds\s+to)\s+(?:the|an?|one\s+of\s+the)\s+(?:given\s+)?(?:options?|choices?)"
    r"|as\s+(?:shown|seen|given|stated|indicated|labell?ed)\s+(?:in|on|by)\b[^,;.]*)"
    r"|[ \t]*\((?:from|between)\s[^()]*\))[ \t]*$",
    re.IGNORECASE,
)


def value_before_tail(sentence: str) -> str | None:
    """The value a sentence's copula states before what closes it and states no value (`_TAIL_AFTER_VALUE_RE`, a
    circumstance: `without_circumstances`), when its subject holds numbers of its own ("The measure of angle 2 is 40°
    as shown in Figure 6.", "The value in 2015 was 3.5 in the end."), else None.

    >>> value_before_tail("Finally, the measure of angle 2 must be 7° after 2 steps.")
    '7'
    >>> value_before_tail("The area of rectangle 3 is 12 units, which is the final answer.")
    '12'
    >>> value_before_tail("The area of rectangle 3 is 12 units.")  # (no tail: `predicate_value` reads it)
    """
    text = before = sentence.strip().rstrip(".!")
    for _ in range(3):  # (tails may stack: "12 cm in total, as shown in Figure 2")
        shorter = without_circumstances(_TAIL_AFTER_VALUE_RE.sub("", text))
        if shorter == text:
            break
        text = shorter
    return _predicate(text) if text != before else None


def predicate_value(sentence: str, number: str) -> bool:
    """Whether `number` is the value a sentence's copula states at its end, only words after it (`_PREDICATE_VALUE_RE`).

    >>> predicate_value("The number of students in class 5 is 30 students.", "30")
    True
    >>> predicate_value("The value in 2015 is 12 million.", "12"), predicate_value("Angle 2 is 3 times 4.", "4")
    (False, False)
    >>> predicate_value("Angle 2 is 60 degrees and angle 1 is 30 degrees.", "30")  # (two values stated)
    False
    """
    return _predicate(sentence) == number


def _predicate(sentence: str) -> str | None:
    """The number `_PREDICATE_VALUE_RE` finds at the sentence's end, when no value is stated before it."""
    m = _PREDICATE_VALUE_RE.search(sentence)
    return m.group(1) if m is not None and not STATED_BEFORE_RE.search(sentence, 0, m.start()) else None


# a sign set apart from its number after a word, "=", "(" or ":" ("The value is − 5."; `sentence_number`)
_SPACED_SIGN_RE = re.compile(r"(^|[A-Za-z]{2,}[ \t]+|[=:(][ \t]*)([-−])[ \t]+(?=\d)")


# a connective, then a number in words alone ("Therefore, twelve."; `sentence_number`)
_CONNECTIVE_THEN_WORDS_RE = re.compile(
    r"(?:so|thus|therefore|hence)\b[,:]?\s+(?:the\s+answer\s+is\s+)?([a-z][a-z -]{2,40})", re.IGNORECASE
)


def sentence_number(sentence: str) -> str | None:
    """The answer of a one-sentence reply: the count after "there are" when there is one such count;
    else the sentence's only number once trailing elaborations ("..., with 94% of ...") are dropped, with
    the unit that ends the sentence after it (`units.unit_of`: "The area is 15 square centimeters.").
    A sentence with math in it (`√`, `^`, braces, an option letter in parentheses) gives None.

    >>> sentence_number("There are 3 bars with values below 40.")
    '3'
    >>> sentence_number("The highest share was recorded in 2016, with 94% of schools having it.")
    '2016'
    >>> sentence_number("I count four objects."), sentence_number("The sum of the smallest two bars is 5.")
    ('4', '5')
    >>> sentence_number("There are 5 more red balls than blue ones, so 12 red balls.")
    '12'
    >>> sentence_number("There are 5 more red balls than blue ones.")  # its only number: "how many more?"
    '5'
    >>> sentence_number("There are 2 million people."), sentence_number("There are two dozen eggs.")
    ('2 million', '2 dozen')
    >>> sentence_number("There are no red balls left."), sentence_number("No ball is left of the cube.")
    ('0', None)
    >>> sentence_number("The length is 12 cm (because there are 3 rows of 4).")  # (a reason after it: not its 3)
    '12 cm'
    >>> sentence_number("There are 5 cubes at most."), sentence_number("There are 2 groups with at least 3 birds.")
    (None, '2')
    >>> sentence_number("None of them are left."), sentence_number("None of the 5 balls are left.")  # (not 5)
    ('0', '0')
    >>> sentence_number("She ate two thirds of the pizza."), sentence_number("It is three quarters of the cake.")
    ('2/3', '3/4')
    >>> sentence_number("The remainder is $5$ when divided by $7$.")  # (spans of one plain number: numbers)
    '5'
    >>> sentence_number("The value is - 5."), sentence_number("The gap is 10 - 5.")  # (a sign apart; a subtraction)
    ('-5', None)
    >>> sentence_number("Therefore, twelve."), sentence_number("So, one half."), sentence_number("So, twelve hundred.")
    ('12', '1/2', '12 hundred')
    >>> sentence_number("So the total is one million."), sentence_number("There are three thousand people.")
    ('1 million', '3 thousand')
    """
    text = sentence.strip().rstrip(".!")
    if text[:1] in "sStThH" and (alone := _CONNECTIVE_THEN_WORDS_RE.fullmatch(text)) is not None:
        # "Therefore, twelve.", "So, one half.": a connective, then a number in words alone (it had been taken whole,
        # or a worked reply read by the working's last digits)
        if (value := word_number(alone.group(1))) is not None and " " not in value:
            return value
    # (the copula before what closes the sentence and states no value: "..., which is the final answer")
    said = _TAIL_AFTER_VALUE_RE.sub("", text) if _DIGIT_RE.search(text) else ""
    subject = _SUBJECT_NUMBER_BEFORE_RE.match(said) if said else None
    if subject is not None and _DIGIT_RE.search(said, 0, subject.end()):
        # "The measure of angle 2 is one quarter.", "... of angle 2 is negative 4.": a subject's own number names it,
        # what its copula states is the value (the name's 2 had been read, or the sentence taken whole); not after a
        # value stated before ("Angle 1 is 30 and angle 2 is ...")
        rest = said[subject.end() :]
        if _VALUE_OPENS_RE.match(rest) and not STATED_BEFORE_RE.search(said, 0, subject.end()):
            if (stated := sentence_number(f"It is {rest}")) is not None:
                return stated
    # "The total is 12, not 15.": a value the sentence denies after its own is no second number (it had been
    # taken whole)
    text = _NOT_AFTER_RE.sub("", text)
    # "three hundred forty-five apples" had been read as "3 hundred"
    text = number_words_as_digits(text)
    if " " in text and ("- " in text or "− " in text):
        # "The value is − 5.": a sign set apart from its number after a word, "=", "(" or ":" is its sign (5 had
        # been read, correct for 5); after a number or a one-letter name it is a subtraction ("10 - 5", "x - 5")
        text = _SPACED_SIGN_RE.sub(r"\1\2", text)
    # "It costs $12.": one `$` before a digit is a currency sign, no math (the sentence had been taken whole); so is
    # an escaped one (`\$12`), and every `$` when each stands before a digit ("She earns $18 daily (9 eggs x $2)."):
    # a math span's closing `$` follows its math
    if "\\$" in text:
        text = _ESCAPED_CURRENCY_RE.sub("", text)
    if "$" in text and _PLAIN_NUMBER_SPAN_RE.search(text):
        # "The remainder is $5$ when divided by $7$.": a math span that is one plain number is that number (the sentence
        # had been read by its last number, 7); only when every span is one
        unwrapped = _PLAIN_NUMBER_SPAN_RE.sub(r"\1", text)
        text = unwrapped if "$" not in unwrapped else text
    if text.count("$") == 1 or ("$" in text and text.count("$") == len(_CURRENCY_RE.findall(text))):
        text = _CURRENCY_RE.sub("", text)
    if "\\" in text:
        # "It costs 3.5 \\mathrm{cm}.", "We get 25 \\% in total.": a unit or a percent sign dressed as LaTeX after a
        # number is that unit (the sentence had been read as math, then taken whole)
        text = _DRESSED_UNIT_RE.sub(lambda m: f" {m.group(1)}" if m.group(1) else m.group(2) or "°", text)
    # "The clock shows half past ten.": 10:30, no number of it
    if ("clock" in text or " past " in text or " to " in text) and (time := clock_phrase(text)) is not None:
        return time
    # ("It costs 3.5 cm^2.": a unit's power after a number is no math; `3x^2` is, x being no unit)
    if "^" in text:
        text = _CARET_UNIT_POWER_RE.sub(_unit_power_glyph, text)
    if re.search(rf"[=$\\^{{}}√π{BOUND_SIGNS}]|\([A-Z]\)", text) or _FUNCTION_IN_RE.search(text):
        return None  # (math: a relation, a power, a root, a function of a value: "We get log(3).")
    if ("no" in text or "No" in text or "othing" in text) and _NONE_LEFT_RE.fullmatch(text) is not None:
        return (
            "0"  # "There are no red balls left.", "No objects remain.": a count of 0 (had been taken whole)
        )
    if "infinit" in text and (limit := _INFINITY_AT_END_RE.search(text)) is not None:
        # "The limit is infinity.", "It tends to negative infinity.": that infinity (had been taken whole)
        return "-\\infty" if limit.group(1) and limit.group(1).lower() in ("negative", "minus") else "\\infty"
    if not re.search(r"\d", text) and (share := _COUNTED_SHARE_RE.search(text)) is not None:
        # (the sentence's one share: another number word in it may be what it counts, "Two thirds of the three")
        phrase = next(g for g in share.groups() if g)
        rest = text[: share.start()] + text[share.end() :]
        if not _ANY_NUMBER_WORD_RE.search(rest) and "/" in (value := word_number(phrase) or ""):
            return value
    core = _COUNTED_WORD_RE.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)] + str(_WORDS[m.group(1).lower()]), text
    )
    opening = _OPENING_COUNT_RE.match(core)
    if opening is not None and not _ANY_NUMBER_WORD_RE.search(core, opening.end()):
        # (only the sentence's one count: "Two dogs and three cats are ..." answers no one count)
        core = str(_WORDS[opening.group(1).lower()]) + core[opening.end() :]
    core = _ELABORATION_RE.sub("", core)
    concluded = list(_SO_CLAUSE_RE.finditer(core))
    if concluded:  # (its count may be a word: "..., so four blue balls")
        core = _LEADING_WORD_RE.sub(lambda m: str(_WORDS[m.group(1).lower()]), core[concluded[-1].end() :])
    core = without_circumstances(core)
    counts = list(_THERE_ARE_RE.finditer(core))
    if len(counts) == 1 and _BOUND_RIGHT_AFTER_RE.match(core, counts[0].end(1)):
        return None  # "There are 5 cubes at most.": a bound, no count (it had been read as 5)
    if len(counts) == 1:
        count = "1" if counts[0].group(1).lower() == "one" else counts[0].group(1)
        scale = _SCALE_AFTER_RE.match(core, counts[0].end(1))
        # "There are 2 million people.", "There are two dozen eggs.": had been read as their 2
        return f"{count} {scale.group(1)}" if scale is not None else count
    if (counted := subject_count(text)) is not None:  # "3 bars have values smaller than 6.": 3, not the bound
        return counted
    # (before what closes it and states no value: "We get three in total.", "..., which is the final answer")
    untailed = _TAIL_AFTER_VALUE_RE.sub("", text)
    ending = _WORD_AT_END_RE.search(untailed)
    if ending is not None and not _BARE_NUMBER_RE.search(core):  # "The final count is three."
        # ("The slope is negative two.": -2; the sign had left the sentence taken whole)
        return ("-" if ending.group("sign") else "") + str(_WORDS[ending.group(2).lower()])
    share = _FRACTION_AT_END_RE.search(untailed) if not _BARE_NUMBER_RE.search(core) else None
    if share is not None and "/" in (value := word_number(share.group(1)) or ""):  # "... is one fourth."
        return value
    mixed = _MIXED_NUMBER_RE.search(core) if "/" in core else None
    if mixed is not None and not _DIGIT_RE.search(core[: mixed.start()] + core[mixed.end() :]):
        # "It costs 1 1/2 altogether.": a mixed number, the sentence's only number, is one value (it had been taken
        # whole: a whole number and a fraction side by side)
        return mixed.group(0)
    numbers = list(_BARE_NUMBER_RE.finditer(core))
    if len(numbers) == 1 and not re.search(r"\d\s*[:/]\s*\d", core):
        if _BOUND_BEFORE_RE.search(core[max(0, numbers[0].start() - 32) : numbers[0].start()].rstrip("([ ")):
            return None  # "more than 4", "more than (4)" bound the answer; they do not state it
        if _DENIED_AFTER_RE.search(core, numbers[0].end()):
            return None  # "12 is wrong.", "12 apples at least.": denied or bounded after it
        if REFERENCE_BEFORE_RE.search(core, max(0, numbers[0].start() - 16), numbers[0].start()):
            return None  # "..., as shown in Figure 2.": a label, no value
        if CHANGED_BEFORE_RE.search(core, max(0, numbers[0].start() - 32), numbers[0].start()):
            return None  # "It is twice 3.", "It is half of 12.": an operation on the number, no value of it
        if CHANGED_AFTER_RE.match(core, numbers[0].end()):
            return None  # "The area is 2 pi square units.": a factor of the value, no value of its own
        number = numbers[0].group(0).strip()
        if number[:1].isdigit() and NEGATIVE_BEFORE_RE.search(
            core, max(0, numbers[0].start() - 12), numbers[0].start()
        ):
            number = f"-{number}"  # "The temperature is minus 5 degrees.": -5 (it had been read as 5)
        scale = _SCALE_AFTER_RE.match(core, numbers[0].end())
        if scale is not None:  # "2.5 billion dollars": the scale word is part of the number
            return f"{number} {scale.group(1)}"
        if _PERCENT_WORD_AFTER_RE.match(core, numbers[0].end()) and not number.endswith("%"):
            return f"{number}%"  # "About 25 percent of them.", "twenty-five per cent": a percent (it had been 25)
        with_unit = f"{number}{core[numbers[0].end() :]}".strip()
        return with_unit if unit_of(with_unit) is not None else number  # "... is 15 square centimeters"
    return None


# what opens a copula's value: a number, a sign, a number in words (not a verb's participle: "3 bars were born after
# 1990" states no value after its copula)
_VALUE_OPENS_RE = re.compile(
    rf"(?:(?:about|approximately|exactly|only|just|nearly|almost|roughly)\s+)?(?:[-−]?\d|(?:minus|negative)\s|{_NUMBER_WORD})",
    re.IGNORECASE,
)
# a unit or a percent sign dressed as LaTeX after a number ("3.5 \\mathrm{cm}", "12 \\text{ m}", "25 \\%", "45^\\circ")
_DRESSED_UNIT_RE = re.compile(
    r"(?<=\d)\s*(?:\\(?:mathrm|text|textrm|mbox)\s*\{\s*~?\s*([A-Za-z]{1,12})\s*\}|\\(%)|\^\s*\{?\s*\\circ\s*\}?)"
)
# a mixed number written with a space ("1 1/2"), not inside a date or a longer fraction
_MIXED_NUMBER_RE = re.compile(rf"(?<![\d/.,])\d{{1,4}}{_MIXED_TAIL}")
_PERCENT_WORD_AFTER_RE = re.compile(r"\s*(?:percent|per\s+cent|pct)\b", re.IGNORECASE)
_SPAN_RE = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|\$(.+?)\$", re.DOTALL)


_UNIT_POWER_AFTER_RE = re.compile(
    r"\s*([A-Za-z]{1,6})\s*(?:\$\s*)?\^\s*\{?\s*([23])\s*\}?(?:\s*\$)?(?![\d^])|\s*([A-Za-z]{1,6})([²³])"
)
_SUPERSCRIPT = {"²": "2", "³": "3"}
# a unit's power written with a caret right after a number ("3.5 cm^2", "12 m^{3}"), which a reply's superscript
# glyph becomes too (`normalize.superscript_powers`)
_CARET_UNIT_POWER_RE = re.compile(r"(?<=\d)([ \t]*)([A-Za-z]{1,6})\^\{?([23])\}?(?![\d^])")


def _unit_power_glyph(m: re.Match[str]) -> str:
    """A unit's power as its glyph (`cm^2` -> `cm²`) when the letters are a unit (`x^2` stays: a name's power)."""
    if unit_of(f"1 {m.group(2)}") is None:
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{'²' if m.group(3) == '2' else '³'}"


# a token of plain-text math: digits, one-letter names (with a subscript or arguments: `a_1`, `f(x)`), operators,
# brackets, and the names of functions; a word of two or more letters is prose
_PLAIN_MATH_TOKEN_RE = re.compile(
    r"(?:[A-Za-z](?:_\{?\w+\}?)?(?=[^A-Za-z]|$)|\d|[.,+\-−*/^=<>≤≥≠()\[\]{}|√π!±∓]"
    r"|(?:sqrt|sin|cos|tan|cot|sec|csc|log|ln|exp|pi)(?=[^A-Za-z]|$))+"
)
_PLAIN_RELATION_RE = re.compile(r"<=|>=|!=|[=<>≤≥≠]")
_PLAIN_LEAD_RE = re.compile(r"[A-Za-z]{2,}[,:]?")


# one unknown's value, in plain text: "x = 2", "y_1 = -3.5"
_NAMED_NUMBER_RE = re.compile(r"[A-Za-z](?:_\w{1,3})?\s*=\s*[-−]?\d+(?:\.\d+)?")


def plain_relation_tail(sentence: str) -> str | None:
    """The plain-text equation or inequality that ends a sentence after its words ("The equation of the line is
    y = 2x + 1.", "The solution is x <= 3.", "We find that x > 2."), or None: the math a reply with no math
    delimiters states, as `single_math_span` reads the one math span of a reply that has them. Only when no
    number is left in the words before it.

    >>> plain_relation_tail("The equation of the line is y = 2x + 1."), plain_relation_tail("So x <= 3")
    ('y = 2x + 1', 'x <= 3')
    >>> plain_relation_tail("There are 3 apples and a banana."), plain_relation_tail("It costs 5 = 2 + 3 dollars.")
    (None, None)
    """
    text = sentence.strip().rstrip(".。!")
    if len(text) > 300 or "$" in text or "\\(" in text:
        return None
    tokens = text.split()
    start = len(tokens)
    while start > 0 and _PLAIN_MATH_TOKEN_RE.fullmatch(tokens[start - 1]):
        start -= 1
    if start == 0 or start == len(tokens):
        return None  # math throughout (read whole elsewhere), or none at the end
    tail = " ".join(tokens[start:])
    if not _PLAIN_RELATION_RE.search(tail) or not re.search(r"[A-Za-z]", tail):
        return None  # (arithmetic alone, "1 + 2 + 4 = 7", is a computation: its result is read as a number)
    while start >= 2 and tokens[start - 1].lower() in ("or", "and"):
        # relations joined by "or" / "and" ("Hence x < -1 or x > 1.", "It holds when x > 1 and x < 3."): one
        # answer, a union or an intersection, not the last relation alone (nor the sentence, whose "-1" is a number
        # in its words); each side a relation in a name
        before = start - 1
        while before > 0 and _PLAIN_MATH_TOKEN_RE.fullmatch(tokens[before - 1]):
            before -= 1
        joined = " ".join(tokens[before : start - 1])
        names = set(re.findall(r"[A-Za-z]", joined))
        if before == start - 1 or not _PLAIN_RELATION_RE.search(joined) or not names:
            break
        if names != set(re.findall(r"[A-Za-z]", tail)) or "(" in joined + tail:
            if tokens[start - 1].lower() == "and" and all(
                _NAMED_NUMBER_RE.fullmatch(part) for part in (*joined.split(", "), *tail.split(", "))
            ):
                # values of other unknowns ("The solution is x = 2 and y = 3."): the labelled values, as "x = 2, y = 3"
                # is read (its last value alone had been the answer)
                tail, start = f"{joined}, {tail}", before
                continue
            break  # another unknown, or a function's values ("f(1) = 2 and f(2) = 4"): values listed, not one set
        tail, start = f"{joined} {tokens[start - 1]} {tail}", before
    if start == 0 or not _PLAIN_LEAD_RE.fullmatch(tokens[start - 1]):
        return None  # no word before it ("x < -1 or x > 1" alone is read whole elsewhere)
    if re.search(r"\d", " ".join(tokens[:start])) or tail[:1] in "=<>≤≥≠" or tail[-1:] in "=<>≤≥≠+-*/^,":
        return None
    if _NEGATION_RE.search(" ".join(tokens[:start])):
        return None  # "The solution is not x = 3.": the relation is denied, not stated
    if not braces_balanced(tail):
        return None  # the end of a wrapper: `\text{Yes, it is possible unless n = 1}` is no relation `n = 1}`
    if ", " in tail and not all(re.match(r"[A-Za-z]", part) for part in tail.split(", ")):
        return None  # "Since 2 = 2, x = 3": a clause before the statement; "x = 1, y = 2" lists values
    return tail


# a token of a plain-text value that is no bare number: a root, pi, a fraction, written in Unicode (`2√5`, `5π/6`)
# or in LaTeX without math delimiters (`2\sqrt{5}`, `\frac{\pi}{3}`)
_GROUP = r"\{(?:[^{}\s]|\{[^{}\s]{1,8}\}){1,16}\}"  # (one brace group, one level nested: `{6\sqrt{7}}`)
_ARG = rf"(?:{_GROUP}|\d)"  # (a one-digit argument needs no braces: `\frac34`, `\sqrt3`)
# (an exponent in braces, `x^{2}`, `2^{1/4}`; a root of another index, `\sqrt[4]{2}`; a product, `3 \times 10^{4}`)
_PLAIN_VALUE_TOKEN_RE = re.compile(
    rf"(?:\d|[.+\-−*/^()√π×·÷]|\^{_GROUP}|\\sqrt\s*(?:\[\d\])?\s*{_ARG}|\\frac\s*{_ARG}\s*{_ARG}|\\(?:pi|times|cdot|circ)(?![A-Za-z])"
    r"|(?<![A-Za-z\\])sqrt(?=\()|(?<![A-Za-z])[A-Za-z](?![A-Za-z]))+"
)
_PLAIN_VALUE_KIND_RE = re.compile(r"[√π/^×·÷]|sqrt\(|\\sqrt|\\pi|\\frac|\\times|\\cdot")
_MACRO_RE = re.compile(r"\\(?:sqrt|pi|frac|times|cdot)|sqrt(?=\()")
# markdown bold around a run of a sentence ("The value is **2√3**."; not Python's power, `2**(1/4)`), and the
# sizing of a bracket or a fraction's style (`\left(2, -1\right)`, `\dfrac`): none is part of the value stated
_BOLD_RUN_RE = re.compile(r"(?<![\w*])\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*(?![\w*])")
_SIZING_RE = re.compile(
    r"\\(?:left|right|[bB]igg?[lr]?)\s*(?=[()\[\]|]|\\[{}])|(?<=\\)[dt](?=frac(?![A-Za-z]))"
)


def plain_view(sentence: str) -> str:
    r"""A sentence as the plain-text readers (`plain_value_tail`, a bracketed value stated) read it: without its full
    stop, the markdown bold around its runs, the sizing of its brackets, a fraction's style, and a tail that states no
    value ("..., which is the final answer", "in total").

    >>> plain_view(r"So the value is **\left[1, 3\right)**."), plain_view(r"We get \dfrac{3}{4}, which is the final answer.")
    ('So the value is [1, 3)', 'We get \\frac{3}{4}')
    >>> plain_view("It is 2**(1/4).")
    'It is 2**(1/4)'
    """
    sentence = sentence.strip().rstrip(".。!")
    if "**" in sentence:
        sentence = _BOLD_RUN_RE.sub(r"\1", sentence)
    if "\\" in sentence:
        sentence = _SIZING_RE.sub("", sentence)
    return _TAIL_AFTER_VALUE_RE.sub("", sentence) if "," in sentence or " in " in sentence else sentence


_GENERIC_UNIT_RE = re.compile(
    GENERIC_UNIT, re.IGNORECASE
)  # ("square units": no dimension, `unit_of` reads none)
_NEGATION_RE = re.compile(r"\b(?:not|never|no|neither|nor|cannot)\b|n't\b|n’t\b", re.IGNORECASE)
# the verbs of a result that state a value after them ("We get 2√3.", "This gives (2, -1).")
# (or a verb of result, or what it costs: "It costs 1/4.")
_VALUE_COPULA_RE = re.compile(
    # (and the copulas of Spanish, French, German and Italian: "El resultado es 3/4.", "Die Lösung lautet 2√3.")
    rf"(?:is|are|was|were|equals?|be|becomes|{RESULT_VERBS}|costs?|es|est|ist|lautet|vaut|è|[A-Za-z]+:)",
    re.IGNORECASE,
)


def plain_value_tail(sentence: str) -> str | None:
    """The plain-text value that ends a one-line reply after "is" or "equals" (and before a unit of up to three
    words): "The distance is 2√5.", "It equals 5π/6.", "The area is π cm².", "The probability is 1/2.", or None.
    Only a root, pi or a fraction (a bare number has its own readers), or an expression in a letter with an
    operation ("The area is 2x+1."), and only when no number is left in the words before it: the value the reply
    states, as `single_math_span` reads "The distance is $2\\sqrt{5}$.".

    >>> plain_value_tail("The distance is 2√5."), plain_value_tail("It equals 5π/6."), plain_value_tail("The area is π m².")
    ('2√5', '5π/6', 'π m²')
    >>> plain_value_tail("It is 1/2 of the total."), plain_value_tail("Side 2 is 3√2."), plain_value_tail("The area is 12.")
    (None, '3√2', None)
    >>> plain_value_tail("Since AB is 4, BC is 2√3.")  # (a value stated before it: two values)
    >>> plain_value_tail("The value is 5√2 cm ≈ 7.07 cm, which is the final answer."), plain_value_tail("It is π cm^2.")
    ('5√2 cm ≈ 7.07 cm', 'π cm^2')
    """
    text = plain_view(sentence)
    if len(text) > 300 or "$" in text or "\\(" in text or "\n" in text:
        return None
    head, sign, approx = text.partition("≈")
    if sign and "≈" not in approx and _APPROX_DECIMAL_RE.fullmatch(approx := approx.strip()):
        # "The value is 5√2 cm ≈ 7.07 cm.": the value, then its decimal (and unit) after the sign (it had been taken
        # whole, or read as the decimal alone); compared as one value written two ways
        value = plain_value_tail(head.rstrip())
        return None if value is None else f"{value} ≈ {approx}"
    tokens = text.split()
    words = 0  # the words after the value that may be its unit ("m", "cm²", "square units"), checked below
    # (a unit's power as a glyph or as the reply text writes a superscript: "cm²", "cm^2")
    while words < min(3, len(tokens)) and _UNIT_WORD_RE.fullmatch(tokens[len(tokens) - words - 1]):
        words += 1
    # the longest unit first (a letter after the value may be part of it)
    for end in range(len(tokens) - words, len(tokens) + 1):
        value = _value_before(tokens, end)
        if value is not None:
            return value
    return None


# a unit word after a value, its power as a glyph or a caret (`cm`, `cm²`, `cm^2`)
_UNIT_WORD_RE = re.compile(r"[A-Za-z]+(?:[²³]|\^\{?[23]\}?)?")
# a decimal and up to three unit words after `≈` (`7.07 cm`, `12.57 square units`)
_APPROX_DECIMAL_RE = re.compile(rf"[-−]?\d+(?:\.\d+)?(?:\s+{_UNIT_WORD_RE.pattern}){{0,3}}")


def _value_before(tokens: list[str], end: int) -> str | None:
    """`plain_value_tail` for the value that ends at token `end`, the tokens after it its unit."""
    start = end
    while start > 0 and _PLAIN_VALUE_TOKEN_RE.fullmatch(tokens[start - 1]):
        start -= 1
    if start == end or start == 0 or not _VALUE_COPULA_RE.fullmatch(tokens[start - 1]):
        return None  # (not after `=`: `\\frac{dy}{dx} = -\\sqrt{x^2-1}` is an equation, read whole)
    value, unit = " ".join(tokens[start:end]), " ".join(tokens[end:])
    if value[-1:] in "+-−*/^" or value[:1] in "*/^":
        return None
    if re.search(r"[A-Za-z]", _MACRO_RE.sub("", value)):
        # an expression in a letter (`2x+1`, `x^2-1`): with an operation and a number only (`5 m/s` is a unit)
        if not re.search(r"\d", value) or not re.search(r"[+\-−^]", value) or "/" in value or unit_of(value):
            return None  # (`114m^2` is a value and its unit, read as one by `_value_and_unit`)
    elif not _PLAIN_VALUE_KIND_RE.search(value):
        return None
    before = " ".join(tokens[: start - 1])
    if value.count("(") != value.count(")"):
        return None
    if re.search(r"\d", before) and (re.search(r"[=<>≤≥]", before) or STATED_BEFORE_RE.search(before)):
        return None  # a value stated before ("Since AB = 4, BC is 2√3"); a subject's number is no value ("Side 2")
    if _NEGATION_RE.search(" ".join(tokens[:start])):
        return None  # "It cannot be 2√5.", "The distance could not be 2√5.": a value denied, not stated
    if unit and unit_of(f"{value} {unit}") is None and not _GENERIC_UNIT_RE.fullmatch(unit):
        return None  # words after the value that are no unit ("1/2 of the total"): the value is no answer
    return f"{value} {unit}".strip()


# the words before a span that name its subject, with a number of its own, then its copula ("The area of triangle 2 is")
_SUBJECT_NUMBER_BEFORE_RE = re.compile(r"[A-Za-z][A-Za-z0-9' ,]{0,80}\s(?:is|are|was|were|equals?)\s*")


def single_math_span(text: str) -> str | None:
    r"""The one math span of a short reply with no number outside it ("We find that $x \lt 3$."), or None.

    >>> single_math_span(r"Therefore $x \geq 5$ is the solution."), single_math_span(r"The volume is $12\pi$ cm$^3$.")
    ('x \\geq 5', '12\\pi cm^3')
    """
    if len(text) > 300:
        return None
    spans = list(_SPAN_RE.finditer(text))
    if not spans:
        return None
    m = spans[0]
    inner = next(g for g in m.groups() if g is not None).strip()
    # a unit raised to a power after the span ("$12\pi$ cm^3", "$12\pi$ cm$^3$", "$12\pi$ cm³"): its power
    # is no number outside, and the unit stays with the value
    power = _UNIT_POWER_AFTER_RE.match(text, m.end())
    if power is not None and len(spans) <= 2 and all(s.end() <= power.end() for s in spans):
        unit = f"{power.group(1) or power.group(3)}^{power.group(2) or _SUPERSCRIPT[power.group(4)]}"
        if unit_of(f"{inner} {unit}") is None:
            return None
        inner, outside = f"{inner} {unit}", text[: m.start()] + " " + text[power.end() :]
    elif len(spans) != 1:
        return None
    else:
        outside = text[: m.start()] + " " + text[m.end() :]
        before = text[: m.start()]
        if _SUBJECT_NUMBER_BEFORE_RE.fullmatch(before) and not STATED_BEFORE_RE.search(before):
            # "The area of triangle 2 is $12$.": the subject's number is a name's, no value (as `predicate_value` reads)
            outside = re.sub(r"\d", "", before) + " " + text[m.end() :]
    if not inner or re.search(r"\d", outside) or "$" in outside:
        return None
    if _NEGATION_RE.search(outside):
        return None  # "The distance is not $2\sqrt{5}$.", "It cannot be $3$.": the span is denied, not stated
    # "Area $=9.4 \mathrm{~cm}^2$": the prose names the left side, the span is half a relation
    if re.match(r"[=<>≤≥≈]|\\(?:le|ge|lt|gt|approx|neq)\b", inner):
        return None
    return inner


# a number in Chinese text: against Chinese characters, not against a Latin letter, a digit, a point or a
# bracket of math (`x2`, `a_{3}` are names); thousands grouped by commas or spaces (`20 347`)
_ZH_NUMBER_RE = re.compile(
    r"(?<![A-Za-z0-9_.{}^\\/])[-−]?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?(?:/\d+)?%?(?![A-Za-z0-9_}^/]|\.\d)"
)
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_ZH_SENTENCE_END_RE = re.compile(r"[。！？!?;；]|\.(?!\d)")
# a bound or a negation before the number ("多于5", "不是5", "至少5个") or after it and its unit ("5个以上")
ZH_BOUND_BEFORE_RE = re.compile(
    r"多于|少于|大于|小于|高于|低于|超过|不足|不到|至少|至多|最多|最少|不是|不等于|不超过|除了|不为|并非|不可能|不会"
)
_ZH_BOUND_AFTER_RE = re.compile(rf"\A\s*(?:{CJK_UNIT})?\s*(?:以上|以下|以内|之内|多|余|左右|以外)")


# a count stated in two or three words: "共有6种", "一共5个", "有3个" ("there are", "in all"), its measure word last
_ZH_COUNT_RE = re.compile(
    rf"^\s*(?:所以|因此|故)?\s*(?:(?:一共|总共|共计|共)有?|有)\s*(\d{{1,3}}(?: \d{{3}})+|\d+)\s*({CJK_UNIT})\s*$"
)


_ZH_ANSWER_LABEL_RE = re.compile(r"^\s*答\s*[:：]\s*")
# a subject in Chinese, its copula, then one number and perhaps its unit, or one math span, nothing after ("结果为12",
# "x的值是-5厘米", "结果为$\\frac{3}{4}$")
_ZH_COPULA_VALUE_RE = re.compile(
    rf"\s*(?:所以|因此|故|则)?[{CJK_CHARS}A-Za-z]{{0,10}}[{CJK_CHARS}]{{1,2}}(?:是|为|等于)\s*"
    rf"(?:\$?({_ZH_NUMBER_RE.pattern})\$?\s*({CJK_UNIT}|cm|m|km|kg)?"
    r"|\$([^$]{1,80})\$|\\\(([^$]{1,80}?)\\\))\s*[.。]?\s*"
)
_ZH_CLAUSE_SPLIT_RE = re.compile(r"，|,(?!\d)")
_ZH_COPULA_RE = re.compile("是|为|等于")


def chinese_sentence_number(text: str) -> str | None:
    """The answer of a short reply in Chinese: its last sentence's only number (with its Chinese unit, if
    one follows), when that sentence is prose (four Chinese characters or more) with no math in it, and
    the number is neither bounded ("至少5个", "5个以上") nor denied ("不是5"); else None.

    >>> chinese_sentence_number("所以一共有5个苹果。"), chinese_sentence_number("大约需要20 347朵鲜花.")
    ('5个', '20 347朵')
    >>> chinese_sentence_number("所以至少需要5个。"), chinese_sentence_number("3月5日出发")
    (None, None)
    >>> chinese_sentence_number("答：有 3 个。"), chinese_sentence_number("a的取值范围是(2,+∞)")
    ('3个', None)
    """
    pieces = [p for p in _ZH_SENTENCE_END_RE.split(text) if p.strip()]
    if not pieces:
        return None
    sentence = _ZH_ANSWER_LABEL_RE.sub(
        "", pieces[-1]
    )  # "答：有 3 个。": the label "answer:" opens the sentence
    sentence = counted_chinese_numerals(sentence)  # "共有五个苹果": 5 of them
    count = _ZH_COUNT_RE.match(sentence)
    if count is not None:  # "共有6种", "有3个": a count in fewer words than a sentence
        return count.group(1) + count.group(2)
    form = (
        _ZH_FORM_TAIL_RE.search(sentence)
        if "分之" in sentence or "点" in sentence or "负" in sentence
        else None
    )
    if form is not None and not ZH_BOUND_BEFORE_RE.search(
        sentence[max(0, form.start() - 8) : form.start() + 1]
    ):
        return _chinese_form(form.group(1))  # "所以概率是二分之一。": the fraction after the copula
    # "结果为12", "因为 3 + 4 = 7，结果为12。": a clause that names its subject and states one number (or one math
    # span) after its copula closes the sentence (the clause before it may hold working; three characters and a
    # copula are prose enough)
    clause = _ZH_CLAUSE_SPLIT_RE.split(sentence)[-1]
    stated = _ZH_COPULA_VALUE_RE.fullmatch(clause) if _ZH_COPULA_RE.search(clause) else None
    if stated is not None:
        at = next(stated.start(g) for g in (1, 3, 4) if stated.group(g) is not None)
        if not ZH_BOUND_BEFORE_RE.search(clause, 0, at):  # (not "不是12", "至少为12")
            if stated.group(1) is None:  # "结果为$\\frac{3}{4}$": the math the copula states
                return (stated.group(3) or stated.group(4)).strip()
            return stated.group(1) + (stated.group(2) or "")
    if len(_CJK_RE.findall(pieces[-1])) < 4 or re.search(rf"[=$\\^{{}}√π∞_{BOUND_SIGNS}]", sentence):
        return None
    numbers = list(_ZH_NUMBER_RE.finditer(sentence))
    if len(numbers) != 1:
        return None
    m = numbers[0]
    # (the bound may stand a verb away from the number: "至少需要5个")
    if ZH_BOUND_BEFORE_RE.search(sentence[max(0, m.start() - 8) : m.start()]) or _ZH_BOUND_AFTER_RE.match(
        sentence[m.end() :]
    ):
        return None
    unit = re.match(rf"\s*{CJK_UNIT}", sentence[m.end() :])
    return m.group(0).strip() + (unit.group(0).strip() if unit else "")
