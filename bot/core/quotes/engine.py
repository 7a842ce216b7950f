"""Direct quotations and who said them, plus the registry of people an article names.

The command layer's entry point: the analysis is computed once per article (cached) by
`quotations` and `people`, and speaker queries are matched by `speakerquery`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from bot.core import constants
from bot.core.article import Article
from bot.core.language import lexicon as lx
from bot.core.language.text import fold
from bot.core.quotes import fallback
from bot.core.quotes.addressed import unaddressed
from bot.core.quotes.countries import country_meant
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.marks import doubled_singles_as_doubles, find_spans, turned_marks_righted
from bot.core.quotes.names import capitalised_words_before
from bot.core.quotes.people import Person, Quote, Registry
from bot.core.quotes.quotations import attributed_quotes
from bot.core.quotes.reach import readable_part
from bot.core.quotes.registry import build_registry
from bot.core.quotes.roles import title_role
from bot.core.quotes.sources import ORGANISATION, PERSON_KIND, UNNAMED
from bot.core.quotes.speakerquery import Match, closeness, match, near_miss, person_words, query_words
from bot.core.quotes.transcripts import (
    interview_answers,
    quoted_answers,
    quoted_turns,
    recounted_by_interviewee,
    transcript_quotes,
)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks: a person of the article, an organisation or an unnamed source; `quotes` counts
    their direct quotations."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    quotes: int = 0
    roles: tuple[str, ...] = ()
    kind: str = PERSON_KIND
    detail: str = ""  # another role, when someone else named has the same one ("Chinese leader")
    gender: str | None = None  # "m", "f" or None, as the article's pronouns and given names tell

    @property
    def label(self) -> str:
        """How lists name them: the role, and a detail telling apart two people with that role."""
        role = ", ".join(_short_role(part) for part in (self.role, self.detail) if part)
        return f"{self.name} ({role})" if role else self.name

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "quotes": self.quotes, "kind": self.kind}


def _short_role(role: str) -> str:
    """A role as lists show it: without a relative clause ("cardiologist in London who was not
    involved in the study" is "cardiologist in London") nor a plain noun's possessive before it
    ("company's chief executive" is "chief executive": the list does not say which company);
    "who is X" answers keep the whole role."""
    role = _RELATIVE_CLAUSE.split(role, maxsplit=1)[0]
    owner = _PLAIN_OWNER.match(role)
    if owner and owner.group(1) in _PLAIN_OWNERS and role[owner.end() :].strip():
        return role[owner.end() :]
    return role


_RELATIVE_CLAUSE = re.compile(r",? +(?:who|whose|which|that) +")
_PLAIN_OWNER = re.compile(r"(?:the +)?([a-z]+)['’]s +")
_PLAIN_OWNERS = lx.ORG_NOUNS | lx.BUSINESS_WORDS


@dataclass(frozen=True, slots=True)
class QuoteResult:
    """The answer to /quote: the person understood, their quotes, or a message and suggestions."""

    query: str
    speaker: Speaker | None
    quotes: tuple[Quote, ...]
    suggestions: tuple[str, ...] = ()
    message: str | None = None
    candidates: tuple[Speaker, ...] = ()
    paraphrases: tuple[Quote, ...] = ()
    quoted: tuple[Speaker, ...] = ()  # everyone quoted, most quoted first: what a notice lists
    read_to: int | None = None  # the last paragraph read, when the article is past the read caps

    def to_dict(self) -> dict:
        speaker = None
        if self.speaker is not None:
            speaker = {"name": self.speaker.name, "aliases": list(self.speaker.aliases)}
        found = {
            "query": self.query,
            "speaker": speaker,
            "quotes": [q.to_dict() for q in self.quotes],
            "suggestions": list(self.suggestions),
        }
        return _with_reach(found, self.read_to)


@dataclass(frozen=True, slots=True)
class SpeakerList:
    """Quoted people first, then organisations and unnamed sources; the quotations with no clear
    speaker, in article order, in `unclear`."""

    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
    unclear: tuple[Quote, ...] = ()
    read_to: int | None = None  # the last paragraph read, when the article is past the read caps

    @property
    def unattributed(self) -> int:
        return len(self.unclear)

    def to_dict(self) -> dict:
        found = {
            "speakers": [s.to_dict() for s in self.speakers],
            "unattributed": self.unattributed,
            "unattributed_quotes": [q.to_dict() for q in self.unclear],
        }
        return _with_reach(found, self.read_to)


def _with_reach(found: dict, read_to: int | None) -> dict:
    """`found` with "read_to" when the quote engine stopped before the article's end: the key is
    absent for every article within the caps, as the JSON contract was before them."""
    if read_to is not None:
        found["read_to"] = read_to
    return found


def nobody_quoted_note(unattributed: int) -> str:
    """What both shells say when no speaker is found: whether there are quotations at all."""
    if not unattributed:
        return "No one is quoted directly in this article."
    if unattributed == 1:
        return "The article has 1 quotation, but it does not make clear who said it."
    return f"The article has {unattributed} quotations, but it does not make clear who said them."


def read_note(read_to: int) -> str:
    """What both shells say when the quote engine read only part of a very long text (none of it,
    read_to 0, when the first paragraph alone has no whole sentence within the caps)."""
    if read_to == 0:
        return (
            "This text is very long: its first paragraph alone runs past what names and quotations "
            "are read in, so none were read (try /lookup instead)."
        )
    return (
        f"This text is very long: names and quotations were read up to ¶{read_to:,} "
        "(try /lookup for the rest)."
    )


@dataclass(frozen=True, slots=True)
class _Analysis:
    registry: Registry
    quotes: tuple[Quote, ...]
    paraphrases: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]  # everyone named; quoted people first, most quoted first
    by_name: dict[str, Speaker]
    vocabularies: dict[int, tuple[set[str], set[str]]]
    sources: tuple[Speaker, ...]  # organisations and unnamed sources, most quoted first
    read_to: int | None  # the last paragraph read, when the article is past the read caps
    read: Article  # the part of the article read: all of it within the caps
    # query -> its match: /ask resolves the same name through find_quotes and find_person, and
    # autocomplete asks again on every keystroke; matching scores every person of the article.
    matches: dict[str, Match] = field(default_factory=dict)

    def match(self, query: str) -> Match:
        found = self.matches.get(query)
        if found is None:
            if len(self.matches) >= constants.SPEAKER_MATCH_CACHE:
                self.matches.clear()  # bounded: queries are user input
            found = self.matches[query] = match(query, self.registry.persons, self.vocabularies)
        return found


@lru_cache(maxsize=64)
def _analyse(article: Article) -> _Analysis:
    whole = article
    article = _marks_mended(readable_part(whole))
    read_to = None
    if article is not whole:
        read_to = article.paragraphs[-1].number if article.paragraphs else 0
    registry = build_registry(article)
    quotes, paraphrases = attributed_quotes(article, registry)
    quotes = quoted_answers(article, registry, quoted_turns(quotes, registry))
    quotes = recounted_by_interviewee(article, registry, quotes)
    turns = transcript_quotes(article, registry) or interview_answers(article, registry)
    if turns:
        quotes = tuple(sorted((*quotes, *turns), key=lambda q: q.paragraph))
    quotes = fallback.attribute(article, registry, quotes)
    quotes = unaddressed(quotes, registry)  # "Don't worry, Judge Pemberton.": not Pemberton's words
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker is not None:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    first_quote = {}
    for index, quote in enumerate(quotes):
        first_quote.setdefault(quote.speaker, index)
    people = [_speaker(p, counts.get(p.name, 0)) for p in registry.persons]
    people = _acronyms_restored(people, "\n".join(p.text for p in article.paragraphs))
    order = {p.name: p.id for p in reversed(registry.persons)}  # the first id of a name, as before
    people.sort(key=lambda s: (-s.quotes, first_quote.get(s.name, len(quotes)), order.get(s.name, 0)))
    # A platform's name alone is the company's ("Twitter said"), listed among the organisations.
    people = _distinguish([p for p in people if p.name.casefold() not in lx.PLATFORMS])
    vocabularies = {p.id: person_words(p) for p in registry.persons}
    by_name = {s.name: s for s in people}
    sources = _sources(quotes, counts, by_name, registry.bodies)
    return _Analysis(
        registry, quotes, paraphrases, tuple(people), by_name, vocabularies, sources, read_to, article
    )


def _marks_mended(article: Article) -> Article:
    """The article with its doubled single marks ("''We cannot,'' she said") read as double ones and
    its curly marks typed the wrong way round ("gifts,“ Varo wrote") turned back, every offset kept;
    the article itself when it has none."""
    paragraphs = []
    for paragraph in article.paragraphs:
        text = turned_marks_righted(doubled_singles_as_doubles(paragraph.text))
        if text is not paragraph.text:
            sentences = tuple(replace(s, text=text[s.start : s.end]) for s in paragraph.sentences)
            paragraph = replace(paragraph, text=text, sentences=sentences)
        paragraphs.append(paragraph)
    if all(a is b for a, b in zip(paragraphs, article.paragraphs, strict=True)):
        return article
    return replace(article, paragraphs=tuple(paragraphs))


def _distinguish(people: list[Speaker]) -> list[Speaker]:
    """Two people with the same role ("President") get another role of theirs from the article
    as a detail, when they have one that the others with that role lack ("Chinese leader")."""
    holders: dict[str, int] = Counter((p.role or "").casefold() for p in people if p.role)
    # How many holders of each shared role have each other role: linear, however many share one.
    held: Counter[tuple[str, str]] = Counter(
        (p.role.casefold(), r)
        for p in people
        if p.role and holders[p.role.casefold()] > 1
        for r in {r.casefold() for r in p.roles}
    )
    out = []
    for person in people:
        role = (person.role or "").casefold()
        if holders.get(role, 0) > 1:
            extra = [r for r in person.roles if r.casefold() != role and held[(role, r.casefold())] == 1]
            if extra:
                person = replace(person, detail=extra[0])
        out.append(person)
    return out


def _sources(
    quotes: tuple[Quote, ...], counts: dict[str, int], people: dict[str, Speaker], bodies: frozenset[str]
) -> tuple[Speaker, ...]:
    """Speakers that are no registered person: organisations, unnamed sources, and a name the
    registry had no evidence for ("said Swiss Re in a statement"), so that /speakers lists them;
    such a name the article writes as a body's ("bank Standard Chartered") or a social platform's
    ("Twitter said in a statement") is an organisation."""
    bodies = bodies | lx.PLATFORMS
    kinds = {
        q.speaker: ORGANISATION if q.kind == PERSON_KIND and q.speaker.casefold() in bodies else q.kind
        for q in quotes
        if q.speaker is not None and (q.kind != PERSON_KIND or q.speaker not in people)
    }
    found = [Speaker(name, quotes=counts[name], kind=kind) for name, kind in kinds.items()]
    return tuple(sorted(found, key=lambda s: -s.quotes))


def _acronyms_restored(people: list[Speaker], text: str) -> list[Speaker]:
    """ "IHRC chairman" opening a paragraph, which the shouted-lead rule wrote "Ihrc chairman", is
    an acronym again when the article writes it in capitals inside a sentence too ("(IHRC)")."""
    if not any(_title_cased_head(role) for person in people for role in person.roles):
        return people
    # Read once per article, not once per role: a long article has thousands of people.
    capitals = set(_CAPITALS_INSIDE.findall(text))
    out = []
    for person in people:
        roles = tuple(_acronym_restored(role, capitals) for role in person.roles)
        if roles != person.roles:
            person = replace(person, roles=roles, role=roles[0])
        out.append(person)
    return out


def _title_cased_head(role: str) -> bool:
    head = role.partition(" ")[0]
    return len(head) >= constants.SHOUTED_LEAD_CHARS and head.isalpha() and head.istitle()


def _acronym_restored(role: str, capitals: set[str]) -> str:
    if not _title_cased_head(role):
        return role
    head, _, rest = role.partition(" ")
    return f"{head.upper()} {rest}".rstrip() if head.upper() in capitals else role


# Words in capitals after anything but a paragraph's start, among words not in capitals ("SWANSEA FOR
# ELCHE" is a shouted heading): acronyms, not a shouted lead word.
_CAPITALS_INSIDE = re.compile(r"(?<=[^\n])(?<![A-Z][A-Z] )\b([A-Z]+)\b(?! [A-Z][A-Z])")


def _speaker(person: Person, quotes: int) -> Speaker:
    roles = tuple(person.roles)
    if not roles:
        titled = title_role(person.titles)  # "State Sen. Dale Whitcomb": a senator
        roles = (titled,) if titled else ()
    role = roles[0] if roles else None
    return Speaker(person.name, tuple(person.aliases), role, quotes, roles, gender=person.gender)


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every direct quotation of the article in order, attributed or not (speaker None)."""
    return _analyse(article).quotes


def extract_paraphrases(article: Article) -> tuple[Quote, ...]:
    """Reported speech by a named person ("Blinken stressed the importance of ..."), in order."""
    return _analyse(article).paraphrases


def list_speakers(article: Article) -> SpeakerList:
    """Who is quoted and how often, most quoted first: people, then organisations and unnamed sources."""
    analysis = _analyse(article)
    people = tuple(s for s in analysis.speakers if s.quotes)
    unclear = tuple(q for q in analysis.quotes if q.speaker is None)
    return SpeakerList(people + analysis.sources, unclear, analysis.read_to)


def list_people(article: Article) -> tuple[Speaker, ...]:
    """Everyone the article names, quoted people first."""
    return _analyse(article).speakers


def find_person(article: Article, name: str) -> Speaker | None:
    """The person of the article that `name` refers to (any alias form), quoted or not."""
    analysis = _analyse(article)
    found = analysis.match(name)
    if len(found.people) != 1:
        return None
    return analysis.by_name[found.people[0].name]


def find_quotes(article: Article, query: str) -> QuoteResult:
    """The direct quotations of the person `query` names, or why there are none."""
    analysis = _analyse(article)
    result = _find(analysis, query)
    return result if analysis.read_to is None else replace(result, read_to=analysis.read_to)


def _find(analysis: _Analysis, query: str) -> QuoteResult:
    source = _source_named(analysis.sources, query, exact=True)
    country = _country_labels(analysis.sources, query)
    if source is not None:
        return _said_by(analysis, query, source, [s for s in country if s is not source])
    if country:
        return _said_by_country(analysis, query, country)
    found = analysis.match(query)
    quoted = [s for s in analysis.speakers if s.quotes]
    everyone = tuple(quoted) + analysis.sources
    holding = _sources_holding(analysis.sources, query)
    if len(holding) == 1 and found.score < constants.QUOTE_EXACT_MATCH_SCORE:
        # "trader" is "one trader", whose label holds the word as typed, before a person whose
        # role only resembles it ("Market Traders' Association").
        return _said_by(analysis, query, holding[0])
    if not found.people:
        if holding:
            return _which_source(query, holding, everyone)
        kind = _organisation_of_kind(analysis, query)
        if kind is not None:
            return _said_by(analysis, query, kind)
        message = _nobody_message(query, analysis.read)
        # A role no one holds by name: a quoted name whose role resembles it ("Labour leader" for
        # "the Tory leader", "Archbishop of Westminster" for "the minister") holds another one.
        return _not_found(query, quoted, everyone, message, guess=not _office(query))
    if len(found.people) > 1:
        people = [analysis.by_name[p.name] for p in found.people]
        holder = _holder_of_role_as_typed(query, people)
        if holder is not None:
            return _quotes_of(analysis, query, holder, everyone)
        return _which_one(analysis, query, people, everyone)
    return _quotes_of(analysis, query, analysis.by_name[found.people[0].name], everyone)


# Words before a role that make it another office: an assistant manager is not the manager.
_ANOTHER_OFFICE = frozenset("deputy assistant vice acting interim former shadow junior associate".split())


def _holder_of_role_as_typed(query: str, people: list[Speaker]) -> Speaker | None:
    """ "manager" where one person holds that role as typed and each of the others holds it with a word
    making it another office ("assistant manager", "deputy manager"): the one who is the manager."""
    if not _office(query):
        return None
    words = query_words(query)
    exact = [p for p in people if any(query_words(role) == words for role in p.roles)]
    if len(exact) != 1:
        return None
    qualifiers = _ANOTHER_OFFICE - set(words)
    others = [p for p in people if p is not exact[0]]
    if all(any(set(query_words(role)) & qualifiers for role in p.roles) for p in others):
        return exact[0]
    return None


def _quotes_of(
    analysis: _Analysis, query: str, speaker: Speaker, everyone: tuple[Speaker, ...]
) -> QuoteResult:
    said = tuple(q for q in analysis.quotes if q.speaker == speaker.name)
    reported = tuple(q for q in analysis.paraphrases if q.speaker == speaker.name)
    if said:
        return QuoteResult(query, speaker, said, paraphrases=reported)
    quoted = [s for s in analysis.speakers if s.quotes]
    # A word or two in quote marks ("had ‘systematically targeted’ residents") is too short to list as
    # a quotation, but "never quoted directly" above that very line would be false.
    how = "not quoted at length" if any(_quotes_words(q.text) for q in reported) else "never quoted directly"
    message = f"{_label(speaker)} is named in the article but {how}."
    # The query found this person: a quoted name it also resembles is no likelier meant.
    result = _not_found(query, quoted, everyone, message, guess=False)
    behalf = _spokespeople(analysis.sources, speaker) + _representatives(quoted, speaker)
    if behalf:
        # "A spokeswoman for Gov. Tom Reyes said ...": the reader asking for Reyes wants those words.
        names = tuple(s.name for s in behalf)
        message = f"{message} Quoted on their behalf: {_options(behalf, ' and ')}."
        suggestions = (names + tuple(n for n in result.suggestions if n not in names))[
            : constants.QUOTE_SUGGESTIONS
        ]
        candidates = tuple(behalf[: constants.AMBIGUOUS_SPEAKERS_SHOWN])  # Discord's buttons
        result = replace(result, message=message, suggestions=suggestions, candidates=candidates)
    return replace(result, speaker=speaker, paraphrases=reported)


def _representatives(quoted: list[Speaker], person: Speaker) -> list[Speaker]:
    """Quoted people whose role speaks for `person`: "Gerald Whitcomb's lawyer", "Reyes's spokesman"."""
    surname = query_words(person.name)[-1:]
    return (
        [
            s
            for s in quoted
            if s.name != person.name
            and any(
                surname[0] in words and words & lx.REPRESENTATIVES
                for words in (set(query_words(role)) for role in s.roles)
            )
        ]
        if surname
        else []
    )


def _quotes_words(text: str) -> bool:
    """True when `text` holds words in quote marks, double or single."""
    return bool(find_spans(text) or find_spans(text, singles=True))


def _spokespeople(sources: tuple[Speaker, ...], person: Speaker) -> list[Speaker]:
    """Unnamed sources whose label names `person` by surname ("a spokeswoman for Gov. Tom Reyes")."""
    surname = query_words(person.name)[-1:]
    return [s for s in _sources_holding(sources, " ".join(surname)) if s.kind == UNNAMED]


def _which_one(
    analysis: _Analysis, query: str, people: list[Speaker], everyone: tuple[Speaker, ...]
) -> QuoteResult:
    """Several people fit `query`: when only one of them is quoted the choice does not matter;
    when none is, say so at once; else ask which one, the quoted ones as `candidates`."""
    people = sorted(people, key=lambda s: -s.quotes)
    said = [p for p in people if p.quotes]
    if len(said) == 1:
        result = _quotes_of(analysis, query, said[0], everyone)
        rest = [p for p in people if p is not said[0]]
        verb = "is" if len(people) == 2 else "are"
        called = _shared_name(said[0], rest) or _echo(query)
        return replace(
            result,
            message=f"{_options(rest, ' and ')} {verb} also called {called}, but never quoted directly.",
        )
    if not said:
        nobody = "neither is" if len(people) == 2 else "none of them is"
        message = f"{_echo(query)} could be {_options(people)}, but {nobody} quoted directly in this article."
        quoted = [s for s in analysis.speakers if s.quotes]
        shown = tuple(people[: constants.AMBIGUOUS_SPEAKERS_SHOWN])
        return replace(_not_found(query, quoted, everyone, message), candidates=shown)
    shown = tuple(said[: constants.AMBIGUOUS_SPEAKERS_SHOWN])
    message = f"{_echo(query)} could be {_options(people)}. Which one?"
    if len(people) > constants.AMBIGUOUS_SPEAKERS_SHOWN and _title_alone(query, people):
        message = _title_holders(query, people)  # "(or one of 4 others)" would hide whom it fits
    return QuoteResult(query, None, (), tuple(c.name for c in shown), message, shown, quoted=everyone)


def _title_alone(query: str, people: list[Speaker]) -> bool:
    """ "Rep.", "senator", "the minister": a title or role typed with no name, which the reader types
    to see whom it fits; each of them matters, not the first five."""
    words = query_words(query)
    names = {w for p in people for w in query_words(p.name)}
    return bool(words) and all(
        (w in lx.TITLE_WORDS or w in lx.HONORIFICS or lx.is_role_head(w)) and w not in names for w in words
    )


def _title_holders(query: str, people: list[Speaker]) -> str:
    """ "“Rep.” fits 8 people in this article. Quoted: Steve Israel (3), Ann Holt (2) ...; never quoted:
    Xavier Becerra. Which one?": every holder the query fits, the quoted ones with their counts, most
    quoted first, so the reader sees whom to type."""
    said = [p for p in people if p.quotes]
    listed = ", ".join(f"{p.name} ({p.quotes})" for p in said[: constants.TITLE_HOLDERS_LISTED])
    more = len(said) - constants.TITLE_HOLDERS_LISTED
    listed += f" +{more} more" if more > 0 else ""
    silent = [p.name for p in people if not p.quotes]
    never = f"; never quoted: {', '.join(silent[: constants.TITLE_HOLDERS_LISTED])}" if silent else ""
    never += (
        f" +{len(silent) - constants.TITLE_HOLDERS_LISTED} more"
        if len(silent) > constants.TITLE_HOLDERS_LISTED
        else ""
    )
    return f"{_echo(query)} fits {len(people):,} people in this article. Quoted: {listed}{never}. Which one?"


def _shared_name(person: Speaker, others: list[Speaker]) -> str | None:
    """ "“Kelly”": the name `person` shares with every one of `others`, as the article writes it, for
    a query typed otherwise ("kely" names Scott Kelly; Mark Kelly is also called “Kelly”, never “kely”)."""
    shared = [word for word in person.name.split() if all(word in other.name.split() for other in others)]
    return f"“{shared[-1]}”" if shared else None


def _options(people: list[Speaker], joiner: str = " or ") -> str:
    """The first AMBIGUOUS_SPEAKERS_SHOWN people's labels; how many others past them."""
    shown = people[: constants.AMBIGUOUS_SPEAKERS_SHOWN]
    hidden = len(people) - len(shown)
    one_of = f"one of {hidden:,} others" if hidden > 1 else "one other"
    others = f" (or {one_of})" if hidden else ""
    role = _shared_role(shown)
    if role is None:
        return joiner.join(_label(c) for c in shown) + others
    # "Ann Bell, Tom Reyes or Lena Vogt (all resident of Dock Street)": one role is said once.
    names = ", ".join(c.name for c in shown[:-1]) + joiner + shown[-1].name
    every = "both" if len(shown) == 2 else "all"
    return f"{names} ({every} {role})" + (f", or {one_of}" if hidden else "")


def _shared_role(people: list[Speaker]) -> str | None:
    """The role every one of several people is listed with, when it is one and the same."""
    roles = {c.label[len(c.name) + 2 : -1] if c.label != c.name else "" for c in people}
    role = next(iter(roles)) if len(people) >= 2 and len(roles) == 1 else ""
    return role or None


def _not_found(
    query: str, quoted: list[Speaker], everyone: tuple[Speaker, ...], message: str, guess: bool = True
) -> QuoteResult:
    """No quotes for `query`: quoted people resembling it as suggestions ("did you mean")."""
    suggestions = _closest(query, quoted)
    close = [name for name in suggestions if _resembles(query, name, quoted)]
    if guess and close and "did you mean" not in message.lower():
        message = f"{message} Did you mean {close[0]}?"
    return QuoteResult(query, None, (), suggestions, message, quoted=everyone)


def _resembles(query: str, name: str, quoted: list[Speaker]) -> bool:
    speaker = next(s for s in quoted if s.name == name)
    return closeness(query, speaker) >= constants.QUOTE_SUGGESTION_RESEMBLANCE and near_miss(query, speaker)


def _said_by(
    analysis: _Analysis, query: str, source: Speaker, also: list[Speaker] | tuple[Speaker, ...] = ()
) -> QuoteResult:
    """`source`'s quotations; `also` names it otherwise ("China" of "Beijing"): the reply says where
    those are, its own kept apart as the article labels them."""
    said = tuple(q for q in analysis.quotes if q.speaker == source.name)
    others = " and ".join(f"“{s.name}”" for s in also)
    asks = ", ".join(f"/quote {s.name}" for s in also)
    return QuoteResult(query, source, said, message=f"Also quoted as {others}: {asks}." if also else None)


def _country_labels(sources: tuple[Speaker, ...], query: str) -> list[Speaker]:
    """The sources whose labels name the country `query` names, by any name ("Beijing", "China"): a
    reader typing the country wants what its capital said, and the other way round."""
    country = country_meant(query_words(query))
    if country is None:
        return []
    return [s for s in sources if s.kind != UNNAMED and country_meant(query_words(s.name)) == country]


def _said_by_country(analysis: _Analysis, query: str, labels: list[Speaker]) -> QuoteResult:
    """A country the article quotes under other names only ("Beijing" for /quote China): their
    quotations, in article order, the most quoted label speaking; the reply says which it writes."""
    names = {s.name for s in labels}
    said = tuple(q for q in analysis.quotes if q.speaker in names)
    used = " and ".join(f"“{name}”" for name in dict.fromkeys(q.speaker for q in said))
    return QuoteResult(query, labels[0], said, message=f"The article writes {used} for {query.strip()}.")


def _source_named(sources: tuple[Speaker, ...], query: str, exact: bool) -> Speaker | None:
    """The organisation or unnamed source `query` names: its label (exact), else the one source
    whose label holds every query word ("NatWest" for "a NatWest spokeswoman")."""
    words = _label_words(query)
    if not words:
        return None
    if exact:
        return next((s for s in sources if _label_words(s.name) == words), None)
    holding = _sources_holding(sources, query)
    return holding[0] if len(holding) == 1 else None


def _sources_holding(sources: tuple[Speaker, ...], query: str) -> list[Speaker]:
    """The organisations and unnamed sources whose label holds every word of `query`; failing that,
    with "spokesman", "spokeswoman" and "spokesperson" one word (who asks cannot know which the
    article used)."""
    words = set(_label_words(query))
    if not words:
        return []
    holding = [s for s in sources if words <= set(_label_words(s.name))]
    if holding:
        return holding
    return [s for s in sources if _spokes_folded(words) <= _spokes_folded(set(_label_words(s.name)))]


def _label_words(text: str) -> list[str]:
    """A query's or a source label's words, each word written short spelt out ("State Dept." is
    "State Department")."""
    return [lx.SHORT_NAME_WORDS.get(word, word) for word in query_words(text)]


_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())


