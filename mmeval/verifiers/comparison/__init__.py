"""Comparing an answer with the gold: a chain of strategies (exact numbers, the fast path, then sympy)."""

from mmeval.verifiers.comparison.equivalence import STRATEGIES, Context, check_size, compare

__all__ = ["STRATEGIES", "Context", "check_size", "compare"]
