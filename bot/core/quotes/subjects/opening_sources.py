"""A body or a writing opening a sentence speaks its partial quotation, with no verb of saying.

News copy lets an organisation, a poll or a document "say" through any verb: "The ad targets a
“corrupt political system”", "The Harbor poll also finds that ... “not at all responsible”", "One
such document, obtained by the Post, includes a clause ... “never to speak of it”". As with a person
opening a sentence ("Holt supports “…”"), the subject is the source of the words it is said to hold.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import COPULAS, HAVE
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    PERSON_KIND,
    UNNAMED,
    WRITINGS,
    Source,
    source_before,
)
from bot.core.quotes.subjects.before_writings import writer_of_writing
from bot.core.quotes.subjects.clauses import issuing_source
from bot.core.quotes.subjects.opening_phrases import past_opening_phrase
from bot.core.quotes.subjects.sentence_subject import OTHER_VOICE, is_passive
from bot.core.quotes.subjects.shared import VERB_LIKE, subject_of, verb_like

# Items from the sentence's subject to its verb: "A campaign TV ad released Thursday accuses".
_SUBJECT_ITEMS = 8
# An apposition set off by commas between the subject and its verb: ", obtained by the Post,".
_APPOSITION_ITEMS = 8
# Words right after a noun that make it no subject: a participle's or relative's clause ("The ad,
# which ran ...") belongs to another verb, and "read" gives a sign's words, not the body's.
_NOT_VERBS = OTHER_VOICE | frozenset("that to and or".split())
# Participles after a writing's noun that describe it, never its verb ("A campaign TV ad released
# Thursday accuses"): the subject goes on to the verb after them.
_DESCRIBING = frozenset("released published issued obtained filed sent posted aired seen".split())


def opening_source(items: list[Item]) -> Subject | None:
    """The organisation or writing opening the sentence (past a short opening phrase) as the subject
    of an active verb, when no person is named after that verb (unless in a reported clause) and no
    other quotation stands between them: the quotation's source."""
    # "One such document, obtained by the Post, includes": the subject may itself end in a comma.
    for start in dict.fromkeys((0, past_opening_phrase(items))):
        found = _opening_at(items, start)
        if found is not None:
            return found
    return _issuing_person(items)


def _issuing_person(items: list[Item]) -> Subject | None:
    """ "Mira Tollan released a statement offering “…”": a person opening the sentence (by a name the
    article's people do not hold) who puts out a statement speaks the words the rest of it quotes, as
    a body putting one out does."""
    issuer = issuing_source(items)
    if issuer is None or issuer.kind != PERSON_KIND:
        return None
    verb = next((at for at, item in enumerate(items) if item.start >= issuer.end), None)
    return Subject("other", source=issuer) if verb is not None and _speaks(items, verb) else None


def relative_source(items: list[Item]) -> Subject | None:
    """ "Few states signed the Harbor Accord, which legally defines a reef as: “…”": a body or writing
    right before the ", which" of a relative clause the quotation ends is the subject of that
    clause's active verb, and the source of the words it holds, as an opening one is (before the
    sentence's opener, which did something else: signed the accord)."""
    which = _last_relative(items)
    if which is None or which < 2:
        return None
    verb = which + 1
    while verb < len(items) and items[verb].kind == "word" and _adverb(items[verb].low):
        verb += 1  # "which legally defines", "which also sets"
    if _perfect_auxiliary(items, verb):
        verb += 1  # "which had asked last month for “…”": the verb after the perfect's "had"
    if verb >= len(items) or not verb_like(items[verb]) or items[verb].low in COPULAS:
        return None
    if any(
        item.low == "," and not _purpose_after(items, at)
        for at, item in enumerate(items[verb:-1], start=verb)
    ):
        return None  # "The ad, which ran on Tuesday, targets a “…”": the clause closed; the main one speaks
    head = _before_a_date(items, which - 2)
    if items[head].possessive:
        return None
    found = _named_document(items, head) or source_before(items, head)
    if found is None or found.kind not in (ORGANISATION, UNNAMED) or _case_party(items, found):
        return None
    if not _speaking_head(items, head, found) and not _named_body(items, head, found):
        return None
    speaks = _speaks(items, verb) or _says_in_clause(items, verb)
    return Subject("other", source=found) if speaks else None