def _spokes_folded(words: set[str]) -> set[str]:
    return set(_spokes_folded_list(list(words)))


def _spokes_folded_list(words: list[str]) -> list[str]:
    return ["spokesperson" if word in _SPOKESPEOPLE else word for word in words]


# Kinds a business or a club is called by after its name ("the company", "the club"). Not "the
# government" or "the council": a story quoting a firm names those as other bodies.
_BODY_KINDS = (
    frozenset("company firm group club team bank business corporation charity".split())
    | lx.ENSEMBLE_NOUNS
    | lx.TRADE_NOUNS
)


def _organisation_of_kind(analysis: _Analysis, query: str) -> Speaker | None:
    """ "the club" for the one organisation quoted that the article or the organisation calls so
    where it is quoted ("The company said", "“…,” the band said", "no place at our club"): news names
    a body once, then by its kind; other organisations quoted elsewhere leave it the one."""
    words = query_words(query)
    typed = query.split()
    if len(words) != 1 or words[0] not in _BODY_KINDS or typed[0].casefold() != "the":
        return None  # "Airlines" or "Federation" alone is a name being tried, not a kind
    organisations = [s for s in analysis.sources if s.kind == ORGANISATION]
    called = [o for o in organisations if _called_so(analysis, o, words[0])]
    return called[0] if len(called) == 1 else None


