"""Walking left from a verb of saying to its subject, past adverbs, asides and parentheses;
the subject before a comma ("X, the role, said") and "a spokeswoman for X said".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AUTHOR_LINKS,
    COPULAS,
    HAVE,
    ISSUING_PARTICIPLES,
    JOINING_CONJUNCTIONS,
    LIST_LINKS,
    MODALS,
    NEVER_NOUN_SAYING,
    OF_LINKED_HEADS,
    OF_SOMEONE_HEADS,
    PERSON_RELATIVES,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    RELATIVES,
    SPEAKING_FOR_HEADS,
    TIME_OPENERS,
    WRITING_WHEN_HEADS,
    WRITING_WHEN_WORDS,
    WRITINGS,
    is_negation,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.roles import is_age
from bot.core.quotes.sources import (
    ORGANISATION,
    REFERRING,
    UNNAMED,
    Source,
    index_at,
    one_source_noun,
    owned_month,
    person_placed_before,
    plural_person_noun,
    source_before,
)
from bot.core.quotes.subjects.before_people import (
    capitalised,
    first_of_pair,
    person_before_affiliation,
    unclosed_appositive,
)
from bot.core.quotes.subjects.before_skips import (
    PLACE_PHRASE_PREPOSITIONS,
    addressing_participle,
    carrying_on,
    head_before_adverbs,
    ly_adverb,
    named_role_aside,
    occasion_phrase,
    opening_dash,
    opens_subject,
    place_phrase_at,
    tail_adverb,
)
from bot.core.quotes.subjects.before_writings import (
    addressed_writing,
    possessed_writing,
    pronoun_owned_writing,
    writer_of_writing,
    writing_subject,
)
from bot.core.quotes.subjects.shared import (
    DASHES,
    DETERMINERS,
    PARENTHESIS_ITEMS,
    STATE_WORDS,
    abbreviated_title_stop,
    governed,
    person_at,
    present_participle,
    subject_of,
    verb_like,
)

# "Holt himself acknowledged ...": an intensive pronoun between the subject and its verb.
_INTENSIVES = frozenset("himself herself themselves itself".split())
# Short focusing adverbs between a subject and its verb ("he only hinted", "Holt just said"), too
# short for the -ly rule.
_FOCUSING = frozenset("only just".split())
# How many parentheses, each closed by a comma, a subject may sit before (PARENTHESIS_ITEMS: how far).
_MAX_PARENTHESES = 4


@dataclass(frozen=True)
class _Found:
    """Where the walk ends: the subject found (None: there is none)."""

    subject: Subject | None


def walk_back(items: list[Item], index: int) -> Subject | None:
    """The subject ending at or before `index`, past adverbs, parentheses and place phrases."""
    end = index
    business = _business_in_s(items, index)
    if business is not None:
        return Subject("other", source=business)  # "Trader Joe’s said in a statement"
    while index >= 0:
        step = _step(items, index, end)
        if isinstance(step, _Found):
            return _past_restrictive_relative(items, _led_by_a_person(items, step.subject, index))
        index = step
    return None


def _business_in_s(items: list[Item], index: int) -> Source | None:
    """ "Trader Joe’s said", "McDonald's said": a capitalised name in "’s" right before a verb of
    saying that is never a noun owns nothing, so it is a business named so, the "’s" its own."""
    if index < 0 or index + 1 >= len(items) or not items[index].possessive:
        return None
    if items[index + 1].low not in NEVER_NOUN_SAYING:
        return None
    if not capitalised(items[index]):
        return None
    start = index
    while start > 0 and not items[start - 1].possessive and capitalised(items[start - 1]):
        start -= 1
    return Source(items[start].start, items[index].end, ORGANISATION)


def _past_restrictive_relative(items: list[Item], subject: Subject | None) -> Subject | None:
    """ "One council member who said ... against bringing forward legislation in 2015 warned": a
    thing's noun closing a "who" clause left unclosed is no source; the person before "who" speaks."""
    if subject is None or subject.kind != "other" or subject.source is None or subject.source.kind != UNNAMED:
        return subject
    head = bisect_left(items, subject.source.end, key=attrgetter("end"))
    if head == len(items) or items[head].end != subject.source.end:
        return subject
    if one_source_noun(items[head].low) or plural_person_noun(items[head].low):
        return subject  # "A clerk who took home what auditors called “…”": the auditors
    for at in range(head - 1, max(0, head - _WHO_CLAUSE_ITEMS), -1):
        if items[at].kind in ("punct", "quote"):
            return subject
        if items[at].low == "who" and items[at - 1].kind == "word" and one_source_noun(items[at - 1].low):
            found = source_before(items, at - 1)
            return Subject("other", source=found) if found is not None else subject
    return subject


_WHO_CLAUSE_ITEMS = 25  # "who said the meeting was badly divided against bringing forward legislation"


