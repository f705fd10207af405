"""The package layout holds: imports point one way (docs/architecture.md), and the public imports that
users' reward configs and scripts name keep working."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mmeval"

# folder -> mmeval packages its modules must not import (at any level, lazy imports included)
FORBIDDEN = {
    "verifiers": ("mmeval.benchmarks", "mmeval.runs", "mmeval.models", "mmeval.reports", "mmeval.training"),
    "verifiers/extraction": ("mmeval.verifiers.comparison", "mmeval.verifiers.bounded"),
    "verifiers/bounded": ("mmeval.verifiers.extraction", "mmeval.verifiers.comparison"),
    "benchmarks": ("mmeval.runs", "mmeval.models", "mmeval.reports", "mmeval.training"),
    "models": ("mmeval.runs", "mmeval.reports", "mmeval.training"),
    "runs": ("mmeval.reports", "mmeval.training"),
    "reports": ("mmeval.training", "mmeval.models"),
    "training": ("mmeval.reports",),
    "judges": ("mmeval.runs", "mmeval.models", "mmeval.reports", "mmeval.training"),
}

# `mmeval demo` drives the whole pipeline (tiny model, run, score, report) on purpose.
EXEMPT = {"mmeval/reports/demo.py"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(folder: str) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        if str(path.relative_to(PACKAGE.parent)) in EXEMPT:
            continue
        for line, name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[folder]):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return bad


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_imports_point_one_way(folder):
    assert _violations(folder) == []


def test_the_check_sees_a_violation(tmp_path, monkeypatch):
    """The scan is not vacuous: a module importing upward is reported."""
    bad = tmp_path / "mmeval" / "verifiers"
    bad.mkdir(parents=True)
    (bad / "oops.py").write_text("def f():\n    from mmeval.runs.store import load_run\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path / "mmeval")
    assert _violations("verifiers") == ["mmeval/verifiers/oops.py:2 imports mmeval.runs.store"]


PUBLIC = {
    "mmeval.verifiers": [
        "grade",
        "grade_answer",
        "grade_batch",
        "extract_answer",
        "check_format",
        "GradeConfig",
        "Verdict",
        "Status",
        "Extraction",
    ],
    "mmeval.verifiers.rewards": [
        "accuracy_reward",
        "format_reward",
        "make_trl_rewards",
        "compute_score",
        "compute_score_batch",
        "reward_func",
        "score_response",
        "RewardConfig",
    ],
    "mmeval.verifiers.testing": ["check_grader", "run_property", "PROPERTY_NAMES", "number_forms"],
    "mmeval.verifiers.bounded": ["prestart", "run_bounded", "default_pool"],
    "mmeval.verifiers.extraction": ["extract_answer", "check_format", "match_choice", "parse_number"],
    "mmeval.verifiers.comparison": ["compare", "Context"],
    "mmeval.benchmarks": ["get_benchmark", "list_benchmarks", "Benchmark", "Item", "Prompt", "fixture_path"],
    "mmeval.runs": ["RunConfig", "run_benchmark", "score_predictions", "load_run", "RunWriter"],
    "mmeval.models": ["make_backend", "resolve_backend", "Sampling", "Generation"],
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_public_imports(module):
    mod = importlib.import_module(module)
    missing = [name for name in PUBLIC[module] if not hasattr(mod, name)]
    assert missing == []
    assert set(PUBLIC[module]) <= set(getattr(mod, "__all__", PUBLIC[module])) | {"make_trl_rewards"}


def test_every_package_says_what_it_is():
    for init in sorted(PACKAGE.rglob("__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc, f"{init.relative_to(PACKAGE.parent)} has no docstring"
