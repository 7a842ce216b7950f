"""The latest person in subject position a pronoun may mean, over the paragraphs before it: mentions
in the look-back window, passing over names that are talked of, not subjects.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject, quote_at
from bot.core.quotes.function_words import is_negation
from bot.core.quotes.marks import OPENING_MARKS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.resolving.role_holders import owned_office_holder
from bot.core.quotes.resolving.shared import (
    PRONOUN_CHAIN,
    before_honorific,
    finite,
    mention_start,
    token_start,
)

_OWNED_ROLE_WORDS = 3  # "chief apologist", "longtime campaign manager"
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


class AntecedentMixin:
    """The latest fitting person in subject position before a pronoun."""

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
            stop = bisect_left(mentions, before, key=mention_start) if number == paragraph else len(mentions)
            low = max(0, stop - budget)
            budget -= stop - low
            # Only the people among the last `budget` mentions: found by bisection in an index of
            # them, as a paragraph of 60,000 "he said" holds no one else to walk past.
            people = self._people_at(number)
            quoted = self.quote_ranges.get(number, [])
            for index in range(bisect_left(people, stop) - 1, bisect_left(people, low) - 1, -1):
                mention = mentions[people[index]]
                if quote_at(quoted, mention.start) is None and not self.in_title(mention):
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

    def antecedent(self, pronoun: Mention, depth: int = 0, accept=None) -> int | None:
        """The most recent person in subject position whose gender fits, never a place or body;
        `accept`, when given, passes over the people it refuses as if their gender did not fit."""
        here: set[int] = set()  # people this paragraph names before the pronoun, subjects or not
        first_here = pronoun.start  # where the earliest of them is named
        # "But that was not enough for Mr Marchand. ¶ “…,” he said.": a paragraph naming no one before
        # the pronoun reads on from a short one of narrative just before it, as from its own start.
        lead = self._lead_in(pronoun)
        own = (pronoun.paragraph, lead)
        for mention in self._earlier_mentions(pronoun.paragraph, pronoun.start):
            if mention.paragraph not in own and here:
                # "café owner Priya Natarajan said ... “…,” she told me": the person named in the
                # paragraph, not a subject further back; two such people make "she" unclear.
                return self._named_here(here, first_here, pronoun, depth, lead is not None)
            if mention.paragraph != pronoun.paragraph and self.unknown_who_before(pronoun):
                return None  # "Meanwhile Rihanna, who was honored ..., “…,” she said": no one further back
            if self._interrupts_quotation(mention, pronoun):
                continue  # "“…” -- that Bloomberg is seen as ... -- “…,” he says": talked of, not talking
            if self._owns_the_quotation(mention):
                continue  # "Quell's “advice ... remind me of ...,” he wrote": whom the words are about
            owned_role = self._owned_subject_role(mention)
            if owned_role is not None:
                # "Mr. Obama’s chief apologist wasn't helpful. He refused": the apologist, whom the
                # article may name ("Osgood's deputy mayor insisted" after Deputy Mayor Harold Venn).
                return self._owned_office_meant(mention, owned_role, pronoun.gender, accept)
            teller = self.teller_of(mention) if mention.subject_like else None
            teller = (
                teller or self.main_subject_over(mention) or self.according_teller(mention, pronoun.gender)
            )
            if teller is not None:
                mention = teller  # "Ray Hollis said Holt wasn't ...": Hollis, not Holt
            elif self._under_opening_role(mention):
                # "The Chilean refused to blame the referee ... when Ortega was brought down. “…,” he
                # said": the person the role means, not the subordinate clause's subject.
                meant = self._role_meant(mention, pronoun.gender)
                return None if meant is not None and accept is not None and not accept(meant) else meant
            person_id = self.person(Subject("person", mention))
            if person_id is None or not self.gender_fits(person_id, pronoun.gender):
                # "Clinton testifies about the attack. “…,” she said" beside Bill Clinton: the one
                # of the pronoun's gender, whether or not the surname alone told whom it means.
                sharer = self._sharer_of_gender(mention, pronoun.gender)
                person_id = person_id if sharer is None else sharer
            if accept is not None and person_id is not None and not accept(person_id):
                continue
            if (
                mention.subject_like
                and mention.possessive
                and self.rival_in_sentence(mention, person_id, pronoun.gender)
            ):
                # "Mather ... said Ivy Reyes's statement didn't clarify it": the possessor is no
                # subject when the sentence has one.
                continue
            talked_of = self.talked_of(mention) or self.seen_by_another(mention)
            placed = mention.subject_like and not self.object_of_preposition(mention)
            placed = placed and not self.addressed(mention)  # "To Dan Mercer of Channel 5, he called"
            # A he or she never means an example given ("such as Brandt and Warrick"); a role may.
            placed = placed and (accept is not None or not self.given_as_example(mention))
            placed = placed and not self.listed_after_object(mention)  # "including Ann Bell, Ida Stone"
            subject = (placed or self.verb_follows(mention)) and not talked_of
            subject = subject or self.says_in_relative(mention) or self.according_to(mention)
            subject = subject or self.answered_from(mention) or self.said_inverted(mention)
            subject = subject or self.dashed_after_role(mention) or self.viewpoint(mention)
            subject = subject or self.absolute_subject(mention)  # "with Adm. Holloway expressing"
            subject = subject or self.statement_writer(mention)  # "in a statement by Greta Lund"
            subject = subject or self.followed_doing(mention)  # "followed Sen. X, ..., telling"
            subject = subject or self.taken_to_do(mention)  # "It took Mr. Brenner a minute to ..."
            subject = subject or (
                mention.paragraph not in own
                and (
                    self._taken_up(mention, pronoun.gender, pronoun)
                    or self._described_last(mention, pronoun.gender, pronoun)
                    or (accept is None and self._included_last(mention, pronoun))  # a he, not a role
                )
            )
            if not subject:
                fits = person_id is not None and self.gender_fits(person_id, pronoun.gender)
                told_to = self.addressed(mention) or self.told_to(mention)
                if fits and mention.paragraph in own and not talked_of and not told_to:
                    here.add(person_id)
                    first_here = mention.start
                continue
            if person_id is None:
                return None
            if self.gender_fits(person_id, pronoun.gender):
                if self.according_to(mention, relative=True):
                    # "Bell was 12 then, according to his uncle, Sam Reyes. “…,” he said": the
                    # relative reports on its owner, who is therefore no rival.
                    return person_id
                if self.statement_writer(mention):
                    # "... said Ms. Pell is “…,” in a statement by Greta Lund. She continued": the
                    # writer speaks the sentence's words; whom they are about is no rival.
                    return person_id
                return self.subject_antecedent(mention, person_id, pronoun, depth, accept)
        return self._named_here(here, first_here, pronoun, depth, lead is not None)

    def _owns_the_quotation(self, mention: Mention) -> bool:
        """Whether the mention is a possessive right before a quotation's opening mark."""
        if not mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        after = self.token_at(mention) + 1
        return after < len(tokens) and tokens[after].text in OPENING_MARKS

    def _owned_subject_role(self, mention: Mention) -> int | None:
        """The noun of a role or person the mention owns as its sentence's opening subject, its verb
        right after ("Mr. Obama’s chief apologist wasn't ..."): its token's index, or None."""
        if not mention.possessive:
            return None
        tokens = self.registry.tokens.get(mention.paragraph, [])
        start, _ = self.sentence_of(mention)
        at = self.token_at(mention)
        if _inverted_owner(tokens, at, bisect_left(tokens, mention.end, key=token_start)):
            return at
        opening = at
        if opening >= 2 and tokens[opening - 1].text == "." and tokens[opening - 2].low in lx.HONORIFICS:
            opening -= 2  # "Mr. Obama’s": the title opens the sentence
        if opening != bisect_left(tokens, start, key=token_start):
            return None
        for noun in range(at + 1, min(len(tokens) - 1, at + 1 + _OWNED_ROLE_WORDS)):
            word = tokens[noun]
            if not word.is_word or (word.cap and word.low not in lx.PARTY_LABELS):
                return None  # "Osgood's Republican deputy mayor": a party's word goes with the role
            verb = tokens[noun + 1].low
            if lx.is_person_noun(word.low) and (finite(verb) or is_negation(verb) or verb in lx.SPEECH_VERBS):
                return noun
        return None

    def _owned_office_meant(self, owner: Mention, noun: int, gender: str | None, accept=None) -> int | None:
        """The one person besides the owner who holds the office an owned role names, if their gender
        fits; None (no one further back) otherwise."""
        tokens = self.registry.tokens.get(owner.paragraph, [])
        at = self.token_at(owner)
        office = [token.text for token in tokens[at + 1 : noun + 1]]
        holder = owned_office_holder(self.registry.persons, tokens[at].text, office)
        if holder is None or not self.gender_fits(holder, gender):
            return None
        return holder if accept is None or accept(holder) else None

    def _taken_up(self, mention: Mention, gender: str | None, pronoun: Mention) -> bool:
        """ "But that does not discourage Ms. Fong at Common Cause. She points to ... ¶ “…,” she says":
        the one person a sentence names, as an object, whom the next sentence takes up as its opening
        he or she is the one the next paragraph goes on about, as a subject would be."""
        if gender is None or mention.kind != PERSON:
            return False
        if self.position.get(pronoun.paragraph, 0) - self.position.get(mention.paragraph, -9) != 1:
            return False  # "... ¶ The ferry will sail in May. ¶ “…,” she told me": talk of something else
        start, end = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        at = bisect_left(mentions, mention.end, key=mention_start)
        following = mentions[at] if at < len(mentions) else None
        if (
            following is None
            or following.kind != PRONOUN
            or following.gender != gender
            or following.start < end
        ):
            return False
        if self._namings_between(mention.paragraph, start, end) != 1 or not self.gender_fits(
            mention.ids[0], gender
        ):
            return False  # "McConnell said it was wrong for Ginsburg to criticize Trump. He said": McConnell
        tokens = self.registry.tokens.get(mention.paragraph, [])
        first = bisect_left(tokens, end, key=token_start)
        last = bisect_left(tokens, following.start, key=token_start)
        opens = not any(tokens[i].is_word for i in range(first, last))
        return opens and following.subject_like and not self.quoted(following)

    def _described_last(self, mention: Mention, gender: str | None, pronoun: Mention) -> bool:
        """ "The looming cuts are a huge blow to Feld, who sought to restore trust ... ¶ “…,” he told a
        crowd": the one person the last sentence of the paragraph before names, as an object a "who"
        clause goes on to describe, is whom the next paragraph's he means."""
        if gender is None or mention.kind != PERSON or not self.gender_fits(mention.ids[0], gender):
            return False
        if self.position.get(pronoun.paragraph, 0) - self.position.get(mention.paragraph, -9) != 1:
            return False
        start, end = self.sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        if not tokens or end < tokens[-1].end:
            return False  # not the paragraph's last sentence
        after = bisect_left(tokens, mention.end, key=token_start)
        described = after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].low == "who"
        return described and self._namings_between(mention.paragraph, start, end) == 1

    def _namings_between(self, number: int, start: int, end: int) -> int:
        """How many namings of people paragraph `number` has between offsets `start` and `end`."""
        people = self._people_at(number)
        mentions = self.registry.mentions.get(number, ())
        return bisect_left(people, end, key=lambda i: mentions[i].start) - bisect_left(
            people, start, key=lambda i: mentions[i].start
        )

    def _included_last(self, mention: Mention, pronoun: Mention) -> bool:
        """ "Many other governors see things differently, however, including Eastmoor's Peter
        Vandall, the incoming chairman. ¶ “…,” he said": the one person a paragraph's last sentence
        brings in after "including" (or a comma and "like") is whom a quotation opening the next
        paragraph goes on about."""
        if mention.kind != PERSON or not self.gender_fits(mention.ids[0], pronoun.gender):
            return False
        if self.position.get(pronoun.paragraph, 0) - self.position.get(mention.paragraph, -9) != 1:
            return False
        if not self._opens_with_quotation(pronoun.paragraph):
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        back = self.token_at(mention) - 1
        while back >= 0 and (tokens[back].cap or tokens[back].text == "."):
            back -= 1  # "including Eastmoor's", "including Sen.": a place's or a title's words
        # "including X", "governors, like Nebraska's Dave Heineman,": one brought in as an example
        set_off = tokens[back].low == "like" and back > 0 and tokens[back - 1].text == ","
        if back < 0 or not (tokens[back].low == "including" or set_off):
            return False
        start, end = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        people = {m.ids[0] for m in mentions if start <= m.start < end and m.kind in (PERSON, AMBIGUOUS)}
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        return people == {mention.ids[0]} and bool(bounds) and bounds[-1] == (start, end)

    def _opens_with_quotation(self, number: int) -> bool:
        tokens = self.registry.tokens.get(number, [])
        return bool(tokens) and tokens[0].text in OPENING_MARKS

    def _under_opening_role(self, mention: Mention) -> bool:
        """Whether the mention opens a subordinate clause, or what a participle of saying reports, in a
        sentence whose subject is a definite role ("The Chilean refused ..., when Ortega was brought
        down")."""
        if not (self._subordinate(mention) or self._reported_after_participle(mention)):
            return False
        start, _ = self.sentence_of(mention)
        role = self._opening_role(mention.paragraph, start)
        return role is not None and role.offset < mention.start

    def _reported_after_participle(self, mention: Mention) -> bool:
        """ "..., saying Mayor Tobias Wren was doing “…”": the subject of what a participle of saying
        reports, right after it."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        word = tokens[before].low if before >= 0 else ""
        return mention.subject_like and word.endswith("ing") and word in lx.SPEECH_VERBS

    def _role_meant(self, mention: Mention, gender: str | None) -> int | None:
        """The person the role opening the mention's sentence refers back to, when of `gender`."""
        start, _ = self.sentence_of(mention)
        role = self._opening_role(mention.paragraph, start)
        meant = self.role_antecedent(mention.paragraph, role) if role is not None else None
        return meant if meant is not None and self.gender_fits(meant, gender) else None

    def _lead_in(self, pronoun: Mention) -> int | None:
        """The body paragraph just before the pronoun's, when the pronoun's names no one before it and
        that one is a short sentence with no quotation that names one person and no pronoun ("He
        nodded to his finish behind Sam Pike." goes on about someone else); else None."""
        at = self.position.get(pronoun.paragraph)
        if not at or self._first_named_at(pronoun.paragraph) < pronoun.start:
            return None
        number = self.body_order[at - 1]
        bounds = self.sentence_bounds.get(number, ())
        if len(bounds) != 1 or self.quote_ranges.get(number):
            return None
        words = sum(1 for t in self.registry.tokens.get(number, []) if t.is_word)
        named = self.registry.mentions.get(number, ())
        people = {i for m in named if m.kind in (PERSON, AMBIGUOUS) for i in m.ids}
        plain = not any(m.kind == PRONOUN for m in named) and len(people) == 1
        return number if plain and words <= constants.LEAD_IN_WORDS else None

    def _first_named_at(self, number: int) -> float:
        """Where the paragraph's first mention that is no pronoun starts (found once per paragraph)."""
        if number not in self._first_named:
            mentions = self.registry.mentions.get(number, ())
            self._first_named[number] = next((m.start for m in mentions if m.kind != PRONOUN), float("inf"))
        return self._first_named[number]

    def _sharer_of_gender(self, mention: Mention, gender: str | None) -> int | None:
        """Of the people sharing a lone surname that opens a sentence, the one known to be of the
        pronoun's gender, when the one the surname means by recency is not: "Holt, now 77, goes back every
        August. ¶ “…,” she said" is Mary Holt, not her husband Tom Holt named in full more recently
        (whose gender passed "she" on to someone further back)."""
        if mention.kind != AMBIGUOUS or gender is None or mention.possessive:
            return None
        if mention.start != self.sentence_of(mention)[0]:
            return None  # "..., saying Holt was committed": only a surname opening its sentence
        known = [i for i in mention.ids if self.registry.person(i).gender == gender]
        return known[0] if len(known) == 1 else None

    def _interrupts_quotation(self, mention: Mention, pronoun: Mention) -> bool:
        """True for a name between two pieces of quotation in the pronoun's own sentence, before the
        pronoun: the words the pronoun attributes are about that person, not by them; not a name
        whose own quotation the pronoun's clause goes on from ("“…,” Michael Steel said, though he
        also criticized ..., saying it “…”")."""
        if mention.paragraph != pronoun.paragraph:
            return False
        start, end = self.sentence_of(pronoun)
        if not start <= mention.start < end:
            return False
        quoted = [q for q in self.quote_ranges.get(mention.paragraph, []) if start <= q[0] and q[1] <= end]
        before = any(q[1] <= mention.start for q in quoted)
        return before and any(mention.end <= q[0] and q[1] <= pronoun.start for q in quoted)

    def _named_here(
        self, here: set[int], first: int, pronoun: Mention, depth: int, lead_in: bool = False
    ) -> int | None:
        """The one person the pronoun's paragraph (or the lead-in before it) names before it, unless a
        subject pronoun of its gender opens the talk before that name ("He lambasted the deal negotiated
        by President Dunn, who he noted was ...": both "he" mean whom the first one means)."""
        if len(here) != 1:
            return None
        if lead_in:
            return next(iter(here))
        for mention in self.registry.mentions.get(pronoun.paragraph, ()):
            if mention.start >= first:
                break
            same = mention.kind == PRONOUN and mention.gender == pronoun.gender and mention.subject_like
            if same and not self.quoted(mention):
                return self.antecedent(mention, depth + 1) if depth < PRONOUN_CHAIN else None
        return next(iter(here))

    def in_title(self, mention: Mention) -> bool:
        """ "he said on MSNBC’s “Morning Joe.”": a name inside quotation marks that hold no one's
        words (a programme's or a book's title) names no one the writer speaks of."""
        spans = self._titles.get(mention.paragraph)
        if spans is None:
            spans = self._titles[mention.paragraph] = _marked_titles(
                self.registry.tokens.get(mention.paragraph, []), self.quote_ranges.get(mention.paragraph, [])
            )
        return bool(spans) and quote_at(spans, mention.start) is not None


def _inverted_owner(tokens: list[Token], at: int, after: int) -> bool:
    """ "Joining in the call for calm is Tomas Reyes's father.": the owner of a person's noun that
    closes the sentence as its subject after the verb ("is", "was"); the one owned is whom it means."""
    before = before_honorific(tokens, at)
    if before < 0 or tokens[before].low not in _INVERTING_COPULAS:
        return False
    for noun in range(after, min(len(tokens) - 1, after + _OWNED_ROLE_WORDS)):
        word = tokens[noun]
        if not word.is_word or word.cap:
            return False
        if lx.is_person_noun(word.low) and tokens[noun + 1].text == ".":
            return True
    return False


_INVERTING_COPULAS = frozenset(("is", "was"))
