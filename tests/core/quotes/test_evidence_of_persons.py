"""What shows a run of capitalised words is a person: an age or a noun only a person takes in
apposition, a common given name, a "who" after it, a given name alone for one the article described.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


def test_a_person_described_then_named_by_a_given_name_alone_speaks_her_she_said():
    text = (
        "The mayor spoke at the pier on Monday and was heckled.\n\n"
        "The woman who started it all identified herself to reporters as a 52-year-old Salem resident "
        "named Caroline.\n\n"
        "“He truly cares about the town,” she said of the mayor.\n"
    )
    assert speakers_of(text) == ["Caroline"]


def test_a_person_identified_only_by_a_given_name_is_a_speaker():
    text = (
        "The protest was led by a woman, identified only as Joan, who lives near the pier.\n\n"
        "“We were never asked,” she said.\n"
    )
    assert speakers_of(text) == ["Joan"]


def _people(text: str) -> dict[str, str | None]:
    article = parse_article("Title: T\n\n" + text)
    return {p.name: p.gender for p in quotes._analyse(article).registry.persons}


def test_an_age_in_an_appositive_makes_a_full_name_a_person():
    text = "The shooting killed Omar Dale Fenn, a 41-year-old, near his home.\n"
    assert "Omar Dale Fenn" in _people(text)


def test_an_appositive_noun_only_a_person_takes_makes_a_full_name_a_person():
    text = "Rita Vance, her Green rival, toured the port on Friday.\n"
    assert "Rita Vance" in _people(text)


def test_a_common_given_name_makes_a_full_name_a_person():
    text = (
        "During the town hall, Tina Marwick had a question for the president.\n\n"
        "“My son gave his life,” she said.\n"
    )
    assert speakers_of(text) == ["Tina Marwick"]


def test_a_city_that_is_also_a_given_name_makes_no_person():
    text = "The Charlotte Observer reported the story on Friday.\n"
    assert _people(text) == {}


def test_a_headline_word_before_a_surname_makes_no_second_person():
    text = (
        "Senators Ask Moderator To Fact Check Trump\n\n"
        "Donald Trump, the nominee, spoke on Friday. Reporters check the facts.\n"
    )
    assert [name for name in _people(text) if "Trump" in name] == ["Donald Trump"]


BLOG = "quotes_ferry_blog.txt"


def test_a_name_followed_by_who_is_a_person():
    # "Walter Finch, who runs Finch Chandlery": no role, no verb of saying, still a person.
    assert quotes.find_person(own_article(BLOG), "Finch") is not None
