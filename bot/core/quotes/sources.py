"""Speakers that are not named people: organisations, countries and unnamed sources.

A noun phrase standing as the subject of a verb of saying ("the ministry", "a NatWest
spokeswoman", "Russia") becomes a labelled source with a kind; a phrase that is no source stays out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    ALONGSIDE_OPENERS,
    BUSINESS_NOUNS,
    HAVE,
    NOT_BUSINESS_NAMES,
    OF_LINKED_HEADS,
    PARTICIPLE_MIN_CHARS,
    PASSIVE,
    PERSON_RELATIVES,
    PREPOSITIONS,
    SPEAKING_FOR_HEADS,
    SPOKEN_WHEN,
    TIME_OPENERS,
)
from bot.core.quotes.function_words import (
    WRITINGS as WRITTEN_THINGS,
)
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON
from bot.core.quotes.roles import plural_role

ORGANISATION = "organisation"
UNNAMED = "unnamed"
PERSON_KIND = "person"
WRITER = "the writer"  # how "I said" outside quotation marks is listed: the article's author
REFERENT = "referent"  # "it added", "they wrote": the source just quoted, if there is one
REFERRING = frozenset(("it", "they"))
# "tweeted another.", "Another said": one more of the unnamed source just quoted ("one user wrote").
ELLIPTICAL = frozenset(("another",))
_WH = frozenset(("what", "which"))
IT = "it"  # the one word of REFERRING that stands for a body alone

_DETERMINERS = frozenset("the a an one two three several some its their another my his her our your".split())
_LINKS = frozenset("for at of from with".split())
# Prepositions that open a phrase of place, time or medium after a verb, never a source's label.
_PLACE_OR_TIME_PREPOSITIONS = frozenset("on in into during after before over through via".split())
_LINKED_OPENERS = _DETERMINERS | frozenset(("both",))
# Words that open a sentence with a capital but never start the name of a source.
_OPENERS = lx.NOT_NAMES | lx.ADVERBS | frozenset("and but so yet or then now".split())
# "Regarding the smaller states, they said": a preposition opening the sentence, no body's first word.
_OPENERS |= frozenset("regarding concerning despite during".split())
# "Under the “Our Aims” section of ...", "Just moments into the speech came this:": a preposition or
# an adverb of degree opening the sentence.
_OPENERS |= frozenset("under over upon across beyond among amid just only".split())
_MAX_WORDS = 8
# People speaking as a group, never named one by one ("protesters chanted", "residents said").
GROUP_NOUNS = frozenset(
    "protesters protestors demonstrators marchers crowd crowds residents critics supporters opponents "
    "hecklers onlookers bystanders spectators "
    "voters witnesses neighbors neighbours parents students workers employees activists advocates "
    "analysts experts economists lawmakers legislators researchers scientists doctors nurses teachers "
    "farmers organizers organisers participants attendees fans delegates staffers judges jurors "
    "panellists panelists lobbyists pundits commentators observers strategists operatives donors "
    "outlets "
    # people of one office or trade reporting together: "“…,” inspectors wrote", "auditors found"
    "inspectors auditors detectives diplomats senators engineers historians pollsters monitors "
    "negotiators trustees commissioners firefighters scholars physicians "
    "soldiers troops veterans paramedics "
    # the people of a desk or an office answering together: "“…,” the front desk staff told Channel 9"
    "staff "
    # the writers of a paper or plan speaking as one: "wrote the authors of the report"
    "authors "
    # a working group speaking as one: "the crew told investigators", "the jury wrote"
    "crew crews jury juries "
    # two or three people speaking as one: "the couple wrote", "said the pair"
    "couple pair duo trio twins "
    # people with nothing else to tell them by: "several people chanted", "people on Twitter asking"
    "people".split()
)
# Source nouns naming people, unnamed whatever their case ("Officials at the Pentagon said").
_PEOPLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides "
    "insider insiders investigators officers lawyers attorneys prosecutors".split()
)
UNNAMED_SOURCE_NOUNS = _PEOPLE_NOUNS
GROUP_NOUNS = GROUP_NOUNS | _PEOPLE_NOUNS
_SOURCE_HEADS = lx.SOURCE_NOUNS | GROUP_NOUNS
# Adjectives opening an unnamed source's label that a sentence's start alone capitalises.
_PLAIN_OPENING_ADJECTIVES = frozenset("unnamed anonymous unidentified senior top former local".split())
_QUANTITIES = frozenset(
    "hundreds thousands dozens millions scores groups some many several multiple numerous".split()
)
# Source nouns that are writings, which "it" may stand for ("the report ... it added").
WRITINGS = frozenset(
    "statement report letter memo ad advert clip video article editorial brief complaint filing "
    "document lawsuit study survey poll summary description synopsis blurb caption headline email "
    "tweet".split()
)
# Abbreviated titles ("Rep.", "the Rev.") belong to a name the registry missed, not to a source.
_NOT_SOURCE_HEADS = lx.HONORIFICS | frozenset("rep sen gov rev lt gen col sgt capt atty".split())
# A determiner opening a sentence names nothing by itself ("Another advised, “...”": another sign,
# another writer); its capital is the sentence's, so it is never a source's name.
_NOT_SOURCE_HEADS |= frozenset("another multiple many several both each most few others".split())


@dataclass(frozen=True, slots=True)
class Source:
    """The span [start, end) of a paragraph naming a speaker that is not a registered person."""

    start: int
    end: int
    kind: str


def _is_source_head(item) -> bool:
    low = item.low
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == "nonperson"
    if item.kind != "word":
        return False
    # "said a Mexican official who was not authorized ...": the relative "who" opens a clause about the
    # source, never the World Health Organization's name heading it.
    if low in _NOT_SOURCE_HEADS or (low in PERSON_RELATIVES and not item.cap):
        return False
    if low in _SOURCE_HEADS or low in lx.ORG_WORDS or lx.is_role_head(low):
        return True
    if low in lx.PLACES:
        return item.cap  # "the new reports": a place's word ("New York") only with its capital
    named_time = low in TIME_OPENERS  # "USA Today reports": the adverb is written small
    return item.cap and (low not in _OPENERS or named_time) and low not in lx.DEMONYMS


def _titled_time_word(items: list, index: int, head: int | None) -> bool:
    """A capitalised time noun right after the capitalised head of a name ("Education Week", "Aviation
    Week"): the name's last word, no time the words were said at."""
    item = items[index]
    if head != index - 1 or item.kind != "word" or not item.cap or item.low not in TIME_NOUNS:
        return False
    return items[head].cap


def _is_modifier(item) -> bool:
    if item.kind == "mention":
        return True
    if item.kind != "word" or item.low in _DETERMINERS:
        return False
    low = item.low
    if low in lx.SOURCE_NOUNS or lx.is_role_head(low):
        return low not in _NOT_SOURCE_HEADS
    if item.cap:
        return low not in _OPENERS
    return (
        low in lx.ROLE_MODIFIERS
        or low in lx.SOURCE_NOUNS
        or low in lx.DEMONYMS
        or low in lx.PARTY_LABELS
        or lx.is_role_head(low)
        or item.possessive
    )


def source_before(items: list, head: int) -> Source | None:
    """The source phrase ending with items[head] ("the Indiana governor", "a spokeswoman for NatWest")."""
    if 0 <= head < len(items) and items[head].kind == "word" and items[head].low == "to":
        return None  # "went into a temple to tell ...": an infinitive's "to" ends no source
    found = _source_ending(items, head)
    if found is None:
        return _group_before_place(items, head)  # "People at the scene shouted at him:"
    start = index_at(items, head, found.start) if found is not None else None
    if start is not None and start > 0 and items[start - 1].kind == "word" and items[start - 1].low == "not":
        return None  # "not a single parent had complained:": no one said it
    if (
        start is not None
        and items[start].kind == "word"
        and not items[start].cap
        and items[start].low in _OBJECT_LINKS
    ):
        if _relative_follows(items, head) and start + 1 < head:
            # "talked to board officials who said": whom the relative clause goes on about speak
            return Source(items[start + 1].start, found.end, found.kind)
        return None  # "A text message sent to Holt supporters noted": those it went to are no source
    linked = _linked_holder(items, start) if start is not None else None
    if linked is not None:
        # "A lawyer working with a senior aide said": the lawyer speaks, not the one worked with.
        return Source(items[linked].start, found.end, UNNAMED)
    member = _member_of(items, start) if start is not None else None
    if member is not None:
        # "a member of Mr. Obama's national security team said": the member, unnamed, not the team.
        return Source(items[member].start, found.end, UNNAMED)
    kin = _kin_of(items, start) if start is not None else None
    if kin is not None:
        # "The family of a suspected arsonist said": the family speaks, not the arsonist.
        return Source(items[kin].start, found.end, UNNAMED)
    group = _group_placed_before(items, start) if start is not None else None
    if group is not None:
        # "protesters in Berwick chanted": the protesters speak, not the town they are in.
        return Source(items[group].start, found.end, UNNAMED)
    one = _one_of_before(items, start) if start is not None else None
    if one is None:
        return found
    owner = _owner_of_one(items, one)
    if owner is not None:
        # "the mother of one of the pupils said": the mother speaks, not a pupil.
        return Source(items[owner].start, found.end, UNNAMED)
    # "“…,” one of the deckhands said": the one speaks, not the whole group.
    return Source(items[one].start, found.end, UNNAMED)


def _group_placed_before(items: list, start: int) -> int | None:
    """Where a group placed by "in", "at" or "outside" opens before the place at `start` ("protesters
    in Berwick", "the crowd outside the court"); else None."""
    if start < 2 or items[start - 1].low not in GROUP_PLACINGS or items[start - 2].kind != "word":
        return None
    group = items[start - 2].low
    people = plural_person_noun(group) or group in lx.PARTY_LABELS
    if group not in GROUP_NOUNS and not (people and items[start - 1].low == "on"):
        return None  # "judges on the panel", "Democrats on the committee": members of a body
    opener = start - 2
    while opener > 0 and _counts_a_group(items[opener - 1].low):
        opener -= 1  # "the other two judges on the panel"
    return opener


def _counts_a_group(low: str) -> bool:
    """A determiner, a number or "other" before a group's noun ("the other two judges")."""
    return low in _DETERMINERS or low in lx.COUNT_WORDS or low.isdigit() or low == "other"


# The prepositions placing a group ("protesters in Berwick", "judges on the panel").
GROUP_PLACINGS = frozenset(("in", "at", "outside", "near", "on"))


def _group_before_place(items: list, head: int) -> Source | None:
    """ "People at the scene", "protesters outside the court": a group and the place phrase ending at
    `head` ("at the scene"), no source of its own, as the group's label."""
    for placing in range(head - 1, max(0, head - _PLACE_PHRASE_ITEMS) - 1, -1):
        if items[placing].kind == "punct":
            return None
        if items[placing].low in GROUP_PLACINGS:
            place = items[placing + 1]
            if not (place.cap or place.kind == "mention" or place.low in ("the", "a", "an")):
                return None  # "many workers in crucial primary states": no place phrase of a group's
            group = _group_placed_before(items, placing + 1)
            return Source(items[group].start, items[head].end, UNNAMED) if group is not None else None
    return None


_PLACE_PHRASE_ITEMS = 3  # "at the scene", "outside the courthouse"


def _one_of_before(items: list, start: int) -> int | None:
    """Where "one of" opens before the phrase at `start`, past a few describing words between ("One
    of the most prominent Republicans"); else None."""
    for back in range(start - 2, max(-1, start - 3 - _ONE_OF_DESCRIBING), -1):
        between = items[back + 2 : start]
        if _one_of(items, back) and all(i.kind == "word" and not i.cap for i in between):
            return back
    return None


_ONE_OF_DESCRIBING = 3  # "the most prominent"


def _relative_follows(items: list, head: int) -> bool:
    """Whether "who" comes right after the phrase ending at `head`."""
    return head + 1 < len(items) and items[head + 1].kind == "word" and items[head + 1].low == "who"


def _linked_holder(items: list, start: int) -> int | None:
    """Where "a lawyer working with" opens before the phrase at `start` ("one of the contractors", "a
    senior aide"): a person's noun, a participle and a preposition linking it to them, else None."""
    if start >= 2 and _one_of(items, start - 2):
        start -= 2
    link, participle, noun = start - 1, start - 2, start - 3
    if noun < 0 or items[link].low not in _OBJECT_LINKS or not items[participle].low.endswith("ing"):
        return None
    if items[noun].kind != "word" or items[noun].cap or not lx.is_person_noun(items[noun].low):
        return None
    at = noun
    while at > 0 and at > noun - _LINKED_MODIFIERS and _lower_word(items[at - 1]):
        at -= 1  # "a defense lawyer", "a longtime family friend"
    return at - 1 if at > 0 and items[at - 1].low in _DETERMINERS else at


_LINKED_MODIFIERS = 3


def _lower_word(item) -> bool:
    return item.kind == "word" and not item.cap and item.low.isalpha()


def _member_of(items: list, start: int) -> int | None:
    """Where "a member of" opens before a group a person's name owns ("Mr. Obama's team"), else None."""
    owner = items[start]
    if owner.kind != "mention" or not owner.possessive:
        return None
    if start >= 2 and items[start - 1].low == "." and items[start - 2].low in lx.HONORIFICS:
        start -= 2  # "of Mr. Obama's team": the title before the owner
    if start < 2 or items[start - 1].low != "of":
        return None
    noun = start - 2
    if items[noun].kind != "word" or items[noun].low not in _MEMBER_NOUNS:
        return None
    return noun - 1 if noun >= 1 and items[noun - 1].low in _DETERMINERS else noun


_MEMBER_NOUNS = frozenset(("member", "members"))


def _kin_of(items: list, start: int) -> int | None:
    """Where "the mother of", "the family of" opens right before the phrase at `start`, else None."""
    if start < 2 or items[start - 1].low != "of" or items[start - 2].kind != "word":
        return None
    noun = start - 2
    if items[noun].low not in lx.KIN_NOUNS and items[noun].low not in _FAMILY_NOUNS:
        return None
    return noun - 1 if noun >= 1 and items[noun - 1].low in _DETERMINERS else noun


_FAMILY_NOUNS = frozenset(("family", "parents", "relatives"))
_OBJECT_LINKS = frozenset("to for with from by".split())  # a phrase they open is an object's


def index_at(items: list, head: int, start: int) -> int | None:
    """The first of items[: head + 1] (in text order) starting at `start`: found by bisection, as one
    sentence may hold thousands of items and each verb of saying asks."""
    at = bisect_left(items, start, hi=head + 1, key=attrgetter("start"))
    return at if at <= head and items[at].start == start else None


def _owner_of_one(items: list, one: int) -> int | None:
    """Where "the mother of" opens before "one of the pupils", else None."""
    noun = one - 2
    if noun < 0 or items[one - 1].low != "of" or items[noun].kind != "word":
        return None
    low = items[noun].low
    if not (lx.is_person_noun(low) or low in lx.KIN_NOUNS):
        return None
    return noun - 1 if noun >= 1 and items[noun - 1].low in _DETERMINERS else noun


def _source_ending(items: list, head: int) -> Source | None:
    if head < 0:
        return None
    referring = _referring_source(items, head)
    if referring is not None:
        return referring
    described = person_placed_before(items, head)
    if described is not None:
        return described
    one_of = _one_of_which(items, head)
    if one_of is not None:
        return one_of
    someone = _someone_placed(items, head)
    if someone is not None:
        return someone
    placed = _placed_source_before(items, head)
    if placed is not None:
        return placed
    body = _body_placed_in(items, head)
    if body is not None:
        return body
    if _group_head(items, head):
        return _group_source(items, head)
    if _people_noun(items[head]) and head >= 1 and _named_before_noun(items[head - 1]):
        return _source(items, _phrase_start(items, head), head)  # "the Christie supporter retorted"
    if not _is_source_head(items[head]) and not owned_month(items, head):
        return _unnamed_by_any_noun(items, head)
    return _source(items, _phrase_start(items, head), head)


def owned_month(items: list, index: int) -> bool:
    """ "the Women's March said": a capitalised month after a capitalised possessive is the last word
    of a name, no time ("Trump Tuesday said" passes the day)."""
    item = items[index]
    if item.kind != "word" or not item.cap or item.low not in lx.MONTHS or index == 0:
        return False
    return items[index - 1].cap and items[index - 1].possessive


def _named_before_noun(item) -> bool:
    """A name (a mention, or a capitalised word) right before a noun: whose or where it is of."""
    return (item.kind == "mention" and not item.possessive) or (item.kind == "word" and item.cap)


def person_placed_before(items: list, head: int) -> Source | None:
    """ "A person close to the mayor said", "one person involved in Okafor's administration said", "An
    aide on the panel said": a/an/one, a noun for one person and the words placing them, ending at
    `head`, are one unnamed source; never the mayor, the administration or the panel it ends on."""
    if 0 < head < len(items) and items[head].low == "to" and items[head].kind == "word":
        head -= 1  # "prompted a Democrat close to the governor's office to tell": the infinitive's "to"
    for at in range(head - 1, max(-1, head - _PLACED_PHRASE_ITEMS), -1):
        item = items[at]
        if item.kind == "punct":
            return None
        if item.kind == "word" and item.low in INDEFINITE:
            return _placed_from(items, at, head)
        # "the person close to Ostrow said": the same source named again, when "the" opens the phrase
        # (never "the panel" it may end on: the phrase opens further back).
        placed = _placed_from(items, at, head) if item.kind == "word" and item.low in _TAKEN_UP else None
        if placed is not None:
            return placed
    return None


_TAKEN_UP = frozenset(("the", "this"))


def _placed_from(items: list, opener: int, head: int) -> Source | None:
    for noun in range(opener + 1, min(head, opener + 1 + _PLACED_MODIFIERS)):
        word = items[noun]
        if word.kind == "mention" and word.mention is not None and word.mention.kind == NONPERSON:
            continue  # "a Border Patrol supervisor in Montana": a body's name as a modifier
        if word.kind != "word":
            return None
        one_person = one_source_noun(word.low) or word.low in lx.PARTY_MEMBERS
        link = items[noun + 1].low if noun + 1 < head else ""
        # "A fire inspector based in the city said", "one guard at the old depot in Millbrook told":
        # a place or a writing the phrase ends on, never a person it names ("A teacher at Hillside
        # School Tom Hale said").
        placed_at = link in _PLACED_AT_LINKS and not _person_at(items, head, (PERSON, AMBIGUOUS))
        placing = (link in _CLOSENESS_WORDS or placed_at) and not _said_when(items, noun + 1)
        if one_person and placing:
            return Source(items[opener].start, items[head].end, UNNAMED)
    return None


# Words placing a person at a place or in a writing: "at the depot", "based in", "quoted in".
_PLACED_AT_LINKS = frozenset("at in based stationed posted quoted cited".split())
_PLACED_PHRASE_ITEMS = 14  # "One U.S. military contractor working in Iraq who asked not to be named"
_PLACED_MODIFIERS = 3  # "a top Democrat", "one senior White House aide"
# Adjectives placing a person by whom or what they are close to: "close to", "familiar with",
# "briefed on", "aligned with".
PLACING_ADJECTIVES = frozenset(
    "close familiar involved briefed aligned allied affiliated associated connected".split()
)
_PLACING_LINKS = frozenset("to with in on".split())  # "close to", "familiar with", "briefed on"
# Words placing a person so: those, "on the panel", "with ties to" (not "at", "in": "A teacher at
# Hillside School Tom Hale said" names its person).
_CLOSENESS_WORDS = PLACING_ADJECTIVES | frozenset("on inside within near with working".split())


def _someone_placed(items: list, head: int) -> Source | None:
    """ "someone in the crowd", "one man in the crowd", "a woman at the back": an unnamed person placed
    by where they are, the whole phrase their label; never the place ("the crowd") alone."""
    at = head
    while (
        at >= 0
        and head - at <= _PLACING_ITEMS
        and items[at].kind == "word"
        and items[at].low not in PLACED_IN
    ):
        if not (items[at].low in _DETERMINERS or _plain_noun(items[at]) or _is_modifier(items[at])):
            return None
        at -= 1
    if at < 1 or at == head or items[at].low not in PLACED_IN:
        return None
    person = items[at - 1]
    if person.kind == "word" and person.low in _SOMEONE:
        return Source(person.start, items[head].end, UNNAMED)
    if at < 2 or person.kind != "word" or not _placed_person_noun(person):
        return None
    opener = at - 2
    while opener > 0 and at - 1 - opener <= _PERSON_MODIFIERS and _plain_modifier(items[opener]):
        opener -= 1  # "an unnamed woman from Dunmore", "an elderly man in the crowd"
    found = items[opener]
    return Source(found.start, items[head].end, UNNAMED) if found.low in INDEFINITE else None


def _placed_person_noun(item) -> bool:
    """A noun for one person that a place may follow: "a voter", or a party's member, capitalised ("a
    Republican in Ohio")."""
    if item.low in lx.PARTY_MEMBERS:
        return True
    return not item.cap and lx.is_person_noun(item.low)


def _plain_modifier(item) -> bool:
    return item.kind == "word" and not item.cap and item.low not in INDEFINITE and item.low.isalpha()


_PERSON_MODIFIERS = 2  # "an unnamed elderly woman": the words between the article and the noun


# Words placing a person by where they are ("one man in the crowd", "an unnamed woman from Dunmore").
PLACED_IN = frozenset("in at among from near inside outside".split())
_SOMEONE = frozenset(("someone", "somebody"))


def _someone_described(items: list, first: int) -> Source | None:
    """ "someone who had worked for the governor's campaign", "someone close to Holt" after an inverted
    verb: the unnamed person and the words describing them, to the clause's end, are the label."""
    if items[first].kind != "word" or items[first].low not in _SOMEONE:
        return None
    end = first
    while end + 1 < len(items) and end - first < _SOMEONE_ITEMS and items[end + 1].kind != "punct":
        if _said_when(items, end + 1):
            break  # "someone who works for Cruz on Friday": when it was said, not who
        end += 1
    return Source(items[first].start, items[end].end, UNNAMED)


_SOMEONE_ITEMS = 10  # "someone who had worked for the governor's campaign in Iowa"


def _said_when(items: list, at: int) -> bool:
    """ "on Friday", "last week", "Tuesday": a time phrase opening at `at`."""
    return time_phrase_words(items, at) > 0


def time_phrase_words(items: list, at: int) -> int:
    """How many words the time phrase opening at `at` takes: 1 for "Tuesday", 2 for "on Friday" or
    "last week", 0 where none opens."""
    word = items[at].low if at < len(items) else ""
    after = items[at + 1].low if at + 1 < len(items) else ""
    if word in lx.WEEKDAYS_MONTHS:
        return 1
    timed = word in _TIME_OPENERS and (after in lx.WEEKDAYS_MONTHS or after in TIME_NOUNS)
    return 2 if timed else 0


_TIME_OPENERS = frozenset(("on", "last", "this", "earlier", "later"))
TIME_NOUNS = frozenset(
    "week month year morning evening night weekend spring summer autumn fall winter".split()
)
# A time a "that" or "the" may point at: "reported that day", "who the day before said".
POINTED_TIMES = TIME_NOUNS | frozenset(("day", "afternoon", "time"))


def _group_head(items: list, at: int) -> bool:
    """ "Republican leaders", "local fishermen", "the deputies": the plural of a person's noun after a
    determiner or a modifier, people speaking together (a bare plural, "during which callers asked",
    is too often part of a clause about something else)."""
    item = items[at]
    if (
        item.kind != "word"
        or item.cap
        or item.low in _SOURCE_HEADS
        or not (plural_person_noun(item.low) or item.low in _BODY_PLURALS)
        or at < 1
    ):
        return False
    before = items[at - 1]
    if before.kind == "mention":
        # "one of Sand’s allies suggested": one of a person's people, not the person
        return not before.possessive or before.mention.kind != PERSON or _one_of(items, at - 3)
    modified = before.low in _DETERMINERS or _is_modifier(before) or _plain_noun(before)
    if before.low == "," and _saying_next(items, at + 1):
        return True  # "Except for Wrenfield, who ..., governors have said that “…”": the main clause's
    # "took home what auditors called “…”": a relative's bare plural subject names who said it.
    return before.kind == "word" and (modified or before.low == "what")


# Bodies speaking together as people do ("alliance governments declared that", "member nations said").
_BODY_PLURALS = frozenset("governments ministries agencies nations countries".split())


def _saying_next(items: list, at: int) -> bool:
    """A verb of saying at `at`, maybe after "have" or "had" ("governors have said")."""
    if at < len(items) and items[at].low in HAVE and at + 1 < len(items):
        at += 1
    return at < len(items) and items[at].kind == "word" and items[at].low in lx.SPEECH_VERBS


def _group_source(items: list, head: int) -> Source | None:
    """The group a plural person noun ends, back over its modifiers to a determiner, unnamed; none
    when a person is named in or just before it ("Ann Holt and other school representatives
    announced": Holt speaks, as before)."""
    start = head
    while start > 0 and head - start < _MAX_WORDS:
        item = items[start - 1]
        if item.kind == "mention" and item.mention.kind == PERSON and item.possessive:
            # "one of Mr. Vell's senior advisers said": the advisers are his, not he.
            start -= 1
            if start >= 2 and items[start - 1].low == "." and items[start - 2].low in lx.HONORIFICS:
                start -= 2
            break
        if item.kind == "mention" and item.mention.kind == PERSON:
            return None
        if item.kind == "word" and item.low in _DETERMINERS:
            start -= 1
            break
        if not (_is_modifier(item) or _plain_noun(item)):
            break
        if _object_of_link(items, start - 1):
            return None
        start -= 1
    if start >= 2 and items[start - 1].low in _NAME_JOINERS and _person_at(items, start - 2):
        return None
    return Source(items[start].start, items[head].end, UNNAMED)


def _object_of_link(items: list, at: int) -> bool:
    """ "what matters for reporters is": the plural after "for" is the object of a word that is no
    person's ("lawyers for the farmers" speak together)."""
    if items[at].kind != "word" or items[at].low not in _LINKS or at < 1:
        return False
    before = items[at - 1]
    person = lx.is_person_noun(before.low) or plural_person_noun(before.low)
    return before.kind == "word" and not before.cap and not person


def _referring_source(items: list, head: int) -> Source | None:
    """ "it added", "..., they wrote", "what it called": the source just quoted or named; "Another
    said"; "I said": the writer."""
    word = items[head]
    if word.low in REFERRING and (head == 0 or items[head - 1].kind != "word" or items[head - 1].low in _WH):
        return Source(word.start, word.end, REFERENT)
    if word.low == IT and head > 0 and items[head - 1].low in ALONGSIDE_OPENERS:
        # "The Water Authority joined the dispute in March, when it claimed in a filing that": the
        # body a "when" or "as" clause's "it" stands for, as a "he" there is the person.
        return Source(word.start, word.end, REFERENT)
    # "Yet another said": one more of the source just quoted, as a bare "Another said" is.
    if word.low in ELLIPTICAL and (
        head == 0 or items[head - 1].kind != "word" or items[head - 1].low in _YET
    ):
        return Source(word.start, word.end, REFERENT)
    if word.low == "i":
        return Source(word.start, word.end, UNNAMED)
    return None


_YET = frozenset(("yet", "and", "but", "still"))


def _one_of_which(items: list, head: int) -> Source | None:
    """ "the island's newspapers, one of which called it", "three witnesses, one of whom said": one of
    the bodies or people a plural noun just named speaks, labelled from the comma's phrase back to the
    relative ("one of the island's newspapers", by `label`)."""
    if head < 4 or items[head].low not in ("which", "whom") or items[head - 1].low != "of":
        return None
    if items[head - 2].low != "one" or items[head - 3].low != ",":
        return None
    noun = items[head - 4]
    singular = noun.low.removesuffix("s")
    # "El Paso Latinos, one of whom", "three Democrats, one of whom": a people or party by its capital
    peoples = singular in lx.DEMONYMS or singular in lx.PARTY_MEMBERS
    if (
        noun.kind != "word"
        or (noun.cap and not peoples)
        or not noun.low.endswith("s")
        or noun.low.endswith("ss")
    ):
        return None
    bodies = singular in lx.SOURCE_NOUNS or singular in lx.ORG_WORDS or singular in OUTLET_NOUNS
    people = noun.low in GROUP_NOUNS or lx.is_person_noun(singular) or peoples
    if not (bodies if items[head].low == "which" else people):
        return None
    start = head - 4
    while start > 0 and head - 4 - start < _ONE_OF_MODIFIERS and _plural_phrase_word(items[start - 1]):
        start -= 1
        if items[start].low in _DETERMINERS:
            break
    kind = ORGANISATION if items[head].low == "which" and singular not in _PEOPLE_NOUNS else UNNAMED
    return Source(items[start].start, items[head].end, kind)


_ONE_OF_MODIFIERS = 3  # "the island's local daily newspapers"


def _plural_phrase_word(item) -> bool:
    """A determiner, owner or modifier before the plural noun, not the preposition or verb before it."""
    if item.kind == "mention":
        return item.possessive
    if item.kind != "word":
        return False
    plain = item.low not in lx.NOT_NAMES and item.low not in _LINKS and item.low.isalpha()
    return item.low in _DETERMINERS or item.possessive or plain


def _unnamed_by_any_noun(items: list, head: int) -> Source | None:
    """ "one questioner claimed", "a bystander said", "the man shouted": someone unnamed, whatever
    the noun; None when the word before the verb is no such phrase's."""
    opener = _through_plain_nouns(items, head) if _plain_noun(items[head]) else head
    if _this_person(items, head):
        return Source(items[head - 1].start, items[head].end, UNNAMED)
    if (
        _the_person(items, opener, head)
        or _the_group(items, opener, head)
        or _the_printed(items, opener, head)
    ):
        return Source(items[opener].start, items[head].end, UNNAMED)
    if (
        items[opener].low not in INDEFINITE
        and _plain_noun(items[head])
        and items[head].low in _UNNAMED_PERSON_NOUNS
    ):
        opener = _past_named_modifiers(items, opener)  # "one Black Lives Matter protester explained"
    if items[opener].low not in INDEFINITE or (opener == head and items[head].cap):
        return None  # a capitalised "Another" with no noun after it is a sentence's opener
    return Source(items[opener].start, items[head].end, UNNAMED)


def _past_named_modifiers(items: list, start: int) -> int:
    """Back from `start` over capitalised words (a movement's or a body's name) and names (whose
    supporter: "one Holt supporter") to a/one/another before them; `start` when there is no such
    opener."""
    at = start - 1
    while at > 0 and start - at <= _NAMED_MODIFIERS and _named_modifier_word(items[at]):
        at -= 1
    return at if at < start - 1 and items[at].kind == "word" and items[at].low in INDEFINITE else start


_NAMED_MODIFIERS = 4  # "one Black Lives Matter protester"


def _named_modifier_word(item) -> bool:
    if item.kind == "mention":
        return not item.possessive
    return item.kind == "word" and item.cap


def _phrase_start(items: list, head: int) -> int:
    """Where the source phrase ending in the source noun at `head` opens: back through its
    modifiers and determiner ("a spokeswoman for the transport department")."""
    start = head
    index = head - 1
    while index >= 0 and head - index < _MAX_WORDS:
        item = items[index]
        if item.kind == "word" and item.low in _DETERMINERS:
            start = index
            linked = index >= 2 and items[index - 1].low in _LINKS and _noun_linked(items, index - 1)
            if not (linked or _inner_article_of_a_name(items, index)):
                break
            start = index - 2  # "a spokeswoman for the transport department"
            index -= 3
            continue
        if _placed_in(items, index):
            start = index - 1  # "diplomats in Beijing": the people, then where they are
            index -= 2
            continue
        if _preposition_in_a_name(items, index):
            start = index - 1  # "Reporters Without Borders": the capitalised word before is the name's
            index -= 2
            continue
        if not (
            _is_modifier(item)
            or _links_nouns(items, index)
            or _plural_possessive_mark(items, index)
            or _marked_plural(items, index)
            or _joins_capitals(items, index)
            or abbreviation_stop(items, index)
            or _time_word_opening_a_name(items, index)
            or _between_capitals(items, index)
        ):
            break
        start = index
        index -= 1
    while start < head and items[start].low in _LINKS:
        start += 1  # "groups of protesters": a source never opens with a preposition
    start = _through_plain_nouns(items, start)
    start = _named_kind_opening(items, start)
    if start >= 2 and items[start].low in _DETERMINERS and _links_nouns(items, start - 1):
        start -= 2  # "a spokesman for the highways agency": the spokesman speaks, not the agency
        if start >= 1 and items[start - 1].kind == "word" and items[start - 1].low in _DETERMINERS:
            start -= 1
    return start


def _between_capitals(items: list, index: int) -> bool:
    """ "the Retail Industry Leaders Association": a capitalised word between two others is a word of
    the name, even one never part of a person's name ("Leaders")."""
    if index < 1 or index + 1 >= len(items):
        return False
    return all(_capital_word(items[at]) for at in (index - 1, index, index + 1))


def _capital_word(item) -> bool:
    return item.kind == "mention" or (item.kind == "word" and item.cap)


def _named_kind_opening(items: list, start: int) -> int:
    """ "a Holt transition official": back over a plain noun or two and the names before them to
    a/one/another, which opens the phrase (the name says whose official, never who speaks); else
    `start`."""
    at = start
    while at > 0 and start - at < _PLAIN_NOUNS and _plain_noun(items[at - 1]):
        at -= 1
    opener = _past_named_modifiers(items, at)
    return opener if opener < at else start


def abbreviation_stop(items: list, index: int) -> bool:
    """The full stop of an abbreviated word inside a source's phrase ("The unnamed State Dept.
    spokesman") or a party label ("D-N.J."): glued to a short capitalised word (or a hyphened word's
    short last part), not a sentence's end."""
    if index < 1 or items[index].kind != "punct" or items[index].low != ".":
        return False
    word = items[index - 1]
    last = word.low.rsplit("-", 1)[-1]
    return (
        word.kind == "word"
        and word.cap
        and last.isalpha()
        and len(last) <= _ABBREVIATION_CHARS
        and word.low not in lx.TITLE_WORDS  # "New Hampshire Sen. Kelly Ayotte’s campaign": a name's title
        and word.end == items[index].start
    )


_ABBREVIATION_CHARS = 5  # "Dept", "Corp", "Govt": a short word cut short


def _placed_source_before(items: list, head: int) -> Source | None:
    """ "Another source familiar with Dorn's thinking said", "A Democratic staffer in the room
    wondered": an unnamed person opening the sentence (a/an/one/another), then a short phrase placing
    them, right before the verb; labelled with the whole phrase."""
    if _is_source_head(items[head]):
        return None
    for at in range(head, max(0, head - _PLACING_ITEMS) - 1, -1):
        item = items[at]
        if item.kind not in ("word", "mention") or at < 2:
            return None
        if item.kind == "word" and item.low in _PLACING_WORDS:
            noun = items[at - 1]
            if not (noun.kind == "word" and (noun.low in _UNNAMED_PERSON_NOUNS or _is_noun(noun))):
                continue  # "familiar with": the person's noun is further back
            found = source_before(items, at - 1)
            opens = found is not None and found.start == items[0].start
            if opens and items[0].low in INDEFINITE and found.kind == UNNAMED:
                return Source(found.start, items[head].end, UNNAMED)
            return None
    return None


def _body_placed_in(items: list, head: int) -> Source | None:
    """ "The National Weather Service in Wilmington warned": a body's name, then "in" and a place
    right before the verb; the body speaks, not the place."""
    at = head
    while at > 0 and items[at].kind in ("word", "mention") and items[at].cap and items[at - 1].low != "in":
        at -= 1
    if at < 3 or not items[head].cap or items[at - 1].low != "in":
        return None
    body = items[at - 2]
    if body.low in lx.PARTY_MEMBERS:
        return None  # "The No. 2 Republican in the House said": one member, not the party
    found = _source_ending(items, at - 2)
    return found if found is not None and found.kind == ORGANISATION else None


def _plural_possessive_mark(items: list, index: int) -> bool:
    """The mark of "the National Farmers' Union", glued to a capitalised plural inside the name."""
    item = items[index]
    if item.kind != "punct" or item.low not in ("'", "’") or index == 0:
        return False
    before = items[index - 1]
    if before.end != item.start:
        return False
    if before.kind == "mention" and _lower_word_at(items, index + 1):
        # "Sen. Ebenezer Rivers’ office": a mention's low is its first word, so its end is not read;
        # a lower-case noun after the mark shows a possessive, not a closing quotation mark.
        return True
    named = before.kind == "mention" or (before.kind == "word" and before.cap)
    return named and before.low.endswith("s")


def _lower_word_at(items: list, index: int) -> bool:
    return index < len(items) and items[index].kind == "word" and not items[index].cap


def _marked_plural(items: list, index: int) -> bool:
    """ "the Port Ardley Residents' Association": the capitalised plural before the mark is the name's,
    even a word that elsewhere opens a sentence ("Residents said")."""
    return index + 1 < len(items) and _plural_possessive_mark(items, index + 1)


def _mark_inside_name(items: list, index: int) -> bool:
    """The mark of a plural possessive with a capitalised word right after it: inside one name."""
    following = items[index + 1] if index + 1 < len(items) else None
    named = following is not None and following.kind in ("word", "mention") and following.cap
    return named and _plural_possessive_mark(items, index)


def _and_inside_body_name(items: list, index: int) -> bool:
    """ "the Food and Drug Administration", "the Port Sefton Food and Lodging Board": an "and" between
    capitalised words whose run goes on to a body's head word is inside one body's name, not a join
    of two sources ("Harbor Bank and Reyes", "the Senate and House")."""
    if not _joins_capitals(items, index) or items[index].low == "," or not _body_name_word(items[index + 1]):
        return False
    at = index + 1
    while at + 1 < len(items) and at - index < _MAX_WORDS and _body_name_word(items[at + 1]):
        at += 1
    return at > index + 1 and (items[at].kind == "mention" or items[at].low in lx.ORG_WORDS)


def _through_plain_nouns(items: list, start: int) -> int:
    """ "the ferry company", "one questioner": a word or two of no list, back to a determiner."""
    if items[start].low in _DETERMINERS:
        return start
    # "a Denver-based former software contractor": a person's noun takes more modifiers, also one the
    # phrase ends in ("one well-connected council member").
    ahead = items[start : start + _PERSON_NOUN_MODIFIERS]
    person = any(i.kind == "word" and lx.is_person_noun(i.low) for i in ahead)
    reach = _PERSON_NOUN_MODIFIERS if person else _PLAIN_NOUNS
    for back in range(1, reach + 2):
        at = start - back
        # "one U.S. defense contractor", "one American military contractor": where a person is from
        national = person and _national_modifier(items[at]) if at >= 0 else False
        if at < 0 or (items[at].kind != "word" and not national):
            return start
        if items[at].low in _DETERMINERS:
            return at
        modifier = _plain_noun(items[at]) or (person and _compound_modifier(items[at])) or national
        if back > reach or not modifier:
            return start
    return start


def _national_modifier(item) -> bool:
    """A nationality ("American") or a country named ("U.S."), as what a person is."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON and not item.possessive
    return item.kind == "word" and item.cap and item.low in lx.DEMONYMS


def _compound_modifier(item) -> bool:
    """ "Denver-based", "New York-born": a hyphened modifier of words."""
    parts = item.low.split("-") if item.kind == "word" else []
    return len(parts) > 1 and all(part.isalpha() for part in parts)


_PLAIN_NOUNS = 2
_PERSON_NOUN_MODIFIERS = 3  # "a Denver-based former software contractor"
INDEFINITE = frozenset("a an one another".split())


def _plain_noun(item) -> bool:
    return item.kind == "word" and item.low.isalpha() and not item.cap and item.low not in _FUNCTION_WORDS


_FUNCTION_WORDS = _LINKS | lx.ADVERBS | lx.NOT_NAMES | lx.SPEECH_VERBS


def source_after(items: list, first: int) -> Source | None:
    """The source phrase starting at items[first] after an inverted verb ("said the company")."""
    if first >= len(items) or items[first].low in _LINKS or items[first].low in _PLACE_OR_TIME_PREPOSITIONS:
        return None  # "Asked on Channel 4's “Morning Table” whether ...": no source opens with "on"
    if _one_of(items, first):
        # "said one of two witnesses who ...": one of an unnamed group speaks, labelled so.
        group = source_after(items, first + 2) or _the_people(items, first + 2)
        return Source(items[first].start, group.end, UNNAMED) if group is not None else None
    bare = first + 1 == len(items) or items[first + 1].kind == "punct"
    if items[first].low in ELLIPTICAL and bare:
        return Source(items[first].start, items[first].end, REFERENT)  # "tweeted another."
    if items[first].low == "one" and bare:
        return Source(items[first].start, items[first].end, UNNAMED)  # "said one.", as "one said"
    if _one_national(items, first):
        return Source(items[first].start, items[first + 1].end, UNNAMED)  # "explained one Israeli."
    described = _someone_described(items, first)
    if described is not None:
        return described  # "said someone who works for the governor", "said someone close to Holt"
    named_business = _business_named_after(items, first)
    if named_business is not None:
        return named_business
    index = first
    if items[index].kind == "word" and items[index].low in _DETERMINERS:
        index = _past_plain_words(items, index + 1)
    head = None
    while index < len(items) and index - first < _MAX_WORDS:
        item = items[index]
        # "said an aide to the governor": whom the aide serves is part of the label, as with "for"
        serving = item.low == "to" and items[index - 1].low in SPEAKING_FOR_HEADS
        if item.low == "of" and head is not None and _topic_after(items, index):
            break  # "said an Iowa Republican of Rubio": the label ends before whom the words are about
        if (
            item.kind == "word"
            and (item.low in _LINKS or serving)
            and head is not None
            and _is_noun(items[index - 1])
        ):
            index += 1
            if index < len(items) and items[index].kind == "word" and items[index].low in _LINKED_OPENERS:
                index += 1  # "a spokesperson for the Justice Department", "an adviser to both Clintons"
                index = _past_family_count(items, index)
                if _counted_people(items, index):
                    head = index  # "an adviser to both candidates": whom the source serves ends the label
                    index += 1
            continue
        group = index > first and _group_head(items, index)
        # "one Bay Row investment professional", "the Christie supporter": a person's plain noun after
        # a name is the head, the name what the person is of.
        group = group or (head is not None and _people_noun(item))
        if _is_source_head(item) or group or _is_modifier(item) or _capital_before_head(items, index):
            head = index if _is_source_head(item) or group else head
            index += 1
            continue
        if _titled_time_word(items, index, head):
            head, index = index, index + 1  # "reports Education Week": the outlet's name goes on
            continue
        if abbreviation_stop(items, index) and index + 1 < len(items) and items[index + 1].kind == "word":
            index += 1  # "said a State Dept. spokesman": the abbreviation's stop ends no phrase
            continue
        if _mark_inside_name(items, index):
            index += 1  # "said the Port Ardley Residents' Association": the name goes on
            continue
        if head is not None and _and_inside_body_name(items, index):
            index += 1  # "said the Food and Drug Administration": the name goes on past its "and"
            continue
        # "one senior harbor official": plain words after a modifier, on to the noun, too
        onward = _past_plain_words(items, index) if head is not None or index > first else index
        if onward > index:
            index = onward  # "a former U.S. law enforcement official": plain words on to the noun
            continue
        break
    if head is None:
        return _plain_person_after(items, first)
    while head + 1 < index and _is_source_head(items[head + 1]):
        head += 1
    head = _name_tail(items, head)
    if head + 1 == index and _closing_noun(items, index):
        head = index  # "according to its Amazon summary,": the summary, not "its Amazon"
    # "said a spokesman for Governor Ada Holt", "said an aide to Gov. Ada Holt": the label names whom
    # the source speaks for, as "A spokesman for Ada Holt said" does (never a bare "... for Governor").
    spoken_for = _spoken_for(items, head)
    if spoken_for is not None:
        head = spoken_for
    elif head + 1 < len(items) and items[head].cap and _person_at(items, head + 1):
        head += 1
    return _source(items, first, head)


def _people_noun(item) -> bool:
    """A lower-case plain noun for a person ("supporter", "professional")."""
    return item.kind == "word" and not item.cap and item.low in lx.PEOPLE_NOUNS


def _the_people(items: list, at: int) -> Source | None:
    """ "the people", "those people" after "one of": the people the one belongs to."""
    if at + 1 >= len(items) or items[at].low not in _DETERMINERS or items[at + 1].low != "people":
        return None
    return Source(items[at].start, items[at + 1].end, UNNAMED)


def _topic_after(items: list, of: int) -> bool:
    """ "an Iowa Republican of Rubio": "of" and a person after a noun that is no relation or follower
    of someone ("a friend of Rubio" keeps its "of")."""
    after = items[of + 1] if of + 1 < len(items) else None
    person = after is not None and after.kind == "mention" and after.mention is not None
    person = person and after.mention.kind == PERSON and not after.possessive  # "of Romney's team"
    before = items[of - 1].low
    return person and before not in OF_LINKED_HEADS and before not in _BELONGING


_BELONGING = frozenset(("family", "member", "members"))  # "the family of John Earnest"


# Nouns for one unnamed person that "the" refers back to when no name is near ("the man shouted",
# "the person added"); a role ("the senator") means someone named and is resolved apart.
# Nouns for one unnamed source beyond the people nouns: "a source close to", "a person familiar with".
_SOURCE_PERSONS = frozenset(("source", "person", "insider", "individual"))


def one_source_noun(low: str) -> bool:
    """A folded noun for one person a source may be: a role's or people's noun, or "source", "person"."""
    return lx.is_person_noun(low) or low in _SOURCE_PERSONS


_UNNAMED_PERSON_NOUNS = lx.PEOPLE_NOUNS | frozenset(
    "person user commenter poster follower backer pal".split()
)
_PERSON_PHRASE_ENDS = frozenset(",.;:!?") | PERSON_RELATIVES


def _the_person(items: list, opener: int, head: int) -> bool:
    """ "the man", "the middle-aged woman": "the" and a noun for one unnamed person."""
    return items[opener].low == "the" and opener < head and items[head].low in _UNNAMED_PERSON_NOUNS


def _this_person(items: list, head: int) -> bool:
    """ "“…,” this person said": a writer's way of taking up an unnamed source, as "the person" is."""
    before = items[head - 1] if head > 0 else None
    return before is not None and before.low == "this" and items[head].low in _UNNAMED_PERSON_NOUNS


def _the_printed(items: list, opener: int, head: int) -> bool:
    """ "The caption reads", "the sign said", "One placard read": a thing words are printed on speaks
    them (never through an owner: "her sign reads" is hers)."""
    return items[opener].low in _PRINTED_OPENERS and opener < head and items[head].low in PRINTED


# Things words are printed on, whose words are theirs ("The caption reads “…”").
PRINTED = frozenset("caption sign banner placard poster billboard plaque inscription".split())
_PRINTED_OPENERS = frozenset("the one another this that".split())


def _carried(items: list, at: int) -> bool:
    """ "a sign held up by ...", "a banner hung from ...": a participle telling who carries or where
    hangs the printed thing before it."""
    return at >= 1 and items[at - 1].low in PRINTED and items[at].low in _CARRYING


_CARRYING = frozenset("held carried hung hanging holding waved raised posted taped painted written".split())


def _the_group(items: list, opener: int, head: int) -> bool:
    """ "the committee chairmen wrote", "the members wrote": "the" and a plural noun for people who
    speak together, unnamed."""
    if items[opener].low != "the" or opener >= head:
        return False
    low = items[head].low
    if low in _VERBS_IN_S:
        return False  # "But the claim was denied by UKIP spokesman, who said": a verb, no plural
    return bool(lx.singular_forms(low))


_VERBS_IN_S = frozenset("was has does goes seems remains".split()) | lx.SPEECH_VERBS


def _plain_person_after(items: list, first: int) -> Source | None:
    """ "wrote one commenter.", "said a former senior law enforcement official.", "said the woman,
    who ...": after an inverted verb, a determiner and plain lower-case words ending the clause,
    whose last word names the unnamed speaker (any noun after a/one/another, a person's after the)."""
    if first >= len(items) or items[first].kind != "word":
        return None
    opener = items[first].low
    if opener not in INDEFINITE and opener != "the":
        return None
    at = first + 1
    named = False  # "wrote a Holt supporter who ...", "tweeted a German user from Hanover"
    while (
        at < len(items)
        and at - first <= _MAX_WORDS
        and (_plain_word(items[at]) or _named_modifier(items, at))
    ):
        if at > first + 1 and (_placing(items[at]) or _carried(items, at)):
            break
        named = named or not _plain_word(items[at])
        at += 1
    head = at - 1
    if head == first:
        return None
    if items[head].low in PRINTED and (at == len(items) or items[at].kind == "punct" or _carried(items, at)):
        # "“…,” reads a sign held up by a girl from Ohio.", "read one banner.": the printed thing
        return Source(items[first].start, items[head].end, UNNAMED)
    person = items[head].low in _UNNAMED_PERSON_NOUNS
    if named and (not person or opener == "the" or not _plain_word(items[head])):
        return None  # a capitalised word only as a modifier of a person's noun after a/one
    # "said a person close to the Holts": a person's noun before the words placing them.
    placed = (person or _is_noun(items[head])) and at < len(items) and _placing(items[at])
    # "said a baffled day-tripper from Wales": after a/one, any noun placed by where they are from.
    placed = placed or (opener in INDEFINITE and at < len(items) and items[at].low == "from")
    if at < len(items) and items[at].low not in _PERSON_PHRASE_ENDS and not placed:
        return None
    if opener == "the" and not person and not plural_role(items[head].low):
        return None  # "said the artists": people of one role speaking together, unnamed
    return Source(items[first].start, items[_placed_end(items, head)].end, UNNAMED)


def _placing(item) -> bool:
    """A word opening what places or describes an unnamed person after their noun: "close to the
    Holts", or a participle ("said one girl explaining her past", "said a man holding a sign")."""
    low = item.low
    return low in _PLACING_WORDS or (item.kind == "word" and len(low) > _SHORT_ING and low.endswith("ing"))


_SHORT_ING = 5  # "thing", "king", "sing": no participle


def plural_person_noun(low: str) -> bool:
    """ "leaders", "fishermen", "deputies", "women": the plural of a role or a person's noun, a group
    of people (never a thing: "the storms", "the figures")."""
    return any(lx.is_person_noun(singular) for singular in lx.singular_forms(low))


def _named_modifier(items: list, at: int) -> bool:
    """A capitalised word or a name before another word of the phrase ("a Holt supporter", "a German
    user"): what the unnamed person is, never the person's own name."""
    item = items[at]
    following = items[at + 1] if at + 1 < len(items) else None
    capital = item.kind == "mention" or (item.kind == "word" and item.cap)
    return capital and not item.possessive and following is not None and following.kind in ("word", "mention")


def described_after_according(items: list, first: int) -> Source | None:
    """ "according to the exit polls in New Hampshire,", "according to his longtime personal
    physician,": after "according to", whatever a determiner and plain lower-case words name is the
    source, up to a preposition or the clause's end; labelled with those words."""
    if first >= len(items) or items[first].kind != "word" or items[first].low not in _ACCORDING_OPENERS:
        return None
    at = first + 1
    while at < len(items) and at - first <= _PLAIN_NOUNS + 2 and _plain_word(items[at]):
        at += 1
    ends = at == len(items) or items[at].kind == "punct" or items[at].low in _LINKS | {"in", "on"}
    if at == first + 1 or not ends or not items[at - 1].low.isalpha():
        return None
    return Source(items[first].start, items[at - 1].end, UNNAMED)


_ACCORDING_OPENERS = frozenset("the a an his her its their this that these those".split())


def _closing_noun(items: list, index: int) -> bool:
    """A plain lower-case noun right after a name, ending the clause: the phrase's own head."""
    following = items[index + 1] if index + 1 < len(items) else None
    ends = following is None or following.kind in ("punct", "quote")
    return index < len(items) and ends and _plain_noun(items[index]) and items[index - 1].cap


def _placed_end(items: list, head: int) -> int:
    """The last item of a short phrase placing the source ("close to the Holts"), kept in its
    label when it runs to the clause's end; else the head noun."""
    end = head + 1
    while (
        end < len(items)
        and items[end].kind in ("word", "mention")
        and items[end].low not in _PERSON_PHRASE_ENDS
    ):
        end += 1
    if end == head + 1 or end - head > _PLACING_ITEMS or (end < len(items) and items[end].kind != "punct"):
        return head
    return end - 1


_PLACING_ITEMS = 5


# Words after an unnamed person's noun that place them without naming anyone ("close to", "familiar
# with", "briefed on", "in the room"): the noun still ends the source's label.
_PLACING_WORDS = frozenset("close familiar briefed involved with in at from inside".split())


def _plain_word(item) -> bool:
    """A lower-case word of a noun phrase: no function word, though a source noun ("official") is one."""
    if item.kind != "word" or item.cap or _PLAIN.fullmatch(item.low) is None or item.low in _DETERMINERS:
        return False
    return item.low not in _FUNCTION_WORDS or item.low in _SOURCE_HEADS


def _spoken_for(items: list, head: int) -> int | None:
    """The index of the person named right after a source's head and its link ("for Ada Holt", "to
    Gov. Ada Holt", an aide's "to"), past an abbreviated title or the "both" of a family ("to both
    Clintons"); None when there is none."""
    link = head + 1
    if link >= len(items):
        return None
    speaks_for = items[link].low == "to" and items[head].low in SPEAKING_FOR_HEADS
    if items[link].low not in _LINKS and not speaks_for:
        return None
    if items[link].low == "of" and _topic_after(items, link):
        return None  # "said an Iowa Republican of Rubio": whom the words are about
    at = link + 1
    if at < len(items) and items[at].low == "both":
        at += 1  # "an adviser to both Clintons": a family's name in the plural
    elif at + 1 < len(items) and items[at].low == "the" and items[at + 1].low in _FAMILY_COUNTS:
        at += 2  # "an aide to the two Clintons"
    if at + 1 < len(items) and items[at].low in lx.HONORIFICS and items[at + 1].low == ".":
        at += 2  # "Gov.", "Sen.", "Dr."
    return at if at < len(items) and _person_at(items, at) else None


_FAMILY_COUNTS = frozenset(("two", "three"))


def _past_family_count(items: list, at: int) -> int:
    """The index past the count of "the two Clintons" when `at` holds it (after "the"); else `at`."""
    counted = 0 < at < len(items) and items[at - 1].low == "the" and items[at].low in _FAMILY_COUNTS
    return at + 1 if counted else at


def _counted_people(items: list, at: int) -> bool:
    """ "both candidates", "the two brothers": a plain plural noun for people after "both" or a count,
    whom a source speaks for (capitalised family names are heads already: "both Clintons")."""
    if not 0 < at < len(items) or items[at - 1].low not in _COUNTING_OPENERS:
        return False
    item = items[at]
    return item.kind == "word" and not item.cap and plural_person_noun(item.low)


_COUNTING_OPENERS = _FAMILY_COUNTS | frozenset(("both",))


def _person_at(items: list, index: int, kinds: tuple[str, ...] = (PERSON,)) -> bool:
    """Whether the item at `index` names someone sure (of `kinds`: a bare shared surname too)."""
    item = items[index]
    return item.kind == "mention" and item.mention is not None and item.mention.kind in kinds


_LIKENING = frozenset(("like", "unlike"))


def opening_group(items: list, owned: bool = False) -> Source | None:
    """ "Small groups of protesters marched ...": a group of people opening a sentence, within its
    first few words (no name, no punctuation before it), as its subject; with `owned`, also after
    whose group it is ("Reyes' parents")."""
    if _participle_phrase_opening(items):
        return None  # "Speaking to supporters in Dunmore, Mr. Pruitt seized on ...": their audience
    if items and items[0].kind == "word" and (items[0].low in PREPOSITIONS or items[0].low in _LIKENING):
        # "To college students: “…”": whom the words are for, no group speaking; "Like the farmers,
        # the brief ...": whom the subject is likened to.
        return None
    for at, item in enumerate(items[:_GROUP_OPENING_WORDS]):
        if owned and _owner_opening(items, at):
            continue  # "Holt's parents issued a statement", "Reyes' parents": whose group it is
        if item.kind != "word":
            return None
        if item.low in GROUP_NOUNS:
            if _names_next(items, at):
                return None  # "Foreign Ministry spokeswoman Clara Venn declined ...": a title, named
            if _body_next(items, at):
                return None  # "The official news agency then quoted ...": an adjective of the body
            found = source_before(items, at)
            if found is None or found.kind != UNNAMED:
                return None
            # "Attorneys for Holt appeared to oppose the effort, saying": whom they speak for too.
            whole = _spoken_for(items, at)
            return Source(found.start, items[whole].end, UNNAMED) if whole is not None else found
    return None


_GROUP_OPENING_WORDS = 5


def _participle_phrase_opening(items: list) -> bool:
    """ "Speaking to supporters", "Talking with reporters": a sentence opening with a participle and a
    preposition, whose object is no subject ("Striking workers marched" still opens with its group)."""
    if len(items) < 2 or items[0].kind != "word" or items[1].kind != "word":
        return False
    first = items[0].low
    return first.endswith("ing") and len(first) > PARTICIPLE_MIN_CHARS and items[1].low in PREPOSITIONS


def _names_next(items: list, at: int) -> bool:
    """Whether a person's name follows the word at `at`: the word is the title before it."""
    after = items[at + 1] if at + 1 < len(items) else None
    return after is not None and after.kind == "mention" and after.mention.kind == PERSON


def _body_next(items: list, at: int) -> bool:
    """Whether a body's noun follows the word at `at` within a few words ("official news agency",
    "official CNA news agency"), none a verb of saying or an adverb ("The official then told the
    agency"): the word describes the body."""
    for item in items[at + 1 : at + 1 + _BODY_NEXT_ITEMS]:
        if (
            item.kind not in ("word", "mention")
            or item.low in lx.SPEECH_VERBS
            or item.low in lx.PLAIN_ADVERBS
        ):
            return False
        if item.kind == "word" and not item.cap and item.low in lx.ORG_NOUNS:
            return True
    return False


_BODY_NEXT_ITEMS = 3  # "CNA", "news", "agency"


def _owner_opening(items: list, at: int) -> bool:
    """A sentence's opening name in the possessive, or its bare apostrophe after an s ("Reyes' ")."""
    mark = items[1] if len(items) > 1 else None
    bare = items[0].kind == "mention" and mark is not None and mark.kind == "punct" and mark.low in ("'", "’")
    return (at == 0 and items[0].kind == "mention" and (items[0].possessive or bare)) or (at == 1 and bare)


def _past_plain_words(items: list, start: int) -> int:
    """ "a 52-count civil complaint": up to _PLAIN_NOUNS words of no list after a determiner, when a
    source noun follows them; else `start`."""
    for at in range(start, min(len(items), start + _PLAIN_NOUNS + 1)):
        if _is_source_head(items[at]) or _is_modifier(items[at]):
            return at
        item = items[at]
        if item.kind == "word" and item.low in lx.COUNT_WORDS:
            continue  # "the four independent authors of the review"
        if item.kind != "word" or item.cap or not _PLAIN.fullmatch(item.low) or item.low in _FUNCTION_WORDS:
            return start
    return start


_PLAIN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _capital_before_head(items: list, index: int) -> bool:
    """ "the Justice Department": a capitalised word of any list opening a name that a head ends."""
    item = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    return item.kind == "word" and item.cap and following is not None and _is_source_head(following)


def _time_word_opening_a_name(items: list, index: int) -> bool:
    """ "The Morning Post says", "The South China Morning Post says": a capitalised time word after
    "the" or a name's word and before another capitalised word is inside the name, no time the words
    were said at."""
    item = items[index]
    if item.kind != "word" or not item.cap or item.low not in TIME_NOUNS | lx.WEEKDAYS:
        return False
    before, after = items[index - 1] if index else None, items[index + 1] if index + 1 < len(items) else None
    if after is None or after.kind not in ("word", "mention") or not after.cap or before is None:
        return False
    return before.low == "the" or (
        before.kind in ("word", "mention") and before.cap and not before.possessive
    )


def _joins_capitals(items: list, index: int) -> bool:
    """ "A Department for Media, Culture and Sport spokeswoman": a comma or "and" between capitalised
    words joins one name's list, inside the phrase."""
    if index < 1 or index + 1 >= len(items) or items[index].low not in _NAME_JOINERS:
        return False
    if not all(i.kind in ("word", "mention") and i.cap for i in (items[index - 1], items[index + 1])):
        return False
    # A comma joins a list only before another joiner ("Media, Culture and"), never a clause's
    # opening phrase to its subject ("In a statement on Thursday, Euronext said").
    following = items[index + 2] if index + 2 < len(items) else None
    return items[index].low != "," or (following is not None and following.low in _NAME_JOINERS)


_NAME_JOINERS = frozenset((",", "and", "&"))


def _name_tail(items: list, head: int) -> int:
    """The last word of a body's name going on past its head ("the Institute for the Study of Local
    Democracy"): "of" or "for", maybe "the", and capitalised words, as often as they come."""
    while items[head].cap and head + 2 < len(items) and items[head + 1].low in _BODY_NAME_JOINERS:
        at = head + 2
        if items[at].low == "the" and at + 1 < len(items):
            at += 1
        if not _body_name_word(items[at]):
            break
        while at + 1 < len(items) and _body_name_word(items[at + 1]):
            at += 1
        head = at
    return head


def _body_name_word(item) -> bool:
    """A capitalised word or a place or body named, never a person."""
    nonperson = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
    return item.cap and (item.kind == "word" or nonperson)


def _inner_article_of_a_name(items: list, index: int) -> bool:
    """ "the Council for the Protection of the Upper Valley": a "the" after "of" or "for" between
    capitalised words is inside one body's name, which opens further back."""
    if index < 2 or index + 1 >= len(items) or items[index - 1].low not in _BODY_NAME_JOINERS:
        return False
    if not (_body_name_word(items[index - 2]) and _body_name_word(items[index + 1])):
        return False
    return _body_word_back(items, index - 2)


def _body_word_back(items: list, at: int) -> bool:
    """Whether the capitalised run ending at `at` (joined by "of", "for" or "the") holds a body's
    word ("Council", "Institute"): a name such as "Xiaogang Wei" before "of the" is a person's."""
    while at >= 0 and (
        _body_name_word(items[at]) or items[at].low in _BODY_NAME_JOINERS or items[at].low == "the"
    ):
        if items[at].cap and items[at].low in lx.ORG_WORDS:
            return True
        at -= 1
    return False


def _preposition_in_a_name(items: list, index: int) -> bool:
    """ "Doctors Without Borders", "Teachers without Walls": a preposition between capitalised
    words is inside one body's name."""
    if index < 1 or index + 1 >= len(items) or items[index].low not in _NAME_PREPOSITIONS:
        return False
    return all(i.kind in ("word", "mention") and i.cap for i in (items[index - 1], items[index + 1]))


_NAME_PREPOSITIONS = frozenset(("without", "against", "beyond", "across"))


def _links_nouns(items: list, index: int) -> bool:
    """ "spokeswoman for NatWest": a preposition after a source noun stays inside the phrase."""
    if items[index].kind != "word" or index < 1:
        return False
    if _placed_in(items, index):
        return True
    return items[index].low in _LINKS and _noun_linked(items, index)


def _placed_in(items: list, index: int) -> bool:
    """ "officials in Lisbon", "diplomats in Beijing": people placed by the city or country they speak
    from; the phrase is theirs, never the place's."""
    if items[index].low != "in" or index + 1 >= len(items) or items[index + 1].kind != "mention":
        return False
    people = items[index - 1]
    return people.kind == "word" and (
        _is_noun(people) or plural_person_noun(people.low) or people.low == "police"
    )


def _is_noun(item) -> bool:
    return item.kind == "word" and (item.low in _SOURCE_HEADS or lx.is_role_head(item.low))


def _noun_linked(items: list, link: int) -> bool:
    """Whether the preposition at `link` goes on from a source's noun before it ("officials from",
    "a spokeswoman for"), or from a role's plural before "from" ("Governors from the northern states")."""
    noun = items[link - 1]
    if _is_noun(noun):
        return True
    return noun.kind == "word" and plural_role(noun.low) and items[link].low == "from"


def _one_of(items: list, at: int) -> bool:
    """ "one of the witnesses", "one of two aides": one person of a group, as a source's opening."""
    return (
        at + 2 < len(items)
        and items[at].kind == "word"
        and items[at].low == "one"
        and items[at + 1].low == "of"
        and items[at + 2].kind in ("word", "mention")  # "one of Vell's aides": the owner opens the group
    )


def _source(items: list, start: int, head: int) -> Source | None:
    if start == head and _bare_role(items[head]):
        start = _role_phrase_start(items, head)
    if start == head and _plain_noun(items[head]):
        start = _noun_phrase_start(items, head)
    words = [i for i in items[start : head + 1] if i.kind in ("word", "mention")]
    if not words:
        return None
    kind = _kind(words)
    if kind == PERSON_KIND and _kind_named_before(items, start):
        kind = ORGANISATION  # "UK-based bank Standard Chartered said", "brewer Fosters said"
    named = _outlet_after_name(items, start, head)
    if named is not None:
        return Source(items[named].start, items[head - 1].end, ORGANISATION)  # "Le Figaro newspaper"
    return Source(items[start].start, items[_numbered(items, head)].end, kind)


def _outlet_after_name(items: list, start: int, head: int) -> int | None:
    """ "Le Figaro newspaper said": a name then a lower-case noun for what it is; the label is the
    name, as "newspaper Le Figaro" gives it. Words describing it before the name ("the influential
    Edge magazine") are the writer's, not the outlet's name. The index where the name starts."""
    outlet = items[head]
    if head == start or outlet.kind != "word" or outlet.cap or outlet.low not in OUTLET_NOUNS:
        return None
    named = head
    while named > start and items[named - 1].kind == "word" and items[named - 1].cap:
        if items[named - 1].low in _DETERMINERS:
            break  # "The newspaper said": the sentence's capital, no name
        named -= 1
    if named == head:
        return None
    described = items[start:named]
    if described and (described[0].low != "the" or not all(_plain_word(i) for i in described[1:])):
        return None
    return named


OUTLET_NOUNS = frozenset("newspaper paper daily weekly magazine tabloid website broadcaster channel".split())


def _one_national(items: list, first: int) -> bool:
    """ "one Israeli", "a Canadian" closing the clause: one person told by their nationality (not
    "the Chinese", a people, nor "an American official", whose noun comes after)."""
    if first + 1 >= len(items) or items[first].low not in INDEFINITE:
        return False
    national = items[first + 1]
    closed = first + 2 == len(items) or items[first + 2].kind == "punct"
    one_person = national.low in lx.DEMONYMS and not national.low.endswith(PEOPLES_ENDINGS)
    return closed and national.kind == "word" and national.cap and one_person


PEOPLES_ENDINGS = ("ese", "ish", "ch", "ss")  # "the Chinese", "the British", "the French", "the Swiss"


def _business_named_after(items: list, first: int) -> Source | None:
    """ "said retailer Harbor Holdings.", "said brokerage Merrill Lynch in a note": a lower-case noun
    for a business, outlet or body (maybe after "the"), then a run of capitalised words ending the
    phrase: the business, by its whole name."""
    at = first + 1 if items[first].low == "the" else first
    noun = items[at] if at < len(items) else None
    if noun is None or noun.kind != "word" or noun.cap or noun.low not in BUSINESS_NOUNS:
        return None
    end = at + 1
    while end < len(items) and items[end].kind in ("word", "mention") and _business_name_word(items[end]):
        end += 1
    ends = end == len(items) or items[end].kind == "punct" or items[end].low in _BUSINESS_NAME_ENDS
    if end == at + 1 or not ends or items[end - 1].possessive:
        return None
    return Source(items[at + 1].start, items[end - 1].end, ORGANISATION)


def _business_name_word(item) -> bool:
    """A capitalised word that may be part of a business's name: no day, month or time ("said the
    company Tuesday", "said the firm Monday in a statement": when it spoke, not its name)."""
    return item.cap and item.low not in NOT_BUSINESS_NAMES


# Words that may follow a business's name ending an inverted source ("said bank X in a statement"),
# or when it spoke ("said retailer Harbor Holdings Tuesday").
_BUSINESS_NAME_ENDS = frozenset("in on at after before which that".split()) | SPOKEN_WHEN


def _kind_named_before(items: list, start: int) -> bool:
    """A lower-case noun for a business, outlet or body right before a name: what the name is."""
    before = items[start - 1] if start >= 1 else None
    return before is not None and before.kind == "word" and not before.cap and before.low in BUSINESS_NOUNS


def _numbered(items: list, head: int) -> int:
    """ "Radio 1 said", "said Channel 4": a short number after a capitalised name is part of it."""
    following = items[head + 1] if head + 1 < len(items) else None
    number = following is not None and following.kind == "word" and following.low.isdigit()
    spaced = number and following.start == items[head].end + 1
    return head + 1 if spaced and items[head].cap and len(following.low) <= _NAME_NUMBER_DIGITS else head


_NAME_NUMBER_DIGITS = 2


def _bare_role(item) -> bool:
    """A lower-case role noun standing alone ("minister"), no source noun ("officials") of its own."""
    low = item.low
    plain = item.kind == "word" and not item.cap and lx.is_role_head(low)
    return plain and low not in GROUP_NOUNS and low not in lx.SOURCE_NOUNS


def _role_phrase_start(items: list, head: int) -> int:
    """ "the two-term president", "the independent Vermont senator and Democratic presidential
    candidate", "Scotland's first minister": the whole phrase a role noun ends, back to its
    determiner or possessor, so a label never reads "minister" alone; else `head`."""
    for at in range(head - 1, max(-1, head - _ROLE_PHRASE_ITEMS), -1):
        item = items[at]
        if item.kind == "word" and item.low in _DETERMINERS:
            return at
        if item.kind == "mention" or (item.possessive and item.cap):
            return at  # "Scotland's first minister": its possessor or a name opens it
        if item.kind not in ("word", "mention") or item.low in _ROLE_PHRASE_STOPS:
            return head
    return head


_ROLE_PHRASE_ITEMS = 9


def _noun_phrase_start(items: list, head: int) -> int:
    """ "Reuters news agency", "That letter", "the head of the party's powerful rules committee": a
    plain noun's whole phrase, back over plain words and possessors to its determiner or a name
    opening it (and to a role or source noun it belongs to, "the head of"), so a label never reads
    "agency", "letter" or "committee" alone; else `head`."""
    for at in range(head - 1, max(-1, head - _ROLE_PHRASE_ITEMS), -1):
        item = items[at]
        if item.kind == "word" and (item.low in _DETERMINERS or _demonstrative(item)):
            return _owner_of(items, at)
        named = item.kind == "mention" or (item.kind == "word" and item.cap)
        if named and (at == 0 or items[at - 1].kind in ("punct", "quote")):
            return at  # "Reuters news agency said", opening its clause
        if not (named or item.possessive or _phrase_word(item) or _between_adjectives(items, at)):
            return head
    return head


def _between_adjectives(items: list, at: int) -> bool:
    """ "The hand-written, four-page lawsuit": a comma between two hyphened adjectives (a compound
    such as "four-page" describes, "the hearing, court papers" would not) stays inside the phrase."""
    if items[at].low != "," or at < 1 or at + 1 >= len(items):
        return False
    return all(_phrase_word(i) and "-" in i.low for i in (items[at - 1], items[at + 1]))


def _phrase_word(item) -> bool:
    """A lower-case word inside a noun phrase ("news", "powerful", "rules"): no link or verb of saying."""
    low = item.low
    return (
        item.kind == "word"
        and _PLAIN.fullmatch(low) is not None
        and not item.cap
        and low not in _ROLE_PHRASE_STOPS
    )


_DEMONSTRATIVES = frozenset("that this these those".split())


def _demonstrative(item) -> bool:
    """ "this source told the Post", "That letter ... demanded": a determiner; a lower-case "that"
    is more often a conjunction ("said that officials ...")."""
    return item.low in _DEMONSTRATIVES and (item.cap or item.low != "that")


def _owner_of(items: list, determiner: int) -> int:
    """ "the head of [the committee]": the role or source noun whose "of" the phrase follows."""
    of, owner = determiner - 1, determiner - 2
    if owner < 0 or items[of].low != "of" or not _is_noun(items[owner]):
        return determiner
    if owner >= 1 and items[owner - 1].kind == "word" and items[owner - 1].low in _DETERMINERS:
        return owner - 1
    return determiner


# A link, a verb of saying or a relative ends a noun phrase read backwards; so do a form of "be" and
# a passive's "by" ("the group was bombarded by protesters": "protesters" alone).
_ROLE_PHRASE_STOPS = _LINKS | lx.SPEECH_VERBS | PASSIVE | frozenset("or but that who which what by".split())


def _kind(words: list) -> str:
    content = [w for w in words if w.low not in _DETERMINERS]
    head = content[-1] if content else words[-1]
    link = next((i for i, w in enumerate(content) if _kind_link(content, i)), None)
    if link:
        # "Governors from the northern states": people of a role from somewhere, capitalised or not
        from_somewhere = content[link].low == "from" and plural_role(content[link - 1].low)
        content = content[:link]  # "a spokeswoman for the ministry", "an aide to Holt": unnamed
        head = content[-1]
        if from_somewhere:
            return UNNAMED
    if any(w.low in GROUP_NOUNS and not w.cap for w in words):
        return UNNAMED  # "hundreds of protesters"; not "the National Farmers' Union"
    # "Steve Mosko": a name the registry had no evidence for; "Cleveland's Plain Dealer" is a possessor's.
    named = 2 <= len(words) <= 3 and all(_name_word(w) for w in words)
    if len(content) == len(words) and named and not any(w.possessive for w in words[:-1]):
        return PERSON_KIND
    if (
        head.low in GROUP_NOUNS
        or (plural_person_noun(head.low) and (not head.cap or len(words) == 1))  # "Friends said"
        or (head.low in _SOURCE_HEADS and head.low not in lx.ORG_NOUNS and not head.cap)
    ):
        return UNNAMED  # "Residents said": a group, even with the capital opening a sentence
    if (
        lx.is_role_head(head.low) or head.low in WRITINGS or head.low in _UNNAMED_PERSON_NOUNS
    ) and not head.cap:
        return UNNAMED  # "the minister"; "its Amazon summary": a writing, no organisation; "a Florida backer"
    if head.low.endswith("s") and head.low[:-1] in lx.POSTNOMINALS:
        return UNNAMED  # "the MPs said", "MEPs warned": members of a body, not the body
    if (words[0].low in INDEFINITE or words[0].low == "the") and head.low in lx.PARTY_MEMBERS:
        return UNNAMED  # "a New Hampshire Democrat", "the Republican": one party member, not the party
    if words[0].low in INDEFINITE and head.low in _CITY_PEOPLE:
        return UNNAMED  # "one New Yorker later recalled": a New Yorker, not the magazine
    if words[0].low in INDEFINITE and lx.is_title(head.low) and head.low not in lx.ORG_WORDS:
        return UNNAMED  # "a Peshmerga Commander": one officer of a capitalised rank, no body
    return ORGANISATION


# People of a city, capitalised as a body's name is ("a New Yorker", "one Londoner").
_CITY_PEOPLE = frozenset(
    "yorker yorkers londoner londoners berliner parisian chicagoan bostonian muscovite".split()
)


# "officials in Lisbon" are unnamed as "officials at the ministry" are: the place is no head.
_KIND_LINKS = _LINKS | frozenset(("in",))


def _kind_link(words: list, index: int) -> bool:
    """Where the words describing whom a source serves or is close to begin ("a spokeswoman for the
    ministry", "an aide to Holt", "a person close to Mayor Ostrow"): the source's kind is its own."""
    word = words[index]
    # "a person close to Holt", not "one close ally of the campaign": the adjective before its "to".
    following = words[index + 1].low if index + 1 < len(words) else ""
    placing = word.low in PLACING_ADJECTIVES and not word.cap and following in _PLACING_LINKS
    return word.low in _KIND_LINKS or _speaks_to(words, index) or placing


def _speaks_to(words: list, index: int) -> bool:
    """ "an aide to Ada Holt": the "to" after one who speaks for someone links a source to them."""
    return words[index].low == "to" and index > 0 and words[index - 1].low in SPEAKING_FOR_HEADS


def _name_word(item) -> bool:
    low = item.low
    return (
        item.kind == "word" and item.cap and not (low in lx.ORG_WORDS or low in lx.PLACES or low in _OPENERS)
    )


def same_source_key(name: str) -> tuple[str, ...]:
    """What two labels of one source share: their words without determiners or a possessive 's;
    "another user" is never "one user" ("another" says it is someone else)."""
    words = (w.casefold().removesuffix("'s").removesuffix("’s") for w in name.split())
    return tuple(w for w in words if w not in _DETERMINERS or w in ELLIPTICAL)


def fits_pronoun(source: tuple[str, str], pronoun: str) -> bool:
    """Whether "it" or "they" can stand for a labelled source: "it" for one organisation or writing,
    "they" for an organisation ("the company ... they") or a plural ("officials", "protesters"), never
    "they" for one writing ("the lawsuit") nor "it" for people."""
    name, kind = source
    head = name.split()[-1].casefold() if name.split() else ""
    plural = head in GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss") and kind == UNNAMED)
    # "The Harlow Institute study group ... suggests “…” ¶ Instead, they call for “…”": people together.
    plural = plural or (kind == UNNAMED and head in _COLLECTIVE_HEADS)
    if pronoun.casefold() == "it":
        # "The ruling said ... Those factors, it said, include “…”": any writing the text may quote.
        return not plural and (kind == ORGANISATION or head in WRITINGS or head in WRITTEN_THINGS)
    return plural or kind == ORGANISATION


def another_of(source: tuple[str, str]) -> tuple[str, str] | None:
    """ "another user" for "Another said" after "one user wrote": the unnamed source just quoted,
    when an indefinite article introduced it, is whom the bare "another" is one more of."""
    first, _, rest = source[0].partition(" ")
    if not rest and first.casefold() in _BARE_ONES:
        return "another", UNNAMED  # "“…,” one said. “…,” read another.": a second one, not the first
    if first.casefold() in _SOMEONE:
        # "“…!” someone in the crowd shouted. “…,” cried another.": another person in the crowd
        return f"another person {rest}".rstrip(), UNNAMED
    if first.casefold() not in INDEFINITE or not rest:
        return None
    if first.casefold() == "another":
        return f"yet another {rest}", UNNAMED  # "Yet another said" after "another Harbor Republican"
    return f"another {rest}", UNNAMED


_BARE_ONES = frozenset(("one", "another"))
_COLLECTIVE_HEADS = frozenset("group team panel crew family couple".split())


# Words left hanging when a title is cut off a label ("the authors of the").
_HANGING = frozenset("of the a an for at from".split())


def _before_unclosed_title(text: str) -> str:
    """ "the authors of the “Harbor Renewal": a title the source's words end inside of (its
    closing mark beyond them) is cut off, with the words that led into it ("the authors")."""
    opening = text.rfind("“")
    if opening < 0 or "”" in text[opening:]:
        return text
    words = text[:opening].split()
    while len(words) > 1 and words[-1].casefold() in _HANGING:
        words.pop()
    return " ".join(words)


def label(text: str) -> str:
    """How a source is named in lists: its words as written, a leading "The" in lower case, never
    half a title."""
    words = _past_openers(" ".join(_before_unclosed_title(text).split()))
    one_of = _ONE_OF_RELATIVE.fullmatch(words)
    if one_of is not None:
        group = one_of[1]
        return f"one of {group[0].lower() + group[1:] if group.split()[0] in _TITLE_DETERMINERS else group}"
    if words == "I":
        return WRITER
    # "Chelsea's statement added", "the bank's statement said": the owner of the words speaks.
    words = words.removesuffix("'s").removesuffix("’s")
    named = _name_after_kind(words)
    if named is not None:
        return named
    first, _, rest = words.partition(" ")
    if first.casefold() in INDEFINITE and rest.isupper() and " " not in rest:
        return rest  # "a BBC statement read": the BBC's words, not "a BBC"
    one_of_a_city = rest.split()[-1].casefold() in _CITY_PEOPLE if rest else False
    if first.casefold() in INDEFINITE and " " in rest and _capitalised_body(rest) and not one_of_a_city:
        return rest  # "a Capital Economics statement said": the business's words
    if (first.casefold() in _DETERMINERS or first.casefold() in _DEMONSTRATIVES) and rest:
        return f"{first.casefold()} {rest}"
    plain = first.casefold() in lx.SOURCE_NOUNS and (not rest or rest[:1].islower())
    # "Unnamed officials told KTSM": a plain adjective capitalised only by the sentence's start.
    plain = plain or (first.casefold() in _PLAIN_OPENING_ADJECTIVES and rest[:1].islower())
    plain = plain or (not rest and plural_person_noun(first.casefold()))  # "Friends said"
    plain = plain or (plural_role(first.casefold()) and rest.startswith("from "))  # "Governors from the"
    named_body = rest.split(" ", 1)[0].casefold() in _NAME_PREPOSITIONS  # "Doctors without Borders"
    if (plain or first.casefold() in GROUP_NOUNS or first.casefold() in _QUANTITIES) and not named_body:
        return f"{first.casefold()} {rest}".rstrip()  # "Residents said": a plain noun, not a name
    return words


_ONE_OF_RELATIVE = re.compile(r"(.+), one of (?:which|whom)")
_TITLE_DETERMINERS = frozenset("The Two Three Several Some Its Their".split())


def _capitalised_body(words: str) -> bool:
    """Capitalised words ending in no word for a person ("Capital Economics", not "Harbor County
    Democrat" or "New York Briton")."""
    last = words.split()[-1].casefold()
    person = lx.is_person_noun(last) or last in lx.PARTY_LABELS or last in lx.DEMONYMS
    return all(w[:1].isupper() for w in words.split()) and not person


def _past_openers(words: str) -> str:
    """ "But officers", "According to prosecutors": a connective or "according to" opening the
    sentence is no part of the source's name."""
    first, _, rest = words.partition(" ")
    if first.casefold() in _LABEL_OPENERS and rest:
        return _past_openers(rest)
    if words.casefold().startswith("according to ") and len(words.split()) > 2:
        return words.split(" ", 2)[2]
    return words


# "As Zebulon Vane once framed it": "as" opens the clause, no part of the name.
_LABEL_OPENERS = frozenset("but and so yet or also then as".split())


def _name_after_kind(words: str) -> str | None:
    """ "the US publication Forbes", "search engine firm Google": a body's name after the lower-case
    noun saying what it is is the body's label; not a spokesman's "for bank Standard Chartered"."""
    split = words.split()
    for at in range(len(split) - 2, -1, -1):
        name = split[at + 1 :]
        if not all(w[:1].isupper() or w[:1].isdigit() for w in name):
            return None
        if split[at] in BUSINESS_NOUNS:
            before = {w.casefold() for w in split[:at]}
            if before & (_LINKS | _PEOPLE_NOUNS | lx.SOURCE_NOUNS):
                return None
            return " ".join(name)
    return None


# Organisation names and the plain nouns that refer back to them ("Harbor Bank" ... "the bank").
# A name's head: its last word ("Harbor Bank"), its first before "of" ("Ministry of Finance"), or
# a plain noun after a capitalised word ("the Reyes campaign").
_ORG_HEADS = (
    frozenset(
        "bank ministry department company corp corporation inc ltd llc co group holdings agency bureau "
        "university college institute foundation union party commission committee council authority "
        "airlines airways fund trust association federation network campaign administration court "
        "tribunal chamber society board center centre academy league alliance coalition service "
        "institution hospital school church museum".split()
    )
    | lx.BUSINESS_WORDS
    | lx.CLUB_WORDS
    | lx.ENSEMBLE_NOUNS
)
_COMPANY_HEADS = lx.BUSINESS_WORDS
# Trades whose names end otherwise than a company's ("Airways", "Bank", "Trust") or that name no one kind.
_TRADES_OF_OTHER_HEADS = frozenset("airline carrier lender charity watchdog".split())
# A plain noun that may stand for an organisation whose name has another head ("the company").
_REFERS_TO = {
    "company": _COMPANY_HEADS,
    "firm": _COMPANY_HEADS,
    "corporation": _COMPANY_HEADS,
    "club": lx.CLUB_WORDS,
    "lender": frozenset(("bank",)),
    "airline": frozenset(("airlines", "airways")),
    "carrier": frozenset(("airlines", "airways")),
    "office": frozenset(("office",)),  # "the office": an officer's office the article names (office_meant)
    # a business named by its trade: "the carmaker" is the one business the article names
    **{noun: _COMPANY_HEADS for noun in lx.TRADE_NOUNS - _TRADES_OF_OTHER_HEADS},
}
_PLAIN_HEADS = frozenset(("campaign", "administration"))
_NAME_WORD = re.compile(r"[A-Za-z][\w&'’.-]*")


def refers_back(label: str) -> str | None:
    """The plain noun of a label such as "the bank" or "the company" that may stand for an
    organisation named elsewhere in the article; None for any other label."""
    first, _, noun = label.partition(" ")
    if first != "the" or not noun.isalpha() or not noun.islower():
        return None
    return noun if noun in _REFERS_TO or noun in _ORG_HEADS else None


def organisation_names(texts, nouns) -> dict[str, dict[frozenset, str]]:
    """Organisation names of the texts that the plain `nouns` may stand for, by head, then by their
    words ("bank": {{harbor, bank}: "Harbor Bank"}): capitalised runs of two or more words with an
    organisation head, without a leading "The" or a possessive 's. Only the words around each
    head are read: most of an article names no organisation."""
    heads = {head for noun in nouns for head in _REFERS_TO.get(noun, (noun,))}
    if not heads:
        return {}
    near = re.compile(r"\b(?:" + "|".join(sorted(heads)) + r")\b", re.IGNORECASE)
    found: dict[str, dict[frozenset, str]] = {}
    for text in texts:
        for hit in near.finditer(text):
            low = hit.start() - _NAME_WINDOW
            start = 0 if low <= 0 else text.find(" ", low, hit.start()) + 1  # from a whole word
            _scan_names(found, text[start : hit.end() + _NAME_WINDOW])
    return {head: _whole_names(names) for head, names in found.items()}


def _whole_names(names: dict[frozenset, str]) -> dict[frozenset, str]:
    """Names less those that are part of a longer one ("City Council" of "Harbor City Council", read
    from a window opening inside the name): one organisation, not two."""
    return {key: name for key, name in names.items() if not any(key < other for other in names)}


_NAME_WINDOW = 60  # characters either side of a head: a name of five long words


def _scan_names(found: dict[str, dict[frozenset, str]], text: str) -> None:
    """Each run of capitalised words (and "of", and "campaign" after them) of `text` that names one;
    not a run opening after "Civil and", whose name began before it ("NSW Civil and Administrative
    Tribunal" is no "Administrative Tribunal")."""
    run: list[str] = []
    cut = False
    end = 0
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        spaced = text[end : match.start()] == " "
        if run and not spaced:
            _add_name(found, [] if cut else run)  # punctuation between two words ends a name
            run = []
        end = match.end()
        joined = run and word in _BODY_NAME_JOINERS and text[end : end + 2].strip()[:1].isupper()
        if run and word == "The":
            # "... assets in the U.S. The State Department announced": a capital "The" inside a run
            # opens a new sentence after an abbreviation's full stop, and a new name.
            _add_name(found, [] if cut else run)
            run = []
        if word[0].isupper() or joined:
            if not run:
                cut = _CAPITALISED_AND.search(text, 0, match.start()) is not None
            run.append(word)
            if _ends_sentence(word):
                _add_name(found, [] if cut else run)  # "... the University of Kent. We condemn ..."
                run = []
            continue
        if run and word in _PLAIN_HEADS:
            run.append(word)
        _add_name(found, [] if cut else run)
        run = []
    _add_name(found, [] if cut else run)


def _ends_sentence(word: str) -> bool:
    """ "Kent.": a full stop after a word longer than an abbreviation ("St.", "Co.", "U.S.") ends
    its sentence, and any name with it."""
    stem = word.removesuffix(".")
    return stem != word and len(stem) > _ABBREVIATION_MAX_CHARS and "." not in stem


_ABBREVIATION_MAX_CHARS = 3


# A capitalised word and "and" right before a run: the run is the end of a longer name.
_CAPITALISED_AND = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:and|&)\s+$")


