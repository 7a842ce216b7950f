"""The subject AFTER a verb of saying ("said X", "said X, the role", "said Stoke manager X",
"said chairman and chief executive X"): the entry point `subject_after`.
"""

from __future__ import annotations

import re

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import CLAUSE_OPENERS, OF_LINKED_HEADS, PREPOSITIONS
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT, Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.references import body_word, role_reference
from bot.core.quotes.sources import INDEFINITE, ORGANISATION, UNNAMED, Source, source_after
from bot.core.quotes.subjects.shared import (
    APPOSITIVE_ITEMS,
    STATE_WORDS,
    honorific_at,
    past_employer,
    person_after_title,
    person_at,
    plural_apostrophe,
    role_words,
    subject_of,
    verb_like,
)
from bot.core.quotes.subjects.speech_verbs import body_writing_after, writer_after, writing_head

# Words allowed between a quotation and an inverted "said X".
_INVERTED_SKIP = 3


def _past_city_and_state(items: list[Item], start: int) -> int | None:
    """The index after "Greenfield, Ohio," or "Fairhaven, Md.," opening at `start` (a capitalised name,
    its US state, each closed by a comma); None when no such place opens there."""
    if start + 3 >= len(items) or not (items[start].kind == "mention" or items[start].cap):
        return None
    if items[start + 1].low != ",":
        return None
    state = _past_state(items, start + 2)
    return state + 1 if state is not None and state < len(items) and items[state].low == "," else None


def _past_state(items: list[Item], at: int) -> int | None:
    """The index after a US state at `at`: its name ("Ohio"), or its abbreviation and stop ("Md.",
    "N.Y."); None when none is there."""
    if items[at].low in STATE_WORDS:
        return at + 1
    if not items[at].cap or items[at].low.replace(".", "") not in lx.STATE_OF_ABBREVIATION:
        return None
    if items[at].low.endswith("."):
        return at + 1  # "N.Y.": the stop is the token's own
    return at + 2 if at + 1 < len(items) and items[at + 1].low == "." else None


