"""The command layer: one plain function per bot command, shared by the CLI and Discord.

Each function validates what the user typed, calls one engine and returns a result
dataclass with a `to_dict()` that is the stable JSON contract of `--json`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core import constants
from bot.core.article import Article
from bot.core.ask import answers as ask_answers
from bot.core.ask.gist import NAMES_NOTHING, asks_for_gist, names_nothing
from bot.core.errors import ArticleError, ArticleNotChosen, QueryError
from bot.core.language.lexicon import ARTICLES
from bot.core.language.text import counted, words
from bot.core.query import clean_query, unquoted
from bot.core.quotes import engine as quotes
from bot.core.quotes import passages as quote_passages
from bot.core.search import engine as search
from bot.core.search.query import paragraph_references
from bot.core.summary import engine as summary_engine

Summary = summary_engine.Summary
Quote = quotes.Quote
QuoteResult = quotes.QuoteResult
SpeakerList = quotes.SpeakerList
quotes_read_note = quotes.read_note
nobody_quoted_note = quotes.nobody_quoted_note
passages = quote_passages.passages  # a quotation broken by its attribution shown as one
passage_text = quote_passages.passage_text
quotes_heading = quote_passages.quotes_heading
LookupResult = search.LookupResult
Answer = ask_answers.Answer
Source = ask_answers.Source
NOT_DIRECT = ask_answers.NOT_DIRECT
not_mentioned = ask_answers.not_mentioned

# What the number options take, as a refusal says it ("Ask for 1 to 10 results."); the CLI says
# the same to a number it cannot read, with an example.
SENTENCES_RANGE = f"ask for {constants.SUMMARY_MIN_SENTENCES} to {constants.SUMMARY_MAX_SENTENCES} sentences"
RESULTS_RANGE = f"ask for 1 to {constants.LOOKUP_MAX_LIMIT} results"
PAGES_RANGE = "pages are numbered from 1"


@dataclass(frozen=True, slots=True)
class About:
    article: str
    title: str
    source: str
    paragraphs: int
    sentences: int
    words: int
    captions: int
    speakers: tuple[quotes.Speaker, ...]

    @property
    def paragraphs_counted(self) -> str:
        """ "37 paragraphs (9 captions)", or "6 paragraphs" when none is a caption (no "(0 captions)")."""
        counted_paragraphs = counted(self.paragraphs, "paragraph")
        if not self.captions:
            return counted_paragraphs
        return f"{counted_paragraphs} ({counted(self.captions, 'caption')})"

    def to_dict(self) -> dict:
        return {
            "article": self.article,
            "title": self.title,
            "paragraphs": self.paragraphs,
            "sentences": self.sentences,
            "speakers": [s.to_dict() for s in self.speakers],
        }


def summary(article: Article, sentences: int = constants.SUMMARY_DEFAULT_SENTENCES) -> Summary:
    """The article's most important sentences, in article order."""
    low, high = constants.SUMMARY_MIN_SENTENCES, constants.SUMMARY_MAX_SENTENCES
    if not _whole_between(sentences, low, high):
        raise _out_of_range(SENTENCES_RANGE)
    return summary_engine.summarize(_checked(article), sentences)


def quote(article: Article, speaker: str) -> QuoteResult:
    """Every direct quotation by the person `speaker` names (surname, title, typo...)."""
    return quotes.find_quotes(_checked(article), unquoted(clean_query(speaker, "speaker name")))


def quote_among(articles: Sequence[Article], speaker: str) -> tuple[Article, QuoteResult]:
    """`quote` of the first article, unless it finds no one the name fits: then of the first other
    article that quotes someone it fits (a /quote put to several articles with none chosen). Quoted in
    none: the article naming them, else the one whose text holds the name; in none of them, the reply
    says so of all ("No one called “Merkel” is named in any of the 2 loaded articles.")."""
    first = articles[0]
    result = quote(first, speaker)
    if result.candidates or (result.speaker is not None and _named_as_typed(result, speaker)):
        return first, result
    # No one, or someone whose name only resembles it ("Penhallow" for "Pellow"): one another
    # article names as typed is likelier meant.
    found = [(first, result)]
    for article in articles[1:]:
        other = quote(article, speaker)
        if other.speaker is not None and other.quotes and _named_as_typed(other, speaker):
            return article, other
        found.append((article, other))
    return _best_unquoted(found, speaker)


