"""Mentions: every name, pronoun and possessive of each paragraph tied to the people it can
mean, with genders inferred and possessor roles ("his wife") named.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.core import constants
from bot.core.article import Article, Paragraph, Sentence
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import PERSONAL_POSSESSIVES, PLACE_PREPOSITIONS
from bot.core.quotes.givennames import familiar_givens
from bot.core.quotes.names import Occurrence, is_place_word, name_key, surname_index
from bot.core.quotes.people import AMBIGUOUS, COURTESY_WRITTEN, NONPERSON, PERSON, PRONOUN, Mention, Person


def fold_name(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def tag_mentions(
    article: Article,
    tokens_of: dict[int, list[Token]],
    occurrences: list[Occurrence],
    persons: list[Person],
) -> dict[int, tuple[Mention, ...]]:
    """Every person, pronoun and non-person name of each paragraph, in text order."""
    full: dict[tuple[str, ...], int] = {}
    surnames: dict[str, list[int]] = {}
    givens: dict[str, list[int]] = {}
    for person in persons:
        full[tuple(person.name.casefold().split())] = person.id
        surname = person.surname.casefold().split()[-1]
        for alias in person.aliases:
            if " " in alias:
                full.setdefault(tuple(alias.casefold().split()), person.id)
            elif alias.casefold() not in (surname, person.given.casefold()):
                # A lone surname the registry took for this person's, misspelt ("Mr Montieth").
                surnames.setdefault(alias.casefold(), []).append(person.id)
        surnames.setdefault(surname, []).append(person.id)
        if person.given and " " not in person.given:
            givens.setdefault(person.given.casefold(), []).append(person.id)
            for familiar in familiar_givens(person.given, surname, person.aliases):
                givens.setdefault(familiar, []).append(person.id)  # "Edie" of Edith Windsor alone
    # "Howard Deane ... Deane, a former party chairman, said": a surname that is also a role word is
    # never a name by itself to `names`; once the article names the person in full, it is theirs.
    # So is a place's or nationality's ("Carey Washington ... Washington, star of ..., thanked"), and
    # a month's ("Greta May ... May said").
    role_surnames = {
        person.surname.casefold(): person.id
        for person in persons
        if " " in person.name
        and _word_of_another_kind(person.surname.casefold())
        and len(surnames.get(person.surname.casefold(), ())) == 1
    }
    # "Ai Jun ... Jun wrote": a family-first name's given name that is a month, written alone.
    for person in persons:
        given = person.given.casefold()
        if person.family_first and given in lx.MONTHS and len(givens.get(given, ())) == 1:
            role_surnames.setdefault(given, person.id)
    by_paragraph: dict[int, list[Occurrence]] = {}
    for occ in occurrences:
        by_paragraph.setdefault(occ.paragraph, []).append(occ)
    result: dict[int, tuple[Mention, ...]] = {}
    for paragraph in article.paragraphs:
        number = paragraph.number
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for occ in by_paragraph.get(number, []):
            ids = _resolve_core(occ.core, full, surnames, givens, persons)
            ids = _courtesy_titled(ids, occ, persons)
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
                        occ.core[-1].possessive or _plural_possessive_after(paragraph.text, end),
                    )
                )
                # The role before the name ("School head") is part of the person, not a place.
                taken.append((occ.np_start, end))
        by_role_word = _role_word_surnames(paragraph, tokens_of[number], role_surnames, taken)
        found.extend(by_role_word)
        taken.extend((m.start, m.end) for m in by_role_word)
        found.extend(
            m
            for m in _other_mentions(paragraph, tokens_of[number])
            if not any(a <= m.start < b for a, b in taken)
        )
        found.sort(key=lambda m: m.start)
        result[number] = tuple(found)
    return result


def name_possessors(
    article: Article,
    occurrences: list[Occurrence],
    mentions: dict[int, tuple[Mention, ...]],
    persons: list[Person],
) -> None:
    """ "his wife Cookie": the role says whose wife, naming the person "his" means, or just "wife"."""
    sentences = {p.number: p.sentences for p in article.paragraphs}
    for occ in occurrences:
        for role in occ.roles:
            determiner, _, rest = role.partition(" ")
            if determiner.casefold() not in PERSONAL_POSSESSIVES or not rest:
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


def _possessor(determiner: str, occ: Occurrence, mentions, sentences, persons: list[Person]) -> int | None:
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
    folded = [fold_name(r) for r in person.roles]
    if fold_name(role) not in folded:
        return
    at = folded.index(fold_name(role))
    del person.roles[at]
    folded = [fold_name(r) for r in person.roles]
    for same in (named, bare):
        if fold_name(same) in folded:
            person.roles[folded.index(fold_name(same))] = named
            return
    person.roles.insert(at, named)


# Words that tell a person's gender when they follow the only name of a sentence. Not the object
# forms "him" and "her": "Dunmore scolded him", "Reyes attacked her" mean someone else, and a
# possessive "her" often means a rival ("Reyes attacked her record").
_HE = frozenset("he his himself".split())


_SHE = frozenset("she hers herself".split())
_QUOTE_MARKS = re.compile('[“”"]')
_ANY_PERSON = (_HE | frozenset(("him",)), _SHE | frozenset(("her",)))  # object and possessive forms too


def infer_genders(
    article: Article, tokens_of, mentions, persons: list[Person], rare: dict[int, str] | None = None
) -> None:
    """ "Magic Johnson announced that he had HIV": a sentence naming one person, then he or she
    outside quotation marks (inside them the words are someone's speech about others).

    Votes per person; a person gets a gender when their sentences agree, or nearly all of them.
    `rare`: the gender a given name the lists hold only rarely tells ("Tama", a man's name in
    Samoa), kept unless the votes go the other way, agreeing and more than one.
    """
    votes = gender_votes(article, tokens_of, mentions)
    for person_id, gender in (rare or {}).items():
        seen = votes.get(person_id, [])
        if gender in seen or len(seen) < constants.GENDER_VOTES_OVER_RARE_NAME:
            votes[person_id] = [gender]
    for person in persons:
        seen = votes.get(person.id, [])
        men, women = seen.count("m"), seen.count("f")
        # One stray vote ("Holt ... his" meaning her rival) does not undo many agreeing ones.
        if person.gender is None and max(men, women) >= constants.GENDER_VOTE_RATIO * min(men, women) + 1:
            person.gender = "m" if men > women else "f"


def gender_votes(article: Article, tokens_of, mentions) -> dict[int, list[str]]:
    """Each person's he/she votes, one per sentence naming only them (or opening after one)."""
    votes: dict[int, list[str]] = {}
    for paragraph in article.paragraphs:
        tokens = tokens_of[paragraph.number]
        named = [m for m in mentions[paragraph.number] if m.kind == PERSON]
        starts = [m.start for m in named]  # in text order: a sentence's names found by bisection
        subject = None  # the one person the sentence before is about
        quoted = quoted_spans(paragraph.text)
        for sentence in paragraph.sentences:
            inside = named[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            if subject is not None:
                # "Le Pen is a candidate in the election. While her party thrives ..., she has been
                # more careful": the next sentence's he or she, before anyone else is named.
                gender = _pronoun_gender_after(
                    tokens, sentence.start, _first_name_at(tokens, sentence, inside)
                )
                if gender is not None:
                    votes.setdefault(subject, []).append(gender)
            quoting = quoted_at(quoted, sentence.end) or any(quoted_at(quoted, m.start) for m in inside)
            subject = None if quoting else _sentence_subject(tokens, sentence.start, inside)
            if len({m.ids[0] for m in inside}) != 1:
                _said_pronoun_votes(tokens, inside, votes)
                continue
            gender = _pronoun_gender_after(tokens, inside[0].end, sentence.end)
            if gender is not None:
                votes.setdefault(inside[0].ids[0], []).append(gender)
    return votes


def _said_pronoun_votes(tokens: list[Token], inside: list[Mention], votes: dict[int, list[str]]) -> None:
    """ "Paul said he does not believe the world would be better if Saddam Hussein ...": in a sentence
    naming several people, a he or she right after a name and its verb of saying is that person."""
    for mention in inside:
        if mention.possessive:
            continue
        at = _past_apposition(tokens, bisect_left(tokens, mention.end, key=_token_start), inside)
        if at < len(tokens) and tokens[at].low in lx.CORE_SPEECH_VERBS:
            at += 1
            if at < len(tokens) and tokens[at].low == "that":
                at += 1
            if at < len(tokens) and tokens[at].low in ("he", "she"):
                votes.setdefault(mention.ids[0], []).append("m" if tokens[at].low == "he" else "f")


def _past_apposition(tokens: list[Token], at: int, inside: list[Mention]) -> int:
    """ "Lilou Marchetti, head of research at a consultancy in Recife, said she": the token after a
    name's apposition, one naming no one else; `at` itself when none follows the name."""
    if at >= len(tokens) or tokens[at].text != ",":
        return at
    others = {m.start for m in inside}
    for index in range(at + 1, min(len(tokens), at + constants.APPOSITION_TOKENS)):
        token = tokens[index]
        if token.start in others or token.text in _APPOSITION_STOPS:
            return at
        if token.text == ",":
            return index + 1
    return at


_APPOSITION_STOPS = frozenset('.;:?!“”"')


def _first_name_at(tokens: list[Token], sentence: Sentence, inside: list[Mention]) -> int:
    """Where a sentence first names someone: a person it names, or any capitalised word after its
    first (a name the registry left out, "But compatriot Kenenisa Bekele's hopes ... he")."""
    end = inside[0].start if inside else sentence.end
    for index in range(bisect_left(tokens, sentence.start, key=_token_start) + 1, len(tokens)):
        token = tokens[index]
        if token.start >= end:
            break
        if token.is_word and token.cap and token.low != "i":
            return token.start
    return end


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where a paragraph is inside double quote marks, roughly (curly ones open and close, a straight
    one toggles): a name or the end of a sentence there is someone's speech ("“She will win if Dunn
    is popular. And she will lose if he ...,” said Sabato" runs on inside the marks)."""
    spans, opened = [], None
    for found in _QUOTE_MARKS.finditer(text):
        mark, at = found.group(), found.start()
        if opened is None and mark != "”":
            opened = at
        elif opened is not None and mark != "“":
            spans.append((opened, at))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def quoted_at(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls inside one of the (ordered, disjoint) spans: found by bisection, as a
    paragraph may hold thousands of quotations."""
    at = bisect_left(spans, offset, key=_span_start) - 1
    return at >= 0 and offset <= spans[at][1]


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _sentence_subject(tokens: list[Token], start: int, inside: list[Mention]) -> int | None:
    """The one person a sentence names, as its subject, when no pronoun comes before the name
    ("..., she issued a plan: President Dunn later adopted it." is about her, not him)."""
    if len({m.ids[0] for m in inside}) != 1 or not inside[0].subject_like or inside[0].possessive:
        return None
    if _pronoun_gender_after(tokens, start, inside[0].start, _ANY_PERSON) is not None:
        return None
    return inside[0].ids[0]


def _pronoun_gender_after(
    tokens: list[Token], after: int, end: int, pronouns: tuple[frozenset[str], frozenset[str]] = (_HE, _SHE)
) -> str | None:
    """The gender of the first he/she/his (of `pronouns`: male, female) in [after, end) outside
    quotation marks, if any."""
    male, female = pronouns
    quoted = False
    first = bisect_left(tokens, after, key=_token_start)
    if first < len(tokens) and tokens[first].text == ",":
        # "Tom Reyes, her Republican opponent, said": the appositive's "her" is someone else.
        opened = first
        first = next((i + 1 for i in range(first + 1, len(tokens)) if tokens[i].text in ",.;"), first)
        if any(_possessed_role(token) for token in tokens[opened:first]):
            # "Chris Grayling, who chaired the home secretary's campaign, said she was": "she" may
            # be the one whose role the apposition names.
            return None
    for index in range(first, len(tokens)):
        token = tokens[index]
        if token.start >= end:
            break
        if token.text in _OPENING_MARKS:
            quoted = True
        elif token.text in _CLOSING_MARKS:
            quoted = False
        elif token.text == '"':
            quoted = not quoted
        elif not quoted and (token.low in male or token.low in female):
            return "m" if token.low in male else "f"
    return None


_OPENING_MARKS = frozenset("“")
_CLOSING_MARKS = frozenset("”")


def _possessed_role(token: Token) -> bool:
    """A role word in the possessive, someone else an apposition names ("the mayor's campaign")."""
    return token.possessive and not token.cap and lx.is_role_head(token.low)


def _token_start(token: Token) -> int:
    return token.start


def _resolve_core(
    core: tuple[Token, ...],
    full: dict[tuple[str, ...], int],
    surnames: dict[str, list[int]],
    givens: dict[str, list[int]],
    persons: list[Person],
) -> tuple[int, ...]:
    key = name_key(core)
    if key in full:
        return (full[key],)
    surname = core[surname_index(core)].low
    ids = surnames.get(surname, [])
    if len(core) > 1:
        fitting = [i for i in ids if persons[i].given.casefold().split()[:1] == [key[0]]]
        return tuple(fitting)
    if ids:
        return _the_senior(ids, persons)
    return tuple(givens.get(surname, [])) if len(givens.get(surname, [])) == 1 else ()


def _courtesy_titled(ids: tuple[int, ...], occ: Occurrence, persons: list[Person]) -> tuple[int, ...]:
    """ "Mr. Romney" where "Mr. Romney" is a person of his own beside "George W. Romney" (registry's
    titled person): that one, as the title names him."""
    if len(ids) < 2 or occ.honorific not in COURTESY_WRITTEN:
        return ids
    written = f"{COURTESY_WRITTEN[occ.honorific]} {occ.core[-1].text}"
    titled = tuple(i for i in ids if not persons[i].given and persons[i].name == written)
    return titled if len(titled) == 1 else ids


def _the_senior(ids: list[int], persons: list[Person]) -> tuple[int, ...]:
    """ "Tolliver" beside "Ray Tolliver" and "Ray Tolliver Jr.": news writes the son's suffix every
    time, so the surname alone is the one named without it."""
    bare = [i for i in ids if not persons[i].junior]
    if len(ids) < 2 or len(bare) != 1:
        return tuple(ids)
    # Only the junior's namesake is the senior: "Eric Trump" beside "Donald Trump Jr." is a brother.
    given = persons[bare[0]].given.casefold()
    juniors = [persons[i].given.casefold() for i in ids if i != bare[0]]
    return (bare[0],) if all(g == given or g.startswith(given + " ") for g in juniors) else tuple(ids)


def _word_of_another_kind(low: str) -> bool:
    """A surname `names` never reads as one alone: a role word, a place's or a month's."""
    return lx.is_role_head(low) or is_place_word(low) or low in lx.MONTHS


def _role_word_surnames(
    paragraph: Paragraph, tokens: list[Token], role_surnames: dict[str, int], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "Dean, a former party chairman,": a capitalised role word alone, the surname of one person
    named in full; not after "the" or "a" ("the Dean of Students"), not before another name word."""
    found = []
    if not role_surnames:
        return found
    for index, token in enumerate(tokens):
        person_id = role_surnames.get(token.low) if token.cap else None
        if person_id is None or any(a <= token.start < b for a, b in taken):
            continue
        previous = tokens[index - 1] if index else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if previous is not None and previous.is_word and (previous.low in _NOT_BEFORE_NAME or previous.cap):
            continue
        if following is not None and following.is_word and (following.cap or following.low == "of"):
            continue
        opening = previous is None or previous.text in _SENTENCE_ENDS
        if opening and not _name_like_after(token, following):
            continue  # "Major changes are coming" opens a sentence with an adjective, not a name
        if (is_place_word(token.low) or token.low in lx.MONTHS) and not _place_as_name(
            previous, token, following
        ):
            continue
        subject = previous is None or not previous.is_word or previous.low in _CLAUSE_JOINS
        found.append(
            Mention(
                paragraph.number,
                token.start,
                token.end,
                PERSON,
                (person_id,),
                None,
                subject,
                paragraph.is_body,
                False,
                token.possessive,
            )
        )
    return found


def _name_like_after(token: Token, following: Token | None) -> bool:
    """ "Dean, a ...", "Dean said", "Dean then ...", "Dean's": what may follow a name opening a sentence."""
    if token.possessive or following is None:
        return True
    low = following.low
    return low == "," or low in lx.SPEECH_VERBS or low in lx.ADVERBS


def _place_as_name(previous: Token | None, token: Token, following: Token | None) -> bool:
    """ "Washington, star of ...", "Cuban said": a place word standing for the person so named, never
    after a preposition ("in Washington") nor before a noun ("Cuban exiles")."""
    if previous is not None and previous.low in PLACE_PREPOSITIONS:
        return False
    return _name_like_after(token, following)


_SENTENCE_ENDS = frozenset('. ! ? ” " ’'.split())
_NOT_BEFORE_NAME = frozenset("the a an his her their its our my your this that former then".split())
_CLAUSE_JOINS = frozenset("and but when while as because after before since said says".split())


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


def _plural_possessive_after(text: str, end: int) -> bool:
    """ "Lou Banks’ longtime adviser": a name in -s glued to an apostrophe, then a lower-case word, is
    a plural's possessive (the tokens read the mark as a closing quotation mark)."""
    return text[end - 1 : end] == "s" and _PLURAL_POSSESSIVE.match(text, end) is not None


_PLURAL_POSSESSIVE = re.compile(r"[’'] [a-z]")
