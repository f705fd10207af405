"""mmeval: verifiers, benchmark harness, HTML leaderboards and rule-based RL for multimodal math reasoners.

Subpackages:
    mmeval.verifiers   answer extraction, equivalence, format checks, rewards (core; imports nothing else here)
    mmeval.benchmarks  MathVista, MathVerse, MathVision, OlympiadBench: loading, prompts, scoring, runs
    mmeval.reports     self-contained HTML leaderboards
    mmeval.training    MM-Eureka-style rule-based RL on TRL
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
