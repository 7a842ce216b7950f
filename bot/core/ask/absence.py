"""What a question names that the article never mentions: the evidence behind "The article
doesn't mention Merkel.", found only after every normalisation that could make it present.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from bot.core import constants
from bot.core.ask.bare_things import (
    DO_FORMS,
    PRONOUN_PLURALS,
    bare_plurals,
    counted,
    subject_end,
    verb_object,
)
from bot.core.ask.forms import is_name_word, is_news_name, is_unlisted_word, place_forms
from bot.core.ask.namesakes import given_name_forms, same_given_name, swapped_letters
from bot.core.ask.question import asks_whether
from bot.core.ask.spellings import (
    ACRONYM_JOINERS,
    CAPITALISED_RUN,
    conventional_form,
    number_form_known,
    other_form,
)
from bot.core.language.lexicon import (
    ACRONYM_EXPANSIONS,
    ADVERBS,
    CLUB_WORDS,
    DEMONYMS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_WORDS,
    PARTY_LABELS,
    PLACES,
    US_PLACES,
    is_role_head,
    is_title,
)
from bot.core.language.stemming import IRREGULAR
from bot.core.language.text import GROUPED_NUMBER, STOPWORDS, fold
from bot.core.quotes.function_words import COPULAS
from bot.core.quotes.givennames import is_given_name
from bot.core.search.commonwords import common_words, is_common, is_common_british
from bot.core.search.index import ArticleIndex, TermMatch, max_typos, query_words

# A number with thousands separators ("20,000") is one token, not "20" and "000".
_TOKEN = re.compile(rf"{GROUPED_NUMBER.pattern}|[\w’'.-]+")
_WHO_IS = re.compile(r"^\s*(?:who|what)(?:'s|’s|\s+(?:is|was|are|were))\s+(.+?)\s*\??\s*$", re.IGNORECASE)
# "what did paul ryan say to suu kyi": whoever is asked to have said (or thought) something is someone.
_SPEAKER = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|claim|claimed|ask|asked|write|wrote|think|thought|report|reported)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("a an the any his her their its some".split())
# Pronouns that name no one in particular: "Did anyone die?" takes no "anyone" for granted.
INDEFINITES = frozenset(
    "anyone anybody anything someone somebody something everyone everybody everything "
    "no-one nobody nothing".split()
)
# Words of amount before a noun ("Do many frogs have teeth?"): how many, not a thing the article could lack.
AMOUNT_WORDS = frozenset("many much several numerous few fewer more most less least enough various".split())
_QUESTION_WORDS = frozenset("who whom what which when where why how".split())
_HAVE = frozenset("has have had".split())
_TIME_ADVERBS = frozenset("ever already yet now also still just never since really actually".split())
# Adverbs that make a phrasal verb ("shut down", "pay out"), not part of the subject before it.
_PARTICLES = frozenset("down up out off away back".split())
_ENDING_PREPOSITIONS = frozenset("at about on for with into of by".split())
# Verbs whose "to" is followed by where or what fate someone is sent: "sentenced to death", "sent to prison".
_SENT_TO = frozenset(
    "sentenced condemned jailed sent taken rushed admitted deported transferred relegated promoted "
    "elected".split()
)
# Capitalised words that are no name: question words, titles and calendar words.
_NOT_NAMES = frozenset(
    """what which who whom whose when where why how did does do is was are were has have had can could
    will would should may might i mr mrs ms miss dr sir lord lady president prime minister king queen
    prince princess pope st saint the a an in on at of and for""".split()
)
_SPELT_LIKE_WORDS = re.compile(r"\b[A-Z]{2,}\b")
# The head words of organisations' names; a party is left out ("Democratic Party" for "Democrats").
ORGANISATION_HEADS = frozenset(
    """association organisation organization institute institution foundation society federation
    league club council committee commission agency bureau academy coalition alliance union""".split()
)
_NUMBERS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBERS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70"})
_NUMBERS.update({"eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000"})
_DIGITS = {v: k for k, v in _NUMBERS.items()}


def missing_names(index: ArticleIndex, question: str) -> tuple[str, ...]:
    """The names (and acronyms, numbers) in `question` that the article never mentions, as typed.

    A name is present when any part of it is (a surname, a first name), as an acronym of it or
    its expansion (G20 / Group of 20), written with digits or words, joined or split (heatwave /
    heat wave), or with a typo the search tolerates.
    """
    strict = not _title_cased(question)
    phrases = name_phrases(question)
    joined = _joined_mentions(index, question, phrases)
    speaker = _lower_case_speaker(question)
    missing = []
    for phrase in phrases:
        if _role_acronym(phrase) and _ASKS_WHO.match(question):
            continue  # "Who will be CEO?": who holds a role, asked as "chief executive" would be, no name
        read_strictly = strict and (_capitalised(phrase) or phrase == speaker)
        if phrase in joined or _mentioned(index, phrase, read_strictly):
            continue
        # "When was Hitler Person of the Year?": a name run together with a title the article writes.
        head = _before_title(index, question, phrase)
        if head is None:
            missing.append(phrase)
        elif not _mentioned(index, head, strict and _capitalised(head)):
            missing.append(head)
    return tuple(_with_speakers_noun(index, question, phrase) for phrase in missing)


# A question asking who holds something: "Who will be CEO?", "who is the CFO of Harlow".
_ASKS_WHO = re.compile(r"^\s*who\b", re.IGNORECASE)


def with_role_titles(index: ArticleIndex, question: str) -> str:
    """The question with a role's acronym the article writes in no form ("CEO") written out ("chief
    executive"), so that it is asked about as the role is ("Who will be chief executive?")."""
    if not _ASKS_WHO.match(question):
        return question  # "What did the CEO say?" takes the role as given: missing when the article lacks it
    for acronym in re.findall(r"\b[A-Z]{2,5}\b", question):
        if _role_acronym(acronym) and not _mentioned(index, acronym, True):
            question = re.sub(rf"\b{acronym}\b", ACRONYM_EXPANSIONS[acronym.casefold()][0], question)
    return question


def _role_acronym(phrase: str) -> bool:
    """True for an acronym of a role's title ("CEO", "CFO", "PM"): the role, not a name."""
    expansions = ACRONYM_EXPANSIONS.get(phrase.casefold(), ())
    return any(is_role_head(expansion.split()[-1]) for expansion in expansions)


def _with_speakers_noun(index: ArticleIndex, question: str, phrase: str) -> str:
    """A missing name with the noun it qualifies in the one asked to have said something, when the
    article lacks that noun too: "What did the Las Vegas sheriff say?" of an article with neither
    names "Las Vegas sheriff" (the one asked about), not only the place."""
    speaker = _SPEAKER.match(question)
    words = [_strip(w) for w in speaker.group(1).split()] if speaker else []
    if not words or words[0].casefold() not in _DETERMINERS:
        return phrase
    named, tail = phrase.split(), words[1:]
    if tail[: len(named)] != named or len(tail) == len(named):
        return phrase
    nouns = tail[len(named) :]
    if all(w.isalpha() and w.islower() and w not in STOPWORDS and not has_word(index, w) for w in nouns):
        return " ".join([phrase, *nouns])
    return phrase


# What may follow a capitalised word inside one name or title: "Person of the Year", "Bank of England".
_NAME_TAIL = re.compile(r"(?:(?:\s+(?:of|the|for|on|in|and))*\s+[A-Z][\w’'-]*)*")


def _before_title(index: ArticleIndex, question: str, phrase: str) -> str | None:
    """The name the question runs together with a title the article writes apart: "Hitler" of "When was
    Hitler Person of the Year?", the article's title "Person of the Year" (of two words or more, with
    what follows it in the question, written as a name of its own: not the "National Committee" of the
    article's "Democratic National Committee" for a "Republican National Committee" it never names)."""
    parts = phrase.split()
    at = question.find(phrase)
    if len(parts) < 2 or at < 0:
        return None
    tail = _NAME_TAIL.match(question, at + len(phrase)).group(0)
    for cut in range(1, len(parts)):
        title = " ".join(parts[cut:]) + tail
        if len(title.split()) >= 2 and _standalone_name(index, title):
            return " ".join(parts[:cut])
    return None


def _standalone_name(index: ArticleIndex, title: str) -> bool:
    """True when the article writes `title` as a name of its own, no longer name holding it: "Time's
    Person of the Year" (a possessive ends a name)."""
    words = tuple(query_words(title, index.vocabulary.df))
    runs = article_names(index).runs  # sorted
    at = bisect.bisect_left(runs, words)
    return bool(words) and at < len(runs) and runs[at] == words


