"""A quotation standing as its own sentence after a sentence of fact that names no one, which follows
a person's reported speech ("..., Coombe said. The bridge carries eight thousand cars a day. “…”"),
is that person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The town of Pellow is debating whether to close its oldest bridge for repairs.\n\n"


def test_a_quotation_after_a_fact_goes_on_with_the_reporter_before_it():
    text = (
        LEAD + "Besides, there is a rule of proportion, Harriet Coombe said. The bridge carries more than "
        "eight thousand cars a day. “In the long run, you will have far fewer accidents.”\n"
    )
    assert speakers_of(text) == ["Harriet Coombe"]


def test_a_sentence_naming_someone_else_between_stops_it():
    text = (
        LEAD + "Besides, there is a rule of proportion, Harriet Coombe said. Mayor Ada Holt disagrees. "
        "“In the long run, you will have far fewer accidents.”\n"
    )
    assert speakers_of(text) != ["Harriet Coombe"]
