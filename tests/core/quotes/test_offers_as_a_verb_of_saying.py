""" "Offers" says only for a person ("“…,” offers Haley Barbour"); a thing that offers something
("the program offers participants “…,” according to the memo") leaves the words to the memo."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Fundraising\n\nGov. Ada Brill spoke on Monday.\n\n"


def test_a_person_offering_words_speaks():
    text = LEAD + "“We will raise more than ever,” offers Haley Barbour, a former governor.\n"
    assert speakers_of(text) == ["Haley Barbour"]


def test_a_program_offering_something_is_no_speaker():
    text = LEAD + (
        "Brill’s new bundling program, for example, offers participants “mentorship and networking for "
        "fundraisers,” according to the memo.\n"
    )
    assert speakers_of(text) == ["the memo"]
