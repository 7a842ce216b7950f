""" "Who is Rhian Beynon?" of an article that only says "Rhian Beynon of the JCWI said" or "Moazzam
Begg, from Birmingham,": news copy says whom a person speaks for, or where they come from, right after
the name. The answer names the body in full where the article spells its acronym out.
"""

from __future__ import annotations

import re

from bot.core.article import Article, Sentence
from bot.core.ask.answers import Answer, cite
from bot.core.ask.spellings import other_form
from bot.core.language.lexicon import DEMONYMS, ORG_NOUNS, ORG_WORDS, SPEECH_VERBS
from bot.core.search.index import build_index, query_words

# A capitalised name of a body or a place, with the small words inside such names ("Joint Council for
# the Welfare of Immigrants", "Bank of England").
_BODY = r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|the|and|&|de)\s+)*[A-Z][\w&.’'-]*)*"


def affiliation(article: Article, question: str, name: str) -> Answer | None:
    """ "Rhian Beynon is from the Joint Council for the Welfare of Immigrants (JCWI).", cited by the
    first sentence writing the name followed by "of" or "from" and a capitalised name; None when none
    does."""
    parts = r"\s+".join(re.escape(part) for part in name.split())
    pattern = re.compile(rf"\b(?i:{parts})(?:,\s+|\s+)(?:of|from)\s+(?P<body>{_BODY})")
    for sentence in _naming(article, name):
        found = pattern.search(sentence.text)
        if found is None:
            continue
        body = _spelled(article, _with_noun(sentence.text, found).rstrip(".’'"))
        source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], sentence.text)
        return Answer(question, f"{name} is from {body}.", (source,), 1.0, "person")
    return None


def _with_noun(text: str, found: re.Match) -> str:
    """ "of the UK-based charity Oxfam", "of the Dutch aid group Helpwell": a body named after a
    modifier and a common noun in lower case is named whole, not cut at the modifier ("the UK-based")."""
    body = found.group("body")
    last = body.split()[-1]
    if not (_MODIFIER_END.search(last) or last.casefold() in DEMONYMS):
        return _with_kind(text, found)
    more = _NOUN_THEN_BODY.match(text, found.end("body"))
    if more is None or any(word in SPEECH_VERBS for word in more.group("nouns").split()):
        return body
    return f"{body} {more.group('nouns')} {more.group('body')}"


def _with_kind(text: str, found: re.Match) -> str:
    """ "of the Hajo assembly", "of WESH 2 news", "of the Kelby city council": a name followed by the
    kind of body it is in lower case (and a channel's number) is named with that kind, not cut at the
    name ("from the Hajo")."""
    body = found.group("body")
    after = _BODY_KIND.match(text, found.end("body"))
    if after is None:
        return body
    kinds = after.group("kinds").split()
    while kinds and kinds[-1] not in _KIND_WORDS:
        kinds.pop()
    if not kinds or not all(word in _KIND_WORDS for word in kinds):
        return body
    return f"{body}{after.group('number') or ''} {' '.join(kinds)}"


# Lower-case words naming a kind of body ("assembly", "council", "news", "party", "university"), not
# the words of that list that also read as others ("who", "east", "post", "times", "world").
_NOT_KINDS = frozenset(
    "who east west north south middle world post mail times war games cup".split()
    + "force forces fund guard front".split()
)
_KIND_WORDS = (ORG_WORDS | ORG_NOUNS) - DEMONYMS - _NOT_KINDS
# A channel's number, then one or two lower-case words: " 2 news", " assembly", " city council".
_BODY_KIND = re.compile(r"(?P<number>\s+\d{1,3})?\s+(?P<kinds>[a-z]+(?:\s+[a-z]+)?)\b(?![’'-])")


# A compound adjective that sets a body in a place or under someone ("UK-based", "state-run").
_MODIFIER_END = re.compile(r"-(?:based|run|backed|owned|funded|led)$")
# One to three lower-case words, then a capitalised name: "charity Oxfam", "aid group Helpwell".
_NOUN_THEN_BODY = re.compile(rf"\s+(?P<nouns>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+(?P<body>{_BODY})")


def _naming(article: Article, name: str) -> tuple[Sentence, ...]:
    """The body sentences of paragraphs holding a word of `name`, found through the index's postings:
    the pattern is not run over every sentence of a 10,000-paragraph article."""
    index = build_index(article)
    terms = query_words(name, index.vocabulary.df)
    if not terms:
        return article.body_sentences
    paragraphs = {index.sentences[p].paragraph for p in index.sentences_holding(terms)}
    return tuple(s for s in article.body_sentences if s.paragraph in paragraphs)


def _spelled(article: Article, body: str) -> str:
    """ "the JCWI" as "the Joint Council for the Welfare of Immigrants (JCWI)" where the article spells
    the acronym out; else as written."""
    the, _, acronym = body.rpartition(" ")
    if not (len(acronym) > 1 and acronym.isupper() and the in ("", "the")):
        return body
    expansion = other_form(build_index(article), acronym)
    if not expansion or " " not in expansion:
        return body
    return f"the {expansion} ({acronym})"
