"""A verb of saying inside a relative clause set off by commas ("Otto Corwin, who writes for a
weekly paper, ... is “…”") tells what the person does, not who speaks: the teller does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Pier fight\n\n"


def test_the_teller_not_the_writer_in_the_relative_speaks():
    text = LEAD + (
        "Mayor Delia Fenwick told me that Otto Corwin, who writes for a weekly paper, is "
        "“a dishonest little man.”\n"
    )
    assert speakers_of(text) == ["Delia Fenwick"]


def test_a_relative_that_reports_a_that_clause_is_the_speakers_own():
    text = LEAD + (
        "The campaign declined to comment on the new reports, pointing to earlier statements from "
        "deputy manager Nora Quill, who said that while such accounts should be heard, this one "
        "“simply did not happen.”\n"
    )
    assert speakers_of(text) == ["Nora Quill"]