def _step(items: list[Item], index: int, end: int) -> _Found | int:
    """One item of the walk: the subject it ends on, or the index the walk goes on from."""
    item = items[index]
    if index < end and opens_subject(items, index):
        # "“…,” the statement said": the adverbial nouns ("in a statement") are its subject here.
        head = head_before_adverbs(items, index, end)
        reference = role_reference(items, head, backwards=True)
        return _Found(reference or Subject("other", source=source_before(items, head)))
    issued = _writing_sent_with(items, index) if index == end else None
    if issued is not None:
        # "a report sent to the council and released with Maddox's order said": the report's
        return _Found(Subject("other", source=issued))
    speaking_for = _speaking_for(items, index) or (_speaking_for_far(items, index) if index == end else None)
    if speaking_for is not None:
        return _Found(speaking_for)
    writing = addressed_writing(items, index)
    if writing is not None:
        return _Found(writing_subject(items, writing))
    owned = pronoun_owned_writing(items, index)
    if owned is not None:
        return _Found(Subject("other", source=owned))  # "His statement said": whom "his" means
    served = _role_served_under(items, index)
    if served is not None:
        return _Found(served)  # "the former secretary of state under President Arthur Penwick said"
    addressed = addressing_participle(items, index)
    if addressed is not None:
        return addressed  # "A source speaking to Fox News said": the source, not the outlet
    occasion = occasion_phrase(items, index)
    if occasion is not None:
        return occasion  # "Sanders during a Sunday rally thanked": Sanders, not the rally
    timed = _writing_before_time(items, index)
    if timed is not None:
        return _Found(Subject("other", source=timed))  # "A statement released on Monday said"
    if item.kind == "mention" and place_phrase_at(items, index) is None:
        return _Found(_mentioned_subject(items, index))
    if item.kind == "punct" and (item.low == "," or _dash_before_relative(items, index)):
        return _Found(_subject_before_comma(items, index))
    if item.kind == "word" and item.low == "which" and index >= 1 and items[index - 1].low == "of":
        one_of = source_before(items, index)
        if one_of is not None:
            return _Found(Subject("other", source=one_of))  # "newspapers, one of which called it"
    if index == 0 and item.low in JOINING_CONJUNCTIONS:
        # "... declares Crane “…” and disparagingly calls his plan “…”": the verb joined after the
        # quotation before shares its subject, found there, not here.
        return _Found(None)
    if _at_adverb(items, index):
        return index - 2  # "The union at once panned": past "at" and its word
    if _joined_adverbs(items, index):
        return index - 2  # "Ford politely and calmly asked": past "and" and the first adverb
    if _at_a_point(items, index):
        return index - 3  # "a militant, who at one point says": past "at one point"
    if item.kind == "word" and _platform_as_subject(items, index):
        # "“…,” Facebook said in the filing": the company, not the "on Twitter" passed as an adverb
        return _Found(Subject("other", source=Source(item.start, item.end, ORGANISATION)))
    if item.kind == "word" and _skipped_word(item) and not owned_month(items, index):
        return index - 1
    party = _past_open_party_state(items, index)
    if party is not None:
        return party  # "Rep. Carlos Mendez, D-Ill. said": the lawmaker before his party and state
    if item.low == "there" and _after_a_plural_noun(items, index):
        return index - 1  # "officials there said": the place adverb of the group before it
    if item.low == "since" and index >= 1 and items[index - 1].low in HAVE:
        return index - 1  # "The Gazette has since reported": "since" an adverb of the perfect
    past = _past_phrase(items, index)
    if past is not None:
        return past
    issued = _issued_writing(items, index)
    if issued is not None:
        return issued  # "the order released Friday said": the order
    bracketed = _opening_bracket(items, index)
    if bracketed is not None:
        return bracketed - 1  # "Mr. Benning (who once called it a threat) says": past the aside
    if item.low in _AFTER_ASIDE_ADVERBS and index >= 1 and _opening_bracket(items, index - 1) is not None:
        return index - 1  # "Mr. Benning (…) now says": the time adverb right after the aside
    if item.low in _AFTER_ASIDE_ADVERBS and _after_subject(items, index):
        return index - 1  # "She now says that", "It will now tell writers that"
    if item.kind in ("punct", "quote"):
        return _Found(None)
    noun = _noun_before_contact_clause(items, index)
    if noun is not None:
        return noun  # "The tour firm he traveled with said": the firm, past "he traveled with"
    return _Found(_subject_at(items, index))


def _noun_before_contact_clause(items: list[Item], index: int) -> int | None:
    """The noun a relative clause without "that" ends at `index` belongs to ("The tour firm he
    traveled with", "the school she teaches at"): a pronoun and one or two lower-case words after a
    noun phrase opened by an article; None for anything else."""
    for pronoun in range(index - 1, max(1, index - _CONTACT_CLAUSE_WORDS) - 1, -1):
        item = items[pronoun]
        if item.kind == "mention" and item.mention is not None and item.mention.kind == PRONOUN:
            # "a practice she now criticizes": with only adverbs after it the pronoun is the subject
            own_verb = any(_clause_word(items[j]) for j in range(pronoun + 1, index + 1))
            return pronoun - 1 if own_verb and _article_noun_before(items, pronoun) else None
        if item.kind != "word" or item.cap or _speech_verb(item):
            return None
    return None


def _clause_word(item: Item) -> bool:
    """A word of a clause's own (its verb or preposition), not an adverb between a subject and its verb."""
    return not _skipped_word(item) and not tail_adverb(item)


def _article_noun_before(items: list[Item], pronoun: int) -> bool:
    """A lower-case noun right before `pronoun`, in a phrase an article opens a few words back."""
    noun = items[pronoun - 1]
    if noun.kind != "word" or noun.cap or noun.low in lx.ARTICLES or _skipped_word(noun):
        return False
    for back in range(pronoun - 2, max(-1, pronoun - 2 - _CONTACT_NOUN_WORDS), -1):
        if items[back].kind != "word":
            return False
        if items[back].low in lx.ARTICLES:
            return True
    return False


_CONTACT_CLAUSE_WORDS = 3  # "he traveled with", "she works for"
_CONTACT_NOUN_WORDS = 3  # "The North Korean tour firm"


def _dash_before_relative(items: list[Item], index: int) -> bool:
    """ "Gov. Ben Tull, D-Wash. – who said Friday that …": a dash opening a relative clause sets it
    off as a comma would; not one closing an aside ("his mother — the Sicilian in him — who told
    him"), whose relative is about the noun before the aside."""
    following = items[index + 1] if index + 1 < len(items) else None
    if items[index].low not in DASHES or following is None or following.low not in PERSON_RELATIVES:
        return False
    return opening_dash(items, index) is None


# Adverbs of time between an aside in brackets or a named subject and the verb ("(…) now says", "She
# now says"); "now" elsewhere is too often a clause's own ("She said the board now says").
_AFTER_ASIDE_ADVERBS = frozenset(("now", "still"))


def _after_subject(items: list[Item], index: int) -> bool:
    """Whether a person's name, a pronoun or a body opening its clause comes right before `index`, or
    a modal after one ("It will now tell"); not a place's name nor a body a preposition governs
    ("incidents in the United States now reflected")."""
    before = index - 1
    if before >= 1 and items[before].kind == "word" and items[before].low in MODALS:
        before -= 1
    if before < 0 or items[before].possessive:
        return False
    if items[before].kind == "word" and items[before].low in REFERRING:
        return True  # "It will now tell users that": the body it means
    mention = items[before].mention
    if items[before].kind == "mention" and mention is not None and mention.kind != NONPERSON:
        return True
    return _body_opening_clause(items, before)


def _body_opening_clause(items: list[Item], last: int) -> bool:
    """ "The Harbor Health Agency now says that", "But the agency is now reporting that": an
    organisation ending at `last` that opens its clause, no preposition's object ("incidents in the
    United States now reflected")."""
    found = source_before(items, last)
    if found is None or found.kind != ORGANISATION:
        return False
    start = index_at(items, last, found.start)
    if start is None:
        return False
    if start == 0:
        return True  # "The Harbor Health Agency now says": the body opens the sentence
    opener = items[start - 1]
    return opener.kind == "punct" or opener.low in JOINING_CONJUNCTIONS