def _best_unquoted(found: list[tuple[Article, QuoteResult]], speaker: str) -> tuple[Article, QuoteResult]:
    """Of several articles none of which quotes `speaker` as typed, the reply that says most: someone
    named as typed (never quoted), someone the name resembles (quoted first), someone's suggestion, an
    article whose text holds the name (its own message: a place, an organisation, a pronoun); else the
    first, saying that no article names them."""
    tiers = (
        lambda r: r.speaker is not None and _named_as_typed(r, speaker),
        lambda r: r.speaker is not None and bool(r.quotes),
        lambda r: r.speaker is not None or r.candidates,
        lambda r: _QUOTE_GUESS in (r.message or ""),
    )
    for tier in tiers:
        for article, result in found:
            if tier(result):
                return article, result
    typed = set(words(speaker.casefold())) - ARTICLES
    for article, result in found:
        if typed and typed <= _article_words(article):
            return article, result
    first, result = found[0]
    if len(found) == 1 or "article" not in (result.message or ""):  # "“he” is a pronoun: ..." holds for all
        return first, result
    message = f"No one called “{result.query}” is named {_IN_NONE} {len(found)} loaded articles."
    # "Quoted in this article: ..." would list one article's people, of several asked.
    return first, replace(result, message=message, quoted=(), suggestions=())


_IN_NONE = "in any of the"  # "No one called “Merkel” is named in any of the 3 loaded articles."


def named_in_none(result: QuoteResult) -> bool:
    """The reply of quote_among saying that none of the loaded articles names the person: about all of
    them, so a shell names no one article beside it."""
    return f"is named {_IN_NONE} " in (result.message or "")


_QUOTE_GUESS = "Did you mean"  # how the quote engine offers a quoted person the name resembles


def _article_words(article: Article) -> set[str]:
    return set(words(" ".join((article.title, *(p.text for p in article.paragraphs))).casefold()))


def _named_as_typed(result: QuoteResult, typed: str) -> bool:
    """Every word typed is a word of the speaker found: their name, another name or a role."""
    found = result.speaker
    known = set(words(" ".join((found.name, *found.aliases, *found.roles)).casefold()))
    # "the harbourmaster" names the harbourmaster as typed
    return set(words(typed.casefold())) - ARTICLES <= known


def speakers(article: Article) -> SpeakerList:
    """Who is quoted and how often, most quoted first."""
    return quotes.list_speakers(_checked(article))


def complete_speaker(
    article: Article, partial: str, limit: int = constants.AUTOCOMPLETE_CHOICES
) -> list[str]:
    """Speaker names for autocomplete, best match for `partial` first; never raises on input."""
    try:
        partial = clean_query(partial, "speaker name")
    except QueryError:
        partial = ""
    if not _is_whole(limit) or limit < 1:
        limit = constants.AUTOCOMPLETE_CHOICES
    return quotes.complete_speakers(_checked(article), partial, limit)


def lookup(
    article: Article, keyword: str, limit: int = constants.LOOKUP_DEFAULT_LIMIT, page: int = 1
) -> LookupResult:
    """Page `page` (of `limit` hits) of the paragraphs that mention `keyword`, best first, with
    how many match in all; "¶9" shows paragraph 9. Typos tolerated; empty if nothing matches."""
    return _search(article, keyword, limit, page_start(limit, page))


def page_start(limit: int, page: int) -> int:
    """How many hits come before page `page` of `limit` hits (both checked as `lookup` checks them)."""
    _check_limit(limit)
    if not _is_whole(page) or page < 1:
        raise _out_of_range(PAGES_RANGE)
    return (page - 1) * limit


def lookup_all(article: Article, keyword: str, limit: int = constants.LOOKUP_DEFAULT_LIMIT) -> LookupResult:
    """Every hit (up to LOOKUP_MAX_HITS), for a shell that turns the pages itself, `limit` to a page
    (checked as `lookup` checks it)."""
    _check_limit(limit)
    return _search(article, keyword, constants.LOOKUP_MAX_HITS)


def lookup_among(
    articles: Sequence[Article], keyword: str, limit: int = constants.LOOKUP_DEFAULT_LIMIT
) -> tuple[Article, LookupResult]:
    """`lookup_all` of the first article writing the keyword as typed, else of the first holding it
    with no word corrected or left out, else of the first holding any of it (a /lookup put to several
    articles with none chosen); held by none, the first's reply says so of all ("Nothing in the 3
    loaded articles matches “pizza”."). "¶9" names a paragraph of no article: ArticleNotChosen."""
    _check_limit(limit)
    if len(articles) > 1 and paragraph_references(keyword) is not None:
        raise ArticleNotChosen([article.id for article in articles])
    found: list[tuple[Article, LookupResult]] = []
    for article in articles:  # one by one: an article writing it as typed ends the search unread past it
        result = lookup_all(article, keyword, limit)
        if _written_as_typed(result):
            return article, result
        found.append((article, result))
    for wanted in (_uncorrected, _hits):
        for article, result in found:
            if wanted(result):
                return article, result
    first, result = found[0]
    if len(found) == 1 or result.message:  # "“the” is too common to look up" holds for all
        return first, result
    message = f"Nothing in the {len(found)} loaded articles matches “{result.query}”. {_OTHER_WORDS}"
    return first, replace(result, message=message, suggestions=())


# The remedy for a lookup no loaded article matches: a word of another form or a shorter one may.
_OTHER_WORDS = "Try a shorter or different word."


