"""mmeval's grader vs math-verify 0.9.0 on labelled answers that are not in ../shared: a held-out check.

    python scripts/heldout_check.py --mathcheck-repo PATH --nemo-skills-repo PATH --hendrycks-math-repo PATH \
        --mario-eval-repo PATH --tinyv-repo PATH

Each PATH is a clone (a work tree or a bare git dir) of a public repository; a source whose path is not
given is skipped with a notice:
- PremiLab-Math/MathCheck `geo_checklist.json`: the 480 outcome-judging items of the geometry checklist
  (a step-by-step solution, its label "Correct"/"Incorrect"), graded against the answer of the same
  problem's solving item (`grade(gold, solution)`; math-verify: `verify(parse("$gold$"), parse(solution))`);
- NVIDIA/NeMo-Skills `tests/test_math_equal.py`: its pairs of already-extracted answers, each in both
  orders as that test asserts (`grade_answer`; math-verify with both sides wrapped in `$...$`);
- hendrycks/math `modeling/math_equivalence_test.py`: its `is_equiv` cases (`grade_answer`, as above);
- MARIO-Math-Reasoning/MARIO_EVAL `math_evaluation/tests/test_is_equiv.py`: its `is_equiv` cases, in the
  same style, several per test method (`grade_answer`, as above);
- uw-nsl/TinyV `benchmarks/HardVerify-Math.json`, split `benchmarks` (the `big_math` split is the shared
  file): each problem's false-negative output labelled correct and its true-negative output labelled
  wrong, graded as the shared file is (`grade(gold, output)`; math-verify with a short undelimited
  output wrapped in `$...$`).

The test files are read with `ast` (never imported or run): a literal that is not plain data is skipped
and counted. Nothing here tunes a rule: these sources are kept back to check the tune/check method (see
tests/verifiers/data/README.md); prints P / R / F1 of both graders per source, exit 0.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

from mmeval.verifiers import grade, grade_answer


def repo_bytes(repo: Path, path: str) -> bytes | None:
    """A file of a clone: from its work tree, else from HEAD of a bare git dir; None when it is in neither
    (a bare mirror may lack its largest blobs)."""
    if (repo / path).is_file():
        return (repo / path).read_bytes()
    out = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True)
    return out.stdout if out.returncode == 0 else None


def read_repo_file(repo: Path, path: str) -> str:
    """A text file of a clone (`repo_bytes`); a missing one is an error."""
    data = repo_bytes(repo, path)
    if data is None:
        raise FileNotFoundError(
            f"{path} is not in {repo} (a clone, work tree or bare git dir, of its repository?)"
        )
    return data.decode("utf-8")


def mathcheck_geo(repo: Path) -> list[tuple[str, str, bool]]:
    """(gold, solution, label) for every outcome-judging item of the geometry checklist."""
    items = json.loads(read_repo_file(repo, "geo_checklist.json"))
    solving = {(x["group_id"], x["question_type"]): x for x in items if x["task_type"] == "solving"}
    rows = []
    for x in items:
        if x["task_type"] != "outcome_judging":
            continue
        answer = solving[(x["group_id"], x["question_type"])]["answer"]
        gold = str(int(answer)) if float(answer).is_integer() else str(answer)
        rows.append((gold, str(x["solution"]), x["answer"] == "Correct"))
    return rows


def hardverify_benchmarks(repo: Path) -> list[tuple[str, str, bool]]:
    """(gold, output, label) for both outputs of every problem of HardVerify-Math's `benchmarks` split."""
    rows = []
    for x in json.loads(read_repo_file(repo, "benchmarks/HardVerify-Math.json")):
        if x.get("split") != "benchmarks":
            continue
        gold = str(x["ground_truth"]).strip()
        gold = gold[1:-1] if len(gold) > 1 and gold[0] == gold[-1] == "$" else gold
        rows += [(gold, str(x["fn_output"]), True), (gold, str(x["tn_output"]), False)]
    return rows


def nemo_skills_pairs(repo: Path) -> tuple[list[tuple[str, str, bool]], int]:
    """(a, b, equal) for both orders of every literal pair in `test_correct_examples` and
    `test_incorrect_examples`; pairs holding a None or a non-literal are skipped (counted)."""
    tree = ast.parse(read_repo_file(repo, "tests/test_math_equal.py"))
    rows, skipped = [], 0
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        if fn.name not in ("test_correct_examples", "test_incorrect_examples"):
            continue
        for dec in fn.decorator_list:
            if not (isinstance(dec, ast.Call) and len(dec.args) >= 2 and isinstance(dec.args[1], ast.List)):
                continue
            for pair in dec.args[1].elts:
                try:
                    a, b = ast.literal_eval(pair)
                except ValueError:
                    skipped += 1
                    continue
                if a is None or b is None:
                    skipped += 1
                    continue
                equal = fn.name == "test_correct_examples"
                rows += [(str(a), str(b), equal), (str(b), str(a), equal)]
    return rows, skipped