def subject_after(items: list[Item], verb: int) -> Subject | None:
    """The subject of an inverted "said X", past adverbs and a short role ("said Stoke manager X")."""
    if _particle_before_name(items, verb):
        verb += 1  # "chimed in Lio Vance": the verb's particle, then its subject
    body = _body_named_after_description(items, verb + 1)
    if body is not None:
        return Subject("other", source=body)  # "said one of those trade groups, The Harbor Gaming Council"
    if _of_someone(items, verb + 1):
        # "said critics of Sen. Ada Holt", "said a friend of Tom Reyes": not Holt, not Reyes; but
        # "said a neighbour of the family, Ann Hale": the person named after the description.
        named = appositive_name(items, verb + 1)
        return (
            subject_of(named) if named is not None else Subject("other", source=source_after(items, verb + 1))
        )
    placed = _past_city_and_state(items, verb + 1)
    if placed is not None:
        # "said Greenfield, Ohio, attorney Edwin Marsh": where the speaker is from, then who.
        found = _person_after_description(items, placed) or person_after_title(items, placed)
        if found is not None:
            return subject_of(found)
    titled = person_after_title(items, verb + 1) or _person_after_joined_roles(items, verb + 1)
    if titled is not None:
        return subject_of(titled)  # "said Army Capt. Chris Pardew", "said former South Carolina Gov. X"
    written = _writer_after_verb(items, verb + 1)
    if written is not None:
        return written  # "said a June 28 statement from the ACLU": the writing's author speaks
    described = _person_after_description(items, verb + 1)
    if described is not None:
        return subject_of(described)  # "said Oregon pear and apple grower Hal Brisco"
    index = verb + 1
    while index < len(items) and index - verb <= _INVERTED_SKIP + 1:
        item = items[index]
        plural_owner = item.kind == "mention" and plural_apostrophe(items, index + 1)
        if item.kind == "mention" and (item.possessive or plural_owner):
            # "said Holt's chief of staff, Ray Dorn", "said Sanders’ senior strategist Tad Devine": the
            # possessor is not the speaker.
            after = index + 2 if plural_owner else index + 1
            named = (
                appositive_name(items, after)
                or _person_after_description(items, after)
                or person_after_title(
                    items, after
                )  # "said Jennings’ chief strategist Owen Pratt at the rally"
            )
            return (
                subject_of(named)
                if named is not None
                else Subject("other", source=source_after(items, index))
            )
        if item.kind == "mention":
            named = _named_after_role(items, index)
            if named is not None:
                return subject_of(named)  # "said Holt spokeswoman Tessa Lyle": Lyle speaks, not Holt
            return subject_of(item.mention, _source_over(items, verb + 1, index))
        if honorific_at(items, index):
            index += 1  # "said Rep. Joseph Crowley", "said the Rev. Peter Wherry"
            continue
        owned = _owned_after_plural(items, index)
        if owned is not None:
            return subject_of(owned)  # "said Sky Networks' Sophie Turner Lane": Laing, not the owner
        named = appositive_name(items, index)
        if named is not None:
            return subject_of(named)  # "said a spokeswoman for the bank, Lena Ortiz"
        modified = _name_modifying(items, index)
        if modified is not None:
            return Subject("other", source=modified)  # "wrote a Holt supporter who ...": not Holt
        indefinite = index > verb + 1 and items[verb + 1].low in INDEFINITE
        if item.kind == "word" and item.low == "the" and indefinite:
            # "said a senior aide the day before the vote": "the" opens a time phrase after the source.
            opened = source_after(items, verb + 1)
            if opened is not None:
                return Subject("other", source=opened)
        if item.kind == "word" and item.low == "the":
            known = _known_as(items, index)
            if known is not None:
                return subject_of(known)  # "said the base chief known as Bob": Bob, not the role
            owned = _owned_after_named_plural(items, index)
            if owned is not None:
                return subject_of(owned)  # "said the Los Angeles Times' Matt Pearce": Pearce
            return role_reference(items, index, backwards=False) or Subject(
                "other", source=source_after(items, index)
            )
        if item.kind == "word" and item.low not in NOT_BEFORE_INVERTED_SUBJECT:
            index += 1
            continue
        return Subject("other", source=source_after(items, verb + 1))
    return Subject("other", source=source_after(items, verb + 1)) if index < len(items) else None


def _body_named_after_description(items: list[Item], start: int) -> Source | None:
    """ "said one of those trade groups, The National Cannabis Industry Association": a body's plain
    description (lower-case words ending on a body's noun) and its name set off after it, the name."""
    for comma in range(start + 1, min(len(items) - 1, start + _BODY_DESCRIPTION_ITEMS)):
        if items[comma].low == ",":
            break
        if items[comma].kind != "word" or items[comma].cap:
            return None
    else:
        return None
    if not _body_noun(items[comma - 1].low):
        return None
    end = comma + 1
    while end < len(items) and (
        items[end].kind == "mention" or (items[end].kind == "word" and items[end].cap)
    ):
        if (
            items[end].kind == "mention"
            and items[end].mention is not None
            and items[end].mention.kind != NONPERSON
        ):
            return None  # "said a trade group, Ada Holt": no body's name
        end += 1
    if end == comma + 1 or (end < len(items) and items[end].low not in (".", ",", ";")):
        return None
    return Source(items[comma + 1].start, items[end - 1].end, ORGANISATION)


def _body_noun(low: str) -> bool:
    return low in lx.BODY_NOUNS or any(form in lx.BODY_NOUNS for form in lx.singular_forms(low))


_BODY_DESCRIPTION_ITEMS = 7  # "one of those advocacy groups"


def _of_someone(items: list[Item], start: int) -> bool:
    """ "critics of", "a friend of", "the mother of" opening the words after the verb: people named
    by someone they stand with or belong to (at most a determiner and a modifier before them)."""
    for index in range(start + 1, min(len(items), start + _OF_SOMEONE_ITEMS)):
        item, head = items[index], items[index - 1]
        if item.kind != "word" or head.kind != "word":
            return False
        if item.low == "of":
            return head.low in OF_LINKED_HEADS
    return False


