r"""Scan a long text with a regex faster, finding exactly the same matches: `prefiltered(regex)`.

Why: Python's `re` tries a case-insensitive alternation (`(?:the|my|our)\s+answer...|\banswer\s*:|...`)
at every position of the text, since it only skips ahead on a case-sensitive literal prefix. Over a long
response that is most of the cost of extraction. `prefiltered` reads from the regex's own syntax tree the
characters its matches can start with (for the first one or two characters) and puts them in front as a
lookahead: `(?=[tmoa答ld][hyun案ai])(?:<the regex>)`, with the same flags. A lookahead consumes nothing and
every match of the regex passes it, so the matches, their spans and their groups are the same; the
engine just gives up at most positions after one character-set test.

When the tree holds anything this reading does not handle (a class such as `\d`, `.`, back references,
lookarounds, flags set inside the pattern, a branch that can match the empty string), the characters it
cannot be sure of are not filtered on, and a regex with no sure first character is returned unchanged.

`last_match(regex, text)`: the last match of a scan from the start, found by scanning only the text's end
when it can be. Why: the answer markers are looked for in every reply and the last one is wanted, which
sits near the end. `barriers(regex)` reads from the same syntax tree the characters no match can consume
(a digit, a full stop, a `$`, for the answer markers); a scan started just after such a character finds
exactly the matches of a full scan that start there or later (no match of the full scan can run across it,
and lookbehinds and `\b` still see the text before it). So the last match of that scan is the last match of
the full scan; when it finds none, the full scan runs. Before any scan, `required(regex)` (the words a match
must hold, read from the tree: `final` and `answer`, or `####`) says when no match can be in the text at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

try:  # the parser of the standard `re` module (Python 3.11+), or its older public name
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["prefiltered", "head_sets", "barriers", "required", "last_match"]

DEPTH = 2  # characters looked at: the first two cut the positions tried the most for the answer markers
_MAX_RANGE = 256  # a wider character range is not listed in the filter
_STOP = object()  # "unknown from here on" in a sequence of syntax-tree items


_T = TypeVar("_T")
_PER_PATTERN_ENTRIES = 256


def per_pattern(fn: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """Remember `fn(regex)` by the pattern object itself (its identity). Why not `lru_cache`: a compiled
    pattern's hash is computed anew on every call from its whole compiled program (CPython's `pattern_hash`),
    about 2 µs for the answer markers, and `last_match` asks three of these per scan. Each entry holds its
    pattern, so no other object can take that `id` while the entry lives; bounded, cleared when full."""
    memo: dict[int, tuple[re.Pattern[str], _T]] = {}

    @wraps(fn)
    def wrapper(regex: re.Pattern[str]) -> _T:
        hit = memo.get(id(regex))
        if hit is not None:  # the entry holds its pattern alive: no other object has this id meanwhile
            return hit[1]
        value = fn(regex)
        if len(memo) >= _PER_PATTERN_ENTRIES:
            memo.clear()
        memo[id(regex)] = (regex, value)
        return value

    return wrapper


def _charset(items: list) -> frozenset[str] | None:
    """The characters of a `[...]` class made only of literals and small ranges, else None."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_RANGE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \w), a wide range: not listed
            return None
    return frozenset(out)


