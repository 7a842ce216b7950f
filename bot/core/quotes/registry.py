"""The registry of people an article names: occurrences grouped into persons (full names,
lone surnames, aliases), then their mentions tagged; built once per article.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from bot.core import constants
from bot.core.article import Article
from bot.core.article.newsprint import PHOTO_POSITIONS
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token, is_joined_particle_name, tokenize
from bot.core.quotes.couples import couples_named_together
from bot.core.quotes.function_words import (
    ARTICLES,
    BUSINESS_NOUNS,
    CLAUSE_OPENERS,
    IRISH_ARTICLES,
    IRISH_NAME_PARTICLES,
    NOT_BUSINESS_NAMES,
    PREPOSITIONS,
)
from bot.core.quotes.givennames import (
    familiar_givens,
    formal_given_name,
    given_name_gender,
    is_census_given_name,
    is_given_name,
)
from bot.core.quotes.kin_surnames import surnames_from_kin
from bot.core.quotes.marks import OPENING_MARKS
from bot.core.quotes.mentions import (
    fold_name,
    infer_genders,
    name_possessors,
    quoted_at,
    quoted_spans,
    tag_mentions,
)
from bot.core.quotes.names import (
    Occurrence,
    capitalised_words_before,
    honoured_surnames,
    hyphened_given_name,
    is_given_month,
    is_place_word,
    name_key,
    name_occurrences,
    nameish,
    opens_on_pronoun_speaking,
    surname_index,
)
from bot.core.quotes.namesakes import split_bare_from_junior, split_bare_namesakes
from bot.core.quotes.nicknames import Cut, add_nickname_aliases, cut_nicknames, written_offset, written_token
from bot.core.quotes.people import COURTESY_WRITTEN, Person, Registry
from bot.core.quotes.roles import role_past_names, role_past_surname, title_roles
from bot.core.search.commonwords import is_common

_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-z][\w\-]*")


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
    occurrences: list[Occurrence] = []
    tokens_of: dict[int, list[Token]] = {}
    lowercase_words: set[str] = set()
    honoured = honoured_surnames([p.text for p in article.paragraphs])
    nicknames: list[Cut] = []
    read_paragraphs = [cut_nicknames(paragraph) for paragraph in article.paragraphs]
    read_tokens = [tokenize(read.text) for read, _ in read_paragraphs]
    # "Brandt has repeatedly suggested … ¶ “…,” he said": the next paragraph's he or she.
    next_speaks = [opens_on_pronoun_speaking(tokens) for tokens in read_tokens[1:]] + [False]
    for at, paragraph in enumerate(article.paragraphs):
        read, cuts = read_paragraphs[at]
        nicknames.extend(cuts)
        tokens = read_tokens[at]
        lowercase_words.update(_LOWERCASE_WORD.findall(paragraph.text))
        bylines = [(s.start, s.end) for s in paragraph.sentences if s.is_byline]
        speaks = paragraph.is_body and next_speaks[at] and article.paragraphs[at + 1].is_body
        found = name_occurrences(read, tokens, honoured, speaks)
        if cuts:
            tokens = [written_token(t, cuts) for t in tokens]
            for occ in found:
                occ.core = tuple(written_token(t, cuts) for t in occ.core)
                occ.np_start = written_offset(occ.np_start, cuts)
        tokens_of[paragraph.number] = tokens
        # "By . Hannah Brill .": the writer is no one in the story, and no antecedent of "she".
        occurrences.extend(o for o in found if not any(start <= o.np_start < end for start, end in bylines))
    texts = {p.number: p.text for p in article.paragraphs}
    quoted = {number: quoted_spans(text) for number, text in texts.items()}
    for occ in occurrences:
        start = occ.core[0].start
        occ.opens_quotation = texts[occ.paragraph][start - 1 : start] in OPENING_MARKS
        occ.quoted = quoted_at(quoted[occ.paragraph], start)
        if not occ.roles and len(occ.core) > 2 and _occupation_before_given(occ.core):
            occ.roles = (occ.core[0].low,)  # "Hydrologist Priya Natarajan": her role, lower case
        opened_by = _opened_by_a_plain_word(texts[occ.paragraph], start) or _opens_its_phrase(
            texts[occ.paragraph], occ.core
        )
        # "Interior Minister Zorvan Ali Noor": a role's title before the name.
        titled = occ.np_start < start
        trimmed = _trim_core(occ.core, lowercase_words, occ.apposed, opened_by, titled)
        if occ.body and _common_words_name(occ.core, trimmed):
            trimmed = ()
        if len(occ.core) == 1 and not occ.roles and _place_named_after_its_noun(texts[occ.paragraph], start):
            trimmed = () if not _speaks_right_after(texts[occ.paragraph], occ.core[-1].end) else trimmed
        # "said Greenfield, Ohio, attorney Edwin Marsh", "Scottsdale, Arizona Republican Joan Ewart, 81,
        # said", "the Linwood, Ore.-based research firm": a city before its state, whatever role an
        # apposition seemed to give it.
        if len(occ.core) == 1 and _CITY_STATE.match(texts[occ.paragraph], occ.core[-1].end):
            trimmed = ()
        occ.core = trimmed
    occurrences = [o for o in occurrences if o.core]
    _unglue_possessors(occurrences)
    _drop_plural_nouns_before_surnames(occurrences)
    firsts = _organisation_firsts([p.text for p in article.paragraphs])
    all_texts = [p.text for p in article.paragraphs]
    # Names of several words the article writes as a business's ("shares in General Electric").
    bodies = _named_businesses(all_texts) | {name for name in firsts if " " in name}
    # "Lantern Rides, the company behind the app,": a name an apposition calls a business.
    bodies |= {" ".join(t.low for t in o.core) for o in occurrences if o.business}
    places = _institution_names(all_texts) | _addresses(all_texts) | bodies
    if places:
        # "Sandy Cove Elementary School ... In that sense, Sandy Cove wasn’t just a tragedy": a
        # school's or an airport's name written alone is that place, no person (unless given a role);
        # so is a business the article names after its kind ("bank Standard Chartered").
        occurrences = [
            o
            for o in occurrences
            if (o.roles or " ".join(t.low for t in o.core) not in places)
            and not _ends_body(texts[o.paragraph], o.core, bodies)
        ]
    occurrences = [o for o in occurrences if not _opens_a_joined_body(texts[o.paragraph], o.core)]
    for occ in occurrences:
        occ.stands_alone = _stands_alone(texts[occ.paragraph], occ.core[-1].end)
    if article.has_headline:
        _vouch_headline_surnames(occurrences, article.title)
    persons = _assemble(occurrences, lowercase_words, firsts, _called_alone(occurrences, texts))
    _roles_past_others(persons)
    add_nickname_aliases(persons, nicknames)
    if article.has_headline:
        _headline_given_names(persons, article.title)
    mentions = tag_mentions(article, tokens_of, occurrences, persons)
    _given_name_genders(persons)
    infer_genders(article, tokens_of, mentions, persons, _rare_given_name_genders(persons))
    split_bare_namesakes(article, tokens_of, mentions, persons)
    split_bare_from_junior(article, mentions, persons)
    name_possessors(article, occurrences, mentions, persons)
    surnames_from_kin(persons, mentions)
    couples_named_together(texts, persons, mentions)
    _lede_role(article, mentions, persons)
    # A lone word the article writes as a business's ("Yukos chief executive X") speaks as one; so
    # does a brand's name ("Google Maps" beside "Google Earth").
    organisations = frozenset(bodies | firsts | _brand_names(occurrences))
    return Registry(tuple(persons), mentions, tokens_of, frozenset(lowercase_words), organisations)


def _unglue_possessors(occurrences: list[Occurrence]) -> None:
    """ "too early to call former Governor Tobias Wren Marsh's closer": a full name run into another
    person's possessive surname, when the article writes the word before it alone ("Wren said") and
    names the owner elsewhere with a title ("Governor Lena Marsh"); the name ends before the owner.
    ("Thomas Eric Duncan's" beside "Eric" and "Duncan" alone stays one name.)"""
    alone = {o.core[0].low for o in occurrences if len(o.core) == 1}
    for occ in occurrences:
        core = occ.core
        if not (len(core) > 2 and core[-1].possessive and core[-2].low in alone):
            continue
        if any(_another_owner(other, core) for other in occurrences if other is not occ):
            occ.core = core[:-1]


def _drop_plural_nouns_before_surnames(occurrences: list[Occurrence]) -> None:
    """ "Changes Trump wants to the tax rate are unlikely to pass": a capitalised plural noun, no
    given name, before a surname the article also writes after a given name ("Donald Trump") opens
    the sentence's noun phrase; it is no namesake's given name."""
    surnames = {o.core[-1].low for o in occurrences if len(o.core) >= 2 and is_given_name(o.core[0].low)}
    for occ in occurrences:
        if len(occ.core) == 2 and occ.core[-1].low in surnames and _plural_common_noun(occ.core[0].low):
            occ.core = occ.core[1:]


def _plural_common_noun(low: str) -> bool:
    """ "changes", "cuts": a common English word ending in "s", no given name, place or people's word
    ("Mitt" and "Miles" are kept)."""
    if not low.endswith("s") or is_given_name(low):
        return False
    return is_common(low) and low not in lx.DEMONYMS and not is_place_word(low)


def _another_owner(other: Occurrence, core: tuple[Token, ...]) -> bool:
    """Whether an occurrence names the last word of `core` with a title ("Governor Lena Marsh",
    "President Obama"); a relative sharing the surname ("Paul Mallard") is seldom so named."""
    titled = other.titled is not None or other.honorific is not None
    return titled and other.core[-1].low == core[-1].low


def _lede_role(article: Article, mentions: dict, persons: list[Person]) -> None:
    """ "A British grandmother has won the lottery twice. Ada Holt, 67, bought both tickets ...": a
    story opening on someone described, not named, then naming a person as the next sentence's first
    words (their first naming in it) introduces that person in the described role, so a later "the
    grandmother said" is Holt. Only a noun for people or shaped as one for a person's work ("A fire has
    destroyed ..." gives no role)."""
    body = next((p for p in article.paragraphs if p.is_body and len(p.sentences) >= 1), None)
    if body is None or not body.sentences:
        return
    described = _LEDE_DESCRIBED.match(body.sentences[0].text)
    noun = described.group(2).casefold() if described is not None else ""
    if not (lx.is_person_noun(noun) or lx.is_agent_noun(noun)):  # "An Australian wildlife warrior"
        return
    second = _next_sentence(article, body)
    if second is None:
        return
    paragraph, sentence = second
    opening = paragraph.text[sentence.start : sentence.end]
    lead = len(opening) - len(opening.lstrip())
    first = next(
        (
            m
            for m in mentions.get(paragraph.number, ())
            if m.start == sentence.start + lead and m.kind == "person"
        ),
        None,
    )
    if first is None or not first.full or len(first.ids) != 1 or _named_before(mentions, first):
        return
    role = " ".join((described.group(1) + described.group(2)).split())
    person = persons[first.ids[0]]
    if fold_name(role) not in {fold_name(r) for r in person.roles}:
        person.roles.append(role)


