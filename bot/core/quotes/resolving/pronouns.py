"""Whom a he or she subject of a verb of saying means: the speaker it carries on, the person named
before it, a role; and the people the rest of its sentence names, whom it cannot be.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject, quote_at
from bot.core.quotes.function_words import (
    OBJECT_PRONOUNS,
    REPLYING_VERBS,
    SUBJECT_PRONOUN_GENDERS,
    THINKING_VERBS,
)
from bot.core.quotes.marks import CLOSING_MARKS, OPENING_MARKS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention, Registry
from bot.core.quotes.resolving.shared import (
    ROLE_MODIFIERS_MAX,
    SENTENCE_CONJUNCTIONS,
    mention_start,
    token_start,
    tokens_between,
)
from bot.core.quotes.roles import OFFICE_WORDS
from bot.core.quotes.subjects.shared import ASKED_ABOUT, ASKED_OPENERS, past_asked_when, past_place_phrase

# Prepositions opening a sentence with its topic ("On Iran, ...", "Regarding the deal, ...").
_TOPIC_OPENERS = frozenset("on regarding concerning about".split())
_EXPLAINING = frozenset(("explained", "explains"))
_ASKERS = frozenset(("i", "we"))  # "when I asked him if ...": the writer puts the question
# Words opening a clause before the main one: "Five days after he ..., Holt is out with ...".
_OPENING_SUBORDINATORS = frozenset("after before when while since although though because once until".split())
_OPENING_CLAUSE_TOKENS = 12  # "Five days after he": a short clause before the pronoun
# "Cole “has got …”": a name this close before a quotation's opening mark (a space and the mark) is
# its clause's subject.
_SUBJECT_BEFORE_MARK_CHARS = 2
# "Varga is", "Jackson has long been": the verb between a subject opening its sentence and a quotation
# completing what is said of it.
_PREDICATE_WORDS = 4


_CLOSING_MARKS = frozenset(('"', "”", "’"))
# Offices a quotation names someone by ("President Holt", "Speaker Ryan"), which no speaker uses of himself.
_OFFICE_TITLES = frozenset(
    "president senator governor speaker secretary mayor judge justice congressman congresswoman "
    "representative chairman chairwoman minister premier chancellor councillor councilor councilman "
    "councilwoman commissioner ambassador".split()
)
# Verbs by which a pronoun carries on the speaker just quoted.
_CONTINUING_VERBS = frozenset("added adds continued continues concluded concludes went".split())


def opening_pronoun_bars(
    registry: Registry, paragraph: int, sentence: tuple[int, int], quote_ranges: dict[int, list]
) -> tuple[Mention | None, frozenset[int]]:
    """A he or she opening the sentence (past a conjunction) and the people the sentence names after
    it, outside quotation marks, whom it cannot mean: "He has declared Reyes to be “…”" (were he
    Reyes, the sentence would say himself)."""
    start, end = sentence
    tokens = registry.tokens.get(paragraph, [])
    quoted = quote_ranges.get(paragraph, [])
    first = bisect_left(tokens, start, key=token_start)
    # Indexes, not a slice (nor islice, which steps over the skipped part): a copy of the paragraph's
    # rest per sentence is quadratic in a transcript pasted as one paragraph.
    at = first
    while at < len(tokens) and not (tokens[at].is_word and tokens[at].low not in SENTENCE_CONJUNCTIONS):
        at += 1
    word = tokens[at] if at < len(tokens) else None
    if word is None or word.start >= end or quote_at(quoted, word.start) is not None:
        return None, frozenset()
    mentions = registry.mentions.get(paragraph, ())
    at = bisect_left(mentions, word.start, key=mention_start)
    if at >= len(mentions) or mentions[at].start != word.start:
        return None, frozenset()
    opener = mentions[at]
    if opener.kind != PRONOUN or opener.possessive or not opener.subject_like:
        return None, frozenset()
    barred = set()
    for index in range(at + 1, len(mentions)):
        other = mentions[index]
        if other.start >= end:
            break
        if other.kind in (PERSON, AMBIGUOUS) and quote_at(quoted, other.start) is None:
            barred.update(other.ids)
    return opener, frozenset(barred)


# Words before a name by which a speaker names himself: "I am Tom Reyes", "my name is Tom Reyes".
_SELF_NAMING = (("my", "name", "is"), ("i", "am"), ("i’m",), ("i'm",))
_AFTER_SELF_NAMING = frozenset((",", ".", "!", "please"))  # "it’s Lt. Col. Vindman, please"


def _closes_clause(tokens: list, after: int) -> bool:
    """Whether the name ending before the token at `after` closes its clause: the quotation's end, a
    comma or full stop, or "please"."""
    if after >= len(tokens):
        return True
    return tokens[after].low in _AFTER_SELF_NAMING or tokens[after].text in _CLOSING_MARKS


def _names_the_speaker(tokens: list, at: int) -> bool:
    """Whether the name at `at` is one its speaker names himself by: after "I am", "I'm" or "my name
    is", or after "it's" or "it is" and a title ("it’s Lt. Col. Vindman": the one addressed puts
    right how he was called)."""
    back = at - 1
    titled = False
    while back >= 1 and (
        (tokens[back].text == "." and tokens[back - 1].low in lx.HONORIFICS)
        or (
            tokens[back].cap
            and (_is_title_before_name(tokens[back].low) or lx.is_role_head(tokens[back].low))
        )
    ):
        back -= 2 if tokens[back].text == "." else 1
        titled = True
    if back < 0:
        return False
    for words in _SELF_NAMING:
        first = back - len(words) + 1
        if first >= 0 and tuple(token.low for token in tokens[first : back + 1]) == words:
            return True
    contracted = tokens[back].low == "it" and tokens[back].possessive  # "it’s", read as a possessive
    spelled = back >= 1 and tokens[back].low == "is" and tokens[back - 1].low == "it"
    return titled and (contracted or spelled)


# "what he said was": a free relative whose verb of saying's subject is the pronoun.
_FREE_RELATIVE_COPULAS = frozenset(("was", "is", "were", "are"))
_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their"))
_POSSESSED_NOUN_WORDS = 3  # "his longtime campaign boss": the person noun within three words
# Words that end the look back for the clause's subject: another subject, or a clause's start.
_CLAUSE_STOPS = frozenset("he she they it i we you who that which".split())
# "Pell was only joking when he said": the verb words between a clause's subject and its "when".
_WHEN_CLAUSE_PREDICATE_WORDS = 4


def _is_title_before_name(low: str) -> bool:
    """A folded word of a title right before a name ("mr", "senator", "president-elect"); not "Marine",
    which may begin the name itself ("Marine Le Pen")."""
    low = low.removesuffix(".").removesuffix(lx.ELECT_SUFFIX)
    return low in lx.HONORIFICS or low in _OFFICE_TITLES


def _rank_before_name(token: Token) -> bool:
    """A capitalised rank or role right before a name ("Admiral Baker", "Deputy Harbormaster Brisk"):
    a title as an office's is, by which no speaker names himself."""
    return token.is_word and token.cap and lx.is_role_head(token.low)


