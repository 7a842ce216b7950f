"""Whether a sentence says which thing a "Which X ...?" question asks about, or only that an X exists.

"Which advisers is he preparing with?" is not answered by "he is speaking with a number of advisers":
the sentence mentions advisers but names none. Pattern rules over the words around the mention.
"""

from __future__ import annotations

import itertools
import re

from bot.core import constants
from bot.core.language.lexicon import ARTICLES, DEMONYMS, PARTY_LABELS, PLAIN_ADVERBS, WEEKDAYS_MONTHS
from bot.core.language.text import STOPWORDS

# "Which court ruled ...", "In which city ...": the thing asked for follows "which"; "What kind of nuts
# were served?" asks which nuts too ("the nuts" says no kind, "macadamia nuts" does).
_KIND_OF = r"what\s+(?:kind|type|sort)s?\s+of"
_WHICH = re.compile(
    rf"^\s*(?:(?:in|to|from|for|with|at|by|on|of)\s+)?(?:which|{_KIND_OF})\s+(.+)$",
    re.IGNORECASE,
)
# Where the thing's words end: a verb of being or doing, a preposition, a determiner.
_PHRASE_END = frozenset(
    """is are was were be been do does did has have had will would can could should may might must
    said says told
    of by in on at for with from to into about over after before a an the his her their its our your
    this that these those who whom whose which what when where why how and or not""".split()
)
# Words before a mention that leave it unspecified: "a number of advisers", "with foreign companies".
_UNSPECIFIED_BEFORE = frozenset(
    """a an the some many other various several certain any such of with to by for from in on at into
    and or his her their its our your my these those this that number is are was were be been has have
    had do does did will would can could should may might must not no who which that as than also
    one two three four five six seven eight nine ten both another each every""".split()
)
_OWNERS = frozenset("his her their its".split())
# Words that open a mention's noun phrase ("one of his companies"), before the words that may name it.
_PHRASE_OPENING = ARTICLES | _OWNERS | frozenset("our your my one of".split())
_KIND = re.compile(rf"^\s*{_KIND_OF}\b", re.IGNORECASE)
# Words opening a description after a thing's noun: "a device that ...", "the kind of ...".
_DESCRIBING_AFTER = frozenset("of that which who where".split())
# Prepositions that describe only a thing introduced by "a" or "an" ("an approach to ...", "a car
# with ..."); after "the" they open a verb's complement ("served the nuts with a smile").
_DESCRIBING_AFTER_INDEFINITE = frozenset("to with for".split())
_INDEFINITE_REACH = 3  # "a new low-cost approach to"
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
_CLAUSE_STOP = frozenset(".;:!?()")
# "on TV and in film": a name joined to the mention by a preposition of place is another
# thing beside it, not the one named ("Japan was the country" names it).
_LINKS = frozenset("in on at".split())
_NAME_STOP = _CLAUSE_STOP - {":"}  # a colon may introduce the name: "the name of their castle: Afranji"
_POSSESSIVE = re.compile(r"(?:’s|'s|s’|s')$")


# "What illness did Fletcher have?": a what-question after one thing, read like "which".
_WHAT_THING = re.compile(
    r"^\s*what\s+([a-z][\w-]*)\s+(?:did|does|do|was|is|were|are|has|had)\b", re.IGNORECASE
)


def _owned_only(question: str, sentences: list[str]) -> bool:
    """True when a "What X did Y ...?" question's every sentence mentions X only as someone's
    ("his illness", "Rachel Tilney's car"), with no name or number right after it."""
    match = _WHAT_THING.match(question)
    if not match:
        return False
    noun = _singular(match.group(1).casefold())
    asked = {_bare(w) for w in re.findall(r"[\w’'-]+", question)}
    for text in sentences:
        tokens, mentions = _mentions(text, noun)
        if not mentions:
            return False
        for at in mentions:
            before = tokens[at - 1] if at else ""
            owned = before.casefold() in _OWNERS or (_POSSESSIVE.search(before) and _bare(before) in asked)
            after = _clause(tokens[at + 1 : at + 1 + constants.ASK_WHICH_REACH])
            if not owned or any(_named(t, asked) for t in after):
                return False
    return True


def _mentions(text: str, noun: str) -> tuple[list[str], list[int]]:
    """The sentence's tokens and the places among them where `noun` stands, singular or plural."""
    tokens = _TOKEN.findall(text)
    return tokens, [i for i, token in enumerate(tokens) if _singular(_bare(token)) == noun]


# "Whose birthday ...?": the thing whose owner is asked for.
_WHOSE = re.compile(r"^\s*whose\s+([\w’'-]+)", re.IGNORECASE)
_UNOWNING = frozenset("a an another".split())