def _lower_case_speaker(question: str) -> str | None:
    """The one a question asks to have said something, typed in lower case ("what does rolls-royce think
    of the 777"): a name as surely as one typed with capitals, read as strictly."""
    speaker = _SPEAKER.match(question)
    typed = speaker.group(1) if speaker else ""
    # "what did cnn's poll say": the name is the owner's, looked for as before.
    possessive = "'" in typed or "’" in typed
    return _strip(typed) if typed.islower() and not possessive and not _starts_common(typed) else None


def _joined_mentions(index: ArticleIndex, question: str, phrases: list[str]) -> set[str]:
    """Names the question splits at a small word that, joined, the article writes or abbreviates:
    "Federal Bureau" and "Investigation" (its FBI), "Bernie" and "Bust" (its #BernieOrBust)."""
    found: set[str] = set()
    for first, second in itertools.pairwise(phrases):
        joiners = rf"\s+((?:(?:{_SMALL_JOINERS})\s+)+)"
        between = re.search(rf"{re.escape(first)}{joiners}{re.escape(second)}", question)
        if between is None:
            continue
        whole = f"{first} {' '.join(between.group(1).split())} {second}"
        if _written(index, whole) or other_form(index, whole) is not None:
            found.update((first, second))
    return found


_SMALL_JOINERS = "|".join(sorted(ACRONYM_JOINERS | {"or"}))


def _after_named_subject(matches: list[re.Match]) -> bool:
    """True when a did-question's subject is a name running to its last word: "Who did King David I of
    Scotland Marry?" (whose last word is then its verb), not "What did Trump tell Fox News?"."""
    tokens = [m.group() for m in matches]
    did = next((n for n, t in enumerate(tokens) if t.casefold() in DO_FORMS), None)
    if did is None or did == 0 or tokens[0].casefold() not in _QUESTION_WORDS:
        return False
    return all(t[:1].isupper() or t.casefold() in ACRONYM_JOINERS for t in tokens[did + 1 : -1])


def _capitalised(phrase: str) -> bool:
    """A name as typed: every word capitalised (or a joiner: "Department of Justice"), none possessive."""
    parts = phrase.split()
    return (
        all(p[:1].isupper() or p.casefold() in ACRONYM_JOINERS or _name_particle(p) for p in parts)
        and "'" not in phrase
        and "’" not in phrase
    )


def _name_particle(word: str) -> bool:
    """A name's lower-case part: "van" of "Robin van Persie", "al-Wuhayshi" of "Nasser al-Wuhayshi"."""
    return word in NAME_PARTICLES or _GLUED_PARTICLE.fullmatch(word) is not None


def _title_cased(question: str) -> bool:
    """True for a question typed in Title Case ("What Did Trump Say About Mexico?"): its runs of
    capitalised words are no names, only some word of each is."""
    words = [t for t in _TOKEN.findall(question)[1:] if t[:1].isalpha()]
    capitalised = [t for t in words if t[:1].isupper()]
    # Title Case leaves only small words in lower case: "Did Obama visit South Korea?" is no title.
    if any(t[:1].islower() and _strip(t).casefold() not in STOPWORDS for t in words):
        return False
    return len(words) >= 3 and len(capitalised) >= constants.ASK_TITLE_CASE_SHARE * len(words)


def name_phrases(question: str) -> list[str]:
    """Runs of capitalised words (and numbers) in the question; "who is x" names x in any case."""
    asked = _WHO_IS.match(question)
    if asked and len(asked.group(1).split()) <= 4 and not _starts_common(asked.group(1)):
        # "Who was mayor in 1990?": the role asked about, and the year or name after it on its own,
        # so that a missing year is said as the year, not as "mayor in 1990".
        cut = _PLACED_AFTER.search(asked.group(1))
        if cut is None:
            return [_strip(asked.group(1))]
        tail = asked.group(1)[cut.start() :]
        return [_strip(asked.group(1)[: cut.start()]), *(p for p in _question_names(question) if p in tail)]
    return _question_names(question)


# A preposition before a figure or a capitalised word, ending the role of "who was mayor in 1990",
# "who was mayor of Springfield".
_PLACED_AFTER = re.compile(
    r"\s+(?:in|of|at|for|during|since|from|on|by|under|before|after|until)\s+(?=(?:the\s+)?[0-9A-Z])"
)


def _question_names(question: str) -> list[str]:
    """Runs of capitalised words (and numbers) in the question."""
    phrases: list[str] = []
    speaker = _SPEAKER.match(question)
    typed = speaker.group(1) if speaker else ""
    # Only a speaker typed in lower case: capitalised words are read as names below.
    if typed.islower() and len(typed.split()) <= 4 and not _starts_common(typed):
        phrases.append(_strip(typed))
    run: list[str] = []
    matches = list(_TOKEN.finditer(question))
    titled_until = 0
    for position, found in enumerate(matches):
        raw = found.group()
        token = _strip(raw)
        lowered = token.casefold()
        if _BRAND.fullmatch(token) and position > 0:
            phrases.extend([" ".join(run), token] if run else [token])  # "easyJet", "moveon.org"
            run = []
            continue
        if _particle_in_name(matches, position, bool(run)):
            run.append(token)
            continue
        if position < titled_until:
            continue  # a word of the standing title read below
        standing = _standing_title(question, matches, position)
        if standing is not None:
            if run:
                phrases.append(" ".join(run))
                run = []
            phrases.append(standing[0])
            titled_until = position + standing[1]
            continue
        # The first word is capitalised by convention ("Name the city..."): no sign of a name.
        if token and token[:1].isupper() and lowered not in _NOT_NAMES and position > 0:
            if position == len(matches) - 1 and run and is_common(lowered) and _after_named_subject(matches):
                continue  # "Who did King David I of Scotland Marry?": the verb, capitalised by mistake
            run.append(token)
            # A comma or a possessive ends a name: "Poland, Hungary", "Trump's Apple investment".
            if _strip(raw) != raw.strip(".-’'") or question[found.end() : found.end() + 1] in ",;:":
                phrases.append(" ".join(run))
                run = []
            continue
        if token[:1].isdigit():
            phrases.append(token)  # a year or a figure the question asserts
        if run:
            phrases.append(" ".join(run))
            run = []
    if run:
        phrases.append(" ".join(run))
    return phrases