# "A British grandmother has ...", "An Australian wildlife warrior, 24, has ...": the described
# noun (group 2) after at most three words (group 1), right before a verb, an age or a who-clause.
_LEDE_DESCRIBED = re.compile(
    r"An?\s+((?:[\w’'-]+\s+){0,3}?)([a-z][a-z-]+)(?=,|\s+(?:of|who|has|had|have|is|was|will|says|said|\w+ed)\b)"
)


def _next_sentence(article: Article, paragraph):
    """The sentence after the first of `paragraph`: its second, else the next paragraph's first."""
    if len(paragraph.sentences) > 1:
        return paragraph, paragraph.sentences[1]
    after = next((p for p in article.paragraphs if p.number > paragraph.number and p.sentences), None)
    return (after, after.sentences[0]) if after is not None else None


def _named_before(mentions: dict, mention) -> bool:
    """Whether the person of `mention` is named earlier in the article."""
    return any(
        m.kind == "person" and m.ids == mention.ids and (n, m.start) < (mention.paragraph, mention.start)
        for n, found in mentions.items()
        for m in found
    )


def _roles_past_others(persons: list[Person]) -> None:
    """Each person's roles without the other people a list of titled names gave them."""
    # "Solid Rock Christian Church": a body's name the registry took for a person lists no one.
    names = frozenset(p.name.casefold() for p in persons if " " in p.name and not _body_words(p.name))
    for person in persons:
        if person.roles:
            own = names - {person.name.casefold()}
            # "both Bush and Democratic presidential candidate Hillary Clinton": Bush named alone.
            others = frozenset(p.surname.casefold() for p in persons if p.name.casefold() in own)
            roles = (role_past_names(role_past_surname(role, others), own) for role in person.roles)
            person.roles = list(dict.fromkeys(role for role in roles if role))


def _body_words(name: str) -> bool:
    return any(w in lx.ORG_WORDS or w in lx.PLACES for w in name.casefold().split())


# A given name and a surname side by side in a headline ("Carla Ridings: ‘I’m Sick Of ...’").
_HEADLINE_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w-]*)(?:[’']s)?\b")


def _vouch_headline_surnames(occurrences: list[Occurrence], headline: str) -> None:
    """ "Mitch McConnell Is Headed Down the Stretch" over a story that calls him "McConnell" only:
    a surname the headline writes after a given name is a person's where the body writes it alone
    as a clause's subject, though no verb of saying or role vouches for it there."""
    surnames = {s.casefold() for g, s in _HEADLINE_NAME.findall(headline) if is_given_name(g.casefold())}
    # Only a surname nothing else vouches for: not one the body writes in full, nor one that
    # speaks or has a role or title somewhere.
    surnames -= {
        o.core[-1].low
        for o in occurrences
        if len(o.core) > 1 or o.evidence or o.roles or o.titled or o.honorific
    }
    for occ in occurrences:
        lone = len(occ.core) == 1 and occ.core[0].low in surnames
        if lone and occ.subject_like and not occ.quoted and not occ.evidence:
            occ.evidence = "strong"  # as a role would: the headline names the person in full


def _headline_given_names(persons: list[Person], headline: str) -> None:
    """ "Carla Ridings: ‘I’m Sick Of ...’" over a story that names only "Ridings": the headline's
    given name completes the one person of that surname; the headline makes no person itself."""
    by_surname: dict[str, list[Person]] = {}
    for person in persons:
        by_surname.setdefault(person.surname.casefold(), []).append(person)
    for given, surname in _HEADLINE_NAME.findall(headline):
        sharing = by_surname.get(surname.casefold(), [])
        if len(sharing) != 1 or sharing[0].given or not is_given_name(given.casefold()):
            continue
        person = sharing[0]
        if person.name not in person.aliases:
            person.aliases.append(person.name)
        person.given, person.name = given, f"{given} {person.name}"


def _headline_verb(word: str) -> bool:
    """ "Railing Against Reyes": a participle opening a headline's capitalised run."""
    return _epithet(word) and not is_given_name(word)


def _given_name_genders(persons: list[Person]) -> None:
    """ "Hillary Holt" is a woman: a common given name says so more surely than the pronouns after
    her name, which often mean someone else ("Holt says he ..." of her rival); titles still come first."""
    for person in persons:
        first = _first_given(person)
        if person.gender is None and first and is_given_name(first):
            person.gender = given_name_gender(first)


def _rare_given_name_genders(persons: list[Person]) -> dict[int, str]:
    """The gender a given name the lists hold only rarely tells ("Tama", "Nicola": a man's name
    elsewhere), by person: weighed against the pronouns after the name (mentions.infer_genders)."""
    found = {}
    for person in persons:
        first = _first_given(person)
        gender = given_name_gender(first) if person.gender is None and first else None
        if gender is not None:
            found[person.id] = gender
    return found


def _first_given(person: Person) -> str:
    return person.given.split()[0] if person.given and not person.family_first else ""


def _trim_core(
    core: tuple[Token, ...],
    lowercase_words: set[str],
    apposed: bool = False,
    opened_by: bool = False,
    titled: bool = False,
) -> tuple[Token, ...]:
    """ "Safety Investigator Neil Campbell": leading words that are roles or common words go.
    `apposed`: the name has an apposition of its own ("Win Myat, a member of ..."); `opened_by`: a
    plain lower-case word or an abbreviated title stands right before the name ("by Coretta");
    `titled`: a role's title does ("Interior Minister Zorvan Ali Noor")."""
    while len(core) > 2 and (
        (core[0].low in lowercase_words and not _given_before_particle(core))
        or lx.is_role_head(core[0].low)
        or _headline_verb(core[0].low)
        or _occupation_before_given(core)
    ):
        core = core[1:]
    given = next(
        (i for i in range(1, len(core) - 1) if core[i].cap and _given_inside(core, i)),
        None,
    )
    if (
        given is not None
        and not _name_before_given(core[0])
        and not _rare_given_before(core, given, opened_by, titled)
    ):
        # "Senate Minority Whip Dan Morley", "Move Against Ada Holt": words before the
        # first given name, itself no given name, are a title or a headline's, not the name.
        core = core[given:]
    if len(core) == 2 and core[0].low in lowercase_words and not is_given_name(core[0].low) and not apposed:
        # A headline's "To Fact Check Reyes": a word the text also writes in lower case, and no
        # given name ("Bill Holt" stays), is no part of a name; but a pair the article introduces
        # with a role is a whole name ("Win Myat, a member of the party,": a Burmese given name
        # that is also an English word).
        core = core[1:]
    return core


def _given_before_particle(core: tuple[Token, ...]) -> bool:
    """ "Bill de Blasio" though the text also writes "a bill": a given name before a lower-case
    particle and a surname is the name's first word, whatever the text writes in lower case."""
    return is_given_name(core[0].low) and not core[1].cap and core[1].low in lx.NAME_PARTICLES


def _rare_given_before(core: tuple[Token, ...], given: int, opened_by: bool, titled: bool = False) -> bool:
    """ "a letter written by Coretta Scott King", "Col. Zacharia Ahmed Hassan": after a plain word
    or a title, a lone capitalised word before a given name and a surname, no title, role or common
    word, is a given name the list lacks; the given name after it is a middle name ("House of
    Representatives Rodney Holt", "Agent in Charge Ed Holt": a body's or a title's last word)."""
    first = core[0]
    plural_title = first.low.endswith("s") and lx.is_title(first.low[:-1])  # "Representatives"
    plain = nameish(first) and not lx.is_title(first.low) and not plural_title and "-" not in first.text
    if given != 1 or not plain:
        return False
    if len(core) == 3 and opened_by:
        return True
    if len(core) == 3 and titled and _unlisted_word(first.low):
        return True  # "Interior Minister Zorvan Ali Noor"; not "of Communications Bill Bodie"
    # "Nazlin Umar Fazaldin Rajput", "Seddique Mir Mateen": before a given name only the world list
    # holds, a word no English list holds, nor a place's or a people's, is a given name too.
    return not is_census_given_name(core[given].low) and _unlisted_word(first.low)


def _unlisted_word(low: str) -> bool:
    """No common English word, place or people's word: a given name, when one is left unlisted."""
    return not is_common(low) and low not in lx.DEMONYMS and not is_place_word(low)


def _opened_by_a_plain_word(text: str, start: int) -> bool:
    """Whether a lower-case word other than "of" or "in", or an abbreviated title ("Col."), stands
    right before `start`."""
    before = _PLAIN_WORD_BEFORE.search(text, max(0, start - _PLAIN_WORD_CHARS), start)
    if before is None:
        return False
    word = before.group(1)
    if before.group(2):
        return word.casefold() in lx.HONORIFICS
    return word.islower() and word not in _BODY_LINKS


def _opens_its_phrase(text: str, core: tuple[Token, ...]) -> bool:
    """Whether the name `core` follows a comma ("the spokeswoman, Briahna Joy Gray,") or opens a
    sentence with a role set after it by a comma and an article or owner ("Akhil Reed Amar, a law
    professor, said"; not "Evacuee Marta Quell, 71, slept"); its first word no party, nationality,
    weekday or month (words a name does not open with there)."""
    first = core[0]
    if first.low in lx.PARTY_LABELS or first.low in lx.DEMONYMS or first.low in lx.WEEKDAYS_MONTHS:
        return False
    before = text[: first.start].rstrip()
    if before.endswith(","):
        return True
    opens = not before or before.endswith((".", "!", "?"))
    return opens and _ROLE_APPOSITION.match(text, core[-1].end) is not None


# ", a Yale law professor", ", our senior director": a role set after a name.
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the|our|his|her|its|their)\s")


_PLAIN_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]+)(\.?)\s+$")
_PLAIN_WORD_CHARS = 16
_BODY_LINKS = frozenset(("of", "in"))  # "House of Representatives", "Agent in Charge"


