"""A quotation right after "headline" ("bore the front-page headline “…”", "in an article with the
headline: “…”") is the headline of the paper the sentence names before it, never the words of the
one the sentence has speaking, nor of another paper named after it; a body that is no paper (a town
the readers live in) is given no headline."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

HEADLINE = "A harbor full of grief after the ferry sank"


def test_a_headline_in_an_article_is_the_papers_not_the_one_who_told_it():
    text = (
        "Energy\n\n“This is the last year we have,” council director Anselm Koru told the Daily Ledger "
        "on Thursday in an article with the headline: “World has one year to avert energy crisis, says "
        "council chief.”\n"
    )
    assert speakers_of(text) == ["Anselm Koru", "the Daily Ledger"]


def test_the_first_headline_of_a_list_is_its_own_papers():
    text = (
        f"Papers\n\nThe hard-line daily Kestrel Post bore the front-page headline “{HEADLINE},” while "
        "the Vessa Courier said “Unforgivable.”\n"
    )
    assert speakers_of(text) == ["Kestrel Post", "the Vessa Courier"]


def test_a_paper_called_a_daily_beside_its_name_has_the_headline():
    text = f"Papers\n\nThe hard-line daily Vatan Emrouz bore the front-page headline “{HEADLINE}.”\n"
    assert speakers_of(text) == ["Vatan Emrouz"]


def test_a_town_is_no_paper_and_has_no_headline():
    text = f"Papers\n\nVoters in Harbor City woke to the headline “{HEADLINE}.”\n"
    assert speakers_of(text) == [None]