_GLUED_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|bint|abu)-[A-Z][\w’'-]*")

# Titles that stand for their holder, or name a thing of their own, with no name after them: "What did the
# Queen say?", "the Prime Minister", "Lord's" (a cricket ground). Before a name ("Queen Elizabeth") the
# title is no part of what is looked for.
_STANDING_TITLES = frozenset("lord lady king queen prince princess pope president prime minister".split())


def _standing_title(question: str, matches: list[re.Match], position: int) -> tuple[str, int] | None:
    """The title at `position` when it stands alone as a name ("the Queen", "the Prime Minister", "Lord's"),
    with the number of words it takes; None when a name follows it or it opens the question. A title
    made possessive with no "the" before it is a name of its own and keeps its "'s" ("Lord's")."""
    tokens = [m.group() for m in matches]
    end = position
    while end < len(tokens) and _capital_title(tokens[end]):
        end += 1
        if _POSSESSIVE_END.search(tokens[end - 1].rstrip(".-")):
            break
    possessive = end > position and _POSSESSIVE_END.search(tokens[end - 1].rstrip(".-")) is not None
    if end == position or position == 0 or _title_cased(question):
        return None
    if position > 1 and _strip(tokens[position - 1])[:1].isupper():
        return None  # "Mervyn King", "Burger King": the name's own word, no title standing alone
    if not possessive and end < len(tokens) and _strip(tokens[end])[:1].isupper():
        return None  # "Queen Elizabeth", "President Reyes": the name is what is looked for
    words = [_strip(t) for t in tokens[position:end]]
    if possessive and tokens[position - 1].casefold() != "the":
        words[-1] = tokens[end - 1].rstrip(".-")  # "Lord's", not the "Lord" of "the Lord's Prayer"
    return " ".join(words), end - position


def with_titles(question: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The missing names said with the standing title typed right before them: "Did Pope Francis send a
    message?" of an article with neither says "Pope Francis", not a bare "Francis" (the title is no part of
    what is looked for, but it is part of whom the asker means)."""
    return tuple(_titled(question, name) for name in names)


def _titled(question: str, name: str) -> str:
    matches = list(_TOKEN.finditer(question))
    tokens = [_strip(m.group()) for m in matches]
    said = name.split()
    for at in range(len(tokens) - len(said) + 1):
        if tokens[at : at + len(said)] != said:
            continue
        start = at
        while start > 0 and _title_before(question, matches[start - 1], matches[start]):
            start -= 1
        return " ".join([*tokens[start:at], name])
    return name


def _title_before(question: str, title: re.Match, name: re.Match) -> bool:
    """True when `title` is a standing title typed right before `name`, with only a space between."""
    typed = title.group()
    return (
        _capital_title(typed)
        and not _POSSESSIVE_END.search(typed)
        and question[title.end() : name.start()].isspace()
    )


def _capital_title(token: str) -> bool:
    word = _strip(token)
    return word[:1].isupper() and word.casefold() in _STANDING_TITLES


def _particle_in_name(matches: list[re.Match], position: int, in_name: bool) -> bool:
    """Whether the word at `position` is a name's lower-case particle between two capitalised words
    ("Ludwig van Beethoven", "Tour de France"). Split there, the name was said to be missing in two
    pieces ("The article doesn't mention Ludwig or Beethoven")."""
    token = _strip(matches[position].group())
    if _GLUED_PARTICLE.fullmatch(token):
        return True
    if not in_name or token not in NAME_PARTICLES or position + 1 >= len(matches):
        return False
    return _strip(matches[position + 1].group())[:1].isupper()


# A name written as a brand writes it, in any question: a capital inside a word begun in lower case
# ("easyJet", "iPhone") or a web address ("moveon.org").
_BRAND = re.compile(r"[a-z]+[A-Z][\w-]*|[\w-]+\.(?:com|org|net|gov|edu|co\.uk|io)", re.ASCII)


def lower_case_names(question: str) -> list[str]:
    """Words typed in lower case that the word lists know as names, in any question: one WordNet
    knows only capitalised ("vermont", "putin", "belarusians"), or a place or a people of the lexicon
    that is no common English word ("belarusian"; "turkey", "northern" are). Each is its own phrase:
    "belarusian americans" asks about Belarusians though the article has Americans. Any other
    uncommon word is no name here: "conceptualized", "colour" and typos are as uncommon."""
    # A question typed all in lower case capitalises no name: there, a word no English word list
    # knows is one ("how does magic johnson know merkel"); in one that capitalises, it is a rare or
    # misspelt word ("Who conceptualized the piston?", "What colour was the car?").
    uncased = question.islower()
    found = []
    for raw in _TOKEN.findall(question):
        token = _strip(raw)
        if _double_barrelled(token, uncased):
            found.append(token)  # "ocasio-cortez": no part of it is a common word
        if not token.isalpha() or not token.islower() or token in STOPWORDS:
            continue
        named = _known_name(token) or (uncased and is_uncommon(token))
        if named and len(token) >= constants.ASK_LOWER_NAME_LETTERS:
            found.append(token)
    return list(dict.fromkeys(found))


def _double_barrelled(token: str, uncased: bool) -> bool:
    """True for a hyphenated name typed in lower case ("ocasio-cortez"): each part a name the word lists
    know or, in a question typed all in lower case, a word no list knows; never a compound of common
    words ("mix-up", "low-cost")."""
    parts = token.split("-")
    return (
        len(parts) == 2
        and token.islower()
        and all(part.isalpha() and part not in STOPWORDS for part in parts)
        and all(_known_name(part) or (uncased and is_uncommon(part)) for part in parts)
    )


def _known_name(word: str, news: bool = True) -> bool:
    """A word the word lists know as a name; `news`: also one news copy writes as a name ("trump")."""
    listed = is_name_word(word) or (news and is_news_name(word))
    return listed or (_place_or_people(word) and is_uncommon(word))


def _place_or_people(word: str) -> bool:
    return word in PLACES or word in US_PLACES or word in DEMONYMS


def missing_lower_case_names(index: ArticleIndex, question: str, headline: str = "") -> tuple[str, ...]:
    """The lower-case names of `question` (lower_case_names) that the article and its headline never
    mention in any form a name could take: "did her family ever live in vermont"."""
    said = set(query_words(headline, index.vocabulary.df))
    people = _lower_case_people(index, question, said)
    names = [w for w in lower_case_names(question) if not any(w in p.split() for p in people)]
    return (
        *people,
        *(
            w
            for w in names
            if w not in said and not _mentioned(index, w) and not _misspelt_after(index, question, w)
        ),
    )


def _misspelt_after(index: ArticleIndex, question: str, word: str) -> bool:
    """True for a surname typed one slip from a name the article writes right after the word typed before
    it: "kristian anderson" of the article's "Kristian Andersen"."""
    typed = [_strip(t).casefold() for t in _TOKEN.findall(question)]
    before = {typed[at - 1] for at in range(1, len(typed)) if typed[at] == word}
    spelt = _misspelt_names(index, word)
    preceding = article_names(index).preceding
    if any(before & set(preceding.get(term, ())) for term in spelt):
        return True
    # "satyendra jian" of the article's "Satyendra Jain": two letters swapped, which no typo budget of a
    # short word allows, are a slip after the same given name.
    return any(swapped_letters(term, word) and before & set(names) for term, names in preceding.items())


# Titles typed before a name in lower case: "pope benedict", "president macron", "sen. warner".
_NAME_TITLES = HONORIFICS | frozenset(
    "pope president senator governor king queen prince princess cardinal bishop archbishop chancellor "
    "premier sheikh emir ayatollah".split()
)


def titled_lower_case_names(question: str, unknown: set[str]) -> list[str]:
    """A title and the name after it, typed all in lower case, whose name the article writes in no
    form (`unknown`): "did pope benedict sign the decree". A title after a determiner is a role whose
    next word may be its verb ("did the president sign"): then only a given name or a word no English
    word list knows is a name."""
    tokens = [_strip(t) for t in _TOKEN.findall(question)]
    found = []
    for at, (before, title, name) in enumerate(zip(["", *tokens], tokens, tokens[1:], strict=False)):
        if (
            title.casefold().rstrip(".") in _NAME_TITLES
            and _unknown_lower_case(name, unknown)
            and (before.casefold() not in _DETERMINERS or is_given_name(name) or is_uncommon(name))
        ):
            surname = tokens[at + 2 : at + 3]
            if is_given_name(name) and surname and _unknown_lower_case(surname[0], unknown):
                continue  # "governor greg abbott": the person's name, looked for whole as a person's
            found.append(f"{title} {name}")
    return found


def _unknown_lower_case(token: str, unknown: set[str]) -> bool:
    return token in unknown and token.isalpha() and token.islower()


def _lower_case_people(index: ArticleIndex, question: str, headline: set[str]) -> list[str]:
    """A given name and the word after it, typed all in lower case, when the article has neither in any
    form: "is john legend on the album" (John Legend, though "legend" is a common word)."""
    if not question.islower():
        return []
    tokens = [_strip(t) for t in _TOKEN.findall(question)]
    # "did john lewis speak": "lewis" after a given name is the surname, not a given name before "speak".
    return [
        f"{given} {surname}"
        for before, given, surname in zip(["", *tokens], tokens, tokens[1:], strict=False)
        if is_given_name(given)
        and not is_given_name(before)
        and given not in STOPWORDS
        and (surname.isalpha() or _double_barrelled(surname, uncased=True))
        and surname not in STOPWORDS
        and surname not in NAME_PARTICLES  # "bill de blasio": the particle is no surname
        and not _participle(surname)
        and not _verb_after_auxiliary(before, surname)
        and not {given, surname} & headline
        and not _known(index, given)
        and not _known(index, surname)
    ]


def _verb_after_auxiliary(before: str, word: str) -> bool:
    """ "did beyonce sing", "will nate speak": after "did" or a modal and a given name comes the
    verb; a common English word there is it, no surname ("is john legend on" has no such verb)."""
    return before in _SUBJECT_THEN_VERB and is_common(word)


# Auxiliaries whose subject comes before a bare verb ("did X sing").
_SUBJECT_THEN_VERB = frozenset("did does do will would can could should may might must".split())


def thing_phrases(question: str) -> list[str]:
    """Things typed in lower case that a question takes for granted, to look for before any answer:
    in a yes/no question the nouns after a determiner ("Was a knife used?") and the subject of "did"
    ("did fox news air it", its verb left out); the one asked to have said something ("What did the
    mayor say?"). Choices ("Is it X or Y?") assert neither."""
    typed = _TOKEN.findall(question)
    tokens = [_strip(t) for t in typed]
    found: list[str] = []
    speaker = _SPEAKER.match(question)
    if speaker and speaker.group(1).split()[0].casefold() in _DETERMINERS:
        # "What did the Pope say?": an office capitalised as a title is still a thing to look for.
        # "What did the Turpins' church say?": the body a name's possessive says whose it is.
        found.append(" ".join(_lower_run(_office_lowered(_past_possessor(speaker.group(1).split()[1:])))))
    if asks_whether(question) and " or " not in question.casefold():
        for position, token in enumerate(tokens):
            if position == 1 and token.casefold() in _DETERMINERS and tokens[0].casefold() in DO_FORMS:
                found.extend(_did_subject(tokens, typed))
            elif token.casefold() in _DETERMINERS:
                found.append(" ".join(_named_run(tokens[position + 1 :])))
        # "Did the study look at swimming?": what the question ends on, after a preposition.
        if len(tokens) > 3 and tokens[-2].casefold() in _ENDING_PREPOSITIONS:
            found.append(" ".join(_lower_run(tokens[-1:])))
        # "Were they sentenced to death?": after a verb of sending or sentencing, "to" ends on a place or
        # a fate, a thing (after "agreed to" it ends on a verb, which the article may put in other words).
        if len(tokens) > 4 and tokens[-2].casefold() == "to" and tokens[-3].casefold() in _SENT_TO:
            found.append(" ".join(_lower_run(tokens[-1:])))
        found.extend(_subject(tokens, typed))
        # "Did Brown mention immigration?", "Did the police use dogs?": what the verb is done to, and
        # plurals with no determiner, each looked for as a thing of its own.
        found.extend(verb_object(typed))
        found.extend(bare_plurals(typed))
        # "are they staying in tenerife": a word no English word list knows is a name, in any case.
        said = {w for phrase in found for w in phrase.split()}
        found.extend(t for t in tokens if t.isalpha() and t.islower() and t not in said and is_uncommon(t))
    elif len(tokens) > 3 and tokens[0].casefold() in _QUESTION_WORDS and tokens[1].casefold() in DO_FORMS:
        found.extend(_named_subject(tokens[2:]))
    found.extend(counted(tokens))  # "How many employees does it have?"
    framing = {m.group(1).casefold() for m in _FRAMING_NOUN.finditer(question)}
    return [
        phrase
        for phrase in dict.fromkeys(_without_amount(f) for f in found)
        if phrase
        and phrase.casefold() not in INDEFINITES
        and phrase.casefold() not in _ITS_WRITER
        and phrase.split()[-1].casefold() not in framing
    ]


# "Does the study back the idea that smaller frogs grow spiky skulls?": a noun whose that-clause says what it
# holds frames the question; the article says the clause in its own words ("scientists had suggested ...").
_FRAMING_NOUN = re.compile(
    r"\b(idea|notion|claim|claims|theory|view|belief|suggestion|possibility|argument|hypothesis|assumption|"
    r"contention|assertion|allegation|allegations)\s+that\b",
    re.IGNORECASE,
)


def _without_amount(phrase: str) -> str:
    """The phrase without the words of amount it opens with: "do many towns have ..." takes towns for
    granted, not "many" (which the article may put as "very few")."""
    said = phrase.split()
    while said and said[0].casefold() in AMOUNT_WORDS:
        said = said[1:]
    return " ".join(said)


def _office_lowered(words: list[str]) -> list[str]:
    """The words with an office written as a title in lower case ("Pope", "Prime Minister"), when
    every capitalised word it opens with is a title word: "General Motors" is a name, no office."""
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    if not capitalised or not all(is_title(w.casefold()) for w in capitalised):
        return words
    return [w.casefold() for w in capitalised] + words[len(capitalised) :]


# "What does the writer think of X?": the one who wrote the article, whom it never needs to name.
_ITS_WRITER = frozenset("writer author columnist".split())


def _did_subject(tokens: list[str], typed: list[str]) -> list[str]:
    """The subject after "did the": with a name before it, its verb left out ("Did the Saudi embassy
    respond?"; "Did the Aviator win?" asserts no "Aviator win"), else up to three lower-case words."""
    rest = tokens[2:]
    if rest[:1] and _modifier_name(rest[0]):
        return _subject([tokens[0], *rest], [typed[0], *typed[2:]])
    run = _lower_run(rest)
    # "did the green party comment": a run ending the question (or before a small word) ends on its verb.
    ended = len(rest) == len(run) or rest[len(run)] in STOPWORDS or not rest[len(run)].isalpha()
    # "did the african union send condolences": a run of three cut short by its object ends on its verb too
    # (not on a body's head word: "did the internal revenue service comment").
    verb_last = ended or (len(run) == _RUN_WORDS and run[-1] not in ORG_WORDS and _cut_short(tokens[1:], run))
    return [" ".join(run), " ".join(run[:-1])] if verb_last and len(run) >= 2 else [" ".join(run)]


def _participle(token: str) -> bool:
    """A lower-case word that can be a verb's past participle: "given", "responded", "sold"."""
    return token.islower() and (token.endswith(("ed", "en")) or token in IRREGULAR)


def _cut_short(tokens: list[str], run: list[str]) -> bool:
    """True when the words after a question's first run on past the run's longest (lower case, no
    stopword): the run's last word is then no verb but the object's start."""
    after = tokens[len(run) + 1 : len(run) + 2]
    lower = [t for t in run if t.islower()]
    return len(lower) == _RUN_WORDS and bool(after) and after[0].isalpha() and after[0] not in STOPWORDS


def _named_subject(tokens: list[str]) -> list[str]:
    """The subject of a question word's "did" when it is one word typed in lower case that names
    something, a club's word or a name ("how did rangers get on in the cup", "what did ofsted find"):
    a common noun there may be the article's in other words ("How did critics take it?")."""
    run = _lower_run(tokens)
    if len(run) != 2 or (len(tokens) > 2 and tokens[2].isalpha() and tokens[2] not in STOPWORDS):
        return []
    word = run[0]
    return [word] if word in CLUB_WORDS or is_uncommon(word) or _known_name(word) else []


def _subject(tokens: list[str], typed: list[str]) -> list[str]:
    """The lower-case subject of a yes/no question, its verb left out: "did fox news air it" (the
    word before the object), "did facebook shut down the account" (a verb with its particle), "is
    apple planning to ..." (the words before a verb in -ing)."""
    run = _named_run(tokens[1:])
    first = tokens[0].casefold()
    if first in DO_FORMS and len(run) >= 2:
        # "Did Brown mention immigration?": after a name, a word that names no body is its verb.
        names = subject_end(typed)
        if names is not None and run[: names - 1] == tokens[1:names] and len(run) > names:
            return [" ".join(run[: names - 1])]
        verb = 2 if run[-1] in _PARTICLES and len(run) >= 3 else 1
        if _cut_short(tokens, run):
            verb = _RUN_WORDS - 1  # "does amazon sell royal baby stuff": the verb is the second word
        return [" ".join(run[:-verb])]
    if first in _HAVE:
        # "Has Swansea council given any money?": up to the participle, an adverb before it left out
        # ("Has Congress ever overridden ...").
        done = next((n for n, t in enumerate(tokens[1:], 1) if n > 1 and _participle(t)), 0)
        run = _named_run(tokens[1:done])
        if done and len(run) == done - 1:
            return [" ".join(itertools.takewhile(lambda t: t.casefold() not in _TIME_ADVERBS, run))]
    if first in COPULAS and tokens[1:2] and tokens[1].casefold() == "there":
        # "Are there penguins at Blood Falls?": what the question says is there ("still", "ever" left out).
        rest = list(itertools.dropwhile(lambda t: t.casefold() in _TIME_ADVERBS, tokens[2:]))
        run = _lower_run(rest)
        if rest[len(run) : len(run) + 1] == ["to"]:
            return []  # "Is there going to be a strike?", "likely to be": no thing, a verb's lead-in
        return [" ".join(run)]
    if first in COPULAS:
        verb = next((n for n, t in enumerate(run) if n and (t.endswith("ing") or t in IRREGULAR)), 0)
        if verb:
            return [" ".join(run[:verb])]
        # "Was cocaine found in the bag?": a bare noun before a passive participle is its subject.
        after = tokens[1 + len(run)] if 1 + len(run) < len(tokens) else ""
        bare = run and run[0] not in PRONOUN_PLURALS  # "were others arrested": people already named
        return [" ".join(run)] if bare and _participle(after) else []
    return []


def is_uncommon(word: str) -> bool:
    """True for a word that is no common English word, when the word list is there to say so, or one
    that no dictionary lists ("obama": a name of our time, frequent as it is)."""
    if word in STOPWORDS or not common_words():
        return False
    if is_common_british(word):
        return False  # "how did rovers equalise": British copy, not a name
    return not is_common(word) or is_unlisted_word(word)


def _named_run(tokens: list[str]) -> list[str]:
    """`_lower_run` after up to two capitalised words that say whose or where the thing is: "Saudi
    embassy", "Swansea council" (the name alone is missing_names' to look for); else `_lower_run`."""
    names = list(itertools.takewhile(_modifier_name, tokens[:_NAME_MODIFIERS]))
    thing = _lower_run(tokens[len(names) :])
    # "Was Meet The Fockers still in the top five?": an adverb after a name is no thing of it.
    if names and thing and (thing[0] in _TIME_ADVERBS or thing[0] in ADVERBS):
        return []
    return [*names, *thing] if thing else _lower_run(tokens)


_NAME_MODIFIERS = 2
_RUN_WORDS = 3  # the longest thing a question's run of lower-case words is read as


def _modifier_name(token: str) -> bool:
    return (
        token.isalpha() and token[:1].isupper() and not token.isupper() and token.casefold() not in _NOT_NAMES
    )


def _past_possessor(words: list[str]) -> list[str]:
    """The words after a capitalised possessor ("Turpins' church" -> "church"); all of them if none."""
    for at, word in enumerate(words):
        if word[:1].isupper() and word.endswith(_POSSESSIVE_ENDINGS) and at + 1 < len(words):
            return words[at + 1 :]
    return words


_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def _lower_run(tokens: list[str]) -> list[str]:
    """The words at the start of `tokens` up to a stopword, a capitalised word or a participle after
    the first ("Was a knife used?"), at most three."""
    run: list[str] = []
    for token in tokens[:_RUN_WORDS]:
        if not token.isalpha() or not token.islower() or token in STOPWORDS:
            break
        if run and token.endswith(("ed", "en")):
            break
        run.append(token)
    return run


def _starts_common(text: str) -> bool:
    first = text.split()[0].casefold()
    return first in STOPWORDS or first in ("this", "that", "these", "those")


def _strip(token: str) -> str:
    token = token.strip(".-’'")
    return _POSSESSIVE_END.sub("", token)


def _mentioned(index: ArticleIndex, phrase: str, strict: bool = True) -> bool:
    vocabulary = index.vocabulary
    if GROUPED_NUMBER.fullmatch(phrase):
        return _known(index, phrase.replace(",", ""))
    if phrase.isdigit() and _glued_to_unit(index, phrase):
        return True
    if _same_figure(index, phrase):
        return True
    if _contraction_named(index, phrase):
        return True
    words = [w for w in query_words(_untitled(phrase), vocabulary.df) if w not in STOPWORDS]
    person = _given_and_surname(phrase)
    if strict and person and is_given_name(person[0]) and len(words) >= 2:
        return _person_mentioned(index, phrase, person) or other_form(index, phrase) is not None
    if strict and len(words) >= 2:
        # "Chicago Teachers Union" is not in an article that never names Chicago; the "New York Post" not in
        # one whose New York is The New York Times'; the "Congressional Hispanic Caucus" not where the one
        # caucus is the Congressional Black Caucus. The name as written, or all its words in one name, is.
        # "the New Yorker" is not in an article whose one New York is the city: a name's last word made
        # with -er from a name of the article, which never writes it, names something else.
        if _made_with_er(index, words[-1]):
            joined = "".join(words) in vocabulary.df
            return _written(index, phrase) or joined or other_form(index, phrase) is not None
        if _written(index, phrase) or _named_together(index, words):
            return True
        if (
            _names_unknown(index, words)
            or _unknown_head(index, words)
            or _unknown_modifier(index, words)
            or (len(phrase.split()) >= 2 and _sibling(index, words))
            or _never_named(index, words)
        ):
            return "".join(words) in vocabulary.df or other_form(index, phrase) is not None
    if _person_name(phrase):
        # "Mark Warner" is not in an article whose only "mark" is the verb "marks": a part of a
        # person's name counts when the article writes it as a name.
        words = [w for w in words if not _only_a_common_word(index, w)] or words
    if words and _organisation(phrase):
        # "American Medical Association" is not in an article whose only "medical" is a common word:
        # an organisation is there by its head word, or by a word of its own the article writes as a name.
        # A head the article writes only as a name is another organisation's: the "Republican National
        # Committee" is not in an article whose one committee is the "Democratic National Committee".
        head = words[-1]
        words = [w for w in words[:-1] if _distinctive(index, w)]
        if not (_known(index, head) and vocabulary.is_name(head)):
            words.append(head)
        if not words:
            return _written(index, phrase) or other_form(index, phrase) is not None
    if strict and len(words) == 1 and _capitalised(phrase) and _only_another_common_word(index, words[0]):
        return other_form(index, phrase) is not None  # "Rangers" is no form of the article's "range"
    if not words or any(_known(index, word) for word in words):
        return True  # nothing to look for (never claim absence), or some part of the name is there
    return "".join(words) in vocabulary.df or other_form(index, phrase) is not None


_NEVER_NAMED_WORDS = 3


def _made_with_er(index: ArticleIndex, word: str) -> bool:
    """True for a word the article has only as a name without its -er or -ers ("Yorker", "Londoners"
    where it writes "New York", "London"): a place's people or a thing named for them, not the place."""
    if not word.endswith(("er", "ers")):
        return False
    matches = [m for m in index.vocabulary.expand(word) if m.kind in ("exact", "stem")]
    return bool(matches) and all(
        m.kind == "stem" and not m.term.endswith(("er", "ers")) and _as_name(index, m.term) for m in matches
    )


def _never_named(index: ArticleIndex, words: list[str]) -> bool:
    """True for a name made of common words none of which the article writes as a name in any form:
    "Black Lives Matter" is not in a story whose "black", "lives" and "matter" are plain words (a name
    of two, "Revolutionary War", may be the article's common words capitalised)."""
    return len(words) >= _NEVER_NAMED_WORDS and all(
        w.isalpha()
        and is_common(w)
        and not any(index.vocabulary.is_name(m.term) for m in index.vocabulary.expand(w))
        for w in words
    )


def _glued_to_unit(index: ArticleIndex, number: str) -> bool:
    """True when the article writes the number run together with its unit ("$3million", "3bn", "5m"),
    which the index keeps as one word: "$3 million" typed is there."""
    pattern = re.compile(rf"{re.escape(number)}(?:{_GLUED_UNITS})")
    return any(pattern.fullmatch(word) for word in index.vocabulary.df if word[:1].isdigit())


# A figure's scale, written out or short ("mn" before "m": the longer form first).
_SCALE_WORDS = "million|billion|trillion|mn|bn|tn|m|k"
_GLUED_UNITS = f"{_SCALE_WORDS}|percent|pc"

# A sum or count with its scale, glued or apart: "445bn", "$445.1bn", "445 billion", "3.5m".
_FIGURE = re.compile(rf"(?<![\d.,])(\d[\d,]*)(?:\.\d+)?\s*({_SCALE_WORDS})\b", re.IGNORECASE)
_SCALES = {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion", "k": "thousand"}


def _same_figure(index: ArticleIndex, phrase: str) -> bool:
    """True for a figure typed rounded or with its scale written the other way: "445bn" where the
    article writes "$445.1bn" or "445 billion" (the index keeps "445.1bn" as two words)."""
    typed = _FIGURE.fullmatch(phrase.strip().lstrip("$£€"))
    if typed is None:
        return False
    asked = _figure(typed)
    return any(_figure(found) == asked for p in index.paragraphs for found in _FIGURE.finditer(p.text))


def _figure(match: re.Match[str]) -> tuple[str, str]:
    """(whole part, scale) of a figure: ("445", "billion") for "$445.1bn"."""
    scale = match.group(2).casefold()
    return match.group(1).replace(",", ""), _SCALES.get(scale, scale)


def _contraction_named(index: ArticleIndex, phrase: str) -> bool:
    """True for a word run together from the starts of words of one of the article's names: "HuffPost"
    where it writes "Huffington Post", "FedEx" where "Federal Express"."""
    parts = _CAMEL_PART.findall(phrase)
    if " " in phrase or len(parts) < 2 or "".join(parts) != phrase:
        return False
    parts = [p.casefold() for p in parts]
    return any(
        all(w.startswith(p) for w, p in zip(run[i : i + len(parts)], parts, strict=True))
        for run in _name_runs(index)
        for i in range(len(run) - len(parts) + 1)
    )


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _untitled(phrase: str) -> str:
    """The name without the titles before it ("Gov Chris Christie" -> "Chris Christie")."""
    parts = phrase.split()
    while len(parts) > 1 and _title_word(parts[0]):
        parts = parts[1:]
    return " ".join(parts)


def _title_word(word: str) -> bool:
    folded = word.casefold().rstrip(".")
    return is_title(folded) or folded in _TITLE_ABBREVIATIONS


# Titles a reader abbreviates that news copy spells out: "Sec. Carter" is the article's Defense
# Secretary Ash Carter ("Gov.", "Sen." and the like are honorifics already).
_TITLE_ABBREVIATIONS = frozenset("sec secy pres amb atty supt insp det cmdr".split())
_GIVEN_NAME_TITLES = HONORIFICS | _TITLE_ABBREVIATIONS


def _person_mentioned(index: ArticleIndex, phrase: str, person: tuple[str, str]) -> bool:
    """A person asked about by given name and surname is there by the surname as the article writes a
    name ("Mark Warner" is not its verb "marks"), with a typo only when the given name is there too ("Lisa
    Bardack" is no "Barack"); by the given name alone only as the given name of someone whose surname is
    like the one asked ("Juanita Broderick" for Juanita Broaddrick; not "Chris Christie" where the one
    Chris is a host called by his first name)."""
    given, surname = person
    kinds = ("exact", "stem", "typo") if _known(index, given) else ("exact", "stem")
    found = [m for m in index.vocabulary.expand(surname) if m.kind in kinds]
    # "Jason Miller" is not the article's Cheryl Mills: another form of the surname is the asked one
    # unless the article gives it only another given name.
    found = [m for m in found if m.term == surname or not _others_surname(index, given, m.term)]
    if any(_as_name(index, m.term) for m in found):
        return True
    if found and not is_common(surname):
        return True  # a surname no English word: the article's lower case is a typo or a style
    likeness = constants.ASK_SURNAME_LIKENESS
    return any(
        run[i] == given
        and any(
            difflib.SequenceMatcher(None, w, surname).ratio() >= likeness or swapped_letters(w, surname)
            for w in run[i + 1 :]
        )
        for run in _runs_holding(index, {given})
        for i in range(len(run) - 1)
    )


def _named_together(index: ArticleIndex, words: list[str]) -> bool:
    """True when one run of capitalised words of the article holds every word (any form, any order):
    "Justice Department" in "Department of Justice", "Fox News" in "Fox News Sunday"."""
    forms = [_forms(index, w) for w in words]
    return any(all(f & set(run) for f in forms) for run in _runs_holding(index, forms[0]))


def _sibling(index: ArticleIndex, words: list[str]) -> bool:
    """True when the article names another of the name's kind: a name with its first words and another
    last word ("New York Times" for the "New York Post"), or one with its last word and some but not all
    of its others ("Congressional Black Caucus" for the "Congressional Hispanic Caucus"). A place is
    named in many ways ("East Germany", "West Germany"): no sign."""
    *modifiers, head = words
    last = _forms(index, head)
    forms = [_forms(index, w) for w in modifiers]
    # Only a run with a form of the asked name's first word can share its first words.
    firsts = _runs_holding(index, forms[0]) if forms else _name_runs(index)
    # "Immunologist Kristian Andersen of the Harbor Institute" holds the "Kristian Anderson" asked, misspelt.
    named = last | _misspelt_names(index, head)
    if not any(_as_name(index, t) for t in last) and any(
        all(f & words for f in forms) and not named & words and _other_kind(index, modifiers, run, head)
        for run, words in ((run, set(run)) for run in firsts)
    ):
        return True
    if _place_or_people(head) or place_forms(head, PLACES) or not is_common(head):
        return False  # a place's ("Germany"), a people's or a word of its own ("Huguenot") names no kind
    if _placed_brand(index, modifiers, head):
        return True
    if not all(
        s[:1].isupper() for t in last & index.vocabulary.df.keys() for s in index.vocabulary.spellings(t)
    ):
        return False  # "the committee" in lower case may be the one asked about
    # A place before the kind says where, not which: the article's "Defense Secretary" is the "US Defense
    # Secretary" asked about (a people's word stays: the "Congressional Hispanic Caucus" is another).
    forms = [f for w, f in zip(modifiers, forms, strict=True) if w not in PLACES and w not in US_PLACES]
    lasts = [set(run) for run in _runs_holding(index, last)]
    return any(last & w and any(f & w for f in forms) and not all(f & w for f in forms) for w in lasts)


def misspelt_surname(index: ArticleIndex, name: str, people: list[str]) -> bool:
    """True for one word typed one slip from the surname of one of `people` (the article's people, as the
    quote registry names them): "who is anderson" of the article's "Kristian Andersen"."""
    if " " in name.strip() or len(name) < _SURNAME_SLIP_LETTERS:
        return False
    spelt = _misspelt_names(index, name.casefold())
    return len([p for p in people if p.split()[-1].casefold() in spelt]) == 1


_SURNAME_SLIP_LETTERS = 6  # a surname shorter may be another name one letter away ("Kerr", "Kerry")


def _misspelt_names(index: ArticleIndex, word: str) -> set[str]:
    """The names the article writes one slip from `word`, its first letter kept ("Andersen" for "Anderson"),
    though `word` is a common word of the lists, which no typo is taken of elsewhere."""
    return {
        m.term
        for m in index.vocabulary.expand(word)
        if m.kind == "typo" and m.term[:1] == word[:1] and _as_name(index, m.term)
    }


def _placed_brand(index: ArticleIndex, modifiers: list[str], head: str) -> bool:
    """True for a place and a plain word that are a name only together ("Iran Air", "US Open") where the
    article writes that word as a name only with others ("Mahan Air", "Air Force", "French Open") and
    never beside the place: "Iran's air fleet" is no Iran Air. A kind of body ("Iran Police") may stand
    for the place's own one; it is left to the checks below."""
    if len(modifiers) != 1 or head in ORG_WORDS or head in _GENERIC_HEADS:
        return False
    place = modifiers[0]
    if not (place in PLACES or place in US_PLACES or place_forms(place, PLACES)):
        return False
    runs = _runs_holding(index, _forms(index, head))
    return any(len(run) >= 2 for run in runs) and not any(_forms(index, place) & set(run) for run in runs)


def _other_kind(index: ArticleIndex, modifiers: list[str], run: tuple[str, ...], head: str) -> bool:
    """True when `run` is another name with the asked one's first words: two first words ("New York
    Times"), or one the article writes as a name before a common word as the asked one has ("Fox News"
    for "Fox Business"; not "New Amsterdam" for "New World", a place)."""
    if len(modifiers) >= 2:
        return True
    last, first = run[-1], modifiers[0]
    # A word the article never writes in lower case ("Fox"; "New" is an adjective there too), and no
    # people's word ("French House" of Guise beside "French Protestant Church").
    named = first in index.vocabulary.df and all(s[:1].isupper() for s in index.vocabulary.spellings(first))
    if not named or first in DEMONYMS or _people(first):
        return False
    return is_common(head) and is_common(last) and not _place_or_people(last) and last.isalpha()


def _names_unknown(index: ArticleIndex, words: list[str]) -> bool:
    """True when a word of the name that names something itself (a place, a people, a word English
    knows only as a name, a word of its own) is in the article in no form, not even a typo or a
    longer word ("Maastrich" in "Maastricht")."""
    # "Oleksandr Brandt" beside the article's Olek Brandt: an unknown first word before a surname the
    # article writes as a name may be a given name spelt out, no sign of another person.
    if len(words) <= 3 and _as_name(index, words[-1]) and not _known_name(words[0], news=False):
        words = words[1:]
    return any(
        # A news name ("Republican") in a capitalised name is the name's modifier, no name by itself.
        (_known_name(w, news=False) or _own_word(w))
        and not any(m.kind != "family" for m in index.vocabulary.expand(w))
        and not place_forms(w, index.vocabulary.df)
        and not _like_a_name(index, w)
        for w in words
        if w.isalpha()
    )


def _unknown_head(index: ArticleIndex, words: list[str]) -> bool:
    """True when the name's last word, the kind of thing it names ("Veterans Affairs", "Teachers
    Union"), is in the article in no form at all, not even spelt alike, and no word of its own is
    written there as a name ("Harvard" speaks for "Harvard University")."""
    *modifiers, head = words
    if not head.isalpha() or _known(index, head) or index.vocabulary.expand(head):
        return False
    if _like_a_name(index, head):
        return False
    if head not in _GENERIC_HEADS:
        return True  # the "Cleveland Cavaliers" are no kind of Cleveland as "Harvard University" is
    return not any(_own_word(w) and any(_as_name(index, t) for t in _forms(index, w)) for w in modifiers)


# Kinds of institution named after their owner or place, that a news story may call by that name alone.
_GENERIC_HEADS = ORGANISATION_HEADS | frozenset(
    """university college school hospital clinic company corporation corp inc group party church museum
    center centre department ministry office administration government campaign fund trust family""".split()
)


def _unknown_modifier(index: ArticleIndex, words: list[str]) -> bool:
    """True when a word before the name's last is in the article in no form at all, not even spelt
    alike or a word related to it: "Fox News", "House Judiciary Committee" are not its Breitbart News
    and House Select Committee."""
    # A given name the article never writes ("Barack Obama" where it says "President Obama") is no sign.
    if len(words) <= 3 and _as_name(index, words[-1]) and not is_common(words[0]):
        words = words[1:]
    return any(
        w.isalpha()
        and len(w) > 2  # "U.S." is initials
        and not _known(index, w)
        and not index.vocabulary.expand(w)
        and not _like_a_name(index, w)
        # A title word names an office before a person, not before a kind of institution: the "State"
        # of "Florida State University" is a word of its name.
        and not (_title_word(w) and words[-1] not in _GENERIC_HEADS)
        and w not in _COMPASS
        and not _from_a_name(index, w)
        for w in words[:-1]
    )


# "Northern Europe" is a part of the article's Europe, not another place.
_COMPASS = frozenset(
    """north south east west northern southern eastern western northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern central upper lower greater""".split()
)


def _from_a_name(index: ArticleIndex, word: str) -> bool:
    """True when `word` is made from a name of the article ("Parisien" from "Paris")."""
    return any(len(w) >= 4 and word.startswith(w) for run in _name_runs(index) for w in run)


def _like_a_name(index: ArticleIndex, word: str) -> bool:
    """True when a word of the article's names is spelt much like `word` ("Kowalczyk" for "Kowalcik")."""
    likeness = constants.ASK_SURNAME_LIKENESS
    return any(
        w[:1] == word[:1] and difflib.SequenceMatcher(None, w, word).ratio() >= likeness
        for run in _name_runs(index)
        for w in run
    )


def _people(word: str) -> bool:
    return word in DEMONYMS or (bool(place_forms(word, PLACES)) and word not in PLACES)


def _forms(index: ArticleIndex, word: str) -> set[str]:
    """The article's terms that are `word`: itself, an inflection or derived form ("Designation" for
    "Designated"), a typo of a word no English word list knows, a place for its people and back."""
    kinds = ("exact", "stem", "family") if is_common(word) else ("exact", "stem", "family", "typo")
    found = {m.term for m in index.vocabulary.expand(word) if m.kind in kinds}
    return found | set(place_forms(word, index.vocabulary.df)) | {word}


def _as_name(index: ArticleIndex, term: str) -> bool:
    """True when the article writes `term` as a name: mostly capitalised mid-sentence, or capitalised
    wherever it stands ("Ryan said ..." opening every sentence it is in)."""
    vocabulary = index.vocabulary
    if term not in vocabulary.df:
        return False
    return vocabulary.is_name(term) or all(s[:1].isupper() for s in vocabulary.spellings(term))


def _as_given_name(index: ArticleIndex, term: str) -> bool:
    """True when the article writes `term` as a name somewhere other than right after another name:
    the "Henry" of "Luc Henry" is a surname, no form of an asked "Harry"."""
    if not _as_name(index, term):
        return False
    pattern = re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE)
    for entry in index.paragraphs:
        text = entry.source.text
        for found in pattern.finditer(text):
            # The word just before, from a few characters only: a one-line article is one paragraph.
            before = text[max(0, found.start() - _WORD_BEFORE_CHARS) : found.start()].split()[-1:]
            if not before or not _name_before(before[0]):
                return True
    return False


_WORD_BEFORE_CHARS = 64


def _name_before(written: str) -> bool:
    """A word that makes the name after it a surname: a given name ("Luc") or an honorific ("Mr"),
    not a word ending a sentence or clause ("... told Smith. Henry"), "The" or a title ("Prince")."""
    folded = fold(written.rstrip(".")).casefold()
    if folded in HONORIFICS:
        return True
    if written.endswith((".", "!", "?", ",", ";", ":")) or not written[:1].isupper():
        return False
    return folded not in STOPWORDS and not is_title(folded)


def _own_word(word: str) -> bool:
    """A word of a name that is its own: no common, place, people or title word ("Maastricht")."""
    if not word.isalpha() or _place_or_people(word) or place_forms(word, PLACES) or _title_word(word):
        return False
    return not is_common(word) or is_name_word(word) or is_unlisted_word(word)


@dataclass(frozen=True)
class _Names:
    """An article's runs of capitalised words (each as its folded words) and its paragraphs folded
    with every space and mark taken out, read once per article."""

    runs: list[tuple[str, ...]]
    squashed: list[str]
    # word -> the words right before it in any run: who "Clinton" follows, without reading every run
    preceding: dict[str, list[str]]
    # word -> the runs holding it, in the order of `runs`
    holding: dict[str, list[tuple[str, ...]]]


# Each article's _Names, forgotten with the article's index.
_NAMES: WeakKeyDictionary[ArticleIndex, _Names] = WeakKeyDictionary()


def article_names(index: ArticleIndex) -> _Names:
    """The article's runs of capitalised words and its paragraphs squashed, read once per article."""
    names = _NAMES.get(index)
    if names is None:
        # A possessive ends a name: "the Daily Wire's Ben Shapiro" holds "Daily Wire" and "Ben Shapiro".
        runs = {
            tuple(query_words(part, index.vocabulary.df))
            for paragraph in index.paragraphs
            for match in CAPITALISED_RUN.finditer(paragraph.text)
            for part in _POSSESSIVE.split(match.group(0))
            if part.strip()
        }
        preceding: dict[str, list[str]] = {}
        holding: dict[str, list[tuple[str, ...]]] = {}
        for run in sorted(runs):
            for before, word in itertools.pairwise(run):
                preceding.setdefault(word, []).append(before)
            for word in dict.fromkeys(run):
                holding.setdefault(word, []).append(run)
        squashed = [_squash(paragraph.text) for paragraph in index.paragraphs]
        names = _NAMES[index] = _Names(sorted(runs), squashed, preceding, holding)
    return names


def _name_runs(index: ArticleIndex) -> list[tuple[str, ...]]:
    return article_names(index).runs


def _runs_holding(index: ArticleIndex, forms: set[str]) -> list[tuple[str, ...]]:
    """The runs holding any of `forms`, in the order of all runs: a name's word picks its few runs out
    of the thousands a long article has."""
    holding = article_names(index).holding
    found = {run for form in forms for run in holding.get(form, ())}
    return sorted(found)  # the runs are kept sorted


def _written(index: ArticleIndex, phrase: str) -> bool:
    """True when a paragraph holds `phrase` as typed, in any case ("Security Council"), spaces, hyphens
    and stops aside ("Anti Defamation League" / "Anti-Defamation League", "VF Corp" / "V.F. Corp.")."""
    squashed = _squash(phrase)
    return bool(squashed) and any(squashed in text for text in article_names(index).squashed)


def _squash(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold())


_NOT_LETTERS = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"(?:’s|'s)\b")
_POSSESSIVE_END = re.compile(r"(?:’s|'s)$")