def _given_inside(core: tuple[Token, ...], index: int) -> bool:
    """A given name inside a run; an Irish particle after a word that is no title opens the surname
    ("Aoife Mac Giolla Bhríde"), while "Whip Mac Thornby" starts the name at Mac."""
    low = core[index].low
    if low in lx.IRISH_PARTICLES and not lx.is_title(core[index - 1].low):
        return False
    return is_given_name(low)


def _name_before_given(token: Token) -> bool:
    """A given name, an initial ("J. Robert Oppenheimer") or an Arabic name's opener ("Abu
    Mohammed al-Jolani"): a word that is part of the name before a given name."""
    return is_given_name(token.low) or token.text.endswith(".") or token.low in lx.NAME_OPENERS


def _common_words_name(core: tuple[Token, ...], trimmed: tuple[Token, ...]) -> bool:
    """ "A spokeswoman for Human Rights Watch said": in body text, three or more capitalised words
    with no given name among them, trimmed to their last because the article writes the others in
    lower case, are an organisation's name, not a person called "Watch" (a headline's "To Fact
    Check Reyes" capitalises every word, so there the last word may well be a name)."""
    if len(core) < _NAME_OF_WORDS or len(trimmed) != 1:
        return False
    return not any(is_given_name(t.low) for t in core) and not any(t.text.endswith(".") for t in core)


_NAME_OF_WORDS = 3


# Endings of occupation nouns ("Hydrologist", "Economist", "Farmer", "Historian", "Consultant").
_OCCUPATION_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "ess")


def _occupation_before_given(core: tuple[Token, ...]) -> bool:
    """ "Hydrologist Priya Natarajan said" opening a sentence: an occupation, capitalised only
    there, before a full name; "Walker" or "Taylor" before one is a given name itself."""
    first = core[0].low
    occupation = len(first) > 4 and first.endswith(_OCCUPATION_ENDINGS) and not is_given_name(first)
    # "Burgemeester van Maastricht" is an office's name; "Sander M. Levin": a middle initial
    # follows a given name, not an occupation.
    return occupation and core[1].cap and not core[1].text.endswith(".")


def _institution_names(paragraphs: list[str]) -> set[str]:
    """The folded names before "Elementary", "High School", "Middle School" or "Airport"
    ("sandy cove" of "Sandy Cove Elementary School")."""
    text = "\n".join(paragraphs)
    if not any(word in text for word in _INSTITUTION_WORDS):
        return set()
    return {found.group(1).casefold() for found in _INSTITUTION.finditer(text)}


_INSTITUTION_WORDS = ("Elementary", "High School", "Middle School", "Airport")
_INSTITUTION = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?:Elementary|High School|Middle School|Airport)\b"
)


def _addresses(paragraphs: list[str]) -> set[str]:
    """The folded street names written where someone lives ("who lives on Marsh Lane", "has lived
    in Kestrel Close", "residents of Penny Lane", "Ola Brenn, 64, of Willow Lane"): a street, no
    person, though "Lane" or "Hill" closes surnames too."""
    text = "\n".join(paragraphs)
    streets = {found.group(1).casefold() for found in _LIVES_AT.finditer(text)}
    for found in _SET_APART.finditer(text):
        # "the home of Philip Green", "the son, 19, of Damon Hill": a given name first is a person.
        if not is_given_name(found.group(1).split()[0].casefold()):
            streets.add(found.group(1).casefold())
    return streets


# Street words that close a surname as well ("Penny Lane", "Sam Hill") are told by the verb
# before them: someone lives on, in or at a street, not on a person.
_STREET_WORDS = (
    "Lane|Road|Street|Avenue|Drive|Close|Way|Hill|Crescent|Terrace|Place|Grove|Gardens|Row|Walk|Court|Green"
)
_STREET = rf" ((?:[A-Z][\w'’-]+ ){{1,2}}(?:{_STREET_WORDS}))\b"
_LIVES_AT = re.compile(
    r"(?:\b(?:lives?|lived|living|resides?|resided|residing) (?:on|in|at)|\b[Rr]esidents? (?:of|on|in))"
    + _STREET
)
# So do a street's homes and the address set apart after a name ("Ola Brenn, 64, of Willow Lane,
# said"; "a mother of three from Ash Hill Close"), unless a given name opens it: a person's home.
_SET_APART = re.compile(r"(?:\b(?:homes?|houses?) (?:of|on|in)|, (?:\d+, )?of|\bof \w+ from)" + _STREET)


def _opens_a_joined_body(text: str, core: tuple[Token, ...]) -> bool:
    """ "the leader of the Faith and Freedom Fund": a lone given name joined by "and" to two or three
    capitalised words of a body's name opens that name; it is no person called "Faith" ("Trump and
    Congress" keeps Trump)."""
    if len(core) != 1 or core[0].possessive or not is_given_name(core[0].low):
        return False
    found = _JOINED_BODY.match(text, core[0].end)
    return found is not None and found.group(1).casefold() in lx.ORG_WORDS


