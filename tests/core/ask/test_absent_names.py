"""Names of several words the article never writes as that name: its words apart or in another name
("New York Post" beside The New York Times) are no mention; the name as written, a spelling of it,
all its words in one name of the article, or a person's surname are."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.absence import name_phrases
from bot.core.ask.engine import answer_question
from bot.core.ask.forms import is_news_name
from bot.core.ask.namesakes import namesake
from tests.conftest import own_article


@pytest.fixture(scope="module")
def strike():
    return own_article("ask_dock_strike.txt")


def test_a_name_sharing_its_first_words_with_another_name_of_the_article_is_missing(strike):
    result = answer_question(strike, "Did the New York Post report the strike?")
    assert result.tier == 3
    assert result.missing == ("New York Post",)


def test_the_other_name_itself_is_mentioned(strike):
    assert answer_question(strike, "What did The New York Times report?").tier != 3


def test_a_name_sharing_its_last_word_with_another_name_of_the_article_is_missing(strike):
    result = answer_question(strike, "Did the Congressional Hispanic Caucus urge a deal?")
    assert result.missing == ("Congressional Hispanic Caucus",)


def test_a_name_whose_place_the_article_never_mentions_is_missing(strike):
    # "teachers" and "union" are in the article, apart; Chicago is not.
    result = answer_question(strike, "What did the Chicago Teachers Union say?")
    assert result.missing == ("Chicago Teachers Union",)


def test_a_name_with_another_last_word_after_a_word_the_article_writes_only_as_a_name_is_missing(strike):
    result = answer_question(strike, "Did Fox Business air the interview?")
    assert result.missing == ("Fox Business",)


def test_a_name_whose_words_are_all_in_one_name_of_the_article_is_mentioned(strike):
    assert answer_question(strike, "What did Oduya say on Fox News?").tier != 3


def test_a_person_whose_given_name_alone_the_article_uses_is_missing(strike):
    # The article's one Chris is the host, called by his first name.
    result = answer_question(strike, "What did Chris Matthews ask Oduya?")
    assert result.missing == ("Chris Matthews",)


def test_a_surname_like_another_name_counts_only_beside_a_given_name_the_article_has(strike):
    assert answer_question(strike, "What did Lisa Whitlaw say?").missing == ("Lisa Whitlaw",)
    assert answer_question(strike, "What did Barack Whitlaw say?").tier != 3


def test_a_misspelt_surname_after_the_given_name_is_that_person(strike):
    assert answer_question(strike, "What did Petronella Kowalcik say?").tier != 3


def test_a_name_written_with_a_hyphen_is_mentioned_typed_with_a_space(strike):
    assert answer_question(strike, "What did the Sea Farers Welfare League do?").tier != 3


def test_a_name_with_its_last_letter_left_off_is_mentioned(strike):
    assert answer_question(strike, "When did Russel say the ships would leave?").tier != 3


def test_a_name_spelt_a_little_differently_is_no_namesake():
    assert not namesake(("glen", "beck"), ["Glenn Beck"])
    assert namesake(("jane", "beck"), ["Glenn Beck"])


def test_a_comma_or_a_possessive_ends_a_name():
    assert name_phrases("How much is Trump's Apple stake worth?") == ["Trump", "Apple"]
    assert name_phrases("Did Poland, Hungary and Austria vote?") == ["Poland", "Hungary", "Austria"]


def test_the_verb_ending_a_did_question_is_no_part_of_the_name_before_it():
    assert name_phrases("Who did King David of Scotland Marry?") == ["David", "Scotland"]
    assert name_phrases("What did Oduya tell Fox News?") == ["Oduya", "Fox News"]


def test_a_question_in_title_case_names_nothing_missing_by_its_capitalised_words(strike):
    assert answer_question(strike, "What Did Oduya Say About Rising Costs?").missing == ()


def test_a_common_word_news_copy_writes_as_a_name_is_a_name_typed_in_lower_case(strike):
    assert answer_question(strike, "what does oduya think of trump").missing == ("trump",)


def test_a_news_name_the_article_writes_is_mentioned_in_lower_case(strike):
    assert answer_question(strike, "what did oduya say on fox").tier != 3


def test_the_news_names_hold_no_given_names_weekdays_or_titles():
    assert is_news_name("trump")
    assert not any(is_news_name(w) for w in ("ben", "monday", "senator", "committee"))


def test_the_initials_of_a_name_are_its_acronym_only_written_in_capitals():
    article = parse_article("Title: Harbour fees\n\nMr Hale said the fees is too high for the boats.\n")
    assert answer_question(article, "What did Mary Rowe say about the fees?").missing == ("Mary Rowe",)
    assert answer_question(article, "What did Internal Security say?").missing == ("Internal Security",)


def test_a_possessive_ends_a_name_of_the_article_too():
    article = parse_article(
        "Title: Ferry fares\n\nFares will rise in June, the Kelham Gazette's Tom Oduya reported on Friday.\n"
    )
    assert answer_question(article, "What did the Kelham Times report?").missing == ("Kelham Times",)


def test_a_name_whose_last_word_the_article_never_uses_is_missing(strike):
    # "dock" and "workers" are in the article; no "network" of any kind.
    result = answer_question(strike, "What did the Dock Workers Network say?")
    assert result.missing == ("Dock Workers Network",)
    assert answer_question(strike, "When did the Dock Workers return?").tier != 3


def test_a_name_typed_with_the_accents_the_article_writes_is_mentioned():
    # "João" has four letters, too few for a typo: only the folded spelling finds the article's "João".
    article = parse_article(
        "Porto's mayor, João Ribeiro Tavares, opened the new bridge over the Douro on Friday.\n\n"
        '"It took nine years," Tavares said.'
    )
    result = answer_question(article, "Who is João Tavares?")
    assert result.missing == ()
    assert result.tier == 1
