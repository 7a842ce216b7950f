"""A paragraph reference with a number far past the article ("¶9999999999") is still read as one,
and gets the article's range, as "¶99" does; not "Nothing in the article matches “¶9999999999”"."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article

STORY = "Harbour wall to be rebuilt\n\nThe council will rebuild the wall.\n\nWork starts in May.\n"


@pytest.mark.parametrize("typed", ["¶9999999999", "paragraph 12345678901234567890"])
def test_a_huge_paragraph_number_gets_the_article_s_range(typed):
    result = api.lookup(parse_article(STORY), typed)
    assert "numbered 1 to 2" in (result.message or "")
