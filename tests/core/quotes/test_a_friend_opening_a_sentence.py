"""`A friend referred to him as “…” in a Facebook post.`: a friend or relative introduced with a/one,
opening the sentence as the subject of an active verb, is the unnamed source of its quotation, as
`A neighbour` is; `The friend` may be someone named, so it is not."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speaker(opening: str) -> str | None:
    text = (
        "Title: T\n\nTom Holt, the co-pilot, had logged 2,766 flying hours.\n\n"
        f"{opening} “the kindest soul I have ever met” in a Facebook post.\n"
    )
    return extract_quotes(parse_article(text))[0].speaker


def test_a_friend_speaks():
    assert _speaker("A friend referred to him as") == "a friend"
    assert _speaker("A close friend described him as") == "a close friend"


def test_the_friend_is_no_new_source():
    assert _speaker("The friend referred to him as") != "the friend"