# Lower-case words inside a body's name: "Ministry of Finance", "Institute for Policy Studies".
_BODY_NAME_JOINERS = frozenset(("of", "for"))


def _name_head(lows: list[str]) -> str | None:
    """The word of a name that says what the body is: its last ("Harbor Bank"), else the word
    before its first joiner ("Chamber of Commerce", "Institute for Policy Studies")."""
    if lows[-1] in _ORG_HEADS:
        return lows[-1]
    joiner = next((i for i, w in enumerate(lows) if w in _BODY_NAME_JOINERS), None)
    if joiner is not None and joiner > 0 and lows[joiner - 1] in _ORG_HEADS:
        return lows[joiner - 1]
    return None


def _add_name(found: dict[str, dict[frozenset, str]], run: list[str]) -> None:
    words = [_shown_word(w.removesuffix("'s").removesuffix("’s")) for w in run]
    while words and (words[0].casefold() in _DETERMINERS or words[0].casefold() in _OPENERS):
        words = words[1:]
    while words and words[-1] in _BODY_NAME_JOINERS:
        words = words[:-1]
    words = _past_person_of(words)
    if len(words) < 2:
        return
    head = _name_head([w.casefold() for w in words])
    if head is not None:
        # "Finance Ministry" and "Ministry of Finance" are one name: the first spelling met stands.
        key = frozenset(w.casefold().rstrip(".") for w in words if w not in _BODY_NAME_JOINERS)
        found.setdefault(head, {}).setdefault(key, " ".join(words))