def _perfect_auxiliary(items: list[Item], at: int) -> bool:
    """ "which had asked", "which has said": the perfect's "had" or "has" at `at` before a verb in
    -ed or another past form; never "which has a plan", a verb of having."""
    if at + 1 >= len(items) or items[at].kind != "word" or items[at].low not in HAVE:
        return False
    following = items[at + 1]
    return following.kind == "word" and not following.cap and verb_like(following)


def _purpose_after(items: list[Item], comma: int) -> bool:
    """ "which had asked to block the subpoena, to allow time for “…”": a comma before an infinitive of
    purpose goes on with the relative clause, never closing it before the main clause's verb."""
    return comma + 1 < len(items) and items[comma + 1].low == _TO


_TO = "to"


def _before_a_date(items: list[Item], last: int) -> int:
    """ "adopted the Harbor Charter in 1998, which ...": the word before a date ending the clause the
    relative follows ("in 1998", "on Monday"), which names no one; else `last` itself."""
    if last < 2 or items[last].kind != "word" or items[last - 1].low not in _DATE_PREPOSITIONS:
        return last
    date = items[last]
    return last - 2 if date.low.isdigit() or date.low in lx.WEEKDAYS_MONTHS else last


_DATE_PREPOSITIONS = frozenset("in on since".split())


def _says_in_clause(items: list[Item], verb: int) -> bool:
    """ "the Harbor Charter, which states that “…”": the clause's own verb is one of saying, whose
    subject is the relative "which", so the rules of saying (which look for a named subject) leave it;
    no other quotation, voice or person follows it to take the words."""
    if items[verb].low not in lx.SPEECH_VERBS or is_passive(items, verb):
        return False
    return not any(_another_voice(item, reported=False) for item in items[verb + 1 :])


def _named_document(items: list[Item], head: int) -> Source | None:
    """ "the 1951 Harbor Convention": capitalised words ending in a document's noun, back over a year
    to "the", a document's name (read alone, "Harbor Convention" would pass for a person's)."""
    item = items[head]
    if item.kind != "word" or not item.cap or item.low not in _DOCUMENT_NAME_HEADS:
        return None
    at = head
    while at > 0 and head - at < _DOCUMENT_NAME_WORDS and items[at - 1].kind == "word" and items[at - 1].cap:
        at -= 1
    if at > 0 and items[at - 1].kind == "word" and items[at - 1].low.isdigit():
        at -= 1  # "the 1951 Harbor Convention"
    if at > 0 and items[at - 1].low == "the":
        at -= 1
    return Source(items[at].start, item.end, ORGANISATION)


# Nouns ending a document's name: "the Harbor Accord", "the Clean Water Act".
_DOCUMENT_NAME_HEADS = frozenset(
    "accord compact pact protocol treaty convention charter act agreement".split()
)
_DOCUMENT_NAME_WORDS = 4  # "the Island Fishing Rights Convention": its capitalised words


def _last_relative(items: list[Item]) -> int | None:
    """The index of the "which" of the last ", which" before the quotation, with no quotation after it."""
    for at in range(len(items) - 1, 0, -1):
        if items[at].kind == "quote":
            return None
        if items[at].kind == "word" and items[at].low == "which" and items[at - 1].low == ",":
            return at
    return None


def _adverb(low: str) -> bool:
    """ "legally", "also": an adverb between "which" and its verb."""
    return low in lx.PLAIN_ADVERBS or (low.endswith("ly") and len(low) > _ADVERB_CHARS)


_ADVERB_CHARS = 4  # "only", "fly": too short to be read as an adverb in -ly


def _opening_at(items: list[Item], start: int) -> Subject | None:
    found = _subject_and_verb(items, start)
    if found is None:
        return None
    head, verb = found
    writer = writer_of_writing(items, verb - 1) if items[verb - 1].low == "," else None
    if writer is not None:
        # "The statement, from spokesman Ned Price, extended “…”": its writer, not the statement.
        return subject_of(writer) if _speaks(items, verb) else None
    source = _source_phrase(items, start, head)
    if source is None:
        return None
    return Subject("other", source=source) if _speaks(items, verb) else None


