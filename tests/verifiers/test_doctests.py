"""The examples in the verifier modules' docstrings run as tests."""

import doctest
import importlib

import pytest

MODULES = [
    "extraction.normalize",
    "extraction.numbers",
    "extraction.answer",
    "extraction.choices",
    "extraction.formats",
    "verdict",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(f"mmeval.verifiers.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
