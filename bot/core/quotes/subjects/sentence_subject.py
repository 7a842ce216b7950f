"""The subject opening a sentence whose quoted words no verb of saying introduces
(`opening_subject`): "Bolton thought it was “…”", "He vowed to “…”", "The nominee also vowed to “…”".
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    CHARACTERISING_VERBS,
    COPULAS,
    OBJECT_PRONOUNS,
    PASSIVE,
    RELATIVE_OPENERS,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.subjects.before_skips import ly_adverb
from bot.core.quotes.subjects.opening_phrases import (
    LONG_OPENERS,
    LONG_OPENING_ITEMS,
    past_opening_phrase,
    past_subordinate_clause,
)
from bot.core.quotes.subjects.shared import (
    COORDINATORS,
    DASHES,
    PARENTHESIS_ITEMS,
    honorific_at,
    subject_of,
    verb_like,
)


def opening_subject(items: list[Item]) -> Subject | None:
    """ "Bolton thought it was “…”", "He vowed to “…”", "Huckabee, for his part, is labeling it “…”":
    with no verb of saying, the person opening the sentence as its subject, before a verb, speaks
    its partial quotation, when no one else is named after them; "Jindal signed an order, while
    Huckabee proposed we “…”": the subject opening the quotation's own clause, when one does."""
    joined = _last_joined_clause(items)
    if joined is not None:
        return _opening_subject(items[joined:])
    return _opening_subject(items)


def _last_joined_clause(items: list[Item]) -> int | None:
    """Where the last clause joined by ", while" / ", whereas" opens (past the conjunction)."""
    for at in range(len(items) - 2, 0, -1):
        if items[at].kind == "quote":
            return None
        if items[at].kind == "word" and items[at].low in _JOINING and items[at - 1].low == ",":
            return at + 1
    return None


_JOINING = frozenset("while whereas".split())


def _opening_subject(items: list[Item]) -> Subject | None:
    index = past_opening_phrase(items)
    index = _past_long_opening(items, index) or index
    # "When she agreed to give the lecture last year, Judge Quill felt the time was ripe to urge “…”"
    index = past_subordinate_clause(items) or index
    while index < len(items) and items[index].kind == "word" and items[index].low in COORDINATORS:
        index += 1
    title = index
    while title < len(items) and title - index < _TITLE_WORDS and _title_word(items, title):
        title += 1  # "Former Gov. Mike Holt"
    if title < len(items) and items[title].kind == "mention":
        index = title
    role = _opening_role(items, index)
    if role is not None:
        return role[0] if _speaks_partial(items, role[1], None) else None
    if index >= len(items) or items[index].kind != "mention" or items[index].possessive:
        return None
    mention = items[index].mention
    if mention is None or not mention.subject_like or mention.kind not in (PERSON, AMBIGUOUS, PRONOUN):
        return None
    verb = index + 1
    if verb < len(items) and items[verb].low in (",", *DASHES):
        # "Huckabee, for his part, is labeling", "Stramm — on his first visit as governor — outlined"
        mark = items[verb].low
        reach = min(len(items), verb + PARENTHESIS_ITEMS)
        verb = next((j + 1 for j in range(verb + 1, reach) if items[j].low == mark), len(items))
        if mark == "," and verb < len(items) and not _verb_at(items, verb):
            # "Rep. Mara Quist, D-Ore., one of the most conservative members, would not": a second
            # apposition after the first
            reach = min(len(items), verb + PARENTHESIS_ITEMS)
            verb = next((j + 1 for j in range(verb, reach) if items[j].low == ","), len(items))
    if _adverb_in_ly(items, verb) and verb + 1 < len(items) and verb_like(items[verb + 1]):
        verb += 1  # "he slightly qualified his statement, acknowledging that he “…”"
    return subject_of(mention) if _speaks_partial(items, verb, mention) else None


def _verb_at(items: list[Item], at: int) -> bool:
    """A verb at `at`, or an adverb in -ly and a verb after it."""
    if _adverb_in_ly(items, at):
        at += 1
    return at < len(items) and verb_like(items[at])


def _adverb_in_ly(items: list[Item], at: int) -> bool:
    """A lower-case word in -ly at `at` ("slightly", "quickly"), read as an adverb before a verb."""
    return at < len(items) and items[at].kind == "word" and not items[at].cap and ly_adverb(items[at].low)


def _past_long_opening(items: list[Item], start: int) -> int:
    """The index after a longer prepositional phrase opening at `start` (the sentence's start or
    past "Moreover,") and closed by a comma, naming others at most as its objects ("As part of the
    exchange with Holt, Gower referenced a report that “…”"), else 0."""
    if start >= len(items) or items[start].kind != "word" or items[start].low not in LONG_OPENERS:
        return 0
    for index in range(start + 1, min(len(items), start + LONG_OPENING_ITEMS)):
        item = items[index]
        if item.kind == "quote" or (item.kind == "mention" and item.mention.kind == PRONOUN):
            return 0
        if item.kind == "punct":
            return index + 1 if item.low == "," else 0
    return 0


def _opening_role(items: list[Item], index: int) -> tuple[Subject, int] | None:
    """ "The Republican nominee also vowed to punish “…”": a definite role opening the sentence, and
    where its verb is."""
    if index >= len(items) or items[index].low != "the":
        return None
    for verb in range(index + 2, min(len(items), index + 2 + _ROLE_WORDS_BEFORE_VERB)):
        if items[verb].kind != "word":
            return None
        if verb_like(items[verb]):
            reference = role_reference(items, verb - 1, backwards=True)
            return (reference, verb) if reference is not None else None
    return None


