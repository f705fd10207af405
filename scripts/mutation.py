"""Mutation testing of the reward and training core with mutmut, in one command, and its score.

    python scripts/mutation.py                  # mutmut run (config: [tool.mutmut] in pyproject.toml), then the score
    python scripts/mutation.py --report-only    # the score of the last run (mutants/ keeps it)
    python scripts/mutation.py --survivors      # ... and each surviving mutant's diff

mutmut mutates `mmeval/training/trainer.py`, `mmeval/training/recipe.py` and `mmeval/verifiers/rewards.py`
one operator at a time (a `<` made `<=`, a string changed, an argument dropped, ...) and, for each mutant,
runs the fast tests that reach the mutated function (`tests/training/test_filter.py`, `test_recipe.py`,
`tests/verifiers/test_rewards.py`, `test_rewards_golds.py`, `test_rewards_adapters.py`, `test_rewards_stated.py`). A mutant is *killed* when one fails.
The trainer's TRL-bound methods (generation step, refill loader, metrics logging) are reached only by the
real-TRL tests in `tests/training/test_loop.py` (tens of seconds each), too slow to run per mutant: mutmut
lists their mutants as "no tests"; `scripts/hand_mutations.py` covers them with the semantic mutations.
Results are cached in `mutants/` (git-ignored): a second run re-tests only what changed.
The score, killed / (all mutants), with timeouts counted as killed, and the survivors judged equivalent
are in docs/mutation.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLED = {"killed", "timeout"}


def results() -> dict[str, str]:
    """Mutant name -> status ('killed', 'survived', 'no tests', 'timeout', ...), from mutmut's cache."""
    out = subprocess.run(["mutmut", "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    pairs = (line.strip().rsplit(": ", 1) for line in out.splitlines() if ": " in line)
    return {name: status for name, status in pairs}


def module_of(name: str) -> str:
    """'mmeval.training.recipe.xǁRecipeǁreplace__mutmut_1' -> 'mmeval/training/recipe.py'."""
    parts = name.split(".")
    index = next(i for i, p in enumerate(parts) if p.startswith("x"))
    return "/".join(parts[:index]) + ".py"


def score_table(statuses: dict[str, str]) -> str:
    per_file: dict[str, Counter] = defaultdict(Counter)
    for name, status in statuses.items():
        per_file[module_of(name)][status] += 1
        per_file["all"][status] += 1
    lines = ["| file | mutants | killed | timeout | survived | no tests | score | score (tested) |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for path, c in sorted(per_file.items(), key=lambda kv: kv[0] == "all"):
        total, caught = sum(c.values()), c["killed"] + c["timeout"]
        tested = total - c["no tests"]
        lines.append(f"| {path} | {total} | {c['killed']} | {c['timeout']} | {c['survived']} | {c['no tests']} "
                     f"| {caught / total:.1%} | {caught / tested:.1%} |" if total and tested else f"| {path} | 0 |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report-only", action="store_true", help="do not run, report the cached results")
    parser.add_argument("--survivors", action="store_true", help="print each surviving mutant's diff")
    parser.add_argument("--max-children", type=int, default=2, help="parallel mutant runs (default 2)")
    parser.add_argument("mutants", nargs="*", help="only these mutants (names as mutmut prints them)")
    args = parser.parse_args(argv)
    if not args.report_only:
        subprocess.run(["mutmut", "run", "--max-children", str(args.max_children), *args.mutants], cwd=ROOT)
    statuses = results()
    if not statuses:
        print("no mutation results: run `python scripts/mutation.py` first", file=sys.stderr)
        return 2
    print(score_table(statuses))
    if args.survivors:
        for name in sorted(n for n, s in statuses.items() if s == "survived"):
            diff = subprocess.run(["mutmut", "show", name], cwd=ROOT, capture_output=True, text=True).stdout
            print(f"\n{name}\n" + "\n".join(line for line in diff.splitlines() if line[:2] in ("- ", "+ ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
