"""A person named as an object whom the next sentence takes up as its opening he or she ("But that
does not discourage Ms. Fong at Common Cause. She points to ...", or as a possessor: "the current
tore through Lina Marsh's bakery. She waded ...") is the one a "she says" paragraphs on means, not
a woman named earlier as a subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Representative Marla Sully, a former combat pilot, knows she represents a swing district. "
    "“Don’t do stupid stuff,” she told the paper.\n\n"
    "In a smart political move, Sully hired a former rival's spokesman to work for her.\n\n"
    "But that does not discourage Ms. Fong at Common Cause. She points to six failures in California.\n\n"
)


def test_a_she_says_after_an_object_taken_up_by_she_is_that_object():
    text = TEXT + "Awareness is growing, she says. “The determination to reinvest is driving people.”\n"
    assert speakers_of(text) == ["Marla Sully", "Fong"]


def test_an_object_not_taken_up_leaves_she_to_the_subject_before():
    text = TEXT.replace("She points to", "The group points to") + (
        "Awareness is growing, she says. “The determination to reinvest is driving people.”\n"
    )
    assert speakers_of(text) == ["Marla Sully", "Marla Sully"]


def test_a_possessor_taken_up_by_she_is_the_one_she_says_means():
    text = (
        "Greta Holm sorted soaked letters on her porch.\n\n"
        "“I know whose wedding album this is,” she said.\n\n"
        "Down the lane, the current tore through Lina Marsh's bakery. She waded past upturned ovens.\n\n"
        "“I baked two hundred loaves yesterday,” she said with a sigh.\n"
    )
    assert speakers_of(text) == ["Greta Holm", "Lina Marsh"]
