"""A person named after a title in "according to ...", and offices no longer held, on small articles
written for them (issue 11)."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

FARM_BILL = (
    "Title: Farm bill talks stall\n\n"
    "Senate negotiators traded accusations on Thursday.\n\n"
    "According to Agriculture Secretary Tom Bradley, the department “cannot keep paying farmers under "
    "the old rules past September 30.”\n\n"
    "In a post online, former Sen. Dale Whitcomb wrote: “Nobody in Washington seems to remember who "
    "grows the food.”\n"
)


def _speakers() -> dict[str, str | None]:
    return {s.name: s.role for s in api.speakers(parse_article(FARM_BILL)).speakers}


def test_according_to_a_title_and_a_name_gives_the_quotation_to_the_person():
    said = [q.speaker for q in quotes.extract_quotes(parse_article(FARM_BILL)) if "paying" in q.text]
    assert said == ["Tom Bradley"]


def test_according_to_is_no_part_of_the_role_after_it():
    assert _speakers()["Tom Bradley"] == "Agriculture Secretary"


def test_a_former_senator_is_shown_as_one():
    assert _speakers()["Dale Whitcomb"] == "former senator"