_ROLE_WORDS_BEFORE_VERB = 4  # "the former Florida governor"


def _speaks_partial(items: list[Item], verb: int, mention: Mention | None) -> bool:
    """The opening subject's verb at `verb` is active, and no one else is named after it."""
    if verb >= len(items) or not verb_like(items[verb]):
        return False
    if is_passive(items, verb):
        return False  # "Reed was cast by critics as “…”": what others called the subject
    if is_copula(items, verb) and not _self_named(items):
        return False  # "Pruitt was for years “the unofficial mayor ...”": a label for the subject
    # "Comer indicated that Holt ... “should have known ...”": the subject reports the clause.
    reported = any(i.low == "that" for i in items[verb + 1 : verb + _THAT_REACH] if i.kind == "word")
    reported = reported and not any(i.kind != "word" for i in items[verb + 1 : _first_that(items, verb)])
    # "Holt compared Lund to “…”": the people after the verb are what it characterises.
    reported = reported or _characterises_objects(items, verb)
    for at in range(verb, len(items)):
        item = items[at]
        if item.kind == "quote" or item.low in OTHER_VOICE:
            return False  # "wearing a shirt that read “…”", "the Beast, which ran ... naming him the “…”"
        other = item.mention if item.kind == "mention" else None
        if other is not None and other.kind in (PERSON, AMBIGUOUS) and not item.possessive and not reported:
            if _object_of_participle(items, at):
                continue  # "leveled an allegation at Olsen, faulting him for “…”": Olsen is faulted
            if _doing_not_saying(items, at):
                continue  # "blamed the fire on Otto Lane sowing “…”": what Lane did, in her words
            return False
        if (
            other is not None
            and other.kind == PRONOUN
            and mention is not None
            and mention.gender is not None
            and other.gender != mention.gender
        ):
            return False
    return True


def _self_named(items: list[Item]) -> bool:
    """ "Grant is the self-proclaimed “best friend of the taxpayer”": a label the subject gave
    themselves, right before the quotation, is their own words."""
    last = next((item for item in reversed(items) if item.kind != "punct"), None)
    return last is not None and last.kind == "word" and last.low in _SELF_NAMING


_SELF_NAMING = frozenset(
    "self-proclaimed self-described self-styled self-declared self-professed self-avowed self-titled".split()
)


def _characterises_objects(items: list[Item], verb: int) -> bool:
    """ "Holt compared Lund and two rivals with ties to Ada Burke to “…”": the people after a verb
    of characterising are its objects, up to the quotation, unless someone else speaks on the way
    ("Holt praised Lund, who said ...")."""
    if items[verb].low not in CHARACTERISING_VERBS:
        return False
    for item in items[verb + 1 :]:
        if item.kind == "quote":
            return True
        if item.kind == "word" and (item.low in lx.SPEECH_VERBS or item.low in RELATIVE_OPENERS):
            return False
    return True


def _object_of_participle(items: list[Item], named: int) -> bool:
    """Whether the person at `named` is taken up as the object of a participle right after them
    (", faulting him for", ", calling her"): the one the subject's words are about."""
    after = items[named + 1 : named + 4]
    if len(after) < 3 or after[0].low != "," or after[1].kind != "word":
        return False
    return after[1].low.endswith("ing") and after[2].low in OBJECT_PRONOUNS


def _doing_not_saying(items: list[Item], named: int) -> bool:
    """Whether the person at `named`, after a preposition, does what a gerund right after them says
    and that gerund is no verb of saying ("on Otto Lane sowing", not "on Lane saying")."""
    if named < 1 or named + 1 >= len(items) or items[named - 1].low not in _GERUND_PREPOSITIONS:
        return False
    gerund = items[named + 1]
    return gerund.kind == "word" and gerund.low.endswith("ing") and gerund.low not in lx.SPEECH_VERBS


_GERUND_PREPOSITIONS = frozenset("on of about over against".split())


def is_copula(items: list[Item], verb: int) -> bool:
    """ "is", "was for years": a copula at `verb` (not "is once again urging"), whose subject the
    words after it describe, in someone else's words or the writer's, without speaking them."""
    if items[verb].low not in COPULAS:
        return False
    following = items[verb + 1 : verb + 1 + _PROGRESSIVE_REACH]
    return not any(item.kind == "word" and item.low.endswith("ing") for item in following)


_PROGRESSIVE_REACH = 3  # "is once again questioning"

_THAT_REACH = 5  # "also made the point that", "has argued that"


def _first_that(items: list[Item], verb: int) -> int:
    return next((j for j in range(verb + 1, len(items)) if items[j].low == "that"), verb + 1)


# "wearing a shirt that read “…”", "the Beast, which ran ... naming him the “…”": another's words.
OTHER_VOICE = frozenset("read reads which who whose".split())
_TITLE_WORDS = 4


def is_passive(items: list[Item], verb: int) -> bool:
    """ "was cast", "is seen", "were told": a passive at `verb`, whose subject is spoken of, not speaking."""
    following = items[verb + 1] if verb + 1 < len(items) else None
    return items[verb].low in PASSIVE and following is not None and following.low.endswith(("ed", "en", "st"))


def _title_word(items: list[Item], index: int) -> bool:
    """A capitalised word, a role's noun ("Fellow GOP candidate John Kasich") or an abbreviated title's
    full stop, before a name opening a sentence."""
    item = items[index]
    role = item.kind == "word" and (item.cap or lx.is_role_head(item.low))
    return role or honorific_at(items, index)
