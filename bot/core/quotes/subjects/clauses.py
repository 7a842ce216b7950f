"""The subject of a clause (`clause_subject`: its first subject-like mention, "Politico reveals ...",
"Holt's aide rallied ..., saying") and "X cast the plan as “…”" (`as_subject`).
"""

from __future__ import annotations

from operator import attrgetter

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    ARTICLES,
    JOINING_CONJUNCTIONS,
    NEGATED_AUXILIARY_ENDINGS,
    OWNED_BODIES,
    PASSIVE,
    SPEAKING_FOR_HEADS,
    WRITINGS,
    is_negation,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.sources import (
    IT,
    ORGANISATION,
    PERSON_KIND,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    Source,
    opening_group,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.before_skips import head_before_adverbs
from bot.core.quotes.subjects.opening_phrases import (
    past_opening_phrase,
    past_participle_opening,
    past_prepositional_opening,
    past_subordinate_clause,
)
from bot.core.quotes.subjects.shared import (
    HEADING_DASHES,
    IRREGULAR_PAST,
    PAST_AFTER_SUBJECT,
    PEOPLE_PLURAL_ENDINGS,
    VERB_LIKE,
    abbreviated_title_stop,
    governed,
    past_in_ed,
    person_after_title,
    subject_of,
    verb_like,
)


def _past_describing_apposition(items: list[Item], at: int | None) -> int | None:
    """ "The Migration Policy Institute, a nonpartisan research group, counted": past an apposition
    of plain words opened by an article at `at`, to the word after its closing comma; else `at`."""
    if at is None or at + 2 >= len(items) or items[at].low != "," or items[at + 1].low not in ARTICLES:
        return at
    for end in range(at + 2, min(len(items), at + _APPOSITION_ITEMS)):
        item = items[end]
        if item.low == ",":
            return end + 1 if end + 1 < len(items) else at
        if item.kind != "word":
            return at
    return at


_APPOSITION_ITEMS = 10  # ", a nonpartisan research group based in Washington,"


def _source_opening_clause(items: list[Item]) -> Subject | None:
    """ "Politico reveals a few relevant facts: “…”", "ProPublica obtained a video and said she “…”":
    a clause naming no person whose subject, opening it past a short phrase, is an organisation or an
    unnamed source right before its own verb, is the subject a colon or a coordinated verb goes on with."""
    # "The board closed the inquiry into Lindqvist, stating": a person a preposition governs is no subject.
    named = (
        i
        for i, item in enumerate(items)
        if item.kind == "mention" and item.mention.kind in (PERSON, AMBIGUOUS)
    )
    if any(not governed(items, i) for i in named):
        return None
    if any(item.low in HEADING_DASHES for item in items):
        return None  # "Media shares blame - HuffPollster:": a heading, then whose words follow
    start = past_opening_phrase(items)
    if _name_before_apposition(items, start):
        start = 0  # "Heritage Action, a conservative pressure group, threw": a name, no opening phrase
    while start + 1 < len(items) and items[start].kind == "word" and items[start].low in _OPENING_WORDS:
        start += 1  # "Even the Secret Service reacted to the photo:", "But the Sierra Club ..., saying"
    found = source_after(items, start)
    if found is None or found.kind == PERSON_KIND:
        found = _capitalised_body(items, start) or found
    if found is None or found.kind not in (ORGANISATION, UNNAMED) or definite_role(items, start, found):
        return None
    verb = next((i for i, item in enumerate(items) if item.start >= found.end), None)
    verb = _past_describing_apposition(items, verb)
    while verb is not None and verb + 1 < len(items) and items[verb].low in lx.PLAIN_ADVERBS:
        verb += 1  # "Harlow police also weighed in, saying ..."
    about = _written_about_end(items, verb) if verb is not None and _writing_head(items, verb - 1) else None
    if about is not None:
        # "A footnote in the report makes that clear:": the writing and what it is in speak as one.
        found, verb = Source(found.start, items[about - 1].end, UNNAMED), about
    # A verb of its own or one body's "was" or "had": "The board was conclusive in its findings:", "The
    # institute had this to say:" introduce its words as a person's would; not an auxiliary of many or
    # a modal ("Users will be able to ... by asking:", "Respondents are obliged to disclose:" say what
    # anyone may or must say).
    if verb is None or verb == start or not (verb_like(items[verb]) or items[verb].low in PAST_AFTER_SUBJECT):
        return None
    if items[verb].low in VERB_LIKE and items[verb].low not in _ONE_BODYS_VERBS:
        return None
    return Subject("other", source=found)


# Words a clause may open with before its subject: adverbs, and a conjunction joining it to the last.
_OPENING_WORDS = lx.PLAIN_ADVERBS | JOINING_CONJUNCTIONS
_ONE_BODYS_VERBS = frozenset("was is has had did does".split())


def _capitalised_body(items: list[Item], start: int) -> Source | None:
    """ "Heritage Action threw cold water on the bill": capitalised words opening the clause, no
    person's, right before a verb, read as the walk back from a verb reads them (a body's name)."""
    end = start
    while end < len(items) and end - start < _BODY_NAME_WORDS and _capital_word(items[end]):
        end += 1
    verb = _past_describing_apposition(items, end) if end < len(items) else None
    if end - start < 2 or verb is None or verb >= len(items) or not verb_like(items[verb]):
        return None  # "Heritage Action, a conservative pressure group, threw": past the apposition
    found = source_before(items, end - 1)
    # Capitals the article names no person by (a person's name is a mention): a body's name.
    return Source(found.start, found.end, ORGANISATION) if found is not None else None


_BODY_NAME_WORDS = 4  # "Americans for Tax Reform" is written with a small "for": two to four capitals


def _name_before_apposition(items: list[Item], start: int) -> bool:
    """Whether what opens the items up to their first comma, before `start`, is capitalised words alone
    and an apposition opened by an article follows ("Heritage Action, a conservative pressure group,")."""
    comma = next((at for at, item in enumerate(items[:start]) if item.low == ","), None)
    # Two capitals at least: one opening the sentence is as often an adverb ("Together, the crowd").
    if comma is None or comma < 2 or _past_describing_apposition(items, comma) == comma:
        return False
    return all(_capital_word(item) for item in items[:comma])


def _capital_word(item: Item) -> bool:
    return item.kind == "word" and item.cap


def _writing_head(items: list[Item], at: int) -> bool:
    return at >= 0 and items[at].kind == "word" and items[at].low in WRITINGS


def _written_about_end(items: list[Item], link: int) -> int | None:
    """After a writing, "in the report" or "into the crash": the index past that short phrase, where
    the verb must stand; None when no such phrase."""
    if items[link].low not in _WRITTEN_ABOUT:
        return None
    at = link + 1
    if at < len(items) and items[at].low in ARTICLES:
        at += 1
    end = at
    while end < len(items) and end - at < _ABOUT_WORDS and items[end].kind in ("word", "mention"):
        if verb_like(items[end]):
            break
        end += 1
    return end if end > at and end < len(items) else None


# What a writing is in or about ("a footnote in the report", "a report into the crash").
_WRITTEN_ABOUT = frozenset(("in", "into", "on", "about"))
_ABOUT_WORDS = 3  # "into the Harbor ferry crash"


def _possessed_person(items: list[Item], owner: Mention, end: int) -> Source | None:
    """ "Ada Holt's right-hand woman rallied supporters, saying:", "Holt's first five questioners
    ranged from skeptical to hostile:": a possessor whose noun, right before the clause's verb, is a
    person or people (an aide, a woman, questioners) is not the subject; that phrase is, unnamed.
    ("Holt's letter makes a case:" is still Holt's.)"""
    at = next((j for j, i in enumerate(items[:end]) if i.kind == "mention" and i.mention is owner), None)
    if at is None or not items[at].possessive:
        return None
    for head in range(at + 1, min(end - 1, at + 1 + _POSSESSED_WORDS)):
        item = items[head]
        if item.kind != "word" or item.cap or item.low in _FUNCTION_AFTER_OWNER:
            return None
        if item.low in OWNED_BODIES and head == at + 1 and verb_like(items[head + 1]):
            # "Kettering's campaign was quick to fire back, saying": the campaign, not the candidate.
            return Source(items[at].start, item.end, ORGANISATION)
        if _people_noun(item.low):
            verb = items[head + 1]
            # An auxiliary counts only right before the clause's verb: "Holt's doctor is calling
            # the candidate “…”" (the doctor calls), not "Holt's aide was a lawyer".
            if not verb_like(verb) or (verb.low in VERB_LIKE and head + 2 != end):
                return None
            return Source(items[at].start, item.end, UNNAMED)
    return None


_POSSESSED_WORDS = 4  # "first five", "right-hand": words between the possessor and its noun
_FUNCTION_AFTER_OWNER = frozenset("and or but who which that was were is are has have had".split())


def _people_noun(low: str) -> bool:
    return lx.is_person_noun(low) or low in UNNAMED_SOURCE_NOUNS or low.endswith(PEOPLE_PLURAL_ENDINGS)


def definite_role(items: list[Item], start: int, found: Source) -> bool:
    """ "The Tory leader supports ... and has said “…”": "the" and a role or a person's noun refer to
    someone named, which the role rules resolve or leave unattributed; never a label of its own."""
    words = [item for item in items[start:] if item.end <= found.end]
    if not words or words[0].low != "the":
        return False
    head = words[-1].low
    return lx.is_person_noun(head) and head not in UNNAMED_SOURCE_NOUNS


def as_subject(items: list[Item]) -> Subject | None:
    """ "Reed has gone after Reyes as a “human leech”", "Holt cast the plan as “…”": a clause whose
    subject is a person, ending in "as" (with an article) before the quotation, is that person's
    characterisation; not a passive one ("was described as") nor a label ("known as")."""
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if end and items[end - 1].low in ARTICLES:
        end -= 1
    if not end or items[end - 1].low != "as":
        return None
    start = max(
        (
            j + 1
            for j in range(end - 1)
            if items[j].kind == "quote" or items[j].low in ".;:" or _opens_adverbial(items, j)
        ),
        default=0,
    )
    clause = items[start : end - 1]
    if any(i.low in PASSIVE for i in clause) or (end >= 2 and items[end - 2].low in _LABEL_VERBS):
        return None
    subject = clause_subject(clause, len(clause))
    people = [i.mention for i in clause if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if subject is None or subject.kind != "person" or people[0] is not subject.mention:
        return None  # the person named first is the subject: "In recent weeks, Reed has gone after Reyes"
    return subject


_LABEL_VERBS = frozenset("known such served serves serving".split())


def _opens_adverbial(items: list[Item], comma: int) -> bool:
    """ "Holt and Reyes traded jabs, as Reyes has pegged Holt as a “…”": a comma and a subordinating
    word after it open a clause of its own, with its own subject."""
    return items[comma].low == "," and comma + 1 < len(items) and items[comma + 1].low in _ADVERBIAL_OPENERS


_ADVERBIAL_OPENERS = frozenset("as while when because since after although though whereas".split())


def starts_clause(items: list[Item], index: int) -> bool:
    """True when nothing but punctuation and adverbs sits before `index` in its clause."""
    for at in range(index - 1, -1, -1):  # not a reversed slice: a sentence may hold thousands of items
        item = items[at]
        if item.kind == "quote" or (item.kind == "punct" and item.low in ",:—–"):
            return True
        if item.kind != "word" or item.low not in lx.ADVERBS:
            return False
    return True


def _listed_after_including(items: list[Item], at: int) -> bool:
    """ "A dozen former mayors, including Ed Parr, Sue Lind and Rob Gale, issued ...": a name in the
    list an "including" set off by a comma opens is one of the subject's members, not the subject."""
    for back in range(at - 1, max(-1, at - _INCLUDING_REACH), -1):
        item = items[back]
        if item.low == "including":
            return back > 0 and items[back - 1].low == ","
        if not (item.kind == "mention" or item.low in _LIST_JOINERS or _title_word(item)):
            return False
    return False


_INCLUDING_REACH = 14  # "including recent former CIA heads David Petraeus, Leon Panetta and"
_LIST_JOINERS = frozenset((",", "and", "."))  # between listed names; "." of an initial ("J. Holt")


def _title_word(item: Item) -> bool:
    """A capitalised word or a role's word inside a listed name's title ("recent former CIA heads")."""
    if item.kind != "word":
        return False
    low = item.low
    modifier = low in lx.ROLE_MODIFIERS or low in _TIME_MODIFIERS
    return item.cap or modifier or lx.is_role_head(low) or lx.is_role_head(low.removesuffix("s"))


_TIME_MODIFIERS = frozenset(("recent", "current", "past"))


def clause_subject(items: list[Item], index: int, sources: bool = False) -> Subject | None:
    """The subject of a sentence that a participle continues: its first subject-like mention; with
    `sources` (a colon or a coordinated verb of saying goes on with it, never a participle, too often
    an aside), an organisation or unnamed source opening the clause, labelled."""
    # "When Holt suggested ..., Dorn fired back: “…”": the main clause's subject, not the clause's
    # ("As the crowd began to chant, Silverman ... joked, “…”" is no group's).
    main = past_subordinate_clause(items[:index])
    group = opening_group(items[main:index])
    if group is not None and not _person_apposed_to(items, group, index):
        return Subject("other", source=group)  # "Protesters marched to City Hall, chanting “…”"
    coordinated = _coordinated_source(items, main, index)
    if coordinated is not None:
        return coordinated  # "Reyes got a warm welcome, and one supporter interrupted him by yelling"
    opening = issuing_source(items[:index])
    # "After the Harbor attacks, Holt released an ad calling it ...": a prepositional phrase opening
    # the sentence holds no subject.
    skip = past_prepositional_opening(items[:index]) or past_participle_opening(items[:index])
    found = [
        (at, item)
        for at, item in enumerate(items[skip:index], start=skip)
        if item.kind == "mention"
        and item.mention
        and item.mention.subject_like
        and not _titles_name(items, at)
        and not _listed_after_including(items, at)
        and not _spoken_for_by_name(items, at)
    ]
    subjects = [item for at, item in found if at >= main] or [item for _, item in found]
    role = opening_role(items[main:index]) if opening is None else None
    if role is None and opening is None:
        opening_at = _past_places(items, max(main, skip), index)
        role = _indefinite_source_opening(items[opening_at:index]) or _role_after_opening_phrase(
            items, main, index
        )
    if role is not None and not any(i.mention.kind in (PERSON, AMBIGUOUS) for i in subjects):
        return role  # "The Florida senator sought ..., saying": not the place inside the role
    if subjects and _unknown_opener(items, max(main, skip), index):
        return None  # "Romney went after Reyes ..., calling it “…”": Romney, whom no mention names
    # "Holt’s state director, Tom Varga, reached out, writing: “…”": a possessor is the subject only
    # when no one else is named ("Holt’s letter makes a case: “…”").
    if subjects:
        chosen = min(subjects, key=attrgetter("possessive")).mention
        # The clause's last subject, right before its verb: "..., Ada Holt's right-hand woman rallied".
        possessed = _possessed_person(items, subjects[-1].mention, index)
        if possessed is not None:
            return Subject("other", source=possessed)  # "Holt's right-hand woman rallied supporters"
        if chosen.kind == NONPERSON and opening is None and sources:
            # "Harbor Bank reveals a few facts: “…”": the body opening the clause, labelled; "The
            # Harbor Trust then said": the body right before the verb's "then".
            # Not a colon's clause: "later that month on CNN:", "telling Breitbart London:" name no source.
            then = index < len(items) and items[index].low == "then"
            ending = then and items[index - 1].mention is chosen
            named = source_before(items, index - 1) if ending else None
            return _source_opening_clause(items[main:index]) or subject_of(chosen, named)
        return subject_of(chosen, opening)
    if opening is None:
        return _source_opening_clause(items[main:index]) if sources else None
    return Subject("other", source=opening)


def _person_apposed_to(items: list[Item], group: Source, index: int) -> bool:
    """ "The senior agency official at the hearing, Dr Evan Marsh, who runs ..., angered members by
    telling them": a person named between commas right after the noun of the group opening the
    clause (and the words of place describing it, no verb among them) is the one meant, not the
    unnamed label."""
    after = next((at for at in range(index) if items[at].start >= group.end), None)
    if after is None:
        return False
    comma = next((at for at in range(after, index) if items[at].kind != "word" or verb_like(items[at])), None)
    if comma is None or items[comma].low != "," or comma + 2 >= index:
        return False
    named = items[comma + 1].mention or person_after_title(items, comma + 1)  # "Dr Evan Marsh"
    if named is None or named.kind not in (PERSON, AMBIGUOUS):
        return False
    closing = next((at for at in range(comma + 2, index) if items[at].start >= named.end), None)
    return closing is not None and items[closing].low == ","


def _spoken_for_by_name(items: list[Item], at: int) -> bool:
    """ "Tarno spokesman Colm Ardle issued a statement ...:", "Trump campaign manager Conway caught
    attention by saying": the name before a spokesman's, lawyer's or other role noun (lower-case role
    words) and their name is the one spoken or worked for, not the clause's subject."""
    end = at + 1
    while end < len(items) and end - at <= _ROLE_WORDS_AFTER_NAME and _lower_role_word(items[end]):
        end += 1
    if end == at + 1 or end >= len(items):
        return False
    heads = [item.low for item in items[at + 1 : end]]
    if not any(low in SPEAKING_FOR_HEADS or lx.is_role_head(low) for low in heads):
        return False
    named = items[end]
    return named.kind == "mention" and named.mention is not None and named.mention.kind == PERSON


_ROLE_WORDS_AFTER_NAME = 3  # "Trump deputy campaign manager Conway"


def _lower_role_word(item: Item) -> bool:
    """A lower-case word of a role ("campaign", "manager", "spokesman")."""
    if item.kind != "word" or item.cap:
        return False
    return item.low in SPEAKING_FOR_HEADS or lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS


def _coordinated_source(items: list[Item], start: int, index: int) -> Subject | None:
    """ "Reyes got a warm welcome, and one supporter interrupted him by yelling “…”": an unnamed
    source opening the last clause joined by ", and" or ", but" before the participle is its subject,
    not the first clause's."""
    for at in range(index - 1, start, -1):
        if items[at].kind == "word" and items[at].low in ("and", "but") and items[at - 1].low == ",":
            return _indefinite_source_opening(items[at + 1 : index])
    return None


def _role_after_opening_phrase(items: list[Item], main: int, index: int) -> Subject | None:
    """ "Earlier, pushing back against the jokes, the harbor commissioner scored points with this
    line:": a definite role opening the clause after the phrases (closed by commas) that open the
    sentence."""
    for at in range(main, index - 1):
        if items[at].kind == "punct" and items[at].low == ",":
            role = opening_role(items[at + 1 : index])
            if role is not None:
                return role
    return None


def opening_role(items: list[Item]) -> Subject | None:
    """ "The Florida senator sought to calm his supporters, and took a heckler in stride, saying “…”":
    a definite role opening the clause before its verb is the subject a participle goes on with,
    referring back to a named person as "the senator said" does."""
    if not items or items[0].low != "the":
        return None
    for verb in range(2, min(len(items), 2 + _ROLE_WORDS_BEFORE_VERB)):
        if items[verb].kind != "word":
            return None
        # "The governor didn't commit to the plan but said, “…”": a negated auxiliary is the verb's.
        if verb_like(items[verb]) or items[verb].low.endswith(NEGATED_AUXILIARY_ENDINGS):
            # "The president quickly backed the plan": the role's noun is before the adverbs.
            return role_reference(items, head_before_adverbs(items, 0, verb - 1), backwards=True)
    return None


_ROLE_WORDS_BEFORE_VERB = 4  # "the former Florida governor"


def _past_places(items: list[Item], start: int, end: int) -> int:
    """Past the places set off by commas after an opening phrase ("In Antwerp, Belgium, a doctor")."""
    while start + 1 < end and items[start].kind == "mention" and items[start + 1].low == ",":
        if items[start].mention is None or items[start].mention.kind != NONPERSON:
            break
        start += 2
    return start


def _indefinite_source_opening(items: list[Item]) -> Subject | None:
    """ "A federal judge on Friday blocked the law, calling it “…”": an indefinite role or source noun
    opening the clause (a few modifiers before it) is the unnamed source a participle goes on with, as
    "A federal judge said" is; not one described further ("a spokeswoman for Holt", "a man who")."""
    if not items or items[0].kind != "word" or items[0].low not in _INDEFINITES:
        return None
    head = None
    for at in range(1, min(len(items) - 1, 1 + _ROLE_WORDS_BEFORE_VERB)):
        item = items[at]
        if item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON:
            continue  # "A Harbor County judge": a place or body before the noun
        if item.kind == "mention" and not item.possessive and item.mention.kind in (PERSON, AMBIGUOUS):
            continue  # "A Holt transition official": whose official, never who speaks
        if item.kind != "word" or item.low in _DESCRIBED_AFTER or item.low in ARTICLES:
            break
        if _source_head(item.low):
            head = at  # the last of them: "A Republican senator", not "A Republican"
        elif head is not None:
            break
    if head is None or items[head + 1].kind != "word":
        return None
    if items[head + 1].low in _DESCRIBED_AFTER and not _placed_after(items, head + 1):
        return None
    source = source_before(items, head)
    return Subject("other", source=source) if source is not None else None


def _placed_after(items: list[Item], at: int) -> bool:
    """ "A county judge in Dunmore on Monday ordered ...": "in" and a place, where the source sits,
    no description of whom it speaks for."""
    following = items[at + 1] if at + 1 < len(items) else None
    place = following is not None and following.kind == "mention" and following.mention is not None
    return items[at].low == "in" and place and following.mention.kind == NONPERSON


def _source_head(low: str) -> bool:
    """A role or source noun, a party member or a person noun ("A supporter interrupted him, yelling")."""
    return lx.is_role_head(low) or low in lx.SOURCE_NOUNS or low in lx.PARTY_MEMBERS or lx.is_person_noun(low)


_INDEFINITES = frozenset(("a", "an", "one"))  # "One operative ... tried to downplay it, saying “…”"
# Words after a source's noun that describe it further ("a spokeswoman for Holt", "an email by Roche"):
# the phrase is no bare subject.
_DESCRIBED_AFTER = frozenset("of for to who whose that which with from at in by".split())


_TITLE_GAP = 3  # "House Republican Thomas Holt", "White House spokesman Josh Ernst"


def _unknown_opener(items: list[Item], start: int, end: int) -> bool:
    """Whether the clause at `start` opens with a capitalised word that is no one's mention and no
    function word, right before its verb: the clause's subject, a name the registry does not hold."""
    if start + 1 >= end:
        return False
    first, then = items[start], items[start + 1]
    if first.kind != "word" or not first.cap or first.low in lx.NOT_NAMES:
        return False
    past = then.kind == "word" and not then.cap and (then.low in IRREGULAR_PAST or past_in_ed(then.low))
    return not first.low.endswith(_NOT_NAME_ENDINGS) and past  # not "Eight years", "Amid responses"


_NOT_NAME_ENDINGS = ("ed", "ing", "ly")  # "Asked whether ...,", "Speaking ...", "Finally"


def _titles_name(items: list[Item], index: int) -> bool:
    """A body's name that a person's name follows after a few words of title: part of the title."""
    if items[index].mention is None or items[index].mention.kind != NONPERSON:
        return False
    for at in range(index + 1, min(len(items), index + 2 + _TITLE_GAP)):
        item = items[at]
        if item.kind == "mention":
            return item.mention is not None and item.mention.kind == PERSON
        if item.kind != "word" and not abbreviated_title_stop(items, at):
            return False
    return False


def issuing_source(items: list[Item]) -> Source | None:
    """ "Harbor Bank released a statement saying", "Last night, police issued a statement saying",
    "The Harbour Post ran a piece that said": an organisation or unnamed source opening the sentence,
    whose verb puts out a statement (or a paper's piece)."""
    start = past_opening_phrase(items)
    found = source_after(items, start) or _referring_opener(items, start)
    if found is None and start > 0:
        # "Green Harbor, a housing group, issued a statement": a name and its apposition, read as
        # opening phrases, leave no subject after them; the name opening the sentence is it.
        start, found = 0, source_after(items, 0)
    if found is None or definite_role(items, start, found):
        return None  # "The President issued a statement": the named president, as the role rules find
    after = next((i for i, item in enumerate(items) if item.start >= found.end), None)
    if after is None or after == start:
        return None
    named = _named_in_apposition(items, after)
    described = _past_describing_apposition(items, after)
    relative = _past_relative_clause(items, after)
    if named is not None:
        # "The duke's office, Harbor House, issued a statement": the name between the commas.
        found, after = named
    elif relative != after:
        # "The Lodging Board, which inspects the city's hotels, issued a statement": the body the
        # relative clause is about puts the statement out.
        after = relative
    elif described != after:
        # "Green Harbor, a housing lobbying organization, issued a statement": a body, so described.
        if items[described - 2].low in lx.BODY_NOUNS:
            found = Source(found.start, found.end, ORGANISATION)
        after = described
    elif items[after].low == "," and start > 0 and items[start - 1].low == "," and after + 1 < len(items):
        after += 1  # the same, its opening noun phrase read as an opening phrase: past the closing comma
    verb = items[after]
    if verb.kind != "word" or verb.cap or verb.low in _NOT_A_VERB:
        return None
    # Only "issued a statement saying": a participle after another verb is too often an aside.
    noun = next(
        (
            i
            for i in range(after + 1, min(len(items), after + 1 + _STATEMENT_REACH))
            if items[i].low in _STATEMENTS
        ),
        None,
    )
    return found if noun is not None and _puts_out(items[after:noun]) else None


def _referring_opener(items: list[Item], start: int) -> Source | None:
    """ "The Harbor Group did not answer. Instead, it issued a statement saying": an "it" opening the
    clause stands for the body named before, as "it said" does; labelled as the source it refers to."""
    if start >= len(items) or items[start].kind != "word" or items[start].low != IT:
        return None
    return source_before(items, start)


def _past_relative_clause(items: list[Item], comma: int) -> int:
    """ "The Lodging Board, which inspects the city's hotels, issued": past a relative clause about a
    thing set off by commas from `comma`, to the word after its closing comma; else `comma`."""
    if comma + 2 >= len(items) or items[comma].low != "," or items[comma + 1].low != _WHICH:
        return comma
    for end in range(comma + 2, min(len(items), comma + _RELATIVE_CLAUSE_ITEMS)):
        item = items[end]
        if item.low == ",":
            return end + 1 if end + 1 < len(items) else comma
        if item.kind not in ("word", "mention"):
            return comma  # a quotation or a stop: no clause closing before the verb
    return comma


_WHICH = "which"
_RELATIVE_CLAUSE_ITEMS = 12  # ", which inspects the city's hotels and restaurants,"


def _puts_out(chain: list[Item]) -> bool:
    """The words from the verb to "statement" put one out ("issued a", "has released its"): not a
    statement withheld ("has not issued", "declined to issue") nor another's ("rejected her")."""
    lows = [item.low for item in chain]
    if any(is_negation(low) or low in _WITHHOLDING for low in lows):
        return False
    return any(low in _ISSUING for low in lows)


def _named_in_apposition(items: list[Item], comma: int) -> tuple[Source, int] | None:
    """The organisation named between the comma at `comma` and the next ("..., Harbor House,"), and
    the index after that closing comma."""
    if items[comma].low != ",":
        return None
    close = next(
        (
            i
            for i in range(comma + 1, min(len(items), comma + _APPOSED_NAME_ITEMS + 2))
            if items[i].low == ","
        ),
        None,
    )
    if close is None or close == comma + 1 or close + 1 >= len(items):
        return None
    words = items[comma + 1 : close]
    if not all(_organisation_word(item) for item in words):
        return None
    return Source(words[0].start, words[-1].end, ORGANISATION), close + 1


_APPOSED_NAME_ITEMS = 4


def _organisation_word(item: Item) -> bool:
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    return item.kind == "word" and item.cap


_NOT_A_VERB = frozenset("and or of for at in on to from with who which that whose".split())
# What a body puts out in its own voice: a statement, or a paper's piece ("The Post ran a piece").
_STATEMENTS = frozenset(
    "statement statements release letter notice announcement piece article story editorial column".split()
)
_STATEMENT_REACH = 4  # "issued a brief written statement"
# Verbs that put a statement out; any other verb before "statement" is about someone's statement.
_ISSUING = frozenset(
    "issue issued issues issuing release released releases releasing put puts publish published "
    "publishes send sent sends post posted posts make made makes give gave gives provide provided "
    "provides email emailed share shared shares read reads circulate circulated distribute distributed "
    "tweet tweeted deliver delivered ran runs".split()
)
# "declined to issue a statement": the verb names one withheld.
_WITHHOLDING = frozenset("declined declines refused refuses failed fails".split())
