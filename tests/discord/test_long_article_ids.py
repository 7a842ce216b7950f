"""An article whose id (its file name) is too long for a component's custom_id beside what the
component must carry (Discord allows 100 characters) still gets its speaker buttons and its read
menu; they name the article by a digest, and pressing them answers about that article, also in a
mention replying to such an answer."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, buttons, menu, open_paragraph, press, reply_message, run

FEES = TEST_ARTICLES / "discord-harbour-fees-row-deepens-over-quay.txt"
# 100 characters: a whole custom_id, so no custom_id can hold it as it is.
LONG_ID = (
    "tollmere-harbour-fees-row-deepens-as-the-council-and-the-harbour-trust-trade-blows-over-the-old-quay"
)
COUNCIL = "a spokesman for Tollmere Council"
TRUST = "a spokesman for the Tollmere and District Harbour Preservation Trust"


@pytest.fixture
def library(tmp_path):
    """Two articles (so every reply names its article), one of them under a long file name."""
    shutil.copy(FEES, tmp_path / f"{LONG_ID}.txt")
    shutil.copy(TEST_ARTICLES / "discord-harbour-reopening.txt", tmp_path)
    return tmp_path


async def test_speaker_buttons_of_an_article_with_a_long_id_are_offered(fake, start_bot, library):
    await start_bot(library)
    reply = await run(fake, "quote", speaker="spokesman", article=LONG_ID)
    assert set(buttons(reply.message)) == {TRUST, COUNCIL}
    assert all(len(button["custom_id"]) <= 100 for button in buttons(reply.message).values())


async def test_a_speaker_button_of_an_article_with_a_long_id_quotes_from_that_article(
    fake, start_bot, library
):
    await start_bot(library)
    reply = await run(fake, "quote", speaker="spokesman", article=LONG_ID)
    picked = await press(fake, reply_message(fake, reply), COUNCIL)
    assert picked.embed["author"]["name"].startswith(COUNCIL)
    assert "Councils set their own fees" in picked.embed["description"]


async def test_the_read_menu_of_an_article_with_a_long_id_opens_its_paragraph(fake, start_bot, library):
    await start_bot(library)
    reply = await run(fake, "summary", article=LONG_ID)
    assert len(menu(reply.message)["custom_id"]) <= 100
    opened = await open_paragraph(fake, reply_message(fake, reply), "1")
    assert "Mooring fees at Tollmere will rise by 40%" in opened.embed["description"]


async def test_a_mention_replying_to_an_answer_about_an_article_with_a_long_id_goes_on_about_it(
    fake, start_bot, library
):
    await start_bot(library)
    answer = await run(fake, "summary", article=LONG_ID)
    message_id = await fake.say(f"<@{BOT_ID}> summary", reply_to=reply_message(fake, answer))
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.body["embeds"][0]["footer"]["text"].startswith(LONG_ID)
