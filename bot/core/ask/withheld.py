"""A sentence saying the thing asked about was not identified does not say what it is: "A search of the
van found an alleged murder weapon, which was not publicly identified" does not answer "What was the
murder weapon?". News copy says so when the police, a court or a company withhold it.
"""

from __future__ import annotations

import re

# "What was the murder weapon?", "Who is the third officer?": the thing asked for, by its last word.
_WHAT_IS_THE = re.compile(
    r"^\s*(?:what|which|who)\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_WITHHELD = r"(?:identified|named|disclosed|released|revealed|made\s+public)"


def left_unidentified(question: str, texts: list[str]) -> bool:
    """True when `texts` say of the thing asked only that it was not identified ("an alleged murder weapon,
    which was not publicly identified", "an unidentified third officer"), and nothing more of it."""
    match = _WHAT_IS_THE.match(question)
    if match is None:
        return False
    noun = re.escape(match.group(1))
    withheld = re.compile(
        rf"\b{noun}s?,?\s+(?:which|that|who)\s+(?:was|were|is|are|has|have|had)\s+(?:not|never|yet\s+to\s+be)\s+"
        rf"(?:been\s+|be\s+)?(?:\w+ly\s+)?{_WITHHELD}\b"
        rf"|\b(?:an?|the)\s+(?:undisclosed|unidentified|unnamed)\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b",
        re.IGNORECASE,
    )
    uses = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
    said = [text for text in texts if uses.search(text)]
    return bool(said) and all(len(uses.findall(text)) == len(withheld.findall(text)) for text in said)
