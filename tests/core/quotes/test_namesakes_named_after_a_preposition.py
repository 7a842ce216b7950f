"""A surname two people share, written alone, is not made the person most recently named in full when
that full name comes after a preposition ("a memorial for Kim Jong-il": talked of) and the other
namesake was named in full nearby as a subject; with the other namesake named far back, the latest
full name still decides."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_bare_family_name_is_not_the_leader_a_memorial_was_for():
    text = (
        "Kim Ki-jong, 55, was quickly overpowered after he attacked the ambassador. Kim once held a "
        "memorial for Kim Jong-il in Seoul. As he was taken away, Kim shouted, “The drills must stop.”\n"
    )
    assert speakers_of(text) == ["Kim Ki-jong"]


def test_a_name_after_with_still_counts_when_the_namesake_is_far_back():
    text = (
        "The brothers Tom and Ray Bundy led the occupation of the refuge last winter.\n\n"
        "The county sheriff met the group twice.\n\n"
        "Local ranchers stayed away from the refuge.\n\n"
        "Pete Santilli filmed a march with Tom Bundy to the refuge gates. “Let everybody know they are to "
        "go to the refuge,” Bundy says on camera.\n"
    )
    assert speakers_of(text) == ["Tom Bundy"]


def test_a_bare_family_name_is_not_the_leader_after_a_role_and_a_comma():
    text = (
        "Kim Ki-jong, 55, was quickly overpowered after he attacked the ambassador. Kim had tried to "
        "erect a memorial for former North Korean leader, Kim Jong-il in Seoul. As he was taken away, Kim "
        "shouted, “The drills must stop.”\n"
    )
    assert speakers_of(text) == ["Kim Ki-jong"]


def test_a_subject_after_an_opening_phrase_is_no_object():
    text = (
        "Richard Holt gave a press conference after the final. After years of refusing to play at Indian "
        "Wells, Serena Holt said she would return. Serena said she discussed it with her father. “He said "
        "it would be a big mistake if I did not go back,” Holt said.\n"
    )
    assert speakers_of(text) == ["Serena Holt"]
