"""A person inside what a teller said ("Mayor Tom Holt plans ..., Ben Carter said Monday.") is no
rival of the teller for a role or pronoun after: the teller's verb may carry when or how it was said
("said Monday", "said in a statement") before the sentence ends."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_role_after_a_teller_who_said_on_a_day_is_the_teller():
    text = (
        "Mayor Tom Holt plans to help the city by fostering “risk-taking and investment,” Ben Carter "
        "said Monday.\n\n"
        "“To begin with, people need to slow down and hear each other,” the retired surgeon told "
        "a radio station.\n"
    )
    assert speakers_of(text) == ["Ben Carter", "Ben Carter"]


def test_a_role_after_a_teller_who_said_in_a_statement_is_the_teller():
    text = (
        "Mayor Tom Holt plans to help the city by fostering “risk-taking and investment,” Ben Carter "
        "said in a statement.\n\n"
        "“To begin with, people need to slow down and hear each other,” the retired surgeon told "
        "a radio station.\n"
    )
    assert speakers_of(text) == ["Ben Carter", "Ben Carter"]
