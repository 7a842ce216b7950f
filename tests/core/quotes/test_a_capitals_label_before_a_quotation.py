"""A fact check's layout: a capitals label opening a paragraph, then a quotation ("VALE: “…” —
Radio interview, March.") gives the words to the one person of the article the label names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bridge claims checked\n\nMayor Corin Vale has made claims about the bridge.\n\n"


def test_a_surname_label_before_a_quotation_and_its_source():
    text = (
        LEAD
        + 'VALE: "The bridge was inspected every year while I was in office." — Radio interview, March.\n'
    )
    assert speakers_of(text) == ["Corin Vale"]


def test_a_label_naming_no_one_in_the_article_gives_no_speaker():
    text = LEAD + 'BRIDGE WATCH: "Two beams were cracked when inspectors arrived on Tuesday."\n'
    assert speakers_of(text) == [None]


def test_a_label_two_people_share_gives_no_speaker():
    text = (
        LEAD + "Her husband, Tom Vale, ran the works department.\n\n"
        'VALE: "We spent every dollar the council gave us on the repairs." — Council meeting, June.\n'
    )
    assert speakers_of(text) == [None]
