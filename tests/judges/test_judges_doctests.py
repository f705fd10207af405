"""The examples in the judges' docstrings run (and there are some: a module without any fails)."""

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "name", ["mmeval.judges.prompts", "mmeval.judges.readings", "mmeval.benchmarks.statements"]
)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
