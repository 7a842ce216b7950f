"""Noun phrases that refer back to a person, as a pronoun does ("the judge", "the former
secretary of state", "the Spaniard"), and the unnamed person a pronoun may refer back to ("one fan").
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AFFILIATION_CONNECTORS,
    AFFILIATION_WORDS,
    ALONGSIDE_OPENERS,
    INDEFINITE_ARTICLES,
    PREPOSITIONS,
)
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.items import NOT_BEFORE_INVERTED_SUBJECT, Item, Subject
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON
from bot.core.quotes.roles import ROLE_ACRONYMS, is_age
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    PEOPLES_ENDINGS,
    UNNAMED,
    Source,
    one_source_noun,
    source_after,
    source_before,
)
from bot.core.quotes.subjects.shared import verb_like


def role_reference(items: list[Item], index: int, backwards: bool) -> Subject | None:
    """ "the judge", "the prosecutor": a definite role that may name one person of the article."""
    if backwards:
        head_at = _head_before_of(items, index)
        if head_at == index:
            head_at = _head_before_seat(items, index)
        head, at = items[head_at], head_at - 1
        # "the Indiana governor", "the Republican nominee": a modifier or two between.
        while (
            at >= 0
            and head_at - at <= _ROLE_MODIFIERS_MAX
            and (_role_modifier(items[at]) or _between_modifiers(items, at))
            and not _joins_roles(items, at)
        ):
            at -= 1
        at = _coordinated_role_start(items, at)
        first = at + 1
        rank = _rank_start(items, at)
        if rank is not None:
            at = rank - 1  # "the No. 2 Senate Democrat": a rank before the modifiers, no modifier itself
            if at >= 0 and items[at].possessive and _role_modifier(items[at]):
                at -= 1  # "the Senate's No. 2 Democrat": whose rank it is
        article = items[at] if at >= 0 else None
        source = source_before(items, index)
    else:
        article, at = items[index], index
        first = at + 1
        head_at = _head_after_modifiers(items, index + 1)
        head = items[head_at] if head_at is not None else None
        after = _seat_end(items, head_at + 1) if head is not None else None
        if head is not None and after < len(items) and items[after].kind == "word":
            following = items[after].low
            if following not in lx.SPEECH_VERBS and following not in lx.ADVERBS:
                return None
        source = source_after(items, index)
    if article is None or head is None or article.low not in _REFERRING or not _person_noun(head):
        return None
    if _names_a_body(items, head_at):
        return None  # "the Republican Party", "the Department of Justice": a body, no person's role
    if _titled_outlet(article, head, source, adjacent=first == head_at):
        return None  # "“…,” The Texan reported": a paper's name, no Texan
    if _body_named(items[first:head_at], head):
        return None  # "the Scottish Executive has insisted": the body, no chief executive
    # "the Republican nominee", "the Florida senator": the modifiers, a place among them, tell
    # apart two nominees or two senators.
    modifiers = tuple(i.low for i in items[first:head_at] if i.kind in ("word", "mention"))
    if shaped_role(head.low) and not head.cap:
        if not all(
            i.kind == "word" and i.low.isalpha() and i.low not in INDEFINITE for i in items[first:head_at]
        ):
            return None  # "the forum, one questioner": "the" is another phrase's
        source = Source(article.start, head.end, UNNAMED)  # "the harbour master": no source list's noun
    role, spelt_out = _spelt_out(head.low)
    return Subject("role", role=role, source=source, modifiers=modifiers + spelt_out, offset=head.start)


def _coordinated_role_start(items: list[Item], at: int) -> int:
    """ "the civil rights activist and radio host said", "the former first lady, senator and top
    diplomat": where `at` is an "and" after other roles of the same person, the item before the
    first role's modifiers (its "the"); else `at` itself. The last role is the one matched, the
    others' words among its modifiers."""
    if not _joins_roles(items, at):
        return at
    while _joins_roles(items, at) or (at >= 1 and items[at].low == "," and _lower_role(items[at - 1])):
        head_at = at - 1
        at = head_at - 1
        while at >= 0 and head_at - at <= _ROLE_MODIFIERS_MAX and _role_modifier(items[at]):
            at -= 1
    return at


def _joins_roles(items: list[Item], at: int) -> bool:
    """An "and" after a lower-case role noun: "the activist and radio host"."""
    return at >= 1 and items[at].low == "and" and _lower_role(items[at - 1])


