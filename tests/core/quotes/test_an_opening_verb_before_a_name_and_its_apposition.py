"""A verb of saying opening a sentence before a name, an apposition and a colon ("Adds Oskar
Lund, head of the traders' guild: “…”") is the verb, no given name: the speaker is the name."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "A ferry strike on Monday left shops on Tressick short of fresh food.\n\n"
    "“We have two days of milk left,” says Hanna Bell, who runs the island's only grocer.\n\n"
    "Adds Oskar Lund, head of the traders' guild: “If the boats don't sail by Friday, some of us "
    "will have to close for good.”\n"
)


def test_the_speaker_after_the_opening_verb_is_the_name():
    assert speakers_of(ARTICLE) == ["Hanna Bell", "Oskar Lund"]


def test_a_name_said_before_an_apposition_stays_whole():
    article = ARTICLE.replace(
        "Adds Oskar Lund, head of the traders' guild:", "Said Musa, the prime minister, said:"
    )
    assert speakers_of(article)[-1] == "Said Musa"
