"""Who said each quotation: the subject of the verb of saying around it, resolved to a person.

Works on a sentence with its quotations collapsed and its names replaced by registry mentions,
so "X said", "said X", "X, the role, said", "according to X", participles, reported speech and
pronouns are small rules over one token stream. No confident speaker means None, not a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter, itemgetter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention, Registry
from bot.core.quotes.roles import party_label_end
from bot.core.quotes.sources import Source, source_after, source_before

_COORDINATORS = frozenset("and but or then".split())
_DETERMINERS = frozenset("the a an his her its their our my your this these those whose such no".split())
# Verbs by which a pronoun carries on the speaker just quoted.
_CONTINUING_VERBS = frozenset("added adds continued continues concluded concludes went".split())
# Words that end the search for an inverted subject: "said that X ..." is a clause, not "said X".
_NOT_BEFORE_INVERTED_SUBJECT = frozenset(
    "that it this there he she they we i you his her their its in on at to for of with was is would "
    "will had has have be been were are could should may might do does did not".split()
)
# How far back, and through how many commas, a subject may sit before its parentheses.
_PARENTHESIS_ITEMS = 30
_MAX_PARENTHESES = 4
# "Peter Wells's brother": the possessor word of a role.
_POSSESSOR = re.compile(r"(\w+)['’]s\b")
# How many pronouns a pronoun may be resolved through ("She ... She ... she said").
_PRONOUN_CHAIN = 3
# Words allowed between a quotation and an inverted "said X".
_INVERTED_SKIP = 3


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of a sentence: a word, a punctuation mark, a mention or a collapsed quotation."""

    kind: str  # "word", "punct", "mention" or "quote"
    low: str = ""
    mention: Mention | None = None
    start: int = 0
    end: int = 0
    cap: bool = False
    possessive: bool = False


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a verb of saying belongs to: a person id, a pronoun to resolve, or someone not a person."""

    kind: str  # "person", "pronoun", "role" ("the judge") or "other"
    mention: Mention | None = None
    verb: str = ""
    role: str = ""
    source: Source | None = None  # for "other" and "role": the phrase naming a non-person speaker
    modifiers: tuple[str, ...] = ()  # for "role": the words before its head ("Republican")


def items_between(
    tokens: list[Token], mentions: dict[int, Mention], quotes: list[tuple[int, int]], start: int, end: int
) -> list[Item]:
    """Items of text [start, end) of a paragraph; each quotation [a, b) becomes one "quote" item."""
    items: list[Item] = []
    append = items.append
    skip_until = -1
    first = bisect_left(tokens, start, key=_token_start)
    # Tokens and quotations are both in text order: the quotations starting by each token are
    # counted by a pointer that only moves forward, not by a bisection per token (the hot loop).
    found = bisect_right(quotes, tokens[first].start + 1, key=_first) if first < len(tokens) else 0
    count = len(quotes)
    for index in range(first, len(tokens)):
        token = tokens[index]
        offset = token.start
        if offset >= end:
            break
        if offset < skip_until:
            continue
        while found < count and quotes[found][0] <= offset + 1:
            found += 1
        inside = _covering(quotes, found, offset) if found else None
        if inside is not None:
            if not items or items[-1].kind != "quote":
                append(Item("quote", start=inside[0]))
            continue
        mention = mentions.get(offset)
        if token.low == "(" and items and items[-1].kind == "mention":
            # "McCaskill (D-Mo.) said": the party label between a name and its verb is left out.
            label_end = party_label_end(tokens, index)
            if label_end > index:
                skip_until = tokens[label_end - 1].end
                continue
        if mention is not None:
            append(Item("mention", token.low, mention, offset, mention.end, True, mention.possessive))
            skip_until = mention.end
        elif token.is_word:
            append(Item("word", token.low, None, offset, token.end, token.cap, token.possessive))
        else:
            append(Item("punct", token.low, None, offset, token.end))
    return items


def _quote_at(quotes: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quotation whose marks or words cover `offset`, if any (quotations in text order)."""
    return _covering(quotes, bisect_right(quotes, offset + 1, key=_first), offset)


