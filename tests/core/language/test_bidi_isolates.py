"""The bidirectional isolates (U+2066-U+2069) and the Arabic letter mark (U+061C) are invisible
format characters, removed like the embeddings and overrides (U+202A-U+202E) already are: a
name typed or pasted with them is found, and its echo in a reply ("No one called “…”") cannot
turn the rest of the line right-to-left."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.language.text import clean_control
from bot.core.query import clean_query

STORY = (
    "Harbour wall to be rebuilt\n\n"
    "“The wall will not hold for another winter,” said Elin Tovey, the harbour master.\n"
)


@pytest.mark.parametrize("mark", ["\u2066", "\u2067", "\u2068", "\u2069", "\u061c"])
def test_a_bidi_isolate_or_letter_mark_is_removed(mark):
    assert clean_control(f"Tovey{mark} said") == "Tovey said"


def test_an_unknown_name_is_echoed_without_an_open_right_to_left_isolate():
    article = parse_article(STORY)
    result = api.quote(article, "\u2067Zorro")
    assert result.message is not None and "\u2067" not in result.message


def test_a_name_the_article_wraps_in_isolates_reads_as_the_name():
    article = parse_article(STORY.replace("Elin Tovey", "\u2068Elin Tovey\u2069"))
    assert "\u2068" not in article.paragraphs[-1].text
    assert [s.name for s in api.speakers(article).speakers] == ["Elin Tovey"]


def test_a_query_typed_with_isolates_is_the_plain_words():
    assert clean_query("\u2066Tovey\u2069", "speaker name") == "Tovey"
