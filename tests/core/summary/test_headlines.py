"""A summary is made of the story's sentences: a headline and its second deck are the title."""

from __future__ import annotations

from bot.core import api
from tests.conftest import own_article


def test_summary_leaves_out_the_headline_and_its_deck():
    article = own_article("headline_sentence_case.txt")
    texts = [s.text for s in api.summary(article, 3).sentences]
    assert not [t for t in texts if t.startswith(("Council votes", "Repairs would cost"))]
    assert texts[0].startswith("The town council voted 6-1 on Monday")


def test_about_shows_the_headline_as_the_title():
    article = own_article("headline_sentence_case.txt")
    assert api.about(article).title == (
        "Council votes to close the Dunmore ferry pier; "
        "Repairs would cost more than a new pier, engineers say"
    )