def _lower_role(item: Item) -> bool:
    return _person_noun(item) and not item.cap


def _titled_outlet(article: Item, head: Item, source: Source | None, adjacent: bool) -> bool:
    """ "“…,” The Texan reported": a capital "The" and a capitalised people's noun that the source
    reads as a body's name is a paper's name, no one of that people; so is "“…,” the Star wrote":
    a role word no title uses, capitalised after a lower-case "the"."""
    capitals = article.cap and head.cap and person_demonym(head.low)
    if capitals and source is not None and source.kind == ORGANISATION:
        return True
    # Not "the Republican", "the Texan", "the Governor", "the MP", "the Deputy Chief Whip": a
    # party's, a people's, a title's or a seat's word, or an office of several words.
    people = head.low in lx.PARTY_MEMBERS or person_demonym(head.low) or head.low in lx.POSTNOMINALS
    untitled = head.low not in lx.TITLE_WORDS and head.low not in lx.HONORIFICS and not people
    return adjacent and article.low == "the" and not article.cap and head.cap and untitled


# "the judge", "this recruiter": determiners of a role that refers back to someone.
_REFERRING = frozenset(("the", "this"))


def _rank_start(items: list[Item], end: int) -> int | None:
    """Where "No. 2" ends at `end` (the number), the rank of "the No. 2 Senate Democrat": its "No"."""
    start = end - _RANK_ITEMS + 1
    if start < 0 or not items[end].low.isdigit():
        return None
    return start if items[start].low == "no" and items[start + 1].low == "." else None


_RANK_ITEMS = 3  # "No", ".", "2"


def _names_a_body(items: list[Item], head_at: int) -> bool:
    """A capitalised role word inside a body's name: before a body's word ("the Justice Department",
    "said the Republican Party") or after one and "of" or "for" ("the Department of Justice", "the
    Brennan Center for Justice"), "the" perhaps between ("the Office of the Director of National
    Intelligence": the office speaks, not its director)."""
    if not items[head_at].cap:
        return False
    if head_at + 1 < len(items) and body_word(items[head_at + 1]):
        return True
    link = head_at - 2 if head_at >= 2 and items[head_at - 1].low == "the" else head_at - 1
    return link >= 1 and items[link].low in _BODY_NAME_LINKS and body_word(items[link - 1])


def body_word(item: Item) -> bool:
    """A capitalised word of a body's or place's name ("Department", "Party", "Ministry")."""
    return item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON


def _body_named(modifiers: list[Item], head: Item) -> bool:
    """ "the Scottish Executive", "the Regional Executive": a capitalised role noun that also closes
    the names of governing bodies, after capitalised words none of which is a rank ("the Chief
    Executive" is a person), names the body."""
    if not head.cap or head.low not in _BODY_HEADS or not modifiers:
        return False
    return all(i.kind == "word" and i.cap and i.low not in _RANKS for i in modifiers)


_BODY_HEADS = frozenset(("executive",))
_RANKS = frozenset("chief deputy acting interim senior".split())


def _spelt_out(low: str) -> tuple[str, tuple[str, ...]]:
    """A role noun and its modifiers, an acronym's spelt out ("the PM" is "the prime minister":
    'minister', ('prime',)), so it refers back to whoever "Prime Minister X" named."""
    if low in _ROLE_SYNONYMS:
        return _ROLE_SYNONYMS[low], ()  # "the pontiff said": whoever "Pope X" named
    if low not in ROLE_ACRONYMS:
        return low, ()
    *modifiers, role = ROLE_ACRONYMS[low].split()
    return role, tuple(modifiers)


# Other words for one office, by the title written before a name ("the pontiff" is "Pope X").
_ROLE_SYNONYMS = {"pontiff": "pope"}


_PARTY_GROUPS = frozenset(("democrats", "republicans", "gop"))  # a party or its members, no one of them


def _person_noun(item: Item) -> bool:
    """A noun that names one person as a role does; "The Republican said": a party label too."""
    low = item.low
    return item.kind == "word" and (
        lx.is_role_head(low)  # "the neurosurgeon": a compound of a role noun too
        or low in ROLE_ACRONYMS
        or (low in lx.PARTY_LABELS and low not in _PARTY_GROUPS)  # "the Democrats": a group, no role
        or low in _REFERENCE_HEADS
        or person_demonym(low)
        or _PARENT_OF.fullmatch(low) is not None
        or is_age(low)  # "the 24-year-old said"
        or (shaped_role(low) and not item.cap)  # "the harbour master said": a role by its shape alone
    )


