"""A writing as the subject of a verb of saying: "His letter to the mayor said", "Holt's email
notes": its writer speaks.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import PERSONAL_POSSESSIVES, PREPOSITIONS, WRITINGS
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention
from bot.core.quotes.sources import UNNAMED, Source, source_before
from bot.core.quotes.subjects.shared import lower_word, person_at, subject_of


def addressed_writing(items: list[Item], index: int) -> int | None:
    """ "His letter to the mayor said", "Reyes’s letter to Holt said", "A report into the crash reveals":
    where the writing is whose addressee or subject ends at `index`; the one written to never speaks."""
    if items[index].kind not in ("mention", "word"):
        return None
    for back in range(index - 1, max(0, index - _ADDRESSEE_ITEMS) - 1, -1):
        item = items[back]
        if item.kind == "word" and (item.low in _ADDRESSED or item.low in _WRITTEN_ABOUT):
            before = back - 1
            if item.low in _ADDRESSED and before >= 0 and person_at(items, before) is not None:
                before = _writing_from(items, before)  # "the memo from police chief Omar Beale to"
            found = before >= 0 and items[before].kind == "word" and items[before].low in WRITINGS
            if found and item.low in _WRITTEN_ABOUT and _after_preposition(items, before):
                return None  # "one commenter on a MediaPost article on millennials": the commenter
            return before if found else None
        if item.kind not in ("mention", "word") or item.low in _ADDRESSEE_STOPS:
            return None
    return None


def _writing_from(items: list[Item], writer: int) -> int:
    """Where the writing is whose "from" and plain role words lead to the writer at `writer` ("the
    memo from police chief Omar Beale"), else -1."""
    at = writer - 1
    while (
        at > 0 and writer - at <= _WRITER_ROLE_ITEMS and items[at].kind == "word" and items[at].low != "from"
    ):
        at -= 1
    return at - 1 if at >= 1 and items[at].low == "from" else -1


def _after_preposition(items: list[Item], writing: int) -> bool:
    """Whether the noun phrase the writing heads (its determiner and a word or two before it) follows
    a preposition: the writing is then what someone else is on or in."""
    at = writing - 1
    while at >= 0 and writing - at <= _PHRASE_ITEMS and items[at].kind in ("word", "mention"):
        if items[at].low in PREPOSITIONS:
            return True
        at -= 1
    return False


_PHRASE_ITEMS = 4  # "on a Harbor Times online article": a determiner and three words


_ADDRESSEE_ITEMS = 5  # "to the city's mayor", "to Gov. Ada Holt"
# Words that end a look back for "to" before the addressee: a verb's or a clause's, not a noun phrase's.
_ADDRESSEE_STOPS = frozenset("said says and but that who which".split())


def writing_subject(items: list[Item], writing: int) -> Subject | None:
    """The writer of an addressed writing: its named owner ("Reyes’s letter"), none when a his or her
    owns it (whom it means is not clear here), else the writing itself ("a letter to the mayor")."""
    owner = possessed_writing(items, writing)
    if owner is not None:
        return subject_of(owner)
    writer = _writer_after(items, writing)
    if writer is not None:
        return subject_of(writer)  # "the memo from police chief Omar Beale to Mayor Tom Reese said"
    first = writing
    while first > 0 and writing - first < _WRITING_MODIFIERS and lower_word(items[first - 1]):
        first -= 1
    owned = pronoun_owned_writing(items, writing)
    if owned is not None:
        return Subject("other", source=owned)  # "His letter to the mayor said": whom "his" means
    if first > 0 and items[first - 1].low in _PERSONAL_OWNERS:
        return None
    if items[first].low in _PERSONAL_OWNERS:
        return None
    return Subject("other", source=source_before(items, writing))


_PERSONAL_OWNERS = frozenset(("his", "her", "their", "my", "our"))


def _writer_after(items: list[Item], writing: int) -> Mention | None:
    """The person a writing is "from", past plain role words ("memo from police chief Omar Beale")."""
    if writing + 1 >= len(items) or items[writing + 1].low != "from":
        return None
    for at in range(writing + 2, min(len(items), writing + 2 + _WRITER_ROLE_ITEMS)):
        if items[at].kind == "mention":
            return person_at(items, at)
        if items[at].kind != "word":
            return None
    return None


def pronoun_owned_writing(items: list[Item], writing: int) -> Source | None:
    """ "His statement said", "Her last Facebook post read": a writing a his or her owns, from the
    pronoun to the writing's noun at `writing`; its writer is whom the pronoun means."""
    noun = items[writing]
    if noun.kind != "word" or noun.cap or noun.low not in WRITINGS:
        return None
    at = writing - 1
    while at >= 0 and writing - at <= _WRITING_MODIFIERS and _writing_modifier(items[at]):
        at -= 1
    if at < 0 or items[at].low not in PERSONAL_POSSESSIVES:
        return None
    return Source(items[at].start, noun.end, UNNAMED)


def _writing_modifier(item: Item) -> bool:
    """A word describing a writing: "last", "latest", or the platform it is on ("Facebook post")."""
    return (lower_word(item) and item.low not in PERSONAL_POSSESSIVES) or item.low in lx.PLATFORMS


def possessed_writing(items: list[Item], end: int) -> Mention | None:
    """The person whose writing the subject ending at `end` is ("Holt’s email", "Holt’s fundraising
    email to her supporters": the writer, not the readers the email is sent to)."""
    for at in range(end, max(-1, end - _POSSESSED_WRITING_ITEMS), -1):
        item = items[at]
        if item.kind != "word" or item.cap:
            return None
        if item.low not in WRITINGS:
            continue
        if at < end and items[at + 1].low not in _ADDRESSED:
            return None
        owner = at - 1
        while owner >= 0 and at - owner <= _WRITING_MODIFIERS and lower_word(items[owner]):
            owner -= 1
        plural = owner >= 1 and items[owner].low in _APOSTROPHES  # "Pike’ fundraising email"
        owner -= plural
        named = items[owner].mention if owner >= 0 and items[owner].kind == "mention" else None
        if named is not None and (items[owner].possessive or plural) and named.kind == PERSON:
            return named
        return None
    return None


_POSSESSED_WRITING_ITEMS = 6  # "email to his supporters": the writing a few words before the verb
_WRITING_MODIFIERS = 2  # "Holt’s fundraising email", "Holt’s latest campaign email"
_ADDRESSED = frozenset(("to", "for"))
# What a writing is about or in: "A report into the crash reveals", "A footnote in the report makes that
# clear:" (the writing speaks, never what it is about or in).
_WRITTEN_ABOUT = frozenset(("into", "in", "on", "about"))
_APOSTROPHES = frozenset(("’", "'"))


def writer_of_writing(items: list[Item], comma: int) -> Mention | None:
    """ "The statement, from council spokesman Ivo Brandt, promised “…”": a writing whose apposition,
    closed by the comma at `comma`, says whom it is from gives its words to that person, as "A statement
    from Ivo Brandt said" does; plain words (a role) only between "from" and the name."""
    named = items[comma - 1] if comma >= 1 else None
    if (
        named is None
        or named.mention is None
        or named.mention.kind not in (PERSON, AMBIGUOUS)
        or named.possessive
    ):
        return None
    at = comma - 2
    while (
        at > 0 and comma - at <= _WRITER_ROLE_ITEMS and items[at].kind == "word" and items[at].low != "from"
    ):
        at -= 1
    if at < 2 or items[at].low != "from" or items[at - 1].low != ",":
        return None
    writing = items[at - 2]
    return named.mention if writing.kind == "word" and writing.low in WRITINGS else None


_WRITER_ROLE_ITEMS = 8  # "from National Security Council spokesman": the role's words before the name
