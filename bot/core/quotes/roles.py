"""Roles and honorifics around a name: "US Secretary of State Antony Blinken", "Blinken, the
secretary", "Ms. Holt", and the gender they imply.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import (
    ABBREVIATIONS,
    AFFILIATION_CONNECTORS,
    AFFILIATION_WORDS,
    ARTICLES,
    BUSINESS_NOUNS,
    CLAUSE_OPENERS,
    HEARSAY_ADVERBS,
    OBJECT_MARKERS,
    OF_SOMEONE_HEADS,
    PERSON_RELATIVES,
    PERSONAL_POSSESSIVES,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    ROLE_OPENERS_TO_DROP,
    SPEAKING_FOR_HEADS,
)
from bot.core.quotes.givennames import given_name_gender, is_given_name


def role_before(
    text: str, tokens: list[Token], core_start: int, initials: set[int]
) -> tuple[str | None, int]:
    """A role right before a name ("US Secretary of State", "CIA chief", "adviser, ").

    Returns the role and the index of its first token; "his wife Cookie" keeps "his" for
    `name_possessors` to replace by the person it means.
    """
    styled = _styled_apposition(tokens, core_start)
    if styled is not None:
        # "The Bishop of Durham, the Rt Rev Tom Wright,": the role the style's apposition renames.
        role, first = role_before(text, tokens, styled, initials)
        if role is not None:
            return role, first
    appositive = core_start >= 2 and tokens[core_start - 1].text == ","
    last = core_start - 2 if appositive else core_start - 1
    first = _role_window_start(tokens, last, core_start, initials)
    indexes = [i for i in range(first, last + 1) if tokens[i].is_word]
    possessor = first - 1 if first >= 1 and tokens[first - 1].low in PERSONAL_POSSESSIVES else None
    while indexes and tokens[indexes[0]].low in ROLE_OPENERS_TO_DROP:
        possessor = indexes[0] if tokens[indexes[0]].low in PERSONAL_POSSESSIVES else None
        indexes = indexes[1:]
    if not appositive:  # "An attorney for Barry, Nina Holt," is the attorney
        indexes = _past_speaking_for(tokens, indexes)
    indexes = _past_place(tokens, indexes)
    indexes = _past_shouted_heading(tokens, indexes)
    # "Air Chief Marshal Sir Michael Graydon": an honorific belongs to the name, not to the role.
    while indexes and tokens[indexes[-1]].low in lx.HONORIFICS - lx.ROLE_HEADS:
        indexes = indexes[:-1]
    words = [tokens[i] for i in indexes]
    if not appositive and _owned_by_full_name(tokens, indexes):
        return None, core_start  # "Prime Minister Marta Kovel's Unity party": her party, no role of it
    if not appositive and _verb_after_to(tokens, indexes):
        return None, core_start  # "signed on to head Perry's Iowa operation": a verb, no role
    if not _role_words_fit(tokens, indexes, appositive, core_start):
        agent = _agent_before(tokens, last) if appositive and _followed_by_comma(tokens, core_start) else None
        if agent is None:
            return None, core_start
        return text[tokens[agent].start : tokens[last].end], agent
    end = tokens[last].end if appositive or indexes[-1] == last else words[-1].end
    start = tokens[possessor].start if possessor is not None else words[0].start
    role = text[start:end]
    if possessor is None and indexes[0] in initials:
        role = _uncapitalised(role, words, text)
    return role, indexes[0]


def _owned_by_full_name(tokens: list[Token], indexes: list[int]) -> bool:
    """Whether the role words end on a person's full name in the possessive ("Marta Kovel's"): the
    name after it is that person's thing, no one the words describe."""
    if len(indexes) < 2 or indexes[-1] - indexes[-2] != 1:
        return False
    owner, given = tokens[indexes[-1]], tokens[indexes[-2]]
    return owner.possessive and owner.cap and given.cap and is_given_name(given.low)


def _styled_apposition(tokens: list[Token], core_start: int) -> int | None:
    """Where ", the Rt Rev Dr" opens before a name (the index of its "the"), a style of address set
    apart by a comma after the role it renames; else None."""
    at = core_start
    while at >= 1 and (tokens[at - 1].low in lx.HONORIFICS or tokens[at - 1].low in _STYLE_WORDS):
        at -= 1
    if at == core_start or at < 2 or tokens[at - 1].low != "the" or tokens[at - 2].text != ",":
        return None
    return at - 1


_STYLE_WORDS = frozenset(("rt", "very", "most", "."))


def _past_place(tokens: list[Token], indexes: list[int]) -> list[int]:
    """ "At the show in Las Vegas Norvane boss Bill Yates said": the place after "in" or "at" ends
    that phrase, and the role starts after it, when a capitalised word of the role is left before
    its head ("in London Mayor Ken Livingstone" keeps London: nothing else would name the office)."""
    if not indexes or indexes[0] == 0 or tokens[indexes[0] - 1].low not in _PLACE_LINKS:
        return indexes
    capitals = 0
    while capitals < len(indexes) and _name_word(tokens[indexes[capitals]]):
        capitals += 1
    first = tokens[indexes[0]].low
    place = 2 if first in _PLACE_OPENERS else 1 if first in lx.PLACES else 0
    return indexes[place:] if place and capitals > place else indexes


def _past_shouted_heading(tokens: list[Token], indexes: list[int]) -> list[int]:
    """ "KILLED IN BLAST Harbor President Ada Holt": a digest's heading in capitals glued to the
    title after it is no part of the role; a run of two or more words in capitals, one of them too long
    for an acronym ("US EPA Administrator" keeps its letters), before a word in title case."""
    run = 0
    while run < len(indexes) and _shouted(tokens[indexes[run]]):
        run += 1
    if run < _SHOUTED_WORDS or run == len(indexes) or not tokens[indexes[run]].cap:
        return indexes
    long_word = any(len(tokens[i].text) >= _ACRONYM_CHARS for i in indexes[:run])
    return indexes[run:] if long_word else indexes


def _shouted(token: Token) -> bool:
    return token.is_word and token.text.isalpha() and token.text.isupper() and len(token.text) >= 2


_SHOUTED_WORDS = 2
_ACRONYM_CHARS = 5  # "NASA", "NATO", "FIFA" are acronyms; "BLAST", "KILLED" are shouted words


def _name_word(token: Token) -> bool:
    return token.is_word and token.cap and not lx.is_role_head(token.low)


_PLACE_LINKS = frozenset(("in", "at"))
# First words of two-word place names ("Las Vegas", "San Diego", "New Delhi", "Fort Worth").
_PLACE_OPENERS = frozenset("las los san santa new fort port st saint el mount lake".split())