def _shown_word(word: str) -> str:
    """A word as a name shows it: without the full stop ending its sentence ("Kent."), with an
    abbreviation's ("U.S.")."""
    stem = word.rstrip(".")
    return word if "." in stem else stem


def _past_person_of(words: list[str]) -> list[str]:
    """ "Ann Tripp of Coastal Public Network": the body after a person's name and "of", not both."""
    if "of" not in words or not is_given_name(words[0].casefold()):
        return words
    at = words.index("of")
    return words[at + 1 :] if at == _NAME_BEFORE_OF else words


_NAME_BEFORE_OF = 2  # "Ann Tripp of": a given name and a surname


def described_organisation(noun: str, labels: list[str]) -> str | None:
    """ "the agency" after "a spokesman for the highways agency" said something: the one organisation
    of that noun, with a modifier, that another source's label names (none with a capital)."""
    found = set()
    for text in labels:
        words = text.split()
        link = max((i for i, w in enumerate(words) if w in _LINKS), default=-1)
        tail = words[link + 1 :]
        if len(tail) >= 3 and tail[0] == "the" and tail[-1] == noun and all(w.islower() for w in tail):
            found.add(" ".join(tail))
    return found.pop() if len(found) == 1 else None


def organisation_meant(
    noun: str, names: dict[str, dict[frozenset, str]], texts: tuple[str, ...] = ()
) -> str | None:
    """The one organisation a plain noun can stand for ("the bank": the one bank named), if only one;
    for "the company" or "the firm", a business named after its kind ("Game maker Valve") counts."""
    heads = _REFERS_TO.get(noun, frozenset((noun,)))
    meant = {key: name for head in heads for key, name in names.get(head, {}).items()}
    if noun in _COMPANY_NOUNS:
        for text in texts:
            for found in _KIND_NAMED.finditer(text):
                name = _named_business_words(found.group(1))
                if name:
                    meant.setdefault(frozenset(name.casefold().split()), name)
    return next(iter(meant.values())) if len(meant) == 1 else None


