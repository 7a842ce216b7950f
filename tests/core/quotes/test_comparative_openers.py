"""A comparative adjective opening a sentence ("Bigger attacks ... were rarely seen") is no unknown
person's surname that a later "he" might mean."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_comparative_opening_a_sentence_leaves_he_to_the_one_man_named():
    text = (
        "Malcolm Seagrave, security expert at Energis, said most attacks hit sites with little data. "
        "Bigger attacks sending down 200 megabytes of traffic were rarely seen, he said. “It does feel "
        "like they are turning the dial,” he said.\n"
    )
    assert speakers_of(text) == ["Malcolm Seagrave"]


def test_a_capitalised_subject_before_its_verb_is_still_whom_he_may_mean():
    text = (
        "Malcolm Seagrave, security expert at Energis, said most attacks hit sites with little data. "
        "Dorn openly admitted that bigger attacks were rarely seen. “It does feel like they are "
        "turning the dial,” he said.\n"
    )
    assert speakers_of(text) == ["Dorn"]
