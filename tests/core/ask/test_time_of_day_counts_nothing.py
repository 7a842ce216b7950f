""" "How many firefighters ...?" is not answered by a time of day ("by about 22:00 local time (2100 UTC)",
"at 7 p.m."): it counts nothing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


def fire(when: str):
    return parse_article(
        "Car park fire\n\n"
        "A fire broke out at a car park next to the airport on Tuesday afternoon.\n\n"
        f"By about {when} on Tuesday the flames were under control. Local firefighters planned to"
        " continue to monitor the situation.\n\n"
        "Police said they questioned the owner of the car.\n"
    )


def test_a_clock_time_counts_no_firefighters():
    assert answer_question(fire("22:00 local time (2100 UTC)"), "how many firefighters were there").tier == 2


def test_an_evening_hour_counts_no_firefighters():
    assert answer_question(fire("7 p.m."), "How many firefighters were there?").tier == 2


def test_a_count_beside_the_noun_still_answers():
    article = parse_article(
        "Car park fire\n\nA fire broke out at a car park on Tuesday. By 22:00, 40 firefighters were at the"
        " scene.\n\nPolice questioned the owner of the car.\n"
    )
    result = answer_question(article, "How many firefighters were there?")
    assert result.tier == 1
    assert "40 firefighters" in result.answer
