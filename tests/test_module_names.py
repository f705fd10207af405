"""No module binds a top-level name twice. A second `_X_RE = ...` further down a module silently replaces
the first for every function that reads it, and ruff does not flag a rebound constant (F811 covers imports
and definitions only); this has twice changed what a rule read before a check caught it."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mmeval"
MODULES = sorted(PACKAGE.rglob("*.py"))
ALLOWED = {"__all__", "_", "logger", "log"}


def _rebound(tree: ast.Module) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:  # top level only: a name bound in `if`/`try` branches is a deliberate fallback
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            targets = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            targets = [node.name]
        for name in targets:
            if name in seen and name not in ALLOWED:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path):
    assert _rebound(ast.parse(path.read_text(), str(path))) == []


def test_the_check_sees_a_rebound_constant():
    tree = ast.parse(
        "import re\n_A_RE = re.compile('a')\ndef f():\n    return _A_RE\n_A_RE = re.compile('b')\n"
    )
    assert _rebound(tree) == ["_A_RE (lines 2 and 5)"]
