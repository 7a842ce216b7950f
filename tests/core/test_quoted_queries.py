"""A speaker or keyword typed inside quotation marks ("spy balloon", ‘Burns’) is looked up without them,
and every echo of it reads “spy balloon”, never “"spy balloon"”."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.search import wording

TOWN = parse_article(
    "Title: Town votes\n\n"
    "The town council approved the new tram line on Monday.\n\n"
    "“The tram line will change this town,” said councillor Ada Ruiz.\n"
)


def test_a_quoted_keyword_is_searched_and_echoed_without_its_marks():
    result = api.lookup(TOWN, '"tram line"')
    assert wording.title(result) == "“tram line”: 1–2 of 2"


def test_a_quoted_keyword_that_matches_nothing_is_echoed_once_quoted():
    assert wording.nothing_found(api.lookup(TOWN, "‘pizza’")) == "Nothing in the article matches “pizza”."


def test_a_quoted_speaker_is_found():
    assert api.quote(TOWN, "“Ruiz”").speaker.name == "Ada Ruiz"


def test_an_apostrophe_inside_a_word_stays():
    assert api.lookup(TOWN, "'90s").query == "'90s"