def _organisation(phrase: str) -> bool:
    """A capitalised name of two or more words ending in an organisation's head ("Sierra Club")."""
    parts = phrase.split()
    capitalised = all(p[:1].isupper() or p.casefold() in ACRONYM_JOINERS for p in parts)
    return capitalised and len(parts) >= 2 and parts[-1].casefold() in ORGANISATION_HEADS


# Faiths name their followers as peoples do: "Muslim" in "Muslim groups" is no word of the "Muslim Council".
_FAITHS = frozenset(
    "muslim muslims islamic christian christians catholic catholics protestant jewish jews hindu hindus "
    "sikh sikhs buddhist buddhists anglican methodist baptist evangelical orthodox".split()
)


def only_whose(words: list[str]) -> bool:
    """True when `words` only say whose or where something is, a faith, a people or a place ("muslim",
    "scottish"): no word of a body's own, so "the muslim council" is there only if its council is."""
    return bool(words) and all(w in _FAITHS or _place_or_people(w) for w in words)


def _distinctive(index: ArticleIndex, word: str) -> bool:
    """A word of an organisation's name that is its own ("Harvard"), not a people's, a place's or a
    common word's ("American", "Medical"), as the article writes it: as a name."""
    if _place_or_people(word) or place_forms(word, PLACES) or word.casefold() in _FAITHS:
        return False
    if is_common(word) and not is_name_word(word):
        return False
    return any(index.vocabulary.is_name(m.term) for m in index.vocabulary.expand(word) if m.kind == "exact")