def _covering(quotes: list[tuple[int, int]], found: int, offset: int) -> tuple[int, int] | None:
    """Of the `found` quotations starting by `offset` + 1, the one covering `offset`.

    Quotations never overlap, so only the last two of them can cover it.
    """
    for quote in quotes[max(0, found - 2) : found]:
        if quote[0] - 1 <= offset < quote[1] + 1:
            return quote
    return None


def quote_starts_within(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quotation (in text order) opens inside [start, end)."""
    found = bisect_left(quotes, start, key=_first)
    return found < len(quotes) and quotes[found][0] < end


# Bisection keys in C: a Python function called ~20 times per bisection was a hot spot.
_first = itemgetter(0)
_mention_start = attrgetter("start")
_token_start = attrgetter("start")


_PUT = frozenset(("put", "puts"))
_READ = frozenset(("read", "reads"))
_WRITINGS = frozenset(
    "letter statement article report memo note message post tweet email editorial complaint filing "
    "release sign ad advert document lawsuit petition".split()
)


def is_speech_verb(items: list[Item], index: int) -> bool:
    """A verb of saying used as a verb ("said"), not a noun ("the claims", "his remarks")."""
    item = items[index]
    if item.kind == "word" and item.low in _PUT and index + 1 < len(items) and items[index + 1].low == "it":
        return True  # "as a Homeland Security memo put it"
    if item.kind == "word" and item.low in _READ and index and items[index - 1].low in _WRITINGS:
        return True  # "the letter reads", "the article read": a writing's words
    if item.kind != "word" or item.low not in lx.SPEECH_VERBS:
        return False
    before = items[index - 1] if index else None
    if before is not None and before.possessive:
        return False  # "Trump's tweets", "the mayor's statement": a noun
    return before is None or (before.low not in _DETERMINERS and before.low not in _NOUN_PREPOSITIONS)


# After these a word of saying is a noun: "blamed hackers for attacks", "a series of tweets".
_NOUN_PREPOSITIONS = frozenset("for of on in with about after over against among".split())


def subject_before(items: list[Item], verb: int) -> Subject | None:
    """The subject of the verb at `verb`, looking left past adverbs and parentheticals."""
    index = verb - 1
    if index >= 0 and items[index].low in _COORDINATORS:
        # "X said ... and promised ...": the earlier verb already has the subject; "X has been
        # impressed by Y but admitted:" has no earlier verb, and the clause's subject speaks.
        if any(is_speech_verb(items, j) for j in range(index)):
            return None
        return _clause_subject(items, index)
    return _walk_back(items, index)


def _walk_back(items: list[Item], index: int) -> Subject | None:
    """The subject ending at or before `index`, past adverbs, parentheses and place phrases."""
    while index >= 0:
        item = items[index]
        if item.kind == "mention" and _place_phrase_at(items, index) is None:
            return _subject_of(item.mention, source_before(items, index))
        if item.kind == "punct" and item.low == ",":
            return _subject_before_comma(items, index)
        if item.kind == "word" and (
            item.low in lx.ADVERBS or item.low.isdigit() or item.low in _RELATIVES or _ly_adverb(item.low)
        ):
            index -= 1
            continue
        place = _place_phrase_at(items, index)
        if place is not None:
            index = place
            continue
        carried = _carrying_on(items, index)
        if carried is not None:
            index = carried  # "She went on to say", "Holt continued to say"
            continue
        if item.kind in ("punct", "quote"):
            return None
        return _role_reference(items, index, backwards=True) or Subject(
            "other", source=source_before(items, index)
        )
    return None


_RELATIVES = frozenset(("who", "which"))
_GO_ON = frozenset("went goes go going".split())
_CONTINUE = frozenset("continued continues".split())


def _carrying_on(items: list[Item], index: int) -> int | None:
    """The index before "went on to" or "continued to" ending at `index`, if they do."""
    if items[index].low != "to" or index < 1:
        return None
    if items[index - 1].low in _CONTINUE:
        return index - 2
    if index >= 2 and items[index - 1].low == "on" and items[index - 2].low in _GO_ON:
        return index - 3
    return None


def _ly_adverb(low: str) -> bool:
    """ "Gingrich cynically dismissed": an adverb in -ly between a subject and its verb."""
    return len(low) > constants.LY_ADVERB_MIN_CHARS and low.endswith("ly") and low not in lx.SOURCE_NOUNS


_PLACE_PREPOSITIONS = frozenset("from of in near".split())
_PLACE_WORDS = 3


def _place_phrase_at(items: list[Item], index: int) -> int | None:
    """ "X, 47, from Telford said": index of the comma before a place phrase ending at `index`."""
    for back in range(index, max(-1, index - _PLACE_WORDS), -1):
        item = items[back]
        if item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON:
            return None
        if item.kind not in ("word", "mention"):
            return None
        if back >= 2 and items[back - 1].low in _PLACE_PREPOSITIONS and items[back - 2].low == ",":
            return back - 2
    return None


def _subject_before_comma(items: list[Item], index: int) -> Subject | None:
    """The subject before the parentheses that end with the comma at `index`."""
    before = items[index - 1].mention if index >= 1 else None
    alone = index < 2 or items[index - 2].low == ","
    if before is not None and before.kind in (PERSON, AMBIGUOUS) and alone:
        # "The mayor of Port Alder, Ruth Banda, said": the name is the parenthesis.
        return _subject_of(before)
    commas = [j for j in range(index - 1, max(-1, index - _PARENTHESIS_ITEMS), -1) if items[j].low == ","]
    if not commas:
        return None
    for comma in commas[:_MAX_PARENTHESES]:
        # "Mr Downes, who was on his way home with son Jack, 14, said": the relative clause's antecedent.
        named = items[comma - 1].mention if comma >= 1 else None
        relative = comma + 1 < len(items) and items[comma + 1].low in _RELATIVES
        if relative and named is not None and named.kind in (PERSON, AMBIGUOUS):
            return _subject_of(named)
    for comma in commas[:_MAX_PARENTHESES]:
        # "Ray Coe, 47, of Stratford, east London, said": the name before a run of parentheses.
        named = items[comma - 1].mention if comma >= 1 else None
        if named is not None and named.kind in (PERSON, AMBIGUOUS):
            return _subject_of(named)
    return _walk_back(items, commas[0] - 1)


def _role_reference(items: list[Item], index: int, backwards: bool) -> Subject | None:
    """ "the judge", "the prosecutor": a definite role that may name one person of the article."""
    if backwards:
        head, at = items[index], index - 1
        # "the Indiana governor", "the Republican nominee": a modifier or two between.
        while at >= 0 and index - at <= _ROLE_MODIFIERS_MAX and _role_modifier(items[at]):
            at -= 1
        article = items[at] if at >= 0 else None
        source = source_before(items, index)
    else:
        article, head = items[index], items[index + 1] if index + 1 < len(items) else None
        if head is not None and index + 2 < len(items) and items[index + 2].kind == "word":
            following = items[index + 2].low
            if following not in lx.SPEECH_VERBS and following not in lx.ADVERBS:
                return None
        source = source_after(items, index)
    if article is None or head is None or article.low != "the" or head.kind != "word":
        return None
    # "The Republican said": a party label stands for a person too.
    person_noun = head.low in lx.ROLE_HEADS or head.low in lx.PARTY_LABELS
    if not person_noun:
        return None
    # "the Republican nominee": the modifiers tell apart two nominees.
    modifiers = tuple(i.low for i in items[at + 1 : index] if i.kind == "word") if backwards else ()
    return Subject("role", role=head.low, source=source, modifiers=modifiers)


_ROLE_MODIFIERS_MAX = 2


def _role_modifier(item: Item) -> bool:
    if item.low == "the":
        return False
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    low = item.low
    return item.kind == "word" and (
        item.cap or low in lx.ROLE_MODIFIERS or low in lx.PARTY_LABELS or low in lx.DEMONYMS
    )


def subject_after(items: list[Item], verb: int) -> Subject | None:
    """The subject of an inverted "said X", past adverbs and a short role ("said Stoke manager X")."""
    index = verb + 1
    while index < len(items) and index - verb <= _INVERTED_SKIP + 1:
        item = items[index]
        if item.kind == "mention" and item.possessive:
            # "said Holt's chief of staff, Ray Dorn": the possessor is not the speaker.
            named = _appositive_name(items, index + 1)
            return (
                _subject_of(named)
                if named is not None
                else Subject("other", source=source_after(items, index))
            )
        if item.kind == "mention":
            return _subject_of(item.mention, source_after(items, index))
        if _honorific_at(items, index):
            index += 1  # "said Rep. Joseph Crowley", "said the Rev. Peter Wherry"
            continue
        named = _appositive_name(items, index)
        if named is not None:
            return _subject_of(named)  # "said a spokeswoman for the bank, Lena Ortiz"
        if item.kind == "word" and item.low == "the":
            return _role_reference(items, index, backwards=False) or Subject(
                "other", source=source_after(items, index)
            )
        if item.kind == "word" and item.low not in _NOT_BEFORE_INVERTED_SUBJECT:
            index += 1
            continue
        return Subject("other", source=source_after(items, verb + 1))
    return Subject("other", source=source_after(items, verb + 1)) if index < len(items) else None


_APPOSITIVE_ITEMS = 8


def _appositive_name(items: list[Item], start: int) -> Mention | None:
    """The person named right after the description starting at `start` and a comma."""
    for index in range(start, min(len(items) - 1, start + _APPOSITIVE_ITEMS)):
        item = items[index]
        if item.low == ",":
            named = items[index + 1].mention
            return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None
        if item.kind != "word":
            return None
    return None


def _honorific_at(items: list[Item], index: int) -> bool:
    """An abbreviated title before a name, its full stop, or "the" before it ("the Rev.")."""
    item = items[index]
    if item.kind == "word" and item.low in lx.HONORIFICS:
        return True
    if item.kind == "punct" and item.low == "." and index >= 1 and items[index - 1].low in lx.HONORIFICS:
        return True
    following = items[index + 1] if index + 1 < len(items) else None
    return item.low == "the" and following is not None and following.low in lx.HONORIFICS


def _subject_of(mention: Mention | None, source: Source | None = None) -> Subject:
    if mention is None or mention.kind == NONPERSON:
        return Subject("other", source=source)
    if mention.kind == PRONOUN:
        return Subject("pronoun", mention)
    return Subject("person", mention)


def events(items: list[Item]) -> list[tuple[int, Subject]]:
    """Each verb of saying in `items` with its subject; participles take their clause's subject."""
    found: list[tuple[int, Subject]] = []
    for index, item in enumerate(items):
        if item.kind == "word" and item.low == "according" and index + 2 < len(items):
            if items[index + 1].low == "to" and items[index + 2].kind == "mention":
                found.append((index, _subject_of(items[index + 2].mention)))
            elif items[index + 1].low == "to":
                # "according to a senior official": an unnamed source, labelled, never a person.
                source = source_after(items, index + 2)
                if source is not None:
                    found.append((index, Subject("other", source=source, verb="according")))
            continue
        if not is_speech_verb(items, index):
            continue
        if item.low in lx.PARTICIPLES:
            subject = _participle_subject(items, index, found)
        else:
            subject = subject_before(items, index)
            if subject is None and _starts_clause(items, index):
                subject = subject_after(items, index)
        if subject is not None:
            found.append((index, replace(subject, verb=item.low)))
    return found


def _participle_subject(items: list[Item], index: int, found: list[tuple[int, Subject]]) -> Subject | None:
    """ "footage of Trump saying", "X hinted ..., saying": the name right before, else the clause's
    speaker (a verb whose subject is no one, "tweets accusing", does not count), else its subject."""
    before = items[index - 1] if index else None
    quoted = _quoted_as(items, index)
    if quoted is not None:
        return _subject_of(quoted)
    of = index >= 2 and items[index - 2].low == "of"
    if of and before.kind == "mention" and before.mention.kind in (PERSON, AMBIGUOUS):
        return _subject_of(before.mention)
    known = [subject for verb, subject in found if not aside(items, verb, subject)]
    return known[-1] if known else _clause_subject(items, index)


_QUOTED = frozenset("quoted quotes quoting".split())
_QUOTED_AS_ITEMS = 12


def _quoted_as(items: list[Item], index: int) -> Mention | None:
    """ "The Times quoted Gwen Holt, the mayor, as saying": the person quoted, not the paper."""
    if index < 2 or items[index - 1].low != "as":
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_AS_ITEMS), -1):
        if items[back].low in _QUOTED:
            named = items[back + 1].mention if back + 1 < index else None
            return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None
    return None