def _subject_and_verb(items: list[Item], start: int) -> tuple[int, int] | None:
    """The index of the subject's last noun and of its verb, the first verb-like word after the
    subject opening at `start`, past an apposition or a describing participle's phrase."""
    index, head, words = start + 1, start, 1
    while index < len(items) and words <= _SUBJECT_ITEMS:
        item, words = items[index], words + 1
        if item.kind == "quote" or (item.kind == "punct" and item.low != ","):
            return None
        if item.kind == "punct" or (item.low in _DESCRIBING and not _body_head(items[head])):
            skip = _past_apposition(items, index) if item.kind == "punct" else _past_describing(items, index)
            if skip is None:
                return None
            index = skip
            continue
        if item.kind == "word" and item.low in _NOT_VERBS:
            return None
        if _adverb_before_verb(items, index):
            index += 1  # "The Oversight Committee recently opened": the verb after its adverb
            continue
        if verb_like(item) and not _noun_before_verb(items, index):
            return (head, index) if item.low not in COPULAS else None
        head, index = index, index + 1
    return None


def _adverb_before_verb(items: list[Item], index: int) -> bool:
    """ "recently" in "The committee recently opened": a plain adverb right before the verb, no noun
    of the subject."""
    following = items[index + 1] if index + 1 < len(items) else None
    adverb = items[index].kind == "word" and items[index].low in lx.PLAIN_ADVERBS
    return adverb and following is not None and verb_like(following)


def _body_head(item: Item) -> bool:
    """ "The Wexley party", "Harbor Bank": a body's head, after which "released" is its verb, never a
    participle describing it as it describes a writing ("A campaign ad released Thursday")."""
    return item.low in lx.ORG_NOUNS or item.low in lx.ORG_WORDS


def _noun_before_verb(items: list[Item], index: int) -> bool:
    """ "Two big US names have launched": a word in -s right before an auxiliary is a plural noun."""
    following = items[index + 1] if index + 1 < len(items) else None
    return following is not None and following.kind == "word" and following.low in _AUXILIARIES


_AUXILIARIES = frozenset("has have had is are was were will would could can may might".split())


def _past_apposition(items: list[Item], comma: int) -> int | None:
    """The index after the comma closing an apposition opened by the comma at `comma`."""
    for at in range(comma + 1, min(len(items), comma + 1 + _APPOSITION_ITEMS)):
        if items[at].kind == "quote":
            return None
        if items[at].low == ",":
            return at + 1
    return None


def _past_describing(items: list[Item], participle: int) -> int:
    """ "released Thursday", "obtained by the Post": past a describing participle and its short tail
    of capitalised words or "by ..." to the next lower-case word."""
    at = participle + 1
    while at < len(items) and at - participle <= _APPOSITION_ITEMS:
        item = items[at]
        if item.kind == "word" and not item.cap and item.low not in ("by", "the", "on", "last"):
            return at
        if item.kind not in ("word", "mention"):
            return at
        at += 1
    return at


def _source_phrase(items: list[Item], start: int, head: int) -> Source | None:
    """The organisation or unnamed writing (or group) that opens the clause at `start` and whose head
    is at `head`, ending the subject: none for a person, "it" or a definite role."""
    if items[head].possessive:
        return None  # "The state department's planned budget": the department owns the subject
    if items[start].low == "such":
        return None  # "Such forces will “…”": a kind of thing talked of, no one speaking ("One such" is)
    found = source_before(items, head)
    if found is None or not _opens_at(items, start, found) or found.kind not in (ORGANISATION, UNNAMED):
        return None
    if _case_party(items, found) or not _speaking_head(items, head, found):
        return None
    return Source(items[start].start, found.end, found.kind)


def _opens_at(items: list[Item], start: int, found: Source) -> bool:
    """Whether the source phrase opens the clause: at `start`, or after words that only pick it
    out ("One such document", "Each such letter"), which its label keeps."""
    at = start
    while at < len(items) and items[at].start < found.start:
        if items[at].kind != "word" or items[at].low not in _PICKING:
            return False
        at += 1
    return at < len(items) and items[at].start == found.start


