"""The issue targets `scripts/reproduce_official.py` reports per file: MathVista rule mode within 1.0 point
of the official score (inclusive, at the 2 decimals scores are given to) with >= 97% agreement."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "reproduce_official", ROOT / "scripts" / "reproduce_official.py"
)
reproduce_official = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reproduce_official)


def _file(rule: float, official: float, agreement: float = 98.0) -> dict:
    return {"benchmark": "mathvista", "program_of_thought": False, "rule_score": rule, "official_score": official,
            "agreement": agreement, "agreement_excluding_official_errors": agreement}  # fmt: skip


def test_a_diff_of_exactly_one_point_is_within_target():
    assert 16.1 - 15.1 > 1.0  # floating point: the comparison must not see this
    assert reproduce_official.targets(_file(16.1, 15.1))["met"]
    assert reproduce_official.targets(_file(15.1, 16.1))["met"]
    assert reproduce_official.targets(_file(25.1, 26.1))["met"]


def test_a_diff_over_one_point_or_low_agreement_misses():
    assert not reproduce_official.targets(_file(25.0, 26.1))["met"]
    assert not reproduce_official.targets(_file(26.1, 26.1, agreement=96.9))["met"]
    program = dict(_file(17.7, 26.0), program_of_thought=True)
    assert reproduce_official.targets(program) == {"applies": False}
