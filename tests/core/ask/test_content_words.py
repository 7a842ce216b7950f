"""A question's content words are read once per reply, and every reader gets them afresh."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.candidates import content_words
from bot.core.search.index import build_index

ARTICLE = parse_article(
    "Harbour reopens\n\nThe harbour in Velmar reopened on Monday after the storm.\n\n"
    "Fishermen said the new breakwater held.\n"
)


def test_each_question_has_its_own_words():
    index = build_index(ARTICLE)
    assert [w.word for w in content_words(index, "When did the harbour reopen?")] == ["harbour", "reopen"]
    assert [w.word for w in content_words(index, "What did fishermen say?")] == ["fishermen"]


def test_a_reader_changing_its_list_leaves_the_next_readers_unchanged():
    index = build_index(ARTICLE)
    first = content_words(index, "When did the harbour reopen?")
    first.clear()
    assert [w.word for w in content_words(index, "When did the harbour reopen?")] == ["harbour", "reopen"]
