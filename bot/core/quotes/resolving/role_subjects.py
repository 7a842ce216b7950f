"""A he or she after a definite role as subject ("the president framed ... He"), the office the
person it means cannot hold, and the unnamed source just quoted a pronoun carries on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject, quote_at
from bot.core.quotes.function_words import NEGATED_AUXILIARY_ENDINGS
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention
from bot.core.quotes.references import noun_gender
from bot.core.quotes.resolving.shared import (
    ROLE_MODIFIERS_MAX,
    SENTENCE_CONJUNCTIONS,
    finite,
    mention_start,
    token_start,
)
from bot.core.quotes.roles import FORMER_WORDS, PUBLIC_OFFICES
from bot.core.quotes.sources import INDEFINITE, UNNAMED, WRITER
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS
from bot.core.quotes.subjects.shared import IRREGULAR_PAST, PAST_AFTER_SUBJECT, present_verb

# Words that may open a sentence before its subject without a comma ("Even the president said").
_CLAUSE_MARKS = frozenset((",", "'", "’", "-"))  # marks inside a subordinate clause before its comma
_FOCUSING_OPENERS = frozenset("even only and but yet so also".split())
_ROLE_SUBJECT_SENTENCES = 3  # sentences a he or she looks back over for a role as subject
# Words after a role that make it a clause's subject, beyond has, was and the -ed past: an adverb, a
# verb of saying, an irregular past ("The sheriff shook his head.").
_VERB_AFTER_ROLE = lx.ADVERBS | lx.SPEECH_VERBS | IRREGULAR_PAST | PAST_AFTER_SUBJECT


# One unnamed source's nouns that tell no gender ("a senior official", "an aide"), which a he or she
# no one else takes may carry on.
_NEUTRAL_SOURCE_NOUNS = frozenset("official aide source insider spokesperson".split())


class RoleSubjectMixin:
    """A he or she after a role subject; the unnamed source a pronoun carries on."""

    def unnamed_source_carried(self, pronoun: Mention, neutral: bool = False) -> tuple[str, str] | None:
        """ "“…,” said the woman, who spoke on condition of anonymity. ¶ Now 46, she is terrified. ¶
        “…,” she said": a he or she no named person takes is the unnamed source just quoted whose
        noun tells that gender, when no one who may be meant is named or quoted since; `neutral`:
        also one whose noun tells no gender ("the official"), for a pronoun no one else takes."""
        if self.last_source is None or pronoun.gender is None:
            return None
        (label, kind), paragraph = self.last_source
        words = label.casefold().split()
        if kind != UNNAMED or not words:
            return None
        head = _label_head(words)
        gender = noun_gender(head)
        # "A border guard told the Gazette that “…”. ..., he explained": a source quoted in the
        # pronoun's own paragraph, its noun a person's telling no gender.
        own_paragraph = (
            paragraph == pronoun.paragraph
            and gender is None
            and words[0] in INDEFINITE
            and lx.is_person_noun(head)
            and not self._fitting_person_before(pronoun)
        )
        # "“…,” one of the officials said. “…” ¶ He said he was speaking out “…”": one unnamed
        # person, of a noun telling no gender, whose words close the paragraph the pronoun follows.
        noun = _one_persons_noun(words)
        closing = (
            noun is not None
            and noun_gender(noun) in (None, pronoun.gender)
            and self._opens_after_source(pronoun, paragraph)
        )
        if (
            gender != pronoun.gender
            and not (neutral and head in _NEUTRAL_SOURCE_NOUNS)
            and not own_paragraph
            and not closing
        ):
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
            mentions = self.registry.mentions.get(number, ())
            # From the source's quotation on, found by bisection (not read from the paragraph's start).
            first = bisect_left(mentions, since[1], key=mention_start) if number == paragraph else 0
            for index in range(first, len(mentions)):
                mention = mentions[index]
                if number == pronoun.paragraph and mention.start >= pronoun.start:
                    break
                if mention.kind not in (PERSON, AMBIGUOUS) or quote_at(quoted, mention.start) is not None:
                    continue
                if self.told_to(mention):
                    continue  # "“…,” the man tells Reyner. “…,” he adds": whom the source spoke to
                if any(self.gender_fits(i, pronoun.gender) for i in mention.ids):
                    return None  # someone the pronoun may mean is named since
            if self._definite_role_in(number, since if number == paragraph else None, pronoun, head):
                return None  # "The mayor disagreed.": a person the role means may be meant
        return label, kind

    def _opens_after_source(self, pronoun: Mention, paragraph: int) -> bool:
        """Whether the he or she opens its paragraph (past a conjunction) right after `paragraph`,
        whose last sentence holds the unnamed source's quotation: its words are the last read."""
        if self.position.get(pronoun.paragraph, 0) - self.position.get(paragraph, -99) != 1:
            return False
        bounds = self.sentence_bounds.get(paragraph, ())
        if not bounds or self.last_source_end <= bounds[-1][0]:
            return False  # "“…,” the clerk said. The port stayed shut.": the paragraph went on
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        at = 0
        while at < len(tokens) and tokens[at].low in SENTENCE_CONJUNCTIONS:
            at += 1
        return at < len(tokens) and tokens[at].start == pronoun.start and pronoun.subject_like

    def _fitting_person_before(self, pronoun: Mention) -> bool:
        """Whether the pronoun's paragraph names, before it, a person the pronoun may mean."""
        for mention in self.registry.mentions.get(pronoun.paragraph, ()):
            if mention.start >= pronoun.start:
                break
            if mention.kind in (PERSON, AMBIGUOUS) and any(
                self.gender_fits(i, pronoun.gender) for i in mention.ids
            ):
                return True
        return False

    def unnamed_source_as_role_subject(self, pronoun: Mention) -> tuple[str, str] | None:
        """ "“…,” said a party official. ¶ The official said the plan had not been costed. “…,” he
        said": a he or she right after a sentence whose subject is the definite noun of the unnamed
        source just quoted, no one holding it by name, carries that source on, though a person the
        pronoun may mean was named before the source."""
        if self.last_source is None or self.last_source[0][1] != UNNAMED:
            return None
        found = self._latest_role_subject(pronoun)
        if found is None:
            return None
        _, role = found
        head = _label_head(self.last_source[0][0].casefold().split() or [""])
        taken_up = role.role == head and self.only_holder(role.role, role.modifiers) is None
        return self.unnamed_source_carried(pronoun, neutral=True) if taken_up else None

    def _definite_role_in(
        self, number: int, since: tuple[int, int] | None, pronoun: Mention, own: str
    ) -> bool:
        """Whether the paragraph, between the source's quotation and the pronoun, says "the" and a
        person's role outside quotation marks, other than the source's own noun `own` ("The official
        added that ..." goes on about the official quoted), or opens a sentence bringing in another
        with "A" and any role ("A spokesman for Tollmere Council said ...": a new source, whatever its
        noun)."""
        tokens = self.registry.tokens.get(number, [])
        quoted = self.quote_ranges.get(number, [])
        start = bisect_left(tokens, since[1], key=token_start) if since is not None else 0
        for index in range(start, len(tokens) - 1):
            token = tokens[index]
            if number == pronoun.paragraph and token.start >= pronoun.start:
                break
            # "A spokesman for Tollmere Council said": opening a sentence, not "said a party official".
            brings_in = token.low in INDEFINITE and token.text[:1].isupper()
            if not (token.low == "the" or brings_in) or quote_at(quoted, token.start) is not None:
                continue
            words = tokens[index + 1 : index + 2 + ROLE_MODIFIERS_MAX]
            if any(w.is_word and lx.is_role_head(w.low) and (brings_in or w.low != own) for w in words):
                return True
        return False

    def role_subject_before(self, pronoun: Mention) -> int | None:
        """ "Speaking to reporters Sunday, the president framed the shooting as ... ¶ He did not
        mention ... as he called on Americans not to “…”": when the latest sentence before the
        pronoun with a subject of its gender (past sentences whose subject is that same pronoun, and
        sentences naming no one) has a definite role as its subject, the pronoun means whom that role
        means, not a person named before it."""
        for number, (start, end) in self._sentences_back(pronoun, _ROLE_SUBJECT_SENTENCES):
            if self._told_by_pronoun(number, start, pronoun.gender):
                continue  # "He said that means ..., the prime minister will continue ...": his report
            outside = self.outside(number)
            role = self._role_after_subordinate_clause(number, start, end)
            # The sentence's named subjects, found by bisection: a transcript pasted as one
            # paragraph holds thousands of them.
            named = outside.people[
                bisect_left(outside.people_starts, start) : bisect_left(outside.people_starts, end)
            ]
            subjects = [m.start for m in named if m.subject_like and not m.possessive]
            if role is None and subjects:
                # "Sen. Fell is a critic of Mr. Quist, and the majority leader deflected questions":
                # a role opening a clause after every named subject is the latest subject; else the
                # usual look-back decides.
                role = self._role_clause_after(number, subjects[-1], end)
                if role is None:
                    return None
            if role is None and any(m.subject_like for m in named):
                # "The speaker called Oakhurst's haul “…”": an owner is no subject of a sentence a
                # role opens; else the usual look-back decides.
                role = self._role_opening_sentence(number, start, end)
                if role is None:
                    return None
            role = role or self._role_opening_clause(number, start, end)
            role = role or self._role_in_inner_clause(number, start, end, pronoun.gender)
            if role is not None:
                # Only a role one person holds: a role that refers back is read by the look-back.
                person = self.only_holder(role.role, role.modifiers)
                described = tuple(
                    m for m in role.modifiers if m not in lx.ROLE_HEADS and m not in FORMER_WORDS
                )
                if person is not None and described and not self.role_has(person, role.role, described):
                    return None  # "The Afro-Colombian journalist": words its one holder's role lacks
                if person is not None and not self.holds_plainly(person, role):
                    return None  # "the chancellor" is not "shadow chancellor Tim Vale"
                if person is None and (role.role in lx.PARTY_MEMBERS or role.role in PUBLIC_OFFICES):
                    # "The Republican focused on ... Mr. Obama's policies. “…,” he said": the party
                    # member the noun refers back to, not the name the sentence goes on to own; "the
                    # president" after "President Bush" and "President Trump": the one it means there.
                    person = self.role_antecedent(number, role)
                return person if person is not None and self.gender_fits(person, pronoun.gender) else None
            if outside.names_in(start, end):
                return None
        return None

    def _told_by_pronoun(self, number: int, start: int, gender: str | None) -> bool:
        """Whether the sentence opens with a he or she of `gender` and a verb of saying ("He said
        that ..."): a role later in it is inside what he reports; the sentences before it decide."""
        tokens = self.registry.tokens.get(number, [])
        at = bisect_left(tokens, start, key=token_start)
        if at + 1 >= len(tokens) or gender is None:
            return False
        opener = tokens[at].low
        return opener in _GENDERED_SUBJECTS.get(gender, ()) and tokens[at + 1].low in lx.SPEECH_VERBS

    def office_not_held(self, person_id: int, pronoun: Mention) -> tuple[int, Subject] | None:
        """The public office the latest sentence before the pronoun with a subject (as
        role_subject_before reads them) has as subject, with its paragraph, when the person cannot
        hold it: someone else holds it plainly, they hold it only as "shadow" or "deputy", or they
        hold another office."""
        found = self._latest_role_subject(pronoun)
        if found is None:
            return None
        _, role = found
        if role.role.endswith(lx.ELECT_SUFFIX):
            # "the President-elect": not one who holds the office now, nor anyone but its incoming
            # holder when the article names one.
            incoming = self.incoming_holders(role.role)
            other = self.sits_in_elected_office(person_id, role.role) or (
                incoming and person_id not in incoming
            )
            return found if other else None
        held = role.role not in PUBLIC_OFFICES or self.may_hold(person_id, role)
        return None if held else found

    def _latest_role_subject(self, pronoun: Mention) -> tuple[int, Subject] | None:
        """The definite role opening the latest sentence before the pronoun that has a subject, with
        its paragraph; None when a named subject, or a name with no role opening its sentence, comes
        first."""
        for number, (start, end) in self._sentences_back(pronoun, _ROLE_SUBJECT_SENTENCES):
            outside = self.outside(number)
            if outside.names_in(start, end, subjects=True):
                return None
            role = self._role_opening_clause(number, start, end)
            if role is not None:
                return number, role
            if outside.names_in(start, end):
                return None
        return None

    def _sentences_back(self, pronoun: Mention, count: int):
        """The pronoun's own sentence up to it, then up to `count` sentences before it, latest first."""
        start, _ = self.sentence_of(pronoun)
        yield pronoun.paragraph, (start, pronoun.start)
        yield from self.sentences_before(pronoun.paragraph, pronoun.start, count)

    def _role_clause_after(self, number: int, offset: int, end: int) -> Subject | None:
        """The definite role opening a clause after a comma between `offset` and `end`, if any."""
        tokens = self.registry.tokens.get(number, [])
        later = [i for i in self._role_clauses_after_commas(number) if offset < tokens[i].start < end]
        return self._role_clause_at(number, tokens, later[0]) if later else None

    def _role_opening_clause(self, number: int, start: int, end: int) -> Subject | None:
        """A definite role ("the president", "the Ohio senator") as the subject of a clause the
        sentence opens with, past an opening phrase closed by a comma, right before its verb."""
        found = self._role_opening_sentence(number, start, end)
        if found is not None:
            return found
        tokens = self.registry.tokens.get(number, [])
        first = bisect_left(tokens, start, key=token_start)
        after_commas = self._role_clauses_after_commas(number)
        at = bisect_right(after_commas, first)
        if at < len(after_commas) and tokens[after_commas[at]].start < end:
            return self._role_clause_at(number, tokens, after_commas[at])
        return None

    def _role_opening_sentence(self, number: int, start: int, end: int) -> Subject | None:
        """A definite role right before its verb at the very start of the sentence ("The speaker
        called ...", "Even the president acknowledged the problem.")."""
        tokens = self.registry.tokens.get(number, [])
        first = bisect_left(tokens, start, key=token_start)
        if first < len(tokens) - 3 and tokens[first].low in _FOCUSING_OPENERS:
            first += 1
        if first < len(tokens) - 2 and tokens[first].start < end:
            return self._role_clause_at(number, tokens, first)
        return None

    def _role_after_subordinate_clause(self, number: int, start: int, end: int) -> Subject | None:
        """ "While Lind's partisans saw the end for Holm, the senator herself showed no sign ...": the
        definite role opening the main clause right after an opening subordinate clause's comma,
        whatever subjects the subordinate clause names."""
        tokens = self.registry.tokens.get(number, [])
        first = bisect_left(tokens, start, key=token_start)
        if first >= len(tokens) or tokens[first].low not in SUBORDINATE_OPENERS:
            return None
        for index in range(first + 1, len(tokens) - 1):
            token = tokens[index]
            if token.start >= end or not (token.is_word or token.text in _CLAUSE_MARKS):
                return None  # a quotation or the sentence's end before any comma
            if token.text == ",":
                return self._role_clause_at(number, tokens, index + 1)
        return None

    def _role_in_inner_clause(self, number: int, start: int, end: int, gender: str | None) -> Subject | None:
        """ "It also came a day after the governor called reports of turmoil “nonsense”": a definite
        role opening a subordinate clause inside a sentence that names no one as its subject (the
        caller has passed over those that do), with no he or she of the pronoun's gender before the
        role, who would be the one that sentence is about."""
        tokens = self.registry.tokens.get(number, [])
        first = bisect_left(tokens, start, key=token_start)
        for index in range(first, len(tokens) - 1):
            token = tokens[index]
            if token.start >= end or token.low in _GENDERED_SUBJECTS.get(gender or "", ()):
                return None
            # Not a subordinator opening the sentence: `_role_after_subordinate_clause` reads that
            # sentence by its main clause.
            if index > first and token.low in SUBORDINATE_OPENERS:
                role = self._role_clause_at(number, tokens, index + 1)
                if role is not None:
                    return role
        return None

    def _role_clauses_after_commas(self, number: int) -> list[int]:
        """Indexes of the paragraph's tokens opening a role clause after a comma, found once per
        paragraph (a sentence of thousands of clauses is asked about for each pronoun in it)."""
        found = self._role_clauses.get(number)
        if found is None:
            tokens = self.registry.tokens.get(number, [])
            found = [
                index
                for index in range(1, len(tokens) - 2)
                if _after_clause_comma(tokens, index)
                and self._role_clause_at(number, tokens, index) is not None
            ]
            self._role_clauses[number] = found
        return found

    def _role_clause_at(self, number: int, tokens: list[Token], index: int) -> Subject | None:
        """The definite role opening a clause at token `index` right before its verb, if any."""
        token = tokens[index]
        if token.low != "the" or quote_at(self.quote_ranges.get(number, []), token.start) is not None:
            return None
        words = tokens[index + 1 : index + 2 + ROLE_MODIFIERS_MAX]
        at = next((i for i, w in enumerate(words) if not w.is_word or _role_noun(w.low)), None)
        if at is None or not words[at].is_word or index + 2 + at >= len(tokens):
            return None
        following = tokens[index + 2 + at]
        if following.low in _INTENSIFIERS and index + 3 + at < len(tokens):
            following = tokens[index + 3 + at]  # "The president himself tried to ...": the verb after
        if (
            following.is_word
            and not following.cap
            and (
                finite(following.low)
                or following.low in _VERB_AFTER_ROLE
                or present_verb(following.low)  # "the president seems to be bracing for defeat"
                or following.low.endswith(NEGATED_AUXILIARY_ENDINGS)  # "the mayor didn't reject"
            )
        ):
            modifiers = tuple(w.low for w in words[:at])
            return Subject("role", role=words[at].low, modifiers=modifiers, offset=words[at].start)
        return None