def _named_business_words(run: str) -> str:
    """The business's name of a capitalised run after its kind, without when it spoke ("company Harbor
    Holdings Tuesday"); none for "the company Tuesday"."""
    words = run.split()
    if words[0].casefold() in NOT_BUSINESS_NAMES:
        return ""
    while words[-1].casefold() in SPOKEN_WHEN:
        words.pop()
    return " ".join(words)


def office_meant(noun: str, texts: tuple[str, ...]) -> str | None:
    """ "The Tarrow County prosecutor's office said ... ¶ “…,” the office said": "the office" is the
    one office of an officer the texts name ("the state attorney general's office"), if only one,
    labelled as it would be quoted itself; none when two are named."""
    if noun != "office":
        return None
    found: dict[str, str] = {}
    for text in texts:
        for hit in _OFFICERS_OFFICE.finditer(text):
            found.setdefault(hit.group(1).casefold(), hit.group(1))
    return "the " + next(iter(found.values())) if len(found) == 1 else None


# "the Tarrow County prosecutor's office": from "the" over a few words (no link or determiner, which
# would open another phrase: "the head of the ...") to a possessive and "office".
_OFFICERS_OFFICE = re.compile(
    r"\b[Tt]he ((?:(?!(?:the|of|a|an|and|or|in|at|for|to)\b)[\w.-]+ ){0,4}[\w-]+['’]s office)\b"
)


