"""Photo captions in the quote engine: who took a picture is nobody the story quotes."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def test_a_pronoun_after_a_photo_credit_is_not_the_photographer():
    article = parse_article(
        "Title: Dry spring\n\n"
        "The reservoir fell to a record low on Monday.\n\n"
        "Photo: A dry boat ramp on Wednesday. (Anna Kessler/Millbrook Herald)\n\n"
        "“The snow melted a month early,” she said.\n"
    )
    speakers = [q.speaker for q in quotes.extract_quotes(article)]
    assert "Anna Kessler" not in speakers
