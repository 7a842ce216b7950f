"""Name spotting: capitalised word runs that are people, with the evidence for each (a role
or honorific before, an appositive after, a verb of saying beside), so places stay out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from bot.core import constants
from bot.core.article import Paragraph
from bot.core.article.newsprint import PHOTO_AGENCIES
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import (
    AFFILIATION_WORDS,
    ARTICLES,
    BUSINESS_NOUNS,
    CHARACTERISING_VERBS,
    CLAUSE_OPENERS,
    COPULAS,
    INDEFINITE_ARTICLES,
    IRISH_ARTICLES,
    IRISH_NAME_PARTICLES,
    OBJECT_MARKERS,
    PARTICIPLE_MIN_CHARS,
    PERSONAL_POSSESSIVES,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
)
from bot.core.quotes.givennames import given_name_gender, is_given_name
from bot.core.quotes.references import person_demonym
from bot.core.quotes.roles import (
    affiliation_end,
    business_apposition,
    business_before,
    copula_role,
    formal_title,
    former_title,
    honorific_before,
    implied_gender,
    is_age,
    party_before_title,
    party_label_end,
    past_suffix_stop,
    role_after,
    role_before,
    speech_adverb,
    speech_next_to,
)
from bot.core.quotes.sources import INDEFINITE, plural_person_noun
from bot.core.quotes.subjects.shared import IRREGULAR_PAST

_NOT_NAMEISH = (
    lx.ROLE_HEADS
    | lx.TITLE_WORDS
    | lx.PLACES
    | lx.ORG_WORDS
    | lx.DEMONYMS
    | lx.NOT_NAMES
    | lx.HONORIFICS
    | lx.WEEKDAYS_MONTHS
    | lx.PARTY_LABELS
)


# Their plurals are groups ("Americans", "Coptic Christians"), never a surname.
_GROUP_SINGULARS = frozenset(
    "american hispanic latino asian african european democrat republican christian muslim catholic "
    "protestant jew hindu sikh buddhist mormon evangelical baptist methodist lutheran presbyterian "
    "anglican copt shiite sunni".split()
)


_TITLE_SURNAMES = (lx.ROLE_HEADS | lx.TITLE_WORDS) - lx.PLACES - lx.ORG_WORDS - lx.DEMONYMS - lx.NOT_NAMES


_GROUPS = lx.DEMONYMS | _GROUP_SINGULARS


_DIGIT = re.compile(r"\d")
_LETTER_PREFIX = re.compile(r"[A-Z]-[A-Z]")
# A name's suffix hyphened to the next given name: "Jr-Eric".
_SUFFIX_JOINED = re.compile(r"(?:Jr|Sr)[-–]")


@dataclass(slots=True)
class Occurrence:
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
    honorific: str | None = None  # "sen" of "Sen. Ada Brill": an office "the senator" may mean
    party: str | None = None  # "republican" of "Republican Sen. Ada Brill"
    apposed: bool = False  # a role set after the name by a comma ("Win Myat, a member of ...,")
    opens_quotation: bool = False  # right after an opening quotation mark (“Dump Reyes.”)
    stands_alone: bool = True  # not a modifier of the noun after it ("the Stop Reyes movement")
    business: bool = False  # described after a comma by a business's noun ("X, the company behind ...")
    quoted: bool = False  # inside quotation marks: someone's words name them


def _sentence_starts(paragraph: Paragraph, tokens: list[Token]) -> set[int]:
    """Indexes of the first word token of each sentence."""
    starts = set()
    sentence_starts = sorted(s.start for s in paragraph.sentences) or [0]
    pointer = 0
    for index, token in enumerate(tokens):
        if not token.is_word:
            continue
        while pointer < len(sentence_starts) and sentence_starts[pointer] <= token.start:
            # "“… it’s offensive!” Dorn said.": the attribution goes on the quoted sentence, so
            # the capital after its closing mark is the name's own, not a sentence's.
            if not _after_closing_mark(tokens, index) or token.low in lx.NOT_NAMES:
                starts.add(index)
            pointer += 1
    return starts


def _after_closing_mark(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].text in _CLOSING_MARKS


_CLOSING_MARKS = frozenset(("”", '"'))


def _runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words (with particles and title connectors inside)."""
    runs = []
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if not (token.is_word and (token.cap or _number_name(text, tokens, index))) or _headline_modal(token):
            index += 1
            continue
        end = index + 1
        while end < count and not tokens[end - 1].possessive:
            nxt = tokens[end]
            if not nxt.is_word or text[tokens[end - 1].end : nxt.start] != " " or _headline_modal(nxt):
                break
            if nxt.cap and nxt.low in lx.WEEKDAYS:
                break  # "writes political director Sam Pruett Monday": the day the words were written
            if nxt.cap and not _postnominal_after_name(text, tokens, index, end):
                end += 1
                continue
            if nxt.cap:
                break
            if nxt.low in lx.NAME_PARTICLES and _cap_follows(text, tokens, end):
                end += 1
                continue
            if _irish_article(tokens, index, end) and _cap_follows(text, tokens, end):
                end += 1  # "Seán Mac an tSaoi", "Máire Nic an Bhaird": the article is the surname's
                continue
            break
        end = _drop_trailing_particles(tokens, index, end)
        runs.append((index, end))
        index = end
    return runs


def _number_name(text: str, tokens: list[Token], index: int) -> bool:
    """ "rapper 50 Cent", "Rapper 50 Cent said": a short number opening a stage name, right after a
    role noun and right before a capitalised word."""
    token = tokens[index]
    if not (token.low.isdigit() and len(token.low) <= _NAME_NUMBER_DIGITS) or not 0 < index < len(tokens) - 1:
        return False
    nxt = tokens[index + 1]
    spaced = text[token.end : nxt.start] == " "
    return spaced and nxt.is_word and nxt.cap and lx.is_role_head(tokens[index - 1].low)


_NAME_NUMBER_DIGITS = 2


def _postnominal_after_name(text: str, tokens: list[Token], start: int, at: int) -> bool:
    """ "Brian Smith MSP said", "said Jane Doe QC.": letters of an office or honour ending a run of
    two or more words (not "the Ealing North MP", a place) stand after the name, outside it."""
    if not is_postnominal(tokens[at]) or at - start < 2:
        return False
    if start > 0 and tokens[start - 1].low in ARTICLES:
        return False
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    glued = following is not None and text[tokens[at].end : following.start] == " "
    named_after = glued and following.is_word and following.cap and not is_postnominal(following)
    return not named_after  # "Labour MP Jon Smith": a title before a name


def is_postnominal(token: Token) -> bool:
    return token.text.isupper() and token.low in lx.POSTNOMINALS


def postnominals_end(tokens: list[Token], index: int) -> int:
    """The index past the postnominal letters starting at `index` ("MP", "QC OBE"), else `index`."""
    while index < len(tokens) and is_postnominal(tokens[index]):
        index += 1
    return index


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
    if _LETTER_PREFIX.match(text):
        return False  # "T-Mobile", "E-Trade": a brand's single letter and hyphen, never a name
    if _SUFFIX_JOINED.match(text):
        return False  # "the Donald Jr-Eric Trump team": two people joined, no one's name
    low = text.casefold()
    if lx.is_role_head(low):
        return False
    if len(low) > _ABSTRACT_MIN_CHARS and low.endswith(_ABSTRACT_ENDINGS):
        return False  # "Western Journalism", "Conservatism": an outlet's or a doctrine's word
    # "Americans", "Hispanics": a plural of a nationality is a group.
    return low not in _NOT_NAMEISH and not (low.endswith("s") and low[:-1] in _GROUPS)


# Endings of abstract nouns, never a surname: "journalism", "conservatism".
_ABSTRACT_ENDINGS = ("ism",)
_ABSTRACT_MIN_CHARS = 5


# "Mr. David Park", "Ms. Ann Hall", "Rep. Dan Israel", "Mr Major", "Baroness Scotland": a place,
# body or title word that an honorific (or a politician's title before a given name) makes a surname.
_HONOURED = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Lord|Lady|Baroness|Baron)\.?\s+(?:[A-Z][a-z]+\s+)?|(?:Rep|Sen|Gov)\.\s+[A-Z][a-z]+\s+)([A-Z][a-z]+)\b"
)
_HONOURABLE = (lx.ORG_WORDS | lx.PLACES) - lx.ROLE_HEADS - lx.TITLE_WORDS - lx.WEEKDAYS_MONTHS - lx.NOT_NAMES
_HONOURABLE |= lx.ROLE_SURNAMES  # "Mr Major", "Ms King"; never "Mr President", an address
_HONOURABLE |= lx.DEMONYMS  # "Mr. German", "Ms. English"


# An office written before a person's full name ("Mayor Don Herald", "Judge Ann Court").
_TITLED_GIVEN = re.compile(
    r"\b(?:Mayor|Governor|Senator|Judge|Sheriff|Commissioner|Councillor|Councilman|Councilwoman)"
    r"\s+([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)\b"
)
# A given name before a body's word that is also a common surname: "Michael Bloomberg", "Jim Hall".
_HONORIFIC_SURNAMES = lx.ROLE_SURNAMES & lx.HONORIFICS  # "Baron": read as a title when alone
# Overlapping pairs, a middle initial allowed between them ("Michael R. Bloomberg").
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?=([A-Z][a-z]+)\b)")


def honoured_surnames(texts: list[str]) -> frozenset[str]:
    """Words the article gives an honorific as a surname ("Mr. David Park") though they name
    places or bodies elsewhere, so that "Park said" is that person; and the body words that are
    common surnames or nationalities' nouns which it writes after a given name ("Allen West", "Jim
    Hall", "Mindy Finn")."""
    found = set()
    for text in texts:
        for match in _HONOURED.finditer(text):
            word = match.group(1).casefold()
            if word in _HONOURABLE:
                found.add(word)
        for match in _TITLED_GIVEN.finditer(text):
            # "Atlantic City Mayor Don Herald": an office, a given name, then a body's word.
            word = match.group(2).casefold()
            if word in _HONOURABLE and is_given_name(match.group(1).casefold()):
                found.add(word)
        for match in _GIVEN_BEFORE.finditer(text):
            word = match.group(2).casefold()
            # "Ian Baron ... said Baron": an honorific that is also a surname, after a given name;
            # so a nationality's noun ("Mindy Finn ... Finn said").
            surname = word in lx.ORG_SURNAMES or word in _HONORIFIC_SURNAMES or person_demonym(word)
            if surname and is_given_name(match.group(1).casefold()):
                found.add(word)
        found.update(_role_framed_surnames(text))
    return frozenset(found)


def _role_framed_surnames(text: str) -> set[str]:
    """ "Tory co-chairman Liam Fox said", "Ruth Tower, a spokeswoman for the bank, said": a
    body's word after a name-like word is that person's surname when a lower-case role noun stands
    right before the pair or a role apposition right after it, whatever list the given name is on."""
    found = set()
    for pattern in (_ROLE_BEFORE_PAIR, _PAIR_BEFORE_ROLE, _PAIR_BEFORE_BARE_ROLE):
        for match in pattern.finditer(text):
            given, word, role = match.group("given"), match.group("word").casefold(), match.group("role")
            # "Liam Fox", "Colin High"; never a place, which the article may name as one elsewhere
            # ("Owen Paris, a producer, ... Officials in Paris said").
            surname = (word in _HONOURABLE or word in _TITLE_SURNAMES) and not is_place_word(word)
            framed = _role_phrase(role.casefold().split()) and not _role_noun_follows(text, match.end())
            if surname and _nameish_word(given) and framed:
                found.add(word)
    return found


def _role_noun_follows(text: str, end: int) -> bool:
    """ "the chief White House photographer", "one former Reyes White House official": a lower-case
    role noun right after the pair makes the pair its modifier, no one's name."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and _role_word(after.group(1))


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")


def _role_phrase(words: list[str]) -> bool:
    """Whether a role noun heads these words before any that ends the phrase ("a spokeswoman for",
    "the former chairman"; not "the lender whose chairman")."""
    for word in words:
        if _role_word(word):
            return True
        if word in _PHRASE_ENDS:
            return False
    return False


_PHRASE_ENDS = frozenset("for of at in with from whose which who that and or to by on".split())


def _role_word(low: str) -> bool:
    """A role noun, past a prefix ("co-chairman", "ex-minister") or a plural ("referees"), or a noun
    for a person's work told by its shape ("a software tester")."""
    low = low.rsplit("-", 1)[-1]
    return lx.is_role_head(low) or (low.endswith("s") and lx.is_role_head(low[:-1])) or lx.is_agent_noun(low)