def _called_so(analysis: _Analysis, organisation: Speaker, kind: str) -> bool:
    """Whether the organisation's own words say "our <kind>", or "the <kind> said" stands in a
    paragraph quoting it."""
    if any(w in lx.ORG_NOUNS and w != kind for w in query_words(organisation.name)):
        return False  # "the ministry" is no firm, whatever its paragraph says of one
    quotes = [q for q in analysis.quotes if q.speaker == organisation.name]
    own = re.compile(rf"\bour {re.escape(kind)}\b", re.IGNORECASE)
    if any(own.search(q.text) for q in quotes):
        return True
    # Only "the company said", not any "the company" there: it may be another firm the story names.
    speaking = re.compile(rf"\bthe {re.escape(kind)}(?: also| \w+ly)? (\w+)", re.IGNORECASE)
    numbers = {q.paragraph for q in quotes}
    texts = [p.text for p in analysis.read.paragraphs if p.number in numbers]
    return any(hit[1].casefold() in lx.SPEECH_VERBS for text in texts for hit in speaking.finditer(text))


def _which_source(query: str, holding: list[Speaker], everyone: tuple[Speaker, ...]) -> QuoteResult:
    """Several sources' labels hold the query ("officials"): ask which one, as for two people."""
    shown = tuple(holding[: constants.AMBIGUOUS_SPEAKERS_SHOWN])
    message = f"{_echo(query)} could be {_options(holding)}. Which one?"
    return QuoteResult(query, None, (), tuple(s.name for s in shown), message, shown, quoted=everyone)


