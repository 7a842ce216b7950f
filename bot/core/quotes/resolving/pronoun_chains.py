"""A he or she with no subject before it to mean: the one person the paragraph before names, or
the person a chain of subject pronouns of that gender carries on from.
"""

from __future__ import annotations

from bot.core import constants
from bot.core.quotes.attribution import quote_at
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention


class PronounChainMixin:
    """A he or she through objects and chains of pronouns."""

    def object_antecedent(self, pronoun: Mention) -> int | None:
        """ "Police arrested Victor Lund on Tuesday. ¶ “I did nothing wrong,” he said.": with no subject
        to mean, he or she is the one person of that gender the paragraph just before names at all."""
        if pronoun.gender is None:
            return None
        at = self.position.get(pronoun.paragraph)
        if not at:
            return None
        here = self.registry.mentions.get(pronoun.paragraph, ())
        # A name inside a quotation before the pronoun ("“Proud of my friend @GovernorVA,” she
        # wrote.") is no one the writer names as the speaker.
        named = (m for m in here if m.kind in (PERSON, AMBIGUOUS) and m.start < pronoun.start)
        if any(not self.quoted(m) for m in named):
            return None
        before = self.body_order[at - 1]
        quoted = self.quote_ranges.get(before, [])
        outside = [m for m in self.registry.mentions.get(before, ()) if quote_at(quoted, m.start) is None]
        people = {m.ids[0] for m in outside if m.kind == PERSON}
        fitting = [i for i in people if self.registry.person(i).gender == pronoun.gender]
        unknown = [i for i in people if self.registry.person(i).gender is None]
        if len(people) == 1 and len(unknown) == 1:
            # "One of the claims of President Mark Dunn’s speech ... ¶ He told his audience:": the
            # one person named, of no known gender, even as a possessor.
            fitting, unknown = unknown, []
        if len(fitting) != 1 or unknown:
            return None
        first = next(m for m in outside if m.kind == PERSON and m.ids[0] == fitting[0])
        # "She appeared to imply that Reyes ... than Holt": a "she" before the one woman named
        # means someone named earlier, whom this "she" may mean too.
        gender = pronoun.gender
        earlier = any(m.kind == PRONOUN and m.gender == gender and m.start < first.start for m in outside)
        return None if earlier else fitting[0]

    def chain_antecedent(self, pronoun: Mention) -> int | None:
        """ "I met with Ada Holt in her office. She is looking ahead. ¶ She plans ... ¶ “…,” she told
        me.": a he or she carried on by subject pronouns of that gender, through paragraphs naming no
        one, back to the paragraph naming one person of that gender (and no one of unknown gender)."""
        at = self.position.get(pronoun.paragraph)
        if pronoun.gender is None or at is None:
            return None
        here = [m for m in self.registry.mentions.get(pronoun.paragraph, ()) if m.start < pronoun.start]
        here = [m for m in here if not self.quoted(m)]
        if any(m.kind in (PERSON, AMBIGUOUS) for m in here):
            return None
        chained = any(self._same_pronoun(m, pronoun) for m in here)
        for back in range(at - 1, max(-1, at - 1 - constants.PRONOUN_WINDOW_MAX_PARAGRAPHS), -1):
            number = self.body_order[back]
            quoted = self.quote_ranges.get(number, [])
            outside = [m for m in self.registry.mentions.get(number, ()) if quote_at(quoted, m.start) is None]
            people = [m for m in outside if m.kind in (PERSON, AMBIGUOUS)]
            if not people:
                if not any(self._same_pronoun(m, pronoun) for m in outside):
                    return None  # a paragraph about something else breaks the chain
                chained = True
                continue
            if any(m.kind == AMBIGUOUS for m in people):
                return None
            genders = {m.ids[0]: self.registry.person(m.ids[0]).gender for m in people}
            fitting = [i for i, gender in genders.items() if gender == pronoun.gender]
            if (
                not fitting
                and None not in genders.values()
                and self._pronoun_leads(outside, people[0], pronoun)
            ):
                # "She shares with Reyes a strategy ...": the paragraph's subject is still she, and
                # the one it names, of the other gender, is talked of; the chain goes on past it.
                chained = True
                continue
            if len(fitting) != 1 or None in genders.values():
                return None
            first = next(m for m in people if m.ids[0] == fitting[0])
            if any(self._same_pronoun(m, pronoun) and m.start < first.start for m in outside):
                return None  # "She appeared to imply that ... Holt": she is someone named before
            later = any(self._same_pronoun(m, pronoun) and m.start > first.start for m in outside)
            return fitting[0] if chained or later else None
        return None

    def _pronoun_leads(self, outside: list[Mention], first: Mention, pronoun: Mention) -> bool:
        """Whether a subject pronoun of the pronoun's gender opens the paragraph's talk, before the
        first person it names."""
        return any(self._same_pronoun(m, pronoun) and m.start < first.start for m in outside)

    @staticmethod
    def _same_pronoun(mention: Mention, pronoun: Mention) -> bool:
        return mention.kind == PRONOUN and mention.gender == pronoun.gender and mention.subject_like
