"""Helpers several attribution rules use: a mention as a Subject, titles and honorifics before a
name, role words, verbs in -ed, and the word lists they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import CLAUSE_BREAKS, PASSIVE, PREPOSITIONS, RELATIVE_OPENERS, WRITINGS
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT, Item, Subject
from bot.core.quotes.marks import OPENING_MARKS
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention
from bot.core.quotes.sources import GROUP_NOUNS, Source, time_phrase_words

COORDINATORS = frozenset("and but or then".split())
DETERMINERS = frozenset("the a an his her its their our my your this these those whose such no".split())
# How far back, and through how many commas, a subject may sit before its parentheses.
PARENTHESIS_ITEMS = 30
# One-word US states as items read them ("Ohio"), folded.
STATE_WORDS = frozenset(name.casefold() for name in lx.US_STATES.split("|") if " " not in name)


# A spaced hyphen is the dash of much British copy ("Illarionov - then an adviser - told").
DASHES = frozenset(("—", "–", "--", "-"))


def abbreviated_title_stop(items: list[Item], at: int) -> bool:
    """The full stop of an abbreviated title ("Gov.", "Army Col. Sam Pike"), still inside the title."""
    return items[at].low == "." and at > 0 and items[at - 1].low in lx.HONORIFICS


def plural_apostrophe(items: list[Item], at: int) -> bool:
    """An apostrophe item glued to a word in -s before it: a plural's possessive ("Sessions'", "the
    Los Angeles Times'")."""
    if not 0 < at < len(items) or items[at].kind != "punct" or items[at].low not in ("'", "’"):
        return False
    return items[at - 1].low.endswith("s") and items[at - 1].end == items[at].start


def lower_word(item: Item) -> bool:
    return item.kind == "word" and not item.cap and item.low not in WRITINGS


def past_employer(items: list[Item], start: int) -> int:
    """Past the body a role after a verb belongs to ("said Nortel president and chief executive X",
    "quoted Qantas chief executive X", "said University of California Berkeley mathematician and
    author X"): capitalised words and bodies' mentions, "of" between them, before a lower-case role
    word; `start` when there is none."""
    at = start
    while at < len(items) and at - start < _EMPLOYER_ITEMS:
        if not (_body_item(items[at]) or (at > start and items[at].low == "of" and items[at].kind == "word")):
            break
        at += 1
    if at == start or at >= len(items) or items[at - 1].low == "of":
        return start
    following = items[at]
    role = following.kind == "word" and not following.cap and lx.is_role_head(following.low)
    return at if role else start


_EMPLOYER_ITEMS = 6  # "University of California Berkeley": four items, a few more for longer names


def _body_item(item: Item) -> bool:
    """A capitalised word or a body's mention: part of the name of whom a role belongs to."""
    return (item.kind == "word" and item.cap) or (
        item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
    )


# Title words and their full stops before a name ("for Sen.", "said Reed voter Dan Pike"). before_walk's
# `_governed` reads it too: its own 4 of c518545 was dead, overridden by this later definition.
TITLE_ITEMS = 11
# A relative pronoun ends a title: "said an official who supports Holt" describes the official.
_NOT_IN_TITLE = NOT_BEFORE_INVERTED_SUBJECT | frozenset(
    "by from about against as and or but who whose".split()
)
_ABBREVIATION_CHARS = 4
_TITLE_OWNERS = frozenset("his her their".split())
# Words after a name that end a title run there ("Dan Morley in an interview", "Patrick Moran of").
# "said Reed voter Dan Pike when asked": a clause opener after a name ends the run there too.
_AFTER_A_NAME = _NOT_IN_TITLE | frozenset(
    "of when while after before because since until who whose whether".split()
)


# Small words inside a body's name between its capitalised words ("Work and Pensions", "Club for Growth").
_NAME_LINKS = frozenset("and for on the of in at".split())
_NAME_LINK_RUN = 2  # "on the": small words running inside one name


