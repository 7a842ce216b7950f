"""A partial quotation inside a sentence about someone, with an attribution set off by a comma after it
("Reyes had shown “a grave breach of trust,” the Chief Justice said", "... the “fair” sentence,
Downing Street said."), is the words of whom the attribution names, never the person the sentence is
about; a role no one is named with is then its own title or no one. A participle after the comma keeps
the rules before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "Former minister Tom Reyes was jailed for six years on Monday.\n\n"


def test_a_body_after_the_partial_quotation_speaks_it():
    text = _LEAD + "Tom Reyes will not seek “any special treatment in prison,” Downing Street said.\n"
    assert speakers_of(text) == ["Downing Street"]


def test_a_body_closing_the_sentence_speaks_its_partial_quotation():
    text = _LEAD + "Mr Reyes will not appeal against the “fair and measured” sentence, Harbor Bank said.\n"
    assert speakers_of(text) == ["Harbor Bank"]


def test_a_capitalised_office_after_the_partial_quotation_is_not_the_one_it_is_about():
    text = _LEAD + "Reyes had shown “a grave breach of public trust,” the Chief Justice said.\n"
    assert speakers_of(text) == ["the Chief Justice"]


def test_a_role_after_the_partial_quotation_is_not_the_one_it_is_about():
    text = _LEAD + "Mr Reyes took money from “the people who trusted him most”, the judge said.\n"
    assert speakers_of(text) == [None]


def test_a_participle_after_the_comma_keeps_the_subject():
    text = _LEAD + "Reyes appealed on Monday, saying the sentence was “far too harsh”.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_named_person_in_apposition_before_told_tells_it_not_the_outlet():
    text = (
        "Mayor Lisa Greer sold the mill to a developer in March.\n\n"
        "Greer has become “the main point of contact” on the closure, Jay Tilton, a spokesman for "
        "the county Democrats, told GAZETTE in May.\n"
    )
    assert speakers_of(text) == ["Jay Tilton"]
