"""A he or she in a clause opening its sentence with a subordinator ("As she left the hall, Mara
Quill said ...") means the subject named after it, so a later "she said" goes on with that subject,
not with someone named before (issue 11, probe pass)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_she_after_a_sentence_opening_as_she_goes_on_with_its_subject():
    text = (
        "Gwen Holt opened the evening with a short speech.\n\n"
        "As she left the hall, Mara Quill, who had won a ticket, said the show had been a treat. "
        "“It's a lovely way to spend a Sunday,” she told reporters.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_she_opening_a_sentence_without_a_subordinator_still_leads_it():
    text = (
        "Gwen Holt opened the evening with a short speech.\n\n"
        "She says Mara Quill's letter came too late. “We had no time,” she told reporters.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]
