"""The engine pool predicts when work would answer too late, so the command is deferred at once."""

from __future__ import annotations

import asyncio

from bot.discord.engine import EnginePool


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
