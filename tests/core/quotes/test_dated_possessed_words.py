"""A possessed noun of speech dated by a year, a month and year or a month and day ("his 1994
statement that “…”", "Frank’s April 6 statements that Sanders “confused several things”",
"O'Connor's 2003 observation that use of race “will no longer be necessary”") is its owner's, as
the undated noun is."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

ARTICLE = (
    "Ada Marsh was named ambassador on Friday.\n\n"
    "Critics pointed to {owner} {dating} statement that “The tower has 38 floors. If it lost ten, "
    "it would not make a bit of difference.”\n"
)


@pytest.mark.parametrize("dating", ["1994", "February 1994", "February 6"])
@pytest.mark.parametrize("owner", ["her", "Marsh's"])
def test_the_owner_of_dated_words_speaks_them(owner, dating):
    assert speakers_of(ARTICLE.format(owner=owner, dating=dating)) == ["Ada Marsh"]


def test_a_number_that_is_no_year_does_not_date_the_words():
    article = ARTICLE.format(owner="Marsh's", dating="12").replace("12 statement", "12 statements")
    assert speakers_of(article) == [None]
