"""A quotation's speaker from a verb of saying in its own sentence: before it ("X said: “…”"), after it
("“…,” X said", "“…?” Pruitt said."), as an aside ("as Cole said") or in a dash-led label.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import (
    ADVERBIAL_PREPOSITIONS,
    AFFILIATION_CONNECTORS,
    BUSINESS_NOUNS,
    CLAUSE_OPENERS,
    HAVE,
    ISSUING_PARTICIPLES,
    JOINING_CONJUNCTIONS,
    MODALS,
    PERSON_RELATIVES,
    PREPOSITIONS,
    RELATIVES,
    THINKING_VERBS,
    TOLD,
    WRITINGS,
)
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN
from bot.core.quotes.quoted.shared import Context, Raw, is_partial, sentence_bounds
from bot.core.quotes.sources import (
    INDEFINITE,
    IT,
    ORGANISATION,
    PLACED_IN,
    UNNAMED,
    Source,
    one_source_noun,
    source_after,
    time_phrase_words,
)
from bot.core.quotes.subjects.immediate import affiliation_words_end, judges_the_words
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS
from bot.core.quotes.subjects.shared import (
    DASHES,
    honorific_at,
    past_title,
    plural_apostrophe,
    speaking_noun,
    subject_of,
    verb_like,
)


def sides(
    raw: Raw, before: Raw | None, same_sentence: bool, context: Context
) -> tuple[list[attr.Item], list[attr.Item]]:
    """The items of the quotation's sentence before it (from the end of the quotation before it in
    the same sentence) and after it (up to the next quotation)."""
    start, end = sentence_bounds(raw)
    left_start = before.span.end + 1 if same_sentence else start
    after = bisect_right(context.ranges, (raw.span.end, len(raw.paragraph.text) + 1))
    following = context.ranges[after][0] if after < len(context.ranges) else None
    right_end = min(end, following - 1) if following is not None else end
    left = context.items(left_start, max(left_start, raw.span.start - 1))
    right = context.items(raw.span.end + 1, max(raw.span.end, right_end))
    if _named_with_apposition(left):
        left = _without_marks(left, _TITLE_MARKS)
    # "“I think if he runs”—the board recently urged him to quit—“he will lose.”": neither part's.
    if following is not None and _writers_aside(right):
        right = []
    if same_sentence and _writers_aside(left):
        left = []
    return left, _without_marks(right, _LABEL_MARKS)


def _writers_aside(right: list[attr.Item]) -> bool:
    """Whether the words between the quotation and the next are a dash aside of the writer's ("—the
    editorial board recently urged her to quit—"), no attribution: a verb of saying neither opens
    it ("—said Holt—") nor ends it ("—Holt said—")."""
    words = [item for item in right if item.kind != "punct" or item.low not in _MARKS_AROUND]
    dashes = qm.DASH_TOKENS
    if len(words) < _ASIDE_MIN_ITEMS or words[0].low not in dashes or words[-1].low not in dashes:
        return False
    inside = [item for item in words[1:-1] if item.kind != "punct"]
    if not inside or any(item.kind == "quote" for item in inside):
        return False
    return inside[0].low not in lx.SPEECH_VERBS and inside[-1].low not in lx.SPEECH_VERBS


_ASIDE_MIN_ITEMS = 4  # a dash, two words, a dash


def _without_marks(items: list[attr.Item], marks: frozenset[str]) -> list[attr.Item]:
    """ "“…,” Dana Fell, editor of the “Harbor Review,” told" and "Lena Vale, star of “Harbor
    Nights,” thanked the mayor for “…”": the marks of a title or scare quote beside the quotation
    (no quotation of its own: each side stops at the next one) are dropped, so the role reads as
    "editor of the Harbor Review, told"."""
    kept = []
    for item in items:
        if item.kind == "punct" and item.low in marks and not _plural_possessive_mark(kept, item):
            continue
        kept.append(item)
    return kept


def _plural_possessive_mark(kept: list[attr.Item], item: attr.Item) -> bool:
    """ "“…,” Sessions’ prepared remarks stated": a curly apostrophe glued to a person's name in -s is
    the plural's possessive, no quotation mark."""
    if item.low != "’" or not kept or kept[-1].kind != "mention":
        return False
    return kept[-1].mention.kind in (PERSON, AMBIGUOUS) and plural_apostrophe([kept[-1], item], 1)


_LABEL_MARKS = frozenset('“”"‘’')
_MARKS_AROUND = _LABEL_MARKS | frozenset("'")  # and a straight single one, around a writer's aside

# Before the quotation only the double marks: a single one there may be a possessive's ("Myers’ email").
_TITLE_MARKS = frozenset('“”"')


def _named_with_apposition(items: list[attr.Item]) -> bool:
    """ "Lena Vale, star of “Harbor Nights,” thanked ...": the sentence opens on a name and a comma,
    so a title quoted after it sits in the name's apposition (a title opening the sentence, "With
    the help of “Harbor Talk”, the actor asked ...", keeps its marks)."""
    return len(items) > 1 and items[0].kind == "mention" and items[1].low == ","


