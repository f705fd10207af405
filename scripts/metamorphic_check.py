"""Metamorphic check: rewrites of a real reply or gold that cannot change its meaning must not change its
verdict. It needs no labels: every pair `scripts/verdict_oracle.py` records (the labelled pairs, math-verify's
suite, every published MathVista and MATH-V response) is graded as published and once per rewrite.

    python scripts/metamorphic_check.py [--shared ../shared] [--math-verify-repo PATH] [--only NAME]
        [--limit N] [--every N] [--show 5]

Rewrites of the reply (each keeps what a reader takes from it):
- `eos`: a chat template's end token left after the reply (`</s>`, `<|im_end|>`, `<eos>`, in turn);
- `crlf`: Windows line ends (`\\r\\n` for `\\n`);
- `outer_space`: blank lines and spaces around the reply;
- `think`: the reply after a closed `<think>...</think>` block with no numbers in it;
- `dfrac`: `\\dfrac` and `\\tfrac` written `\\frac`;
- `left_right`: `\\left(` / `\\right]` (and `[`, `|`) written without the sizing command;
- `nbsp`: no-break spaces for spaces;
- `zero_width`: a byte-order mark before the reply and a zero-width space after each space;
- `delims`: inline math `\\(...\\)` written `$...$`;
- `tabs`: four spaces written as a tab (a program's indentation);
- `double_space`: two spaces for every space;
- `box_space`: a space after `\\boxed{`;
- `degree_sign`, `pi_sign`, `infty_sign`: `°`, `π`, `∞` for `^\\circ`, `\\pi`, `\\infty`;
- `leq`: `\\leq` / `\\geq` for `\\le` / `\\ge`;
- `mathrm_text`: `\\text{` for `\\mathrm{`;
- `percent`: `%` for `\\%`;
- `markdown_rule`: a markdown horizontal rule (`---`) after the reply;
- `fullwidth_colon`: `Answer：` for `Answer:`;
- `period`: a full stop after a reply that ends without one;
- `no_period`: the full stop that ends a reply's last sentence dropped (a reply ending in a word, not a number);
- `answer_label`: `Answer: ` before a one-line reply of at most 80 characters that has no answer marker;
- `bold_marker`: the answer marker set in markdown bold (`**The correct answer is:**`);
- `fullwidth_parens`: an option letter in full-width parentheses (`（C）`);
- `ellipsis_sign`, `root_sign`, `times_sign`, `minus_sign`: `…` for `\\ldots`/`\\cdots`, `√97` for `\\sqrt{97}`, `×`
  for `\\times`, `−` (U+2212) for a minus before a digit;
- `frac_short`: `\\frac12` for `\\frac{1}{2}` (one-digit arguments);
- `slash_frac`, `cdot_times`, `list_space`: `3/4` for a lone `\\frac{3}{4}`, `\\cdot` for `\\times`, no space
  after a comma between numbers;
- `unit_text`, `unit_words`, `unit_power`: a metric unit after a number in math set in `\\text{ }`
  (`$5 \\text{ cm}^2$`), written in words (`5 square centimeters`), and `m/s^2` written `m s^{-2}`.
Rewrites of the gold:
- `gold_space`: spaces around the gold;
- `gold_nbsp`: no-break spaces for the gold's spaces;
- `gold_boxed`: the gold in `\\boxed{}` (an option letter too: `\\boxed{D}`);
- `gold_dfrac`: `\\dfrac` for the gold's `\\frac`;
- `gold_period`: a full stop after a gold that is a bare number;
- `gold_dollars`: a gold that is a bare number written as inline math (`$12$`);
- `gold_root_sign`, `gold_pi_sign`: `√3` for `\\sqrt{3}`, `π` for `\\pi` in the gold;
- `gold_unit_words`: the gold's metric unit in words (`12 cm^2` -> `12 square centimeters`).

Prints, per rewrite, how many verdicts (status) changed and the first examples; exits 1 when any did.
Nothing here tunes a rule: a change is a bug to fix as a general rule (or a rewrite that is not neutral,
to fix here), never a pair to special-case.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdict_oracle import SHARED, no_shared_data, pairs  # noqa: E402 - the same fixed set of pairs

_EOS = ("</s>", "<|im_end|>", "<eos>")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_MARKER = re.compile(r"(?i)answer")
_BOLD_MARKER = re.compile(r"(?i)\b((?:(?:the|my|our)\s+)?(?:(?:correct|best|final)\s+)*answer(?:\s+is)?\s*:)")
_ROOT = re.compile(r"\\sqrt\{(\d+)\}")
# a metric length unit after a number (`5 cm`, `5cm^2`, `5 m^{3}`), not a longer word or a unit over another
_METRIC = re.compile(r"(?<=\d)\s?(km|cm|mm|m)(?:\^\{?([23])\}?)?(?![A-Za-z\d^{/])")
_MATH_SPAN = re.compile(r"\$[^$\n]+\$|\\\(.+?\\\)|\\boxed\{[^{}]*\}")
_METRIC_WORDS = {"km": "kilometers", "cm": "centimeters", "mm": "millimeters", "m": "meters"}
# `\\frac{3}{4}` standing alone (after a space, `$`, `(`, `=`, `,`; not a power's base, a mixed number or a
# factor before a name: `\\frac{7}{20}\\sqrt{21}` is not `7/20\\sqrt{21}`)
_SIMPLE_FRAC = re.compile(r"(?<=[\s$(=,{])\\frac\{(\d+)\}\{(\d+)\}(?![\^\d])(?!\s*[\\A-Za-z({])")
_PER_SECOND = re.compile(r"(?<=[a-z])/s(?:\^\{?2\}?)?(?![A-Za-z^{}])")  # not inside `\\mathrm{m/s}`


def _unit_text(m: re.Match) -> str:
    return f" \\text{{ {m.group(1)}}}" + (f"^{m.group(2)}" if m.group(2) else "")


def _unit_words(text: str) -> str:
    def words(m: re.Match) -> str:
        power = {"2": "square ", "3": "cubic "}.get(m.group(2) or "", "")
        return f" {power}{_METRIC_WORDS[m.group(1)]}"

    return _METRIC.sub(words, text)


def _eos(response: str, i: int) -> str:
    return response + _EOS[i % len(_EOS)]


REPLY: dict[str, Callable[[str, int], str]] = {
    "eos": _eos,
    "crlf": lambda r, i: r.replace("\n", "\r\n"),
    "outer_space": lambda r, i: "\n\n  " + r + "  \n",
    "think": lambda r, i: "<think>We read the question and work it out carefully.</think>\n" + r,
    "dfrac": lambda r, i: r.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac"),
    "left_right": lambda r, i: re.sub(r"\\(?:left|right)(?=[()\[\]|])", "", r),
    "nbsp": lambda r, i: r.replace(" ", "\u00a0"),
    "zero_width": lambda r, i: "\ufeff" + r.replace(" ", " \u200b"),
    "delims": lambda r, i: r.replace("\\(", "$").replace("\\)", "$"),
    "tabs": lambda r, i: r.replace("    ", "\t"),
    "double_space": lambda r, i: r.replace(" ", "  "),
    "box_space": lambda r, i: r.replace("\\boxed{", "\\boxed{ "),
    "degree_sign": lambda r, i: r.replace("^\\circ", "°").replace("^{\\circ}", "°"),
    "pi_sign": lambda r, i: re.sub(r"\\pi(?![a-zA-Z])", "π", r),
    "infty_sign": lambda r, i: re.sub(r"\\infty(?![a-zA-Z])", "∞", r),
    "leq": lambda r, i: re.sub(r"\\([lg]e)(?![a-zA-Z])", r"\\\1q", r),
    "mathrm_text": lambda r, i: r.replace("\\mathrm{", "\\text{"),
    "percent": lambda r, i: re.sub(r"(?<!\\)\\%", "%", r),  # not `\\%`: a row break, then a comment
    "markdown_rule": lambda r, i: r + "\n\n---",
    "fullwidth_colon": lambda r, i: r.replace("Answer:", "Answer："),
    "period": lambda r, i: r if r.rstrip().endswith((".", "!", "?", "。")) else r.rstrip() + ".",
    "no_period": lambda r, i: re.sub(r"(?<=[A-Za-z])\.\s*$", "", r),
    "answer_label": lambda r, i: (
        "Answer: " + r if "\n" not in r.strip() and len(r) <= 80 and not _MARKER.search(r) else r
    ),
    "bold_marker": lambda r, i: _BOLD_MARKER.sub(r"**\1**", r),
    "fullwidth_parens": lambda r, i: re.sub(r"\(([A-E])\)", r"（\1）", r),
    "ellipsis_sign": lambda r, i: re.sub(r"\\[lc]?dots(?![a-zA-Z])", "…", r),
    "root_sign": lambda r, i: _ROOT.sub(r"√\1", r),
    "times_sign": lambda r, i: re.sub(r"\\times(?![a-zA-Z])", "×", r),
    "minus_sign": lambda r, i: re.sub(r"(?<![\w-])-(?=\d)", "\u2212", r),
    "frac_short": lambda r, i: re.sub(r"\\frac\{(\d)\}\{(\d)\}", r"\\frac\1\2", r),
    "unit_text": lambda r, i: _MATH_SPAN.sub(lambda span: _METRIC.sub(_unit_text, span.group()), r),
    "unit_words": lambda r, i: _unit_words(r),
    "slash_frac": lambda r, i: _SIMPLE_FRAC.sub(r"\1/\2", r),
    "cdot_times": lambda r, i: re.sub(r"\\times(?![a-zA-Z])", r"\\cdot", r),
    "list_space": lambda r, i: re.sub(r"(?<=\d),\s+(?=-?\d)(?!\d{3}(?![\d.]))", ",", r),  # not `1, 500`
    "unit_power": lambda r, i: _PER_SECOND.sub(lambda m: " s^{-2}" if "^" in m.group() else " s^{-1}", r),
}
GOLD: dict[str, Callable[[str], str | None]] = {
    "gold_space": lambda g: f"  {g} ",
    "gold_nbsp": lambda g: g.replace(" ", "\u00a0") if " " in g else None,
    "gold_boxed": lambda g: (
        f"\\boxed{{{g}}}" if "\n" not in g and "$" not in g and "boxed" not in g else None
    ),
    "gold_dfrac": lambda g: g.replace("\\frac", "\\dfrac") if "\\frac" in g else None,
    "gold_period": lambda g: g + "." if _NUMBER.fullmatch(g.strip()) else None,
    "gold_dollars": lambda g: f"${g}$" if _NUMBER.fullmatch(g.strip()) else None,
    "gold_root_sign": lambda g: _ROOT.sub(r"√\1", g) if _ROOT.search(g) else None,
    "gold_pi_sign": lambda g: re.sub(r"\\pi(?![a-zA-Z])", "π", g) if "\\pi" in g else None,
    "gold_unit_words": lambda g: _unit_words(g) if _METRIC.search(g) else None,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--math-verify-repo", type=Path, default=os.environ.get("MATH_VERIFY_REPO"))
    ap.add_argument("--only", help="run only this rewrite")
    ap.add_argument("--limit", type=int, default=0, help="at most this many pairs (0: all)")
    ap.add_argument("--every", type=int, default=1, help="only every N-th pair (a sample of every source)")
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args(argv)
    if no_shared_data(args.shared, __file__):
        return 2
    from mmeval.verifiers import grade

    names = [n for n in [*REPLY, *GOLD] if not args.only or n == args.only]
    changed: dict[str, list[str]] = {n: [] for n in names}
    tried = dict.fromkeys(names, 0)
    regraded = 0
    t0 = time.perf_counter()
    for i, (key, kw, response) in enumerate(pairs(args.shared, args.math_verify_repo)):
        if args.limit and i >= args.limit:
            break
        if i % args.every:
            continue
        response = response if isinstance(response, str) else ""
        base = grade(response=response, **kw).status
        for name in names:
            if name in REPLY:
                if not response.strip():  # an empty reply has no meaning to keep: `think` would give it one
                    continue
                new_kw, new_resp = kw, REPLY[name](response, i)
            else:
                gold = GOLD[name](str(kw["gold"]))
                if gold is None:
                    continue
                new_kw, new_resp = {**kw, "gold": gold}, response
            tried[name] += 1
            after = grade(response=new_resp, **new_kw).status
            if after != base and "timeout" in (base.value, after.value):
                # a time bound hit on a loaded machine is no verdict: both sides are graded once more
                regraded += 1
                base = grade(response=response, **kw).status
                after = grade(response=new_resp, **new_kw).status
            if after != base:
                changed[name].append(f"{key}: {base.value} -> {after.value} | {response[-120:]!r}")
    dt = time.perf_counter() - t0
    bad = 0
    for name in names:
        print(f"{name:13} {tried[name]:>6} pairs, {len(changed[name])} verdicts changed")
        for line in changed[name][: args.show]:
            print("    " + line)
        bad += len(changed[name])
    print(f"{sum(tried.values())} rewrites in {dt:.0f} s; {regraded} graded again after a timeout")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
