"""Running a step bounded: killable worker processes forked from a warmed zygote, a wall-clock limit each."""

from mmeval.verifiers.bounded.pool import (
    WorkerError,
    WorkerPool,
    WorkerTimeout,
    default_pool,
    prestart,
    run_bounded,
)

__all__ = ["WorkerError", "WorkerPool", "WorkerTimeout", "default_pool", "prestart", "run_bounded"]