def _opening_bracket(items: list[Item], index: int) -> int | None:
    """Where the parenthesis a ")" at `index` closes opens, when it holds no quotation and a subject
    may stand before it; None otherwise."""
    if items[index].low != ")":
        return None
    for at in range(index - 1, max(0, index - PARENTHESIS_ITEMS), -1):
        if items[at].kind == "quote" or items[at].low == ")":
            return None
        if items[at].low == "(":
            return at if at > 0 and items[at - 1].kind in ("word", "mention") else None
    return None


# Words between "and" and a group's noun: "Hatch and two other Republican leaders", "Pruitt and other
# residents".
_GROUP_OPENERS = frozenset("two three four several other others his her their fellow some many".split())
_GROUP_OPENING_WORDS = 4


def _group_opener(item: Item) -> bool:
    """ "and two other", "and his", "and 21 of his", "and fellow Republican": before a group's noun."""
    if item.kind != "word":
        return False
    return item.low in _GROUP_OPENERS or item.low in lx.PARTY_LABELS or item.low == "of" or item.low.isdigit()


def _before_tag(items: list[Item], at: int) -> int:
    """ "McConnell, R-Ky., and 21 of his colleagues": the item before a short tag set off by commas
    that ends at `at`; `at` itself when no such tag ends there."""
    if items[at].low != ",":
        return at
    for back in range(at - 1, max(0, at - _TAG_ITEMS) - 1, -1):
        if items[back].low == ",":
            return back - 1 if back > 0 and back < at - 1 else at
    return at


_TAG_ITEMS = 5  # ", R-Ky.,", ", a Republican,"


def _led_by_a_person(items: list[Item], subject: Subject | None, head: int) -> Subject | None:
    """ "Sen. Orrin Hatch and two other Republican leaders wrote", "Hatch and his colleagues wrote": a
    group joined to a person named before it speaks under that person, as a pair does under the first."""
    if subject is None or subject.kind != "other":
        return subject
    if subject.source is not None:
        if subject.source.kind != UNNAMED:
            return subject
        at = bisect_left(items, subject.source.start, key=attrgetter("start"))
        at = at if at < len(items) and items[at].start == subject.source.start else None
    elif items[head].kind == "word" and plural_person_noun(items[head].low):
        at = head  # "his colleagues": a group no source phrase was made of
    else:
        return subject
    if at is None:
        return subject
    joined = at - 1
    while joined > 0 and at - joined <= _GROUP_OPENING_WORDS and _group_opener(items[joined]):
        joined -= 1  # "and two other", "and his", "and fellow", "and two other Republican"
    if joined < 1 or items[joined].low != "and":
        return subject
    named = items[_before_tag(items, joined - 1)]
    if named.kind != "mention" or named.possessive or named.mention is None or named.mention.kind != PERSON:
        return subject
    return subject_of(named.mention)


def _writing_sent_with(items: list[Item], end: int) -> Source | None:
    """ "a city budget office report sent to the council and released with Maddox's order": a writing's
    noun, then a participle of issuing and the words of where or with what it went, ending at `end`:
    the writing speaks, never a name or writing in those words."""
    if items[end].kind not in ("word", "mention"):
        return None
    for at in range(end - 1, max(0, end - _ISSUED_ITEMS) - 1, -1):
        item = items[at]
        if item.kind not in ("word", "mention") or item.low in lx.SPEECH_VERBS or item.low in AUTHOR_LINKS:
            return None  # "a statement released by Walmart said": Walmart's, found apart
        if item.kind == "word" and item.low in WRITINGS and not item.cap:
            issued = at + 1 < end and items[at + 1].low in ISSUING_PARTICIPLES
            found = source_before(items, at) if issued else None
            opener = bisect_left(items, found.start, key=attrgetter("start")) if found else 0
            # "A neighbor, in a written complaint filed in March, said": a writing after "in" is where
            # its subject said it.
            return found if opener == 0 or items[opener - 1].low not in PREPOSITIONS else None
    return None


_ISSUED_ITEMS = 12  # "report sent to the council and released with Maddox's order"


def _writing_before_time(items: list[Item], index: int) -> Source | None:
    """ "A statement released on Monday said", "The statement on Monday said": the writing whose noun
    ends before a phrase of when it came out (its day, "late", "last week", an issuing participle)
    ending at `index`; None when no such phrase ends there."""
    back = index
    while back > 0 and items[back].kind == "word" and items[back].low in WRITING_WHEN_WORDS:
        back -= 1
    if back == index or items[back].kind != "word" or items[back].low not in WRITINGS:
        return None
    if not any(items[at].low in WRITING_WHEN_HEADS for at in range(back + 1, index + 1)):
        return None
    found = source_before(items, back)
    if found is None or items[back].cap:
        return found
    return Source(found.start, found.end, UNNAMED)  # "a post": a writing, not "the Post"


def _issued_writing(items: list[Item], index: int) -> int | None:
    """ "“…,” the order released Friday said", "the report issued last week says": a participle of
    issuing right after a writing's noun (its time words passed as adverbs) leaves the writing as the
    subject; where it ends."""
    item = items[index]
    if item.kind != "word" or item.low not in ISSUING_PARTICIPLES or index < 1:
        return None
    writing = items[index - 1]
    return index - 1 if writing.kind == "word" and writing.low in lx.SOURCE_NOUNS else None


def _named_time(item: Item) -> bool:
    """ "USA Today reports", "Russia Today said": a capitalised "Today" between a subject and its
    verb is the last word of a name (the adverb is written small there)."""
    return item.cap and item.low in TIME_OPENERS


def _past_open_party_state(items: list[Item], index: int) -> int | None:
    """Where the name before ", D-Ill." or ", R-Ohio" (no comma closing it) ending at `index` stands:
    the party and state a lawmaker's apposition gives; else None."""
    at = index - 1 if items[index].low == "." else index
    if at < 2 or items[at - 1].low != "," or items[at - 2].kind != "mention":
        return None
    tag = items[at]
    if tag.kind != "word" or not tag.cap or _PARTY_STATE.match(tag.low) is None:
        return None
    return at - 2


# Matched on the word in lower case: "d-ill", "r-ohio" ("D-Ill." as written, its capitals checked apart).
_PARTY_STATE = re.compile(lx.US_PARTY_STATE, re.IGNORECASE)


def _after_a_plural_noun(items: list[Item], index: int) -> bool:
    """A lower-case word in -s right before `index` ("officials", "residents"): a plural noun."""
    if index == 0:
        return False
    before = items[index - 1]
    return before.kind == "word" and not before.cap and before.low.endswith("s") and before.low.isalpha()


