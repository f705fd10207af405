"""Near-miss check: a gold changed in meaning (one digit, a fraction turned over, a sign, a brace moved, a
base, an interval's bracket, the case of a name, a unit's power, a `+` made `-`, `\\pm` made `+`, a square
root made a cube root), given as the reply, must never grade correct. It needs no labels: the golds
are those of every pair `scripts/verdict_oracle.py` records (labelled pairs, math-verify's suite, published
MathVista and MATH-V items) and of the K12 and MathVerse files in `../shared`, with each item's own grading
options; multiple-choice items are left to `scripts/option_text_check.py`.

    python scripts/near_miss_check.py [--shared ../shared] [--math-verify-repo PATH] [--every N] [--show 10]

It is the precision side of `scripts/metamorphic_check.py` (rewrites that keep the meaning must keep the
verdict). Only golds that grade correct against themselves are changed. A rewrite is applied only where its
change of meaning is certain: golds with text (`\\text`, words) or several `=` are not changed by the digit
rewrite, since words are decorations that the grader reads loosely by design; a unit the grader reads
(`comparison/units.py`) is changed by the unit rewrite (`15 cm^2` -> `15 cm^{3}`). Prints, per rewrite, how many changed golds were tried and accepted, and the
accepted ones; exits 1 when any was accepted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdict_oracle import SHARED, no_shared_data, pairs  # noqa: E402 - the same fixed set of pairs

_WORDS = re.compile(r"\\(?:text|mbox|mathrm|operatorname)|[A-Za-z]{3,}")


def _digit(g: str) -> str | None:
    """The last integer of at most 3 digits, its last digit + 1 (mod 10); pure math golds only."""
    if re.search(r"\d\.\d", g) or _WORDS.search(g) or g.count("=") > 1:
        return None
    found = list(re.finditer(r"(?<![\d.])\d{1,3}(?![\d.])", g))
    if not found:
        return None
    m = found[-1]
    return g[: m.end() - 1] + str((int(m.group(0)[-1]) + 1) % 10) + g[m.end() :]


def _frac_over(g: str) -> str | None:
    m = re.search(r"\\frac\{([^{}]+)\}\{([^{}]+)\}", g)
    if not m or m.group(1).strip() == m.group(2).strip():
        return None
    return g[: m.start()] + f"\\frac{{{m.group(2)}}}{{{m.group(1)}}}" + g[m.end() :]


def _sign(g: str) -> str | None:
    s = g.strip()
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", s) or float(s) == 0:
        return None
    return s[1:] if s.startswith("-") else "-" + s


def _brace_moved(g: str) -> str | None:
    """A digit moved across `}{`: `\\frac{12}{3}` -> `\\frac{1}{23}`."""
    m = re.search(r"\{(\d)(\d+)\}\{(\d+)\}", g)
    if m:
        return g[: m.start()] + f"{{{m.group(1)}}}{{{m.group(2)}{m.group(3)}}}" + g[m.end() :]
    m = re.search(r"\{(\d+)\}\{(\d)(\d+)\}", g)
    if m:
        return g[: m.start()] + f"{{{m.group(1)}{m.group(2)}}}{{{m.group(3)}}}" + g[m.end() :]
    return None


def _times_ten(g: str) -> str | None:
    s = g.strip()
    return s + "0" if re.fullmatch(r"[1-9]\d{0,4}", s) else None


def _root_dropped(g: str) -> str | None:
    m = re.search(r"\\sqrt\{(\d+)\}", g)
    if not m or int(m.group(1)) in (0, 1):
        return None
    return g[: m.start()] + m.group(1) + g[m.end() :]


def _pi_dropped(g: str) -> str | None:
    return re.sub(r"\\pi(?![a-zA-Z])", "", g, count=1) if re.search(r"\d\s*\\pi(?![a-zA-Z])", g) else None


def _power(g: str) -> str | None:
    m = re.search(r"\^\{?(\d)\}?", g)
    if not m or _WORDS.search(g):
        return None
    return g[: m.start()] + "^{" + str(int(m.group(1)) + 1) + "}" + g[m.end() :]


def _bracket(g: str) -> str | None:
    """An interval's closed end made open (two-element intervals only: a longer bracket is a list)."""
    s = g.strip()
    if re.fullmatch(r"\[[^\[\](),]+,[^\[\](),]+[\])]", s):
        return "(" + s[1:]
    if re.fullmatch(r"\([^\[\](),]+,[^\[\](),]+\]", s):
        return s[:-1] + ")"
    return None


