"""End to end: the real discord.py client, over a real websocket, against the local fake Discord.

Each test plays what a user does in Discord and checks what Discord would receive.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass

import pytest

from bot.core import api
from bot.core.article import Library
from bot.discord import limits
from bot.discord.views import NOT_YOURS, STALE
from tests.conftest import TEST_ARTICLES
from tests.discord.checks import choice_problems, limit_problems
from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import (
    APP_ID,
    BOT_ID,
    BOT_ROLE_ID,
    CHANNEL_ID,
    DM_CHANNEL_ID,
    EMBED_LINKS,
    OP_IDENTIFY,
    OP_RESUME,
    SEND_MESSAGES,
    THREAD_ID,
    USER_ID,
    Call,
    FakeDiscord,
)

ANSWER_TIMEOUT = 5.0
AUTOCOMPLETE_RESULT = 8  # an interaction response carrying autocomplete choices
REIDENTIFY_TIMEOUT = 10.0
COMMANDS = {"summary", "quote", "speakers", "lookup", "ask", "about", "help"}


@dataclass
class Exchange:
    """One interaction as Discord saw it: the calls the bot made for it, and when it was sent."""

    calls: list[Call]
    sent: float

    @property
    def latency(self) -> float:
        return self.calls[0].at - self.sent

    @property
    def first(self) -> dict:
        return self.calls[0].body

    @property
    def message(self) -> dict:
        return [c.message for c in self.calls if c.message is not None][-1]

    @property
    def embed(self) -> dict:
        return self.message["embeds"][0]

    @property
    def ephemeral(self) -> bool:
        return bool((self.message.get("flags") or 0) & limits.EPHEMERAL_FLAG)


async def run(fake: FakeDiscord, name: str, user_id: int = USER_ID, **options) -> Exchange:
    """Send `/name options` and return the reply, checked against the deadline and Discord's limits."""
    sent = time.monotonic()
    token = await fake.slash(name, user_id=user_id, **options)
    exchange = Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), sent)
    assert exchange.latency < limits.INTERACTION_DEADLINE
    for call in exchange.calls:
        if call.message is not None:
            assert limit_problems(call.message) == []
        if isinstance(call.body, dict) and call.body.get("type") == AUTOCOMPLETE_RESULT:
            assert choice_problems(call.body["data"]["choices"]) == []
    return exchange


async def press(fake: FakeDiscord, message: dict, label: str, user_id: int = USER_ID) -> Exchange:
    sent = time.monotonic()
    token = await fake.press(message, label, user_id)
    exchange = Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), sent)
    for call in exchange.calls:
        if call.message is not None:
            assert limit_problems(call.message) == []
    return exchange


def buttons(message: dict) -> dict[str, dict]:
    return {
        b["label"]: b for row in message.get("components", []) for b in row["components"] if b["type"] == 2
    }


def menu(message: dict) -> dict:
    (found,) = [c for row in message.get("components", []) for c in row["components"] if c["type"] == 3]
    return found


def slow_summary(monkeypatch, seconds: float) -> None:
    """Make the summary engine take `seconds` (time.sleep holds its thread, as real work would)."""
    summary = api.summary

    def slow(article, sentences):
        time.sleep(seconds)
        return summary(article, sentences)

    monkeypatch.setattr(api, "summary", slow)


# --- start-up and command sync -----------------------------------------------------------


async def test_startup_logs_in_and_identifies_over_the_gateway(fake, bot):
    paths = [c.path for c in fake.calls]
    assert "/users/@me" in paths and "/gateway/bot" in paths
    assert OP_IDENTIFY in fake.gateway_ops
    assert bot.is_ready() and bot.user.id == BOT_ID


async def test_startup_does_not_sync_commands_unless_asked(fake, bot):
    assert not [c for c in fake.calls if c.method == "PUT"]


async def test_sync_on_start_registers_every_command_with_descriptions(fake, start_bot):
    await start_bot(sync_on_start=True)
    (sync,) = [c for c in fake.calls if c.method == "PUT"]
    assert sync.path == f"/applications/{APP_ID}/commands"
    commands = {c["name"]: c for c in sync.body}
    assert set(commands) == COMMANDS
    for command in sync.body:
        assert command["description"] != "…" and 1 <= len(command["description"]) <= limits.DESCRIPTION
        for option in command.get("options", []):
            assert option["description"] != "…" and 1 <= len(option["description"]) <= limits.DESCRIPTION


async def test_sync_payload_declares_option_limits_and_autocomplete(fake, start_bot):
    await start_bot(sync_on_start=True)
    commands = {c["name"]: c for c in next(c for c in fake.calls if c.method == "PUT").body}
    options = {(name, o["name"]): o for name, c in commands.items() for o in c.get("options", [])}
    assert options[("quote", "speaker")]["autocomplete"] is True
    assert options[("quote", "speaker")]["max_length"] == limits.OPTION_TEXT
    assert options[("lookup", "keyword")]["max_length"] == limits.OPTION_TEXT
    assert (
        options[("summary", "sentences")]["min_value"],
        options[("summary", "sentences")]["max_value"],
    ) == (1, 10)
    assert options[("lookup", "limit")]["max_value"] == 25
    assert options[("ask", "question")]["required"] is True


async def test_one_article_means_no_article_option(fake, start_bot):
    await start_bot(sync_on_start=True)
    commands = next(c for c in fake.calls if c.method == "PUT").body
    assert all(o["name"] != "article" for c in commands for o in c.get("options", []))


async def test_several_articles_add_an_autocompleted_article_option_to_every_command(fake, start_bot):
    await start_bot(TEST_ARTICLES, sync_on_start=True, sync_guild=1234)
    sync = next(c for c in fake.calls if c.method == "PUT")
    assert sync.path == f"/applications/{APP_ID}/guilds/1234/commands"
    for command in [c for c in sync.body if c["name"] != "help"]:  # help is about the bot
        (article,) = [o for o in command["options"] if o["name"] == "article"]
        assert article["autocomplete"] is True and article["required"] is False


# --- each command -------------------------------------------------------------------------


async def test_summary_answers_with_numbered_key_sentences(fake, bot):
    reply = await run(fake, "summary")
    assert reply.first["type"] == 4 and not reply.ephemeral
    assert reply.embed["title"] == "Summary: 3 key sentences"
    assert 1 <= reply.embed["description"].count("**¶") <= 3
    assert reply.embed["footer"]["text"]


async def test_summary_sentences_option_sets_the_length(fake, bot):
    reply = await run(fake, "summary", sentences=5)
    assert reply.embed["title"].startswith("Summary: 5 key sentences")


async def test_summary_out_of_range_is_refused_ephemerally(fake, bot):
    reply = await run(fake, "summary", sentences=99)
    assert reply.ephemeral
    assert "1 to 10" in reply.embed["description"] or "not a valid value" in reply.embed["description"]