def _skipped_word(item: Item) -> bool:
    """A word between a subject and its verb: an adverb, a number, a relative, "himself", "only"."""
    return (
        (item.low in lx.ADVERBS and not _named_time(item))
        or item.low.isdigit()
        or item.low in RELATIVES
        or item.low in _INTENSIVES
        or item.low in _FOCUSING
        or is_negation(item.low)  # "she had not yet called": the verb is still hers
        or item.low == "long"  # "Hadley has long vowed": an adverb of time after the auxiliary
        or (ly_adverb(item.low) and not item.cap)  # "Us Weekly said": a name, no adverb
    )


def _platform_as_subject(items: list[Item], index: int) -> bool:
    """ "“…,” Facebook said in the filing": a platform's capitalised name opening the clause before its
    verb is the company speaking, not the "on Twitter" passed between a subject and its verb."""
    item = items[index]
    if not item.cap or item.low not in lx.PLATFORMS:
        return False
    return index == 0 or items[index - 1].kind in ("punct", "quote")


def _joined_adverbs(items: list[Item], index: int) -> bool:
    """The "and" or "but" between two adverbs before a verb ("politely and calmly asked"), the second
    adverb passed already."""
    if index < 1 or items[index].low not in JOINING_CONJUNCTIONS or index + 1 >= len(items):
        return False
    before, after = items[index - 1], items[index + 1]
    return all(i.kind == "word" and not i.cap and ly_adverb(i.low) for i in (before, after))


def _at_a_point(items: list[Item], index: int) -> bool:
    """The last word of "at one point", "at some point", "at that point": a time, no subject."""
    if items[index].low != "point" or index < 2 or items[index - 2].low != "at":
        return False
    return items[index - 1].low in _POINT_DETERMINERS


_POINT_DETERMINERS = frozenset("one some that this another".split())


def _at_adverb(items: list[Item], index: int) -> bool:
    """The second word of a two-word adverb opened by "at" ("at once", "at first", "at times")."""
    return items[index].low in _AT_ADVERB_TAILS and index >= 1 and items[index - 1].low == "at"


_AT_ADVERB_TAILS = frozenset(("once", "first", "times"))


def _mentioned_subject(items: list[Item], index: int) -> Subject:
    """The subject a mention ends: the person it names, or the one an apposition left open describes."""
    topic_of = _writing_about(items, index)
    if topic_of is not None:
        return Subject("other", source=topic_of)  # "A Reuters report on Verhoeven and Okafor said"
    placed = person_placed_before(items, index)
    if placed is not None:
        return Subject("other", source=placed)  # "One person close to Okafor said": not Okafor
    described = unclosed_appositive(items, index)
    if described is not None:
        return subject_of(described)  # "Ann Bell, a lecturer at Bristol University said"
    person = person_before_affiliation(items, index)
    if person is not None:
        index = person  # "Dana Pruitt at Harbor Analytics said": Pruitt, not the firm
    index = first_of_pair(items, index)
    return subject_of(items[index].mention, source_before(items, index))


def _writing_about(items: list[Item], index: int) -> Source | None:
    """The writing whose topic the person (or pair) ending at `index` is ("A Reuters report on
    Verhoeven and Okafor said"): the writing speaks, not whom it is about."""
    at = first_of_pair(items, index)
    if at < 2 or items[at - 1].low not in _ABOUT or items[at - 2].kind != "word":
        return None
    return source_before(items, at - 2) if items[at - 2].low in WRITINGS else None


_ABOUT = frozenset(("on", "about"))


def _past_phrase(items: list[Item], index: int) -> _Found | int | None:
    """Where the walk goes on past a place phrase, "went on to" or a dash aside (or the person a
    dash aside names); None when no such phrase ends at `index`."""
    place = place_phrase_at(items, index)
    if place is not None:
        return place
    carried = carrying_on(items, index)
    if carried is not None:
        return carried  # "She went on to say", "Holt continued to say"
    opening = opening_dash(items, index)
    if opening is not None:
        named = named_role_aside(items, opening)
        if named is not None:
            return _Found(subject_of(named))  # "A former candidate -- John Holt, who lost ... -- said"
        return opening - 1  # "Holt — mentioned as the leading choice — told Reyes": past the aside
    return None


def _subject_at(items: list[Item], index: int) -> Subject | None:
    """The subject a word ends: a person before an affiliation, a possessed writing's owner, the
    one an apposition left open describes, a role, else no person (with the source it may be)."""
    person = person_before_affiliation(items, index)
    if person is not None:
        person = first_of_pair(items, person)
        return subject_of(items[person].mention, source_before(items, person))
    writer = possessed_writing(items, index)
    if writer is not None:
        return subject_of(writer)  # "Holt’s fundraising email to her supporters notes"
    described = unclosed_appositive(items, index)
    if described is not None:
        return subject_of(described)
    if items[index].low in lx.DOCUMENT_NOUNS and _told_aside(items, index):
        return Subject("other")  # "The cable, Holt said, warns": the teller's, found by the aside
    placed = person_placed_before(items, index)
    if placed is not None:
        return Subject("other", source=placed)  # "A person close to the mayor said": not the mayor
    studied = _study_of_a_topic(items, index) or _writing_doing(items, index)
    if studied is not None:
        return Subject("other", source=studied)  # "An independent evaluation of the 2009 law concluded"
    found = role_reference(items, index, backwards=True) or _document_subject(items, index)
    if found is not None:
        return found
    source = source_before(items, index)
    if source is not None and _after_copula(items, source):
        return Subject("other")  # "This is a man who says his plan is “flexible”": what one is, no source
    if source is not None and _verb_object(items, source):
        return Subject("other")
    return Subject("other", source=source)


def _after_copula(items: list[Item], source: Source) -> bool:
    """Whether an a/an phrase right after "is", "was" or a joined "He's" opens the source: a noun
    saying what someone is, no one speaking."""
    opener = bisect_left(items, source.start, key=attrgetter("start"))
    if not 0 < opener < len(items) or items[opener].low not in ("a", "an"):
        return False
    before = items[opener - 1]
    # "He's": the word is kept as "he", its span taking in the joined "'s".
    joined = before.possessive or before.end - before.start == len(before.low) + len("'s")
    return before.low in COPULAS or (joined and before.low in _JOINED_COPULA_SUBJECTS)


_JOINED_COPULA_SUBJECTS = frozenset("he she it that this there who".split())  # "He's a guy who says"


