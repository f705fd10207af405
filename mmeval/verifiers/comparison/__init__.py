"""Comparing an answer with the gold: a chain of strategies (exact numbers, the fast path, then sympy)."""

from mmeval.verifiers.comparison.equivalence import (
    STRATEGIES,
    Context,
    Prepared,
    check_size,
    compare,
    prepare,
)

__all__ = ["STRATEGIES", "Context", "Prepared", "check_size", "compare", "prepare"]