async def test_quote_shows_block_quotes_with_speaker_and_paragraph(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "quote", speaker="Brenner")
    description = reply.embed["description"]
    assert description.startswith("> “")  # the speaker is in the author line, not repeated
    assert "— ¶4" in description and "— ¶12" in description
    assert reply.embed["author"]["name"].startswith("Tomas Brenner")
    assert reply.embed["author"]["name"].endswith(" · 2 quotes")
    assert reply.embed["title"] == "Harbour of Lenmouth reopens after storm repairs"
    assert reply.embed["footer"]["text"] == "discord-harbour-reopening"


async def test_quote_of_someone_not_quoted_is_ephemeral_and_names_who_is(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "quote", speaker="Zebedee Quincy")
    assert reply.ephemeral
    assert "/speakers" in reply.embed["description"]


async def test_speakers_lists_everyone_quoted(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "speakers")
    for name in ("Tomas Brenner", "Alma Ruiz", "Petra Holm"):
        assert f"**{name}**" in reply.embed["description"]


async def test_lookup_bolds_matched_words_and_numbers_paragraphs(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="breakwater", limit=5)
    assert "**breakwater**" in reply.embed["description"]
    assert "**¶6**" in reply.embed["description"]


async def test_lookup_with_nothing_found_is_ephemeral_and_says_what_to_try(fake, bot):
    reply = await run(fake, "lookup", keyword="xylophonist")
    assert reply.ephemeral
    assert "Try" in reply.embed["description"]


async def test_ask_answers_with_its_source_sentence(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="How much did the repairs cost?")
    assert not reply.ephemeral
    assert "14 million" in reply.embed["description"]
    assert "¶5" in reply.embed["description"] or reply.embed["fields"][0]["name"] == "Source · ¶5"


@pytest.mark.parametrize("greeting", ["hello", "help", "thanks!"])
async def test_a_greeting_asked_as_a_question_gets_the_help_card(fake, bot, greeting):
    reply = await run(fake, "ask", question=greeting)
    assert reply.embed["title"] == "What I can answer about the article"


async def test_ask_about_someone_absent_answers_publicly_naming_them(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="What did Angela Merkel say about the harbour?")
    assert not reply.ephemeral
    assert reply.embed["description"] == "The article doesn't mention Angela Merkel."


async def test_ask_echoes_the_question_with_markdown_escaped(fake, bot):
    # Formatting typed around a word is taken off the question; a mark inside a word is escaped.
    reply = await run(fake, "ask", question="who did **Blinken** meet at E*Trade_Fund?")
    assert reply.embed["title"] == "who did Blinken meet at E\\*Trade\\_Fund?"


@pytest.mark.parametrize("noise", ["<@123456789012345678>", "<@&55>", "@everyone"])
async def test_a_mention_typed_into_a_question_is_no_word_of_it(fake, start_bot, noise):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question=f"{noise} How much did the repairs cost?")
    assert reply.embed["title"] == "How much did the repairs cost?"
    assert "14 million" in reply.embed["description"]


async def test_a_mention_typed_before_a_speaker_is_no_part_of_the_name(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "quote", speaker="<@123456789012345678> Brenner")
    assert reply.embed["author"]["name"].startswith("Tomas Brenner")


async def test_an_unknown_article_named_with_markdown_is_echoed_as_typed(fake, start_bot):
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "summary", article="**big** <@123>")
    assert reply.ephemeral
    assert "“\\*\\*big\\*\\* \\<@123\\>”" in reply.embed["description"]


async def test_about_names_title_size_speakers_and_usage(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "about")
    fields = {f["name"]: f["value"] for f in reply.embed["fields"]}
    assert reply.embed["title"] == "Harbour of Lenmouth reopens after storm repairs"
    assert fields["Source"] == HARBOUR.name
    assert "paragraphs" in fields["Size"] and "Tomas Brenner" in fields["Quoted"]
    assert "/ask" in fields["How to use"]


async def test_article_option_chooses_the_article(fake, start_bot):
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "about", article="discord-library-vote")
    assert reply.embed["title"] == "Town council votes to keep the old library open"


async def test_no_reply_ever_allows_a_ping(fake, bot):
    reply = await run(fake, "lookup", keyword="@everyone Blinken")
    assert reply.message["allowed_mentions"] == {"parse": []}


async def test_a_quote_several_quoted_people_fit_offers_them_as_buttons(fake, bot):
    reply = await run(fake, "quote", speaker="President")
    assert set(buttons(reply.message)) == {"Xi Jinping", "Joe Biden"}
    picked = await press(fake, reply_message(fake, reply), "Joe Biden")
    assert picked.embed["author"]["name"].startswith("Joe Biden")
    assert "quote" in picked.embed["title"]


async def test_a_quote_nobody_fitting_is_quoted_says_so_at_once_without_buttons(fake, bot):
    reply = await run(fake, "quote", speaker="Burns")
    assert "neither is quoted directly" in reply.embed["description"]
    assert buttons(reply.message) == {}


async def test_an_answer_offers_its_cited_paragraph_to_read_in_full(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="How much did the repairs cost?")
    options = [o["value"] for o in menu(reply.message)["options"]]
    assert "5" in options
    token = await fake.choose(reply_message(fake, reply), "5")
    opened = Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), time.monotonic())
    assert opened.ephemeral and opened.embed["title"] == "¶5"
    assert "14 million" in opened.embed["description"]


async def test_a_cited_paragraph_slow_to_open_shows_its_thinking_to_the_chooser_only(
    fake, start_bot, monkeypatch
):
    await start_bot(defer_after=0.05)
    paragraph = api.paragraph

    def slow(article, number):
        time.sleep(0.2)
        return paragraph(article, number)

    monkeypatch.setattr(api, "paragraph", slow)
    reply = await run(fake, "summary")
    token = await fake.choose(reply_message(fake, reply), "1", user_id=USER_ID + 1)
    calls = await fake.wait_answer(token, ANSWER_TIMEOUT)
    assert calls[0].body["type"] == 5 and calls[0].body["data"]["flags"] & limits.EPHEMERAL_FLAG
    assert not [c for c in calls if c.method == "DELETE"]
    (shown,) = [m for m in fake.messages.values() if m["embeds"] and m["embeds"][0].get("title") == "¶1"]
    assert shown["flags"] & limits.EPHEMERAL_FLAG  # the follow-up filled the private "thinking..."


async def test_anyone_may_open_a_cited_paragraph_of_a_paged_reply(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=12)
    token = await fake.choose(
        reply_message(fake, reply), menu(reply.message)["options"][0]["value"], USER_ID + 1
    )
    opened = Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), time.monotonic())
    assert opened.embed["title"].startswith("¶")


async def open_paragraph(fake: FakeDiscord, message: dict, value: str, user_id: int = USER_ID) -> Exchange:
    token = await fake.choose(message, value, user_id)
    return Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), time.monotonic())


async def test_a_cited_paragraph_still_opens_after_the_replys_view_timed_out(fake, start_bot):
    await start_bot(HARBOUR, page_timeout=0.2)
    reply = await run(fake, "ask", question="How much did the repairs cost?")
    await asyncio.sleep(0.5)  # the reply's view has timed out
    opened = await open_paragraph(fake, reply_message(fake, reply), "5")
    assert opened.embed["title"] == "¶5"


