"""Words news copy and its readers use for one another: a question's "train" is the article's
"rail", its "award" a "medal", its "plant" a "factory", its "cost" what was "spent", its "PhD" a
"doctorate". A word the article writes another way is never named as missing."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

FLOOD = parse_article(
    "Floods close schools in Varna region\n\n"
    "Heavy rain flooded 30 villages in the Varna region on Monday, officials said.\n\n"
    "Schools in 12 towns will stay closed on Tuesday. Rail traffic between Devnya and Provadia "
    "was suspended.\n\n"
    "The regional governor asked the army for help with sandbags.\n"
)

PROFILE = parse_article(
    "Chemist Ada Vrell retires\n\n"
    "Ada Vrell, who led the Halden Institute's water laboratory for 20 years, retired on Friday.\n\n"
    "She earned a doctorate from the University of Tartu in 1988 and joined the institute in 1990.\n\n"
    "In 2011 she became the first woman to receive the society's Lindqvist Medal.\n"
)

PLANT = parse_article(
    "Tile maker to open site in Brno\n\n"
    "Keramo said on Thursday it would spend 90 million euros on a new factory outside Brno.\n\n"
    "The site will employ 400 people when it opens in 2027, the company said.\n"
)


def test_a_train_asked_about_is_the_rail_traffic_the_article_reports():
    result = answer_question(FLOOD, "Is the train between Devnya and Provadia running?")
    assert result.missing == ()
    assert "Rail traffic between Devnya and Provadia" in (result.answer or result.passage.text)


def test_an_award_asked_about_is_the_medal_the_article_names():
    result = answer_question(PROFILE, "What award did she receive?")
    assert result.tier == 1
    assert "Lindqvist Medal" in result.answer


def test_a_phd_asked_about_is_the_doctorate_the_article_names():
    result = answer_question(PROFILE, "Where did Vrell get her PhD?")
    assert result.missing == ()
    assert "University of Tartu" in (result.answer or result.passage.text)


def test_what_a_plant_costs_is_what_was_spent_on_the_factory():
    result = answer_question(PLANT, "How much does the plant cost?")
    assert result.missing == ()
    shown = result.answer or result.passage.text
    assert "90 million euros" in shown


def test_a_husband_the_article_never_calls_so_is_found_by_the_marriage():
    article = parse_article(
        "Ada Vrell, chemist, dies at 84\n\n"
        "Ada Vrell, a chemist who studied river pollution, died on Friday in Tartu.\n\n"
        "Vrell married the engineer Olev Saar in 1962; he died in 2001.\n"
    )
    result = answer_question(article, "Who was her husband?")
    assert result.missing == ()
    assert "married the engineer Olev Saar" in (result.answer or result.passage.text)


def test_a_question_about_a_marriage_is_not_answered_by_a_sentence_about_a_wife():
    # One way only: "married" does not stand for "wife", or "his wife" sentences answer it.
    article = parse_article(
        "Senator heckled\n\nSenator Rolf Amsel spoke in Tartu on Monday with his wife beside him.\n\n"
        "Protesters interrupted him twice.\n"
    )
    assert answer_question(article, "Who is Amsel married to?").tier != 1


def test_whom_a_player_defeated_is_whom_the_report_says_he_beat():
    report = parse_article(
        "Seeds fall in Perth\n\n"
        "Rain delayed the start of play at the Perth Open on Tuesday.\n\n"
        "Third seed Tomas Varga fought back to beat Lewin Ocak 4-6 6-3 6-2 in the second round.\n",
        "perth-open",
    )
    result = answer_question(report, "Who did Varga defeat?")
    assert result.tier == 1
    assert "Lewin Ocak" in result.answer
