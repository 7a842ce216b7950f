"""The registry of people an article names: canonical names, aliases, roles and every mention.

A capitalised word run is a person only with evidence (a role or honorific before it, an
appositive after it, a verb of saying next to it), so places and organisations stay out.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token, tokenize

PERSON = "person"
AMBIGUOUS = "ambiguous"
NONPERSON = "nonperson"
PRONOUN = "pronoun"

_CONNECTORS = frozenset("of to for on the".split())
_ARTICLES = frozenset("the a an".split())
_ROLE_OPENERS_TO_DROP = _ARTICLES | _CONNECTORS | lx.NOT_NAMES
_POSSESSIVE_DETERMINERS = frozenset("his her their its our".split())
_ABBREVIATIONS = frozenset("corp inc co ltd jr sr st".split())
_NOT_NAMEISH = (
    lx.ROLE_HEADS
    | lx.TITLE_WORDS
    | lx.PLACES
    | lx.ORG_WORDS
    | lx.DEMONYMS
    | lx.NOT_NAMES
    | lx.HONORIFICS
    | lx.WEEKDAYS_MONTHS
)
_GROUP_SINGULARS = frozenset("american hispanic latino asian african european democrat republican".split())
_TITLE_SURNAMES = (lx.ROLE_HEADS | lx.TITLE_WORDS) - lx.PLACES - lx.ORG_WORDS - lx.DEMONYMS - lx.NOT_NAMES
_GROUPS = lx.DEMONYMS | _GROUP_SINGULARS
_DIGIT = re.compile(r"\d")
# Month names that are also surnames ("Theresa May"), allowed to end a name after a given name.
_MONTH_SURNAMES = frozenset("may june april august".split())
# Words before a mention that make it an object, not the subject of what follows.
OBJECT_MARKERS = frozenset(
    "with to by for from of at on in about against between among toward towards into onto than "
    "told tell tells asked asks urged met meet meets meeting greeted greet greets thanked visited "
    "called calls joined join invited named appointed replaced succeeded criticised criticized "
    "and or nor that whether if".split()
)
_CLAUSE_OPENERS = frozenset(
    "and but while as when because although though after before since if so then where yet or once "
    "until unless whereas also".split()
)
_PLACE_PREPOSITIONS = frozenset("of in from at near to for by".split())
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z][\w\-]*")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name, pronoun or non-person subject at [start, end) of a paragraph."""

    paragraph: int
    start: int
    end: int
    kind: str
    ids: tuple[int, ...] = ()
    gender: str | None = None
    subject_like: bool = True
    body: bool = True
    full: bool = False
    possessive: bool = False


@dataclass(slots=True)
class Person:
    """One person of the article; `name` is the fullest form the article uses."""

    id: int
    name: str
    surname: str
    given: str
    family_first: bool = False
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass(frozen=True, slots=True)
class Registry:
    """Everyone the article names, and where each paragraph mentions them."""

    persons: tuple[Person, ...]
    mentions: dict[int, tuple[Mention, ...]]
    tokens: dict[int, list[Token]]

    def person(self, person_id: int) -> Person:
        return self.persons[person_id]


@dataclass(slots=True)
class _Occurrence:
    paragraph: int
    core: tuple[Token, ...]
    roles: tuple[str, ...]
    np_start: int
    evidence: str
    initial: bool
    body: bool
    gender: str | None
    subject_like: bool
    titled: str | None


@lru_cache(maxsize=64)
def build_registry(article: Article) -> Registry:
    """The people of `article`, computed once per article."""
    with _collector_paused():
        return _build(article)


@contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector while hundreds of thousands of acyclic tokens are built.

    Its passes over the growing heap made a 10,000-paragraph build about 40% slower; nothing built
    here forms a cycle, and the collector runs as usual afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(article: Article) -> Registry:
    occurrences: list[_Occurrence] = []
    tokens_of: dict[int, list[Token]] = {}
    lowercase_words: set[str] = set()
    for paragraph in article.paragraphs:
        tokens = tokenize(paragraph.text)
        tokens_of[paragraph.number] = tokens
        lowercase_words.update(_LOWERCASE_WORD.findall(paragraph.text))
        occurrences.extend(_occurrences(paragraph, tokens))
    for occ in occurrences:
        occ.core = _trim_core(occ.core, lowercase_words)
    persons = _assemble(occurrences, lowercase_words)
    mentions = _tag_mentions(article, tokens_of, occurrences, persons)
    _infer_genders(article, tokens_of, mentions, persons)
    _name_possessors(article, occurrences, mentions, persons)
    return Registry(tuple(persons), mentions, tokens_of)


