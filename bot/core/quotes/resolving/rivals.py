"""A second fitting subject in the antecedent's sentence makes a pronoun unclear ("X and Y called
for ... He said"), unless it is a teller, a subordinate clause's subject, a role or reported.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import ARTICLES, LIST_LINKS, SPEECH_NOUNS
from bot.core.quotes.marks import DASH_TOKENS, closes_aside, dashes_in
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.resolving.shared import (
    SUBORDINATORS,
    affiliation_follows,
    before_honorific,
    mention_start,
    token_start,
)

# Words opening a clause inside a sentence after its subject: "if Pike wins", and the comparison or
# manner of "the same as Holt (did)", "as Holt spoke", which are no more the sentence's subject.
_INNER_CLAUSE_OPENERS = SUBORDINATORS | frozenset(("as", "after", "before", "until"))
# Words opening a clause that may stand before the sentence's subject ("When Carter said ..., Hill"):
# those, and the ones that inside a sentence too often go on with its subject ("while", "since").
_FRONTING = _INNER_CLAUSE_OPENERS | frozenset("whenever while since where".split())
_FRONTING_OPENERS = frozenset("when while as after before since although though once".split())
_TELLER_TOKENS = 12  # words between a teller's verb of saying and the subject of what was said
# "Brenn said King Aldo's message will matter as leading Unity Party contender Piet Olvik has": more
# words still, when no comma stands among the farther ones.
_TELLER_TOKENS_UNBROKEN = 18
_CLAIMED_SUBJECT_TOKENS = 5  # "claim that his rival ,": words between a claim's "that" and the name
# Verbs of saying whose reported clause may open on its subject with no "that" ("insisted Voss is").
_CLAUSE_VERBS = frozenset(
    "insisted insists argued argues claimed claims noted notes stressed stresses explained explains "
    "acknowledged acknowledges predicted predicts suggested suggests conceded concedes maintained "
    "maintains contended contends "
    # Demanding that someone do something, "that" left out ("demanded Mr. Ostrow explain"): the one
    # asked is the object, and the subject the teller.
    "demanded demands urged urges".split()
)
_SAID_WHEN_TOKENS = 4  # "said Monday", "said in a statement": when or how, after a teller's verb


def _inside_clause(mention: Mention) -> bool:
    """A mention that cannot be a sentence's subject before its verb: an object, or a pronoun."""
    return not mention.subject_like or mention.kind == PRONOUN


def _passed_over(mention: Mention, apposed: bool) -> bool:
    """No subject of the verb of saying after it: an object or pronoun of a clause about the subject,
    or, when an apposition closed by a comma stands before the verb ("Dan Morley, the chairman of
    the party in New Hampshire, said Reyes ..."), one of the apposition's places or bodies, or its
    possessor ("John Podesta, Mrs. Clinton's campaign chairman, demanded Mr. Comey explain")."""
    in_apposition = mention.kind not in (PERSON, AMBIGUOUS) or mention.possessive
    return _inside_clause(mention) or (apposed and in_apposition)


