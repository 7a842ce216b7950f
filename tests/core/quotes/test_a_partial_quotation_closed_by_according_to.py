"""A sentence that says nothing before its partial quotation and ends ", according to" a source
(after a comma, no quotation after it) gives the words to that source, not to its subject: "Varga
will speak in “extremely tough terms” about the strike, according to one aide, who ...". Words a
subject is reported to have said stay theirs ("Varga volunteered that he “…”")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Mayor to speak at harbor summit\n\n"
    "Mayor Karl Varga will speak in “extremely tough terms” about the ferry strike, according to one "
    "aide, who briefed reporters before the summit.\n"
)


def test_the_according_to_source_speaks_a_partial_quotation_its_sentence_does_not_report():
    assert speakers_of(TEXT) == ["one aide"]


def test_a_document_after_according_to_speaks_it_too():
    text = TEXT.replace("one aide, who briefed reporters before the summit", "the documents")
    assert speakers_of(text) == ["the documents"]


def test_words_a_that_clause_reports_stay_the_subjects():
    text = TEXT.replace("will speak in", "volunteered that he would speak in")
    assert speakers_of(text) == ["Karl Varga"]
