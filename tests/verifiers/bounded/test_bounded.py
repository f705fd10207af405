"""The killable worker: time limits hold in the main thread, in threads and in grade_batch; a hung
worker is replaced, not waited for."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from mmeval.verifiers import GradeConfig, Status, grade, grade_batch
from mmeval.verifiers.bounded.pool import WorkerError, WorkerPool, WorkerTimeout

TOWER = r"\boxed{9^{9^{9^{9^{9}}}} - 10^{10^{10^{10}}}!}"
CFG = GradeConfig(timeout_s=1.0)


def test_pool_times_out_and_replaces_the_worker():
    pool = WorkerPool(max_workers=1)
    try:
        # functions travel by reference, so the test uses importable ones: time.sleep and int
        assert pool.run(abs, (-3,), timeout_s=60) == 3
        t0 = time.monotonic()
        with pytest.raises(WorkerTimeout):
            pool.run(time.sleep, (30,), timeout_s=0.5)
        assert time.monotonic() - t0 < 2.5
        assert pool.run(abs, (-4,), timeout_s=60) == 4  # a fresh worker took over
        with pytest.raises(WorkerError, match="ValueError"):
            pool.run(int, ("not a number",), timeout_s=60)
    finally:
        pool.shutdown()


def test_grade_is_bounded_in_main_thread_and_threads():
    grade("1", r"\sqrt{x}", config=CFG)  # warm a worker (start-up is not a pair's time)
    t0 = time.monotonic()
    v = grade("2", TOWER, config=CFG)
    assert v.status in (Status.TIMEOUT, Status.INCORRECT, Status.PRED_UNPARSEABLE)
    assert time.monotonic() - t0 < CFG.timeout_s + 1.5
    with ThreadPoolExecutor(4) as ex:
        t0 = time.monotonic()
        out = list(ex.map(lambda _: grade("2", TOWER, config=CFG), range(4)))
    # four hostile pairs at once end together (measured 1.03 s): serialised they would take 4 s
    assert time.monotonic() - t0 < CFG.timeout_s + 1.5
    assert all(not v.correct for v in out)


def test_grade_batch_order_with_a_hostile_pair():
    items = [{"gold": "1", "response": "1"}, {"gold": "2", "response": TOWER}, {"gold": "3", "response": "3"}]
    out = grade_batch(items, workers=2, config=CFG)
    assert [v.correct for v in out] == [True, False, True]
