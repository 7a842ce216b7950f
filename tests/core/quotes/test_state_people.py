"""A US state's people naming one person ("the Texan said" after "Former Texas Gov. Rick Perry")
refers back as a nationality does: the person, never an organisation called "the Texan"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

ENDORSEMENT = "Former Texas Gov. Tom Hale endorsed Sen. Ada Holt on Sunday.\n\n"


def test_the_texan_is_the_person_just_named():
    text = ENDORSEMENT + "The former governor spoke. “Those are skilled governors,” the Texan said.\n"
    assert speakers_of(text) == ["Tom Hale"]
    assert "the Texan" not in kinds_of(text)


def test_a_state_newspaper_name_is_not_taken_for_a_person():
    text = ENDORSEMENT + "“Those are skilled governors,” the Oregonian said in an editorial.\n"
    assert speakers_of(text) != ["Tom Hale"]