# " and Freedom Fund", " and Justice Coalition": "and", then a name's capitalised words, the last a
# body's word.
_JOINED_BODY = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){1,2}([A-Z][\w’'-]*)\b")


def _ends_body(text: str, core: tuple[Token, ...], bodies: set[str]) -> bool:
    """ "tabloids Us Weekly ... clashed with Us Weekly": the last words of a body's name, their first
    dropped from the name as a common word ("Us") or a title ("General Electric"), are that body
    wherever written so, no person; a title before a given name ("union President Lina Ortega") leaves
    the person."""
    name = " ".join(t.low for t in core)
    start = core[0].start
    for body in bodies:
        if body.endswith(" " + name):
            lead = body[: -len(name)]
            if text[max(0, start - len(lead)) : start].casefold() == lead:
                titled = any(lx.is_title(word) for word in lead.split())
                return not (titled and is_given_name(core[0].low))
    return False


def _named_businesses(paragraphs: list[str]) -> set[str]:
    """The folded names of two or more capitalised words the article writes right after a lower-case
    noun for a business, outlet or body ("UK-based bank Standard Chartered", "US publication Forbes
    Asia"), opening with no given name: each is that body wherever the article writes it, no person."""
    found: set[str] = set()
    for text in paragraphs:
        for match in _NAMED_BUSINESS.finditer(text):
            given = is_given_name(match.group(2).split()[0].casefold())
            # "brokerage Merrill Lynch said": a given name opening the name is the body's too when the
            # name stands whole before its verb of saying or a comma ("the firm Bill Holt founded"
            # is still his).
            if _business_noun(match.group(1)) and (not given or _stands_whole(text, match)):
                found.add(match.group(2).casefold())
        if " which " in text:
            # "a partner for Tods Murray which has a client": a person is "who", never "which".
            found.update(
                m.group(1).casefold()
                for pattern in (_NAME_WHICH, _OPENING_NAME_WHICH)
                for m in pattern.finditer(text)
                if not is_given_name(m.group(1).split()[0].casefold())
            )
    return found | _titled_businesses(paragraphs)


def _titled_businesses(paragraphs: list[str]) -> set[str]:
    """ "General Electric said": a rank spelled out before one capitalised word the article never
    writes without it (no "Sir Richard Dannatt", no lone "Dannatt"), is a business's name, not a
    general's; officers listed by rank ("General Dempsey, General Ham and ...") are people."""
    text = "\n".join(paragraphs)
    titled: Counter[str] = Counter()
    listed: set[str] = set()
    for rank in _RANKS:  # str.find, as for the businesses' names: most articles name no rank
        at = text.find(rank)
        while at != -1:
            found = _TITLED_WORD.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
            if found is not None and not _after_title_word(text, at):
                titled[found.group(0)] += 1
                following = _NEXT_TITLED.match(text, found.end())
                if following is not None:
                    listed.update((found.group(0), following.group(1)))
            at = text.find(rank, at + 1)
    if not titled:
        return set()
    # One read of the article for the titled words, not one per name nor a count of every word.
    words = {name.split()[1] for name in titled}
    written = Counter(re.findall(rf"\b(?:{'|'.join(sorted(words))})\b", text))
    return {
        name.casefold()
        for name, count in titled.items()
        if written[name.split()[1]] == count and name not in listed
    }


def _after_title_word(text: str, at: int) -> bool:
    """ "Attorney General Holt", "Secretary-General Holt", "Major General Holt": the rank closes a
    title that opens with another title's word; what follows it is a person's name, not a business's."""
    before = _WORD_BEFORE.search(text, 0, at)
    return before is not None and lx.is_title(before.group(1).casefold())


# The capitalised word right before a rank, joined by a space or a hyphen.
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ -]$")
_RANKS = ("General ", "Major ")
# A rank spelled out and one capitalised word, with no more capitalised words after it.
_TITLED_WORD = re.compile(r"(?:General|Major) [A-Z][a-z]+\b(?![ -][A-Z]|['’]s)")
_NEXT_TITLED = re.compile(r"(?:,| and) ((?:General|Major) [A-Z][a-z]+)\b")


def _business_noun(word: str) -> bool:
    """ "bank", or a plural before a list ("celebrity tabloids Us Weekly, In Touch and Star")."""
    return word in BUSINESS_NOUNS or (word.endswith("s") and word[:-1] in BUSINESS_NOUNS)


_NAMED_BUSINESS = re.compile(r"\b([a-z]+) ((?:[A-Z][\w&'’-]+ )+[A-Z][\w&'’-]+)\b(?!['’]s)")


def _stands_whole(text: str, match: re.Match) -> bool:
    """A business's name opening with a given name stands whole before a verb of saying or "in" (a
    subject, or "... in a note"); not after a noun ending a phrase of a preposition ("In an interview
    with the newspaper Tom Reyes said": the name opens a clause, a person's), and not before a comma
    or a full stop, where a name after a trade's word is as often a person's ("his friend and fellow
    broadcaster Michael Pointon.")."""
    following = _NEXT_WORD.match(text, match.end())
    if following is None:
        return False
    word = following.group(1)
    if word.casefold() not in lx.SPEECH_VERBS:
        return word == "in"
    return not _PREPOSITION_PHRASE.search(text, 0, match.start(1))


# A preposition, maybe a determiner, right before a noun ("with the newspaper", "from brokerage").
_PREPOSITION_PHRASE = re.compile(
    rf"\b(?:{'|'.join(sorted(PREPOSITIONS))})(?: (?:{'|'.join(sorted(ARTICLES))}))? $", re.IGNORECASE
)
_NAME_WHICH = re.compile(r"(?<![\w'’-])((?:[A-Z][\w&'’-]+ )+[A-Z][\w&'’-]+) which\b")
# "Harbor Analytics, which has predicted a fall, branded ...": a name opening a sentence before ", which"
# (after a name inside a sentence, "which" may stand for the whole clause: "... met Ada Holt, which ...").
_OPENING_NAME_WHICH = re.compile(r"(?:^|[.!?][”\"’']?\s+)((?:[A-Z][\w&'’-]+ )+[A-Z][\w&'’-]+), which\b")


def _organisation_firsts(paragraphs: list[str]) -> set[str]:
    """First words of the businesses' names the article writes ("larkspur" for "Larkspur Airways"):
    written alone, such a word is that business's short name, not a person."""
    text = "\n".join(paragraphs)
    firsts: set[str] = set()
    # Most articles name no business: str.find, not a regular expression, looks for the words.
    for word in _BUSINESS_ENDS:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if _whole_word(text, at, end):
                words = [
                    w for w in capitalised_words_before(text, at).split() if w.casefold() not in ARTICLES
                ]
                if words:
                    firsts.add(words[0].casefold())
            at = text.find(word, end)
    return firsts | _owners_of_its(text) | _described_businesses(text) | _referred_businesses(text)


def _referred_businesses(text: str) -> set[str]:
    """ "Apple said in a statement. It added that ...", "Yukos has said ... . The Russian oil firm
    has filed": a lone capitalised word opening a sentence, or saying it after a quotation, that the
    next sentence takes up as "It" saying or as "the firm" is a business or a body, not a person."""
    found: set[str] = set()
    for match in _TAKEN_UP.finditer(text):
        before = text[max(0, match.start() - _SENTENCE_REACH) : match.start() + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, len(before) - 1)]
        if not ends and match.start() > _SENTENCE_REACH:
            continue  # the sentence before is longer than the reach: its start is unseen
        subject = _SENTENCE_SUBJECT.match(before, ends[-1] if ends else 0)
        word = (subject.group(1) or subject.group(2)).casefold() if subject else None
        # "The council met on Monday. The firm hired ...": a determiner opening the sentence is no name
        if word is not None and word not in _DETERMINERS_OPENING:
            found.add(word)
    return found


_DETERMINERS_OPENING = ARTICLES | frozenset("this that these those his her its their our my your".split())


def _described_businesses(text: str) -> set[str]:
    """ "shares in Ericsson", "Qwest's shares", "search engine firm Google", "Yukos, the oil
    company", "Southcorp, which ...": a lone capitalised word the article writes as a business
    (or a body: "which" is never a person's), not a person. As for the businesses' names, str.find
    looks for the few words these phrases turn on, and the patterns read only the words around them."""
    found: set[str] = set()
    for anchor, patterns in _BUSINESS_ANCHORS:
        at = text.find(anchor)
        while at != -1:
            window = _words_around(text, at, at + len(anchor))
            for pattern in patterns:
                found.update(
                    m.group(1).casefold()
                    for m in pattern.finditer(window)
                    if not _after_given_name(window, m)
                )
            at = text.find(anchor, at + len(anchor))
    return found - NOT_BUSINESS_NAMES  # "said the company Tuesday": when, not who


def _after_given_name(window: str, match: re.Match[str]) -> bool:
    """Whether a given name stands right before the matched word ("Tim Kasper, a crane operator"):
    a person's surname, whatever business noun the apposition holds."""
    before = window[: match.start(1)].rstrip(" ").rsplit(" ", 1)[-1]
    return before != window[: match.start(1)] and before[:1].isupper() and is_given_name(before.casefold())


def _words_around(text: str, start: int, end: int) -> str:
    """Whole words within _BUSINESS_REACH characters either side of text[start:end]."""
    start, end = max(0, start - _BUSINESS_REACH), min(len(text), end + _BUSINESS_REACH)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


_LONE = r"([A-Z][A-Za-z&-]+)"
_BUSINESS_WORDS = (
    "firm company group giant maker retailer carrier airline operator bank insurer chain broadcaster "
    "manufacturer producer supplier conglomerate brewer publisher body watchdog regulator federation "
    # Bands and ensembles speak as bodies do ("“…,” Wilco said. The band will ...", "rock band Wilco").
    "band duo trio quartet orchestra choir ensemble"
).split()
# With the outlets and bodies named the same way ("US publication Forbes"), one noun or its plural.
_BUSINESS_KINDS = sorted(set(_BUSINESS_WORDS) | BUSINESS_NOUNS)
_BUSINESS_NOUNS = "(?:" + "|".join(_BUSINESS_KINDS) + ")s?"
# "shares in Ericsson", "shares in General Electric": a name of one or more words.
_SHARES_IN = re.compile(r"\b[Ss]hares (?:in|of) ((?:[A-Z][A-Za-z&-]+ )*[A-Z][A-Za-z&-]+)\b")
_SHARES_OF = re.compile(r"\b" + _LONE + r"(?:'s|’s)? shares\b")
# "search engine firm Google": a lower-case business noun right before the word.
_BUSINESS_BEFORE = re.compile(r"\b[A-Za-z-]+ " + _BUSINESS_NOUNS + r" " + _LONE + r"\b")
# "Yukos, the oil company,", "Southcorp, which": an apposition or relative clause after the word.
_BUSINESS_AFTER = re.compile(
    r"\b" + _LONE + r", (?:(?:the|a|an) (?:[a-z'’-]+ ){0,4}" + _BUSINESS_NOUNS + r"\b|which\b)"
)
# "Norvane chief executive Steven Tate", "Rovers boss Jose Marin": a capitalised word right
# before a business's head and a name is the business (a person's aide is "Holt's chairman").
_BUSINESS_HEADS = ("chief executive", "managing director", "finance director", "chairman", "boss")
_HEAD_OF_BUSINESS = re.compile(r"\b" + _LONE + r" (?:" + "|".join(_BUSINESS_HEADS) + r") [A-Z]")
# The word each phrase turns on, and the patterns to read around it.
_BUSINESS_ANCHORS = (
    ("hares ", (_SHARES_IN,)),
    (" shares", (_SHARES_OF,)),
    (", which", (_BUSINESS_AFTER,)),
    *((f" {word}", (_BUSINESS_BEFORE, _BUSINESS_AFTER)) for word in _BUSINESS_KINDS),
    *((f" {head} ", (_HEAD_OF_BUSINESS,)) for head in _BUSINESS_HEADS),
)
_BUSINESS_REACH = 60  # characters: "Yukos, the state-owned oil " before "company"
# A sentence opening "It" and a verb of saying, or "The" and up to three words before a business noun.
_TAKEN_UP = re.compile(
    r"[.!?][\"”’]?\s+(?:It (?:also )?(?:said|says|added|adds|stated|claimed|claims)\b|"
    r"The (?:[a-z'’-]+ ){0,3}(?:" + "|".join(_BUSINESS_KINDS) + r")\b(?! of))"
)
_SENTENCE_REACH = 400  # characters: the sentence before
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+|\n")
# Its subject: a lone capitalised word before a verb ("Yukos has said"), or after a quotation
# before "said" ("“...,” Apple said in a statement.").
_SENTENCE_SUBJECT = re.compile(
    r"(?:" + _LONE + r" (?:has |had |also )?[a-z]+\b|.*[,”\"] " + _LONE + r" (?:said|says|added)\b)"
)


