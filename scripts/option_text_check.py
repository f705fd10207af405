"""Option-text check: every option of every multiple-choice item, its text given as the reply, must grade
correct exactly when it is the gold option. It needs no labels beyond the benchmark's own gold letter.

    python scripts/option_text_check.py [--shared ../shared] [--show 6]

Items: MATH-V test (the items with options) and MathVista testmini (multi_choice), from `../shared`.
Each option's text is given in 4 dresses: bare, "The answer is {text}.", `\\boxed{text}`, and
"({letter}) {text}". Prints the count of replies and of wrong verdicts by dress and kind (a false accept:
another option's text graded correct; a false reject: the gold option's text graded wrong) with examples;
exits 1 when any verdict is wrong. Known and kept (see README): options that are themselves one-letter
forms (`(b)`, `A`) are read as letters, as the official MathVista normalisation reads them.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from verdict_oracle import SHARED, no_shared_data  # noqa: E402 - the shared data's default place and check

DRESSES = ("{t}", "The answer is {t}.", "\\boxed{{{t}}}", "({L}) {t}")


def items(shared: Path):
    """(source, grade kwargs without the response, options, gold letter) per multiple-choice item."""
    from mmeval.benchmarks.mathvision import MathVision
    from mmeval.benchmarks.mathvista import MathVista

    mv = MathVision()
    with open(shared / "data/published/mathvision/test.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            kw = mv.grade_kwargs(mv.to_item(record, []))
            if kw.get("choices"):
                yield f"mathvision:{record['id']}", kw, kw["choices"], kw["gold"]
    vs = MathVista()
    data = json.loads((shared / "data/published/mathvista/testmini.json").read_text(encoding="utf-8"))
    for pid, record in data.items():
        if record["question_type"] == "multi_choice" and record["answer"] in record["choices"]:
            kw = vs.grade_kwargs(vs.to_item(record, []))
            gold = chr(ord("A") + record["choices"].index(record["answer"]))
            yield f"mathvista:{pid}", kw, record["choices"], gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--show", type=int, default=6)
    args = ap.parse_args(argv)
    if no_shared_data(args.shared, __file__):
        return 2
    from mmeval.verifiers import grade

    wrong: collections.Counter = collections.Counter()
    examples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    n = 0
    for source, kw, options, gold in items(args.shared):
        for i, text in enumerate(options):
            letter = chr(ord("A") + i)
            for dress in DRESSES:
                n += 1
                verdict = grade(response=dress.format(t=text, L=letter), **kw)
                if verdict.correct != (letter == gold):
                    key = (dress, "false accept" if verdict.correct else "false reject")
                    wrong[key] += 1
                    examples[key].append(
                        f"{source}: option {letter} {text[:60]!r} (gold {gold}), read {verdict.extracted!r}"
                    )
    print(f"{n} replies (an option's text each), {sum(wrong.values())} wrong verdicts")
    for (dress, kind), count in wrong.most_common():
        print(f"  {count:>4}  {kind:13} {dress!r}")
        for line in examples[(dress, kind)][: args.show]:
            print(f"          {line}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
