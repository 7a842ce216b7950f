"""Property tests: arbitrary text as an article or a query never raises."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import ArticleBotError
from bot.core.quotes import engine as quotes

_NEWSY = st.lists(
    st.sampled_from(
        ["“", "”", '"', "‘", "’", "'", ",", ".", " ", "\n", "\n\n", "said", "told", "he", "she", "Mr",
         "the", "Blinken", "Qin Gang", "China", "according to", "saying", "Secretary of State", ":",
         "(left)", "who", "and"]
    ),
    max_size=80,
).map("".join)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), _NEWSY))
def test_any_text_as_an_article_never_raises(text):
    try:
        article = parse_article(text)
    except ArticleBotError:
        return
    quotes.extract_quotes(article)
    quotes.extract_paraphrases(article)
    api.speakers(article).to_dict()
    for person in quotes.list_people(article):
        api.quote(article, person.name)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_query_never_raises(bundled, query):
    with contextlib.suppress(ArticleBotError):
        api.quote(bundled, query).to_dict()
    api.complete_speaker(bundled, query)
    quotes.find_person(bundled, query)