def _head_after_modifiers(items: list[Item], start: int) -> int | None:
    """ "said the Labour MP", "said the England captain": after an inverted verb's "the", the
    person noun right after it or behind a modifier or two; None when there is none."""
    for at in range(start, min(len(items), start + _ROLE_MODIFIERS_MAX + 1)):
        if _person_noun(items[at]) and not (at + 1 < len(items) and _person_noun(items[at + 1])):
            if at + 2 < len(items) and _joins_roles(items, at + 1):
                return _head_after_modifiers(items, at + 2) or at  # "the activist and radio host"
            return at  # "the Labour MP": a party label before a role is its modifier
        if not _role_modifier(items[at]):
            return None
    return None


_ROLE_MODIFIERS_MAX = 4  # "the former New York City mayor"
# A nationality's noun for one person -> its adjective: "the Frenchman" is French, "the Spaniard" Spanish.
_NATIONAL_ADJECTIVES = {
    "spaniard": "spanish",
    "frenchman": "french",
    "frenchwoman": "french",
    "englishman": "english",
    "englishwoman": "english",
    "scotsman": "scottish",
    "scotswoman": "scottish",
    "scot": "scottish",
    "welshman": "welsh",
    "welshwoman": "welsh",
    "irishman": "irish",
    "irishwoman": "irish",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "briton": "british",
    "dane": "danish",
    "swede": "swedish",
    "finn": "finnish",
    "pole": "polish",
    "turk": "turkish",
    "zealander": "new zealand",
    "kiwi": "new zealand",
    "aussie": "australian",
    "icelander": "icelandic",
}
# A US state's people ("the Texan said" after "Former Texas Gov. Rick Perry"): one person, as a
# nationality is (not "the Oregonian" or "the Tennessean", newspapers as often as people).
_STATE_PEOPLE = frozenset(
    "texan californian floridian ohioan vermonter arizonan virginian oklahoman nebraskan kansan alaskan "
    "coloradan minnesotan iowan michigander kentuckian missourian arkansan nevadan montanan idahoan "
    "marylander pennsylvanian louisianan alabamian mississippian".split()
)
# "the Spaniard said", "the Briton added", "said the New Zealander": a nationality or a city's,
# state's or country's people naming one person refers back like a role.
_NATIONALS = frozenset(_NATIONAL_ADJECTIVES) | frozenset(("londoner", "yorker")) | _STATE_PEOPLE


def nationality(low: str) -> str | None:
    """The nationality a folded word tells ("frenchman", "French" -> "french"), or None; a city's
    people ("londoner") tell none."""
    if low in _NATIONAL_ADJECTIVES:
        return _NATIONAL_ADJECTIVES[low]
    return low if low in lx.DEMONYMS else None


# A nationality that holds others: a Scot, a Welshman, an Englishman or a Northern Irishman is
# also a Briton, so "the Briton" may mean "the club's Scottish chairman".
_NATIONALITY_PARTS = {"british": frozenset(("english", "scottish", "welsh", "northern irish"))}


def nationalities(role: str) -> set[str]:
    """The nationalities a role's words tell ("the club's Scottish chairman" -> {"scottish"});
    "Northern Irish" is one."""
    low = role.casefold()
    words = {w.strip(".,").removesuffix("'s").removesuffix("’s") for w in low.split()}
    found = {n for n in map(nationality, words) if n is not None}
    if "northern irish" in low:
        found.add("northern irish")
    return found


def same_nationality(one: str, other: str) -> bool:
    """Whether two nationalities may be one person's: equal, or one part of the other."""
    return (
        one == other or other in _NATIONALITY_PARTS.get(one, ()) or one in _NATIONALITY_PARTS.get(other, ())
    )


def person_demonym(low: str) -> bool:
    """ "the Spaniard", "the Australian": one person; "the Chinese", "the British" are a people."""
    return low in _NATIONALS or (low in lx.DEMONYMS and not low.endswith(PEOPLES_ENDINGS))


# Nouns by which news writing refers back to someone just named ("the real estate mogul said"),
# beyond the role nouns that also introduce a name.
_REFERENCE_HEADS = frozenset(
    "mogul tycoon magnate hopeful front-runner frontrunner challenger incumbent contender host anchor "
    "pontiff moderator pundit commentator surrogate teenager youngster veteran newcomer "
    # British tabloid copy's: "the former glamour model said", "the pensioner added"
    "model footballer pensioner keeper holidaymaker".split()
)


