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
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser of the standard `re` module (Python 3.11+), or its older public name
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["prefiltered", "head_sets"]

DEPTH = 2  # characters looked at: the first two cut the positions tried the most for the answer markers
_MAX_RANGE = 256  # a wider character range is not listed in the filter
_STOP = object()  # "unknown from here on" in a sequence of syntax-tree items


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


@lru_cache(maxsize=256)
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
