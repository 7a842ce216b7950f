"""A question may ask in a plainer or American word what a news report says in its own ("admit" /
"conceded", "share" / "percent", "residents" / "inhabitants", "movie" / "film"): the answer is found,
and said, as when the question uses the article's word."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.forms import news_synonyms
from tests.conftest import own_article


@pytest.fixture(scope="module")
def cinema():
    return own_article("ask_harbour_cinema.txt")


def test_a_plain_verb_finds_the_reports_verb(cinema):
    result = answer_question(cinema, "What did the spokeswoman admit?")
    assert result.tier == 1
    assert "conceded the repairs had cost more" in result.answer


def test_a_share_is_a_percentage(cinema):
    result = answer_question(cinema, "What share of the town's residents signed the petition?")
    assert result.tier == 1
    assert "40 percent" in result.answer


def test_an_american_word_finds_the_british_one(cinema):
    result = answer_question(cinema, "What will be the first movie shown?")
    assert result.tier == 1
    assert "restored print" in result.answer


def test_news_words_stand_in_only_for_a_word_the_article_lacks():
    # candidates._other_forms reads them only for an absent word; the table itself is symmetric.
    assert "film" in news_synonyms("movie")
    assert "conceded" in news_synonyms("admitted")  # an inflected form finds its group


@pytest.fixture(scope="module")
def trophy():
    return own_article("ask_trophy_loss.txt")


def test_whom_a_side_lost_to_is_its_loss_to(trophy):
    result = answer_question(trophy, "Who did Harlow lose to?")
    assert result.tier == 1
    assert "loss to Stevenage" in result.answer


def test_commented_asks_who_said_it_like_said(trophy):
    result = answer_question(trophy, "Who commented on the red card?")
    assert result.tier == 1
    assert "Ian Marsh" in result.answer


def test_fired_finds_the_reports_sacked():
    article = parse_article(
        "Club parts with coach\n\nKessling Town sacked their coach Ada Brill on Monday after a run of "
        "seven defeats.\n\nThe club said a new coach would be named within a fortnight.\n"
    )
    result = answer_question(article, "Why was she fired?")
    assert result.tier in (1, 2) and not result.missing
    assert "after a run of seven defeats" in (result.answer or result.passage.text)


def test_a_screen_is_a_display():
    article = parse_article(
        "New music player\n\nThe Kessling Pod costs £49 and holds 500 songs.\n\n"
        "The player has no display and plays songs in a random order.\n"
    )
    result = answer_question(article, "Does the player have a screen?")
    assert result.tier in (1, 2) and not result.missing
    assert "has no display" in (result.answer or result.passage.text)


def test_a_crash_is_the_reports_accident():
    article = parse_article(
        "Bus overturns\n\n"
        "A road accident on a highway near Dunmore on Thursday killed three people and injured ten.\n\n"
        "The bus overturned after hitting a truck, witnesses said.\n"
    )
    result = answer_question(article, "When did the crash happen?")
    assert not result.missing
    assert "on Thursday" in (result.answer or result.passage.text)
