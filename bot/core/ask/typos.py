"""Typos of plain English words ("who qualifed second", "who found the boddy"): a lower-case word no
word list knows, one slip of the keyboard from a common word the article uses in some form, is read as
that word before anything is looked up. Otherwise it would be taken for a name the article lacks
("The article doesn't mention qualifed.") while the article says "qualifying".

Only a slip after the first letter counts (people seldom mistype the first one, and a surname such as
"kerry" is one first letter from "berry"), and only in words long enough to carry one slip.
"""

from __future__ import annotations

import re
import string

from bot.core import constants
from bot.core.ask.forms import is_name_word, is_news_name, is_unlisted_word
from bot.core.language.stemming import stem
from bot.core.quotes.givennames import is_given_name
from bot.core.search.commonwords import is_common, is_common_british
from bot.core.search.index import ArticleIndex, Vocabulary

# A word with its apostrophes: "doesn't" is no typo of "does".
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# A stem this short matches too much ("caned" and "can"): a shorter one must be the word itself.
_SHORTEST_SHARED_STEM = 5


def with_corrected_typos(index: ArticleIndex, question: str) -> str:
    """`question` with each lower-case typo of a common word the article uses respelled as that word."""
    return _WORD.sub(lambda match: _corrected(index, match.group()), question)


def _corrected(index: ArticleIndex, typed: str) -> str:
    if not _may_be_typo(index, typed):
        return typed
    meant = [word for word in _one_slip(typed) if is_common(word) and _plain_in_article(index, word)]
    if not meant:
        return typed
    # Two words the article uses one slip away ("caled": called, cared): the one it uses most.
    counts = sorted(((_uses(index, word), word) for word in set(meant)), reverse=True)
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return typed
    return counts[0][1]


def _may_be_typo(index: ArticleIndex, typed: str) -> bool:
    """True for a lower-case word no list knows, of a common word or a name, that the article lacks."""
    return (
        typed.isalpha()
        and typed.islower()
        and len(typed) >= constants.SEARCH_ONE_TYPO_FROM
        and not is_common(typed)
        and not is_common_british(typed)
        and not is_name_word(typed)
        and not is_news_name(typed)
        and not is_unlisted_word(typed)
        and not is_given_name(typed)
        and not _has(index, typed)
        # "auther" already finds the article's "author" as the search's typo: nothing to mend.
        and not index.vocabulary.expand(typed)
    )


def _one_slip(word: str) -> list[str]:
    """Every word one letter dropped, doubled in, changed or swapped with the next away, the first
    letter kept."""
    head, tail = word[0], word[1:]
    splits = [(tail[:i], tail[i:]) for i in range(len(tail) + 1)]
    letters = string.ascii_lowercase
    dropped = [a + b[1:] for a, b in splits if b]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changed = [a + c + b[1:] for a, b in splits if b for c in letters]
    added = [a + c + b for a, b in splits for c in letters]
    slips = {head + w for w in (*dropped, *swapped, *changed, *added) if w != tail}
    # "minis" is a plural the list lacks, not a slip of "mini".
    return sorted(slips - {word[:-1]}) if word.endswith("s") else sorted(slips)


def _has(index: ArticleIndex, word: str) -> bool:
    """True when the article writes `word` or another inflection of it."""
    return word in index.vocabulary.df or bool(index.vocabulary.by_stem.get(stem(word), ()))


def _plain_in_article(index: ArticleIndex, word: str) -> bool:
    """True when the article writes `word` (or an inflection sharing a long enough stem) as a plain
    word, not as a name: "scandinavia" is no slip of the article's "Scandinavian"."""
    vocabulary = index.vocabulary
    root = stem(word)
    terms = [word] if word in vocabulary.df else []
    if len(root) >= _SHORTEST_SHARED_STEM:
        terms.extend(vocabulary.by_stem.get(root, ()))
    return any(not _as_name(vocabulary, term) for term in terms)


def _as_name(vocabulary: Vocabulary, term: str) -> bool:
    """True when the article writes `term` as a name (mostly or always capitalised)."""
    return vocabulary.is_name(term) or all(s[:1].isupper() for s in vocabulary.spellings(term))


def _uses(index: ArticleIndex, word: str) -> int:
    """How many paragraphs use `word` in any inflection."""
    terms = {word, *index.vocabulary.by_stem.get(stem(word), ())}
    return sum(index.vocabulary.df.get(term, 0) for term in terms)
