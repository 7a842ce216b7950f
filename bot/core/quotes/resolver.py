"""Which person a subject of a verb of saying means: pronouns, roles and shared surnames are
resolved by recency over the article's mentions, and no confident person means None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject, past_in_ed, quote_at
from bot.core.quotes.function_words import PERSONAL_POSSESSIVES, PREPOSITIONS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention, Registry
from bot.core.quotes.references import noun_gender, person_demonym
from bot.core.quotes.roles import (
    FORMER_WORDS,
    OFFICE_WORDS,
    PUBLIC_OFFICES,
    is_age,
    offices_held,
    other_office,
)
from bot.core.quotes.sources import UNNAMED

# Verbs by which a pronoun carries on the speaker just quoted.
_CONTINUING_VERBS = frozenset("added adds continued continues concluded concludes went".split())
# Verbs by which one answers another: whoever replies is not the one just quoted asking.
_REPLYING_VERBS = frozenset("replied replies answered answers responded responds retorted retorts".split())
# "Peter Wells's brother": the possessor word of a role.
_POSSESSOR = re.compile(r"(\w+)['’]s\b")
# How many pronouns a pronoun may be resolved through ("She ... She ... she said").
_PRONOUN_CHAIN = 3
_first = itemgetter(0)
_mention_start = attrgetter("start")
_token_start = attrgetter("start")
# A word after a name that makes it the subject of a clause: an auxiliary, or a verb in -ed
# ("hoped", "tried": not "bed", "red"; attribution.past_in_ed).
_FINITE_VERBS = frozenset("has had is was will would could can did does".split())
# Words that open a clause ("after Bush dropped out") or a phrase ("after Bush, calling him ...").
_CLAUSE_OR_PHRASE = frozenset("after before since until".split())
# Prepositions whose object is talked of ("between Clinton and Sanders", "about Holt").
_TOPIC_PREPOSITIONS = frozenset("about against between among than toward towards".split())
# "To Wilson, ...", "For Florida consultant Ray Wilson, ...": a view given as that person's.
_VIEWPOINT_PREPOSITIONS = frozenset(("to", "for"))
_VIEWPOINT_WORDS = 3  # the preposition, then a title or role of up to two words before the name
# Words before an office that make it another one ("shadow chancellor", "deputy mayor").
_OTHER_OFFICES = frozenset("shadow deputy vice assistant associate acting former ex".split())
_ROLE_SUBJECT_SENTENCES = 3  # sentences a he or she looks back over for a role as subject
_RELATIVE_REACH_TOKENS = 20  # "X of California, the ranking Democrat on the committee, who said"
_SENTENCE_CONJUNCTIONS = frozenset("and but so then yet".split())
# Words opening a subordinate clause whose subject is not the sentence's ("Ryan looked unsure when
# Tapper asked ..." is about Ryan).
_SUBORDINATORS = frozenset("if unless whether because although though once whereas why when".split())
# Sentences an age ("the 78-year-old said") looks back over, past those naming no one.
_AGE_LOOKBACK_SENTENCES = 2
# Words opening a clause that may stand before the sentence's subject ("When Carter said ..., Hill").
_FRONTING = _SUBORDINATORS | frozenset("when whenever after before as while since until".split())
_SUBJECT_FOLLOWERS = frozenset("also openly himself herself then later again still".split())
_NOT_SURNAMES = (
    lx.PEOPLE_NOUNS
    | lx.SOURCE_NOUNS
    | lx.ROLE_HEADS
    | lx.PARTY_LABELS
    | lx.DEMONYMS
    | lx.PLACES
    | lx.ORG_WORDS
    | lx.WEEKDAYS_MONTHS
    | frozenset(
        "the a an he she it they we i you this that these those there here but and so yet then when while "
        "if as after before since what who which his her their its our my one some many most all both each "
        "no not none nobody everyone everybody anyone anybody someone somebody nothing everything "
        "something either neither few several another other such officials critics analysts experts "
        "people others".split()
    )
)
_NOUN_ENDINGS = ("s", "ing", "ion", "ity", "ment", "ness", "ism", "ship", "ance", "ence")
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
_ROLE_MODIFIERS_MAX = 3  # "the senior campaign manager said": words between "the" and the role
_TELLER_TOKENS = 12  # words between a teller's verb of saying and the subject of what was said
# "her husband, former President Bill Clinton", "brother of Hollywood legend Ron Howard": a person
# introduced by a relation to someone, the kin word at most this many tokens before the name.
_KIN_REACH_TOKENS = 6


class Resolver:
    """Turns subjects into person ids, resolving pronouns and shared surnames by recency."""

    def __init__(
        self,
        registry: Registry,
        body_order: list[int],
        quote_ranges: dict[int, list],
        sentence_bounds: dict[int, tuple[tuple[int, int], ...]] | None = None,
    ) -> None:
        self.sentence_bounds = sentence_bounds or {}
        self.last_speaker: tuple[int, int] | None = None  # (person id, paragraph) of the latest quote
        self.last_speaker_end = 0  # where that quote ends in its paragraph
        self.last_source: tuple[tuple[str, str], int] | None = None  # ((label, kind), paragraph) likewise
        self.last_source_end = 0
        self.registry = registry
        self.body_order = body_order
        self.position = {number: i for i, number in enumerate(body_order)}
        self.quote_ranges = quote_ranges
        self._full_index: dict[int, list[tuple[int, int]]] | None = None
        self._holders: dict[str, list[int]] | None = None
        self._people: dict[int, list[int]] = {}
        self._kin: dict[str, list[tuple[int, str | None]]] | None = None
        self._weights: dict[tuple[int, ...], dict[int, int]] = {}
        self._named: dict[int, set[int]] = {}
        self._titles: dict[int, list[tuple[int, int]]] = {}

    def person(self, subject: Subject | None) -> int | None:
        if subject is not None and subject.kind == "role":
            return self._only_holder(subject.role, subject.modifiers)
        if subject is None or subject.kind == "other" or subject.mention is None:
            return None
        mention = subject.mention
        if subject.kind == "pronoun":
            found = self._pronoun(mention, subject.verb)
            # "He has declared Reyes to be “…”": a he or she opening its sentence is never a person
            # the rest of that sentence names (the pronoun would be the name); unclear, not a guess.
            return None if found is not None and self._named_after_in_sentence(mention, found) else found
        if mention.kind == PERSON:
            return mention.ids[0]
        if mention.kind != AMBIGUOUS:
            return None
        fitting = [i for i in mention.ids if self._gender_fits(i, mention.gender)]
        known = [i for i in fitting if self.registry.person(i).gender == mention.gender]
        if mention.gender and len(known) == 1:
            # "Mr Wells" is the one man named Wells, unless a relative ("Peter Wells's brother
            # Tom") may be a Wells too.
            return None if self._kin_fits(known[0], mention.gender) else known[0]
        return self._latest_full(mention, fitting)

    def _pronoun(self, mention: Mention, verb: str) -> int | None:
        """Whom a he or she subject of a verb of saying means, or None."""
        if verb in _CONTINUING_VERBS:
            # "He added:" continues the speaker just quoted, whoever was named since.
            continuing = self._last_speaker_near(mention)
            if continuing is not None:
                return self._named_since(mention, continuing) or continuing
        role = self._role_subject_before(mention)
        if role is not None:
            return role  # "..., the president framed the shooting as ... ¶ He did not mention ..."
        # "Tom Hale asked him: '…?' He replied": one who replies is not the one just quoted asking.
        asker = self._just_quoted_in(mention.paragraph) if verb in _REPLYING_VERBS else None
        found = self._recent_person(mention, asker)
        if found is not None and found == asker:
            return None
        office = self._office_not_held(found, mention) if found is not None else None
        if office is None:
            return found
        # "Sen. Dunn said ... ¶ The president framed the storm as a test. ¶ “…,” he said": not Dunn, but
        # whom the office refers back to, when that is clear.
        meant = self.role_antecedent(*office)
        return meant if meant is not None and self._gender_fits(meant, mention.gender) else None

    def _recent_person(self, mention: Mention, asker: int | None = None) -> int | None:
        """Whom a he or she means by the people named before it (passing over `asker`), or None."""
        # "Rakeyia Scott yelled ... “…,” she says": the speaker just quoted, when the text
        # around names no fitting person on its own.
        found = self._antecedent(mention, accept=None if asker is None else (lambda i: i != asker))
        if found is not None:
            return found
        tokens = self.registry.tokens.get(mention.paragraph, [])
        if self._unknown_subject_in(mention.paragraph, tokens, 0, mention.start):
            return None  # "Vargo openly admitted ... “…,” he said.": maybe Vargo, named no more
        if self._unknown_who_before(mention):
            return None  # "Meanwhile Rihanna, who was honored ..., “…,” she said": no earlier speaker
        if self._role_speaks_before(mention):
            return None  # "the campaign manager said he needed ... “…,” he told the AP"
        openers = self._other_subjects_here(mention)
        if openers:
            # "Brian Murphy, the chairman, said Trump ... “…,” he said": not the man quoted before
            return next(iter(openers)) if len(openers) == 1 else None
        found = self._last_speaker_of_gender(mention)
        found = found if found is not None else self._object_antecedent(mention)
        return found if found is not None else self._chain_antecedent(mention)

    def unnamed_source_carried(self, pronoun: Mention) -> tuple[str, str] | None:
        """ "“…,” said the woman, who spoke on condition of anonymity. ¶ Now 46, she is terrified. ¶
        “…,” she said": a he or she no named person takes is the unnamed source just quoted whose
        noun tells that gender, when no one who may be meant is named or quoted since."""
        if self.last_source is None or pronoun.gender is None:
            return None
        (label, kind), paragraph = self.last_source
        words = label.casefold().split()
        if kind != UNNAMED or not words or noun_gender(words[-1]) != pronoun.gender:
            return None
        if not self.close(paragraph, pronoun.paragraph):
            return None
        since = (self.position.get(paragraph, -1), self.last_source_end)
        if self.last_speaker is not None:
            quoted = (self.position.get(self.last_speaker[1], -1), self.last_speaker_end)
            if quoted > since:
                return None  # a named speaker quoted after the source
        for number in self.body_order[since[0] : self.position.get(pronoun.paragraph, -1) + 1]:
            quoted = self.quote_ranges.get(number, [])
            for mention in self.registry.mentions.get(number, ()):
                if number == paragraph and mention.start < since[1]:
                    continue
                if number == pronoun.paragraph and mention.start >= pronoun.start:
                    break
                if mention.kind not in (PERSON, AMBIGUOUS) or quote_at(quoted, mention.start) is not None:
                    continue
                if any(self._gender_fits(i, pronoun.gender) for i in mention.ids):
                    return None  # someone the pronoun may mean is named since
            if self._definite_role_in(number, since if number == paragraph else None, pronoun):
                return None  # "The mayor disagreed.": a person the role means may be meant
        return label, kind

    def _definite_role_in(self, number: int, since: tuple[int, int] | None, pronoun: Mention) -> bool:
        """Whether the paragraph, between the source's quotation and the pronoun, says "the" and a
        person's role outside quotation marks."""
        tokens = self.registry.tokens.get(number, [])
        quoted = self.quote_ranges.get(number, [])
        start = bisect_left(tokens, since[1], key=_token_start) if since is not None else 0
        for index in range(start, len(tokens) - 1):
            token = tokens[index]
            if number == pronoun.paragraph and token.start >= pronoun.start:
                break
            if token.low != "the" or quote_at(quoted, token.start) is not None:
                continue
            words = tokens[index + 1 : index + 2 + _ROLE_MODIFIERS_MAX]
            if any(w.is_word and lx.is_role_head(w.low) for w in words):
                return True
        return False

    def _role_subject_before(self, pronoun: Mention) -> int | None:
        """ "Speaking to reporters Sunday, the president framed the shooting as ... ¶ He did not
        mention ... as he called on Americans not to “…”": when the latest sentence before the
        pronoun with a subject of its gender (past sentences whose subject is that same pronoun, and
        sentences naming no one) has a definite role as its subject, the pronoun means whom that role
        means, not a person named before it."""
        for number, (start, end) in self._sentences_back(pronoun, _ROLE_SUBJECT_SENTENCES):
            mentions = self.registry.mentions.get(number, ())
            inside = mentions[
                bisect_left(mentions, start, key=_mention_start) : bisect_left(
                    mentions, end, key=_mention_start
                )
            ]
            quoted = self.quote_ranges.get(number, [])
            inside = [m for m in inside if quote_at(quoted, m.start) is None and m.start != pronoun.start]
            if any(m.kind in (PERSON, AMBIGUOUS) and m.subject_like for m in inside):
                return None  # a named subject: the usual look-back decides
            role = self._role_opening_clause(number, start, end)
            if role is not None:
                # Only a role one person holds: a role that refers back is read by the look-back.
                person = self._only_holder(role.role, role.modifiers)
                described = tuple(
                    m for m in role.modifiers if m not in lx.ROLE_HEADS and m not in FORMER_WORDS
                )
                if person is not None and described and not self._role_has(person, role.role, described):
                    return None  # "The Afro-Colombian journalist": words its one holder's role lacks
                if person is not None and not self._holds_plainly(person, role):
                    return None  # "the chancellor" is not "shadow chancellor Oliver Letwin"
                return person if person is not None and self._gender_fits(person, pronoun.gender) else None
            if any(m.kind in (PERSON, AMBIGUOUS) for m in inside):
                return None
        return None

    def _office_not_held(self, person_id: int, pronoun: Mention) -> tuple[int, Subject] | None:
        """The public office the latest sentence before the pronoun with a subject (as
        _role_subject_before reads them) has as subject, with its paragraph, when the person cannot
        hold it: someone else holds it plainly, they hold it only as "shadow" or "deputy", or they
        hold another office."""
        for number, (start, end) in self._sentences_back(pronoun, _ROLE_SUBJECT_SENTENCES):
            mentions = self.registry.mentions.get(number, ())
            quoted = self.quote_ranges.get(number, [])
            inside = [
                m
                for m in mentions[
                    bisect_left(mentions, start, key=_mention_start) : bisect_left(
                        mentions, end, key=_mention_start
                    )
                ]
                if quote_at(quoted, m.start) is None and m.start != pronoun.start
            ]
            if any(m.kind in (PERSON, AMBIGUOUS) and m.subject_like for m in inside):
                return None
            role = self._role_opening_clause(number, start, end)
            if role is not None:
                held = role.role not in PUBLIC_OFFICES or self._may_hold(person_id, role)
                return None if held else (number, role)
            if any(m.kind in (PERSON, AMBIGUOUS) for m in inside):
                return None
        return None

    def _may_hold(self, person_id: int, role: Subject) -> bool:
        """Whether the person may be whom a definite office means: one of its plain holders, or,
        when no one holds it plainly, someone holding it not only as "shadow" and no other office."""
        titled = self._holders_index().get(role.role, [])
        if person_id in titled and not self._holds_plainly(person_id, role):
            return False  # shadow chancellor Oliver Letwin is not "the chancellor"
        holders = [i for i in titled if self._holds_plainly(i, role)]
        described = tuple(m for m in role.modifiers if m not in lx.ROLE_HEADS and m not in FORMER_WORDS)
        if described:
            # "the Vermont senator" is no senator the article names without Vermont.
            holders = [i for i in holders if self._role_has(i, role.role, described)]
        if holders:
            return person_id in holders
        person = self.registry.person(person_id)
        return not other_office(role.role, role.modifiers, offices_held(person.roles, person.titles))

    def _holds_plainly(self, person_id: int, role: Subject) -> bool:
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

    def _sentences_back(self, pronoun: Mention, count: int):
        """The pronoun's own sentence up to it, then up to `count` sentences before it, latest first."""
        start, _ = self._sentence_of(pronoun)
        yield pronoun.paragraph, (start, pronoun.start)
        yield from self._sentences_before(pronoun.paragraph, pronoun.start, count)

    def _role_opening_clause(self, number: int, start: int, end: int) -> Subject | None:
        """A definite role ("the president", "the Ohio senator") as the subject of a clause the
        sentence opens with, past an opening phrase closed by a comma, right before its verb."""
        tokens = self.registry.tokens.get(number, [])
        quoted = self.quote_ranges.get(number, [])
        first = bisect_left(tokens, start, key=_token_start)
        for index in range(first, len(tokens) - 2):
            token = tokens[index]
            if token.start >= end:
                break
            opens = index == first or tokens[index - 1].text == ","
            if not opens or token.low != "the" or quote_at(quoted, token.start) is not None:
                continue
            words = tokens[index + 1 : index + 2 + _ROLE_MODIFIERS_MAX]
            at = next((i for i, w in enumerate(words) if not w.is_word or lx.is_role_head(w.low)), None)
            if at is None or not words[at].is_word or index + 2 + at >= len(tokens):
                continue
            following = tokens[index + 2 + at]
            if (
                following.is_word
                and not following.cap
                and (
                    _finite(following.low) or following.low in lx.ADVERBS or following.low in lx.SPEECH_VERBS
                )
            ):
                modifiers = tuple(w.low for w in words[:at])
                return Subject("role", role=words[at].low, modifiers=modifiers, offset=words[at].start)
        return None

    def _other_subjects_here(self, pronoun: Mention) -> set[int]:
        """Whether the pronoun's paragraph, before it, never names the speaker just quoted but opens a
        sentence with another person of the pronoun's gender as its subject: a new paragraph about
        someone else does not carry the last speaker on, so "he said" there is unclear."""
        last = self._last_speaker_near(pronoun)
        if last is None or pronoun.gender is None:
            return set()
        openers = set()
        for mention in self.registry.mentions.get(pronoun.paragraph, ()):
            if mention.start >= pronoun.start:
                break
            if mention.kind not in (PERSON, AMBIGUOUS) or self._quoted(mention):
                continue
            if last in mention.ids:
                return set()
            fits = mention.kind == PERSON and self.registry.person(mention.ids[0]).gender == pronoun.gender
            if fits and mention.subject_like and not mention.possessive and self._opens_sentence(mention):
                openers.add(mention.ids[0])
        return openers

    def _opens_sentence(self, mention: Mention) -> bool:
        """Whether `mention` is the first mention of its sentence."""
        start, _ = self._sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=_mention_start)
        return first < len(mentions) and mentions[first] is mention

    def _named_after_in_sentence(self, pronoun: Mention, person_id: int) -> bool:
        opener, barred = opening_pronoun_bars(
            self.registry, pronoun.paragraph, self._sentence_of(pronoun), self.quote_ranges
        )
        if opener is None or opener.start != pronoun.start:
            return False
        return person_id in barred or person_id in self._roles_after(pronoun)

    def _roles_after(self, pronoun: Mention) -> set[int]:
        """ "He has also called the Texas senator “…”": whom a definite role after the opening he or she
        means (its one holder, or the person it refers back to from before the pronoun, as the pronoun
        itself does) is not whom the pronoun means: were they one, the two could not be told apart."""
        _, end = self._sentence_of(pronoun)
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        quoted = self.quote_ranges.get(pronoun.paragraph, [])
        found: set[int] = set()
        for index in range(bisect_left(tokens, pronoun.end, key=_token_start), len(tokens)):
            if tokens[index].start >= end:
                break
            if tokens[index].low != "the" or quote_at(quoted, tokens[index].start) is not None:
                continue
            words = tokens[index + 1 : index + 2 + _ROLE_MODIFIERS_MAX]
            at = next((i for i, w in enumerate(words) if not w.is_word or lx.is_role_head(w.low)), None)
            if at is None or not words[at].is_word:
                continue
            head, modifiers = words[at].low, tuple(w.low for w in words[:at])
            person = self._only_holder(head, modifiers)
            if person is None and head in OFFICE_WORDS:
                role = Subject("role", role=head, modifiers=modifiers, offset=pronoun.start)
                person = self.role_antecedent(pronoun.paragraph, role)
            if person is not None:
                found.add(person)
        return found

    def _role_speaks_before(self, pronoun: Mention) -> bool:
        """ "... the campaign manager said he needed to speak to the candidate first": a definite role
        speaking in the pronoun's paragraph before it is someone the fallbacks cannot tell."""
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        quoted = self.quote_ranges.get(pronoun.paragraph, [])
        stop = bisect_left(tokens, pronoun.start, key=_token_start)
        for index in range(1, stop - 1):
            head, verb = tokens[index], tokens[index + 1]
            if not lx.is_role_head(head.low) or verb.low not in lx.SPEECH_VERBS:
                continue
            back = index - 1
            while (
                back > 0
                and index - back < _ROLE_MODIFIERS_MAX
                and tokens[back].is_word
                and not tokens[back].cap
            ):
                if tokens[back].low == "the":
                    break
                back -= 1
            if tokens[back].low == "the" and quote_at(quoted, head.start) is None:
                return True
        return False

    def _kin_fits(self, person_id: int, gender: str | None) -> bool:
        """Someone named by one word whose role is a relation of this person's family, of `gender`."""
        if self._kin is None:
            # Indexed once per article: possessor word -> genders of the one-word people it names.
            self._kin = {}
            for other in self.registry.persons:
                if " " in other.name:
                    continue
                for role in other.roles:
                    for word in _POSSESSOR.findall(role.casefold()):
                        self._kin.setdefault(word, []).append((other.id, other.gender))
        surname = self.registry.person(person_id).surname.casefold()
        kin = self._kin.get(surname, [])
        return any(i != person_id and g in (None, gender) for i, g in kin)

    def role_antecedent(self, paragraph: int, subject: Subject) -> int | None:
        """ "The Indiana governor said", "the Republican nominee vowed": a definite role no one holds
        alone refers back, as "he" would, to the latest fitting person in subject position."""
        if subject.kind != "role" or subject.offset < 0:
            return None
        if is_age(subject.role):  # "the 24-year-old said"
            return self._subject_just_before(paragraph, subject.offset)
        gender = (
            "m" if subject.role in lx.MALE_MARKERS else "f" if subject.role in lx.FEMALE_MARKERS else None
        )
        start = end = subject.offset
        titled = set(self._holders_index().get(subject.role, ()))
        holders = {i for i in titled if self._holds_plainly(i, subject)}
        # "shadow chancellor Tim Vale" is not "the chancellor", even when no one else holds it.
        qualified = titled - holders
        role = subject.role
        if not holders and role in _SPOKES_NOUNS:
            # "Holt's spokesman said ... “…,” the spokesman said": one who speaks for another is
            # never the person last named; with no named spokesman it is an unnamed source.
            return None
        described = [m for m in subject.modifiers if m not in lx.ROLE_HEADS]
        if holders and described and not any(self._role_has(i, role, tuple(described)) for i in holders):
            # "Marco Rubio stressed ... an appearance with Sen. Joni Ernst, R-Iowa. ¶ The Florida
            # senator told reporters": no senator named has the role so described, so the one meant
            # may also be someone the article gives no role at all.
            holders |= {p.id for p in self.registry.persons if not p.roles and not p.titles}
        # "In an interview with host Tom Reyes, the Democratic candidate stated": a role is not
        # someone its own sentence has just named as an object.
        named = self._named_in_sentence_before(paragraph, subject.offset) | self._named_after_role(
            paragraph, subject
        )
        asker = self._just_quoted_in(paragraph) if subject.verb in _REPLYING_VERBS else None

        def holds(person_id: int) -> bool:
            # Two senators: the latest of them; no senator named: anyone but the holder of
            # another office ("the senator" is not Rep. Tom Kettle).
            if person_id in named or person_id in qualified or person_id == asker:
                return False
            if holders:
                return person_id in holders
            person = self.registry.person(person_id)
            return not other_office(role, subject.modifiers, offices_held(person.roles, person.titles))

        return self._antecedent(Mention(paragraph, start, end, PRONOUN, (), gender), accept=holds)

    def _just_quoted_in(self, paragraph: int) -> int | None:
        """ "Helen Marsh QC asked him: '…?' The witness replied: '…'": the speaker quoted last, in
        this paragraph, when what was quoted is a question a reply answers ("Lomu was asked ... he
        replied" after his own words is Lomu)."""
        if self.last_speaker is None or self.last_speaker[1] != paragraph:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, self.last_speaker_end, key=_token_start)
        asked = at > 0 and tokens[at - 1].text == "?"
        return self.last_speaker[0] if asked else None

    def _named_in_sentence_before(self, paragraph: int, offset: int) -> set[int]:
        """The people named, outside quotation marks and not as a subject, in the sentence holding
        `offset` before it ("Ivy Marsh defended it, and when pressed, the 34-year-old replied" may be
        Marsh)."""
        start, _ = self._sentence_of(Mention(paragraph, offset, offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        mentions = self.registry.mentions.get(paragraph, ())
        first, last = (
            bisect_left(mentions, start, key=_mention_start),
            bisect_left(mentions, offset, key=_mention_start),
        )
        return {
            i
            for m in mentions[first:last]
            if m.kind in (PERSON, AMBIGUOUS) and not m.subject_like and quote_at(quoted, m.start) is None
            for i in m.ids
        }

    def _named_after_role(self, paragraph: int, subject: Subject) -> set[int]:
        """ "But the chancellor said Mr Fallon was “…”": the people a role's own sentence names after its
        verb, outside quotation marks, are not whom the role means (were they, it would say "he");
        a name right after the role and a comma is its apposition, and counts."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_right(tokens, subject.offset, key=_token_start)
        if at >= len(tokens) or not tokens[at].is_word:
            return set()
        _, end = self._sentence_of(Mention(paragraph, subject.offset, subject.offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        mentions = self.registry.mentions.get(paragraph, ())
        return {
            i
            for m in mentions[bisect_left(mentions, tokens[at].end, key=_mention_start) :]
            if m.start < end and m.kind in (PERSON, AMBIGUOUS) and quote_at(quoted, m.start) is None
            for i in m.ids
        }

    def _subject_just_before(self, paragraph: int, offset: int) -> int | None:
        """ "Sam Okafor scored late. “…,” the 24-year-old said": an age tells no role or gender, so
        it means only the one person the sentence before names as its subject; a sentence between
        about a body that names no one ("The committee includes ...") does not break the thread."""
        for number, (start, end) in self._sentences_before(paragraph, offset, _AGE_LOOKBACK_SENTENCES):
            mentions = self.registry.mentions.get(number, ())
            inside = mentions[
                bisect_left(mentions, start, key=_mention_start) : bisect_left(
                    mentions, end, key=_mention_start
                )
            ]
            subjects = {m.ids[0] for m in inside if m.kind == PERSON and m.subject_like and not m.possessive}
            named = any(m.kind in (PERSON, AMBIGUOUS) or m.gender for m in inside)
            if subjects:
                return subjects.pop() if len(subjects) == 1 else None
            role = self._opening_role(number, start)
            if role is not None:
                # "Kjetil Jansrud clinched the title. The Norwegian ... opened up a lead over Dominik
                # Paris. “…,” said the 29-year-old": whom the role that sentence opens with means.
                return self.role_antecedent(number, role)
            if named or not self._opens_with_body(number, start):
                return None
        return None

    def _opening_role(self, paragraph: int, start: int) -> Subject | None:
        """The definite role or nationality a sentence opens with as its subject ("The Norwegian,
        who ..., opened"); None when it opens otherwise."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, start, key=_token_start)
        if at >= len(tokens) or tokens[at].low != "the":
            return None
        words = tokens[at + 1 : at + 2 + _ROLE_MODIFIERS_MAX]
        for index, word in enumerate(words):
            if not word.is_word:
                return None
            if lx.is_role_head(word.low) or person_demonym(word.low):
                modifiers = tuple(w.low for w in words[:index])
                return Subject("role", role=word.low, modifiers=modifiers, offset=word.start)
        return None

    def _opens_with_body(self, paragraph: int, start: int) -> bool:
        """ "The committee includes three women.": a sentence whose subject is a body, not a person
        ("The former model spoke next." names someone, whom an age may mean)."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, start, key=_token_start)
        if at >= len(tokens) or tokens[at].low != "the":
            return False
        for word in tokens[at + 1 : at + 2 + _ROLE_MODIFIERS_MAX]:
            if not word.is_word:
                return False
            if word.low in lx.ORG_WORDS:
                return True
        return False

    def _sentences_before(self, paragraph: int, offset: int, count: int):
        """Up to `count` sentences before the one holding `offset`, latest first, across the
        paragraph break before it: (paragraph, (start, end)) each."""
        bounds = self.sentence_bounds.get(paragraph, ())
        at = bisect_right(bounds, offset, key=_first) - 1
        position = self.position.get(paragraph, 0)
        number = paragraph
        while count > 0:
            if at >= 1:
                at -= 1
            else:
                if position == 0 or not self.sentence_bounds.get(self.body_order[position - 1]):
                    return
                position -= 1
                number = self.body_order[position]
                bounds = self.sentence_bounds[number]
                at = len(bounds) - 1
            yield number, bounds[at]
            count -= 1

    def _only_holder(self, head: str, modifiers: tuple[str, ...] = ()) -> int | None:
        """The one person whose role has this head noun ("the judge" is Judge Simon Hale)."""
        # "the chancellor" is not shadow chancellor Oliver Letwin nor former chancellor Ken Clarke.
        plain = Subject("role", role=head, modifiers=modifiers)
        holders = [i for i in self._holders_index().get(head, []) if self._holds_plainly(i, plain)]
        former = tuple(m for m in modifiers if m in FORMER_WORDS or _lower_rank(m))
        if former:
            # "the former president" is not President Sam Ortiz, who holds the office still.
            holders = [i for i in holders if self._role_has(i, head, former)]
        if len(holders) > 1 and modifiers:
            # "the Republican nominee" when the article has a Republican and a Democratic nominee.
            holders = [i for i in holders if self._role_has(i, head, modifiers)]
        ages = [m for m in modifiers if is_age(m)]
        if ages:
            # "the 74-year-old comedian" is not the comedian the article names without that age.
            holders = [i for i in holders if self._described_with(i, ages)]
        return holders[0] if len(holders) == 1 else None

    def _described_with(self, person_id: int, words: list[str]) -> bool:
        roles = " ".join(self.registry.person(person_id).roles).casefold()
        return all(word in roles for word in words)

    def _holders_index(self) -> dict[str, list[int]]:
        """Role word -> the people holding it, from their roles and abbreviated titles ("Sen.")."""
        if self._holders is None:
            # Indexed once per article: "the judge" must not rescan every person each time.
            self._holders = {}
            for person in self.registry.persons:
                words = {w for role in person.roles for w in role.casefold().split()} | person.titles
                for word in words:
                    self._holders.setdefault(word, []).append(person.id)
        return self._holders

    def _role_has(self, person_id: int, head: str, modifiers: tuple[str, ...]) -> bool:
        """Whether one of the person's roles with this head holds every modifier word."""
        person = self.registry.person(person_id)
        for role in person.roles:
            words = set(role.casefold().replace("-", " ").split())
            # "vice-presidential" is written with a hyphen in the role as in the reference.
            if head in words and all(set(m.replace("-", " ").split()) <= words for m in modifiers):
                return True
        return False

    def _gender_fits(self, person_id: int, gender: str | None) -> bool:
        known = self.registry.person(person_id).gender
        return gender is None or known is None or known == gender

    def close(self, earlier: int, paragraph: int) -> bool:
        """Whether body paragraph `earlier` is at most a couple of paragraphs before `paragraph`."""
        distance = self.position.get(paragraph, 0) - self.position.get(earlier, -99)
        return 0 <= distance <= constants.CONTINUING_SPEAKER_PARAGRAPHS

    def _last_speaker_of_gender(self, pronoun: Mention) -> int | None:
        """The speaker just quoted, when known to be the pronoun's gender (not merely not unlike it)."""
        found = self._last_speaker_near(pronoun)
        if found is None or pronoun.gender is None:
            return None
        return found if self.registry.person(found).gender == pronoun.gender else None

    def _last_speaker_near(self, pronoun: Mention) -> int | None:
        if self.last_speaker is None:
            return None
        person_id, paragraph = self.last_speaker
        distance = self.position.get(pronoun.paragraph, 0) - self.position.get(paragraph, -99)
        gender = self.registry.person(person_id).gender
        fits = gender is None or pronoun.gender is None or gender == pronoun.gender
        return person_id if 0 <= distance <= constants.CONTINUING_SPEAKER_PARAGRAPHS and fits else None

    def _named_since(self, pronoun: Mention, continuing: int) -> int | None:
        """ "“…,” Dunmore said. ¶ Gil Parr, his running mate, echoed the point. “…,” he added.": someone
        else named as subject after the last quotation is whom "he added" carries on."""
        found = self._antecedent(pronoun)
        if found is None or found == continuing or self.last_speaker is None:
            return None
        quoted_paragraph = self.last_speaker[1]
        quoted_in = self.position.get(quoted_paragraph, -1)
        at = self.position.get(pronoun.paragraph, -1)
        # From the end of that quotation on: the paragraph may go on to name the other person.
        for number in self.body_order[max(quoted_in, 0) : at + 1]:
            quoted = self.quote_ranges.get(number, [])
            for m in self.registry.mentions.get(number, ()):
                if number == quoted_paragraph and m.start < self.last_speaker_end:
                    continue
                if number == pronoun.paragraph and m.start >= pronoun.start:
                    break
                named = m.kind == PERSON and m.ids[0] == found and m.subject_like and not m.possessive
                if named and quote_at(quoted, m.start) is None:
                    return found
        return None

    def _object_antecedent(self, pronoun: Mention) -> int | None:
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
        if any(not self._quoted(m) for m in named):
            return None
        before = self.body_order[at - 1]
        quoted = self.quote_ranges.get(before, [])
        outside = [m for m in self.registry.mentions.get(before, ()) if quote_at(quoted, m.start) is None]
        people = {m.ids[0] for m in outside if m.kind == PERSON}
        fitting = [i for i in people if self.registry.person(i).gender == pronoun.gender]
        unknown = [i for i in people if self.registry.person(i).gender is None]
        if len(people) == 1 and len(unknown) == 1:
            # "One of the claims of President Barack Obama’s speech ... ¶ He told his audience:": the
            # one person named, of no known gender, even as a possessor.
            fitting, unknown = unknown, []
        if len(fitting) != 1 or unknown:
            return None
        first = next(m for m in outside if m.kind == PERSON and m.ids[0] == fitting[0])
        # "She appeared to imply that Trump ... than Clinton": a "she" before the one woman named
        # means someone named earlier, whom this "she" may mean too.
        gender = pronoun.gender
        earlier = any(m.kind == PRONOUN and m.gender == gender and m.start < first.start for m in outside)
        return None if earlier else fitting[0]

    def _chain_antecedent(self, pronoun: Mention) -> int | None:
        """ "I met with Ada Holt in her office. She is looking ahead. ¶ She plans ... ¶ “…,” she told
        me.": a he or she carried on by subject pronouns of that gender, through paragraphs naming no
        one, back to the paragraph naming one person of that gender (and no one of unknown gender)."""
        at = self.position.get(pronoun.paragraph)
        if pronoun.gender is None or at is None:
            return None
        here = [m for m in self.registry.mentions.get(pronoun.paragraph, ()) if m.start < pronoun.start]
        here = [m for m in here if not self._quoted(m)]
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
                # "She shares with Trump a strategy ...": the paragraph's subject is still she, and
                # the one it names, of the other gender, is talked of; the chain goes on past it.
                chained = True
                continue
            if len(fitting) != 1 or None in genders.values():
                return None
            first = next(m for m in people if m.ids[0] == fitting[0])
            if any(self._same_pronoun(m, pronoun) and m.start < first.start for m in outside):
                return None  # "She appeared to imply that ... Clinton": she is someone named before
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

    def _earlier_mentions(
        self, paragraph: int, before: int, window: int = constants.PRONOUN_WINDOW_PARAGRAPHS
    ):
        """Mentions of people outside quotations, latest first, in this and a few earlier body
        paragraphs. Pronouns and other mentions are not yielded, but count against the look-back."""
        at = self.position.get(paragraph)
        if at is None:
            return
        # A reader looks back over a few names, not over every name of a long paragraph.
        budget = constants.PRONOUN_LOOKBACK_MENTIONS
        for number in reversed(self.body_order[self._window_start(at, window) : at + 1]):
            if budget <= 0:
                return
            mentions = self.registry.mentions.get(number, ())
            stop = bisect_left(mentions, before, key=_mention_start) if number == paragraph else len(mentions)
            low = max(0, stop - budget)
            budget -= stop - low
            # Only the people among the last `budget` mentions: found by bisection in an index of
            # them, as a paragraph of 60,000 "he said" holds no one else to walk past.
            people = self._people_at(number)
            quoted = self.quote_ranges.get(number, [])
            for index in range(bisect_left(people, stop) - 1, bisect_left(people, low) - 1, -1):
                mention = mentions[people[index]]
                if quote_at(quoted, mention.start) is None and not self._in_title(mention):
                    yield mention

    def _window_start(self, at: int, window: int) -> int:
        """The first body position of the look-back: `window` paragraphs that name someone, as
        paragraphs naming no one ("Her father worked the night shift.") keep the reader on the
        person named before them; at most PRONOUN_WINDOW_MAX_PARAGRAPHS in all."""
        start = at
        named = 0
        while start > 0 and named < window and at - start < constants.PRONOUN_WINDOW_MAX_PARAGRAPHS:
            start -= 1
            if self._people_at(self.body_order[start]):
                named += 1
        return start

    def _people_at(self, number: int) -> list[int]:
        """Indices of the paragraph's mentions of people (named or ambiguous), built once each."""
        found = self._people.get(number)
        if found is None:
            mentions = self.registry.mentions.get(number, ())
            found = [i for i, m in enumerate(mentions) if m.kind in (PERSON, AMBIGUOUS)]
            self._people[number] = found
        return found

    def _antecedent(self, pronoun: Mention, depth: int = 0, accept=None) -> int | None:
        """The most recent person in subject position whose gender fits, never a place or body;
        `accept`, when given, passes over the people it refuses as if their gender did not fit."""
        here: set[int] = set()  # people this paragraph names before the pronoun, subjects or not
        first_here = pronoun.start  # where the earliest of them is named
        for mention in self._earlier_mentions(pronoun.paragraph, pronoun.start):
            if mention.paragraph != pronoun.paragraph and here:
                # "café owner Priya Natarajan said ... “…,” she told me": the person named in the
                # paragraph, not a subject further back; two such people make "she" unclear.
                return self._named_here(here, first_here, pronoun, depth)
            if mention.paragraph != pronoun.paragraph and self._unknown_who_before(pronoun):
                return None  # "Meanwhile Rihanna, who was honored ..., “…,” she said": no one further back
            if self._interrupts_quotation(mention, pronoun):
                continue  # "“…” -- that Bloomberg is seen as ... -- “…,” he says": talked of, not talking
            teller = self._teller_of(mention) if mention.subject_like else None
            teller = teller or self._main_subject_over(mention)
            if teller is not None:
                mention = teller  # "Josh Earnest said Obama wasn't ...": Earnest, not Obama
            person_id = self.person(Subject("person", mention))
            if person_id is not None and not self._gender_fits(person_id, pronoun.gender):
                sharer = self._sharer_of_gender(mention, pronoun.gender)
                person_id = person_id if sharer is None else sharer
            if accept is not None and person_id is not None and not accept(person_id):
                continue
            if (
                mention.subject_like
                and mention.possessive
                and self._rival_in_sentence(mention, person_id, pronoun.gender)
            ):
                # "Mathur ... said Ivanka Trump's statement didn't clarify it": the possessor is no
                # subject when the sentence has one.
                continue
            talked_of = self._talked_of(mention)
            placed = mention.subject_like and not self._object_of_preposition(mention)
            subject = (placed or self._verb_follows(mention)) and not talked_of
            subject = subject or self._says_in_relative(mention) or self._according_to(mention)
            subject = subject or self._dashed_after_role(mention) or self._viewpoint(mention)
            if not subject:
                fits = person_id is not None and self._gender_fits(person_id, pronoun.gender)
                if fits and mention.paragraph == pronoun.paragraph and not talked_of:
                    here.add(person_id)
                    first_here = mention.start
                continue
            if person_id is None:
                return None
            gender = self.registry.person(person_id).gender
            if gender is None or pronoun.gender is None or gender == pronoun.gender:
                return self._subject_antecedent(mention, person_id, pronoun, depth, accept)
        return self._named_here(here, first_here, pronoun, depth)

    def _sharer_of_gender(self, mention: Mention, gender: str | None) -> int | None:
        """Of the people sharing a lone surname that opens a sentence, the one known to be of the
        pronoun's gender, when the one the surname means by recency is not: "Holt, now 77, goes back every
        August. ¶ “…,” she said" is Mary Holt, not her husband Tom Holt named in full more recently
        (whose gender passed "she" on to someone further back)."""
        if mention.kind != AMBIGUOUS or gender is None or mention.possessive:
            return None
        if mention.start != self._sentence_of(mention)[0]:
            return None  # "..., saying Clinton was committed": only a surname opening its sentence
        known = [i for i in mention.ids if self.registry.person(i).gender == gender]
        return known[0] if len(known) == 1 else None

    def _interrupts_quotation(self, mention: Mention, pronoun: Mention) -> bool:
        """True for a name between two pieces of quotation in the pronoun's own sentence: the words
        the pronoun attributes are about that person, not by them."""
        if mention.paragraph != pronoun.paragraph:
            return False
        start, end = self._sentence_of(pronoun)
        if not start <= mention.start < end:
            return False
        quoted = [q for q in self.quote_ranges.get(mention.paragraph, []) if start <= q[0] and q[1] <= end]
        before = any(q[1] <= mention.start for q in quoted)
        return before and any(q[0] >= mention.end for q in quoted)

    def _named_here(self, here: set[int], first: int, pronoun: Mention, depth: int) -> int | None:
        """The one person the pronoun's paragraph names before it, unless a subject pronoun of its
        gender opens the talk before that name ("He lambasted the deal negotiated by President
        Obama, who he noted was ...": both "he" mean whom the first one means)."""
        if len(here) != 1:
            return None
        for mention in self.registry.mentions.get(pronoun.paragraph, ()):
            if mention.start >= first:
                break
            same = mention.kind == PRONOUN and mention.gender == pronoun.gender and mention.subject_like
            if same and not self._quoted(mention):
                return self._antecedent(mention, depth + 1) if depth < _PRONOUN_CHAIN else None
        return next(iter(here))

    def _talked_of(self, mention: Mention) -> bool:
        """ "Choosing between Clinton and Sanders is a “…,” she said": a name after a preposition of
        topic or comparison (or joined to one) is talked of, not the one named to speak."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self._token_at(mention)
        while at > 1 and tokens[at - 1].low in ("and", "or") and tokens[at - 2].cap:
            at -= 2  # "between Clinton and Sanders": back to the first of the pair
            while at > 0 and tokens[at - 1].cap and tokens[at - 1].is_word:
                at -= 1
        return at > 0 and tokens[at - 1].low in _TOPIC_PREPOSITIONS

    def _object_of_preposition(self, mention: Mention) -> bool:
        """ "Trump went after Bush, calling him “a total stiff.”": after a word that opens a clause or
        a phrase (after, before, since, until), a name with no verb after it is that phrase's object."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self._token_at(mention)
        if at == 0 or tokens[at - 1].low not in _CLAUSE_OR_PHRASE:
            return False
        after = bisect_left(tokens, mention.end, key=_token_start)
        if after >= len(tokens) or not tokens[after].is_word:
            return True
        low = tokens[after].low
        verb = _finite(low) or low in lx.SPEECH_VERBS or low in lx.ADVERBS
        return not verb

    def _says_in_relative(self, mention: Mention) -> bool:
        """ "... was supported by Sen. Ada Holt of Oregon, the ranking Democrat, who said none of ...":
        a person whose relative clause opens with a verb of saying is a speaker, though no subject."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        _, end = self._sentence_of(mention)
        index = bisect_left(tokens, mention.end, key=_token_start)
        limit = min(len(tokens), index + _RELATIVE_REACH_TOKENS)
        while index < limit and tokens[index].start < end and tokens[index].low != "who":
            index += 1
        if index >= limit or tokens[index].start >= end or tokens[index - 1].text != ",":
            return False
        index += 1
        while index < len(tokens) and tokens[index].low in lx.ADVERBS:
            index += 1
        return index < len(tokens) and tokens[index].low in lx.CORE_SPEECH_VERBS

    def _according_to(self, mention: Mention) -> bool:
        """ "Such cases are hard to bring, according to Peter Joy, a law professor. “…,” he said": the
        person named as the source of a statement speaks, as "said Peter Joy" would."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = _before_honorific(tokens, self._token_at(mention))
        titles = 0  # "according to Agriculture Secretary Tom Bradley": capitalised title words first
        while before > 0 and tokens[before].is_word and tokens[before].cap and titles < _ROLE_MODIFIERS_MAX:
            before -= 1
            titles += 1
        if before < 1 or tokens[before].low != "to" or tokens[before - 1].low != "according":
            return False
        # "“…,” his daughter said, according to Cruz": one who passes on another's quoted words is
        # not thereby the next speaker.
        start, _ = self._sentence_of(mention)
        return not any(start <= q[0] < mention.start for q in self.quote_ranges.get(mention.paragraph, []))

    def _viewpoint(self, mention: Mention) -> bool:
        """ "To Florida consultant Wilson, the party line is just plain silly. ¶ “…,” he said": the
        person a sentence opens with to or for, a comma closing that phrase, is whose view it gives,
        and whom a he or she after it means, as its subject would be."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        start, end = self._sentence_of(mention)
        first = bisect_left(tokens, start, key=_token_start)
        if first < len(tokens) and tokens[first].low in _SENTENCE_CONJUNCTIONS:
            first += 1  # "And for Perez and the others ..., that means"
        at = self._token_at(mention)
        if not 0 < at - first <= _VIEWPOINT_WORDS or tokens[first].low not in _VIEWPOINT_PREPOSITIONS:
            return False
        between = tokens[first + 1 : at]
        if any(not t.is_word for t in between):
            return False
        after = tokens[bisect_left(tokens, mention.end, key=_token_start) :]
        return any(t.text == "," and t.start < end for t in after)

    def _dashed_after_role(self, mention: Mention) -> bool:
        """ "the third panelist -- Hill -- quickly jumped in. “…,” he said": a name set off by dashes
        right after a definite description of a person, before the verb, is the subject it names."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = self._token_at(mention) - 1
        after = bisect_left(tokens, mention.end, key=_token_start)
        if before < 1 or after >= len(tokens) or tokens[before].text not in _DASHES:
            return False
        while before > 0 and tokens[before].text in _DASHES:
            before -= 1
        if tokens[after].text not in _DASHES or not _definite_noun_ends(tokens, before):
            return False
        while after < len(tokens) and (tokens[after].text in _DASHES or tokens[after].low in lx.ADVERBS):
            after += 1
        return after < len(tokens) and (_finite(tokens[after].low) or tokens[after].low in lx.SPEECH_VERBS)

    def _verb_follows(self, mention: Mention) -> bool:
        """ "the kind of campaign Ayotte hoped to run", "even Obama tried": a name right before a
        finite verb is its subject, though no clause opener comes before it; not after a preposition
        ("the rise of Donald Trump has ...") nor a possessive."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at, after = self._token_at(mention), bisect_left(tokens, mention.end, key=_token_start)
        if after >= len(tokens) or (at > 0 and tokens[at - 1].low in PREPOSITIONS):
            return False
        if _apposed_to_possessed_role(tokens, at, after):
            after += 1  # "But his wife, Jane, offered a preview": the name in commas is the subject
        following = tokens[after]
        if not following.is_word or following.cap:
            return False
        low = following.low
        if not _finite(low):
            return False
        # "Axelrod said it helped Clinton, ... to the extent that Obama did": a clause's subject
        # after the sentence's own subject is no subject of the sentence.
        start, _ = self._sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        earlier = mentions[
            bisect_left(mentions, start, key=_mention_start) : bisect_left(
                mentions, mention.start, key=_mention_start
            )
        ]
        if any(m.subject_like and m.kind in (PERSON, AMBIGUOUS, PRONOUN) for m in earlier):
            return False
        # "Mr Hart was asked why Mr Cole had been allowed to resign": a name opening a subordinate
        # clause after a person the sentence names first is that clause's subject, not the sentence's.
        opens_clause = tokens[_before_honorific(tokens, at)].low in _SUBORDINATORS if at else False
        return not (opens_clause and any(m.kind in (PERSON, AMBIGUOUS) and not m.possessive for m in earlier))

    def _subject_antecedent(
        self, mention: Mention, person_id: int, pronoun: Mention, depth: int, accept
    ) -> int | None:
        """The person a fitting subject mention gives a pronoun, unless its sentence is unclear."""
        leading = self._leading_pronoun(mention, pronoun.gender)
        if leading is not None and depth < _PRONOUN_CHAIN:
            # "She says Trump's tweets accusing Machado ... She tweeted:": the sentence's
            # subject is the first "she", and the later "she" means whom that one means.
            return self._antecedent(leading, depth + 1)
        rival = self._rival_in_sentence(mention, person_id, pronoun.gender, accept)
        if rival or self._unknown_subject_between(mention, pronoun):
            return None
        return person_id

    def _unknown_subject_between(self, mention: Mention, pronoun: Mention) -> bool:
        """ "Trump went with the odds. ¶ Cruz openly admitted that ... “…,” he said.": a capitalised
        word opening a sentence after the antecedent, before its verb, that the article names no one
        by is someone the pronoun may mean (a surname never written in full)."""
        first, last = self.position.get(mention.paragraph), self.position.get(pronoun.paragraph)
        if first is None or last is None:
            return False
        for number in self.body_order[first : last + 1]:
            tokens = self.registry.tokens.get(number, [])
            start = mention.end if number == mention.paragraph else 0
            end = pronoun.start if number == pronoun.paragraph else None
            if self._unknown_subject_in(number, tokens, start, end):
                return True
        return False

    def _unknown_subject_in(self, number: int, tokens: list[Token], start: int, end: int | None) -> bool:
        """Whether a sentence of the paragraph opens, in [start, end), with such a capitalised word."""
        named = self._named_offsets(number)
        quoted = self.quote_ranges.get(number, [])
        for index in range(bisect_left(tokens, start, key=_token_start), len(tokens) - 1):
            token = tokens[index]
            if end is not None and token.start >= end:
                return False
            opening = index == 0 or tokens[index - 1].text in ".!?"
            if not (opening and token.is_word and token.cap) or token.start in named:
                continue
            if not self._may_be_surname(token) or quote_at(quoted, token.start) is not None:
                continue
            following = tokens[index + 1]
            low = following.low
            verb = _finite(low) or low in lx.SPEECH_VERBS or low in _SUBJECT_FOLLOWERS
            if following.is_word and not following.cap and verb:
                return True
        return False

    def _unknown_who_before(self, pronoun: Mention) -> bool:
        """Whether the pronoun's paragraph, before it, has a capitalised word no mention covers
        followed by ", who": someone the registry does not know ("Meanwhile Rihanna, who ...")."""
        number = pronoun.paragraph
        tokens = self.registry.tokens.get(number, [])
        named = self._named_offsets(number)
        quoted = self.quote_ranges.get(number, [])
        end = bisect_left(tokens, pronoun.start, key=_token_start)
        for index in range(min(end, len(tokens) - 2)):
            token = tokens[index]
            if tokens[index + 1].text != "," or tokens[index + 2].low != "who" or not token.cap:
                continue
            if (
                token.start not in named
                and self._may_be_surname(token)
                and quote_at(quoted, token.start) is None
            ):
                return True
        return False

    def _may_be_surname(self, token: Token) -> bool:
        """A capitalised word that could be someone's surname: letters only, not all capitals ("HP"),
        no common noun's ending ("Fundraising"), no word the article also writes in lower case."""
        text = token.text
        if not text.isalpha() or text.isupper() or token.low in _NOT_SURNAMES:
            return False
        if token.low.endswith(_NOUN_ENDINGS):
            return False
        return token.low not in self.registry.lowercase_words

    def _in_title(self, mention: Mention) -> bool:
        """ "he said on MSNBC’s “Morning Joe.”": a name inside quotation marks that hold no one's
        words (a programme's or a book's title) names no one the writer speaks of."""
        spans = self._titles.get(mention.paragraph)
        if spans is None:
            spans = self._titles[mention.paragraph] = _marked_titles(
                self.registry.tokens.get(mention.paragraph, []), self.quote_ranges.get(mention.paragraph, [])
            )
        return bool(spans) and quote_at(spans, mention.start) is not None

    def _named_offsets(self, number: int) -> set[int]:
        """Offsets of the paragraph's tokens inside a mention (person, pronoun, place or body), built
        once per paragraph."""
        found = self._named.get(number)
        if found is None:
            tokens = self.registry.tokens.get(number, [])
            found = set()
            for m in self.registry.mentions.get(number, ()):
                at = bisect_left(tokens, m.start, key=_token_start)
                while at < len(tokens) and tokens[at].start < m.end:
                    found.add(tokens[at].start)
                    at += 1
            self._named[number] = found
        return found

    def _leading_pronoun(self, mention: Mention, gender: str | None) -> Mention | None:
        """A subject pronoun of `gender` opening the sentence that holds `mention`, before it."""
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        found = bisect_right(bounds, mention.start, key=_first) - 1
        if found < 0 or gender is None:
            return None
        start = bounds[found][0]
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=_mention_start)
        if first >= len(mentions):
            return None
        opening = mentions[first]
        before = opening.start < mention.start and not self._quoted(opening)
        fits = opening.kind == PRONOUN and opening.gender == gender and opening.subject_like
        return opening if before and fits else None

    def _quoted(self, mention: Mention) -> bool:
        return quote_at(self.quote_ranges.get(mention.paragraph, []), mention.start) is not None

    def _teller_of(self, mention: Mention) -> Mention | None:
        """The person, named as subject earlier in the sentence, whose verb of saying `mention` is
        the subject of what was said after ("Josh Earnest said Obama wasn't targeting Trump")."""
        start, _ = self._sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        mentions = self.registry.mentions.get(mention.paragraph, ())
        after = bisect_left(tokens, mention.end, key=_token_start)
        if after >= len(tokens) or not (tokens[after].is_word or _opens_partial(tokens, after)):
            return None  # "..., said Katie Harbath, Facebook's director": the speaker, inverted
        first, at = bisect_left(tokens, start, key=_token_start), self._token_at(mention)
        # A few words back, not the whole sentence: a run-on "sentence" may be a whole paragraph.
        window = tokens[max(first, at - _TELLER_TOKENS) : at]
        verb = next((token for token in reversed(window) if token.low in lx.CORE_SPEECH_VERBS), None)
        if verb is None:
            return None
        index = bisect_left(mentions, verb.start, key=_mention_start) - 1
        # The nearest subject before the verb is its subject, past the objects and pronouns of a
        # clause about it ("Mr Jones, who was forced to apologise for an article he edits about
        # Ken Bigley, said Mr Blair ..."), or there is none.
        verb_at = bisect_left(tokens, verb.start, key=_token_start)
        apposed = verb_at > 0 and tokens[verb_at - 1].text == ","
        while index >= 0 and mentions[index].start >= start and _passed_over(mentions[index], apposed):
            index -= 1
        if index < 0 or mentions[index].start < start:
            return None
        other = mentions[index]
        subject = other.kind == PERSON and other.subject_like and not other.possessive
        return other if subject and not self._quoted(other) else None

    def _subordinate(self, mention: Mention) -> bool:
        """ "... will take every state if Sanders wins": a subject opening a subordinate clause."""
        if not mention.subject_like or mention.possessive:
            return False
        at = self._token_at(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        return at > 0 and tokens[at - 1].low in _SUBORDINATORS

    def _fronted_before(self, other: Mention, mention: Mention) -> bool:
        """Whether `other` is the subject of a subordinate clause ("when Carter said ...") that a
        comma closes before `mention`."""
        if other.start > mention.start or not other.subject_like:
            return False
        tokens = self.registry.tokens.get(other.paragraph, [])
        at = self._token_at(other)
        if at == 0 or tokens[_before_honorific(tokens, at)].low not in _FRONTING:
            return False
        between = tokens[bisect_left(tokens, other.end, key=_token_start) : self._token_at(mention)]
        return any(t.text == "," for t in between)

    def _main_subject_over(self, mention: Mention) -> Mention | None:
        """ "Kasich predicted ... that Republicans will take “every state” if Sanders wins. ¶ “…,” he
        said": the person the sentence names first, as its subject, before a subordinate clause's
        subject, is whom a later pronoun means."""
        if not self._subordinate(mention):
            return None
        start, _ = self._sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=_mention_start)
        if first >= len(mentions) or mentions[first] is mention:
            return None
        main = mentions[first]
        subject = main.kind == PERSON and main.subject_like and not main.possessive
        return main if subject and not self._quoted(main) else None

    def _token_at(self, mention: Mention) -> int:
        return bisect_left(self.registry.tokens.get(mention.paragraph, []), mention.start, key=_token_start)

    def _sentence_of(self, mention: Mention) -> tuple[int, int]:
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        found = bisect_right(bounds, mention.start, key=_first) - 1
        inside = found >= 0 and bounds[found][0] <= mention.start < bounds[found][1]
        return bounds[found] if inside else (mention.start, mention.end)

    def _rival_in_sentence(self, mention: Mention, person_id: int, gender: str | None, accept=None) -> bool:
        """ "X and Y called for ... He said": two fitting subjects in one sentence make "he" ambiguous."""
        start, end = self._sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=_mention_start)
        for index in range(first, bisect_left(mentions, end, key=_mention_start)):
            other = mentions[index]
            if other is mention or other.kind != PERSON or other.possessive or self._in_title(other):
                continue
            rival = other.subject_like and other.ids[0] != person_id and self._teller_of(other) is not mention
            rival = rival and not self._object_of_preposition(other)
            # "Kasich predicted ... if Sanders wins": a subordinate clause's subject after the
            # sentence's own is no rival of it.
            rival = rival and not (other.start > mention.start and self._subordinate(other))
            # "But when Carter said ..., the third panelist -- Hill -- jumped in": nor is the subject
            # of a clause fronted before it, closed by a comma.
            rival = rival and not self._fronted_before(other, mention)
            if rival and (self._in_role_of(other, mention, person_id) or self._reported_by(other, mention)):
                continue
            if rival and self._gender_fits(other.ids[0], gender) and (accept is None or accept(other.ids[0])):
                return True
        return False

    def _in_role_of(self, other: Mention, mention: Mention, person_id: int) -> bool:
        """ "Holt spokesman Dan Steward said ...": a name opening the role before the subject's own
        name is part of that role, not a second subject."""
        if other.end > mention.start:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        first, at = bisect_left(tokens, other.start, key=_token_start), self._token_at(mention)
        phrase = " ".join(token.low for token in tokens[first:at])
        return any(role.casefold() == phrase for role in self.registry.person(person_id).roles)

    def _reported_by(self, other: Mention, mention: Mention) -> bool:
        """ "Yet Holt is a “change agent,” Reed said.", "..., said Ann Reed": a person before a
        speaker attributed after the words is inside what that speaker said; not "..., said Ann
        Reed's statement", where Reed is no speaker."""
        if other.end > mention.start or mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self._token_at(mention)
        if at < 2:
            return False
        before, after = tokens[at - 1], bisect_left(tokens, mention.end, key=_token_start)
        if before.low in lx.SPEECH_VERBS:  # ", said Ann Reed"
            return not tokens[at - 2].is_word
        if before.is_word or after + 1 >= len(tokens) or tokens[after].low not in lx.SPEECH_VERBS:
            return False
        return not tokens[after + 1].is_word  # ", Reed said." / ", Reed said, has ..."

    def _latest_full(self, mention: Mention, fitting: list[int]) -> int | None:
        """For a surname two people share, the one most recently named in full (not "X's")."""
        at = self.position.get(mention.paragraph)
        if at is None:
            return None
        index = self._full_mentions()
        here = (at, mention.start)
        best: tuple[tuple[int, int], int] | None = None
        for person_id in fitting:
            places = index.get(person_id, [])
            found = bisect_left(places, here)
            if found and (best is None or places[found - 1] > best[0]):
                best = (places[found - 1], person_id)
        if best is None:
            return None
        (named_at, _), latest = best
        # "Trump attacked Bill Clinton ... Three paragraphs on, “…,” Clinton said": a surname far
        # from the relative's full name means the one the article names in full far more often.
        weight = self._surname_weights(fitting, index)
        main = max(fitting, key=lambda i: weight[i])
        counts = sorted(weight.values(), reverse=True)
        dominant = len(counts) > 1 and counts[0] >= constants.DOMINANT_NAME_RATIO * counts[1]
        if at - named_at <= constants.CONTINUING_SPEAKER_PARAGRAPHS:
            return latest
        if dominant:
            return main
        # "Rep. Alan Holt ... Lolita Holt wrote ... (paragraphs on) “…,” Holt said": far from every
        # full name and no one named far more often, it is unclear, unless a he or she of the
        # sentence tells which ("“…,” Carter said after the vote, which she won").
        gender = self._pronoun_after(mention)
        told = [i for i in fitting if gender is not None and self.registry.person(i).gender == gender]
        return told[0] if len(told) == 1 else None

    def _pronoun_after(self, mention: Mention) -> str | None:
        """The gender of the first he or she after `mention` in its sentence, outside quotation marks."""
        _, end = self._sentence_of(mention)
        quoted = self.quote_ranges.get(mention.paragraph, [])
        mentions = self.registry.mentions.get(mention.paragraph, ())
        for index in range(bisect_right(mentions, mention.start, key=_mention_start), len(mentions)):
            other = mentions[index]
            if other.start >= end:
                break
            if other.kind == PRONOUN and other.gender and quote_at(quoted, other.start) is None:
                return other.gender
        return None

    def _surname_weights(self, fitting: list[int], index: dict[int, list[tuple[int, int]]]) -> dict[int, int]:
        """How often each person sharing a surname is named: in full, plus, for the one named first,
        the lone surnames before anyone else of that surname is named ("Fiorina" twenty times
        before "her husband, Frank Fiorina": each of them Carly)."""
        key = tuple(sorted(fitting))
        if key in self._weights:
            return self._weights[key]  # once per set of namesakes: a long article repeats them
        weight = {i: len(index.get(i, [])) for i in fitting}
        self._weights[key] = weight
        firsts = sorted((index[i][0], i) for i in fitting if index.get(i))
        if len(firsts) < 2:
            return weight
        (first_at, _), first = firsts[0]
        (second_at, _) = firsts[1][0]
        wanted = set(fitting)
        for number in self.body_order[first_at : second_at + 1]:
            quoted = self.quote_ranges.get(number, [])
            for m in self.registry.mentions.get(number, ()):
                before = (self.position[number], m.start) < firsts[1][0]
                lone = m.kind == AMBIGUOUS and wanted.issubset(m.ids) and quote_at(quoted, m.start) is None
                if before and lone:
                    weight[first] += 1
        return weight

    def _full_mentions(self) -> dict[int, list[tuple[int, int]]]:
        """Per person, the (body position, offset) of each full-name mention outside quotations, sorted.

        Built once per article so a shared surname is resolved by bisection, not by rescanning.
        """
        if self._full_index is None:
            index: dict[int, list[tuple[int, int]]] = {}
            for at, number in enumerate(self.body_order):
                quoted = self.quote_ranges.get(number, [])
                for m in self.registry.mentions.get(number, ()):
                    if not m.full or m.possessive or len(m.ids) != 1:
                        continue
                    if quote_at(quoted, m.start) is None and not self._named_as_kin(m):
                        index.setdefault(m.ids[0], []).append((at, m.start))
            self._full_index = index
        return self._full_index

    def _named_as_kin(self, mention: Mention) -> bool:
        """ "her husband, former President Bill Clinton": a name introduced as someone's relative,
        the kin word a few role words before it, no other name or clause between. A lone surname
        two people share means the one the article names for themselves."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=_token_start)
        for token in reversed(tokens[max(0, at - _KIN_REACH_TOKENS) : at]):
            if token.low in lx.KIN_NOUNS:
                return True
            if not token.is_word and token.low != ",":
                return False
            if token.is_word and (token.possessive or token.low in lx.SPEECH_VERBS):
                return False
        return False


_TITLE_WORDS = 8  # "“Fareed Zakaria GPS”": a title in quotation marks is a few words


def _marked_titles(tokens: list[Token], speech: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The closed spans of a few words inside double quotation marks that are no quotation found
    (titles and labels), in text order."""
    spans, opened = [], None
    for index, token in enumerate(tokens):
        mark = token.text
        if mark not in ('"', "“", "”"):
            continue
        if opened is None and mark != "”":
            opened = index
        elif opened is not None and mark != "“":
            first, last = tokens[opened], token
            if index - opened - 1 <= _TITLE_WORDS and quote_at(speech, first.start + 1) is None:
                spans.append((first.start, last.end))
            opened = None
        else:
            opened = index  # a second opening mark: the first one never closed
    return spans


