"""Purpose clauses give reasons: "in case they need to ...", "so we can ..." answer "Why ...?"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHY, answer_type_score

STANDBY = parse_article(
    "Title: Troops on standby\n\n"
    "Dorford has confirmed its troops are on standby in case they need to help evacuate citizens from "
    "the island.\n\n"
    "A company of 100 soldiers is ready to fly out if called upon.\n"
)


def test_in_case_gives_the_reason():
    result = answer_question(STANDBY, "Why are the troops on standby?")
    assert result.tier == 1
    assert "in case they need to help evacuate" in result.answer


def test_so_with_a_subject_and_can_gives_the_purpose():
    text = 'The chairman said: "We gave him a six-month deal so we can test each other out."'
    assert answer_type_score(WHY, text, {"chairman", "deal", "gave"}) == 1.0


FERRIES = parse_article(
    "Title: Ferry fares\n\n"
    "In response to higher fuel costs, the Gull Island ferry company raised its fares by 12% on "
    "Monday.\n\n"
    "The council cut the winter timetable in a bid to save money on crews.\n\n"
    "Passengers were angry at both changes.\n"
)


def test_in_response_to_gives_the_cause():
    result = answer_question(FERRIES, "Why did the ferry company raise its fares?")
    assert result.tier == 1
    assert "In response to higher fuel costs" in result.answer


def test_in_a_bid_to_gives_the_purpose():
    result = answer_question(FERRIES, "Why did the council cut the winter timetable?")
    assert result.tier == 1
    assert "in a bid to save money" in result.answer


def test_trying_or_intended_to_gives_the_purpose():
    text = "The firm, trying to win back customers, cut its prices with a campaign intended to draw families."
    assert answer_type_score(WHY, text, {"firm", "cut", "prices"}) == 1.0


PACT = parse_article(
    "Title: Minister signs fishing pact\n\n"
    "Fisheries minister Karen Holt travelled to Oslo on Monday to sign a fishing agreement with Norway.\n\n"
    "The pact sets quotas for cod and haddock in the North Sea for the next five years.\n"
)


def test_a_bare_to_after_what_was_done_gives_the_purpose():
    result = answer_question(PACT, "Why did Holt travel to Oslo?")
    assert result.tier == 1
    assert "to sign a fishing agreement" in result.answer


def test_a_bare_to_purpose_needs_the_deed_asked_about():
    # "held a meeting to talk": a purpose of the meeting, tied to no word of the question but a name.
    text = "On Saturday, the Harbour council held a special meeting to talk about the crowds."
    assert answer_type_score(WHY, text, {"harbour", "visitors", "came"}) == 0.0


def test_an_infinitive_a_word_takes_is_no_purpose():
    asked = {"council", "close", "closed", "pool", "man", "taken", "allowed"}
    assert answer_type_score(WHY, "The council decided to close the pool.", asked) == 0.0
    assert answer_type_score(WHY, "The man was taken to hospital with head injuries.", asked) == 0.0
    assert answer_type_score(WHY, "The council allowed them to close the pool early.", asked) == 0.0
    assert (
        answer_type_score(WHY, "Shares in the pool firm closed, before recovering to close higher.", asked)
        == 0.0
    )


def test_a_bare_to_after_an_infinitive_taken_still_gives_the_purpose():
    text = "A passenger asked the driver to stop to pick up a package."
    assert answer_type_score(WHY, text, {"passenger", "asked", "stop"}) == 1.0