def aside(items: list[Item], verb: int, subject: Subject) -> bool:
    """A verb of saying with no speaker, inside a clause of its own ("anybody who complains",
    "tweets accusing", "a series of tweets"): it neither speaks nor hides the sentence's speaker."""
    before = items[verb - 1].low if verb else ""
    if before in _EMBEDDING and subject.kind == "other":
        return True  # "an architect who said he was stiffed": the relative clause's own words
    after_noun = verb > 0 and items[verb - 1].kind == "word"
    if subject.kind != "other" or subject.source is not None:
        return False
    # "Trump's early-morning tweets accusing ...": a word of saying in -s after a word and with no
    # speaker before it is a plural noun.
    plural = items[verb].low.endswith("s") and after_noun
    return items[verb].low.endswith("ing") or before in _EMBEDDING or plural


_EMBEDDING = frozenset("who which that of".split())


def colon_subject(items: list[Item]) -> Subject | None:
    """ "X was blunt: “…”": a clause ending with a colon introduces its subject's words."""
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if not end or items[end - 1].low != ":":
        return None
    start = max(
        (j + 1 for j in range(end - 1) if items[j].kind == "quote" or items[j].low in ".;"), default=0
    )
    return _clause_subject(items[start : end - 1], end - 1 - start)


def _starts_clause(items: list[Item], index: int) -> bool:
    """True when nothing but punctuation and adverbs sits before `index` in its clause."""
    for item in reversed(items[:index]):
        if item.kind == "quote" or (item.kind == "punct" and item.low in ",:—–"):
            return True
        if item.kind != "word" or item.low not in lx.ADVERBS:
            return False
    return True


