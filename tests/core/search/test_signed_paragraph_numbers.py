"""A paragraph reference with a sign ("¶-1", "¶ −2", "¶+9") is read as one and gets the article's
range, as "¶0" does; not searched as a word ("Nothing in the article matches “¶-1”")."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article

STORY = "Harbour wall to be rebuilt\n\nThe council will rebuild the wall.\n\nWork starts in May.\n"


@pytest.mark.parametrize("typed", ["¶-1", "¶ −2", "paragraph -40", "¶+9"])
def test_a_signed_paragraph_number_past_the_article_gets_its_range(typed):
    result = api.lookup(parse_article(STORY), typed)
    assert "numbered 1 to 2" in (result.message or "")


def test_a_plus_signed_paragraph_number_opens_that_paragraph():
    result = api.lookup(parse_article(STORY), "¶+2")
    assert [hit.paragraph for hit in result.hits] == [2]