def shaped_role(low: str) -> bool:
    """ "foreman", "dispatcher", "lighthouse keeper": a noun for a person's work told only by its shape,
    no list's role or person noun; it means whom the article gives it, never anyone else."""
    if not lx.is_agent_noun(low) or lx.is_person_noun(low) or low in _NOT_SHAPED:
        return False
    return not person_demonym(low)  # "the New Yorker", "the Londoner": someone from there


# Person nouns of an agent's shape that refer back to someone as a pronoun does ("the keeper",
# "the pensioner", "the commentator": a footballer's or writer's way of naming the person again).
_NOT_SHAPED = _REFERENCE_HEADS | lx.PARTY_MEMBERS | frozenset(("man", "woman"))
# "the mother-of-five said", "the father-of-two added": a parent by the number of their children.
# Parents only, with their homely words ("mum", "gran"), so not lx.KIN_NOUNS: no one is a
# "sister-of-three" or a "widow-of-two".
_PARENT_OF = re.compile(r"(?:mother|father|mum|mom|dad|grandmother|grandfather|grandad|gran)-of-[a-z0-9]+")
_OF_TAIL = 4  # "the former secretary of state", "the star of Rain Man and Tootsie": words after "of"


def _head_before_of(items: list[Item], index: int) -> int:
    """ "the former secretary of state said": the role noun before a short "of" phrase ending at
    `index` ("state" is no role; "secretary" is); else `index`."""
    for of in range(index - 1, max(0, index - 1 - _OF_TAIL), -1):
        item = items[of]
        if item.kind == "punct" or (item.kind == "mention" and item.mention.kind != NONPERSON):
            return index
        if item.low == "of":
            # "the chief executive of a leading European car maker": someone the article does not
            # name, described by a body it does not name either; no reference back.
            indefinite = items[of + 1].low in INDEFINITE_ARTICLES
            return of - 1 if of >= 1 and items[of - 1].kind == "word" and not indefinite else index
    return index


def _head_before_seat(items: list[Item], index: int) -> int:
    """ "the Tory MP for Sleaford and North Hykeham admitted": the role noun before "for" and the
    capitalised name of the seat or place it serves ending at `index`; else `index`."""
    for back in range(index, max(0, index - _SEAT_WORDS) - 1, -1):
        item = items[back]
        if item.low == "for" and back < index:
            role = items[back - 1] if back >= 1 else None
            found = role is not None and role.kind == "word" and lx.is_role_head(role.low)
            return back - 1 if found else index
        named = item.kind == "word" and item.cap
        place = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if not (named or place or item.low == "and"):
            return index
    return index


_SEAT_WORDS = 6  # "for Sleaford and North Hykeham"
_SEAT_LINKS = frozenset(("for", "of", "from"))
# Words of a place's name beside those the place lists hold: "New York City", "Harris County".
_PLACE_NAME_WORDS = frozenset("new city county state north south east west and".split())


def _place_name(item: Item) -> bool:
    """A country's, state's or city's name (or a word of one), as "the governor of Texas" is of."""
    return all(w in lx.PLACES or w in lx.US_PLACES or w in _PLACE_NAME_WORDS for w in item.low.split())


def _seat_end(items: list[Item], start: int) -> int:
    """ "said the Tory MP for Sleaford.", "said the former governor of Texas, who ...": the index past
    "for" or "of" and the seat's or place's capitalised name starting at `start` when it ends the
    clause; else `start`."""
    if start >= len(items) or items[start].low not in _SEAT_LINKS:
        return start
    at = start + 1
    while at < len(items) and at - start <= _SEAT_WORDS:
        item = items[at]
        named = item.kind == "word" and item.cap
        place = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if not (named or place or (item.low == "and" and at > start + 1)):
            break
        if items[start].low == "of" and not _place_name(item):
            return start  # "said the president of Harbor Bank": someone new, no one referred back to
        at += 1
    ends = at == len(items) or items[at].kind == "punct"
    return at if at > start + 1 and ends else start


def _between_modifiers(items: list[Item], at: int) -> bool:
    """ "the bespectacled, 71-year-old diplomat": a comma between two modifiers of one role."""
    comma = items[at].low == "," and at >= 1
    return comma and _role_modifier(items[at - 1]) and _role_modifier(items[at + 1])