def description_meant(noun: str, texts: tuple[str, ...]) -> str | None:
    """ "The state's energy office has said ... the office called the project “…”": a plain noun is the
    one body the texts describe in lower-case words before that noun ("the state's energy office",
    "the county health department"), if only one, so that a reader can ask for it by those words;
    none when two may be described, or only by words that set no body apart ("the same agency")."""
    pattern = _DESCRIBED.get(noun)
    if pattern is None:
        pattern = _DESCRIBED[noun] = re.compile(_DESCRIPTION.format(noun=re.escape(noun)))
    found: dict[str, str] = {}
    maybe: set[str] = set()  # followed by a word that may go on with the compound or be a verb
    for text in texts:
        for hit in pattern.finditer(text):
            words = hit.group(1).split()
            if any(w.casefold() in _VAGUE_MODIFIERS for w in words):
                continue
            described = " ".join([*words, noun])
            if not all(w.islower() for w in words) or _compound_goes_on(text, hit.end()):
                # Another body, or maybe one: "the Tarrow County prosecutor's office" (a name, which
                # organisation_meant reads), "the campaign finance case", "the office disagrees".
                maybe.add(described.casefold())
            else:
                # "Citizens First, the conservative group that ...": the body's own name, when the
                # description is set beside it.
                named = _apposed_name(text, hit.start())
                found.setdefault(described.casefold(), named or "the " + described)
    if len(found) != 1 or not maybe <= found.keys():
        return None
    return next(iter(found.values()))