def _lower_rank(modifier: str) -> bool:
    """ "vice-presidential", "deputy": a word ranking the role below the one it modifies, so "the
    vice-presidential nominee" is not the article's presidential nominee."""
    return modifier.startswith("vice") or modifier in _LOWER_RANKS


_LOWER_RANKS = frozenset("deputy assistant associate lieutenant under".split())


def _apposed_to_possessed_role(tokens: list[Token], at: int, after: int) -> bool:
    """ "his wife, Jane, offered": a name in commas right after a role that a his or her owns
    ("his wife", "her longtime aide"), with more words after the closing comma."""
    if after + 1 >= len(tokens) or tokens[after].text != "," or at < 3 or tokens[at - 1].text != ",":
        return False
    index = at - 2
    while index > at - 2 - _POSSESSED_ROLE_WORDS and index >= 0:
        token = tokens[index]
        if token.low in PERSONAL_POSSESSIVES:
            return index < at - 2
        if not token.is_word or token.cap:
            return False
        index -= 1
    return False


# "his wife", "her longtime campaign aide": the words a possessed role may take.
_POSSESSED_ROLE_WORDS = 3


def _definite_noun_ends(tokens: list[Token], at: int) -> bool:
    """Whether a lower-case noun phrase opened by "the" ends at `at` ("the third panelist")."""
    for index in range(at, max(-1, at - _ROLE_MODIFIERS_MAX - 1), -1):
        token = tokens[index]
        if token.low == "the":
            return index < at
        if not token.is_word or token.cap:
            return False
    return False