def _owners_of_its(text: str) -> set[str]:
    """ "To weather the strike, Verizon drafted workers from its nonunionized workforce": a lone
    capitalised word opening a clause whose own words (no article, name or comma between) reach an
    "its" is a business or a body, not a person."""
    if " its " not in text:
        return set()
    return {found.group(1).casefold() for found in _ITS_OWNER.finditer(text)}


# A clause opener, a capitalised word, then at most six lower-case words none an article, then "its".
_ITS_OWNER = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)([A-Z][a-z]+)((?:\s+(?!(?:the|a|an|this|that|these|those)\b)[a-z]+){1,6})\s+its\b",
    re.MULTILINE,
)


def _whole_word(text: str, start: int, end: int) -> bool:
    """text[start:end] after a space and before no letter, digit, apostrophe or hyphen."""
    after = text[end : end + 1]
    return text[start - 1 : start] == " " and not (after.isalnum() or (after and after in "'’-"))


# Business and club words as a name writes them ("Airways", "Corp.", "Rovers"). Not "Foundation",
# "Administration" or "Center": "the Dunn Administration" does not make a lone "Dunn" an organisation.
_BUSINESS_ENDS = frozenset(word.capitalize() for word in (lx.BUSINESS_WORDS | lx.CLUB_WORDS) - {"group"})


def _assemble(
    occurrences: list[Occurrence],
    lowercase_words: set[str],
    organisation_firsts: set[str],
    called_alone: set[str] = frozenset(),
) -> list[Person]:
    """People from name occurrences with evidence; multi-word names first, then lone surnames."""
    _drop_sentence_openers(occurrences, lowercase_words)
    multi, single = _grouped_by_core(occurrences)
    _join_compound_surnames(multi)
    evidence = _Evidence.of(multi, single, lowercase_words, organisation_firsts, called_alone)
    persons, by_surname, quoted_only = _full_name_people(multi, evidence)
    not_people = organisation_firsts | evidence.brands
    _add_lone_words(single, persons, by_surname, lowercase_words, not_people, quoted_only)
    return persons


def _grouped_by_core(
    occurrences: list[Occurrence],
) -> tuple[dict[tuple[str, ...], list[Occurrence]], dict[str, list[Occurrence]]]:
    """Occurrences of multi-word names by name key, and of lone words by the word."""
    multi: dict[tuple[str, ...], list[Occurrence]] = {}
    single: dict[str, list[Occurrence]] = {}
    for occ in occurrences:
        if len(occ.core) > 1:
            multi.setdefault(name_key(occ.core), []).append(occ)
        else:
            single.setdefault(occ.core[0].low, []).append(occ)
    return multi, single


@dataclass(frozen=True)
class _Evidence:
    """What the whole article says for or against a multi-word name being a person's."""

    lone_words: set[str]  # lone words with evidence of their own
    brands: set[str]  # first words that open several names ("Sky Networks", "Sky Movies")
    given_first: set[str]  # the last words of names opening on a given name
    lowercase_words: set[str]
    organisation_firsts: set[str]
    called_alone: set[str]

    @classmethod
    def of(
        cls,
        multi: dict[tuple[str, ...], list[Occurrence]],
        single: dict[str, list[Occurrence]],
        lowercase_words: set[str],
        organisation_firsts: set[str],
        called_alone: set[str],
    ) -> _Evidence:
        # A lone word's weak evidence ("Fletcher, who") vouches for a full name, not for the word alone.
        # (A he or she speaking after it vouches for the lone word alone, not for "Reyes Plaza".)
        lone_words = {
            w for w, group in single.items() if any(o.evidence not in ("", "pronoun") for o in group)
        }
        # A lone first word vouches for a full name ("Tomasz, a software developer,"), unless it opens
        # several names: "Sky said" is a broadcaster, and "Sky Networks", "Sky Movies" no people.
        brands = _brand_firsts(multi)
        given_first = {key[-1] for key in multi if is_given_name(key[0])}
        return cls(lone_words, brands, given_first, lowercase_words, organisation_firsts, called_alone)

    def vouches(self, group: list[Occurrence], core: tuple[Token, ...], surname_at: int) -> bool:
        """True when the name's own occurrences, or the article around them, show a person."""
        surname = core[surname_at].low
        # "Tomasz Furmanek ... Tomasz, a software developer,": the lone given name's evidence counts.
        given_word = core[0].low if surname_at != 0 else ""
        if _quoted_epithet(group, given_word) and not any(o.evidence for o in group):
            return False  # "“If it is Teleprompter Trump, it could be good”": a nickname, in someone's words
        return bool(
            any(o.evidence for o in group)
            or (surname in self.lone_words and not _slogan(group, given_word, surname, self.given_first))
            or (given_word in self.lone_words and given_word not in self.brands)
            or (given_word and is_given_name(given_word) and surname not in self.lowercase_words)
            or hyphened_given_name(core)
            or (len(core) > 2 and _irish_surname_at(core, 1) and _may_be_given(core[0]))
            or (
                surname in self.called_alone
                and not all(o.opens_quotation for o in group)
                and any(o.subject_like or o.stands_alone for o in group)
                and _unlisted_given_name(core, self.lowercase_words | self.organisation_firsts)
            )
        )


def _full_name_people(
    multi: dict[tuple[str, ...], list[Occurrence]], evidence: _Evidence
) -> tuple[list[Person], dict[str, list[Person]], dict[int, tuple[int, int]]]:
    """The people multi-word names with evidence make, in text order, one per person however
    written; the people by surname; where those named in full only inside quotation marks are first
    named (paragraph, offset)."""
    first_named: dict[int, tuple[int, int]] = {}
    named_outside: set[int] = set()  # named in full outside quotation marks
    persons: list[Person] = []
    by_surname: dict[str, list[Person]] = {}
    # (surname, first given name) -> the first person registered so: a map, not a scan of
    # everyone sharing the surname (16,000 Burnses would make that quadratic).
    # A junior's suffix is part of the key: "Ray Tolliver Jr." is not "Governor Ray Tolliver".
    by_given: dict[tuple[str, str, str], Person] = {}
    for key, group in sorted(multi.items(), key=lambda item: _first_position(item[1])):
        core = max((o.core for o in group), key=len)
        surname_at = surname_index(core)
        if not evidence.vouches(group, core, surname_at):
            continue
        surname = core[surname_at].low
        suffix = _junior_suffix(core, surname_at)
        same = _same_person(by_given, surname, key, surname_at, suffix) or _particle_surname_of(
            by_surname, core
        )
        if same is None:
            same = _new_person(len(persons), core, surname_at)
            persons.append(same)
            first_named[same.id] = _first_position(group)  # groups come in text order
            by_surname.setdefault(surname, []).append(same)
            known = _given_names(same.given)
            if known:
                by_given.setdefault((surname, _spelling_key(known[0]), suffix), same)
        _absorb(same, group, core)
        if not all(o.quoted for o in group):
            named_outside.add(same.id)
    # Only those named in full inside quotation marks alone: "Next up, 11 year old Barron Trump!"
    quoted_only = {i: place for i, place in first_named.items() if i not in named_outside}
    return persons, by_surname, quoted_only


def _hyphened_double_surname(word: str, persons: list[Person]) -> Person | None:
    """ "Rep. Mario Diaz Balart ... Diaz-Balart said": a hyphened word whose parts are the last two
    words of one person's name is that person's double surname, written the other way."""
    if word.count("-") != 1:
        return None
    found = [p for p in persons if " ".join(p.name.casefold().split()[-2:]) == word.replace("-", " ")]
    return found[0] if len(found) == 1 and len(found[0].name.split()) >= _DOUBLE_SURNAME_WORDS else None


_DOUBLE_SURNAME_WORDS = 3  # a given name and two surnames


def _junior_suffix(core: tuple[Token, ...], surname_at: int) -> str:
    """The junior's suffix after the surname ("jr", "iii"), else ""."""
    after = core[surname_at + 1].low if surname_at + 1 < len(core) else ""
    return after if after in lx.JUNIOR_SUFFIXES else ""


def _add_lone_words(
    single: dict[str, list[Occurrence]],
    persons: list[Person],
    by_surname: dict[str, list[Person]],
    lowercase_words: set[str],
    not_people: set[str],
    quoted_only: dict[int, tuple[int, int]],
) -> None:
    """Lone words: a surname or given name of someone registered (or a misspelling of a surname)
    adds to them; another word that shows a person becomes one."""
    givens: dict[str, list[Person]] = {}  # lone words are checked against these: a map, not a scan
    # "His sister, Ebony ... Ms Greaves": a relative named by a given name alone may be whom a title of
    # the other gender means (kin_surnames), so no one new is made of it; "Mr. Kessler ... said her
    # husband, Lou": a relative named after the title is not.
    kin = [o for g in single.values() for o in g if any(_kin_role(role) for role in o.roles)]
    for person in persons:
        givens.setdefault(_given_of(person), []).append(person)
        for familiar in familiar_givens(person.given, person.surname, person.aliases):
            givens.setdefault(familiar, []).append(person)  # "Edie" alone, of Edith Windsor
    for word, group in sorted(single.items(), key=lambda item: _first_position(item[1])):
        if word in by_surname or (word in givens and not _titled_namesake(word, group, givens, single)):
            sharing = list(by_surname.get(word) or givens[word])
            other = _titled_other_gender(group, sharing) if word in by_surname else []
            if other and any(_first_position([o]) < _first_position(other) for o in kin):
                other = []  # only a relative met before the title may be whom it means, not a later Lou
            other = other or (_office_of_a_relative(group, sharing) if word in by_surname else [])
            other = other or (_relative_of_the_surname(group, sharing, word) if word in by_surname else [])
            other = other or (
                _titled_before_full_name(group, sharing, quoted_only) if word in by_surname else []
            )
            if other:
                # "Ellen Varga ... “…,” Mr. Varga said": her husband, another person of the surname.
                person = _titled_person(len(persons), other[0])
                persons.append(person)
                by_surname[word].append(person)
                _absorb(person, other, None)
                group = [o for o in group if o not in other]
            for person in sharing:
                # A surname two people share says nothing about which one a role belongs to.
                _absorb(person, group if len(sharing) == 1 else [], None)
            continue
        misspelt = (
            _swapped_surname(word, by_surname)
            or _doubled_surname(word, by_surname)
            or _hyphened_double_surname(word, persons)
        )
        if misspelt is not None:
            _absorb(misspelt, group, None)
            continue
        if _single_is_person(word, group, lowercase_words, not_people):
            person = _new_person(len(persons), group[0].core, 0)
            persons.append(person)
            by_surname.setdefault(word, []).append(person)
            _absorb(person, group, None)


