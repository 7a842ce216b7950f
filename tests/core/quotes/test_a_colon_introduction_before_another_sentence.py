"""`The Holt campaign issues a flat denial: “…” Pratt asks the council to be paid back.`: a subject that
introduces a quotation with a colon speaks it; the short sentence after the quotation is another thing
done, not its attribution, however much it looks like one; without the colon it still attributes."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "The deal came to light in May.\n\n"


def test_a_body_introducing_a_quotation_with_a_colon_speaks_it():
    text = (
        "Pratt sets up a shell firm. The Holt campaign issues a flat denial: “We have no part in any of "
        "this.” Pratt asks the council to be paid back.\n"
    )
    assert speakers_of(_OPENING + text) == ["the Holt campaign"]


def test_a_person_introducing_a_quotation_with_a_colon_speaks_it():
    text = "Mayor Ada Holt issued a flat denial: “We have no part in any of this.” Pratt told the board.\n"
    assert speakers_of(_OPENING + text) == ["Ada Holt"]


def test_a_short_sentence_after_a_quotation_with_no_colon_still_attributes_it():
    text = "“We have no part in any of this.” Mayor Ada Holt said.\n"
    assert speakers_of(_OPENING + text) == ["Ada Holt"]
