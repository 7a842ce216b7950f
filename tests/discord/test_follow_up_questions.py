"""A question in a reply to one of the bot's answers goes on about the one person that answer was
about: "what did she say?" replying to "Who is Ada Quill?" asks what Ada Quill said (it was asked of
no one, and the closest passage came back). An answer about several people, or none, changes nothing."""

from __future__ import annotations

from bot.discord.followups import Person, about_one, followed_up
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, reply_message, run

ARTICLE = (
    "Title: Pier vote delayed\n\n"
    "The town council delayed its vote on the pier on Monday.\n\n"
    "Councillor Ada Quill, who chairs the harbour committee, said the repairs could wait a year. "
    "“We cannot spend money we do not have,” Quill said.\n\n"
    "Mayor Tomas Brenner disagreed. “The pier is falling into the sea,” he said.\n"
)
ADA, TOMAS = Person("Ada Quill", "f"), Person("Tomas Brenner", "m")


async def ask_in_reply(fake, start_bot, tmp_path, first: str, then: str) -> dict:
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE)
    await start_bot(path)
    answer = await run(fake, "ask", question=first)
    message_id = await fake.say(f"<@{BOT_ID}> {then}", reply_to=reply_message(fake, answer))
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    return reply.body["embeds"][0]


async def test_she_in_a_reply_to_who_is_x_is_x(fake, start_bot, tmp_path):
    embed = await ask_in_reply(fake, start_bot, tmp_path, "Who is Ada Quill?", "what did she say?")
    assert embed["title"] == "what did Ada Quill say?"
    assert "We cannot spend money we do not have" in embed["description"]


async def test_a_reply_to_an_answer_about_several_people_changes_nothing(fake, start_bot, tmp_path):
    embed = await ask_in_reply(fake, start_bot, tmp_path, "Did Quill and Brenner agree?", "what did she say?")
    assert embed["title"] == "what did she say?"


def test_the_one_person_named_by_full_name_or_surname():
    assert about_one("Who is Ada Quill?", [ADA, TOMAS]) == ADA
    assert about_one("what did quill say", [ADA, TOMAS]) == ADA
    assert about_one("Quill and Brenner", [ADA, TOMAS]) is None
    assert about_one("Summary: 3 key sentences", [ADA, TOMAS]) is None


def test_pronouns_become_the_name_possessives_its_possessive():
    assert followed_up("What did she say?", ADA) == "What did Ada Quill say?"
    assert followed_up("What is her job?", ADA) == "What is Ada Quill's job?"
    assert followed_up("Who disagreed with her about the pier?", ADA) == (
        "Who disagreed with Ada Quill about the pier?"
    )
    assert followed_up("Why did he disagree with his council?", TOMAS) == (
        "Why did Tomas Brenner disagree with Tomas Brenner's council?"
    )


def test_other_pronouns_and_questions_naming_them_are_left_alone():
    assert followed_up("What did he say?", ADA) == "What did he say?"  # her gender is known
    assert followed_up("What did Quill say about her budget?", ADA) == "What did Quill say about her budget?"
    unknown = Person("Sam Ng")
    assert followed_up("What did she tell him?", unknown) == "What did she tell him?"
    assert followed_up("What did she tell the council?", unknown) == "What did Sam Ng tell the council?"