def only_a_weak_likeness(index: ArticleIndex, word: str) -> bool:
    """True for a word no English word list knows (a name: "beyonce") that the article has in no form
    a name could take, only as the ranking's loose likeness of a common word ("beyond")."""
    return is_uncommon(word) and not _known(index, word)


def _person_name(phrase: str) -> bool:
    """A capitalised name of two or three words opening with a common given name ("Mark Warner")."""
    parts = phrase.split()
    capitalised = all(p[:1].isupper() for p in parts)
    return capitalised and 2 <= len(parts) <= 3 and is_given_name(parts[0].casefold())


def _only_a_common_word(index: ArticleIndex, word: str) -> bool:
    """True when the article has `word` (or its stem) only as a lower-case word, never as a name."""
    found = [m for m in index.vocabulary.expand(word) if m.kind in ("exact", "stem")]
    return bool(found) and not any(index.vocabulary.is_name(m.term) for m in found)


def _only_another_common_word(index: ArticleIndex, word: str) -> bool:
    """True when a capitalised word asked about is in the article only as the stem of another word,
    never written as a name ("range" for "Rangers"): a name is there as itself."""
    found = [m for m in index.vocabulary.expand(word) if m.kind in ("exact", "stem")]
    # A party's word in another form ("Democrats" where the article says "Democrat") names the party.
    if word in PARTY_LABELS and any(m.term in PARTY_LABELS for m in found):
        return False
    return (
        bool(found)
        and not any(m.kind == "exact" or index.vocabulary.is_name(m.term) for m in found)
        and not place_forms(word, index.vocabulary.df)
    )