def _past_speaking_for(tokens: list[Token], indexes: list[int]) -> list[int]:
    """ "a spokesman for Governor Ada Holt": the words from the spokesman to "for" are someone else's
    role (the spokesman's), not the name's; only what follows the link can be hers. So with a
    relation: "the son of Governor Carl Penn" is the son, Penn is the governor."""
    for at in range(len(indexes) - 1, 0, -1):
        link, head = tokens[indexes[at]], tokens[indexes[at - 1]]
        if link.low in ("for", "to") and head.low in SPEAKING_FOR_HEADS:
            return indexes[at + 1 :]
        if link.low == "of" and head.low in lx.KIN_NOUNS:
            return indexes[at + 1 :]
        if link.low == "of" and head.low in OF_SOMEONE_HEADS and _capital_after(tokens, indexes, at):
            return indexes[at + 1 :]  # "critics of Sen. Ada Holt", not "Friends of the Earth campaigner"
    return indexes


def _capital_after(tokens: list[Token], indexes: list[int], at: int) -> bool:
    return at + 1 < len(indexes) and tokens[indexes[at + 1]].cap


def _uncapitalised(role: str, words: list[Token], text: str) -> str:
    """A role opening a sentence keeps no capital it owes to that place: "Neighbour" is a neighbour,
    "CORONATION Street favourite" a Coronation Street one, "Station manager" a station manager when
    the paragraph writes "station" in lower case too; a title ("Mayor", "Judge") and a people's or a
    party's adjective ("Chinese diplomat", "Labour councillor") keep their own."""
    first = words[0]
    head = role[: first.end - first.start]
    rest = role[len(head) :]
    shouted = len(head) >= constants.SHOUTED_LEAD_CHARS and head.isalpha() and head.isupper()
    if shouted and not rest.strip()[:2].isupper():
        return head.capitalize() + rest
    # A people's adjective is a proper one wherever it stands: "Chinese diplomat", not "chinese".
    proper = first.low in lx.FORMAL_TITLES or first.low in lx.DEMONYMS or first.low in lx.PARTY_LABELS
    # "with the radio station ... Station manager Steve Tyler": a word the paragraph also writes in
    # lower case is a common noun ("Microsoft chairman" keeps its capital: no "microsoft" there).
    common = re.search(rf"\b{re.escape(first.low)}\b", text) is not None
    plain = (lx.is_role_head(first.low) or first.low in lx.ROLE_MODIFIERS or common) and not proper
    # "Businessman and Greer loyalist": a name before a lower-case head is no part of the capital.
    lower_head = lx.is_role_head(first.low) and not words[-1].cap
    if plain and not head.isupper() and (lower_head or not any(w.cap for w in words[1:])):
        return head[:1].lower() + head[1:] + rest
    return role


def _role_window_start(tokens: list[Token], last: int, core_start: int, initials: set[int]) -> int:
    """Index of the earliest token that can belong to a role ending at `last`."""
    index, first = last, last + 1
    while index >= 0 and core_start - index <= constants.MAX_ROLE_WORDS:
        token = tokens[index]
        if _joins_title(tokens, index, first):
            index -= 1  # "Trade and Industry Secretary", "Culture, Media and Sport Secretary"
            continue
        if _joins_roles(tokens, index, first):
            index -= 1  # "businessman and Trump loyalist Stephen Schwarzman": both are his roles
            continue
        if not token.is_word:
            if token.text == "." and index > 0 and tokens[index - 1].low in ABBREVIATIONS:
                index -= 1
                continue
            break
        if token.text in ("A", "An", "The", "I"):
            break
        if token.low == "to" and index > 0 and tokens[index - 1].low == "according":
            break  # "According to Agriculture Secretary Tom Bradley": no role of "According to"
        if not (
            token.cap
            or _role_head_word(token)
            or token.low in lx.ROLE_MODIFIERS
            or token.possessive
            or _office_of(tokens, index)
        ):
            head = tokens[first] if first < len(tokens) else token
            if (
                index + 1 == first
                and not head.cap
                and lx.is_role_head(head.low)
                and _noun_modifier(tokens, index)
            ):
                first = index  # "café owner", "port authority spokeswoman": the kind of owner
                if index > 0 and tokens[index - 1].possessive and not tokens[index - 1].cap:
                    first = index - 1  # "the council's planning chief": whose chief, as "transport" keeps
            break
        first = index
        if index in initials:
            break
        index -= 1
    return first


def _joins_title(tokens: list[Token], index: int, first: int) -> bool:
    """ "and" or a list's comma between two capitalised words of a title before a name ("Trade and
    Industry Secretary", "Culture, Media and Sport Secretary"); never the title's first word."""
    token = tokens[index]
    if token.low != "and" and token.text != ",":
        return False
    if index == 0 or first != index + 1 or first >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[first]
    if not (before.is_word and before.cap and after.is_word and after.cap) or before.possessive:
        return False
    if _headed_before(tokens, index):
        return False  # "Defence Secretary Geoff Hoon and Prime Minister Tony Blair": two people
    if token.text == ",":  # only a list that goes on to its "and" inside the title
        return any(t.low == "and" for t in tokens[first : first + constants.MAX_ROLE_WORDS])
    return True


def _joins_roles(tokens: list[Token], index: int, first: int) -> bool:
    """ "and" between a lower-case role noun and the role words right after it ("businessman and Trump
    loyalist", "former state senator and long-time Greer backer"): two roles of one person."""
    if tokens[index].low != "and" or index + 1 != first or index == 0:
        return False
    before = tokens[index - 1]
    opens = index == 1 or tokens[index - 2].text in _SENTENCE_ENDS  # "Businessman and ..."
    return before.is_word and (opens or not before.cap) and lx.is_role_head(before.low)


_SENTENCE_ENDS = frozenset('. ! ? ” "'.split())


def _headed_before(tokens: list[Token], index: int) -> bool:
    """Whether the capitalised words before the "and" or comma at `index` hold a title's head or a given
    name of their own: then they are a person (or a role with its name), not the first part of a title."""
    at = index - 1
    while at >= 0 and index - at <= constants.MAX_ROLE_WORDS and tokens[at].is_word and tokens[at].cap:
        low = tokens[at].low
        if lx.is_role_head(low) or low in lx.HONORIFICS or is_given_name(low):
            return True
        at -= 1
    return False


_NOT_MODIFIERS = OBJECT_MARKERS | CLAUSE_OPENERS | lx.NOT_NAMES | lx.ADVERBS | lx.SPEECH_VERBS