# "co-chairman Liam Fox" (no capitalised word after the pair: "chairman Liam Fox News" is no name).
_ROLE_BEFORE_PAIR = re.compile(
    rf"\b(?P<role>[a-z][a-z-]{{1,{constants.WORD_CHARS_READ}}}) "
    r"(?P<given>[A-Z][a-z]+(?:[A-Z][a-z]+)?) (?P<word>[A-Z][a-z]+)\b(?! [A-Z])"
)
# "Ruth Tower, a spokeswoman for": a role noun among the apposition's first few words. A given name may
# have a capital inside ("KrisAnne Hall, an attorney").
_PAIR_BEFORE_ROLE = re.compile(
    r"\b(?P<given>[A-Z][a-z]+(?:[A-Z][a-z]+)?) (?P<word>[A-Z][a-z]+), (?:a|an|the) "
    r"(?P<role>(?:[a-z][\w'’-]* ){0,3}[a-z][a-z-]+)"
)
# "Liam Fox, Tory co-chairman, said": with no article, a role closed by its comma ("Barclays Bank,
# chief economist Ann Lee" is a firm and the person after it).
_PAIR_BEFORE_BARE_ROLE = re.compile(
    r"\b(?P<given>[A-Z][a-z]+(?:[A-Z][a-z]+)?) (?P<word>[A-Z][a-z]+), "
    r"(?:[A-Z][a-z]+ )?(?P<role>[a-z][a-z-]+),"
)


def _relation_brand(tokens: list[Token], start: int, at: int, end: int, initial: bool) -> bool:
    """ "said Roommate Finder": a relation noun capitalised mid-sentence, opening the run before a
    word that is no given name, is a brand's first word ("said Teammate Joe Root" is a relation)."""
    token = tokens[at]
    return (
        at == start
        and at + 1 < end
        and not initial
        and token.cap
        and token.low in lx.RELATION_NOUNS
        and not is_given_name(tokens[at + 1].low)
    )


def _initials(token: Token) -> bool:
    """Two capital letters that abbreviate no place, body, office, rank or honour ("KK", "AJ")."""
    low = token.low
    if len(token.text) != _INITIALS_LETTERS or not token.text.isalpha() or not token.text.isupper():
        return False
    return not (
        low in lx.PLACES
        or low in lx.US_PLACES
        or low in lx.ORG_WORDS
        or low in lx.POSTNOMINALS
        or low in lx.POLICE_RANKS
    )


_INITIALS_LETTERS = 2


def _split_core(
    tokens: list[Token], start: int, end: int, initial: bool, surnames: frozenset[str] = frozenset()
) -> int:
    """Index where the name at the end of run [start, end) begins (== end when there is none)."""
    index = end
    # "Martin Luther King Jr.": the surname ends the name before its suffix.
    last = end - 1 if end - 1 > start and lx.is_name_suffix(tokens[end - 1].text) else end
    while index > start:
        token = tokens[index - 1]
        # "Anne May", "David Ramadan", "Paul King": a surname that is also a month, a feast or a title,
        # after a given name.
        month_surname = (
            index == last
            and index - 1 > start
            and (token.low in CALENDAR_SURNAMES or token.low in _TITLE_SURNAMES)
            and nameish(tokens[index - 2])
            and not _title_of_place(tokens, index)
            and not _office_modifier(tokens[index - 2])
        )
        # "Carey Washington", "Ray Cuban": a place or nationality ending a run, after a given name;
        # "columnist Ai Jun wrote": a month's name as a romanised given name after a family name.
        last_of_two = index == end and index - 1 > start
        place_surname = last_of_two and _place_surname(tokens, index - 1)
        asian_month = last_of_two and _asian_month(tokens, index - 1)
        particle = token.low in lx.NAME_PARTICLES and _name_before_particles(tokens, start, index - 1)
        particle = particle or _given_particle_after_title(tokens, start, index - 1, end)
        particle = particle or _irish_article(tokens, start, index - 1)
        # "said Jan Morrow", "April Ryan": a month that is also a given name, right before a
        # surname and not after a word of time ("in May Holt said").
        given_month = (
            index < end
            and is_given_month(token.low)
            and _surname_at(tokens, index, end)
            and (index - 1 == 0 or tokens[index - 2].low not in _BEFORE_MONTHS)
        )
        # "said German Vidal": a nationality that is also a given name, opening the run right
        # before a surname ("German Chancellor Anna Berger" has a title between: a nationality).
        given_demonym = (
            index == end - 1
            and index - 1 == start
            and token.low in lx.DEMONYMS
            and is_given_name(token.low)
            and nameish(tokens[index])
        )
        # "said KK Mittal", "AJ Burnett, a pitcher": initials written without stops opening a
        # two-word run are a given name, not an abbreviation ("US Weekly", "BP", "MP" are not).
        initials = index == end - 1 and index - 1 == start and _initials(token) and nameish(tokens[index])
        initials = initials or (index - 1 == start and index < end and token.low.isdigit())  # "50 Cent"
        honoured = token.cap and token.low in surnames
        # "Maria Hall Dunning", "Helen Jordan Pryce": a body's or a place's word between a
        # given name and a surname is a middle name.
        middle_word = token.low in lx.ORG_WORDS or is_place_word(token.low)
        middle = index < end and index - 2 >= start and middle_word and token.cap
        middle = middle and is_given_name(tokens[index - 2].low)
        # "goalkeeper Energy Phiri": a body's word opening a two-word run right after a role noun in
        # lower case is the given name of the person the role introduces, not a department's name.
        given_body_word = (
            index == end - 1
            and index - 1 == start
            and _role_noun_before(tokens, start)
            and token.cap
            and token.low in lx.ORG_WORDS
            and nameish(tokens[index])
        )
        named = nameish(token) or honoured or month_surname or given_month or middle or given_demonym
        named = named or given_body_word or _relation_brand(tokens, start, index - 1, end, initial)
        named = named or initials
        named = named or place_surname or asian_month
        named = named or (index == end - 1 and _given_title_after_title(tokens, start, index - 1))
        # "Arthur Quinlan Vail IV": a suffix in capitals ends the name as "Jr." does.
        named = named or (index == end and index - 1 > start and lx.is_name_suffix(token.text))
        if not (named or (particle and index < end)) or (index < end and _place_modifier(token)):
            break
        if index < end and _compound_title_head(tokens, start, index - 1):
            break
        if index - 1 == start and index < end and initial and _opening_adverb(token):
            break  # "Interestingly Blocker, a wealthy industrialist, became ...": no given name
        if index - 1 == start and index == end - 1 and _describing_adjective(token):
            break  # "More: Defiant Halvorsen returns", "Combative Trump": a headline's adjective
        index -= 1
    while index < end and _leading_particle(tokens, index, end):
        index += 1
    # "Park Ji-won": a family name that is also an ordinary word, before a romanised given name.
    family = start < index < end and tokens[index - 1].low in lx.EAST_ASIAN_FAMILY_NAMES
    if family and all(lx.EAST_ASIAN_GIVEN.fullmatch(t.text) for t in tokens[index:end]):
        index -= 1
    # Particles do not count towards a name's length: "Joost van der Linde" is three words long.
    # Counted once and updated, not recounted per step: a run of capitalised words can be long.
    length = sum(t.low not in lx.NAME_PARTICLES for t in tokens[index:end])
    while length > constants.MAX_NAME_WORDS:
        length -= tokens[index].low not in lx.NAME_PARTICLES
        index += 1
    while index < end and _leading_particle(tokens, index, end):
        index += 1
    if index == start and initial and end - index == 1 and tokens[index].low in lx.NOT_NAMES:
        return end
    return index


def _office_modifier(token: Token) -> bool:
    """ "Deputy Campaign Manager and …": a word that narrows an office ("campaign", "finance") and
    is no title or given name itself, so the title word after it is the office's head, no surname."""
    return token.low in lx.ROLE_MODIFIERS and not lx.is_title(token.low) and not is_given_name(token.low)


def _role_noun_before(tokens: list[Token], start: int) -> bool:
    """A role noun written in lower case right before the run ("goalkeeper", "spokeswoman")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.is_word and not before.cap and lx.is_role_head(before.low)


def _title_of_place(tokens: list[Token], end: int) -> bool:
    """ "the Roman Catholic Archbishop of Cardiff", "King of Spain": a title word ending a run before
    "of" and a capitalised word names an office, no surname."""
    return end + 1 < len(tokens) and tokens[end].low == "of" and tokens[end + 1].cap


def _opening_adverb(token: Token) -> bool:
    """An adverb in -ly opening a sentence ("Interestingly", "Notably"), no given name ("Kelly")."""
    low = token.low
    return len(low) > _ADVERB_MIN_CHARS and low.endswith("ly") and not is_given_name(low)


_ADVERB_MIN_CHARS = 5


def _describing_adjective(token: Token) -> bool:
    """An adjective by its ending ("Defiant", "Combative", "Furious") before a surname: no given name
    the census lists ends so."""
    low = token.low
    return len(low) > _ADVERB_MIN_CHARS and low.endswith(_ADJECTIVE_ENDINGS) and not is_given_name(low)


_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "iant")


def _place_modifier(token: Token) -> bool:
    """ "a New Hampshire Pike veteran", "a Los Angeles-area Pike volunteer": a US place (or a
    word built on a place) before a surname says where, it is no part of the name; a place word
    that is a given name ("Virginia") may be."""
    head = token.low.split("-", 1)[0] if "-" in token.low else token.low
    place = head in lx.US_PLACES or (head != token.low and is_place_word(head))
    return place and not is_given_name(token.low)


def _leading_particle(tokens: list[Token], index: int, end: int) -> bool:
    """A particle opening the name, dropped from it ("van der Berg" alone); a capitalised one before
    the one word ending the run stays in the name ("Le Pen", "Du Bois", never "Pen"; "Al Moss")."""
    particle = tokens[index]
    if particle.low not in lx.NAME_PARTICLES or (particle.cap and particle.low in lx.NAME_OPENERS):
        return False  # "Ibn Omar Haddad", "Bin Rashid Khalil": the name opens with it
    if end - index == 1 and particle.cap and _speech_verb_after(tokens, index):
        return False  # "“…,” Della said": a lone particle that speaks is a surname ("Mike Della")
    # "Le Pen", and "Al Gore" or "Al Qaeda": a capitalised particle before one word opens the name,
    # a given name or the first word of a surname; never dropped to leave "Gore" or "Qaeda".
    return not (end - index == 2 and particle.cap and tokens[index + 1].cap)


def _speech_verb_after(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].low in lx.SPEECH_VERBS


def is_place_word(low: str) -> bool:
    """A country, city or nationality word ("washington", "cuban") that can still be a surname."""
    return (low in lx.PLACES or low in lx.DEMONYMS) and "." not in low


def _place_surname(tokens: list[Token], index: int) -> bool:
    """ "Carey Washington", "Owen Paris": a place or nationality word right after a common given
    name is that person's surname ("in May Paris" is a month; "Virginia" and "Georgia" are no given
    names here; "George Washington University" goes on past the place word)."""
    token, given = tokens[index], tokens[index - 1]
    if not token.cap or token.text.isupper() or not is_place_word(token.low):
        return False
    return given.cap and is_given_name(given.low) and given.low not in lx.WEEKDAYS_MONTHS and nameish(given)


def _asian_month(tokens: list[Token], index: int) -> bool:
    """ "Ai Jun": a month's name, romanised syllables, after an East Asian family name and before no
    number ("Moon Jun 5" is a date)."""
    token = tokens[index]
    if token.low not in lx.MONTHS or not lx.EAST_ASIAN_GIVEN.fullmatch(token.text):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    dated = following is not None and (following.text[:1].isdigit() or following.text == ".")
    return tokens[index - 1].low in lx.EAST_ASIAN_FAMILY_NAMES and not dated


def capitalised_words_before(text: str, at: int) -> str:
    """The capitalised words ending right before text[at] on its line, with the spaces after them
    ("American Red " before "Cross"); empty when there are none."""
    found = _CAPITALISED_BEFORE.search(text, max(0, at - constants.NAME_REACH_CHARS), at)
    return text[found.start() : at]


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’&.-]* +)*$")


def is_given_month(low: str) -> bool:
    """A month that is also a given name: "jan", "april", "may", "june", "august"."""
    return low in lx.WEEKDAYS_MONTHS and is_given_name(low)


# Words after which a month is a time: "in May", "last June", "since April", "on Jan 5".
_BEFORE_MONTHS = frozenset(
    "a an the in on since until till by from through last next early late mid of this that each every".split()
)


def _compound_title_head(tokens: list[Token], start: int, index: int) -> bool:
    """ "Harbour Master Priya Patel": a title head after a capitalised word ends the title, and the name
    starts after it."""
    token = tokens[index]
    return token.low in lx.COMPOUND_TITLE_HEADS and index > start and tokens[index - 1].cap


def _given_particle_after_title(tokens: list[Token], start: int, index: int, end: int) -> bool:
    """ "Senate Minority Whip Al Franken": a capitalised particle that is a given name, between a
    title and a surname, opens the name."""
    token = tokens[index]
    return (
        start < index < end - 1
        and token.cap
        and token.low in lx.NAME_PARTICLES
        and is_given_name(token.low)
        and _title_word(tokens[index - 1])
    )


def _given_title_after_title(tokens: list[Token], start: int, index: int) -> bool:
    """ "Sen. Dean Holloway", "Senator Dean Holloway": a title word that is also a given name, after
    an office's title, is the given name ("Associate Dean Lowe", after a mere role, is a title)."""
    token = tokens[index]
    if not token.cap or token.low not in lx.FORMAL_TITLES or not is_given_name(token.low):
        return False
    # "Sen." stands outside the run, its stop a token of its own.
    before = index - 2 if index >= 2 and tokens[index - 1].text == "." else index - 1
    if before < 0 or (before == index - 1 and before < start):
        return False
    title = tokens[before]
    return title.cap and (title.low in lx.FORMAL_TITLES or title.low in lx.HONORIFICS)


