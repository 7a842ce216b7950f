"""A he or she right after a sentence opened by a surname two people share means the one of them of
the pronoun's gender, even when nothing else tells whom the surname alone means ("Marsh testifies
about the shortage. “…,” she said" beside Tobias and Delia Marsh)."""

from __future__ import annotations

from .speakers import speakers_of

TAIL = "Tobias Marsh comforts his wife at the fair in 1992. In 1975, Delia Marsh married Tobias Marsh.\n"


def test_she_means_the_woman_of_the_two():
    article = (
        "Marsh testifies about the milk shortage during a county hearing in 2015. “I have lost more "
        "sleep over this than all of you put together,” she said during the hearing.\n\n" + TAIL
    )
    assert speakers_of(article) == ["Delia Marsh"]


def test_he_means_the_man_of_the_two():
    article = (
        "Marsh testifies about the milk shortage during a county hearing in 2015. “I have lost more "
        "sleep over this than all of you put together,” he said during the hearing.\n\n" + TAIL
    )
    assert speakers_of(article) == ["Tobias Marsh"]