def dash_label(raw: Raw, left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """The person a dash-led line names before the quotation ("- Rovers boss Tom Reyes "..."), when
    the quotation ends its sentence ("Holt "turning him around," apparently ..." is a note)."""
    if not left or any(item.kind in ("word", "mention") for item in right):
        return None
    return attr.dash_label_subject(left, raw.paragraph.text[: left[0].start])


def subject_before(left: list[attr.Item], same_sentence: bool) -> attr.Subject | None:
    """ "Holt mocked it, saying anybody who complains ... “…”": the last verb with a speaker."""
    asker = _asker_opening(left)
    if asker is not None:
        return asker
    events = attr.main_clause_events(left, attr.events(left))
    found = [(verb, s) for verb, s in events if not attr.aside(left, verb, s)] or events
    # "Asked which county was his favourite, he demurred: “…”": a verb opening the sentence with
    # no speaker at all is no one's, and leaves the clause to its own subject.
    found = [(verb, s) for verb, s in found if verb > 0 or s.kind != "other" or s.source is not None]
    if len(found) > 1 and _answered_by_doing(left, found[-1][0]):
        found = found[:-1]  # "saying he answered the attacks by “hiding at his cabin”": the teller's
    if len(found) > 1 and _time_clause_closing(left, *found[-1]):
        found = found[:-1]  # "Ambler said outside before the service began, “…”": not the service
    if len(found) > 1 and _blamed_clause_closed(left, found[-1][0]):
        # "Brandvold criticized Ostrom for saying the roads can wait, concluding that the plan “…”":
        # the participle after the comma goes on from the blamer, not from the one blamed.
        found = found[:-1]
    if len(found) > 1 and _closed_relative(left, found[-1][0]):
        found = found[:-1]  # "Holt told me that Dorn, who writes for a paper, is “…”": Holt's words
    if len(found) > 1 and _in_closed_dashes(left, found[-1][0]):
        # "Venn insisted that the measures -- which the audit said included closed roads -- helped
        # the city “…”": the aside's verb is over before the quotation; the teller speaks it.
        found = found[:-1]
    if len(found) > 1 and _second_that_clause_after(left, found[-1][0]):
        # "Okafor said that her office had asked for a review, and that the vote was “…”": the
        # first that-clause's verb is over; the teller speaks the second.
        found = found[:-1]
    subject = found[-1][1] if found else None
    if found:
        subject = _main_subject_after(left, *found[-1]) or subject
        # "Ostrava said ..., but a senior official rejected that idea in an email to her: “…”"
        subject = _joined_source_before_colon(left, found[-1][0]) or subject
    if found and left[found[-1][0]].low == "according":
        # "“…,” Rob Ennis, according to Ortel, “told his colleagues …”": the one reported on
        subject = _told_of_before_according(left, found[-1][0]) or subject
    if len(found) > 1 and found[-2][1].kind == "person" and _mute_subject(left, found[-1][1]):
        # "Reyes said the storms suggested a deeper pattern: “…”": a thing that cannot speak, inside
        # what a person reports, gives the quotation to the teller.
        outer = found[-2][0]
        reporting = _REPORTING_OUTER | TOLD
        if not _written_by(left, found[-1][1]):
            # "According to Brisco, his shift reflected the mood: “…”": the source vouching for it
            # ("According to Vane, a banner read: “…”" is the banner's).
            reporting = reporting | {"according"}
        if left[outer].low in reporting and not _clause_ends(left, outer, found[-1][1]):
            subject = found[-2][1]
    elif len(found) > 1 and found[-2][1].kind == "person" and found[-1][1].kind in ("person", "pronoun"):
        # "Reyes said ... that Holt once described the pact as “…”": a person reporting what
        # another said is the source the quotation is given to (the teller, not the one told of).
        outer = found[-2][1]
        at = next((j for j, i in enumerate(left) if i.mention is outer.mention), 0)
        # "Cassell and Edwards said": two tellers (the pair is given under the first named).
        joined = (at > 0 and left[at - 1].low == "and") or (at + 1 < len(left) and left[at + 1].low == "and")
        ends = _clause_ends(left, found[-2][0], found[-1][1])
        # "Marsh argued that Reddick would beat Carl Voss, who once argued that “…”": the words of the
        # relative clause on a person, still open at the quotation, are that person's.
        relative = _open_relative(left, found[-1][0])
        if left[found[-2][0]].low in _REPORTING_OUTER and not joined and not ends and not relative:
            subject = outer
    if len(found) > 1 and _body_telling_what_it_did(left, found[-2], found[-1]):
        # "The Harbor Board said Friday it posted the label on Pruitt’s tweet “…”": the body's words
        subject = found[-2][1]
    if len(found) == 1 and _mute_subject(left, found[-1][1]):
        # "Reyes believes the storms suggest a deeper pattern: “…”": a thing that cannot speak, inside
        # what the sentence's opening person thinks, gives the quotation to that person.
        subject = _opening_thinker(left, found[-1][0]) or subject
    if same_sentence and found and _bare_verb(left, *found[-1]):
        return None  # "Ms. Holt, noting that “…,” added: “…”": the earlier quotation's speaker
    if same_sentence and found and _closed_as_clause(left, found[-1][0]):
        return None  # "not a “…,” as some of his advisers had argued, but a “…”": the earlier one's
    return subject


def _body_telling_what_it_did(
    left: list[attr.Item], outer: tuple[int, attr.Subject], inner: tuple[int, attr.Subject]
) -> bool:
    """ "The Harbor Board said Friday it posted the warning label on Pruitt’s tweet “…”": an "it"
    right before the verb of the clause a body's verb of saying brings is that body telling what it
    did; the words are the body's, not those of whoever its "it" is not."""
    (told, teller), (verb, subject) = outer, inner
    if teller.kind != "other" or teller.source is None or teller.source.kind != ORGANISATION:
        return False
    if subject.kind != "other" or verb <= told + 1:
        return False
    at = verb - 1
    while at > told + 1 and left[at].low in HAVE | MODALS:
        at -= 1  # "it had posted", "it would post"
    return left[at].kind == "word" and left[at].low == IT


def _joined_source_before_colon(left: list[attr.Item], verb: int) -> attr.Subject | None:
    """An unnamed source or body opening a clause joined by ", but" or ", and" after the verb of
    saying, whose own verb leads to the colon before the quotation: that source's words."""
    if not left or left[-1].low != ":":
        return None
    for at in range(verb + 1, len(left) - 3):
        if left[at].low != "," or left[at + 1].low not in JOINING_CONJUNCTIONS:
            continue
        found = source_after(left, at + 2)
        if found is None or found.kind not in (UNNAMED, ORGANISATION) or left[at + 2].low not in INDEFINITE:
            continue
        after = next((j for j in range(at + 2, len(left)) if left[j].start >= found.end), None)
        if after is not None and verb_like(left[after]):
            return attr.Subject("other", source=found)
    return None


def main_clause_speaks(left: list[attr.Item]) -> bool:
    """Whether the quotation's words are a main clause's subject's, after a subordinate clause holding
    the sentence's last verb of saying ("But when I asked her ..., she shot me down: “…”")."""
    events = attr.events(left)
    return bool(events) and _main_subject_after(left, *events[-1]) is not None


def _main_subject_after(left: list[attr.Item], verb: int, subject: attr.Subject) -> attr.Subject | None:
    """ "But when I asked him if ..., he quickly shot me down: “…”": a verb of saying inside a clause
    a subordinator opens, closed by a comma before a he, she or named person and a word of theirs,
    leaves the quotation the colon introduces to that main clause's subject."""
    at = _subject_index(left, subject)
    if at is None or at == 0 or left[at - 1].low not in SUBORDINATE_OPENERS or left[-1].low != ":":
        return None
    for index in range(verb + 1, len(left) - 2):
        following = left[index + 1]
        mention = following.mention if following.kind == "mention" else None
        if left[index].low != "," or mention is None or mention.kind not in (PERSON, PRONOUN):
            continue
        if mention.subject_like and left[index + 2].kind == "word":
            return subject_of(mention)
    return None


def _subject_index(left: list[attr.Item], subject: attr.Subject) -> int | None:
    """Where in `left` the subject (its source or mention) starts; None when it is not there."""
    start = subject.source.start if subject.source is not None else None
    if start is None and subject.mention is not None:
        start = subject.mention.start
    return next((j for j, item in enumerate(left) if item.start == start), None)


def _time_clause_closing(left: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """The subject opens a clause of time whose verb ends the items before the quotation ("..., said
    outside before the service began, “…”"): it says when, not who; not "after Holt argued that “…”",
    nor "while Shai Solomon wrote, “…”", a person's words."""
    if subject.kind in ("person", "pronoun") or any(item.kind != "punct" for item in left[verb + 1 :]):
        return False
    at = _subject_index(left, subject)
    return at is not None and at > 0 and left[at - 1].low in _TIME_SUBORDINATORS


_TIME_SUBORDINATORS = frozenset("before after until when while once".split())


def _closed_as_clause(left: list[attr.Item], verb: int) -> bool:
    """The verb sits in an "as" clause opening right after the earlier quotation and closed by a
    comma before this one: a comparison set beside the earlier words, no attribution of these."""
    at = 1 if left and left[0].low == "," else 0
    if at >= len(left) or left[at].low != "as":
        return False
    return any(item.low == "," for item in left[verb + 1 :])


def _answered_by_doing(left: list[attr.Item], verb: int) -> bool:
    """ "he answered the attacks by “hiding at his ski cabin”", "responded to attacks by “vacationing
    …”": a verb of answering whose manner ("by") the quotation is, an act described, not speech."""
    return left[verb].low in _ANSWERING and left[-1].low == "by" and verb < len(left) - 2


_ANSWERING = frozenset("answered answers responded responds replied replies reacted reacts".split())


def _asker_opening(left: list[attr.Item]) -> attr.Subject | None:
    """ "Asked in March 2011 by WNYC host Brian Lehrer, “Are you considering ...?” Sanders responded":
    the words right after an opening "Asked ... by <person>," are the asker's question."""
    if len(left) < 4 or left[0].low != "asked" or left[-1].low != "," or not _person_at(left, len(left) - 2):
        return None
    at = len(left) - 3
    while at > 0 and left[at].kind == "word" and left[at].low != "by" and len(left) - at <= _ASKER_ROLE_WORDS:
        at -= 1  # "by WNYC host Brian Lehrer": the asker's role between "by" and the name
    if left[at].low != "by":
        return None
    return attr.Subject("person", left[-2].mention, verb="asked")


_ASKER_ROLE_WORDS = 6


def subject_after(right: list[attr.Item]) -> attr.Subject | None:
    """A verb of saying after the quotation whose clause ends soon. "... drew criticism from Paul
    Ryde, who called it “…”": a relative clause after a quotation is someone else's words."""
    found = [(verb, s) for verb, s in attr.events(right) if right[verb - 1].low not in RELATIVES]
    if not found:
        return None
    verb, subject = found[0]
    if judges_the_words(right, verb):
        return None  # "“…?” Critics called the remarks reckless.": others judging the words
    # "“…,” according to a court document filed by state attorney X": the phrase is its source.
    named = subject.kind == "person" or _source_closes(right, subject)
    according = right[verb].low == "according" and named
    teller = _told_of_before_according(right, verb) if according else None
    if teller is not None:
        return teller  # "“…,” council leader Rob Ennis, according to Ortel, “told his colleagues …”"
    if according or _ends_soon(right, verb) or _inverted_before_apposition(right, verb):
        return subject
    if _closed_before_a_clause(right, verb):
        return subject  # "“…,” Alfred McEwan said Monday, but that amount of water ...": a new clause
    speaks = subject.kind in _WHERE_SAID_KINDS or _body(subject) or _someone_unnamed(right, subject)
    speaks = speaks or _role_of_a_body(right, subject)
    if speaks and _where_said(right, verb):
        return subject  # "..., she said in a video message to the convention."
    if _named_teller_opens(right, verb, subject) or _teller_bridges(right, verb, subject):
        return subject
    if _inverted_after_comma(right, verb, subject):
        return subject  # "“…” if the ferry were cut, said a county aide who has been in touch with ..."
    return subject if _as_aside(right, verb) else None


def _told_of_before_according(right: list[attr.Item], verb: int) -> attr.Subject | None:
    """The person named right before a comma and an "according to" aside ("Rob Ennis, according to
    Ortel, told ..."): whose words the teller reports, when the aside closes on a comma."""
    if verb < 2 or right[verb - 1].low != "," or not _person_at(right, verb - 2):
        return None
    closes = any(item.low == "," for item in right[verb + 2 : verb + 2 + _ACCORDING_ASIDE_ITEMS])
    return attr.Subject("person", right[verb - 2].mention) if closes else None


_ACCORDING_ASIDE_ITEMS = 6  # "according to his biographer, Sam Ortel,"


def _inverted_after_comma(right: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """A comma, then the verb of saying, then an unnamed source right after it, however long its
    description: the inverted attribution closing the sentence."""
    if subject.source is None or subject.source.kind != UNNAMED or verb < 1 or verb + 1 >= len(right):
        return False
    return right[verb - 1].low == "," and right[verb + 1].start == subject.source.start


def _closed_before_a_clause(items: list[attr.Item], verb: int) -> bool:
    """ "..., McEwan said Monday, but that amount ...": a verb of saying whose short tail (when, where,
    to whom) closes at a comma before a word opening a new clause; what follows is not what was said."""
    tail = items[verb + 1 :]
    comma = next((j for j, i in enumerate(tail) if i.kind == "punct"), None)
    if comma is None or tail[comma].low != "," or comma + 1 >= len(tail):
        return False
    phrase = [i for i in tail[:comma] if i.kind in ("word", "mention")]
    short = len(phrase) <= _CLOSED_TAIL_WORDS and not any(i.low in _CLAUSE_WORDS for i in phrase)
    return short and tail[comma + 1].low in _CLAUSE_AFTER_TAIL


_CLOSED_TAIL_WORDS = 4  # "said on Monday night", "told reporters on Friday"


def _someone_unnamed(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "one top Wall Street lawyer", "a senior aide": an unnamed source opened by a/an/one, which no
    later reading gives to a person named before (as "the spokesman" may be)."""
    source = subject.source
    if source is None or source.kind != UNNAMED:
        return False
    opener = next((item for item in items if item.start == source.start), None)
    head = next((item for item in items if item.end == source.end), None)
    if opener is None or head is None or opener.low not in INDEFINITE:
        return False
    if one_source_noun(head.low):
        return True  # never "according to a statement posted on ..."
    # "a man in the front row": a person placed by where they stand
    words = [item for item in items if source.start <= item.start < source.end]
    return len(words) > 2 and lx.is_person_noun(words[1].low) and words[2].low in PLACED_IN


def _role_of_a_body(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "the city editor of the Corvel Ledger": an unnamed source whose phrase names the body it
    works for after "of", no role a later reading gives to a person named before ("Obama's former
    strategist")."""
    source = subject.source
    if source is None or source.kind != UNNAMED:
        return False
    words = [item for item in items if source.start <= item.start and item.end <= source.end]
    if any(item.possessive for item in words):
        return False
    for at, item in enumerate(words[:-1]):
        named = words[at + 2] if words[at + 1].low == "the" and at + 2 < len(words) else words[at + 1]
        if item.low == "of" and named.cap:
            return True
    return False


def _body(subject: attr.Subject) -> bool:
    """ "Harbor Bank", "Halvern's office": an organisation speaking, however long its tail goes on
    ("said in a statement on Tuesday, explaining its decision to ..."); an unnamed source may be a role
    that a later reading gives to the person it refers back to."""
    return subject.source is not None and subject.source.kind == ORGANISATION


def _teller_bridges(items: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """ "“If there had been no help” by the county, the state and other partners, Holt said at a
    Harbor News town hall on Monday, “we would be lost.”": a clause of a named person and a plain verb
    of saying, set apart by commas, ends the words between two pieces of a quotation; it is their
    attribution however long its tail."""
    at = verb - 1
    if subject.kind != "person" or at < 1 or items[at].kind != "mention" or items[at].possessive:
        return False
    return items[at - 1].low == "," and items[verb].low in _TELLING_VERBS and items[-1].low == ","


def _as_aside(right: list[attr.Item], verb: int) -> bool:
    """ "the race “is a dead heat,” as Cole said on the radio on Monday, only magnifies ...": an
    aside opening with "as" right after the quotation names its speaker, however the writer's
    sentence goes on around it (a person or pronoun, the subject right before the verb)."""
    words = [j for j, item in enumerate(right[:verb]) if item.kind in ("word", "mention")]
    if not words or right[words[0]].low != "as" or right[words[0]].kind != "word":
        return False
    if any(item.kind == "quote" for item in right[: words[0]]):
        return False
    subject = words[1:]
    return 0 < len(subject) <= _AS_SUBJECT_ITEMS and right[verb - 1].kind == "mention"


_AS_SUBJECT_ITEMS = 3  # "as Sen. Cole", "as he": the subject of an aside's verb


def _named_teller_opens(items: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """ "“…,” Mr Kok said in a press conference alongside the publication of his report.": a named
    person (after a title or role words at most: "County Recorder Helen Voss", "the party's
    nominee, Tom Hale,") and a plain verb of saying right after the quotation are its attribution
    however long the tail (a clause of what was said would open with "that")."""
    after = items[verb + 1] if verb + 1 < len(items) else None
    named = subject.kind == "person" and _teller_phrase(items[:verb])
    # "“…” with the WHO, the president said, adding that ...": a definite role set apart as a name is.
    named = named or (subject.kind == "role" and _role_set_apart(items[:verb]))
    return named and items[verb].low in _TELLING_VERBS and (after is None or after.low != "that")


def _role_set_apart(words: list[attr.Item]) -> bool:
    """ "with the WHO, the president": a definite role (a few plain words and its head) ending the
    words after a prepositional phrase and a comma, with no quotation, verb or clause among them; a
    role alone is read elsewhere (its long tail may report a clause of its own)."""
    at = len(words) - 1
    while at >= 0 and len(words) - at <= _ROLE_WORDS and _plain_word(words[at]) and words[at].low != "the":
        at -= 1
    if at < 0 or at == len(words) - 1 or words[at].low != "the" or not lx.is_role_head(words[-1].low):
        return False
    before = words[:at]
    # Only a phrase going on with the quotation ("with the WHO,"), not a noun it names (“women in
    # politics” fundraiser in Philadelphia, the congresswoman told ...).
    if not before or before[-1].low != "," or before[0].low not in PREPOSITIONS:
        return False
    # "with the WHO,": a capitalised body is no relative "who".
    return len(words) <= _TELLER_ITEMS and not any(
        i.kind == "quote" or (not i.cap and (i.low in _NOT_IN_TELLER or i.low in lx.SPEECH_VERBS))
        for i in before
    )


def _plain_word(item: attr.Item) -> bool:
    return item.kind == "word" and not item.cap


_ROLE_WORDS = 4  # "the former state party chairman"


def _teller_phrase(words: list[attr.Item]) -> bool:
    """A person's mention ending the words, with nothing before it but a title or role words: no
    quotation, verb or clause, and no preposition unless a comma sets the name apart ("a spokesman
    for Sen. Holt" is the spokesman; "the chairman of the board, Tom Hale," is Hale)."""
    if words and words[-1].low == ",":
        words = words[:-1]
    if not words or words[-1].kind != "mention" or words[-1].possessive or len(words) > _TELLER_ITEMS:
        return False
    before = words[:-1]
    if any(i.kind == "quote" or i.low in _NOT_IN_TELLER or i.low in lx.SPEECH_VERBS for i in before):
        return False
    if before and before[-1].kind == "word" and before[-1].low in BUSINESS_NOUNS:
        return False  # "brokerage Hollis Brandt said": a business named after its kind, no person
    apart = bool(before) and before[-1].low == ","
    return apart or not any(i.kind == "word" and i.low in PREPOSITIONS for i in before)


_TELLING_VERBS = lx.CORE_SPEECH_VERBS | frozenset("wrote writes tweeted tweets".split())
_TELLER_ITEMS = 10  # "the presumptive Republican presidential nominee, Tom Hale"
_NOT_IN_TELLER = CLAUSE_OPENERS | frozenset("who which that whose ; : ( )".split())


_REPORTING_OUTER = frozenset("said says claimed claims argued argues insisted insists".split())


def thought_by(left: list[attr.Item], subject: attr.Subject) -> bool:
    """Whether `subject` is the person whose thinking opens the sentence before a mute subject's verb
    ("Reyes believes the storms suggest ...:"), so the mute clause is no speaker of its own."""
    events = attr.events(left)
    if len(events) != 1 or not _mute_subject(left, events[-1][1]):
        return False
    thinker = _opening_thinker(left, events[-1][0])
    return thinker is not None and thinker.mention is subject.mention


def _closed_relative(left: list[attr.Item], verb: int) -> bool:
    """Whether the verb sits in a relative clause set off by commas before the quotation ("Dorn, who
    writes for a weekly paper, is “…”"): it tells what the person does, not who speaks here."""
    at = verb - 1
    while at > 0 and left[at].kind == "word" and left[at].low in lx.ADVERBS:
        at -= 1
    if at < 1 or left[at].low not in PERSON_RELATIVES or left[at - 1].low != ",":
        return False
    after = left[verb + 1 :]
    close = next((i for i, item in enumerate(after) if item.low == ","), None)
    # "Quill, who said that while such accounts ..., this one “…”": the comma closes a clause the
    # relative reports, not the relative; the words are what she said.
    return close is not None and not any(item.low == "that" for item in after[:close])


def _open_relative(left: list[attr.Item], verb: int) -> bool:
    """Whether the verb opens a relative clause on a person after a comma (", who once argued that"),
    no comma closing it before the quotation."""
    at = verb - 1
    while at > 0 and left[at].kind == "word" and left[at].low in lx.ADVERBS:
        at -= 1
    if at < 1 or left[at].low not in PERSON_RELATIVES or left[at - 1].low != ",":
        return False
    return not any(item.low == "," for item in left[verb + 1 :])


def _in_closed_dashes(left: list[attr.Item], verb: int) -> bool:
    """Whether the verb at `verb` sits inside an aside between two dashes that closes before the
    quotation."""
    opened = _dash_runs(left[:verb]) % 2 == 1
    return opened and _dash_runs(left[verb + 1 :]) > 0


def _dash_runs(items: list[attr.Item]) -> int:
    """How many dashes the items hold ("--" is one item)."""
    return sum(1 for item in items if item.low in DASHES)


def _opening_thinker(left: list[attr.Item], verb: int) -> attr.Subject | None:
    """The person opening the sentence with a verb of thinking right after the name (an adverb between
    at most) before `verb`: "Reyes believes ...", "Ana Reyes now thinks ..."."""
    if not left or left[0].kind != "mention" or left[0].possessive or left[0].mention.kind != PERSON:
        return None
    at = 1
    while at < verb and left[at].kind == "word" and left[at].low in _THINKER_ADVERBS:
        at += 1
    if at >= verb or left[at].kind != "word" or left[at].low not in THINKING_VERBS:
        return None
    return attr.Subject("person", left[0].mention)


_THINKER_ADVERBS = lx.ADVERBS | frozenset("now also still just even".split())


def _mute_subject(left: list[attr.Item], subject: attr.Subject) -> bool:
    """No one found, or an unnamed source whose head noun cannot speak ("the storms", "the frequency of
    spiky skulls"): no person's, source's or body's noun ends the phrase."""
    source = subject.source
    if subject.kind != "other" or (source is not None and source.kind != UNNAMED):
        return False
    if source is None:
        return subject.mention is None
    head = _source_head(left, source)
    return head is not None and head.kind == "word" and not speaking_noun(head)


def _blamed_clause_closed(left: list[attr.Item], verb: int) -> bool:
    """ "for saying ..., concluding": a "for" gerund whose clause a comma and a participle close."""
    if verb < 1 or left[verb - 1].low != "for":
        return False
    for at in range(verb + 1, len(left) - 1):
        after = left[at + 1]
        if left[at].low == "," and after.kind == "word" and not after.cap and after.low.endswith("ing"):
            return True
    return False


def _second_that_clause_after(left: list[attr.Item], verb: int) -> bool:
    """ ", and that" after the verb at `verb`: a second clause the outer verb reports."""
    for at in range(verb + 1, len(left) - 2):
        if left[at].low == "," and left[at + 1].low == "and" and left[at + 2].low == "that":
            return True
    return False


def _written_by(left: list[attr.Item], subject: attr.Subject) -> bool:
    """An unnamed source whose head noun is a writing ("a banner", "the report")."""
    head = _source_head(left, subject.source) if subject.source is not None else None
    return head is not None and head.low in WRITINGS


def _source_head(left: list[attr.Item], source: Source) -> attr.Item | None:
    """The last item inside the source's phrase: its head noun."""
    inside = [item for item in left if source.start <= item.start and item.end <= source.end]
    return inside[-1] if inside else None


def _clause_ends(left: list[attr.Item], verb: int, inner: attr.Subject) -> bool:
    """ "“…,” Holt said, before Reyes interjected: “…”", "Holt said on Monday, while Reyes called it
    “…”": a comma and a word opening a new clause right after the verb, or right before the later
    verb's own subject, or a semicolon between them, end the verb's clause, so the later verb reports
    nothing of it; it speaks anew."""
    after = left[verb + 1 : verb + 3]
    if len(after) == 2 and after[0].low == "," and after[1].low in _NEW_CLAUSE_OPENERS:
        return True
    if inner.mention is None:
        return False
    at = next((j for j, item in enumerate(left) if item.mention is inner.mention), 0)
    if any(item.kind == "punct" and item.low == ";" for item in left[verb + 1 : at]):
        return True  # "Lou Harmon says no; Rita Vance says “…”": a clause of its own
    if at - 2 <= verb or left[at - 2].low != ",":
        return False
    # "Easton said he was worried ..., though Whitcomb said there was “…”": a named person's
    # concession answers the teller (a he there goes on with the teller's own thought).
    conceding = left[at - 1].low in _CONCESSIVE and inner.kind == "person"
    return left[at - 1].low in _NEW_CLAUSE_OPENERS or conceding


# Words opening a clause of its own after "X said,": what follows is not what X said.
_NEW_CLAUSE_OPENERS = frozenset("before but as and while whereas when then after until so to".split())
_CONCESSIVE = frozenset(("though", "although"))
# Words opening a new clause after "said Monday,": not "to" or "as", which may go on with the tail;
# but "where", which tells of the place just named ("told reporters in Lindell, where she opened ...").
_CLAUSE_AFTER_TAIL = (_NEW_CLAUSE_OPENERS - {"to", "as"}) | {"where"}


def _bare_verb(left: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """A verb of saying opening the words between two quotations, with no speaker of its own."""
    no_speaker = subject.kind == "other" and subject.source is None
    return no_speaker and not any(i.kind in ("word", "mention") for i in left[:verb])


def attribution_after(
    raw: Raw, right: list[attr.Item], context: Context, goes_on: bool = False
) -> attr.Subject | None:
    """ "“Why would anyone pay that much?” Dana Pruitt said.": a quotation ending in ?, ! or . is
    its own sentence to the splitter; a short "X said." right after it is its attribution. When it
    `goes_on` from a quotation whose speaker is known, a next sentence whose verb of saying has a
    clause of its own ("Omar Lander ... said the bank faced ...") reports new words, not these; so
    it does after a partial quotation."""
    sentences = raw.paragraph.sentences
    if any(i.kind in ("word", "mention") for i in right) or raw.last + 1 >= len(sentences):
        return None
    following = sentences[raw.last + 1]
    if following.text.rstrip().endswith(":"):
        return None  # "“…” The Courier says: ¶ “…”": it introduces the words after it, not these
    items = context.items(following.start, following.end)
    if context.quotation_starts_in(following.start, following.end):
        # "“…!” Trell wrote before sharing an old favourite: “…”": a name and its verb opening the
        # sentence whose colon brings the next quotation attribute this one too; else none of it.
        before = _before_the_next_quotation(items)
        if _name_speaks(before):
            return attr.immediate_event(before)
        # "“…?” Mrs. Lindqvist said, pointing to the charter ..., including “…”": the name and verb
        # before a participle's comma attribute this one; the later quotation is the participle's.
        said = _said_before_participle(items) or _said_before_subordinate(items)
        return attr.immediate_event(said) if said else None
    subject = attr.immediate_event(items)
    if subject is not None and goes_on and _agrees(items, subject):
        # "“…,” said Pellow. “…” Former chairman Arkwright, who retired in 2009, agreed.": one agreeing
        # with the words before, which go on with their speaker, not the one who says them.
        return None
    if subject is None or ((goes_on or is_partial(raw)) and _reports_a_clause(items, subject)):
        # "The council promised “a crossing for all.” Critics say the vote breaks it.": words quoted
        # inside a sentence of their own are not what the next sentence's clause reports.
        return None
    told = (
        _name_says(items)
        or _titled_name_says(items)
        or (_opens_paragraph(raw) and _name_apposition_says(items))
        or _person_said_where(items, subject)
    )
    return subject if short_attribution(items) or _closed_verb(items, subject) or told else None


def _person_said_where(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "“…?” Harbor Committee Chairman Walt Ormond (D-Fenwick) demanded at a hearing Tuesday,
    channeling ...": a person's verb of saying whose tail says only where and when it was said."""
    at = _verb_at(items, subject)
    return subject.kind == "person" and at is not None and _where_said(items, at)


def _before_the_next_quotation(items: list[attr.Item]) -> list[attr.Item]:
    """The items before the sentence's first quotation when a colon stands right before it, less the
    colon, or ", adding," ("“…?” Hale asked, adding, “…”"), less those; else none."""
    first = next((at for at, item in enumerate(items) if item.kind == "quote"), None)
    if first is None or first < 1:
        return []
    if items[first - 1].low == ":":
        return items[: first - 1]
    going_on = first >= 3 and items[first - 2].low in _GOING_ON and items[first - 3].low == ","
    return items[: first - 3] if going_on and items[first - 1].low == "," else []


_GOING_ON = frozenset(("adding", "continuing"))  # "Hale asked, adding, “…”"


def _said_before_participle(items: list[attr.Item]) -> list[attr.Item]:
    """The items up to a person's verb of saying (past a title and its full stop) when a comma and a
    participle follow it ("Mrs. Lindqvist said, pointing to ..."); else none."""
    at = 2 if len(items) > 2 and honorific_at(items, 0) and items[1].low == "." else 0
    verb = at + 1
    if not _name_speaks(items[at:]) or verb + 2 >= len(items) or items[verb + 1].low != ",":
        return []
    participle = items[verb + 2]
    acting = participle.low.endswith("ing") and participle.low not in _ING_PREPOSITIONS
    return items[: verb + 1] if participle.kind == "word" and acting else []


def _said_before_subordinate(items: list[attr.Item]) -> list[attr.Item]:
    """The person's name and verb of saying opening the items when a clause of when or why follows
    the verb ("Pruitt tweeted just moments after the council recorded the vote, a day after saying
    that ... would be “…”"): no clause of what was said, so they attribute the words before them;
    the later quotation is the clause's. Else none."""
    if not _name_speaks(items) or not _subordinate_tail(items, 1):
        return []
    return items[:2]


# Words in -ing that open a phrase, not a participle's clause ("said, during the debate, “…”").
_ING_PREPOSITIONS = frozenset("during including regarding concerning following according".split())


def _name_speaks(items: list[attr.Item]) -> bool:
    """A person's name, then a verb of saying, open the items."""
    opens = len(items) > 1 and items[0].kind == "mention" and not items[0].possessive
    return opens and items[0].mention.kind == PERSON and items[1].low in lx.SPEECH_VERBS


def _opens_paragraph(raw: Raw) -> bool:
    """The paragraph's first quotation: no earlier one whose speaker might go on in it."""
    return not _DOUBLE_MARKS.search(raw.paragraph.text, 0, raw.span.start - 1)


_DOUBLE_MARKS = re.compile('[“”"]')


def _name_apposition_says(items: list[attr.Item]) -> bool:
    """ "“…?” Will Estes, the chairman for the county party, said of the talk he had with Holt":
    a person's name set apart with its apposition, then a plain verb of saying with no clause of its
    own (not "said the plan was wrong": reported speech), open the sentence after a paragraph's first
    quotation, so a long tail naming others is still its attribution."""
    if len(items) < 4 or items[1].low != "," or not _person_at(items, 0):
        return False
    for at in range(2, min(len(items) - 1, _TELLER_ITEMS)):
        item = items[at]
        if item.kind == "quote" or item.low in lx.SPEECH_VERBS or item.low in _NOT_IN_APPOSITION:
            return False
        if item.low == ",":
            verb = at + 1
            if _called_out(items, verb):
                return _no_clause_after(items, verb + 1)  # "called out to people walking into ..."
            return items[verb].low in lx.CORE_SPEECH_VERBS and _no_clause_after(items, verb)
    return False


def _called_out(items: list[attr.Item], verb: int) -> bool:
    """ "called out", "cried out", "shouted out": a verb of calling with "out", said aloud to people."""
    return verb + 1 < len(items) and items[verb].low in _CALLING and items[verb + 1].low == "out"


_CALLING = frozenset(("called", "cried", "shouted", "yelled"))


def _no_clause_after(items: list[attr.Item], verb: int) -> bool:
    """The verb of saying ends its sentence or goes on with a preposition or a time ("said of the
    talk", "said on Monday", "told reporters"), not with what was said."""
    after = items[verb + 1] if verb + 1 < len(items) else None
    if after is None or after.kind == "punct":
        return True
    if items[verb].low in lx.LISTENER_VERBS:
        # "Grady then asked whether the governor agreed": a question of its own, reported.
        return after.low not in _REPORTED_QUESTION_WORDS
    return after.kind == "word" and (after.low in PREPOSITIONS or after.low in _TIMES)


_REPORTED_QUESTION_WORDS = frozenset("whether if why how what".split())


_TIMES = lx.WEEKDAYS_MONTHS | frozenset("today yesterday tonight last this earlier later".split())


_NOT_IN_APPOSITION = frozenset("; : ( )".split())


def _person_at(items: list[attr.Item], at: int) -> bool:
    item = items[at]
    return (
        item.kind == "mention"
        and item.mention is not None
        and item.mention.kind == PERSON
        and not item.possessive
    )


def _name_says(items: list[attr.Item]) -> bool:
    """ "“…?” Reyes told Britain’s ITV ... when asked how ties would fare if he won": a person's
    name and a plain verb of saying open the sentence, so a long tail is still its attribution."""
    at = past_title(items, 0, len(items))  # "Mrs. Fennick said she told ..."
    return (
        len(items) > at + 1
        and items[at].kind == "mention"
        and items[at].mention is not None
        and items[at].mention.kind in (PERSON, AMBIGUOUS)  # "Mrs. Clinton" beside Bill Clinton
        and not items[at].possessive
        and (items[at + 1].low in _PLAIN_SAYING or _called_out(items, at + 1))
        and not _reports_that(items, at + 1)
    )


def _reports_that(items: list[attr.Item], verb: int) -> bool:
    """ "Ford said on Wednesday that it was moving ...": the verb of saying goes on, past a short
    phrase of when or where, to a "that" clause of its own (a new report, not the quotation's tag)."""
    for item in items[verb + 1 : verb + 1 + _THAT_REACH]:
        if item.kind != "word":
            return False
        if item.low == "that":
            return True
    return False


_THAT_REACH = 5  # "said on Monday morning that"


def _titled_name_says(items: list[attr.Item]) -> bool:
    """ "“…?” Republican National Committee spokesman Michael Short said in a riposte to the
    president’s comments sent out to reporters.": a role, a person's name and a plain verb of saying
    with no clause of its own open the sentence, so a long tail is still its attribution."""
    at = next(
        (i for i, item in enumerate(items[: constants.MAX_ROLE_WORDS + 1]) if item.kind != "word"), None
    )
    if at is None or at == 0 or not _person_at(items, at) or not lx.is_role_head(items[at - 1].low):
        return False
    verb = at + 1
    return verb < len(items) and items[verb].low in _PLAIN_SAYING and _no_clause_after(items, verb)


# Plain verbs of saying that open an attribution of any length: "said", "told", and "asked" after a
# question ("“…?” moderator Chuck Todd asked the Vermont senator in an interview aired Sunday.").
_PLAIN_SAYING = lx.CORE_SPEECH_VERBS | frozenset(("asked", "asks"))


def _reports_a_clause(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "Omar Lander said the bank faced ...": the subject's verb of saying goes on with what was said."""
    at = _verb_at(items, subject)
    return at is not None and not _no_clause_after(items, at)


def _closed_verb(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "“…?” Holt remarked, alluding to ...": the verb of saying ends its clause at a comma, so a
    long tail after it is no clause of what was said."""
    at = _verb_at(items, subject)
    return at is not None and at + 1 < len(items) and items[at + 1].low == ","


def _agrees(items: list[attr.Item], subject: attr.Subject) -> bool:
    """The next sentence's verb is one of agreeing, closing it ("Arkwright agreed.")."""
    at = _verb_at(items, subject)
    return (
        at is not None and items[at].low in _AGREEING and (at + 1 == len(items) or items[at + 1].low == ".")
    )


_AGREEING = frozenset("agreed agrees concurred concurs".split())


def _verb_at(items: list[attr.Item], subject: attr.Subject) -> int | None:
    """Where the subject's verb of saying stands in the items."""
    return next((i for i, item in enumerate(items) if item.kind == "word" and item.low == subject.verb), None)


def short_attribution(items: list[attr.Item]) -> bool:
    """ "Dana Pruitt said.", "Miller, a retired worker from a nuclear plant, said pleasantly into the
    phone.": a sentence of a dozen words, or one whose verb of saying has a short tail."""
    words = [i for i in items if i.kind in ("word", "mention")]
    if len(words) <= constants.ATTRIBUTION_SENTENCE_WORDS:
        return True
    verb = next((j for j in range(len(items)) if attr.is_speech_verb(items, j)), None)
    return verb is not None and (_ends_soon(items, verb) or _subordinate_tail(items, verb))


def _subordinate_tail(items: list[attr.Item], verb: int) -> bool:
    """ "Trump tweeted Wednesday, after Coats ... backed differing views ...", "Trump tweeted just
    moments after the Senate recorded the vote, ...", "Trump tweeted, later telling reporters ...": a
    verb of saying, perhaps when, then a clause of time or cause or a participle, however long;
    not "asked last summer and then left, ...", a clause of the subject's own."""
    tail = items[verb + 1 :]
    at = time_phrase_words(tail, 0)
    while at < len(tail) and (tail[at].low in _TAIL_TIMING or tail[at].low == ","):
        at += 1
    if at >= len(tail):
        return False
    word = tail[at].low
    return word in SUBORDINATE_OPENERS or (word in lx.PARTICIPLES and word.endswith("ing"))


# "just moments after", "shortly before", ", later telling": words of when between the verb and the clause.
_TAIL_TIMING = frozenset("just moments minutes hours days shortly soon later then".split())


def _inverted_before_apposition(items, verb: int) -> bool:
    """ "“…” that Holt can win, said Steve Elmore, a former campaign manager.", "... for math, said
    mathematician Ravi Okonjo, who was interviewed ...": an inverted "said X", a few role words
    perhaps before X, whose only tail is X's apposition or relative clause."""
    after = verb + 1
    while after < len(items) and after - verb <= _ROLE_WORDS_BEFORE and _role_or_title(items, after):
        after += 1
    if after >= len(items) or items[after].kind != "mention" or items[after].mention is None:
        return False
    if items[after].mention.kind != PERSON:
        return False
    rest = items[_past_affiliation(items, after + 1) :]
    return (not rest or rest[0].low in ",.") and not any(i.kind == "quote" for i in rest)


def _past_affiliation(items: list[attr.Item], at: int) -> int:
    """ "..., says Ida Brannock at the Norvale Budget Institute.": past the body or place the name at
    `at` - 1 is "at", "of" or "from", which tells who the speaker is, not what was said; `at` when
    none follows the name."""
    end = affiliation_words_end(items, at)
    named = end > at + 1 and items[end - 1].low not in AFFILIATION_CONNECTORS
    return end if named else at


_ROLE_WORDS_BEFORE = 5  # "said Temple University mathematician and author Ravi Okonjo"


def _role_or_title(items: list[attr.Item], at: int) -> bool:
    """A role word before an inverted speaker, or an abbreviated title and its full stop ("Sen.")."""
    return _role_word(items[at]) or honorific_at(items, at)


def _role_word(item: attr.Item) -> bool:
    """A word of a role or a body's name before an inverted speaker, no word opening a clause."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind != PERSON  # "Temple University"
    return (
        item.kind == "word"
        and item.low not in NOT_BEFORE_INVERTED_SUBJECT
        and item.low not in lx.SPEECH_VERBS
    )


def _source_closes(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "“…,” according to a report by the Harbor Times.": the labelled source ends the sentence (its
    length is the label's, no clause of its own), or a relative clause describing it does ("...,
    according to the report, which was released by the city auditor."), or a participle of putting
    it out ("according to a motion filed in ...")."""
    if subject.source is None:
        return False
    rest = [i for i in items if i.start >= subject.source.end]
    if not any(i.kind in ("word", "mention", "quote") for i in rest):
        return True
    described = len(rest) > 1 and rest[0].low == "," and rest[1].low in RELATIVES
    # "..., according to a motion filed in the U.S. District Court.": a participle of putting the
    # writing out goes on describing it.
    described = described or (subject.verb == "according" and rest[0].low in ISSUING_PARTICIPLES)
    return described and not any(i.kind == "quote" for i in rest)


def _ends_soon(items, verb: int) -> bool:
    """`..., he told reporters.`: a verb of saying with no clause of its own after it."""
    tail = [i for i in items[verb + 1 :] if i.kind in ("word", "mention")]
    return len(tail) <= constants.ATTRIBUTION_TAIL_WORDS


# Verbs that label the thing "it" right after them ("as Halloran called it").
_LABELLED_IT = frozenset("called calls dubbed dubs described describes put puts termed terms".split())


def _where_said(items: list[attr.Item], verb: int) -> bool:
    """ "..., she said in a video message to the convention.": a tail of prepositional phrases only
    (where, when, to whom it was said), perhaps closed by a participle ("..., using another word"),
    has no clause of its own, however many words it takes."""
    tail = items[verb + 1 :]
    comma = next((j for j, i in enumerate(tail) if i.kind == "punct"), len(tail))
    phrase = [i for i in tail[:comma] if i.kind in ("word", "mention")]
    # "..., McDonough said Monday at a ... symposium.": when it was said, then where.
    opening = time_phrase_words(phrase, 0) if phrase else 0
    rest = [i for i in tail[comma + 1 :] if i.kind in ("word", "mention")]
    # "..., Grassley asked last summer, according to a transcript of the hearing.": when, then where
    # the words are found.
    cited = (
        0 < opening == len(phrase) and tail[comma].low == "," and bool(rest) and rest[0].low == "according"
    )
    if cited:
        return True
    while opening < len(phrase) and phrase[opening].low in _VERB_PARTICLES:
        opening += 1  # "..., a man in the front row called out at the back of the hall."
    if opening < len(phrase) and phrase[opening].low == "it" and items[verb].low in _LABELLED_IT:
        opening += 1  # "..., as Halloran called it on the eve of the war."
    if len(phrase) <= opening or phrase[opening].low not in _TAIL_PREPOSITIONS:
        return False
    if len(phrase) > 2 * constants.ATTRIBUTION_TAIL_WORDS or _holds_clause_word(phrase):
        return False
    if comma == len(tail) or tail[comma].low in qm.SENTENCE_ENDS:
        return True
    if tail[comma].low in DASHES and bool(rest) and rest[0].low in _ASIDE_DETERMINERS:
        return True  # "..., Tillerson said on “Face the Nation” — a line his predecessor often used."
    if tail[comma].low == "," and bool(rest) and rest[0].low in _RELATIVE_AFTER_PHRASE:
        return True  # "..., Vantreck jokes about her singing, which she said she learned from her son."
    return tail[comma].low == "," and bool(rest) and rest[0].low.endswith("ing")


_RELATIVE_AFTER_PHRASE = frozenset(("which", "whose"))


def _holds_clause_word(phrase: list[attr.Item]) -> bool:
    """Whether a word of `phrase` may open, join or carry a clause; never "and" inside a name ("the
    Center for Strategic and International Studies")."""
    for at, item in enumerate(phrase):
        if item.low not in _CLAUSE_WORDS:
            continue
        named = item.low == "and" and 0 < at < len(phrase) - 1 and phrase[at - 1].cap and phrase[at + 1].cap
        if not named:
            return True
    return False


# Words opening a noun phrase set after a dash to comment on what was said ("— a line ...", "— the
# same words ...", "— an echo of ..."): an aside, no clause of the speaker's.
_ASIDE_DETERMINERS = frozenset(("a", "an", "the", "words", "remarks", "comments"))


# Subjects that refer back to someone already named.
_REFERRING = frozenset(("pronoun", "role"))
# Subjects a where-and-when tail of any length leaves the speaker: those, and a person named ("Sen. Orrin
# Hatch and two other Republican leaders wrote over the weekend in an opinion column"); a business named
# like a person is an organisation by then ("brokerage Hollis Brandt said in a note to investors, ...").
_WHERE_SAID_KINDS = _REFERRING | frozenset(("person",))
# Where, when and how it was said, and to whom: "said in a video message to the council", "said with
# a smile", "wrote over the weekend in an opinion column".
_VERB_PARTICLES = frozenset(("out", "up", "back"))  # "called out", "spoke up", "shot back"
_TAIL_PREPOSITIONS = ADVERBIAL_PREPOSITIONS | frozenset(("to", "with", "over", "about"))
# Words that open, join or carry a clause: a tail holding one may be what was said, not where.
_CLAUSE_WORDS = frozenset(
    "that whether if because who which when while and but or is was are were be been has have had "
    "will would can could should may might must do does did said says".split()
)