def _apposed_name(text: str, start: int) -> str | None:
    """The capitalised name right before the ", " that opens a description at `start`, else None."""
    found = _NAME_BEFORE_COMMA.search(text, 0, start)
    if found is None or found.end() != start:
        return None
    # "In its ruling on the Harbor Fishing Act, the high court said": a law's name closing an opening
    # phrase, not a body the description renames.
    return None if found.group(1).split()[-1].casefold() in _LAW_WORDS else found.group(1)


_LAW_WORDS = frozenset("act law bill amendment treaty accord agreement code constitution".split())
# "Citizens First, ": two to five capitalised words (a body's name) and the comma before a description.
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’])((?:[A-Z][\w'’&.-]*\s){1,4}[A-Z][\w'’&.-]*), $")


def _compound_goes_on(text: str, end: int) -> bool:
    """Whether a lower-case word that is no link, adverb or verb of saying follows the noun ending at
    `end`: a compound going on ("the campaign finance case"), not the noun ending its phrase."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) not in _FUNCTION_WORDS


_NEXT_WORD = re.compile(r" ([a-z][\w'’-]*)")
# "the state's energy office": from "the" over one to three words before the noun, none a link or
# determiner that would open another phrase ("the head of the ..."), the noun not a possessive itself.
_DESCRIPTION = (
    r"\b[Tt]he ((?:(?!(?:the|of|a|an|and|or|in|at|for|to|on|by|with|from|that|which)\b)"
    r"[\w'’-]+ ){{1,3}}){noun}\b(?!['’]s\b)"
)
_DESCRIBED: dict[str, re.Pattern[str]] = {}
# Words that describe no particular body: "the same agency", "the other company", "the first firm".
_VAGUE_MODIFIERS = frozenset(
    "same other another whole entire very own such only first last next new old former latter".split()
)


def lone_business_meant(noun: str, bodies: frozenset[str], texts: tuple[str, ...]) -> str | None:
    """ "Shell told investors ... Shell said ... “…,” the firm said": for "the company" or "the firm",
    the one business known by a single word the article writes before it, none of them named after
    an outlet's noun ("US publication Forbes" is no company); for "the band", the one body known by a
    single word ("“…,” Wilco said. ... “…,” the band said")."""
    if noun not in _COMPANY_NOUNS and noun not in lx.ENSEMBLE_NOUNS:
        return None
    lone = {b for b in bodies if " " not in b}
    if not lone:
        return None
    found = {}
    for text in texts:
        for hit in _CAPITAL_WORD.finditer(text):
            word = hit.group()
            longer = _ends_longer_name(text, hit.start()) or _starts_longer_name(text, hit.end())
            if word.casefold() in lone and not longer:
                found.setdefault(word.casefold(), word)
    if len(found) != 1:
        return None
    word = next(iter(found.values()))
    outlet = re.compile(rf"\b(?:{'|'.join(sorted(_NOT_COMPANIES))}) {re.escape(word)}\b")
    return None if any(outlet.search(text) for text in texts) else word


def _ends_longer_name(text: str, start: int) -> bool:
    """ "Brannock Lines": a capitalised word right after another is the end of a longer name, not a
    business known by that word alone."""
    return _CAPITAL_BEFORE.search(text, max(0, start - _WORD_BEFORE_CHARS), start) is not None


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w&'’-]* $")


def _starts_longer_name(text: str, end: int) -> bool:
    """ "Harrow Lane", "Eagles of Death Metal": a capitalised word right before another, or before
    "of" and another, opens a longer name, not a body known by that word alone."""
    return _CAPITAL_AFTER.match(text, end) is not None


_CAPITAL_AFTER = re.compile(r" (?:of )?[A-Z]")
_WORD_BEFORE_CHARS = 40  # the word before, however long: never the text from its start


def outlet_noun(label: str) -> str | None:
    """The outlet's noun of a label "the magazine" or "the paper"; None for any other label."""
    first, _, noun = label.partition(" ")
    return noun if first.casefold() == "the" and noun in _OUTLET_KINDS else None


def outlet_meant(noun: str, texts: tuple[str, ...]) -> str | None:
    """ "... by US magazine Mobile PC. ¶ “…,” said the magazine": the one outlet of that kind the
    texts name, beside the noun for what it is ("magazine Mobile PC", "Edge magazine"), if only one."""
    kinds = "|".join(sorted(_OUTLET_KINDS[noun]))
    after = re.compile(rf"\b(?:{kinds}) ((?:{_NAME_RUN} (?:of )?)*{_NAME_RUN})\b(?!['’]s)")
    # "US magazine Mobile PC", "the band Eagles of Death Metal": a name after the noun is the
    # outlet's, one before it where it is.
    before = re.compile(rf"\b((?:{_NAME_RUN} )*{_NAME_RUN}) (?:{kinds})\b(?! [A-Z])")
    # "The Harbor Gazette, a weekly newspaper,": a name the apposition after it says is one.
    apposed = re.compile(
        rf"((?:{_NAME_RUN} )*{_NAME_RUN}), (?:a|an|the) (?:[a-z][\w-]* ){{0,2}}(?:{kinds})"
        r"(?=[,.;)]| in | based )"
    )
    found: dict[str, str] = {}
    for text in texts:
        hits = (*after.finditer(text), *(h for h in before.finditer(text) if _names_outlet(text, h)))
        hits = (*hits, *apposed.finditer(text))
        for hit in hits:
            name = _THE_OPENING.sub("", hit.group(1))
            if name:
                found.setdefault(name.casefold(), name)
    if not found:
        # "As Washington's WTOP reports, ... The station adds that:": the one outlet the last two
        # paragraphs say reports, named without its kind.
        found = {
            hit.group(1).casefold(): hit.group(1) for text in texts[-2:] for hit in _AS_REPORTS.finditer(text)
        }
    return next(iter(found.values())) if len(found) == 1 else None


_AS_REPORTS = re.compile(
    r"\bAs (?:(?:[A-Z][\w.-]* )*[A-Z][\w.-]*['’]s )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*) (?:reports|reported)\b"
)


def _names_outlet(text: str, hit: re.Match) -> bool:
    """ "the Sun newspaper" names one; "a Baton Rouge newspaper" says where one is (an indefinite
    article), and a run cut short after another capitalised word is no name either."""
    last = text[: hit.start()].split()[-1:] or [""]
    first = hit.group(1).split()[0]
    indefinite = ("a", "an", "one")
    return (
        last[0].casefold() not in indefinite
        and not last[0][:1].isupper()
        and first.casefold() not in indefinite
    )


_NEWSPAPERS = frozenset("newspaper paper daily tabloid".split())
# "The paper said" may be the newspaper named as "the Sun newspaper" or "the daily Le Monde".
_OUTLET_KINDS = {
    "magazine": frozenset(("magazine",)),
    "newspaper": _NEWSPAPERS,
    "paper": _NEWSPAPERS,
    "tabloid": _NEWSPAPERS,
    "website": frozenset(("website",)),
    "station": frozenset(("station",)),  # "radio station WTOP", "As WTOP reports ... The station adds"
    "network": frozenset(("network",)),
    # Ensembles are named the same way: "the band said" is the one named "rock band Wilco".
    **{noun: frozenset((noun,)) for noun in lx.ENSEMBLE_NOUNS},
}
_NAME_RUN = r"[A-Z][\w&'’-]*"
_THE_OPENING = re.compile(r"^(?:The|A|An)(?: |$)")

_CAPITAL_WORD = re.compile(r"\b[A-Z][\w&'’-]*\b")


# "the company" and "the firm" stand for a business the article names after its kind: "Game maker
# Valve", "search engine firm Google", "brewer Fosters" (a lower-case noun, then the name).
_COMPANY_NOUNS = frozenset(("company", "firm"))
_NOT_COMPANIES = frozenset(
    "newspaper paper website magazine tabloid publication journal outlet network channel agency charity "
    "body watchdog regulator federation association union group".split()
)
_COMPANY_KINDS = "|".join(sorted(BUSINESS_NOUNS - _NOT_COMPANIES))
_KIND_NAMED = re.compile(r"\b(?:" + _COMPANY_KINDS + r") ((?:[A-Z][\w&'’-]+ )*[A-Z][\w&'’-]+)\b(?!['’]s)")
