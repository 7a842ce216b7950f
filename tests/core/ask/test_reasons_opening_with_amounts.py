"""A reason whose clause opens with an amount of people or things ("because hundreds of residents
complained", "because many disagreed") is a reason; only an amount of time after the marker is a span
("for 11 years", "after ten minutes"), and a number word starts no longer word ("because tenants ...")."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHY, answer_type_score

ASKED = {"ferry", "closed"}


@pytest.mark.parametrize(
    "reason",
    [
        "because tenants of the flats complained",
        "because hundreds of residents complained",
        "because many objected",
    ],
)
def test_a_reason_opening_with_a_word_of_amount_is_a_reason(reason):
    assert answer_type_score(WHY, f"The ferry was closed on Monday {reason} about its noise.", ASKED) == 1.0


@pytest.mark.parametrize(
    "span", ["for 11 years", "for several more weeks", "after ten minutes", "since 2019"]
)
def test_a_span_of_time_after_the_marker_is_no_reason(span):
    assert answer_type_score(WHY, f"The ferry was closed {span}.", ASKED) < 1.0


def test_why_is_answered_by_a_reason_whose_subject_opens_with_ten():
    article = parse_article(
        "Title: Harbour ferry stops\n\n"
        "The harbour ferry service was closed on Monday because tenants of the waterfront flats "
        "complained about its noise.\n\n"
        "The council said the boats would be sold. Ferries have run in the town for forty years.\n"
    )
    result = answer_question(article, "Why was the harbour ferry service closed?")
    assert result.tier == 1
    assert "because tenants" in result.answer
