"""The person a phrase before a verb of saying names: "X, a lecturer at Y said", "X of ORG said",
"X and Y wrote", "X, president and CEO of Y stated".
"""

from __future__ import annotations

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import (
    AFFILIATION_CONNECTORS,
    AFFILIATION_WORDS,
    ARTICLES,
    BUSINESS_NOUNS,
    COPULAS,
)
from bot.core.quotes.items import Item
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention
from bot.core.quotes.subjects.shared import APPOSITIVE_ITEMS, DASHES, abbreviated_title_stop


def unclosed_appositive(items: list[Item], index: int) -> Mention | None:
    """ "Brent Boswell, PTC president and conservative activist said:": a role after a name opening
    the sentence and a comma, its closing comma left out; the named person speaks, not the role.
    Also "Ann Bell, a lecturer at the University of Bristol said:" and "Ann Bell, of the Centre for
    Transport in Bristol said:": an apposition ending in the body or place the person is of."""
    last = items[index]
    # "Adm. Harold Quist, the naval commander for the alliance -- the 12-nation pact ... -- called":
    # an apposition a dashed aside closes, however it ends.
    dashed = index + 1 < len(items) and items[index + 1].low in DASHES and items[index + 1].kind == "punct"
    ends_in_role = last.kind == "word" and (lx.is_role_head(last.low) or dashed)
    ends_in_body = (last.kind == "word" and last.cap) or (
        last.kind == "mention" and last.mention is not None and last.mention.kind == NONPERSON
    )
    # "Dana Pruitt, president of the networks division at the firm says": a body named by its noun.
    ends_in_body = ends_in_body or _body_noun_after_preposition(items, index)
    if not ends_in_role and not ends_in_body:
        return None
    after_verb = items[index + 2] if index + 2 < len(items) else None
    if after_verb is not None and after_verb.low == ",":
        return None  # "Holt, a top aide said, “is very confident”": an aside within the quotation
    reach = APPOSITIVE_ITEMS if ends_in_role else _AFFILIATION_ITEMS
    for comma in range(index - 1, max(0, index - reach) - 1, -1):
        item = items[comma]
        if item.kind == "punct" and item.low == ",":
            break
        nonperson = item.kind == "mention" and item.mention is not None and item.mention.kind == NONPERSON
        if item.kind != "word" and not nonperson:
            return None
    else:
        return None
    named = items[comma - 1] if comma >= 1 else None
    if named is None or named.kind != "mention" or named.possessive or comma == index - 1:
        return None
    if not ends_in_role and not _affiliation(items[comma + 1 : index]):
        return None
    if named.mention is None or named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    start = comma - 1
    while start > 0 and _title_word(items[start - 1]):
        start -= 1  # "Dr Erel Avineri, of the Centre ... said", "U.S. Admiral Harold Quist, ..."
    # "..., but Dana Pruitt, president of ... at the firm says": "but" opens a clause too.
    opens = start == 0 or items[start - 1].kind in ("punct", "quote") or items[start - 1].low == "but"
    return named.mention if opens else None


def _body_noun_after_preposition(items: list[Item], index: int) -> bool:
    """ "at the firm", "of the company": a lower-case noun for a body, after "the" and a preposition."""
    last = items[index]
    if index < 2 or last.kind != "word" or last.cap or last.low not in BUSINESS_NOUNS:
        return False
    return items[index - 1].low == "the" and items[index - 2].low in _AFFILIATION_LINKS


_AFFILIATION_LINKS = frozenset("at of for with in".split())


def _affiliation(stretch: list[Item]) -> bool:
    """ "of the Centre for Transport in", "a lecturer at": words saying what body someone is of."""
    opening = stretch[0].low if stretch and stretch[0].kind == "word" else ""
    roles = any(item.kind == "word" and lx.is_role_head(item.low) for item in stretch)
    return opening in AFFILIATION_WORDS or roles


