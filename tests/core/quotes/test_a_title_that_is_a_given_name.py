"""A title word that is also a given name ("Dean"), right after an office's title ("Sen. Dean
Holloway"), is the person's given name; after a mere role ("Associate Dean Lowe") it stays a title."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTE = "“We are not going to rush a bill this big,”"


def test_a_given_title_after_an_abbreviated_title_is_the_given_name():
    text = f"{QUOTE} said Sen. Dean Holloway, a Republican from Nevada.\n"
    assert speakers_of(text) == ["Dean Holloway"]


def test_a_given_title_after_a_written_out_title_is_the_given_name():
    text = f"{QUOTE} said Senator Dean Holloway, a Republican from Nevada.\n"
    assert speakers_of(text) == ["Dean Holloway"]


def test_the_title_after_a_role_stays_a_title():
    text = f"{QUOTE} said Associate Dean Lowe, who chairs the committee.\n"
    assert speakers_of(text) == ["Lowe"]


def test_the_title_alone_before_a_surname_stays_a_title():
    text = f"{QUOTE} said Dean Lowe of the law school.\n"
    assert speakers_of(text) == ["Lowe"]