def _noun_modifier(tokens: list[Token], index: int) -> bool:
    """A lower-case word that can say what kind of role follows: after a sentence or clause start,
    an article, a verb of saying, a preposition or an owner ("said survey leader Ann Moss", "according
    to count organiser Ravi Molina", "the council's planning chief"), never a verb ("hired"),
    preposition or adverb; after a name it is a verb ("gave")."""
    token = tokens[index]
    if token.cap or len(token.low) < 3 or token.low in _NOT_MODIFIERS or token.low.endswith(("ed", "ly")):
        return False
    before = tokens[index - 1] if index else None
    if before is None or not before.is_word:
        return before is None or before.text in ",;:("
    return (
        before.low in CLAUSE_OPENERS
        or before.low in ARTICLES
        or before.low in POSSESSIVE_DETERMINERS
        or before.low in lx.SPEECH_VERBS
        or (before.low in PREPOSITIONS and not _infinitive(tokens, index - 1))
        or before.possessive  # "The council's planning chief": whose, then the kind of chief
    )


# Role nouns that are also verbs taking a person or body as object ("to head Perry's operation").
_VERB_ROLE_WORDS = frozenset("head chair lead host coach manage direct captain skipper pilot anchor".split())


def _verb_after_to(tokens: list[Token], indexes: list[int]) -> bool:
    """ "to head Perry’s Iowa operation", "to coach Ana Ruiz": one lower-case word after an infinitive's
    "to" before the name is the verb, not the name's role."""
    if len(indexes) != 1 or indexes[0] < 1:
        return False
    word = tokens[indexes[0]]
    return not word.cap and word.low in _VERB_ROLE_WORDS and _infinitive(tokens, indexes[0] - 1)


def _infinitive(tokens: list[Token], at: int) -> bool:
    """ "to" marking a verb ("stepped in to rescue pupil Alya Ahmed Ali"), not "according to"."""
    return tokens[at].low == "to" and not (at > 0 and tokens[at - 1].low == "according")


def _role_words_fit(tokens: list[Token], indexes: list[int], appositive: bool, core_start: int) -> bool:
    """A role (the words at `indexes`) needs a head noun ("chief"), and ends at the name or is a
    parenthesis (", adviser,")."""
    words = [tokens[i] for i in indexes]
    if not words or not any(_heads_role(words, n) for n in range(len(words))):
        return False
    if appositive:
        return _followed_by_comma(tokens, core_start) or _ends_inverted_attribution(
            tokens, indexes[0], core_start
        )
    last = indexes[-1] if len(words) >= 3 else -1
    return words[-1].cap or words[-1].possessive or _role_head_word(words[-1]) or _office_of(tokens, last)


def _agent_before(tokens: list[Token], last: int) -> int | None:
    """ "The dock foreman, Ed Marsh,": an article, then lower-case words ending (at `last`) in a noun
    shaped as one for a person's work, set before the name by a comma; the index of its first word."""
    if not (tokens[last].is_word and lx.is_agent_noun(tokens[last].low)):
        return None
    at = last
    while at > 0 and last - at < _AGENT_HEAD_REACH and tokens[at].is_word and not tokens[at].cap:
        if tokens[at - 1].low in ARTICLES:
            return at
        at -= 1
    return None


def _office_of(tokens: list[Token], index: int) -> bool:
    """ "secretary of state", "chief of staff": the lower-case word an office is "of", written before a
    name as the office's last word ("former secretary of state Jane Moss")."""
    return (
        index >= 2
        and tokens[index].is_word
        and not tokens[index].cap
        and tokens[index - 1].low == "of"
        and lx.is_role_head(tokens[index - 2].low)
    )


def _heads_role(words: list[Token], at: int) -> bool:
    """A role's head noun, or a title's head after the capitalised word it is of ("Harbour Master")."""
    word = words[at]
    if word.possessive:
        return False
    compound = word.low in lx.COMPOUND_TITLE_HEADS and word.cap and at > 0 and words[at - 1].cap
    return _role_head_word(word) or compound


# Nouns for a person only in lower case ("Las Vegas native Daniel Bastardo"; never "Native American").
_LOWER_CASE_HEADS = frozenset(("native",))


def _role_head_word(token: Token) -> bool:
    """A role's head noun: a role word, or a lower-case noun for a person only in lower case."""
    return lx.is_role_head(token.low) or (token.low in _LOWER_CASE_HEADS and not token.cap)


def formal_title(role: str) -> str | None:
    """The title a person can be called by: "US Secretary of State" gives "Secretary of State"."""
    words = role.split()
    while words and (words[0].casefold() in lx.PLACES or words[0].casefold() in lx.DEMONYMS):
        words = words[1:]
    title = []
    for word in words:
        low = word.casefold()
        is_title = word[:1].isupper() and low in lx.TITLE_WORDS
        if not (is_title or (low in ("of", "for") and title)):
            break
        title.append(word)
    while title and title[-1].casefold() in ("of", "for"):
        title.pop()
    if title and title[-1].casefold() in lx.TITLE_WORDS - lx.ROLE_HEADS and len(title) == 1:
        return None
    return " ".join(title) or None


def _followed_by_comma(tokens: list[Token], core_start: int) -> bool:
    """ "The mayor of Port Alder, Ruth Banda, said": the name is a parenthesis of its own (styled
    after "the": ", the Rev Tom Wright,")."""
    index = _name_end(tokens, core_start)
    return index < len(tokens) and tokens[index].text == ","


def _name_end(tokens: list[Token], core_start: int) -> int:
    index = core_start + 1 if core_start < len(tokens) and tokens[core_start].low == "the" else core_start
    while index < len(tokens) and tokens[index].is_word and tokens[index].cap:
        index += 1
    return index


def _ends_inverted_attribution(tokens: list[Token], role_start: int, core_start: int) -> bool:
    """ "“…,” said his spokesman, Reza Kouri.": a role right after a verb of saying, then the name
    ending the sentence, names the speaker; elsewhere a name ending a sentence after a role and a comma
    may be anyone ("insulted his father, Rafael Vance." leaves whose father unclear)."""
    index = _name_end(tokens, core_start)
    if index < len(tokens) and tokens[index].text != ".":
        return False
    before = role_start - 1
    while before > 0 and tokens[before].low in _ROLE_DETERMINERS:
        before -= 1
    return before >= 0 and tokens[before].low in lx.SPEECH_VERBS


_ROLE_DETERMINERS = frozenset("the a an his her their its".split())


def honorific_before(tokens: list[Token], core_start: int) -> str | None:
    index = core_start - 1
    if index >= 0 and tokens[index].text == ".":
        index -= 1
    if index >= 0 and tokens[index].is_word and tokens[index].low in lx.HONORIFICS:
        return tokens[index].low
    return None


_PARTY_INITIAL = re.compile(r"(?:d|r|i|dem|rep|ind)(?:-[a-z]+)?")
_PARTY_LABEL_TOKENS = 6
_STATE_ABBREVIATION_CHARS = 6


def aside_end(tokens: list[Token], index: int) -> int:
    """The index after a parenthesis standing aside between a name and its verb, opening at `index`:
    a party label ("McCaskill (D-Mo.) said"), a short name ("The World Health Organization (WHO)
    said") or a note ("Ms Holt (Labour) said"); else `index`."""
    one_word = index + 2 < len(tokens) and tokens[index].text == "(" and tokens[index + 1].is_word
    if one_word and tokens[index + 2].text == ")":
        return index + 3
    return party_label_end(tokens, index)