def _over_at(items: list[Item], at: int) -> bool:
    """ "over at", "down at", "out at" before a body, right after a person's name."""
    person = items[at - 2].mention
    return (
        items[at].low == "at"
        and items[at - 1].low in _AT_LEADS
        and person is not None
        and person.kind == PERSON
    )


_AT_LEADS = frozenset(("over", "down", "out"))


def first_of_pair(items: list[Item], index: int) -> int:
    """ "Dana Pruitt and House Speaker Ray Coe wrote": two people who speak together are given under
    the one named first, the lead as in a byline; `index` when the person there stands alone."""
    second = items[index].mention
    if second is None or second.kind != PERSON:
        return index
    back = index - 1
    while (
        back >= 0
        and index - back <= PAIR_TITLE_ITEMS
        and (title_item(items[back]) or abbreviated_title_stop(items, back))
    ):
        back -= 1  # "House Speaker", "state Senate leader", "Sen.": the second person's title
    if back < 1 or items[back].low != "and":
        return index
    first = back - 1
    if back >= 4 and items[back - 1].low == "," and items[back - 3].low == ",":
        first = back - 2  # "A, B, and C": a list of three or more with its last comma; not "..., and C"
        if not _listed_person(items, first - 2):
            return index
    if not _listed_person(items, first) or items[first].mention.ids == second.ids:
        return index
    # "Oren Blake, Tamsin Rowe and Hugo Farrant wrote": the list's first, as a pair's.
    while first >= 2 and items[first - 1].low == "," and _listed_person(items, first - 2):
        first -= 2
    return first


def _listed_person(items: list[Item], at: int) -> bool:
    """A person's name at `at`, not in the possessive (one of a list of speakers)."""
    item = items[at]
    named = item.mention
    return item.kind == "mention" and not item.possessive and named is not None and named.kind == PERSON


PAIR_TITLE_ITEMS = 3


def title_item(item: Item) -> bool:
    return item.kind == "word" and (item.cap or lx.is_role_head(item.low))


def person_before_affiliation(items: list[Item], index: int) -> int | None:
    """Index of the person before "of/at/from ORG" when the organisation ends at `index`."""
    last = items[index]
    organisation = last.mention is not None and last.mention.kind == NONPERSON
    # "X, who is chairman of Our Principles Pac said": a body the registry took for a person,
    # after a role's "of", is the affiliation, not the speaker.
    personal = last.mention is not None and last.mention.kind == PERSON and not last.possessive
    if not (organisation or personal or (last.kind == "word" and last.cap)):
        return None
    back = index - 1
    while back >= 1 and index - back <= constants.AFFILIATION_MAX_TOKENS:
        item = items[back]
        if personal and item.low in AFFILIATION_WORDS:
            role_of = item.low == "of" and items[back - 1].kind == "word"
            return _person_before_role(items, back - 1) if role_of else None
        if item.low in AFFILIATION_WORDS and back >= 2 and _over_at(items, back):
            back -= 1  # "Oren Talbeck over at the Fenwick Institute noted": "at" as plain as it is
        if item.low in AFFILIATION_WORDS and items[back - 1].kind == "mention":
            before = items[back - 1].mention
            if before is not None and before.kind == PERSON:
                return back - 1
            if before is None or before.kind != NONPERSON:
                return None
            # "McEwan of the University of Arizona": the body's own "of"; its name goes on before it
        role_of = item.low in AFFILIATION_WORDS and items[back - 1].kind == "word"
        if role_of and _person_before_role(items, back - 1) is not None:
            return _person_before_role(items, back - 1)
        named = item.kind == "mention" or (
            item.kind == "word" and (item.cap or item.low in AFFILIATION_CONNECTORS)
        )
        named = named or _describes_body(items, back)
        # "Stacy Baker of Columbia, South Carolina says": the comma between a city and its state.
        # Not "Speaking with Tobin Marsh, host of Morning Line, Varrick urged": a person after the comma.
        state = capitalised(items[back + 1]) and not _names_person(items[back + 1])
        named = named or (item.low == "," and capitalised(items[back - 1]) and state)
        # "Barney Carter of St. Marys, Ga., said": the stops of a place's abbreviations.
        named = named or _place_stop(items, back)
        # "Ivo Marrek of the Velmar Hill headquarters in Tarnova said": the body's noun after its
        # name, and where the body is.
        named = named or (item.low == "in" and capitalised(items[back + 1]))
        named = named or (_body_noun(item) and capitalised(items[back - 1]))
        if not named:
            return None
        back -= 1
    return None


