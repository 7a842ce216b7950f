"""A web address's path is no prose: it may spell words ("https://brenmoor.example/fees_2027#roof"),
but a question about the fee is about the sentence that gives it. The site's name stays a word."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index, tokenize

MARKET = parse_article(
    "Stallholders walk out\n\n"
    "Traders at the Brenmoor market walked out on Friday over a new pitch fee of £25 a day.\n\n"
    '"We cannot pay this," said stallholder Ines Harlow, who sells bread.\n\n'
    'A council spokesman said: "Fees pay for the new roof. See https://brenmoor.example/fees_2027#roof'
    ' for the plan."\n'
)


ADDRESSES = "See https://brenmoor.example/fees_2027#roof or www.brenmoor.example/fees now"


def test_a_web_address_holds_only_its_site_name():
    terms, starts, _, _ = tokenize(ADDRESSES)
    assert terms == ["see", "https", "brenmoor", "example", "or", "www", "brenmoor", "example", "now"]
    assert starts[-1] == ADDRESSES.index("now")


def test_a_question_is_not_answered_by_a_web_address_spelling_its_word():
    assert "£25 a day" in answer_question(MARKET, "What is the fee?").answer


BINS = parse_article(
    "Bin rounds change\n\n"
    "Brenmoor council will collect bins every other week from March.\n\n"
    "The new days are posted at www.brenmoor.example/compost-timetable.\n"
)


def test_a_word_only_a_web_address_spells_is_not_missing():
    reply = answer_question(BINS, "Where is the compost timetable?")
    assert not reply.missing
    assert reply.passage is not None and "brenmoor.example/compost-timetable" in reply.passage.text


def test_an_article_s_path_words_are_those_of_every_sentence_s_addresses():
    article = parse_article(
        "Ferry times\n\nThe new timetable is at WWW.Gullport.example/Winter-Times. "
        "Fares are at https://gullport.example/fares_2027#child.\n\nNo address here.\n"
    )
    assert build_index(article).web_path_words == {"winter", "times", "fares", "2027", "child"}