def _written_as_typed(result: LookupResult) -> bool:
    """Some hit writes the keyword letter for letter ("senate", not only "senat" within a typo's reach)."""
    typed = result.query.casefold()
    return (
        result.corrected is None
        and not result.ignored
        and any(typed in h.text.casefold() for h in result.hits)
    )


def _uncorrected(result: LookupResult) -> bool:
    return bool(result.hits) and result.corrected is None and not result.ignored


def _hits(result: LookupResult) -> bool:
    return bool(result.hits)


def _check_limit(limit: int) -> None:
    if not _whole_between(limit, 1, constants.LOOKUP_MAX_LIMIT):
        raise _out_of_range(RESULTS_RANGE)


def _search(article: Article, keyword: str, hits: int, start: int = 0) -> LookupResult:
    """`hits` hits from the `start`th on; the article and keyword checked as every lookup checks them."""
    return search.lookup(_checked(article), unquoted(clean_query(keyword, "keyword")), hits, start)


def ask(article: Article, question: str) -> Answer:
    """The sentence that answers `question`, or no answer when the article does not say."""
    question = clean_query(question, "question")
    if names_nothing(question) and not asks_for_gist(question):
        raise QueryError(NAMES_NOTHING)  # "Why?": a remedy, not an answer
    numbers = paragraph_references(question)
    if numbers is not None:  # "¶3" was "The article doesn't mention 3."
        raise QueryError(_read_with_lookup(numbers))
    from bot.core.ask import engine as answer_engine  # imported on the first question (start-up)

    return answer_engine.answer_question(_checked(article), question)


def _read_with_lookup(numbers: tuple[int, ...]) -> str:
    """ "To read paragraph 3, use /lookup ¶3.", of one reference or several."""
    if len(numbers) == 1:
        return f"To read paragraph {numbers[0]}, use /lookup ¶{numbers[0]}."
    cited = " ".join(f"¶{n}" for n in numbers[:_CITED_AT_MOST])
    if len(numbers) > _CITED_AT_MOST:
        return f"To read those paragraphs, use /lookup with them: /lookup {cited} …"
    listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
    return f"To read paragraphs {listed}, use /lookup {cited}."


_CITED_AT_MOST = 5  # paragraph numbers echoed back in the remedy


def ask_among(articles: Sequence[Article], question: str) -> tuple[Article, Answer]:
    """`ask` of the first article, unless it never mentions what the question names: then of the first
    other one that answers it, else the first that holds a passage close to it. A question put to
    several articles with none chosen (a mention) is answered from the article it is about."""
    first = articles[0]
    answer = ask(first, question)
    if answer.tier < 3 or not answer.missing:
        return first, answer
    closest: tuple[Article, Answer] | None = None
    lacking = 1  # the articles that never mention what the first lacks
    for article in articles[1:]:
        other = ask(article, question)
        if other.tier == 1:
            return article, other
        if other.tier == 2 and closest is None:
            closest = (article, other)
        lacking += other.tier == 3 and set(answer.missing) <= set(other.missing)
    if closest is None and lacking == len(articles):  # "None of the 3 loaded articles mentions Merkel."
        return first, replace(answer, missing_from=lacking)
    return closest or (first, answer)


def about(article: Article) -> About:
    """What the article is and who is quoted in it."""
    article = _checked(article)
    captions = sum(1 for p in article.paragraphs if p.is_caption)
    return About(
        article=article.id,
        title=article.title,
        source=article.source,
        paragraphs=len(article.paragraphs),
        sentences=len(article.sentences),
        words=article.word_count,
        captions=captions,
        speakers=quotes.list_speakers(article).speakers,
    )


def _is_whole(value: object) -> bool:
    """An int and not a bool (True is 1 to Python, not to a user): 3.7 or "3" are refused."""
    return isinstance(value, int) and not isinstance(value, bool)


def _whole_between(value: object, low: int, high: int) -> bool:
    return _is_whole(value) and low <= value <= high


def _out_of_range(what_it_takes: str) -> QueryError:
    return QueryError(f"{what_it_takes[:1].upper()}{what_it_takes[1:]}.")


def _checked(article: object) -> Article:
    if not isinstance(article, Article):
        raise ArticleError(f"Expected a parsed article, not {type(article).__name__}: use load_article().")
    return article


@dataclass(frozen=True, slots=True)
class Passage:
    """One paragraph of the article, whole: what a reader opens from a citation."""

    paragraph: int
    text: str
    is_caption: bool = False

    def to_dict(self) -> dict:
        return {"paragraph": self.paragraph, "text": self.text, "is_caption": self.is_caption}


def paragraph(article: Article, number: int) -> Passage:
    """Paragraph `number` in full; QueryError when the article has no such paragraph."""
    article = _checked(article)
    if not _is_whole(number):
        raise QueryError("A paragraph is given by its number, e.g. 12.")
    found = next((p for p in article.paragraphs if p.number == number), None)
    if found is None:
        last = article.paragraphs[-1].number if article.paragraphs else 0
        raise QueryError(search.no_paragraph(number, last))
    return Passage(found.number, found.text, found.is_caption)