_INTENSIFIERS = frozenset(("himself", "herself"))


def _after_clause_comma(tokens: list[Token], index: int) -> bool:
    """Whether token `index` follows a comma, or a comma and a conjunction (", and the majority
    leader deflected questions")."""
    if tokens[index - 1].text == ",":
        return True
    return index >= 2 and tokens[index - 1].low in _CLAUSE_CONJUNCTIONS and tokens[index - 2].text == ","


_CLAUSE_CONJUNCTIONS = frozenset(("and", "but"))


def _role_noun(low: str) -> bool:
    """A role's noun, or a party member's ("The Republican focused on ..."), which refers back too."""
    return lx.is_role_head(low) or low in lx.PARTY_MEMBERS


def _label_head(words: list[str]) -> str:
    """The noun heading an unnamed source's label: the word before its first "for", "to" or "of"
    ("a spokesman for paul tarrant", "an aide to the mayor"), else its last word."""
    at = next((j for j, word in enumerate(words) if j and word in _LABEL_LINKS), len(words))
    return words[at - 1]


_LABEL_LINKS = frozenset(("for", "to", "of"))


def _one_persons_noun(words: list[str]) -> str | None:
    """The noun naming the one person an unnamed source's label is: its head ("a customs clerk"),
    or the group's noun in the singular after "one of" ("one of the officials": official); None
    for a label that names no person ("the writer" is the article's author, no he or she)."""
    if words[:2] == ["one", "of"]:
        singulars = (form for word in words[2:] for form in lx.singular_forms(word))
        return next((form for form in singulars if lx.is_person_noun(form)), None)
    head = _label_head(words)
    if " ".join(words) == WRITER or not lx.is_person_noun(head):
        return None
    return head


_GENDERED_SUBJECTS = {"m": lx.PRONOUNS_MALE, "f": lx.PRONOUNS_FEMALE}