_PRONOUNS = frozenset("he she they it him her them his hers their theirs we us i me you".split())


def _nobody_message(query: str, article: Article) -> str:
    typed = query.strip()
    if typed.casefold() in _PRONOUNS and not (len(typed) > 1 and typed.isupper()):  # "US" is a country
        # "/quote he": whom it means depends on the sentence; "“He” is mentioned" would read as a name's.
        return f"{_echo(query)} is a pronoun: /quote takes a person's name."
    # A query of filler words only ("a", "of the") names nothing, however a sentence opens ("A ...").
    if _office(query):
        return _unheld_role_message(query, article)
    named = _name_in_text(query, article) if query_words(query) else None
    if named:
        # An organisation or a place the article names without quoting it ("the American Red
        # Cross"): "no one called ... is named" would be false.
        return f"“{named}” is mentioned in the article but never quoted directly."
    words = query_words(query)
    if words and all(w in lx.PLACES or w in lx.ORG_WORDS or w in lx.DEMONYMS for w in words):
        return f"No place or organisation called {_echo(query)} is quoted in this article."
    return f"No one called {_echo(query)} is named in this article."


def _unheld_role_message(query: str, article: Article) -> str:
    """A role no named person holds in the article. Written alone ("The prime minister has made it
    clear ...", never "Prime Minister Tony Blair"), its holder may well be quoted by name ("Mr
    Blair"), so "never quoted" would be false: the reply says how to ask."""
    role = _role_in_text(query, article)
    if role is None:
        return f"No one in this article is called {_echo(query)} or given that role."
    return f"The article mentions the role “{role}” without saying who holds it; ask for the person by name."


