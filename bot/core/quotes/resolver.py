"""Which person a subject of a verb of saying means: pronouns, roles and shared surnames are
resolved by recency over the article's mentions, and no confident person means None.

`Resolver` holds the article's state and `person`; its rules are mixins in bot/core/quotes/resolving/:
pronouns (whom a he or she means), pronoun_chains (through pronouns and objects), antecedents (the
latest fitting person in subject position), subject_position (which names stand as subjects),
unknown_subjects (people the article never names), rivals (a second subject making a pronoun unclear),
replies (who replies: the one asked), role_subjects (a role subject or an unnamed source before a
pronoun), role_antecedents ("the governor said"), role_holders (who holds a role), namesakes (shared
surnames) and shared (sentences, places).
"""

from __future__ import annotations

from bot.core.quotes.attribution import Subject
from bot.core.quotes.function_words import NAMELESS
from bot.core.quotes.people import AMBIGUOUS, PERSON, Registry
from bot.core.quotes.resolving.antecedents import AntecedentMixin
from bot.core.quotes.resolving.namesakes import NamesakeMixin
from bot.core.quotes.resolving.pronoun_chains import Outside, PronounChainMixin
from bot.core.quotes.resolving.pronouns import PronounMixin, opening_pronoun_bars
from bot.core.quotes.resolving.replies import ReplyMixin
from bot.core.quotes.resolving.rivals import RivalMixin
from bot.core.quotes.resolving.role_antecedents import RoleAntecedentMixin
from bot.core.quotes.resolving.role_holders import RoleHolderMixin
from bot.core.quotes.resolving.role_subjects import RoleSubjectMixin
from bot.core.quotes.resolving.shared import SharedMixin
from bot.core.quotes.resolving.subject_position import SubjectPositionMixin
from bot.core.quotes.resolving.unknown_subjects import UnknownSubjectMixin


