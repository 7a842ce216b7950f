"""A quotation opened by a single mark and closed by a double one (a typo) is one quotation, inside
a sentence as at its start: its words end at the double mark, not at the next quotation's end."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_partial_quotation_opened_by_a_single_mark_inside_a_sentence_ends_at_the_double_mark():
    text = (
        "A council has approved plans for a new bridge.\n\n"
        "Council leader Mary Dale said the bridge was 'long overdue and will change lives for people on "
        'both sides."\n\n'
        'John Pike, 54, said: "We have waited twenty years for this and it is finally happening."\n'
    )
    assert _quotes(text) == [
        ("Mary Dale", "long overdue and will change lives for people on both sides."),
        ("John Pike", "We have waited twenty years for this and it is finally happening."),
    ]


def test_an_elision_before_a_double_closing_mark_opens_nothing():
    text = (
        "The band played on.\n\n"
        "Fans sang along with rock 'n' roll classics all night, and the singer said: \"We loved it.\"\n"
    )
    assert [words for _, words in _quotes(text)] == ["We loved it."]
