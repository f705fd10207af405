"""CLI entry for the harness: `mmeval run` (generation + grading) and `mmeval score` (replay)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    from mmeval.runs.run_command import register as register_run
    from mmeval.runs.score_command import register as register_score

    # mmeval.cli adds a help-only placeholder for every command other than the one being run; skip a
    # command already present (e.g. `run` while `score` runs), since argparse refuses a second parser.
    for name, register_one in (("run", register_run), ("score", register_score)):
        if name not in subparsers.choices:
            register_one(subparsers)