def _clause_subject(items: list[Item], index: int) -> Subject | None:
    """The subject of a sentence that a participle continues: its first subject-like mention."""
    for item in items[:index]:
        if item.kind == "mention" and item.mention is not None and item.mention.subject_like:
            return _subject_of(item.mention)
    return None


def immediate_event(items: list[Item]) -> Subject | None:
    """`“…,” X said`, `“…,” X, the role, said` or `“…,” said X`: a verb of saying right after the quote."""
    index = 0
    while index < len(items) and items[index].kind == "punct" and items[index].low in ",—–-":
        index += 1
    if index >= len(items):
        return None
    if is_speech_verb(items, index) and items[index].low not in lx.LISTENER_VERBS:
        after = subject_after(items, index)
        if after is None or (after.kind == "other" and after.source is None):
            # "Ms. Holt, noting that “…,” added: “…”": no speaker after the verb; the sentence's
            # subject before the quotation speaks.
            return None
        return replace(after, verb=items[index].low)
    index = _past_role_words(items, index)
    if items[index].kind != "mention":
        return _noun_phrase_event(items, index)
    verb = index + 1
    if verb + 1 < len(items) and items[verb].low == "." and is_speech_verb(items, verb + 1):
        verb += 1  # "Victor Hale Jr. said": the full stop of an abbreviation, not of the sentence
    if verb < len(items) and items[verb].low == ",":
        verb = next((j + 1 for j in range(verb + 1, len(items)) if items[j].low == ","), len(items))
    while verb < len(items) and items[verb].kind == "word" and items[verb].low in lx.ADVERBS:
        verb += 1
    if verb < len(items) and is_speech_verb(items, verb):
        return replace(_subject_of(items[index].mention), verb=items[verb].low)
    return None


