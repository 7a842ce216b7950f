"""A count of a short plural ("several cars", "two dogs") is a count of that noun too, and a hyphened
compound describes the noun after it: "a dozen snow-day jokes" counts jokes, no snow days."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import counts_another_thing

STORM = parse_article(
    "Title: Mayor jokes as storm shuts schools\n\n"
    "Mayor Ann Holt was in fine form on Tuesday night, posting almost a dozen snow-day jokes as another "
    "storm hit Millbrook.\n\n"
    "Schools would open two hours late, she said at dawn.\n\n"
    "On the bypass a lorry collided with several cars, and there were not enough tow trucks to clear them.\n"
)


def test_a_count_of_jokes_about_snow_days_counts_no_snow_days():
    result = answer_question(STORM, "How many snow days has Millbrook had?")
    assert result.answer is None


def test_a_hyphened_compound_describes_the_noun_after_it():
    text = "He posted almost a dozen snow-day jokes."
    assert counts_another_thing("How many snow days have there been?", text)
    assert not counts_another_thing("How many snow days have there been?", "There have been six snow days.")


def test_a_short_plural_is_counted_too():
    text = "A lorry collided with several cars on the bypass."
    assert counts_another_thing("How many tow trucks were sent?", text)
    assert counts_another_thing("How many dogs were rescued?", "Firefighters rescued two cats.")


def test_a_participle_compound_still_counts_the_noun_asked():
    assert not counts_another_thing("How many best-sellers did he write?", "He wrote 11 best-selling books.")


def test_a_count_in_another_unit_of_time_still_answers():
    assert not counts_another_thing(
        "How many days were schools closed?", "Schools were closed for two weeks."
    )
