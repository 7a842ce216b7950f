"""A digest's item: a heading, a dash, then the person (or body) whose words follow a colon (session 12).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_name_after_a_capitalised_heading_and_a_dash_speaks_after_the_colon():
    text = (
        "Polls moved late in the ferry vote.\n\n"
        "ISLAND VOTERS TURN AGAINST THE NEW FARES - Dana M. Pruitt: “Most voters who changed their "
        "minds did so in the final week, and most polls had stopped by then.”\n"
    )
    assert speakers_of(text) == ["Dana M. Pruitt"]


def test_a_heading_opening_with_a_plural_noun_does_not_speak_over_the_name_after_its_dash():
    text = (
        "Polls moved late in the ferry vote.\n\n"
        "VOTERS IN THE HARBOR TOWNS SPLIT - Pollster Dana Pruitt: “The towns nearest the pier split "
        "almost evenly on the new fares.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_body_after_a_headings_dash_speaks_after_the_colon():
    text = (
        "A new Harbor Institute report compares online samples.\n\n"
        "Estimates of civic engagement are problematic - Harbor Institute: “All the samples evaluated "
        "include more engaged people than benchmark sources indicate.”\n"
    )
    assert speakers_of(text) == ["Harbor Institute"]
    assert kinds_of(text) == {"Harbor Institute": "organisation"}
