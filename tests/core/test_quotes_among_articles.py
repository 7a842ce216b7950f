"""api.quote_among, a /quote naming no article put to several: quoted in none of them, the reply
speaks of the article that names the person, or of all the loaded articles, never of "this article"
alone when the footer can name only one."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

WEIR = parse_article(
    "Title: Weir closes\n\n"
    "The Lanthorn weir will close for repairs, the river authority said. "
    "Council leader Petra Vanterpool said: “It must be done.”\n"
)
SENATE = parse_article(
    "Title: Senate seat\n\nFormer mayor Osric Pellow took his seat in the Senate on Tuesday. "
    "Pellow, 58, led the city council from 2009.\n\nThe Red Cross sent a team to the city.\n"
)


def test_a_name_no_article_holds_is_said_missing_from_all_of_them():
    article, result = api.quote_among([WEIR, SENATE], "Merkel")
    assert article is WEIR and result.speaker is None
    assert result.message == "No one called “Merkel” is named in any of the 2 loaded articles."
    assert result.quoted == ()  # "Quoted in this article" would list the people of one of them


def test_a_person_named_but_never_quoted_is_said_so_from_the_article_naming_them():
    article, result = api.quote_among([WEIR, SENATE], "Pellow")
    assert article is SENATE and result.speaker.name == "Osric Pellow"
    assert "never quoted" in result.message


def test_a_misspelt_name_quoted_in_a_later_article_is_found_there():
    article, result = api.quote_among([SENATE, WEIR], "Vanterpol")
    assert article is WEIR and result.speaker.name == "Petra Vanterpool" and result.quotes


def test_an_organisation_one_article_mentions_is_said_mentioned_there():
    article, result = api.quote_among([WEIR, SENATE], "Red Cross")
    assert article is SENATE and result.message.startswith("“Red Cross” is mentioned in the article")


def test_a_pronoun_keeps_its_own_advice():
    _, result = api.quote_among([WEIR, SENATE], "he")
    assert "pronoun" in result.message


def test_one_article_still_says_this_article():
    _, result = api.quote_among([WEIR], "Merkel")
    assert result.message.startswith("No one called “Merkel” is named in this article.")
