"""/speakers lists a partial quotation with no clear speaker inside its sentence, the quoted words in
bold, as /quote shows one: “a ripple effect” alone says nothing of what it is about; a long sentence is
cut around the quoted words, never through them."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.discord import embeds

ARTICLE = (
    "Title: Successor\n\n"
    "“I will serve out my term,” said Ann Holt.\n\n"
    "One said that, had Holt stayed on, her going would have sent “a ripple effect” through the "
    "harbour plans.\n\n"
    "In 1991 a former aide who had worked for the council for three years, rising to run its housing "
    "office in the old town hall on the quay, published a memoir that called the scheme “a slow disaster "
    "that nobody wanted to stop, least of all the people paid to watch it.”\n"
)


def _description() -> str:
    return embeds.speakers_reply(api.speakers(parse_article(ARTICLE)), "T").pages[0].description


def test_a_partial_quotation_is_shown_inside_its_sentence_in_bold():
    shown = "> One said that, had Holt stayed on, her going would have sent “**a ripple effect**” through"
    assert shown in _description()


def test_a_long_sentence_is_cut_around_the_quoted_words():
    assert "**a slow disaster that nobody wanted to stop, least of all the people paid to watch it.**" in (
        _description()
    )