async def test_menus_on_every_reply_still_open_after_a_paged_reply_timed_out(fake, start_bot):
    await start_bot(HARBOUR, page_timeout=0.2)
    answer = await run(fake, "ask", question="How much did the repairs cost?")
    paged = await run(fake, "lookup", keyword="harbour", limit=4)
    token = paged.calls[0].path.split("/")[3]
    await fake.wait_until(lambda: [c for c in fake.calls_for(token) if c.method == "PATCH"], 3.0)
    opened = await open_paragraph(fake, reply_message(fake, answer), "5")
    assert opened.embed["title"] == "¶5"


async def test_a_read_menu_for_an_article_gone_since_the_reply_says_so(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="How much did the repairs cost?")
    message = dict(reply_message(fake, reply))  # as if the reply's article had since been removed
    message["components"] = [
        {"type": 1, "components": [{"type": 3, "custom_id": "ab:read:removed-story", "options": []}]}
    ]
    opened = await open_paragraph(fake, message, "5")
    assert opened.ephemeral and "removed-story" in opened.embed["description"]


async def test_a_paragraph_the_article_lacks_chosen_in_a_read_menu_says_which_there_are(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="How much did the repairs cost?")
    opened = await open_paragraph(fake, reply_message(fake, reply), "999")
    assert opened.ephemeral and "no paragraph 999" in opened.embed["description"]


# --- autocomplete -----------------------------------------------------------------------


async def test_speaker_autocomplete_is_fuzzy_and_within_limits(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "quote", focused="speaker", speaker="brener")
    assert reply.first["type"] == 8
    choices = reply.first["data"]["choices"]
    assert choices[0]["value"] == "Tomas Brenner"
    assert choices[0]["name"] == "Tomas Brenner · 2 quotes"
    assert len(choices) <= limits.AUTOCOMPLETE_CHOICES
    assert all(
        len(c["name"]) <= limits.CHOICE_NAME and len(c["value"]) <= limits.CHOICE_VALUE for c in choices
    )


async def test_speaker_autocomplete_from_a_slow_database_and_article_still_answers_in_time(
    fake, start_bot, monkeypatch
):
    bot = await start_bot(HARBOUR)
    locate = bot.catalog.locate

    async def slow_locate(server_id, ref=None):
        await asyncio.sleep(1.5)
        return await locate(server_id, ref)

    def slow_complete(article, current, limit):
        time.sleep(1.9)
        return []

    monkeypatch.setattr(bot.catalog, "locate", slow_locate)
    monkeypatch.setattr(api, "complete_speaker", slow_complete)
    reply = await run(fake, "quote", focused="speaker", speaker="bren")  # the two together take 3.4 s
    assert reply.first["type"] == 8 and reply.first["data"]["choices"] == []


async def test_speaker_autocomplete_before_an_article_is_chosen_offers_loaded_names(fake, start_bot):
    # Discord puts the required speaker before the article option, and /quote naming no article
    # answers from the one quoting them: names of the loaded articles, each labelled with its article,
    # gathered as far as the time allows (how many articles that is depends on the machine's load).
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "quote", focused="speaker", speaker="")
    choices = reply.first["data"]["choices"]
    assert choices
    assert all(choice["name"].startswith(choice["value"] + " · ") for choice in choices)
    assert all(choice["name"].rsplit(" · ", 1)[1].islower() for choice in choices)  # an article's id


async def test_article_autocomplete_offers_loaded_articles(fake, start_bot):
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "about", focused="article", article="libary")
    choices = reply.first["data"]["choices"]
    assert choices[0]["value"] == "discord-library-vote"


# --- pages --------------------------------------------------------------------------------


