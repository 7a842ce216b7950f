"""Quotations listed one a bullet under a paragraph presenting one person's words ("Here are some of
her most memorable quotes:"), or under a panel's heading line naming each person ("Harriet Voss, former
budget director. Partner, Voss Advisory Group"): that person's, whatever each item's lead-in.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.article import Paragraph
from bot.core.quotes.people import PERSON, Registry
from bot.core.quotes.quoted.shared import WORD, Raw
from bot.core.quotes.repeats import bare_quotation


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


def headed_by_name(
    raws_of: dict[int, list[Raw]], paragraphs: Sequence[Paragraph], registry: Registry
) -> None:
    """ "NPR talked to budget experts. Their comments have been edited for length: ¶ Former Sen. Judd
    Gregg (R-N.H.), former chairman of the Senate Budget Committee. CEO, ... ¶ “…” ¶ “…”": a panel, a
    paragraph ending on a colon and then heading lines (no sentence of their own) each opening with a
    person's name and role; the paragraphs of quoted words alone under a heading, with no speaker
    found, are that person's."""
    presenter, panel, before = None, False, None
    for paragraph in paragraphs:
        if not paragraph.is_body:
            opens_panel = panel or (before is not None and before.text.rstrip().endswith(":"))
            presenter = _heading_person(paragraph, registry) if opens_panel else None
            panel = panel or presenter is not None
        elif presenter is not None and _unspoken_bare(raws_of.get(paragraph.number), paragraph):
            for raw in raws_of[paragraph.number]:
                raw.speaker = presenter
        else:
            presenter, panel = None, panel and bare_quotation(paragraph.text)
        before = paragraph


def _unspoken_bare(raws: list[Raw] | None, paragraph: Paragraph) -> bool:
    if not raws or not bare_quotation(paragraph.text):
        return False
    return all(raw.speaker is None and raw.source is None for raw in raws)


def _heading_person(paragraph: Paragraph, registry: Registry) -> int | None:
    """The one person a panel's heading line names first, right after at most a title, and then sets
    off their role with a comma or a bracket ("Former Sen. Judd Gregg (R-N.H.), former chairman ...")."""
    text = paragraph.text
    if len(text) > _HEADING_CHARS or any(mark in text for mark in _QUOTE_MARKS):
        return None
    people = [m for m in registry.mentions.get(paragraph.number, ()) if m.kind == PERSON]
    if not people or people[0].start > _TITLE_CHARS or len(people[0].ids) != 1:
        return None
    if not text[people[0].end : people[0].end + 2].startswith((",", " (")):
        return None
    return people[0].ids[0]


_HEADING_CHARS = 240  # a name, a role and an employer
_TITLE_CHARS = 20  # "Former Sen. ", "Rep. "
_QUOTE_MARKS = ('"', "“", "”")