def party_label_end(tokens: list[Token], index: int) -> int:
    """ "Sen. Clare Dunmore (D-Mo.)", "Tom Reyes (Vt.)": US news puts a politician's party
    and state in parentheses after the name; the index after the ")" when one starts at `index`,
    else `index`."""
    if index >= len(tokens) or tokens[index].text != "(":
        return index
    words = []
    for at in range(index + 1, min(len(tokens), index + 2 + _PARTY_LABEL_TOKENS)):
        token = tokens[at]
        if token.text == ")":
            break
        if token.is_word:
            if not token.cap or len(token.text) > _STATE_ABBREVIATION_CHARS + 2:
                return index
            words.append(at)
        elif token.text not in ".-,":
            return index
    else:
        return index
    if not words:
        return index
    first = tokens[words[0]]
    abbreviated = words[0] + 1 < len(tokens) and tokens[words[0] + 1].text == "."
    if _PARTY_INITIAL.fullmatch(first.low) or (abbreviated and len(first.text) <= _STATE_ABBREVIATION_CHARS):
        return at + 1
    return index


# Appositive nouns that only a person takes, though no role: "X, a 43-year-old black man,",
# "Tom Reyes, her Republican opponent,", "Naureen Loft, a Reyes supporter from Salem,".
_PERSON_NOUNS = frozenset(
    "man woman boy girl opponent rival ally challenger successor predecessor supporter backer voter "
    "fan".split()
)
_AGE = re.compile(r"\d+-year-old")


def is_age(low: str) -> bool:
    """ "24-year-old": an age, which stands for a person ("the 24-year-old said")."""
    return _AGE.fullmatch(low) is not None


def plural_role(low: str) -> bool:
    """ "officials", "aides", "spokesmen", "deputies": a role noun in the plural, people speaking
    together, never one person the role refers back to."""
    return any(lx.is_role_head(singular) for singular in lx.singular_forms(low))


_APPOSITIVE_HEAD_REACH = 2  # words of a bare appositive up to its role noun ("vice chairwoman")
# ", and daughter Chelsea", ", whose husband ...": a list or a relative clause goes on, no appositive.
_NOT_APPOSITIVE_OPENERS = frozenset("and or but nor whose then while as with".split())


def role_after(text: str, tokens: list[Token], end: int) -> str | None:
    """An appositive after a name: ", the top US diplomat for East Asia," or an age ", 45,"."""
    end = past_suffix_stop(tokens, end)  # "Charles W. Boustany Jr., Louisiana Republican, said"
    if end >= len(tokens) or tokens[end].text != "," or business_apposition(tokens, end):
        return None
    index = end + 1
    words = []
    relative = None  # where a who or whose clause opens inside the apposition
    while index < len(tokens) and len(words) <= constants.MAX_APPOSITIVE_WORDS:
        token = tokens[index]
        if not token.is_word:
            # "a cardiologist at St. Mary's Hospital": an abbreviation's full stop ends nothing.
            abbreviated = token.text == "." and words and words[-1].low in ABBREVIATIONS
            # A spaced hyphen is a dash in much British copy ("..., director of a bank - one of ...").
            if token.text in ",.;:)(—–-" and not abbreviated:
                break
            index += 1
            continue
        if token.low in PERSON_RELATIVES and relative is None and len(words) >= 2:
            relative = len(words)
        words.append(token)
        index += 1
    if len(words) > constants.MAX_APPOSITIVE_WORDS and relative is not None:
        words = words[:relative]  # a who clause too long to show: the role before it
    if not words or len(words) > constants.MAX_APPOSITIVE_WORDS:
        return None
    if len(words) == 1 and words[0].text.isdigit():
        return words[0].text
    words = _before_second_predicate(_before_unclosed_verb(words))
    lows = [w.low for w in words]
    # ", a truck driver who asked that his surname not be published,": the role is read before the
    # who clause, whose verbs are the clause's, not the apposition's.
    own = lows[:relative] if relative is not None else lows
    if lows[0] in ("who", "which", "that", "where", "when") or any(w in lx.SPEECH_VERBS for w in own):
        return None
    if _holds_a_clause(own):
        return None  # "During his interview with Zakaria, the King repeatedly referred to ISIS, ..."
    if len(lows) > 1 and lows[0] in lx.PLACES and lows[1] in ARTICLES:
        return None  # "his rally in San Jose, California the GOP candidate went ...": a place, then a clause
    # ", a Republican,": a party's noun for one member describes a person as a role does.
    described = any(
        lx.is_role_head(w) or w in _PERSON_NOUNS or is_age(w) or w in lx.PARTY_MEMBERS for w in lows
    )
    if not described and not _agent_apposition(words):
        return None
    opener = lows[0] in ARTICLES or lows[0] in POSSESSIVE_DETERMINERS or lows[0] in lx.ROLE_MODIFIERS
    # ", vice chairwoman of the campaign,": news copy drops the article before a role it heads soon.
    headed = lows[0] not in _NOT_APPOSITIVE_OPENERS and any(
        lx.is_role_head(w) for w in lows[:_APPOSITIVE_HEAD_REACH]
    )
    if not (words[0].cap or opener or headed) or _titled_name(words):
        return None
    while words and words[0].low in ARTICLES:
        words = words[1:]
    return _title_closed(text, words[0].start, words[-1].end) if words else None


def _title_closed(text: str, start: int, end: int) -> str:
    """The role text[start:end], with the closing mark of a title it opens ("star of the reality show
    “Cake Boss,” said": the comma ending the apposition stands inside the marks) and none left open."""
    role = text[start:end]
    if role.count("“") > role.count("”") and text[end : end + 2] in (",”", ".”"):
        return role + "”"
    if role.count('"') % 2 and text[end : end + 2] in (',"', '."'):
        return role + '"'
    return role


def _agent_apposition(words: list[Token]) -> bool:
    """ ", the harbour master,", ", a dock foreman at the port,": an article, a lower-case word or two
    and a noun shaped as one for a person's work (no list's role), where the noun phrase ends."""
    if len(words) < 2 or words[0].low not in ARTICLES:
        return False
    for at in range(1, min(len(words), _AGENT_HEAD_REACH + 1)):
        word = words[at]
        if word.cap or not word.is_word:
            return False
        ends = at + 1 == len(words) or words[at + 1].low in _AGENT_PHRASE_ENDS
        if ends:
            return lx.is_agent_noun(word.low)
    return False