def unknown_given_name(index: ArticleIndex, phrase: str) -> tuple[str, str] | None:
    """(given name, surname) of a person's name asked about whose given name the article never
    uses in any form ("Bill Clinton" in an article about Hillary Clinton); else None. Only a common
    given name (the census lists) tells of another person."""
    parts = _given_and_surname(phrase)
    if parts is None:
        return None
    given, surname = parts
    if not is_given_name(given):
        return None  # "Khubilai" for "Kublai": a spelling of a rarer name is no sign of another person
    # A typo of a given name the article has ("Hilary") is that name, common word or not.
    if any(m.kind in ("exact", "stem", "typo") for m in index.vocabulary.expand(given)):
        return None
    return given, surname


def unknown_surname(index: ArticleIndex, phrase: str) -> tuple[str, str] | None:
    """(given name, surname) of a person's name asked about by a common given name and a surname the
    article never uses in any form, not even with a typo ("Jose Mourinho" in an article whose only
    Jose is Jose Baxter); else None."""
    parts = _given_and_surname(phrase)
    # A surname is no compound the article writes apart: "Whitehouse" is not its "White House".
    if parts is None or not is_given_name(parts[0]) or _known(index, parts[1], compounds=False):
        return None
    return parts


def _others_surname(index: ArticleIndex, given: str, surname: str) -> bool:
    """True when the article writes `surname` after a given name, never after `given` or its forms."""
    before = article_names(index).preceding.get(surname, [])
    named = [w for w in before if is_given_name(w)]
    return bool(named) and not any(same_given_name(w, given) for w in before)


