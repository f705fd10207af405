"""mmeval.benchmarks: MathVista, MathVerse, MathVision and OlympiadBench, each a `Benchmark` by name.

>>> from mmeval.benchmarks import get_benchmark
>>> get_benchmark("mathvista").default_split
'testmini'
"""

from mmeval.benchmarks.base import TEMPLATES, Benchmark, DatasetError, Item, Prompt
from mmeval.benchmarks.loading import fixture_path
from mmeval.benchmarks.registry import UnknownBenchmarkError, get_benchmark, list_benchmarks

__all__ = [
    "Benchmark",
    "DatasetError",
    "Item",
    "Prompt",
    "TEMPLATES",
    "UnknownBenchmarkError",
    "fixture_path",
    "get_benchmark",
    "list_benchmarks",
]