def _relation(g: str) -> str | None:
    for a, b in (("\\leq", "<"), ("\\geq", ">"), ("\\le ", "< "), ("\\ge ", "> "), ("<", ">"), (">", "<")):
        if a in g:
            return g.replace(a, b, 1)
    return None


def _swapped(g: str) -> str | None:
    m = re.fullmatch(r"\s*\(\s*([^(),]+?)\s*,\s*([^(),]+?)\s*\)\s*", g)
    if not m or m.group(1) == m.group(2):
        return None
    return f"({m.group(2)}, {m.group(1)})"


def _base(g: str) -> str | None:
    m = re.fullmatch(r"\s*\$?([0-9]+)_\{?(\d+)\}?\$?\s*", g)
    return None if not m else f"{m.group(1)}_{{{int(m.group(2)) + 1}}}"


def _exponent(g: str) -> str | None:
    """A power of ten one step smaller: `3 \\times 10^{-8}` -> `3 \\times 10^{-9}`."""
    m = re.search(r"10\s*\^\s*\{?\s*(-?\d+)\s*\}?", g)
    return None if not m else g[: m.start()] + f"10^{{{int(m.group(1)) - 1}}}" + g[m.end() :]


def _case(g: str) -> str | None:
    """A one-letter name written in the case of another name of the gold (`\\frac{r}{R}` -> `\\frac{R}{R}`):
    only where both cases occur, since a lone `N` for `n` is read as the same name by design."""
    if _WORDS.search(g):
        return None
    names = list(re.finditer(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", g))
    letters = {m.group(0) for m in names}
    m = next((m for m in names if m.group(0).swapcase() in letters), None)
    return None if m is None else g[: m.start()] + m.group(0).swapcase() + g[m.end() :]


def _unit(g: str) -> str | None:
    """The unit after a value raised to a higher power: `1 m/s^2` -> `1 m/s^{3}`, `5 cm` -> `5 cm^{2}`."""
    from mmeval.verifiers.extraction.units import unit_of

    written = unit_of(g.strip().strip("$"))
    if written is None:
        return None
    tail = written.tail.rstrip(". ")
    m = re.search(r"\^\s*\{?\s*(\d)\s*\}?$", tail)
    tail = tail[: m.start()] + f"^{{{int(m.group(1)) + 1}}}" if m else tail + "^{2}"
    return f"{written.value} {tail}"


def _math_only(g: str) -> bool:
    """No words (LaTeX command names aside), at most one `=`, no `\\approx`."""
    return not _WORDS.search(re.sub(r"\\[A-Za-z]+", "", g)) and g.count("=") <= 1 and "\\approx" not in g


def _plus_minus(g: str) -> str | None:
    """The first top-level `+` between two terms made a `-`: `2 + \\sqrt{3}` -> `2 - \\sqrt{3}`."""
    if not _math_only(g) or "++" in g:
        return None
    depth = 0
    for i, c in enumerate(g):
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(c, 0)
        if c == "+" and depth == 0 and g[:i].strip() and g[:i].rstrip()[-1] not in "^_({[,=":
            rest = g[i + 1 :].strip()
            if rest and rest[0] not in "-+" and not re.fullmatch(r"0(?:\.0*)?", rest):
                return g[:i] + "-" + g[i + 1 :]
    return None


def _pm_dropped(g: str) -> str | None:
    """`\\pm` written `+`: one of the two answers for both."""
    return g.replace("\\pm", "+", 1) if "\\pm" in g and _math_only(g) else None


def _cube_root(g: str) -> str | None:
    """A square root made a cube root: `\\sqrt{5}` -> `\\sqrt[3]{5}` (not of 0 or 1)."""
    m = re.search(r"\\sqrt\{([^{}]+)\}", g)
    if not m or m.group(1).strip() in ("0", "1") or not _math_only(g):
        return None
    return g[: m.start()] + f"\\sqrt[3]{{{m.group(1)}}}" + g[m.end() :]


def _item_dropped(g: str) -> str | None:
    """The last item of a bracketed list of 3 or more distinct items dropped: `\\{1, 2, 3\\}` -> `\\{1, 2\\}`."""
    m = re.fullmatch(r"\s*(\\\{|\(|\[)([^(){}\[\]]+)(\\\}|\)|\])\s*", g)
    if not m:
        return None
    items = [x.strip() for x in m.group(2).split(",")]
    if len(items) < 3 or len(set(items)) < len(items) or not all(items):
        return None
    return m.group(1) + ", ".join(items[:-1]) + m.group(3)


def _cup_cap(g: str) -> str | None:
    """A union made an intersection: `(-\\infty, 1) \\cup (2, \\infty)` -> `... \\cap ...`."""
    return re.sub(r"\\cup(?![a-zA-Z])", r"\\cap", g, count=1) if re.search(r"\\cup(?![a-zA-Z])", g) else None


def _exp_sign(g: str) -> str | None:
    """The exponent of `e` negated: `e^{2x}` -> `e^{-2x}` (not of a constant 0)."""
    m = re.search(r"(?<![\\A-Za-z])e\s*\^\s*\{([^{}-][^{}]*)\}", g)
    if not m or m.group(1).strip() == "0" or not _math_only(g):
        return None
    return g[: m.start()] + f"e^{{-{m.group(1)}}}" + g[m.end() :]


REWRITES: dict[str, Callable[[str], str | None]] = {
    "digit": _digit,
    "frac_over": _frac_over,
    "sign": _sign,
    "brace_moved": _brace_moved,
    "times_ten": _times_ten,
    "root_dropped": _root_dropped,
    "pi_dropped": _pi_dropped,
    "power": _power,
    "bracket": _bracket,
    "relation": _relation,
    "swapped": _swapped,
    "base": _base,
    "exponent": _exponent,
    "case": _case,
    "unit": _unit,
    "plus_minus": _plus_minus,
    "pm_dropped": _pm_dropped,
    "cube_root": _cube_root,
    "item_dropped": _item_dropped,
    "cup_cap": _cup_cap,
    "exp_sign": _exp_sign,
}


def _bench_golds(shared: Path) -> Iterator[tuple[str, dict]]:
    from mmeval.benchmarks import get_benchmark

    sources = [
        ("k12", shared / "data/benchmarks/k12/k12.json"),
        ("mathverse", shared / "data/benchmarks/mathverse/testmini_text_only.json"),
    ]
    for name, path in sources:
        if not path.exists():
            print(f"{name}: {path} not found, skipped", file=sys.stderr)
            continue
        bench = get_benchmark(name)
        for item in bench.load(bench.default_split, str(path), require_images=False):
            yield f"{name}:{item.id}", bench.grade_kwargs(item)


def golds(shared: Path, mv_repo: Path | None) -> Iterator[tuple[str, dict]]:
    """(key, grade keyword arguments) once per distinct free-form gold and options."""
    seen: set[str] = set()
    sources = ((key, kw) for key, kw, _ in pairs(shared, mv_repo))
    for key, kw in (*sources, *_bench_golds(shared)):
        if kw.get("choices") or not isinstance(kw.get("gold"), str) or len(kw["gold"]) > 200:
            continue
        sig = json.dumps(kw, sort_keys=True, default=str)
        if sig not in seen:
            seen.add(sig)
            yield key, kw


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--math-verify-repo", type=Path, default=os.environ.get("MATH_VERIFY_REPO"))
    ap.add_argument("--every", type=int, default=1, help="only every N-th gold")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--swapped", action="store_true",
                    help="also grade each changed reply as the gold, with the original gold as the reply")  # fmt: skip
    args = ap.parse_args(argv)
    if no_shared_data(args.shared, __file__):
        return 2
    from mmeval.verifiers import grade

    tried = dict.fromkeys(REWRITES, 0)
    accepted: dict[str, list[str]] = {n: [] for n in REWRITES}
    t0, n_golds = time.perf_counter(), 0
    for i, (key, kw) in enumerate(golds(args.shared, args.math_verify_repo)):
        if i % args.every:
            continue
        gold = kw["gold"]
        if not grade(response=gold, **kw).correct:
            continue
        n_golds += 1
        for name, rewrite in REWRITES.items():
            reply = rewrite(gold)
            if reply is None or reply.strip() == gold.strip():
                continue
            tried[name] += 1
            verdict = grade(response=reply, **kw)
            if verdict.correct:
                accepted[name].append(f"{key}: gold {gold!r}, reply {reply!r} | {verdict.reason}")
            if args.swapped:  # a near miss is one in both orders: the changed text as the gold
                back = grade(response=gold, **{**kw, "gold": reply})
                if back.correct:
                    accepted[name].append(f"{key}: swapped, gold {reply!r}, reply {gold!r} | {back.reason}")
    for name in REWRITES:
        print(f"{name:13} {tried[name]:>5} changed golds, {len(accepted[name])} accepted")
        for line in accepted[name][: args.show]:
            print("    " + line)
    bad = sum(len(v) for v in accepted.values())
    print(f"{n_golds} golds that grade correct against themselves, {sum(tried.values())} changed "
          f"replies, {bad} accepted, {time.perf_counter() - t0:.0f} s")  # fmt: skip
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