def _office(query: str) -> bool:
    """ "the prime minister", "council leader": a role a named person holds, ending the query; a
    spokesperson or a lawyer speaks for someone, an unnamed source of their own."""
    words = query_words(query)
    return bool(words) and lx.is_role_head(words[-1]) and words[-1] not in lx.REPRESENTATIVES | _SPOKESPEOPLE


def _role_in_text(query: str, article: Article) -> str | None:
    """The role `query` names as the article writes it, standing alone ("prime minister", "The Prime
    Minister"), not inside a longer title, another role ("Deputy Prime Minister"); else None."""
    found = _written(query, article)
    if found is None:
        return None
    text, words, spans = found
    alone = [(start, end) for start, end in spans if len(_whole_name(text, start, end).split()) <= len(words)]
    return text[alone[0][0] : alone[0][1]] if alone else None


def _written(query: str, article: Article) -> tuple[str, list[str], list[tuple[int, int]]] | None:
    """The article's text, the query's words (without "the") and where the text has them in a row,
    whatever their case; None when it does not."""
    words = re.findall(r"[\w'’.-]+", query)
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words:
        return None
    text = "\n".join([article.title] + [paragraph.text for paragraph in article.paragraphs])
    lowered = text.lower()
    if len(lowered) != len(text) or not all(word.lower() in lowered for word in words):
        return None  # most unknown names: nothing to search
    # Searched in the lower-cased text (a fast literal search), read in the text as written.
    # No leading \b: a pattern opening with a literal is searched far faster; the start is checked.
    pattern = re.compile(r" +".join(re.escape(w.lower()) for w in words) + r"\b")
    spans = [hit.span() for hit in pattern.finditer(lowered) if not _word_char(lowered, hit.start() - 1)]
    return text, words, spans


