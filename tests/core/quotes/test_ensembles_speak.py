"""A band, orchestra or choir speaks as a body does: "“…,” the band said" is the one the article names
("rock band Wilco", "Wilco said ... The band will ..."), "the orchestra" the one orchestra named, else
its own label; never unattributed."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_band_is_the_one_band_named_after_its_kind():
    text = "The rock band Wilco cancelled its tour on Monday.\n\n“We will be back,” the band said.\n"
    assert speakers_of(text) == ["Wilco"]
    assert kinds_of(text) == {"Wilco": "organisation"}


def test_the_band_is_the_one_body_named_by_a_single_word_before_it():
    text = (
        "Wilco cancelled its tour on Monday. “We are sorry,” Wilco said. The band will play next year.\n\n"
        "“We will be back,” the band said.\n"
    )
    assert speakers_of(text) == ["Wilco", "Wilco"]


def test_the_orchestra_is_the_orchestra_named():
    text = "The Salem Youth Orchestra played on Monday.\n\n“We will be back,” the orchestra said.\n"
    assert speakers_of(text) == ["Salem Youth Orchestra"]


def test_a_band_no_one_names_speaks_under_its_label():
    text = "Tom Reyes leads a band that cancelled its tour on Monday.\n\n“We will be back,” the band said.\n"
    assert kinds_of(text) == {"the band": "organisation"}