def _inside_clause(mention: Mention) -> bool:
    """A mention that cannot be a sentence's subject before its verb: an object, or a pronoun."""
    return not mention.subject_like or mention.kind == PRONOUN


def _passed_over(mention: Mention, apposed: bool) -> bool:
    """No subject of the verb of saying after it: an object or pronoun of a clause about the subject,
    or, when an apposition closed by a comma stands before the verb ("Brian Murphy, the chairman of
    the party in New Hampshire, said Trump ..."), one of the apposition's places or bodies."""
    return _inside_clause(mention) or (apposed and mention.kind not in (PERSON, AMBIGUOUS))


def _opens_partial(tokens: list[Token], at: int) -> bool:
    """ "said Mr Blair "should butt out of" the row": a quote mark before a small word opens words
    quoted inside the clause, which goes on as its subject's."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    return tokens[at].text in _DOUBLE_MARKS and following is not None and following.text.islower()


_DOUBLE_MARKS = frozenset('"“')
_DASHES = frozenset("-–—")  # "--" is two tokens


def _before_honorific(tokens: list[Token], at: int) -> int:
    """The token before the name at `at` and its honorific ("why Mr. Cole" -> "why")."""
    before = at - 1
    if before > 0 and tokens[before].text == "." and tokens[before - 1].low in lx.HONORIFICS:
        before -= 1
    if before > 0 and tokens[before].low in lx.HONORIFICS:
        before -= 1
    return before


def _finite(low: str) -> bool:
    """A folded word after a name that makes the name a clause's subject: "has", "hoped"."""
    return low in _FINITE_VERBS or past_in_ed(low)


