"""A participle of saying goes on with the main clause's subject, not with a verb of saying inside a
subordinate clause opening the sentence ("When Holt asked him to explain, Reyes refused, saying “…”"),
also after an opening "But"; an opening "as" clause is an attribution and keeps its speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Dispute\n\nThe governor named a new envoy.\n\n"
MAIN = "Ann Reyes refused, saying it would intrude on the “separation of powers” of the state.\n"


def test_the_main_clause_subject_says_what_the_participle_quotes():
    text = TITLE + "When Ted Holt asked her to explain herself, " + MAIN
    assert speakers_of(text) == ["Ann Reyes"]


def test_an_opening_but_leaves_the_subordinate_clause_stepped_over():
    text = TITLE + "But when Ted Holt asked her to explain herself, " + MAIN
    assert speakers_of(text) == ["Ann Reyes"]


def test_an_opening_as_clause_keeps_its_speaker():
    text = TITLE + (
        "And, as Ted Holt wrote in an email, the plan comes as the envoy starts work, promising "
        "“more staff joining on a daily basis.”\n"
    )
    assert speakers_of(text) == ["Ted Holt"]


def test_a_time_measured_clause_opening_the_sentence_gives_its_subject_no_participle():
    text = (
        "Trip\n\nA few hours after Piet Vandermolen left Carvassa to return home, Governor Lena Ostrander "
        "piled on her criticism of the challenger's trip, calling it “an embarrassing disaster from start "
        "to finish.”\n"
    )
    assert speakers_of(text) == ["Lena Ostrander"]


def test_a_person_named_in_an_opening_upon_phrase_is_no_subject_of_the_participle():
    text = (
        "Witness\n\nThe final witness of the day was Greta Solberg, who runs a group called Fair Count.\n\n"
        "Upon Anton Pirelli's resignation, her group put out a press release stating that Pirelli had "
        "carried out a “radical assault on the ballot box.”\n"
    )
    assert "Anton Pirelli" not in speakers_of(text)


def test_even_before_the_opening_subordinator_leaves_the_main_clauses_subject_the_participle():
    text = (
        "Contract\n\nPaul Gedney, the mayor's spokesman, said the contract would be published next week.\n\n"
        "Even as City Hall was trying to patch up relations with the council, Mr. Gedney tossed more "
        "criticism at Ms. Tarrow by saying her claims “are simply not accurate.”\n"
    )
    assert speakers_of(text) == ["Paul Gedney"]
