"""A partial quotation in title case right after "on" or a broadcaster's possessive ("on Channel
9's “Meet the State,”", "testified on “Considering the Role of Judges”") names a programme or a
hearing, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Governor sues\n\nGovernor Hal Breen filed suit on Monday.\n\n"


def test_a_programme_after_a_broadcasters_possessive_is_no_ones_words():
    text = (
        LEAD
        + "Speaking on Channel 9's “Meet the State,” Mr. Breen said every candidate must back the nominee.\n"
    )
    assert speakers_of(text) == [None]


def test_a_hearings_title_after_on_is_no_ones_words():
    text = (
        LEAD + "Breen testified on “Considering the Role of Governors Under the State Constitution” in May.\n"
    )
    assert speakers_of(text) == [None]


def test_a_show_after_said_on_a_network_is_no_ones_and_the_words_go_on_past_it():
    text = (
        "Budget\n\nSenator Brin Ostrow of Varland derided the budget process on Sunday.\n\n"
        "“I've been very surprised that the governor has not laid out a plan,” he said on VTN “Good "
        "Morning.”\n\n"
        "“But candidly, the assembly should have done the same.”\n"
    )
    assert speakers_of(text) == ["Brin Ostrow", None, "Brin Ostrow"]


def test_a_work_named_after_including_is_no_ones_words():
    text = (
        "Crisis\n\nThe comparison is misleading, according to historians.\n\n"
        "“The popular memory of the crisis is not quite what happened,” said Ilse Marten, a former official "
        "who has written two books on the period, including “Winter Reckoning.”\n"
    )
    assert speakers_of(text) == ["Ilse Marten", None]


def test_a_scheme_called_by_a_name_is_no_ones_words():
    text = (
        "Plates\n\nThe Drayton police department admitted on Monday that it had collected plate data.\n\n"
        "Late Tuesday, the city also acknowledged that officers read drivers' texts under a secret program "
        "called “Bluebird.”\n"
    )
    assert speakers_of(text) == [None]
