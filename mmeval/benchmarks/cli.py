"""CLI entry for the harness: `mmeval run` (generation + grading) and `mmeval score` (replay)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    from mmeval.benchmarks.run_command import register as register_run
    from mmeval.benchmarks.score_command import register as register_score

    register_run(subparsers)
    register_score(subparsers)
