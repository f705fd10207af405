"""Option lists written inside benchmark text, read into `Item.choices` (texts in letter order).

Three layouts occur: MMK12 puts one option per line (`A. text`), DynaMath writes them inline after
"Choices:" (`(A) yes (B) no`), We-Math keeps them in one field separated by semicolons
(`A. 300, 400;B. 400, 300; E. No correct answer`, some with stray semicolons inside an option).
A hand-written scanner, because the letters must come in order A, B, C... for the text between two
markers to be an option: a regex split alone cuts inside options such as "point ;O.".
"""

from __future__ import annotations

import re

__all__ = ["options_from_lines", "options_after_choices", "options_in_sequence"]

_LINE = re.compile(r"^\s*([A-H])\s*[.．、:：)]\s*(.*?)\s*$")


def options_from_lines(text: str) -> list[str] | None:
    """Options given one per line as `A. text` (MMK12), in letter order; None when fewer than two.

    >>> options_from_lines("Which is larger?\\nA. 2\\nB. 3")
    ['2', '3']
    """
    options: list[str] = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if match and ord(match.group(1)) - 65 == len(options):
            options.append(match.group(2))
    return options if len(options) >= 2 else None


def options_in_sequence(text: str, marker: str) -> list[str] | None:
    """Options introduced by successive letters A, B, C... where `marker` is a regex with `{L}` for the
    letter (e.g. r"\\({L}\\)" or r"(?:^|[;；\\s]){L}\\s*[.．]"), each option running to the next marker."""
    starts: list[tuple[int, int]] = []
    pos = 0
    for i in range(8):
        match = re.compile(marker.replace("{L}", chr(65 + i))).search(text, pos)
        if not match:
            break
        starts.append((match.start(), match.end()))
        pos = match.end()
    if len(starts) < 2:
        return None
    bounds = [*(s for s, _ in starts[1:]), len(text)]
    return [
        text[end:stop].strip().strip(";；").strip() for (_, end), stop in zip(starts, bounds, strict=True)
    ]


def options_after_choices(question: str) -> list[str] | None:
    """DynaMath's `Choices: (A) yes (B) no` options, in letter order.

    >>> options_after_choices("Is it periodic? Choices: (A) Yes (B) No")
    ['Yes', 'No']
    """
    head, sep, tail = question.partition("Choices:")
    return options_in_sequence(tail, r"\({L}\)") if sep else None
