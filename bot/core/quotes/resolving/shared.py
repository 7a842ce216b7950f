"""What the resolver's rules share: a mention's sentence and token, paragraph distance, gender fit,
whether a mention is quoted, and the words and helpers several modules read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import past_in_ed, quote_at
from bot.core.quotes.function_words import AFFILIATION_WORDS
from bot.core.quotes.people import Mention

# Verbs by which one answers another: whoever replies is not the one just quoted asking.
# How many pronouns a pronoun may be resolved through ("She ... She ... she said").
PRONOUN_CHAIN = 3
first_item = itemgetter(0)
mention_start = attrgetter("start")
token_start = attrgetter("start")
# A word after a name that makes it the subject of a clause: an auxiliary, or a verb in -ed
# ("hoped", "tried": not "bed", "red"; attribution.past_in_ed).
_FINITE_VERBS = frozenset("has had is was will would could can did does".split())
SENTENCE_CONJUNCTIONS = frozenset("and but so then yet".split())
# Words opening a subordinate clause whose subject is not the sentence's ("Ryan looked unsure when
# Tapper asked ..." is about Ryan).
SUBORDINATORS = frozenset("if unless whether because although though once whereas why when".split())
ROLE_MODIFIERS_MAX = 3  # "the senior campaign manager said": words between "the" and the role


def affiliation_follows(tokens: list[Token], after: int) -> bool:
    """ "of Tarn College", "at the Greer Institute", "from the Brill Institute" at `after`, right
    after a name: where they work, no clause the name opens ("says Professor Ellery of Tarn
    College.")."""
    if after + 1 >= len(tokens) or tokens[after].low not in AFFILIATION_WORDS:
        return False
    following = tokens[after + 1]
    return following.cap or (following.low == "the" and after + 2 < len(tokens) and tokens[after + 2].cap)


def tokens_between(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The paragraph's tokens starting in [start, end): a bisection at each end, as a transcript
    pasted as one paragraph holds thousands of them."""
    return tokens[bisect_left(tokens, start, key=token_start) : bisect_left(tokens, end, key=token_start)]


def before_honorific(tokens: list[Token], at: int) -> int:
    """The token before the name at `at` and its honorific ("why Mr. Cole" -> "why")."""
    before = at - 1
    if before > 0 and tokens[before].text == "." and tokens[before - 1].low in lx.HONORIFICS:
        before -= 1
    if before > 0 and tokens[before].low in lx.HONORIFICS:
        before -= 1
    titles = 0
    while before > 0 and titles < _TITLE_WORDS and _title_word(tokens[before]):
        before -= 1  # "When Councillor Edgar Fenwright called": past the capitalised title
        titles += 1
    return before


_TITLE_WORDS = 3  # "Senate Majority Leader", "Republican state Sen."


def _title_word(token: Token) -> bool:
    """ "Councillor", "Republican state": a title's word before a name (or its honorific)."""
    modifier = token.low in lx.ROLE_MODIFIERS and token.low not in _NOT_TITLE_WORDS
    role = token.cap and lx.is_role_head(token.low)
    return token.is_word and (role or modifier or token.low in lx.PARTY_LABELS)


_NOT_TITLE_WORDS = frozenset("the a an of to for on".split())  # "The", "A": a sentence's opener


def finite(low: str) -> bool:
    """A folded word after a name that makes the name a clause's subject: "has", "hoped"."""
    return low in _FINITE_VERBS or past_in_ed(low)


class SharedMixin:
    """Sentences, tokens and paragraph distance of mentions."""

    def sentences_before(self, paragraph: int, offset: int, count: int):
        """Up to `count` sentences before the one holding `offset`, latest first, across the
        paragraph break before it: (paragraph, (start, end)) each."""
        bounds = self.sentence_bounds.get(paragraph, ())
        at = bisect_right(bounds, offset, key=first_item) - 1
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

    def gender_fits(self, person_id: int, gender: str | None) -> bool:
        known = self.registry.person(person_id).gender or self.pronoun_genders.get(person_id)
        return gender is None or known is None or known == gender

    def close(self, earlier: int, paragraph: int) -> bool:
        """Whether body paragraph `earlier` is at most a couple of paragraphs before `paragraph`."""
        distance = self.position.get(paragraph, 0) - self.position.get(earlier, -99)
        return 0 <= distance <= constants.CONTINUING_SPEAKER_PARAGRAPHS

    def quoted(self, mention: Mention) -> bool:
        return quote_at(self.quote_ranges.get(mention.paragraph, []), mention.start) is not None

    def token_at(self, mention: Mention) -> int:
        return bisect_left(self.registry.tokens.get(mention.paragraph, []), mention.start, key=token_start)

    def sentence_of(self, mention: Mention) -> tuple[int, int]:
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        found = bisect_right(bounds, mention.start, key=first_item) - 1
        inside = found >= 0 and bounds[found][0] <= mention.start < bounds[found][1]
        return bounds[found] if inside else (mention.start, mention.end)
