"""What opens a sentence before its subject, stepped over to find it: a short phrase ("Last night,"),
a prepositional one ("After the Harbor attacks,"), a subordinate clause ("When Holt suggested ...,").
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import PREPOSITIONS
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import NONPERSON, PERSON
from bot.core.quotes.subjects.before_skips import plain_adverb
from bot.core.quotes.subjects.shared import asked_opener_end, verb_like

_OPENING_PREPOSITIONS = frozenset(
    "after before in on at during since following despite amid from like unlike upon".split()
)
LONG_OPENERS = _OPENING_PREPOSITIONS | frozenset("as with".split())
LONG_OPENING_ITEMS = 12  # "As part of the exchange with Holt at the hearing on Monday,"


SUBORDINATE_OPENERS = frozenset(
    "when while as after before because since though although if once whereas".split()
)


_JOINING_OPENERS = frozenset(("but", "and", "yet", "so"))


def past_subordinate_clause(items: list[Item]) -> int:
    """The index after "When Holt suggested that ...," or "Asked whether he ...," opening the
    sentence, else 0; past a short opening phrase ("In June 2009, after Holt suffered a concussion,
    Dorn emailed ...")."""
    asked = asked_opener_end(items)
    if asked:
        return asked
    # "After Holt said no, Dorn went on:" is a clause, "after" a subordinator: only a short phrase
    # ("In June 2009,") is stepped over first.
    prepositional = bool(items) and items[0].low in _OPENING_PREPOSITIONS
    start = (prepositional and _past_short_prepositional_opening(items)) or past_opening_phrase(items)
    if start + 1 < len(items) and items[start].low in _JOINING_OPENERS:
        start += 1  # "But when Republicans asked him ..., the White House refused"
    if start + 1 < len(items) and items[start].low == "even" and items[start + 1].low in SUBORDINATE_OPENERS:
        start += 1  # "Even as City Hall was trying to patch up relations, Mr. Gedney tossed ..."
    start = _past_time_measure(items, start)  # "A few hours after Holt left, ..."
    if start >= len(items) or items[start].kind != "word":
        return 0
    # "With Tom Dalton winning, Maria Alvarez spoke, noting ...": an absolute phrase, whose person
    # is no subject of the main clause.
    if items[start].low not in SUBORDINATE_OPENERS and not (start == 0 and _absolute_opener(items)):
        return 0
    past = start
    for index, item in enumerate(items[start:], start=start):
        if item.kind == "quote":
            return 0
        if item.kind == "punct" and item.low == "," and index >= past:
            past = _past_subject_apposition(items, start, index)
            if past == index:
                return index + 1
    return 0


def _past_time_measure(items: list[Item], start: int) -> int:
    """ "A few hours after", "Two days before", "Minutes after": past how long before or after, to the
    subordinator; else `start`."""
    for at in range(start, min(len(items) - 1, start + _TIME_MEASURE_WORDS)):
        item = items[at]
        if item.kind != "word":
            return start
        if item.low in _TIME_UNITS:
            return at + 1 if items[at + 1].low in _MEASURED_OPENERS else start
    return start


_TIME_MEASURE_WORDS = 4  # "a few short hours"
_TIME_UNITS = frozenset("minutes hours days weeks months years moments".split())
_MEASURED_OPENERS = frozenset(("after", "before", "since"))


def _past_subject_apposition(items: list[Item], opener: int, comma: int) -> int:
    """ "When Sen. Abel Rusk, R-Idaho, bluntly said, “…”": the clause's subject, named right after its
    opener, set off by an apposition before its verb of saying; the index after the comma closing the
    apposition, else `comma` (the clause's own end)."""
    named = items[opener + 1 : comma]
    if not named or named[-1].kind != "mention" or not all(_name_part(item) for item in named):
        return comma
    for at in range(comma + 1, min(len(items) - 1, comma + 1 + _APPOSITION_ITEMS)):
        if items[at].kind == "quote":
            return comma
        if items[at].low == ",":
            adverb = items[at + 1].kind == "word" and plain_adverb(items[at + 1].low)
            verb = at + 2 if adverb else at + 1  # "R-Idaho, bluntly said,"
            saying = verb < len(items) and items[verb].kind == "word" and items[verb].low in lx.SPEECH_VERBS
            return at + 1 if saying else comma
    return comma


def _name_part(item: Item) -> bool:
    """A name, or a title's word or stop before it ("Sen.", "Gov.")."""
    return item.kind == "mention" or (item.kind == "word" and item.cap) or item.low == "."


_APPOSITION_ITEMS = 8  # ", the chairman of the Senate Armed Services Committee,"


def _absolute_opener(items: list[Item]) -> bool:
    """ "With Tom Dalton winning, ...", "Speaking to commentator Colin Yarrow on Sunday, ...": a phrase
    opening the sentence whose people (the one spoken to) are not the main clause's subject."""
    if items[0].low == "with":
        return True
    return len(items) > 1 and items[0].low in _ADDRESSING_PARTICIPLES and items[1].low in ("to", "with")


# "Speaking to Fox News, ...": a participle of talking to someone opening the sentence.
_ADDRESSING_PARTICIPLES = frozenset("speaking talking writing responding replying".split())


def main_clause_events(items: list[Item], found: list[tuple[int, Subject]]) -> list[tuple[int, Subject]]:
    """ "When Holt suggested that ..., Dorn fired back: “…”": a verb of saying inside an opening
    subordinate clause is not the speaker of a quotation after it when the main clause names its own
    subject ("As Holt said, “…”" has none, and stays Holt's)."""
    main = past_subordinate_clause(items)
    named = any(
        item.kind == "mention" and item.mention and item.mention.subject_like for item in items[main:]
    )
    # The main clause introduces the quotation ("Dorn fired back:"), it does not hold it ("As Lee puts
    # it, Holt is making the council “an offer ...”" stays Lee's).
    introduced = bool(items) and items[-1].kind == "punct" and items[-1].low in ":,"
    # "When Brandt opened by asking Feld ..., Feld drew cheers by lambasting “…”": a clause of time
    # tells what came before; only an "as" clause says whose words follow.
    timed = main and _opening_word(items) in _TIME_CLAUSE_OPENERS
    if main and named and (introduced or timed):
        return [(verb, subject) for verb, subject in found if verb >= main]
    return found


_TIME_CLAUSE_OPENERS = frozenset(("when", "while", "after", "before", "once"))


def _opening_word(items: list[Item]) -> str:
    """The first word of the sentence past a joining "But" or "And"."""
    at = 1 if len(items) > 1 and items[0].low in _JOINING_OPENERS else 0
    return items[at].low if at < len(items) else ""


def past_prepositional_opening(items: list[Item]) -> int:
    """The index after "After the Harbor attacks," or "In Port Ellis,", else 0; a longer phrase when
    a named person and a verb follow its comma (`_past_long_opening_before_name`)."""
    if not items or items[0].kind != "word" or items[0].low not in _OPENING_PREPOSITIONS:
        return 0
    return _past_short_prepositional_opening(items) or _past_long_opening_before_name(items)


def _past_short_prepositional_opening(items: list[Item]) -> int:
    for index, item in enumerate(items[1 : _OPENING_PHRASE_WORDS + 2], start=1):
        if item.kind == "punct":
            return index + 1 if item.low == "," else 0
        if item.kind == "quote":
            return 0
    return 0


def _past_long_opening_before_name(items: list[Item]) -> int:
    """ "In several questions about why he is skipping the convention, Daines had one answer:": a long
    prepositional phrase, whatever it names (a pronoun too), when its comma is followed by a person's
    name and a verb, the main clause's subject; else 0."""
    for index in range(1, min(len(items) - 2, _OPENING_BEFORE_NAME_ITEMS)):
        item = items[index]
        if item.kind == "quote" or (item.kind == "punct" and item.low != ","):
            return 0
        if item.low == ",":
            named = items[index + 1].mention
            person = named is not None and named.kind == PERSON
            return index + 1 if person and verb_like(items[index + 2]) else 0
    return 0


_OPENING_BEFORE_NAME_ITEMS = 30  # a question's whole wording, when a name and its verb follow it


_OPENING_PHRASE_WORDS = 4  # "Last night,", "On Tuesday morning,": a short phrase before the subject


def past_opening_phrase(items: list[Item]) -> int:
    """The index after a short opening phrase ending in a comma ("Last night, police ...", "At
    Brazile's direction, the party ..."), else 0."""
    for index, item in enumerate(items[: _OPENING_PHRASE_WORDS + 1]):
        if item.kind == "punct":
            return _past_listed_modifiers(items, index + 1) if item.low == "," and index > 0 else 0
        if item.kind != "word" and not _owner_in_prepositional_phrase(items, index):
            return 0
    return 0


def _owner_in_prepositional_phrase(items: list[Item], index: int) -> bool:
    """ "At Brazile's direction,": a name in the possessive inside a phrase a preposition opens owns
    a noun of the phrase; it is no subject."""
    return index > 0 and items[index].possessive and items[0].low in _OPENING_PREPOSITIONS


def past_participle_opening(items: list[Item]) -> int:
    """The index after an opening participle's phrase ("Testifying before the Harbor Review Committee
    last month,"), which names no subject however many bodies it names; else 0."""
    if not items or items[0].kind != "word" or not items[0].low.endswith("ing"):
        return 0
    if len(items) < 2 or items[1].low not in _AFTER_OPENING_PARTICIPLE:
        return 0  # "Striking workers marched to the mill,": an adjective and its noun, the subject
    for index, item in enumerate(items[1 : _PARTICIPLE_PHRASE_ITEMS + 1], start=1):
        if item.kind == "punct":
            return index + 1 if item.low == "," else 0
        named = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if item.kind != "word" and not named:
            return 0
    return 0


_AFTER_OPENING_PARTICIPLE = PREPOSITIONS | frozenset(
    "before after over under during through across near behind outside inside "
    "the a an his her their its".split()
)
_PARTICIPLE_PHRASE_ITEMS = 10  # "Testifying before the Corvel Harbor Review Committee last month"


def _past_listed_modifiers(items: list[Item], start: int) -> int:
    """ "Following a swiftly called, late-afternoon meeting, the council ...": lower-case words and
    a second comma right after the first go on with the same opening phrase."""
    for index, item in enumerate(items[start : start + _OPENING_PHRASE_WORDS + 1], start=start):
        if item.kind == "punct":
            return index + 1 if item.low == "," and index > start else start
        if item.kind != "word" or item.cap:
            return start
    return start