_SUBJECT_PHRASE_ITEMS = 6


def _noun_phrase_event(items: list[Item], index: int) -> Subject | None:
    """ "“…,” the mayor said, adding that ...", "“…,” a spokeswoman for the bank said on Monday ...":
    a short phrase of words right after the quotation, then its verb of saying, however long the tail."""
    if items[index].kind != "word" or items[index].low not in _PHRASE_OPENERS:
        return None
    for verb in range(index + 1, min(len(items), index + _SUBJECT_PHRASE_ITEMS)):
        if items[verb].kind not in ("word", "mention"):
            return None
        if is_speech_verb(items, verb):
            found = subject_before(items, verb)
            if found is None or (found.kind == "other" and found.source is None):
                return None  # "The search continued overnight": no one speaks
            return replace(found, verb=items[verb].low)
    return None


_PHRASE_OPENERS = frozenset("the a an one".split())


def _past_role_words(items: list[Item], index: int) -> int:
    """ "“…,” campaign manager Ravi Molina told reporters on the bus ...": the mention after a few
    role words, when that is what follows the quotation; else `index`."""
    at = index
    while at < len(items) and at - index < _INVERTED_SKIP and items[at].kind == "word":
        low = items[at].low
        if low in _NOT_BEFORE_INVERTED_SUBJECT or low in lx.SPEECH_VERBS or low in _COORDINATORS:
            return index
        at += 1
    if at > index and at < len(items) and items[at].kind == "mention" and _role_words(items[index:at]):
        return at
    return index


