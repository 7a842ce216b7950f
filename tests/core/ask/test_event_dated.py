""" "When is the leadership election?" is answered only by a sentence naming that event, in any form
or news copy's other word for it ("the leadership vote", "the bout"): a sentence naming the party's
leadership and another thing's date ("her bid for the leadership ... should it suffer a defeat on 3
June", a council vote) dates something else and is at most the closest passage."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PARTY = parse_article(
    "Harlow eyes the top job\n\n"
    "Greenway Party deputy Ines Harlow has attacked the way her party ran the city council. Her remarks"
    " will be seen as the latest step in her bid for the leadership of the party should it suffer a defeat"
    " on 3 June. Harlow, 44, has been deputy since 2019. She first stood for the council in the 2015"
    " election.\n"
)


def test_a_date_of_another_thing_does_not_answer_when_the_event_is():
    reply = answer_question(PARTY, "when is the leadership election")
    assert reply.answer is None


def test_a_sentence_naming_the_event_still_answers():
    vote = parse_article(
        "Greens to pick a leader\n\n"
        "The Greenway Party will hold its leadership election on 3 June, its chairman said.\n\n"
        "Two candidates, Ines Harlow and Piet Moll, are standing.\n"
    )
    assert "3 June" in answer_question(vote, "When is the leadership election?").answer
