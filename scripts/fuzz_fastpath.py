"""Differential fuzz: the in-process fast path (`fastcompare.fast_compare`) vs the sympy path
(`symbolic.symbolic_compare`, run in this process) on random LaTeX expression pairs.

Usage:
    python scripts/fuzz_fastpath.py [--seed 0] [--seconds 60]

Pairs are a random expression vs itself, vs another random expression, or vs itself with one variable
renamed (a free variable: the two are different answers), each sometimes rewritten (`+ 0`,
`1 \\cdot (...)`); one pair in five is a linear inequality vs the same or another one solved or
rearranged (`2x + 1 > 7` vs `x > 3`, `-x \\le -1`), the left side sometimes in absolute value
(`|2x + 1| > 7`: the linear reading is wrong); one in ten is an equation `y = E(x)` vs the same curve
rearranged, a shifted one, `E` alone, `|y| = E` or `y^2 = E^2`; one in ten is a set of reals as intervals
vs as relations joined by "or" (or another set), or `|x - c| < r` vs its interval; one in ten is a tuple, a
list or a set of expressions vs the same reordered, rebracketed, with `\\pm`, or with one item changed. Prints every pair where both paths decide
(correct/incorrect) and disagree, every pair the sympy path raises on, and every pair it takes over
`--sympy-seconds` on (`SLOW`: in `grade` that pair would end as a timeout), then the counts; exits 1 on
any of the three.
"""

from __future__ import annotations

import argparse
import random
import signal
import time

from mmeval.verifiers.comparison.fastcompare import fast_compare
from mmeval.verifiers.comparison.symbolic import symbolic_compare, warm_up

ATOMS = ["x", "y", "a", "b", "2", "3", "5", r"\pi", "e", r"\theta", "x_1", "a_{n}", "0.5", r"\alpha"]
VARIABLES = ["x", "y", r"\theta"]
FUNCTIONS = [r"\sin", r"\cos", r"\tan", r"\ln", r"\log", r"\sqrt", r"\exp", r"\arctan", r"\cot", r"\sec"]


def expression(rng: random.Random, depth: int) -> str:
    if depth == 0 or rng.random() < 0.25:
        return rng.choice(ATOMS)
    a, b = expression(rng, depth - 1), expression(rng, depth - 1)
    forms = [
        f"{a} + {b}",
        f"{a} - {b}",
        f"{a} {b}",
        f"{a} \\cdot {b}",
        f"\\frac{{{a}}}{{{b}}}",
        f"({a})^{{{rng.choice(['2', '3', '-1', 'n'])}}}",
        f"{rng.choice(FUNCTIONS)}({a})",
        f"{rng.choice(FUNCTIONS[:4])} {rng.choice(ATOMS)}",  # a bare argument
        f"{a}/{b}",
        f"|{a}|",
        f"\\sqrt[3]{{{a}}}",
        f"{rng.choice(FUNCTIONS[:3])}^2 {rng.choice(VARIABLES)}",
    ]
    return rng.choice(forms)


OPS = ["<", ">", "\\le", "\\ge", "\\leq", "\\geq"]
FLIP = {"<": ">", ">": "<", "\\le": "\\ge", "\\ge": "\\le", "\\leq": "\\geq", "\\geq": "\\leq"}


def relation_pair(rng: random.Random) -> tuple[str, str]:
    """`a x + b OP c` vs its solution `x OP' (c - b)/a` (flipped for a < 0), written either way round,
    or vs a nearby wrong bound or direction."""
    a, b, c = rng.choice([-3, -2, -1, 2, 3, 5]), rng.randint(-9, 9), rng.randint(-9, 9)
    op = rng.choice(OPS)
    # sometimes the same in absolute value (`|2x + 1| < 7`: not linear, two pieces; it had been read as linear)
    side = (
        f"{a}x + {b}" if rng.random() < 0.75 else rng.choice([f"|{a}x + {b}|", f"\\sqrt{{({a}x + {b})^2}}"])
    )
    gold = f"{side} {op} {c}" if rng.random() < 0.5 else f"{c} {FLIP[op]} {side}"
    solved_op = FLIP[op] if a < 0 else op
    bound = f"\\frac{{{c - b}}}{{{a}}}"
    kind = rng.randrange(3)
    if kind == 1:
        bound = f"\\frac{{{c - b + 1}}}{{{a}}}"
    elif kind == 2:
        solved_op = FLIP[solved_op]
    pred = f"x {solved_op} {bound}" if rng.random() < 0.5 else f"{bound} {FLIP[solved_op]} x"
    return gold, pred


def equation_pair(rng: random.Random) -> tuple[str, str]:
    """`y = E(x)` vs the same curve rearranged (`y - (E) = 0`, `2y = 2(E)`), a shifted one (`y = E + 1`),
    `E` alone (the gold solved for y), or `y` in absolute value (`|y| = E`: two branches)."""
    e = expression(rng, 2).replace("y", "x")
    gold = f"y = {e}"
    pred = rng.choice(
        [
            f"y - ({e}) = 0",
            f"2y = 2({e})",
            f"y = {e} + 1",
            e,
            f"|y| = {e}",
            f"({e}) - y = 0",
            f"y^{{2}} = ({e})^{{2}}",
        ]
    )
    return (gold, pred) if rng.random() < 0.5 else (pred, gold)


LE, INF = "\\le", "\\infty"


