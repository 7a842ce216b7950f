"""Who holds a role: its one holder ("the judge" is Judge Simon Hale), and whether a person holds
an office plainly, not as "shadow" or "deputy".
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.attribution import Subject
from bot.core.quotes.roles import FORMER_WORDS, is_age, offices_held, other_office

# Words before an office that make it another one ("shadow chancellor", "deputy mayor").
_OTHER_OFFICES = frozenset("shadow deputy vice assistant associate acting former ex".split())


def _lower_rank(modifier: str) -> bool:
    """ "vice-presidential", "deputy": a word ranking the role below the one it modifies, so "the
    vice-presidential nominee" is not the article's presidential nominee."""
    return modifier.startswith("vice") or modifier in _LOWER_RANKS


_LOWER_RANKS = frozenset("deputy assistant associate lieutenant under".split())


class RoleHolderMixin:
    """Who holds a role."""

    def may_hold(self, person_id: int, role: Subject) -> bool:
        """Whether the person may be whom a definite office means: one of its plain holders, or,
        when no one holds it plainly, someone holding it not only as "shadow" and no other office."""
        titled = self.holders_index().get(role.role, [])
        if person_id in titled and not self.holds_plainly(person_id, role):
            return False  # shadow chancellor Tim Vale is not "the chancellor"
        holders = [i for i in titled if self.holds_plainly(i, role)]
        described = tuple(m for m in role.modifiers if m not in lx.ROLE_HEADS and m not in FORMER_WORDS)
        if described:
            # "the Vermont senator" is no senator the article names without Vermont.
            holders = [i for i in holders if self.role_has(i, role.role, described)]
        if holders:
            return person_id in holders
        person = self.registry.person(person_id)
        return not other_office(role.role, role.modifiers, offices_held(person.roles, person.titles))

    def holds_plainly(self, person_id: int, role: Subject) -> bool:
        """Whether one of the person's roles (or titles) has the role's head without a word making
        it another office ("shadow", "deputy", "vice") that the role itself does not say."""
        person = self.registry.person(person_id)
        if role.role in person.titles:
            return True
        for text in person.roles:
            words = text.casefold().replace("-", " ").split()
            if role.role not in words:
                continue
            before = words[: words.index(role.role)]
            if not any(w in _OTHER_OFFICES and w not in role.modifiers for w in before):
                return True
        return False

    def only_holder(self, head: str, modifiers: tuple[str, ...] = ()) -> int | None:
        """The one person whose role has this head noun ("the judge" is Judge Simon Hale)."""
        # "the chancellor" is not shadow chancellor Tim Vale nor former chancellor Ken Dale.
        plain = Subject("role", role=head, modifiers=modifiers)
        holders = [i for i in self.holders_index().get(head, []) if self.holds_plainly(i, plain)]
        former = tuple(m for m in modifiers if m in FORMER_WORDS or _lower_rank(m))
        if former:
            # "the former president" is not President Sam Ortiz, who holds the office still.
            holders = [i for i in holders if self.role_has(i, head, former)]
        if len(holders) > 1 and modifiers:
            # "the Republican nominee" when the article has a Republican and a Democratic nominee.
            holders = [i for i in holders if self.role_has(i, head, modifiers)]
        parties = tuple(m for m in modifiers if m in lx.PARTY_LABELS)
        if parties:
            # "the Democratic presidential nominee" is not "Republican presidential nominee Donald
            # Trump", even when he is the only nominee the article names with a role.
            holders = [i for i in holders if self.role_has(i, head, parties)]
        ages = [m for m in modifiers if is_age(m)]
        if ages:
            # "the 74-year-old comedian" is not the comedian the article names without that age.
            holders = [i for i in holders if self._described_with(i, ages)]
        return holders[0] if len(holders) == 1 else None

    def _described_with(self, person_id: int, words: list[str]) -> bool:
        roles = " ".join(self.registry.person(person_id).roles).casefold()
        return all(word in roles for word in words)

    def holders_index(self) -> dict[str, list[int]]:
        """Role word -> the people holding it, from their roles and abbreviated titles ("Sen.")."""
        if self._holders is None:
            # Indexed once per article: "the judge" must not rescan every person each time.
            self._holders = {}
            for person in self.registry.persons:
                words = {w for role in person.roles for w in role.casefold().split()} | person.titles
                for word in words:
                    self._holders.setdefault(word, []).append(person.id)
        return self._holders

    def role_has(self, person_id: int, head: str, modifiers: tuple[str, ...]) -> bool:
        """Whether one of the person's roles with this head holds every modifier word."""
        person = self.registry.person(person_id)
        for role in person.roles:
            words = set(role.casefold().replace("-", " ").split())
            # "vice-presidential" is written with a hyphen in the role as in the reference.
            if head in words and all(set(m.replace("-", " ").split()) <= words for m in modifiers):
                return True
        return False
