"""An aside "he added" interrupting a reported clause goes on with the speaker just quoted: the name
opening the clause it interrupts ("Mr. Quillane has found a home, he added, “…”") is what is reported."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Customs\n\nCritics questioned why the former customs inspector settled abroad.\n\n"


def test_the_aside_goes_on_with_the_speaker_just_quoted():
    text = (
        TITLE
        + "“He has been pretending he never left,” Tobias Wrenfield, a reporter, said in an email. "
        + "Mr. Quillane has found a home, he added, “in a place which is openly hostile to a free press.”\n"
    )
    assert speakers_of(text) == ["Tobias Wrenfield", "Tobias Wrenfield"]


def test_a_man_named_as_subject_before_a_new_sentence_carries_it_on():
    text = (
        TITLE
        + "“He has been pretending he never left,” Tobias Wrenfield, a reporter, said in an email.\n\n"
        + "Ivo Quillane, his former boss, disagreed. “He did nothing wrong,” he added.\n"
    )
    assert speakers_of(text) == ["Tobias Wrenfield", "Ivo Quillane"]
