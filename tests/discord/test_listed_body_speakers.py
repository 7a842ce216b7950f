"""/speakers names a department's spokesman with the department's whole name, never the last words
of that name as a person ("Social Care")."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

CARE = TEST_ARTICLES / "discord-care-homes-funding.txt"


async def test_speakers_names_the_spokesman_of_a_department_named_with_and(fake, start_bot):
    await start_bot(CARE)
    description = (await run(fake, "speakers")).embed["description"]
    assert "**a spokesman for the Department of Health and Social Care**" in description
    assert "**Social Care**" not in description
