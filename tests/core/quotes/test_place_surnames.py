"""A place's or nationality's word after a common given name is a surname ("Owen Paris", "Ray
Cuban"), and the word alone is that person where it stands as a name, not as the place."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_city_after_a_given_name_is_a_surname():
    said = speakers_of(
        "“It was a long night,” said Jeremy Paris, a producer.\n\n“We will be back,” Paris said."
    )
    assert said == ["Jeremy Paris", "Jeremy Paris"]


def test_a_nationality_after_a_given_name_is_a_surname():
    assert speakers_of("Billionaire Mark Cuban also spoke. “I like the city,” Cuban said.") == ["Mark Cuban"]


def test_the_place_itself_stays_a_place():
    said = speakers_of(
        "Jeremy Paris, a producer, moved here from Paris in May.\n\n"
        "Officials in Paris said “the show will go on.” Cuban officials said “the talks are over.”"
    )
    assert "Jeremy Paris" not in said and said[1] == "Cuban officials"


def test_a_title_after_show_is_no_quotation():
    assert speakers_of("Mark Cuban is a host on the TV show “Shark Tank.” “I like it,” he said.") == [
        "Mark Cuban"
    ]


def test_a_place_word_after_a_politicians_title_and_given_name_is_a_surname():
    text = (
        "Rep. Steve Israel (D-N.Y.) spoke after the vote.\n\n"
        "“The council will need interns to fill the seats,” Israel said.\n"
    )
    assert speakers_of(text) == ["Steve Israel"]
