"""Words one person passes on from another ("“…,” Okafor said Brandvold told the council", "“…,”
Okafor said, quoting Brandvold") are the other's; Okafor's own words stay his."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Budget vote\n\nMayor Ilse Brandvold met the council on Tuesday.\n\n"
    "Council member Rudy Okafor spoke after.\n\n"
)


def test_said_another_told_gives_the_other():
    text = LEAD + "“If it fails, we will turn to the housing plan,” Okafor said Brandvold told the council.\n"
    assert speakers_of(text) == ["Ilse Brandvold"]


def test_said_quoting_another_gives_the_other():
    text = LEAD + "“This is our moment. The city cannot wait,” Okafor said, quoting Brandvold.\n"
    assert speakers_of(text) == ["Ilse Brandvold"]


def test_told_another_stays_the_speakers():
    text = LEAD + "“We need a vote this week,” Okafor told Brandvold after the meeting.\n"
    assert speakers_of(text) == ["Rudy Okafor"]
