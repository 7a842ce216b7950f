"""A /lookup typed in a message to the bot pages as the slash command does (on an article chosen, the
only one, it showed one page and "Showing 2 of 12: add a word to narrow the search."), and opens at
the page typed as the CLI takes it ("--page 3", "page:3")."""

from __future__ import annotations

from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, buttons


async def mention_message(fake, content: str) -> dict:
    message_id = await fake.say(content)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    return reply.body


async def test_a_typed_lookup_of_one_article_pages_through_every_match(fake, start_bot):
    await start_bot(HARBOUR)
    body = await mention_message(fake, f"<@{BOT_ID}> /lookup harbour limit:2")
    embed = body["embeds"][0]
    assert embed["author"]["name"] == "“harbour”: 1–2 of 12"
    assert "add a word to narrow" not in embed["description"]
    assert not buttons(body)["Next"]["disabled"]


async def test_a_typed_lookup_opens_at_the_page_typed(fake, start_bot):
    await start_bot(HARBOUR)
    body = await mention_message(fake, f"<@{BOT_ID}> /lookup harbour --limit 2 --page 3")
    assert body["embeds"][0]["author"]["name"] == "“harbour”: 5–6 of 12"
    assert not buttons(body)["Previous"]["disabled"] and not buttons(body)["Next"]["disabled"]
    cited = [
        o["label"]
        for row in body["components"]
        for c in row["components"]
        if c["type"] == 3
        for o in c["options"]
    ]
    assert len(cited) == 2  # the read menu offers the page shown


async def test_a_page_past_the_last_says_where_the_matches_are(fake, start_bot):
    await start_bot(HARBOUR)
    body = await mention_message(fake, f"<@{BOT_ID}> /lookup harbour page:99")
    assert (
        "12 matches, all on earlier pages; this page is past the last one."
        in body["embeds"][0]["description"]
    )


async def test_page_zero_is_refused(fake, start_bot):
    await start_bot(HARBOUR)
    body = await mention_message(fake, f"<@{BOT_ID}> /lookup harbour --page 0")
    assert body["embeds"][0]["description"] == "Pages are numbered from 1."
