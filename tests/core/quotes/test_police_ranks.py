"""British police ranks written short in capitals ("PC", "DS", "DCI") are titles before a surname,
never a given name's initials as "KK Mittal" writes them: "PC Holt" and "DS Holt" are one Holt."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_two_ranks_before_one_surname_name_one_person():
    text = (
        "A man has been arrested after a break-in at a shop in Leeds.\n\n"
        "PC Holt, who attended the scene, said: “The shop was badly damaged.”\n\n"
        "DS Holt added: “We are asking anyone who saw anything to come forward.”\n"
    )
    assert kinds_of(text) == {"Holt": "person"}


def test_a_rank_before_the_surname_of_a_full_name_given_earlier_means_that_person():
    text = (
        "A man has been arrested after a break-in at a shop in Leeds.\n\n"
        "PC Sarah Holt, who attended the scene, said: “The shop was badly damaged.”\n\n"
        "PC Holt added: “We are asking anyone who saw anything to come forward.”\n"
    )
    assert speakers_of(text) == ["Sarah Holt", "Sarah Holt"]


def test_two_capitals_that_are_no_rank_are_still_initials():
    text = "“We will build it here,” said KK Mittal, the firm's chairman.\n"
    assert speakers_of(text) == ["KK Mittal"]
