"""An organisation or unnamed source that "issued a statement saying: “…”" is the speaker of the
quotation, as it would be with "said"; a person in that place stays the speaker as before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_organisation_that_released_a_statement_saying_is_the_speaker():
    text = "Harbor Bank released a statement saying: “We regret the outage.”\n"
    assert speakers_of(text) == ["Harbor Bank"]


def test_a_plain_noun_source_after_an_opening_phrase_is_the_speaker():
    text = "Last night, police issued a statement saying: “Officers are making enquiries.”\n"
    assert speakers_of(text) == ["police"]


def test_the_ministry_issued_a_brief_written_statement_saying():
    text = "The ministry issued a brief written statement saying: “The talks will go on.”\n"
    assert speakers_of(text) == ["the ministry"]


def test_a_person_who_issued_a_statement_stays_the_speaker():
    text = "Mara Quill issued a statement saying: “We will not back down.”\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_a_participle_after_another_verb_gets_no_opening_source():
    text = "The campaign outlined its plan, vowing to punish “those who leak secrets.”\n"
    assert speakers_of(text) == [None]


def test_a_quotation_after_a_sentence_saying_an_organisation_issued_a_statement_is_its():
    text = "Gwen Holt praised the ruling. Harbor Bank issued a statement on Monday. “We welcome it.”\n"
    assert speakers_of(text) == ["Harbor Bank"]


def test_a_quotation_after_an_issued_statement_with_its_own_speaker_stays_theirs():
    text = "Harbor Bank issued a statement on Monday. “We welcome the ruling,” said Gwen Holt, its chair.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_an_issued_statement_between_two_quotations_ends_the_first_speakers_turn():
    text = (
        "Mayor Tom Reyes said the ruling was a blow. “We will study it,” he said. Harbor Bank issued a "
        "brief statement about the decision. “This is a matter for the courts.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Harbor Bank"]


def test_an_organisation_named_in_apposition_that_issued_a_statement_speaks_it():
    text = (
        "Mayor Tom Reyes said the ruling was a blow. “We will study it,” he said. The duke's office, "
        "Harbor House, issued a brief statement about the decision. “This is a matter for the courts.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Harbor House"]
