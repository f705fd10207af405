"""scripts/hand_mutations.py stays runnable: every mutation's search text occurs exactly once in its file
(a refactor that moves the code must update the mutation, or the script would test nothing for it)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("hand_mutations", ROOT / "scripts" / "hand_mutations.py")
hand_mutations = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("hand_mutations", hand_mutations)  # its dataclass looks its module up there
_spec.loader.exec_module(hand_mutations)


@pytest.mark.parametrize("mutation", hand_mutations.MUTATIONS, ids=lambda m: m.name)
def test_each_mutation_applies_once_and_names_existing_tests(mutation):
    assert (ROOT / mutation.path).read_text(encoding="utf-8").count(mutation.search) == 1
    for test in mutation.tests:
        assert (ROOT / test.split("::")[0]).is_file(), test