# Titles news copy puts before a surname alone ("Mr Tern", "Ms Holt"), unlike "Sir" or "Dame",
# which go before a given name.
_COURTESY_TITLES = frozenset(("mr", "mister", "mrs", "ms", "miss", "mx"))


def _titled_namesake(
    word: str, group: list[Occurrence], givens: dict[str, list[Person]], single: dict[str, list[Occurrence]]
) -> bool:
    """ "Howard Tern ... Mr Tern said ... Mr Howard insisted": a courtesy title before a word that
    is someone's given name makes it another person's surname when that someone is called by a
    courtesy title and his own surname. Where he never is (a Thai or Malay name, whose given name
    takes the title), "Mr" and his given name still mean him."""
    if not _courtesy_titled(group):
        return False
    if _title_of_other_gender(word, group):
        return True  # "Ann Hale ... Mr Ann, a retired miner,": no title of his is her given name
    return all(_courtesy_titled(single.get(p.surname.casefold(), [])) for p in givens[word])


def _kin_role(role: str) -> bool:
    """ "His sister", "sister", "first lady": a role naming a relative (an office holder's spouse is
    named by the office's family title)."""
    words = role.casefold().split()
    return bool(words) and (words[-1] in lx.KIN_NOUNS or tuple(words[-2:]) in _SPOUSE_TITLES)


# "first lady Marta Halvorsen": the title of an office holder's spouse, a relative's role.
_SPOUSE_TITLES = frozenset((("first", "lady"), ("second", "lady")))


def _titled_person(person_id: int, occurrence: Occurrence) -> Person:
    """Someone the article calls only by a courtesy title and a surname ("Mr. Varga"): so named, since
    the surname alone also names another person."""
    surname = occurrence.core[-1].text
    title = COURTESY_WRITTEN.get(occurrence.honorific or "", "")
    return Person(id=person_id, name=f"{title} {surname}".strip(), surname=surname, given="")


def _office_of_a_relative(group: list[Occurrence], sharing: list[Person]) -> list[Occurrence]:
    """The occurrences of a lone surname under an office's title ("President Trump") when the one
    person named in full with that surname is introduced as someone's relative ("First daughter
    Ivanka Trump"): the office is the relative's, another person of the family."""
    if len(sharing) != 1 or not any(_kin_role(role) for role in sharing[0].roles):
        return []
    return [o for o in group if o.titled and o.honorific not in _COURTESY_TITLES]


def _titled_before_full_name(
    group: list[Occurrence], sharing: list[Person], quoted_only: dict[int, tuple[int, int]]
) -> list[Occurrence]:
    """The occurrences of a lone surname under an office's title when the first of them comes before
    the one person of that surname is named in full, inside someone's quotation only ("President
    Halvorsen defended ... “Next up, 11 year old Tobias Halvorsen!”"): the title names someone else,
    met first ("President Trump ... Donald J. Trump" in the text itself is one person)."""
    if len(sharing) != 1 or sharing[0].id not in quoted_only:
        return []
    titled = [o for o in group if o.titled and o.honorific not in _COURTESY_TITLES]
    if not titled or _first_position(titled) >= quoted_only[sharing[0].id]:
        return []
    return titled


def _relative_of_the_surname(group: list[Occurrence], sharing: list[Person], word: str) -> list[Occurrence]:
    """The occurrences of a lone surname under a courtesy title when the one person named in full with
    that surname is introduced as the relative of someone of that surname ("Mr. Romney's father,
    George W. Romney"): "Mr. Romney" is the other, whose relative he is."""
    if len(sharing) != 1:
        return []
    kin_of_the_name = any(
        _kin_role(role) and role.casefold().startswith((word + "'s ", word + "’s "))
        for role in sharing[0].roles
    )
    return [o for o in group if o.honorific in _COURTESY_TITLES] if kin_of_the_name else []


def _titled_other_gender(group: list[Occurrence], sharing: list[Person]) -> list[Occurrence]:
    """The occurrences of a lone surname under a courtesy title of the other gender than the given
    name of the one person who has that surname ("Mr. Varga" beside "Ellen Varga" alone)."""
    if len(sharing) != 1:
        return []
    first = _first_given(sharing[0])
    # Only a given name the census holds commonly tells the gender surely enough ("Afton", a rare
    # woman's name, is a man's in "Mr. Kessler").
    named = given_name_gender(first) if first and is_census_given_name(first) else None
    if named is None:
        return []
    return [o for o in group if _COURTESY_GENDERS.get(o.honorific or "") not in (None, named)]


def _title_of_other_gender(word: str, group: list[Occurrence]) -> bool:
    """A courtesy title of one gender before a given name of the other ("Mr Ann", "Mrs John")."""
    named = given_name_gender(word)
    titled = {_COURTESY_GENDERS.get(o.honorific or "") for o in group} - {None}
    return named is not None and len(titled) == 1 and named not in titled


# The gender a courtesy title gives ("Mrs": "f"); "Mx" gives none.
_COURTESY_GENDERS = {
    title: "m" if title in lx.MALE_MARKERS else "f"
    for title in _COURTESY_TITLES
    if title in lx.MALE_MARKERS or title in lx.FEMALE_MARKERS
}


def _courtesy_titled(group: list[Occurrence]) -> bool:
    return any(o.honorific in _COURTESY_TITLES for o in group)


def _swapped_surname(word: str, by_surname: dict[str, list[Person]]) -> Person | None:
    """ "Mr Bieth says" after "David Beith": a lone word that is the surname of exactly one
    person with two neighbouring letters swapped, copy's commonest typo, is that person. Short
    words are left alone: swaps there make other real names."""
    if not constants.SWAPPED_SURNAME_MIN_CHARS <= len(word) <= constants.WORD_CHARS_READ:
        return None  # a longer "word" is no name, and each of its swaps is a copy of it: quadratic
    found = {
        id(person): person
        for i in range(1, len(word) - 1)  # the first letter, a capital, is never the swapped one
        if word[i] != word[i + 1]
        for person in by_surname.get(word[:i] + word[i + 1] + word[i] + word[i + 2 :], ())
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _doubled_surname(word: str, by_surname: dict[str, list[Person]]) -> Person | None:
    """ "Vodden said" after "Lionel Voden", "Bidden" for "Biden": a lone word that is the surname of
    exactly one person with one letter doubled, or a doubled letter written once, is that person.
    Short words are left alone, as for swapped letters."""
    if not constants.SWAPPED_SURNAME_MIN_CHARS <= len(word) <= constants.WORD_CHARS_READ:
        return None
    spellings = set()
    for i in range(1, len(word)):  # the first letter, a capital, is never the doubled one
        if word[i] == word[i - 1]:
            spellings.add(word[:i] + word[i + 1 :])
        else:
            spellings.add(word[:i] + word[i] + word[i:])
    found = {id(person): person for spelling in spellings for person in by_surname.get(spelling, ())}
    return next(iter(found.values())) if len(found) == 1 else None


def _stands_alone(text: str, end: int) -> bool:
    """ "a lead over Mark Dunn among black voters": a name followed by punctuation or a function
    word stands alone, not as a modifier of the noun after it ("the Stop Reyes movement",
    "Salafist Muslim groups", "a Telemundo Facebook chat")."""
    word = _NEXT_WORD.match(text, end)
    return word is None or not word.group(1).islower() or word.group(1) in _JOINING_WORDS


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_JOINING_WORDS = PREPOSITIONS | CLAUSE_OPENERS | frozenset("and or nor who whose which".split())


def _place_named_after_its_noun(text: str, start: int) -> bool:
    """ "the mayor of the country's third-largest city, Rostenburg, told": a lone name set off right
    after a noun for a place is that place's, no person's (not after "state" or "country": "the
    secretary of state, Hillary Clinton", "the best in the country, Schlafly said"), nor after a
    noun without its determiner ("In city after city, Perez lobbies")."""
    return _PLACE_NOUN_COMMA.search(text, max(0, start - _PLACE_NOUN_CHARS), start) is not None


def _speaks_right_after(text: str, end: int) -> bool:
    """ "sending ground troops into the region, Veltman said": a verb of saying right after the name
    makes it the clause's subject, no place set off after its noun."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1).casefold() in lx.SPEECH_VERBS


_PLACE_NOUN_COMMA = re.compile(
    r"\b(?:the|a|its|their|his|her|[’']s)\s+(?:[\w-]+\s+){0,2}"
    r"(?:city|town|village|capital|province|region|county|island|port),\s*$"
)
_PLACE_NOUN_CHARS = 50  # "the country's third-largest city, "
# A city before its state: "Greenfield, Ohio,", "the Linwood, Ore.-based research firm", or as a
# modifier before a name of two words or more, a role's word between ("Scottsdale, Arizona
# Republican Joan Ewart").
_CITY_STATE = re.compile(
    rf",\s+(?:{lx.US_STATES}|{lx.US_STATE_ABBREVIATIONS})"
    r"(?:,|-based\b|-area\b|\s+(?:[A-Z][\w-]+\s+){1,2}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
)


def _called_alone(occurrences: list[Occurrence], texts: dict[int, str]) -> set[str]:
    """The lone words the story's text uses as a name, where a subject may stand ("Gingrich said",
    "whether Scott had"), not after "the" ("The Christian leader")."""
    found = set()
    for occ in occurrences:
        if len(occ.core) == 1 and occ.body and occ.subject_like:
            start = occ.core[0].start
            if not _AFTER_THE.search(texts[occ.paragraph][max(0, start - 5) : start]):
                found.add(occ.core[0].low)
    return found


_AFTER_THE = re.compile(r"(?:^|\W)[Tt]he\s+$")


def _unlisted_given_name(core: tuple[Token, ...], common: set[str]) -> bool:
    """ "Newt Gingrich ... Gingrich said", "Rakeyia Scott can be heard": a given name and a surname
    the article goes on to use alone, as news writing calls a person, make a person though no census
    list holds the given name. Neither word may be one the text writes in lower case or a business's
    short name, a place, a nationality, a body's or a role's word; nor the first an adverb, epithet
    or connective ("Interestingly Blocker", "Whereas Holt")."""
    if len(core) != 2:
        return False
    given = core[0]
    for token in core:
        low = token.low
        if not (token.text[:1].isupper() and low.isalpha()) or low in common:
            return False
        if low in lx.PLACES or low in lx.US_PLACES or low in lx.DEMONYMS or low in lx.ORG_WORDS:
            return False
    return _may_be_given(given)


def _may_be_given(given: Token) -> bool:
    """A capitalised word that may be a given name no list holds: no adverb, epithet, connective,
    title, party, place, nationality, body's or role's word ("Interestingly", "Whereas")."""
    low = given.low
    if not (given.text[:1].isupper() and low.isalpha()):
        return False
    if low in lx.PLACES or low in lx.US_PLACES or low in lx.DEMONYMS or low in lx.ORG_WORDS:
        return False
    if low in lx.NOT_NAMES or low in CLAUSE_OPENERS or low in lx.TITLE_WORDS or low in lx.PARTY_LABELS:
        return False
    return not (low.endswith("ly") or _epithet(low) or lx.is_role_head(low))


def _brand_names(occurrences: list[Occurrence]) -> set[str]:
    """The folded names of several words that open with a brand's word ("google maps" beside
    "Google Earth"): a product or an outlet, no person."""
    keys = {name_key(o.core) for o in occurrences if len(o.core) > 1}
    brands = _brand_firsts({key: [] for key in keys})
    return {" ".join(key) for key in keys if key[0] in brands}


def _brand_firsts(multi: dict[tuple[str, ...], list[Occurrence]]) -> set[str]:
    """Words, no given names, that open two or more different names ("Sky News", "Sky Movies",
    "Sky Networks"): a brand's, so the word alone ("Sky said") is that business, no person."""
    counts: dict[str, int] = {}
    for key in multi:
        counts[key[0]] = counts.get(key[0], 0) + 1
    return {word for word, count in counts.items() if count >= _BRAND_NAMES and not is_given_name(word)}


