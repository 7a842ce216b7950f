"""In an article of several paragraphs, a long paragraph with far-apart matches is one lookup hit (its
windows joined), counted once: "¶2" is never listed twice."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.search.engine import lookup

_FILLER = (
    "Neither side lacked urgency in the early stages, with plenty of tackles flying in. "
    "Chances in front of goal were hard to come by for either team in a scrappy half. "
    "The home crowd grew restless as the visitors kept the ball for long spells. "
    "Rovers changed their shape twice before the break without much effect on the game. "
)
MATCH = parse_article(
    "Title: Rovers 2-1 Dorford\n\n"
    "Tom Reyes smashed home the winner for Rovers.\n\n"
    "Reyes put Rovers ahead when he headed in a corner. "
    + _FILLER
    * 3
    + "Reyes reacted first to smash the ball past the keeper from six yards.\n\n"
    "Dorford boss Ann Bell said her side deserved a draw.\n"
)


def test_far_apart_matches_in_one_paragraph_are_one_hit_counted_once():
    result = lookup(MATCH, "Reyes", 5)
    assert [hit.paragraph for hit in result.hits] == [1, 2]
    assert result.total == 2


def test_the_one_hit_shows_each_match_with_the_text_between_left_out():
    hit = lookup(MATCH, "Reyes", 5).hits[1]
    first, second = hit.text.split(" … ")
    assert "Reyes put Rovers ahead" in first
    assert "Reyes reacted first" in second
