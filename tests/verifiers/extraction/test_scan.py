"""`scan.prefiltered`: a regex with a first-character lookahead in front finds exactly the same matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mmeval.verifiers.extraction import answer, fallbacks
from mmeval.verifiers.extraction.scan import head_sets, prefiltered, required

# every compiled regex of the extraction rules (a new rule's regex is covered without editing this list)
RULE_REGEXES = [v for m in (answer, fallbacks) for v in vars(m).values() if isinstance(v, re.Pattern)]
OTHER_REGEXES = [
    re.compile(r"a+b|ab?c", re.IGNORECASE),
    re.compile(r"\bk[ei]y\b", re.IGNORECASE),  # the Kelvin sign folds to k
    re.compile(r"(?:is|ſt)\s*(x|y)?", re.IGNORECASE),  # long s and dotless i fold too
    re.compile(r"(?:ab)*c|d"),
    re.compile(r"[a-c]{2,}z"),
    re.compile(r"(a|b)c\1", re.IGNORECASE),  # a back reference: groups keep their numbers
]
# words of the rules, their case variants and the characters Unicode case folding ties to ASCII letters
PIECES = [
    "The answer is", "ANSWER:", "my final answer:", "答案是", "la réponse est", "Die Antwort lautet",
    "final answer", "所以", "\\boxed{", "$", "\\(", "<answer>", "**", "cannot determine", "abc", "aab",
    "key", "KİY", "\u212aey", "ıs", "ſt", "y", " ", "\n", "x", "5", ".", ":",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=25).map("".join)


def _found(regex, text):
    return [(m.span(), m.groups()) for m in regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(RULE_REGEXES + OTHER_REGEXES))
def test_same_matches_spans_and_groups(text, regex):
    assert _found(prefiltered(regex), text) == _found(regex, text)


def test_answer_marker_gets_a_filter_on_two_characters():
    heads = head_sets(answer._ANSWER_IS_RE)
    assert len(heads) == 2 and {"t", "m", "o", "a", "答"} <= heads[0] and {"h", "n"} <= heads[1]
    assert prefiltered(answer._ANSWER_IS_RE) is not answer._ANSWER_IS_RE
    # (a marker opening with a letter English text is full of, as "resposta" did, would let the scan stop at most
    # positions: those markers live in `_FOREIGN_ANSWER_RE`, which needs one of its words to be scanned at all)
    assert not {"e", "r", "s", "i"} & heads[0] and " " not in heads[1]
    assert required(answer._FOREIGN_ANSWER_RE) is not None
    # (case-insensitive, it would be scanned on every reply that is not ASCII)
    assert not answer._FOREIGN_ANSWER_RE.flags & re.IGNORECASE


def test_no_sure_first_character_leaves_the_regex_unchanged():
    for pattern in (r"\s*answer", r".x", r"\d+", r"a?b*", r"(?=a)ab"):
        regex = re.compile(pattern)
        assert prefiltered(regex) is regex, pattern


def test_an_alternative_that_can_be_empty_filters_nothing():
    assert head_sets(re.compile(r"ab|c?")) == []
    assert head_sets(re.compile(r"(?:ab|c)d")) == [frozenset("ac"), frozenset("bd")]


def test_verbose_and_bytes_patterns_are_left_alone():
    verbose = re.compile("ab  # a comment", re.VERBOSE)
    raw = re.compile(b"ab")
    assert prefiltered(verbose) is verbose and prefiltered(raw) is raw


def test_a_parser_that_changed_shape_means_no_filter(monkeypatch):
    """`re._parser` is not public API: if a Python release changes what it returns, the regex is used
    as it is (the same matches, only not sped up) instead of raising."""
    from mmeval.verifiers.extraction import scan

    def changed(*_args):
        raise AttributeError("no such op")

    monkeypatch.setattr(scan, "_heads", changed)
    regex = re.compile(r"the answer is \d+ (changed parser)")
    assert head_sets(regex) == [] and prefiltered(regex) is regex


long_texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=20, max_size=120).map("".join)


def _last(regex, text):
    last = None
    for last in regex.finditer(text):  # noqa: B007
        pass
    return None if last is None else (last.span(), last.groups())


@settings(max_examples=400, deadline=None)
@given(long_texts, st.sampled_from(RULE_REGEXES + OTHER_REGEXES), st.sampled_from([8, 32, 256]))
def test_last_match_is_the_last_match_of_a_full_scan(text, regex, tail):
    """`scan.last_match` (a words check first, then the text's end scanned from a barrier) gives the last
    match of a full `finditer`, span and groups, for every rule regex and a few others, at several tails."""
    import mmeval.verifiers.extraction.scan as scan

    old, scan.TAIL = scan.TAIL, tail
    try:
        found = scan.last_match(regex, text)
    finally:
        scan.TAIL = old
    assert (None if found is None else (found.span(), found.groups())) == _last(regex, text)


def test_barriers_and_required_words_of_the_answer_markers():
    """What makes the scan of the end sound and the skip possible: no answer marker consumes a digit, a
    full stop or a `$`; "final answer" needs both words (or `####`, or "final" and a colon: "Final: 42"); a
    class-only regex needs nothing."""
    from mmeval.verifiers.extraction.scan import barriers, required

    assert {"0", "9", ".", "$", "\\", "-"} <= barriers(
        answer._ANSWER_IS_RE
    )  # (a minus sign: no marker holds one)
    # (a run of literals goes on through a branch of literals: "final:" or "final**:", not "final" and ":" apart)
    assert required(answer._FINAL_RE) == (("final", "answer"), ("####",), ("final:",), ("final**:",))
    assert ("answer",) in required(answer._ANSWER_IS_RE)
    assert required(re.compile(r"\d+")) is None and barriers(re.compile(r".+")) == frozenset()
    assert required(re.compile(r"ſt", re.IGNORECASE)) is None  # the long s folds to an ASCII s


def _same_as_full(regex, text):
    from mmeval.verifiers.extraction.scan import last_match

    found = last_match(regex, text)
    return (None if found is None else (found.span(), found.groups())) == _last(regex, text)


def test_the_end_is_scanned_from_a_barrier_only(monkeypatch):
    """The scan of the end starts just after a character no match consumes; started inside "my answer:"
    it would find "answer:" instead (another span). A regex whose class could consume anything (`[^ ]`)
    has no barrier at all: a run of digits is not cut (`[^ a]`)."""
    import mmeval.verifiers.extraction.scan as scan

    monkeypatch.setattr(scan, "TAIL", 9)
    monkeypatch.setattr(scan, "_LOOK_BACK", 1)
    text = "1. Thus my answer: 5"
    assert _same_as_full(answer._ANSWER_IS_RE, text)
    assert scan.last_match(answer._ANSWER_IS_RE, text).group(0) == "my answer:"
    monkeypatch.setattr(scan, "TAIL", 256)
    assert _same_as_full(re.compile(r"[^ a]+"), "word " + "1234567890" * 40)


def test_required_words_are_looked_for_case_insensitively():
    """A case-insensitive marker's words are looked for in the text lower-cased ("THE FINAL ANSWER")."""
    from mmeval.verifiers.extraction.scan import last_match

    assert last_match(answer._FINAL_RE, "So THE FINAL ANSWER: 5") is not None
    assert _same_as_full(answer._ANSWER_IS_RE, "THE ANSWER IS 5")


def test_what_is_read_from_a_regex_is_read_once_per_pattern():
    """`per_pattern` computes once per pattern object (the scans ask for each on every reply)."""
    from mmeval.verifiers.extraction.scan import per_pattern

    calls = []
    pattern_of = per_pattern(lambda regex: calls.append(regex) or regex.pattern)
    a, b = re.compile(r"a+"), re.compile(r"b+")
    assert [pattern_of(r) for r in (a, b, a, b, a)] == ["a+", "b+", "a+", "b+", "a+"]
    assert calls == [a, b]


def test_a_memo_entry_is_never_another_patterns():
    """Patterns made and dropped one after another: a dropped pattern's memory (and so its `id`) is soon
    taken by the next; the memo keeps each pattern it holds alive, so it never answers for another."""
    from mmeval.verifiers.extraction.scan import per_pattern

    pattern_of = per_pattern(lambda regex: regex.pattern)
    for i in range(600):
        regex = re.compile(f"x{i}y")
        re.purge()  # `re`'s own cache would keep the pattern alive too
        assert pattern_of(regex) == f"x{i}y"


def test_a_group_with_flags_of_its_own_requires_none_of_its_words():
    """`(?i:answer)` matches "ANSWER": its words are not required as written (they had been, and the scan had
    found no match where there is one)."""
    import mmeval.verifiers.extraction.scan as scan

    regex = re.compile(r"(?i:answer) is")
    assert scan.required(regex) == ((" is",),)
    assert _same_as_full(regex, "x" * 300 + " ANSWER is 5")
    assert scan.last_match(regex, "x" * 300 + " ANSWER is 5") is not None


RULE_AND_OTHER = (
    RULE_REGEXES
    + OTHER_REGEXES
    + [
        re.compile(r"final(?::|\*\*:)x|ab(?:c|de)(?:f|g)h", re.IGNORECASE),
        re.compile(r"a(?:b|)c|x(?:y|z)+"),  # an empty alternative, a repeated branch: no run through them
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "final:", "final**:", "abdegh", "abcfh", "ac", "xzy", "İ", "K", "ſ", "’"])
                | st.text(max_size=3), max_size=25).map("".join), st.sampled_from(RULE_AND_OTHER))  # fmt: skip