def _title_word(token: Token) -> bool:
    return token.cap and lx.is_title(token.low)


def _irish_article(tokens: list[Token], start: int, index: int) -> bool:
    """ "Seán Mac an tSaoi", "Nic an Bhaird": a lower-case article after an Irish particle, inside
    the surname."""
    token = tokens[index]
    return token.low in IRISH_ARTICLES and index > start and tokens[index - 1].low in IRISH_NAME_PARTICLES


def _name_before_particles(tokens: list[Token], start: int, index: int) -> bool:
    """ "Pieter van der Berg": a name word sits before the particles ending at `index`."""
    while index > start and tokens[index].low in lx.NAME_PARTICLES:
        index -= 1
    before = tokens[index]
    # "defender Jan de Vries": a month that is also a given name, before the particles, is a name word.
    return (
        index >= start
        and before.low not in lx.NAME_PARTICLES
        and (nameish(before) or _given_month_word(before))
    )


def _before_abbreviated_title(tokens: list[Token], end: int) -> bool:
    """A run ending on an abbreviated title, its stop and a capitalised word after ("Virginia Rep.
    Carl Denby"): a place before the title, never a given name and a surname."""
    if end + 1 >= len(tokens) or tokens[end - 1].low not in lx.HONORIFICS or tokens[end].text != ".":
        return False
    return tokens[end + 1].cap


def _given_month_word(token: Token) -> bool:
    return token.cap and is_given_month(token.low)


def _surname_at(tokens: list[Token], index: int, end: int) -> bool:
    """A surname starts at `index`: a name word, or particles before one ("de Vries", "van der Berg")."""
    while index < end - 1 and tokens[index].low in lx.NAME_PARTICLES and not tokens[index].cap:
        index += 1
    return index < end and nameish(tokens[index])


def name_occurrences(
    paragraph: Paragraph,
    tokens: list[Token],
    surnames: frozenset[str] = frozenset(),
    next_speaks: bool = False,
) -> list[Occurrence]:
    """The names of a paragraph; `surnames` are words the article makes surnames by honorific;
    `next_speaks` when the next paragraph opens on a quotation a he or she says (see
    `opens_on_pronoun_speaking`)."""
    initials = _sentence_starts(paragraph, tokens)
    found = []
    for start, end in _runs(paragraph.text, tokens):
        while start < end and _compound_adjective(tokens, start, end):
            # "the Oscar-nominated Owen", "Texas-based Ana Ruiz": a description, no name; alone
            # ("other June-voting states") no person at all
            start += 1
        if start < end and _NAME_ADJECTIVE.fullmatch(tokens[end - 1].text):
            continue  # "the Ivanka Trump-branded shoes", "a Dana Holt-led panel": a thing, no person
        if start == end or _after_saint(tokens, start, end) or _saint_abbreviation(tokens, start, end):
            continue  # "of St. Augustine, Fla.": a place named for a saint, no person
        if _before_abbreviated_title(tokens, end):
            continue  # "said Virginia Rep. Carl Denby": a state and a title, the name after them
        start = _past_photo_credit(paragraph.text, tokens, start, end)
        if start < end - 1 and _after_headline_modal(tokens, start):
            start += 1  # "Bill Would Keep Trump from Firing …": a headline's verb, then the name
        if start == end:
            continue
        if _inverted_opener(tokens, start, end, initials):
            start += 1  # "Said Williams: “…”": the verb opens the sentence, the name follows it
        if _question_auxiliary(tokens, start, end, initials):
            start += 1  # "Will Brandt run for governor?": a question's verb, then the name
        if end - start > 1 and tokens[end - 1].low in lx.PLATFORMS:
            end -= 1  # "the Mark Holt Facebook page": the person's page, named after the person
        core_start = _split_core(tokens, start, end, start in initials, surnames)
        core_start = _past_doubled_name(tokens, core_start, end)
        if core_start == start and _place_of_a_title(tokens, start, end):
            core_start = start + 1  # "Archbishop of Canterbury Rowan Williams": the see, then the name
        glued = core_start > start and tokens[core_start - 1].low in lx.ORG_WORDS - lx.TITLE_WORDS
        glued = glued and not _ends_title_of(tokens, core_start - 1)
        if glued and _given_body_word(tokens, start, core_start, end):
            core_start, glued = start, False
        if glued:
            # "Senate Minority Whip Dan Morley": a title glued to a body's word, then a full name.
            given = _first_given_name(tokens, core_start, end)
            core_start, glued = (given, False) if given is not None else (core_start, glued)
        full_name = end - core_start > 1 and is_given_name(tokens[core_start].low)
        if glued and full_name and _speaks_next(tokens, end):
            glued = False  # "A teacher at Hillside School Tom Hale said": a full name after the body's
        # A party and state ("R-Texas"), a quoted title, a thing after "the", a work's title: no person.
        thing = end - core_start == 1 and _PARTY_STATE.fullmatch(tokens[core_start].text) is not None
        # "D-Santa Rosa", "R-San Diego": a party and a place of two words
        thing = thing or _PARTY_STATE.fullmatch(tokens[start].text) is not None
        thing = thing or _in_quoted_title(tokens, start, end)
        thing = thing or (core_start < end and _a_thing_after_the(tokens, start, core_start))
        thing = thing or _work_title(tokens, start, end)
        # "the 27-year-old Frenchman said": a nationality noun alone names no one; nor does a social
        # platform where words were posted ("Matthew Conrad on Facebook said").
        demonym = end - core_start == 1 and person_demonym(tokens[core_start].low)
        thing = thing or (demonym and tokens[core_start].low not in surnames)  # not "Mr. German"
        thing = thing or _posted_on(tokens, core_start, end)
        # "during a Facebook Livestream", "on Instagram Live": a platform's feature, never a person.
        thing = thing or (end - core_start > 1 and tokens[core_start].low in lx.PLATFORMS)
        thing = thing or _plural_of_a_title(tokens, start, core_start, end)
        thing = thing or _title_joined_to_another(tokens, end)
        thing = thing or _body_before_role(tokens, core_start, end)
        thing = thing or _listed_in_a_body(tokens, core_start, end)
        thing = thing or _indefinite_title(tokens, start, core_start, end)
        thing = thing or _last_word_of_a_body(tokens, start, core_start, end)
        thing = thing or _field_of_an_office(tokens, core_start, end)
        institution = not _titled_full_name(tokens, core_start, end) and _named_after_institution(
            tokens, start, end
        )
        if core_start < end and not glued and not thing and not institution:
            found.append(_occurrence(paragraph, tokens, (start, core_start, end), initials, next_speaks))
    return found


def _after_saint(tokens: list[Token], start: int, end: int) -> bool:
    """ "St. Augustine", "Ste. Genevieve": a run right after the abbreviated "Saint" names a place (or
    a church, a school), never a person the article quotes."""
    saint = start >= 2 and tokens[start - 1].text == "." and _saint(tokens[start - 2].low)
    return saint and end - start <= _SAINT_PLACE_WORDS


def _saint(low: str) -> bool:
    """ "St", "Ste", or one closing a hyphened place ("University of Missouri-St. Louis")."""
    return low in _SAINT_ABBREVIATIONS or low.rpartition("-")[2] in _SAINT_ABBREVIATIONS


def _saint_abbreviation(tokens: list[Token], start: int, end: int) -> bool:
    """ "St." alone, its stop after it: the start of a place's name ("said St. Clair County Sheriff
    Dana Rourke"), never a person's."""
    stop = end < len(tokens) and tokens[end].text == "."
    return end - start == 1 and stop and tokens[start].low in _SAINT_ABBREVIATIONS


_SAINT_ABBREVIATIONS = frozenset(("st", "ste"))
# "St. Marys", "St. Augustine Beach": a short run; "St. Louis County Prosecuting Attorney Bob McCulloch"
# goes on to a person.
_SAINT_PLACE_WORDS = 2


def _past_photo_credit(text: str, tokens: list[Token], start: int, end: int) -> int:
    """ "… | Alex Wong/Getty Images Cassidy says …", "… | Getty Trump signs …": the agency of a
    caption's credit, after a slash or a bar, is no part of the headline's name after it."""
    before = text[max(0, tokens[start].start - _CREDIT_MARK_REACH) : tokens[start].start].rstrip()
    if not before.endswith(_CREDIT_MARKS) or tokens[start].text not in PHOTO_AGENCIES:
        return start
    start += 1
    while start < end and tokens[start].low in _CREDIT_WORDS:
        start += 1
    return start


_CREDIT_MARKS = ("/", "|")
_CREDIT_MARK_REACH = 2  # "Wong/Getty", "… lunch. | Getty"
_CREDIT_WORDS = frozenset(("images", "photo", "photos"))


def _after_headline_modal(tokens: list[Token], start: int) -> bool:
    """A capitalised modal inside a run of capitalised words, right before this one ("Bill Would Keep
    Trump"): a title-case headline's verb follows it, not a name, unless the word is a given name. A
    modal opening a question ("Could Melania Trump …?") leaves the name after it whole."""
    if start < 2 or not _headline_modal(tokens[start - 1]) or is_given_name(tokens[start].low):
        return False
    before = tokens[start - 2]
    return before.is_word and before.cap


def _headline_modal(token: Token) -> bool:
    """ "Would", "Could": a capitalised modal, which ends a run of a title-case headline's words."""
    return token.cap and token.low in lx.HEADLINE_MODALS


def _past_doubled_name(tokens: list[Token], core_start: int, end: int) -> int:
    """ "Phyllis Schlafly Phyllis Schlafly:": a name a web page's leftovers write twice in a row is
    the name once; where its second copy starts."""
    half = (end - core_start) // 2
    if half < 2 or end - core_start != 2 * half:
        return core_start
    first = [t.text for t in tokens[core_start : core_start + half]]
    return core_start + half if first == [t.text for t in tokens[core_start + half : end]] else core_start