_AGENT_HEAD_REACH = 3  # "the lighthouse keeper", "the night ferry pilot"
# Words after a noun phrase's head: its complement or a relative clause ("a keeper at the zoo").
_AGENT_PHRASE_ENDS = PREPOSITIONS | frozenset("who whom whose which that where since".split())


def _before_second_predicate(words: list[Token]) -> list[Token]:
    """ "an expert on the group and is with the Jamestown Foundation": an apposition that goes on with
    "and" and a verb of its subject's ends before them (not inside a relative clause: "who founded
    the institute and is its chairman" is the role's)."""
    for index in range(1, len(words) - 1):
        if words[index].low in _RELATIVE_OPENERS:
            break
        if words[index].low == "and" and words[index + 1].low in _AUXILIARIES:
            return words[:index]
    return words


def _holds_a_clause(lows: list[str]) -> bool:
    """ "the King repeatedly referred to ISIS", "the writer is dead": words after a name and a comma
    with a finite verb of their own (an auxiliary, or an adverb in -ly before a past in -ed) outside
    a relative clause are the sentence's main clause, not an apposition naming a role."""
    relative = next((i for i, low in enumerate(lows) if low in _RELATIVE_OPENERS), len(lows))
    head = lows[:relative]
    if any(low in _AUXILIARIES for low in head[1:]):
        return True
    # "the King repeatedly referred", not "a highly respected veteran strategist".
    if any(
        head[i].endswith("ly") and head[i + 1].endswith("ed") and head[i - 1] not in ARTICLES
        for i in range(1, len(head) - 1)
    ):
        return True
    # "Accompanied by Ms. Ellison, the president signaled his support": a past in -ed taking a
    # determiner's noun as its object is a finite verb, not a participle ("a lawyer based in").
    return any(_verb_with_object(head, i) for i in range(2, len(head) - 1))


def _verb_with_object(lows: list[str], at: int) -> bool:
    low = lows[at]
    if low in _FINITE_BEFORE_TO and lows[at + 1] == "to" and lows[at - 1] not in ARTICLES:
        return True  # "In Ellery, a pharmacist refused to serve her": a clause, not "a lawyer hired to"
    if not low.endswith("ed") or low in _COMPLEMENT_PARTICIPLES or lows[at - 1] in ARTICLES:
        return False
    return lows[at + 1] in POSSESSIVE_DETERMINERS or lows[at + 1] in ARTICLES


# Pasts that take an infinitive only as finite verbs, never as a participle describing a noun.
_FINITE_BEFORE_TO = frozenset(
    "refused declined tried wanted agreed decided failed vowed threatened promised attempted".split()
)


_RELATIVE_OPENERS = frozenset("who whom whose which that where when".split())
# Participles whose noun after them is a complement, not an object: "the woman named the city's
# top teacher", "a senator elected the party's leader".
_COMPLEMENT_PARTICIPLES = frozenset(
    "named elected appointed voted called dubbed considered ranked crowned".split()
)
_AUXILIARIES = frozenset("is was are were has have had will would can could does did".split())


def _before_unclosed_verb(words: list[Token]) -> list[Token]:
    """ "Jack Garner, film critic for Gannet News Service said": an apposition whose closing comma is
    missing ends at the verb of saying after the body its role is of (a role word, "for", "of" or
    "at", then capitalised words alone); its words before the verb."""
    # A lower-case verb: "the United States" holds no verb of saying.
    verb = next((i for i, w in enumerate(words) if w.low in lx.SPEECH_VERBS and not w.cap), None)
    link = next((i for i, w in enumerate(words[:verb]) if w.low in _ROLE_LINKS), None) if verb else None
    if link is None or not any(lx.is_role_head(w.low) for w in words[:link]):
        return words
    body = [w for w in words[link + 1 : verb] if w.low not in ARTICLES]
    return words[:verb] if body and _body_named(body) else words


def _body_named(body: list[Token]) -> bool:
    """Capitalised words, joined by "in", "of" or "and" ("the Front in Velmar"), or a body's plain
    noun alone ("the group")."""
    if len(body) == 1 and body[0].low in lx.BODY_NOUNS:
        return True
    joined = all(w.cap or w.low in _BODY_JOINERS for w in body)
    return joined and body[0].cap and body[-1].cap


_ROLE_LINKS = frozenset("for of at".split())
_BODY_JOINERS = frozenset("in of and for".split())


def business_apposition(tokens: list[Token], end: int) -> bool:
    """ ", the company behind the app", ", a rival company,": an apposition after a name whose head
    is a business's noun says the name is a business's; ", the company's chief executive" and ", a
    company director" are headed by a person's role."""
    index = end + 1
    if index >= len(tokens) or tokens[end].text != "," or tokens[index].low not in ARTICLES:
        return False
    for at in range(index + 1, min(len(tokens), index + 1 + _BUSINESS_HEAD_REACH)):
        word = tokens[at]
        if word.low in BUSINESS_NOUNS or (word.low.endswith("s") and word.low[:-1] in BUSINESS_NOUNS):
            if word.low in _PERSON_OR_BUSINESS and end >= 2 and is_given_name(tokens[end - 2].low):
                return False  # "Tim Kasper, a crane operator at the mill,": a person's trade
            following = tokens[at + 1] if at + 1 < len(tokens) else None
            return following is None or not following.is_word or following.low in _AFTER_BUSINESS_HEAD
        if not word.is_word or word.cap or word.possessive or word.low in _OPENING_ANOTHER_PHRASE:
            return False
        if lx.is_role_head(word.low):
            return False  # "the chief executive": a person's role heads the apposition
    return False


# Business nouns a person's trade uses too ("a crane operator"): a business's only after no given name.
_PERSON_OR_BUSINESS = frozenset(("operator", "operators"))


def business_before(tokens: list[Token], start: int, end: int) -> bool:
    """ "her insurer, Green Shield, was dropping her plan": a name set off by commas right after a
    business's noun owned or made definite ("her insurer", "the lender") is that business's."""
    if start < 3 or end >= len(tokens) or tokens[start - 1].text != "," or tokens[end].text != ",":
        return False
    noun, opener = tokens[start - 2], tokens[start - 3]
    if is_given_name(tokens[start].low):
        return False  # "is now leaving the company, Elliot J. Schrage, took": a person set after it
    return noun.low in BUSINESS_NOUNS and (opener.low in POSSESSIVE_DETERMINERS or opener.low in ARTICLES)


# Words from the article to its business noun ("the Ohio-based ride-sharing company").
_BUSINESS_HEAD_REACH = 4
# Words that end the modifiers before a head: a preposition or article opens another phrase ("the head of
# the company").
_OPENING_ANOTHER_PHRASE = PREPOSITIONS | ARTICLES | frozenset("and or".split())
# What may follow a business noun heading its phrase: a preposition or a relative word; no participle
# that is also a past tense ("..., the paper set out its plans": a clause's subject and verb).
_AFTER_BUSINESS_HEAD = PREPOSITIONS | frozenset("behind that which whose where based responsible".split())