_BRAND_NAMES = 2


def _slogan(group: list[Occurrence], given_word: str, surname: str, given_first: set[str]) -> bool:
    """ "Tom Reyes ... chanting “Dump Reyes.” ... Reyes said": a word that is no given name before
    the surname of someone named in full, opening a quotation each time, is a slogan's; the lone
    surname's evidence vouches for the person, not for it ("Amos Kettle" stays beside "Ryan Kettle")."""
    if not given_word or is_given_name(given_word):
        return False
    if _headline_words(group):
        return True  # "under the headline “Bubba Axes Obama ... Again.”": a headline, no one's name
    if surname not in given_first:
        return False
    return all(len(o.core) == 2 and o.opens_quotation for o in group)


def _quoted_epithet(group: list[Occurrence], given_word: str) -> bool:
    """A common word that is no given name before a surname, only ever inside quotation marks: an
    epithet someone coins ("Teleprompter Trump", "Sleepy Sanders"), no one's given name."""
    if not given_word or is_given_name(given_word) or not is_common(given_word):
        return False
    return all(o.quoted for o in group)


def _headline_words(group: list[Occurrence]) -> bool:
    """Three capitalised words or more opening a quotation each time, none before the surname a given
    name: a headline's words ("“Bubba Axes Obama"), not a person's."""
    if not all(o.opens_quotation and len(o.core) > 2 for o in group):
        return False
    return not any(is_given_name(t.low) for o in group for t in o.core[:-1])


def _join_compound_surnames(multi: dict[tuple[str, ...], list[Occurrence]]) -> None:
    """ "Debra Wakeman Scholl ... Wakeman Scholl said": a name opening with no given name that
    ends the one fuller name opening with a given name is that person's compound surname, not a
    second person ("Eskelsen García", "Vargas Llosa")."""
    # Each fuller name under its endings of two words or more: a map, not a scan of every pair.
    ending_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in multi:
        if is_given_name(key[0]):
            for start in range(1, len(key) - 1):
                ending_of.setdefault(key[start:], []).append(key)
    for key in sorted(k for k in ending_of if k in multi and not is_given_name(k[0])):
        if len(ending_of[key]) == 1:
            multi[ending_of[key][0]].extend(multi.pop(key))


def _drop_sentence_openers(occurrences: list[Occurrence], lowercase_words: set[str]) -> None:
    """ "Intrepid Mikolaj Zawada spends ...": a leading word is no name when the rest is one by itself
    elsewhere, and that word starts no other name."""
    keys = {name_key(o.core) for o in occurrences if len(o.core) > 1}
    # Surnames by the names ending in them, and the words written alone as names ("Holt said").
    named_by: dict[str, set[tuple[str, ...]]] = {}
    for key in keys:
        named_by.setdefault(key[-1], set()).add(key)
    alone = {o.core[0].low for o in occurrences if len(o.core) == 1}
    # How many different names each word starts ("Miss Universe Alicia Machin" written three
    # times still makes "Universe" start one name only).
    firsts: dict[str, int] = {}
    for key in keys:
        firsts[key[0]] = firsts.get(key[0], 0) + 1
    for occ in occurrences:
        first = occ.core[0].low
        # "Lina Ortega Saavedra ... Ortega Saavedra said": a given name before a two-word surname stays.
        given = is_given_name(first) and first not in lowercase_words and not _epithet(first)
        # "Hicham El Guerrouj ... El Guerrouj said": a word before a particle's surname is a given name.
        given = given or (len(occ.core) == 3 and _capitalised_particle(occ.core[1]) and not _epithet(first))
        # "Seán Mac an tSaoi ... Mac an tSaoi said", "Máire Ní Bhriain": a word before an Irish
        # surname's particle is a given name, though no census list holds it.
        given = given or (_irish_surname_at(occ.core, 1) and not _epithet(first))
        if len(occ.core) > 2 and name_key(occ.core[1:]) in keys and (firsts[first] < 2 or _epithet(first)):
            if not given:
                occ.core = occ.core[1:]  # "Crooked Ada Holt" is Ada Holt
        elif (
            len(occ.core) == 2
            and _named_otherwise(occ.core, named_by, alone)
            and ((_epithet(first) and not occ.roles) or (first in lx.NOT_NAMES and not is_given_month(first)))
        ):
            # "Neither Holt", "Injecting Holt"; after a role, "polling director Keating Holt" is his name.
            occ.core = occ.core[1:]
        elif (
            len(occ.core) == 2
            and occ.initial
            and occ.core[1].low in named_by
            and first in lowercase_words
            and (not is_given_name(first) or first in _MODALS)
            and not occ.apposed  # "Win Myat, a member of the party,": introduced whole
        ):
            # "Like Pike, Dorn ...", "Will Pike come down?": a sentence's first word, which the
            # text also writes in lower case, before a surname someone else is named by in full. A
            # given name other than a modal stays ("Bill Holt got in on the game" beside "the bill").
            occ.core = occ.core[1:]


def _named_otherwise(
    core: tuple[Token, ...], named_by: dict[str, set[tuple[str, ...]]], alone: set[str]
) -> bool:
    """ "Injecting Holt" beside "Ada Holt" or a lone "Holt": the last word names someone by another
    name or alone, or is a role's ("Managing Editor"); "Planned Parenthood" keeps its first word."""
    surname = core[1].low
    others = named_by.get(surname, set()) - {name_key(core)}
    return surname in alone or bool(others) or lx.is_role_head(surname)


# Modals that open a question before a name ("Will Pike quit?"), though also given names.
_MODALS = frozenset("will may can".split())


def _epithet(word: str) -> bool:
    """A participle or adjective before a name ("Injecting", "Crooked", "Fear-mongering"), never a
    given name ("Mohamed"; "Chye-Ling", whose last part is too short for a participle)."""
    last = word.rsplit("-", 1)[-1]
    ending = last.endswith(("ing", "ed")) and word not in lx.GIVEN_NAMES_IN_ED
    return len(last) >= constants.EPITHET_MIN_CHARS and ending


