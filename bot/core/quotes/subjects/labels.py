"""Labels before a quotation: a clause ending in a colon ("X was blunt: “…”", `colon_subject`), a dash-led
label ("- Bolton boss X “…”", `dash_label_subject`), "From the report:".
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AUTHOR_LINKS,
    CLAUSE_OPENERS,
    PASSIVE,
    RECEIVED_PASSIVES,
    SPEAKING_FOR_HEADS,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.sources import INDEFINITE, ORGANISATION, UNNAMED, Source, source_after
from bot.core.quotes.subjects.before_people import PAIR_TITLE_ITEMS, capitalised, first_of_pair, title_item
from bot.core.quotes.subjects.before_skips import plain_adverb
from bot.core.quotes.subjects.before_writings import addressed_writing, possessed_writing
from bot.core.quotes.subjects.clauses import clause_subject, definite_role
from bot.core.quotes.subjects.opening_sources import relative_source
from bot.core.quotes.subjects.shared import (
    ASKED_ABOUT,
    DETERMINERS,
    HEADING_DASHES,
    abbreviated_title_stop,
    asked_opener_end,
    past_title,
    subject_of,
    verb_like,
)


def _colon_clause(items: list[Item]) -> tuple[int, int] | None:
    """Where the clause the items end on a colon (maybe before opening marks) starts, and the end
    just past the colon; None when no colon ends them."""
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if not end or items[end - 1].low != ":":
        return None
    return max((j + 1 for j in range(end - 1) if _ends_clause(items, j)), default=0), end


def _whose_turn(items: list[Item], colon: int) -> Subject | None:
    """ "Then it was Brisco's turn:": the person whose turn the colon's clause ends on."""
    if colon < 2 or items[colon - 1].low != "turn":
        return None
    owner = items[colon - 2]
    if owner.kind != "mention" or not owner.possessive or owner.mention is None:
        return None
    return subject_of(owner.mention) if owner.mention.kind in (PERSON, AMBIGUOUS) else None


def colon_subject(items: list[Item]) -> Subject | None:
    """ "X was blunt: “…”": a clause ending with a colon introduces its subject's words."""
    clause = _colon_clause(items)
    if clause is None:
        return None
    start, end = clause
    relative = relative_source(items[:end])
    if relative is not None:
        return relative  # "Few states signed the Harbor Accord, which defines a reef as: “…”": the accord
    start = max(start, asked_opener_end(items))  # "Asked why he left, Ed Danner had one answer:"
    if _question_put_to(items, start, end - 1):
        return Subject("other")  # "The first question he fielded: “…?”": the asker's, unnamed
    presented = _presented_writing(items, start, end - 1)
    if presented is not None:
        return presented  # "Here is Lomax’s full statement:": the writer's words follow
    answering = _asked_answers(items, start, end - 1)
    if answering is not None:
        return answering  # "Kessel was asked what the worst case for the governor could be:": hers
    author = _quoted_author(items, start, end - 1)
    if author is not None:
        return author  # "he was posting a quote from Idris Varro, the late leader ...:": Varro's words
    turn = _whose_turn(items, end - 1)
    if turn is not None:
        return turn  # "Then it was Brisco's turn:": his words follow
    found = clause_subject(items[start : end - 1], end - 1 - start, sources=True)
    if found is not None and found.kind == "person" and _sent_to(items, found.mention):
        return Subject("other")  # "board member Ada Holt was sent the following statement:": not hers
    last = items[end - 2] if end >= 2 else None
    # "... doesn't surprise pollster Dana Pruitt: “…”", "More from Pruitt: “…”": the person the
    # colon follows, when the clause has no subject of its own ("Ames and Cole:", the first).
    spoken_for = None
    if last is not None and last.mention is not None and last.mention.kind == PERSON:
        spoken_for = _spoken_for(items, first_of_pair(items, end - 2))
    if found is None and last is not None and last.mention is not None and last.mention.kind == PERSON:
        first = first_of_pair(items, end - 2)
        if _topic_after(items, first):
            return None  # "a pointed question about candidate Walt Ibsen:": whom the words are about
        return spoken_for or subject_of(items[first].mention)
    if spoken_for is not None and found is not None and found.kind == "other":
        return spoken_for  # "A spokesman for Ohio Sen. Tom Hale:": the spokesman, not Hale
    if last is not None and last.mention is not None and last.mention.kind == PERSON:
        first = first_of_pair(items, end - 2)
        if _after_heading_dash(items, first):
            # "VOTERS WANT CHANGE - Jeffrey M. Jones: “…”": a heading, a dash, then whose words follow.
            return subject_of(items[first].mention)
    body = _body_after_heading_dash(items, end - 1)
    if body is not None:
        return body
    if found is not None and found.kind == "other" and found.source is None:
        return _from_source(items[start : end - 1]) or found  # "More from the Harbor Trust:"
    clause = items[start : end - 1]
    return found or _named_before_verb(clause) or _from_source(clause) or _labelled_after_dash(clause)


