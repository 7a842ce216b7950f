"""ask.sizes: "How big is the ship?" asks a measure (metres, acres, storeys, tonnes); a crew count or a
price is no size of a ship. A company, a crowd or a deal is still sized by a count or a sum."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.sizes import asked_thing, measured_by_units

_FERRY_START = (
    "New ferry reaches Portlow\n\n"
    "The ferry Marla Queen arrived in Portlow on Friday.\n\n"
    "The ship has a crew of 35.\n\n"
    "The ship cost 40 million pounds and was built in Dresk over two years.\n\n"
)
FERRY = parse_article(_FERRY_START + "Passengers said the crossing was calm.\n")
_LENGTH = "At 180 metres long, the ship is the largest to call at the port.\n"
MEASURED_FERRY = parse_article(_FERRY_START + _LENGTH)
DEPOT = parse_article(
    "Tallow Freight opens depot\n\n"
    "Tallow Freight opened a new depot in Portlow on Friday.\n\n"
    "The company has a staff of 3,500 across nine countries.\n\n"
    "Its founder, Brin Asker, started the firm in a garage.\n"
)
RALLY = parse_article(
    "Crowd marches in Dresk\n\n"
    "Protesters marched through Dresk on Sunday against the new road.\n\n"
    "Police put the crowd at about 12,000, the largest in the town for a decade.\n"
)


def test_a_crew_count_or_a_price_is_no_size_of_a_ship():
    result = answer_question(FERRY, "How big is the ship?")
    assert result.answer is None or not any(figure in result.answer for figure in ("35", "40 million"))


def test_a_length_answers_how_big_a_ship_is():
    result = answer_question(MEASURED_FERRY, "How big is the ship?")
    assert result.answer is not None
    assert "180 metres" in result.answer


def test_a_staff_count_still_sizes_a_company():
    result = answer_question(DEPOT, "How big is the company?")
    assert result.answer is not None
    assert "3,500" in result.answer


def test_a_head_count_still_sizes_a_crowd():
    result = answer_question(RALLY, "How big was the crowd?")
    assert result.answer is not None
    assert "12,000" in result.answer


def test_the_thing_asked_is_the_noun_before_its_place():
    assert asked_thing("How big was the crowd at the stadium?") == "crowd"
    assert asked_thing("How big will the new cruise ships be?") == "ship"


def test_vessels_buildings_and_sites_are_measured_in_units():
    assert measured_by_units("What size is the ferry?")
    assert measured_by_units("How large is the new tower going to be?")
    assert measured_by_units("How big is the site in acres?")
    assert not measured_by_units("How big is the deal?")