def _name_in_text(query: str, article: Article) -> str | None:
    """The article's own spelling of `query` where it writes it capitalised, as a name; else None."""
    found = _written(query, article)
    if found is None:
        return None
    text, words, spans = found
    names = [_whole_name(text, start, end) for start, end in spans if _capitalised(text[start:end].split())]
    if not names and spans and any(lx.is_role_head(word.casefold()) for word in words):
        # "council spokesperson": an unnamed source the article names by role without quoting it.
        return text[spans[0][0] : spans[0][1]]
    # The query as a whole name where the article has it so ("Cedar Ridge"), before a longer
    # name holding it ("Cedar Ridge High School").
    whole = [name for name in names if len(name.split()) == len(words)]
    if whole:
        return whole[0]
    return names[0] if names else None


def _word_char(text: str, at: int) -> bool:
    return at >= 0 and (text[at].isalnum() or text[at] == "_")


_NAME_JOINERS = frozenset("of for and the on de del la".split())


def _capitalised(words: list[str]) -> bool:
    """True for a name as written: capitalised words, joined by "of", "for", "and" ... inside
    ("Department of Transportation")."""
    inner = [w for w in words[1:-1] if w.casefold() not in _NAME_JOINERS]
    return all(word[:1].isupper() for word in [words[0], *inner, words[-1]])