def _opens_partial(tokens: list[Token], at: int) -> bool:
    """ "said Mr Blair "should butt out of" the row": a quote mark before a small word opens words
    quoted inside the clause, which goes on as its subject's."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    return tokens[at].text in _DOUBLE_MARKS and following is not None and following.text.islower()


_DOUBLE_MARKS = frozenset('"“')


def _past_joined_name(tokens: list[Token], before: int) -> int:
    """`before`, the token before a name, or, when it is an "and" joining the name to a capitalised
    name before it ("Pia Lund and Rex Dorn"), the token before that name."""
    if before < 1 or tokens[before].low != "and" or not tokens[before - 1].cap:
        return before
    at = before - 1
    while at > 0 and tokens[at - 1].cap and tokens[at - 1].is_word and tokens[at - 1].low not in _FRONTING:
        at -= 1
    return at - 1


def _telling(window: list[Token], at: int) -> bool:
    """A verb of saying that reports a clause: "said", "saying", or any such verb before "that" ("Ames
    stressed that, amid the unrest, Tate had ...")."""
    low = window[at].low
    if low in lx.CORE_SPEECH_VERBS or low == "saying":
        return True  # "issued a statement saying Delaney was not weighing it": the clause it reports
    return low in lx.SPEECH_VERBS and at + 1 < len(window) and window[at + 1].low == "that"


class RivalMixin:
    """A second subject that makes a pronoun unclear."""

    def teller_of(self, mention: Mention) -> Mention | None:
        """The person, named as subject earlier in the sentence, whose verb of saying `mention` is
        the subject of what was said after ("Ray Hollis said Holt wasn't targeting Reyes")."""
        start, _ = self.sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        mentions = self.registry.mentions.get(mention.paragraph, ())
        after = bisect_left(tokens, mention.end, key=token_start)
        if after >= len(tokens) or not (tokens[after].is_word or _opens_partial(tokens, after)):
            return None  # "..., said Kate Harlow, Facebook's director": the speaker, inverted
        if affiliation_follows(tokens, after):
            return None  # "..., says Professor Ellery of Tarn College.": the speaker, inverted
        first, at = bisect_left(tokens, start, key=token_start), self.token_at(mention)
        at = before_honorific(tokens, at) + 1  # "demanded Mr. Ostrow explain": the verb before "Mr."
        # A few words back, not the whole sentence: a run-on "sentence" may be a whole paragraph.
        window = tokens[max(first, at - _TELLER_TOKENS_UNBROKEN) : at]
        back = next((b for b in range(len(window)) if _telling(window, len(window) - 1 - b)), None)
        if window and window[-1].low in _CLAUSE_VERBS:
            back = 0  # "... and insisted Voss is doing far better": the reported clause's subject
        if back is None:
            return None
        verb = window[-1 - back]
        comma_between = any(token.text == "," for token in window[len(window) - back :])
        if back >= _TELLER_TOKENS and comma_between:
            return None  # "While Schumer said ..., Trump told reporters": far back, past a comma
        if comma_between and tokens[first].low in _FRONTING_OPENERS:
            # "When Governor Bream told the assembly that ..., Mr. Trell's reaction shelved it": the
            # comma closes the fronted clause; the main clause after it is no one's report.
            return None
        index = bisect_left(mentions, verb.start, key=mention_start) - 1
        # The nearest subject before the verb is its subject, past the objects and pronouns of a
        # clause about it ("Mr Jones, who was forced to apologise for an article he edits about
        # Ken Rigby, said Mr Dorn ..."), or there is none.
        verb_at = bisect_left(tokens, verb.start, key=token_start)
        apposed = verb_at > 0 and tokens[verb_at - 1].text == ","
        while index >= 0 and mentions[index].start >= start and _passed_over(mentions[index], apposed):
            index -= 1
        if index < 0 or mentions[index].start < start:
            return None
        other = mentions[index]
        subject = other.kind == PERSON and other.subject_like and not other.possessive
        return other if subject and not self.quoted(other) else None

    def _subordinate(self, mention: Mention) -> bool:
        """ "... will take every state if Pike wins": a subject opening a subordinate clause."""
        if not mention.subject_like or mention.possessive:
            return False
        at = self.token_at(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        opener = before_honorific(tokens, at)  # "as Mr. Ostrin spoke": past the title
        return at > 0 and (
            (opener >= 0 and tokens[opener].low in _INNER_CLAUSE_OPENERS)
            or self._opens_dashed_aside(mention, at)
        )

    def _opens_dashed_aside(self, mention: Mention, at: int) -> bool:
        """ "Fairlie points out that ... — Cosby shouted at the prosecutor — could lead ...": a subject
        right after a dash inside its sentence, with another dash closing the aside later in it."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        start, end = self.sentence_of(mention)
        if tokens[at - 1].text not in DASH_TOKENS or tokens[at - 1].start <= start:
            return False
        after = tokens[at + 1 : bisect_left(tokens, end, key=token_start)]
        return any(token.text in DASH_TOKENS for token in after)

    def _in_words_claimed(self, other: Mention) -> bool:
        """ "Critics were angry at his jab that his rival, Victor Lunde, had “harbor manners” — and
        Brandt was eager to repeat it": the subject of a that-clause after a noun of speech is what
        the words are about, no subject of the sentence."""
        tokens = self.registry.tokens.get(other.paragraph, [])
        at = self.token_at(other) - 1
        stop = max(0, at - _CLAIMED_SUBJECT_TOKENS)
        while at > stop and (tokens[at].text == "," or (tokens[at].is_word and not tokens[at].cap)):
            if tokens[at].low == "that":
                return tokens[at - 1].low in SPEECH_NOUNS
            at -= 1
        return False

    def _aside_apart(self, other: Mention, mention: Mention, start: int) -> bool:
        """ "Laughing off his foes — who said one rival, Ray Dorn, was weak — Mr. Holt appeared
        eager": a name inside an aside set off by two dashes, with the subject outside it, is
        talked of there, no second subject."""
        if other.start > mention.start:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = dashes_in(tokens[bisect_left(tokens, start, key=token_start) : self.token_at(other)])
        between = dashes_in(tokens[self.token_at(other) : self.token_at(mention)])
        return before % 2 == 1 and between % 2 == 1

    def _fronted_before(self, other: Mention, mention: Mention) -> bool:
        """Whether `other` is the subject of a subordinate clause ("when Carter said ...") that a
        comma closes before `mention`."""
        if other.start > mention.start or not other.subject_like:
            return False
        tokens = self.registry.tokens.get(other.paragraph, [])
        at = self.token_at(other)
        opener = _past_joined_name(tokens, before_honorific(tokens, at))  # "After Pia Lund and Rex Dorn met"
        if at == 0 or opener < 0 or tokens[opener].low not in _FRONTING:
            return False
        at = self.token_at(mention)
        between = tokens[bisect_left(tokens, other.end, key=token_start) : at]
        # "And as Trump confronted him on ... — immigration — O'Rourke seized": an aside's closing dash
        # ends the fronted clause as a comma would.
        return any(t.text == "," for t in between) or closes_aside(tokens, at - 1)

    def _contrasted_after(self, other: Mention, mention: Mention) -> bool:
        """ "Mr. Halvorsen launched road projects, but Mr. Brandt has boasted about cutting spending.
        “…,” he said": the subject of a clause that ", but" sets against the one before is whom the
        sentence ends on, and the earlier subject no rival of it."""
        if other.start > mention.start:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        return before >= 1 and tokens[before].low == "but" and tokens[before - 1].text == ","

    def main_subject_over(self, mention: Mention) -> Mention | None:
        """ "Kessler predicted ... that Republicans will take “every state” if Pike wins. ¶ “…,” he
        said": the person the sentence names first, as its subject, before a subordinate clause's
        subject, is whom a later pronoun means."""
        if not self._inner_subject(mention):
            return None
        start, _ = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=mention_start)
        # "Coastal Voters Fund's Tomas Alder said ... once Corwin signs": past a body's name to the person
        while first < len(mentions) and mentions[first].kind == NONPERSON and mentions[first] is not mention:
            first += 1
        if first >= len(mentions) or mentions[first] is mention:
            return None
        main = mentions[first]
        # "Mr. Alston said ..., as Mr. Keane proposes": a surname two people share is still the
        # sentence's subject, its title telling which.
        subject = main.kind in (PERSON, AMBIGUOUS) and main.subject_like and not main.possessive
        return main if subject and not self.quoted(main) else None

    def according_teller(self, mention: Mention, gender: str | None) -> Mention | None:
        """ "According to Henning, Vance answered every question ...": the person a sentence opening
        with "According to" names first reports whatever the rest of it says of others, so a later
        he or she (of `gender`) means them."""
        start, _ = self.sentence_of(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        first = bisect_left(tokens, start, key=token_start)
        if first + 2 >= len(tokens) or tokens[first].low != "according" or tokens[first + 1].low != "to":
            return None
        mentions = self.registry.mentions.get(mention.paragraph, ())
        teller = mentions[bisect_left(mentions, tokens[first + 1].end, key=mention_start)]
        if teller is mention or teller.kind != PERSON or teller.possessive or teller.start > mention.start:
            return None
        if not self.gender_fits(teller.ids[0], gender):
            return None
        between = tokens[bisect_left(tokens, teller.end, key=token_start) : self.token_at(mention)]
        return teller if any(token.text == "," for token in between) else None

    def _inner_subject(self, mention: Mention) -> bool:
        """The subject of a clause inside its sentence: a subordinate one, or one opened by "that"
        ("Marchetti said she had not seen ... the link that Almeida described") or by nothing ("the
        harbor plan Mr. Venn announced")."""
        if self._subordinate(mention):
            return True
        if not mention.subject_like or mention.possessive:
            return False
        at = self.token_at(mention)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = _past_aside(tokens, before_honorific(tokens, at))
        if before >= 0 and tokens[before].low == "that":
            return True
        after = self._token_after(mention)
        return _contact_clause(tokens, before, after)

    def rival_in_sentence(self, mention: Mention, person_id: int, gender: str | None, accept=None) -> bool:
        """ "X and Y called for ... He said": two fitting subjects in one sentence make "he" ambiguous."""
        start, end = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=mention_start)
        for index in range(first, bisect_left(mentions, end, key=mention_start)):
            other = mentions[index]
            if other is mention or other.kind != PERSON or other.possessive or self.in_title(other):
                continue
            placed = other.subject_like or self.taken_to_do(other)  # "It took Mr. Brenner, X's rival, ..."
            rival = placed and other.ids[0] != person_id and self.teller_of(other) is not mention
            rival = rival and self.according_teller(other, gender) is not mention
            rival = rival and not self.object_of_preposition(other) and not self.listed_after_object(other)
            rival = rival and not self.given_as_example(
                other
            )  # "a centrist alternative to ... such as Warrick"
            # "Kessler predicted ... if Pike wins": a subordinate clause's subject after the
            # sentence's own is no rival of it.
            rival = rival and not (other.start > mention.start and self._inner_subject(other))
            # "But when Carter said ..., the third panelist -- Hill -- jumped in": nor is the subject
            # of a clause fronted before it, closed by a comma.
            rival = rival and not self._fronted_before(other, mention)
            rival = rival and not self._contrasted_after(other, mention)
            rival = rival and not self._aside_apart(other, mention, start)
            rival = rival and not self._in_words_claimed(other)
            if rival and (self._in_role_of(other, mention, person_id) or self.reported_by(other, mention)):
                continue
            if rival and self.gender_fits(other.ids[0], gender) and (accept is None or accept(other.ids[0])):
                return True
        return False

    def listed_after_object(self, other: Mention) -> bool:
        """ "Quell won, beating stars including Anna Berg, Kate Wills and Ida Stone": a name after
        "and" (or after a comma, when the list goes on past it) that follows another name in an
        object's place is a later member of that object's list, no subject, however its own place
        reads; not "After meeting Tom Reyes, Ada Velt said", the main clause's subject."""
        mentions = self.registry.mentions.get(other.paragraph, ())
        tokens = self.registry.tokens.get(other.paragraph, [])
        at = bisect_left(mentions, other.start, key=mention_start)
        while 0 < at < len(mentions):
            index = self.token_at(mentions[at])
            if index == 0 or not (tokens[index - 1].low in LIST_LINKS or self._list_goes_on(mentions, at)):
                return False
            before = mentions[at - 1]
            if before.kind not in (PERSON, AMBIGUOUS) or self._token_after(before) != index - 1:
                return False
            if not before.subject_like or self.object_of_preposition(before):
                return True
            at -= 1
        return False

    def _list_goes_on(self, mentions: tuple[Mention, ...], at: int) -> bool:
        """Whether the name at `at` follows a comma and is followed by a comma, "and" or "or" and
        another name: a middle member of a list, not a subject after an opening phrase."""
        tokens = self.registry.tokens.get(mentions[at].paragraph, [])
        index = self.token_at(mentions[at])
        if tokens[index - 1].text != "," or at + 1 >= len(mentions):
            return False
        link = self._token_after(mentions[at])
        following = mentions[at + 1]
        linked = link < len(tokens) and (tokens[link].text == "," or tokens[link].low in LIST_LINKS)
        return linked and following.kind in (PERSON, AMBIGUOUS) and self.token_at(following) == link + 1

    def _token_after(self, mention: Mention) -> int:
        """The index of the first token after the mention."""
        return bisect_left(self.registry.tokens.get(mention.paragraph, []), mention.end, key=token_start)

    def _in_role_of(self, other: Mention, mention: Mention, person_id: int) -> bool:
        """ "Holt spokesman Dan Steward said ...": a name opening the role before the subject's own
        name is part of that role, not a second subject."""
        if other.end > mention.start or person_id is None:
            return False  # (no person: a possessive the resolver could not name has no role)
        tokens = self.registry.tokens.get(mention.paragraph, [])
        first, at = bisect_left(tokens, other.start, key=token_start), self.token_at(mention)
        phrase = " ".join(token.low for token in tokens[first:at])
        return any(role.casefold() == phrase for role in self.registry.person(person_id).roles)

    def reported_by(self, other: Mention, mention: Mention) -> bool:
        """ "Yet Holt is a “change agent,” Reed said.", "..., said Ann Reed": a person before a
        speaker attributed after the words is inside what that speaker said; not "..., said Ann
        Reed's statement", where Reed is no speaker."""
        if other.end > mention.start or mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self.token_at(mention)
        if at < 2:
            return False
        before, after = tokens[at - 1], bisect_left(tokens, mention.end, key=token_start)
        verb = before_honorific(tokens, at)
        if verb >= 1 and tokens[verb].low in lx.SPEECH_VERBS:  # ", said Ann Reed", ", said Rep. Ann Reed"
            return not tokens[verb - 1].is_word
        if self.said_inverted(mention):
            return True  # ", says Professor Ann Reed of Tarn College"
        if before.is_word or after + 1 >= len(tokens) or tokens[after].low not in lx.SPEECH_VERBS:
            return False
        # ", Reed said." / ", Reed said, has ..." / ", Reed said Monday." / ", Reed said in a statement."
        tail = after + 1
        while tail < len(tokens) and tail - after <= _SAID_WHEN_TOKENS and tokens[tail].low in lx.ADVERBS:
            tail += 1
        return tail >= len(tokens) or not tokens[tail].is_word


def _past_aside(tokens: list, before: int) -> int:
    """`before`, or where a comma or dash there closes a short aside, the token before the aside
    ("the way that, in his view, Cato has abused", "that — in Republicans' view — Obama": "that")."""
    closing = tokens[before].text if before >= 1 else ""
    if closing != "," and closing not in DASH_TOKENS:
        return before
    end = before
    while end >= 1 and tokens[end - 1].text == closing and closing != ",":
        end -= 1  # "--", two tokens, closes as one dash
    for back in range(end - 1, max(end - _ASIDE_TOKENS_MAX - 1, 0), -1):
        if tokens[back].text == closing:
            while back >= 1 and tokens[back - 1].text == closing:
                back -= 1  # the opening "--"
            return back - 1
    return before


_ASIDE_TOKENS_MAX = 5  # "in his view", "in fact", "in Republicans’ view"


def _contact_clause(tokens: list, noun: int, verb: int) -> bool:
    """Whether a name between the tokens at `noun` and `verb` opens a relative clause without "that"
    ("the harbor plan Mr. Venn announced is a risk"): a plain noun no role names, after "the" or "a"
    and a word or two, and a plain verb after the name."""
    if noun < 1 or verb >= len(tokens) or not _plain_word(tokens[verb]):
        return False
    if (
        not _plain_word(tokens[noun])
        or lx.is_person_noun(tokens[noun].low)
        or tokens[noun].low in _BEFORE_NAMES
    ):
        return False
    for back in range(noun - 1, max(noun - _CONTACT_NOUN_WORDS - 1, -1), -1):
        if tokens[back].low in ARTICLES:
            return True
        if not _plain_word(tokens[back]) or tokens[back].low in lx.ROLE_MODIFIERS:
            return False
    return False


def _plain_word(token: Token) -> bool:
    return token.is_word and not token.cap and not token.possessive and token.low.isalpha()


_CONTACT_NOUN_WORDS = 3  # "the new harbor plan"
# Words before a name that are no noun of a clause: "the late Tom Hale".
_BEFORE_NAMES = frozenset(("late", "young", "elder", "younger", "older", "embattled", "beleaguered"))
