"""A paragraph reference asked as a question ("¶3") gets the command that opens the paragraph, never
"The article doesn't mention 3."."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import QueryError

ARTICLE = parse_article(
    "The ferry to Skerry resumed on Monday.\n\nThe pier was repaired in May.\n\nFares rose by 3 percent."
)


@pytest.mark.parametrize("question", ["¶3", "paragraph 3", "para 3"])
def test_a_paragraph_reference_asked_says_how_to_read_it(question):
    with pytest.raises(QueryError, match=r"To read paragraph 3, use /lookup ¶3\."):
        api.ask(ARTICLE, question)


def test_a_question_about_a_paragraph_is_still_answered():
    assert api.ask(ARTICLE, "When was the pier repaired?").tier == 1
