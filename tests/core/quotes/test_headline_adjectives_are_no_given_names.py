"""An adjective by its ending before a surname ("More: Defiant Halvorsen returns", "Combative Reyes
is back") is a headline's description, no given name: the surname stays the titled person's."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

ARTICLE = (
    "Title: T\n\n"
    "President Halvorsen defended his record on Tuesday at a rally in Pinecrest.\n\n"
    "“We have done more than anyone expected,” Halvorsen said.\n\n"
    "More: Defiant Halvorsen returns to the campaign trail\n"
)


def test_no_person_is_made_of_the_adjective_and_the_surname():
    names = [s.name for s in quotes.list_speakers(parse_article(ARTICLE)).speakers]
    assert names == ["Halvorsen"]


def test_a_given_name_the_census_lists_still_opens_a_name():
    article = parse_article(ARTICLE.replace("Defiant Halvorsen returns", "Clive Halvorsen returns"))
    assert quotes.find_person(article, "Clive Halvorsen") is not None