async def test_long_results_get_page_buttons_and_next_turns_the_page(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    assert reply.embed["footer"]["text"].endswith("page 1/3")
    assert buttons(reply.message)["Previous"]["disabled"] is True
    turned = await press(fake, reply_message(fake, reply), "Next")
    assert turned.first["type"] == 7
    assert turned.message["embeds"][0]["footer"]["text"].endswith("page 2/3")
    assert buttons(turned.message)["Previous"]["disabled"] is False
    assert turned.message["embeds"][0]["description"] != reply.embed["description"]


async def test_pages_turn_back_and_forth_on_the_same_message(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    message = reply_message(fake, reply)
    footers = []
    for label in ("Next", "Previous", "Next", "Next"):
        turned = await press(fake, message, label)
        footers.append(turned.message["embeds"][0]["footer"]["text"].rsplit(" · ", 1)[1])
    assert footers == ["page 2/3", "page 1/3", "page 2/3", "page 3/3"]
    assert fake.messages[int(message["id"])]["embeds"][0]["footer"]["text"].endswith("page 3/3")


async def test_the_read_menu_offers_the_paragraphs_of_the_page_on_screen(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=2)
    first = [o["value"] for o in menu(reply.message)["options"]]
    turned = await press(fake, reply_message(fake, reply), "Next")
    second = [o["value"] for o in menu(turned.message)["options"]]
    assert len(first) == 2 and len(second) == 2 and not set(first) & set(second)
    assert all(f"**¶{n}**" in turned.message["embeds"][0]["description"] for n in second)


PIER = TEST_ARTICLES / "discord-pier-questions.txt"  # twelve quotes of one person: three pages


async def test_the_read_menu_of_a_quote_offers_the_paragraphs_of_the_page_on_screen(fake, start_bot):
    await start_bot(PIER)
    reply = await run(fake, "quote", speaker="Calloway")
    turned = await press(fake, reply_message(fake, reply), "Next")
    for shown in (reply.message, turned.message):
        offered = [f"¶{o['value']}" for o in menu(shown)["options"]]
        cited = re.findall(r"— (¶\d+)", shown["embeds"][0]["description"])
        assert offered == cited and len(cited) == limits.ITEMS_PER_PAGE


def heading(embed: dict) -> str:
    """What a reply is: its title, or its author line when the article's headline is the title."""
    return (embed.get("author") or {}).get("name") or embed["title"]


def reply_message(fake: FakeDiscord, exchange: Exchange) -> dict:
    """The stored message (with its id) that the bot's reply created."""
    return next(m for m in reversed(fake.messages.values()) if m["embeds"] == exchange.message["embeds"])


async def test_only_the_asker_can_turn_pages(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    other = await press(fake, reply_message(fake, reply), "Next", user_id=USER_ID + 1)
    assert other.first["type"] == 4
    assert other.message["content"] == NOT_YOURS
    assert other.message["flags"] & limits.EPHEMERAL_FLAG


async def test_page_buttons_are_disabled_when_the_view_times_out(fake, start_bot):
    await start_bot(HARBOUR, page_timeout=0.3)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    token = reply.calls[0].path.split("/")[3]
    edit = await fake.wait_until(
        lambda: [c for c in fake.calls_for(token) if c.method == "PATCH" and c.path.endswith("@original")],
        3.0,
    )
    assert all(b["disabled"] for b in buttons(edit[0].body).values())


async def test_the_page_buttons_of_a_deferred_reply_are_greyed_out_on_timeout(fake, start_bot, monkeypatch):
    await start_bot(HARBOUR, defer_after=0.05, page_timeout=0.3)
    lookup_all = api.lookup_all

    def slow(article, keyword, limit):
        time.sleep(0.2)
        return lookup_all(article, keyword, limit)

    monkeypatch.setattr(api, "lookup_all", slow)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    assert reply.first["type"] == 5  # "thinking...", which the follow-up fills in place, as in Discord
    message = reply_message(fake, reply)

    def greyed() -> bool:
        return all(b["disabled"] for b in buttons(fake.messages[int(message["id"])]).values())

    assert await fake.wait_until(greyed, 3.0)


async def test_page_buttons_pressed_after_a_restart_are_greyed_out_and_explained(fake, start_bot):
    first = await start_bot(HARBOUR)
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    message = reply_message(fake, reply)
    await first.close()
    await start_bot(HARBOUR)  # the new process knows nothing of the old reply's pages
    token = await fake.press(message, "Next")
    calls = await fake.wait_until(lambda: len(fake.calls_for(token)) >= 2 and fake.calls_for(token))
    update, notice = calls[0].body, calls[1].body
    assert update["type"] == 7 and all(b["disabled"] for b in buttons(update["data"]).values())
    assert menu(update["data"])["options"]  # the read menu stays: it works after a restart
    assert notice["content"] == STALE and notice["flags"] & limits.EPHEMERAL_FLAG


async def test_page_buttons_are_greyed_out_on_timeout_after_the_commands_token_expired(fake, start_bot):
    await start_bot(HARBOUR, page_timeout=1.0)
    fake.token_lifetime = 1.5  # Discord's 15 minutes, scaled down
    reply = await run(fake, "lookup", keyword="harbour", limit=4)
    message = reply_message(fake, reply)
    await asyncio.sleep(0.8)
    await press(fake, message, "Next")  # pages stay live 1 s after the press, past the command's token

    def greyed() -> bool:
        return all(b["disabled"] for b in buttons(fake.messages[int(message["id"])]).values())

    assert await fake.wait_until(greyed, 3.0)


# --- mentions -------------------------------------------------------------------------------


async def test_a_mention_is_answered_like_ask_as_a_reply(fake, start_bot):
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}> How much did the repairs cost?")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.path == f"/channels/{CHANNEL_ID}/messages"
    assert "14 million" in reply.body["embeds"][0]["description"]
    assert reply.body["allowed_mentions"]["parse"] == []
    assert reply.body["allowed_mentions"].get("replied_user") is False
    assert limit_problems(reply.body) == []


async def test_a_mention_slow_to_answer_shows_the_bot_typing_first(fake, start_bot, monkeypatch):
    await start_bot(defer_after=0.05)
    ask = api.ask

    def slow(article, question):
        time.sleep(0.3)
        return ask(article, question)

    monkeypatch.setattr(api, "ask", slow)
    message_id = await fake.say(f"<@{BOT_ID}> Who did Blinken meet?")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    (typing,) = [c for c in fake.calls if c.path == f"/channels/{CHANNEL_ID}/typing"]
    assert typing.at < reply.at


async def test_a_bare_mention_gets_a_hint(fake, bot):
    message_id = await fake.say(f"<@{BOT_ID}>")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert "/ask" in reply.body["embeds"][0]["description"]


async def test_a_mention_of_the_bots_own_role_is_answered_like_a_mention_of_the_bot(fake, bot):
    # Discord's mention picker offers the bot's managed role, named as the bot, beside the bot.
    message_id = await fake.say(
        f"<@&{BOT_ROLE_ID}> Who did Blinken meet?", mentions_bot=False, mention_roles=(BOT_ROLE_ID,)
    )
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.body["embeds"][0]["title"] == "Who did Blinken meet?"


async def test_a_mention_of_another_role_is_not_for_the_bot(fake, bot):
    other = await fake.say("<@&55> Who did Blinken meet?", mentions_bot=False, mention_roles=(55,))
    addressed = await fake.say(f"<@{BOT_ID}> Who did Blinken meet?")
    await fake.wait_until(lambda: fake.replies_to(addressed), ANSWER_TIMEOUT)
    assert fake.replies_to(other) == []


async def test_a_reply_to_the_bots_answer_with_its_ping_turned_off_is_left_alone(fake, bot):
    answer = await run(fake, "ask", question="Who did Blinken meet?")
    quiet = await fake.say("nice, thanks", mentions_bot=False, reply_to=reply_message(fake, answer))
    addressed = await fake.say(f"<@{BOT_ID}> Who is Qin Gang?")
    await fake.wait_until(lambda: fake.replies_to(addressed), ANSWER_TIMEOUT)
    assert fake.replies_to(quiet) == []


async def test_a_reply_to_an_answer_about_one_article_goes_on_about_that_article(fake, start_bot):
    bot = await start_bot(TEST_ARTICLES)
    answer = await run(fake, "summary", article="discord-harbour-reopening")
    message_id = await fake.say(f"<@{BOT_ID}> summary", reply_to=reply_message(fake, answer))
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert bot.library.ids[0] != "discord-harbour-reopening"  # the article a bare mention would get
    assert reply.body["embeds"][0]["footer"]["text"] == "discord-harbour-reopening"


async def test_messages_that_do_not_mention_the_bot_are_ignored(fake, bot):
    message_id = await fake.say("who did Blinken meet?", mentions_bot=False)
    await asyncio.sleep(0.3)
    assert fake.replies_to(message_id) == []


async def mention_reply(fake: FakeDiscord, content: str, **options) -> dict:
    """Post `content` and return the embed of the bot's reply to it."""
    message_id = await fake.say(content, **options)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert limit_problems(reply.body) == []
    return reply.body["embeds"][0]


@pytest.mark.parametrize(
    "noise",
    ["<@&55>", "<#9>", "@everyone", "@here", "<@!123>", "<:pepe:123456>", "<a:dance:99>"],
)
async def test_a_mention_strips_every_token_and_echoes_the_clean_question(fake, start_bot, noise):
    await start_bot(HARBOUR)
    embed = await mention_reply(fake, f"<@{BOT_ID}> {noise} How much did the repairs cost? {noise}")
    assert embed["title"] == "How much did the repairs cost?"
    assert "14 million" in embed["description"]


@pytest.mark.parametrize("text", ["help", "hi", "Hello!"])
async def test_a_mention_saying_help_or_hello_gets_the_help_card(fake, bot, text):
    embed = await mention_reply(fake, f"<@{BOT_ID}> {text}")
    assert embed["title"] == "What I can answer about the article"
    assert "doesn't say" not in embed["description"]


async def test_a_command_name_typed_in_a_mention_runs_that_command(fake, bot):
    embed = await mention_reply(fake, f"<@{BOT_ID}> summary")
    assert embed["title"].startswith("Summary:")


async def test_a_slash_command_typed_in_a_mention_runs_with_its_argument(fake, bot):
    embed = await mention_reply(fake, f"<@{BOT_ID}> /quote Xi")
    assert embed["author"]["name"].startswith("Xi Jinping")


async def test_a_zero_typed_in_a_mention_is_refused_not_read_as_the_default(fake, bot):
    embed = await mention_reply(fake, f"<@{BOT_ID}> /summary 0")
    assert embed["description"] == "Ask for 1 to 10 sentences."


async def test_an_unknown_command_typed_in_a_mention_is_echoed_as_typed(fake, bot):
    embed = await mention_reply(fake, f"<@{BOT_ID}> /*bold*")
    assert embed["description"].startswith("Unknown command /\\*bold\\*")


async def test_a_direct_message_without_a_mention_is_answered(fake, start_bot):
    await start_bot(HARBOUR)
    message_id = await fake.say("How much did the repairs cost?", mentions_bot=False, dm=True)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.path == f"/channels/{DM_CHANNEL_ID}/messages"
    assert "14 million" in reply.body["embeds"][0]["description"]


async def test_mentions_on_cooldown_get_one_hourglass_and_no_public_reply(fake, bot):
    ids = [await fake.say(f"<@{BOT_ID}> summary") for _ in range(limits.COOLDOWN_RATE + 3)]
    await fake.wait_until(lambda: len(fake.sends()) >= limits.COOLDOWN_RATE, ANSWER_TIMEOUT)
    await fake.wait_until(lambda: fake.reactions_to(ids[limits.COOLDOWN_RATE]), ANSWER_TIMEOUT)
    await asyncio.sleep(0.3)
    assert len(fake.sends()) == limits.COOLDOWN_RATE
    assert [emoji for i in ids for emoji in fake.reactions_to(i)] == ["⏳"]


# --- help -------------------------------------------------------------------------------------


async def test_help_is_public_and_links_each_synced_command_by_its_id(fake, start_bot):
    await start_bot(sync_on_start=True)
    registered = {c["name"]: c["id"] for c in next(iter(fake.commands.values()))}
    reply = await run(fake, "help")
    assert not reply.ephemeral
    assert f"</quote:{registered['quote']}>" in reply.embed["description"]
    assert f"<@{BOT_ID}>" in reply.embed["description"] and "@me" not in reply.embed["description"]


async def test_help_in_a_direct_message_says_no_mention_is_needed_there(fake, bot):
    # It said "Or ask @article-bot directly: @article-bot your question" where every message is for it.
    reply = await run(fake, "help", guild_id=None)
    assert "no mention is needed" in reply.embed["description"]
    assert f"<@{BOT_ID}>" not in reply.embed["description"]


async def test_help_asked_in_a_direct_message_says_no_mention_is_needed_there(fake, bot):
    message_id = await fake.say("help", mentions_bot=False, dm=True)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert "no mention is needed" in reply.body["embeds"][0]["description"]


async def test_help_in_a_server_says_to_mention_the_bot(fake, bot):
    reply = await run(fake, "help")
    assert f"Or ask <@{BOT_ID}> directly" in reply.embed["description"]


async def test_help_in_a_library_of_several_articles_says_how_to_choose_one(fake, start_bot):
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "help")
    assert "`article:`" in reply.embed["description"]


async def test_help_in_a_library_of_several_articles_is_about_the_articles(fake, start_bot):
    # Its title said "about the article" while it told how to choose one of several.
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "help")
    assert reply.embed["title"] == "What I can answer about the articles"


