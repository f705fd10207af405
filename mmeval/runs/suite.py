"""`mmeval run --suite NAME`: several benchmarks, each with its paper's split and subset, through one
loaded model, one run folder per (benchmark, split) under one suite folder.

    mmeval run --suite mm-eureka --model FanqingM/MM-Eureka-Qwen-7B --backend vllm
    mmeval run --suite mm-eureka --model ./ckpt --data-root ./benchmarks   # <root>/<benchmark>: local copies

`mmeval report --table mm-eureka SUITE_FOLDER` then prints the paper's table beside the run.
A benchmark whose data cannot be loaded is skipped with its reason (exit code 1), never scored as 0.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SUITES", "Suite", "SuiteEntry", "run_suite"]


@dataclass(frozen=True)
class SuiteEntry:
    column: str  # the column of the paper's table this run counts in
    benchmark: str
    split: str


@dataclass(frozen=True)
class Suite:
    name: str
    template: str
    entries: tuple[SuiteEntry, ...]
    source: str


# MM-Eureka (Meng et al., 2025): the Qwen-era evaluation scripts (ModalMinds/MM-EUREKA `eval/`) and the
# report's section 5.3: MathVista testmini, MathVerse testmini (all versions), MathVision test,
# OlympiadBench's English open-ended part (its four *_en_COMP configs), WeMath testmini, MMK12 test.
SUITES = {
    "mm-eureka": Suite(
        name="mm-eureka",
        template="mm-eureka-qwen",
        entries=(
            SuiteEntry("MathVista", "mathvista", "testmini"),
            SuiteEntry("MathVerse", "mathverse", "testmini"),
            SuiteEntry("MathVision", "mathvision", "test"),
            SuiteEntry("OlympiadBench", "olympiadbench", "OE_MM_maths_en_COMP"),
            SuiteEntry("OlympiadBench", "olympiadbench", "OE_MM_physics_en_COMP"),
            SuiteEntry("OlympiadBench", "olympiadbench", "OE_TO_maths_en_COMP"),
            SuiteEntry("OlympiadBench", "olympiadbench", "OE_TO_physics_en_COMP"),
            SuiteEntry("WeMath", "wemath", "testmini"),
            SuiteEntry("MMK12", "mmk12", "test"),
        ),
        source="ModalMinds/MM-EUREKA eval/ (azaj01/MM-EUREKA @ef36a84) and the MM-Eureka report, section 5.3",
    )
}


def _entry_data(root: str | None, benchmark: str) -> str | None:
    """`<root>/<benchmark>` when a data root is given (that folder must exist), else None (the Hub)."""
    if root is None:
        return None
    return str(Path(root) / benchmark)


def run_suite(args: argparse.Namespace) -> int:
    """Check the flags, load every entry's data, load the model once, run each entry in its own folder."""
    from mmeval._cli import UsageError, check_choice, local_checkpoint, out_dir, reject_inapplicable
    from mmeval._extras import MissingExtraError
    from mmeval.benchmarks import DatasetError, get_benchmark
    from mmeval.models import BackendError, make_backend, resolve_backend
    from mmeval.runs import run_command as rc
    from mmeval.runs.lock import run_lock
    from mmeval.runs.runner import run_benchmark

    check_choice(args.suite, sorted(SUITES), "--suite")
    suite = SUITES[args.suite]
    args.template = args.template or suite.template
    if (problem := rc._check_flags(args)) is not None:
        raise UsageError(problem)
    if args.data_root is not None and not Path(args.data_root).is_dir():
        raise UsageError(f"--data-root {args.data_root}: no such folder")
    try:
        backend_name = resolve_backend(args.backend, base_url=args.base_url)
    except BackendError as exc:
        raise UsageError(str(exc)) from None
    reject_inapplicable(args, rc._BACKEND_ONLY, backend_name, "backend")
    if backend_name != "openai":
        local_checkpoint(args.model)
    out = Path(args.out or Path("runs") / f"{Path(args.model.rstrip('/')).name}__suite-{suite.name}")
    out_dir(str(out))
    planned, skipped = [], []
    for entry in suite.entries:
        data = _entry_data(args.data_root, entry.benchmark)
        bench = get_benchmark(entry.benchmark)
        try:
            items = bench.load(entry.split, data)
        except (DatasetError, FileNotFoundError) as exc:
            skipped.append(f"{entry.benchmark} {entry.split}: {exc}")
            continue
        items = items[: args.limit] if args.limit else items
        entry_args = argparse.Namespace(**{**vars(args), "bench": entry.benchmark, "data": data})
        planned.append((entry, bench, items, rc._config(entry_args, backend_name, entry.split)))
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    if not planned:
        return rc._fail(f"suite {suite.name}: no benchmark could be loaded")
    try:
        backend = make_backend(backend_name, args.model, **planned[0][3].backend_options)
    except (BackendError, MissingExtraError) as exc:
        return rc._fail(str(exc))
    code = 0
    try:
        for entry, bench, items, config in planned:
            run_dir = out / f"{entry.benchmark}__{entry.split}"
            rc.warm_grader(bench, items[0])
            with run_lock(run_dir):
                results = run_benchmark(bench, items, backend, config, run_dir, progress=not args.no_progress,
                                        grade_workers=args.grade_threads)  # fmt: skip
            code = max(code, rc._report(results, run_dir))
    except BackendError as exc:
        return rc._fail(f"{exc} (finished samples are saved under {out}; rerun the same command to resume)")
    finally:
        backend.close()
    print(f"suite {suite.name}: {len(planned)} runs in {out}, {len(skipped)} skipped; "
          f"table: mmeval report --table {suite.name} {out}")  # fmt: skip
    return 1 if skipped else code
