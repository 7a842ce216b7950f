"""The command layer refuses wrong types with its own errors, never a TypeError or a wrong answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import api
from bot.core.errors import ArticleBotError, ArticleError, QueryError

CALLS = {
    "summary": lambda a, v: api.summary(a, v),
    "lookup limit": lambda a, v: api.lookup(a, "balloon", v),
    "quote": lambda a, v: api.quote(a, v),
    "lookup keyword": lambda a, v: api.lookup(a, v),
    "ask": lambda a, v: api.ask(a, v),
}
WRONG = st.one_of(
    st.floats(allow_nan=True), st.booleans(), st.binary(max_size=5), st.lists(st.integers(), max_size=2)
)


@pytest.mark.parametrize("value", [3.7, "3", True, None])
def test_a_number_of_sentences_that_is_no_whole_number_is_refused(bundled, value):
    with pytest.raises(QueryError):
        api.summary(bundled, value)


def test_a_speaker_that_is_not_text_is_refused(bundled):
    with pytest.raises(QueryError, match="must be text"):
        api.quote(bundled, 42)


@pytest.mark.parametrize("call", [api.summary, api.speakers, api.about])
def test_something_that_is_not_an_article_is_refused(call):
    with pytest.raises(ArticleError):
        call("seeds/blinken-beijing-visit.txt")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(CALLS)), WRONG)
def test_any_wrong_type_raises_our_own_error(bundled_article, name, value):
    with pytest.raises(ArticleBotError):
        CALLS[name](bundled_article, value)


@pytest.fixture(scope="module")
def bundled_article(bundled):
    return bundled
