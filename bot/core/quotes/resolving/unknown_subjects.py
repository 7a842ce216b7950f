"""Subjects the article names no one for ("Dorn openly admitted" with Dorn unknown): they make a
pronoun's antecedent unclear; and a subject antecedent's own checks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import quote_at
from bot.core.quotes.function_words import COPULAS
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.people import PRONOUN, Mention
from bot.core.quotes.resolving.shared import PRONOUN_CHAIN, finite, first_item, mention_start, token_start
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS
from bot.core.quotes.subjects.shared import present_participle
from bot.core.search.commonwords import is_common

_ASKING = frozenset("asked pressed questioned".split())  # "When I asked him whether Ombrello ..."
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
    # "Asked later if he had spoken to Vollan, he said": a passive clause of asking, no surname.
    | _ASKING
    # "Gone was the calm of Monday, when he said “…”": a predicate put first, no surname.
    | frozenset("gone missing absent lacking".split())
    # "Bigger attacks ... were rarely seen, he said.": a comparative opening a sentence, no surname.
    | frozenset(
        "bigger larger smaller higher lower greater fewer older younger newer earlier longer shorter "
        "faster slower stronger weaker better worse cheaper richer poorer harder easier wider deeper".split()
    )
)
_NOUN_ENDINGS = ("s", "ing", "ion", "ity", "ment", "ness", "ism", "ship", "ance", "ence")


_SHORTEST_STEM = 3  # "newly": "new"; "Daly", "Ely" have none


def _adverb_of_common_word(low: str) -> bool:
    """ "Fully cooked chicken won't be sold, he says": an -ly adverb made from a common English word
    (full, new, large, heavy, total) opening a sentence, never a surname; "Kelly", "Bradley", "Reilly"
    and "Daly" are made from none, and given names ("Billy", "Holly") are left alone."""
    if not low.endswith("ly") or is_given_name(low):
        return False
    stem = low[:-2]
    stems = [stem]
    if stem.endswith("i"):
        stems.append(stem[:-1] + "y")  # heavily: heavy
    if low.endswith("lly"):
        stems.append(low[:-1])  # fully: full
    return any(len(word) >= _SHORTEST_STEM and is_common(word) for word in stems)


# Tokens an opening "Asked whether he ..." clause runs over before its comma.
_ASKED_CLAUSE_TOKENS = 16


def _opens_subjectless_clause(tokens: list[Token], at: int) -> bool:
    """Whether the sentence opens at `at` with a clause whose subject is the main clause's: "Asked
    whether ...", or a subordinator and a participle ("After signaling in the first debate that ...",
    "While insisting ...")."""
    if tokens[at].low == "asked":
        return True
    return tokens[at].low in SUBORDINATE_OPENERS and present_participle(tokens[at + 1].low)


_NAMING_WORDS = frozenset(("named", "called"))  # "a sheriff named Brock Haldane"
_PREDICATE_TOKENS = 8  # "is a sheriff from Dunmore County named"


class UnknownSubjectMixin:
    """Subjects the article names no one for."""

    def subject_antecedent(
        self, mention: Mention, person_id: int, pronoun: Mention, depth: int, accept
    ) -> int | None:
        """The person a fitting subject mention gives a pronoun, unless its sentence is unclear."""
        replier = self.replier_after(mention, person_id, pronoun)
        if replier is not None:
            # "When Quill asked Alvarez ..., she replied, “…” ¶ “…,” she said": Alvarez, never Quill.
            return replier if accept is None or accept(replier) else None
        main = self._main_clause_pronoun(mention, pronoun)
        if main is not None and depth < PRONOUN_CHAIN:
            # "When I asked him whether Judge Ombrello would matter, he gave mild approval. “…,” he
            # told me": the main clause's he, never whom the opening clause asked about.
            opener, barred = main
            return self.antecedent(
                opener, depth + 1, accept=lambda i: i not in barred and (accept is None or accept(i))
            )
        leading = self._leading_pronoun(mention, pronoun.gender)
        if leading is not None and self.reported_by(leading, mention):
            leading = None  # "Now that he is mayor, ..., said Jon Brell": the he is in Brell's words
        if leading is not None and self._named_as_predicate(leading, mention):
            leading = None  # "He is a sheriff named Brock Haldane who ...": the he is Haldane
        if leading is not None and depth < PRONOUN_CHAIN:
            # "She says Reyes's tweets accusing Machin ... She tweeted:": the sentence's
            # subject is the first "she", and the later "she" means whom that one means.
            return self.antecedent(leading, depth + 1)
        rival = self.rival_in_sentence(mention, person_id, pronoun.gender, accept)
        if rival or self._unknown_subject_between(mention, pronoun):
            return None
        return person_id

    def _unknown_subject_between(self, mention: Mention, pronoun: Mention) -> bool:
        """ "Reyes went with the odds. ¶ Dorn openly admitted that ... “…,” he said.": a capitalised
        word opening a sentence after the antecedent, before its verb, that the article names no one
        by is someone the pronoun may mean (a surname never written in full)."""
        first, last = self.position.get(mention.paragraph), self.position.get(pronoun.paragraph)
        if first is None or last is None:
            return False
        for number in self.body_order[first : last + 1]:
            start = mention.end if number == mention.paragraph else 0
            end = pronoun.start if number == pronoun.paragraph else None
            if self.unknown_subject_in(number, start, end):
                return True
        return False

    def unknown_subject_in(self, number: int, start: int, end: int | None) -> bool:
        """Whether a sentence of the paragraph opens, in [start, end), with such a capitalised word."""
        found = self._unknown_openers(number)
        at = bisect_left(found, start)
        return at < len(found) and (end is None or found[at] < end)

    def unknown_who_before(self, pronoun: Mention) -> bool:
        """Whether the pronoun's paragraph, before it, has a capitalised word no mention covers
        followed by ", who": someone the registry does not know ("Meanwhile Rihanna, who ...")."""
        found = self._unknown_whos(pronoun.paragraph)
        return bool(found) and found[0] < pronoun.start

    def _unknown_openers(self, number: int) -> list[int]:
        """Offsets of the paragraph's capitalised sentence openers that may be an unknown subject,
        found once per paragraph: a transcript pasted as one paragraph asks for each pronoun."""
        found = self._openers.get(number)
        if found is None:
            tokens = self.registry.tokens.get(number, [])
            last = len(tokens) - 1  # an opener is followed by its verb
            found = [tokens[i].start for i in range(last) if self._unknown_opener(number, tokens, i)]
            self._openers[number] = found
        return found

    def _unknown_opener(self, number: int, tokens: list[Token], index: int) -> bool:
        token = tokens[index]
        opening = index == 0 or tokens[index - 1].text in ".!?"
        if not (opening and token.is_word and token.cap) or not self._unknown_word(number, token):
            return False
        following = tokens[index + 1]
        low = following.low
        verb = finite(low) or low in lx.SPEECH_VERBS or low in _SUBJECT_FOLLOWERS
        return following.is_word and not following.cap and verb

    def _unknown_whos(self, number: int) -> list[int]:
        """Offsets of the paragraph's capitalised words followed by ", who" that may be an unknown
        person, found once per paragraph."""
        found = self._whos.get(number)
        if found is None:
            tokens = self.registry.tokens.get(number, [])
            found = [
                tokens[i].start
                for i in range(len(tokens) - 2)
                if tokens[i + 1].text == ","
                and tokens[i + 2].low == "who"
                and tokens[i].cap
                and self._unknown_word(number, tokens[i])
            ]
            self._whos[number] = found
        return found

    def _unknown_word(self, number: int, token: Token) -> bool:
        """A word no mention covers, outside quotation marks, that may be a surname."""
        if token.start in self._named_offsets(number) or not self._may_be_surname(token):
            return False
        return quote_at(self.quote_ranges.get(number, []), token.start) is None

    def _may_be_surname(self, token: Token) -> bool:
        """A capitalised word that could be someone's surname: letters only, not all capitals ("HP"),
        no common noun's ending ("Fundraising"), no word the article also writes in lower case."""
        text = token.text
        if not text.isalpha() or text.isupper() or token.low in _NOT_SURNAMES:
            return False
        if token.low.endswith(_NOUN_ENDINGS) or _adverb_of_common_word(token.low):
            return False
        return token.low not in self.registry.lowercase_words

    def _named_offsets(self, number: int) -> set[int]:
        """Offsets of the paragraph's tokens inside a mention (person, pronoun, place or body), built
        once per paragraph."""
        found = self._named.get(number)
        if found is None:
            tokens = self.registry.tokens.get(number, [])
            found = set()
            for m in self.registry.mentions.get(number, ()):
                at = bisect_left(tokens, m.start, key=token_start)
                while at < len(tokens) and tokens[at].start < m.end:
                    found.add(tokens[at].start)
                    at += 1
            self._named[number] = found
        return found

    def _leading_pronoun(self, mention: Mention, gender: str | None) -> Mention | None:
        """A subject pronoun of `gender` opening the sentence that holds `mention`, before it."""
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        found = bisect_right(bounds, mention.start, key=first_item) - 1
        if found < 0 or gender is None:
            return None
        start = bounds[found][0]
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=mention_start)
        if first >= len(mentions):
            return None
        opening = mentions[first]
        before = opening.start < mention.start and not self.quoted(opening)
        fits = opening.kind == PRONOUN and opening.gender == gender and opening.subject_like
        if not (before and fits) or self._in_opening_clause(opening, start):
            return None
        return None if self._opens_inner_clause(opening, start) else opening

    def _named_as_predicate(self, pronoun: Mention, mention: Mention) -> bool:
        """ "He is a sheriff from Dunmore County named Brock Haldane": the pronoun's copula, then a
        description naming `mention` ("named", "called"): the person the pronoun is."""
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        after = self.token_at(pronoun) + 1
        named = self.token_at(mention) - 1
        if after >= len(tokens) or named <= after or tokens[after].low not in COPULAS:
            return False
        return tokens[named].low in _NAMING_WORDS and named - after <= _PREDICATE_TOKENS

    def _opens_inner_clause(self, pronoun: Mention, sentence_start: int) -> bool:
        """ "But Holt would be mistaken if he views ...": a pronoun opening a subordinate clause after
        words of the sentence (a subject the registry does not know) is no subject of the sentence."""
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        first = bisect_left(tokens, sentence_start, key=token_start)
        at = bisect_left(tokens, pronoun.start, key=token_start)
        return at - 1 > first and tokens[at - 1].low in SUBORDINATE_OPENERS

    def _main_clause_pronoun(
        self, mention: Mention, pronoun: Mention
    ) -> tuple[Mention, frozenset[int]] | None:
        """The subject he or she (of the pronoun's gender, before it) opening the main clause right
        after an opening clause of asking that names `mention` after its verb ("When I asked him
        whether Judge Ombrello would matter, he"), with everyone that clause names."""
        comma = self._asking_clause_end(mention) if pronoun.gender is not None else None
        if comma is None:
            return None
        mentions = self.registry.mentions.get(mention.paragraph, ())
        at = bisect_left(mentions, comma.end, key=mention_start)
        opener = mentions[at] if at < len(mentions) else None
        if opener is None or not self._opens_after(opener, comma, pronoun):
            return None
        start, _ = self.sentence_of(mention)
        first = bisect_left(mentions, start, key=mention_start)
        return opener, frozenset(i for named in mentions[first:at] for i in named.ids)

    def _asking_clause_end(self, mention: Mention) -> Token | None:
        """The comma closing the opening subordinate clause of the mention's sentence, when the clause
        asks (a verb of asking before the mention) and holds no quotation."""
        start, _ = self.sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        if first >= len(tokens) or tokens[first].low not in SUBORDINATE_OPENERS:
            return None
        comma = next((t for t in tokens[first:] if t.text in (",", "“", '"')), None)
        if comma is None or comma.text != "," or comma.start < mention.end:
            return None
        asking = next((t for t in tokens[first:] if t.low in _ASKING and t.start < comma.start), None)
        # "Though Trump tweeted ..., he was out of sight": a clause of no asking has its subject's he
        return comma if asking is not None and asking.start < mention.start else None

    def _opens_after(self, opener: Mention, comma: Token, pronoun: Mention) -> bool:
        """Whether `opener` is a subject he or she of the pronoun's gender right after the comma, and
        before the pronoun."""
        if opener.kind != PRONOUN or opener.gender != pronoun.gender or not opener.subject_like:
            return False
        tokens = self.registry.tokens.get(opener.paragraph, [])
        after = bisect_left(tokens, comma.end, key=token_start)
        if after >= len(tokens) or tokens[after].start != opener.start or opener is pronoun:
            return False
        return opener.paragraph != pronoun.paragraph or opener.start < pronoun.start

    def _in_opening_clause(self, pronoun: Mention, sentence_start: int) -> bool:
        """ "As she left the hall, Mara Quill ... said": a he or she right after the subordinator
        opening the sentence means the main clause's subject named after it (cataphora), not someone
        further back."""
        tokens = self.registry.tokens.get(pronoun.paragraph, [])
        at = bisect_left(tokens, sentence_start, key=token_start)
        if at + 1 >= len(tokens):
            return False
        if tokens[at + 1].start == pronoun.start:
            return tokens[at].low in SUBORDINATE_OPENERS
        # "Asked whether he was running, Whitcombe brushed aside the question", "After signaling that
        # he would end them, Ferrante softened": anywhere in an opening clause with no subject of its
        # own, before its comma.
        where = bisect_left(tokens, pronoun.start, key=token_start)
        if not _opens_subjectless_clause(tokens, at) or where - at > _ASKED_CLAUSE_TOKENS:
            return False
        return all(token.text != "," for token in tokens[at + 1 : where])
