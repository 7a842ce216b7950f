"""A paragraph of quoted words alone after one whose only quotation is someone else's phrase that
its subject quotes ("Okafor likes to quote Marrow's remark that we are “…” But he has also warned
..."): the he of the closing sentence is Okafor, who goes on speaking, not Marrow."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Festival\n\nMayor Daniel Okafor will speak at the harbor festival on Saturday.\n\n"
    "“We have come a long way,” said Okafor.\n\n"
)


def test_the_he_who_quoted_another_goes_on_speaking():
    text = LEAD + (
        "Okafor likes to quote Ellis Marrow's remark that all of us are “bound to the same harbor.” But "
        "he has also warned that the town's unity is in danger of fraying.\n\n"
        "“Because rents keep going up and wages have not, everybody is worried about their street.”\n"
    )
    assert speakers_of(text) == ["Daniel Okafor", "Ellis Marrow", "Daniel Okafor"]


def test_the_speakers_own_he_still_goes_on():
    text = LEAD + (
        "“We are all bound to the same harbor,” Okafor added. He then turned to the crowd.\n\n"
        "“Because rents keep going up and wages have not, everybody is worried about their street.”\n"
    )
    assert speakers_of(text) == ["Daniel Okafor", "Daniel Okafor", "Daniel Okafor"]