def _trim_core(core: tuple[Token, ...], lowercase_words: set[str]) -> tuple[Token, ...]:
    """ "Safety Investigator Neil Campbell": leading words that are roles or common words go."""
    while len(core) > 2 and (core[0].low in lowercase_words or lx.is_role_head(core[0].low)):
        core = core[1:]
    return core


def _sentence_starts(paragraph: Paragraph, tokens: list[Token]) -> set[int]:
    """Indexes of the first word token of each sentence."""
    starts = set()
    sentence_starts = sorted(s.start for s in paragraph.sentences) or [0]
    pointer = 0
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        while pointer < len(sentence_starts) and sentence_starts[pointer] <= token.start:
            starts.add(index)
            pointer += 1
    return starts


def _runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words (with particles and title connectors inside)."""
    runs = []
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if not (token.is_word and token.cap):
            index += 1
            continue
        end = index + 1
        while end < count and not tokens[end - 1].possessive:
            nxt = tokens[end]
            if not nxt.is_word or text[tokens[end - 1].end : nxt.start] != " ":
                break
            if nxt.cap:
                end += 1
                continue
            if nxt.low in lx.NAME_PARTICLES and _cap_follows(text, tokens, end):
                end += 1
                continue
            break
        end = _drop_trailing_particles(tokens, index, end)
        runs.append((index, end))
        index = end
    return runs


def _cap_follows(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalised word follows the particle at `index`, past more particles ("van der Berg")."""
    nxt = index + 1
    while (
        nxt < len(tokens)
        and tokens[nxt].is_word
        and tokens[nxt].low in lx.NAME_PARTICLES
        and not tokens[nxt].cap
        and text[tokens[nxt - 1].end : tokens[nxt].start] == " "
    ):
        nxt += 1
    return (
        nxt < len(tokens)
        and tokens[nxt].is_word
        and tokens[nxt].cap
        and text[tokens[nxt - 1].end : tokens[nxt].start] == " "
    )


def _drop_trailing_particles(tokens: list[Token], start: int, end: int) -> int:
    """A run never ends on a lower-case particle."""
    while end - 1 > start and not tokens[end - 1].cap and tokens[end - 1].low in lx.NAME_PARTICLES:
        end -= 1
    return end