def person_at(items: list[Item], index: int) -> Mention | None:
    """The person (or one of several sharing a name) that items[index] mentions, else None."""
    if index >= len(items) or items[index].kind != "mention" or items[index].mention is None:
        return None
    return items[index].mention if items[index].mention.kind in (PERSON, AMBIGUOUS) else None


def person_after_title(items: list[Item], start: int) -> Mention | None:
    """The person named after a run of title words right after an inverted verb of saying, past the
    places, bodies and abbreviations in it ("Air Force 1st Lt. Tyler Livesey", "Blaze co-host Stu
    Burguiere", "United Steelworkers Political Director Tim Waters"); a place or body of the title is
    no speaker while a person closes the run."""
    for index in range(start, min(len(items), start + TITLE_ITEMS)):
        item = items[index]
        if item.kind == "mention":
            named = item.mention
            following = items[index + 1] if index + 1 < len(items) else None
            modifier = item.possessive or (
                following is not None and following.kind == "word" and following.low not in _AFTER_A_NAME
            )
            if named is not None and named.kind in (PERSON, AMBIGUOUS) and not modifier:
                return named if index > start else None
            if named is None or named.kind not in (NONPERSON, PERSON, AMBIGUOUS):
                return None
            continue  # a place or body ("South Carolina"), or a person as modifier ("Dunn adviser")
        if item.kind == "word" and item.low not in _NOT_IN_TITLE:
            continue
        if (
            item.kind == "word"
            and index > start
            and item.low == "of"
            and person_at(items, index + 1) is not None
        ):
            return None  # "said an Ohio Republican of Marlow": whom the words are about
        if item.kind == "word" and (
            (index == start and item.low in _TITLE_OWNERS) or (index > start and item.low == "of")
        ):
            continue  # "added his campaign manager Jeff Webber", "said CEO of Harbor Bank Ann Lee"
        joined = item.kind == "word" and item.low == "and" and index > start
        if joined and _title_abbreviation(items, index - 1):
            continue  # "said former Ohio Gov. and party Chairman Ed Rook": two titles joined
        if index > start and _link_inside_name(items, index):
            # "said Work and Pensions Secretary Alan Johnson", "said Club for Growth President David
            # McIntosh", "said Squawk on the Street co-host Simon Hobbs": a body's or show's name
            continue
        before = items[index - 1] if index > start else None
        abbreviation = before is not None and before.kind == "word" and len(before.low) <= _ABBREVIATION_CHARS
        if item.kind == "punct" and item.low == "." and abbreviation:
            continue  # "Capt.", "Gov.", "N.C."
        return None
    return None


def _link_inside_name(items: list[Item], index: int) -> bool:
    """A small word or two inside a capitalised name ("Work and Pensions", "Meet the Press", "Squawk
    on the Street"): the nearest other words on both sides are capitalised."""
    if items[index].kind != "word" or items[index].low not in _NAME_LINKS:
        return False
    back = index - 1
    while back > 0 and index - back < _NAME_LINK_RUN and items[back].low in _NAME_LINKS:
        back -= 1
    ahead = index + 1
    while ahead < len(items) and ahead - index < _NAME_LINK_RUN and items[ahead].low in _NAME_LINKS:
        ahead += 1
    after = _item_at(items, ahead)
    return _body_item(items[back]) and after is not None and _body_item(after)


def _capitalised_word(item: Item | None) -> bool:
    return item is not None and item.kind == "word" and item.cap


def _item_at(items: list[Item], index: int) -> Item | None:
    return items[index] if index < len(items) else None


def _title_abbreviation(items: list[Item], index: int) -> bool:
    """The full stop of "Gov.", "Sen.", "Rep." at `index`."""
    before = items[index - 1] if index > 0 else None
    return (
        items[index].low == "."
        and before is not None
        and before.kind == "word"
        and len(before.low) <= _ABBREVIATION_CHARS
    )


APPOSITIVE_ITEMS = 8


