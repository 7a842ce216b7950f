"""In an article that is one paragraph (a one-line corpus text), a best sentence that another one
further on matches about as well is no sure answer: the closest passage shows both."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

FERRIES = parse_article(
    "Crossings to the island of Corran were back to normal this week after a winter of storms. "
    "The ferry left Oban on Monday with forty passengers and a cargo of timber. Harbour staff at Corran "
    "said the crossing had been calm and the boat was on time. Islanders had waited three weeks for "
    "fresh bread, and the shop at the pier sold out within an hour of the boat's arrival. The council "
    "said it would look again at the timetable before the summer, when visitors double the island's "
    "numbers. Engineers spent Thursday checking the boat's propeller in the harbour. The ferry left "
    "Oban again on Friday with a smaller load of post and fuel.\n"
)


def shown(result) -> str:
    return " ".join([result.passage.text, *(a.text for a in result.also)])


def test_two_sentences_matching_the_question_alike_give_the_passage_showing_both():
    result = answer_question(FERRIES, "When did the ferry leave Oban?")
    assert result.tier == 2
    assert "on Monday" in shown(result) and "on Friday" in shown(result)


CHAPEL = parse_article(
    "Hundreds of walkers have gathered on a hillside in Corran after a storm uncovered the walls of an "
    "old chapel. The stones had lain under peat for centuries, according to the island's historian, who "
    "said the chapel was probably built by monks from the mainland. Farmers who graze sheep on the hill "
    "said they had never seen anything like it, and the council has fenced off the site while experts "
    "decide what to do. Hundreds of visitors have gathered on a hillside in the Kilbride area of Corran, "
    "after the walls of an old chapel appeared after a storm. The historian plans a dig in the spring.\n"
)


def test_a_sentence_saying_the_best_one_again_is_no_rival():
    result = answer_question(CHAPEL, "Where have hundreds gathered on a hillside?")
    assert result.tier == 1
    assert "in Corran" in result.answer