def _heads(items: list, depth: int) -> list[frozenset[str]]:
    """For offsets 0, 1, ... (at most `depth`): the characters a match of `items` can have there; shorter
    when an offset is not certain."""
    if depth == 0 or not items or items[0] is _STOP:
        return []
    (op, av), rest = items[0], items[1:]
    if op is _c.AT:  # \b, ^, $: zero width
        return _heads(rest, depth)
    if op is _c.LITERAL:
        return [frozenset(chr(av))] + _heads(rest, depth - 1)
    if op is _c.IN:
        chars = _charset(av)
        return [] if chars is None else [chars] + _heads(rest, depth - 1)
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return [] if add_flags or del_flags else _heads(list(sub) + rest, depth)
    if op is _c.BRANCH:
        return _union([_heads(list(alt) + rest, depth) for alt in av[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, _high, item = av
        once = _heads(list(item) + [_STOP], depth)
        return once if low >= 1 else _union([once, _heads(rest, depth)])
    return []  # ANY, GROUPREF, ASSERT, ASSERT_NOT, NOT_LITERAL, CATEGORY, ...: unknown


def _union(alternatives: list[list[frozenset[str]]]) -> list[frozenset[str]]:
    """Offset by offset, the characters of any alternative (as deep as the shortest one is known)."""
    depth = min(len(a) for a in alternatives)
    return [frozenset().union(*(a[i] for a in alternatives)) for i in range(depth)]


def head_sets(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """The characters each match of `regex` can start with, offset by offset (empty if not known)."""
    try:  # the parser is the standard library's own but not public API: any surprise means "no filter"
        return _heads(list(_p.parse(regex.pattern, regex.flags)), DEPTH)
    except (re.error, TypeError, ValueError, RecursionError, AttributeError, IndexError):
        return []


def _class(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


@per_pattern
def prefiltered(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a lookahead on its possible first characters in front (the same matches, found
    faster); `regex` itself when no first character is certain or the pattern is not text."""
    if not isinstance(regex.pattern, str) or regex.flags & re.VERBOSE:  # a comment could eat the `)`
        return regex
    heads = head_sets(regex)
    if not heads:
        return regex
    try:
        return re.compile(f"(?={''.join(map(_class, heads))})(?:{regex.pattern})", regex.flags)
    except re.error:  # e.g. global flags written inside the pattern must come first
        return regex


# the characters `barriers` looks for: common in replies, and outside the answer markers' words
_CANDIDATES = frozenset("0123456789.,$\\(){}[]+-*/;!?|&%")
_SPACES = frozenset(" \t\n\r\f\v")


def _consumed(items: list, out: set[str]) -> bool:
    """Add to `out` the candidate characters a match of `items` can consume; False when it cannot tell."""
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.add(chr(iav))
                elif iop is _c.RANGE:
                    out.update(ch for ch in _CANDIDATES if iav[0] <= ord(ch) <= iav[1])
                elif iop is _c.CATEGORY and iav is _c.CATEGORY_SPACE:
                    out.update(_SPACES)
                elif iop is _c.CATEGORY and iav is _c.CATEGORY_DIGIT:
                    out.update("0123456789")
                else:  # NEGATE, a word class, a negated class: could be anything
                    return False
        elif op is _c.SUBPATTERN:
            if not _consumed(list(av[3]), out):
                return False
        elif op is _c.BRANCH:
            if not all(_consumed(list(alt), out) for alt in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            if not _consumed(list(av[2]), out):
                return False
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: a lookaround consumes nothing
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...: could be anything
            return False
    return True


@per_pattern
def barriers(regex: re.Pattern[str]) -> frozenset[str]:
    """Characters (of a fixed set of common ones) that no match of `regex` can consume; empty if unknown."""
    if not isinstance(regex.pattern, str) or regex.flags & re.VERBOSE:
        return frozenset()
    out: set[str] = set()
    try:  # the parser is the standard library's own but not public API: any surprise means "unknown"
        known = _consumed(list(_p.parse(regex.pattern, regex.flags)), out)
    except (re.error, TypeError, ValueError, RecursionError, AttributeError, IndexError):
        return frozenset()
    return _CANDIDATES - out if known else frozenset()


_MAX_TERMS = 64  # a requirement is built of at most this many alternatives of words, all needed in one
_CHECKED_TERMS = 4  # more alternatives than this are checked by their longest word each (fewer searches)


def _literal_alternatives(op: object, av: object) -> list[str] | None:
    """The strings a branch of plain literals matches, one per alternative (`(?::|\\*\\*:)` -> `[":", "**:"]`),
    else None (an alternative with anything but literals, or none at all)."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        return _literal_alternatives(*sub[0]) if len(sub) == 1 and not (add_flags or del_flags) else None
    if op is not _c.BRANCH:
        return None
    out = []
    for alt in av[1]:  # type: ignore[index]
        if not alt or any(o is not _c.LITERAL for o, _ in alt):
            return None
        out.append("".join(chr(a) for _, a in alt))
    return out


_MAX_RUNS = 8  # a word run through branches of literals is followed in at most this many spellings


def _seq_required(items: list) -> list[tuple[str, ...]] | None:
    """Alternatives of words one of which (all its words) every match of `items` holds; None if unknown. A run
    of literals goes on through a branch of literals after it (`final(?::|\\*\\*:)`: "final:" or "final**:", not
    "final" and ":" apart, which far more texts hold)."""
    terms: list[tuple[str, ...]] = [()]
    runs = [""]  # the spellings of the run of literals that ends here
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            runs = [r + chr(av) for r in runs]
            continue
        lits = _literal_alternatives(op, av) if runs != [""] else None
        if lits is not None and len(runs) * len(lits) <= _MAX_RUNS:
            runs = [r + lit for r in runs for lit in lits]
            continue
        if runs != [""]:  # a run of literals ended: one of its spellings is in every match
            if len(runs) == 1:
                terms = [t + (runs[0],) for t in terms]
            elif len(terms) * len(runs) <= _MAX_TERMS:
                terms = [t + (r,) for t in terms for r in runs]
            runs = [""]
        if op is None:
            break
        if op is _c.SUBPATTERN:  # (a group with flags of its own, `(?i:answer)`, may match "ANSWER": unknown)
            found = None if av[1] or av[2] else _seq_required(list(av[3]))
        elif op is _c.BRANCH:
            alts = [_seq_required(list(alt)) for alt in av[1]]
            found = None if any(a is None for a in alts) else [t for a in alts for t in a]  # type: ignore[union-attr]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            found = _seq_required(list(av[2])) if av[0] >= 1 else None
        else:  # a class, a lookaround, an anchor...: requires no word (nothing is assumed)
            found = None
        if found is not None and len(terms) * len(found) <= _MAX_TERMS:
            terms = [t + u for t in terms for u in found]
    return None if any(not t for t in terms) else terms  # an alternative that needs no word: nothing is known


@per_pattern
def required(regex: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """Alternatives of words, one of which (all its words) every match of `regex` holds, lower-cased for a
    case-insensitive regex; None when nothing is known (then every text may hold a match).

    >>> required(re.compile(r"final\\s+answer|^####", re.I | re.M))
    (('final', 'answer'), ('####',))
    """
    if not isinstance(regex.pattern, str) or regex.flags & re.VERBOSE:
        return None
    try:
        terms = _seq_required(list(_p.parse(regex.pattern, regex.flags)))
    except (re.error, TypeError, ValueError, RecursionError, AttributeError, IndexError):
        return None
    if not terms:
        return None
    if len(terms) > _CHECKED_TERMS:  # (a weaker requirement, still met by every match)
        terms = list(dict.fromkeys((max(t, key=len),) for t in terms))
    if regex.flags & re.IGNORECASE:
        if any(not ch.isascii() and _folds_to_ascii(ch) for t in terms for w in t for ch in w):
            return None  # `ſ`, `ı`, the Kelvin sign: folding ties them to an ASCII letter
        terms = [tuple(w.lower() for w in t) for t in terms]
    return tuple(terms)


def _folds_to_ascii(ch: str) -> bool:
    """Whether a non-ASCII letter has an ASCII case form (`ſ` -> `S`, `ı` -> `I`, the Kelvin sign -> `k`)."""
    return any(c.isascii() for c in (ch.lower(), ch.upper(), ch.casefold()))


def _may_match(regex: re.Pattern[str], text: str) -> bool:
    """False only when no match of `regex` can be in `text`: no alternative of its required words is all
    there (case-insensitively by lower-casing the text: for a text outside ASCII only when every required word
    is ASCII and the text holds none of the four characters that match an ASCII letter under `re.IGNORECASE`
    without lower-casing to it, `_FOLDS_TO_ASCII_RE`)."""
    terms = required(regex)
    if terms is None:
        return True
    if regex.flags & _IGNORECASE:
        if not text.isascii() and (not _ascii_words(regex) or _FOLDS_TO_ASCII_RE.search(text)):
            return True  # ("Janet’s": a curly quote makes a reply not ASCII, and is no trouble)
        text = _lower(text)
    for words in terms:  # plain loops: `any(all(...))` builds two generators per call, and this runs per scan
        for w in words:
            if w not in text:
                break
        else:
            return True
    return False


# the characters outside ASCII that a case-insensitive regex matches with an ASCII letter: `İ` and the Kelvin sign
# (whose lower case is `i̇` and `k`), the dotless `ı` and the long `ſ` (`i`, `s`); `str.lower` leaves every other
# character outside ASCII outside it (checked over every code point: `test_scan`)
_FOLDS_TO_ASCII_RE = re.compile("[\u0130\u0131\u017f\u212a]")


@per_pattern
def _ascii_words(regex: re.Pattern[str]) -> bool:
    """Whether every word `required(regex)` holds is ASCII."""
    return all(w.isascii() for t in required(regex) or () for w in t)


_IGNORECASE = int(re.IGNORECASE)  # a plain int: `flags & re.IGNORECASE` goes through the enum's `__and__`
# the anchors are looked for in one reply one after another: lower-case it once (a string caches its hash)
_lower = lru_cache(maxsize=4)(str.lower)


TAIL = 256  # how much of the end is scanned first
_LOOK_BACK = 64  # how far back from there a barrier is looked for


def last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `regex` in `text`, the same as the last of a full `finditer` (spans and groups),
    found in the text's end first when a barrier character allows it (see the module's docstring): its last
    `TAIL // 4` characters, then its last `TAIL` (a marker mostly sits in the reply's last sentence, and a
    quarter of the scan finds it there), then the whole text."""
    if not _may_match(regex, text):
        return None
    scan = prefiltered(regex)
    stops = barriers(regex) if len(text) > TAIL // 4 else frozenset()
    if stops:
        tried = -1
        for tail in (TAIL // 4, TAIL):
            if len(text) <= tail:
                break
            i = len(text) - tail
            low = max(1, i - _LOOK_BACK)
            while i > low and text[i - 1] not in stops:  # bounded: at most _LOOK_BACK characters
                i -= 1
            if text[i - 1] not in stops or i == tried:  # no barrier there, or the one just scanned from
                continue
            tried = i  # nothing matched by the full scan runs across position i
            last = None
            for last in scan.finditer(text, i):  # noqa: B007 - we want the last match
                pass
            if last is not None:
                return last
    last = None
    for last in scan.finditer(text):  # noqa: B007 - we want the last match
        pass
    return last