def test_required_words_are_in_every_match(text, regex):
    """`required(regex)` is sound: when the regex matches, every word of one of its alternatives is in the text
    (lower-cased for a case-insensitive regex); `last_match` then agrees with a full scan, for a text outside
    ASCII too (a curly quote; a dotted capital I, the Kelvin sign, a long s)."""

    terms = required(regex)
    if (
        terms is not None
        and regex.search(text) is not None
        and not re.search("[\u0130\u0131\u017f\u212a]", text)
    ):
        low = text.lower() if regex.flags & re.IGNORECASE else text
        assert any(all(w in low for w in t) for t in terms), (terms, text)
    assert _same_as_full(regex, text)


def test_the_characters_that_match_an_ascii_letter_without_lower_casing_to_it():
    """`_FOLDS_TO_ASCII_RE` holds every character outside ASCII that a case-insensitive regex matches with an ASCII
    letter, and every one that lower-cases to text holding an ASCII character: over every code point."""
    from mmeval.verifiers.extraction.scan import _FOLDS_TO_ASCII_RE

    letter = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(128, 0x110000):
        c = chr(cp)
        if letter.fullmatch(c) or any(ord(x) < 128 for x in c.lower()):
            assert _FOLDS_TO_ASCII_RE.fullmatch(c), hex(cp)


def test_a_text_outside_ascii_is_skipped_by_its_words_unless_it_holds_a_folding_character():
    """ "Janet’s ... 18" has no "final answer": not scanned (a curly quote is no reason to scan); "FİNAL ANSWER: 5"
    with a dotted capital I matches the case-insensitive regex though its lower case has no "final"."""
    from mmeval.verifiers.extraction.scan import _may_match, last_match

    assert not _may_match(answer._FINAL_RE, "Janet’s ducks: the final total is 18.")
    assert last_match(answer._FINAL_RE, "So the FİNAL ANSWER: 5") is not None
    # (a word outside ASCII may match another character than its own lower case: the micro sign and the Greek mu)
    assert last_match(re.compile("µm", re.IGNORECASE), "a length of 5 μm") is not None
    assert last_match(answer._FINAL_RE, "So the \u212aey final answer: 5") is not None
