"""Questions that say it in other words than the article, and the passage shown when unsure:
a common word is no typo of another, a word finds those derived from it ("succeeded" /
"successor"), a paragraph of ordinary length is shown whole."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.candidates import content_words, rank_candidates
from bot.core.ask.confidence import FEATURES
from bot.core.ask.engine import answer_question
from bot.core.ask.forms import derived
from bot.core.search.index import build_index
from tests.conftest import own_article


@pytest.fixture(scope="module")
def mill():
    return own_article("ask_mill_history.txt")


def test_a_common_word_is_not_read_as_a_typo_of_another(mill):
    asked = {w.word: w for w in content_words(build_index(mill), "How was the cloth evaluated?")}
    assert "evacuate" not in asked["evaluated"].terms


def test_a_closest_passage_shows_a_paragraph_of_ordinary_length_whole(mill):
    paragraph = mill.paragraph(4).text
    assert constants.SEARCH_LONG_PARAGRAPH_CHARS < 1000 < len(paragraph) <= constants.ASK_PASSAGE_CHARS
    result = answer_question(mill, "Where did the guild meet?")
    assert result.tier == 2
    assert result.passage.paragraph == 4
    assert result.passage.text == paragraph


def test_a_question_word_matches_the_words_derived_from_it(mill):
    asked = {w.word: w for w in content_words(build_index(mill), "Who succeeded Edna Voss?")}
    assert "successor" in asked["succeeded"].terms


def test_an_irregular_form_finds_the_words_derived_from_its_lemma():
    assert "runner" in derived("ran")
    assert {"ruler", "ruling"} <= derived("ruled")


def test_a_past_tense_that_is_also_a_word_of_its_own_reads_as_the_past_tense():
    assert "founder" not in derived("found")  # "found" is "find", not "establish"


def test_a_sentence_matched_through_a_derived_word_gains_no_confidence_from_it(mill):
    best = rank_candidates(mill, "Who succeeded Edna Voss?")[0]
    assert "successor" in best.text
    assert best.related == {"succeeded"}
    weak = FEATURES.index("weak")
    assert best.evidence.values[weak] == 0


def test_a_question_word_the_article_never_uses_matches_its_synonym(mill):
    asked = {w.word: w for w in content_words(build_index(mill), "What theory explains the town's name?")}
    assert "hypothesis" in asked["theory"].terms


def test_a_synonym_is_not_matched_beside_the_word_itself(mill):
    asked = {w.word: w for w in content_words(build_index(mill), "Who ran the textile firm?")}
    assert "textile" in asked["textile"].terms
    assert "cloth" not in asked["textile"].terms


def test_a_word_the_article_has_only_through_wordnet_weighs_as_an_unseen_word(mill):
    index = build_index(mill)
    asked = {w.word: w for w in content_words(index, "Whose chairmanship ended in 1931?")}
    unseen = {w.word: w for w in content_words(index, "Whose conjecture ended in 1931?")}
    assert "chairman" in asked["chairmanship"].terms
    assert asked["chairmanship"].weight == unseen["conjecture"].weight


def test_a_question_in_the_present_finds_an_irregular_past_in_the_article():
    article = parse_article(
        "Bakery owner jailed\n\nA bakery owner who stole £80,000 from her staff has been jailed.\n\n"
        "The court heard the money paid for a boat.\n"
    )
    result = answer_question(article, "How much did she steal?")
    assert result.tier == 1
    assert "£80,000" in result.answer


def test_a_title_before_a_name_is_no_word_to_match():
    article = parse_article(
        "Care home theft\n\nThe theft came to light when a resident's son, Peter Lyle, noticed withdrawals "
        "from his mother's account.\n\n“I couldn't believe what I was seeing,” Mr Lyle said outside court.\n"
    )
    result = answer_question(article, "What did Mr Lyle notice?")
    assert "noticed withdrawals" in result.answer


def test_when_did_someone_die_finds_the_sentence_saying_they_died():
    article = parse_article(
        "Singer dies\n\nOn Friday, Ana Brill, the long-serving choir leader of Dunmore, died aged 79. She had"
        " been ill for a year.\n\nBrill became choir leader in 1970. By the time of her death, her choir had"
        " sung in twenty countries.\n"
    )
    result = answer_question(article, "When did Brill die?")
    assert result.tier == 1
    assert "On Friday" in result.answer
