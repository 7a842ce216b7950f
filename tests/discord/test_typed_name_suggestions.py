"""/quote's speaker suggestions follow a name as people type it: without its apostrophe ("ob" for
O'Brien) and from the second part of a double-barrelled surname ("ashc" for Vane-Ashcombe)."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

QUAY = TEST_ARTICLES / "discord-quay-repairs.txt"


async def suggested(fake, typed: str) -> list[str]:
    reply = await run(fake, "quote", focused="speaker", speaker=typed)
    return [choice["value"] for choice in reply.first["data"]["choices"]]


@pytest.mark.parametrize("typed", ["ob", "tom ob"])
async def test_a_name_with_an_apostrophe_is_suggested_as_typed_without_it(fake, start_bot, typed):
    await start_bot(QUAY)
    assert (await suggested(fake, typed))[:1] == ["Tom O'Brien"]


@pytest.mark.parametrize("typed", ["ash", "ashc"])
async def test_a_double_barrelled_name_is_suggested_from_its_second_part(fake, start_bot, typed):
    await start_bot(QUAY)
    assert (await suggested(fake, typed))[:1] == ["Harriet Vane-Ashcombe"]