def _role_modifier(item: Item) -> bool:
    if item.low == "the":
        return False
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    low = item.low
    return item.kind == "word" and (
        item.cap
        or low in lx.ROLE_MODIFIERS
        or low in lx.PARTY_LABELS
        or low in lx.DEMONYMS
        or is_age(low)
        or (low.isalpha() and low not in NOT_BEFORE_INVERTED_SUBJECT and low not in lx.SPEECH_VERBS)
        or _hyphened_modifier(low)
    )


def _hyphened_modifier(low: str) -> bool:
    """ "said the two-time champion", "the long-serving MP added": a hyphened compound of words or
    counts describes the person the role noun after it names."""
    parts = low.split("-")
    return len(parts) >= 2 and all(part.isalnum() for part in parts)


def indefinite_person(items: list[Item], gender: str | None) -> Source | None:
    """ "One Rovers fan, who lives nearby, was walking home.": a sentence whose subject is an
    unnamed person introduced with "a"/"one", whom a "he"/"she" of the next sentence means; also
    when the sentence names someone of the other sex after its verb ("A Harbor Council spokeswoman
    confirmed Mr Smith was still in post.")."""
    at = 0
    while at < len(items) and items[at].low in _SENTENCE_LINKS:
        at += 1
    named = [index for index, item in enumerate(items) if _named_subject(item)]
    inner = at < len(items) and items[at].low not in INDEFINITE
    if inner:
        at = _indefinite_after_subordinator(items, named)
    # The article opens the sentence, capitalised, or follows its opening link ("But a spokeswoman").
    if at >= len(items) or items[at].low not in INDEFINITE or not (items[at].cap or at > 0):
        return None
    one_of = _one_of_them(items, at)
    if one_of is not None:
        # "One of them told KFOR he was “nauseated.” ... “…,” he said": one of a group just named;
        # never "he" after "one of those women".
        if named or not _group_noun_agrees(items, one_of + 1, gender):
            return None
        return Source(items[at].start, items[one_of].end, UNNAMED)
    head = None
    plain = 0
    for index in range(at + 1, min(len(items), at + 1 + _INDEFINITE_REACH)):
        item = items[index]
        if item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON:
            continue  # "one Rovers fan": a team or place as a modifier
        if _inside_body_name(items, index):
            continue  # "A Department for Work and Pensions spokeswoman": the body's name
        if head is None and item.low == "," and _plain_word_follows(items, index):
            continue  # "A frail, elderly man": a comma between two describing words
        if item.kind != "word" or item.low in NOT_BEFORE_INVERTED_SUBJECT or item.low in _CLAUSE_WORDS:
            break
        if item.low in lx.SPEECH_VERBS:
            break  # "A Lutz spokeswoman said the mayor ...": the subject ends at its verb
        if lx.is_person_noun(item.low) and _gender_agrees(item.low, gender):
            head = index
        plain += not item.cap
        if plain >= _INDEFINITE_WORDS:
            break
    if head is None:
        return None
    if inner and (head + 1 >= len(items) or not verb_like(items[head + 1])):
        return None  # "mocked him as an African-style witch doctor.": a likeness, not a subject
    if inner and items[head].low in _ASKER_NOUNS:
        return None  # "At a forum ..., one questioner claimed ... ¶ “You're right, ...,” he said": the answer
    end = _affiliation_end(items, head)
    reported = _reported_from(items, end)
    for index in named:
        if index > reported:
            continue  # "A spokesman said Arkwright repeated ...": whom the words are about
        if index <= end + _APPOSITION_ITEMS or not _other_sex(items[index], gender):
            return None  # "A judge, Mary Holt, said": the sentence names its person
    if _describes_pronoun(items, end):
        return None  # "A former critic of the Senate, he has said ...": a named person described
    return Source(items[at].start, items[end].end, UNNAMED)