def _unowned_whose(question: str, sentences: list[str]) -> bool:
    """True when a "Whose X ...?" question's every sentence mentions X only as an unowned one ("visiting to
    celebrate a birthday"), never with an owner after it ("a birthday of ..."): it says no whose."""
    match = _WHOSE.match(question)
    if not match or not sentences:
        return False
    noun = _singular(match.group(1).casefold())
    for text in sentences:
        tokens, mentions = _mentions(text, noun)
        if not mentions:
            return False
        for at in mentions:
            after = tokens[at + 1].casefold() if at + 1 < len(tokens) else ""
            if not at or tokens[at - 1].casefold() not in _UNOWNING or after == "of":
                return False
    return True


def asked_thing(question: str) -> tuple[str, ...]:
    """The words naming what a "Which X ...?" question asks for ("rival drug dealers"), singular and
    lower case; empty for any other question."""
    match = _WHICH.match(question)
    if not match:
        return ()
    thing: list[str] = []
    for word in re.findall(r"[\w’'-]+", match.group(1)):
        low = word.casefold()
        if low in _PHRASE_END or (low.endswith("ed") and thing) or len(thing) == constants.ASK_WHICH_WORDS:
            break
        # "Which sheriff's office ...?": the mention is "the sheriff's office", its words bare.
        thing.append(_singular(_bare(word)))
    return tuple(thing)


def names_which(question: str, sentences: list[str]) -> bool:
    """False when every one of `sentences` mentions the thing a "Which X ...?" question asks for, and
    only as an unnamed one ("foreign companies" for "Which foreign company ...?", "the court's chief
    judge" for "Which court ...?"): nothing specific (a name, a number, a word the question lacks)
    stands beside any mention. A sentence that does not mention the thing may name it outright."""
    if _owned_only(question, sentences) or _unowned_whose(question, sentences):
        return False
    thing = asked_thing(question)
    if not thing or not sentences:
        return True
    asked = {_singular(w.casefold()) for w in re.findall(r"[\w’'-]+", question)}
    for text in sentences:
        tokens = _TOKEN.findall(text)
        mentions = [i for i, token in enumerate(tokens) if _singular(_bare(token)) in thing]
        if not mentions and (len(sentences) == 1 or _names_something(tokens, asked)):
            return True
        # A mention right after another is part of it ("rival drug dealers"): each whole mention is read
        # once, from its first word (read from each of its words, a sentence of thousands took seconds).
        firsts = [i for n, i in enumerate(mentions) if n == 0 or mentions[n - 1] != i - 1]
        if any(_specified(tokens, i, thing, asked) for i in firsts):
            return True
        if _KIND.match(question) and any(_described_after(tokens, i, thing) for i in firsts):
            return True
    return False


def _described_after(tokens: list[str], at: int, thing: tuple[str, ...]) -> bool:
    """True when words after the mention say what it is like ("an approach to animal welfare which
    ..."): what a "What kind of X?" question asks, though no name stands beside it."""
    last = at
    while last + 1 < len(tokens) and _singular(_bare(tokens[last + 1])) in thing:
        last += 1
    if last + 1 >= len(tokens):
        return False
    following = tokens[last + 1].casefold()
    if following in _DESCRIBING_AFTER:
        return True
    opening = {t.casefold() for t in tokens[max(0, at - _INDEFINITE_REACH) : at]}
    return following in _DESCRIBING_AFTER_INDEFINITE and bool(opening & {"a", "an"})


def _names_something(tokens: list[str], asked: set[str]) -> bool:
    """True when a sentence holds a name or a number the question lacks past its first word. Beside
    a sentence mentioning the thing unnamed ("..., the sheriff's office said."), one that does not
    mention it names it only so ("Officials did not mention a motive." names nothing)."""
    return any(_named(token, asked) for token in tokens[1:])


