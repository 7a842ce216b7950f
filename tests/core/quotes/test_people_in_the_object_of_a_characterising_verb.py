"""People named after the subject's verb of characterising, up to its partial quotation, are in its
object ("compared Lund and two rivals with ties to Ada Burke to “…”"): the subject opening the
sentence still speaks the words, unless someone else speaks on the way."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor race\n\nMayor Tomas Reinholt spoke at the dock on Monday about Councilwoman Petra Lund.\n\n"


def test_people_in_a_compared_object_leave_the_words_to_the_subject():
    text = LEAD + (
        "Before the vote, Reinholt compared Lund and three other candidates with ties to "
        "Mayor Ada Burke to “hungry cockroaches.”\n"
    )
    assert speakers_of(text) == ["Tomas Reinholt"]


def test_a_person_speaking_inside_the_object_keeps_her_words():
    text = LEAD + "Reinholt praised Lund, who said the harbor board was “a den of hungry cockroaches.”\n"
    assert speakers_of(text) == ["Petra Lund"]


def test_a_verb_that_does_not_characterise_keeps_the_words_unclear():
    text = LEAD + "Reinholt met Lund and Mayor Ada Burke to discuss “hungry cockroaches.”\n"
    assert speakers_of(text) == [None]
