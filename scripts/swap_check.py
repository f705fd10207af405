"""Grade every decided pair again with its two sides swapped, and with its extracted answer as the reply:
two label-free checks of the comparison and of extraction.

    python scripts/swap_check.py [--shared ../shared] [--math-verify-repo PATH] [--out out/swap_check.json]

The pairs are those of `scripts/verdict_oracle.py` (labelled pairs, math-verify's suite, every published
MATH-V and MathVista response) that grade `correct` or `incorrect` with a short gold and a short extracted
answer and no options or fixed precision. Each is compared again as `grade_answer(answer, gold)`. Equality
is symmetric, so a verdict that flips is a bug on one side or a convention that is one-sided by design:
- a decimal gold accepts its rounding (`6.018` vs `6\\frac{1}{64}`), not the other way round;
- a gold equation is solved for the variable the answer omits (`xy = 6` vs `\\frac{6}{x}`);
- an answer `lhs = value` is compared by its value (`x + 1 = 3` vs `3`);
- a gold in prose accepts a short answer naming it (`Petya will receive the last token.` vs `Petya`).
The flips are printed grouped by the strategies that decided each direction, so a new kind stands out.

Second, every decided pair of the same set (options and precision included) is graded again with its
extracted answer as the whole reply: extraction should be idempotent, so a verdict that changes shows a
reading that depends on what surrounded the answer (`{\\bf (A)}` in a box, a long last line with or
without its full stop).
Found with it: `2^{2014} x` equalled `4` (sample points beyond a float), and `a \\le -2 \\text{ or } a = 1`
had been cut to `1` (tests/verifiers/data/README.md). Exit 0; the figures are for reading, not a gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdict_oracle import no_shared_data, pairs  # noqa: E402

from mmeval.verifiers import grade, grade_answer  # noqa: E402

MAX_CHARS = 80


def _strategy(reason: str) -> str:
    """The strategy that decided a verdict (`numeric`, `symbolic`, ...) from its reason."""
    last = reason.rsplit("; ", 1)[-1]
    return last.split(":", 1)[0] if ":" in last else last


def checks(shared: Path, mv_repo: Path | None) -> dict:
    """Both checks in one pass over the pairs (each pair is graded once): the swap flips among the distinct
    short decided pairs without options or fixed precision, and the regrade changes among all decided pairs."""
    seen: set[tuple[str, str]] = set()
    flips: list[dict] = []
    regraded, changed = 0, []
    for key, kw, response in pairs(shared, mv_repo):
        if response is None:
            continue
        v = grade(**kw, response=response)
        if v.status.value not in ("correct", "incorrect") or not v.extracted:
            continue
        gold = str(kw["gold"])
        regraded += 1
        again = grade(**kw, response=v.extracted)
        if again.correct != v.correct:
            changed.append({"key": key, "gold": gold, "extracted": v.extracted, "reason": v.reason,
                            "again": again.status.value, "again_reason": again.reason})  # fmt: skip
        if (
            kw.get("choices")
            or kw.get("precision") is not None
            or max(len(gold), len(v.extracted)) > MAX_CHARS
        ):
            continue
        if (gold, v.extracted) in seen:
            continue
        seen.add((gold, v.extracted))
        forward, backward = grade_answer(gold, v.extracted), grade_answer(v.extracted, gold)
        if forward.correct != backward.correct:
            flips.append({"key": key, "gold": gold, "answer": v.extracted,
                          "forward": forward.status.value, "forward_reason": forward.reason,
                          "backward": backward.status.value, "backward_reason": backward.reason})  # fmt: skip
    return {"pairs": len(seen), "flips": flips, "regraded_pairs": regraded, "regraded_changes": changed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--math-verify-repo", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if no_shared_data(args.shared, __file__):
        return 2
    report = checks(args.shared, args.math_verify_repo)
    flips, changed = report["flips"], report["regraded_changes"]
    kinds = Counter((_strategy(f["forward_reason"]), _strategy(f["backward_reason"])) for f in flips)
    print(
        f"{report['pairs']} distinct decided pairs; {len(flips)} change their verdict when the sides are swapped"
    )
    print("| gold -> answer | answer -> gold | flips |\n|---|---|---|")
    for (a, b), count in kinds.most_common():
        print(f"| {a} | {b} | {count} |")
    for f in flips:
        print(f"{f['key']}: {f['gold']!r} vs {f['answer']!r}: {f['forward']} ({f['forward_reason']}); "
              f"swapped {f['backward']} ({f['backward_reason']})")  # fmt: skip
    print(f"\n{report['regraded_pairs']} decided pairs; {len(changed)} change their verdict when the extracted "
          "answer is the reply")  # fmt: skip
    for c in changed:
        print(f"{c['key']}: gold {c['gold']!r}, extracted {c['extracted']!r} ({c['reason']}); "
              f"again {c['again']} ({c['again_reason']})")  # fmt: skip
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