def _study_of_a_topic(items: list[Item], index: int) -> Source | None:
    """ "An independent evaluation of the 2009 inspection law concluded that": a study's noun before a
    short "of" phrase ending at `index` (what it studied, no person, no verb) is the source, not the
    topic."""
    for of in range(index - 1, max(0, index - 1 - _TOPIC_ITEMS), -1):
        item = items[of]
        if item.kind == "punct" or (item.kind == "mention" and item.mention.kind != NONPERSON):
            return None
        if item.kind == "word" and item.low == "of":
            studies = of >= 1 and items[of - 1].kind == "word" and items[of - 1].low in _STUDIES
            return source_before(items, of - 1) if studies else None
        if item.kind == "word" and verb_like(item):
            return None
    return None


def _writing_doing(items: list[Item], index: int) -> Source | None:
    """ "“…,” the letter demanding the correction stated.": a writing's noun, then a participle and its
    short object ending at `index`, is the subject; not the object."""
    for at in range(index - 1, max(0, index - 1 - _TOPIC_ITEMS), -1):
        item = items[at]
        if item.kind not in ("word", "mention"):
            return None
        if item.kind == "word" and present_participle(item.low):
            writing = items[at - 1] if at >= 1 else None
            named = writing is not None and writing.kind == "word" and writing.low in WRITINGS
            return source_before(items, at - 1) if named else None
    return None


_TOPIC_ITEMS = 5  # "of the 2009 inspection law"
_STUDIES = frozenset("evaluation analysis assessment review study survey audit investigation inquiry".split())


def _document_subject(items: list[Item], index: int) -> Subject | None:
    """ "Her economic plan promises to “…”", "The cable warns": a document's noun opening its phrase
    (a determiner or its owner's name, a word or two of description) speaks as the document, an
    unnamed source; never its owner nor the person named last."""
    if items[index].kind != "word" or items[index].cap or items[index].low not in lx.DOCUMENT_NOUNS:
        return None
    if source_before(items, index) is not None:
        return None
    at = index - 1
    while at >= 0 and index - at <= _DOCUMENT_MODIFIERS and _describing_word(items[at]):
        at -= 1
    if at < 0 or not _document_owner(items[at]) or _told_before(items, at) or _told_aside(items, index):
        return None
    return Subject("other", source=Source(items[at].start, items[index].end, UNNAMED))


def _verb_object(items: list[Item], source: Source) -> bool:
    """ "Brant announced a plan last week called “Open Harbor”": a source's phrase right after a verb
    in the past is that verb's object, and the verb after it no speech of its own."""
    opener = bisect_left(items, source.start, key=attrgetter("start"))
    if not 0 < opener <= len(items):
        return False
    before = items[opener - 1]
    if before.kind != "word" or before.cap or not (before.low.endswith("ed") or before.low in HAVE):
        return False
    # "the aide and decorated Iraq war veteran who said": after "and", a determiner or a comma the
    # word in -ed describes the source, no verb taking it as object.
    ahead = items[opener - 2].low if opener > 1 else ""
    return ahead not in DETERMINERS and ahead not in _DESCRIBED_AFTER


def _told_before(items: list[Item], at: int) -> bool:
    """ "Holt said her plan promises to “…”": a verb of saying before the document's phrase governs
    it, so the words are the teller's, the document only what she reports."""
    return any(_speech_verb(item) for item in items[:at])


def _told_aside(items: list[Item], index: int) -> bool:
    """ "The cable, Holt said, warns that ...": a teller's aside right after the document's noun."""
    if index + 1 >= len(items) or items[index + 1].low != ",":
        return False
    aside = items[index + 2 : index + 2 + _ASIDE_ITEMS]
    close = next((i for i, item in enumerate(aside) if item.low == ","), None)
    return close is not None and any(_speech_verb(item) for item in aside[:close])


_ASIDE_ITEMS = 5  # ", Holt said,", ", the mayor's aide said,"


def _speech_verb(item: Item) -> bool:
    return item.kind == "word" and not item.cap and item.low in lx.SPEECH_VERBS


_DESCRIBED_AFTER = frozenset(("and", "or", ","))
_DOCUMENT_MODIFIERS = 2  # "her economic plan", "the new health care plan"


def _describing_word(item: Item) -> bool:
    """A word describing a document: plain lower case, or a party's or nationality's adjective ("The
    Republican platform says", "the British plan")."""
    if item.kind == "word" and item.cap:
        return item.low in lx.PARTY_LABELS or item.low in lx.DEMONYMS
    return item.kind == "word" and item.low not in DETERMINERS and item.low.isalpha()


def _document_owner(item: Item) -> bool:
    """What opens a document's phrase: a determiner ("the", "her") or its owner's name ("Holt's")."""
    if item.kind == "word" and item.low in DETERMINERS:
        return True
    return item.kind == "mention" and item.possessive


def _speaking_for(items: list[Item], index: int) -> Subject | None:
    """ "A spokeswoman for Tom Reyes said", "an aide to the governor said": who speaks for someone
    is an unnamed source, not the one spoken for (who would be named, wrongly, as the speaker). So
    is a relative named by whose relative they are: "The mother of murdered schoolgirl Amy Ross said"."""
    if items[index].low in HAVE:
        return None  # "A lawyer for Arvo has said": the walk goes on to the name before "has"
    at = index
    reach = index  # "for Mr. Holt and Mr. Vance": each of several names spoken for, a few items
    while at >= 0 and reach - at < _SPOKEN_FOR_ITEMS and not _link(items, at):
        if items[at].kind not in ("word", "mention") and not abbreviated_title_stop(items, at):
            return None
        if items[at].low == "and" and 0 < at < index - 1 and items[at - 1].kind == "mention":
            reach = at - 1
        at -= 1
    if at < 1 or at == index or not _link(items, at):
        return None
    head = items[at - 1]
    heads = OF_LINKED_HEADS if items[at].low == "of" else SPEAKING_FOR_HEADS
    # "The campaign manager for Lena Ortiz said": any role held for someone, as a spokesman's is.
    # ("the MP for Sleaford", a seat, is the person named before.)
    role_for = items[at].low == "for" and lx.is_role_head(head.low) and person_at(items, index) is not None
    if head.kind != "word" or (head.low not in heads and not role_for):
        return None
    if items[at].low == "of" and items[index].kind != "mention":
        return None  # "the 34-year-old mother of three said": whose relative is no one named
    bare = at < 2 or items[at - 2].kind != "word"
    # "Lawyers for Keld Arvo said", "Aides to the mayor said": a plural speaking for someone needs
    # no determiner either.
    plural_for = items[at].low != "of" and head.low in SPEAKING_FOR_HEADS and head.low.endswith("s")
    if bare and (head.low in OF_SOMEONE_HEADS or plural_for) and _named_after_of(items, at, index):
        # "Critics of Sen. Ada Holt said", "“…,” friends of Tom Reyes said": no determiner needed; not
        # "Friends of the Earth campaigner Tom Hale said", a body's name before his role.
        return Subject("other", source=Source(head.start, items[index].end, UNNAMED))
    opener = at - 2
    near = at - 1 - _SPEAKING_FOR_MODIFIERS
    while opener >= max(0, near) and items[opener].low not in _SOURCE_OPENERS:
        if items[opener].kind != "word":
            return None
        opener -= 1
    if opener < 0 or items[opener].low not in _SOURCE_OPENERS:
        return None
    described = _described_before(items, opener)
    if described is not None:
        return subject_of(described)  # "Dana Pruitt, the lawyer for Tom Reyes said": Pruitt
    return Subject("other", source=Source(items[opener].start, items[index].end, UNNAMED))