def _whole_name(text: str, start: int, end: int) -> str:
    """The capitalised words around text[start:end] on its line ("red cross" in "the American Red
    Cross"), without a sentence's opening article."""
    before = capitalised_words_before(text, start)
    after = _CAPITALISED_AFTER.match(text, end, min(len(text), end + constants.NAME_REACH_CHARS))
    name = text[start - len(before) : after.end()].strip()
    return re.sub(r"^(?:The|A|An) +", "", name)


_CAPITALISED_AFTER = re.compile(r"(?: +[A-Z][\w'’-]*)*")


def _echo(query: str) -> str:
    """The user's query as the other notices quote it: in curly quotes, trimmed."""
    return f"“{query.strip()}”"


def _label(speaker: Speaker) -> str:
    return speaker.label


def _closest(query: str, quoted: list[Speaker]) -> tuple[str, ...]:
    """Quoted people, the ones resembling `query` first, then the most quoted (`quoted`'s order)."""

    def resemblance(speaker: Speaker) -> float:
        score = closeness(query, speaker)
        return score if score >= constants.QUOTE_SUGGESTION_RESEMBLANCE else 0.0

    ranked = sorted(quoted, key=lambda s: -resemblance(s))
    return tuple(s.name for s in ranked[: constants.QUOTE_SUGGESTIONS])


def complete_speakers(article: Article, partial: str, limit: int) -> list[str]:
    """Names for autocomplete, best match first, quoted people before people only named."""
    if limit <= 0:
        return []
    people = _offered(article)
    words = query_words(partial)
    if not words:
        return [_choice(s.name) for s in people[:limit]]
    ranked = []
    for index, speaker in enumerate(people):
        fit = _prefix_fit(words, speaker)
        if fit > 0:
            ranked.append((speaker.quotes == 0, -fit, index, speaker.name))
    ranked.sort()
    return [_choice(name) for *_, name in ranked[:limit]]


@lru_cache(maxsize=64)  # as _analyse: once per article, not on every keystroke of autocomplete
def _offered(article: Article) -> tuple[Speaker, ...]:
    """Who autocomplete may offer, in order: the quoted, the sources, then the people only named."""
    analysis = _analyse(article)
    quoted = tuple(s for s in analysis.speakers if s.quotes)
    named = tuple(s for s in analysis.speakers[len(quoted) :] if not _no_one(s, analysis))
    return quoted + analysis.sources + named


