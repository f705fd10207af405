"""Benchmarks registered by name: `get_benchmark("mathvista")`, `list_benchmarks()`.

Modules are imported on first use so that `import mmeval.benchmarks` stays cheap.
"""

from __future__ import annotations

import importlib

from mmeval.benchmarks.base import Benchmark

__all__ = ["get_benchmark", "list_benchmarks", "UnknownBenchmarkError", "BENCHMARKS"]

# name -> "module:Class"
BENCHMARKS: dict[str, str] = {
    "mathvista": "mmeval.benchmarks.mathvista:MathVista",
    "mathverse": "mmeval.benchmarks.mathverse:MathVerse",
    "mathvision": "mmeval.benchmarks.mathvision:MathVision",
    "olympiadbench": "mmeval.benchmarks.olympiadbench:OlympiadBench",
    "wemath": "mmeval.benchmarks.wemath:WeMath",
    "mmk12": "mmeval.benchmarks.mmk12:MMK12",
    "k12": "mmeval.benchmarks.k12:K12",
    "dynamath": "mmeval.benchmarks.dynamath:DynaMath",
}


class UnknownBenchmarkError(KeyError):
    """No benchmark of that name; the message lists the valid ones (CLI exit code 2)."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


def list_benchmarks() -> list[str]:
    """Names of the benchmarks whose module can be imported, sorted."""
    return sorted(name for name in BENCHMARKS if _importable(name))


def get_benchmark(name: str) -> Benchmark:
    """A fresh instance of the benchmark called `name`."""
    if name not in BENCHMARKS or not _importable(name):
        raise UnknownBenchmarkError(
            f"unknown benchmark {name!r}; valid benchmarks: {', '.join(list_benchmarks())}"
        )
    module_name, cls_name = BENCHMARKS[name].split(":")
    return getattr(importlib.import_module(module_name), cls_name)()


def _importable(name: str) -> bool:
    module_name = BENCHMARKS[name].split(":")[0]
    try:
        importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:  # not written yet; any other missing import is a real error
            return False
        raise
    return True
