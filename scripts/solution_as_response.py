"""Official solutions as replies: every item's worked solution, given as the model's reply, should grade
correct against the item's own gold. A label-free check of the extraction rules on long, real solutions
(the gold is right for its own solution by construction). What it lists is for reading, not a score: a
solution may end on a restatement, or on a proof with no value, and then no rule should accept it.

    python scripts/solution_as_response.py --gaokao /tmp/gaokao/Data/Subjective_Questions   # OpenLMLab/GAOKAO-Bench
    python scripts/solution_as_response.py --olympiadbench /tmp/ob/data    # the first release in ../shared, unzipped

GAOKAO-Bench: the `*Math*Fill-in-the-Blank.json` files (`example[].answer`, `.analysis`). OlympiadBench:
the records with one final answer; the reply is the solution's last paragraph list entry.
Prints, per source: pairs, graded correct (decided / guessed), and the pairs a rule *decided* (no
fallback) but did not grade correct, which are where a reading rule is likely wrong. `--json FILE` writes
them. Exit 0: the figures are read, not gated; exit 2 on a missing folder or a file not in its format.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from mmeval.verifiers import grade_batch


class InputError(Exception):
    """A data file not in the format the script reads: its message names the file and what was expected."""


def _load(path: Path, kind: type, what: str):
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not readable JSON ({e})") from None
    if not isinstance(data, kind):
        raise InputError(f"{path}: expected {what}")
    return data


def gaokao_pairs(folder: Path) -> list[dict]:
    pairs = []
    for path in sorted(folder.glob("*Math*Fill-in-the-Blank.json")):
        data = _load(path, dict, 'a GAOKAO-Bench object {"example": [...]}')
        examples = data.get("example")
        if not isinstance(examples, list) or not all(isinstance(x, dict) for x in examples):
            raise InputError(f'{path}: expected "example" to be a list of items')
        for x in examples:
            gold = x.get("answer") or x.get("standard_answer")
            gold = ", ".join(gold) if isinstance(gold, list) else str(gold or "")
            if gold.strip() and x.get("analysis"):
                pairs.append(
                    {"id": f"{path.stem}:{x['index']}", "gold": gold.strip(), "response": x["analysis"]}
                )
    return pairs


def olympiadbench_pairs(folder: Path) -> list[dict]:
    pairs = []
    for path in sorted(folder.glob("*.json")):
        records = _load(path, list, "a JSON list of OlympiadBench records")
        for x in records:
            if not isinstance(x, dict):
                raise InputError(f"{path}: expected every record to be an object")
            final, solution = x.get("final_answer"), x.get("solution")
            if isinstance(final, list) and len(final) == 1 and isinstance(solution, list) and solution:
                pairs.append({"id": f"{path.stem}:{x['id']}", "gold": final[0], "response": solution[-1]})
    return pairs


def check(name: str, pairs: list[dict], workers: int) -> dict:
    verdicts = grade_batch([{"gold": p["gold"], "response": p["response"]} for p in pairs], workers=workers)
    counts = Counter(("guessed" if v.guessed else "decided", v.status.value) for v in verdicts)
    decided_wrong = [
        {"id": p["id"], "gold": p["gold"], "status": v.status.value, "rule": v.rule, "extracted": v.extracted,
         "reply_tail": p["response"][-200:]}
        for p, v in zip(pairs, verdicts, strict=True)
        if not v.correct and not v.guessed and v.rule not in (None, "whole")
    ]  # fmt: skip
    print(
        f"{name}: {len(pairs)} pairs; " + ", ".join(f"{k[0]} {k[1]} {n}" for k, n in sorted(counts.items()))
    )
    print(f"  decided by a rule but not correct: {len(decided_wrong)}")
    for row in decided_wrong:
        print(
            f"    {row['id']}  gold {row['gold'][:50]!r}  {row['status']} by {row['rule']}: {str(row['extracted'])[:60]!r}"
        )
    return {
        "pairs": len(pairs),
        "counts": {f"{a} {b}": n for (a, b), n in counts.items()},
        "decided_wrong": decided_wrong,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gaokao", type=Path, help="GAOKAO-Bench's Data/Subjective_Questions folder")
    parser.add_argument("--olympiadbench", type=Path, help="OlympiadBench's first release, unzipped")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sources = [
        ("gaokao", args.gaokao, gaokao_pairs),
        ("olympiadbench", args.olympiadbench, olympiadbench_pairs),
    ]
    out = {}
    for name, folder, read in sources:
        if folder is None:
            continue
        if not folder.is_dir():
            print(f"error: {folder}: not a folder ({name})", file=sys.stderr)
            return 2
        try:
            pairs = read(folder)
        except InputError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        out[name] = check(name, pairs, args.workers)
    if not out:
        parser.error("give --gaokao and/or --olympiadbench")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