async def test_help_about_one_article_does_not_mention_choosing(fake, bot):
    reply = await run(fake, "help")
    assert "`article:`" not in reply.embed["description"]


async def test_help_learns_the_ids_of_commands_synced_earlier(fake, start_bot):
    fake.commands[f"/applications/{APP_ID}/commands"] = [
        {
            "id": "777",
            "application_id": str(APP_ID),
            "name": "ask",
            "description": "x",
            "type": 1,
            "version": "1",
        }
    ]
    bot = await start_bot()
    await fake.wait_until(lambda: bot.command_ids, ANSWER_TIMEOUT)
    reply = await run(fake, "help")
    assert "</ask:777>" in reply.embed["description"]


async def test_help_names_commands_as_code_when_their_ids_are_unknown(fake, bot):
    reply = await run(fake, "help")
    assert "`/quote`" in reply.embed["description"]


# --- robustness ------------------------------------------------------------------------------


async def test_a_dropped_gateway_is_resumed_and_the_next_command_answered(fake, bot):
    await fake.disconnect(code=4000)
    reply = await run(fake, "about")
    assert reply.embed["title"]
    assert OP_RESUME in fake.gateway_ops
    assert fake.gateway_ops.count(OP_IDENTIFY) == 1  # resumed, not a fresh session


async def test_a_reconnect_request_is_followed_and_commands_still_answered(fake, bot):
    await fake.request_reconnect()
    await fake.wait_until(lambda: OP_RESUME in fake.gateway_ops, ANSWER_TIMEOUT)
    reply = await run(fake, "speakers")
    assert reply.embed["title"].startswith("Who is quoted")


async def test_an_invalidated_session_is_re_identified_and_commands_still_answered(fake, bot):
    await fake.invalidate_session()
    # discord.py waits 5 s before a repeat IDENTIFY, as Discord's identify rate limit requires.
    await fake.wait_until(lambda: fake.gateway_ops.count(OP_IDENTIFY) == 2, REIDENTIFY_TIMEOUT)
    reply = await run(fake, "about")
    assert reply.embed["title"]


async def test_cooldown_answers_try_again_in_n_seconds(fake, bot):
    for _ in range(limits.COOLDOWN_RATE):
        assert not (await run(fake, "about")).ephemeral
    reply = await run(fake, "about")
    assert reply.ephemeral
    assert re.fullmatch(r"`/about` is cooling down: try again <t:\d+:R>\.", reply.embed["description"])


async def test_a_dozen_questions_in_a_row_are_all_answered(fake, bot):
    for _ in range(12):
        reply = await run(fake, "ask", question="Who did Blinken meet?")
        assert not reply.ephemeral and "cooling down" not in reply.embed["description"]


async def test_cooldown_is_per_user(fake, bot):
    for _ in range(limits.COOLDOWN_RATE + 1):
        await run(fake, "about")
    assert not (await run(fake, "about", user_id=USER_ID + 7)).ephemeral


async def test_an_unexpected_error_is_logged_and_answered_briefly(fake, bot, monkeypatch, caplog):
    def broken(article):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(api, "about", broken)
    with caplog.at_level(logging.ERROR):
        reply = await run(fake, "about")
    assert reply.ephemeral
    assert "went wrong" in reply.embed["description"]
    assert "engine exploded" not in reply.embed["description"]
    assert any("engine exploded" in str(r.exc_info) for r in caplog.records if r.exc_info)


