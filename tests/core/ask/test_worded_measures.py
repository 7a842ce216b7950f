""" "How long ...?" is answered by a length of time said in words ("an hour and a half", "half an hour",
"a couple of days"); "How tall ...?" is not answered by a score ("beat her 6-4 in the final set": the
"4 in" is no four inches), though a height written as US copy does, "the 6-4 forward", still answers in
a sentence about height; "How big ...?" prefers a measure of size ("40 acres", "the size of") to a time."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import answer_type_score, classify, kind_markers

DELAYS = parse_article(
    "Rail line closed after storm\n\n"
    "The rail line between Dunmore and Kelby was closed on Friday after a tree fell on the track.\n\n"
    "Passengers were stuck on one train for an hour and a half before buses arrived.\n\n"
    "Engineers said the repairs would take a couple of days.\n\n"
    "A second train waited half an hour at Kelby.\n"
)
FINAL = parse_article(
    "Moll wins Harbour Open\n\n"
    "Anke Moll beat Ada Frey 6-4 in the final set to win the Harbour Open on Sunday.\n\n"
    "Frey had won the first set after a long rally.\n\n"
    "The match lasted three hours.\n"
)
PARK = parse_article(
    "New park opens in Dunmore\n\n"
    "The new park opened on Saturday after three years of building work.\n\n"
    "The mayor said the park was a big step for the town.\n\n"
    "The park covers 40 acres and is about the size of 30 football pitches.\n"
)


def _typed(question: str, text: str, words: set[str]) -> float:
    return answer_type_score(classify(question).kind, text, words | kind_markers(question))


def test_an_hour_and_a_half_says_how_long():
    result = answer_question(DELAYS, "How long were passengers stuck?")
    assert result.answer is not None and "an hour and a half" in result.answer


def test_a_couple_of_days_says_how_long():
    result = answer_question(DELAYS, "How long will the repairs take?")
    assert result.answer is not None and "a couple of days" in result.answer


def test_half_an_hour_says_how_long():
    result = answer_question(DELAYS, "How long did the second train wait?")
    assert result.answer is not None and "half an hour" in result.answer


def test_a_score_is_no_height():
    assert _typed("How tall is Moll?", FINAL.paragraph(1).text, {"tall", "moll"}) < 0.6
    assert answer_question(FINAL, "How tall is Moll?").answer is None


def test_a_hyphenated_height_in_a_sentence_about_height_says_how_tall():
    assert _typed("How tall is Moll?", "Moll, who stands 6-4, won.", {"tall", "moll"}) == 1


def test_inches_glued_to_the_figure_still_measure():
    assert _typed("How tall is Frey?", "Frey, who is 6ft 2in, won.", {"tall", "frey"}) == 1


def test_how_big_is_answered_by_a_measure_of_size_not_a_time():
    result = answer_question(PARK, "How big is the park?")
    assert result.answer is not None and "40 acres" in result.answer


def test_a_span_of_time_is_no_size():
    assert _typed("How big is the park?", "The park opened after three years of work.", {"park"}) < 0.6


def test_a_sum_still_says_how_big_a_deal_is():
    assert _typed("How big was the deal?", "It struck a $1bn deal with its pilots.", {"deal"}) == 1


def test_just_over_an_hour_says_how_long_but_a_year_ago_does_not():
    assert _typed("How long did the match last?", "She won in just over an hour.", {"match", "last"}) == 1
    assert _typed("How long did they wait?", "A year ago they left.", {"wait"}) < 0.6
