"""`lookup` of two abbreviations in one query ("U.S. and U.N. officials"), or of one with punctuation
typed against it ("U.S.,", "(U.N.)", "U.S.'s"), searches each abbreviation as itself: it fell back to
their letters, so every "U" matched (a U-boat paragraph) and the letters were bold."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.search import wording
from bot.core.search.engine import MARK_END, MARK_START, lookup

QUAY = parse_article(
    "Title: Quay repairs stall\n\n"
    "U.S. and U.N. officials met at the quay on Monday to discuss the repairs.\n\n"
    "The U.N. envoy said the U.S. delegation had left early.\n\n"
    "A U-boat museum opened near the quay last year.\n\n"
    "Officials from the port authority declined to comment.\n\n"
    "The U.S., Canada and Mexico signed the accord on Friday.\n"
)


def _marked(hit) -> list[str]:
    return [part.split(MARK_END)[0] for part in hit.marked.split(MARK_START)[1:]]


def test_two_abbreviations_find_the_paragraphs_writing_both_first():
    result = lookup(QUAY, "U.S. and U.N. officials", 10)
    assert [h.paragraph for h in result.hits] == [1, 2, 5, 4]
    assert result.total == 4  # the U-boat paragraph is no match


def test_two_abbreviations_are_marked_whole_and_their_letters_nowhere():
    hits = {h.paragraph: _marked(h) for h in lookup(QUAY, "U.S. U.N.", 10).hits}
    assert hits == {1: ["U.S.", "U.N."], 2: ["U.N.", "U.S."], 5: ["U.S."]}


def test_two_abbreviations_are_echoed_as_typed():
    assert wording.title(lookup(QUAY, "U.S. and U.N. officials", 10)) == "“U.S. and U.N. officials”: 1–4 of 4"


@pytest.mark.parametrize("query", ["U.S.,", "(U.S.)", "“U.S.”", "U.S.'s", "U.S.’s", "US:"])
def test_punctuation_typed_against_an_abbreviation_is_no_part_of_it(query):
    result = lookup(QUAY, query, 10)
    assert [h.paragraph for h in result.hits] == [1, 2, 5]
    assert all(_marked(h) == ["U.S."] for h in result.hits if h.paragraph != 2)


def test_a_punctuated_abbreviation_among_words_is_searched_as_itself():
    result = lookup(QUAY, "U.S.'s delegation", 10)
    assert [h.paragraph for h in result.hits] == [2, 1, 5]
    assert _marked(result.hits[0]) == ["U.S. delegation"]  # adjacent marks join


def test_a_dotted_abbreviation_no_paragraph_writes_is_left_out_and_named():
    result = lookup(QUAY, "U.K. officials", 10)
    assert [h.paragraph for h in result.hits] == [1, 4]
    assert result.ignored == ("U.K.",)
    assert wording.notes(result) == ["No paragraph mentions “U.K.”; showing “officials”."]


def test_an_abbreviation_hyphened_to_a_word_is_searched_as_itself_and_the_word():
    quay = parse_article(
        "Title: Cranes\n\nThe U.S.-made cranes arrived on Monday.\n\nThe U.N. envoy inspected them.\n\n"
        "A U-boat museum opened near the quay.\n\nThe U.S. delegation left early.\n"
    )
    result = lookup(quay, "U.S.-made", 10)
    assert [h.paragraph for h in result.hits] == [1, 4]
    assert _marked(result.hits[0]) == ["U.S.", "made"]