def _speaking_for_far(items: list[Item], index: int) -> Subject | None:
    """ "A council aide to one of the backers of the harbour motion said": an aide, spokesman or
    lawyer "to" or "for" a longer phrase right before the verb is an unnamed source too; no verb of
    saying, relative or punctuation between."""
    for at in range(index, max(0, index - _SPOKEN_FOR_FAR) - 1, -1):
        item = items[at]
        if item.kind not in ("word", "mention") or item.low in lx.SPEECH_VERBS or item.low in RELATIVES:
            return None
        if at == index and item.low == "to":
            return None  # "emailed a friend to say": the infinitive's "to", no one spoken for
        head = items[at - 1]
        if item.low not in _SPEAKING_FOR_LINKS or head.kind != "word" or head.low not in SPEAKING_FOR_HEADS:
            continue
        opener = at - 2
        while opener >= max(0, at - 1 - _SPEAKING_FOR_MODIFIERS) and items[opener].low not in _SOURCE_OPENERS:
            if items[opener].kind != "word":
                return None
            opener -= 1
        if opener < 0 or items[opener].low not in _SOURCE_OPENERS or _described_before(items, opener):
            return None
        # "a spokeswoman for the House Armed Services Committee": the one spoken for, when named, is
        # part of the label; a long phrase naming no one is not ("a legislative aide").
        named = any(items[j].kind == "mention" for j in range(at + 1, index + 1))
        last = index - 1 if items[index].low in HAVE else index  # "... has said": no "has" in the label
        return Subject(
            "other", source=Source(items[opener].start, (items[last] if named else head).end, UNNAMED)
        )
    return None


_SPOKEN_FOR_FAR = 16  # "to one of the backers of a two-party motion to cut mooring fees for fishermen"


def _described_before(items: list[Item], opener: int) -> Mention | None:
    """The person an apposition opening at `opener` describes, its closing comma left out: a name
    opening the clause, then a comma ("Dana Pruitt, a spokeswoman for Tom Reyes said")."""
    if opener < 2 or items[opener - 1].low != ",":
        return None
    named = items[opener - 2]
    if named.kind != "mention" or named.possessive or named.mention is None:
        return None
    if named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    start = opener - 2
    while start > 0 and opener - 2 - start < _ROLE_WORDS_BEFORE and _role_word(items[start - 1]):
        start -= 1  # "Genetics expert Turi King, who ...": the role words before the name
    opens = start == 0 or items[start - 1].kind in ("punct", "quote") or items[start - 1].low == "but"
    return named.mention if opens else None


_ROLE_WORDS_BEFORE = 3


def _role_word(item: Item) -> bool:
    return item.kind == "word" and item.low not in PREPOSITIONS and item.low not in lx.SPEECH_VERBS


def _named_after_of(items: list[Item], at: int, index: int) -> bool:
    """The name right after "of" at `at`, past capitalised titles only ("of Sen. Ada Holt")."""
    return all(items[i].cap or abbreviated_title_stop(items, i) for i in range(at + 1, index))


_SPEAKING_FOR_LINKS = frozenset(("for", "to"))


def _role_served_under(items: list[Item], index: int) -> Subject | None:
    """The role a person's name after "under" ends ("the former secretary of state under President
    Arthur Penwick said"): the one who held it, never the one it was held under."""
    if items[index].kind != "mention":
        return None
    at = index - 1
    while at >= 0 and items[at].kind == "word" and items[at].cap:
        at -= 1  # "President", "Gov."
    if at < 1 or items[at].low != "under" or items[at - 1].kind != "word" or items[at - 1].cap:
        return None
    return role_reference(items, at - 1, backwards=True)


def _link(items: list[Item], at: int) -> bool:
    """ "for"/"to", or "of" right after a relative ("the mother of"); "of" after anything else
    ("Secretary of State") is part of a name or role, passed over."""
    if items[at].low == "of":
        return at > 0 and items[at - 1].kind == "word" and items[at - 1].low in OF_LINKED_HEADS
    return items[at].low in _SPEAKING_FOR_LINKS


_SOURCE_OPENERS = frozenset("a an one another the two several".split())
_SPOKEN_FOR_ITEMS = 4  # "for the Ohio governor": the one spoken for, a few words
_SPEAKING_FOR_MODIFIERS = 3  # "a senior campaign aide to"