def _interval(rng: random.Random, lo: int, hi: int) -> tuple[str, str]:
    """One piece as an interval and as a relation in x (`(-2, 3]`, `-2 < x \\le 3`); an end may be infinite."""
    lc, hc = rng.random() < 0.5, rng.random() < 0.5
    left, right = "[" if lc else "(", "]" if hc else ")"
    lop, hop = LE if lc else "<", LE if hc else "<"
    if rng.random() < 0.2:
        return f"(-{INF}, {hi}{right}", f"x {hop} {hi}"
    if rng.random() < 0.2:
        return f"{left}{lo}, +{INF})", f"{lo} {lop} x"
    return f"{left}{lo}, {hi}{right}", f"{lo} {lop} x {hop} {hi}"


def set_pair(rng: random.Random) -> tuple[str, str]:
    """A set of reals (one or two pieces, points included) as intervals vs as relations joined by "or", or
    vs another set (an end moved, a bracket flipped); or `|x - c| < r` vs its interval, right or wrong."""
    if rng.random() < 0.25:
        c, r = rng.randint(-5, 5), rng.randint(1, 5)
        op = rng.choice(["<", LE, ">", "\\ge"])
        strict = op in ("<", ">")
        lb, rb = ("(", ")") if strict else ("[", "]")
        inner = f"{lb}{c - r}, {c + r}{rb}"
        outer = f"(-{INF}, {c - r}{rb} \\cup {lb}{c + r}, +{INF})"
        right, wrong = (inner, outer) if op in ("<", LE) else (outer, inner)
        return f"|x - {c}| {op} {r}", rng.choice([right, wrong, f"x {op} {c + r}"])
    ends = sorted(rng.sample(range(-9, 10), 4))
    pieces = [_interval(rng, ends[0], ends[1])]
    if rng.random() < 0.5:
        point = (f"\\{{{ends[3]}\\}}", f"x = {ends[3]}")
        pieces.append(point if rng.random() < 0.5 else _interval(rng, ends[2], ends[3]))
    gold = " \\cup ".join(p[0] for p in pieces)
    pred = rng.choice([" \\text{ or } ", " or "]).join(p[1] for p in pieces)
    kind = rng.randrange(3)
    if kind == 1:
        pred = pred + " or x = 20"
    elif kind == 2:
        pred = pred.replace("<", LE, 1) if "<" in pred else pred.replace(LE, "<", 1)
    return (gold, pred) if rng.random() < 0.5 else (pred, gold)


def collection_pair(rng: random.Random) -> tuple[str, str]:
    """Two or three expressions as a tuple, a bare list or a set vs the same in another order, bracket or
    spelling (`\\pm`), or with one item changed."""
    items = [expression(rng, 1) for _ in range(rng.randint(2, 3))]
    shuffled = rng.sample(items, len(items))
    changed = list(items)
    changed[rng.randrange(len(items))] = expression(rng, 1)
    c = rng.choice(["2", "3", "\\sqrt{2}", "a"])
    form = rng.randrange(6)
    if form == 0:
        return f"({', '.join(items)})", f"({', '.join(rng.choice([items, shuffled, changed]))})"
    if form == 1:
        return ", ".join(items), ", ".join(rng.choice([items, shuffled, changed]))
    if form == 2:
        return f"\\{{{', '.join(items)}\\}}", f"\\{{{', '.join(rng.choice([shuffled, changed]))}\\}}"
    if form == 3:
        return f"({', '.join(items)})", f"\\{{{', '.join(items)}\\}}"
    if form == 4:
        return f"\\pm {c}", rng.choice([f"{c}, -{c}", f"-{c}, {c}", f"{c}", f"{c}, {c}"])
    return f"(\\pm {c}, 0)", rng.choice([f"({c}, 0), (-{c}, 0)", f"(-{c}, 0), ({c}, 0)", f"({c}, 0)"])


class _Slow(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise _Slow


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--sympy-seconds", type=int, default=10, help="a slower sympy path is a finding")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    warm_up()
    rng = random.Random(args.seed)
    n = decided = disagreements = raised = slow = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        roll = rng.random()
        if roll < 0.2:
            gold, pred = relation_pair(rng)
        elif roll < 0.3:
            gold, pred = equation_pair(rng)
        elif roll < 0.4:
            gold, pred = set_pair(rng)
        elif roll < 0.5:
            gold, pred = collection_pair(rng)
        else:
            gold = expression(rng, 3)
            kind = rng.randrange(3)
            pred = gold if kind == 0 else expression(rng, 3) if kind == 1 else gold.replace("x", "y", 1)
            if rng.random() < 0.5:
                pred = f"{pred} + 0" if rng.random() < 0.5 else f"1 \\cdot ({pred})"
        n += 1
        fast = fast_compare(gold, pred)
        if fast is None:
            continue
        decided += 1
        signal.alarm(args.sympy_seconds)
        try:
            full = symbolic_compare(gold, pred)
        except _Slow:
            slow += 1
            print(f"SLOW {gold!r} | {pred!r}: sympy path over {args.sympy_seconds}s", flush=True)
            continue
        except Exception as exc:  # noqa: BLE001 - the reference path failing is a finding, not a crash
            raised += 1
            print(f"RAISED {gold!r} | {pred!r}: sympy path {type(exc).__name__}: {exc}", flush=True)
            continue
        finally:
            signal.alarm(0)
        if full[0] in ("correct", "incorrect") and full[0] != fast[0]:
            disagreements += 1
            print(f"DISAGREE {gold!r} | {pred!r}: fast {fast}, sympy {full}", flush=True)
    print(
        f"pairs {n}, decided by the fast path {decided}, disagreements with sympy {disagreements}, "
        f"sympy path raised {raised}, slow {slow}"
    )
    return 1 if disagreements or raised or slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