def unnamed_reporter(items: list[Item], gender: str | None) -> Source | None:
    """ "Robinson paid his debt ..., according to his uncle.": a sentence ending on the unnamed person
    it is reported by ("according to his uncle", "according to her lawyer"), whom a "he"/"she" of
    the next quotation means, not the sentence's subject (his or her owner)."""
    words = [item for item in items if item.kind != "punct" or item.low not in _CLOSING_PUNCTUATION]
    if len(words) < 5 or words[-1].kind != "word" or not lx.is_person_noun(words[-1].low):
        return None
    if not _gender_agrees(words[-1].low, gender):
        return None
    for owner in range(len(words) - 2, max(len(words) - 3 - _REPORTER_ADJECTIVES, 1), -1):
        if words[owner].low in _OWNING_DETERMINERS:
            break
        if words[owner].kind != "word" or words[owner].cap:
            return None  # "according to Harbor police": a name, not an unnamed person
    else:
        return None
    if (words[owner - 2].low, words[owner - 1].low) != ("according", "to"):
        return None
    return Source(words[owner].start, words[-1].end, UNNAMED)


def unnamed_according_to(items: list[Item], gender: str | None) -> Source | None:
    """ "…, according to a source involved in those talks.": a sentence ending on an unnamed source
    introduced with "a"/"one" after "according to", whom a "he"/"she" of the next quotation means,
    not the person the sentence is about; labelled from "a" to the sentence's end."""
    words = [item for item in items if item.kind != "punct" or item.low not in _CLOSING_PUNCTUATION]
    pairs = [i for i in range(len(words) - 2) if (words[i].low, words[i + 1].low) == ("according", "to")]
    if not pairs or words[pairs[-1] + 2].low not in INDEFINITE:
        return None
    opener = pairs[-1] + 2
    for head in range(opener + 1, min(len(words), opener + 1 + _ACCORDING_NOUN_REACH)):
        item = words[head]
        if item.kind != "word" or item.cap:
            return None
        if one_source_noun(item.low):
            break
    else:
        return None
    if not _gender_agrees(words[head].low, gender) or len(words) - head > _ACCORDING_TAIL_ITEMS:
        return None
    if any(item.kind == "punct" for item in words[head + 1 :]):
        return None  # "according to a source, who …, and Holt": the sentence goes on past the source
    return Source(words[opener].start, words[-1].end, UNNAMED)


_ACCORDING_NOUN_REACH = 4  # "according to a senior administration official"
_ACCORDING_TAIL_ITEMS = 8  # "a source involved in those talks": what places the source


def unnamed_inverted_speaker(items: list[Item], gender: str | None) -> Source | None:
    """ "“…,” said one analyst who asked not to be named.": the unnamed person an inverted verb of
    saying gives its quotation to, whom a "he"/"she" of the next sentence means, not a person named
    further back."""
    for at in range(1, len(items) - 2):
        if items[at].low not in lx.SPEECH_VERBS or items[at + 1].low not in INDEFINITE:
            continue
        if items[at].low in lx.LISTENER_VERBS or not _right_after_quotation(items, at):
            return None  # "told a reporter", "asked a voter": whom the words were said to
        found = source_after(items, at + 1)
        if found is None or found.kind != UNNAMED:
            return None
        heads = [i.low for i in items if found.start <= i.start < found.end and one_source_noun(i.low)]
        return found if heads and _gender_agrees(heads[-1], gender) else None
    return None


def unnamed_speaker_after_quotation(items: list[Item], gender: str | None) -> Source | None:
    """ "“…,” one senior harbor official said.": an unnamed person introduced with a/one/another
    right after a quotation, then a verb of saying, whom a "he"/"she" of the next sentence means,
    not a person named further back."""
    opener = 0
    while opener < len(items) and (items[opener].kind == "quote" or items[opener].low in ",—–"):
        opener += 1
    if opener == 0 or opener >= len(items) or items[opener].low not in INDEFINITE:
        return None
    found = source_after(items, opener)
    if found is None or found.kind != UNNAMED:
        return None
    verb = next((at for at in range(opener, len(items)) if items[at].start >= found.end), None)
    if verb is None or items[verb].low not in lx.SPEECH_VERBS or items[verb].low in lx.LISTENER_VERBS:
        return None
    heads = [i.low for i in items if found.start <= i.start < found.end and one_source_noun(i.low)]
    return found if heads and _gender_agrees(heads[-1], gender) else None


