"""Property tests: whatever people type and whatever the article holds, the command layer
answers or raises a short ArticleBotError, and its results point at real paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import ArticleBotError, ArticleError
from bot.core.language.text import fold, words
from bot.core.search.index import STOPWORDS

# Text as people type it, including controls, right-to-left scripts, emoji and surrogates.
ANY_TEXT = st.text(st.characters(codec=None), max_size=400)
QUERY_TEXT = st.one_of(
    ANY_TEXT,
    st.sampled_from(["", " ", "\t\n", "\u202eevil", "🎈🎈", "مرحبا بالعالم", "a" * 10_000, "bal\ud800loon"]),
)
ARTICLE_TEXT = st.lists(
    st.one_of(
        ANY_TEXT,
        st.sampled_from(
            [
                "“We will win,” said Mayor Ada Park.",
                "He told reporters: “Not yet.”",
                "The council (left) met on Monday",
                "“Unbalanced quote, said Bo Lund.",
                "Prices rose 3.5 percent in the U.S. on Friday.",
            ]
        ),
    ),
    min_size=1,
    max_size=12,
).map("\n".join)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run_everything(article, query: str) -> list:
    results = [api.summary(article, 3), api.speakers(article), api.about(article)]
    results.append(api.complete_speaker(article, query))
    for command in (api.quote, api.lookup, api.ask):
        try:
            results.append(command(article, query))
        except ArticleBotError as error:
            assert str(error) and len(str(error)) < 300
    return results


def referenced_paragraphs(result) -> list[int]:
    data = result.to_dict() if hasattr(result, "to_dict") else {}
    if "paragraphs" in data:  # about: counts, not references
        return []
    numbers = [s["paragraph"] for s in data.get("sentences", [])]
    numbers += [q["paragraph"] for q in data.get("quotes", [])]
    numbers += [r["paragraph"] for r in data.get("results", [])]
    numbers += [s["paragraph"] for s in data.get("sources", [])]
    return numbers


@FAST
@given(query=QUERY_TEXT)
def test_any_query_on_the_bundled_article_answers_or_explains(bundled, query):
    for result in run_everything(bundled, query):
        for number in referenced_paragraphs(result):
            assert 1 <= number <= len(bundled.paragraphs)


@FAST
@given(text=ARTICLE_TEXT, query=QUERY_TEXT)
def test_any_article_text_parses_or_is_refused_clearly(text, query):
    try:
        article = parse_article(text)
    except ArticleError as error:
        assert "empty" in str(error)
        return
    for result in run_everything(article, query):
        for number in referenced_paragraphs(result):
            assert 1 <= number <= len(article.paragraphs)


@FAST
@given(text=ARTICLE_TEXT, pick=st.integers(min_value=0))
def test_lookup_of_a_word_in_the_article_finds_it(text, pick):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    # A stop word alone is deliberately "too common to look up" (tests/core/search/test_partial.py).
    candidates = [
        w
        for p in article.paragraphs
        for w in words(p.text)
        if len(w) >= 3 and w.isalpha() and fold(w) not in STOPWORDS
    ]
    if not candidates:
        return
    word = candidates[pick % len(candidates)]
    try:
        hits = api.lookup(article, word).hits
    except ArticleBotError:
        pytest.fail(f"lookup of {word!r}, a word of the article, was refused")
    assert any(fold(word) in fold(hit.text) for hit in hits)


@FAST
@given(count=st.integers(min_value=1, max_value=10))
def test_summary_never_repeats_a_sentence(bundled, count):
    texts = [s.text for s in api.summary(bundled, count).sentences]
    assert len(texts) == len(set(texts)) <= count