def _sent_to(items: list[Item], mention: Mention) -> bool:
    """The person is the one a passive verb of receiving says was given the words ("was sent")."""
    at = next((j for j, item in enumerate(items) if item.mention is mention), None)
    if at is None or at + 2 >= len(items):
        return False
    return items[at + 1].low in PASSIVE and items[at + 2].low in RECEIVED_PASSIVES


def _question_put_to(items: list[Item], start: int, colon: int) -> bool:
    """ "The first question he fielded:", "One question Holt was asked:": a question someone received
    (a verb of receiving right before the colon) is its asker's words, not that person's."""
    verb = items[colon - 1].low
    passive = verb == "asked" and items[colon - 2].low in _PASSIVE_AUXILIARIES
    if colon - start < _QUESTION_LABEL_MIN or not (verb in _RECEIVING or passive):
        return False
    at = start
    while at < colon and items[at].low in _QUESTION_DETERMINERS:
        at += 1
    return at > start and items[at].low in _QUESTION_NOUNS


_QUESTION_LABEL_MIN = 3  # "question he fielded"
_QUESTION_NOUNS = frozenset(("question", "questions"))
# "The first question", "One more question": the words opening the label before its noun.
_QUESTION_DETERMINERS = frozenset("the a one another first second next last final only more".split())
_RECEIVING = frozenset("fielded got received faced drew took".split())
_PASSIVE_AUXILIARIES = frozenset(("was", "were", "been", "being"))


def _presented_writing(items: list[Item], start: int, colon: int) -> Subject | None:
    """ "Here is Lomax’s full statement:", "Below is Holt's letter to the mayor:": a writing a person
    owns, presented by "Here is" or "Below is" right before the colon, is the writer's words."""
    after = _past_presenting(items, start)
    if after == start or after >= colon:
        return None
    writing = addressed_writing(items, colon - 1)  # "Here is Lomax’s letter to Bell:": never Bell
    owner = possessed_writing(items, colon - 1 if writing is None else writing)
    return subject_of(owner) if owner is not None else None


def asked_answers(items: list[Item]) -> Subject | None:
    """The person asked in the clause before a colon closing the items, who answers after it."""
    clause = _colon_clause(items)
    return _asked_answers(items, clause[0], clause[1] - 1) if clause is not None else None


def _asked_answers(items: list[Item], start: int, colon: int) -> Subject | None:
    """ "Kessel was asked what the worst case for the governor could be:": the person a clause says
    was asked a question (what, whether, how ...) answers in the quotation after the colon."""
    at = start
    while at < colon and items[at].kind == "word" and items[at].low in _CLAUSE_OPENING_WORDS:
        at += 1
    person = items[at].mention if at < colon and items[at].kind == "mention" else None
    # "He was asked whether he was sure:": whom the he means answers
    if person is None or person.kind not in (PERSON, PRONOUN) or items[at].possessive or at + 3 >= colon:
        return None
    asked = items[at + 1].low in _PASSIVE_AUXILIARIES and items[at + 2].low == "asked"
    return subject_of(person) if asked and items[at + 3].low in ASKED_ABOUT else None


_CLAUSE_OPENING_WORDS = frozenset(("and", "but", "when", "then", "later"))


def _quoted_author(items: list[Item], start: int, colon: int) -> Subject | None:
    """ "quoting Idris Varro:", "ended her speech with a quote from Idris Varro, the late leader of
    the militia:": the person quoted, named right after "quoting" or after "a quote/line/words from",
    is whose words follow the colon, not the one who quotes them."""
    for at in range(colon - 1, start - 1, -1):
        low = items[at].low
        if low in _QUOTING:
            named = at + 1
        elif low in _QUOTED_FROM and at + 1 < colon and items[at + 1].low in AUTHOR_LINKS:
            named = at + 2
        else:
            continue
        named = past_title(items, named, colon)
        person = items[named].mention if named < colon and items[named].kind == "mention" else None
        if person is None or person.kind != PERSON or items[named].possessive:
            return None
        return Subject("person", person)
    return None


