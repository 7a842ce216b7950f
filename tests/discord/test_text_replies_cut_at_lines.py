"""A reply sent as text (where the bot may not post embeds) that is longer than a message's 2,000
characters ends with its last whole line and "…", and keeps its footer naming the article."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.discord import embeds, limits

PEOPLE = [
    f"{given} {surname}"
    for surname in ("Thistlewood", "Marchbank", "Pennyfeather", "Oakenshaw")
    for given in ("Ada", "Bram", "Cleo", "Dov", "Esme", "Finn", "Gus")
]
ROLE = "secretary of the Upper Marrow Valley Allotment Holders' Association and its seed library"
ARTICLE = "Allotments saved\n\nThe allotments will stay, the council said.\n\n" + "\n\n".join(
    f'{name}, {ROLE}, said: "We dug these beds for {n + 2} years."' for n, name in enumerate(PEOPLE)
)


def _as_text() -> str:
    article = parse_article(ARTICLE)
    reply = embeds.speakers_reply(api.speakers(article), embeds.Frame.of(article))
    return embeds.as_text(reply.pages[0])


def test_a_long_reply_as_text_fits_a_message():
    assert len(_as_text()) <= limits.CONTENT


def test_a_long_reply_as_text_ends_with_a_whole_line_and_an_ellipsis():
    body = _as_text().rsplit("\n", 1)[0]
    assert body.endswith("\n…") and body.split("\n")[-2].endswith("· 1 quote")


def test_a_long_reply_as_text_keeps_its_footer():
    assert _as_text().rsplit("\n", 1)[1].startswith("-# ")
