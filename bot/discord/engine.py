"""The engine pool: command work runs here, off the event loop, and the pool predicts its wait.

A command whose work would finish after the defer budget (a long queue, or slow calls) is
acknowledged at once ("thinking...") instead of after a timer that may fire too late.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from bot.core.errors import OVER_BUDGET, OverBudget
from bot.discord import limits

T = TypeVar("T")

# Weight of the newest call in the moving average of call durations.
COST_SMOOTHING = 0.2


class EnginePool:
    """A small thread pool for CPU-bound engine calls that knows its backlog and typical cost."""

    def __init__(self, threads: int = limits.ENGINE_THREADS, budget: float = limits.COMMAND_BUDGET) -> None:
        self._executor = ThreadPoolExecutor(threads, thread_name_prefix="engine")
        self._threads = threads
        self.budget = budget
        self.abandoned = 0  # calls left running past their budget
        self.pending = 0
        self.typical_cost: float | None = None  # seconds per call; None until a call has finished

    def expected_wait(self) -> float | None:
        """Seconds until new work would be done (the queue ahead, then the work); None if unknown."""
        if self.typical_cost is None:
            return None
        return (self.pending / self._threads + 1) * self.typical_cost

    def would_be_late(self, budget: float) -> bool:
        """True when new work is not expected to finish within `budget` seconds."""
        wait = self.expected_wait()
        if wait is None:  # no measurement yet: only an idle pool is trusted to be quick
            return self.pending >= self._threads
        return wait > budget

    def run(self, work: Callable[[], T]) -> asyncio.Future[T]:
        """Schedule `work`; the returned future resolves on the running event loop."""
        self.pending += 1
        future = asyncio.get_running_loop().run_in_executor(self._executor, self._timed, work)
        future.add_done_callback(self._finished)
        return future

    async def within_budget(self, future: asyncio.Future[T], started: float) -> T:
        """The result of `future` (scheduled at loop time `started`); OverBudget once it has run
        past the budget, and later work goes to a fresh thread so one slow article never
        blocks the others."""
        remaining = self.budget - (asyncio.get_running_loop().time() - started)
        try:
            return await asyncio.wait_for(asyncio.shield(future), max(0.0, remaining))
        except asyncio.TimeoutError:
            self._abandon()
            raise OverBudget(OVER_BUDGET) from None

    def _abandon(self) -> None:
        # A thread cannot be stopped: the overrunning call keeps the old one until it returns.
        self.abandoned += 1
        old, self._executor = self._executor, ThreadPoolExecutor(self._threads, thread_name_prefix="engine")
        old.shutdown(wait=False)

    def _timed(self, work: Callable[[], T]) -> T:
        start = time.perf_counter()
        try:
            return work()
        finally:
            self._record(time.perf_counter() - start)

    def _record(self, cost: float) -> None:
        previous = self.typical_cost
        self.typical_cost = cost if previous is None else previous + COST_SMOOTHING * (cost - previous)

    def _finished(self, _future: asyncio.Future) -> None:
        self.pending -= 1

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
