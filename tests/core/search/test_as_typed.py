"""`lookup` of one number with thousands separators, a score or one acronym in capitals: only the
paragraphs that write it so, with only it marked."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.search.engine import MARK_END, MARK_START, lookup

STUDY = parse_article(
    "Title: Walking study\n\n"
    "People who walked 7,000 steps a day did better than those who walked 3,000, "
    "in a study of 48,000 adults.\n\n"
    "There was no extra benefit beyond about 10,000 steps.\n\n"
    "A WHO spokeswoman said the findings were expected.\n"
)


def _marked(hit) -> list[str]:
    return [part.split(MARK_END)[0] for part in hit.marked.split(MARK_START)[1:]]


def test_a_grouped_number_finds_only_the_paragraphs_writing_it():
    result = lookup(STUDY, "10,000", 5)
    assert [h.paragraph for h in result.hits] == [2]
    assert result.total == 1


def test_a_grouped_number_marks_only_itself():
    hit = lookup(STUDY, "7,000", 5).hits[0]
    assert _marked(hit) == ["7,000"]


def test_a_grouped_number_the_article_never_writes_matches_nothing():
    assert lookup(STUDY, "20,000", 5).hits == ()


def test_an_acronym_in_capitals_is_not_the_word_it_spells():
    result = lookup(STUDY, "WHO", 5)
    assert [h.paragraph for h in result.hits] == [3]


def test_the_query_is_echoed_as_typed():
    assert lookup(STUDY, "10,000", 5).searched == "10,000"


def test_a_sum_with_its_currency_sign_is_echoed_as_typed():
    article = parse_article("Title: Raid\n\nThieves took watches worth an estimated £80,000.\n")
    assert lookup(article, "£80,000", 5).searched == "£80,000"


def test_a_name_with_an_ampersand_is_echoed_as_typed():
    article = parse_article("Title: Raid\n\nTwo men entered Hartley & Sons on Market Street.\n")
    assert lookup(article, "Hartley & Sons", 5).searched == "Hartley & Sons"


MATCH = parse_article(
    "Title: Rovers win\n\n"
    "Last updated: 21:58 GMT\n\n"
    "Bramley Rovers beat Eastport 2-1 on Saturday in front of 6,412 fans.\n\n"
    "Eastport had won 3 of their last 21 games.\n"
)


def test_a_score_finds_only_the_paragraph_writing_it_not_its_numbers_apart():
    result = lookup(MATCH, "2-1", 5)
    assert [h.paragraph for h in result.hits] == [2]
    assert _marked(result.hits[0]) == ["2-1"]


def test_a_score_the_article_never_writes_matches_nothing():
    assert lookup(MATCH, "3-0", 5).hits == ()


def test_a_number_typed_without_separators_finds_it_written_with_them():
    result = lookup(MATCH, "6412", 5)
    assert [h.paragraph for h in result.hits] == [2]
    assert _marked(result.hits[0]) == ["6,412"]


RESULTS = parse_article(
    "Title: Bank results\n\n"
    "Its share of the mortgage market rose to 8.4% from 7.1%.\n\n"
    "Shares rose 4.6% in early trading.\n\n"
    "Analysts expect the margin to fall to about 2.8% next year, and profit to reach £1.42bn.\n\n"
    "The board meets again at 18:15 on Friday, not at 20:15 as planned.\n"
)


def test_a_decimal_finds_only_the_paragraphs_writing_it_not_its_digits_apart():
    # Indexed as "8" and "4", "8.4" found the 4 of "4.6%" and the 8 of "2.8%".
    result = lookup(RESULTS, "8.4", 5)
    assert [h.paragraph for h in result.hits] == [1]
    assert _marked(result.hits[0]) == ["8.4"]


def test_a_decimal_with_its_sign_and_unit_marks_them_too():
    assert _marked(lookup(RESULTS, "8.4%", 5).hits[0]) == ["8.4%"]
    assert [h.paragraph for h in lookup(RESULTS, "£1.42bn", 5).hits] == [3]


def test_a_decimal_typed_with_a_unit_the_article_does_not_write_finds_the_number():
    assert [h.paragraph for h in lookup(RESULTS, "4.6pc", 5).hits] == [2]


def test_a_time_finds_only_the_paragraph_writing_it():
    result = lookup(RESULTS, "18:15", 5)
    assert [h.paragraph for h in result.hits] == [4]
    assert _marked(result.hits[0]) == ["18:15"]


def test_a_whole_number_finds_only_the_paragraphs_writing_it_alone():
    article = parse_article(
        "Title: Board\n\nShares fell 2.8% on the news.\n\nTwo of the 2 remaining directors resigned.\n"
    )
    result = lookup(article, "2", 5)  # the 2 of "2.8%" is no 2
    assert [h.paragraph for h in result.hits] == [2]


def test_a_word_with_a_precomposed_letter_is_found_when_typed_with_it():
    # The query is composed (NFC), which splits "\u0958" into a letter and a combining nukta.
    article = parse_article("Title: Script\n\nThe sign A\u0958\u00b5 is printed on the box.\n")
    assert api.lookup(article, "A\u0958\u00b5").total == 1


def test_a_word_with_an_accent_typed_after_its_letter_is_found_either_way():
    article = parse_article("Title: Cafes\n\nThe cafe\u0301 on the pier reopens in May.\n")
    assert api.lookup(article, "café").total == 1
    assert api.lookup(article, "cafe").total == 1