_PICKING = frozenset("one such each another".split())


def _speaking_head(items: list[Item], head: int, found: Source) -> bool:
    """A head that can hold words: an organisation the article names, a body's or a writing's noun
    ("the agency", "The ad", "the Q poll"), or a person's noun after a/one ("A friend"); never a
    capitalised word alone ("Guns", "Fundraising"), which opens a sentence, or a role ("The Florida
    senator"), which means a named person."""
    item = items[head]
    opener = next(i for i in items if i.start == found.start)
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    if item.kind == "word" and opener.low in INDEFINITE and item.low in _FRIENDS:
        return True  # "A friend referred to him as “…”": no one named, as "A neighbour" is not
    if item.kind != "word" or (lx.is_role_head(item.low) and item.low not in lx.SOURCE_NOUNS):
        return False
    if item.low in WRITINGS or item.low in _WRITING_HEADS or item.low in lx.SOURCE_NOUNS:
        return True
    if item.low in lx.ORG_WORDS:
        return item.cap or found.kind == ORGANISATION
    return opener.low in INDEFINITE and item.low in lx.PEOPLE_NOUNS


def _named_body(items: list[Item], head: int, found: Source) -> bool:
    """ "earned a starred review from the Marlow Review of Books, which called it “…”": a body's own
    capitalised name before a relative clause, whatever its last word."""
    return items[head].cap and found.kind == ORGANISATION and head > 0


def _case_party(items: list[Item], found: Source) -> bool:
    """ "Dorn v. Kellan County, which allows ...": the source opens right after a court case's "v."
    or "vs.", a party to the case, no body speaking."""
    at = next(j for j, item in enumerate(items) if item.start == found.start)
    before = [item.low for item in items[max(0, at - 2) : at] if item.low != "."]
    return bool(before) and before[-1] in _VERSUS


_VERSUS = frozenset(("v", "vs"))


# Writings beyond sources.WRITINGS whose words news copy quotes ("the order", "the cable").
_WRITING_HEADS = frozenset(
    "order ruling opinion cable movie film book textbook plan footnote passage post page message sign "
    "note policy manual guidance bill law regulation rule agreement contract resolution motion "
    "platform analysis findings chart website accord compact pact protocol".split()
)
_FRIENDS = frozenset("friend relative neighbor neighbour colleague classmate acquaintance".split())


def _speaks(items: list[Item], verb: int) -> bool:
    """The subject's verb is active and what follows it names no person but in a reported clause
    ("finds that ..."), holds no other quotation and gives no other voice ("a sign that read")."""
    if is_passive(items, verb):
        return False
    reported = any(i.kind == "word" and i.low in _REPORTING for i in items[verb + 1 : verb + _THAT_REACH])
    main = verb
    while main + 1 < len(items) and items[main].low in VERB_LIKE and items[main + 1].kind == "word":
        main += 1  # "then offers", "also finds": the verb itself after an adverb or auxiliary
    if any(item.low in lx.SPEECH_VERBS for item in items[verb : main + 1]):
        return False  # "The board agreed to make a payment of “…”": the rules of saying declined it
    for at, item in enumerate(items[verb:], start=verb):
        if _another_voice(item, reported):
            return False
        if at > main and item.kind == "word" and item.low in lx.SPEECH_VERBS:
            return False  # "The campaign outlined its plan, vowing to “…”": that verb's rules decide
    return True


def _another_voice(item: Item, reported: bool) -> bool:
    """An item after the subject's verb that may own the words instead: another quotation, another
    voice ("a sign that read"), or a person named outside a reported clause ("finds that Holt ...")."""
    if item.kind == "quote" or item.low in OTHER_VOICE:
        return True
    named = item.mention if item.kind == "mention" else None
    return named is not None and named.kind in (PERSON, AMBIGUOUS) and not item.possessive and not reported


_THAT_REACH = 5
# Words opening a clause a person is named in as its topic: "finds that Holt ...", "opened an
# investigation into whether Holt sought ...".
_REPORTING = frozenset(("that", "whether"))