def _body_noun(item: Item) -> bool:
    return item.kind == "word" and not item.cap and (item.low in lx.BODY_NOUNS or item.low in _SEAT_NOUNS)


_SEAT_NOUNS = frozenset(("headquarters", "branch", "chapter", "bureau", "division"))


def _describes_body(items: list[Item], index: int) -> bool:
    """ "Jesse Eisner of the nonprofit news site HarborWatch": a lower-case word in the few that
    describe the body between "the" after its affiliation word and the body's name."""
    at = index
    while at >= 0 and index - at < _BODY_DESCRIPTION_WORDS and _describing_word(items[at]):
        at -= 1
    return at >= 1 and at < index and items[at].low in ARTICLES and items[at - 1].low in AFFILIATION_WORDS


def _describing_word(item: Item) -> bool:
    return (
        item.kind == "word" and not item.cap and item.low not in ARTICLES and item.low not in lx.SPEECH_VERBS
    )


_BODY_DESCRIPTION_WORDS = 4  # "the nonprofit investigative news site"


def _place_stop(items: list[Item], index: int) -> bool:
    """ "Ga.", "Fla.", "St.": the stop glued to a short capitalised abbreviation of a place's name (no
    title: "Rep." opens a person's name, not a place's)."""
    item, before = items[index], items[index - 1] if index else None
    if item.low != "." or before is None or before.kind != "word" or before.end != item.start:
        return False
    return before.cap and len(before.low) <= _PLACE_ABBREVIATION_CHARS and not lx.is_title(before.low)


_PLACE_ABBREVIATION_CHARS = 4


def _person_before_role(items: list[Item], index: int) -> int | None:
    """ "Anton Rusk, president and CEO of Harbor Bank stated": the person before an appositive role
    ending at `index` that the writer left unclosed."""
    back = index
    while (
        back >= 0
        and items[back].kind == "word"
        and (lx.is_role_head(items[back].low) or items[back].low == "and")
    ):
        back -= 1
    if back == index:
        return None
    # "Katie Parr, who is (the) chairman of Our Harbor Fund said": the relative clause left unclosed.
    if back >= 1 and items[back].low in ARTICLES:
        back -= 1
    if back >= 2 and items[back].low in COPULAS and items[back - 1].low == "who":
        back -= 2
    if back < 1 or items[back].low != "," or items[back - 1].kind != "mention":
        return None
    before = items[back - 1].mention
    return back - 1 if before is not None and before.kind == PERSON else None


def _names_person(item: Item) -> bool:
    return item.kind == "mention" and item.mention is not None and item.mention.kind == PERSON


def capitalised(item: Item) -> bool:
    return item.kind == "mention" or (item.kind == "word" and item.cap)


# "Dr Erel Avineri, of the Centre for Transport at the University of Bristol said": an affiliation
# names a body and where it is, longer than a role.
_AFFILIATION_ITEMS = 20


def _title_word(item: Item) -> bool:
    """An honorific or a title before a name ("Dr", "Admiral"), or a capitalised word of one ("U.S.")."""
    if item.kind == "mention":
        return item.mention is not None and item.mention.kind == NONPERSON and not item.possessive
    low = item.low.rstrip(".")
    return item.kind == "word" and (
        low in lx.HONORIFICS or lx.is_title(low) or (item.cap and low not in lx.NOT_NAMES)
    )
