"""A month that is also a given name ("Jan", "April", "June") before a surname is part of the
name, unless a word of time stands before it ("in May", "a June rally"); so is a month's name after
an East Asian family name ("Ai Jun"), and the month alone is that person where it stands as a name.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _speakers(body: str) -> list[str]:
    article = parse_article(f"Title: T\n\n{body}\n")
    return [s.name for s in quotes.list_speakers(article).speakers]


def test_jan_before_a_surname_is_a_given_name():
    body = '"We fought this for two years," said Jan Morrow, 64, who lives nearby.'
    assert _speakers(body) == ["Jan Morrow"]


def test_april_opening_a_name_is_a_given_name():
    assert _speakers('April Dunmore said the plan was "a disaster for the valley."') == ["April Dunmore"]


def test_a_month_after_a_word_of_time_is_no_given_name():
    body = 'In May Dunmore said the plan was "a disaster for the valley."\n\nOlivia Dunmore spoke later.'
    assert _speakers(body) == ["Olivia Dunmore"]


def test_a_month_after_an_article_is_no_given_name():
    body = 'At a June Dunmore rally, Olivia Dunmore said the plan was "a disaster for the valley."'
    assert _speakers(body) == ["Olivia Dunmore"]


def test_a_month_after_an_east_asian_family_name_is_a_given_name():
    said = speakers_of(
        "“Few of her plans will please the growers,” columnist Zhao Jun wrote in the paper.\n\n"
        "But she shares one worry with the farms, the columnist suggested.\n\n"
        "“The growers have waited long enough,” Jun wrote.\n"
    )
    assert said == ["Zhao Jun", "Zhao Jun"]


def test_the_month_alone_after_a_preposition_stays_a_month():
    said = speakers_of(
        "“Few of her plans will please the growers,” columnist Zhao Jun wrote.\n\n"
        "In Jun, “the talks started again in earnest,” officials said.\n"
    )
    assert said == ["Zhao Jun", "officials"]