_QUOTING = frozenset(("quoting", "citing"))
_QUOTED_FROM = frozenset("quote quotes quotation quotations line lines words passage verse".split())


def _past_presenting(items: list[Item], start: int) -> int:
    """Past "Here is", "Here's" or "Below is" at `start`; else `start`."""
    for opener in _PRESENTING:
        end = start + len(opener)
        if tuple(item.low for item in items[start:end]) == opener:
            return end
    return start


_PRESENTING = (("here", "is"), ("here", "are"), ("here", "’s"), ("here", "'s"), ("below", "is"))


def _labelled_after_dash(items: list[Item]) -> Subject | None:
    """ "Polls did predict the caucus - HuffPollster: “…”": a digest's heading, a dash, then a name
    of a word or three and the colon: whose words follow, as a person's name there would be."""
    at = len(items)
    while at > 0 and len(items) - at < _DASH_LABEL_WORDS and capitalised(items[at - 1]):
        at -= 1
    if at == len(items) or at == 0 or items[at - 1].low not in HEADING_DASHES:
        return None
    found = source_after(items, at)
    if found is None or found.end != items[-1].end:
        return None
    return Subject("other", source=found)


_DASH_LABEL_WORDS = 3


def _from_source(items: list[Item]) -> Subject | None:
    """ "From the report: “…”", "More from the Harbor Trust: “…”": a label made of "from" and a
    source, as "More from Pruitt:" is a person's, introduces the source's words (after a digest
    heading's dash too)."""
    # "It's not enough - More from the report:": a heading's dash before the label opens it.
    items = items[max((j + 1 for j, item in enumerate(items) if item.low in HEADING_DASHES), default=0) :]
    words = [item.low for item in items[:_FROM_LABEL_WORDS]]
    at = words.index("from") if "from" in words else -1
    if at < 0 or any(low not in _FROM_OPENERS for low in words[:at]) or at + 1 >= len(items):
        return None
    found = source_after(items, at + 1)
    if found is None or found.end != items[-1].end or found.kind not in (ORGANISATION, UNNAMED):
        return None
    return None if definite_role(items, at + 1, found) else Subject("other", source=found)


_FROM_LABEL_WORDS = 3
_FROM_OPENERS = frozenset(("more", "also", "and"))


def _body_after_heading_dash(items: list[Item], colon: int) -> Subject | None:
    """ "Estimates ... are particularly problematic - Pew Research: “…”": a heading's dash, then
    nothing but a body's name before the colon, as a person's name there is, says whose words follow."""
    dash = max((j for j in range(colon) if items[j].low in HEADING_DASHES), default=None)
    if dash is None or dash + 1 >= colon:
        return None
    found = source_after(items, dash + 1)
    if found is None or found.kind != ORGANISATION or found.end != items[colon - 1].end:
        return None
    return Subject("other", source=found)


def _topic_after(items: list[Item], index: int) -> bool:
    """The person at `index` stands right after "about", "concerning" or the like, or after a verb
    addressing them, past a title of a few words: the one the words are about or said to."""
    back = _before_title(items, index)
    return back >= 0 and (items[back].low in _TOPIC_PREPOSITIONS or items[back].low in _ADDRESSING)


_TOPIC_PREPOSITIONS = frozenset("about concerning regarding against".split())


def _spoken_for(items: list[Item], index: int) -> Subject | None:
    """The unnamed source opening the label when the person at `index` stands right after "for" or
    "to", past a title, and one who speaks for others just before it heads the label ("A spokesman
    for Ohio Sen. Tom Hale:", "An aide to Gov. Ada Kemp:"): that source; None otherwise. (The full
    stop of "Sen." may end the clause for `colon_subject`, so the walk starts at the person.)"""
    back = index - 1
    while back > 0 and index - back <= _SPOKEN_FOR_TITLE_ITEMS and _title_part(items[back]):
        back -= 1  # "Ohio Sen.", "Gov."
    if (
        back < 2
        or items[back].low not in _SPEAKING_FOR_LINKS
        or items[back - 1].low not in SPEAKING_FOR_HEADS
    ):
        return None
    opening = (
        back - 2 if items[back - 2].kind == "word" and items[back - 2].low in _SOURCE_OPENERS else back - 1
    )
    # The label runs to the end of the name: source_after stops at the full stop of "Sen.".
    return Subject("other", source=Source(items[opening].start, items[index].end, UNNAMED))


