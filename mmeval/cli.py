"""`python -m mmeval <command>`: each component registers its own subcommands.

A component module exposes `register(subparsers)`, which adds its commands and sets `func` on each
parser; `func(args) -> int` is the exit code. Components are imported lazily per command so that
`mmeval verify` never pays for torch.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command -> module providing `register(subparsers)`; one module may register several commands.
COMMAND_MODULES: dict[str, str] = {
    "verify": "mmeval.verifiers.cli",
    "run": "mmeval.runs.cli",
    "score": "mmeval.runs.cli",
    "report": "mmeval.reports.cli",
    "demo": "mmeval.reports.demo",
    "train": "mmeval.training.cli",
    "serve-rewards": "mmeval.training.cli",
}

SUMMARIES: dict[str, str] = {
    "verify": "grade one answer (--gold/--pred) or a JSONL file of pairs",
    "run": "evaluate a model on a benchmark (transformers, vllm or openai backend)",
    "score": "grade an existing predictions file (mmeval run or published formats)",
    "report": "render runs as one self-contained HTML leaderboard",
    "demo": "offline demo: re-score shipped outputs, run a tiny model, write a leaderboard",
    "train": "rule-based RL (MM-Eureka recipe) on TRL's GRPOTrainer",
    "serve-rewards": "HTTP reward server speaking OpenRLHF's remote reward protocol",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mmeval",
        description="Verifiers, benchmarks, leaderboards and rule-based RL for multimodal math reasoners.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    registered: set[str] = set()
    for name, module_name in COMMAND_MODULES.items():
        if command == name and module_name not in registered:
            importlib.import_module(module_name).register(sub)
            registered.add(module_name)
        elif name not in sub.choices:
            sub.add_parser(name, help=SUMMARIES[name], add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    if command not in COMMAND_MODULES:
        command = None
    parser = build_parser(command)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0 if not argv or argv[0] in ("-h", "--help") else 2
    return int(args.func(args) or 0)
