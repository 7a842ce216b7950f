"""A US territory's name ("Puerto Rico", "Guam") is a place, never a person: it neither speaks nor
stands between a speaker and the words he is blamed for saying."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Governor defends storm response\n\n"
    "Governor Tom Vance defended the storm response in Puerto Rico on Friday.\n\n"
    "“We have done a great job with the almost impossible situation in Puerto Rico,” Vance said.\n\n"
    "Vance had kind words for Puerto Rico Gov. Ricardo Ross, thanking him for his work.\n\n"
    "Vance also drew fire on Saturday for saying some people in Puerto Rico “want everything to be "
    "done for them when it should be a community effort.”\n\n"
    "Opponents contrasted his approach to Puerto Rico to his recent hurricane efforts in Texas.\n"
)


def test_puerto_rico_is_no_person():
    names = [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + TEXT))]
    assert sorted(names) == ["Ricardo Ross", "Tom Vance"]


def test_words_blamed_on_a_speaker_about_people_in_a_territory_are_his():
    assert speakers_of(TEXT) == ["Tom Vance", "Tom Vance"]
