"""A comparative adjective opening a sentence ("Bigger attacks ... were rarely seen") is no unknown
person's surname that a later "he" might mean."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_comparative_opening_a_sentence_leaves_he_to_the_one_man_named():
    text = (
        "Graham Pellew, network analyst at Corlink, said most attacks hit firms with small servers. "
        "Bigger attacks lasting more than two days were rarely reported, he said. “It does seem "
        "like they are testing the locks,” he said.\n"
    )
    assert speakers_of(text) == ["Graham Pellew"]


def test_a_capitalised_subject_before_its_verb_is_still_whom_he_may_mean():
    text = (
        "Graham Pellew, network analyst at Corlink, said most attacks hit firms with small servers. "
        "Dorn openly admitted that bigger attacks were rarely reported. “It does seem like they are "
        "testing the locks,” he said.\n"
    )
    assert speakers_of(text) == ["Dorn"]
