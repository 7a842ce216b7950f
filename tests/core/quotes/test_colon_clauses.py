"""A clause ending in a colon introduces the words of the one person it names right before a verb,
even past role words that keep the registry from counting the name as a subject ("In response,
Republican presidential nominee Ada Holt issued the following statement: ¶ “…”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_STATEMENT = "\n\n“Our prayers are with all those affected by the storm. This cannot continue.”"


def test_a_name_after_role_words_introduces_the_statement():
    said = speakers_of(
        "The ferry sank on Friday. In response, Republican presidential nominee Ada Holt issued the "
        "following statement:" + _STATEMENT
    )
    assert said == ["Ada Holt"]


def test_a_name_before_a_passive_does_not():
    said = speakers_of(
        "The ferry sank on Friday. In response, harbour board member Ada Holt was sent the following "
        "statement:" + _STATEMENT
    )
    assert said == [None]