_OF_SOMEONE_ITEMS = 4  # "a close friend of"


def _name_modifying(items: list[Item], index: int) -> Source | None:
    """ "wrote a Holt supporter who runs ...", "said a senior Reyes adviser": after a/an/one/another
    and lower-case modifiers, a name and a lower-case noun are an unnamed person the name describes,
    never the named person."""
    if items[index].kind != "word" or items[index].low not in INDEFINITE:
        return None
    at = index + 1
    while at < len(items) and at - index <= _NAME_MODIFIER_WORDS and _lower_word(items[at]):
        at += 1
    if at + 1 >= len(items):
        return None
    name, noun = items[at], items[at + 1]
    if name.kind != "mention" or name.possessive or not _lower_word(noun):
        return None
    if at > index + 1 and not _noun_after_name(noun):
        return None  # "said a delighted Reyes after the vote", "a defiant Reyes vowed": Reyes himself
    # "said a top Reyes ally": a noun no source list holds is still the unnamed person's.
    return source_after(items, index) or Source(items[index].start, noun.end, UNNAMED)


_NAME_MODIFIER_WORDS = 2  # "a senior", "a longtime close"


def _lower_word(item: Item) -> bool:
    return item.kind == "word" and not item.cap


def _noun_after_name(item: Item) -> bool:
    """A word after a name that can be the noun the name modifies ("adviser", "ally"), not a verb or
    a function word ("after", "vowed", "insists")."""
    low = item.low
    return low.isalpha() and low not in _NOT_NOUNS_AFTER_NAMES and not verb_like(item)


_NOT_NOUNS_AFTER_NAMES = (
    lx.NOT_NAMES
    | lx.ADVERBS
    | lx.SPEECH_VERBS
    | PREPOSITIONS
    | CLAUSE_OPENERS
    | frozenset("outside inside near beside behind across ahead amid over under who whose".split())
)


def _known_as(items: list[Item], start: int) -> Mention | None:
    """The person a description opening at `start` goes on to name ("the base chief known as Bob",
    "the officer, named only as Dana,"): the description is that person's."""
    for at in range(start + 1, min(len(items) - 1, start + _KNOWN_AS_ITEMS)):
        item = items[at]
        if item.kind != "word" and item.low != ",":
            return None
        if item.kind == "word" and item.low in _NAMING_PARTICIPLES:
            following = [i for i in items[at + 1 : at + 4] if i.low not in ("only", "as", "simply")]
            named = following[0] if following else None
            if named is not None and named.kind == "mention" and named.mention is not None:
                return named.mention if named.mention.kind in (PERSON, AMBIGUOUS) else None
            return None
    return None


_NAMING_PARTICIPLES = frozenset("known named called identified".split())
_KNOWN_AS_ITEMS = 9  # "the former base chief, known only as", "the man, who would later be identified as"


def _owned_after_named_plural(items: list[Item], the: int) -> Mention | None:
    """The person after "the" and a body's capitalised name ending in a plural's apostrophe ("the
    Los Angeles Times' Matt Pearce"); None when the words after "the" are anything else."""
    for at in range(the + 1, min(len(items), the + 1 + _OWNER_NAME_ITEMS)):
        item = items[at]
        if item.kind == "punct":
            return _owned_after_plural(items, at)
        if not body_word(item) and (item.kind != "word" or not item.cap):
            return None
    return None


_OWNER_NAME_ITEMS = 5  # "the Los Angeles Times'"


def _owned_after_plural(items: list[Item], index: int) -> Mention | None:
    """The person named right after the apostrophe at `index` of a capitalised plural ("Sky
    Networks' Sophie Turner Lane"): whom the possessor employs; None otherwise."""
    if not plural_apostrophe(items, index) or index + 1 >= len(items):
        return None
    before = items[index - 1]
    if not (body_word(before) or (before.kind == "word" and before.cap)):
        return None
    named = items[index + 1].mention
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


