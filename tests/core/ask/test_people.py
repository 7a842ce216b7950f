"""ask.people: the words an article calls a person by on second mention, and a role with its
determiner ("the top US diplomat", "Robert's son")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.people import mention_terms, with_determiner
from bot.core.quotes import engine as quotes
from bot.core.search.index import build_index

FAMILY_NAME_FIRST = (
    "Summit opens in Tianjin\n"
    "Chinese Premier Li Qiang, the head of the State Council, opened the summit on Tuesday.\n"
    "“We welcome every partner,” Li said in his opening speech.\n"
    "Delegates from forty countries attended the summit.\n"
)


def test_a_person_is_found_by_the_name_the_article_uses_on_second_mention():
    article = parse_article(FAMILY_NAME_FIRST, "family-name-first")
    person = quotes.find_person(article, "Li Qiang")
    assert mention_terms(build_index(article), person) == {"li"}


def test_a_role_gains_the_determiner_it_was_gathered_without():
    assert with_determiner("top US diplomat") == "the top US diplomat"
    assert with_determiner("Robert's son") == "Robert's son"