def _role_words(words: list[Item]) -> bool:
    """ "campaign manager", "Stoke manager", "Republican strategist": ends with a role noun."""
    return lx.is_role_head(words[-1].low) or words[-1].low in lx.PARTY_LABELS


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
        self.last_source: tuple[tuple[str, str], int] | None = None  # ((label, kind), paragraph) likewise
        self.registry = registry
        self.body_order = body_order
        self.position = {number: i for i, number in enumerate(body_order)}
        self.quote_ranges = quote_ranges
        self._full_index: dict[int, list[tuple[int, int]]] | None = None
        self._holders: dict[str, list[int]] | None = None
        self._people: dict[int, list[int]] = {}
        self._kin: dict[str, list[tuple[int, str | None]]] | None = None

    def person(self, subject: Subject | None) -> int | None:
        if subject is not None and subject.kind == "role":
            return self._only_holder(subject.role, subject.modifiers)
        if subject is None or subject.kind == "other" or subject.mention is None:
            return None
        mention = subject.mention
        if subject.kind == "pronoun":
            if subject.verb in _CONTINUING_VERBS:
                # "He added:" continues the speaker just quoted, whoever was named since.
                continuing = self._last_speaker_near(mention)
                if continuing is not None:
                    return continuing
            # "Rakeyia Scott yelled ... “…,” she says": the speaker just quoted, when the text
            # around names no fitting person on its own.
            found = self._antecedent(mention)
            return found if found is not None else self._last_speaker_of_gender(mention)
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
        if subject.kind != "role" or subject.source is None:
            return None
        gender = (
            "m" if subject.role in lx.MALE_MARKERS else "f" if subject.role in lx.FEMALE_MARKERS else None
        )
        start, end = subject.source.start, subject.source.end
        return self._antecedent(Mention(paragraph, start, end, PRONOUN, (), gender))

    def _only_holder(self, head: str, modifiers: tuple[str, ...] = ()) -> int | None:
        """The one person whose role has this head noun ("the judge" is Judge Simon Hale)."""
        if self._holders is None:
            # Indexed once per article: "the judge" must not rescan every person each time.
            self._holders = {}
            for person in self.registry.persons:
                for word in {w for role in person.roles for w in role.casefold().split()}:
                    self._holders.setdefault(word, []).append(person.id)
        holders = self._holders.get(head, [])
        if len(holders) > 1 and modifiers:
            # "the Republican nominee" when the article has a Republican and a Democratic nominee.
            holders = [i for i in holders if self._role_has(i, head, modifiers)]
        return holders[0] if len(holders) == 1 else None

    def _role_has(self, person_id: int, head: str, modifiers: tuple[str, ...]) -> bool:
        """Whether one of the person's roles with this head holds every modifier word."""
        for role in self.registry.person(person_id).roles:
            words = set(role.casefold().replace("-", " ").split())
            if head in words and all(m in words for m in modifiers):
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
        for number in reversed(self.body_order[max(0, at - window) : at + 1]):
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
                if _quote_at(quoted, mention.start) is None:
                    yield mention

    def _people_at(self, number: int) -> list[int]:
        """Indices of the paragraph's mentions of people (named or ambiguous), built once each."""
        found = self._people.get(number)
        if found is None:
            mentions = self.registry.mentions.get(number, ())
            found = [i for i, m in enumerate(mentions) if m.kind in (PERSON, AMBIGUOUS)]
            self._people[number] = found
        return found

    def _antecedent(self, pronoun: Mention, depth: int = 0) -> int | None:
        """The most recent person in subject position whose gender fits, never a place or body."""
        here: set[int] = set()  # people this paragraph names before the pronoun, subjects or not
        for mention in self._earlier_mentions(pronoun.paragraph, pronoun.start):
            if mention.paragraph != pronoun.paragraph and here:
                # "café owner Priya Natarajan said ... “…,” she told me": the person named in the
                # paragraph, not a subject further back; two such people make "she" unclear.
                return next(iter(here)) if len(here) == 1 else None
            person_id = self.person(Subject("person", mention))
            if (
                mention.subject_like
                and mention.possessive
                and self._rival_in_sentence(mention, person_id, pronoun.gender)
            ):
                # "Mathur ... said Ivanka Trump's statement didn't clarify it": the possessor is no
                # subject when the sentence has one.
                continue
            if not mention.subject_like:
                fits = person_id is not None and self._gender_fits(person_id, pronoun.gender)
                if fits and mention.paragraph == pronoun.paragraph:
                    here.add(person_id)
                continue
            if person_id is None:
                return None
            gender = self.registry.person(person_id).gender
            if gender is None or pronoun.gender is None or gender == pronoun.gender:
                leading = self._leading_pronoun(mention, pronoun.gender)
                if leading is not None and depth < _PRONOUN_CHAIN:
                    # "She says Trump's tweets accusing Machado ... She tweeted:": the sentence's
                    # subject is the first "she", and the later "she" means whom that one means.
                    return self._antecedent(leading, depth + 1)
                return None if self._rival_in_sentence(mention, person_id, pronoun.gender) else person_id
        return next(iter(here)) if len(here) == 1 else None

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
        return _quote_at(self.quote_ranges.get(mention.paragraph, []), mention.start) is not None

    def _rival_in_sentence(self, mention: Mention, person_id: int, gender: str | None) -> bool:
        """ "X and Y called for ... He said": two fitting subjects in one sentence make "he" ambiguous."""
        bounds = self.sentence_bounds.get(mention.paragraph, ())
        found = bisect_right(bounds, mention.start, key=_first) - 1
        inside = found >= 0 and bounds[found][0] <= mention.start < bounds[found][1]
        start, end = bounds[found] if inside else (mention.start, mention.end)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        first = bisect_left(mentions, start, key=_mention_start)
        for index in range(first, bisect_left(mentions, end, key=_mention_start)):
            other = mentions[index]
            if other is mention or other.kind != PERSON or other.possessive:
                continue
            if other.subject_like and other.ids[0] != person_id and self._gender_fits(other.ids[0], gender):
                return True
        return False

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
        main = max(fitting, key=lambda i: len(index.get(i, [])))
        counts = sorted((len(index.get(i, [])) for i in fitting), reverse=True)
        dominant = len(counts) > 1 and counts[0] >= constants.DOMINANT_NAME_RATIO * counts[1]
        if dominant and main != latest and at - named_at > constants.CONTINUING_SPEAKER_PARAGRAPHS:
            return main
        return latest

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
                    if _quote_at(quoted, m.start) is None:
                        index.setdefault(m.ids[0], []).append((at, m.start))
            self._full_index = index
        return self._full_index
