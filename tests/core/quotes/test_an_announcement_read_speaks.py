"""An announcement, flyer, leaflet or pamphlet is a writing: "“…,” read an announcement on
the park's website" gives the quotation to the writing, labelled as the sentence names it."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

ARTICLE = (
    "The shutdown closed the park for a week.\n\n"
    "“The park and the ferry have reopened,” read {writing} on the park's website early Monday.\n"
)


@pytest.mark.parametrize("writing", ["an announcement", "a flyer", "a leaflet", "a pamphlet"])
def test_the_writing_says_the_words(writing):
    assert speakers_of(ARTICLE.format(writing=writing)) == [writing]


def test_a_noun_that_is_no_writing_reads_nothing():
    assert speakers_of(ARTICLE.format(writing="a visitor")) == [None]