def unnamed_doer(items: list[Item], gender: str | None) -> Source | None:
    """ "The media ignores the killer’s manifesto with his stated objective.", "The hosts ignored the
    letter the arsonist left behind.": the one person a sentence naming no one brings in by "the"
    and a noun shaped by a deed (no list's role, which a person named may hold), owning something or
    doing something in a clause of its own after the sentence's verb, whom a "he"/"she" of the
    next sentence means (not "The impostor gushed about ...": a subject refers back, as a role does)."""
    if any(
        item.kind == "mention" and item.mention is not None and item.mention.kind in _PEOPLE for item in items
    ):
        return None
    verb = next((at for at, item in enumerate(items) if verb_like(item)), len(items))
    found = None
    for at in range(verb + 1, len(items) - 1):
        if items[at].low != "the" or items[at].kind != "word":
            continue
        noun = items[at + 1]
        if noun.kind != "word" or noun.cap or not shaped_role(noun.low):
            continue
        following = items[at + 2] if at + 2 < len(items) else None
        if noun.possessive and following is not None and lx.is_person_noun(following.low):
            return None  # "arrested the shooter's brother": a second person, whom a he may mean
        if not (noun.possessive or (following is not None and verb_like(following))):
            continue  # "blamed the attacker for ...": no clause of the doer's own
        if found is not None:
            return None  # "the killer's letter and the bomber's video": two, so neither is meant
        found = at
    if found is None or not _gender_agrees(items[found + 1].low, gender):
        return None
    return Source(items[found].start, items[found + 1].end, UNNAMED)


_PEOPLE = frozenset((PERSON, AMBIGUOUS))  # mentions that name a person, whom the sentence is about


def _right_after_quotation(items: list[Item], verb: int) -> bool:
    """ "“…,” said": the verb right after a quotation and its comma, inverted."""
    before = verb - 1
    while before >= 0 and items[before].kind == "punct" and items[before].low in ",—–":
        before -= 1
    return before >= 0 and items[before].kind == "quote"


_CLOSING_PUNCTUATION = frozenset(".!;")
_OWNING_DETERMINERS = frozenset("his her their".split())
_REPORTER_ADJECTIVES = 2  # "according to his longtime lawyer"


def _one_of_them(items: list[Item], at: int) -> int | None:
    """Where "One of them" / "One of those" ends when it opens the sentence at `at`, else None."""
    if items[at].low != "one" or at + 2 >= len(items) or items[at + 1].low != "of":
        return None
    return at + 2 if items[at + 2].low in _GROUP_PRONOUNS else None


_GROUP_PRONOUNS = frozenset(("them", "those"))
_INDEFINITE_REACH = 8  # "A Department for Work and Pensions spokeswoman": a body's name before the noun
_APPOSITION_ITEMS = 2  # ", Mary Holt": a comma, then the name the unnamed person turns out to have
# Small words inside a body's name ("Center for Justice", "Procter & Gamble"); also read by
# `_names_a_body`, whose own narrower copy ("of", "for") this one had silently overridden.
_BODY_NAME_LINKS = frozenset("for of and & the".split())


def _inside_body_name(items: list[Item], index: int) -> bool:
    """A capitalised word of a body's name, or a link word between two of them ("for" in "Department
    for Work and Pensions"), before the person noun it modifies."""
    item = items[index]
    if item.kind != "word":
        return False
    if item.cap and not lx.is_person_noun(item.low) and item.low not in NOT_BEFORE_INVERTED_SUBJECT:
        return True
    before, after = items[index - 1], items[index + 1] if index + 1 < len(items) else None
    return item.low in _BODY_NAME_LINKS and before.cap and after is not None and after.cap


def _indefinite_after_subordinator(items: list[Item], named: list[int]) -> int:
    """ "They are forced to kneel as one masked gunman addresses the camera", "At a shelter in the
    gym, a volunteer nurse says": where an indefinite article opens a clause after a subordinator or
    after a phrase of place or time opening the sentence, no one named before it; else past the end."""
    fronted = bool(items) and items[0].low in _FRONTING_PREPOSITIONS
    for at in range(1, len(items) - 1):
        if named and named[0] < at:
            break
        opens = items[at].low in ALONGSIDE_OPENERS or (fronted and items[at].low == ",")
        if opens and items[at + 1].low in INDEFINITE:
            return at + 1
    return len(items)


# People who put questions: the he or she answering is someone else.
_ASKER_NOUNS = frozenset(("questioner", "interviewer", "moderator", "caller"))
# "At a shelter, ...", "Outside the court, ...": prepositions opening a phrase of place or time.
_FRONTING_PREPOSITIONS = PREPOSITIONS | frozenset(
    "after during outside inside near across behind before".split()
)


