"""A capitalised office named by a title and its field ("The Office of the Director of National
Intelligence said ... “…”") is a body speaking, never a person called Intelligence nor the director
as a role; the title alone ("The Director of National Intelligence said") is an unnamed office. A
surname after an office ("Secretary of State Kerry") is still a person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Virus\n\nIntelligence agencies are divided over where the virus came from.\n\n"
SAID = " said the virus was not “manmade or genetically modified,” according to a statement.\n"


def test_the_office_of_a_title_is_a_body():
    text = LEAD + "The Office of the Director of National Intelligence" + SAID
    assert speakers_of(text) == ["the Office of the Director of National Intelligence"]


def test_the_title_with_its_field_is_no_person():
    text = LEAD + "The Director of National Intelligence" + SAID
    assert speakers_of(text) == ["the Director of National Intelligence"]


def test_a_surname_after_an_office_is_a_person():
    text = LEAD + "Secretary of State John Kerry said in March: “It was not manmade.”\n\n"
    text += "“We have looked at every lab,” Secretary of State Kerry said.\n"
    assert speakers_of(text) == ["John Kerry", "John Kerry"]
