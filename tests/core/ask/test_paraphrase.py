"""Questions that say it in other words than the article, and the passage shown when unsure:
a common word is no typo of another, a paragraph of ordinary length is shown whole."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.ask.candidates import content_words
from bot.core.ask.engine import answer_question
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