def honorific_at(items: list[Item], index: int) -> bool:
    """An abbreviated title before a name, its full stop, or "the" before it ("the Rev.")."""
    item = items[index]
    if item.kind == "word" and item.low in lx.HONORIFICS:
        return True
    if item.kind == "punct" and item.low == "." and index >= 1 and items[index - 1].low in lx.HONORIFICS:
        return True
    following = items[index + 1] if index + 1 < len(items) else None
    return item.low == "the" and following is not None and following.low in lx.HONORIFICS


def subject_of(mention: Mention | None, source: Source | None = None) -> Subject:
    if mention is None or mention.kind == NONPERSON:
        return Subject("other", source=source)
    if mention.kind == PRONOUN:
        return Subject("pronoun", mention)
    return Subject("person", mention)


# Words that follow a subject as its verb or auxiliary ("He has touted", "Bolton also made").
VERB_LIKE = frozenset(
    "has had have is was are were will would could can may might did does also then even often".split()
)


# Plural nouns for people by their ending: "questioners", "supporters", "donors", "activists", "aides".
PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "aides")


def verb_like(item: Item) -> bool:
    """A lower-case word that can be a subject's verb: an auxiliary, a verb in -ed, a common irregular
    past ("Bolton thought") or a present in -s ("Holt supports “…”, opposes “…”")."""
    if item.kind != "word" or item.cap:
        return False
    low = item.low
    if low in VERB_LIKE or low in IRREGULAR_PAST:
        return True
    return present_verb(low) or past_in_ed(low)


def present_verb(low: str) -> bool:
    """A folded word of a present verb's shape in -s ("seems", "supports"); not "across" or "this"."""
    return low.endswith("s") and not low.endswith(_NOT_PRESENT_ENDINGS) and len(low) >= _PRESENT_CHARS


IRREGULAR_PAST = frozenset(
    "thought took went made gave spoke wrote told said sought brought felt kept left meant put set "
    "saw knew grew drew threw began became came ran won held stood struck swore taught shook".split()
)
# Past forms without -ed that a role or a body opening a clause takes as its verb ("The mayor cast the
# plan as ...", "the army cut a third line"); nouns elsewhere ("the cast", "a hit"), so read only there.
PAST_AFTER_SUBJECT = frozenset(
    "cast hit let cut led paid laid sent spent built lost met heard read sat found shut "
    "shed chose rose fell fought caught bought sold broke dealt swept bore".split()
)
_NOT_PRESENT_ENDINGS = ("ss", "us", "is")  # "across", "thus", "this": no verb in -s
_PRESENT_CHARS = 4  # "says", "adds": not "as", "is", "its"


HEADING_DASHES = DASHES | {"-"}  # a heading's dash may be a hyphen typed with spaces
_VERB_ENDING_CHARS = 5  # "pressed", "remembered": not "bed", "red"


def present_participle(low: str) -> bool:
    """A folded word in -ing that is a participle ("sitting", "noting"), not "thing" or "during"."""
    return low.endswith("ing") and len(low) > _SHORT_ING and low not in _NOT_PARTICIPLES


_SHORT_ING = 5  # "thing", "king", "sing": no participle
_NOT_PARTICIPLES = frozenset("during according notwithstanding morning evening".split())


def past_in_ed(low: str) -> bool:
    """A folded word that can be a verb's past in -ed: "pressed", "hoped"; not "bed" or "red"."""
    return low.endswith("ed") and len(low) >= _VERB_ENDING_CHARS


def role_words(words: list[Item]) -> bool:
    """ "campaign manager", "Stoke manager", "Republican strategist": ends with a role noun, or with
    the office a role noun holds ("Justice Department Director of Public Affairs")."""
    if lx.is_role_head(words[-1].low) or words[-1].low in lx.PARTY_LABELS:
        return True
    of = next((at for at in range(len(words) - 1, 0, -1) if words[at].low == "of"), None)
    return of is not None and office_of(words, of) and all(w.cap for w in words[of + 1 :])


