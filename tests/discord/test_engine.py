"""The engine pool predicts when work would answer too late, so the command is deferred at once."""

from __future__ import annotations

import asyncio
import contextlib
import threading

import pytest

from bot.discord.engine import EnginePool, OverBudget


async def test_an_idle_pool_with_no_measurement_is_trusted_to_be_quick():
    assert not EnginePool(threads=1).would_be_late(1.0)


async def test_a_busy_pool_with_no_measurement_is_assumed_late():
    pool = EnginePool(threads=1)
    release = asyncio.Event()
    loop = asyncio.get_running_loop()
    blocker = pool.run(lambda: asyncio.run_coroutine_threadsafe(release.wait(), loop).result())
    assert pool.would_be_late(1.0)
    release.set()
    await blocker


async def test_the_expected_wait_counts_the_queue_ahead():
    pool = EnginePool(threads=1)
    pool.typical_cost, pool.pending = 0.3, 3
    assert abs(pool.expected_wait() - 1.2) < 1e-9
    assert pool.would_be_late(1.0) and not pool.would_be_late(1.5)


async def test_finished_calls_update_the_typical_cost_and_the_backlog():
    pool = EnginePool(threads=1)
    assert await pool.run(lambda: 42) == 42
    assert pool.pending == 0 and pool.typical_cost is not None and pool.typical_cost < 0.1


async def test_work_past_its_budget_raises_over_budget():
    pool = EnginePool(threads=1, budget=0.2)
    release = threading.Event()
    slow = pool.run(release.wait)
    with pytest.raises(OverBudget, match="too large or unusual"):
        await pool.within_budget(slow, asyncio.get_running_loop().time())
    release.set()


async def test_one_slow_call_never_blocks_the_next_one():
    pool = EnginePool(threads=1, budget=0.2)
    release = threading.Event()
    slow = pool.run(release.wait)
    with contextlib.suppress(OverBudget):
        await pool.within_budget(slow, asyncio.get_running_loop().time())
    quick = pool.run(lambda: 42)
    assert await asyncio.wait_for(quick, timeout=2.0) == 42
    release.set()