def nameish(token: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    return token.cap and _nameish_word(token.text)


@lru_cache(maxsize=4096)
def _nameish_word(text: str) -> bool:
    if _DIGIT.search(text) or (len(text) > 1 and text.isupper() and not text.endswith(".")):
        return False
    low = text.casefold()
    if lx.is_role_head(low):
        return False
    # "Americans", "Hispanics": a plural of a nationality is a group.
    return low not in _NOT_NAMEISH and not (low.endswith("s") and low[:-1] in _GROUPS)


def _split_core(tokens: list[Token], start: int, end: int, initial: bool) -> int:
    """Index where the name at the end of run [start, end) begins (== end when there is none)."""
    index = end
    while index > start:
        token = tokens[index - 1]
        # "Theresa May", "Stephen King": a surname that is also a month or a title, after a given name.
        month_surname = (
            index == end
            and index - 1 > start
            and (token.low in _MONTH_SURNAMES or token.low in _TITLE_SURNAMES)
            and nameish(tokens[index - 2])
        )
        particle = token.low in lx.NAME_PARTICLES and _name_before_particles(tokens, start, index - 1)
        if not (nameish(token) or month_surname or (particle and index < end)):
            break
        index -= 1
    while index < end and tokens[index].low in lx.NAME_PARTICLES:
        index += 1
    # "Park Ji-won": a family name that is also an ordinary word, before a romanised given name.
    family = start < index < end and tokens[index - 1].low in lx.EAST_ASIAN_FAMILY_NAMES
    if family and all(lx.EAST_ASIAN_GIVEN.fullmatch(t.text) for t in tokens[index:end]):
        index -= 1
    # Particles do not count towards a name's length: "Joost van der Linde" is three words long.
    while sum(t.low not in lx.NAME_PARTICLES for t in tokens[index:end]) > constants.MAX_NAME_WORDS:
        index += 1
    while index < end and tokens[index].low in lx.NAME_PARTICLES:
        index += 1
    if index == start and initial and end - index == 1 and tokens[index].low in lx.NOT_NAMES:
        return end
    return index


def _name_before_particles(tokens: list[Token], start: int, index: int) -> bool:
    """ "Pieter van der Berg": a name word sits before the particles ending at `index`."""
    while index > start and tokens[index].low in lx.NAME_PARTICLES:
        index -= 1
    return index >= start and tokens[index].low not in lx.NAME_PARTICLES and nameish(tokens[index])


def _occurrences(paragraph: Paragraph, tokens: list[Token]) -> list[_Occurrence]:
    initials = _sentence_starts(paragraph, tokens)
    found = []
    for start, end in _runs(paragraph.text, tokens):
        core_start = _split_core(tokens, start, end, start in initials)
        glued = core_start > start and tokens[core_start - 1].low in lx.ORG_WORDS - lx.TITLE_WORDS
        if core_start < end and not glued:
            found.append(_occurrence(paragraph, tokens, (start, core_start, end), initials))
    return found


def _occurrence(
    paragraph: Paragraph, tokens: list[Token], run: tuple[int, int, int], initials: set[int]
) -> _Occurrence:
    """The name tokens[core_start:end] of the capitalised run starting at `start`, with its evidence."""
    start, core_start, end = run
    text = paragraph.text
    role, role_start = _role_before(text, tokens, core_start, initials)
    honorific = _honorific_before(tokens, core_start)
    after = _role_after(text, tokens, end)
    speech = _speech_next_to(tokens, core_start, end) and not _institution_like(
        tokens, start, core_start, end
    )
    np_start = role_start if role else core_start
    if honorific and not role:
        np_start = core_start - (2 if tokens[core_start - 1].text == "." else 1)
    return _Occurrence(
        paragraph=paragraph.number,
        core=tuple(tokens[core_start:end]),
        roles=tuple(r for r in (role, after) if r and not r[0].isdigit()),
        np_start=tokens[np_start].start,
        evidence=_evidence(role or honorific or after or _copula_role(tokens, end), speech)
        or _weak_evidence(tokens, core_start, end),
        initial=core_start == start and start in initials,
        body=paragraph.is_body,
        gender=_gender(honorific, role, after),
        subject_like=_subject_like(tokens, np_start) or _speech_follows(tokens, end),
        titled=_formal_title(role) if role else None,
    )


def _subject_like(tokens: list[Token], np_start: int) -> bool:
    """Whether the noun phrase starting at `np_start` can be a subject ("X and Y said" counts)."""
    previous = tokens[np_start - 1] if np_start > 0 else None
    if previous is not None and previous.low == "and" and np_start >= 2:
        return _opens_clause(tokens[np_start - 2])
    return _opens_clause(previous)


def _speech_follows(tokens: list[Token], end: int) -> bool:
    """ "café owner Priya Natarajan said": a name right before its verb of saying is its subject."""
    index = end
    while index < len(tokens) and tokens[index].is_word and tokens[index].low in lx.ADVERBS:
        index += 1
    return index < len(tokens) and tokens[index].low in lx.SPEECH_VERBS and not tokens[end - 1].possessive


_PERSON_PRONOUNS = frozenset("he she his her".split())
# Before a name, words that make it a thing someone has ("her Daihatsu Cuore", "the Bikefest").
_THING_MARKERS = _ARTICLES | _POSSESSIVE_DETERMINERS | frozenset("my your".split())
# After "Name, who": verbs of one person; "Celta Vigo, who are", "Sheffield United, who had" are clubs.
_SINGULAR_AFTER_WHO = frozenset("is was has".split())


def _weak_evidence(tokens: list[Token], core_start: int, end: int) -> str:
    """Signs of a person short of a role: "Fletcher, who ...", or "Saido Berahino to focus on his".

    Weak: it lets a full name in, or a surname's full name, never a lone word on its own.
    """
    before = tokens[core_start - 1].low if core_start else ""
    if before in _THING_MARKERS or lx.is_role_head(tokens[end - 1].low) or tokens[end - 1].possessive:
        return ""
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].low == "who":
        verb = tokens[end + 2].low
        one = (
            end - core_start == 1 or verb in _SINGULAR_AFTER_WHO or (verb.endswith("s") and verb[-2:] != "ss")
        )
        return "weak" if one else ""
    if end - core_start < 2:
        return ""
    for token in tokens[end : end + constants.PRONOUN_EVIDENCE_WORDS]:
        if token.is_word and token.cap:
            return ""  # another name comes first: the pronoun may be theirs
        if token.low in _PERSON_PRONOUNS:
            return "weak"
        if token.text in ",.;:!?\"“”‘’'":
            return ""
    return ""


