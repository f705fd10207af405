"""The tune/check split of the labelled sources is fixed: `splits.json` follows its own written rule, puts
every row of one problem on one side, and places every shared row (see tests/verifiers/data/README.md)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SPLITS = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "verification"


def _half(file: str, problem: str) -> str:
    digest = hashlib.sha256(f"{SPLITS['seed']}|{file}|{problem}".encode()).hexdigest()
    return "tune" if int(digest[:8], 16) % 2 == 0 else "check"


@pytest.mark.parametrize("file", sorted(SPLITS["files"]))
def test_every_problem_is_on_the_side_its_hash_says(file):
    spec = SPLITS["files"][file]
    assert not set(spec["tune"]) & set(spec["check"])
    if file == "mathverify_tests":  # listed by row id; the problem (the gold text) is read from a clone
        assert len(spec["tune"]) + len(spec["check"]) > 200
        return
    for half in ("tune", "check"):
        assert all(_half(file, p) == half for p in spec[half]), half


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/verification not present")
@pytest.mark.parametrize(
    "file", ["hardverify_big_math_split", "mathcheck_gsm_outcome", "olympiadbench_scoring_examples"]
)
def test_every_shared_row_is_placed_and_problems_are_not_split(file):
    spec = SPLITS["files"][file]
    placed = set(spec["tune"]) | set(spec["check"])
    rows = [json.loads(line) for line in (SHARED / f"{file}.jsonl").open(encoding="utf-8") if line.strip()]
    problems = {re.match(spec["problem_key"], r["id"]).group(1) for r in rows}
    assert problems == placed