def _titled_name(words: list[Token]) -> bool:
    """ ", the Rev Tom Wright,", ", the Prime Minister Tony Blair,": an appositive opening with "the"
    and ending in two or more capitalised words after its last role word names a person; it is no
    role of the name before (a list's ", General Hermann von Francois," is left as it was)."""
    last = max((i for i, w in enumerate(words) if lx.is_role_head(w.low)), default=-1)
    tail = words[last + 1 :]
    named = len(tail) >= _NAME_TAIL_WORDS and all(w.cap for w in tail)
    return last >= 0 and named and words[0].low == "the"


_NAME_TAIL_WORDS = 2


def _past_describing_words(tokens: list[Token], index: int) -> int:
    """Past up to two lower-case words describing the body whose capitalised name follows "the"
    ("of the nonpartisan Cook Political Report"); `index` when no capitalised word follows them."""
    at = index
    while at < len(tokens) and at - index < _BODY_DESCRIBING_WORDS and tokens[at].is_word:
        if tokens[at].cap:
            return at
        if tokens[at].low in AFFILIATION_CONNECTORS:
            return index
        at += 1
    return at if at < len(tokens) and tokens[at].is_word and tokens[at].cap else index


_BODY_DESCRIBING_WORDS = 2  # "the nonpartisan", "the conservative legal"


def past_suffix_stop(tokens: list[Token], end: int) -> int:
    """The index past the full stop of a name's suffix ending at `end` ("Victor Hale Jr. said"), which
    ends no sentence; `end` when there is none."""
    suffix_stop = (
        0 < end < len(tokens) and tokens[end].text == "." and tokens[end - 1].low in lx.NAME_SUFFIXES
    )
    return end + 1 if suffix_stop else end


def affiliation_end(tokens: list[Token], end: int) -> int:
    """Past "of Oregon State University" / "at Harbor Analytics" after a name: where its verb
    may stand ("Priya Natarajan of Oregon State University said"); `end` when there is none."""
    if end + 1 >= len(tokens) or tokens[end].low not in AFFILIATION_WORDS or tokens[end - 1].possessive:
        return end
    index = end + 1
    if tokens[index].low == "the":
        index = _past_describing_words(tokens, index + 1)
    limit = min(len(tokens), index + constants.AFFILIATION_MAX_TOKENS)
    last_cap = None
    while index < limit and tokens[index].is_word:
        if tokens[index].cap:
            last_cap = index
        elif tokens[index].low not in AFFILIATION_CONNECTORS:
            break
        index += 1
    return end if last_cap is None else last_cap + 1


# "As Ishvan Tolarek wrote, “...”": a name right before "wrote" is a writer, a person; so is one
# before "stated", "explained", "argued" ... ("Dunn stated that “…”" with Dunn never named in full
# made "Mark Dunn" no person, and "Dunn" an organisation speaking).
_SPEECH_AFTER_NAME = lx.CORE_SPEECH_VERBS | frozenset(
    "wrote writes stated states explained explains argued argues insisted insists noted notes declared "
    "declares replied replies responded responds admitted admits acknowledged acknowledges recalled "
    "recalls conceded concedes predicted predicts warned warns cautioned cautions".split()
)


def speech_adverb(token: Token) -> bool:
    """A word between a subject and its verb of saying: a listed one ("also", "later") or any
    lower-case adverb in -ly ("Smith quietly said", "Holt angrily told")."""
    low = token.low
    if low in lx.ADVERBS:
        return True
    return (
        not token.cap and len(low) >= _LY_ADVERB_CHARS and low.endswith("ly") and low not in HEARSAY_ADVERBS
    )


_LY_ADVERB_CHARS = 6  # "quietly", "calmly"; not "only", "early", "daily"


# Verbs whose subject may follow them: "said Daniel Kritenbrink", "writes Conor Friedersdorf".
_SAYING_BEFORE_NAME = (lx.CORE_SPEECH_VERBS - lx.LISTENER_VERBS) | frozenset(("writes", "wrote"))
# Prepositions after "said X Y" that tell where it was said, so X Y is no reported clause's subject.
_WHERE_SAID = frozenset(("on", "in", "at", "during"))


def speech_next_to(tokens: list[Token], start: int, end: int) -> bool:
    """ "X said", "X also told", "X of ORG said", "said X" or "according to X"."""
    name_end, end = end, affiliation_end(tokens, end)
    index = end
    skipped = 0
    while index < len(tokens) and skipped <= 3 and not tokens[end - 1].possessive:
        token = tokens[index]
        if past_suffix_stop(tokens, index) > index:
            index += 1  # "Victor Hale Jr. said"
            continue
        if token.is_word and token.low in _SPEECH_AFTER_NAME:
            return True
        if skipped == 0 and token.text == "," and not _after_preposition(tokens, start):
            # "Ruth Banda, said" or "Lindsay Pennock, prosecuting, said": skip one parenthesis.
            index = _after_parenthesis(tokens, index)
            skipped += 1
            continue
        if not token.is_word or not speech_adverb(token):
            break
        index += 1
        skipped += 1
    # "said Junya Tanase of JPMorgan Chase bank in Tokyo": the affiliation follows the name itself.
    followed = end > name_end or end >= len(tokens) or not tokens[end].is_word or tokens[end].cap
    # "writes Conor Friedersdorf on The Atlantic's live blog", "said Pia Lund in a radio interview":
    # a full name ("said Talk on the Town co-host Evan Lutz" is a show's title)
    followed = followed or (name_end - start >= 2 and tokens[end].low in _WHERE_SAID)
    verb = _owner_start(tokens, start) - 1
    if verb >= 0 and tokens[verb].low in _SAYING_BEFORE_NAME and followed:
        # "said Daniel Kritenbrink, ..." but not "said Rovers manager Mark Hewitt".
        # "said Gartner's Kobita Desai", "said Sky Networks' Sophie Turner Lane": the one after speaks.
        return not tokens[name_end - 1].possessive and not plural_possessive_mark(tokens, name_end)
    return start >= 2 and tokens[start - 2].low == "according" and tokens[start - 1].low == "to"


def _owner_start(tokens: list[Token], start: int) -> int:
    """Where a capitalised possessor right before a name opens ("Gartner's", "Ernst and Young's"
    before "Sanjay Mehta": whom the person works for); `start` when there is none."""
    if start >= 2 and plural_possessive_mark(tokens, start - 1):
        start -= 1  # "Sky Networks' Sophie Turner Lane": the mark, then the owner's words
    elif start < 1 or not (tokens[start - 1].possessive and tokens[start - 1].cap):
        return start
    index = start - 1
    while index > 0 and start - index < _OWNER_TOKENS:
        before = tokens[index - 1]
        if not before.is_word or not (before.cap or before.low in _OWNER_JOINERS):
            break
        index -= 1
    while index < start - 1 and tokens[index].low in _OWNER_JOINERS:
        index += 1
    return index


