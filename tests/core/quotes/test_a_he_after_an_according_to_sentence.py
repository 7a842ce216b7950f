"""A sentence opening "According to X, Y did ..." is X's report: a he or she after it means X, the
one who told it, not Y, the subject of what was told."""

from __future__ import annotations

from .speakers import speakers_of


def test_the_pronoun_means_whom_the_sentence_is_according_to():
    article = (
        "Coach Mark Henning said the young sprinter, Theo Vance, stayed calm through the inquiry. "
        "According to Henning, Vance answered every question from the race officials.\n\n"
        "He added: “Nobody is perfect. What matters is how you carry yourself afterward.”\n"
    )
    assert speakers_of(article) == ["Mark Henning"]


def test_a_teller_of_the_other_gender_leaves_the_subject():
    article = (
        "Coach Marla Henning said the young sprinter, Theo Vance, stayed calm through the inquiry. "
        "According to Henning, Vance answered every question from the race officials.\n\n"
        "He said: “I had nothing to hide from anyone on that panel.”\n"
    )
    assert speakers_of(article) == ["Theo Vance"]
