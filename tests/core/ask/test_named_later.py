"""A lede that describes the person it is about ("A 34-year-old man has been charged ...") answers
"Who ...?" with the sentence a little later that names him, as news copy introduces people."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

ROBBERY = parse_article(
    "Man charged over raid\n\n"
    "A 34-year-old man has been charged with armed robbery after a jeweller's in Kessling was raided.\n\n"
    "Police said two men escaped with watches worth an estimated £80,000.\n\n"
    "Daniel Rourke, of Ashgrove Road, appeared at Kessling Magistrates' Court on Monday.\n"
)


def test_who_is_answered_with_the_sentence_naming_the_person_the_lede_describes():
    result = answer_question(ROBBERY, "Who has been charged with armed robbery?")
    assert result.tier == 1
    assert result.answer.startswith("A 34-year-old man has been charged")
    assert "Daniel Rourke" in result.answer
    assert [s.paragraph for s in result.sources] == [1, 3]


def test_a_question_that_is_not_who_keeps_the_lede_alone():
    result = answer_question(ROBBERY, "What was the man charged with?")
    assert "Daniel Rourke" not in (result.answer or "")


def test_a_name_no_list_knows_is_taken_when_an_age_follows_it():
    article = parse_article(
        "Spy on hunger strike\n\n"
        "An ex-intelligence officer is entering the seventh week of a hunger strike in Kessling.\n\n"
        "Vytautas Marozas, 50, claims he was betrayed by the authorities he spied for.\n"
    )
    result = answer_question(article, "Who is on hunger strike?")
    assert "Vytautas Marozas" in result.answer