def _subject_before_comma(items: list[Item], index: int) -> Subject | None:
    """The subject before the parentheses that end with the comma at `index`."""
    affiliated = _affiliated_apposition(items, index)
    if affiliated is not None:
        return subject_of(affiliated)
    writer = writer_of_writing(items, index)
    if writer is not None:
        return subject_of(writer)
    listed = _antecedent_of_listing_clause(items, index)
    if listed is not None:
        return listed
    before = _person_before(items, index)
    alone = index < 2 or items[_past_hedge(items, _past_titles(items, index - 2))].low == ","
    # "drew criticism from Paul Ryde, who called it “…”": the relative's antecedent speaks.
    if before is not None and (alone or _relative_after(items, index)):
        antecedent = _relative_clause_antecedent(items, _past_titles(items, index - 2)) if alone else None
        if antecedent is not None:
            # "Lena Moss, who came with her son, Jack, said": the name ends the relative clause.
            return subject_of(antecedent)
        # "The mayor of Port Alder, Ruth Banda, said": the name is the parenthesis.
        return subject_of(items[first_of_pair(items, index - 1)].mention)
    commas = [j for j in range(index - 1, max(-1, index - PARENTHESIS_ITEMS), -1) if items[j].low == ","]
    if not commas:
        return None
    named_organisation = _organisation_in_apposition(items, commas[0], index)
    if named_organisation is not None:
        return named_organisation
    renamed = _person_in_apposition(items, commas[0], index)
    if renamed is not None:
        # "The third-ranking Republican, conference chairman John Thune of South Dakota, announced"
        return subject_of(renamed)
    named = [(comma, _person_before(items, comma)) for comma in commas[:_MAX_PARENTHESES]]
    for comma, person in named:
        # "Mr Harte, who was on his way home with son Jack, 14, said": the relative clause's antecedent;
        # "a spokesman for Rosa Quill, who has clashed with Finch, said": the spokesman.
        if person is not None and _relative_after(items, comma):
            return _speaking_for(items, comma - 1) or subject_of(person)
    relative = next((comma for comma, _ in named if _relative_after(items, comma)), None)
    if relative is not None and any(
        person is not None and comma > relative and not _joined_clause_opens(items, relative, comma)
        for comma, person in named
    ):
        # "The Kestrel Union, whose director, Pia Noske, has defended it, said": no person's
        # relative clause, the name in it is no subject; the body before it speaks.
        return walk_back(items, relative - 1)
    for comma, person in named:
        # "Ray Coe, 47, of Stratford, east London, said": the name before a run of parentheses;
        # not one a preposition governs ("X, a professor who worked for Sen. Y, one of ..., called").
        if person is not None and not governed(items, comma - 1) and not _first_of_list(items, comma):
            return subject_of(items[first_of_pair(items, comma - 1)].mention)
    appositive = any(person is not None for _, person in named)
    role = items[index - 1].kind == "word" and lx.is_role_head(items[index - 1].low)
    if _relative_after(items, index) and role and not appositive:
        # "In Port Alder, Holt endured a lecture from the mayor, who said ...": the role speaks, an
        # unnamed source (as an object it refers back to no subject the way "he" would); not
        # "McConnell, now the Senate majority leader, who said": his apposition.
        return Subject("other", source=source_before(items, index - 1))
    return walk_back(items, _past_state(items, commas[0] - 1))


def _joined_clause_opens(items: list[Item], relative: int, comma: int) -> bool:
    """ "passed the act, which would give schools more, but Minority Leader Gordon Pike, R-Delmere,
    dismissed": a ", but" or ", and" after the relative clause at `relative` opens a clause of its
    own that runs with no other comma to the name set off at `comma`, its subject, not a name inside
    the relative clause."""
    for at in range(comma - 2, relative, -1):
        if items[at].low == ",":
            return items[at + 1].low in JOINING_CONJUNCTIONS
    return False


def _past_state(items: list[Item], at: int) -> int:
    """ "Tom Berry of Livonia, Mich., who retired ..., told": back past the state set off after a
    town, to the town, where the walk finds whom the words are of."""
    if at >= 2 and items[at].low == "." and items[at - 1].low in lx.STATE_OF_ABBREVIATION:
        at -= 1
    return at - 2 if at >= 2 and items[at - 1].low == "," and _places_a_town(items[at]) else at


def _places_a_town(item: Item) -> bool:
    return item.low in lx.STATE_OF_ABBREVIATION or item.low in STATE_WORDS


def _past_hedge(items: list[Item], at: int) -> int:
    """Back past an adverb hedging an apposition ("The woman in the video, reportedly Rita Dunmore,")
    or an age opening it ("The suspect, 31-year-old Tavaris Kolb,")."""
    item = items[at]
    hedged = at > 0 and item.kind == "word" and not item.cap and (ly_adverb(item.low) or is_age(item.low))
    return at - 1 if hedged else at


def _affiliated_apposition(items: list[Item], comma: int) -> Mention | None:
    """ "Holt's running mate, Sen. Jim Crane of Virginia, said", "Another Republican, Ray Dorn of
    Ohio, said": the person named with a place or body between two commas speaks, as without one
    ("Holt's running mate, Jim Crane, said"), not the description before them."""
    if comma < 1:
        return None
    person = person_before_affiliation(items, comma - 1)
    if person is None:
        return None
    named = items[person].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or items[person].possessive:
        return None
    opening = _past_titles(items, person - 1)
    return named if opening >= 1 and items[opening].low == "," else None


def _antecedent_of_listing_clause(items: list[Item], index: int) -> Subject | None:
    """ "the council, which includes China, Russia and the United States, condemned": a relative
    clause that lists members before the comma at `index` belongs to the noun before it, which is
    the subject; none of the members listed is. A name before the clause is left to the walk."""
    at = index - 1
    while at > 1 and index - at < _RELATIVE_CLAUSE_ITEMS and items[at].kind in ("word", "mention", "punct"):
        if items[at].low in RELATIVES and items[at - 1].low == ",":
            break
        if items[at].kind == "punct" and items[at].low != ",":
            return None
        at -= 1
    else:
        return None
    if items[at + 1].low not in _LISTING_VERBS:
        return None
    head = at - 2
    if items[head].kind != "word":
        return None  # "the Security Council, which includes ...": a name the walk takes as it is
    found = source_before(items, head)
    return Subject("other", source=found) if found is not None else None


# Verbs by which a relative clause lists a body's members: "which includes China, Russia and ...".
_LISTING_VERBS = frozenset("includes included include comprises comprised".split())


def _relative_clause_antecedent(items: list[Item], comma: int) -> Mention | None:
    """The person a relative or participle clause ending in a name in apposition belongs to: "Lena
    Moss, who came with her son, Jack, said", "Marta Quell, sitting next to her brother, Tomas Quell,
    said" (the comma at `comma` opens ", Jack,"), the name opening the sentence. The clause holds no
    other comma, and the apposition describes a noun ("her son")."""
    if comma < 1 or items[comma - 1].kind != "word" or items[comma - 1].cap:
        return None
    at = comma - 1
    while at > 1 and comma - at < _RELATIVE_CLAUSE_ITEMS and items[at].kind in ("word", "mention"):
        opens_clause = items[at].low in RELATIVES or _clause_participle(items[at])
        if opens_clause and items[at - 1].low == ",":
            return _described_before(items, at)
        at -= 1
    return None


_RELATIVE_CLAUSE_ITEMS = 30


def _clause_participle(item: Item) -> bool:
    """A lower-case participle opening a clause about the subject ("sitting next to", "standing
    beside"), not one opening a list ("including") or a topic ("regarding")."""
    return (
        item.kind == "word"
        and not item.cap
        and present_participle(item.low)
        and item.low not in _LISTING_PARTICIPLES
    )


_LISTING_PARTICIPLES = frozenset(("including", "regarding"))


