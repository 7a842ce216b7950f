"""A name typed without its accents ("Jose Munoz", "Bjork", "Sao Paulo") is the article's "José Muñoz",
"Björk", "São Paulo": a keyboard without them types the plain letters. The index folds accents away, but
the readers that match a name in a sentence's own text ("said her manager, José Muñoz" for "Who is
Munoz?") need the name as the article writes it, so the question is respelled the article's way first."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from bot.core.language.text import fold
from bot.core.search.index import ArticleIndex

# A word holding a letter beyond ASCII ("Muñoz", "São"; lazy from a word's start: a pattern opening on
# a greedy "\w*" retries at every letter, slower by half on a long article), and a word as typed on an
# ASCII keyboard.
_ACCENTED = re.compile(r"(?<!\w)\w*?[^\x00-\x7f\W]\w*")
_TYPED = re.compile(r"[A-Za-z]{3,}")

_WRITTEN: WeakKeyDictionary[ArticleIndex, dict[str, str]] = WeakKeyDictionary()


def accented_forms(index: ArticleIndex) -> dict[str, str]:
    """The article's accented words by their plain form ("munoz" -> "Muñoz"), read once per article;
    a word the article also writes plain ("Jose" beside "José") is left as typed."""
    forms = _WRITTEN.get(index)
    if forms is None:
        text = "\n".join(p.text for p in index.paragraphs)
        forms = {}
        if not text.isascii():
            for word in set(_ACCENTED.findall(text)):
                forms.setdefault(fold(word), word)
            forms = {k: v for k, v in forms.items() if k.isascii() and not _written_plain(text, k)}
        _WRITTEN[index] = forms
    return forms


def _written_plain(text: str, word: str) -> bool:
    """True when the article writes `word` (folded) plain too, in lower case, capitalised or in capitals;
    found by substring search (a case-blind pattern over a long article costs a hundred times more)."""
    for form in {word, word.capitalize(), word.upper()}:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
                return True
            at = text.find(form, at + 1)
    return False


def with_article_accents(index: ArticleIndex, question: str) -> str:
    """`question` with each word typed plain that the article writes only with accents respelled the
    article's way ("Who is Jose Munoz?" -> "Who is José Muñoz?"), a word typed in lower case kept so."""
    forms = accented_forms(index)
    if not forms:
        return question
    return _TYPED.sub(lambda m: _accented(forms, m.group()), question)


def _accented(forms: dict[str, str], typed: str) -> str:
    written = forms.get(typed.casefold())
    if written is None:
        return typed
    return written if typed[:1].isupper() else written.lower()
