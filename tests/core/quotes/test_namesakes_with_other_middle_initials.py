"""Two people with one given name and surname but other middle initials ("Arthur K. Penwick" and
his father "Arthur H.K. Penwick") are two people; a middle name beside an initial stays one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Donors\n\nThe campaign held a dinner for donors on Sunday.\n\n"


def test_other_middle_initials_name_another_person():
    text = (
        TITLE
        + "Arthur K. Penwick let a hundred donors in on a secret.\n\n"
        + "“I just don't trust the woman at all,” Penwick said.\n\n"
        + "He will appear with his father, former Governor Arthur H.K. Penwick, next week.\n"
    )
    assert speakers_of(text) == ["Arthur K. Penwick"]


def test_an_initial_and_the_middle_name_it_stands_for_are_one_person():
    text = (
        TITLE
        + "Arthur Kent Penwick let a hundred donors in on a secret.\n\n"
        + "“I just don't trust the woman at all,” Arthur K. Penwick said.\n"
    )
    assert speakers_of(text) == ["Arthur Kent Penwick"]
