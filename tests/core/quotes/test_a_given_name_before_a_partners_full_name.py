"""`Margaret and John Pelling have farmed ... “…,” Mrs Pelling said`: a given name before "and" and a
full name is a person of that family too, so the surname with a woman's title is hers, never his."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

_NAMED = "Margaret and John Pelling have farmed at Dunmere since 1976.\n\n"


def _quoted_by(teller: str) -> str:
    return _NAMED + f"“We never thought we would stay this long,” {teller}.\n"


@pytest.mark.parametrize(
    ("teller", "speaker"),
    [
        ("Mrs Pelling said", "Margaret Pelling"),
        ("Mr Pelling said", "John Pelling"),
        ("she said", "Margaret Pelling"),
    ],
)
def test_the_title_or_pronoun_tells_which_of_the_two_speaks(teller, speaker):
    assert speakers_of(_quoted_by(teller)) == [speaker]


def test_the_bare_surname_after_both_named_together_stays_unclear():
    assert speakers_of(_quoted_by("Pelling said")) == [None]


def test_the_given_name_before_and_is_listed_as_a_person():
    assert kinds_of(_quoted_by("Mrs Pelling said")) == {"Margaret Pelling": "person"}
