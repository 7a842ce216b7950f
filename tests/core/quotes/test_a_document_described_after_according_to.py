"""A document a quotation is credited to speaks it, however the sentence describes it: "“…,"
according to the report, which was released by the city auditor." (a relative clause about the
source), and a paper's piece under its own noun, "“…,” the story says."."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "The city auditor released the annual review on Friday.\n\n"


def test_according_to_a_report_described_by_a_relative_clause_is_the_report():
    text = BEFORE + (
        "“There has been a steady rise in unexplained travel costs,” according to the report, which "
        "was released by the city auditor.\n"
    )
    assert speakers_of(text) == ["the report"]


def test_the_story_says_gives_the_story():
    text = BEFORE + "“Ms. Hoyt is quietly building her own team across the state,” the story says.\n"
    assert speakers_of(text) == ["the story"]
