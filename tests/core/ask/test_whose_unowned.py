""" "Whose birthday were they celebrating?" is not answered by a sentence naming only "a birthday": an
unowned thing says no whose."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PARTY = parse_article(
    "Fire at games venue\n\n"
    "A fire on Friday killed three boys at a games room the group was visiting to celebrate a birthday in"
    " Dunmore.\n\n"
    "The mayor said checks would follow.\n"
)


def test_an_unowned_thing_says_no_whose():
    assert answer_question(PARTY, "Whose birthday were they celebrating?").tier == 2


def test_an_owned_thing_answers_whose():
    article = parse_article(
        "Fire at games venue\n\n"
        "A fire on Friday killed three boys at a games room the group was visiting to celebrate Tom Reyes's"
        " birthday in Dunmore.\n\n"
        "The mayor said checks would follow.\n"
    )
    result = answer_question(article, "Whose birthday were they celebrating?")
    assert result.tier == 1
    assert "Tom Reyes" in result.answer