async def test_slow_work_is_deferred_then_answered_by_a_follow_up(fake, start_bot, monkeypatch):
    await start_bot(defer_after=0.05)
    slow_summary(monkeypatch, 0.3)
    reply = await run(fake, "summary")
    assert reply.first["type"] == 5
    follow_up = reply.calls[-1]
    assert (
        follow_up.method == "POST" and follow_up.path == f"/webhooks/{APP_ID}/{follow_up.path.split('/')[3]}"
    )
    assert reply.embed["title"].startswith("Summary")


async def test_an_error_after_deferring_is_still_ephemeral(fake, start_bot, monkeypatch):
    await start_bot(defer_after=0.05)

    def slow_failure(article, keyword, limit):
        time.sleep(0.3)
        raise RuntimeError("late failure")

    monkeypatch.setattr(api, "lookup_all", slow_failure)
    reply = await run(fake, "lookup", keyword="balloon")
    assert reply.first["type"] == 5
    assert any(c.method == "DELETE" and c.path.endswith("@original") for c in reply.calls)
    assert reply.ephemeral and "went wrong" in reply.embed["description"]


async def test_the_event_loop_stays_free_while_an_engine_works(fake, start_bot, monkeypatch):
    defer_after = 0.2
    await start_bot(defer_after=defer_after)
    # CPU-bound work in the engine thread must not block the event loop
    slow_summary(monkeypatch, 0.8)
    slow_token = await fake.slash("summary")
    await asyncio.sleep(0.05)  # the slow summary is running
    queued = await run(fake, "about", user_id=USER_ID + 1)
    assert queued.first["type"] == 5  # acknowledged while it waited for the engine
    assert queued.latency < defer_after + 0.3  # the defer timer fired on time
    assert queued.embed["fields"]
    await fake.wait_answer(slow_token)


async def test_work_expected_to_be_late_is_acknowledged_at_once(fake, bot):
    bot.engine.typical_cost = 5.0  # as if every call took 5 s on a huge article
    reply = await run(fake, "about")
    assert reply.first["type"] == 5
    assert reply.latency < bot.defer_after / 2


@pytest.mark.parametrize("name", sorted(COMMANDS))
async def test_every_command_answers_well_inside_the_deadline(fake, bot, name):
    options = {"quote": {"speaker": "Blinken"}, "lookup": {"keyword": "balloon"}, "ask": {"question": "Who?"}}
    reply = await run(fake, name, **options.get(name, {}))
    assert reply.latency < 1.0


# --- lookup: totals, pages, corrections -------------------------------------------------------

FERRY = TEST_ARTICLES / "search_ferry_fares.txt"


async def test_lookup_pages_through_every_hit_with_totals_in_the_title(fake, start_bot):
    await start_bot(FERRY)
    reply = await run(fake, "lookup", keyword="ferry", limit=5)
    assert heading(reply.embed) == "“ferry”: 1–5 of 11"
    assert reply.embed["footer"]["text"].endswith("page 1/3")
    message = reply_message(fake, reply)
    second = await press(fake, message, "Next")
    assert heading(second.message["embeds"][0]) == "“ferry”: 6–10 of 11"
    third = await press(fake, message, "Next")
    assert heading(third.message["embeds"][0]) == "“ferry”: 11 of 11"
    assert buttons(third.message)["Next"]["disabled"] is True


async def test_lookup_names_the_correction_it_searched(fake, start_bot):
    await start_bot(FERRY)
    reply = await run(fake, "lookup", keyword="Singapur")
    assert heading(reply.embed).startswith("“Singapore”")
    assert "Showing results for **Singapore**" in reply.embed["description"]


async def test_lookup_names_the_word_it_left_out(fake, start_bot):
    await start_bot(FERRY)
    reply = await run(fake, "lookup", keyword="Holmberg 2023")
    assert "No paragraph mentions “2023”; showing “Holmberg”" in reply.embed["description"]


async def test_a_mention_typed_into_a_lookup_is_no_word_to_look_up(fake, bot):
    reply = await run(fake, "lookup", keyword="<@123456> @everyone balloon")
    assert heading(reply.embed).startswith("“balloon”")
    assert "No paragraph mentions" not in reply.embed["description"]


async def test_a_lookup_heading_in_the_author_line_shows_the_words_as_typed(fake, start_bot):
    await start_bot(PIER)  # a headline is the title, so the heading is in the author line
    reply = await run(fake, "lookup", keyword="pier_friends")
    assert reply.embed["author"]["name"].startswith("“pier_friends”: ")  # plain text: no backslash


@pytest.mark.parametrize("limit", [0, 26])
async def test_a_lookup_limit_discord_should_have_refused_is_refused(fake, bot, limit):
    reply = await run(fake, "lookup", keyword="balloon", limit=limit)
    assert reply.ephemeral and reply.embed["description"] == "Ask for 1 to 25 results."


async def test_lookup_opens_a_cited_paragraph(fake, start_bot):
    await start_bot(FERRY)
    reply = await run(fake, "lookup", keyword="¶8")
    assert heading(reply.embed) == "¶8 · caption"
    assert "Cebu shipyard" in reply.embed["description"]


async def test_lookup_of_stop_words_only_is_a_short_ephemeral_notice(fake, start_bot):
    await start_bot(FERRY)
    reply = await run(fake, "lookup", keyword="of the")
    assert reply.ephemeral and "too common" in reply.embed["description"]


# --- shutdown, late replies, outdated commands ------------------------------------------------


async def test_a_command_under_way_at_shutdown_is_answered_before_the_bot_closes(
    fake, start_bot, monkeypatch
):
    bot = await start_bot(defer_after=0.05)
    slow_summary(monkeypatch, 0.5)
    token = await fake.slash("summary")
    await fake.wait_until(lambda: fake.calls_for(token))  # "thinking..." is on screen
    await bot.close()
    reply = Exchange(fake.answer(token) or [], time.monotonic())
    assert reply.calls and reply.embed["title"].startswith("Summary")


async def test_shutdown_waits_for_answers_under_way_only_a_few_seconds(fake, start_bot, monkeypatch, caplog):
    bot = await start_bot(defer_after=0.05)
    monkeypatch.setattr(limits, "SHUTDOWN_GRACE", 0.3)
    monkeypatch.setattr(api, "summary", lambda article, sentences: time.sleep(2))
    token = await fake.slash("summary")
    await fake.wait_until(lambda: fake.calls_for(token))
    started = time.monotonic()
    with caplog.at_level(logging.INFO):
        await bot.close()
        await asyncio.sleep(0.1)
    assert time.monotonic() - started < 1.5
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_suggestions_discord_no_longer_waits_for_leave_no_traceback(fake, bot, caplog):
    fake.interactions_expired = True  # the user typed on: Discord dropped this keystroke's request
    with caplog.at_level(logging.DEBUG):
        token = await fake.slash("quote", focused="speaker", speaker="Bli")
        await fake.wait_until(lambda: fake.calls_for(token))
        await asyncio.sleep(0.1)
    assert not [
        r for r in caplog.records if r.levelno >= logging.WARNING and "autocomplete" in r.getMessage()
    ]