def _specified(tokens: list[str], at: int, thing: tuple[str, ...], asked: set[str]) -> bool:
    """True when the mention at `at` has something specific beside it: a word before it that is no
    determiner ("national courts", "China's state-run news agency"), a name or number just before
    ("Japan was the country") or just after ("strikers Shane Long", "article 294")."""
    first, last = at, at
    while first > 0 and _singular(_bare(tokens[first - 1])) in thing:
        first -= 1  # "rival drug dealers": the whole mention
    while last + 1 < len(tokens) and _singular(_bare(tokens[last + 1])) in thing:
        last += 1
    before = tokens[first - 1].casefold() if first > 0 else ""
    if before[:1].isalnum() and before not in _UNSPECIFIED_BEFORE:
        return True
    reach = constants.ASK_WHICH_REACH
    # "Seibu Railways, one of his companies": the words opening the mention's phrase count for no reach.
    opening = first
    while opening > 0 and tokens[opening - 1].casefold() in _PHRASE_OPENING:
        opening -= 1
    # A name, not a number: "rather than 11 because the court's chief judge" says no court.
    before_words = _clause(reversed(tokens[max(0, opening - reach) : first]), _CLAUSE_STOP | _LINKS)
    # "the Philippine government ordered the network": a name before a verb is its subject's, no name
    # of the thing the verb is done to.
    before_words = list(itertools.takewhile(lambda t: not _done_verb(t), before_words))
    if any(_named_not_day(t, asked, numbers=False) for t in before_words):
        return True
    if _POSSESSIVE.search(tokens[last]):
        return False  # "the court's chief judge, Merrick Garland": the name is the judge's
    return any(_named_not_day(t, asked) for t in _clause(tokens[last + 1 : last + 1 + reach]))


# Verbs of telling that end no "-ed": "Reyes said the network ...".
_TOLD = frozenset("said told says tells".split())


def _done_verb(token: str) -> bool:
    """A lower-case word that reads as a verb done to what follows it ("ordered", "renamed", "said")."""
    return (
        token.isalpha() and token.islower() and ((len(token) > 4 and token.endswith("ed")) or token in _TOLD)
    )


def _named_not_day(token: str, asked: set[str], numbers: bool = True) -> bool:
    """A name or number beside a mention, but a weekday or month: "on Thursday, but a government
    official confirmed Wednesday night" dates the mention, it names no official; nor does an adverb
    capitalised to open the sentence ("Already, some tour companies are cancelling")."""
    return _named(token, asked, numbers) and _bare(token) not in WEEKDAYS_MONTHS | PLAIN_ADVERBS


def _clause(tokens, stops: frozenset[str] = _CLAUSE_STOP) -> list[str]:
    """The tokens up to a clause's end."""
    kept = []
    for token in tokens:
        if token in stops:
            break
        kept.append(token)
    return kept


def _named(token: str, asked: set[str], numbers: bool = True) -> bool:
    """A number, or a capitalised word the question does not use and no function word ("The")."""
    if token[:1].isdigit():
        return numbers
    low = _bare(token)
    return token[:1].isupper() and low not in asked | STOPWORDS | _UNSPECIFIED_BEFORE


def _bare(token: str) -> str:
    return _POSSESSIVE.sub("", token).casefold().strip(".’'")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# "What is the name of the announcer?", "What was the boy's name?", "Who is the woman who ...?": the
# noun whose name is asked for.
_NAMED_NOUN = re.compile(
    r"\bnames?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)"
    # "the architect Trump didn't pay?": a name opening a clause after the noun ends it too.
    # "the man thrown off the building", "the American killed in Tripoli": a participle after it too.
    r"(?:(?:’s|'s)?(?:\s*(?:\?|$)|\s+(?:who|that|whose|which|in|on|at|of|from|for|with)\b)|\s+(?-i:(?=[A-Z][a-z]))"
    r"|\s+(?=[a-z]+(?:ed|wn)\s+(?:in|on|at|off|by|from|to|during|after|near|outside|inside)\b))"
    r"|\b([a-z][\w-]*)(?:’s|'s|s’|s')\s+(?:first\s+|full\s+|real\s+)?names?\b"
    r"|^\s*(?:who|whom)\s+(?:is|was|are|were)\s+the\s+(?:[\w’'-]+\s+)?([a-z][\w-]*)\s+(?:who|that|whose)\b"
    # "Who is the judge?", "Who is Connecticut's tax commissioner?": a role, whose holder is named beside it.
    r"|^\s*who(?:'s|’s|\s+(?:is|was))\s+(?:the\s+|[A-Z][\w.-]*(?:’s|'s)\s+)(?-i:(?:(?!(?:of|for|in|at|on|to|from|with)\s)[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s*\??\s*$",
    re.IGNORECASE,
)
# "The Quasiturbine is a uniflow rotary steam engine", "Robert Guiscard, an other Norman adventurer":
# what stands between a name and the phrase describing it.
_DESCRIBING = frozenset(", is was are were".split())
# Capitalised words that say what someone is, not who: a party or a people ("a British jihadist").
_DESCRIBING_WORDS = DEMONYMS | PARTY_LABELS
# Nouns whose name may be a party or a people's word ("the name of his party").
_GROUPS = frozenset("party people group nationality".split())
# Determiners bringing in a new, so far unnamed one of a kind ("including an American", "some firms").
_INDEFINITE = frozenset("a an some another".split())
# Words that end a name's phrase before the noun: "found Huskins at her father's home", "Laurent Fabius said
# the victim": the name is another's, in a phrase of its own.
_OTHER_PHRASE = frozenset("at in on from of to with for by into said says told tells".split())


