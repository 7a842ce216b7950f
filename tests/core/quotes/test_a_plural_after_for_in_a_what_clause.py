"""A plural person noun after "for" in a clause about something else ("says what matters for reporters
is to reflect “…”") is the object of a word that is no person's, never a source; the subject of
"says" speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Press\n\nEditors in Varnholm are debating how much room to give fringe views.\n\n"


def test_what_matters_for_reporters_is_no_source():
    text = (
        TITLE
        + "“Balance is not the same as fairness,” says Lorna Beckett, a professor of media studies.\n\n"
        + "Beckett says what matters for reporters is to reflect “a fair range of serious voices.”\n"
    )
    assert speakers_of(text) == ["Lorna Beckett", "Lorna Beckett"]


def test_lawyers_for_the_farmers_still_speak_together():
    text = TITLE + "“The budget leaves families behind,” lawyers for the farmers said on Monday.\n"
    assert speakers_of(text) == ["lawyers for the farmers"]
