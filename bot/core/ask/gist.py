"""Questions about the article as a whole ("What happened?", "What is this about?") and questions
that name nothing to look for ("Why?", "Who is he?"): told apart before any ranking.
"""

from __future__ import annotations

import re

from bot.core.language.text import STOPWORDS, words

# Words that may stand around a request for the gist without changing it ("so what is this story
# all about, please?"), and the words that make the request ("What is it?" makes none).
_GIST_FRAME = frozenset(
    "what so please the this that it is was s a an can could you give me us in all more short brief "
    "briefly quick quickly on".split()
)
_GIST_ASKS = frozenset(
    "happened happening going about story article piece news tell summary summarise summarize tldr tl "
    "dr gist overview".split()
)


# Questions about the article itself made of function words alone ("Where is this from?", "When is it
# from?", "Who is this by?"): the dateline and the byline answer them (ask.framing), no refusal.
_ABOUT_THE_ARTICLE = re.compile(
    r"^\s*(?:(?:where|when)\s+(?:is|was)\s+(?:this|it)\s+from|who\s+(?:is|was)\s+(?:this|it)\s+by)\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# "Who is quoted in this article?", "Who does the story quote?", "Which people spoke?": who speaks in
# the article, the quote engine's list, not a sentence holding the word "quoted".
# "Who are the speakers?", "list the speakers" (a Discord user's words for /speakers) ask the same.
_QUOTED_ASKS = frozenset("quoted quote quotes speaks spoke speak talks interviewed speakers".split())
_QUOTED_FRAME = _GIST_FRAME | frozenset(
    "who which people person persons sources are were does do did gets got get article story piece report "
    "by here directly list name show".split()
)
_QUOTED_ASKERS = frozenset("who which list name show".split())

NAMES_NOTHING = "That question doesn't say who or what it is about: add a name, a place or a subject."


def asks_for_gist(question: str) -> bool:
    """True for "What happened?", "what's this article about", "tell me more", "tl;dr": every word
    is a request for the gist or the frame around one, and the question names no subject."""
    asked = _folded(question)
    return bool(asked & _GIST_ASKS) and asked <= _GIST_FRAME | _GIST_ASKS


# "Why does it matter?", "What does this mean?", "why should I care", "what's the big deal": the news
# as a whole asked about, for what it means. Its words name nothing the article could lack ("matter" is
# no missing thing); the story's key sentence is the nearest the article comes to an answer.
_SIGNIFICANCE_FRAME = _GIST_FRAME | frozenset("why does do did should would we i big deal story news".split())
_SIGNIFICANCE_ASKS = frozenset(
    "matter matters important importance significant significance mean means meaning implications "
    "care".split()
)
_BIG_DEAL = frozenset({"big", "deal"})  # "the deal" alone may be one the article reports


def asks_why_it_matters(question: str) -> bool:
    """True for "Why does it matter?", "What does this mean?", "Why should I care?": every word asks
    what the news means or frames that request, and the question names no subject of its own."""
    asked = _folded(question)
    asks = bool(asked & _SIGNIFICANCE_ASKS) or asked >= _BIG_DEAL
    return asks and asked <= _SIGNIFICANCE_FRAME | _SIGNIFICANCE_ASKS


def asks_who_is_quoted(question: str) -> bool:
    """True for "Who is quoted?", "who does the article quote", "Which people spoke?": a question
    about who speaks in the article as a whole, naming no one and nothing else."""
    asked = _folded(question)
    return (
        bool(asked & _QUOTED_ASKS) and bool(asked & _QUOTED_ASKERS) and asked <= _QUOTED_FRAME | _QUOTED_ASKS
    )


def names_nothing(question: str) -> bool:
    """True when every word of `question` is a function word ("Why?", "Who is he?", "When was it?"):
    there is nothing in it to look for."""
    return _folded(question) <= STOPWORDS and not _ABOUT_THE_ARTICLE.match(question)


def _folded(question: str) -> set[str]:
    """The question's words, folded, with a clitic 's dropped ("what's" is "what")."""
    return {w.casefold().removesuffix("'s").removesuffix("’s") for w in words(question)}
