"""For "What was the score?" about a match: the sentence giving the scoreline ("beating Kingsbridge
Town 2-1"), not one where someone "scored" (the question's noun and that verb share a stem); for
"What was the half-time score?", the scoreline the report gives at the break.
"""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.article import Article, Sentence
from bot.core.ask.answers import Answer, cite, sentence_reply
from bot.core.ask.candidates import Candidate
from bot.core.ask.framing import headline_answer
from bot.core.language.text import STOPWORDS, words

# "What was the score?", "what was the final score", "What's the scoreline" (alone: the match the
# story reports; with a tail, "... in the Fleetwood game", the ranking finds which match).
_ASKS_SCORE = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was|were))\s+the\s+(?:final\s+)?score(?:line)?\b(?P<tail>.*)$", re.I
)
# Words of the tail that name no team ("in the game against Stoke", "the final match").
_MATCH_WORDS = frozenset("game match tie final fixture clash derby".split())
# "2-1", "3–0", "1 - 1": two small numbers joined by a dash, not part of a longer number or date.
_SCORELINE = re.compile(r"(?<![\d/.,–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.,–-]*\d)")


# A score at a stage of the match, not its result: "an 8-3 lead at half-time", "2-0 up at the break".
_INTERIM = re.compile(r"\bhalf[- ]?time\b|\bat the break\b|\bthe interval\b", re.I)
# "What was the half-time score?", "what was the score at the break", "the score at half time".
_ASKS_INTERIM_SCORE = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was|were))\s+the\s+(?:half[- ]?time\s+score(?:line)?\b\s*\??\s*$"
    r"|score(?:line)?\s+(?:at|by)\s+(?:half[- ]?time|the\s+(?:break|interval))\s*\??\s*$)",
    re.I,
)
# The scoreline and the break in one clause, either way round: "an 8-3 lead at half-time", "22-6
# down at the break", "At half-time it was 1-1"; at most a few words apart (no stop or semicolon).
_SCORE_AT_BREAK = re.compile(
    rf"{_SCORELINE.pattern}[^.;]{{0,30}}?(?:{_INTERIM.pattern})|(?:{_INTERIM.pattern})[^.;]{{0,30}}?{_SCORELINE.pattern}",
    re.I,
)
# A tennis result: two or more set scores in a row ("6-3 6-2 1-6 3-6 10-8", "7-6 (7-4) 6-3"), the
# result of the match wherever the report gives it; a score during a match is one set or one game.
_SET_SCORES = re.compile(
    r"(?<![\d/.,–-])\d{1,2}-\d{1,2}(?:\s+\(\d{1,2}-\d{1,2}\))?\s+\d{1,2}-\d{1,2}(?![\d/.,–-]*\d)"
)
# A match report's headline that is the result: "Ireland 17-12 South Africa", "Leeds 2-1 Hull".
_RESULT_HEADLINE = re.compile(r"^[A-Z][^\d]{1,40}\s\d{1,3}\s?[-–]\s?\d{1,3}\s[A-Z][^\d]{1,40}$")


def scoreline(article: Article, question: str) -> tuple[Sentence, bool] | None:
    """For "What was the score?", the first sentence giving a scoreline and whether it is in the
    story's lede (match reports give the result first: that one is the answer; a scoreline further
    down may be another match's). None for other questions or when no sentence gives one."""
    if not _asks_the_score(question):
        return None
    for position, sentence in enumerate(article.body_sentences):
        if _SCORELINE.search(sentence.text) and not _interim(sentence.text):
            # A tennis report's first scoreline is the match's set scores, wherever it stands.
            return sentence, position < constants.ASK_SCORELINE_LEDE or bool(
                _SET_SCORES.search(sentence.text)
            )
    return None


def at_the_break(article: Article, question: str) -> Sentence | None:
    """For "What was the half-time score?", the first sentence giving a scoreline at the break."""
    if not _ASKS_INTERIM_SCORE.match(question):
        return None
    return next((s for s in article.body_sentences if _SCORE_AT_BREAK.search(s.text)), None)


def _interim(text: str) -> bool:
    """A sentence whose only scoreline is a score during the match ("an 8-3 lead at half-time")."""
    return bool(_INTERIM.search(text)) and len(_SCORELINE.findall(text)) == 1


