"""ask.people: the words an article calls a person by on second mention, and a role with its
determiner ("the top US diplomat", "Robert's son")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
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


COUNCIL_ROW = (
    "Depot plan splits the council\n"
    "“We were never asked,” said Marta Quell, a former planning officer who now runs a residents’ group.\n"
    "“The depot will bring jobs,” retired fire chief Owen Darrow told the meeting on Monday.\n"
    "The council will vote on the plan next month.\n"
)


def test_who_is_keeps_the_article_a_role_is_written_with():
    article = parse_article(COUNCIL_ROW, "council-row")
    answer = answer_question(article, "Who is Marta Quell?")
    assert answer.answer.startswith("Marta Quell is a former planning officer")


def test_who_is_keeps_a_word_of_time_written_before_a_title():
    article = parse_article(COUNCIL_ROW, "council-row")
    answer = answer_question(article, "Who is Owen Darrow?")
    assert answer.answer == "Owen Darrow is the retired fire chief."


NAMESAKES = (
    "Title: Harbour board backs the new pier\n\n"
    "The board met in the hall named after the late mayor Tomas Reyes, where a portrait of Ines hangs.\n\n"
    "Ines Talbot, chief executive of the Lenmouth Harbour Trust, said the pier would open in spring.\n\n"
    "“We have waited long enough,” Talbot said.\n"
)


def test_who_is_cites_the_sentence_naming_the_person_in_full_not_a_namesake():
    article = parse_article(NAMESAKES, "namesakes")
    answer = answer_question(article, "Who is Ines Talbot?")
    assert answer.answer == "Ines Talbot is the chief executive of the Lenmouth Harbour Trust."
    assert [s.paragraph for s in answer.sources] == [2]
    assert answer.sources[0].text.startswith("Ines Talbot, chief executive")