def plural_possessive_mark(tokens: list[Token], index: int) -> bool:
    """The apostrophe of "Sky Networks'", glued to a capitalised plural before it."""
    if index < 1 or index >= len(tokens) or tokens[index].text not in ("'", "’"):
        return False
    before = tokens[index - 1]
    return before.cap and before.low.endswith("s") and before.end == tokens[index].start


_OWNER_TOKENS = 4
_OWNER_JOINERS = frozenset(("and", "&"))


def _after_preposition(tokens: list[Token], start: int) -> bool:
    """ "of Stratford, east London, said": a place in someone else's parenthesis."""
    return start >= 1 and tokens[start - 1].low in PLACE_PREPOSITIONS


def _after_parenthesis(tokens: list[Token], comma: int) -> int:
    """Index after ", ... ," starting at `comma`, or just after `comma` when none closes soon."""
    for index in range(comma + 1, min(len(tokens), comma + constants.MAX_ROLE_WORDS + 2)):
        text = tokens[index].text
        if text == ",":
            return index + 1
        glued = index + 1 < len(tokens) and tokens[index].end == tokens[index + 1].start
        if (text in ".;:!?" and not glued) or tokens[index].low in lx.SPEECH_VERBS:
            break
    return comma + 1


def copula_role(tokens: list[Token], end: int) -> bool:
    """ "Mata was an internal affairs lieutenant", "Nasser Kadri, is a 20-year-old former
    schoolboy": a role or a person noun given by is/was (not an age: "a 200-year-old inn")."""
    if end < len(tokens) and tokens[end].text == ",":
        end += 1
    if end + 1 >= len(tokens) or tokens[end].low not in ("is", "was") or tokens[end + 1].low not in ARTICLES:
        return False
    return any(
        t.low in lx.ROLE_HEADS or t.low in lx.PEOPLE_NOUNS for t in tokens[end + 2 : end + 7] if t.is_word
    )


# Role words naming an office a person holds by title: a senator is not a congressman.
OFFICE_WORDS = frozenset(w for words in lx.TITLE_ROLES.values() for w in words if w != "lawmaker")
# Public offices a definite role may name ("the prime minister", "the mayor"): one who holds
# another of them is not the one meant. A cabinet's "secretary" and "chancellor" are ministers too.
_ELECTED = frozenset(
    "president premier chancellor minister secretary mayor governor senator congressman congresswoman "
    "representative mp mep ambassador".split()
)
# Those who report on others ("the pool reporter wrote"): with no one named as such, an unnamed
# source, never the person last named, whom they report on.
PRESS_ROLES = frozenset("reporter journalist correspondent photographer cameraman".split())
PUBLIC_OFFICES = OFFICE_WORDS | _ELECTED
# Offices a definite role names by their title ("the attorney general", "the president"): when no one
# the article names holds one, it may be a figure the article names bare ("Obama"), never someone the
# article describes by another role ("Dana Pruitt, a driver").
TITLED_OFFICES = _ELECTED | frozenset(("general",))
_MINISTERS = frozenset(("minister", "secretary", "chancellor"))


def other_office(role: str, modifiers: tuple[str, ...], held: set[str]) -> bool:
    """Whether the public offices `held` rule out a person for the definite role ("the prime
    minister" is not the London mayor named before): `role` is an office they lack, and no plain
    "the minister" that a secretary or chancellor may be."""
    if role not in PUBLIC_OFFICES or not held or role in held:
        return False
    return modifiers != () or role not in _MINISTERS or not held & _MINISTERS


# A race's runners: "Republican presidential contender Dale Rourke" may also be "the former governor".
_RACE_ROLES = frozenset("candidate nominee hopeful contender front-runner frontrunner challenger".split())


def running_in_a_race(roles: list[str] | tuple[str, ...]) -> bool:
    """Whether a role makes the person a candidate, whose other offices a role of theirs need not say."""
    return not _RACE_ROLES.isdisjoint(role_heads(roles))


def role_heads(roles: list[str] | tuple[str, ...]) -> list[str]:
    """The head noun of each role: its last word before any preposition ("spokeswoman for X")."""
    heads = [_role_head_part(role).split() for role in roles]
    return [words[-1] for words in heads if words]


def role_words(role: str) -> set[str]:
    """The words of a role as written, case and hyphens aside ("Vice-President": "vice", "president"),
    up to a relative clause."""
    return {part for word in role_words_written(role) for part in word.split("-")}


def role_words_written(role: str) -> list[str]:
    """The folded words of a role up to a relative clause ("the foreign minister who accompanied the
    president": the minister is no president), an acronym's spelling after it ("Orbitex CEO": "ceo",
    "chief", "executive"), as "the Orbitex CEO" refers back spelt out."""
    words = role.casefold().split()
    cut = next((i for i, word in enumerate(words) if i > 0 and word in _ROLE_RELATIVES), len(words))
    written: list[str] = []
    for word in words[:cut]:
        written.append(word)
        written.extend(ROLE_ACRONYMS.get(word, "").split())
    return written


# Acronyms of one person's role ("the PM said", "the CEO added"): the first spelling ending in a role noun.
ROLE_ACRONYMS = {
    acronym: spelling
    for acronym, spellings in lx.ACRONYM_EXPANSIONS.items()
    for spelling in spellings[:1]
    if lx.is_role_head(spelling.split()[-1])
}


def offices_held(roles: list[str] | tuple[str, ...], titles: set[str]) -> set[str]:
    """The public offices a person's roles name before any preposition ("London mayor", not
    "adviser to the prime minister"), and those their abbreviated titles stand for ("Dr." counts
    only as a title: "father of three" is no priest)."""
    words = {w for role in roles for w in _role_head_part(role).replace("-", " ").split()}
    return (words & _ELECTED) | (titles & OFFICE_WORDS)


# Offices an abbreviated title names plainly enough to show as a role ("Dr." may be a PhD: not shown).
_SHOWN_TITLES = (
    "senator", "representative", "governor", "general", "lieutenant", "colonel", "captain", "admiral",
    "major", "sergeant",
)  # fmt: skip


def former_title(tokens: list[Token], core_start: int, honorific: str | None) -> str | None:
    """ "former Sen. Dale Whitcomb": the office shown as one no longer held ("former senator")."""
    index = core_start - (2 if core_start >= 1 and tokens[core_start - 1].text == "." else 1) - 1
    if honorific is None or index < 0 or tokens[index].low not in FORMER_WORDS:
        return None
    office = title_role(set(title_roles(honorific)))
    return f"former {office}" if office else None


