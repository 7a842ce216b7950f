"""/quote manager where the article quotes a manager and an assistant manager: the manager's words at
once, not a "Which one?" with two buttons; /quote of the other office finds its holder."""

from __future__ import annotations

import pytest

from tests.discord.test_e2e import run

CLUB = (
    "Club changes\n\n"
    '"We start again on Monday," said manager Hedda Rasmussen.\n\n'
    '"The players are ready," said assistant manager Joel Tremayne.\n'
)


@pytest.fixture
def club(tmp_path):
    path = tmp_path / "club-changes.txt"
    path.write_text(CLUB, encoding="utf-8")
    return path


async def test_quote_manager_answers_with_the_managers_words(fake, start_bot, club):
    await start_bot(club)
    reply = await run(fake, "quote", speaker="manager")
    assert not reply.ephemeral
    assert reply.embed["author"]["name"].startswith("Hedda Rasmussen, manager")
    assert not reply.message.get("components") or all(
        c["type"] != 2 for row in reply.message["components"] for c in row["components"]
    )


async def test_quote_assistant_manager_finds_the_assistant(fake, start_bot, club):
    await start_bot(club)
    reply = await run(fake, "quote", speaker="assistant manager")
    assert reply.embed["author"]["name"].startswith("Joel Tremayne, assistant manager")
