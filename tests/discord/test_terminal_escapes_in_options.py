"""Slash options pasted with terminal escape sequences (a name copied from a coloured terminal) are
read without them, in commands and in suggestions: removing only the escape kept "[1m" in the name."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

LIFEBOAT = "discord-lifeboat-appeal"
STORIES = (LIFEBOAT, "discord-weir-repairs")


@pytest.fixture
def two_stories(tmp_path):
    for name in STORIES:
        (tmp_path / f"{name}.txt").write_bytes((TEST_ARTICLES / f"{name}.txt").read_bytes())
    return tmp_path


async def test_a_speaker_in_colour_is_found(fake, start_bot):
    await start_bot(TEST_ARTICLES / f"{LIFEBOAT}.txt")
    reply = await run(fake, "quote", speaker="\x1b[1mLopez Garcia\x1b[0m")
    assert reply.embed["author"]["name"].startswith("Ana Lopez Garcia")


async def test_an_article_named_in_colour_is_that_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "quote", speaker="Lopez Garcia", article=f"\x1b[32m{LIFEBOAT}\x1b[0m")
    assert reply.embed["author"]["name"].startswith("Ana Lopez Garcia")


async def test_speaker_suggestions_read_the_name_without_its_codes(fake, start_bot):
    await start_bot(TEST_ARTICLES / f"{LIFEBOAT}.txt")
    reply = await run(fake, "quote", focused="speaker", speaker="\x1b[1mLopez\x1b[0m")
    assert [c["value"] for c in reply.first["data"]["choices"]][:1] == ["Ana Lopez Garcia"]


async def test_an_option_of_codes_alone_is_empty(fake, start_bot):
    await start_bot(TEST_ARTICLES / f"{LIFEBOAT}.txt")
    reply = await run(fake, "lookup", keyword="\x1b[1m\x1b[0m")
    assert reply.ephemeral and "empty" in reply.embed["description"]


async def test_an_unknown_article_in_colour_is_echoed_without_its_codes(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "summary", article="\x1b[31mzzqx\x1b[0m")
    assert reply.ephemeral and "zzqx" in reply.embed["description"]
    assert "[31m" not in reply.embed["description"] and "[0m" not in reply.embed["description"]