_SOURCE_OPENERS = DETERMINERS | INDEFINITE  # "A spokesman for", "one aide to", "his lawyer for"
_SPEAKING_FOR_LINKS = frozenset(("for", "to"))
_SPOKEN_FOR_TITLE_ITEMS = 4  # "Ohio Sen." and its full stop, "House Speaker"


def _title_part(item: Item) -> bool:
    """A capitalised word, a place's name or an abbreviation's full stop inside a title before a name
    ("South Carolina Sen.")."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind not in (PERSON, AMBIGUOUS)
    return (item.kind == "word" and item.cap) or (item.kind == "punct" and item.low == ".")


# "Son of fire victim addresses Ada Brill: '…'": the one addressed, to whom the words are said.
_ADDRESSING = lx.LISTENER_VERBS | frozenset(("addresses", "addressed"))


def _after_heading_dash(items: list[Item], index: int) -> bool:
    """The person at `index` stands right after a dash, past a title of a few words ("- Pollster
    Ann Selby"): the dash ends a heading or a lead-in, and the name opens a label of its own."""
    back = _before_title(items, index)
    return back >= 0 and items[back].low in HEADING_DASHES


def _before_title(items: list[Item], index: int) -> int:
    """Where the word before the person at `index` stands, past a title of a few words ("candidate",
    "Pollster"); -1 when nothing does."""
    back = index - 1
    while back >= 0 and index - back <= PAIR_TITLE_ITEMS and title_item(items[back]):
        back -= 1
    return back


def dash_label_subject(items: list[Item], lead: str) -> Subject | None:
    """ "- Rovers boss Sam Allard "I am ...": a paragraph (or a dash-led line: `lead` is the text
    before the items) opening with nothing but a person, past a few title words, right before a
    quotation is a label saying whose words follow, as "X:" would; sports reports list each
    manager's reaction so, one list item each (the list's bullets are gone from the paragraph)."""
    if lead.strip() not in _LABEL_LEADS:
        return None
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    last = items[end - 1] if end else None
    if last is None or last.mention is None or last.mention.kind != PERSON or last.possessive:
        return None
    if end - 1 > _DASH_LABEL_ITEMS or not all(title_item(item) for item in items[: end - 1]):
        return None
    if any(item.low in _CLAUSE_LEADS for item in items[: end - 1]):
        # "That Sorrell “knowingly allowed ...”": a clause whose subject the name is, its predicate
        # quoted, not a label saying whose words follow
        return None
    return subject_of(last.mention)


_LABEL_LEADS = HEADING_DASHES | {""}
# Words opening a clause, capitalised at a sentence's start as a title word would be.
_CLAUSE_LEADS = CLAUSE_OPENERS | frozenset(("that",))
_DASH_LABEL_ITEMS = 5  # "Manchester United coach Sir": title words between the dash and the name


def _named_before_verb(items: list[Item]) -> Subject | None:
    """ "In response, Republican presidential nominee Tom Reyes issued the following statement:": the
    one person the clause names, right before a verb (past role words the registry does not count
    as a subject's), introduces what follows the colon."""
    people = [j for j, i in enumerate(items) if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if len(people) != 1 or items[people[0]].possessive or people[0] + 1 >= len(items):
        return None
    verb = items[people[0] + 1]
    if _adverb(verb) and people[0] + 2 < len(items):
        verb = items[people[0] + 2]  # "an argument Marcus Hale recently invoked:"
    if verb.low in PASSIVE or not verb_like(verb):
        return None
    return subject_of(items[people[0]].mention)


def _adverb(item: Item) -> bool:
    return item.kind == "word" and not item.cap and plain_adverb(item.low)


def _ends_clause(items: list[Item], index: int) -> bool:
    """A quotation, ";" or a full stop, not an abbreviation's ("Ray Dorn, R-Ky., delivered") nor a
    month's before its day ("Dresner, Aug. 2: “…”")."""
    item = items[index]
    if item.kind == "quote" or item.low == ";":
        return True
    if item.low == "." and abbreviated_title_stop(items, index):
        return False  # "Ms. Whitcombe lied to Mr. Falk:": the clause goes on past the title
    if item.low != "." or index + 1 >= len(items):
        return item.low == "."
    after = items[index + 1].low
    dated = index > 0 and items[index - 1].low in lx.MONTHS and after.isdigit()
    return after != "," and not dated