def _titled_full_name(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "Chamber of Commerce President Dana Pruitt": a title's head, then a given name and a surname, is
    a person named after the body's name, not more of that name."""
    if core_start < 1 or end - core_start < 2:
        return False
    title = tokens[core_start - 1].low
    if not is_given_name(tokens[core_start].low):
        # "Office of Management and Budget Director Mick Mulvaney said": a capitalised title, then
        # two words closing the run before its verb, names a person whatever the given name.
        two = end - core_start == 2 and tokens[core_start - 1].cap and _speaks_next(tokens, end)
        if not two:
            return False
    return title in lx.TITLE_WORDS or lx.is_role_head(title)


def _speaks_next(tokens: list[Token], end: int) -> bool:
    """A verb of saying or punctuation right after a name: it stands whole, no modifier of a noun
    after it ("the White House James S. Brady briefing room")."""
    following = tokens[end] if end < len(tokens) else None
    if following is None or not following.is_word or following.low in lx.SPEECH_VERBS:
        return True
    # "Research director at the Harlow Policy Institute Paul Vint is applauding": an auxiliary after
    # it makes the name the clause's subject.
    return following.low in _AUXILIARIES_AFTER_NAME


_AUXILIARIES_AFTER_NAME = frozenset("is was has had will would".split())


def _posted_on(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "on Facebook", "via Twitter": a platform after the preposition saying where words appeared."""
    placed = core_start > 0 and tokens[core_start - 1].low in _POSTED_ON
    return placed and end - core_start == 1 and tokens[core_start].low in lx.PLATFORMS


_POSTED_ON = frozenset("on via".split())


def _given_body_word(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """ "in what Bay Buchanan, national treasurer ..., called": a body's word that is also a name,
    alone before a surname, is the person's given name, no title glued to it; not a compass point
    ("of North Carolina") nor a place after a preposition."""
    if end - start != 2 or core_start != start + 1:
        return False
    low = tokens[start].low
    placed = start > 0 and tokens[start - 1].low in _PLACE_PREPOSITIONS
    return low in lx.ORG_SURNAMES and low not in _COMPASS_POINTS and not placed


_COMPASS_POINTS = frozenset("north south east west".split())
_PLACE_PREPOSITIONS = frozenset("of in from at near to".split())


def _inverted_opener(tokens: list[Token], start: int, end: int, initials: set[int]) -> bool:
    """ "Said Williams:", "Added Ms Holt:": a verb of saying opening a sentence before its speaker
    and a colon, as sports and British copy write it (not "Said Musa, the prime minister").
    "Adds Axel Merk, chief investment officer at Merk: “…”": an apposition before the colon."""
    if start not in initials or end - start < 2 or tokens[start].low not in _INVERTED_VERBS:
        return False
    if end < len(tokens) and tokens[end].text == ":":
        return True
    apposed = end < len(tokens) and tokens[end].text == ","
    return apposed and tokens[start].low != "said" and _colon_opens_quotation(tokens, end)


def _colon_opens_quotation(tokens: list[Token], index: int) -> bool:
    """A colon and an opening quotation mark come after `index` before the sentence ends."""
    for at in range(index, len(tokens) - 1):
        if tokens[at].text in _SENTENCE_ENDS:
            return False
        if tokens[at].text == ":":
            return tokens[at + 1].text in qm.OPENING_MARKS
    return False


_INVERTED_VERBS = frozenset("said says added adds continued continues explained explains".split())


def _question_auxiliary(tokens: list[Token], start: int, end: int, initials: set[int]) -> bool:
    """ "More: Will Trump be ready for North Korea?": an auxiliary verb opening a question before a
    name and a verb in lower case is no given name ("Will", "May")."""
    opening = start in initials or (start > 0 and tokens[start - 1].text == ":")
    if not opening or end - start < 2 or tokens[start].low not in _QUESTION_AUXILIARIES:
        return False
    if end >= len(tokens) or tokens[end].cap or not tokens[end].is_word:
        return False
    for token in tokens[end:]:
        if token.text in _SENTENCE_ENDS:
            return token.text == "?"
    return False


_QUESTION_AUXILIARIES = frozenset(
    "will can could would should did does do is has may might must shall won’t won't".split()
)


# A capitalised word joined by a hyphen to a lower-case one: an adjective ("Oscar-nominated").
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w.]*-[a-z][\w-]*")


def _compound_adjective(tokens: list[Token], start: int, end: int) -> bool:
    """ "Oscar-nominated", "Texas-based" before a name; a romanised hyphened given name before a
    surname ("Mei-lin Tosh", "Seo-yeon Park") is the name's own first word."""
    text = tokens[start].text
    if not _COMPOUND_ADJECTIVE.fullmatch(text):
        return False
    return start + 1 == end or not lx.EAST_ASIAN_GIVEN.fullmatch(text)


# A name joined to a participle or "era" ("Trump-branded", "Holt-led", "Obama-era"), not a romanised
# given name's second syllable ("Ban Ki-moon", "Ri Yong-ho").
_NAME_ADJECTIVE = re.compile(r"[A-Z][\w.]*-(?:[a-z]+ed|[a-z]{3,}ing|era|style)")


def _work_title(tokens: list[Token], start: int, end: int) -> bool:
    """ "presents Stars In Their Eyes", "a role in Gone With The Wind": a capitalised run with a
    capitalised small word inside it is the title of a work, no name ("Eyes" said nothing)."""
    return any(
        t.low in _TITLE_SMALL_WORDS and t.text.istitle() and len(t.text) > 1 for t in tokens[start + 1 : end]
    )


# Small words a title capitalises and a person's name never holds (particles such as "Van" apart).
_TITLE_SMALL_WORDS = frozenset(
    "in on at to for with from of the a an and or their his her my your our its is are me you we".split()
)


def _plural_of_a_title(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """ "the Joint Chiefs said": a title's plural alone after a title's modifier ("Joint", "Army")
    names the body of those officers, no one called "Chiefs"; an honorific or a role before a word
    ("Mr Kings", "Judge Masters") still names a person."""
    if end - core_start != 1 or core_start == start:
        return False
    word, before = tokens[core_start].low, tokens[core_start - 1].low
    plural = word.endswith("s") and lx.is_role_head(word[:-1]) and word[:-1] in lx.TITLE_WORDS
    modifier = before in lx.TITLE_WORDS and not lx.is_role_head(before) and before not in lx.HONORIFICS
    return plural and modifier and tokens[core_start - 1].end == tokens[core_start].start - 1


def _title_joined_to_another(tokens: list[Token], end: int) -> bool:
    """ "Microsoft President and Chief Legal Officer Brad Smith": capitalised words ending in a title
    word that "and" joins to another title are a title, the name after both; not a surname that is
    also a title ("Carole King and ...")."""
    last = tokens[end - 1].low
    if last not in lx.TITLE_WORDS or last in lx.ROLE_SURNAMES or end + 1 >= len(tokens):
        return False
    following = tokens[end + 1]
    return tokens[end].low == "and" and following.cap and following.low in lx.TITLE_WORDS


def _a_thing_after_the(tokens: list[Token], start: int, core_start: int) -> bool:
    """ "of the Greek Vicariate", "on the Harbor Express": capitalised words right after "the"
    (past a nationality or place) that open with no given name are a body or a thing, no person.
    A sentence's capitalised "The" opens the run itself ("The American Legion wrote")."""
    if start < core_start and tokens[start].low == "the":
        start += 1
    elif start < 1 or tokens[start - 1].low != "the":
        return False
    if any(t.low not in lx.DEMONYMS and t.low not in lx.PLACES for t in tokens[start:core_start]):
        return False  # "Speaker of the House Newt Gingrich": a title's words stand between
    return not is_given_name(tokens[core_start].low)


def _first_given_name(tokens: list[Token], core_start: int, end: int) -> int | None:
    """Where a full name starts inside a core that opens with title words, none a given name."""
    if core_start >= end or is_given_name(tokens[core_start].low):
        return None
    return next(
        (i for i in range(core_start + 1, end - 1) if tokens[i].cap and is_given_name(tokens[i].low)), None
    )


def _place_of_a_title(tokens: list[Token], start: int, end: int) -> bool:
    """ "the then-Archbishop of Canterbury Rowan Williams", "Mayor of Dunmore Zeb Tolliver": a run of
    three capitalised words after a title and "of", its first no given name, is the place the title
    is of and a full name; the place is no part of the name. So after "for", the field of an office
    ("Minister for Sport Ann Holt", "Assistant Secretary of the Navy for Supply Mark Sable")."""
    if end - start != 3 or start < 2 or tokens[start - 1].low not in _TITLE_LINKS:
        return False
    title = tokens[start - 2].text.rsplit("-", 1)[-1]
    low = title.casefold()
    titled = title[:1].isupper() and (lx.is_role_head(low) or low in lx.TITLE_WORDS)
    titled = titled or (tokens[start - 1].low == "for" and _office_ends(tokens, start - 2))
    return titled and not is_given_name(tokens[start].low) and tokens[start].low not in lx.TITLE_WORDS


_TITLE_LINKS = frozenset(("of", "for"))
_OFFICE_BODY_WORDS = 3  # "of the Air Force", "of the Navy", "of Homeland Security"


def _office_ends(tokens: list[Token], index: int) -> bool:
    """The body an office is of ends at `index`: "Secretary of the Air Force", "Under-Secretary of
    Defense": capitalised words after a title, "of" and perhaps "the"."""
    at = index
    while at >= 0 and index - at < _OFFICE_BODY_WORDS and tokens[at].is_word and tokens[at].cap:
        at -= 1
    if at == index:
        return False
    if at >= 0 and tokens[at].low == "the":
        at -= 1
    if at < 1 or tokens[at].low != "of":
        return False
    low = tokens[at - 1].low
    return tokens[at - 1].cap and (lx.is_role_head(low) or low in lx.TITLE_WORDS)


def _ends_title_of(tokens: list[Token], index: int) -> bool:
    """ "Speaker of the House Newt Gingrich", "Secretary of the Navy": the body word before the name
    ends a title, not a body's own name glued to it."""
    if index < 3 or tokens[index - 1].low != "the" or tokens[index - 2].low != "of":
        return False
    title = tokens[index - 3].low
    return lx.is_role_head(title) or title in lx.TITLE_WORDS


def _in_quoted_title(tokens: list[Token], start: int, end: int) -> bool:
    """ "on CBS's “Face the Nation,” House Speaker Ray Coe said": a capitalised run inside a short
    quoted title (every word capitalised or a small joining word) is part of that title, no name."""
    opening = next(
        (i for i in range(start - 1, max(-1, start - 1 - _TITLE_TOKENS), -1) if tokens[i].text in _OPENERS),
        None,
    )
    closing = next((i for i in range(end, min(len(tokens), end + 2)) if tokens[i].text in _CLOSERS), None)
    if opening is None or closing is None:
        return False
    inside = tokens[opening + 1 : closing]
    return all(t.text == "," or (t.is_word and (t.cap or t.low in _TITLE_JOINERS)) for t in inside)


_TITLE_TOKENS = 5
_OPENERS = frozenset(("“", '"'))
_CLOSERS = frozenset(("”", '"'))
_TITLE_JOINERS = frozenset("the a an of and in on for to at with".split())
# "Rep. Joe Crane, R-Texas, said": a party and state after a name (AP style) is no person.
_PARTY_STATE = re.compile(rf"{lx.US_PARTY_STATE}[A-Za-z]*")


def _body_before_role(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "deputy White House press secretary", "deputy Harbor House spokesman": a name ending in a
    body's word, then a lower-case role a word or two on, is the body the role serves, no person."""
    if end - core_start < 2 or tokens[end - 1].low not in lx.ORG_WORDS - lx.TITLE_WORDS:
        return False
    for at in range(end, min(len(tokens), end + _ROLE_AFTER_BODY_WORDS)):
        token = tokens[at]
        if not token.is_word or token.cap:
            return False
        if lx.is_role_head(token.low):
            return True
    return False


_ROLE_AFTER_BODY_WORDS = 2  # "press secretary", "spokesman"


def _last_word_of_a_body(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """ "the executive director of the Marsh Valley Health Link": one word closing a capitalised run
    after "of the" ends the body's name, no person called Link."""
    if end - core_start != 1 or core_start == start or start < 2:
        return False
    return tokens[start - 1].low == "the" and tokens[start - 2].low in _BODY_LINKS


_BODY_LINKS = frozenset(("of", "at"))


def _field_of_an_office(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "the Office of the Director of National Intelligence": one word narrowing an office
    ("Intelligence", "Security") closing the body a title is "of" is the office's field, no person
    called Intelligence ("Secretary of State Kerry" ends on a surname)."""
    return end - core_start == 1 and _office_modifier(tokens[core_start]) and _office_ends(tokens, end - 1)


def _indefinite_title(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """ "Another top Varnish Commander told": a capitalised title closing a run after "a", "one" or
    "another" (and a rank or two) is someone's office, unnamed, never a person called Commander."""
    last = tokens[end - 1].low
    if end - core_start < 2 or not lx.is_title(last) or last in lx.ROLE_SURNAMES:
        return False
    if is_given_name(tokens[core_start].low):
        return False  # "a Carole King song": a full name ending in a title's word
    if start < core_start and tokens[start].low in INDEFINITE:
        return True  # "A Varnish Commander told": the article opening the sentence, in the run
    at = start - 1
    while at >= 0 and start - at <= _INDEFINITE_RANKS and tokens[at].low in lx.ROLE_MODIFIERS:
        at -= 1
    return at >= 0 and tokens[at].low in INDEFINITE


_INDEFINITE_RANKS = 2  # "another top senior"


def _listed_in_a_body(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "the House Ports and Harbors Committee", "the Senate Banking and Housing Subcommittee": a
    run joined by "and" to capitalised words ending in a body's word is the first of the words the
    body's name lists, no person (unless it opens with a given name)."""
    if (
        end + 1 >= len(tokens)
        or tokens[end].low not in _LIST_JOINERS
        or is_given_name(tokens[core_start].low)
    ):
        return False
    joined = False  # "the union's Speech, Privacy, and Technology Office": commas, then "and"
    for at in range(end, min(len(tokens), end + 1 + _LISTED_BODY_WORDS)):
        token = tokens[at]
        if token.low in _LIST_JOINERS:
            joined = joined or token.low == "and"
            continue
        if not token.is_word or not token.cap:
            return False
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        ends_run = following is None or not (following.is_word and following.cap)
        if joined and token.low in lx.ORG_WORDS - lx.TITLE_WORDS and ends_run:
            return True  # not "Barack Obama and House Speaker John Boehner"
    return False


_LIST_JOINERS = frozenset((",", "and"))
_LISTED_BODY_WORDS = 6  # "and Harbors Committee", ", Privacy, and Technology Office"


def _named_after_institution(tokens: list[Token], start: int, end: int | None = None) -> bool:
    """ "the Commission on Presidential Debates", "Bank of Harbor City": the words after an
    institution's connector belong to its name, not to a person; so do the words its name lists
    after them ("Department of Health and Social Care", "Department for Environment, Food and Rural
    Affairs"), unless they open with a given name (a person named after the body)."""
    # A name after a comma is listed only when the list goes on after it ("Food" of "Environment,
    # Food and Rural Affairs"): "the Associated Press on Wednesday, Conte said" names Conte.
    following = tokens[end].low if end is not None and end < len(tokens) else ""
    if start >= 1 and tokens[start - 1].low == "," and following not in _INSTITUTION_LIST_JOINERS:
        return False
    at = start
    for _ in range(_INSTITUTION_LISTED):
        if at < 2:
            return False
        if tokens[at - 1].low in _INSTITUTION_CONNECTORS or _institution_to(tokens, at):
            head = tokens[at - 2]
            return head.cap and head.low in lx.ORG_WORDS - lx.TITLE_WORDS
        if tokens[at - 1].low not in _INSTITUTION_LIST_JOINERS or is_given_name(tokens[start].low):
            return False
        at -= 1
        while at > 0 and tokens[at - 1].is_word and tokens[at - 1].cap:
            at -= 1
        if not tokens[at].cap:
            return False
    return False


_INSTITUTION_CONNECTORS = frozenset("on of for".split())


def _institution_to(tokens: list[Token], at: int) -> bool:
    """ "the Committee to Protect Journalists": "to" and a capitalised verb, no given name, go on a
    body's name ("the Commission to Ruth Banner" hands something to a person)."""
    return tokens[at - 1].low == "to" and not is_given_name(tokens[at].low)


_INSTITUTION_LIST_JOINERS = frozenset(("and", ","))
_INSTITUTION_LISTED = 4  # "Department for Digital, Culture, Media and Sport": the name lists four


def _occurrence(
    paragraph: Paragraph,
    tokens: list[Token],
    run: tuple[int, int, int],
    initials: set[int],
    next_speaks: bool = False,
) -> Occurrence:
    """The name tokens[core_start:end] of the capitalised run starting at `start`, with its evidence."""
    start, core_start, end = run
    text = paragraph.text
    role, role_start = role_before(text, tokens, core_start, initials)
    honorific = honorific_before(tokens, core_start)
    # "Sen. Clare Dunmore (D-Mo.) said": the party label names a politician and stands aside.
    labelled = party_label_end(tokens, postnominals_end(tokens, end))
    after = role_after(text, tokens, labelled)
    if after and after.isdigit():
        # "Maria Chen, 34, a nurse at the clinic, said": the role is the appositive after the age.
        after = role_after(text, tokens, labelled + 2) or after
    speech = speech_next_to(tokens, core_start, labelled) and not _institution_like(
        tokens, start, core_start, end
    )
    np_start = role_start if role else core_start
    # "a Salem resident named Caroline": a person called by the given name alone, which tells her gender.
    named = _named_as(tokens, core_start, end)
    named_gender = given_name_gender(tokens[core_start].low) if named and end - core_start == 1 else None
    if honorific and not role:
        np_start = core_start - (2 if tokens[core_start - 1].text == "." else 1)
        # "Republican presidential hopeful Sen. Dale Whitcomb ... said": a role written before the
        # honorific is the name's too, and the phrase opens where that role does.
        role, role_start = role_before(text, tokens, np_start, initials)
        np_start = role_start if role else np_start
    return Occurrence(
        paragraph=paragraph.number,
        core=tuple(tokens[core_start:end]),
        roles=tuple(
            r
            for r in (role or former_title(tokens, core_start, honorific), after)
            if r and not r[0].isdigit()
        ),
        np_start=tokens[np_start].start,
        evidence=_evidence(
            role
            or honorific
            or after
            or labelled > end
            or copula_role(tokens, end)
            or named
            or _party_member_before(tokens, core_start, end)
            or _example_of_people(tokens, start)
            or _initials_before_who(tokens, core_start, labelled),
            speech,
            _pronoun_evidence(tokens, (start, core_start, end), initials, next_speaks)
            or _full_name_pronoun_evidence(tokens, (start, core_start, end), initials)
            or _and_own_possessive(tokens, end)
            or ("pronoun" if _reflexive_object_gender(tokens, end) else ""),
        )
        or _weak_evidence(tokens, core_start, end),
        initial=core_start == start and start in initials,
        body=paragraph.is_body,
        gender=implied_gender(honorific, role, after, _given_word(tokens, core_start, end))
        or named_gender
        or _reflexive_gender(tokens, labelled)
        or _reflexive_object_gender(tokens, end),
        subject_like=(_subject_like(tokens, np_start, core_start) and not _employer_of_named(tokens, end))
        or _speech_follows(tokens, labelled)
        or _speech_precedes(tokens, np_start),
        titled=formal_title(role) if role else None,
        honorific=honorific,
        party=party_before_title(tokens, core_start, honorific),
        apposed=bool(after),
        # "a statement released by Editor Dana Baron, the paper set out ...": after a preposition the
        # name closes an opening phrase, and the business noun after the comma opens the main clause.
        business=(
            business_apposition(tokens, labelled)
            and not (np_start > 0 and tokens[np_start - 1].low in PREPOSITIONS)
        )
        or business_before(tokens, np_start, labelled),
    )


def _example_of_people(tokens: list[Token], start: int) -> bool:
    """ "protesters like Wren Ostler", "residents such as Rain Burroughs": a name given as one of the
    people a plural noun before "like" or "such as" names is a person's."""
    at = start - 1
    if at >= 1 and tokens[at].low == "as" and tokens[at - 1].low == "such":
        at -= 1
    elif at < 0 or tokens[at].low != "like":
        return False
    plural = tokens[at - 1] if at >= 1 else None
    if plural is None or not plural.is_word or plural.cap or not plural.low.endswith("s"):
        return False
    return plural_person_noun(plural.low)


def _pronoun_evidence(
    tokens: list[Token], run: tuple[int, int, int], initials: set[int], next_speaks: bool = False
) -> str:
    """ "Dorn openly admitted that his pick was political. “…,” he said.": a lone word opening a
    sentence before a verb in the past (an adverb in -ly between at most; "has repeatedly
    suggested" too), whose paragraph goes on with a he or she saying something, is a person the
    paragraph speaks of; so is one opening its paragraph's last sentence when the next paragraph
    opens on a quotation a he or she says (`next_speaks`). So is a lone word after an opening
    connective with a "who" clause before its verb ("Meanwhile Zoraya, who won the top award, spoke
    about self-love. “…,” she said."): "who" is said of people alone."""
    start, core_start, end = run
    if core_start == start + 1 and tokens[start].low in _OPENING_CONNECTIVES:
        start = core_start  # "Meanwhile Zoraya": the connective opens the sentence, the name follows
    elif core_start != start:
        return ""
    opening = start in initials or (start - 1 in initials and tokens[start - 1].low in _OPENING_CONNECTIVES)
    if end - core_start != 1 or not opening:
        return ""
    word = tokens[start].text
    if (start and tokens[start - 1].text in qm.ALL_OPENING_MARKS) or not word.isalpha() or word.endswith("s"):
        return ""  # "“I’m sure,” he said"; "Statistics showed": a plural noun, no surname
    at = end
    who = _who_clause_end(tokens, at)
    at = who if who is not None else at
    at = _past_adverb(tokens, _past_too(tokens, at))
    if who is None and at + 1 < len(tokens) and tokens[at].low in _PERFECT_AUXILIARIES:
        at = _past_adverb(tokens, at + 1)  # "Brandt has repeatedly suggested"
    verb = tokens[at] if at < len(tokens) else None
    if verb is None or not verb.is_word or verb.cap:
        return ""
    if verb.low in _TELLING or (who is not None and verb.low in IRREGULAR_PAST):
        # "Madonna told fans she was back. “…,” she said": a one-word name, as a singer or a
        # stage name is written, telling something; never a body or a noun for people ("Police").
        low = tokens[start].low
        if _place_or_body(low) or low in lx.SOURCE_NOUNS or lx.is_person_noun(low):
            return ""
        return "pronoun" if _speaks_after(tokens, at + 1, next_speaks) else ""
    if not verb.low.endswith("ed"):
        return ""
    if len(verb.low) < _PAST_MIN_CHARS or (at + 1 < len(tokens) and tokens[at + 1].text == ","):
        return ""  # "Eyebrows raised, he asked": a participle phrase, no subject and its verb
    return "pronoun" if _speaks_after(tokens, at + 1, next_speaks) else ""


_PERFECT_AUXILIARIES = frozenset(("has", "had"))


def _and_own_possessive(tokens: list[Token], end: int) -> str:
    """ "Biden and his wife, Jill,", "Varga and some of her top aides": a his or her right after
    "and" that follows the name is the name's own, which a body's would not be ("its")."""
    if end + 1 >= len(tokens) or tokens[end].low != "and":
        return ""
    after = tokens[end + 1].low
    if after == "some" and end + 3 < len(tokens) and tokens[end + 2].low == "of":
        after = tokens[end + 3].low
    return "pronoun" if after in PERSONAL_POSSESSIVES else ""


def _past_too(tokens: list[Token], at: int) -> int:
    """`at`, or the index past ", too," or ", also," when it opens there ("Zoraya, too, condemned")."""
    aside = [t.text.casefold() for t in tokens[at : at + 3]]
    return at + 3 if len(aside) == 3 and aside[0] == aside[2] == "," and aside[1] in _ALSO else at


_ALSO = frozenset(("too", "also"))


def _past_adverb(tokens: list[Token], at: int) -> int:
    """`at`, or the index after it when it holds an adverb in -ly ("openly admitted")."""
    token = tokens[at] if at < len(tokens) else None
    if token is not None and token.is_word and not token.cap and token.low.endswith("ly"):
        return at + 1
    return at


def _speaks_after(tokens: list[Token], start: int, next_speaks: bool) -> bool:
    """A he or she saying something in the sentence after the one running at `start`: in this
    paragraph, or opening the next when that sentence is this paragraph's last."""
    if _speaks_next_sentence(tokens, start):
        return True
    return next_speaks and _in_last_sentence(tokens, start)


def _in_last_sentence(tokens: list[Token], start: int) -> bool:
    """Whether no word outside quotation marks follows the end of the sentence running at `start`."""
    return not any(
        sentence == 1 and tokens[index].is_word
        for index, sentence in _unquoted_to_next_sentence_end(tokens, start)
    )


def opens_on_pronoun_speaking(tokens: list[Token]) -> bool:
    """ "“They have fewer people,” he said at the capitol.": a paragraph opening on a quotation whose
    first words outside the marks are a he or she and a verb of saying."""
    if not tokens or tokens[0].text not in qm.ALL_OPENING_MARKS:
        return False
    for index, sentence in _unquoted_to_next_sentence_end(tokens, 0):
        if tokens[index].is_word:
            low = tokens[index].low
            return sentence == 0 and low in _SPEAKING_PRONOUNS and tokens[index + 1].low in lx.SPEECH_VERBS
    return False


def _full_name_pronoun_evidence(tokens: list[Token], run: tuple[int, int, int], initials: set[int]) -> str:
    """ "Tessa Quarrie, visiting from India, gasps. “How could anybody do this?” she said.": two
    name-like words opening a sentence, no place's, body's or title's, whose paragraph goes on with a
    he or she saying something in the next sentence, name a person (a given name not on the list)."""
    start, core_start, end = run
    if end - core_start != 2 or core_start != start:
        return ""
    fronted = start not in initials and _after_opening_phrase(tokens, start, initials)
    if start not in initials and not fronted:
        return ""
    if start and tokens[start - 1].text in qm.ALL_OPENING_MARKS:
        return ""
    words = tokens[start:end]
    if not all(t.text.isalpha() and nameish(t) and not _place_or_body(t.low) for t in words):
        return ""
    if words[0].low in _NAMED_WEATHER or _modifies_noun(tokens, end):
        return ""  # "Storm Ciara battered ...", "Blue Peter presenters visited ...": no person
    if fronted:
        # "For forty years, Hamish Reid has carried passengers .... Next month, he will make his final
        # crossing.": the name as subject after an opening phrase, the next sentence's subject he or she.
        return "pronoun" if _alone_goes_on_next_sentence(tokens, end) else ""
    return "pronoun" if _alone_speaks_next_sentence(tokens, end) else ""


def _after_opening_phrase(tokens: list[Token], start: int, initials: set[int]) -> bool:
    """Whether the run at `start` follows a short opening phrase of lower-case words and numbers
    closed by a comma ("For forty years, ", "Next month, "), from the sentence's first word."""
    if start < 2 or tokens[start - 1].text != ",":
        return False
    for index in range(start - 2, max(-1, start - 2 - _OPENING_PHRASE_WORDS), -1):
        if index in initials:
            return True
        token = tokens[index]
        if not token.is_word or token.cap:
            return False
    return False


_OPENING_PHRASE_WORDS = 5  # "For the past forty years, ": the words before a fronted subject


def _alone_goes_on_next_sentence(tokens: list[Token], start: int) -> bool:
    """Whether the sentence after the one running at `start` has a he or she as its subject, opening it
    or after its own opening phrase, and no two name-like words together come before it."""
    previous = None
    for index, sentence in _unquoted_to_next_sentence_end(tokens, start):
        named = nameish(tokens[index]) and nameish(tokens[index + 1])
        if (
            named
            and tokens[index].low not in _GEOGRAPHIC_OPENERS
            and tokens[index - 1].low not in _GEOGRAPHIC_OPENERS
        ):
            return False
        if sentence == 1:
            if tokens[index].low in _SPEAKING_PRONOUNS:
                return previous is None or previous in _SUBJECT_OPENERS
            previous = tokens[index].text if tokens[index].text == "," else "word"
    return False


_SUBJECT_OPENERS = frozenset((",",))  # "Next month, he will ...": after an opening phrase's comma


def _who_clause_end(tokens: list[Token], end: int) -> int | None:
    """Where the main clause goes on after ", who ... ," right after a name (the word past the
    clause's closing comma), or None: no such clause, or one the sentence ends inside."""
    if end + 2 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].low != "who":
        return None
    for index in range(end + 2, min(len(tokens) - 1, end + 2 + _WHO_CLAUSE_MAX_TOKENS)):
        text = tokens[index].text
        if text in qm.SENTENCE_ENDS or text in qm.ALL_OPENING_MARKS:
            return None
        if text == ",":
            return index + 1
    return None


# Connectives that may open a sentence before its subject ("Meanwhile Zoraya, who ...").
_OPENING_CONNECTIVES = frozenset("meanwhile but and then later also yet still".split())
_WHO_CLAUSE_MAX_TOKENS = 25  # "who was honored with the prestigious Rockstar award,": a short clause


# Words that open the name of a storm ("Storm Ciara", "Hurricane Katrina"), never a person's.
_NAMED_WEATHER = frozenset(("storm", "hurricane", "typhoon", "cyclone"))


def _modifies_noun(tokens: list[Token], end: int) -> bool:
    """ "Blue Peter presenters visited": a lower-case noun after the two words and a past verb
    after it make them a modifier of the noun (a show's, a firm's name), not the subject."""
    if end + 1 >= len(tokens) or not tokens[end].is_word or tokens[end].cap:
        return False
    if tokens[end].low in _AUXILIARIES:
        return False  # "Hamish Reid has carried ...": the name is the subject of "has carried"
    verb = tokens[end + 1]
    return verb.is_word and not verb.cap and (verb.low.endswith("ed") or verb.low in lx.SPEECH_VERBS)


_AUXILIARIES = frozenset("has had have is was are were will would could can did does may might".split())


def _place_or_body(low: str) -> bool:
    return (
        low in lx.PLACES
        or low in lx.US_PLACES
        or low in lx.ORG_WORDS
        or low in lx.DEMONYMS
        or lx.is_title(low)
    )


def _speaks_next_sentence(tokens: list[Token], start: int) -> bool:
    """A he or she and a verb of saying, outside quotation marks, in the sentence after the one
    running at `start` (not in that one: "Voters decided ...,” he said" is inside a quotation)."""
    for index, sentence in _unquoted_to_next_sentence_end(tokens, start):
        if sentence == 1 and tokens[index].low in _SPEAKING_PRONOUNS:
            return tokens[index + 1].low in lx.SPEECH_VERBS
    return False


def _alone_speaks_next_sentence(tokens: list[Token], start: int) -> bool:
    """As `_speaks_next_sentence`, with no two name-like words together, outside quotation marks,
    before the end of that next sentence: someone else the he or she may mean ("Google Maps claims
    ..., but Ivo Brandt ... isn't so sure. ... he said")."""
    speaks = None
    for index, sentence in _unquoted_to_next_sentence_end(tokens, start):
        if nameish(tokens[index]) and nameish(tokens[index + 1]):
            return False
        if speaks is None and sentence == 1 and tokens[index].low in _SPEAKING_PRONOUNS:
            speaks = tokens[index + 1].low in lx.SPEECH_VERBS
    return bool(speaks)


def _unquoted_to_next_sentence_end(tokens: list[Token], start: int) -> Iterator[tuple[int, int]]:
    """Each token outside quotation marks from `start` to the end of the next sentence, with its
    sentence: 0 for the one running at `start`, 1 for the next (never the paragraph's last token:
    callers read the token after)."""
    ends, inside = 0, False
    for index in range(start, len(tokens) - 1):
        text = tokens[index].text
        if text in qm.DOUBLE_MARKS:
            inside = text != "”" and (text == "“" or not inside)
        elif not inside and text in qm.SENTENCE_ENDS:
            ends += 1
            if ends > 1:
                return
        elif not inside:
            yield index, ends


_SPEAKING_PRONOUNS = frozenset(("he", "she"))
# Verbs of saying in the past with no -ed ("Madonna told fans ...", "Cher wrote on Twitter ...").
_TELLING = frozenset("told wrote said".split())
_PAST_MIN_CHARS = 5  # "asked", "added"; not "red", "bed"


def _given_word(tokens: list[Token], core_start: int, end: int) -> str | None:
    """The first word of a name of two words or more, which may be a given name."""
    return tokens[core_start].low if end - core_start >= 2 else None


def _reflexive_gender(tokens: list[Token], end: int) -> str | None:
    """ "Osbourne himself was at a loss": an emphatic himself/herself right after a name tells
    which of two people sharing the surname is meant."""
    after = tokens[end].low if end < len(tokens) else ""
    return _REFLEXIVE_GENDERS.get(after)


_REFLEXIVE_GENDERS = {"himself": "m", "herself": "f"}


def _reflexive_object_gender(tokens: list[Token], end: int) -> str | None:
    """ "Sanders compared himself to Clinton": a name, a verb, then himself or herself as its object
    shows a person of that gender (no body or thing "compared himself")."""
    if end + 1 >= len(tokens):
        return None
    verb = tokens[end]
    if not verb.is_word or verb.cap or not verb.low.endswith(_FINITE_ENDINGS):
        return None
    return _REFLEXIVE_GENDERS.get(tokens[end + 1].low)


_FINITE_ENDINGS = ("ed", "s")  # "compared himself", "describes herself"


def _named_as(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "a 52-year-old Salem resident named Caroline.", "a woman, identified only as Joan,": a person
    introduced by a description, then by the name alone, which ends the phrase ("the senator called
    Dunncare a disaster" calls a thing something)."""
    if end < len(tokens) and tokens[end].text not in _PHRASE_CLOSERS:
        return False
    at = core_start - 1
    if at >= 0 and tokens[at].low == "as":
        at -= 2 if at >= 1 and tokens[at - 1].low == "only" else 1
        participles = _NAMING_PARTICIPLES_AS
    else:
        participles = _NAMING_PARTICIPLES
    if at < 1 or tokens[at].low not in participles:
        return False
    at -= 2 if tokens[at - 1].text == "," and at >= 2 else 1
    return lx.is_person_noun(tokens[at].low)


_NAMING_PARTICIPLES = frozenset(("named", "called"))
_NAMING_PARTICIPLES_AS = frozenset(("identified", "known"))
_PHRASE_CLOSERS = frozenset(",.;:)")


def _employer_of_named(tokens: list[Token], end: int) -> bool:
    """ "AccuWeather meteorologist and emergency preparedness specialist Becky DePodwin said": a name
    right before a lower-case role noun that a few words on heads a person's full name is the
    employer describing that person, no subject of its own."""
    if (
        end >= len(tokens)
        or not tokens[end].is_word
        or tokens[end].cap
        or not lx.is_role_head(tokens[end].low)
    ):
        return False
    for at in range(end + 1, min(len(tokens) - 1, end + 1 + _EMPLOYER_ROLE_WORDS)):
        token = tokens[at]
        if token.is_word and token.cap:
            return is_given_name(token.low) and tokens[at + 1].is_word and tokens[at + 1].cap
        if not token.is_word or token.low in lx.SPEECH_VERBS:
            return False
    return False


_EMPLOYER_ROLE_WORDS = 6  # "meteorologist and emergency preparedness specialist"


def _subject_like(tokens: list[Token], np_start: int, core_start: int) -> bool:
    """Whether the noun phrase starting at `np_start` (its name at `core_start`) can be a subject ("X
    and Y said" counts)."""
    if _opening_participle(tokens, np_start):
        return False  # "Accompanying Gov. Paul Hennessy on his tour, Quillon said": the participle's object
    np_start = _past_particle_and_title(tokens, np_start)  # "Mr. van Lohuizen, the pollster, notes"
    if tokens[np_start].low in lx.HONORIFICS:
        # "But state Rep. Rita Holt-Barker ... recalled": the phrase opens at "state"; "taking on the
        # state's GOP Sen. Kelly Ayotte": at "GOP", a party label, after the owner of the title.
        # "backing Texas Sen. Pavel Drury", "former Colorado Rep. Pat Schroeder": the title's state
        # opens the phrase too, and the word before it all tells.
        seat_words = 0
        while np_start > 0 and (
            tokens[np_start - 1].low in _TITLE_MODIFIERS
            or tokens[np_start - 1].low in lx.PARTY_LABELS
            or (seat_words < _SEAT_WORDS and _seat_word(tokens[np_start - 1]))
        ):
            seat_words += _seat_word(tokens[np_start - 1])
            np_start -= 1
    if np_start > 0 and tokens[np_start].low in lx.HONORIFICS and tokens[np_start - 1].low == "the":
        np_start -= 1  # "On the other side, the Rev. Martin Oakhurst, ..., said": the article opens it
    if np_start > 0 and is_age(tokens[np_start - 1].low):
        np_start -= 1  # "76-year-old Martin Coyle, founder of ..., endorsed": the age opens the phrase
    np_start = _school_year_start(tokens, np_start)
    np_start = _described_role_start(tokens, np_start)
    np_start = _bodys_role_start(tokens, np_start)
    np_start = _owned_role_start(tokens, np_start)
    np_start = _platform_user_start(tokens, np_start)
    while np_start > 0 and tokens[np_start - 1].low in _KIN_ADJECTIVES:
        np_start -= 1  # "Mr. Nur's older sister, Ifrah, walked": the owner opens the phrase
    if np_start == core_start and np_start > 0 and tokens[np_start - 1].low in _LEANINGS:
        np_start -= 1  # "And, finally, progressive Ed Kilgore compiled": the leaning opens the phrase
    if (
        0 < np_start < core_start
        and tokens[np_start - 1].low in ARTICLES
        and (_capitalised_role(tokens, np_start) or _lower_case_role(tokens, np_start))
    ):
        # "but an Iranian negotiator, Abbas Araqchi, told": the phrase opens at "an"; not "a Rubio
        # spokesman", where the name is the role's modifier.
        np_start -= 1
    elif np_start == core_start and np_start > 0 and tokens[np_start - 1].low in INDEFINITE_ARTICLES:
        return False  # "A Holt pal offered this explanation": the name modifies the noun after it
    previous = tokens[np_start - 1] if np_start > 0 else None
    if previous is not None and previous.low in _COORDINATORS and np_start >= 2:
        # "Police arrested Victor Lund and Sam Ortiz", "face Reyes or Sen. Ted Dorn": the second
        # name is what the first one is.
        first = np_start - 2
        while first >= 0 and tokens[first].is_word and tokens[first].cap:
            first -= 1
        if first < np_start - 2:
            return _opens_clause(tokens[first] if first >= 0 else None)
        if tokens[np_start - 2].text in qm.DASH_TOKENS:
            return True  # "... had “harbor manners” — and Mr. Brandt was eager to repeat it": a new clause
        return _opens_clause(tokens[np_start - 2])
    if previous is not None and previous.possessive and previous.cap and np_start >= 2:
        # "ahead of Germany's Karl Brenn": a place's or team's owner before the name; the word before
        # it tells ("Britain's Tom Harker shook off ..." opens the sentence; "noted NBC's Ray
        # Dorrit" is an inverted subject).
        at = _owner_start(tokens, np_start - 1) - 1
        owner_before = tokens[at] if at >= 0 else None
        if owner_before is None:
            return True
        # "told NBC's Mark Moss": whom one tells is no subject
        inverted = owner_before.low in lx.SPEECH_VERBS and owner_before.low not in lx.LISTENER_VERBS
        return inverted or _opens_clause(owner_before)
    if (
        previous is not None
        and previous.low in COPULAS
        and np_start >= 2
        and tokens[np_start - 2].text == ","
    ):
        return True  # "Across town, canvassing for the mayor, is Lionel Carver, ...": an inverted subject
    copula = _copula_before(tokens, np_start)
    if copula is not None and _one_of_them_opens(tokens, copula):
        return True  # "One of those victims was former player Frank Gaddis": whom the sentence brings in
    if (
        previous is not None
        and previous.text == ","
        and np_start >= 2
        and tokens[np_start - 2].low in PREPOSITIONS
    ):
        return False  # "drew close to, or even ahead of, front-runner Donald Trump": still the object
    if previous is not None and previous.low in _NAMING_PARTICIPLES and np_start >= 2:
        # "A young man named Tom Reddick stood up": the phrase the person's noun opens tells.
        return _described_person_opens_clause(tokens, np_start - 2)
    if previous is not None and previous.cap and previous.low in lx.DEMONYMS and np_start >= 2:
        # "now faces Russian Igor Andreev": a nationality before the name; the word before it tells
        # ("said Russian Igor Andreev" is an inverted subject).
        before = tokens[np_start - 2]
        return before.low in lx.SPEECH_VERBS or _opens_clause(before)
    if _described_after_article(tokens, np_start):
        return True  # "An energized Mayor Nadia Brell, appearing at a rally, seized on"
    if _topic_opening(tokens, np_start):
        return True  # "As for Pell, the doctor told the Ledger he ...": whom the sentence goes on about
    if _after_time_noun(tokens, np_start):
        return True  # "She made her remarks the same day Rep. Oskar Brandt ... said": a clause's subject
    if _agent_of_saying(tokens, np_start):
        return True  # "a claim rejected by RNC Chairman Reince Priebus": who rejects it speaks
    return _opens_clause(previous) or qm.closes_aside(tokens, np_start - 1)


def _agent_of_saying(tokens: list[Token], np_start: int) -> bool:
    """A name after "by" and a passive verb of rejecting a claim ("a claim rejected by", "was denied
    by", "a report disputed by"): the agent, who said so, stands as a subject would."""
    if np_start < 2 or tokens[np_start - 1].low != "by":
        return False
    return tokens[np_start - 2].low in _DISPUTING


# Not "was asked by moderator Gerard Baker": the one asked answers, the asker goes on no further.
_DISPUTING = frozenset(
    "rejected disputed challenged contradicted rebuffed refuted denied dismissed criticized criticised "
    "condemned "
    # Judging it well in words ("a plan praised by Senate Minority Leader Harriet Voss"): said too.
    "praised applauded lauded hailed commended welcomed".split()
)


def _topic_opening(tokens: list[Token], np_start: int) -> bool:
    """ "As for Pell,", "The response of Rep. Aldo Brenn has been sharp": the name after "As for" or
    after "the" and a stance's noun and "of" opening a clause, the topic the clause goes on about."""
    if np_start >= 2 and tokens[np_start - 1].low == "for" and tokens[np_start - 2].low == "as":
        return _opens_clause(tokens[np_start - 3] if np_start >= 3 else None)
    if np_start < 3 or tokens[np_start - 1].low != "of" or tokens[np_start - 2].low not in _STANCE_NOUNS:
        return False
    return tokens[np_start - 3].low == "the" and _opens_clause(
        tokens[np_start - 4] if np_start >= 4 else None
    )


_STANCE_NOUNS = frozenset("response reaction view position stance answer".split())


def _after_time_noun(tokens: list[Token], np_start: int) -> bool:
    """ "the same day Rep. Oskar Brandt said", "the moment Holt arrived": a name right after "the"
    (or "the same", "that") and a time's noun opens the clause the time noun leaves out "when" of."""
    if np_start < 2 or tokens[np_start - 1].low not in _CLAUSE_TIME_NOUNS:
        return False
    return tokens[np_start - 2].low in _TIME_DETERMINERS


_CLAUSE_TIME_NOUNS = frozenset("day week moment time night morning".split())
_TIME_DETERMINERS = frozenset(("same", "the", "that"))


_PARTICIPLE_ENDINGS = ("ed", "ing")  # "An energized Mayor Brell", "A smiling Holt"


def _described_after_article(tokens: list[Token], np_start: int) -> bool:
    """An article and a participle opening the sentence before the name ("An energized Mayor Brell",
    "A smiling Holt"); not "told a stunned Holt", whose article opens an object."""
    if np_start < 2:
        return False
    describing, article = tokens[np_start - 1], tokens[np_start - 2]
    participle = describing.low.endswith(_PARTICIPLE_ENDINGS) and describing.low.isalpha()
    if not (describing.is_word and participle and not describing.cap) or article.low not in ARTICLES:
        return False
    return np_start == 2 or tokens[np_start - 3].text in _SENTENCE_ENDS


def _described_person_opens_clause(tokens: list[Token], noun: int) -> bool:
    """Whether a person's noun at `noun`, with its describing words and article, opens a clause
    ("A young man named ...", "Then a woman called ...")."""
    noun = _back_over_place(tokens, noun)
    if not lx.is_person_noun(tokens[noun].low):
        return False
    at = _back_over_describing(tokens, noun)
    if at > 0 and tokens[at - 1].low in ARTICLES:
        at -= 1
    if at >= 2 and tokens[at - 1].low in COPULAS and tokens[at - 2].low in _HE_OR_SHE:
        # "He is a sheriff from Dunmore County named Brock Haldane who ...": the person the he is
        return _opens_clause(tokens[at - 3] if at >= 3 else None)
    return _opens_clause(tokens[at - 1] if at > 0 else None)


def _back_over_place(tokens: list[Token], at: int) -> int:
    """The person's noun before a place phrase ending at `at` ("a sheriff from Dunmore County"), else
    `at`."""
    back = at
    while back > 0 and tokens[back].is_word and tokens[back].cap:
        back -= 1
    if back == at or back < 1 or tokens[back].low not in _PLACING_WORDS:
        return at
    return back - 1


_PLACING_WORDS = frozenset(("from", "of", "in"))
_HE_OR_SHE = lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE


def _past_particle_and_title(tokens: list[Token], np_start: int) -> int:
    """Where "Mr. van Lohuizen" opens when its phrase was taken to start at the surname: back over a
    lower-case particle and an abbreviated title before it; else `np_start`."""
    at = np_start
    if (
        at == 0
        or not tokens[at - 1].is_word
        or tokens[at - 1].cap
        or tokens[at - 1].low not in lx.NAME_PARTICLES
    ):
        return np_start
    at -= 1
    if at >= 2 and tokens[at - 1].text == "." and tokens[at - 2].low in lx.HONORIFICS:
        at -= 2
    return at


def _opening_participle(tokens: list[Token], at: int) -> bool:
    """ "Accompanying", "Praising": a capitalised verb in -ing opening its sentence, which takes the
    name after it as its object."""
    token = tokens[at]
    opens = at == 0 or tokens[at - 1].text in _SENTENCE_ENDS
    ing = token.low.endswith("ing") and len(token.low) > PARTICIPLE_MIN_CHARS
    if not (opens and token.cap and ing) or is_place_word(token.low) or is_given_name(token.low):
        return False
    # A title or a given name follows: the -ing word is no first name ("Browning said").
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is None or not (lx.is_title(following.low) or is_given_name(following.low)):
        return False
    # "Ranking member Elijah Cummings said", "Managing editor Ann Holt": an office's adjective
    return following.cap or token.low not in _ROLE_PARTICIPLES


# Words in -ing that describe a lower-case role after them rather than take an object.
_ROLE_PARTICIPLES = frozenset(
    "ranking presiding managing founding governing reigning sitting visiting retiring serving ruling "
    "commanding investigating consulting supervising dissenting attending acting leading".split()
)


# Words before a relative's noun that say which one ("older sister", "late husband").
_KIN_ADJECTIVES = frozenset("older younger elder eldest oldest youngest big little late twin".split())


def _copula_before(tokens: list[Token], np_start: int) -> int | None:
    """The copula right before the name at `np_start`, or before a lower-case role of a few words
    ("was former football player Frank Gaddis")."""
    at = np_start - 1
    role = next((t for t in tokens[np_start : np_start + 2] if t.is_word and not t.cap), None)
    if role is not None and lx.is_role_head(role.low):
        while at > 0 and np_start - at < _ROLE_BEFORE_WORDS and tokens[at].is_word:
            if tokens[at].low in COPULAS:
                break
            at -= 1
    return at if at >= 0 and tokens[at].low in COPULAS else None


_ROLE_BEFORE_WORDS = 5


def _one_of_them_opens(tokens: list[Token], copula: int) -> bool:
    """The sentence of the copula at `copula` opens "One of ..." or "Among ..." and names no one before
    it: a name after the copula is whom it introduces, the topic a he or she goes on with."""
    at = copula - 1
    while at >= 0 and tokens[at].text not in _SENTENCE_ENDS:
        if tokens[at].is_word and tokens[at].cap and at > 0 and tokens[at - 1].text not in _SENTENCE_ENDS:
            return False  # a name of its own before the copula: "One of Holt's aides was ..."
        at -= 1
    opener = at + 1
    if opener >= copula:
        return False
    first = tokens[opener].low
    return (first == "one" and opener + 1 < copula and tokens[opener + 1].low == "of") or first == "among"


_SENTENCE_ENDS = frozenset(".!?")


def _lower_case_role(tokens: list[Token], np_start: int) -> bool:
    """ "the mayor, Halvard Ostrum, had a ready response", "the businessman Snyder had": a lower-case
    role before the name it renames; the article opens the phrase."""
    role = tokens[np_start]
    return role.is_word and not role.cap and lx.is_role_head(role.low)


def _capitalised_role(tokens: list[Token], np_start: int) -> bool:
    """ "Iranian negotiator, Abbas Araqchi": a role opening with a capitalised word before a name, its
    head a lower-case role word within a few words ("the Kelly File" is no role)."""
    following = tokens[np_start : np_start + _CAPITALISED_ROLE_WORDS]
    return tokens[np_start].cap and any(t.is_word and not t.cap and lx.is_role_head(t.low) for t in following)


_CAPITALISED_ROLE_WORDS = 3  # "Iranian nuclear negotiator"


def _school_year_start(tokens: list[Token], np_start: int) -> int:
    """ "High school senior Aldo Fenwick, 17, has worked ...": a student's year and school before the
    name open its phrase (back to the capitalised word opening the school's words), else `np_start`."""
    year = np_start - 1
    if year < 1 or tokens[year].low not in _SCHOOL_YEARS or tokens[year - 1].low not in _SCHOOLS:
        return np_start
    at = year - 1
    while at > 0 and tokens[at - 1].is_word and (tokens[at - 1].cap or tokens[at - 1].low in _SCHOOLS):
        at -= 1  # "High school", "Westmoor High School"
    return at


_SCHOOL_YEARS = frozenset("freshman sophomore junior senior".split())
_SCHOOLS = frozenset("school college university".split())


def _described_role_start(tokens: list[Token], np_start: int) -> int:
    """Where a lower-case role before a name opens when adjectives stand between it and its
    determiner ("The candidate's glamorous wife Ann Holt brought ...": the phrase opens at "The"),
    else `np_start`."""
    if not tokens[np_start].is_word or tokens[np_start].cap:
        return np_start
    at = _back_over_describing(tokens, np_start)
    if at < np_start and at > 0 and tokens[at - 1].text == ",":
        return at  # "Meanwhile, conservative radio host Gordon Tally thinks": the phrase opens the clause
    if at == np_start or at == 0 or tokens[at - 1].low not in _ROLE_DETERMINERS:
        return np_start
    return at - 1


# Political leanings written before a name as a description ("progressive Ed Kilgore").
_LEANINGS = frozenset(
    "progressive conservative liberal moderate libertarian centrist leftist populist".split()
)
_ROLE_DESCRIBING_WORDS = 3  # "candidate's glamorous", "mayor's longtime chief"
_ROLE_DETERMINERS = frozenset("the a an his her their".split())


_PARTNER_NOUNS = frozenset(("mate",))  # "running mate", which no role list holds


def _owned_role_start(tokens: list[Token], np_start: int) -> int:
    """Where a name's lower-case role owned by someone opens ("Varga’s running mate Marten Olle
    previewed": at "Varga’s", so the word before the owner tells whether it is a subject), else
    `np_start`."""
    role = np_start - 1
    person_noun = role >= 1 and (lx.is_person_noun(tokens[role].low) or tokens[role].low in _PARTNER_NOUNS)
    if not person_noun or not _describing(tokens[role]):
        return np_start  # "running mate", "chief strategist", "longtime aide"
    at = _back_over_describing(tokens, role)
    owner = tokens[at - 1] if at > 0 else None
    return at - 1 if owner is not None and owner.is_word and owner.possessive and owner.cap else np_start


def _platform_user_start(tokens: list[Token], np_start: int) -> int:
    """Where "Twitter user Ona Falk" opens: a platform's name and its user's noun before the name,
    so the word before the platform tells whether it is a subject; else `np_start`."""
    user, platform = np_start - 1, np_start - 2
    if platform < 0 or tokens[user].low not in _PLATFORM_USERS or not tokens[platform].cap:
        return np_start
    return platform if tokens[platform].low in lx.PLATFORMS else np_start


_PLATFORM_USERS = frozenset(("user", "poster", "commenter", "blogger"))


def _bodys_role_start(tokens: list[Token], np_start: int) -> int:
    """Where a lower-case role before a name opens when a body's name and a word or two of the
    office stand before it at the start of a sentence ("City budget director Alan Pryce", "White
    House budget director Mick Mulvaney almost conceded"), else `np_start`."""
    if not tokens[np_start].is_word or tokens[np_start].cap:
        return np_start
    at = _back_over_describing(tokens, np_start)
    body = at
    while body > 0 and tokens[body - 1].is_word and tokens[body - 1].cap and not tokens[body - 1].possessive:
        body -= 1
    if body == at or (body > 0 and tokens[body - 1].text not in _SENTENCE_ENDS):
        return np_start
    return body


def _describing(token: Token) -> bool:
    """A lower-case word that may describe a role before it: an adjective or an owner ("candidate's")."""
    low = token.low
    return (
        token.is_word
        and not token.cap
        and low not in _ROLE_DETERMINERS
        and low not in OBJECT_MARKERS
        and low not in CLAUSE_OPENERS
        and low not in lx.SPEECH_VERBS
    )


def _back_over_describing(
    tokens: list[Token], at: int, describing: Callable[[Token], bool] = _describing
) -> int:
    """Back from `at` over up to _ROLE_DESCRIBING_WORDS words before it that `describing` accepts
    ("candidate's glamorous", "veteran Miami criminal"): where the first of them stands, else `at`."""
    start = at
    while at > 0 and start - at < _ROLE_DESCRIBING_WORDS and describing(tokens[at - 1]):
        at -= 1
    return at


def _owner_start(tokens: list[Token], possessive: int) -> int:
    """Where an owner's name ending in the possessive at `possessive` starts: "Massachusetts
    Institute of Technology's Ruth Vane" is owned by all four words, the sentence opening before."""
    at = possessive
    while at >= 1 and tokens[at - 1].is_word:
        before = tokens[at - 1]
        linked = before.low in _NAME_LINKS and at >= 2 and tokens[at - 2].cap
        if not (before.cap or linked):
            break
        at -= 1
    return at


_NAME_LINKS = frozenset(("of", "for", "and"))


_COORDINATORS = frozenset(("and", "or"))


_SEAT_WORDS = 2  # "New York Sen.": the capitalised words of a title's state before it


def _seat_word(token: Token) -> bool:
    return token.is_word and token.cap and token.low not in lx.NOT_NAMES


# Lower-case words before an abbreviated title that belong to it ("state Rep.", "former Sen.").
_TITLE_MODIFIERS = frozenset("state former then retired longtime veteran freshman outgoing incoming".split())


def _speech_precedes(tokens: list[Token], np_start: int) -> bool:
    """ "..., said Tom Reyes, whose ...": the name after its verb of saying is its subject too; not
    after a verb whose subject is a he or she before it ("he credited Kennedy for ...": the object)."""
    verb = _past_role_description(tokens, np_start) - 1
    previous = tokens[verb] if verb >= 0 else None
    return (
        previous is not None
        and previous.low in lx.SPEECH_VERBS
        and previous.low not in lx.LISTENER_VERBS
        and previous.low not in CHARACTERISING_VERBS
        and not _pronoun_subject_before(tokens, verb)
    )


def _past_role_description(tokens: list[Token], np_start: int) -> int:
    """Where a lower-case role's description opens when the role window left it out ("said veteran
    Miami criminal defense lawyer Paul Denholm": the phrase at "defense", described by up to three
    words before it), else `np_start`."""
    if np_start <= 0 or not tokens[np_start].is_word or tokens[np_start].cap:
        return np_start
    return _back_over_describing(tokens, np_start, _role_description_word)


def _role_description_word(token: Token) -> bool:
    return _describing(token) or (token.is_word and token.cap and not token.possessive)


def _pronoun_subject_before(tokens: list[Token], verb: int) -> bool:
    """Whether a he, she, they, we or I is the subject of the verb at `verb`, past adverbs."""
    at = verb - 1
    while at >= 0 and tokens[at].low in lx.ADVERBS:
        at -= 1
    return at >= 0 and tokens[at].low in _SUBJECT_PRONOUNS


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _speech_follows(tokens: list[Token], end: int) -> bool:
    """ "café owner Priya Natarajan said": a name right before its verb of saying is its subject."""
    index = past_suffix_stop(tokens, affiliation_end(tokens, end))  # "Victor Hale Jr. said"
    while index < len(tokens) and tokens[index].is_word and speech_adverb(tokens[index]):
        index += 1
    return index < len(tokens) and tokens[index].low in lx.SPEECH_VERBS and not tokens[end - 1].possessive


_PERSON_PRONOUNS = frozenset("he she his her".split())
# Words opening the name of a place in nature ("Loch Arn", "Mount Corran", "Lake Veyra"): no one's name.
_GEOGRAPHIC_OPENERS = frozenset("loch lough lake mount river isle cape glacier".split())


# Before a name, words that make it a thing someone has ("her Daihatsu Cuore", "the Bikefest").
_THING_MARKERS = ARTICLES | POSSESSIVE_DETERMINERS | frozenset("my your".split())


# After "Name, who": verbs of one person; "Celta Vigo, who are", "Sheffield United, who had" are clubs.
_SINGULAR_AFTER_WHO = frozenset("is was has".split())


def _weak_evidence(tokens: list[Token], core_start: int, end: int) -> str:
    """Signs of a person short of a role: "Fletcher, who ...", or "Saido Berahino to focus on his".

    Weak: it lets a full name in, or a surname's full name, never a lone word on its own.
    """
    before = tokens[core_start - 1].low if core_start else ""
    if before in _THING_MARKERS or lx.is_role_head(tokens[end - 1].low) or tokens[end - 1].possessive:
        return ""
    if tokens[core_start].low in _GEOGRAPHIC_OPENERS:
        return ""  # "across Loch Arn in a wooden boat his grandfather built": a place, whoever "his" is
    if end + 2 < len(tokens) and tokens[end].text == "," and tokens[end + 1].low == "who":
        verb = tokens[end + 2].low
        one = (
            end - core_start == 1 or verb in _SINGULAR_AFTER_WHO or (verb.endswith("s") and verb[-2:] != "ss")
        )
        return "weak" if one else ""
    if end - core_start < 2:
        return ""
    place = False  # inside a place's name after the person's ("Hamish Reid has carried ... Loch Arn")
    for token in tokens[end : end + constants.PRONOUN_EVIDENCE_WORDS]:
        if token.is_word and token.cap:
            place = place or token.low in _GEOGRAPHIC_OPENERS
            if not place:
                return ""  # another name comes first: the pronoun may be theirs
            continue
        place = False
        if token.low in _PERSON_PRONOUNS:
            return "weak"
        if token.text in ",.;:!?\"“”‘’'":
            return ""
    return ""


def _party_member_before(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "Kentucky Republican Rand Paul tied ...": a party's member noun right before two capitalised
    words names a politician, as a title would, though no list knows the given name."""
    if core_start < 1 or end - core_start != 2:
        return False
    label = tokens[core_start - 1]
    if not label.cap or label.low not in lx.PARTY_MEMBERS:
        return False
    return all(_plain_name_word(token) for token in tokens[core_start:end])


def _plain_name_word(token: Token) -> bool:
    low = token.low
    return (
        token.cap
        and low.isalpha()
        and low not in lx.NOT_NAMES
        and low not in lx.ORG_NOUNS
        and low not in lx.PLACES
    )


def _institution_like(tokens: list[Token], start: int, core_start: int, end: int) -> bool:
    """Names whose "said" says nothing of a person: "the National Weather Service said", "London
    Midland said" (a place glued before one word), "a fan from Telford said" (a place)."""
    previous = tokens[start - 1].low if start > 0 else ""
    if previous == "the" or (previous in PLACE_PREPOSITIONS and end - core_start == 1):
        return True
    if start > 0 and previous in BUSINESS_NOUNS and not tokens[start - 1].cap:
        return True  # "the Israeli newspaper Haaretz noted", "governing body Fifa said", "US behemoth GE"
    if (
        start >= 2
        and previous in AFFILIATION_WORDS
        and (tokens[start - 2].cap or lx.is_role_head(tokens[start - 2].low))
    ):
        return True  # "Dana Pruitt at Harbor Analytics said", "X, economist at Global Insight said"
    if end - core_start == 1 and _second_place(tokens, start):
        return True  # "The MP for Sittingbourne and Sheppey said": the seat, not someone speaking
    if end - core_start == 1 and _region_of_place(tokens, start, end):
        return True  # "an auctioneer in Cirencester, Gloucester, said": the county, not someone speaking
    return end - core_start == 1 and core_start > start and tokens[core_start - 1].low in lx.PLACES


def _second_place(tokens: list[Token], start: int) -> bool:
    """A lone capitalised word after "for/of/in X and" ("for Sittingbourne and Sheppey", "the star
    of Rain Man and Tootsie"), the second of two places, bodies or works named."""
    if start < 3 or tokens[start - 1].low != "and" or not tokens[start - 2].cap:
        return False
    back = start - 3
    while back > 0 and start - back <= _FIRST_NAMED_WORDS and tokens[back].cap:
        back -= 1
    return tokens[back].low in PLACE_PREPOSITIONS


_FIRST_NAMED_WORDS = 4


def _region_of_place(tokens: list[Token], start: int, end: int) -> bool:
    """A lone capitalised word set off by commas right after "in/from/near X," or ", 42, of X," ("in
    Cirencester, Gloucester, where ...", "from Harrogate, Ripon,", "Ann Holt, 42, of Camberley,
    Surrey,"): the county or region of the place before it, as British copy writes an address, not a
    name in apposition."""
    if start < 3 or end >= len(tokens) or tokens[end].text != "," or tokens[start - 1].text != ",":
        return False
    if not tokens[start - 2].cap:
        return False
    back = start - 3
    while back > 0 and start - back <= _FIRST_NAMED_WORDS and tokens[back].cap:
        back -= 1
    return tokens[back].low in _ADDRESS_PREPOSITIONS or (
        tokens[back].low == "of" and _after_age(tokens, back)
    )


def _after_age(tokens: list[Token], at: int) -> bool:
    """ "Christine Stephen, 42, of Camberley, Surrey,": the word at `at` follows an age set apart by
    commas, where "of" opens where someone lives (an address), not whose leader they are."""
    return (
        at >= 3
        and tokens[at - 1].text == ","
        and tokens[at - 2].text.isdigit()
        and tokens[at - 3].text == ","
    )


# Before a place whose county may follow; not "of" ("the leader of Labour, Corbyn, said") unless an
# age comes before it.
_ADDRESS_PREPOSITIONS = frozenset("in from near".split())


def _opens_clause(previous: Token | None) -> bool:
    """A name after nothing, punctuation or a conjunction can be a subject; after "harm" or "with", no."""
    if previous is None or not previous.is_word:
        return previous is None or previous.text not in "-–—"
    return previous.low in CLAUSE_OPENERS or (previous.cap and previous.low not in OBJECT_MARKERS)


def _initials_before_who(tokens: list[Token], core_start: int, end: int) -> bool:
    """ "R.J. Pellman, who served as Mrs. Brask's spokesman, said": initials written with stops and a
    surname, then a comma and "who", are a person's name (no body is named "Boko Haram, who")."""
    initials = _STOPPED_INITIALS.fullmatch(tokens[core_start].text) is not None
    who = end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].low == "who"
    return initials and end - core_start >= 2 and who


_STOPPED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _evidence(strong: object, speech: bool, pronoun: str = "") -> str:
    """How sure an occurrence is of being a person: a role or appositive beats a he or she saying
    something after a lone word opening a sentence, which beats a verb of saying."""
    if strong:
        return "strong"
    return pronoun or ("speech" if speech else "")


# Months and feasts that are also surnames ("Theresa May", "David Ramadan"), after a given name;
# never "christmas" ("Merry Christmas" is a greeting).
CALENDAR_SURNAMES = frozenset("may june april august ramadan easter".split())


def family_first(core: tuple[Token, ...]) -> bool:
    """True for names such as "Qin Gang" or "Kim Jong Un" whose family name is written first."""
    if len(core) < 2 or core[0].low not in lx.EAST_ASIAN_FAMILY_NAMES:
        return False
    if len(core) == 2 and core[0].low in lx.NAME_PARTICLES:
        return False  # "Le Pen", "Du Bois": a particle's surname, not "Le" with a given name "Pen"
    return all(lx.EAST_ASIAN_GIVEN.fullmatch(t.text) for t in core[1:])


def hyphened_given_name(core: tuple[Token, ...]) -> bool:
    """ "Kim Min-jun", "Lee Seo-yeon": a family name and a hyphened romanised given name name a
    person by their shape alone (unlike "Park Lane", whose second word is one syllable)."""
    return len(core) == 2 and "-" in core[1].text and family_first(core)


def surname_index(core: tuple[Token, ...]) -> int:
    if family_first(core):
        return 0
    index = len(core) - 1
    while index > 0 and lx.is_name_suffix(core[index].text):
        index -= 1
    return index


def name_key(core: tuple[Token, ...]) -> tuple[str, ...]:
    return tuple(t.low for t in core)
