"""The subject of a participle or aside: "X hinted ..., saying", "the announcer can be heard
saying", "The Times quoted X as saying"; `aside` for a verb with no speaker of its own.
"""

from __future__ import annotations

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    ALONGSIDE_OPENERS,
    ARTICLES,
    CLAUSE_BREAKS,
    INDEFINITE_ARTICLES,
    JOINING_CONJUNCTIONS,
    MODALS,
    OBJECT_MARKERS,
    PASSIVE,
    PREPOSITIONS,
    QUOTED_VERBS,
    QUOTING_VERBS,
    RELATIVE_OPENERS,
    WRITINGS,
)
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.references import role_reference
from bot.core.quotes.sources import (
    ORGANISATION,
    UNNAMED,
    Source,
    index_at,
    one_source_noun,
    plural_person_noun,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.after import person_after_roles
from bot.core.quotes.subjects.before_skips import ly_adverb
from bot.core.quotes.subjects.before_walk import walk_back
from bot.core.quotes.subjects.clauses import clause_subject
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS, past_subordinate_clause
from bot.core.quotes.subjects.shared import (
    PEOPLE_PLURAL_ENDINGS,
    honorific_at,
    past_title,
    present_participle,
    relative_introduces,
    subject_of,
    title_or_place,
    title_start,
    verb_like,
    writing_sender,
)


def _in_closed_relative(items: list[Item], verb: int, participle: int) -> bool:
    """ "He touted his administration's response, which Democrats have sharply criticized, saying":
    a verb inside a relative clause set off by commas that closes right before the participle is not
    the one the participle goes on from; nor is one inside a clause that closes before the main
    verb ("Jeb Bush, whose positions Trump blasted as “amnesty”, was blunt ..., calling")."""
    if participle < 2 or items[participle - 1].low != ",":
        return False
    for at in range(verb - 1, 0, -1):
        if items[at].kind == "quote" or items[at].low in CLAUSE_BREAKS:
            return False
        if items[at].low in RELATIVE_OPENERS:
            if items[at - 1].low != ",":
                # "Roth met with four firefighters who have accused the chief ..., saying": a
                # restrictive relative clause's verb is its antecedent's, not the sentence's.
                plain = all(items[j].kind != "punct" for j in range(at + 1, verb))
                return (
                    plain
                    and items[at].low in _WHO
                    and any(items[j].low == "," for j in range(verb + 1, participle))
                )
            breaks = [j for j in range(verb + 1, participle - 1) if items[j].low in CLAUSE_BREAKS]
            return not breaks or _main_verb_after(items, breaks[0])
    return False


_WHO = frozenset(("who",))


def _main_verb_after(items: list[Item], comma: int) -> bool:
    """Whether the comma closing a relative clause is followed by the main clause's verb ("..., was")."""
    following = items[comma + 1] if comma + 1 < len(items) else None
    return items[comma].low == "," and following is not None and verb_like(following)


def participle_subject(items: list[Item], index: int, found: list[tuple[int, Subject]]) -> Subject | None:
    """ "footage of Reyes saying", "X hinted ..., saying": the name right before, else the clause's
    speaker (a verb whose subject is no one, "tweets accusing", does not count), else its subject."""
    before = items[index - 1] if index else None
    quoted = _quoted_as(items, index) or _quoted_then_participle(items, index)
    if quoted is not None:
        return subject_of(quoted)
    quoted_source = _source_quoted_as(items, index)
    if quoted_source is not None:
        return Subject("other", source=quoted_source)
    # "footage of Reyes saying", "with Gorman noting", "and Reyes calling it": the name right before.
    # "with Sen. Gareth Pike calling": past the name's title
    opener = title_start(items, index - 1) - 1 if index >= 2 else -1
    own = opener >= 0 and (items[opener].low in _OWN_SUBJECT_BEFORE or _with_past_role(items, opener))
    # "A professor remembers Ms. Hoyt telling her, “…”": whom one remembers or heard saying it.
    own = own or witnessing_verb(items, index - 1) is not None
    own = own or _answered_one(items, opener)  # "responded to Pike tweeting: “…”": Pike's tweet
    if (
        own
        and before.kind == "mention"
        and before.mention.kind in (PERSON, AMBIGUOUS)
        and not before.possessive
    ):
        return subject_of(before.mention)
    apposed = _with_apposed_person(items, index) or _followed_person(items, index)
    if apposed is not None:
        return subject_of(apposed)  # "with Paul Verney, the former spokesman for Ada Trell tweeting"
    followed = _followed_source(items, index)
    if followed is not None:
        return followed  # "Orme's comments followed a senior administration official saying ..."
    sender = writing_sender(items, index - 1)
    if sender is not None:
        return subject_of(sender)  # "Lindqvist received an email from Paul Ambrose, head of ..., saying"
    role = _own_role_before(items, index)
    if role is not None:
        return role  # "with the president vowing to “…”": the role refers back as "he" would
    subordinate = _subordinate_clause_subject(items, index)
    if subordinate is not None:
        return subject_of(subordinate)  # "... his neighbor Alma Keel as she made a call, telling"
    owner = _writing_owner(items, index - 1)
    if owner is not None:
        return subject_of(owner)  # "Ennis criticized Hoyt's post calling for residents to “…”": Hoyt's
    perceived = _perceived_subject(items, index)
    if perceived is not None:
        return perceived
    agent = _passive_agent(items, index)
    if agent is not None:
        return agent
    heard = _people_heard(items, index)
    if heard is not None:
        return Subject("other", source=heard)  # "could hear officers shouting, “…”": the officers
    if _people_before(before) and not _addressed_group(items, index - 1):
        # "The crew searched the house for people shouting “Help!”": those people say it, unnamed
        # and unknown, not the sentence's subject; not the people a message is sent to ("sent a
        # text message to supporters saying: “…”"). A group named by what they are ("demonstrators
        # calling for “…”") is labelled as the unnamed source it is; plain "people" is not.
        return Subject("other", source=_people_named(items, index - 1))
    body = _with_source(items, index)
    if body is not None:
        return body
    relative = _who_clause_antecedent(items, index)
    if relative is not None:
        return subject_of(relative)  # "on Governor Paul Ashgrove, who congratulated ..., saying"
    described = _described_by_apposition(items, index)
    if described is not None:
        return described
    writing = _writing_opening_main_clause(items, index)
    if writing is not None:
        return Subject("other", source=writing)  # "While X has said ..., the findings were mixed, stating"
    main = _main_clause_start(items, index)
    known = [
        subject
        for verb, subject in found
        if not aside(items, verb, subject)
        and subject.verb != "according"  # "He made the case, according to the Courier, saying ...": his
        and not _in_closed_relative(items, verb, index)
        and not _new_clause_between(items, verb, index)
        and not relative_before_joined_participle(items, verb, index)
        and verb >= main
    ]
    if known:
        return known[-1]
    joined = _joined_clause_subject(items, index)
    if joined is not None:
        return subject_of(joined)  # "Lemm voted against it, and Holm made a remark ..., saying": Holm
    subject = clause_subject(items, index)
    if subject is None:
        subject = _cleft_focus(items, index)  # "it was Mrs. Ilse Marlow putting distance ..., telling"
    if (subject is None or _nameless(subject)) and _after_its_clause(items, index):
        # "Harbor Bank declined to comment, saying it “…”": a body opening the clause goes on to
        # speak, as a person there does; labelled as a colon's clause labels it.
        return clause_subject(items, index, sources=True) or subject
    if (subject is None or _nameless(subject)) and _labelling_after_its_clause(items, index):
        # "The Harbor Safety Board issued its plan, calling it “…”": a body named so labels it too.
        body = clause_subject(items, index, sources=True)
        if body is not None and body.source is not None and body.source.kind == ORGANISATION:
            return body
    return subject


def _labelling_after_its_clause(items: list[Item], index: int) -> bool:
    """ "..., calling it “…”", "..., describing it as “…”": a participle labelling a thing right
    after the comma closing its clause."""
    following = items[index + 1].low if index + 1 < len(items) else ""
    comma = index >= 1 and items[index - 1].low == ","
    return comma and items[index].low in _LABELLING and following in _LABELLED


_LABELLING = frozenset("calling describing dubbing labeling labelling branding".split())
_LABELLED = frozenset("it them this that the its their".split())


def _main_clause_start(items: list[Item], index: int) -> int:
    """Where the main clause starts when a subordinate clause opens the sentence and the main clause
    names someone or some body ("When Holt asked him to explain, Reyes refused, saying “…”"): a verb of
    saying inside the opening clause is not the one the participle goes on with. 0 otherwise."""
    main = past_subordinate_clause(items[:index])
    opener = next((item.low for item in items[:main] if item.low in SUBORDINATE_OPENERS), None)
    if opener == "as":
        # "And, as the campaign blasted out in an email, the move comes ..., promising": its words;
        # "As the Ledger reported, a Council report gave details, noting": the writing's.
        return main if _opens_with_writing(items, main, index) else 0
    named = any(item.kind == "mention" and not item.possessive for item in items[main:index])
    return main if named else 0


def _writing_opening_main_clause(items: list[Item], index: int) -> Source | None:
    """The writing a main clause opens with after a subordinate one ("While the mayor has said the
    report clears her, the findings at the board were more mixed, stating"): what goes on with the
    participle, not the subordinate clause's speaker."""
    main = past_subordinate_clause(items[:index])
    if not main or main + 1 >= index or items[main].low not in _WRITING_DETERMINERS:
        return None
    for at in range(main + 1, min(index, main + 1 + _WRITING_MODIFIERS)):
        low = items[at].low
        if items[at].kind != "word":
            return None
        if low in WRITINGS or low in _FINDING_NOUNS:
            return source_after(items, main)
    return None


_WRITING_DETERMINERS = frozenset(("the", "its", "their", "a"))
_FINDING_NOUNS = frozenset(("findings", "conclusions", "reports", "statements"))


def _subordinate_clause_subject(items: list[Item], index: int) -> Mention | None:
    """The he, she or person opening the clause an "as", "while" or "when" brings in right before a
    participle after a comma ("... assaulting his neighbor as she made a frantic call to police,
    telling the dispatcher"): the one doing it, not the main clause's subject."""
    if index < 2 or items[index - 1].low != ",":
        return None
    for at in range(index - 2, max(0, index - 2 - _SUBORDINATE_CLAUSE_ITEMS), -1):
        item = items[at]
        if item.kind in ("punct", "quote"):
            return None
        if item.low not in ALONGSIDE_OPENERS or at + 2 >= index:
            continue
        if at > 0 and items[at - 1].low in PREPOSITIONS:
            return None  # "vague about when Marsh would sign": a question talked of, not a time
        subject, verb = items[at + 1], items[at + 2]
        person = subject.kind == "mention" and subject.mention.kind in (PERSON, AMBIGUOUS, PRONOUN)
        # "when Sanders protesters interrupted": a name modifying a plural noun is no subject.
        plural = verb.low.endswith(PEOPLE_PLURAL_ENDINGS)
        if person and not subject.possessive and verb_like(verb) and not plural:
            return subject.mention
        return None
    return None


_SUBORDINATE_CLAUSE_ITEMS = 10  # "as she made a frantic call to police"


def _opens_with_writing(items: list[Item], main: int, index: int) -> bool:
    """Whether the main clause opens with an article and a writing's noun a few words on ("a Council
    report issued this week")."""
    if not main or main >= index or items[main].low not in ARTICLES:
        return False
    ahead = items[main + 1 : min(index, main + 2 + _WRITING_MODIFIERS)]
    return any(item.kind == "word" and item.low in WRITINGS for item in ahead)


_WRITING_MODIFIERS = 2  # "a Council report", "the new federal study"


def relative_before_joined_participle(items: list[Item], verb: int, participle: int) -> bool:
    """ "holding a rally where the crowd chanted slogans and deriding the city as “…”": the verb of a
    relative clause on what an earlier participle names, with the participle joined on by "and", is
    not the one it goes on from: the two participles are a series of the sentence subject's doings."""
    if participle < 1 or items[participle - 1].low != "and" or present_participle(items[verb].low):
        return False
    for at in range(verb - 1, 0, -1):
        if items[at].kind not in ("word", "mention"):
            return False
        if items[at].low in _RELATIVE_CLAUSE_OPENERS:
            words = items[max(0, at - _PARTICIPLE_OBJECT_ITEMS) : at]
            return any(item.kind == "word" and present_participle(item.low) for item in words)
    return False


_RELATIVE_CLAUSE_OPENERS = RELATIVE_OPENERS | {"where"}
_PARTICIPLE_OBJECT_ITEMS = 4  # "holding a packed rally": the participle, then what it names


def _new_clause_between(items: list[Item], verb: int, index: int) -> bool:
    """ "She knew I was writing a profile, but she still gave a lesson ..., explaining": a clause
    joined by ", but" or ", and" with a subject of its own opens between the verb and the participle,
    which goes on with that clause, not with the verb."""
    for at in range(verb + 1, index - 2):
        joined = items[at].low == "," and items[at + 1].low in JOINING_CONJUNCTIONS
        subject = items[at + 2]
        if joined and subject.kind == "mention" and subject.mention.subject_like and not subject.possessive:
            return True
        if _bare_join(items, at) and _person_with_verb(items, at + 1, index) is not None:
            return True  # "Trump has denied it and Ivana subsequently backed off the claim, saying"
    return False


def _bare_join(items: list[Item], at: int) -> bool:
    """An "and" or "but" with no comma before it, after a plain word (not a name, so no pair of
    subjects: "Trump and Ivana backed off" is one clause)."""
    before = items[at - 1] if at >= 1 else None
    return items[at].low in JOINING_CONJUNCTIONS and before is not None and before.kind == "word"


def _person_with_verb(items: list[Item], first: int, index: int) -> Mention | None:
    """The person at `first` when a verb of its own follows before `index` (past an adverb in -ly)."""
    subject = items[first]
    person = subject.kind == "mention" and subject.mention.kind == PERSON
    if not person or not subject.mention.subject_like or subject.possessive:
        return None
    verb = first + 1
    while verb < index and items[verb].kind == "word" and ly_adverb(items[verb].low):
        verb += 1  # "Ivana subsequently backed off"
    return subject.mention if verb < index and verb_like(items[verb]) else None


def _joined_clause_subject(items: list[Item], index: int) -> Mention | None:
    """The person opening the last clause joined by ", and", ", but" or a semicolon before a
    participle ("Sen. Lemm voted against the bill, and Greta Holm made a remark in 1998, saying"),
    whom it goes on with."""
    for at in range(index - 3, 0, -1):
        if items[at].kind == "quote":
            return None
        if _bare_join(items, at):
            found = _person_with_verb(items, at + 1, index)
            if found is not None:
                return found  # "Trump has denied it and Ivana subsequently backed off the claim, saying"
            continue
        if items[at].low not in _CLAUSE_JOINS:
            continue
        first = at + 2 if items[at + 1].low in JOINING_CONJUNCTIONS else at + 1
        subject = items[first]
        person = subject.kind == "mention" and subject.mention.kind == PERSON
        if person and subject.mention.subject_like and not subject.possessive:
            return _person_with_verb(items, first, index)
        if first == at + 2:
            return None  # ", and the plan ...": a clause of its own, with no person opening it
    return None


_CLAUSE_JOINS = frozenset((",", ";"))


def _who_clause_antecedent(items: list[Item], index: int) -> Mention | None:
    """ "The win was not lost on Governor Paul Ashgrove, who congratulated the Hawks online, saying":
    a participle right after a "who" clause (no other punctuation in it) goes on with the person the
    clause hangs on, however the sentence began."""
    if index < 4 or items[index - 1].low != ",":
        return None
    for at in range(index - 2, max(1, index - 2 - _WHO_CLAUSE_ITEMS), -1):
        item = items[at]
        if item.low == "who":
            named = items[at - 2] if items[at - 1].low == "," else None
            person = named is not None and named.kind == "mention" and not named.possessive
            return named.mention if person and named.mention.kind in (PERSON, AMBIGUOUS) else None
        if item.kind not in ("word", "mention"):
            return None
    return None


_WHO_CLAUSE_ITEMS = 12  # "who congratulated the Hawks online on Sunday night"


def _described_by_apposition(items: list[Item], index: int) -> Subject | None:
    """ "after the death of Floyd, a 46-year-old man killed by police while repeatedly saying, “…”": a
    participle inside an apposition that describes someone ("a/an" and a noun for a person) is that
    person's, the name before the comma when it is a person's, else no one named; never the sentence's
    subject."""
    for at in range(index - 1, max(0, index - 1 - _APPOSITION_ITEMS), -1):
        item = items[at]
        if item.low == ",":
            if at + 1 >= index or items[at + 1].low not in INDEFINITE_ARTICLES:
                return None
            head = items[at + 2 : at + 2 + _APPOSITION_MODIFIERS]
            if not any(w.kind == "word" and lx.is_person_noun(w.low) for w in head):
                return None
            named = items[at - 1] if at else None
            if named is not None and named.kind == "mention" and named.mention.kind in (PERSON, AMBIGUOUS):
                return subject_of(named.mention)
            return Subject("other")
        if item.kind not in ("word", "mention"):
            return None
    return None


_APPOSITION_ITEMS = 16  # "a 46-year-old black man killed at the hands of Minnesota police while repeatedly"
_APPOSITION_MODIFIERS = 4  # "a 46-year-old black man": the words from the article to the noun


def _nameless(subject: Subject | None) -> bool:
    return (
        subject is not None and subject.kind == "other" and subject.mention is None and subject.source is None
    )


def _after_its_clause(items: list[Item], index: int) -> bool:
    """A participle that introduces words right after the comma closing its clause ("..., saying it
    “…”"); not one that labels or paraphrases ("..., vowing to punish “…”", "calling it “…”")."""
    return index >= 1 and items[index - 1].low == "," and items[index].low in _INTRODUCING


_INTRODUCING = frozenset(
    "saying adding noting telling stating writing explaining insisting warning suggesting arguing "
    "asserting claiming declaring recalling acknowledging stressing tweeting reporting alleging".split()
)


def _people_before(before: Item | None) -> bool:
    """A plain noun for people right before the participle, its own subject ("people shouting")."""
    if before is None or before.kind != "word" or before.cap:
        return False
    low = before.low
    singular = low[:-1] if low.endswith("s") else low
    return low in _PEOPLE_PLURALS or singular in lx.PEOPLE_NOUNS


_PEOPLE_PLURALS = frozenset("people men women children voices someone somebody".split())


def _people_heard(items: list[Item], index: int) -> Source | None:
    """The people a verb of hearing or seeing has as its object right before the participle ("could
    hear officers shouting", "saw angry soldiers yelling"), their label."""
    noun = index - 1
    low = items[noun].low if noun >= 0 and items[noun].kind == "word" and not items[noun].cap else ""
    if low != "police" and not (low.endswith("s") and lx.is_person_noun(low[:-1])):
        return None
    start = noun
    while start > 0 and items[start - 1].kind == "word" and items[start - 1].low in _GROUP_MODIFIERS:
        start -= 1
    if start == 0 or items[start - 1].low not in _PERCEIVING:
        return None
    return Source(items[start].start, items[noun].end, UNNAMED)


_PERCEIVING = frozenset("hear hears heard see sees saw watch watched".split())


def _addressed_group(items: list[Item], noun: int) -> bool:
    """The group at `noun` is whom something is sent to: "to" before it, past a describing word or
    two ("robo-calls to likely voters saying: “…”": the calls' words, the sender's)."""
    for at in range(noun - 1, max(-1, noun - 1 - _ADDRESSED_MODIFIERS - 1), -1):
        item = items[at]
        if item.low == "to":
            return True
        if item.kind != "word" or item.cap or not item.low.isalpha():
            return False
    return False


_ADDRESSED_MODIFIERS = 2  # "to potential new voters"


def _people_named(items: list[Item], noun: int) -> Source | None:
    """The unnamed source a group named by what they are makes ("included demonstrators calling for
    “…”"); none for plain "people", nor for those a verb of saying or sending addresses ("emailed
    supporters saying: “…”": the sender's words)."""
    if items[noun].low in _PEOPLE_PLURALS:
        return None
    verb = noun - 1
    while verb >= 0 and items[verb].kind == "word" and items[verb].low in _GROUP_MODIFIERS:
        verb -= 1
    if verb >= 0 and (items[verb].low in lx.SPEECH_VERBS or items[verb].low in OBJECT_MARKERS):
        return None
    found = source_before(items, noun)
    if found is not None and verb >= 0 and _the_group_is_an_object(items, verb, found):
        # "A rally on May 2 included demonstrators calling for “…”": the group is the object of the
        # clause's verb, its label the words from there on, never the clause ("a rally ... included").
        return Source(items[verb + 1].start, found.end, UNNAMED)
    return found


def _the_group_is_an_object(items: list[Item], verb: int, found: Source) -> bool:
    """The plain lower-case word before the group's modifiers is a verb whose object the group is
    ("included", "drew"), inside the label found: a noun a label may hold ("harbour fishermen") or
    a link ("crowds of demonstrators") is no verb, and a determiner there opens the label."""
    word = items[verb]
    if word.kind != "word" or word.cap or not word.low.isalpha() or word.start <= found.start:
        return False
    if word.low in _OBJECT_TAKING:
        return True
    # "included" after a noun or a date is a verb; "armed" after "the" or "of" describes the group.
    before = items[verb - 1] if verb else None
    described = before is None or before.kind != "word" or before.low in _BEFORE_ADJECTIVES
    return word.low.endswith("ed") and word.low not in lx.ROLE_MODIFIERS and not described


# Verbs, not in -ed, whose object a group of people may be ("the march drew farmers calling for").
_OBJECT_TAKING = frozenset("drew draws draw saw sees had has brought brings attracts includes met".split())


_GROUP_MODIFIERS = frozenset("his her their its our the some many angry young local".split())
_BEFORE_ADJECTIVES = _GROUP_MODIFIERS | frozenset("a an of and or with for by".split())


def _with_source(items: list[Item], index: int) -> Subject | None:
    """ "..., with America's TV Guide magazine describing the series as “…”": the organisation or
    publication a "with" phrase puts right before the participle speaks, as a person there does; so
    does an unnamed source ("with a foreign ministry spokesman claiming that …")."""
    source = source_before(items, index - 1)
    if source is None or source.kind not in (ORGANISATION, UNNAMED):
        return None
    start = next((j for j in range(index) if items[j].start == source.start), None)
    opener = start - 1 if start else None
    if opener is not None and items[opener].possessive:
        opener -= 1  # "with America's TV Guide magazine": past the owner
    if opener is None or opener < 0 or items[opener].low != "with":
        return None
    bare = start == index - 1 and not plural_person_noun(items[start].low)
    if source.kind == UNNAMED and (bare or opener < 1 or items[opener - 1].low != ","):
        # "with one telling the Gazette": a bare "one" is no label a reader can use ("with prosecutors
        # arguing" is); "a meeting with party members saying of Trump": the members are the
        # meeting's, the clause goes on
        return None
    return Subject("other", source=source)


_PERCEIVED = frozenset("heard seen caught filmed recorded overheard".split())


def _perceived_subject(items: list[Item], index: int) -> Subject | None:
    """ "Passenger Owen Harte was filming and the announcer can clearly be heard saying": the one
    heard is who speaks, not the sentence's first subject."""
    at = _perceived_before(items, index)
    if at is None:
        return None
    at -= 1
    passive = False
    while at >= 0 and items[at].kind == "word":
        low = items[at].low
        if low in PASSIVE:
            passive = True
        elif low not in MODALS and low not in lx.ADVERBS and not ly_adverb(low):
            break
        at -= 1
    return walk_back(items, at) if passive and at >= 0 else None


def _perceived_before(items: list[Item], index: int) -> int | None:
    """Where "heard" (or "seen") is right before the participle at `index`, or before a short phrase
    a preposition opens ("can be heard over the intercom saying"); else None."""
    for at in range(index - 1, max(0, index - 1 - _PERCEIVED_PHRASE_ITEMS), -1):
        item = items[at]
        if item.low in _PERCEIVED:
            opens = at == index - 1 or items[at + 1].low in _HEARD_THROUGH
            return at if opens and at >= 1 else None
        if item.kind != "word" or item.cap:
            return None
    return None


_PERCEIVED_PHRASE_ITEMS = 5  # "over the school's intercom"
_HEARD_THROUGH = PREPOSITIONS | frozenset(("over", "through", "during", "near"))


def blamed_for_saying(items: list[Item], index: int) -> Mention | None:
    """ "Holt slammed Reyes as elitist for suggesting that voters “…”", "Holt was criticised by Reyes
    for saying “…”": the one a verb of blame or praise takes as its object "for saying" said it (the
    passive's subject past a "by" agent), not the one who blames. Not "apologised to Reyes for saying"."""
    if index < 2 or items[index - 1].low != "for":
        return None
    agent = False
    for back in range(index - 2, max(-1, index - 2 - _BLAMED_ITEMS), -1):
        item = items[back]
        if item.kind == "punct" or (item.kind == "word" and item.low in _CLAUSE_WORDS):
            return None  # "..., for saying", "the voters who thanked Holt for saying": read as before
        if _blamed_pronoun(items, back):
            return _object_pronoun(items, back)  # "Fenwick criticized him for saying": whom "him" means
        if item.kind != "mention":
            continue
        named = item.mention
        if named is None or named.kind not in (PERSON, AMBIGUOUS) or item.possessive:
            return None
        if agent:
            return named  # "Holt was criticised by Reyes for saying": Holt
        back = title_start(items, back)
        before = items[back - 1].low if back else ""
        if before == "by" and back >= 2 and items[back - 2].low in _BLAMING:
            agent = True  # the passive's agent blames; its subject, further back, said it
            continue
        return named if before in _BLAMING else None
    return None


def _blamed_pronoun(items: list[Item], at: int) -> bool:
    """A him or her right after a verb of blame or praise, as its object: a preposition or an adverb
    follows ("criticized her on Monday for"), never a noun ("criticized her husband for")."""
    item = items[at]
    if item.kind != "word" or item.low not in _OBJECT_PRONOUNS or not at or items[at - 1].low not in _BLAMING:
        return False
    following = items[at + 1].low
    return following in PREPOSITIONS or following == "as" or following.endswith("ly")


def _object_pronoun(items: list[Item], at: int) -> Mention | None:
    """The him or her at `at` as a pronoun mention no subject, for the resolver to find whom it
    means (never the verb's subject); None when the sentence names no one to say which paragraph."""
    paragraph = next((i.mention.paragraph for i in items if i.mention is not None), None)
    if paragraph is None:
        return None
    item = items[at]
    return Mention(paragraph, item.start, item.end, PRONOUN, (), _OBJECT_PRONOUNS[item.low], False)


_OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_BLAMED_ITEMS = 10  # "slammed Reyes as elitist and out of touch for": the words up to "for"
_CLAUSE_WORDS = frozenset("who which that when while because".split())
# Verbs of blame or praise whose object is blamed or praised "for saying" something.
_BLAMING = frozenset(
    "criticised criticized criticises criticizes slammed slams mocked mocks praised praises blasted blasts "
    "scolded scolds faulted faults ridiculed ridicules chided chides condemned condemns rebuked rebukes "
    "lambasted lambasts attacked attacks thanked thanks applauded applauds hailed hails lauded lauds "
    "commended commends credited credits knocked knocks assailed assails berated berates castigated "
    "castigates denounced denounces derided derides excoriated excoriates blamed blames taunted taunts "
    "teased teases admonished admonishes reprimanded reprimands sued sues".split()
)


def _passive_agent(items: list[Item], index: int) -> Subject | None:
    """ "It has also been criticized by the Farmers Union as too slow, saying “…”": the agent of a
    passive verb of saying before the participle speaks, not the passive's subject (the thing
    criticized)."""
    start = max(0, index - _AGENT_ITEMS)
    by = next((at for at in range(index - 1, start, -1) if items[at].low == "by"), None)
    if by is None or by + 1 >= index or not _passive_speech_before(items, by):
        return None
    if items[index - 1].low == "for":
        return None  # "Holt was criticised by Reyes for saying": blamed_for_saying's, Holt's words
    if any(item.kind == "quote" for item in items[by:index]):
        return None
    named = items[by + 1].mention if items[by + 1].kind == "mention" else None
    if named is not None and named.kind in (PERSON, AMBIGUOUS) and not items[by + 1].possessive:
        return subject_of(named)
    found = source_after(items, by + 1)
    if found is None or found.kind not in (ORGANISATION, UNNAMED):
        return None
    return Subject("other", source=found)


_AGENT_ITEMS = 16  # "by the British Medical Association as being implemented too slowly,"


def _passive_speech_before(items: list[Item], by: int) -> bool:
    """A verb of saying in its past participle right before "by", after "was", "been" or "is"
    ("was criticized by", "has also been praised by")."""
    if by < 2 or not items[by - 1].low.endswith("ed") or items[by - 1].low not in lx.SPEECH_VERBS:
        return False
    at = by - 2
    while at > 0 and items[at].kind == "word" and (items[at].low in lx.ADVERBS or ly_adverb(items[at].low)):
        at -= 1  # "was widely criticized by"
    return items[at].low in PASSIVE


_OWN_SUBJECT_BEFORE = frozenset(("of", "with", "and", "–", "—"))


def _answered_one(items: list[Item], opener: int) -> bool:
    """Whether "to" before the name at `opener` follows a verb or noun of answering ("responded to
    Pike tweeting", "in response to Pike saying"): the one answered does the participle."""
    if opener < 1 or items[opener].low != "to":
        return False
    return items[opener - 1].low in _ANSWERING


_ANSWERING = frozenset("responded responds replied replies reacted reacts response reply reaction".split())


def _own_role_before(items: list[Item], index: int) -> Subject | None:
    """ "with the president vowing", "and the former governor calling": a definite role right before
    the participle, after "with" or "and", is its subject."""
    at = index - 1
    if at < 2 or items[at].kind != "word" or not lx.is_role_head(items[at].low):
        return None
    article = at - 1
    while article > 0 and index - article <= _OWN_ROLE_WORDS and items[article].low != "the":
        if items[article].kind != "word":
            return None
        article -= 1
    if items[article].low != "the" or article < 1 or items[article - 1].low not in _OWN_SUBJECT_BEFORE:
        return None
    return role_reference(items, at, backwards=True)


_OWN_ROLE_WORDS = 4  # "the", two modifiers and the role: "the former Texas governor"


def _writing_owner(items: list[Item], noun: int) -> Mention | None:
    """The person whose writing (post, tweet, letter ...) the noun at `noun` is, written as a
    possessive right before it: the writing's words are the writer's, whoever mentions it."""
    if noun < 1 or items[noun].kind != "word" or items[noun].low not in WRITINGS:
        return None
    owner = items[noun - 1]
    if owner.kind != "mention" or not owner.possessive or owner.mention is None:
        return None
    return owner.mention if owner.mention.kind in (PERSON, AMBIGUOUS) else None


_WITNESSING_VERBS = frozenset(
    "remembers remembered recalls recalled heard hears overheard "
    # What a recording shows ("videos that show Harrow saying", "footage captured Holt telling").
    "show shows showed shown showing depict depicts depicted captured captures caught".split()
)


def witnessing_verb(items: list[Item], name: int) -> int | None:
    """Where the verb of remembering, hearing or showing right before the name at `name` is, past
    its title ("recalled Ms. Hoyt"); else None."""
    at = name - 1
    while at > 0 and honorific_at(items, at):
        at -= 1
    return at if at >= 0 and items[at].low in _WITNESSING_VERBS else None


_ROLE_WORDS_AFTER_WITH = 5


def _with_past_role(items: list[Item], at: int) -> bool:
    """ "..., with anti-tax crusader Gus Norwell calling it “…”": a few role words between "with" and
    the name right before the participle; the name is still the participle's own subject, as after a
    bare "with"."""
    for back in range(at, max(-1, at - _ROLE_WORDS_AFTER_WITH), -1):
        item = items[back]
        if item.kind != "word" or item.possessive:
            return False
        if item.low == "with":
            return back < at
        if item.low in _OWN_SUBJECT_BEFORE or item.low in lx.PARTICIPLES:
            return False
    return False


def _with_apposed_person(items: list[Item], index: int) -> Mention | None:
    """ "..., with Paul Verney, the former spokesman for Ada Trell tweeting, “…”": the person right
    after "with" whose apposition (words and names, no verb, no comma) runs up to the participle."""
    back = _apposition_comma(items, index - 1)
    if back is None:
        return None
    named = items[back - 1] if back >= 2 else None
    if named is None or named.kind != "mention" or named.possessive or items[back - 2].low != "with":
        return None
    if back == index - 1 or named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    return named.mention


_WITH_APPOSITION_ITEMS = 10  # "the former spokesman for Ada Trell"


def _apposition_comma(items: list[Item], last: int) -> int | None:
    """Where the comma opening an apposition that ends at `last` stands (words and names back to it,
    no verb among them), else None."""
    for back in range(last, max(0, last - _WITH_APPOSITION_ITEMS), -1):
        item = items[back]
        if item.kind == "punct" and item.low == ",":
            return back
        if item.kind not in ("word", "mention") or verb_like(item):
            return None
    return None


def _followed_person(items: list[Item], index: int) -> Mention | None:
    """ "Furnish's comments followed Sen. Marcus Oyelaran, the top Republican on the committee,
    telling Channel 5 that “…”": after a word of sequence, a person and their apposition set off by
    commas, the participle is that person's doing, not the sentence subject's."""
    if index < 2 or items[index - 1].low != ",":
        return None
    back = _apposition_comma(items, index - 2)
    if back is None:
        return None
    named = items[back - 1] if back >= 2 else None
    if named is None or named.kind != "mention" or named.possessive or named.mention.kind != PERSON:
        return None
    at = back - 2
    while at > 0 and (items[at].low == "." or title_or_place(items[at])):
        at -= 1  # "followed Georgia Sen. Saxby Chambliss": past the title and its state
    return named.mention if items[at].low in _SEQUENCE_WORDS else None


def _followed_source(items: list[Item], index: int) -> Subject | None:
    """An unnamed source right before the participle, after a word of sequence ("followed",
    "after"): the source says it, not the sentence's subject."""
    before = items[index - 1] if index else None
    if before is None or before.kind != "word" or not one_source_noun(before.low):
        return None
    source = source_before(items, index - 1)
    if source is None or source.kind != UNNAMED:
        return None
    at = index_at(items, index - 1, source.start)
    if at is None or at == 0 or items[at - 1].low not in _SEQUENCE_WORDS:
        return None
    return Subject("other", source=source)


# Words after which a name and its participle are one event in a sequence ("followed X telling").
_SEQUENCE_WORDS = frozenset("followed follows after".split())


_QUOTED_AS_ITEMS = 12
# Adverbs between "as" and the participle: "quoted Pieter Lund as once saying".
_AS_ADVERBS = frozenset("once earlier previously recently later".split())


def _as_before(items: list[Item], index: int) -> int | None:
    """Where the participle at `index` would be with no adverb before it, when "as" opens it ("as
    saying", "as once saying"); else None."""
    if index >= 3 and (items[index - 1].low in _AS_ADVERBS or ly_adverb(items[index - 1].low)):
        index -= 1
    return index if index >= 2 and items[index - 1].low == "as" else None


def _cleft_focus(items: list[Item], index: int) -> Subject | None:
    """ "This summer it was Mrs. Ilse Marlow putting some distance ..., telling a journalist": the
    person a cleft "it was" or "it is" puts first, before the participle at `index`, does what the
    sentence tells."""
    for at in range(index - 2):
        if items[at].low != "it" or items[at + 1].low not in _CLEFT_COPULAS:
            continue
        named = past_title(items, at + 2, index)  # "Mrs.", "Sen.": a title before the name
        person = items[named].mention if named < index and items[named].kind == "mention" else None
        if person is not None and person.kind == PERSON and not items[named].possessive:
            return subject_of(person)
    return None


_CLEFT_COPULAS = frozenset(("was", "is"))


def _quoted_as(items: list[Item], index: int) -> Mention | None:
    """ "The Times quoted Gwen Holt, the mayor, as saying": the person quoted, not the paper; so
    without "as" when the participle follows the name ("quoted naval chief Pieter Volk saying")."""
    plain = index >= 2 and items[index - 1].kind == "mention"
    index = _as_before(items, index) or (index + 1 if plain else None)
    if index is None:
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_AS_ITEMS), -1):
        if items[back].low in QUOTED_VERBS:
            named = items[back + 1].mention if back + 1 < index else None
            if named is None or named.kind not in (PERSON, AMBIGUOUS):
                return person_after_roles(items, back + 1, index - 1) or _after_lower_words(items, back + 1)
            return named
    return None


