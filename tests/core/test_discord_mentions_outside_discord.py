"""A Discord mention pasted into the console or the CLI ("What did <@123> say?") names no one there:
it is said so, where its "123" was searched ("The article doesn't mention 123.")."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import QueryError

PIER = parse_article("Title: Pier\n\nThe pier reopened on Monday, harbour master Ana Ruiz said.\n")


@pytest.mark.parametrize("token", ["<@123>", "<@!123>", "<@&55>", "<#9>"])
def test_a_mention_in_a_question_is_said_to_name_no_one(token):
    with pytest.raises(
        QueryError, match=f"^{token} is a Discord mention, which names no one here: type the name"
    ):
        api.ask(PIER, f"What did {token} say?")


def test_a_mention_as_a_speaker_or_keyword_is_said_so_too():
    with pytest.raises(QueryError, match="Discord mention"):
        api.quote(PIER, "<@123>")
    with pytest.raises(QueryError, match="Discord mention"):
        api.lookup(PIER, "<@123> pier")


def test_angle_brackets_that_are_no_mention_stay_words():
    assert api.lookup(PIER, "<pier>").hits