async def test_a_command_discord_still_offers_but_the_bot_no_longer_has_says_so(fake, bot, caplog):
    with caplog.at_level(logging.INFO):
        reply = await run(fake, "articles")  # registered by an older version; this bot has no store
    assert reply.ephemeral
    assert (
        "not one of my commands" in reply.embed["description"] and "`/articles`" in reply.embed["description"]
    )
    assert not [r for r in caplog.records if r.exc_info]
    assert any("python -m bot sync" in r.getMessage() for r in caplog.records)


async def test_a_mention_in_a_library_of_several_articles_answers_about_the_first(fake, start_bot):
    bot = await start_bot(TEST_ARTICLES)
    message_id = await fake.say(f"<@{BOT_ID}> summary")
    (sent,) = await fake.wait_until(lambda: fake.replies_to(message_id))
    embed = sent.body["embeds"][0]
    assert "choose one" not in (embed.get("description") or "")
    assert embed["footer"]["text"] == bot.library.ids[0]


# --- Discord's rate limits and outages (the stand-in answers as Discord does) -------------------


async def test_a_reply_discord_rate_limits_is_sent_again_after_its_retry_after(fake, bot):
    fake.fail_next("POST", "/callback", 429, retry_after=0.3)
    reply = await run(fake, "summary")
    refused, sent = [c for c in fake.calls if c.path.endswith("/callback")][-2:]
    assert refused.status == 429 and sent.ok
    assert sent.at - refused.at >= 0.3 and reply.embed["title"].startswith("Summary")


async def test_a_follow_up_met_by_a_discord_outage_is_sent_again(fake, start_bot, monkeypatch):
    await start_bot(defer_after=0.05)
    slow_summary(monkeypatch, 0.2)
    fake.fail_next("POST", "/webhooks/", 502)
    reply = await run(fake, "summary")
    assert reply.first["type"] == 5 and reply.embed["title"].startswith("Summary")


async def test_a_mention_reply_discord_rate_limits_is_sent_after_its_retry_after(fake, bot):
    fake.fail_next("POST", "/messages", 429, retry_after=0.3)
    message_id = await fake.say(f"<@{BOT_ID}> Who did Blinken meet?")
    replies = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.ok])
    assert replies[0].body["embeds"][0]["title"] == "Who did Blinken meet?"


@pytest.fixture
def library_with_an_empty_file(tmp_path):
    (tmp_path / "a-notes.txt").write_text("")  # sorts first: the library's first article
    (tmp_path / "harbour.txt").write_text(HARBOUR.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


async def test_a_mention_answers_about_the_first_readable_article_of_a_library(
    fake, start_bot, library_with_an_empty_file
):
    await start_bot(library_with_an_empty_file)
    message_id = await fake.say(f"<@{BOT_ID}> summary")
    (sent,) = await fake.wait_until(lambda: fake.replies_to(message_id))
    assert sent.body["embeds"][0]["footer"]["text"] == "harbour"


async def test_article_autocomplete_leaves_out_a_file_found_unreadable(
    fake, start_bot, library_with_an_empty_file
):
    bot = await start_bot(library_with_an_empty_file)
    await fake.wait_until(lambda: "a-notes" in bot.unusable)
    reply = await run(fake, "summary", focused="article", article="")
    assert [c["value"] for c in reply.first["data"]["choices"]] == ["harbour"]


async def test_choose_an_article_names_only_those_that_could_be_read(
    fake, start_bot, library_with_an_empty_file
):
    (library_with_an_empty_file / "pier.txt").write_text(PIER.read_text(encoding="utf-8"), encoding="utf-8")
    bot = await start_bot(library_with_an_empty_file)
    await fake.wait_until(lambda: "a-notes" in bot.unusable)
    reply = await run(fake, "summary")
    description = reply.embed["description"]
    assert description.startswith("2 articles are loaded") and "a-notes" not in description


# --- channel permissions ------------------------------------------------------------------------


async def test_a_mention_where_the_bot_may_not_embed_is_answered_as_text(fake, start_bot):
    fake.denied_to_bot = EMBED_LINKS
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}> How much did the repairs cost?")
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.message is not None])
    assert "embeds" not in sent.body or not sent.body["embeds"]
    assert "**How much did the repairs cost?**" in sent.body["content"] and "¶5" in sent.body["content"]
    assert limit_problems(sent.body) == []


async def test_a_direct_message_is_answered_with_an_embed_where_a_server_channel_denies_embeds(
    fake, start_bot
):
    # The server's overwrites are no part of a direct message: the stand-in refused it as the channel.
    fake.denied_to_bot = EMBED_LINKS
    await start_bot(HARBOUR)
    message_id = await fake.say("How much did the repairs cost?", dm=True, mentions_bot=False)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.message is not None])
    assert sent.ok and sent.body["embeds"]


async def test_a_mention_in_a_thread_is_answered_in_the_thread(fake, start_bot):
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}> How much did the repairs cost?", in_thread=True)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.message is not None])
    assert sent.ok and sent.path.startswith(f"/channels/{THREAD_ID}/") and sent.body["embeds"]


async def test_a_mention_in_a_thread_of_a_channel_denying_embeds_is_answered_as_text(fake, start_bot):
    # A thread takes its parent channel's overwrites.
    fake.denied_to_bot = EMBED_LINKS
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}> How much did the repairs cost?", in_thread=True)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.message is not None])
    assert (
        sent.ok
        and not sent.body.get("embeds")
        and "**How much did the repairs cost?**" in sent.body["content"]
    )


async def test_a_mention_in_a_thread_is_answered_where_only_the_channel_denies_send_messages(fake, start_bot):
    # Posting in a thread takes Send Messages in Threads, not the channel's Send Messages.
    fake.denied_to_bot = SEND_MESSAGES
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}> How much did the repairs cost?", in_thread=True)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.message is not None])
    assert sent.ok and sent.body["embeds"]


async def test_a_mention_where_the_bot_may_not_post_is_left_unanswered_quietly(fake, start_bot, caplog):
    fake.denied_to_bot = SEND_MESSAGES
    await start_bot(HARBOUR)
    with caplog.at_level(logging.INFO):
        await fake.say(f"<@{BOT_ID}> How much did the repairs cost?")
        await asyncio.sleep(0.3)
    assert not [c for c in fake.sends()]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and "reply" in r.getMessage()]
    assert any("no permission to send" in r.getMessage() for r in caplog.records)


async def test_a_slow_command_whose_interaction_expired_leaves_no_traceback(
    fake, start_bot, monkeypatch, caplog
):
    await start_bot(defer_after=0.05)
    slow_summary(monkeypatch, 0.3)
    fake.interactions_expired = True
    with caplog.at_level(logging.INFO):
        token = await fake.slash("summary")
        await fake.wait_until(lambda: len(fake.calls_for(token)) >= 2, 3.0)  # the defer, then the reply
        await asyncio.sleep(0.1)
    assert not [r for r in caplog.records if r.exc_info]
    assert any("expired" in r.getMessage() for r in caplog.records)