def _single_is_person(
    word: str, group: list[Occurrence], lowercase_words: set[str], organisation_firsts: set[str]
) -> bool:
    """A lone capitalised word is a person with a role, or when it speaks and is no common word
    and no organisation's short name ("Northwind said" after "Northwind Airways"); never a US
    state or city ("Rep. Tom Hale of Oklahoma, an ally of ..." names no Oklahoma)."""
    if word in lx.US_PLACES or "." in word or word.endswith(_COUNTY_ENDING):
        return False  # a lone abbreviation is a place ("of Raleigh, N.C., who was polled"), "Oxfordshire" too
    if word.rstrip(".") in lx.JUNIOR_SUFFIXES:
        return False  # "Martin Luther King, Jr., said": the suffix of the name before its comma
    if word.casefold() in PHOTO_POSITIONS:
        return False  # "Above, the property he sold.": a caption's pointer to its photo, not a name
    if _sentence_opening_word(word, group):
        # "Fully baked bread ... , he says", "Gone was the calm tone ...": an adverb or an inverted
        # participle opening its sentence.
        return False
    if any(o.evidence == "strong" for o in group):
        return True
    if is_joined_particle_name(group[0].core[0].text):
        return False  # "al-Shabab said": a group's name; a person is named in full ("Bashar al-Assad")
    if word in lowercase_words or word in organisation_firsts:
        return False
    if any(o.evidence == "pronoun" for o in group):
        return True  # "Dorn openly admitted ... . “…,” he said."
    if not any(o.evidence == "speech" for o in group):
        return False
    # "Officials said" is capitalised only by its place at a sentence start.
    return any(not o.initial for o in group)


def _sentence_opening_word(word: str, group: list[Occurrence]) -> bool:
    """A word capitalised only where it opens sentences that is an adverb in -ly or a participle an
    inverted sentence opens with ("Fully", "Gone"), not a given name ("Kelly")."""
    low = word.casefold()
    shaped = (low.endswith("ly") and not is_given_name(low)) or low in _INVERTING_PARTICIPLES
    return shaped and all(o.initial for o in group)


_INVERTING_PARTICIPLES = frozenset("gone gathered joining seated standing missing lost".split())


# Words by which a caption points at its photo ("Above, Zuckerberg and his wife"), never a name.
_COUNTY_ENDING = "shire"  # "Oxfordshire", "Yorkshire": a county, never a person


def _first_position(group: list[Occurrence]) -> tuple[int, int]:
    return min((o.paragraph, o.np_start) for o in group)


def _same_person(
    by_given: dict[tuple[str, str, str], Person],
    surname: str,
    key: tuple[str, ...],
    surname_at: int,
    suffix: str,
) -> Person | None:
    """A person already registered under this surname whose given names fit ("Lloyd J. Austin"); the
    name without its suffix is the suffixed one's when no one has it bare ("Martin Luther King Jr.",
    then "Martin Luther King")."""
    given = [
        w
        for i, w in enumerate(key)
        if i != surname_at and not w.endswith(".") and w not in lx.JUNIOR_SUFFIXES
    ]
    if not given:
        return None
    spelled = _spelling_key(given[0])
    found = by_given.get((surname, spelled, suffix))
    if found is None and not suffix:
        suffixed = ((surname, spelled, generation) for generation in sorted(lx.JUNIOR_SUFFIXES))
        found = next((by_given[k] for k in suffixed if k in by_given), None)
    if found is not None and _other_initials(found.given.casefold().split(), key[1:surname_at]):
        return None  # "George W. Bush" and his father "George H.W. Bush": two men
    return found


def _other_initials(known: list[str], middle: tuple[str, ...]) -> bool:
    """Whether both names have middle initials and they differ ("W." against "H.W.")."""
    ours, theirs = _initials(known[1:]), _initials(list(middle))
    return bool(ours) and bool(theirs) and ours != theirs


def _initials(words: list[str]) -> str:
    """The letters of the initials among middle names: "h.w." and "k." give "hwk"; a bare "w" gives "w"."""
    letters = []
    for word in words:
        bare = word.replace(".", "")
        if bare.isalpha() and (len(bare) == 1 or (word.endswith(".") and len(bare) <= _INITIAL_LETTERS)):
            letters.append(bare)
    return "".join(letters)


_INITIAL_LETTERS = 3  # "H.W.", "J.R.R."


def _spelling_key(given: str) -> str:
    """A folded given name with doubled letters single: copy spells "Phillip" and "Philip" for one man;
    a familiar form as its formal name ("Dick" as "Richard")."""
    folded = formal_given_name(given)
    return "".join(c for i, c in enumerate(folded) if i == 0 or c != folded[i - 1])


def _given_names(given: str) -> list[str]:
    """The given names of a person, folded, without initials ("Lloyd J." -> ["lloyd"])."""
    return [w.casefold() for w in given.split() if not w.endswith(".")]


def _irish_surname_at(core: tuple[Token, ...] | list[Token], at: int) -> bool:
    """ "Mac an tSaoi", "Ní Bhriain", "Ó Dónaill": a capitalised Irish particle at `at` opening a
    surname of one more word or its article after it."""
    if at + 1 >= len(core) or core[at].low not in _IRISH_OPENERS or not core[at].text[:1].isupper():
        return False
    after = core[at + 1]
    return after.low in IRISH_ARTICLES or after.text[:1].isupper()


# The Irish particles that open a surname written apart from it ("O" may be an initial).
_IRISH_OPENERS = IRISH_NAME_PARTICLES - {"o", "mc"}


def _capitalised_particle(token: Token) -> bool:
    """ "El", "Le", "Du": a particle opening a surname, not a given name such as "Al"."""
    return token.low in lx.NAME_PARTICLES and not is_given_name(token.low)


def _particle_surname_of(by_surname: dict[str, list[Person]], core: tuple[Token, ...]) -> Person | None:
    """ "El Guerrouj" after "Hicham El Guerrouj": the one person whose surname is these two words."""
    # "Mac an tSaoi" after "Seán Mac an tSaoi": an Irish surname written alone.
    irish = len(core) >= 2 and core[0].low in IRISH_NAME_PARTICLES
    # "Al Khalidi" after "Abdullah Al Khalidi": "Al", a given name too, is the surname's particle here.
    if not irish and (len(core) != 2 or core[0].low not in lx.NAME_PARTICLES):
        return None
    written = " ".join(t.low for t in core)
    sharing = [p for p in by_surname.get(core[-1].low, ()) if p.surname.casefold() == written]
    return sharing[0] if len(sharing) == 1 else None


def _new_person(person_id: int, core: tuple[Token, ...], surname_at: int) -> Person:
    # "Pieter van der Berg": the particles belong to the surname ("van der Berg"), not the given name.
    first = surname_at
    while first > 1 and core[first - 1].low in lx.NAME_PARTICLES and not core[first - 1].cap:
        first -= 1
    if first == surname_at and first > 1 and core[first - 1].low in lx.NAME_PARTICLES:
        # "Hicham El Guerrouj": "El Guerrouj", as the article then calls him; after a given name
        # even "Al" is the particle ("Abdullah Al Khalidi")
        first -= 1
    first = _irish_surname_start(core, first)
    if first == 1 and len(core) == 2 and _capitalised_particle(core[0]):
        first = 0  # "Le Pen", "Du Bois": the surname is both words, with no given name
    given = " ".join(t.text for i, t in enumerate(core) if i != surname_at and not first <= i < surname_at)
    return Person(
        id=person_id,
        name=spelled_name(core),
        surname=" ".join(t.text for t in core[first : surname_at + 1]),
        given=given,
        family_first=surname_at == 0 and len(core) > 1,
    )


# Suffixes a news style writes with a full stop, which the tokens leave apart from the word.
_STOPPED_SUFFIXES = frozenset(("jr", "sr"))


def spelled_name(core: tuple[Token, ...]) -> str:
    """The name as a reader writes it: "Charles W. Boustany Jr.", its suffix's full stop kept."""
    name = " ".join(t.text for t in core)
    return f"{name}." if core[-1].low in _STOPPED_SUFFIXES else name


def _irish_surname_start(core: tuple[Token, ...], first: int) -> int:
    """ "Seán Mac an tSaoi", "Pádraig Ó hAodha": the surname opens at its Irish particle, past the
    article between ("an", "na"); written alone ("Mac an tSaoi", "Ó hAodha") it is all surname,
    but "Mac Jones" keeps a given name ("Mac" is one; "Ó" never is)."""
    at = first
    article = at > 1 and core[at - 1].low in IRISH_ARTICLES and core[at - 2].low in IRISH_NAME_PARTICLES
    at -= article
    if at < 1 or core[at - 1].low not in IRISH_NAME_PARTICLES:
        return first
    if at - 1 == 0 and not article and is_given_name(core[0].low):
        return first
    return at - 1


def _given_of(person: Person) -> str:
    return person.given.casefold() if person.given and " " not in person.given else ""


def _absorb(person: Person, group: list[Occurrence], core: tuple[Token, ...] | None) -> None:
    """Add names, roles and gender seen in `group` to `person`, body text before captions."""
    if core is not None and len(spelled_name(core)) > len(person.name):
        person.name = spelled_name(core)
    forms = [person.name, person.surname]
    known_roles = {fold_name(r) for r in person.roles}
    for occ in sorted(group, key=lambda o: (not o.body, o.paragraph, o.np_start)):
        forms.append(" ".join(t.text for t in occ.core))
        if occ.titled:
            forms.append(f"{occ.titled} {person.surname}")
        for role in occ.roles:
            if fold_name(role) not in known_roles:
                known_roles.add(fold_name(role))
                person.roles.append(role)
        # "JUST WATCHED Bachmann, King visit the border": a caption's marker yields to a given name.
        if occ.body or not (_given_of(person) and given_name_gender(_given_of(person))):
            person.gender = person.gender or occ.gender
        person.titles.update(title_roles(occ.honorific))
        if occ.party:
            person.titles.add(occ.party)
    known = {fold_name(a) for a in person.aliases} | {fold_name(person.name)}
    for form in forms:
        if fold_name(form) not in known:
            known.add(fold_name(form))
            person.aliases.append(form)