def _writer_after_verb(items: list[Item], first: int) -> Subject | None:
    """The person or body a writing right after an inverted verb is from ("said a statement from
    Ada Holt", "read a June 28 statement by the Harbor Board"), however many words describe it."""
    head = writing_head(items, first)
    if head is None:
        signer = _signer_after(items, first)
        return subject_of(signer) if signer is not None else None
    named = writer_after(items, head)
    if named is not None:
        return subject_of(named)
    body = body_writing_after(items, first)
    return Subject("other", source=body) if body is not None else None


def _signer_after(items: list[Item], first: int) -> Mention | None:
    """ "read a Harbor Party email last week signed by party leader Ines Wolk": the person who signed
    the writing just named, within its clause, past a title or role words; a body's writing signed by
    no one named ("signed by 40 members") has no signer."""
    if first >= len(items) or items[first].low not in lx.ARTICLES:
        return None
    for at in range(first + 1, min(len(items) - 2, first + _SIGNED_ITEMS)):
        if items[at].kind == "punct" or items[at].kind == "quote":
            return None
        if items[at].low == "signed" and items[at + 1].low == "by":
            named = person_at(items, at + 2)
            unowned = named is not None and not items[at + 2].possessive
            return person_after_title(items, at + 2) or (named if unowned else None)
    return None


_SIGNED_ITEMS = 14  # "a Democratic Congressional Campaign Committee email last week signed by"


def _particle_before_name(items: list[Item], verb: int) -> bool:
    """ "chimed in Lio Vance": a particle of the verb right before a person's name."""
    at = verb + 1
    if at + 1 >= len(items) or items[at].kind != "word" or items[at].low not in _VERB_PARTICLES:
        return False
    named = items[at + 1]
    return named.kind == "mention" and named.mention is not None and named.mention.kind in (PERSON, AMBIGUOUS)


_VERB_PARTICLES = frozenset(("in", "up"))


def _person_after_joined_roles(items: list[Item], start: int) -> Mention | None:
    """ "said chairman and chief executive officer Bill Foyle": lower-case roles joined by "and", then
    the person who holds them (a lone role before a name is read by the loop of subject_after)."""
    joined = False
    start = past_employer(items, start)
    at = start
    while at < len(items) and at - start < _JOINED_ROLE_WORDS:
        item = items[at]
        if item.kind == "mention" and _modifies_role(items, at):
            at += 1  # "said Fenmore consultant and Okafor supporter Dirk Halvey": whose supporter
            continue
        if item.kind == "word" and item.cap and (joined or _role_follows(items, at)):
            # "said Denver lawyer and Democratic activist Jay Pelling", "said former party chairman
            # and Fenmore Governor Lena Marsh": a party, place or title word among the roles
            at += 1
            continue
        if item.kind != "word" or item.cap:
            break
        if item.low in _ROLE_JOINERS and at > start:
            joined = True
        elif not (_role_word(item.low) or _YEARS.fullmatch(item.low) or _before_role_word(items, at)):
            return None  # "23-year firefighter and Milton resident Jeff Walz": years of service describe
        at += 1
    if not joined or at >= len(items) or items[at].kind != "mention" or items[at - 1].low in _ROLE_JOINERS:
        return None
    named = items[at].mention
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


_JOINED_ROLE_WORDS = 10  # "longtime New Yorker political correspondent and former Carter speechwriter"
_YEARS = re.compile(r"\d+-year(?:-old)?")


def _role_word(low: str) -> bool:
    return lx.is_person_noun(low) or low in lx.ROLE_MODIFIERS


def _before_role_word(items: list[Item], at: int) -> bool:
    """ "labor economist", "tax lawyer": a lower-case noun right before a role word says what kind."""
    following = items[at + 1] if at + 1 < len(items) else None
    if following is None or following.kind != "word" or following.cap:
        return False
    return _role_word(following.low)


def _modifies_role(items: list[Item], at: int) -> bool:
    """ "Okafor supporter", "Holt aide": a name right before a lower-case noun for a person it modifies."""
    following = items[at + 1] if at + 1 < len(items) else None
    if following is None or following.kind != "word" or following.cap:
        return False
    return lx.is_person_noun(following.low)


