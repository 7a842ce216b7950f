"""A definite role no one holds alone ("the Indiana governor said") or an age ("the 24-year-old
said") refers back to the latest fitting person in subject position.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject, quote_at
from bot.core.quotes.function_words import (
    INDEFINITE_ARTICLES,
    NAMELESS,
    PASSIVE,
    PREPOSITIONS,
    RELATIVES,
    REPLYING_VERBS,
    SPEAKING_FOR_HEADS,
)
from bot.core.quotes.marks import OPENING_MARKS, SENTENCE_ENDS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention, Person
from bot.core.quotes.references import (
    nationalities,
    nationality,
    person_demonym,
    same_nationality,
    shaped_role,
)
from bot.core.quotes.resolving.role_holders import placed_elsewhere
from bot.core.quotes.resolving.shared import (
    ROLE_MODIFIERS_MAX,
    SENTENCE_CONJUNCTIONS,
    finite,
    first_item,
    mention_start,
    token_start,
    tokens_between,
)
from bot.core.quotes.roles import (
    PRESS_ROLES,
    PUBLIC_OFFICES,
    TITLED_OFFICES,
    is_age,
    offices_held,
    other_office,
    plural_role,
    role_heads,
    running_in_a_race,
)

# Sentences an age ("the 78-year-old said") looks back over, past those naming no one.
_AGE_LOOKBACK_SENTENCES = 2
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Words bringing in someone the article does not name ("a Clear Lens reporter, who asked").
_INDEFINITE = INDEFINITE_ARTICLES | frozenset(("one",))
# Nouns news uses for a source it does not name ("a senior official said ... “…,” the official
# said"): with no one named as such, the source, never the person last named.
_UNNAMED_SOURCE_ROLES = _SPOKES_NOUNS | frozenset(("official",))
# Staff who work for someone ("Added one top adviser to a rival. “…,” the aide said") and officers
# who deal with someone ("X was stopped on Elm Street. The deputy said ..."): bare, with no one named
# as such, an unnamed source too, never the person they deal with; described ("the veteran GOP
# operative"), the epithet of someone named.
_STAFF_ROLES = frozenset(
    "aide adviser advisor strategist operative consultant pollster staffer "
    "deputy officer trooper detective investigator prosecutor".split()
)
# Roles whose holders speak for or about someone else ("Hale was flown to hospital: “…,” the doctor
# said"): never the person their sentence opens with.
_SPEAKS_ABOUT_OTHERS = (
    SPEAKING_FOR_HEADS
    | lx.REPRESENTATIVES
    | frozenset("doctor doctors physician surgeon nurse official officials medic paramedic".split())
)
# What an opener does when the quotation after it is not its own: it is described ("Hale was at
# home", "Hale was flown to hospital") or it asks ("Hale asked about the season: “We are ready,”").
_ASKING = frozenset(
    "asked asks questioned questions wondered wonders inquired enquired pressed quizzed".split()
)
_NOT_DOING = PASSIVE | _ASKING
# A he or she inside the quotation is someone talked about, most likely the opener.
_OWNING = {"his": "m", "her": "f"}
# Words for people a his or her of a thing does not rule out as the one an age means.
_OTHER_PEOPLE = frozenset("they them their i we you".split())
_THIRD_PERSONS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}


def _of_no_other_party(person: Person, role: str) -> bool:
    """ "the Nevada Democrat" after "Senate Minority Leader Harry Reid" (and before "Patty Murray,
    Washington Democrat"): a party's member noun may mean anyone whose roles name no other party."""
    if role not in lx.PARTY_MEMBERS:
        return False
    words = (word for r in person.roles for word in r.casefold().split())
    parties = {_PARTY_OF_LABEL.get(word, word) for word in words if word in lx.PARTY_LABELS}
    return parties <= {role}


# A party label's member noun: "Democratic leader" and "GOP senator" name a Democrat and a Republican.
_PARTY_OF_LABEL = {
    "democratic": "democrat",
    "democrats": "democrat",
    "gop": "republican",
    "republicans": "republican",
}


def _asks_a_question(tokens: list[Token], verb: int) -> bool:
    """Whether the asking verb at `verb` puts a question ("asked whether", "asked the witness why"),
    not a request ("asked residents to stay calm"): a question word within a few tokens."""
    reach = tokens[verb + 1 : verb + 1 + _QUESTION_REACH]
    return any(token.low in _QUESTION_WORDS for token in reach)


_QUESTION_WORDS = frozenset("whether if why how what who whom when where which".split())
_QUESTION_REACH = 4


def _past_opening_phrase(tokens: list[Token], at: int) -> int:
    """The token after a short phrase opening with a preposition and closed by a comma ("In a letter
    on her website, the singer named ..."), else `at`."""
    if at >= len(tokens) or tokens[at].low not in PREPOSITIONS:
        return at
    for index in range(at + 1, min(len(tokens), at + _OPENING_PHRASE_TOKENS)):
        if tokens[index].text == ",":
            return index + 1
        if not tokens[index].is_word:
            return at
    return at


_OPENING_PHRASE_TOKENS = 8
# Body paragraphs back a title looks for a person given no role (the last that named them).
_ROLE_REACH = 2
# The word making a role the one someone has just been given ("the new water chief").
_NEW = "new"
# Verbs giving someone a post: whom they name after them is "the new" holder of it.
_APPOINTING = frozenset(
    "appointed named hired picked chose tapped nominated selected promoted installed elected".split()
)
# Title words a verb of appointing may put before the name ("appointed deputy director Ada Holt").
_APPOINTEE_TITLE_TOKENS = 3
# "hit back at Obama after the former president said": words opening a clause after the main one.
_CLAUSE_AFTER_OBJECT = frozenset("after when since because".split())


class RoleAntecedentMixin:
    """The person a definite role or an age refers back to."""

    def _owned_by_a_name(self, paragraph: int, offset: int) -> bool:
        """Whether the role's noun at `offset` is followed by "of the" and a capitalised name that is
        no person's ("the captain of the Skyway jet"; not "the star of Rain Man", a work he is known by)."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, offset, key=token_start)
        if at + 3 >= len(tokens) or tokens[at + 1].low != "of" or tokens[at + 2].low != "the":
            return False
        name = at + 3
        if not tokens[name].text[:1].isupper():
            return False
        mentions = self.registry.mentions.get(paragraph, ())
        return not any(m.start == tokens[name].start and m.kind in (PERSON, AMBIGUOUS) for m in mentions)

    def role_antecedent(self, paragraph: int, subject: Subject) -> int | None:
        """ "The Indiana governor said", "the Republican nominee vowed": a definite role no one holds
        alone refers back, as "he" would, to the latest fitting person in subject position."""
        if subject.kind != "role" or subject.offset < 0 or not NAMELESS.isdisjoint(subject.modifiers):
            return None
        if is_age(subject.role):  # "the 24-year-old said"
            return self._subject_just_before(paragraph, subject.offset)
        if plural_role(subject.role):
            return None  # "“…,” the officials said": several people, never the one named before
        gender = (
            "m" if subject.role in lx.MALE_MARKERS else "f" if subject.role in lx.FEMALE_MARKERS else None
        )
        appointee = self._appointee_before(paragraph, subject)
        if appointee is not None:
            return appointee
        opener = self._sentence_opener(paragraph, subject, gender)
        if opener is not None:
            return opener
        start = end = subject.offset
        titled = set(self.holders_index().get(subject.role, ()))
        holders = {i for i in titled if self.holds_plainly(i, subject)}
        if holders and not any(self.holds_a_role_of(i, subject.role, subject.modifiers) for i in holders):
            holders = set()  # "the civil rights activist and MSNBC host": no host named is an activist
        # "shadow chancellor Tim Vale" is not "the chancellor", even when no one else holds it.
        qualified = titled - holders
        if not holders:
            # "Former President Alden Morrow ... The president also referenced": with no one holding
            # the office now, the writer means the one who held it (not so "shadow" or "deputy").
            qualified = {i for i in qualified if not self.held_before(i, subject)}
        role = subject.role
        if not holders and role.endswith(lx.ELECT_SUFFIX):
            incoming = self.incoming_holders(role)
            if len(incoming) == 1:
                return next(iter(incoming))  # "the President-elect": "incoming President Donald Trump"
        unnamed_role = role in _UNNAMED_SOURCE_ROLES or role in PRESS_ROLES
        unnamed_role = unnamed_role or (role in _STAFF_ROLES and not subject.modifiers)
        if not holders and unnamed_role:
            # "Holt's spokesman said ... “…,” the spokesman said": one who speaks for another is
            # never the person last named; with no named spokesman it is an unnamed source, unless
            # the sentence itself names one staffer ("an email from budget adviser Daniel Okafor in
            # which the aide stated").
            return self._staffer_in_sentence(paragraph, subject.offset)
        if not holders and self.brought_in_unnamed(paragraph, subject):
            # "prompted by a Clear Lens reporter, who asked ... ¶ “…,” the Clear Lens reporter
            # answered": the unnamed person an indefinite article brought in, not the one last named.
            return None
        if not holders and not qualified:
            bridged = self.bridged_holder(paragraph, subject)
            if bridged is not None:
                return bridged  # "... in Dana Pruitt. The secretary of state ... went on" names her
        if not holders and self._owned_by_a_name(paragraph, subject.offset):
            # "The captain of the Skyway jet told customers:": one the named thing's role describes,
            # an unnamed source, not the person last named.
            return None
        described = [m for m in subject.modifiers if m not in lx.ROLE_HEADS]
        if shaped_role(role):
            # "the harbour master said": a trade no list holds, told by its shape alone, is whom the
            # article gives it (so described), never the person last named (no one: an unnamed source).
            holders = {i for i in holders if not described or self.role_has(i, role, tuple(described))}
            if not holders:
                return None
        elif holders and described and not any(self.role_has(i, role, tuple(described)) for i in holders):
            # "Mark Ruiz stressed ... an appearance with Sen. Joan Ernst, R-Iowa. ¶ The Florida
            # senator told reporters": no senator named has the role so described, so the one meant
            # may also be someone the article gives no role at all.
            # So may a candidate, whose role names the race, not the offices held before it.
            holders |= {
                p.id
                for p in self.registry.persons
                if (not p.roles and not p.titles) or running_in_a_race(p.roles) or _of_no_other_party(p, role)
            }
        # "In an interview with host Tom Reyes, the Democratic candidate stated": a role is not
        # someone its own sentence has just named as an object.
        named = self._named_in_sentence_before(paragraph, subject.offset) | self._named_after_role(
            paragraph, subject
        )
        named |= self._talked_of_in_quoting_clause(paragraph, subject.offset)
        # "Trump has hit back at Barack Obama after the former president said": the role opening the
        # clause right after the name is the writer's way of not repeating it, and means that person.
        retold = self._object_before_role_clause(paragraph, subject)
        named.discard(retold)
        # "Lawyer Tom Hale asked whether ... . The witness said": the one who asked is not the one
        # answering, unless the role is the asker's own ("The lawyer said").
        named |= self._asker_just_before(paragraph, subject.offset) - holders
        asker = self.just_quoted_in(paragraph) if subject.verb in REPLYING_VERBS else None

        told = nationality(role) if person_demonym(role) else None

        def holds(person_id: int) -> bool:
            # Two senators: the latest of them; no senator named: anyone but the holder of
            # another office ("the senator" is not Rep. Tom Kettle).
            if person_id in named or person_id in qualified or person_id == asker:
                return False
            if self.registry.person(person_id).surname.casefold() in subject.modifiers:
                return False  # "said the Finch ally": Finch's ally, never Finch
            if told is not None and self._of_another_nationality(person_id, told, paragraph, start):
                return False  # "the Italian" is not "the club's French chairman, Pierre Dufour"
            if self.sits_in_elected_office(person_id, role):
                return False  # "the President-elect" is not Russian President Vladimir Putin
            if placed_elsewhere(self.registry.person(person_id), role, subject.modifiers):
                return False  # "the California Republican" is not "the Minnesota Republican"
            if self.labelled_elsewhere(person_id, subject.modifiers):
                return False  # "the New York senator" is not "Sen. John Cornyn (R-Texas)"
            if holders:
                return person_id in holders
            person = self.registry.person(person_id)
            if _speaks_for_others_only(person):
                return False  # "Lena Ortiz, a spokeswoman for the district" is not "the doctor"
            held = offices_held(person.roles, person.titles)
            # "the attorney general" is not "Dana Pruitt, a driver"; "the former Nevada governor" may
            # be "presidential contender Dale Rourke", whose role names the race, not past offices.
            other_role = (person.roles or person.titles) and not running_in_a_race(person.roles)
            if role in TITLED_OFFICES and other_role and not held:
                return False

            return not other_office(role, subject.modifiers, held)

        if retold is not None and holds(retold) and self.gender_fits(retold, gender):
            return retold
        found = self.antecedent(Mention(paragraph, start, end, PRONOUN, (), gender), accept=holds)
        if found is not None and not holders and not self._in_mind(found, paragraph, start):
            # "Mr Reyes has warned ... ¶ ... ¶ ... ¶ The Tory Shadow Health Secretary has criticised its
            # “…”": a title no one is given, paragraphs after the last word of a person given no
            # role, brings in someone new (an unnamed source), not that person.
            return None
        return found

    def _appointee_before(self, paragraph: int, subject: Subject) -> int | None:
        """ "After Mayor Victor Lund appointed Nadia Ferrante last spring, the new water chief
        admitted": a role called new means the person whom a verb of appointing names, outside
        quotation marks, in the role's own sentence before it or in the sentence before that, not
        the one who appointed them."""
        if _NEW not in subject.modifiers:
            return None
        start, _ = self.sentence_of(Mention(paragraph, subject.offset, subject.offset, PRONOUN, ()))
        spans = [(paragraph, (start, subject.offset)), *self.sentences_before(paragraph, subject.offset, 1)]
        for number, (first, end) in spans:
            tokens = self.registry.tokens.get(number, [])
            quoted = self.quote_ranges.get(number, [])
            for at in range(
                bisect_left(tokens, first, key=token_start), bisect_left(tokens, end, key=token_start)
            ):
                if tokens[at].low in _APPOINTING and quote_at(quoted, tokens[at].start) is None:
                    named = self._named_after_verb(number, tokens, at, end)
                    if named is not None:
                        return named
        return None

    def _named_after_verb(self, paragraph: int, tokens: list[Token], verb: int, end: int) -> int | None:
        """The one person named right after the verb at `verb`, past a few lower-case title words
        ("appointed deputy director Ada Holt"), before `end`."""
        reach = tokens[verb + 1 : verb + 1 + _APPOINTEE_TITLE_TOKENS]
        for token in reach:
            if token.start >= end:
                return None
            starting = self._mentions_between(paragraph, token.start, token.start + 1)
            if starting:
                named = starting[0]
                return named.ids[0] if named.kind == PERSON and not named.possessive else None
            if not token.is_word or token.cap:
                return None
        return None

    def no_one_in_mind(self, paragraph: int, offset: int) -> bool:
        """Whether no person is named, nor a he or she written, outside quotation marks before
        `offset` in its paragraph or in the body paragraph before: a role met then can mean no one
        the reader knows."""
        at = self.position.get(paragraph, 0)
        for number in self.body_order[max(0, at - 1) : at + 1]:
            for mention in self.registry.mentions.get(number, ()):
                if number == paragraph and mention.start >= offset:
                    break
                if mention.kind in (PERSON, AMBIGUOUS, PRONOUN) and not self.quoted(mention):
                    return False
        return True

    def no_one_named_before(self, paragraph: int, offset: int) -> bool:
        """Whether no person is named outside quotation marks before the sentence holding `offset`,
        in its paragraph or the body paragraph before: "When asked by lawyer Tom Hale whether ..., the
        witness said" names only the asker, whom the role is not."""
        start, _ = self.sentence_of(Mention(paragraph, offset, offset, PRONOUN, ()))
        at = self.position.get(paragraph, 0)
        for number in self.body_order[max(0, at - 1) : at + 1]:
            for mention in self.registry.mentions.get(number, ()):
                if number == paragraph and mention.start >= start:
                    break
                if mention.kind in (PERSON, AMBIGUOUS) and not self.quoted(mention):
                    return False
        return True

    def _in_mind(self, person_id: int, paragraph: int, offset: int) -> bool:
        """Whether the reader still has the person in mind at `offset`: the article gives them a role,
        or names them, or a he or she means them, in this paragraph or the _ROLE_REACH before it."""
        person = self.registry.person(person_id)
        if person.roles or person.titles:
            return True
        at = self.position.get(paragraph, 0)
        for number in self.body_order[max(0, at - _ROLE_REACH) : at + 1]:
            for mention in self.registry.mentions.get(number, ()):
                if number == paragraph and mention.start >= offset:
                    break
                if person_id in mention.ids:
                    return True
                if mention.kind == PRONOUN and mention.subject_like and self.antecedent(mention) == person_id:
                    return True
        return False

    def _of_another_nationality(self, person_id: int, told: str, paragraph: int, offset: int) -> bool:
        """Whether the article describes the person by a nationality other than `told`: in a role
        ("the club's French chairman"), or by a sentence before `offset` opening with a nationality
        that means them ("The Chilean refused ..." makes Ortega no later "the Frenchman")."""
        person = self.registry.person(person_id)
        found = set().union(*map(nationalities, person.roles))
        found |= self._nationalities_referred(person_id, paragraph, offset)
        return bool(found) and not any(same_nationality(told, n) for n in found)

    def _nationalities_referred(self, person_id: int, paragraph: int, offset: int) -> set[str]:
        """The nationalities the article called the person by before `offset` ("The Chilean refused",
        "“…,” the Frenchman said"), each written outside quotation marks and meaning them."""
        here = (self.position.get(paragraph, 0), offset)
        found: set[str] = set()
        for number, role in self._demonym_references():
            if (self.position.get(number, 0), role.offset) >= here:
                break
            told = nationality(role.role)
            if told is not None and self._demonym_means(number, role) == person_id:
                found.add(told)
        return found

    def _demonym_references(self) -> list[tuple[int, Subject]]:
        """Every "the <nationality>" standing for a person, in body order (found once)."""
        if self._demonyms is None:
            self._demonyms = []
            for number in self.body_order:
                tokens = self.registry.tokens.get(number, [])
                quoted = self.quote_ranges.get(number, [])
                for at, token in enumerate(tokens):
                    if token.low == "the" and quote_at(quoted, token.start) is None:
                        role = _demonym_after(tokens, at)
                        if role is not None:
                            self._demonyms.append((number, role))
        return self._demonyms

    def brought_in_unnamed(self, paragraph: int, subject: Subject) -> bool:
        """Whether "a", "an" or "one" and the role, with every word the definite role has and no
        name after it, comes before the role in the body: the person that brought in."""
        if subject.role in PUBLIC_OFFICES:
            return False  # "behind a mercurial president": an office's holder is the one named
        here = (self.position.get(paragraph, 0), subject.offset)
        for place, words in self._indefinite_role_index().get(subject.role, ()):
            if place >= here:
                break
            if all(set(m.replace("-", " ").split()) <= words for m in subject.modifiers):
                return True
        return False

    def _indefinite_role_index(self) -> dict[str, list[tuple[tuple[int, int], set[str]]]]:
        """Role head -> where, in body order, "a <role>" outside quotation marks names no one, with
        the words before the head (found once). Not a lede's opening "A lawmaker in the Philippines is
        calling for ...", which the story goes on to name."""
        if self._indefinite_roles is None:
            self._indefinite_roles = {}
            for number in self.body_order:
                tokens = self.registry.tokens.get(number, [])
                quoted = self.quote_ranges.get(number, [])
                for at, token in enumerate(tokens):
                    if token.low not in _INDEFINITE or quote_at(quoted, token.start) is not None:
                        continue
                    if number == self.body_order[0] and (at == 0 or tokens[at - 1].text in SENTENCE_ENDS):
                        continue
                    head = _unnamed_role_head(tokens, at)
                    if head is not None:
                        words = {t.low for t in tokens[at + 1 : head]}
                        place = (self.position.get(number, 0), token.start)
                        self._indefinite_roles.setdefault(tokens[head].low, []).append((place, words))
        return self._indefinite_roles

    def _demonym_means(self, paragraph: int, role: Subject) -> int | None:
        key = (paragraph, role.offset)
        if key not in self._demonym_meant:
            self._demonym_meant[key] = None  # while it is found, it tells nothing
            self._demonym_meant[key] = self.role_antecedent(paragraph, role)
        return self._demonym_meant[key]

    def _sentence_opener(self, paragraph: int, subject: Subject, gender: str | None) -> int | None:
        """ "Kemper defends his record in an ad: “…,” the senator says": the person opening the role's
        own sentence as its subject, the only person it names before the role outside quotation
        marks, is whom the role means (the writer's way of not repeating the name), unless that
        person holds another office or is of the other gender."""
        start, _ = self.sentence_of(Mention(paragraph, subject.offset, subject.offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        mentions = self.registry.mentions.get(paragraph, ())
        people = [
            m
            for m in mentions[
                bisect_left(mentions, start, key=mention_start) : bisect_left(
                    mentions, subject.offset, key=mention_start
                )
            ]
            if m.kind in (PERSON, AMBIGUOUS, PRONOUN) and quote_at(quoted, m.start) is None
        ]
        if len(people) != 1 or people[0].start != start or people[0].kind != PERSON:
            return None
        opener = people[0]
        if not opener.subject_like or opener.possessive or subject.role in _SPEAKS_ABOUT_OTHERS:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        if not _opener_acts(tokens, bisect_left(tokens, opener.end, key=token_start)):
            return None
        person = self.registry.person(opener.ids[0])
        if gender is not None and person.gender not in (None, gender):
            return None
        between = [q for q in quoted if start <= q[0] < subject.offset]
        if _talks_about(tokens, between, person.gender):
            return None
        if any(_embedded(tokens, q[0]) for q in between):
            # "Reyes had shown “a breach of trust,” the Chief Justice said": words quoted inside the
            # opener's own clause are said about them, by whom the role names.
            return None
        if other_office(subject.role, subject.modifiers, offices_held(person.roles, person.titles)):
            return None
        return person.id

    def just_quoted_in(self, paragraph: int) -> int | None:
        """ "Helen Marsh QC asked him: '…?' The witness replied: '…'": the speaker quoted last, in
        this paragraph, when what was quoted is a question a reply answers ("Lomu was asked ... he
        replied" after his own words is Lomu)."""
        if self.last_speaker is None or self.last_speaker[1] != paragraph:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, self.last_speaker_end, key=token_start)
        asked = at > 0 and tokens[at - 1].text == "?"
        return self.last_speaker[0] if asked else None

    def _asker_just_before(self, paragraph: int, offset: int) -> set[int]:
        """The person opening the sentence just before the one holding `offset`, in its paragraph, as
        the subject of an asking verb ("Lawyer Tom Hale asked whether the pilot had slept.")."""
        bounds = self.sentence_bounds.get(paragraph, ())
        found = bisect_right(bounds, offset, key=first_item) - 2
        if found < 0:
            return set()
        start, end = bounds[found]
        tokens = self.registry.tokens.get(paragraph, [])
        quoted = self.quote_ranges.get(paragraph, [])
        for mention in self._mentions_between(paragraph, start, end):
            if mention.kind not in (PERSON, AMBIGUOUS) or quote_at(quoted, mention.start) is not None:
                continue
            at = bisect_left(tokens, mention.end, key=token_start)
            asks = mention.subject_like and at < len(tokens) and tokens[at].low in _ASKING
            return set(mention.ids) if asks and _asks_a_question(tokens, at) else set()
        return set()

    def _staffer_in_sentence(self, paragraph: int, offset: int) -> int | None:
        """The one person named before `offset` in its sentence whose role is a staffer's or a
        spokesperson's ("city budget adviser Daniel Okafor"), else None."""
        start, _ = self.sentence_of(Mention(paragraph, offset, offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        staff = _STAFF_ROLES | _SPOKES_NOUNS
        found = {
            i
            for m in self._mentions_between(paragraph, start, offset)
            if m.kind == PERSON and quote_at(quoted, m.start) is None
            for i in m.ids
            if staff & set(role_heads(self.registry.person(i).roles))
        }
        return next(iter(found)) if len(found) == 1 else None

    def _object_before_role_clause(self, paragraph: int, subject: Subject) -> int | None:
        """ "Trump has hit back at Barack Obama after the former president said": the person named,
        as no subject, right before a word opening a clause ("after", "when") whose subject is the
        role ("the former president"); None when the role follows no such name."""
        if subject.source is None:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        the = bisect_left(tokens, subject.source.start, key=token_start)
        if the < 2 or tokens[the].low != "the" or tokens[the - 1].low not in _CLAUSE_AFTER_OBJECT:
            return None
        for mention in self.registry.mentions.get(paragraph, ()):
            if mention.end != tokens[the - 2].end or mention.kind != PERSON:
                continue
            if mention.subject_like or mention.possessive or self.quoted(mention):
                return None
            return mention.ids[0]
        return None

    def _named_in_sentence_before(self, paragraph: int, offset: int) -> set[int]:
        """The people named, outside quotation marks and not as a subject, in the sentence holding
        `offset` before it ("Ivy Marsh defended it, and when pressed, the 34-year-old replied" may be
        Marsh)."""
        start, _ = self.sentence_of(Mention(paragraph, offset, offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        return {
            i
            for m in self._mentions_between(paragraph, start, offset)
            if m.kind in (PERSON, AMBIGUOUS)
            and not m.subject_like
            and quote_at(quoted, m.start) is None
            and not self._in_relative_clause(paragraph, start, m.start)
            for i in m.ids
        }

    def _in_relative_clause(self, paragraph: int, start: int, offset: int) -> bool:
        """Whether a relative clause opens between `start` and `offset` ("In a nod to the Latinos that
        helped re-elect Obama, the president said"): a name in it is what the clause tells of the
        phrase's noun, no object the role is set against."""
        tokens = self.registry.tokens.get(paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        last = bisect_left(tokens, offset, key=token_start)
        return any(_opens_relative(tokens, at) for at in range(first, last))

    def _talked_of_in_quoting_clause(self, paragraph: int, offset: int) -> set[int]:
        """ "Reyes had shown “a breach of trust,” the Chief Justice said": the people a sentence names
        before the role, outside quotation marks, when it quotes words inside its own clause; the
        words are said about them, by whom the role names."""
        start, _ = self.sentence_of(Mention(paragraph, offset, offset, PRONOUN, ()))
        quoted = [q for q in self.quote_ranges.get(paragraph, []) if start <= q[0] < offset]
        tokens = self.registry.tokens.get(paragraph, [])
        if not any(_embedded(tokens, q[0]) for q in quoted):
            return set()
        return {
            i
            for m in self._mentions_between(paragraph, start, offset)
            if m.kind in (PERSON, AMBIGUOUS) and quote_at(quoted, m.start) is None
            for i in m.ids
        }

    def _mentions_between(self, paragraph: int, start: int, end: int) -> list[Mention]:
        """The paragraph's mentions starting from `start` up to `end`, found by bisection."""
        mentions = self.registry.mentions.get(paragraph, ())
        first = bisect_left(mentions, start, key=mention_start)
        return list(mentions[first : bisect_left(mentions, end, key=mention_start)])

    def _named_after_role(self, paragraph: int, subject: Subject) -> set[int]:
        """ "But the chancellor said Mr Fallon was “…”": the people a role's own sentence names after its
        verb, outside quotation marks, are not whom the role means (were they, it would say "he");
        a name right after the role and a comma is its apposition, and counts."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_right(tokens, subject.offset, key=token_start)
        if at >= len(tokens) or not tokens[at].is_word:
            return set()
        _, end = self.sentence_of(Mention(paragraph, subject.offset, subject.offset, PRONOUN, ()))
        quoted = self.quote_ranges.get(paragraph, [])
        mentions = self.registry.mentions.get(paragraph, ())
        return {
            i
            for m in mentions[bisect_left(mentions, tokens[at].end, key=mention_start) :]
            if m.start < end and m.kind in (PERSON, AMBIGUOUS) and quote_at(quoted, m.start) is None
            for i in m.ids
        }

    def _subject_just_before(self, paragraph: int, offset: int) -> int | None:
        """ "Sam Okafor scored late. “…,” the 24-year-old said": an age tells no role or gender, so
        it means only the one person the sentence before names as its subject; a sentence between
        about a body that names no one ("The committee includes ...") does not break the thread."""
        for number, (start, end) in self.sentences_before(paragraph, offset, _AGE_LOOKBACK_SENTENCES):
            mentions = self.registry.mentions.get(number, ())
            inside = mentions[
                bisect_left(mentions, start, key=mention_start) : bisect_left(
                    mentions, end, key=mention_start
                )
            ]
            subjects = {m.ids[0] for m in inside if m.kind == PERSON and m.subject_like and not m.possessive}
            named = any(m.kind in (PERSON, AMBIGUOUS) or m.gender for m in inside)
            if subjects:
                return subjects.pop() if len(subjects) == 1 else None
            spoke = self._sole_speaker(number, (start, end), inside)
            if spoke is not None:
                # "“…,” the former model said. “…,” the 46-year-old added": whoever spoke in the
                # sentence just before, named there by a role, is whom the age goes on to mean.
                return spoke
            owner = self._sole_owner(number, (start, end), inside)
            if owner is not None:
                # "Many of Hale's most famous works have explored ... “…,” said the 78-year-old": the
                # one person the sentence names, only as an owner of things, is whom the age means.
                return owner
            if not any(m.kind in (PERSON, AMBIGUOUS) for m in inside):
                # "But despite her problems, she still won five titles. “…,” said the 22-year-old":
                # whom the sentence's he or she subject means (one gender: "she ... she entered").
                pronouns = [m for m in inside if m.kind == PRONOUN and m.subject_like and not m.possessive]
                if pronouns and len({m.gender for m in pronouns}) == 1:
                    return self.antecedent(pronouns[0])
                owner = self._sole_pronoun_owner(number, (start, end), inside)
                if owner is not None:
                    return owner
            role = self._opening_role(number, start)
            if role is not None:
                # "Kjetil Jansrud clinched the title. The Norwegian ... opened up a lead over Dominik
                # Paris. “…,” said the 29-year-old": whom the role that sentence opens with means.
                return self._role_opening_before(number, (start, end), role)
            if named or not self._opens_with_body(number, start):
                return None
        return None

    def _role_opening_before(self, paragraph: int, span: tuple[int, int], role: Subject) -> int | None:
        """Whom the role opening the sentence `span` means, never one of another gender than a his or
        her of that sentence tells ("the former model delivered a defense of her husband" is no man).
        A role no one is named with ("the former model" when no one is called a model) needs that his
        or her to fit ("In a post on her blog, the singer ..."): without it, it may be anyone before."""
        found = self.role_antecedent(paragraph, role)
        if found is None:
            return None
        told = _owner_gender(self.registry.tokens.get(paragraph, []), span)
        if not self.gender_fits(found, told):
            return None
        if person_demonym(role.role) or self.holders_index().get(role.role):
            return found
        return found if told is not None and self.registry.person(found).gender == told else None

    def _sole_speaker(self, paragraph: int, span: tuple[int, int], inside: list[Mention]) -> int | None:
        """The speaker last quoted, when that quotation stands in the sentence `span` and the
        sentence names no one else outside quotation marks ("“…,” the former model said.")."""
        if self.last_speaker is None or self.last_speaker[1] != paragraph:
            return None
        if not span[0] < self.last_speaker_end <= span[1]:
            return None
        quoted = self.quote_ranges.get(paragraph, [])
        speaker = self.last_speaker[0]
        for mention in inside:
            if quote_at(quoted, mention.start) is not None:
                continue
            if mention.kind in (PERSON, AMBIGUOUS) and speaker not in mention.ids:
                return None
            if mention.kind == PRONOUN and not mention.possessive:
                return None  # "“…,” she told the lawyer. “…,” he said": the pronoun's own person
        return speaker

    def _sole_pronoun_owner(self, paragraph: int, span: tuple[int, int], inside: list[Mention]) -> int | None:
        """ "Her shop sells bread. “…,” the 46-year-old added": a sentence naming no one that opens with
        a his or her of a thing (not of a relative or role: "Her husband ..."), with no other he, she
        or someone unnamed in it, means whom that his or her means."""
        if inside:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        at, end = bisect_left(tokens, span[0], key=token_start), bisect_left(tokens, span[1], key=token_start)
        if at + 1 >= end or tokens[at].low not in _OWNING or not tokens[at + 1].is_word:
            return None
        noun = tokens[at + 1].low
        if lx.is_person_noun(noun) or noun in lx.KIN_NOUNS or tokens[at + 1].cap:
            return None
        if any(t.low in _THIRD_PERSONS or t.low in _OTHER_PEOPLE for t in tokens[at + 1 : end]):
            return None
        if _someone_unnamed(tokens, span):
            return None
        owner = Mention(paragraph, tokens[at].start, tokens[at].end, PRONOUN, (), _OWNING[tokens[at].low])
        return self.antecedent(owner)

    def _sole_owner(self, paragraph: int, span: tuple[int, int], inside: list[Mention]) -> int | None:
        """The one person a sentence names, every time as the owner of a thing ("Hale's works"),
        never of a role ("Holt's lawyer" may be whom an age means), when no one unnamed is in the
        sentence too ("Hale's paintings were bought by a collector": the age may be the buyer's)."""
        people = [
            m for m in inside if m.kind in (PERSON, AMBIGUOUS) or (m.kind == PRONOUN and not m.possessive)
        ]
        if not people or any(m.kind != PERSON or not m.possessive for m in people):
            return None
        if len({m.ids[0] for m in people}) != 1:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        for mention in people:
            after = bisect_left(tokens, mention.end, key=token_start)
            if after < len(tokens) and lx.is_role_head(tokens[after].low):
                return None
        if _someone_unnamed(tokens, span):
            return None
        return people[0].ids[0]

    def _opening_role(self, paragraph: int, start: int) -> Subject | None:
        """The definite role or nationality a sentence opens with as its subject ("The Norwegian,
        who ..., opened", "But the Moroccan ... will not decide"); None when it opens otherwise."""
        tokens = self.registry.tokens.get(paragraph, [])
        at = bisect_left(tokens, start, key=token_start)
        if at + 1 < len(tokens) and tokens[at].low in SENTENCE_CONJUNCTIONS:
            at += 1
        at = _past_opening_phrase(tokens, at)
        if at >= len(tokens) or tokens[at].low != "the":
            return None
        words = tokens[at + 1 : at + 2 + ROLE_MODIFIERS_MAX]
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
        at = bisect_left(tokens, start, key=token_start)
        if at >= len(tokens) or tokens[at].low != "the":
            return False
        for word in tokens[at + 1 : at + 2 + ROLE_MODIFIERS_MAX]:
            if not word.is_word:
                return False
            if word.low in lx.ORG_WORDS:
                return True
        return False


def _speaks_for_others_only(person: Person) -> bool:
    """Whether every role the article gives the person is a spokesperson's."""
    heads = role_heads(person.roles)
    return bool(heads) and _SPOKES_NOUNS.issuperset(heads)


def _unnamed_role_head(tokens: list[Token], at: int) -> int | None:
    """The index of the role head that "a" or "one" at `at` opens, when no name follows it: "a
    Clear Lens reporter, who asked" (not "a reporter, Ana Cruz,", nor "a reporter Ana Cruz")."""
    for index in range(at + 1, min(len(tokens), at + 2 + ROLE_MODIFIERS_MAX)):
        token = tokens[index]
        if not token.is_word:
            return None
        if lx.is_role_head(token.low):
            return None if _name_follows(tokens, index + 1) else index
    return None


def _name_follows(tokens: list[Token], at: int) -> bool:
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    return at < len(tokens) and tokens[at].is_word and tokens[at].text[:1].isupper()


def _demonym_after(tokens: list[Token], at: int) -> Subject | None:
    """The nationality standing for a person after the "the" at `at` ("the Chilean refused", "the
    27-year-old Frenchman said", "said the Spaniard."), not one describing a noun ("the Chilean
    referee", "the Chilean squad")."""
    for index in range(at + 1, min(len(tokens), at + 2 + ROLE_MODIFIERS_MAX)):
        word = tokens[index]
        if not word.is_word or lx.is_role_head(word.low):
            return None
        if person_demonym(word.low):
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if after is not None and after.is_word and not _verb_after_subject(after.low):
                return None
            modifiers = tuple(t.low for t in tokens[at + 1 : index])
            return Subject("role", role=word.low, modifiers=modifiers, offset=word.start)
    return None


def _verb_after_subject(low: str) -> bool:
    """A word after a subject that is its verb or an adverb before it ("refused", "also said")."""
    return finite(low) or low in lx.SPEECH_VERBS or low in lx.ADVERBS or low in _ASKING


def _owner_gender(tokens: list[Token], span: tuple[int, int]) -> str | None:
    """The gender the first his or her of the sentence `span` tells, before any quotation (a
    quotation's "his" may be anyone's); None when there is none."""
    at, end = bisect_left(tokens, span[0], key=token_start), bisect_left(tokens, span[1], key=token_start)
    for token in tokens[at:end]:
        if token.text in OPENING_MARKS:
            return None
        if token.low in _OWNING:
            return _OWNING[token.low]
    return None


def _embedded(tokens: list[Token], start: int) -> bool:
    """Whether the quotation opening at `start` goes on the writer's clause (a word right before it:
    "had shown “…”"), not words a colon or comma introduces ("in an ad: “…”")."""
    at = bisect_left(tokens, start, key=token_start)
    while at > 0 and tokens[at - 1].text in OPENING_MARKS:
        at -= 1
    return at > 0 and tokens[at - 1].is_word


def _opener_acts(tokens: list[Token], at: int) -> bool:
    """ "Kemper defends his record": the opener is the subject of a verb of doing, not described by
    "was" ("Hale was at home") nor asking what the quotation answers ("Hale asked about ...")."""
    while at < len(tokens) and tokens[at].low in lx.ADVERBS:
        at += 1
    return at < len(tokens) and tokens[at].is_word and tokens[at].low not in _NOT_DOING


def _talks_about(tokens: list[Token], quoted: list[tuple[int, int]], gender: str | None) -> bool:
    """ "“He is stable and talking,”": a quotation speaking of a he or she of the opener's gender
    (or any, when it is unknown) is about the opener, by someone else."""
    for start, end in quoted:
        for token in tokens_between(tokens, start, end):
            said = _THIRD_PERSONS.get(token.low)
            if said is not None and gender in (None, said):
                return True
    return False


def _someone_unnamed(tokens: list[Token], span: tuple[int, int]) -> bool:
    """ "an anonymous collector", "A buyer": "a" or "an" and, within a few words, a noun for a
    person (a role, or an agent noun: "collector", "buyer")."""
    at, end = bisect_left(tokens, span[0], key=token_start), bisect_left(tokens, span[1], key=token_start)
    for index in range(at, end):
        if tokens[index].low not in ("a", "an"):
            continue
        for word in tokens[index + 1 : min(index + 1 + _UNNAMED_NOUN_WORDS, end)]:
            if word.is_word and not word.cap and _person_noun(word.low):
                return True
    return False


def _person_noun(low: str) -> bool:
    return lx.is_person_noun(low) or (len(low) > 4 and low.endswith(_AGENT_ENDINGS))


_UNNAMED_NOUN_WORDS = 3
_AGENT_ENDINGS = ("er", "or", "ist")


def _opens_relative(tokens: list[Token], at: int) -> bool:
    """ "who", "which", or "that" after people ("the farmers that", "Latinos that"), not after a verb
    ("said that")."""
    low = tokens[at].low
    if low in RELATIVES:
        return True
    if low != "that" or at == 0 or not tokens[at - 1].is_word:
        return False
    before = tokens[at - 1]
    people = any(lx.is_person_noun(one) or one in lx.PEOPLE_NOUNS for one in lx.singular_forms(before.low))
    return people or (before.cap and before.low.endswith("s"))