def _past_titles(items: list[Item], at: int) -> int:
    """Back from `at` over the forms of address before a name in apposition ("the Most Reverend",
    "the Rt Hon", "Sir"), and over a party and role words ("her opponent, Democrat Ray Dorn,",
    "Republican businessman X"), to the item before them; `at` when there are none."""
    back = at
    while back >= 0 and at - back < _ADDRESS_ITEMS and items[back].kind in ("word", "punct", "mention"):
        if not _addressing(items[back]) and not _body_before_title(items, back, at):
            break
        back -= 1
    return back if back >= 0 else at


def _body_before_title(items: list[Item], back: int, at: int) -> bool:
    """ "Virginia Sen. Jim Crane", "Harbor Bank CEO Ann Bell": a place or body named right before the
    title, after what opens the apposition."""
    named = items[back].mention if items[back].kind == "mention" else None
    return named is not None and named.kind == NONPERSON and back < at and _addressing(items[back + 1])


def _addressing(item: Item) -> bool:
    low = item.low
    titled = low in _ADDRESS_WORDS or low in lx.TITLE_WORDS or low in lx.HONORIFICS
    # "Her opponent, former Ohio Gov. Jim Crane, said": the state a title is of, and "former".
    placed = (item.cap and (low in lx.US_PLACES or low in lx.PLACES)) or low in _TITLE_TENSES
    return titled or placed or low in lx.PARTY_LABELS or (lx.is_role_head(low) and not item.cap)


_ADDRESS_ITEMS = 6  # "the Rt Hon", "former Ohio Gov ."
_TITLE_TENSES = frozenset(("former", "then"))
_ADDRESS_WORDS = frozenset(("the", "most", "right", "rt", "hon", "very", "."))


def _person_before(items: list[Item], comma: int) -> Mention | None:
    """The person (or one of several of that name) named right before the comma at `comma`."""
    named = items[comma - 1].mention if comma >= 1 else None
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


def _relative_after(items: list[Item], comma: int) -> bool:
    """A relative clause opens after the comma at `comma`: "X, who ...", "X, whose son, Y, died ..."."""
    return comma + 1 < len(items) and items[comma + 1].low in RELATIVE_OPENERS


def _first_of_list(items: list[Item], comma: int) -> bool:
    """ "which represents Brightline, Corvan and Mallory,": the name before the comma opens a list of
    names, the objects of a clause, none of them its subject."""
    if comma + 2 >= len(items):
        return False
    following = items[comma + 1]
    named = following.kind == "mention" or (following.kind == "word" and following.cap)
    return named and items[comma + 2].low in LIST_LINKS


# Nouns for a business or body that a name in apposition may follow ("the utility that runs it, X,").
_COMPANY_NOUNS = (
    lx.ORG_NOUNS
    | lx.BUSINESS_WORDS
    | frozenset(
        "utility operator owner maker manufacturer carrier airline lender insurer retailer developer "
        "contractor supplier provider parent subsidiary chain charity publisher broadcaster".split()
    )
)
_NOUN_PHRASE_OPENERS = frozenset("the its their a an".split())
_MAX_APPOSITION_WORDS = 6  # "Al Makassed Islamic Charitable Society Hospital"
_COMPANY_NOUN_REACH = 4  # "the Dutch engineering firm": the noun within the phrase's first words


def _organisation_in_apposition(items: list[Item], opening: int, closing: int) -> Subject | None:
    """ "The company that operates the dam, Northwater Energy, said": the organisation named
    between the commas speaks, not a name in the description before it."""
    names = items[opening + 1 : closing]
    if not names or len(names) > _MAX_APPOSITION_WORDS or not all(_organisation_word(i) for i in names):
        return None
    described = opening
    while described > 0 and items[described - 1].kind in ("word", "mention"):
        described -= 1
    phrase = items[described:opening]
    if _one_of_the_bodies(phrase):
        # "One of the clinics, Pine Valley Community Health Center, said": the one named.
        return Subject("other", source=Source(names[0].start, names[-1].end, ORGANISATION))
    if len(phrase) < 2 or phrase[0].low not in _NOUN_PHRASE_OPENERS:
        return None
    if not any(_company_noun(i) for i in phrase[1:_COMPANY_NOUN_REACH]):
        return None
    if any(i.kind == "word" and lx.is_role_head(i.low) for i in phrase):
        return None  # "the firm's founder, Zhou Wei,": a person the registry missed
    if _ends_in_a_city(phrase):
        return None  # "an insurance salesman from Elmira, Oregon,": a city's state, no body
    return Subject("other", source=Source(names[0].start, names[-1].end, ORGANISATION))


def _one_of_the_bodies(phrase: list[Item]) -> bool:
    """ "one of the clinics", "One of its suppliers": one of a plural of a body's or business's noun."""
    words = [i.low for i in phrase]
    if len(words) != len(_ONE_OF_THE) + 1 or words[:2] != list(_ONE_OF_THE[:2]):
        return False
    if words[2] not in _NOUN_PHRASE_OPENERS or phrase[-1].kind != "word":
        return False
    return any(w in _COMPANY_NOUNS or w in lx.ORG_WORDS for w in lx.singular_forms(words[-1]))


_ONE_OF_THE = ("one", "of", "the")


def _person_in_apposition(items: list[Item], opening: int, closing: int) -> Mention | None:
    """The person an apposition names between two commas after a description that names no one:
    role words, the name, perhaps "of" and a place ("The second-ranking Republican in the Assembly,
    caucus chairman Martin Oakes of Bellmere, announced")."""
    inside = items[opening + 1 : closing]
    at = 0
    while at < len(inside) and inside[at].kind == "word" and not inside[at].cap and inside[at].low.isalpha():
        at += 1  # "caucus chairman"
    if at == 0 or at >= len(inside) or inside[at].kind != "mention" or inside[at].mention.kind != PERSON:
        return None
    if not lx.is_role_head(inside[at - 1].low) or inside[at].possessive:
        return None
    rest = inside[at + 1 :]
    if rest and (rest[0].low != "of" or not all(i.cap or i.kind == "mention" for i in rest[1:])):
        return None  # only "of" and a place may follow the name
    described = items[:opening]
    if any(i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS) for i in described):
        return None
    return inside[at].mention


def _ends_in_a_city(phrase: list[Item]) -> bool:
    """ "... from Elmira": a preposition of place, then the city's word, close the phrase."""
    if len(phrase) < 2 or phrase[-2].low not in PLACE_PHRASE_PREPOSITIONS:
        return False
    return phrase[-1].kind in ("word", "mention")


def _company_noun(item: Item) -> bool:
    return item.kind == "word" and item.low in _COMPANY_NOUNS and not item.possessive


def _organisation_word(item: Item) -> bool:
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind not in (PERSON, AMBIGUOUS)
    return item.kind == "word" and item.cap and item.low not in lx.PLACES