def _role_follows(items: list[Item], at: int) -> bool:
    """ "Fenmore Republican consultant and …": capitalised words, then a lower-case role noun (or one
    saying what kind it is before it), open the first of the joined roles."""
    while at < len(items) and items[at].kind == "word" and items[at].cap:
        at += 1
    if at >= len(items) or items[at].kind != "word":
        return False
    return lx.is_role_head(items[at].low) or _before_role_word(items, at)  # "IT labor expert and"


def person_after_roles(items: list[Item], start: int, end: int) -> Mention | None:
    """ "quoted Qantas chief executive Geoff Dixon as saying": the person after a body's roles,
    lower-case role words between them (before `end`)."""
    at = past_employer(items, start)
    if at == start:
        return None
    while at < end and items[at].kind == "word" and not items[at].cap and lx.is_role_head(items[at].low):
        at += 1
    named = items[at].mention if at < end else None
    return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None


_ROLE_JOINERS = frozenset(("and", "&"))


def _source_over(items: list[Item], first: int, index: int) -> Source | None:
    """The source phrase at the mention items[index]: from `first` when the phrase opening there runs
    over the mention ("said a White House official": not "House official"), else from the mention."""
    whole = source_after(items, first) if first < index else None
    if whole is not None and whole.start <= items[index].start < whole.end:
        return whole
    return source_after(items, index)


def _person_after_description(items: list[Item], start: int) -> Mention | None:
    """The person named right after a run of words from `start` (no punctuation) ending in a role or a
    noun shaped as someone's work: "said Oregon pear and apple grower Hal Brisco", "says veteran N.Y.
    politics watcher and attorney Dora Finch", "said Boston investment banker and party donor X"."""
    at = start
    # "Boston investment banker", "major GOP donor": a place or body where the work is done
    while (
        at < len(items)
        and at - start < _DESCRIPTION_WORDS
        and (items[at].kind == "word" or _place_or_body(items, at))
    ):
        if items[at].low in PREPOSITIONS:
            return None  # "says of CNN reporter Jim Acosta": whom the words are about
        at += 1
    if at == start or at >= len(items) or items[at].kind != "mention" or items[at].mention is None:
        return None
    if items[at].mention.kind not in (PERSON, AMBIGUOUS):
        return None
    last = items[at - 1]
    if last.cap or not (lx.is_role_head(last.low) or lx.is_agent_noun(last.low)):
        return None
    following = items[at + 1] if at + 1 < len(items) else None
    if following is not None and following.kind == "word" and not following.cap:
        return None  # "said one veteran Obama adviser": the name modifies the noun after it
    return items[at].mention


_DESCRIPTION_WORDS = 8  # "New York investment banker and major GOP donor": a place takes two


def _place_or_body(items: list[Item], at: int) -> bool:
    """A place's or body's name, no possessive, among the words of a description ("New York")."""
    item = items[at]
    if item.kind != "mention" or item.mention is None or item.possessive:
        return False
    return item.mention.kind not in (PERSON, AMBIGUOUS)


def _named_after_role(items: list[Item], index: int) -> Mention | None:
    """The person named right after the mention at `index` and a few role words ending in a role
    noun ("Holt spokeswoman Tessa Lyle", "Holt campaign chairman John Pedley")."""
    at = index + 1
    while at < len(items) and at - index <= _INVERTED_SKIP and items[at].kind == "word":
        at += 1
    if at == index + 1 or at >= len(items) or items[at].kind != "mention":
        return None
    named = items[at].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or not role_words(items[index + 1 : at]):
        return None
    return named


def appositive_name(items: list[Item], start: int) -> Mention | None:
    """The person named right after the description starting at `start` and a comma, past a title
    ("said Holt's introducer, actress Dana Pruitt")."""
    for index in range(start, min(len(items) - 1, start + APPOSITIVE_ITEMS)):
        item = items[index]
        if item.low == ",":
            named = items[index + 1].mention or person_after_title(items, index + 1)
            return named if named is not None and named.kind in (PERSON, AMBIGUOUS) else None
        if item.kind != "word":
            return None
    return None