class Resolver(
    AntecedentMixin,
    NamesakeMixin,
    PronounChainMixin,
    PronounMixin,
    ReplyMixin,
    RivalMixin,
    RoleAntecedentMixin,
    RoleHolderMixin,
    RoleSubjectMixin,
    SharedMixin,
    SubjectPositionMixin,
    UnknownSubjectMixin,
):
    """Turns subjects into person ids, resolving pronouns and shared surnames by recency."""

    def __init__(
        self,
        registry: Registry,
        body_order: list[int],
        quote_ranges: dict[int, list],
        sentence_bounds: dict[int, tuple[tuple[int, int], ...]] | None = None,
        headline: str = "",
    ) -> None:
        self.sentence_bounds = sentence_bounds or {}
        self.headline = headline  # read before every paragraph: a person it names is met
        self.last_speaker: tuple[int, int] | None = None  # (person id, paragraph) of the latest quote
        self.last_speaker_end = 0  # where that quote ends in its paragraph
        self.last_source: tuple[tuple[str, str], int] | None = None  # ((label, kind), paragraph) likewise
        self.last_source_end = 0
        self.unnamed_met: list[tuple[str, str]] = []  # the unnamed sources quoted so far, in order
        self.quoted_people: set[int] = set()  # the people quoted so far
        self.registry = registry
        self.body_order = body_order
        self.position = {number: i for i, number in enumerate(body_order)}
        self.quote_ranges = quote_ranges
        self._full_index: dict[int, list[tuple[int, int]]] | None = None
        self._given_index: dict[int, list[tuple[int, int]]] | None = None  # with given names alone
        self._objects: set[tuple[int, int]] = set()  # full-name places after a preposition or "including"
        self._holders: dict[str, list[int]] | None = None
        self._party_states: dict[int, frozenset[str]] | None = None  # person -> words of their state
        self._first_met: dict[int, tuple[int, int]] | None = None  # person -> (paragraph, offset) first named
        self._first_in_body: dict[int, tuple[int, int]] | None = None  # person -> (position, offset) likewise
        self._own_first: dict[int, tuple[int, int]] | None = None  # person -> where first named alone
        self._people: dict[int, list[int]] = {}
        self._kin: dict[str, list[tuple[int, str | None]]] | None = None
        self._weights: dict[tuple[int, ...], dict[int, int]] = {}
        self._habits: dict[tuple[int, ...], int | None] = {}  # namesakes -> whom their own pronouns mean
        self._suffixed: dict[int, bool] = {}  # junior -> named by surname and suffix as a habit
        self._named: dict[int, set[int]] = {}
        self._openers: dict[int, list[int]] = {}  # paragraph -> its unknown-subject sentence openers
        self._whos: dict[int, list[int]] = {}  # paragraph -> its unknown "<Name>, who"
        self._outside: dict[int, Outside] = {}  # paragraph -> its mentions outside quotation marks
        self._role_clauses: dict[int, list[int]] = {}  # paragraph -> role clauses opening after a comma
        self._first_named: dict[int, float] = {}  # paragraph -> where its first mention not a pronoun starts
        self._titles: dict[int, list[tuple[int, int]]] = {}
        self._role_speakers: dict[int, int | None] = {}  # paragraph -> its first "the <role> said"
        self._bridge_list: list | None = None  # "... Dana Pruitt. The secretary of state ...", once
        self._demonyms: list | None = None  # every "the Chilean" standing for a person, in order, once
        self._demonym_meant: dict[tuple[int, int], int | None] = {}  # whom each of them means
        self._indefinite_roles: dict[str, list] | None = None  # role -> where "a <role>" brought one in
        self._first_naming: int | None = None  # body position of the first paragraph naming anyone, once
        # person -> the he or she first resolved to them, for those whose names tell no gender
        self.pronoun_genders: dict[int, str] = {}

    def person(self, subject: Subject | None) -> int | None:
        if subject is not None and subject.kind == "role":
            if not NAMELESS.isdisjoint(subject.modifiers):
                return None  # "the unidentified neighbor said": not "One neighbor, Evan Moss"
            return self.only_holder(subject.role, subject.modifiers)
        if subject is None or subject.kind == "other" or subject.mention is None:
            return None
        mention = subject.mention
        if subject.kind == "pronoun":
            found = self.pronoun(mention, subject.verb)
            # "He has declared Reyes to be “…”": a he or she opening its sentence is never a person
            # the rest of that sentence names (the pronoun would be the name); unclear, not a guess.
            if found is None or self.named_after_in_sentence(mention, found):
                return None
            if mention.gender is not None:
                # "Senator Jomo Brandt ... “…,” he said": a name no list tells the gender of takes
                # the pronoun's, so a later she is not his.
                self.pronoun_genders.setdefault(found, mention.gender)
            return found
        if mention.kind == PERSON:
            return mention.ids[0]
        if mention.kind != AMBIGUOUS:
            return None
        fitting = [i for i in mention.ids if self.gender_fits(i, mention.gender)]
        plain = self.past_suffixed_juniors(fitting)
        if plain is None:
            return None  # "Trump Jr." and "his brother Eric Trump": a bare "Trump" is neither
        if len(plain) == 1 and len(fitting) > 1:
            return plain[0]  # "Ray Tolliver" beside "Tolliver Jr.", written so again and again
        titled = self.titled_namesakes(mention, plain)
        if len(titled) == 1 and len(plain) > 1:
            return titled[0]  # "Rev. Quist" beside his father, Judge Bartholomew Quist
        fitting = plain
        met = self.met_namesakes(mention, fitting)
        if len(met) == 1 and len(fitting) > 1:
            return met[0]
        if not met:
            unrelated = self.not_only_a_relative(fitting)
            if unrelated is not None:
                return unrelated  # "Trump said" before "Donald Trump" and "first lady Melania Trump"
        known = [i for i in fitting if self.registry.person(i).gender == mention.gender]
        if mention.gender and len(known) == 1 and not self.named_only_as_kin(known[0], fitting):
            # "Mr Wells" is the one man named Wells, unless a relative ("Peter Wells's brother
            # Tom") may be a Wells too.
            return None if self.kin_fits(known[0], mention.gender) else known[0]
        return self.latest_full(mention, fitting)


__all__ = ["Resolver", "opening_pronoun_bars"]
