"""An adverb between a source's noun phrase and its verb of saying ("the statement then said", "the
senator later added") leaves the phrase the subject, as it is without the adverb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_role_then_saying_after_the_quotation_is_the_person_named():
    text = (
        "Senator Orla Vance toured a dairy farm near Lakemont on Friday.\n\n"
        "“Keeping these farms open is a matter of pride,” the senator then said.\n"
    )
    assert speakers_of(text) == ["Orla Vance"]


def test_a_writing_then_saying_before_the_quotation_speaks():
    text = "Ferries stopped running on Monday.\n\nThe statement then said “the matter is closed.”\n"
    assert speakers_of(text) == ["the statement"]


def test_a_writing_later_saying_after_the_quotation_speaks():
    text = "“The matter is closed,” the statement later said.\n"
    assert speakers_of(text) == ["the statement"]


def test_a_verb_after_then_keeps_the_subject_before_it():
    text = "Mayor Ben Castell paused for a moment then said the plan was “dead on arrival.”\n"
    assert speakers_of(text) == ["Ben Castell"]
