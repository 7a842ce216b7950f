"""An unnamed source written as someone's role ("Roth's lawyer called the complaint “…”") whom the
same paragraph goes on to name in that role ("“…,” said the lawyer, Miriam Okafor"): that person.
"""

from __future__ import annotations

import re

from bot.core.quotes.people import Registry
from bot.core.quotes.quoted.shared import Raw
from bot.core.quotes.resolving.role_holders import owned_office_holder
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
            named = set()
            if owned is not None:
                named = {
                    later.speaker
                    for later in raws[index + 1 :]
                    if later.speaker is not None and _holds(registry, later.speaker, owned)
                }
            if len(named) == 1:
                raw.speaker, raw.source = named.pop(), None
            elif (holder := _office_holder(registry, raw.source[0])) is not None:
                raw.speaker, raw.source = holder, None  # "Bush's Republican vice president": Cheney


def _holds(registry: Registry, person_id: int, owned: re.Match) -> bool:
    person = registry.person(person_id)
    if person.surname.casefold() == owned["owner"].casefold():
        return False  # "Roth's lawyer" is never Roth
    return owned["role"] in role_heads(person.roles)


def _office_holder(registry: Registry, label: str) -> int | None:
    """The one holder of the office a label "<Owner>'s <office>" names, never the owner."""
    owned = _OWNED_OFFICE.fullmatch(label)
    if owned is None:
        return None
    return owned_office_holder(registry.persons, owned["owner"], owned["office"].split())


_OWNED_OFFICE = re.compile(
    r"(?:[A-Z][\w.-]*\s+)*(?P<owner>[A-Z][\w-]*)['’]s? (?P<office>(?:[A-Za-z]+ ){0,3}[a-z]+)"
)