def absent_given_name(index: ArticleIndex, phrase: str, present: bool = False) -> tuple[str, str] | None:
    """(given name, surname) of a person's name asked about whose first word the article has in no
    form, not even as a nickname ("Barack Obama", "Donald Trump" where its one Trump is Melania);
    `present`: a common given name the article has, before a surname it has ("Bill Clinton")."""
    parts = _given_and_surname(phrase)
    if parts is None:
        return None
    if present:
        return parts if is_given_name(parts[0]) and _known(index, parts[1], compounds=False) else None
    return None if _known(index, parts[0], compounds=False) else parts


def _given_and_surname(phrase: str) -> tuple[str, str] | None:
    """The folded first and last words of a person's name of two or more words, titles left out."""
    parts = phrase.split()
    while parts and (
        parts[0].casefold().rstrip(".") in _GIVEN_NAME_TITLES or is_role_head(parts[0].casefold())
    ):
        parts = parts[1:]  # "Governor Chris Christie", "Sec. Carter": the title is no given name
    while len(parts) > 1 and parts[-1].islower() and parts[0][:1].isupper():
        parts = parts[:-1]  # "What is Tom Barrack hosting?": the verb is no surname
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return None
    return parts[0].casefold(), parts[-1].casefold()


def with_article_forms(index: ArticleIndex, question: str) -> str:
    """The question with each acronym or expansion the article writes the other way replaced by
    the article's form, so the ranking finds it ("What did the IMF warn?")."""
    for phrase in name_phrases(question):
        words = [w for w in query_words(phrase, index.vocabulary.df) if w not in STOPWORDS]
        if not words or any(w in index.vocabulary.df for w in words):
            continue
        form = other_form(index, phrase)
        if form is not None:
            question = question.replace(phrase, form)
    # "What did the WHO say?": an acronym spelling a function word is in no name phrase, but the
    # article may write it out ("the World Health Organization").
    for acronym in _SPELT_LIKE_WORDS.findall(question) if not question.isupper() else ():
        form = _acronym_form(index, acronym)
        if form is not None:
            question = re.sub(rf"\b{acronym}\b", form, question)
    # "who is the ceo": a conventional abbreviation typed in lower case too.
    for word in re.findall(r"\b[a-z]+\b", question):
        form = conventional_form(index, word) if word not in index.vocabulary.df else None
        if form is not None:
            question = re.sub(rf"\b{word}\b", form, question)
    return question