def office_of(items: list[Item], at: int) -> bool:
    """ "Director of Public Affairs": "of" after a capitalised role noun, before a capitalised word
    (the office the role holds)."""
    if items[at].low != "of" or at == 0 or at + 1 >= len(items):
        return False
    before = items[at - 1]
    return before.kind == "word" and before.cap and lx.is_role_head(before.low) and items[at + 1].cap


def speaking_noun(item: Item) -> bool:
    """A word that can speak: a name, a person's, a group's, a source's or a body's noun ("the mayor",
    "a spokeswoman", "the crowd", "officials", "the report"); not "the commutations" or "the storms"."""
    if item.kind == "mention" or item.low == "they":
        return True
    low = item.low
    singular = low[:-1] if low.endswith("s") else low
    if low in GROUP_NOUNS:
        return True  # "the crowd", "residents", "the jury"
    return any(lx.is_person_noun(w) or w in lx.SOURCE_NOUNS or w in lx.ORG_NOUNS for w in (low, singular))


def reduced_passive(items: list[Item], verb: int) -> bool:
    """ "a schedule characterized by Senator Dale Orrin as ...": a past participle in -ed right after
    the lower-case noun it describes, with no auxiliary before it."""
    before = items[verb - 1]
    noun = before.kind == "word" and not before.cap and before.low.isalpha() and before.low not in PASSIVE
    return noun and items[verb].low.endswith("ed")


def relative_introduces(items: list[Item], verb: int) -> bool:
    """ "the Green campaign, which replied: “…”": the verb at `verb` opens a relative clause set off by
    a comma, and only punctuation follows it before the quotation it introduces."""
    if verb < 2 or items[verb - 1].low not in _INTRODUCING_RELATIVES or items[verb - 2].low != ",":
        return False
    return all(item.kind == "punct" for item in items[verb + 1 :])


_INTRODUCING_RELATIVES = frozenset(("which", "who"))


def asked_opener(items: list[Item], verb: int) -> bool:
    """ "Asked about Holt, ...", "When asked whether Reyes would run, ...": "asked" opening a sentence,
    passive, before what the question was about, its clause closed by a comma before the quotation: the
    one asked is the main clause's subject, and the name after "asked" is never the asker."""
    about = _asked_about(items, verb)
    if about is None:
        return False
    # "Asked whether Clinton “has the integrity ...,” 75 percent said yes": no comma, the clause goes on
    return any(item.kind == "punct" and item.low == "," for item in items[about + 1 :])


def _asked_about(items: list[Item], verb: int) -> int | None:
    """Where the question word after an "asked" at `verb` opening the sentence stands ("Asked on
    Monday why", "When asked at the Capitol whether"); None when the items open no such clause."""
    if items[verb].low != "asked":
        return None
    if not all(item.kind == "word" and item.low in ASKED_OPENERS for item in items[:verb]):
        return None
    about = past_asked_when(items, verb + 1)  # "Asked on Monday why he ...,", "Asked later if he ...,"
    about = past_place_phrase(items, about)  # "Asked at the Capitol whether he ...,"
    about = _past_programme(items, about)  # "Asked on CNN's “State of the Union” whether he ...,"
    about = _past_asker(items, about)  # "Asked by Radio Dunmore's Tobias Wren whether he ...,"
    return about if about < len(items) and items[about].low in ASKED_ABOUT else None


def _past_asker(items: list[Item], at: int) -> int:
    """Past who put the question ("by Radio Dunmore's Tobias Wren", "by a reporter") to the question
    word after it; else `at`."""
    if at >= len(items) or items[at].low != "by":
        return at
    for after in range(at + 1, min(len(items), at + _PROGRAMME_ITEMS)):
        if items[after].low in ASKED_ABOUT:
            return after
        if items[after].kind != "word" and items[after].kind != "mention" and items[after].low != ".":
            break
    return at


