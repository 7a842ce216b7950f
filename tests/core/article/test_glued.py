"""Sentences a scraper ran together without a space get the space back, and nothing else does."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.article.glued import spaced_sentences
from bot.core.quotes import engine as quotes


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("the troops left us.Fourteen years on", "the troops left us. Fourteen years on"),
        ("more than Ebola.”Gates, a businessman", "more than Ebola.” Gates, a businessman"),
        ("in 2015.The end", "in 2015. The end"),
        ("he said.“We will win.”", "he said. “We will win.”"),
        ('while still going strong."I want to go', 'while still going strong. "I want to go'),
        (
            '"We will win." The crowd cheered."Again," it said.',
            '"We will win." The crowd cheered. "Again," it said.',
        ),
        ('"We will win."The crowd cheered.', '"We will win." The crowd cheered.'),
        (
            "his company lost money...Dan Rask, vice president",
            "his company lost money... Dan Rask, vice president",
        ),
        ("premiums…Dan Rask says", "premiums… Dan Rask says"),
    ],
)
def test_a_sentence_glued_to_the_next_gets_its_space(glued, spaced):
    assert spaced_sentences(glued) == spaced


@pytest.mark.parametrize(
    "text",
    [
        "U.S.Army units",
        "read it on Vox.com today",
        "at 3.5 percent",
        "Mr. Holt",
        "wait... and see",
        "U.S...Army",
    ],
)
def test_abbreviations_addresses_and_numbers_are_left_alone(text):
    assert spaced_sentences(text) == text


def test_a_quotation_glued_after_an_attribution_keeps_its_speaker():
    article = parse_article(
        "Title: T\n\nSen. Harry Redd has said he will retire, saying he wants to leave while still going "
        'strong."I want to go out at the top of my game," Redd told the paper."I don\'t want to be a '
        '42-year-old designated hitter."\n'
    )
    found = [(q.speaker, q.text[:10]) for q in quotes.extract_quotes(article)]
    assert found == [("Harry Redd", "I want to "), ("Harry Redd", "I don't wa")]


def test_a_name_glued_to_an_ellipsis_is_read_as_a_name():
    article = parse_article(
        "Title: T\n\nDr. Carl Vence said the plans were driven by money, after his company lost money..."
        "Dan Rask, vice president at Dunmore General, has similar worries: “Risk used to be handled by "
        "turning sick people away,” he said.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Dan Rask"]
