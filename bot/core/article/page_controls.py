"""Page controls a web scraper copied into the text: a link preview after a person's name ("Paul Ryan
Paul Davis RyanDemocrats hit ... MORE (R-Wis.)", The Hill's pop-up card), taken out with the name kept;
a photo gallery's "Hide Caption 3 of 22" button, taken out. Pure."""

from __future__ import annotations

import re

# The name as printed, then the card: the person's full name (up to five words, "Albert (Al) Arnold
# Gore") whose last word repeats the printed surname glued to the first headline's capital, digit or
# opening mark, then the headlines, up to the card's closing "MORE". The glued surname is what tells a
# card from a name repeated in prose; the length cap keeps one card from running on to another's "MORE".
_CARD_CHARS = 600
_LINK_PREVIEW = re.compile(
    r"\b(?P<surname>[A-Z][\w'’-]*[a-z]) (?:[A-Z(][\w'’.()-]* ){0,5}(?P=surname)(?=[A-Z0-9‘“\"])"
    r"[^\n]{0," + str(_CARD_CHARS) + r"}? MORE\b"
)


# A gallery's button between two captions ("... at the subway station. Hide Caption 1 of 22 Photos:").
_GALLERY_BUTTON = re.compile(r"\s*\bHide Caption \d+ of \d+\b")


def without_page_controls(text: str) -> str:
    """The text with each link preview after a name taken out, the printed name left in its place,
    and each gallery button taken out."""
    if "Hide Caption" in text:
        text = _GALLERY_BUTTON.sub("", text)
    if "MORE" not in text:
        return text
    return _LINK_PREVIEW.sub(r"\g<surname>", text)
