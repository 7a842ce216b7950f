"""An opening "Asked on CNN's “State of the Union” whether ...," puts the question on a programme:
the one asked is the main clause's subject, and no phrase opened by "on" or "in" is ever a source
("on Channel 4", "on the Harbor Post Facebook page")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Fish fry\n\nSenator Morris Tellwyn hosted the annual fish fry in Gantley on Sunday.\n\n"


def test_the_one_asked_on_a_programme_speaks_in_the_main_clause():
    text = LEAD + (
        "Asked on Channel 4's “Morning Table” whether he would support Governor Ilsa Brandt for "
        "president, Mr. Tellwyn was noncommittal, saying they are “very good old friends” and that she "
        "has inspired many people.\n"
    )
    assert speakers_of(text) == ["Morris Tellwyn"]


def test_the_one_asked_in_an_interview_speaks_in_the_main_clause():
    text = LEAD + (
        "Asked in an interview with the Gantley Post whether he would run again, Mr. Tellwyn smiled, "
        "saying he is “not done with this state yet.”\n"
    )
    assert speakers_of(text) == ["Morris Tellwyn"]


def test_a_page_a_message_was_posted_on_is_no_source():
    text = LEAD + (
        "Clinics posted messages like this one:\n\n"
        "“Join our rally on Thursday at noon and tell us what the clinic means to you. Save the date!” "
        "posted on Harbor Health Westmoor Facebook page.\n"
    )
    assert not any(str(speaker).startswith("on ") for speaker in speakers_of(text))
