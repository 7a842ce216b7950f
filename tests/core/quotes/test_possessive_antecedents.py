"""He or she right after a paragraph naming one person alone, of no known gender and only as a
possessor ("One of the central claims of President Barack Obama’s speech ... ¶ He told his
audience:"), means that person; a second person named there (a woman, for "he") leaves it unclear."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_SPEECH = (
    "\n\nHe told his audience, to rowdy applause:\n\n“There has never been a harbour master more qualified.”"
)


def test_the_one_possessor_named_before_is_the_pronouns_antecedent():
    said = speakers_of(
        "One of the central claims of Mayor Zorvan Quell’s speech on Wednesday night does not stand up."
        + _SPEECH
    )
    assert said == ["Zorvan Quell"]


def test_two_people_named_before_leave_the_pronoun_unclear():
    said = speakers_of(
        "One of the central claims of Mayor Zorvan Quell’s speech about Harbour Master Ada Holt does "
        "not stand up." + _SPEECH
    )
    assert said == [None]
