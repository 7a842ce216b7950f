"""A setback's or a push's participle names its cause with "by": "had its opening delayed by the floods"
answers "Why was the opening delayed?", as "because of the floods" would; "arrested by police" names a
doer, no reason."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHY, answer_type_score

BRIDGE = parse_article(
    "River crossing opens\n\n"
    "The new Carrow bridge opened to traffic on Tuesday, three years after building began.\n\n"
    "The bridge, which had its opening delayed by the floods of last winter, carries four lanes of "
    "traffic.\n\n"
    "The council said the old crossing would close for repairs next month.\n"
)


def test_a_delay_by_something_gives_the_reason():
    result = answer_question(BRIDGE, "Why was the opening delayed?")
    assert result.tier == 1
    assert "delayed by the floods" in result.answer


def test_an_event_named_by_its_date_is_a_cause_not_a_time_span():
    text = "The jet, which had its launch delayed by the 11 September attacks, flew on Monday."
    assert answer_type_score(WHY, text, {"launch", "delayed"}) == 1.0


def test_a_doer_after_by_is_no_reason():
    asked = {"man", "arrested", "records", "held"}
    assert answer_type_score(WHY, "The man was arrested by police on Friday.", asked) == 0.0
    assert answer_type_score(WHY, "The records held by the ministry were opened.", asked) == 0.0
