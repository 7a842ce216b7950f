"""An unnamed source written as someone's role ("Roth's lawyer called the complaint “…”") whom the
same paragraph goes on to name in that role ("“…,” said the lawyer, Miriam Okafor"): that person.
"""

from __future__ import annotations

import re

from bot.core.quotes.people import Registry
from bot.core.quotes.quoted.shared import Raw
from bot.core.quotes.roles import role_heads
from bot.core.quotes.sources import UNNAMED

# "Roth's lawyer", "Mr. McCabe’s lawyer": an owner's name, the possessive, one role word.
_OWNED_ROLE = re.compile(r"(?:[A-Z][\w.-]*\s+)*(?P<owner>[A-Z][\w-]*)['’]s? (?P<role>[a-z]+)")


def owned_role_named(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """Give a quotation labelled "<Owner>'s <role>" the one person a later quotation of its paragraph
    is said by, when the article gives that person the role and they are not the owner."""
    for raws in raws_of.values():
        for index, raw in enumerate(raws):
            if raw.speaker is not None or raw.source is None or raw.source[1] != UNNAMED:
                continue
            owned = _OWNED_ROLE.fullmatch(raw.source[0])
            if owned is None:
                continue
            named = {
                later.speaker
                for later in raws[index + 1 :]
                if later.speaker is not None and _holds(registry, later.speaker, owned)
            }
            if len(named) == 1:
                raw.speaker, raw.source = named.pop(), None


def _holds(registry: Registry, person_id: int, owned: re.Match) -> bool:
    person = registry.person(person_id)
    if person.surname.casefold() == owned["owner"].casefold():
        return False  # "Roth's lawyer" is never Roth
    return owned["role"] in role_heads(person.roles)