def _institution_like(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """Names whose "said" says nothing of a person: "the National Weather Service said", "London
    Midland said" (a place glued before one word), "a fan from Telford said" (a place)."""
    previous = tokens[start - 1].low if start > 0 else ""
    if previous == "the" or (previous in _PLACE_PREPOSITIONS and end - core_start == 1):
        return True
    return end - core_start == 1 and core_start > start and tokens[core_start - 1].low in lx.PLACES


def _opens_clause(previous: Token | None) -> bool:
    """A name after nothing, punctuation or a conjunction can be a subject; after "harm" or "with", no."""
    if previous is None or not previous.is_word:
        return previous is None or previous.text not in "-–—"
    return previous.low in _CLAUSE_OPENERS or (previous.cap and previous.low not in OBJECT_MARKERS)


def _evidence(strong: object, speech: bool) -> str:
    """How sure an occurrence is of being a person: a role or appositive beats a verb of saying."""
    if strong:
        return "strong"
    return "speech" if speech else ""


def _role_before(
    text: str, tokens: list[Token], core_start: int, initials: set[int]
) -> tuple[str | None, int]:
    """A role right before a name ("US Secretary of State", "CIA chief", "adviser, ").

    Returns the role and the index of its first token; "his wife Cookie" keeps "his" for
    `_name_possessors` to replace by the person it means.
    """
    appositive = core_start >= 2 and tokens[core_start - 1].text == ","
    last = core_start - 2 if appositive else core_start - 1
    first = _role_window_start(tokens, last, core_start, initials)
    indexes = [i for i in range(first, last + 1) if tokens[i].is_word]
    possessor = first - 1 if first >= 1 and tokens[first - 1].low in _PERSONAL_POSSESSIVES else None
    while indexes and tokens[indexes[0]].low in _ROLE_OPENERS_TO_DROP:
        possessor = indexes[0] if tokens[indexes[0]].low in _PERSONAL_POSSESSIVES else None
        indexes = indexes[1:]
    # "Air Chief Marshal Sir Michael Graydon": an honorific belongs to the name, not to the role.
    while indexes and tokens[indexes[-1]].low in lx.HONORIFICS - lx.ROLE_HEADS:
        indexes = indexes[:-1]
    words = [tokens[i] for i in indexes]
    if not _role_words_fit(tokens, words, appositive, core_start):
        return None, core_start
    end = tokens[last].end if appositive or indexes[-1] == last else words[-1].end
    start = tokens[possessor].start if possessor is not None else words[0].start
    role = text[start:end]
    if possessor is None and indexes[0] in initials:
        role = _uncapitalised(role, words)
    return role, indexes[0]


def _uncapitalised(role: str, words: list[Token]) -> str:
    """A role opening a sentence keeps no capital it owes to that place: "Neighbour" is a neighbour,
    "CORONATION Street favourite" a Coronation Street one; a title ("Mayor", "Judge") keeps its own."""
    first = words[0]
    head = role[: first.end - first.start]
    rest = role[len(head) :]
    if len(head) >= constants.SHOUTED_LEAD_CHARS and head.isupper() and not rest.strip()[:2].isupper():
        return head.capitalize() + rest
    plain = (
        lx.is_role_head(first.low) or first.low in lx.ROLE_MODIFIERS
    ) and first.low not in lx.FORMAL_TITLES
    if plain and not head.isupper() and not any(w.cap for w in words[1:]):
        return head[:1].lower() + head[1:] + rest
    return role


_PERSONAL_POSSESSIVES = frozenset("his her".split())


def _role_window_start(tokens: list[Token], last: int, core_start: int, initials: set[int]) -> int:
    """Index of the earliest token that can belong to a role ending at `last`."""
    index, first = last, last + 1
    while index >= 0 and core_start - index <= constants.MAX_ROLE_WORDS:
        token = tokens[index]
        if not token.is_word:
            if token.text == "." and index > 0 and tokens[index - 1].low in _ABBREVIATIONS:
                index -= 1
                continue
            break
        if token.text in ("A", "An", "The", "I"):
            break
        if not (
            token.cap or lx.is_role_head(token.low) or token.low in lx.ROLE_MODIFIERS or token.possessive
        ):
            head = tokens[first] if first < len(tokens) else token
            if (
                index + 1 == first
                and not head.cap
                and lx.is_role_head(head.low)
                and _noun_modifier(tokens, index)
            ):
                first = index  # "café owner", "port authority spokeswoman": the kind of owner
            break
        first = index
        if index in initials:
            break
        index -= 1
    return first


_NOT_MODIFIERS = OBJECT_MARKERS | _CLAUSE_OPENERS | lx.NOT_NAMES | lx.ADVERBS | lx.SPEECH_VERBS


def _noun_modifier(tokens: list[Token], index: int) -> bool:
    """A lower-case word that can say what kind of role follows: after a sentence or clause start
    or an article, never a verb ("hired"), preposition or adverb; after a name it is a verb ("gave")."""
    token = tokens[index]
    if token.cap or len(token.low) < 3 or token.low in _NOT_MODIFIERS or token.low.endswith(("ed", "ly")):
        return False
    before = tokens[index - 1] if index else None
    if before is None or not before.is_word:
        return before is None or before.text in ",;:("
    return before.low in _CLAUSE_OPENERS or before.low in _ARTICLES or before.low in _POSSESSIVE_DETERMINERS


def _role_words_fit(tokens: list[Token], words: list[Token], appositive: bool, core_start: int) -> bool:
    """A role needs a head noun ("chief"), and ends at the name or is a parenthesis (", adviser,")."""
    if not words or not any(lx.is_role_head(w.low) and not w.possessive for w in words):
        return False
    if appositive:
        return _followed_by_comma(tokens, core_start)
    return words[-1].cap or words[-1].possessive or lx.is_role_head(words[-1].low)


def _formal_title(role: str) -> str | None:
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
    """ "The mayor of Port Alder, Ruth Banda, said": the name is a parenthesis of its own."""
    index = core_start
    while index < len(tokens) and tokens[index].is_word and tokens[index].cap:
        index += 1
    return index < len(tokens) and tokens[index].text == ","


def _honorific_before(tokens: list[Token], core_start: int) -> str | None:
    index = core_start - 1
    if index >= 0 and tokens[index].text == ".":
        index -= 1
    if index >= 0 and tokens[index].is_word and tokens[index].low in lx.HONORIFICS:
        return tokens[index].low
    return None


def _role_after(text: str, tokens: list[Token], end: int) -> str | None:
    """An appositive after a name: ", the top US diplomat for East Asia," or an age ", 45,"."""
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    index = end + 1
    words = []
    while index < len(tokens) and len(words) <= constants.MAX_APPOSITIVE_WORDS:
        token = tokens[index]
        if not token.is_word:
            if token.text in ",.;:)(—–":
                break
            index += 1
            continue
        words.append(token)
        index += 1
    if not words or len(words) > constants.MAX_APPOSITIVE_WORDS:
        return None
    if len(words) == 1 and words[0].text.isdigit():
        return words[0].text
    lows = [w.low for w in words]
    if lows[0] in ("who", "which", "that", "where", "when") or any(w in lx.SPEECH_VERBS for w in lows):
        return None
    if not any(lx.is_role_head(w) for w in lows):
        return None
    opener = lows[0] in _ARTICLES or lows[0] in _POSSESSIVE_DETERMINERS or lows[0] in lx.ROLE_MODIFIERS
    if not (words[0].cap or opener or lows[0] in lx.ROLE_HEADS):
        return None
    while words and words[0].low in _ARTICLES:
        words = words[1:]
    return text[words[0].start : words[-1].end] if words else None


def _speech_next_to(tokens: list[Token], start: int, end: int) -> bool:
    """ "X said", "X also told", "said X" or "according to X"."""
    index = end
    skipped = 0
    while index < len(tokens) and skipped <= 3 and not tokens[end - 1].possessive:
        token = tokens[index]
        if token.is_word and token.low in lx.CORE_SPEECH_VERBS:
            return True
        if skipped == 0 and token.text == "," and not _after_preposition(tokens, start):
            # "Ruth Banda, said" or "Lindsay Pennell, prosecuting, said": skip one parenthesis.
            index = _after_parenthesis(tokens, index)
            skipped += 1
            continue
        if not token.is_word or token.low not in lx.ADVERBS:
            break
        index += 1
        skipped += 1
    followed = end >= len(tokens) or not tokens[end].is_word or tokens[end].cap
    if start >= 1 and tokens[start - 1].low in lx.CORE_SPEECH_VERBS - lx.LISTENER_VERBS and followed:
        # "said Daniel Kritenbrink, ..." but not "said Stoke manager Mark Hughes".
        return True
    return start >= 2 and tokens[start - 2].low == "according" and tokens[start - 1].low == "to"


def _after_preposition(tokens: list[Token], start: int) -> bool:
    """ "of Stratford, east London, said": a place in someone else's parenthesis."""
    return start >= 1 and tokens[start - 1].low in _PLACE_PREPOSITIONS


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


def _copula_role(tokens: list[Token], end: int) -> bool:
    """ "Mata was an internal affairs lieutenant": a role given by is/was."""
    if end + 1 >= len(tokens) or tokens[end].low not in ("is", "was") or tokens[end + 1].low not in _ARTICLES:
        return False
    return any(t.low in lx.ROLE_HEADS for t in tokens[end + 2 : end + 7] if t.is_word)


def _gender(honorific: str | None, role: str | None, after: str | None) -> str | None:
    words = set(" ".join(x for x in (honorific, role, after) if x).casefold().split())
    if words & lx.FEMALE_MARKERS:
        return "f"
    if words & lx.MALE_MARKERS:
        return "m"
    return None


def _family_first(core: tuple[Token, ...]) -> bool:
    """True for names such as "Qin Gang" or "Kim Jong Un" whose family name is written first."""
    if len(core) < 2 or core[0].low not in lx.EAST_ASIAN_FAMILY_NAMES:
        return False
    return all(lx.EAST_ASIAN_GIVEN.fullmatch(t.text) for t in core[1:])


def _surname_index(core: tuple[Token, ...]) -> int:
    if _family_first(core):
        return 0
    index = len(core) - 1
    while index > 0 and core[index].low in lx.NAME_SUFFIXES:
        index -= 1
    return index


def _key(core: tuple[Token, ...]) -> tuple[str, ...]:
    return tuple(t.low for t in core)


def _assemble(occurrences: list[_Occurrence], lowercase_words: set[str]) -> list[Person]:
    """People from name occurrences with evidence; multi-word names first, then lone surnames."""
    multi: dict[tuple[str, ...], list[_Occurrence]] = {}
    single: dict[str, list[_Occurrence]] = {}
    _drop_sentence_openers(occurrences)
    for occ in occurrences:
        if len(occ.core) > 1:
            multi.setdefault(_key(occ.core), []).append(occ)
        else:
            single.setdefault(occ.core[0].low, []).append(occ)
    # A lone word's weak evidence ("Fletcher, who") vouches for a full name, not for the word alone.
    lone_words = {w for w, group in single.items() if any(o.evidence for o in group)}
    persons: list[Person] = []
    by_surname: dict[str, list[Person]] = {}
    for key, group in sorted(multi.items(), key=lambda item: _first_position(item[1])):
        core = max((o.core for o in group), key=len)
        surname_at = _surname_index(core)
        surname = core[surname_at].low
        # "Tomasz Furmanek ... Tomasz, a software developer,": the lone given name's evidence counts.
        given_word = core[0].low if surname_at != 0 else ""
        has_evidence = any(o.evidence for o in group) or surname in lone_words or given_word in lone_words
        if not has_evidence:
            continue
        same = _same_person(by_surname.get(surname, []), key, surname_at)
        if same is None:
            same = _new_person(len(persons), core, surname_at)
            persons.append(same)
            by_surname.setdefault(surname, []).append(same)
        _absorb(same, group, core)
    givens: dict[str, list[Person]] = {}  # lone words are checked against these: a map, not a scan
    for person in persons:
        givens.setdefault(_given_of(person), []).append(person)
    for word, group in sorted(single.items(), key=lambda item: _first_position(item[1])):
        if word in by_surname or word in givens:
            sharing = by_surname.get(word) or givens[word]
            for person in sharing:
                # A surname two people share says nothing about which one a role belongs to.
                _absorb(person, group if len(sharing) == 1 else [], None)
            continue
        if _single_is_person(word, group, lowercase_words):
            person = _new_person(len(persons), group[0].core, 0)
            persons.append(person)
            by_surname.setdefault(word, []).append(person)
            _absorb(person, group, None)
    return persons


def _drop_sentence_openers(occurrences: list[_Occurrence]) -> None:
    """ "Intrepid Mikolaj Zawada spends ...": a leading word is no name when the rest is one by itself
    elsewhere, and that word starts no other name."""
    keys = {_key(o.core) for o in occurrences if len(o.core) > 1}
    firsts: dict[str, int] = {}
    for occ in occurrences:
        firsts[occ.core[0].low] = firsts.get(occ.core[0].low, 0) + 1
    for occ in occurrences:
        if len(occ.core) > 2 and firsts[occ.core[0].low] == 1 and _key(occ.core[1:]) in keys:
            occ.core = occ.core[1:]


def _single_is_person(word: str, group: list[_Occurrence], lowercase_words: set[str]) -> bool:
    """A lone capitalised word is a person with a role, or when it speaks and is no common word."""
    if any(o.evidence == "strong" for o in group):
        return True
    if word in lowercase_words or not any(o.evidence == "speech" for o in group):
        return False
    # "Officials said" is capitalised only by its place at a sentence start.
    return any(not o.initial for o in group)


def _first_position(group: list[_Occurrence]) -> tuple[int, int]:
    return min((o.paragraph, o.np_start) for o in group)


def _same_person(candidates: list[Person], key: tuple[str, ...], surname_at: int) -> Person | None:
    """A person already registered under this surname whose given names fit ("Lloyd J. Austin")."""
    given = [w for i, w in enumerate(key) if i != surname_at and not w.endswith(".")]
    for person in candidates:
        known = [w.casefold() for w in person.given.split() if not w.endswith(".")]
        if given and known and (given[0] == known[0]):
            return person
    return None


def _new_person(person_id: int, core: tuple[Token, ...], surname_at: int) -> Person:
    # "Pieter van der Berg": the particles belong to the surname ("van der Berg"), not the given name.
    first = surname_at
    while first > 1 and core[first - 1].low in lx.NAME_PARTICLES and not core[first - 1].cap:
        first -= 1
    given = " ".join(t.text for i, t in enumerate(core) if i != surname_at and not first <= i < surname_at)
    return Person(
        id=person_id,
        name=" ".join(t.text for t in core),
        surname=" ".join(t.text for t in core[first : surname_at + 1]),
        given=given,
        family_first=surname_at == 0 and len(core) > 1,
    )


def _given_of(person: Person) -> str:
    return person.given.casefold() if person.given and " " not in person.given else ""


def _absorb(person: Person, group: list[_Occurrence], core: tuple[Token, ...] | None) -> None:
    """Add names, roles and gender seen in `group` to `person`, body text before captions."""
    if core is not None and len(" ".join(t.text for t in core)) > len(person.name):
        person.name = " ".join(t.text for t in core)
    forms = [person.name, person.surname]
    known_roles = {_fold(r) for r in person.roles}
    for occ in sorted(group, key=lambda o: (not o.body, o.paragraph, o.np_start)):
        forms.append(" ".join(t.text for t in occ.core))
        if occ.titled:
            forms.append(f"{occ.titled} {person.surname}")
        for role in occ.roles:
            if _fold(role) not in known_roles:
                known_roles.add(_fold(role))
                person.roles.append(role)
        person.gender = person.gender or occ.gender
    known = {_fold(a) for a in person.aliases} | {_fold(person.name)}
    for form in forms:
        if _fold(form) not in known:
            known.add(_fold(form))
            person.aliases.append(form)


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def _tag_mentions(
    article: Article,
    tokens_of: dict[int, list[Token]],
    occurrences: list[_Occurrence],
    persons: list[Person],
) -> dict[int, tuple[Mention, ...]]:
    """Every person, pronoun and non-person name of each paragraph, in text order."""
    full: dict[tuple[str, ...], int] = {}
    surnames: dict[str, list[int]] = {}
    givens: dict[str, list[int]] = {}
    for person in persons:
        full[tuple(person.name.casefold().split())] = person.id
        for alias in person.aliases:
            if " " in alias:
                full.setdefault(tuple(alias.casefold().split()), person.id)
        surnames.setdefault(person.surname.casefold().split()[-1], []).append(person.id)
        if person.given and " " not in person.given:
            givens.setdefault(person.given.casefold(), []).append(person.id)
    by_paragraph: dict[int, list[_Occurrence]] = {}
    for occ in occurrences:
        by_paragraph.setdefault(occ.paragraph, []).append(occ)
    result: dict[int, tuple[Mention, ...]] = {}
    for paragraph in article.paragraphs:
        number = paragraph.number
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for occ in by_paragraph.get(number, []):
            ids = _resolve_core(occ.core, full, surnames, givens, persons)
            start, end = occ.core[0].start, occ.core[-1].end
            if ids:
                kind = PERSON if len(ids) == 1 else AMBIGUOUS
                full_name = len(occ.core) > 1
                found.append(
                    Mention(
                        number,
                        start,
                        end,
                        kind,
                        ids,
                        occ.gender,
                        occ.subject_like,
                        paragraph.is_body,
                        full_name,
                        occ.core[-1].possessive,
                    )
                )
                # The role before the name ("School head") is part of the person, not a place.
                taken.append((occ.np_start, end))
        found.extend(
            m
            for m in _other_mentions(paragraph, tokens_of[number])
            if not any(a <= m.start < b for a, b in taken)
        )
        found.sort(key=lambda m: m.start)
        result[number] = tuple(found)
    return result


def _name_possessors(
    article: Article,
    occurrences: list[_Occurrence],
    mentions: dict[int, tuple[Mention, ...]],
    persons: list[Person],
) -> None:
    """ "his wife Cookie": the role says whose wife, naming the person "his" means, or just "wife"."""
    sentences = {p.number: p.sentences for p in article.paragraphs}
    for occ in occurrences:
        for role in occ.roles:
            determiner, _, rest = role.partition(" ")
            if determiner.casefold() not in _PERSONAL_POSSESSIVES or not rest:
                continue
            mention = next((m for m in mentions[occ.paragraph] if m.start == occ.core[0].start), None)
            if mention is None or mention.kind != PERSON:
                continue
            person = persons[mention.ids[0]]
            owner = _possessor(
                determiner.casefold(), occ, mentions[occ.paragraph], sentences[occ.paragraph], persons
            )
            named = f"{persons[owner].name}'s {rest}" if owner not in (None, person.id) else rest
            _rename_role(person, role, named, rest)


def _possessor(determiner: str, occ: _Occurrence, mentions, sentences, persons: list[Person]) -> int | None:
    """The person last named, in this or the two sentences before, known to be whom "his"/"her" means."""
    here = next((i for i, s in enumerate(sentences) if s.start <= occ.np_start < s.end), 0)
    window = sentences[max(0, here - constants.POSSESSOR_SENTENCES)].start if sentences else 0
    gender = "m" if determiner == "his" else "f"
    found = None
    for mention in mentions:
        if mention.start >= occ.np_start:
            break
        if mention.start >= window and mention.kind == PERSON and persons[mention.ids[0]].gender == gender:
            found = mention.ids[0]
    return found


def _rename_role(person: Person, role: str, named: str, bare: str) -> None:
    """Replace "his wife" by `named`; "Magic Johnson's wife" also replaces a plain "wife" seen before."""
    folded = [_fold(r) for r in person.roles]
    if _fold(role) not in folded:
        return
    at = folded.index(_fold(role))
    del person.roles[at]
    folded = [_fold(r) for r in person.roles]
    for same in (named, bare):
        if _fold(same) in folded:
            person.roles[folded.index(_fold(same))] = named
            return
    person.roles.insert(at, named)


_HE = frozenset("he him his himself".split())
_SHE = frozenset("she her hers herself".split())


def _infer_genders(article: Article, tokens_of, mentions, persons: list[Person]) -> None:
    """ "Magic Johnson announced that he had HIV": a sentence naming one person, then he or she.

    Votes per person; a person gets a gender only when their sentences agree.
    """
    votes: dict[int, set[str]] = {}
    for paragraph in article.paragraphs:
        tokens = tokens_of[paragraph.number]
        named = [m for m in mentions[paragraph.number] if m.kind == PERSON]
        for sentence in paragraph.sentences:
            inside = [m for m in named if sentence.start <= m.start < sentence.end]
            if len({m.ids[0] for m in inside}) != 1:
                continue
            after = inside[0].end
            for token in tokens:
                if after <= token.start < sentence.end and token.low in _HE | _SHE:
                    votes.setdefault(inside[0].ids[0], set()).add("m" if token.low in _HE else "f")
                    break
    for person in persons:
        seen = votes.get(person.id, set())
        if person.gender is None and len(seen) == 1:
            person.gender = next(iter(seen))


def _resolve_core(
    core: tuple[Token, ...],
    full: dict[tuple[str, ...], int],
    surnames: dict[str, list[int]],
    givens: dict[str, list[int]],
    persons: list[Person],
) -> tuple[int, ...]:
    key = _key(core)
    if key in full:
        return (full[key],)
    surname = core[_surname_index(core)].low
    ids = surnames.get(surname, [])
    if len(core) > 1:
        fitting = [i for i in ids if persons[i].given.casefold().split()[:1] == [key[0]]]
        return tuple(fitting)
    if ids:
        return tuple(ids)
    return tuple(givens.get(surname, [])) if len(givens.get(surname, [])) == 1 else ()


def _other_mentions(paragraph: Paragraph, tokens: list[Token]) -> list[Mention]:
    """Pronouns (he/she) and capitalised places or organisations, which are never speakers."""
    found = []
    for token in tokens:
        if not token.is_word:
            continue
        if token.low in lx.PRONOUNS_MALE or token.low in lx.PRONOUNS_FEMALE:
            gender = "m" if token.low in lx.PRONOUNS_MALE else "f"
            found.append(Mention(paragraph.number, token.start, token.end, PRONOUN, (), gender))
        elif token.cap and (token.low in lx.PLACES or token.low in lx.ORG_WORDS):
            found.append(Mention(paragraph.number, token.start, token.end, NONPERSON))
    return found
