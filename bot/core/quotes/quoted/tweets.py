"""An embedded tweet copied as text: "“…” Rich states to the Assembly pic.twitter.com/x — Kai Brenner
(@KaiBrenner) May 1, 2026". Its quoted words are its author's when the article names that author,
else no one's: never the person quoted in the paragraph before, whose words it does not go on with.
"""

from __future__ import annotations

import re

from bot.core.article.newsprint import tweet_signature
from bot.core.quotes.people import Registry
from bot.core.quotes.quoted.shared import Raw


def tweet_author(raw: Raw, registry: Registry) -> tuple[bool, int | None]:
    """Whether the quotation stands in an embedded tweet, and then the person the article names who
    signs it, by name or handle ("Kai Brenner" for "KaiBrenner (@KaiBrenner)"), else None."""
    signed = tweet_signature(raw.paragraph.text)
    if signed is None:
        return False, None
    return True, _one_person_keyed({_key(signed[0]), _key(signed[1])}, registry)


def handle_before(raw: Raw) -> str | None:
    """The handle a tweet quotes right before the quotation (".@SHSanders: “No, I can ...”"): the
    words are that account's, not the signer's."""
    found = _HANDLE_BEFORE.search(raw.paragraph.text, 0, raw.span.start)
    return found.group(1) if found else None


def person_of_handle(handle: str, registry: Registry) -> int | None:
    """The one person the article names whose name is the handle ("KaiBrenner"), else None."""
    return _one_person_keyed({_key(handle)}, registry)


def _one_person_keyed(keys: set[str], registry: Registry) -> int | None:
    """The one person whose name, as a key, is among `keys`; None for none or several."""
    found = [person.id for person in registry.persons if _key(person.name) in keys]
    return found[0] if len(found) == 1 else None


_HANDLE_BEFORE = re.compile(r"@(\w+):\s*[“\"‘']?$")


def _key(name: str) -> str:
    """A name or handle as a comparison key: letters and digits, folded ("Kai Brenner" -> "kaibrenner")."""
    return re.sub(r"\W|_", "", name).casefold()