def named_noun(question: str) -> str | None:
    """The noun a name question asks the name of ("announcer"), singular and lower case."""
    match = _NAMED_NOUN.search(question)
    if not match:
        return None
    return _singular(next(g for g in match.groups() if g).casefold())


def names_the_noun(question: str, sentences: list[str]) -> bool:
    """False when every one of `sentences` mentions the noun a name question asks about ("What is the
    name of the announcer?") with no name beside it ("Passenger Chris Downes ... and the announcer can
    be heard"): the name there is someone else's. A sentence without the noun may name it outright, but
    not before a sentence bringing the noun in as a new one ("... including an American.")."""
    noun = named_noun(question)
    if noun is None or not sentences:
        return True
    asked = {_bare(w) for w in re.findall(r"[\w’'-]+", question)}
    if noun not in _GROUPS:
        asked |= _DESCRIBING_WORDS  # "two Democratic speechwriters" names neither of them
    introduced_at = len(sentences)
    for at, text in enumerate(sentences):
        tokens = _TOKEN.findall(text)
        mentions = [i for i, token in enumerate(tokens) if _singular(_bare(token)) == noun]
        if mentions and any(_name_beside(tokens, i, asked) for i in mentions):
            return True
        if mentions and introduced_at == len(sentences) and any(_indefinite(tokens, i) for i in mentions):
            introduced_at = at
    # "In January, gunmen attacked a hotel in Tripoli. They killed 10 people, including an American.": a
    # sentence before the one bringing the noun in as a new, unnamed one ("an American") cannot name it.
    unmentioned = [at for at, text in enumerate(sentences) if noun not in _nouns(text)]
    return any(at > introduced_at or introduced_at == len(sentences) for at in unmentioned)


def _nouns(text: str) -> set[str]:
    return {_singular(_bare(t)) for t in _TOKEN.findall(text)}


def _indefinite(tokens: list[str], at: int) -> bool:
    """The mention at `at` brings in a new one of its kind: "a corporation", "an American", "some firms"."""
    before = [t.casefold() for t in tokens[max(0, at - 2) : at]]
    return bool(before) and (before[-1] in _INDEFINITE or (len(before) == 2 and before[0] in _INDEFINITE))


def _name_beside(tokens: list[str], at: int, asked: set[str]) -> bool:
    """A name within ASK_WHICH_REACH words of the noun ("his nephew Tancred", "the colony of Fort
    Caroline", "Boulton, his partner"), or the name the noun's phrase describes: "X is a ... noun",
    "X, an adventurer ... raised to count" (within ASK_NAME_DESCRIPTION_REACH words)."""
    reach = constants.ASK_WHICH_REACH
    before = _clause(reversed(tokens[max(0, at - reach) : at]), _NAME_STOP | _OTHER_PHRASE)
    # "a London hospice": a name after "a" describes one of its kind (where it is), it does not name it.
    start = at
    while start > 0 and tokens[start - 1][:1].isupper():
        start -= 1
    if start < at and start > 0 and tokens[start - 1].casefold() in ("a", "an", "the"):
        before = before[at - start :]
    after = _clause(tokens[at + 1 : at + 1 + reach], _NAME_STOP)
    # "Huskins' boyfriend": the name before is the owner's; "boyfriend Monday afternoon": a day is no name;
    # "her father's house in Marlow": a name after the noun's possessive is the possessed thing's.
    before = [t for t in before if not _POSSESSIVE.search(t)]
    if _POSSESSIVE.search(tokens[at]):
        after = []
    if any(_named(t, asked, numbers=False) and _bare(t) not in WEEKDAYS_MONTHS for t in [*before, *after]):
        return True
    for back in range(at - 1, max(1, at - constants.ASK_NAME_DESCRIPTION_REACH) - 1, -1):
        if tokens[back] in _NAME_STOP:
            return False
        if tokens[back].casefold() in ("who", "whom") and back >= 2 and tokens[back - 1] == ",":
            # "Carla Pelling, who he named Wednesday as his running mate": the clause describes her.
            return _named(tokens[back - 2], asked, numbers=False)
        if tokens[back] == ",":
            # "X, a top aide, sent the Platte River employee an email": the apposition closed before
            # the noun, so its description of X is not the noun's.
            return False
        if tokens[back].casefold() in ARTICLES and tokens[back - 1].casefold() in _DESCRIBING and back >= 2:
            return _named(tokens[back - 2], asked, numbers=False)
    return False
