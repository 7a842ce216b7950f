"""A count of a unit written short ("167 ft", "90 mph") or of a plural without an "s" ("791 feet", "25
people") counts that, not the noun a "How many ...?" question asks about."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import counts_another_thing


def test_a_count_of_feet_and_ft_is_no_count_of_helicopters():
    text = "At 241 metres (791 feet) long, the ship is 51 metres (167 ft) longer than the helicopter carrier."
    assert counts_another_thing("How many helicopters can it carry?", text)


def test_a_count_of_people_is_no_count_of_marriages():
    text = "In January 25 people who ran a fake marriage network were jailed for a total of 35 years."
    assert counts_another_thing("how many fake marriages are there", text)


def test_a_count_of_people_still_answers_how_many_people():
    text = "In January 25 people who took part in a fake marriage network were jailed."
    assert not counts_another_thing("How many people were jailed?", text)


def test_a_ship_counted_in_feet_does_not_answer_how_many_helicopters():
    article = parse_article(
        "Title: Navy takes delivery of carrier\n\nThe navy took delivery of the Kestrel on Tuesday at a "
        "ceremony in Portsmouth.\n\nAt 241 metres (791 feet) in length, the Kestrel is 51 metres (167 ft) "
        "longer than the Osprey, another helicopter carrier.\n\nThe admiral said the Kestrel can host "
        "seven patrol helicopters and two rescue helicopters.\n"
    )
    result = answer_question(article, "How many helicopters can it carry?")
    assert "791 feet" not in (result.answer or "")
