""" "How old is X?": the age written beside the name ("Ralph Mota, 45,"), or given by a description
("the 45-year-old officer") a sentence or two after it, when it refers back to X.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, cite
from bot.core.ask.candidates import content_words
from bot.core.ask.people import mention_terms
from bot.core.language.lexicon import HONORIFICS, TITLE_WORDS, WEEKDAYS_MONTHS, is_role_head
from bot.core.language.text import STOPWORDS, fold, words
from bot.core.quotes import engine as quotes
from bot.core.quotes.givennames import is_given_name
from bot.core.search.index import ArticleIndex, SentenceEntry, build_index, query_words
from bot.core.search.windows import bounds, excerpt

# "The 32-year-old said...", "the 45-year-old longtime officer": an age with no name after it.
_DESCRIBED_AGE = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")
# "The 24-year-old Reds skipper", "the 31-year-old Labour MP": a team or a party before a role, as British
# copy describes someone named in the sentence before; the capitalised words are no name of the person.
_DESCRIBED_AGE_OF = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\s+(?:[A-Z][\w’'-]*\s+){1,2}([a-z]+|[A-Z]{2,})\b")
# "The 71-year-old served ...", "The 24-year-old Reds skipper said ...": the age opens the sentence.
_DESCRIPTION_FIRST = re.compile(r"The\s+\d{1,3}-year-old\b(?!\s+[A-Z][\w’'-]*\s+[A-Z])")
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
# Nouns sports and news copy describe a person by that no role list holds: "The 31-year-old Norway
# international", "the 17-year-old Everton youngster".
_DESCRIBING_NOUNS = frozenset("international youngster teenager".split())
# "She was 91.", "He is 45 and lives in Leeds.": an obituary's or a profile's age by a pronoun.
_PRONOUN_AGE = re.compile(r"^(He|She)\s+(?:was|is|turned)\s+\d{1,3}(?:\s+years\s+old)?\s*(?:[.;]|,?\s+and\b)")
_ASKED_PRONOUNS = {"he": "He", "him": "He", "she": "She", "her": "She"}
_HOW_OLD = re.compile(r"^\s*how\s+old\s+(?:is|was|are|were|will\s+be)\s+(.+?)\s*\??\s*$", re.IGNORECASE)
_AGE_EVENT = re.compile(r"\s+(when|while|after|before|at\s+the\s+time)\s+", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'.-]*)\s+$")  # a capitalised word right before a name


def how_old(article: Article, question: str) -> Answer | None:
    """ "How old is X?": the sentence that gives X's age right by the name, or a decline.

    News copy puts an age beside the name ("Ralph Mota, 45,", "Mata, aged 45", "Mata, now 45,", "the
    45-year-old Mata", "Kalief Browder, a 22-year-old"); an age beside someone else's name in the same
    sentence is not X's. Else "the 45-year-old officer" right after a sentence naming X and no one else.
    """
    match = _HOW_OLD.match(question)
    # "How old was Scott when he went to boarding school?": the age at an event, not the age now.
    parts = _AGE_EVENT.split(match.group(1), maxsplit=1) if match else [""]
    asked, event = parts[0], parts[-1] if len(parts) > 1 else ""
    if asked.casefold() in _ASKED_PRONOUNS and not event:
        return _pronoun_age(article, question, _ASKED_PRONOUNS[asked.casefold()])
    names = _age_names(asked)
    if not names:
        return None if event else _age_of_the_described(article, question, asked)
    index = build_index(article)
    # Only sentences holding a word of the name can give its age: no pattern over every sentence.
    terms = {t for name in names for t in query_words(name, index.vocabulary.df)}
    positions = index.sentences_holding(terms)
    pattern = _age_pattern(_as_written(names, [index.sentences[p].text for p in positions]))
    sentences = [s for s in (index.sentences[p] for p in positions) if pattern.search(s.text)]
    if event:
        # Only an age told with the event is the age then; else the ranking finds what the article says.
        told = {t for w in content_words(index, event) for t in w.terms}
        if not any(told & set(query_words(s.text, index.vocabulary.df)) for s in sentences):
            # "How old was she when she died?": "... died on Sunday. She was 91." tells it too.
            described = _described_age(article, index, names, terms)
            if any(told & set(query_words(s.text, index.vocabulary.df)) for s in described):
                return _age_answer(article, question, described)
            return None
    name_words = {w.casefold() for p in quotes.list_people(article) for w in p.name.split()}
    found = [(s, at) for s in sentences if (at := _age_at(pattern, s.text, names, name_words)) >= 0]
    found.sort(key=lambda pair: pair[0].is_caption)  # story text first, captions only when nothing else
    if not found:
        described = _described_age(article, index, names, terms) or _titled_age(article, index, asked, names)
        if described:
            return _age_answer(article, question, described)
    if not found and sentences:
        # Only someone else's age beside the name: the closest passage, never that age as X's.
        passage = cite(article, sentences[0].paragraph, [(sentences[0].start, sentences[0].end)], "")
        return Answer(question, None, (passage,), constants.ASK_OTHER_AGE_CONFIDENCE, "passage", passage)
    if not found:
        return None  # no age beside the name: the ranking finds what the article says, if anything
    sentence, at = found[0]
    text = sentence.text
    if len(text) > constants.ASK_MAX_ANSWER_CHARS:
        # The window may not run past the sentence's end (an age near the end of a long sentence).
        start, end = bounds(text, max(0, at - 100), min(len(text), at + constants.ASK_MAX_ANSWER_CHARS - 102))
        text = excerpt(text, start, end)
    source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], text)
    return Answer(question, text, (source,), 1.0, "sentence")


def others_age(question: str, texts: list[str]) -> bool:
    """True when "How old is X?" meets texts whose every age stands beside someone else's name
    ("Police say Nowsch shot Tammy Meyers, 44, ..." says nothing of Nowsch's age)."""
    match = _HOW_OLD.match(question)
    names = _age_names(_AGE_EVENT.split(match.group(1), maxsplit=1)[0]) if match else []
    if not names:
        return False
    asked = {fold(n).casefold() for n in names}
    ages = [m for text in texts for m in _ANY_AGE.finditer(text)]
    others = [
        m
        for text in texts
        for m in _AGE_BESIDE_NAME.finditer(text)
        if fold(m.group(1)).casefold() not in asked and m.group(1).casefold() not in _NOT_NAMES_BEFORE_AGE
    ]
    return bool(ages) and len(others) == len(ages)


# Every way of writing an age the check above counts: "Tammy Meyers, 44,", "aged 44", "a 44-year-old",
# "44 years old".
_ANY_AGE = re.compile(
    r",\s+(?:now\s+)?(?:aged\s+)?\d{1,3}(?=[,.;)]|\s+(?:was|is|and|who)\b)"
    r"|\bage[ds]?\s+\d{1,3}\b|\b\d{1,3}-year-old\b|\b\d{1,3}\s+years?\s+old\b"
)
# "Tammy Meyers, 44,", "Andrew Kinsman, 49, was": an age set beside a name by commas.
_AGE_BESIDE_NAME = re.compile(
    r"\b([A-Z][\w’'-]+),\s+(?:now\s+)?(?:aged\s+)?\d{1,3}(?=[,.;)]|\s+(?:was|is|and|who)\b)"
)
# Capitalised words before ", 44," that name no one: "In March, 12 ...", "On Monday, 30 were hurt".
_NOT_NAMES_BEFORE_AGE = frozenset("in on at by of since until from and but as so".split()) | WEEKDAYS_MONTHS


def _as_written(names: list[str], texts: list[str]) -> list[str]:
    """The name's words and their spellings in `texts` with accents: "Sjostrom" typed is the
    article's "Sjöström"."""
    folded = {fold(n) for n in names}
    written = {w for text in texts if not text.isascii() for w in words(text) if fold(w) in folded}
    return names + sorted(written - set(names))


def _age_names(asked: str) -> list[str]:
    """The words of the name in "How old is X?": its capitalised words, or all of a name typed in
    lower case ("how old was kalief browder"), never a phrase of ordinary words ("the victim")."""
    found = [w for w in words(asked) if w[:1].isupper() and len(w) > 1]
    if found or not asked.islower():
        return found
    typed = words(asked)
    # "how old is princess ubolratana": the title before the name is no word of it (_titled_age reads it).
    while len(typed) > 1 and typed[0].casefold() in TITLE_WORDS | HONORIFICS:
        typed = typed[1:]
    if not typed or len(typed) > 4 or any(w.casefold() in STOPWORDS or is_role_head(w) for w in typed):
        return []
    return typed


def _described_age(
    article: Article, index: ArticleIndex, names: list[str], terms: set[str]
) -> list[SentenceEntry]:
    """ "The 32-year-old said..." after a sentence naming X: X's age, when no one else was named."""
    person = quotes.find_person(article, " ".join(names))
    own = terms | (mention_terms(index, person) if person else set())
    people = [
        p
        for p in quotes.list_people(article)
        if p.kind == quotes.PERSON_KIND and (person is None or p.name != person.name)
    ]
    others = [(mention_terms(index, p) - own, p.name) for p in people]
    kept = [(terms, name) for terms, name in others if terms]
    return age_by_reference(index, own, [terms for terms, _ in kept], [name for _, name in kept])


# "the princess, 67,": an age beside the title that stands for the name.
_TITLE_AGE = r"\b[Tt]he\s+(?:{title}),\s+(?:now\s+)?(?:aged\s+)?\d{{1,3}}(?=[,.;)]|\s+(?:was|is|and|who)\b)"


def _titled_age(article: Article, index: ArticleIndex, asked: str, names: list[str]) -> list[SentenceEntry]:
    """ "the princess, 67," of Princess Ubolratana: her age, when the title is hers (typed before her name
    or the one the article gives her) and no one else the article names holds it."""
    person = quotes.find_person(article, " ".join(names))
    if person is None:
        return []
    typed = [w.casefold() for w in words(asked)[: -len(names) or None] if w.casefold() in TITLE_WORDS]
    role = person.role.casefold() if person.role and " " not in person.role.strip() else ""
    titles = set(typed) | ({role} if role in TITLE_WORDS else set())
    if not titles:
        return []
    if any(_holds_title(p, person.name, titles) for p in quotes.list_people(article)):
        return []  # "the king, 66," may be any king the article names
    pattern = re.compile(
        _TITLE_AGE.format(title="|".join(re.escape(t) for t in sorted(titles))), re.IGNORECASE
    )
    return next(([s] for s in index.sentences if not s.is_caption and pattern.search(s.text)), [])


def _holds_title(other: quotes.Speaker, name: str, titles: set[str]) -> bool:
    """True when someone else the article names bears one of `titles` ("King" of Maha Vajiralongkorn);
    a role the registry read as a whole clause naming the person asked about is none of theirs."""
    role = (other.role or "").casefold().split()
    if other.kind != quotes.PERSON_KIND or other.name == name or not role:
        return False
    return len(role) <= _TITLE_ROLE_WORDS and bool(titles & set(role))


_TITLE_ROLE_WORDS = (
    4  # a role longer than this is a clause misread ("Princess Ubolratana no longer holds ...")
)


# "the boy", "a young driver": a person the question names by an ordinary noun, not by a name.
_DESCRIBED_ASKED = re.compile(r"^(?:the|a|an|this|that)\s+(?:[a-z]+\s+){0,2}([a-z]{3,})$")


def _age_of_the_described(article: Article, question: str, asked: str) -> Answer | None:
    """ "How old is the boy?": the first sentence giving an age to that noun ("A 17-year-old boy was
    pulled from ...", "the boy, aged 17,"), so the lede's description comes before any age beside a
    name later on ("Firefighter Jon Prell, 42, said the boy ...", which is the firefighter's age)."""
    found = _DESCRIBED_ASKED.match(asked.strip())
    if not found:
        return None
    noun = re.escape(found.group(1))
    pattern = re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+\d{{1,3}}-year-old\s+(?:[a-z’'-]+\s+){{0,2}}?{noun}\b"
        rf"|\b[Tt]he\s+{noun},\s+(?:now\s+)?(?:aged\s+)?\d{{1,3}}\b"
    )
    # Only sentences holding the noun can match: a plain `in` passes over the rest of a long article.
    holding = [s for s in build_index(article).sentences if found.group(1) in s.text]
    for sentence in sorted(holding, key=lambda s: s.is_caption):  # captions only when nothing else
        if pattern.search(sentence.text):
            return _age_answer(article, question, [sentence])
    return None


def _pronoun_age(article: Article, question: str, pronoun: str) -> Answer | None:
    """ "How old was she?": the first "She was 91." of the story, with the sentence before it, which
    names whom it means; a question by pronoun is about the person the story is about."""
    index = build_index(article)
    for position, sentence in enumerate(index.sentences):
        found = _PRONOUN_AGE.match(sentence.text)
        if found and found.group(1) == pronoun and position > 0 and not sentence.is_caption:
            return _age_answer(article, question, [index.sentences[position - 1], sentence])
    return None


def _age_answer(article: Article, question: str, sentences: list[SentenceEntry]) -> Answer:
    """The description of the age, with the sentence naming whom it describes when both fit."""
    fits = sum(len(s.text) + 1 for s in sentences) <= constants.ASK_MAX_ANSWER_CHARS
    shown = sentences if fits else sentences[-1:]
    text = " ".join(s.text for s in shown)[: constants.ASK_MAX_ANSWER_CHARS]
    sources = []
    for number in dict.fromkeys(s.paragraph for s in shown):
        spans = [(s.start, s.end) for s in shown if s.paragraph == number]
        sources.append(cite(article, number, spans, text))
    return Answer(question, text, tuple(sources), 1.0, "sentence")


def _age_at(pattern: re.Pattern, text: str, names: list[str], name_words: set[str]) -> int:
    """Where `text` gives the age of the person named `names`, or -1.

    A full name asked ("Omar Said") inside a longer one ("Lina Omar Said, 13") is someone else:
    the daughter, not the father; a word before it that is no one's name ("Evacuee Janet Ortiz, 67")
    is a description. A surname alone ("Mota") may follow a first name.
    """
    for match in pattern.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # "Clara Yanet Herrera Solano, 25": the word before is the asked name's own first word.
        if (
            len(names) > 1
            and before
            and before.group(1).casefold().rstrip(".") not in TITLE_WORDS
            and before.group(1).casefold() not in {n.casefold() for n in names}
            and _a_name(before.group(1), name_words)
        ):
            continue
        return match.start()
    return -1


def _a_name(word: str, name_words: set[str]) -> bool:
    """A word of someone's name: the article names a person with it, or it is a given name."""
    return word.casefold() in name_words or is_given_name(word.casefold())


# What may follow an age reached: a stop, "years old", or a time ("turned 50 on Sunday", "last week");
# not a noun ("who is 12 points clear", "turned 20 pages").
_AGE_END = r"(?=\s*(?:[,.;:)]|$|(?:years?\s+old|on|in|last|this|next|when|and|but|at|earlier|today)\b))"


def _age_pattern(names: list[str]) -> re.Pattern:
    name = "(?i:" + "|".join(re.escape(n) for n in names) + r")\b"
    capitalised = r"(?:\s+[A-Z][\w’'-]*){0,2}"
    return re.compile(
        rf"\b{name}(?:’s|'s)?{capitalised},\s+(?:now\s+)?(?:aged\s+)?\d{{1,3}}\b(?![.,]\d|\s*(?:%|per\b|million|billion))"
        rf"|\b{name}(?:’s|'s)?{capitalised},\s+an?\s+\d{{1,3}}-year-old\b"
        rf"|\b{name}[^.;]{{0,40}}?\baged\s+\d{{1,3}}\b"
        rf"|\b\d{{1,3}}-year-old\s+(?:[\w’'-]+\s+){{0,3}}?{name}"
        rf"|\b{name}[^.;]{{0,40}}?\b\d{{1,3}}\s+years?\s+old\b"
        # "Rice, who turned 50 on Sunday,", "Holt turns 60 next week": an age reached, no score or count
        rf"|\b{name}{capitalised}(?:,\s+who)?\s+(?:turned|turns|(?<=who\s)(?:is|was))\s+\d{{1,3}}{_AGE_END}"
    )


def age_by_reference(
    index: ArticleIndex, own: set[str], others: list[set[str]], other_names: list[str] | None = None
) -> list[SentenceEntry]:
    """The sentence that gives an age by a description, with the one naming whom it describes.

    `own` are the terms the article calls the person by; `others` those of everyone else it names.
    The description refers back to the person when the nearest sentence before it that names
    anyone names them and no one else, and the description's own sentence names no one else.
    """
    named = index.sentences_holding(own)
    reach = constants.ASK_AGE_REFERENCE_REACH
    following = sorted({p + step for p in named for step in range(1, reach + 1)} - set(named))
    for position in following:
        if position >= len(index.sentences):
            break
        sentence = index.sentences[position]
        described = (
            _DESCRIBED_AGE.search(sentence.text)
            or _described_with_side(sentence.text)
            or _PRONOUN_AGE.match(sentence.text)
        )
        # "The 71-year-old served ... under Margaret Thorne": a description opening its sentence is
        # its subject, whoever else the sentence goes on to name.
        if not described or (_names_other(sentence, others) and not _DESCRIPTION_FIRST.match(sentence.text)):
            continue
        antecedent = _nearest_named(index, position, own, others, other_names or [], _ages_in(sentence.text))
        if antecedent is not None:
            return [antecedent, sentence]
    return []


def _described_with_side(text: str) -> bool:
    """True for "The 24-year-old Reds skipper": the capitalised words before a role, not a name."""
    match = _DESCRIBED_AGE_OF.search(text)
    role = match.group(1).casefold() if match else ""
    return bool(role) and (
        is_role_head(role) or role in _DESCRIBING_NOUNS or bool(_AGENT_NOUN.fullmatch(role))
    )


def _nearest_named(
    index: ArticleIndex,
    position: int,
    own: set[str],
    others: list[set[str]],
    other_names: list[str],
    age: set[str],
) -> SentenceEntry | None:
    for back in range(position - 1, max(-1, position - 1 - constants.ASK_AGE_REFERENCE_REACH), -1):
        sentence = index.sentences[back]
        named = own & sentence.counts.keys()
        if _names_other(sentence, others) and not (
            named and _others_aged(sentence, others, other_names, age)
        ):
            return None  # someone else was named last: the description may be theirs
        if named:
            return sentence
    return None


def _others_aged(sentence: SentenceEntry, others: list[set[str]], names: list[str], age: set[str]) -> bool:
    """True when everyone else the sentence names has an age of their own beside their name, another than
    the description's: "X's first victim was 40-year-old Sam Reid. The 67-year-old killer ..." is X."""
    named = [
        names[at] for at, terms in enumerate(others) if at < len(names) and terms & sentence.counts.keys()
    ]
    if not named or len(named) < sum(1 for terms in others if terms & sentence.counts.keys()):
        return False
    for name in named:
        beside = [m for m in _age_pattern(name.split()).finditer(sentence.text)]
        if not beside or any(_ages_in(m.group(0)) & age for m in beside):
            return False
    return True


def _ages_in(text: str) -> set[str]:
    """The ages `text` gives, as written: "67" of "The 67-year-old killer"."""
    return {number for m in _ANY_AGE.finditer(text) for number in re.findall(r"\d{1,3}", m.group(0))}


def _names_other(sentence: SentenceEntry, others: list[set[str]]) -> bool:
    return any(terms & sentence.counts.keys() for terms in others)
