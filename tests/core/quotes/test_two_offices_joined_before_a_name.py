"""Two offices joined by "and" before a name ("Deputy Campaign Manager and Communications Director
Kate Bedley") are both hers: the first office's head word is no surname of a person of its own."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

LEDE = "The campaign of Senator Mara Quill pushed back on Tuesday against reports of a rift.\n\n"


def test_the_quotation_goes_to_the_name_after_both_offices():
    text = LEDE + (
        "“We are united, and we will win this state,” Deputy Campaign Manager and Communications "
        "Director Kate Bedley wrote in an email to supporters.\n"
    )
    assert speakers_of(text) == ["Kate Bedley"]


def test_the_first_offices_head_word_is_no_person():
    quotation = "“Nothing has changed,” said Deputy Communications Director and Senior Adviser Tom Rusk.\n"
    article = parse_article("Title: T\n\n" + LEDE + quotation)
    names = [s.name for s in quotes.list_speakers(article).speakers]
    assert names == ["Tom Rusk"]


def test_a_title_word_after_a_given_name_is_still_a_surname():
    text = "Coach Paul Manager led the club for a decade.\n\n“We were never afraid,” Manager said.\n"
    assert speakers_of(text) == ["Paul Manager"]