_DESCRIBING_WORDS = 3  # "quoted former rival Pieter Lund as saying"


def _after_lower_words(items: list[Item], start: int) -> Mention | None:
    """ "quoted rival Pieter Lund as saying": a person right after a few lower-case words describing
    him, none a verb."""
    for at in range(start, min(len(items), start + _DESCRIBING_WORDS + 1)):
        item = items[at]
        if item.kind == "mention":
            named = item.mention
            ok = named is not None and named.kind in (PERSON, AMBIGUOUS) and not item.possessive
            return named if ok and at > start else None
        if item.kind == "word" and item.cap and item.low in lx.DEMONYMS:
            continue  # "quoted Iranian naval chief ...": whose chief he is
        if item.kind == "word" and item.cap and at > start:
            return _after_title(items, at)  # "quoted naval chief Rear Adm. Pieter Volk as saying"
        if item.kind != "word" or item.cap or verb_like(item):
            return None
    return None


def _after_title(items: list[Item], first: int) -> Mention | None:
    """The person a title starting at `first` stands before ("Rear Adm. Pieter Volk"), or None."""
    at = past_title(items, first, min(len(items), first + _TITLE_ITEMS))
    named = items[at].mention if at < len(items) and items[at].kind == "mention" else None
    ok = named is not None and named.kind in (PERSON, AMBIGUOUS) and not items[at].possessive
    return named if ok else None


