"""What each query word is taken to mean: itself, one clearly best correction, or nothing.

A word with no match is corrected only when one article word is clearly what was meant;
a real English word absent from the article ("county" for "country") is never a typo.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.core import constants
from bot.core.language.stemming import family
from bot.core.search import commonwords
from bot.core.search.index import ArticleIndex, TermMatch
from bot.core.search.query import QueryWord

_WHOLE = frozenset({"exact", "stem", "family"})


@dataclass(frozen=True, slots=True)
class Searched:
    """A query word as typed and as searched (the article's spelling when it was corrected)."""

    typed: str
    searched: str
    corrected: bool = False


@dataclass(frozen=True, slots=True)
class Resolved:
    """The words to search, how to echo them, the words left out and what to suggest instead."""

    words: list[QueryWord]
    searched: tuple[Searched, ...]
    ignored: tuple[str, ...]
    suggestions: tuple[str, ...]


def resolve(index: ArticleIndex, content: list[QueryWord]) -> Resolved:
    """Each content word kept, corrected or left out."""
    kept: list[QueryWord] = []
    searched: list[Searched] = []
    ignored: list[str] = []
    suggestions: list[str] = []
    for word in content:
        own = _own_matches(word)
        if own:
            kept.append(QueryWord(word.word, own, False, word.typed))
            searched.append(Searched(word.typed, word.typed))
            continue
        correction, options = _correction(index, word)
        if correction is None:
            ignored.append(word.typed)
            suggestions += [o for o in options if o not in suggestions]
            continue
        term, spelling = correction
        kept.append(QueryWord(term, index.vocabulary.expand(term), False, spelling))
        searched.append(Searched(word.typed, spelling, corrected=True))
    return Resolved(
        kept, tuple(searched), tuple(ignored), tuple(suggestions[: constants.SEARCH_MAX_SUGGESTIONS])
    )


def _own_matches(word: QueryWord) -> tuple[TermMatch, ...]:
    """The word's matches that are not typos; a common English word keeps to its own forms
    ("mean" is not a prefix of "meanwhile")."""
    own = tuple(m for m in word.matches if m.kind != "typo")
    if all(m.kind in _WHOLE for m in own):
        return own  # nothing to drop: the word list is not even loaded
    if commonwords.is_common(word.word):
        return tuple(m for m in own if m.kind in _WHOLE)
    return own


def _correction(index: ArticleIndex, word: QueryWord) -> tuple[tuple[str, str] | None, list[str]]:
    """(term, spelling) when one article word is clearly what was meant; else options to suggest."""
    vocabulary = index.vocabulary
    common = commonwords.is_common(word.word)
    typos = [m.term for m in word.matches if m.kind == "typo"]
    if typos and not common:
        distances = {term: OSA.distance(word.word, term) for term in typos}
        best = min(distances.values())
        closest = sorted((t for t, d in distances.items() if d == best), key=lambda t: -vocabulary.df[t])
        if len({family(t) for t in closest}) == 1:  # "Singapore" and "Singapore's" are one meaning
            return (closest[0], vocabulary.spellings(closest[0])[0]), []
        return None, [vocabulary.spellings(t)[0] for t in closest]
    options = vocabulary.suggest(word.word)
    spellings = [spelling for _, spelling, _ in options]
    if not options or common:
        return None, spellings
    (term, spelling, similarity), rest = options[0], options[1:]
    margin = similarity - (rest[0][2] if rest else 0.0)
    if (
        similarity >= constants.SEARCH_AUTOCORRECT_SIMILARITY
        and margin >= constants.SEARCH_AUTOCORRECT_MARGIN
    ):
        return (term, spelling), []
    return None, spellings
