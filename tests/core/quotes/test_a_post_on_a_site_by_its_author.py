"""A writing after an inverted verb, posted on a site before its author ("says a Thursday post on
Twitter by radio talk-show host Lionel Brask"), is its author's, past the site and the words
describing the author's role."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor\n\nThe march went on through Kelby on Thursday.\n\n"


def test_a_post_on_twitter_by_a_named_author_is_theirs():
    text = (
        LEAD
        + "“Quiet day at the newspapers, I see,” says a Thursday post on Twitter by activist Lionel Brask.\n"
    )
    assert speakers_of(text) == ["Lionel Brask"]


def test_words_before_the_authors_role_are_passed_over():
    text = LEAD + (
        "“Quiet day at the newspapers, I see,” says a Thursday post by radio talk-show host Lionel Brask.\n"
    )
    assert speakers_of(text) == ["Lionel Brask"]


def test_a_post_on_a_site_with_no_author_named_stays_the_posts():
    text = LEAD + "“Quiet day at the newspapers, I see,” says a Thursday post on Twitter.\n"
    assert speakers_of(text) == ["a Thursday post"]