def party_before_title(tokens: list[Token], core_start: int, honorific: str | None) -> str | None:
    """ "Republican Sen. Ada Brill": the party written before a name's title, by which "the Arizona
    Republican" may mean her as well as any other Republican the article names."""
    index = core_start - (2 if core_start >= 1 and tokens[core_start - 1].text == "." else 1) - 1
    if honorific is None or index < 0 or not tokens[index].cap or tokens[index].low not in lx.PARTY_LABELS:
        return None
    return tokens[index].low


# Words saying an office is held no longer ("former Sen.", "the former president").
FORMER_WORDS = frozenset(("former", "ex"))


def title_role(titles: set[str]) -> str | None:
    """The office an abbreviated title names ("Sen." -> "senator"), shown for a person the article
    gives no other role."""
    return next((title for title in _SHOWN_TITLES if title in titles), None)


def title_abbreviations(titles: set[str]) -> set[str]:
    """The abbreviated titles that stand for any of `titles` ("senator" -> "sen"), by a word of
    their own: "lawmaker", which "Sen." and "Rep." both imply, makes no representative a "Sen."."""
    return {
        short for short, words in lx.TITLE_ROLES.items() if titles.intersection(words) - _SHARED_TITLE_ROLES
    }


# Role words several abbreviated titles imply ("lawmaker" of "Sen." and "Rep."): no one title's.
_SHARED_TITLE_ROLES = frozenset(
    word
    for short, words in lx.TITLE_ROLES.items()
    for word in words
    if any(word in other for key, other in lx.TITLE_ROLES.items() if key != short)
)


def roles_of_a_kind(general: str) -> frozenset[str]:
    """The roles a general role word several titles share covers ("lawmaker": senator, representative,
    congressman, congresswoman, which "Sen." and "Rep." imply with it); none for any other word."""
    if general not in _SHARED_TITLE_ROLES:
        return frozenset()
    return frozenset(w for words in lx.TITLE_ROLES.values() if general in words for w in words) - {general}


def title_roles(honorific: str | None) -> tuple[str, ...]:
    """The role words an abbreviated title implies ("sen" -> senator, lawmaker)."""
    return lx.TITLE_ROLES.get(honorific or "", ())


def implied_gender(
    honorific: str | None, role: str | None, after: str | None, given: str | None = None
) -> str | None:
    # "owner of the Miss Universe pageant": a marker past the role's head noun is someone else's.
    words = set(" ".join([honorific or "", *(_role_head_part(x) for x in (role, after) if x)]).split())
    if words & lx.FEMALE_MARKERS:
        return "f"
    male = words & lx.MALE_MARKERS
    if male and male <= _UNISEX_MAN_WORDS and given is not None and _not_a_mans_name(given):
        # "Reyes spokesman Hope Hickey": her given name tells her gender, not the office's; "Police
        # Federation chairman Jan Barry": a common name given to both leaves it to the he or she after.
        return None
    return "m" if male else None


def _not_a_mans_name(given: str) -> bool:
    """A woman's given name, or a common one given to both ("Jan", "Robin"); not a rare one."""
    gender = given_name_gender(given)
    return gender == "f" or (gender is None and is_given_name(given))


# Office words in "-man" that US and British copy give women too ("Reyes spokesman Hope Hickey",
# "party chairman Ada Holt"); kin words and honorifics ("Mr.", "brother") always tell a man.
_UNISEX_MAN_WORDS = frozenset("spokesman chairman congressman businessman".split())


def _role_head_part(role: str) -> str:
    """The folded words of a role up to its first preposition or relative ("wife of X" -> "wife",
    "a retired teacher whose son was hurt" -> "a retired teacher": the son is someone else)."""
    words = role.casefold().split()
    cut = next(
        (i for i, word in enumerate(words) if word in PREPOSITIONS or word in _ROLE_RELATIVES), len(words)
    )
    return " ".join(words[:cut])


_ROLE_RELATIVES = RELATIVE_OPENERS | {"whom", "that"}


def role_past_names(role: str, names: frozenset[str]) -> str | None:
    """A role that lists other people with theirs ("US Secretary of State Condoleezza Rice, UN
    Secretary General" before Kofi Annan) is only what follows the last of them after a comma or
    "and", when that ends in a role's head noun; with no such ending it is no role of this person
    ("director Sir Richard Eyre and comedian Alexei Sayle chose the winner"). A name after a
    preposition or owning what follows ("wife of Tom Reyes", "Tom Reyes's chief of staff") is
    part of the role. `names` are other people's full names, folded."""
    last = None
    for run in _CAPITAL_RUN.finditer(role):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in _WORD.finditer(run.group())]
        for i, (start, _) in enumerate(words):
            for _, end in words[i + 1 :]:
                if role[start:end].casefold() not in names:
                    continue
                if _lists_name(role, start, end):
                    last = end
                elif _ends_in_name(role, start, end):
                    return None
    if last is None:
        return role
    rest = role[_LIST_JOINER.match(role, last).end() :].strip()
    words = rest.split()
    fits = 0 < len(words) <= _LISTED_ROLE_WORDS and lx.is_role_head(words[-1].casefold())
    return rest if fits else None


def role_past_surname(role: str, surnames: frozenset[str]) -> str:
    """ "both Reyes and Democratic presidential candidate Ann Holt": a role opening with another
    person's surname and "and" lists that person; hers is what follows, when it ends in a role's head
    noun ("British and Irish Lions coach": no one's surname, one title). `surnames` are folded."""
    listed = _SURNAME_LISTED.match(role)
    if listed is None or listed[1].casefold() not in surnames:
        return role
    rest = listed[2].split()
    fits = len(rest) <= _LISTED_ROLE_WORDS and lx.is_role_head(rest[-1].casefold())
    return listed[2] if fits else role


_SURNAME_LISTED = re.compile(r"([A-Z][\w'’-]*) and (\S.*)")


def _lists_name(role: str, start: int, end: int) -> bool:
    """A name in a list: a comma or "and" after it, no preposition before it."""
    before = role[:start].split()
    listed = _LIST_JOINER.match(role, end) is not None
    return listed and not (before and before[-1].casefold() in PREPOSITIONS)


def _ends_in_name(role: str, start: int, end: int) -> bool:
    """ "magazine editor Conor McNally", "director Martin Scola": a role ending in another person's
    name with no preposition before it is theirs ("widow of Harbor Lights frontman Kurt Colby" is hers)."""
    before = role[:start].casefold().split()
    return not role[end:].strip() and bool(before) and not any(w in _LINKING_WORDS for w in before)


# Words by which a role reaches another person ("official under President X", "widow of Y").
_LINKING_WORDS = PREPOSITIONS | frozenset("under over behind after like".split())


_CAPITAL_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")
_WORD = re.compile(r"\S+")
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_LISTED_ROLE_WORDS = 6  # "Top of the Pops presenter"; longer is a clause ("Hill have all been ...")
