"""A number written in parts ("$21.3", "10,000", "2-1") among other words of a lookup, which no
paragraph writes, is named as matching nothing: searched as words, its parts matched any 21 or 3
("$21.3 billion" listed "Item 21" and "Fig. 3", with “billion” said missing)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.search import wording
from bot.core.search.engine import lookup

BUDGET = parse_article(
    "Title: Budget vote\n\n"
    "The council approved a budget of $87 billion on Tuesday.\n\n"
    "Item 21 of the plan funds the harbour.\n\n"
    "Figure 3 shows the cost of the roads, 2 of which close in May.\n\n"
    "The 10,000 seats of the stadium were full when the home side won 3-1.\n"
)


def test_a_decimal_no_paragraph_writes_is_named_not_split():
    result = lookup(BUDGET, "$21.3 billion", 5)
    assert [h.paragraph for h in result.hits] == [1]
    assert wording.notes(result) == ["No paragraph mentions “$21.3”; showing “billion”."]
    assert result.query == "$21.3 billion"


def test_a_grouped_number_no_paragraph_writes_is_named_not_split():
    result = lookup(BUDGET, "20,000 seats", 5)
    assert [h.paragraph for h in result.hits] == [4]
    assert wording.notes(result) == ["No paragraph mentions “20,000”; showing “seats”."]


def test_a_score_no_paragraph_writes_is_named_not_split():
    assert wording.notes(lookup(BUDGET, "2-1 stadium", 5)) == [
        "No paragraph mentions “2-1”; showing “stadium”."
    ]


def test_nothing_else_written_matches_nothing():
    result = lookup(BUDGET, "$21.3 trillion", 5)
    assert result.hits == ()
    assert wording.nothing_found(result) == "Nothing in the article matches “$21.3 trillion”."


def test_a_number_the_article_writes_is_searched_as_before():
    result = lookup(BUDGET, "$87 billion", 5)
    assert [h.paragraph for h in result.hits] == [1]
    assert wording.notes(result) == []
    assert lookup(BUDGET, "10,000 seats", 5).hits[0].paragraph == 4