def _reported_from(items: list[Item], end: int) -> int:
    """Where the reported clause after the unnamed person's verb of saying right after `end` opens
    ("A spokesman said Arkwright repeated ...": at "Arkwright"); past the end when none does."""
    verb = end + 1
    if verb < len(items) and items[verb].kind == "word" and items[verb].low in lx.SPEECH_VERBS:
        return verb
    return len(items)


def _other_sex(item: Item, gender: str | None) -> bool:
    """A person named whose sex is known and is not the pronoun's: "Mr Smith" is no "she"."""
    known = item.mention.gender if item.mention is not None else None
    return gender is not None and known is not None and known != gender


_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def _describes_pronoun(items: list[Item], end: int) -> bool:
    """The phrase ending at `end` stands before ", he" or ", she", perhaps past more of it ("A civil
    engineer and former sailor, she"): it says what the person the pronoun means is (someone already
    named), it introduces no one new."""
    at = end + 1
    while at < len(items) and at - end <= _DESCRIPTION_WORDS and items[at].kind == "word":
        at += 1
    after = items[at : at + 2]
    return len(after) == 2 and after[0].low == "," and after[1].low in _SUBJECT_PRONOUNS


_DESCRIPTION_WORDS = 4  # "and former Navy sailor"


# "A spokeswoman for Tollmere Council", "a teacher at Hillside School": the body the person speaks
# for or belongs to is part of how the article names them. A person noun takes "for" as well as
# the words that join a name to where the person works.
_AFFILIATION_LINKS = AFFILIATION_WORDS | {"for"}


def _affiliation_end(items: list[Item], head: int) -> int:
    """The index of the last capitalised word of a body named right after the person noun at `head`
    ("for the Harbour Trust"), else `head`. As roles.affiliation_end reads a name's affiliation
    from its tokens (same joining words, same bound), read here from items: a mention of no person
    is part of the body and a person's full name ends it."""
    at = head + 1
    if at >= len(items) or items[at].low not in _AFFILIATION_LINKS:
        return head
    at += 1 + (at + 1 < len(items) and items[at + 1].low == "the")
    end = head
    limit = min(len(items), at + constants.AFFILIATION_MAX_TOKENS)
    while at < limit and items[at].kind in ("word", "mention"):
        if end != head and _opens_full_name(items, at):
            break  # "a teacher at Hillside School Tom Hale said": the body ends where a name begins
        if _named_body(items[at]):
            end = at
        elif items[at].low not in AFFILIATION_CONNECTORS or end == head:
            break
        at += 1
    return end


def _opens_full_name(items: list[Item], at: int) -> bool:
    """A given name and a capitalised word after it: a person's name, not more of a body's."""
    word = items[at]
    if word.kind != "word" or not word.cap or not is_given_name(word.low) or at + 1 >= len(items):
        return False
    return items[at + 1].cap


def _named_body(item: Item) -> bool:
    """A capitalised word or a mention of no person ("Council", "Tollmere Council")."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON
    return item.cap


_SENTENCE_LINKS = frozenset("but and yet so".split())
_CLAUSE_WORDS = frozenset("who whose whom which".split())
_INDEFINITE_WORDS = 4  # "a retired Rovers season-ticket holder": the article and a few modifiers
_MALE = frozenset(("man", "boy")) | lx.MALE_MARKERS
_FEMALE = frozenset(("woman", "girl")) | lx.FEMALE_MARKERS


def noun_gender(low: str) -> str | None:
    """The gender a person noun tells ("woman", "father", "spokesman"), else None."""
    return "m" if low in _MALE else "f" if low in _FEMALE else None


def _plain_word_follows(items: list[Item], at: int) -> bool:
    following = items[at + 1] if at + 1 < len(items) else None
    return (
        following is not None and following.kind == "word" and not following.cap and following.low.isalpha()
    )


def _group_noun_agrees(items: list[Item], at: int, gender: str | None) -> bool:
    """Whether the group's noun at `at` ("women" of "one of those women"), if any, fits `gender`."""
    if at >= len(items) or items[at].kind != "word":
        return True
    low = items[at].low
    return all(_gender_agrees(form, gender) for form in {low, *lx.singular_forms(low)})


def _gender_agrees(low: str, gender: str | None) -> bool:
    if gender == "m":
        return low not in _FEMALE
    if gender == "f":
        return low not in _MALE
    return True


def _named_subject(item: Item) -> bool:
    return item.kind == "mention" and item.mention is not None and item.mention.kind == PERSON
