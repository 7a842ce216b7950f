"""Fixtures that run the real bot against the local fake Discord, in this test's event loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.core.article import Library
from bot.discord.client import ArticleBot
from tests.conftest import BUNDLED, TEST_ARTICLES
from tests.discord.fake_discord import FAKE_TOKEN, FakeDiscord

HARBOUR = TEST_ARTICLES / "discord-harbour-reopening.txt"
START_TIMEOUT = 30.0  # a bound on a wait for the bot to be ready, not a speed goal (bench/ holds those)
GUILD_READY_TIMEOUT = 0.05

BotFactory = Callable[..., Awaitable[ArticleBot]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    yield server
    await server.stop()


@pytest.fixture
async def start_bot(fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[BotFactory]:
    """`await start_bot(path, **options)`: a connected ArticleBot answering about `path`."""
    monkeypatch.setattr(Route, "BASE", fake.api_base)
    # setup_hook points reconnects at the fake's gateway; restore Discord's after the test.
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    running: list[tuple[ArticleBot, asyncio.Task]] = []

    async def start(path: Path = BUNDLED, **options) -> ArticleBot:
        # discord.py waits this long after the last GUILD_CREATE before on_ready; the fake sends one.
        options.setdefault("guild_ready_timeout", GUILD_READY_TIMEOUT)
        bot = ArticleBot(Library.from_path(path), **options)
        task = asyncio.create_task(bot.start(FAKE_TOKEN))
        running.append((bot, task))
        await fake.wait_until(lambda: bot.is_ready() or task.done(), START_TIMEOUT)
        if task.done():
            task.result()  # raise the start-up error
        return bot

    yield start
    for bot, task in running:
        await bot.close()
        await asyncio.wait_for(task, START_TIMEOUT)


@pytest.fixture
async def bot(start_bot: BotFactory) -> ArticleBot:
    return await start_bot(BUNDLED)
