"""A comparative adjective or an -ly adverb opening a sentence ("Bigger attacks ... were rarely
seen", "Fully cooked chicken won't be sold") is no unknown person's surname that a later "he" might
mean; a capitalised word that is no such word still is."""

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


def test_an_adverb_opening_a_sentence_leaves_he_to_the_one_man_named():
    text = (
        "Imports would mean more competition, says Jim Sumner, president of the Harbor Poultry Council.\n\n"
        "Sumner says opening the market is gradual. Fully cooked chicken won’t be sold directly in "
        "grocery stores, he says. “Any imports would be very limited and serve niche markets,” he says.\n"
    )
    assert speakers_of(text) == ["Jim Sumner"]


def test_an_unknown_surname_ending_in_ly_still_makes_the_he_after_it_unclear():
    text = (
        "Imports would mean more competition, says Jim Sumner, president of the Harbor Poultry Council.\n\n"
        "Sumner says opening the market is gradual. Daly warned that cooked chicken won’t be sold "
        "directly in grocery stores. “Any imports would be very limited and serve niche markets,” he says.\n"
    )
    assert speakers_of(text) == [None]