def opening_pronoun_bars(
    registry: Registry, paragraph: int, sentence: tuple[int, int], quote_ranges: dict[int, list]
) -> tuple[Mention | None, frozenset[int]]:
    """A he or she opening the sentence (past a conjunction) and the people the sentence names after
    it, outside quotation marks, whom it cannot mean: "He has declared Reyes to be “…”" (were he
    Reyes, the sentence would say himself)."""
    start, end = sentence
    tokens = registry.tokens.get(paragraph, [])
    quoted = quote_ranges.get(paragraph, [])
    first = bisect_left(tokens, start, key=_token_start)
    word = next((t for t in tokens[first:] if t.is_word and t.low not in _SENTENCE_CONJUNCTIONS), None)
    if word is None or word.start >= end or quote_at(quoted, word.start) is not None:
        return None, frozenset()
    mentions = registry.mentions.get(paragraph, ())
    at = bisect_left(mentions, word.start, key=_mention_start)
    if at >= len(mentions) or mentions[at].start != word.start:
        return None, frozenset()
    opener = mentions[at]
    if opener.kind != PRONOUN or opener.possessive or not opener.subject_like:
        return None, frozenset()
    barred = set()
    for other in mentions[at + 1 :]:
        if other.start >= end:
            break
        if other.kind in (PERSON, AMBIGUOUS) and quote_at(quoted, other.start) is None:
            barred.update(other.ids)
    return opener, frozenset(barred)