_TITLE_ITEMS = 5  # "Rear Adm . Pieter", "Lt . Gen . Pieter"


def _quoted_then_participle(items: list[Item], index: int) -> Mention | None:
    """ "The Examiner quotes McCain’s friend, Senator Lindsay Graham, arguing that ...": the last
    person named (not an owner) between a verb of quoting and the comma before the participle."""
    if index < 3 or items[index - 1].low != ",":
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_THEN_ITEMS), -1):
        if items[back].kind == "quote":
            return None
        if items[back].kind == "word" and items[back].low in QUOTED_VERBS:
            named = [
                item.mention
                for item in items[back + 1 : index - 1]
                if item.kind == "mention" and not item.possessive and item.mention.kind in (PERSON, AMBIGUOUS)
            ]
            return named[-1] if named else None
    return None


_QUOTED_THEN_ITEMS = 16  # "quotes McCain’s close friend, Senator Lindsay Graham (R-SC),"


def _source_quoted_as(items: list[Item], index: int) -> Source | None:
    """ "Reuters reports a union source as saying", "The paper quoted a senior official as saying":
    the unnamed source quoted, not the paper or agency."""
    index = _as_before(items, index)
    if index is None:
        return None
    for back in range(index - 2, max(-1, index - 2 - _QUOTED_AS_ITEMS), -1):
        if items[back].kind == "word" and items[back].low in QUOTING_VERBS:
            found = source_after(items, back + 1) or _quoted_label(items, back + 1, index - 1)
            if found is None or found.kind != UNNAMED or found.end > items[index - 1].start:
                return None
            return found
    return None