async def test_a_command_naming_no_article_of_several_says_to_use_the_article_option(fake, start_bot):
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "summary")
    assert reply.ephemeral
    assert "choose one with the `article` option" in reply.embed["description"]


# --- web addresses in article text -----------------------------------------------------------

LINKS = TEST_ARTICLES / "discord-timetable-links.txt"
TIMETABLE_URL = "https://ferries.example/gull_island/timetable_2027#winter"


async def test_a_web_address_in_a_summary_stays_a_working_link(fake, start_bot):
    # A backslash of our escaping inside the address would become part of Discord's link.
    await start_bot(LINKS)
    reply = await run(fake, "summary", sentences=3)
    assert f"(see {TIMETABLE_URL}) moves" in reply.embed["description"]


async def test_a_lookup_match_inside_a_web_address_is_not_bolded_into_it(fake, start_bot):
    await start_bot(LINKS)
    reply = await run(fake, "lookup", keyword="ferries")
    assert f"(see {TIMETABLE_URL}) moves" in reply.embed["description"]


async def test_a_cited_paragraph_read_in_full_keeps_its_web_address_whole(fake, start_bot):
    await start_bot(LINKS)
    reply = await run(fake, "ask", question="When does the first sailing leave?")
    token = await fake.choose(reply_message(fake, reply), "2")
    opened = Exchange(await fake.wait_answer(token, ANSWER_TIMEOUT), time.monotonic())
    assert TIMETABLE_URL in opened.embed["description"]


# --- an article on one line (a corpus export): one long paragraph -----------------------------

ONE_LINE = TEST_ARTICLES / "discord-one-line-quarry.txt"


async def test_who_is_quoted_on_a_one_line_article_shows_the_quotation_it_cites(fake, start_bot):
    # The answer's paragraph is the whole article: shown from its start, the quotation was cut off.
    await start_bot(ONE_LINE)
    reply = await run(fake, "ask", question="Who is quoted?")
    assert reply.embed["description"].startswith("**The article quotes Ruth Varga.**")
    assert "We tried everything to keep it open" in reply.embed["description"]


async def test_where_did_this_happen_on_a_one_line_article_shows_its_opening_whole_sentences(fake, start_bot):
    # The lede was the whole article, cut at the passage's room in mid-sentence ("…").
    await start_bot(ONE_LINE)
    reply = await run(fake, "ask", question="Where did this happen?")
    description = reply.embed["description"]
    assert "> The quarry at Hollin Edge will close in March" in description
    assert "…" not in description


async def test_a_one_line_articles_summary_marks_the_text_it_leaves_out_between_sentences(fake, start_bot):
    # Shown as one block, sentences the article writes apart read as if they followed each other.
    await start_bot(ONE_LINE)
    reply = await run(fake, "summary", sentences=3)
    description = reply.embed["description"]
    assert description.startswith(
        "**¶1** The quarry at Hollin Edge will close in March after eighty years, its owners said on Monday. "
        "In 1990 the site employed 30 people"  # the next sentence: nothing left out
    )
    # The yearly sentences state other figures each, so they are no repeats: a later sentence follows the "…".
    assert "builders in spring. … " in description


async def test_a_mention_whose_question_is_in_a_code_block_is_answered_as_plain_words(fake, start_bot):
    await start_bot(HARBOUR)
    message_id = await fake.say(f"<@{BOT_ID}>\n```\nHow much did the repairs cost?\n```")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.body["embeds"][0]["title"] == "How much did the repairs cost?"


async def test_a_mention_quoting_its_question_as_a_block_quote_is_answered_as_plain_words(fake, start_bot):
    await start_bot(HARBOUR)
    message_id = await fake.say(f"> How much did the repairs cost?\n<@{BOT_ID}>")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert reply.body["embeds"][0]["title"] == "How much did the repairs cost?"


async def test_quote_spokesperson_finds_the_spokeswoman_the_article_quotes(fake, start_bot):
    # Who asks cannot know whether the article wrote spokesman, spokeswoman or spokesperson.
    await start_bot(LINKS)
    reply = await run(fake, "quote", speaker="spokesperson")
    assert reply.embed["author"]["name"].startswith("a spokeswoman for the council")
    assert "pleased, if a little surprised" in reply.embed["description"]


async def test_asking_to_list_the_speakers_answers_with_who_is_quoted(fake, start_bot):
    await start_bot(LINKS)
    reply = await run(fake, "ask", question="list the speakers")
    assert reply.embed["description"].startswith("**The article quotes a spokeswoman for the council.**")


ONE_LINE_LONG = TEST_ARTICLES / "discord-one-line-inquiry.txt"


async def test_a_cited_paragraph_longer_than_an_embed_is_read_in_full_on_pages(fake, start_bot):
    # A one-line article is one paragraph of 4,500 characters: an embed's 4,096 cut it off.
    await start_bot(ONE_LINE_LONG)
    reply = await run(fake, "summary")
    opened = await open_paragraph(fake, reply_message(fake, reply), "1")
    assert opened.ephemeral and opened.embed["footer"]["text"].endswith("page 1/2")
    page_two = await press(fake, reply_message(fake, opened), "Next")
    shown = [opened.embed["description"], page_two.embed["description"]]
    assert not any(page.endswith("…") for page in shown)
    whole = api.paragraph(Library.from_path(ONE_LINE_LONG).get(ONE_LINE_LONG.stem), 1).text
    assert " ".join(shown) == whole


@pytest.mark.parametrize(
    ("command", "option"), [("ask", "question"), ("quote", "speaker"), ("lookup", "keyword")]
)
async def test_an_option_holding_only_a_mention_says_a_mention_is_no_word_of_it(fake, bot, command, option):
    # "@everyone" alone was answered "The question is empty", which puzzles someone who typed something.
    reply = await run(fake, command, **{option: "@everyone <@123456789012345678>"})
    assert reply.ephemeral
    assert reply.embed["description"].startswith("A mention is no ")


async def test_a_one_line_summary_of_two_blocks_marks_the_text_left_out_before_the_second(fake, start_bot):
    # Ten sentences of one paragraph fill two blocks, both "¶1": the second read as if it went on
    # from the first, though the article writes other sentences between them.
    await start_bot(ONE_LINE_LONG)
    reply = await run(fake, "summary", sentences=10)
    blocks = reply.embed["description"].split("\n\n")
    assert len(blocks) == 2 and all(block.startswith("**¶1** ") for block in blocks)
    assert blocks[1].startswith("**¶1** … Residents said the sirens")


async def test_help_in_a_library_says_which_commands_find_their_article(fake, start_bot):
    # /ask, /quote and /lookup answer from the article about it; "choose with any command's option" alone
    # sent people to choose where they need not.
    await start_bot(TEST_ARTICLES)
    reply = await run(fake, "help")
    assert "`/ask`, `/quote` and `/lookup` answer from the article" in reply.embed["description"]
