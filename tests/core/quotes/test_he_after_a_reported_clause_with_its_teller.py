"""A he after a sentence "Tolley never won this county, he said." goes on with that teller, not
with the person the reported clause is about; a clause of the teller's own view ("Belmar believes
..., he said") leaves the person it names free to be the he."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Diner stop\n\nSenator Gus Lindqvist spoke at a diner in Ames on Monday.\n\n"


def test_the_teller_not_the_one_talked_about_speaks():
    text = LEAD + (
        "Former Governor Mark Tolley never won this county, he said. "
        "“He could not fill a phone booth here,” he said.\n"
    )
    assert speakers_of(text) == ["Gus Lindqvist"]


def test_a_view_of_the_named_person_leaves_him_the_speaker():
    text = LEAD + (
        "Police Chief Jon Belmar believes someone targeted the police, he said. "
        "“These officers were shot just because they were police officers,” he said.\n"
    )
    assert speakers_of(text) == ["Jon Belmar"]
