""" "When did police announce the arrests?" asks when something was said: the day the report gives ("police
said Tuesday") answers it, though it dates no other event."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHEN, answer_type_score

RAIDS = parse_article(
    "Title: Port smuggling ring broken up\n\n"
    "Harbour police have arrested 12 people suspected of smuggling tobacco through the port of Dunmere, "
    "police announced Tuesday.\n\n"
    "The arrests followed an inquiry that began after a tip-off from dock workers.\n\n"
    "Officers seized 40 crates from a warehouse near the quay.\n"
)


def test_the_day_of_the_report_answers_when_it_was_said():
    result = answer_question(RAIDS, "When did police announce the arrests?")
    assert result.tier == 1
    assert "police announced Tuesday" in result.answer


def test_the_day_of_the_report_dates_no_other_event():
    text = "Harbour police have arrested 12 people, police said Tuesday."
    assert answer_type_score(WHEN, text, {"arrested", "people"}) < 1
