"""A he or she after an opening phrase means the sentence's subject further back, not a person the
phrase names: an opening participle's object ("Accompanying Gov. Paul Hennessy on his tour,
Quillon described ...") or a person in an opening topic ("On tariffs, an issue that Hennessy has
raised many times, he said")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = "Trade envoy Mark Quillon met the harbour authority in Selbridge on Friday.\n\n"


def test_an_opening_participles_object_is_no_subject_for_the_next_he():
    text = (
        LEDE
        + "Accompanying Governor Paul Hennessy on his first tour, Quillon described the risks.\n\n"
        + "“We have to protect the channel from neglect,” he said.\n"
    )
    assert speakers_of(text) == ["Mark Quillon"]


def test_a_person_in_an_opening_topic_is_not_the_he_after_it():
    text = (
        LEDE
        + "Quillon described the risks facing the two ports.\n\n"
        + "On tariffs, an issue that Paul Hennessy has raised many times, he said: "
        + "“We are coordinating closely on the new schedule.”\n"
    )
    assert speakers_of(text) == ["Mark Quillon"]


def test_a_name_opening_a_sentence_with_an_ing_surname_is_still_a_subject():
    text = "“We will not move the port,” said Ada Browning.\n\nBrowning said the vote was “final.”\n"
    assert speakers_of(text) == ["Ada Browning", "Ada Browning"]


def test_a_person_in_the_clause_a_parenthetical_she_said_interrupts_is_not_she():
    text = (
        "Orla Penhallow, the harbor commissioner, spoke on Friday. Governor Brandvik was right to "
        "renegotiate the lease, she said, although “it could have been done a year ago without the drama.”\n"
    )
    assert speakers_of(text) == ["Orla Penhallow"]


def test_the_subject_of_a_clause_before_he_noted_and_a_quotation_is_he():
    text = (
        "Critics found mistakes in the list.\n\n"
        "Even though Dana Sexton praised the list, he noted, “The only problem is that it overlooks "
        "the worst mistakes.”\n"
    )
    assert speakers_of(text) == ["Dana Sexton"]


def test_one_told_a_quotation_answers_it():
    text = (
        "A woman approached Sen. Hollis Varga at a cafe in Dunmore on Monday evening.\n\n"
        "Two women have accused Judge Omar Pelham of misconduct. Pelham has denied the claims.\n\n"
        "“Senator, I want to know how you will vote on Judge Pelham,” the protester tells Varga.\n\n"
        "“Have a good night, ma'am,” he responds.\n"
    )
    assert speakers_of(text) == ["the protester", "Hollis Varga"]


def test_one_who_told_someone_something_and_then_replied_is_still_the_replier():
    text = (
        "“I spoke to the governor,” Mark Wolde told the Harbor Show on Friday.\n\n"
        "Wolde told Ann Guthrie he had notes of some 200 interviews.\n\n"
        "“I have records, I have notes,” he replied.\n"
    )
    assert speakers_of(text) == ["Mark Wolde", "Mark Wolde"]
