"""The dateline the parser takes off the story's first paragraph ("FLINT, Mich., Oct. 4 (UPI) —"),
kept as the article's own metadata: where the story was filed, by which agency, on what day.

The story's text loses it (a summary or a quotation never starts "WASHINGTON (AP) —"), but it is the
answer to "Where did this happen?" or "What news agency reported this?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.language.lexicon import PLACES, US_PLACES
from bot.core.language.text import words

# The dash or colon closing a dateline, and the agency in brackets before it: "(AP) —", "(CNN) --".
_CLOSING = re.compile(r"\s*(?:--|—|–|-|:)\s*$")
_AGENCY = re.compile(r"\s*(?:\((?P<agency>[^()]+)\)|/(?P<wire>[^/]+)/)\s*$")
# The day a wire dateline adds after the place: "FLINT, Mich., Oct. 4", "PARIS, Aug 31", "Dec 29".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAY = re.compile(rf"(?:^|,\s*)(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)$")
# Labels in capitals that open a story as a dateline does but name no place: "EXCLUSIVE –", "UPDATE:".
_LABELS = frozenset(
    "exclusive update updated breaking analysis opinion editorial commentary review watch video live "
    "correction clarification news".split()
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """ "FLINT, Mich., Oct. 4 (UPI)": where, when and by whom the story was filed, as written."""

    text: str  # as written, less its closing dash: "FLINT, Mich., Oct. 4 (UPI)"
    written: str  # with the dash, as it opened the paragraph: "FLINT, Mich., Oct. 4 (UPI) —"
    paragraph: int  # the paragraph it opened
    place: str | None  # "FLINT, Mich."
    agency: str | None  # "UPI"
    date: str | None  # "Oct. 4"


def read_dateline(written: str, paragraph: int) -> Dateline | None:
    """The dateline stripped from `paragraph`, read into its place, agency and day; None for a
    label in capitals that only looks like one ("EXCLUSIVE –", "UPDATE:")."""
    text = _CLOSING.sub("", written)
    agency_match = _AGENCY.search(text)
    agency = (agency_match.group("agency") or agency_match.group("wire")).strip() if agency_match else None
    head = text[: agency_match.start()] if agency_match else text
    day = _DAY.search(head)
    date = day.group("date") if day else None
    place = (head[: day.start()] if day else head).strip(" ,") or None
    if agency is None and not _names_a_place(place, colon=written.rstrip().endswith(":")):
        return None
    return Dateline(text, written, paragraph, place, agency, date)


def _names_a_place(place: str | None, colon: bool) -> bool:
    """A place in capitals, not a label; "NEW DELHI:" closes with a colon as labels do ("UPDATE:",
    "HUFFPOLLSTER:"), so a colon is trusted only where every word is a place the lexicon knows."""
    if place is None:
        return False
    folded = [word.casefold() for word in words(place)]
    if not folded or any(word in _LABELS for word in folded):
        return False
    return not colon or all(word in PLACES or word in US_PLACES for word in folded)
