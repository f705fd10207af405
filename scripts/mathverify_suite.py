"""math-verify's own regression suite as labelled (gold, response, label) rows, read from a local clone.

Usage (as a module; `scripts/bench_verifiers.py --math-verify-repo PATH` calls it):
    from mathverify_suite import load_cases
    rows, skipped = load_cases(Path("/path/to/Math-Verify"))  # a work tree, or a bare git directory

Why read a clone instead of shipping a copy: the cases are the Math-Verify project's test data
(Apache-2.0, https://github.com/huggingface/Math-Verify, `tests/`; the test files carry an MIT header of
the HuggingFace team); mmeval commits neither their code nor a copy of their rows. The bench reads them
from a local clone each run, so a newer suite is measured as it is.

How: each `tests/test_*.py` is parsed with `ast` (never imported or executed). A test function with a
literal `@pytest.mark.parametrize` table gives one row per table row; the options of its call
(`compare_strings(gold, pred, match_types=..., precision=..., strict=..., allow_set_relation_comp=...)`,
or a bare `verify(parse(gold), parse(pred))`) are read from the call, with a table column when the call
names one. A plain `assert compare_strings("...", "...", ...) == 1` gives one row too. Rows whose values
are not literals (an f-string) are skipped and counted. Each row:

    {"id": "test_all.py::test_latex_notation[3]", "source": "huggingface/Math-Verify tests/...",
     "gold": ..., "response": ..., "label": 0|1,
     "options": {"match_types": [...], "precision": 6, "strict": true, "allow_set_relation_comp": false},
     "problem": <the gold text: rows with one gold are one problem for the tune/check split>}

`applicable(row)` says whether mmeval can be compared on the row: mmeval has no switch for math-verify's
`strict=False` (rename any variable) or for `allow_set_relation_comp=False` (refuse a set gold against a
relation), so a row written for such a setting measures the switch, not the grader, and is left out
for both graders.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

__all__ = ["load_cases", "applicable", "math_verify_under_options"]

SOURCE = "huggingface/Math-Verify"
_DEFAULTS = {
    "match_types": ["latex", "expr"],
    "precision": 6,
    "strict": True,
    "allow_set_relation_comp": False,
}
_VERIFY_DEFAULTS = {"match_types": None, "precision": 6, "strict": True, "allow_set_relation_comp": False}


def _read_tests(repo: Path) -> dict[str, str]:
    """{file name: source} of tests/test_*.py from a work tree or a (bare) git directory."""
    tests = repo / "tests"
    if tests.is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(tests.glob("test_*.py"))}
    git = ["git", f"--git-dir={repo}"]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", "HEAD", "tests/"], capture_output=True, text=True, check=True
    ).stdout.split()
    out = {}
    for name in sorted(names):
        base = name.rsplit("/", 1)[-1]
        if base.startswith("test_") and base.endswith(".py"):
            out[base] = subprocess.run(
                [*git, "show", f"HEAD:{name}"], capture_output=True, text=True, check=True
            ).stdout
    return out


def _literal(node: ast.AST):
    return ast.literal_eval(node)


def _call_options(call: ast.Call, columns: list[str]) -> tuple[list[str], dict] | None:
    """(argument names or literals for gold/pred, option values or column names) of a grading call."""
    fn = call.func.id if isinstance(call.func, ast.Name) else None
    if fn == "compare_strings":
        args = call.args[:2]
        opts: dict = dict(_DEFAULTS)
        for kw in call.keywords:
            opts[kw.arg] = ("column", kw.value.id) if isinstance(kw.value, ast.Name) else _literal(kw.value)
        return args, opts
    if fn == "verify" and len(call.args) >= 2 and all(isinstance(a, ast.Call) for a in call.args[:2]):
        inner = [a.args[0] for a in call.args[:2] if getattr(a.func, "id", "") == "parse" and a.args]
        if len(inner) == 2 and all(len(a.args) == 1 for a in call.args[:2]):
            return inner, dict(_VERIFY_DEFAULTS)
    return None


def _grading_call(fn: ast.FunctionDef, columns: list[str]) -> tuple[ast.Call, tuple] | None:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            got = _call_options(node, columns)
            if got is not None:
                return node, got
    return None


def _parametrize(fn: ast.FunctionDef) -> tuple[list[str], ast.List] | None:
    for dec in fn.decorator_list:
        if (
            isinstance(dec, ast.Call)
            and isinstance(dec.func, ast.Attribute)
            and dec.func.attr == "parametrize"
            and len(dec.args) >= 2
            and isinstance(dec.args[1], ast.List)
        ):
            names = _literal(dec.args[0])
            names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
            return names, dec.args[1]
    return None


def _label_column(columns: list[str]) -> str | None:
    return next((c for c in ("expected", "result") if c in columns), None)


def _rows_of_function(file: str, fn: ast.FunctionDef, skipped: list[str]) -> list[dict]:
    table = _parametrize(fn)
    out: list[dict] = []
    if table is None:  # plain asserts: `assert compare_strings("a", "b", ...) == 1`
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Call)
                and len(node.ops) == 1
                and isinstance(node.ops[0], ast.Eq)
            ):
                got = _call_options(node.left, [])
                if got is None:
                    continue
                (g, p), opts = got
                try:
                    gold, pred, label = _literal(g), _literal(p), int(_literal(node.comparators[0]))
                except ValueError:
                    skipped.append(f"{file}::{fn.name} (not literal)")
                    continue
                out.append(_row(f"{file}::{fn.name}[{len(out)}]", file, gold, pred, label, opts))
        return out
    columns, rows = table
    found = _grading_call(fn, columns)
    label_col = _label_column(columns)
    if found is None or label_col is None:
        return out
    _, ((g, p), opts) = found
    if not (isinstance(g, ast.Name) and isinstance(p, ast.Name)):
        return out
    for i, elt in enumerate(rows.elts):
        try:
            values = dict(zip(columns, _literal(elt), strict=True))
        except (ValueError, TypeError):
            skipped.append(f"{file}::{fn.name}[{i}] (not literal)")
            continue
        row_opts = {
            k: values[v[1]] if isinstance(v, tuple) and v and v[0] == "column" else v for k, v in opts.items()
        }
        for k in _DEFAULTS:
            if k in values:  # an option given per row in the table
                row_opts[k] = values[k]
        row_opts["varied"] = sorted(k for k in _DEFAULTS if k in values)
        out.append(
            _row(
                f"{file}::{fn.name}[{i}]",
                file,
                values[g.id],
                values[p.id],
                int(values[label_col]),
                row_opts,
            )
        )
    return out


def _row(rid: str, file: str, gold: str, pred: str, label: int, opts: dict) -> dict:
    return {
        "id": rid,
        "source": f"{SOURCE} tests/{file}",
        "gold": gold,
        "response": pred,
        "label": label,
        "options": opts,
        "problem": gold.strip(),
    }


def load_cases(repo: Path) -> tuple[list[dict], list[str]]:
    """Every (gold, response, label) row of the suite with its options, and what was skipped."""
    rows: list[dict] = []
    skipped: list[str] = []
    for file, text in _read_tests(repo).items():
        tree = ast.parse(text)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                rows.extend(_rows_of_function(file, node, skipped))
    return rows, skipped


def applicable(row: dict) -> bool:
    """mmeval has one setting: strict names (no renaming of free variables) and sets compared with
    relations either way round; a row written for the other setting of those switches is not a
    measurement of the grader."""
    o = row["options"]
    varied = o.get("varied", [])
    if "strict" in varied and o["strict"] is False:
        return False
    return not ("allow_set_relation_comp" in varied and o["allow_set_relation_comp"] is False)


def math_verify_under_options(row: dict) -> bool:
    """math-verify 0.9.0 on the row with the parse/verify options it was written for."""
    from math_verify import ExprExtractionConfig, LatexExtractionConfig, parse, verify

    o = row["options"]
    if o["match_types"] is None:
        return bool(verify(parse(row["gold"]), parse(row["response"])))
    targets = []
    for t in o["match_types"]:
        targets.append(
            LatexExtractionConfig(boxed_match_priority=0) if t == "latex" else ExprExtractionConfig()
        )
    g, p = parse(row["gold"], targets), parse(row["response"], targets)
    return bool(
        verify(
            g,
            p,
            float_rounding=o["precision"],
            strict=o["strict"],
            allow_set_relation_comp=o["allow_set_relation_comp"],
        )
    )