def _acronym_form(index: ArticleIndex, acronym: str) -> str | None:
    """How the article writes an acronym no name phrase carried: one spelling a function word
    ("WHO"), or a convention beside a name ("Who is Norvane's CEO?": "chief executive")."""
    folded = acronym.casefold()
    if folded in STOPWORDS:
        return other_form(index, acronym)
    return conventional_form(index, folded) if folded not in index.vocabulary.df else None


def has_word(index: ArticleIndex, word: str) -> bool:
    """True when the article has `word` in a form a name could take (itself, inflected, joined or
    apart, a typo of a rare word, a place for its people), not a synonym."""
    return _known(index, word)


def _known(index: ArticleIndex, word: str, compounds: bool = True) -> bool:
    vocabulary = index.vocabulary
    # The vocabulary is folded: a name typed with its accents ("João") is the article's "João" too.
    word = fold(word)
    # A common English word is no typo of another ("Gates" is not "rates"), as in the ranking.
    kinds = ("exact", "stem") if is_common(word) else ("exact", "stem", "typo")
    if any(m.kind in kinds and not _slip_to_another_word(index, word, m) for m in vocabulary.expand(word)):
        return True
    if not is_common(word) and any(_misspelt_end(word, m.term) for m in vocabulary.expand(word)):
        return True  # "McConnel" for "McConnell": a name's last letters left off
    number = _NUMBERS.get(word) or _DIGITS.get(word)
    if (number and number in vocabulary.df) or _written_in_words(index, word):
        return True
    if place_forms(word, vocabulary.df) or number_form_known(index, word):
        return True  # "European" where the article says "Europe", "1700s" where "18th century"
    if conventional_form(index, word) is not None:
        return True  # "ceo" where the article says "chief executive", "governor" where "Gov. Reyes"
    if is_given_name(word) and any(_as_given_name(index, f) for f in given_name_forms(word) - {word}):
        return True  # "Pete" where the article says "Peter", "Rudy" where "Rudolph"
    return compounds and written_apart(index, word)


def _written_in_words(index: ArticleIndex, word: str) -> bool:
    """True for a number from 21 to 99 the article writes in words: "24" where it says "twenty four" or
    "twenty-four" ("How many cases in 24 hours?")."""
    # ASCII digits only: str.isdigit() holds for other scripts' digits too ("2𑃰").
    if not (len(word) == 2 and word.isascii() and word.isdigit() and word[0] >= "2" and word[1] != "0"):
        return False
    tens, unit = _DIGITS[word[0] + "0"], _DIGITS[word[1]]
    if tens not in index.vocabulary.df or unit not in index.vocabulary.df:
        return False
    spelt = re.compile(rf"\b{tens}[\s-]+{unit}\b", re.IGNORECASE)
    return any(spelt.search(index.paragraphs[at].text) for at in index.postings.get(tens, ()))


def _slip_to_another_word(index: ArticleIndex, word: str, match: TermMatch) -> bool:
    """True for a typo match that changes a name's first letter to reach a word the article writes only
    in lower case: "univision" is not its "division" (a typo seldom falls on the first letter)."""
    return match.kind == "typo" and match.term[:1] != word[:1] and not _as_name(index, match.term)


def written_apart(index: ArticleIndex, word: str) -> bool:
    """True for a compound the article writes as two words ("heatwave" / "heat wave", "shortlist" /
    "short list")."""
    df = index.vocabulary.df
    return any(word[:i] in df and word[i:] in df for i in range(3, len(word) - 2))


def _misspelt_end(word: str, term: str) -> bool:
    return term.startswith(word) and 0 < len(term) - len(word) <= max_typos(word)
