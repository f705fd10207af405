"""`python -m mmeval <command>`: each component registers its own subcommands.

A component module exposes `register(subparsers)`, which adds its commands and sets `func` on each
parser; `func(args) -> int` is the exit code. Components are imported lazily per command so that
`mmeval verify` never pays for torch.
"""

from __future__ import annotations

import argparse
import importlib
import os
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


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (`mmeval run: error: argument --x: ...`) plus a pointer
    to --help, instead of the whole usage block; subcommand parsers inherit the class."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    from mmeval import __version__

    parser = OneLineParser(
        prog="mmeval",
        description="Verifiers, benchmarks, leaderboards and rule-based RL for multimodal math reasoners.",
    )
    parser.add_argument("--version", action="version", version=f"mmeval {__version__}")
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
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a bad flag (one line printed), --help or --version: return the code
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        parser.print_help()
        return 0 if not argv or argv[0] in ("-h", "--help") else 2
    return _dispatch(args)


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command; routine user mistakes end in one line and exit 2, never a traceback."""
    from mmeval._cli import UsageError

    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"mmeval {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"mmeval {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # stdout closed early (`mmeval score ... | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
