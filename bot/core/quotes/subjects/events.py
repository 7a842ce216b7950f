"""Every verb of saying of a sentence with its subject (`events`): before or after the verb,
"according to X", passives ("was told by X"), writings ("a statement from X") and participles.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import CHARACTERISING_VERBS, OWNED_BODIES, PASSIVE, TOLD
from bot.core.quotes.items import Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.sources import (
    ORGANISATION,
    POINTED_TIMES,
    TIME_NOUNS,
    UNNAMED,
    Source,
    described_after_according,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.after import appositive_name, subject_after
from bot.core.quotes.subjects.before import subject_before
from bot.core.quotes.subjects.clauses import starts_clause
from bot.core.quotes.subjects.participles import blamed_for_saying, participle_subject, witnessing_verb
from bot.core.quotes.subjects.sentence_subject import is_passive
from bot.core.quotes.subjects.shared import (
    asked_opener,
    elliptical_asked,
    past_title,
    person_after_title,
    reduced_passive,
    relative_introduces,
    subject_of,
)
from bot.core.quotes.subjects.speech_verbs import (
    BLAMING_ING,
    FEARING,
    body_writing_after,
    finding_body,
    finding_writing,
    is_speech_verb,
    progressive,
    writer_after,
    writing_head,
    writing_link,
)

# Nouns for one unnamed person speaking for others, whom a "who" clause may hang on.
_PEOPLE_SOURCE_NOUNS = lx.REPRESENTATIVES | frozenset("official source aide".split())


def _closed_apposition(items: list[Item], start: int) -> Mention | None:
    """The person named between commas right after the description at `start` ("the group's
    president, the Rev. Alma Jessup, the law ..."); not a name opening the clause after a lone comma
    ("according to a senior official, Holt was furious")."""
    named = appositive_name(items, start)
    if named is None or named.kind != PERSON:
        return None
    after = bisect_left(items, named.end, key=_item_start)
    if after + 1 >= len(items) or items[after].low != "," or items[after + 1].low in _RELATIVES:
        return None  # "according to a senior official, Alma Jessup, who leads ..., was": the clause's subject
    return named


_RELATIVES = frozenset("who whose whom which".split())


def _item_start(item: Item) -> int:
    return item.start


def events(items: list[Item]) -> list[tuple[int, Subject]]:
    """Each verb of saying in `items` with its subject; participles take their clause's subject."""
    found: list[tuple[int, Subject]] = []
    for index, item in enumerate(items):
        vouching = _according_to(items, index)
        if vouching and _vouching_for_a_verb(items, index):
            continue  # "she remarked, according to the transcript, “…”": the transcript vouches, she speaks
        if vouching and index + 2 < len(items):
            titled = person_after_title(items, index + 2)
            owned = _persons_body_after(items, index + 2)
            if owned is not None:
                # "according to a statement by Mr. Devore's campaign": the campaign, not the candidate.
                found.append((index, Subject("other", source=owned)))
            elif titled is not None:
                # "according to Agriculture Secretary Tom Bradley", "according to U.S. Maj. Gen. Walt
                # Crane": the person after the title, past a place or body opening it.
                found.append((index, subject_of(titled)))
            elif items[index + 2].kind == "mention":
                # "according to CNN": a body's mention is a source, labelled as written.
                mentioned = subject_of(items[index + 2].mention, source_after(items, index + 2))
                found.append((index, replace(mentioned, verb="according")))
            elif (writer := writer_after(items, index + 2)) is not None:
                # "according to a statement from Dunmore": the person the writing is from.
                found.append((index, subject_of(writer)))
            elif (body := body_writing_after(items, index + 2)) is not None:
                # "according to a report by the Harbor Times": the body the writing is by or in.
                found.append((index, Subject("other", source=body)))
            elif (apposed := _closed_apposition(items, index + 2)) is not None:
                # "according to the group's president, the Rev. Alma Jessup, the law ...": the person.
                found.append((index, subject_of(apposed)))
            else:
                # "according to a senior official": an unnamed source, labelled, never a person.
                source = source_after(items, index + 2) or described_after_according(items, index + 2)
                if source is not None:
                    found.append((index, Subject("other", source=source, verb="according")))
            continue
        finding = finding_writing(items, index)
        if finding is not None:
            # "A Government Accountability Office report released last year found that ...": the report's.
            found.append((index, Subject("other", source=source_before(items, finding), verb=item.low)))
            continue
        body = finding_body(items, index)
        if body is not None:
            found.append((index, Subject("other", source=body, verb=item.low)))  # "Pew found that “…”"
            continue
        blamed = blamed_for_saying(items, index) if item.low in lx.PARTICIPLES else None
        if blamed is not None:
            # "Holt slammed Reyes for suggesting that voters “…”": Reyes's words, not Holt's.
            found.append((index, replace(subject_of(blamed), verb=item.low)))
            continue
        phrased = _phrased_by(items, index)
        if phrased is not None:
            found.append((index, replace(subject_of(phrased), verb=item.low)))  # "as set out by X:"
            continue
        caused = _caused_to_say(items, index)
        if caused is not None:
            found.append((index, replace(subject_of(caused), verb=item.low)))  # "prompted Ortiz to call it"
            continue
        if not is_speech_verb(items, index) or _reported_as(items, index) or _declined(items, index):
            continue
        if asked_opener(items, index):
            continue  # "Asked about Holt, Lind was dismissive: “…”": Holt is what was asked about
        if found and elliptical_asked(items, index):
            continue  # "One official put it this way when asked about the plan:": the official's
        agent = _passive_agent(items, index)
        by_source = _passive_source(items, index) if agent is None else None
        if agent is None and by_source is None and _passive_in_reported_clause(items, index, found):
            continue  # "She added that she had been accused “within the city hall” of it": hers
        if agent is not None:
            subject = subject_of(agent)  # "Holt was asked by moderator Ray Coe whether ... “…”"
        elif by_source is not None:
            subject = Subject("other", source=by_source)  # "the claim was denied by UKIP spokesman"
        elif (item.low in lx.PARTICIPLES or item.low in BLAMING_ING) and not _main_progressive(items, index):
            subject = participle_subject(items, index, found)
            recalling = witnessing_verb(items, index - 1) if subject is not None else None
            if found and found[-1][0] == recalling:
                found.pop()  # "Tibor Marsh recalled Anna Vasko saying": the words recalled are hers
        elif item.low in FEARING:
            if found:
                continue  # "Officials said they were concerned that “…”": the saying reports it
            subject = subject_before(items, index - 1)  # "Hostetler, 62, is concerned that “…”"
        else:
            subject = subject_before(items, index) or _body_before_relative(items, index)
            if subject is None and _may_have_subject_after(items, index):
                subject = (
                    subject_after(items, index) if not _subject_of_quoted_predicate(items, index) else None
                )
            elif _unknown_before_inverted(items, index, subject):
                # "If Kim goes, he may look lonely, said Dr. Ada Velt.": the comma before the verb
                # closes the reported clause, and the name after the verb speaks it.
                subject = _closing_person(items, subject_after(items, index)) or subject
            elif _person_before_inverted_aside(items, index, subject):
                # "Gwen Hollis, said Dara Winthrop, is “…”": the aside's speaker, not whom it is about.
                subject = _closing_person(items, subject_after(items, index)) or subject
        if subject is None or _object_of_a_preposition(items, index, subject):
            continue
        if not _in_time_apposition(items, index):
            found.append((index, replace(subject, verb=item.low)))
    return found


def _subject_of_quoted_predicate(items: list[Item], verb: int) -> bool:
    """ "..., said the port authority “must stop ignoring the injured workers.”": a few words after
    the verb run straight into a quotation, its predicate: they are the subject of the clause the
    verb reports, not the verb's own subject set after it. Items that end on those words end where
    the quotation they precede opens."""
    first = items[verb + 1] if verb + 1 < len(items) else None
    named = first is not None and first.kind == "mention" and first.mention.kind != PRONOUN
    if first is None or not (named or first.low in _REPORTED_SUBJECT_OPENERS):
        return False  # "said he was unimpressed with the latest “trial balloon.”": his own clause
    end = min(len(items), verb + 2 + _REPORTED_SUBJECT_ITEMS)
    for at in range(verb + 1, end):
        if items[at].kind == "quote":
            return at > verb + 1
        if items[at].kind not in ("word", "mention"):
            return False
    return end == len(items) and end > verb + 1


_REPORTED_SUBJECT_ITEMS = 4  # "the Israeli army", "the state's health department"
_REPORTED_SUBJECT_OPENERS = frozenset(("the", "a", "an", "its", "their"))


def _in_time_apposition(items: list[Item], verb: int) -> bool:
    """ "who wrote in a post on May 17, the day the council announced the audit: “…”": a verb inside
    the clause that tells which day (", the day ...") reports nothing the sentence quotes."""
    for at in range(verb - 1, max(0, verb - _TIME_CLAUSE_ITEMS) - 1, -1):
        item = items[at]
        if item.kind != "word" and item.kind != "mention":
            return False
        if (
            item.low in _WHICH_DAY_NOUNS
            and at >= 2
            and items[at - 1].low == "the"
            and items[at - 2].low == ","
        ):
            return True
    return False


# ", the day ...", ", the afternoon ...": the nouns of a time phrase and those naming one day.
_WHICH_DAY_NOUNS = TIME_NOUNS | frozenset(("day", "afternoon", "date"))
_TIME_CLAUSE_ITEMS = 8  # ", the day the Justice Department announced": the time noun to the verb


def _object_of_a_preposition(items: list[Item], verb: int, subject: Subject) -> bool:
    """ "in the wake of the first indictments announced last week": a source right after a preposition,
    then a verb of putting a writing out ("announced", "posted"): the participle describes what the
    preposition governs, and says nothing ("Finding #1 in the report stated" is the report's)."""
    if subject.kind != "other" or subject.source is None or items[verb].low not in _PUT_OUT:
        return False
    at = bisect_left(items, subject.source.start, key=_item_start)
    if not 0 < at < verb or items[at].start != subject.source.start:
        return False
    # Not "a statement released by the Justice Department called it “…”": an agent speaks.
    if items[verb - 1].end != subject.source.end or items[at - 1].low not in _OBJECT_PREPOSITIONS:
        return False
    return not _reports_a_clause(items, verb)


def _reports_a_clause(items: list[Item], verb: int) -> bool:
    """ "after the Tribune reported that a large share ... were donors": the verb is the body's own,
    its "that" opening what it reported; not "the figures reported that day"."""
    if verb + 2 >= len(items) or items[verb + 1].low != "that":
        return False
    return items[verb + 2].low not in POINTED_TIMES


_PUT_OUT = frozenset("announced released issued published posted unveiled reported filed".split())
_OBJECT_PREPOSITIONS = frozenset("of in on about after amid over".split())


def _body_before_relative(items: list[Item], verb: int) -> Subject | None:
    """ "Brandt demanded an apology from the Green campaign, which replied: “…”": the body or source
    a relative clause opening with the verb of saying describes speaks it."""
    if verb < 3 or not relative_introduces(items, verb):
        return None  # "the Harbor Charter, which says Ada Holt was “…”": a clause of its own
    source = source_before(items, verb - 3)
    return Subject("other", source=source) if source is not None else None


def _main_progressive(items: list[Item], verb: int) -> bool:
    """ "Harbor News is reporting that", "The council is claiming that": a verb of saying after "is"
    has the subject before "is", as a past does, when no verb of saying before it reports the clause
    ("Holt said Fox executives were calling “…”" is Holt's) and no person is named before it (the
    participle's rule reads those: "Ted Marlow's doctor is calling ..." is the doctor)."""
    if not progressive(items, verb) or any(is_speech_verb(items, at) for at in range(verb - 1)):
        return False
    return not any(
        i.kind == "mention" and i.mention is not None and i.mention.kind == PERSON for i in items[:verb]
    )


def _unknown_before_inverted(items: list[Item], verb: int, subject: Subject | None) -> bool:
    """A verb of saying right after a comma whose walk back found no person ("other"): the inverted
    "..., said X" closing reported speech ("If Kim stands among other leaders, he may look small, said
    Ada Velt": "other leaders" is inside the reported clause), never "X, the role, said"."""
    return (
        subject is not None
        and subject.kind == "other"
        and verb >= 1
        and items[verb - 1].low == ","
        and not _takes_object(items, verb)
    )


def _person_before_inverted_aside(items: list[Item], verb: int, subject: Subject | None) -> bool:
    """A verb of saying between commas right after the person the walk back found ("Trump, said
    Aaron Wilson, a real estate agent, is ..."): an inverted aside, whose speaker follows the verb."""
    if subject is None or subject.kind != "person" or subject.mention is None or verb < 2:
        return False
    before = items[verb - 2]
    return items[verb - 1].low == "," and before.kind == "mention" and before.mention is subject.mention


def _closing_person(items: list[Item], found: Subject | None) -> Subject | None:
    """A person named after the verb who ends the clause ("said Ada Velt." / "said Ada Velt, a
    professor"), never the subject of a clause the verb reports ("said Holt would go")."""
    if found is None or found.kind != "person" or found.mention is None:
        return None
    at = bisect_left(items, found.mention.end, key=_start)  # a bisection: a sentence may hold thousands
    after = items[at] if at < len(items) else None
    # "A neighbor, in a complaint, said Delacroix “…”": a name right before the quotation opens the
    # clause the verb reports.
    return found if after is not None and after.kind == "punct" and after.low in ",.;" else None


def _start(item: Item) -> int:
    return item.start


def _passive_in_reported_clause(items: list[Item], index: int, found: list) -> bool:
    """A passive verb of saying with no agent right before a quotation ("had been accused “…”") inside
    the "that" clause of an earlier verb of saying: what the earlier speaker tells, in their words."""
    if not found or index == 0 or not is_passive(items, index - 1):
        return False
    quoted = index + 1 == len(items) or items[index + 1].kind == "quote"  # "accused “…” of"
    return quoted and any(item.low == "that" for item in items[found[-1][0] + 1 : index])


def _caused_to_say(items: list[Item], verb: int) -> Mention | None:
    """ "That prompted Lena Ortiz, president of the Harbor Users Group, to call the hearing “…”": the
    person a causing verb moves to say something (asides in commas after the name) is its speaker."""
    if items[verb].low not in _SAYING_BASES or verb < 3 or items[verb - 1].low != "to":
        return None
    for at in range(verb - 2, max(0, verb - 2 - _CAUSED_ASIDE_ITEMS), -1):
        named = items[at]
        if named.kind == "quote":
            return None
        aside_after = at == verb - 2 or items[at + 1].low == ","
        person = named.kind == "mention" and named.mention is not None and named.mention.kind == PERSON
        if person and aside_after and not named.possessive and _caused_by_verb(items, at):
            return named.mention
    return None


def _caused_by_verb(items: list[Item], at: int) -> bool:
    """A causing verb right before the name at `at`, past its titles ("prompted Sen. Ada Holt")."""
    before = at - 1
    while before >= 0 and (
        items[before].low == "." or (items[before].cap and lx.is_title(items[before].low))
    ):
        before -= 1
    return before >= 0 and items[before].low in _CAUSING


_SAYING_BASES = frozenset("call say describe declare label brand dub".split())
_CAUSING = frozenset(
    "prompted prompts led leads caused causes forced forces pushed spurred inspired moved".split()
)
_CAUSED_ASIDE_ITEMS = 24  # ", president of the Federation …, a group that opposes the bill,"


def _persons_body_after(items: list[Item], first: int) -> Source | None:
    """ "Mr. Devore's campaign", "a statement by Holt's team" from `first`: a person's campaign, team
    or camp, past the writing it is in."""
    head = writing_head(items, first)
    at = writing_link(items, head) + 1 if head is not None else first  # past "a statement by"
    at = past_title(items, at, len(items) - 1)  # "Mr. Devore's": the title before the name
    if at + 1 >= len(items):
        return None
    owner, noun = items[at], items[at + 1]
    if at + 2 < len(items) and noun.kind == "word" and not noun.cap and items[at + 2].low in OWNED_BODIES:
        noun = items[at + 2]  # "Trump's transition team", "Holt's re-election campaign"
    person = owner.kind == "mention" and owner.mention is not None and owner.mention.kind == PERSON
    if not person or not owner.possessive or noun.kind != "word" or noun.low not in OWNED_BODIES:
        return None
    return Source(owner.start, noun.end, ORGANISATION)


def _according_to(items: list[Item], index: int) -> bool:
    """ "according to X", "in the words of X": whose account the words are, at `index` ("according",
    "words"), the source two items on."""
    item = items[index]
    if item.kind != "word" or index + 1 >= len(items):
        return False
    if item.low == "according":
        return items[index + 1].low == "to"
    return (
        item.low == "words"
        and index >= 2
        and items[index + 1].low == "of"
        and (
            items[index - 2].low,
            items[index - 1].low,
        )
        == _IN_THE
    )


_IN_THE = ("in", "the")


def _vouching_for_a_verb(items: list[Item], index: int) -> bool:
    """ "she remarked, according to the transcript,": "according to" right after a verb of saying and
    its comma names where the words are recorded, not who said them."""
    if index < 3 or items[index - 1].low != ",":
        return False
    verb = _verb_before_its_place(items, index - 2)
    if verb < 1 or not is_speech_verb(items, verb):
        return False
    # "she remarked," "Holt said," or "adding,": a named speaker; not "leaders said, according to one
    # Democratic leader,", where the source after it is the one named.
    return items[verb - 1].kind == "mention" or items[verb].low in lx.PARTICIPLES


def _verb_before_its_place(items: list[Item], end: int) -> int:
    """ "Dolgov said on Twitter, according to the Courier": back from `end` over a short phrase of
    where or when ("on Twitter", "in an interview") to the verb before it; `end` when there is none."""
    for at in range(end, max(0, end - _PLACE_PHRASE_ITEMS) - 1, -1):
        if items[at].kind == "word" and items[at].low in _PLACE_OPENERS:
            return at - 1
        if items[at].kind == "punct" or (items[at].kind == "mention" and items[at].mention.kind != NONPERSON):
            return end
    return end


_PLACE_PHRASE_ITEMS = 4  # "on Twitter", "in an interview", "at a news conference"
_PLACE_OPENERS = frozenset(("on", "in", "at", "during"))


def _reported_as(items: list[Item], verb: int) -> bool:
    """ "Mr Kapor is reported as saying": the participle after "as" is the event, with the passive's
    subject as its speaker; "reported" itself says nothing."""
    after = verb + 2
    return (
        verb >= 1
        and after < len(items)
        and items[verb - 1].low in PASSIVE
        and items[verb + 1].low == "as"
        and items[after].low in lx.PARTICIPLES
    )


def _declined(items: list[Item], verb: int) -> bool:
    """ "Reyes said that by refusing to say the words “fare rise,” councillors are “…”": a verb of
    saying someone refuses, declines or fails to use says nothing, and leaves the words to the
    sentence's other verb."""
    return verb >= 2 and items[verb - 1].low == "to" and items[verb - 2].low in _DECLINING


# Verbs and adjectives before "to" that deny the speech after them ("declined to say").
_DECLINING = frozenset(
    "refuse refuses refused refusing decline declines declined declining fail fails failed failing "
    "unwilling reluctant afraid loath".split()
)


def _may_have_subject_after(items: list[Item], verb: int) -> bool:
    """A verb opening its clause that takes no object there and joins no verb before it: its subject
    may come after it ("“…,” said Holt")."""
    if not starts_clause(items, verb):
        return False
    return not _takes_object(items, verb) and not _joined_by_then(items, verb)


def _joined_by_then(items: list[Item], verb: int) -> bool:
    """ "“…,” he told reporters, then added, “…”": a verb joined by "then" (past adverbs) to the one
    before shares its subject, never one set after it."""
    for at in range(verb - 1, -1, -1):
        if items[at].kind != "word" or items[at].low not in lx.ADVERBS:
            return False
        if items[at].low == "then":
            return True
    return False


def _takes_object(items: list[Item], verb: int) -> bool:
    """ "..., who, on a press call, criticized Reyes for “…”": after a comma a verb of characterising
    takes the name after it as its object, never as an inverted speaker (right after a quotation,
    "“Sad!” blasted Reyes." is still Reyes's)."""
    if items[verb].low in TOLD:
        return True  # "Holt, who retired ..., told the Gazette that": whom it was told to, not who told
    if items[verb].low not in CHARACTERISING_VERBS:
        return False
    before = verb - 1
    while before >= 0 and (items[before].low in lx.ADVERBS or items[before].low in _QUOTE_CLOSERS):
        before -= 1
    return before < 0 or items[before].kind != "quote"


_QUOTE_CLOSERS = frozenset(",—–")


def _phrased_by(items: list[Item], verb: int) -> Mention | None:
    """ "their words to live by, as set out by Victor Ames, the mayor of Pellham: “…”", "as put by X":
    the person whose phrasing "as ... by" names (past a title)."""
    if verb < 1 or items[verb - 1].low != "as" or items[verb].low not in _PHRASING:
        return None
    by = verb + 2 if verb + 1 < len(items) and items[verb + 1].low == "out" else verb + 1
    if by + 1 >= len(items) or items[by].low != "by":
        return None
    return _person_named_at(items, by + 1)


_PHRASING = frozenset(("put", "set", "phrased", "framed"))


def _passive_agent(items: list[Item], verb: int) -> Mention | None:
    """ "was asked by host Ray Coe", "were told by Coe": the person a passive verb of saying is done
    by, who says the words (past a title, and past a phrase of time or place before "by": "was asked
    during a 2014 hearing by Sen. Ron Wyden:"); no one for a body or crowd ("asked by reporters")."""
    by = _by_after_phrase(items, verb)
    if verb < 1 or by + 1 >= len(items) or items[by].low != "by":
        return None
    if items[verb - 1].low not in PASSIVE and not reduced_passive(items, verb):
        return None
    return _person_named_at(items, by + 1)


def _by_after_phrase(items: list[Item], verb: int) -> int:
    """Where "by" stands after a short phrase of time or place opened right after the verb ("asked in
    2014 by", "asked during a hearing by"); else the item right after the verb."""
    after = verb + 1
    if after >= len(items) or items[after].low not in _PHRASE_PREPOSITIONS:
        return after
    for at in range(after + 1, min(len(items), after + 1 + _PHRASE_WORDS)):
        if items[at].low == "by":
            return at
        if items[at].kind != "word":
            return after
    return after


_PHRASE_PREPOSITIONS = frozenset(("during", "in", "at", "on"))
_PHRASE_WORDS = 5  # "during a 2014 Senate hearing"


def _person_named_at(items: list[Item], at: int) -> Mention | None:
    """The person named at `at`, after "by" (past a title: "by Harbor Business moderator Gerald
    Bane"); no one for a body, a crowd or an owner."""
    named = items[at].mention if items[at].kind == "mention" else None
    if named is not None and named.kind == PERSON and not items[at].possessive:
        return named
    titled = person_after_title(items, at)
    return titled if titled is not None and titled.kind == PERSON else None


def _passive_source(items: list[Item], verb: int) -> Source | None:
    """ "But the claim was denied by UKIP spokesman, who said: “…”": an unnamed spokesman or official
    a passive verb of saying is done by speaks (a crowd, "asked by reporters", does not); so does an
    organisation ("Her objection was echoed by the Club for Growth, which said ... “…”")."""
    if verb < 1 or verb + 2 >= len(items) or items[verb + 1].low != "by":
        return None
    if items[verb - 1].low not in PASSIVE:
        return None
    source = source_after(items, verb + 2)
    if source is not None and source.kind == ORGANISATION:
        return source if _speaks_on_in_relative(items, source) or _described_as(items, source) else None
    if source is None or source.kind != UNNAMED:
        return None
    words = [i for i in items[verb + 2 :] if i.start < source.end]
    return source if any(i.kind == "word" and i.low in _PEOPLE_SOURCE_NOUNS for i in words) else None


def _described_as(items: list[Item], source: Source) -> bool:
    """ "The opening night was described by The Harlow Courier as “…”": "as" right after the body a
    passive verb of saying is done by, and the quotation right after it: the body's words for it."""
    after = bisect_left(items, source.end, key=_item_start)
    return after + 1 == len(items) and items[after].low == "as"


def _speaks_on_in_relative(items: list[Item], source: Source) -> bool:
    """Whether a relative clause on the organisation goes on to speak ("by the Club for Growth,
    which said ...", "by the ministry, which called it “…”") and names no person who may own the
    words ("echoed by her campaign and Democrats, who highlighted comments Trump made ... “…”")."""
    after = bisect_left(items, source.end, key=_item_start)
    if after + 2 >= len(items) or items[after].low != "," or items[after + 1].low not in ("which", "who"):
        return False
    return not any(
        i.kind == "mention" and i.mention is not None and i.mention.kind in (PERSON, AMBIGUOUS)
        for i in items[after:]
    )
