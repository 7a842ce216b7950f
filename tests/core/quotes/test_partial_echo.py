"""A partial quotation echoed by a longer one of the same speaker is kept (issue 11, session 5)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_partial_quotation_inside_a_longer_one_of_the_same_speaker_is_kept():
    text = (
        'Ann Holt\'s fare plan would "end the cheap crossings we all know," Tom Reed declared on Monday.\n\n'
        '"It is a bit concerning to me because it would end the cheap crossings we all know, the island '
        'passes and the school runs," Reed said.\n'
    )
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]


def test_a_quotation_repeated_inside_a_longer_one_is_given_once():
    article = parse_article(
        "Title: T\n\n"
        "'The boats can be late at night because the crews change over at the mainland pier,' "
        "Ann Kerr, the ferry manager, said. 'We are fixing it.'\n\n"
        "Kerr said the delay was rare. 'The boats can be late at night because the crews change over,' "
        "she added.\n"
    )
    texts = [q.text for q in quotes.extract_quotes(article)]
    assert len([t for t in texts if t.startswith("The boats can be late")]) == 1
    assert "We are fixing it." in texts