def is_equiv_pairs(repo: Path, path: str) -> tuple[list[tuple[str, str, bool]], int]:
    """(test_in, test_out, expected) of a unittest file in hendrycks/math's style: each test method
    assigns `test_in` and `test_out` (maybe several times) and asserts after each assignment with
    `self.assertTrue(...)` (equivalent) or `self.assertFalse(...)` (not). A method with no such pair
    (a value that is not a literal, no assert) is skipped and counted."""
    tree = ast.parse(read_repo_file(repo, path))
    rows, skipped = [], 0
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test")):
        values: dict[str, object] = {}
        found = 0
        for node in fn.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                values.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
            elif (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Attribute)
                and node.value.func.attr in ("assertTrue", "assertFalse")
                and {"test_in", "test_out"} <= set(values)
            ):
                expected = node.value.func.attr == "assertTrue"
                rows.append((str(values["test_in"]), str(values["test_out"]), expected))
                found += 1
        skipped += found == 0
    return rows, skipped


def hendrycks_pairs(repo: Path) -> tuple[list[tuple[str, str, bool]], int]:
    """hendrycks/math's `is_equiv` tests."""
    return is_equiv_pairs(repo, "modeling/math_equivalence_test.py")


def mario_eval_pairs(repo: Path) -> tuple[list[tuple[str, str, bool]], int]:
    """MARIO-Math-Reasoning/MARIO_EVAL's `is_equiv` tests (hendrycks' style, extended: several pairs per
    method, `assertFalse(_test_is_not_equiv(...))` for a pair that must differ)."""
    return is_equiv_pairs(repo, "math_evaluation/tests/test_is_equiv.py")


def math_verify_grader():
    from math_verify import parse, verify

    def run(gold: str, response: str, wrap: bool) -> bool:
        delimited = any(t in response for t in ("$", "\\(", "\\[", "\\boxed"))
        try:
            answer = f"${response}$" if wrap or (not delimited and len(response) <= 300) else response
            return bool(verify(parse(f"${gold}$"), parse(answer)))
        except Exception:  # noqa: BLE001 - math-verify failing on a pair is its "not equal"
            return False

    return run


def prf(preds: list[bool], labels: list[bool]) -> str:
    tp = sum(p and y for p, y in zip(preds, labels, strict=True))
    fp = sum(p and not y for p, y in zip(preds, labels, strict=True))
    fn = sum(y and not p for p, y in zip(preds, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{precision:.3f} / {recall:.3f} / {f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except FileNotFoundError as exc:  # a clone without the file its source reads (wrong path or repository)
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mathcheck-repo", type=Path)
    ap.add_argument("--nemo-skills-repo", type=Path)
    ap.add_argument("--hendrycks-math-repo", type=Path)
    ap.add_argument("--tinyv-repo", type=Path)
    ap.add_argument("--mario-eval-repo", type=Path)
    args = ap.parse_args(argv)
    mv = math_verify_grader()
    sources = []
    if args.tinyv_repo:
        sources.append(
            ("HardVerify-Math, split benchmarks", hardverify_benchmarks(args.tinyv_repo), 0, False)
        )
    if args.mathcheck_repo:
        sources.append(("MathCheck-GEO outcome judging", mathcheck_geo(args.mathcheck_repo), 0, False))
    if args.nemo_skills_repo:
        sources.append(
            ("NeMo-Skills test_math_equal (both orders)", *nemo_skills_pairs(args.nemo_skills_repo), True)
        )
    if args.hendrycks_math_repo:
        sources.append(("hendrycks/math is_equiv tests", *hendrycks_pairs(args.hendrycks_math_repo), True))
    if args.mario_eval_repo:
        sources.append(("MARIO_EVAL is_equiv tests", *mario_eval_pairs(args.mario_eval_repo), True))
    if not sources:
        print(
            "error: give at least one clone: --tinyv-repo, --mathcheck-repo, --nemo-skills-repo, "
            "--hendrycks-math-repo, --mario-eval-repo",
            file=sys.stderr,
        )
        return 2
    print(
        "| source | pairs (skipped) | mmeval P / R / F1 | math-verify 0.9.0 P / R / F1 |\n|---|---|---|---|"
    )
    for name, rows, skipped, extracted in sources:
        labels = [y for _, _, y in rows]
        ours = [bool((grade_answer if extracted else grade)(g, r).correct) for g, r, _ in rows]
        theirs = [mv(g, r, wrap=extracted) for g, r, _ in rows]
        print(f"| {name} | {len(rows)} ({skipped}) | {prf(ours, labels)} | {prf(theirs, labels)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