def _no_one(person: Speaker, analysis: _Analysis) -> bool:
    """A name never quoted that is the rest of a body's name in another person's role, where the
    registry split it off with the role's start as its own role: "Confederation" of "director
    general of the UK's Confederation of British Industry", "Action Studio" of "president of
    Climax's Action Studio". A name opening with a given name is someone's. So is no name shaped
    as a word of the writer's ("Separately", "Jackson-style"), nor, with no role, a place's."""
    if _no_name(person.name, bool(person.roles)):
        return True
    if not person.roles or is_given_name(fold(person.name.split()[0])):
        return False
    for other in analysis.speakers:
        for role in other.roles if other is not person else ():
            at = role.find(person.name)
            before = role[:at].rstrip()
            if at > 0 and before == person.roles[0] and _OWNED_NAME.search(before):
                return True
    return False


def _no_name(name: str, has_role: bool) -> bool:
    """A name shaped as an adverb opening a sentence ("Separately") or an adjective ("Janet
    Jackson-style"), or, given no role, as a place's or a league's ("Santa Monica", "La Liga",
    "Beverly Hills", "George Street"): never a person's."""
    words = fold(name).split()
    if len(words) == 1:
        # "New Jersey Gov. Chris Kessler": a title's abbreviation is no one's name.
        abbreviated = words[0] in _ABBREVIATED_TITLES
        return abbreviated or (words[0].endswith(_ADVERB_ENDS) and not is_given_name(words[0]))
    if words[-1].endswith(_ADJECTIVE_ENDS):
        return True
    return not has_role and (
        words[0] in _PLACE_FIRST_WORDS or words[-1] in _PLACE_LAST_WORDS or _opening_adverb(words[0])
    )


def _opening_adverb(word: str) -> bool:
    """ "Often Pipex and other net suppliers ...": an adverb opening a sentence, glued to the name
    after it, opens no one's name."""
    return (word in _OPENING_ADVERBS or word.endswith(_ADVERB_ENDS)) and not is_given_name(word)


_ABBREVIATED_TITLES = frozenset("adm capt col dr fr gen gov lt maj mr mrs ms mx prof rep rev sen sgt".split())
# "Santa Monica", "Las Vegas", "La Liga": words opening places' and leagues' names, no given names.
_PLACE_FIRST_WORDS = frozenset("santa san las los la el fort port mount lake saint".split())
# "Beverly Hills", "Jackson Hole", "George Street" ("Lane" and "Hill" are surnames too).
_PLACE_LAST_WORDS = frozenset("hills street road avenue square boulevard hole heights springs valley".split())
_ADJECTIVE_ENDS = ("-style", "-like", "-era", "-based")
# Adverbs opening news sentences that have no -ly ending to tell them.
_OPENING_ADVERBS = frozenset(
    "often sometimes meanwhile however instead still also already again soon later".split()
)
# "Separately", "Currently", "Reportedly"; not a nickname such as "Charly".
_ADVERB_ENDS = ("ately", "ently", "antly", "ally", "ously", "ively", "edly", "ibly", "ably", "fully", "ingly")


# A role ending in a possessor and the capitalised words of a name it owns: "the UK's", "the UK's
# Confederation of British", "Climax's": what follows is the rest of a body's name.
_OWNED_NAME = re.compile(r"[’']s(?: [A-Z][\w-]*)*(?: of(?: [A-Z][\w-]*)+)?$")


def _prefix_fit(words: list[str], speaker: Speaker) -> float:
    """How well typed words start or resemble the speaker's name, aliases and roles (0-100)."""
    targets = query_words(" ".join((speaker.name, *speaker.aliases, *speaker.roles)))
    targets += sorted(_spokes_folded(set(targets)) - set(targets))  # "spokesperson" for a spokeswoman
    targets += _typed_forms(targets)
    total = 0.0
    for word in _spokes_folded_list(words):
        best = 0.0
        for target in targets:
            if target.startswith(word):
                best = 100.0
                break
            if len(word) >= 3:
                best = max(best, fuzz.ratio(word, target[: len(word) + 1]), fuzz.ratio(word, target))
        if best < constants.QUOTE_SUGGESTION_RESEMBLANCE:
            return 0.0
        total += best
    return total / len(words)


def _typed_forms(targets: list[str]) -> list[str]:
    """Forms a user types for a name word: "obrien" for "o'brien" (no apostrophe), and each part of
    a hyphenated name ("ashcombe" of "vanderbilt-ashcombe")."""
    forms = [target.replace("'", "") for target in targets if "'" in target]
    forms += [part for target in targets if "-" in target for part in target.split("-")[1:] if part]
    return forms


def _choice(name: str) -> str:
    return (
        name
        if len(name) <= constants.AUTOCOMPLETE_CHOICE_CHARS
        else name[: constants.AUTOCOMPLETE_CHOICE_CHARS - 1] + "…"
    )


__all__ = [
    "Quote",
    "QuoteResult",
    "Speaker",
    "SpeakerList",
    "complete_speakers",
    "extract_paraphrases",
    "extract_quotes",
    "find_person",
    "find_quotes",
    "list_people",
    "list_speakers",
    "read_note",
]
