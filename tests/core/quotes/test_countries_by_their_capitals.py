"""/quote China reaches what the article says Beijing said, and /quote Beijing what China said: news
writes a country's government by its name or its capital's; a longer name holding a capital
("the Washington Post") is no country."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

TALKS = (
    "Title: Talks stall over Harbor Strait\n\n"
    "Trade talks stalled on Tuesday after a day of meetings in Geneva.\n\n"
    "Beijing said the proposed tariffs were “a step backward for the world economy.”\n\n"
    "The Washington Post reported that the tariffs would “stay for months.”\n\n"
    "Officials are due to meet again next month.\n"
)

BOTH = (
    "Title: Patrols anger China\n\n"
    "China on Monday said the patrols were “a provocation.”\n\n"
    "Beijing later added that it would “respond firmly.”\n"
)


def _found(text: str, query: str) -> quotes.QuoteResult:
    return quotes.find_quotes(parse_article(text), query)


def test_the_country_reaches_its_capitals_words():
    result = _found(TALKS, "China")
    assert result.speaker is not None and result.speaker.name == "Beijing"
    assert [q.text for q in result.quotes] == ["a step backward for the world economy."]
    assert result.message == "The article writes “Beijing” for China."


def test_the_capital_and_the_country_each_point_to_the_other():
    china, beijing = _found(BOTH, "china"), _found(BOTH, "Beijing")
    assert (china.speaker.name, [q.paragraph for q in china.quotes]) == ("China", [1])
    assert china.message == "Also quoted as “Beijing”: /quote Beijing."
    assert (beijing.speaker.name, [q.paragraph for q in beijing.quotes]) == ("Beijing", [2])
    assert beijing.message == "Also quoted as “China”: /quote China."


def test_a_name_holding_a_capital_is_no_country():
    result = _found(TALKS, "US")
    assert not result.quotes
    assert result.message == "No place or organisation called “US” is quoted in this article."


def test_the_country_of_another_capital_finds_nothing():
    assert not _found(TALKS, "Japan").quotes
