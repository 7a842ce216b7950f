""" "The President-elect" refers back to whom the article calls the incoming holder of the office, and
never to one who holds the office now ("Russian President Vladimir Putin")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

SITTING = "Talks\n\nRussian President Ivan Dorn said he would wait. “We have time,” Dorn said.\n\n"
TWEET = (
    "On Friday afternoon, the President-elect offered some blunt instruction.\n\n"
    "“Great move on delay,” he tweeted. “I always knew he was very smart!”\n"
)


def test_the_president_elect_is_not_the_sitting_president():
    assert speakers_of(SITTING + TWEET) == ["Ivan Dorn", None, None]


def test_the_president_elect_is_the_one_called_incoming_president():
    text = SITTING + "Incoming President Tom Reyes has praised Dorn before.\n\n"
    text += "“It is a smart play,” said analyst Ken Moss.\n\n" + TWEET
    assert speakers_of(text) == ["Ivan Dorn", "Ken Moss", "Tom Reyes", "Tom Reyes"]


def test_any_office_elect_refers_back_to_the_one_elected_to_it():
    text = (
        "Softens\n\nGovernor-elect Ray Stoddard has mocked the auditors for weeks.\n\n"
        "In his Friday statement, the governor-elect said he would sit down with “the audit team.”\n"
    )
    assert speakers_of(text) == ["Ray Stoddard"]