def _quoted_label(items: list[Item], first: int, as_at: int) -> Source | None:
    """ "GovExec.com quotes a “Senate aide” as saying": an unnamed source whose label the article
    puts in quote marks (the words another outlet used), from its "a" to the closing mark."""
    if first + 3 >= as_at or items[first].low not in _INDEFINITE:
        return None
    opening, closing, words = items[first + 1], items[as_at - 1], items[first + 2 : as_at - 1]
    marked = opening.kind == closing.kind == "punct" and {opening.low, closing.low} <= _MARKS
    if not marked or len(words) > _LABEL_WORDS or not all(map(_label_word, words)):
        return None
    return Source(items[first].start, closing.end, UNNAMED)


def _label_word(item: Item) -> bool:
    """A word of a source's label: a word, or a body's name ("a “Senate aide”"), never a person's."""
    return item.kind == "word" or (
        item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
    )


_INDEFINITE = frozenset(("a", "an", "one"))
_MARKS = frozenset('"“”')
_LABEL_WORDS = 3  # "a “senior administration official”"


def aside(items: list[Item], verb: int, subject: Subject) -> bool:
    """A verb of saying with no speaker, inside a clause of its own ("anybody who complains",
    "tweets accusing", "a series of tweets"): it neither speaks nor hides the sentence's speaker."""
    before = items[verb - 1].low if verb else ""
    if before in _EMBEDDING and subject.kind == "other":
        # "an architect who said he was stiffed": the relative clause's own words; but "the Green
        # campaign, which replied: “…”" introduces the quotation right after it.
        return subject.source is None or not relative_introduces(items, verb)
    after_noun = verb > 0 and items[verb - 1].kind == "word"
    if subject.kind != "other" or subject.source is not None:
        return False
    # "Reyes's early-morning tweets accusing ...": a word of saying in -s after a word and with no
    # speaker before it is a plural noun.
    plural = items[verb].low.endswith("s") and after_noun
    return items[verb].low.endswith("ing") or before in _EMBEDDING or plural


_EMBEDDING = frozenset("who which that of".split())
