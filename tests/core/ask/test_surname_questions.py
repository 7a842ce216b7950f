"""ask: "Who is Reid?" asked by a person's surname gets the same answer however the question ends, and
the given name written between a title and the surname is no part of the title."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_ARTICLE = (
    "Harbour bridge vote passes\n\n"
    "The council voted on Tuesday to repair the harbour bridge before the winter storms.\n\n"
    'Councillor Ailsa Brodie called the vote "a win for the whole town" and thanked residents.\n\n'
    '"We listened, and we acted," said Brodie.\n\n'
    "Work is due to start in January."
)


def test_a_surname_asked_after_a_title_and_given_name_gets_the_persons_role():
    answer = answer_question(parse_article(_ARTICLE), "Who is Brodie?")
    assert answer.answer == "Ailsa Brodie is the Councillor."


def test_marks_typed_after_the_question_change_nothing():
    article = parse_article(_ARTICLE)
    plain = answer_question(article, "Who is Brodie?").answer
    assert answer_question(article, "Who is Brodie??!!").answer == plain
    assert answer_question(article, "Who is Brodie!").answer == plain
