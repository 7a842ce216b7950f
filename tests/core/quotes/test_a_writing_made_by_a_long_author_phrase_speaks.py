"""A writing after the quotation, made "by" someone named at length before its verb of saying ("“…,”
the document produced by the league’s foreign affairs arm, the Office of External Relations, said"),
speaks the words as "the document said" does, when no author is found as a source in those words; an
author found there speaks instead ("the report prepared by the Harbor Authority said")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Report\n\nState media have run a rumour campaign about the floods, an internal report says.\n\n"
QUOTED = "“The aim of the campaign is to deepen distrust of the relief effort,” "


def test_a_document_made_by_an_arm_in_apposition_speaks():
    author = "the league’s foreign affairs arm, the Office of External Relations,"
    text = LEAD + QUOTED + f"the document produced by {author} said.\n"
    assert speakers_of(text) == ["the document"]


def test_a_document_made_by_an_unnamed_arm_speaks():
    text = LEAD + QUOTED + "the document produced by the league’s foreign affairs arm said.\n"
    assert speakers_of(text) == ["the document"]


def test_an_author_named_as_a_source_speaks_instead():
    text = LEAD + QUOTED + "the report prepared by the Harbor Authority said.\n"
    assert speakers_of(text) == ["the Harbor Authority"]
