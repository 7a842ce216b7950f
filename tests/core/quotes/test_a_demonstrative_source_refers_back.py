"""A source named again with "this" ("this recruiter said", "this official said") refers back to
the unnamed source met before, as "the recruiter" does."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_OPENING = (
    "Staff at city hall are looking for new jobs.\n\n"
    "The departures could make it hard for the mayor to fill openings, said one executive "
    "recruiter, who asked not to be named.\n\n"
)


def test_this_recruiter_set_off_before_a_colon_speaks_the_quotation():
    text = _OPENING + (
        "But, this recruiter said, interest is always high: “Our clients always want people who have "
        "seen city hall from the inside.”\n"
    )
    assert speakers_of(text) == ["one executive recruiter"]
    assert kinds_of(text) == {"one executive recruiter": "unnamed"}


def test_this_official_after_the_quotation_is_the_official_met_before():
    text = (
        "Agencies “have been warning on this since January,” said a harbor official who had seen "
        "the reports.\n\n"
        "“The system was blinking red,” this official said.\n"
    )
    assert speakers_of(text) == ["a harbor official", "a harbor official"]
