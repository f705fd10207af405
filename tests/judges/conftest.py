"""Helpers for the judge tests: MathVista output files over the fixture problems, the replay judge."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from mmeval.benchmarks import fixture_path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="session")
def replay_judge():
    """The module scripts/replay_judge.py (replay_table, serve)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        import replay_judge

        yield replay_judge
    finally:
        sys.path.remove(str(SCRIPTS))


@pytest.fixture
def mathvista_outputs():
    """A writer of MathVista output_*.json files over the fixture problems: (path, {pid: (response,
    published extraction)}) -> path."""

    def write(path: Path, responses: dict[str, tuple[str, str]]) -> Path:
        records = json.loads((fixture_path("mathvista") / "testmini.json").read_text(encoding="utf-8"))
        out = {pid: {**records[pid], "response": r, "extraction": e} for pid, (r, e) in responses.items()}
        path.write_text(json.dumps(out), encoding="utf-8")
        return path

    return write
