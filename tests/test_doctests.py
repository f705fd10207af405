"""Every docstring example in mmeval runs as a test: each module whose source has a `>>>` line is collected
(found by reading the package, not from a hand-kept list), each of its `>>>` lines must belong to an
example doctest finds (none lost to a malformed docstring), and every example passes."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import mmeval


def modules_with_examples() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(mmeval.__path__, "mmeval."):
        origin = importlib.util.find_spec(info.name).origin
        if origin and origin.endswith(".py") and ">>> " in Path(origin).read_text(encoding="utf-8"):
            names.append(info.name)
    return sorted(names)


MODULES = modules_with_examples()


def test_the_examples_are_found():
    # the modules that had examples when this test was written; more may come, none may go missing
    assert len(MODULES) >= 25 and {"mmeval.training.trainer", "mmeval.verifiers.rewards"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    source = Path(module.__file__).read_text(encoding="utf-8")
    tests = doctest.DocTestFinder().find(module, name)
    examples = sum(len(t.examples) for t in tests)
    written = sum(line.lstrip().startswith(">>> ") for line in source.splitlines())
    assert examples == written > 0, f"{name}: {written} '>>>' lines, {examples} examples collected"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
