"""A he or she quotation right after a sentence ending "according to a source involved in those
talks" is that source's, not the person the sentence is about."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Amos Veldt won the endorsement of two council members on Wednesday.\n\n"
AIDES = "Several council aides have begun sending their resumes to Veldt’s campaign, according to "
QUOTED = " “Everybody wants on the bus before it leaves the station,” he said.\n"


def test_the_pronoun_means_the_unnamed_source():
    text = OPENING + AIDES + "a source involved in those talks." + QUOTED
    assert speakers_of(text) == ["a source involved in those talks"]


def test_a_source_of_the_other_gender_leaves_it_to_the_named_person():
    text = OPENING + AIDES + "a spokeswoman for the council." + QUOTED
    assert speakers_of(text) != ["a spokeswoman for the council"]