def scoreline_candidate(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What was the score in the Fleetwood game?", the best candidate with a sentence giving a
    scoreline beside a word of the question's tail ("Fleetwood ... a 2-0 win") when the best one has
    none ("Afobe scored the only goal ... a 3-1 win for the Bantams" is another match)."""
    asked = _ASKS_SCORE.match(question)
    if not asked:
        return None
    tail = {w.casefold() for w in words(asked.group("tail"))} - STOPWORDS - _MATCH_WORDS

    def gives_score(candidate: Candidate) -> bool:
        return any(
            _SCORELINE.search(s.text) and (not tail or tail & {w.casefold() for w in words(s.text)})
            for s in candidate.sentences
        )

    if gives_score(ranked[0]):
        return None
    # Any rank: a scoreline beside the team asked about is rare enough to be the one.
    return next((c for c in ranked if gives_score(c)), None)


def score_answer(article: Article, question: str) -> Answer | None:
    """ "What was the score?" answered by the lede's scoreline ("beating Kingsbridge Town 2-1"), or
    shown as the closest passage when the first scoreline comes later in the story; "What was the
    half-time score?" by the scoreline at the break ("22-6 down at the break")."""
    interim = at_the_break(article, question)
    if interim is not None:
        return sentence_reply(article, question, interim)
    if _asks_the_score(question) and _RESULT_HEADLINE.match(article.title):
        # The headline is the result ("Ireland 17-12 South Africa"), cited as framing answers are.
        headline = headline_answer(article, question)
        if headline is not None:
            return headline
    found = scoreline(article, question)
    if found is None:
        return None
    sentence, in_lede = found
    if in_lede:
        return sentence_reply(article, question, sentence)
    spans = [(sentence.start, sentence.end)]
    passage = cite(article, sentence.paragraph, spans, sentence.text, constants.ASK_PASSAGE_CHARS)
    return Answer(question, None, (passage,), 0.0, "passage", passage)


def reports_a_match(article: Article) -> bool:
    """True for a match report: its headline is the result, or its first sentences give a scoreline."""
    if _RESULT_HEADLINE.match(article.title):
        return True
    lede = article.body_sentences[: constants.ASK_SCORELINE_LEDE + 2]
    return any(_SCORELINE.search(s.text) for s in lede)


# Words a story tells a result with ("Rovers beat United 3-1", "won the seat", "a 2-0 victory for City",
# "lost to"): news copy seldom repeats a winner question's own verb.
RESULT_WORDS = frozenset(
    """beat beaten beating defeat defeated victory win won winner triumph triumphed edged thrashed routed
    overcame lost elected""".split()
)


# "Who won?", "Who lost the match?": the story's own result, asked with nothing else.
_ASKS_WINNER = re.compile(
    r"^\s*who\s+(?:won|lost|wins?|lose|loses)"
    r"(?:\s+(?:the|this|that)\s+(?:match|game|tie|final|race|contest|fight|bout|event))?\s*[?.!]*\s*$",
    re.I,
)


def result_sentence(article: Article, question: str) -> Answer | None:
    """For "Who won?" or "Who lost the match?" of a match report: the lede's first sentence telling the
    result in a result word ("... guided Ireland to a workmanlike victory against Italy"), the story's
    own result, not any sentence using the verb ("Ireland last won the title in 1985")."""
    if not _ASKS_WINNER.match(question) or not reports_a_match(article):
        return None
    for sentence in article.body_sentences[: constants.ASK_SCORELINE_LEDE + 2]:
        if _tells_a_result(sentence.text):
            return sentence_reply(article, question, sentence)
    return None


# "looked to be cruising to victory", "on course for an easy victory", "looked set for a comfortable win":
# a result the sentence expects, not one it reports, when such a word comes just before the result word.
_UNREALISED = frozenset(
    "look looks looked looking seem seems seemed appear appears appeared course bid hope hopes hoped hoping "
    "would could might".split()
)
_UNREALISED_REACH = 5


def _tells_a_result(text: str) -> bool:
    said = [w.casefold() for w in words(text)]
    for at, word in enumerate(said):
        before = said[max(0, at - _UNREALISED_REACH) : at]
        if word in RESULT_WORDS and not _UNREALISED & set(before):
            return True
    return False


# "Which competition was this in?", "Which tournament is this?": the story's own competition, asked
# with nothing else.
_ASKS_COMPETITION = re.compile(
    r"^\s*(?:in\s+)?(?:which|what)\s+(?:competition|league|tournament|championship|cup)\s+(?:is|was)\s+"
    r"(?:this|it|the\s+(?:match|game|tie|race|fixture))(?:\s+in)?\s*[?.!]*\s*$",
    re.I,
)
# A competition's name: "the FA Cup", "Chelsea's Premiership lead", "the Dubai Tennis Championships".
_COMPETITION = re.compile(
    r"\b(?:[A-Z][\w'’.-]*\s+){0,4}(?:Cup|League|Championships?|Open|Premiership|Trophy|Nations|Olympics|"
    r"Games|Series|Masters|Grand Prix|Shield)\b"
)


def competition_answer(article: Article, question: str) -> Answer | None:
    """For "Which competition was this in?" of a match report: the story's first sentence when it names a
    competition ("Dundee United eased into the semi-final of the Scottish Cup ..."), as a report names
    its competition at once; a competition named later may be another's ("one Six Nations outing")."""
    if not _ASKS_COMPETITION.match(question) or not reports_a_match(article):
        return None
    lede = next(iter(article.body_sentences), None)
    if lede is None or not _COMPETITION.search(lede.text):
        return None
    return sentence_reply(article, question, lede)


def result_headline(article: Article, question: str) -> Answer | None:
    """A result headline ("Hearts 2-1 Livingston") as the answer to "Who won?" when no sentence of
    the story tells the result in a result word: the scores say who won, or that nobody did."""
    return headline_answer(article, question) if _RESULT_HEADLINE.match(article.title) else None


def _asks_the_score(question: str) -> bool:
    """ "What was the (final) score?" alone: the score of the match the story reports."""
    asked = _ASKS_SCORE.match(question)
    return asked is not None and not asked.group("tail").strip(" ?")
