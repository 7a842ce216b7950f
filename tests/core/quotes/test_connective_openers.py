"""A quotation opening a sentence after a connective alone ("But “…”", "Instead, “…”")
stands alone as a quotation opening its sentence does: it goes on in the voice of the quotation just
before; a sentence opening with other words does not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_quotation_after_but_is_the_previous_speakers():
    said = speakers_of(
        "Ada Holt, the harbour master, spoke after the vote. “I don’t think the ferry is finished,” "
        "she said outside the hall. But “Tom Reyes’s plan is strengthened by the vote. It helps.”"
    )
    assert said == ["Ada Holt", "Ada Holt"]


def test_a_quotation_after_instead_is_the_previous_speakers():
    said = speakers_of(
        "Ada Holt runs the ferry. “She is supposed to be a workhorse for the islands,” Holt said of the "
        "old boat. Instead, “she just sits at the pier like a retired lady.”"
    )
    assert said == ["Ada Holt", "Ada Holt"]


def test_a_quotation_after_other_words_is_not_carried_over():
    said = speakers_of(
        "“At first the islanders said no,” said Ada Holt, the harbour master. "
        "Later that week, “the ferry is finished” was painted on the pier."
    )
    assert said[1] is None