def _past_programme(items: list[Item], at: int) -> int:
    """Past a programme or outlet the question was put on ("on CNN's “State of the Union”", "in an
    interview with the Harbor Post") to the question word after it; else `at`."""
    if at >= len(items) or items[at].low not in _PROGRAMME_PREPOSITIONS:
        return at
    for after in range(at + 1, min(len(items), at + _PROGRAMME_ITEMS)):
        if items[after].low in ASKED_ABOUT:
            return after
        if items[after].kind == "punct" and items[after].low == ",":
            break
    return at


_PROGRAMME_PREPOSITIONS = frozenset(("on", "in"))
_PROGRAMME_ITEMS = 10  # "in an interview with the Harbor Post's editorial board"


def inside_asked_opener(items: list[Item]) -> bool:
    """ "Asked whether the department would consider “…,” Okafor said": the items before a quotation
    open a question clause ("Asked whether", "When asked about") not yet closed by a comma; the
    quoted words are the question's, never the answer's speaker's."""
    verb = next((at for at, item in enumerate(items) if item.low == "asked"), None)
    about = _asked_about(items, verb) if verb is not None else None
    if about is None:
        return False
    return not any(item.kind == "punct" and item.low in CLAUSE_BREAKS for item in items[about + 1 :])


def past_title(items: Sequence[Item], at: int, end: int) -> int:
    """Forward from `at` (before `end`) past the title before a name and its abbreviations' stops
    ("Rear Adm. Pieter Volk", "Mrs. Ilse Marlow"): where the name stands, as title_start walks back."""
    while at < end and (items[at].low == "." or (items[at].kind == "word" and lx.is_title(items[at].low))):
        at += 1
    return at


class _Worded(Protocol):
    """A sentence's item or token: what a word scan reads of either."""

    @property
    def low(self) -> str: ...


def past_asked_when(words: Sequence[_Worded], at: int) -> int:
    """Past when the question was put ("Asked on Monday why", "Asked later if", "Asked again
    whether") to the word after it; else `at`; over a sentence's items or tokens."""
    if at < len(words) and words[at].low in _ASKED_WHEN:
        return at + 1
    return at + time_phrase_words(words, at)


# A lone adverb of when between "asked" and the question word ("Asked later if he had ...").
_ASKED_WHEN = frozenset("later again afterward afterwards".split())


def past_place_phrase(words: Sequence[_Worded], at: int) -> int:
    """The index of the question word after a short place phrase ("at the Capitol whether", "in the
    lobby before Mr. Reid's statement why"), else `at`; over a sentence's items or tokens."""
    if at >= len(words) or words[at].low not in _SCENE_PREPOSITIONS:
        return at
    for index in range(at + 1, min(len(words), at + _PLACE_PHRASE_MAX_WORDS + 1)):
        low = words[index].low
        if not low or low in CLAUSE_BREAKS or low in OPENING_MARKS:
            return at  # a quotation (an empty item) or a clause's punctuation ends the phrase
        if low in ASKED_ABOUT:
            return index
    return at


# Prepositions opening where or when a question was put ("Asked at the Capitol whether ...").
_SCENE_PREPOSITIONS = frozenset("at in outside inside during after".split())
_PLACE_PHRASE_MAX_WORDS = 9  # "at the Capitol before Mr. Obama's statement"
# "Asked about ...", "When asked whether ...": an opening passive question clause, what it was
# about, and the words that may come before its "asked".
ASKED_ABOUT = frozenset("about whether if why what how when where who which".split())
ASKED_OPENERS = frozenset("when once later and but so".split())


def elliptical_asked(items: list[Item], index: int) -> bool:
    """ "when asked about the plan", "if asked": a passive clause with no subject of its own, after the
    clause it belongs to, whose subject is the one asked."""
    return items[index].low == "asked" and index > 0 and items[index - 1].low in _ELLIPTICAL_OPENERS


_ELLIPTICAL_OPENERS = frozenset("when if once after before while".split())


