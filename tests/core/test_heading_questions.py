"""A question typed as a Discord heading ("# ...", "## ...") or subtext ("-# ..."): the marks are
no words, so it is answered like the same question typed plainly; marks alone are an empty question."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.errors import QueryError
from tests.conftest import own_article


@pytest.fixture(scope="module")
def ferry():
    return own_article("ask_ferry_timetable.txt")


@pytest.mark.parametrize("typed", ["# Heading", "## Heading", "-# Heading"])
def test_a_heading_mark_is_no_word_of_the_question(ferry, typed):
    # "#" left in the question matched nothing yet answered with the one sentence saying "heading".
    assert api.ask(ferry, typed) == api.ask(ferry, "Heading")


def test_a_question_typed_as_a_heading_is_answered_like_the_plain_question(ferry):
    assert api.ask(ferry, "# Who is the council leader?") == api.ask(ferry, "Who is the council leader?")


@pytest.mark.parametrize("typed", ["#", "# ", "### ", "-# "])
def test_heading_marks_alone_are_an_empty_question(ferry, typed):
    with pytest.raises(QueryError, match="empty"):
        api.ask(ferry, typed)
