"""A he or she with no subject before it to mean: the one person the paragraph before names, or
the person a chain of subject pronouns of that gender carries on from.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from bot.core import constants
from bot.core.quotes.attribution import Subject, quote_at
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.resolving.shared import token_start

_NOWHERE = float("inf")
# Words opening a clause before the main one ("Even if she loses, ...", "When he took office, ...").
_OPENING_CLAUSE_WORDS = frozenset(
    "if when while although though because after before once unless since".split()
)
_OPENER_WORDS = 3
_OPENER_WORDS_BEFORE = 2  # "If she", "Even if she"


@dataclass(slots=True)
class Outside:
    """A paragraph's mentions outside quotation marks, read once: a transcript pasted as one paragraph
    asks about them for each of its thousands of pronouns."""

    mentions: list[Mention]
    people: list[Mention]  # named persons, sure or ambiguous
    people_starts: list[int] = field(default_factory=list)
    subject_starts: list[int] = field(default_factory=list)  # of the people standing as subjects
    first_pronoun: dict[str, int] = field(default_factory=dict)  # gender -> first subject pronoun's start
    last_pronoun: dict[str, int] = field(default_factory=dict)

    def pronoun_before(self, gender: str | None, offset: float) -> bool:
        """Whether a subject pronoun of `gender` starts before `offset`."""
        return self.first_pronoun.get(gender, _NOWHERE) < offset

    def pronoun_after(self, gender: str | None, offset: int) -> bool:
        return self.last_pronoun.get(gender, -1) > offset

    def person_before(self, offset: int) -> bool:
        return bool(self.people) and self.people[0].start < offset

    def names_in(self, start: int, end: int, subjects: bool = False) -> bool:
        """Whether a person (standing as a subject, with `subjects`) is named in [start, end)."""
        starts = self.subject_starts if subjects else self.people_starts
        at = bisect_left(starts, start)
        return at < len(starts) and starts[at] < end


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
        # A name inside a quotation before the pronoun ("“Proud of my friend @GovernorVA,” she
        # wrote.") is no one the writer names as the speaker.
        if self._may_mean_one_here(pronoun):
            return None
        outside = self.outside(self.body_order[at - 1]).mentions
        named = {m.start: self._one_person(m) for m in outside}
        people = {i for i in named.values() if i is not None}
        fitting = [i for i in people if self.registry.person(i).gender == pronoun.gender]
        unknown = [i for i in people if self.registry.person(i).gender is None]
        if len(people) == 1 and len(unknown) == 1:
            # "One of the claims of President Mark Dunn’s speech ... ¶ He told his audience:": the
            # one person named, of no known gender, even as a possessor.
            fitting, unknown = unknown, []
        if len(fitting) != 1 or unknown:
            return None
        first = next(m for m in outside if named[m.start] == fitting[0])
        # "She appeared to imply that Reyes ... than Holt": a "she" before the one woman named
        # means someone named earlier, whom this "she" may mean too.
        gender = pronoun.gender
        earlier = any(
            m.kind == PRONOUN
            and m.gender == gender
            and m.start < first.start
            and not self._cataphoric(m, first)
            for m in outside
        )
        return None if earlier else fitting[0]

    def _one_person(self, mention: Mention) -> int | None:
        """The person a name means: its one person, or of namesakes the one its place tells ("Tony
        Scott ... including Scott" before James Scott is named); None for anything else."""
        if mention.kind == PERSON:
            return mention.ids[0]
        if mention.kind == AMBIGUOUS:
            return self.person(Subject("person", mention))
        return None

    def _may_mean_one_here(self, pronoun: Mention) -> bool:
        """Whether its own paragraph names, before the pronoun, someone it may mean: "Her record
        differs from that of Judge Oberlin. ... she speculated" names only a man before "she"."""
        for person in self.outside(pronoun.paragraph).people:
            if person.start >= pronoun.start:
                return False
            if any(self.registry.person(i).gender in (None, pronoun.gender) for i in person.ids):
                return True
        return False

    def _cataphoric(self, pronoun: Mention, named: Mention) -> bool:
        """ "Even if she loses the primary, do not expect Delia Marsh to leave": a he or she in a
        clause opening the sentence, closed by a comma, means the person its main clause names."""
        start, end = self.sentence_of(pronoun)
        if not start <= named.start < end:
            return False
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        words = [t for t in tokens[first : first + _OPENER_WORDS] if t.is_word]
        if not words or not any(t.low in _OPENING_CLAUSE_WORDS for t in words[:_OPENER_WORDS_BEFORE]):
            return False
        between = tokens[bisect_left(tokens, pronoun.end, key=token_start) :]
        return any(t.text == "," and t.start < named.start for t in between)

    def chain_antecedent(self, pronoun: Mention) -> int | None:
        """ "I met with Ada Holt in her office. She is looking ahead. ¶ She plans ... ¶ “…,” she told
        me.": a he or she carried on by subject pronouns of that gender, through paragraphs naming no
        one, back to the paragraph naming one person of that gender (and no one of unknown gender)."""
        at = self.position.get(pronoun.paragraph)
        if pronoun.gender is None or at is None:
            return None
        here = self.outside(pronoun.paragraph)
        if here.person_before(pronoun.start):
            return None
        gender = pronoun.gender
        chained = here.pronoun_before(gender, pronoun.start)
        for back in range(at - 1, max(-1, at - 1 - constants.PRONOUN_WINDOW_MAX_PARAGRAPHS), -1):
            outside = self.outside(self.body_order[back])
            people = outside.people
            if not people:
                if not outside.pronoun_before(gender, _NOWHERE):
                    return None  # a paragraph about something else breaks the chain
                chained = True
                continue
            if any(m.kind == AMBIGUOUS for m in people):
                return None
            genders = {m.ids[0]: self.registry.person(m.ids[0]).gender for m in people}
            fitting = [i for i, known in genders.items() if known == gender]
            if (
                not fitting
                and None not in genders.values()
                and outside.pronoun_before(gender, people[0].start)
            ):
                # "She shares with Reyes a strategy ...": the paragraph's subject is still she, and
                # the one it names, of the other gender, is talked of; the chain goes on past it.
                chained = True
                continue
            if len(fitting) != 1 or None in genders.values():
                return None
            first = next(m for m in people if m.ids[0] == fitting[0])
            if outside.pronoun_before(gender, first.start):
                return None  # "She appeared to imply that ... Holt": she is someone named before
            later = outside.pronoun_after(gender, first.start)
            return fitting[0] if chained or later else None
        return None

    def outside(self, number: int) -> Outside:
        """The paragraph's mentions outside quotation marks, its people and where its subject pronouns
        of each gender first and last stand, built once per paragraph."""
        found = self._outside.get(number)
        if found is None:
            quoted = self.quote_ranges.get(number, [])
            every = self.registry.mentions.get(number, ())
            mentions = [m for m in every if quote_at(quoted, m.start) is None]
            people = [m for m in mentions if m.kind in (PERSON, AMBIGUOUS)]
            found = Outside(mentions, people, [m.start for m in people])
            found.subject_starts = [m.start for m in people if m.subject_like]
            for m in mentions:
                if m.kind == PRONOUN and m.subject_like and m.gender is not None:
                    found.first_pronoun.setdefault(m.gender, m.start)
                    found.last_pronoun[m.gender] = m.start
            self._outside[number] = found
        return found