def asked_opener_end(items: list[Item]) -> int:
    """Where the main clause starts after an opening "Asked why he ...," (past its comma), else 0:
    the question's words, its pronouns too, are never the clause's subject."""
    for verb in range(min(len(items), len(ASKED_OPENERS) + 1)):
        if items[verb].low == "asked":
            if not asked_opener(items, verb):
                return 0
            return next(j + 1 for j in range(verb + 1, len(items)) if items[j].low == ",")
    return 0


def past_dating(items: Sequence[Item], at: int) -> int:
    """Back from `at` over the date that says when something was said or done ("his February 1994
    statement", "Bolton's 2003 remarks", "Dunn's April 6 statements", "the September 2012 Varna
    attacks"): where the word before it stands."""
    start = at
    while at > 0 and start - at < _DATING_ITEMS and items[at].kind == "word" and _dating_at(items, at):
        at -= 1
    return at


def _dating_at(items: Sequence[Item], at: int) -> bool:
    """A year, a weekday or month, or a day's number after its month ("April 6")."""
    low = items[at].low
    year = low.isdigit() and len(low) == _YEAR_DIGITS
    day = low.isdigit() and len(low) <= _DAY_DIGITS and at > 0 and items[at - 1].low in lx.MONTHS
    return year or day or low in lx.WEEKDAYS_MONTHS


_DATING_ITEMS = 2  # "February 1994"
_YEAR_DIGITS = 4
_DAY_DIGITS = 2


def title_start(items: Sequence[Item], at: int) -> int:
    """Where the title before the name at `at` starts ("rebuked Governor Pieter Hollis", "Sen. Holt",
    "by pollster Frank Luntz's"), an abbreviation's full stop included; `at` when none comes before."""
    while at > 0 and (items[at - 1].low == "." or lx.is_title(items[at - 1].low)):
        at -= 1
    return at


def governed(items: Sequence[Item], index: int) -> bool:
    """ "worked for Sen. Lamar Holt": a preposition before the name at `index`, past its title."""
    back = index - 1
    while back >= 0 and index - back <= TITLE_ITEMS and (items[back].low == "." or items[back].cap):
        back -= 1
    return back >= 0 and items[back].kind == "word" and items[back].low in PREPOSITIONS


def writing_sender(items: list[Item], last: int) -> Mention | None:
    """ "an email from Paul Ambrose, head of the regional desk, saying", "a tweet from Mayor Ivo Brandt
    that urged": the person a writing is from, ending at `last` (or past their apposition closed
    there), who says what it says; else None."""
    named = last
    if named >= 1 and items[named].low == ",":
        back = _role_apposition_comma(items, named - 1)
        named = back - 1 if back is not None else -1
    if named < 2 or items[named].kind != "mention" or items[named].possessive:
        return None
    at = named - 1
    while at > 1 and (items[at].low == "." or title_or_place(items[at])):
        at -= 1  # "from Texas Gov. Greg Abbott": past the title and its place
    if items[at].low != "from" or items[at - 1].kind != "word" or items[at - 1].low not in WRITINGS:
        return None
    mention = items[named].mention
    return mention if mention is not None and mention.kind in (PERSON, AMBIGUOUS) else None


def title_or_place(item: Item) -> bool:
    """A capitalised word of a title, or a place's name, before a person's name."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    return item.kind == "word" and item.cap


def _role_apposition_comma(items: list[Item], last: int) -> int | None:
    """Where the comma opening a role's apposition ending at `last` stands: plain words and names
    back to it, no relative clause ("secretary of state for the bureau of African affairs")."""
    for back in range(last, max(0, last - _SENDER_APPOSITION_ITEMS), -1):
        item = items[back]
        if item.kind == "punct" and item.low == ",":
            return back
        if item.kind not in ("word", "mention") or item.low in RELATIVE_OPENERS:
            return None
    return None


_SENDER_APPOSITION_ITEMS = 14  # "assistant secretary of state for the bureau of African affairs"
