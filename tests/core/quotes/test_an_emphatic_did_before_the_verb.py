"""An emphatic "did" or "does" between a subject and its verb of saying ("He did say “…”") leaves the
subject the speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Mayor sidesteps question\n\n"
    "Asked whether his rival lost because of the flood, Mayor Tobin Wragg declined to answer directly. "
    "He did say “I do not think she got a fair hearing.”\n"
)


def test_the_pronoun_before_did_say_speaks():
    assert speakers_of(ARTICLE) == ["Tobin Wragg"]


def test_the_pronoun_before_does_tell_speaks():
    assert speakers_of(ARTICLE.replace("He did say", "He does tell reporters")) == ["Tobin Wragg"]
