"""Quotations listed one a bullet under a paragraph presenting one person's words ("Here are some of
her most memorable quotes:"): that person's, whatever each bullet's lead-in ("To the graduates:").
"""

from __future__ import annotations

from bot.core.article import Paragraph
from bot.core.quotes.people import PERSON, Registry
from bot.core.quotes.quoted.shared import WORD, Raw


def listed_under_header(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """Give every quotation of a run of bulleted paragraphs the one person the paragraph above the
    run presents the words of; a bullet's "On her decision to retire:" or "Describing her rival
    Tom Kessler:" is a topic, not a speaker."""
    presenter = None
    for index, paragraph in enumerate(body):
        if not _bulleted(paragraph):
            presenter = None
            continue
        if presenter is None and index > 0 and not _bulleted(body[index - 1]):
            presenter = _presented_person(body, index - 1, registry)
        if presenter is not None:
            for raw in raws_of[paragraph.number]:
                raw.speaker, raw.source = presenter, None


def _bulleted(paragraph: Paragraph) -> bool:
    return paragraph.text.lstrip().startswith(_BULLETS)


def _presented_person(body: list[Paragraph], index: int, registry: Registry) -> int | None:
    """The one person a paragraph ending "… quotes:" names; when it names no one ("Here are some of
    her most memorable quotes:" alone), the one person the paragraph before it names."""
    header = body[index]
    text = header.text.rstrip()
    if not text.endswith(":") or not _PRESENTED_WORDS & {w.casefold() for w in WORD.findall(text)}:
        return None
    people = _people_named(header, registry)
    if not people and index > 0:
        people = _people_named(body[index - 1], registry)
    return people.pop() if len(people) == 1 else None


def _people_named(paragraph: Paragraph, registry: Registry) -> set[int]:
    named: set[int] = set()
    for mention in registry.mentions.get(paragraph.number, ()):
        if mention.kind == PERSON:
            named.update(mention.ids)
    return named


# "•", "▪", "*", "- ": how a list sets out its items.
_BULLETS = ("•", "●", "▪", "■", "◦", "* ", "- ")
# Nouns for someone's words a paragraph presents before its colon.
_PRESENTED_WORDS = frozenset("quotes quotations remarks sayings excerpts lines words".split())
