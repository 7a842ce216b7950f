"""A verb of saying whose tail says when and then cites where the words are found ("…?” Grassley,
the committee chairman, asked last summer, according to a transcript of the hearing."): the
subject asked it; the transcript is no rival speaker."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

ARTICLE = (
    "The inquiry into the leaks went on all year.\n\n"
    "“Have you ever been an anonymous source in news reports?” Grassley, the Senate Judiciary "
    "Committee chairman, asked {when}, according to a transcript of the hearing.\n"
)


@pytest.mark.parametrize("when", ["last summer", "last week", "this spring", "on Tuesday"])
def test_the_subject_asked_it(when):
    assert speakers_of(ARTICLE.format(when=when)) == ["Grassley"]


def test_a_tail_that_goes_on_with_a_clause_is_no_citation():
    article = ARTICLE.format(when="last summer").replace(", according to", " and then left, as told in")
    assert speakers_of(article) == [None]