def _possessed_person_subject(tokens: list, determiner: int, end: int) -> bool:
    """ "his boss was", "her longtime campaign manager has": a possessed person noun right after
    `determiner` (a few lower-case words between) followed by its verb, all before `end`."""
    for index in range(determiner + 1, min(end - 1, determiner + 1 + _POSSESSED_NOUN_WORDS)):
        word = tokens[index]
        if not word.is_word or word.cap:
            return False
        if word.low in lx.KIN_NOUNS or word.low in lx.PEOPLE_NOUNS or lx.is_role_head(word.low):
            following = tokens[index + 1]
            return following.is_word and not following.cap and following.low not in _NOUN_LINKS
    return False


_NOUN_LINKS = frozenset("of and or".split())  # "his boss of ten years", "his boss and friend"


@dataclass(frozen=True, slots=True)
class _ClauseSubject:
    """The subject of a clause a pronoun means: a person, or None for someone the article does not name."""

    person: int | None


class PronounMixin:
    """Whom a he or she subject means."""

    def pronoun(self, mention: Mention, verb: str) -> int | None:
        """Whom a he or she subject of a verb of saying means, or None."""
        if verb in _CONTINUING_VERBS:
            # "He added:" continues the speaker just quoted, whoever was named since.
            continuing = self._last_speaker_near(mention)
            if continuing is not None:
                named = self._named_since(mention, continuing)
                return named if named is not None else continuing  # person 0 is someone too
        clause = self._free_relative_subject(mention)
        if clause is not None:
            # "... when Dorn was campaigning against what he said was a “…”": Dorn; "his boss" is
            # no one the article names.
            return clause.person
        embedded = self._when_clause_subject(mention)
        if embedded is not None:
            return embedded  # "Delacroix suggested that Pell was joking when he said": Pell
        role = self.role_subject_before(mention)
        if role is not None:
            return role  # "..., the president framed the shooting as ... ¶ He did not mention ..."
        # "Tom Hale asked him: '…?' He replied": one who replies is not the one just quoted asking.
        asker = self.just_quoted_in(mention.paragraph) if verb in REPLYING_VERBS else None
        if (verb in REPLYING_VERBS and asker is None) or verb in _EXPLAINING:
            # "Reyes was asked by Dorn whether ... his predecessor, Brian Mole. He replied": the one
            # asked, whoever else the question names; never the one who asked or questioned ("Penning
            # asked Brisk what set him apart. He explained that ...").
            asked, asker = self.questioned_before(mention)
            if asked is not None and self.gender_fits(asked, mention.gender):
                return asked
        # "Asked whether Holt could win, she was blunt": whom the question was about is not whom it asked.
        barred = self._asked_about(mention) | self._reported_before_aside(mention)
        barred = barred | self._reported_before_teller(mention)
        barred = barred | self._named_before_its_quotation(mention)
        barred = barred | self._titled_in_its_quotation(mention)
        barred = barred | self._subject_of_object_pronoun(mention)
        itself = self._named_as_itself(mention)
        if itself is not None:
            return itself  # "“Senator, it’s Deputy Chief Reyland, please,” he said": Reyland
        introduced = self._introduced_by_colon(mention)
        if introduced is not None:
            return introduced  # "... as it was for Mrs. Grady: “…,” she said": Grady
        found = self._recent_person(mention, asker, barred)
        if found is not None and (found == asker or found in barred):
            return None
        office = self.office_not_held(found, mention) if found is not None else None
        if office is None:
            return found
        # "Sen. Dunn said ... ¶ The president framed the storm as a test. ¶ “…,” he said": not Dunn, but
        # whom the office refers back to, when that is clear.
        number, role = office
        holder = self.only_holder(role.role, role.modifiers)
        if holder is not None and not self.gender_fits(holder, mention.gender):
            # "According to Orr, the governor will travel .... “…,” he said": the office's one holder
            # is a woman, so "he" is not the holder, and the person found stands.
            return found
        meant = self.role_antecedent(number, role)
        return meant if meant is not None and self.gender_fits(meant, mention.gender) else None

    def _free_relative_subject(self, mention: Mention) -> _ClauseSubject | None:
        """ "... when his boss was campaigning against what he said was a “dumb war”": a he or she in
        "what he said was" means the subject of its clause, found walking back over lower-case words
        to a person named there or someone's unnamed relative or colleague ("his boss", "her
        husband": no one the article names). None when the clause shows no such subject."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start)
        if not 0 < at < len(tokens) - 2 or tokens[at - 1].low != "what":
            return None
        if tokens[at + 1].low not in lx.SPEECH_VERBS or tokens[at + 2].low not in _FREE_RELATIVE_COPULAS:
            return None
        start, _ = self.sentence_of(mention)
        first = bisect_left(tokens, start, key=token_start)
        for back in range(at - 2, first - 1, -1):
            token = tokens[back]
            if token.low in _POSSESSIVE_DETERMINERS:
                return _ClauseSubject(None) if _possessed_person_subject(tokens, back, at - 1) else None
            if token.is_word and token.cap:
                named = self._person_ending_at(mention.paragraph, token.end)
                fits = named is not None and self.gender_fits(named, mention.gender)
                return _ClauseSubject(named) if fits and not tokens[back + 1].cap else None
            if not token.is_word or token.low in _CLAUSE_STOPS:
                return None  # a pronoun or a clause's mark before any subject
        return None

    def _when_clause_subject(self, mention: Mention) -> int | None:
        """ "Delacroix suggested that Pell was joking when he said ... that “…”": a he or she opening
        a "when" clause right after a clause that "that" opens with a named person as its subject
        means that person, whose clause the "when" clause goes with, not the sentence's subject."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start)
        if at < 2 or tokens[at - 1].low != "when":
            return None
        for back in range(at - 2, max(-1, at - 2 - _WHEN_CLAUSE_PREDICATE_WORDS), -1):
            token = tokens[back]
            if token.is_word and token.cap:
                named = self._subject_opening_that_clause(mention.paragraph, tokens, token.end)
                return named if named is not None and self.gender_fits(named, mention.gender) else None
            if not token.is_word or token.low in _CLAUSE_STOPS:
                return None  # a pronoun or a clause's mark before any subject
        return None

    def _subject_opening_that_clause(self, paragraph: int, tokens: list, end: int) -> int | None:
        """The one person a mention ending at `end` names when "that" comes right before it ("said
        that Gov. Pell"), opening the clause it is the subject of."""
        for other in self.registry.mentions.get(paragraph, ()):
            if other.end != end or other.kind != PERSON or other.possessive or self.quoted(other):
                continue
            before = bisect_left(tokens, other.start, key=token_start) - 1
            return other.ids[0] if before >= 0 and tokens[before].low == "that" else None
        return None

    def _person_ending_at(self, paragraph: int, end: int) -> int | None:
        """The one person a mention outside quotation marks ending at `end` names."""
        for other in self.registry.mentions.get(paragraph, ()):
            if other.end == end and other.kind == PERSON and not other.possessive:
                return None if self.quoted(other) else other.ids[0]
        return None

    def _asked_about(self, mention: Mention) -> frozenset[int]:
        """The people named in an opening "Asked about ..." / "When asked whether ..." clause, or an
        opening topic ("On Iran, a country that Trump has criticized, ..."), whose comma the pronoun
        follows: what the question or the words are about, never the one who answers."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start)
        if at < 1 or tokens[at - 1].text != ",":
            return frozenset()
        start, _ = self.sentence_of(mention)
        first = bisect_left(tokens, start, key=token_start)
        while first < at and tokens[first].low in ASKED_OPENERS:
            first += 1
        if first + 2 < at and tokens[first].low in _ASKERS and tokens[first + 2].low in OBJECT_PRONOUNS:
            first += 1  # "But when I asked him if Sanders ..., he shot me down": the writer asking
        about = past_asked_when(tokens, first + 1)  # "Asked later if he had spoken to Vollan, he said"
        about = past_place_phrase(tokens, about)  # "Asked at the Capitol whether he ...,"
        if tokens[first].low == "asked" and tokens[about].low in OBJECT_PRONOUNS:
            about += 1
        asked = tokens[first].low == "asked" and about < at and tokens[about].low in ASKED_ABOUT
        # "On Iran, a country that Trump has criticized repeatedly, he said:": the topic's phrase
        # names whom it is about, not who speaks.
        topic = tokens[first].low in _TOPIC_OPENERS and tokens[first].cap
        if first + 2 >= at or not (asked or topic):
            return frozenset()
        return self._people_named_between(mention.paragraph, tokens[first].start, tokens[at - 1].start)

    def _reported_before_aside(self, mention: Mention) -> frozenset[int]:
        """ "Governor Brandvik was right to renegotiate the lease, she said, although “…”", "Pruitt is
        trying to “…” before the election, he said.": the people the reported clause before a
        parenthetical or closing "she said" names are what she said, not who she is."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start)
        if at < 1 or at + 2 >= len(tokens) or tokens[at - 1].text != ",":
            return frozenset()
        if tokens[at + 1].low not in lx.SPEECH_VERBS or tokens[at + 2].text not in _ASIDE_ENDS:
            return frozenset()
        if at >= 2 and tokens[at - 2].text in CLOSING_MARKS:
            # "... office “because of ...”, he wrote.": the quotation's own "he", as in ",” he".
            return frozenset()
        start, _ = self.sentence_of(mention)
        if at + 3 < len(tokens) and tokens[at + 3].text in OPENING_MARKS:
            # "Even though Sexton praised the list, he noted, “…”": he is Sexton; but not the owner
            # in "Mayor Tobin Grey's support for the plan, she said, “…”" (she would have put "her").
            return self._owners_named_between(mention.paragraph, start, mention.start)
        first = bisect_left(tokens, start, key=token_start)
        quotes = self.quote_ranges.get(mention.paragraph, [])
        # A comma inside a quotation ("… losing so badly in California,’’ now it appears Ryan ...")
        # is the quoted words', no aside of the writer's.
        if any(t.text == "," and quote_at(quotes, t.start) is None for t in tokens[first : at - 1]):
            return frozenset()  # "…, which, he noted, was “…”": an aside deep in a longer sentence
        return self._people_named_between(mention.paragraph, start, mention.start, outside_quotes=True)

    def _reported_before_teller(self, mention: Mention) -> frozenset[int]:
        """ "Tolley never won this county, he said. “…,” he said": the people a reported clause names
        before the sentence's closing "he said" are what the teller said, not the teller, whom the
        next he or she of that gender goes on with."""
        start, _ = self.sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        end = bisect_left(tokens, start, key=token_start)
        if end < _TELLER_TOKENS or tokens[end - 1].text != "." or tokens[end - 4].text != ",":
            return frozenset()
        teller, verb = tokens[end - 3], tokens[end - 2]
        if verb.low not in lx.SPEECH_VERBS or SUBJECT_PRONOUN_GENDERS.get(teller.low) != mention.gender:
            return frozenset()
        before, _ = self.sentence_of(Mention(mention.paragraph, teller.start, teller.end, PRONOUN, ()))
        clause = tokens[bisect_left(tokens, before, key=token_start) : end - 4]
        if any(t.low in THINKING_VERBS for t in clause):
            return frozenset()  # "Belmar believes someone targeted the police, he said": maybe Belmar
        return self._people_named_between(mention.paragraph, before, teller.start)

    def _attributed_quotation(self, mention: Mention) -> tuple[int, int] | None:
        """The quotation a he or she right after its closing mark attributes ("“…,” he said"), as
        (start, end) in the paragraph, else None."""
        # By bisection, not a scan: a paragraph of a thousand "he said" asks once per pronoun.
        quotes = self.quote_ranges.get(mention.paragraph, [])
        at = bisect_left(quotes, mention.start, key=itemgetter(0)) - 1
        if at < 0 or quotes[at][1] > mention.start:
            return None
        closes = quotes[at][1]
        tokens = self.registry.tokens.get(mention.paragraph, [])
        gap = tokens_between(tokens, closes, mention.start)
        return None if any(token.is_word for token in gap) else quotes[at]

    def _subject_of_object_pronoun(self, mention: Mention) -> frozenset[int]:
        """ "Tom Fenwick criticized him for saying": an object's him or her (a pronoun mention no
        subject) is never the one named right before it, the verb's subject."""
        if mention.subject_like:
            return frozenset()
        named = self.registry.mentions.get(mention.paragraph, ())
        at = bisect_left(named, mention.start, key=mention_start) - 1
        while at >= 0 and (named[at].possessive or named[at].kind != PERSON):
            at -= 1  # "Obama said Romney's debate showed ... and mocked him": Obama, not Romney
        return frozenset(named[at].ids) if at >= 0 else frozenset()

    def _person_before(self, paragraph: int, offset: int) -> Mention | None:
        """The last mention starting before `offset` of the paragraph."""
        named = self.registry.mentions.get(paragraph, ())
        found = bisect_left(named, offset, key=mention_start) - 1
        return named[found] if found >= 0 else None

    def _named_before_its_quotation(self, mention: Mention) -> frozenset[int]:
        """ "Cole “has got a lot to offer,” he said": a person named right before the opening mark of
        the quotation a he or she right after it attributes is what the quotation is about (its
        clause's subject), not who said it."""
        quotation = self._attributed_quotation(mention)
        if quotation is None:
            return frozenset()
        opens = quotation[0]
        subject = self._person_before(mention.paragraph, opens)
        if subject is None or subject.kind not in (PERSON, AMBIGUOUS):
            return frozenset()
        if subject.possessive:
            # "Almsley's approach “is reckless ...,” he said": what the sentence's opening owner did
            # is what the quotation is about, and the owner is not its speaker.
            return frozenset(subject.ids) if self._opens_with_predicate(subject, opens) else frozenset()
        if opens - subject.end > _SUBJECT_BEFORE_MARK_CHARS and not self._opens_with_predicate(
            subject, opens
        ):
            return frozenset()
        return frozenset(subject.ids)

    def _titled_in_its_quotation(self, mention: Mention) -> frozenset[int]:
        """ "“I talked to President-elect Trump about this,” he said": a person the quoted words name
        after a title is whom the speaker talks of; no one calls himself "Mr. Holt" or "Senator Holt"."""
        quotation = self._attributed_quotation(mention)
        if quotation is None:
            return frozenset()
        opens, closes = quotation
        tokens = self.registry.tokens.get(mention.paragraph, [])
        named = self.registry.mentions.get(mention.paragraph, ())
        titled: set[int] = set()
        for m in named[bisect_left(named, opens, key=mention_start) :]:
            if m.start >= closes:
                break
            if m.kind == PERSON and self._titled(tokens, m):
                titled.update(m.ids)
        return frozenset(titled)

    def _named_as_itself(self, mention: Mention) -> int | None:
        """ "“Senator, it’s Deputy Chief Reyland, please,” he said": the person the quotation a he or
        she attributes names as the one speaking ("it's" and a title, "I am", "my name is"), the name
        closing its clause, is whom the pronoun means, when the gender fits."""
        quotation = self._attributed_quotation(mention)
        if quotation is None:
            return None
        opens, closes = quotation
        tokens = self.registry.tokens.get(mention.paragraph, [])
        named = self.registry.mentions.get(mention.paragraph, ())
        for m in named[bisect_left(named, opens, key=mention_start) :]:
            if m.start >= closes:
                break
            if m.kind != PERSON or m.possessive or not self.gender_fits(m.ids[0], mention.gender):
                continue
            at = bisect_left(tokens, m.start, key=token_start)
            after = bisect_left(tokens, m.end, key=token_start)
            if _closes_clause(tokens, after) and _names_the_speaker(tokens, at):
                return m.ids[0]
        return None

    @staticmethod
    def _titled(tokens: list, mention: Mention) -> bool:
        """Whether a title stands right before the mention ("President Holt", "Mr. Holt")."""
        at = bisect_left(tokens, mention.start, key=token_start) - 1
        if at > 0 and tokens[at].text == ".":
            at -= 1  # "Mr. Holt": the abbreviation's full stop is a token of its own
        if at < 0 or not (_is_title_before_name(tokens[at].low) or _rank_before_name(tokens[at])):
            return False
        # "“Bernie was saying, Mr. Trump should speak to his crowd,” he said": words the speaker
        # quotes another saying to him may well title him.
        return at < 2 or tokens[at - 1].text != "," or tokens[at - 2].low not in lx.SPEECH_VERBS

    def _opens_with_predicate(self, subject: Mention, opens: int) -> bool:
        """ "Varga is “not a political person. I do not want ...,” he said": the person opening the
        sentence (a title before the name at most), then a few lower-case words of its verb, none of
        saying, before the quotation that completes what is said of them."""
        start, _ = self.sentence_of(subject)
        tokens = self.registry.tokens.get(subject.paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        name = bisect_left(tokens, subject.start, key=token_start)
        if any(not (token.is_word and token.cap) and token.text != "." for token in tokens[first:name]):
            return False  # "Dr. Varga is": a title before the name, no clause of its own
        between = [t for t in tokens_between(tokens, subject.end, opens) if t.text not in OPENING_MARKS]
        if not between or len(between) > _PREDICATE_WORDS:
            return False
        return all(t.is_word and not t.cap and t.low not in lx.SPEECH_VERBS for t in between)

    def _introduced_by_colon(self, mention: Mention) -> int | None:
        """ "Leaving could be a relief, as it was for Mrs. Grady: “…,” she said": the one person named
        right before the colon that opens the quotation a he or she right after it attributes, when
        of the pronoun's gender."""
        quotation = self._attributed_quotation(mention)
        if quotation is None or quotation[0] < self.sentence_of(mention)[0]:
            return None  # not "“…,” she said" in one sentence: the pronoun opens a sentence of its own
        opens = quotation[0]
        person = self._person_before(mention.paragraph, opens)
        if person is None or person.kind != PERSON or person.possessive:
            return None
        tokens = self.registry.tokens.get(mention.paragraph, [])
        between = tokens_between(tokens, person.end, opens)
        if not between or between[0].text != ":" or any(token.is_word for token in between):
            return None
        return person.ids[0] if self.gender_fits(person.ids[0], mention.gender) else None

    def _people_named_between(
        self, paragraph: int, start: int, end: int, outside_quotes: bool = False
    ) -> frozenset[int]:
        """Everyone a person's mention starting in [start, end) of the paragraph may mean; with
        `outside_quotes`, only mentions outside quotation marks (the words quoted name whom the
        speaker talks of, not whom the writer reports on)."""
        quotes = self.quote_ranges.get(paragraph, []) if outside_quotes else []
        named = self.registry.mentions.get(paragraph, ())
        return frozenset(
            i
            for m in named[bisect_left(named, start, key=mention_start) :]
            if m.start < end and m.kind in (PERSON, AMBIGUOUS) and quote_at(quotes, m.start) is None
            for i in m.ids
        )

    def _owners_named_between(self, paragraph: int, start: int, end: int) -> frozenset[int]:
        """The people a possessive mention starting in [start, end) of the paragraph may mean."""
        named = self.registry.mentions.get(paragraph, ())
        return frozenset(
            i
            for m in named[bisect_left(named, start, key=mention_start) :]
            if m.start < end and m.possessive and m.kind in (PERSON, AMBIGUOUS)
            for i in m.ids
        )

    def _recent_person(
        self, mention: Mention, asker: int | None = None, barred: frozenset[int] = frozenset()
    ) -> int | None:
        """Whom a he or she means by the people named before it (passing over `asker` and `barred`), or
        None."""
        # "Rakeyia Scott yelled ... “…,” she says": the speaker just quoted, when the text
        # around names no fitting person on its own.
        passed = barred | {asker} if asker is not None else barred
        found = self.antecedent(mention, accept=(lambda i: i not in passed) if passed else None)
        if found is not None:
            return found
        if self.unknown_subject_in(mention.paragraph, 0, mention.start):
            return None  # "Vargo openly admitted ... “…,” he said.": maybe Vargo, named no more
        if self.unknown_who_before(mention):
            return None  # "Meanwhile Rihanna, who was honored ..., “…,” she said": no earlier speaker
        if self._role_speaks_before(mention):
            return None  # "the campaign manager said he needed ... “…,” he told the AP"
        openers = self._other_subjects_here(mention)
        if openers:
            # "Dan Morley, the chairman, said Reyes ... “…,” he said": not the man quoted before
            return next(iter(openers)) if len(openers) == 1 else None
        found = self._last_speaker_of_gender(mention)
        found = found if found is not None else self.object_antecedent(mention)
        found = found if found is not None else self.chain_antecedent(mention)
        return found if found is not None else self._named_after_opening_clause(mention)

    def _named_after_opening_clause(self, pronoun: Mention) -> int | None:
        """ "Five days after he sparked a firestorm with his remarks that “…,” Rudy Galliano is out with
        ...": a he or she in a clause opening the article's first sentence about anyone, before anyone
        is named, means the person whose full name opens the main clause after the comma."""
        if pronoun.gender is None:
            return None
        start, end = self.sentence_of(pronoun)
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        at = bisect_left(tokens, pronoun.start, key=token_start)
        if at - first > _OPENING_CLAUSE_TOKENS:
            return None
        opening = tokens[first:at]
        if not any(t.low in _OPENING_SUBORDINATORS for t in opening) or any(t.text == "," for t in opening):
            return None
        if self._anyone_named_before(pronoun):
            return None
        mentions = self.registry.mentions.get(pronoun.paragraph, ())
        for mention in mentions[bisect_left(mentions, pronoun.end, key=mention_start) :]:
            if mention.start >= end:
                return None
            if mention.kind in (PERSON, AMBIGUOUS):
                return self._opening_main_clause(mention, tokens, pronoun.gender)
        return None

    def _opening_main_clause(self, mention: Mention, tokens: list, gender: str) -> int | None:
        """The person a full name means when it opens a main clause after a comma (inside the marks
        of a quotation closing there too: "… the way you were,” Rudy Galliano is out"), of `gender`."""
        before = bisect_left(tokens, mention.start, key=token_start) - 1
        if before >= 1 and tokens[before].text in _CLOSING_MARKS:
            before -= 1
        person = mention.ids[0] if mention.kind == PERSON and mention.full else None
        after_comma = before >= 0 and tokens[before].text == ","
        fits = person is not None and self.gender_fits(person, gender)
        return person if after_comma and fits and not self.quoted(mention) else None

    def _anyone_named_before(self, pronoun: Mention) -> bool:
        """Whether the body names a person anywhere before the pronoun."""
        if self._first_naming is None:
            naming = (at for at, number in enumerate(self.body_order) if self._people_at(number))
            self._first_naming = next(naming, len(self.body_order))
        if self._first_naming < self.position.get(pronoun.paragraph, 0):
            return True
        people = self._people_at(pronoun.paragraph)
        mentions = self.registry.mentions.get(pronoun.paragraph, ())
        return bool(people) and mentions[people[0]].start < pronoun.start

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
            if mention.kind not in (PERSON, AMBIGUOUS) or self.quoted(mention):
                continue
            if last in mention.ids:
                return set()
            fits = mention.kind == PERSON and self.registry.person(mention.ids[0]).gender == pronoun.gender
            if fits and mention.subject_like and not mention.possessive and self._opens_sentence(mention):
                openers.add(mention.ids[0])
        return openers

    def _opens_sentence(self, mention: Mention) -> bool:
        """Whether `mention` is the first mention of its sentence."""
        start, _ = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=mention_start)
        return first < len(mentions) and mentions[first] is mention

    def named_after_in_sentence(self, pronoun: Mention, person_id: int) -> bool:
        opener, barred = opening_pronoun_bars(
            self.registry, pronoun.paragraph, self.sentence_of(pronoun), self.quote_ranges
        )
        if opener is None or opener.start != pronoun.start:
            return False
        return person_id in barred or person_id in self._roles_after(pronoun)

    def _roles_after(self, pronoun: Mention) -> set[int]:
        """ "He has also called the Texas senator “…”": whom a definite role after the opening he or she
        means (its one holder, or the person it refers back to from before the pronoun, as the pronoun
        itself does) is not whom the pronoun means: were they one, the two could not be told apart."""
        _, end = self.sentence_of(pronoun)
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        quoted = self.quote_ranges.get(pronoun.paragraph, [])
        found: set[int] = set()
        for index in range(bisect_left(tokens, pronoun.end, key=token_start), len(tokens)):
            if tokens[index].start >= end:
                break
            if tokens[index].low != "the" or quote_at(quoted, tokens[index].start) is not None:
                continue
            words = tokens[index + 1 : index + 2 + ROLE_MODIFIERS_MAX]
            at = next((i for i, w in enumerate(words) if not w.is_word or lx.is_role_head(w.low)), None)
            if at is None or not words[at].is_word:
                continue
            head, modifiers = words[at].low, tuple(w.low for w in words[:at])
            person = self.only_holder(head, modifiers)
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
        stop = bisect_left(tokens, pronoun.start, key=token_start)
        if pronoun.paragraph not in self._role_speakers:
            # Found once per paragraph, not read again up to each pronoun (thousands in a transcript).
            self._role_speakers[pronoun.paragraph] = self._first_role_speaking(pronoun.paragraph)
        first = self._role_speakers[pronoun.paragraph]
        return first is not None and first < stop - 1

    def _first_role_speaking(self, number: int) -> int | None:
        """Where the paragraph's first "the <role> said" outside quotation marks has its role, if any."""
        tokens = self.registry.tokens.get(number, [])
        quoted = self.quote_ranges.get(number, [])
        for index in range(1, len(tokens) - 1):
            head, verb = tokens[index], tokens[index + 1]
            if not lx.is_role_head(head.low) or verb.low not in lx.SPEECH_VERBS:
                continue
            back = index - 1
            while (
                back > 0
                and index - back < ROLE_MODIFIERS_MAX
                and tokens[back].is_word
                and not tokens[back].cap
            ):
                if tokens[back].low == "the":
                    break
                back -= 1
            if tokens[back].low == "the" and quote_at(quoted, head.start) is None:
                return index
        return None

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
        fits = self.gender_fits(person_id, pronoun.gender)
        return person_id if 0 <= distance <= constants.CONTINUING_SPEAKER_PARAGRAPHS and fits else None

    def _named_since(self, pronoun: Mention, continuing: int) -> int | None:
        """ "“…,” Dunmore said. ¶ Gil Parr, his running mate, echoed the point. “…,” he added.": someone
        else named as subject after the last quotation is whom "he added" carries on."""
        found = self.antecedent(pronoun)
        if found is None or found == continuing or self.last_speaker is None:
            return None
        quoted_paragraph = self.last_speaker[1]
        quoted_in = self.position.get(quoted_paragraph, -1)
        at = self.position.get(pronoun.paragraph, -1)
        # "Mr. Quillane has found a home, he added, “…”": a name in the clause the aside interrupts is
        # what is reported, not who reports it.
        reported_from = self.sentence_of(pronoun)[0] if self._interrupting(pronoun) else pronoun.start
        # From the end of that quotation on: the paragraph may go on to name the other person.
        for number in self.body_order[max(quoted_in, 0) : at + 1]:
            quoted = self.quote_ranges.get(number, [])
            for m in self.registry.mentions.get(number, ()):
                if number == quoted_paragraph and m.start < self.last_speaker_end:
                    continue
                if number == pronoun.paragraph and m.start >= reported_from:
                    break
                placed = m.subject_like or self.statement_writer(m)  # "in a statement by Greta Lund"
                named = m.kind == PERSON and m.ids[0] == found and placed and not m.possessive
                if named and quote_at(quoted, m.start) is None:
                    return found
        return None

    def _interrupting(self, pronoun: Mention) -> bool:
        """Whether the he or she stands in an aside after a comma ("..., he added, “…”"), not after a
        fronted clause ("When Whitcombe analyzed the polling, he concluded “…”")."""
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        at = bisect_left(tokens, pronoun.start, key=token_start)
        if at < 1 or tokens[at - 1].text != ",":
            return False
        first = bisect_left(tokens, self.sentence_of(pronoun)[0], key=token_start)
        return tokens[first].low not in _OPENING_SUBORDINATORS


_TELLER_TOKENS = 4  # ", he said ."
# What closes a "she said" after a reported clause: an aside's comma, or its sentence's full stop
# ("Pruitt is trying to “…” before the election, he said.": he is not Pruitt).
_ASIDE_ENDS = frozenset((",", "."))
