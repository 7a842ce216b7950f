"""Questions about the article itself, not its story: where it was filed ("Where did this happen?"),
which agency reported it, when it was published, its headline. The answers are what frames the story,
which the ranking never sees: the dateline taken off the first paragraph ("FLINT, Mich., Oct. 4 (UPI)"),
a wire byline ("By LINA MARSH, Associated Press"), a time stamp, the headline.

Only a question about this article is read here ("Which agency reported the strike?" asks about the
story, and the ranking answers it); an article without such a part answers as before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article, Dateline, Sentence
from bot.core.ask.answers import (
    DATE_LINE,
    DATELINE,
    HEADLINE,
    METADATA,
    Answer,
    Source,
    cite,
    sentence_reply,
)
from bot.core.ask.authors import asks_author, author_sentence
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.confidence import FEATURES, Evidence, probability
from bot.core.ask.question import WHEN, WHERE, classify
from bot.core.search.windows import ELLIPSIS

# "this", "it", "this article", "the story", "the report", "this news piece".
_THIS = r"(?:(?:this|the)\s+(?:news\s+)?(?:article|story|report|piece|item|dispatch|news)|this|it)"
_END = r"\s*[?.!]*\s*$"
# "Which newspaper reported it?": a paper (not a wire agency) and "it", not "this article".
_A_PAPERS_IT = re.compile(r"^(?!.*\b(?:agency|wire|service)\b).*\bit\s*[?.!]*\s*$", re.I)
_IS = r"(?:'s|’s|\s+is|\s+was)"
_ASKS_PLACE = re.compile(
    rf"^\s*where\s+(?:did|does|do)\s+(?:{_THIS}|the\s+events?|all\s+this)\s+(?:happen|take\s+place|occur|unfold)"
    rf"|^\s*where\s+(?:is|was)\s+{_THIS}\s+(?:from|filed|datelined|reported|written|based|set|dated|"
    rf"happening|taking\s+place)\b"
    rf"|^\s*(?:what|which)\s+(?:city|town|place|country|location|state)\s+(?:is|was)\s+{_THIS}\s+"
    rf"(?:from|filed|datelined|reported|written|based|set)\b"
    rf"|^\s*(?:what|where){_IS}\s+(?:the|its|this\s+article's|this\s+story's)\s+dateline{_END}",
    re.I,
)
_OUTLET = (
    r"(?:news\s+|wire\s+|press\s+)?(?:agency|wire(?:\s+service)?|service|outlet|organi[sz]ation|network|"
    r"publication|newspaper|paper|source)"
)
_ASKS_AGENCY = re.compile(
    rf"^\s*(?:what|which)\s+{_OUTLET}\s+(?:reported|published|filed|wrote|ran|carried|released|put\s+out|"
    rf"produced|distributed)\s+{_THIS}{_END}"
    rf"|^\s*(?:what|which)\s+{_OUTLET}\s+(?:is|was)\s+{_THIS}\s+(?:from|by){_END}"
    rf"|^\s*(?:what|which){_IS}\s+the\s+{_OUTLET}\s+(?:of|for|behind)\s+{_THIS}{_END}"
    rf"|^\s*who\s+(?:reported|published|filed|ran|carried|released|distributed)\s+{_THIS}{_END}",
    re.I,
)
_ASKS_DATE = re.compile(
    rf"^\s*when\s+(?:was|is)\s+{_THIS}\s+(?:published|written|filed|posted|reported|dated|released|issued|"
    rf"updated|from){_END}"
    rf"|^\s*when\s+did\s+{_THIS}\s+(?:come\s+out|appear|run|go\s+out){_END}"
    rf"|^\s*(?:what|which){_IS}\s+the\s+(?:date|day)\s+(?:of|on)\s+{_THIS}{_END}"
    rf"|^\s*(?:what|which){_IS}\s+(?:the|its)\s+(?:(?:publication|publishing|release)\s+date|"
    rf"date\s+of\s+publication){_END}"
    rf"|^\s*(?:what|which)\s+(?:date|day)\s+(?:was|is)\s+{_THIS}\s+(?:published|written|filed|posted|"
    rf"reported|dated|from){_END}",
    re.I,
)
_ASKS_HEADLINE = re.compile(
    rf"^\s*(?:what|which){_IS}\s+(?:the|its|this)\s+(?:(?:article|story|piece|report)(?:'s|’s)\s+)?"
    rf"(?:headline|title)(?:\s+of\s+{_THIS})?{_END}"
    rf"|^\s*what\s+(?:is|was)\s+{_THIS}\s+(?:called|titled|headlined){_END}"
    rf"|^\s*what\s+does\s+the\s+headline\s+say{_END}",
    re.I,
)
# The wire services and networks a byline credits after the writer ("By LINA MARSH, Associated Press",
# "By . Associated Press ."): the agency asked for when no dateline names one.
_AGENCIES = re.compile(
    r"\b(?:Associated\s+Press|Reuters|AFP|Agence\s+France-Presse|UPI|United\s+Press\s+International|"
    r"Press\s+Association|Xinhua|Bloomberg|CNN|BBC|Kyodo|Yonhap|Interfax|TASS|Canadian\s+Press|"
    r"Australian\s+Associated\s+Press)\b"
)
# A time stamp's year among the lines before the story: "14:11 EST, 25 October 2013 .".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "By ." standing alone, the writer's name the next line, and the time stamps' words and digits.
_BARE_BY = re.compile(r"^\s*By\s*\.?\s*$")
_STAMP_WORDS = re.compile(r"\d|\||\b(?:PUBLISHED|UPDATED|Last\s+updated)\b")
# What a corpus export leaves after by-line matter: "14:11 EST, 25 October 2013 . | .".
_EXPORT_MARKS = re.compile(r"[\s.|]+$")


def framing_answer(article: Article, question: str) -> Answer | None:
    """The dateline, a wire byline, a time stamp or the headline, for a question about the article
    itself; None when the question is about the story or the article has no such part."""
    readers: tuple[tuple[re.Pattern, Callable[[Article, str], Answer | None], str], ...] = (
        (_ASKS_PLACE, _place, ""),
        (_ASKS_AGENCY, _agency, "a news agency"),
        (_ASKS_DATE, _date, "a publication date"),
        (_ASKS_HEADLINE, headline_answer, ""),
    )
    if asks_author(question):
        return _author(article, question)
    for asks, read, part in readers:
        if asks.match(question):
            found = read(article, question)
            if found is None and asks is _ASKS_AGENCY and _A_PAPERS_IT.search(question):
                # "Which newspaper reported it?" of a story with no wire credit: "it" is as likely the
                # story's event ("after reports in a newspaper"), which the story itself may answer.
                return None
            if asks is _ASKS_DATE and _tells_of_its_deed(article, question):
                return None
            return found or _unframed(article, question, part)
    return None


# "When was it published?", "When was the report released?": "it" or a noun the story may use for a thing
# of its own, and the deed asked of it; not "this" or "this article".
_ITS_DEED = re.compile(
    r"^\s*when\s+(?:was|is)\s+(it|the\s+(?:report|story|article))\s+(\w+)\s*[?.!]*\s*$", re.IGNORECASE
)


def _tells_of_its_deed(article: Article, question: str) -> bool:
    """True for "When was it published?" of a story telling of a thing that was published ("The model
    was published in Nature on October 22."), or "When was the report released?" of one telling of a
    report released ("In a report released in the Harbor Journal on Wednesday"): "it" or "the report" is
    as likely that thing as the article, and the story answers for it."""
    asked = _ITS_DEED.match(question)
    if asked is None:
        return False
    deed = asked.group(2)
    told = re.compile(rf"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?{deed}\b", re.I)
    noun = asked.group(1).split()[-1]
    if noun.casefold() != "it":
        # "a report released on Wednesday", "the report was released": the noun with the deed.
        told = re.compile(rf"\b{noun}s?\s+(?:(?:was|were|is|are|been)\s+)?(?:\w+ly\s+)?{deed}\b", re.I)
    return any(told.search(s.text) for p in article.paragraphs if p.is_body for s in p.sentences)


def _unframed(article: Article, question: str, part: str) -> Answer | None:
    """ "When was this published?" of an article with no date line: it does not say, and a story's
    "A study published last year" is no answer. "Where did this happen?" with no dateline: the lede,
    which places the story, as the closest passage. A headline the story may still give."""
    if part:
        return Answer(question, None, (), 0.0, "declined", missing=(part,))
    lede = next((p for p in article.paragraphs if p.is_body), None)
    if lede is None or not _ASKS_PLACE.match(question):
        return None
    # A long lede (a corpus article on one line is one paragraph) is shown from its first sentence,
    # as far as a passage goes, not whole.
    first = lede.sentences[0] if lede.sentences else None
    spans = [(first.start, first.end)] if first is not None else []
    passage = cite(
        article, lede.number, spans, first.text if first else lede.text, constants.ASK_PASSAGE_CHARS
    )
    return Answer(question, None, (passage,), 0.0, "passage", passage)


def placed_by_dateline(article: Article, question: str, reply: Answer) -> Answer | None:
    """ "Where is the trial?" where the sentence saying it ("A former harbour master went on trial
    ...") opens the story and names no place, so the reply was only the closest passage: the dateline
    it lost ("PORTLAND, Maine (AP) —") is the place, and the answer is the sentence with it; so is a
    wire dateline's day ("FLINT, Mich., Oct. 4 (UPI) —") for a when-question. None when the story's
    own text answered, or its best sentence is another."""
    dateline = article.dateline
    if dateline is None or reply.tier != 2 or not _holds_wanted(dateline, classify(question).kind):
        return None
    ranked = rank_candidates(article, question)
    best = ranked[0] if ranked else None
    paragraph = article.paragraph(dateline.paragraph)
    if best is None or best.evidence is None or not paragraph.sentences:
        return None
    if best.sentences[0].number != paragraph.sentences[0].number:
        return None
    # The sentence must say what was asked, all but the place: as sure as an answer once it has one.
    sure = _with_the_kind(best.evidence)
    if sure < constants.ASK_HIGH_CONFIDENCE:
        return None
    text = f"{dateline.written} {best.text}"
    if len(text) > constants.ASK_MAX_ANSWER_CHARS:
        text = text[: constants.ASK_MAX_ANSWER_CHARS - len(ELLIPSIS)].rsplit(" ", 1)[0] + ELLIPSIS
    spans = [(s.start, s.end) for s in best.sentences]
    cited = cite(article, dateline.paragraph, spans, best.text)
    source = Source(dateline.paragraph, f"{dateline.written} {cited.text}", part=DATELINE)
    return Answer(question, text, (source,), sure, "framing")


def _holds_wanted(dateline: Dateline, kind: str) -> bool:
    """Whether the dateline holds the kind of answer wanted: a place, or a day."""
    return bool(dateline.place) if kind == WHERE else kind == WHEN and bool(dateline.date)


def _with_the_kind(evidence: Evidence) -> float:
    """The confidence of a candidate for a where- or when-question had it held a place or a date, as
    it does with its dateline."""
    values = list(evidence.values)
    values[FEATURES.index("typed")], values[FEATURES.index("untyped")] = 1.0, 0.0
    values[FEATURES.index("lacks_kind")] = 0.0
    return probability(tuple(values))


def _place(article: Article, question: str) -> Answer | None:
    dateline = article.dateline
    return _dateline_reply(article, question) if dateline is not None and dateline.place else None


def _agency(article: Article, question: str) -> Answer | None:
    dateline = article.dateline
    if dateline is not None and dateline.agency:
        return _dateline_reply(article, question)
    byline = next((s for s in _head_matter(article) if _AGENCIES.search(s.text)), None)
    if byline is not None:
        return _byline_reply(article, question, byline)
    return _credited(article, question, "publisher", article.credits.publisher)


def _date(article: Article, question: str) -> Answer | None:
    dateline = article.dateline
    if dateline is not None and dateline.date:
        return _dateline_reply(article, question)
    stamp = next((s for s in _head_matter(article) if _YEAR.search(s.text)), None)
    if stamp is not None:
        return _byline_reply(article, question, stamp, DATE_LINE)
    return _credited(article, question, "date", article.credits.date)


def _author(article: Article, question: str) -> Answer | None:
    """ "Who wrote this?" where no byline or writer's line names anyone but the metadata does; else
    None, for ask.authors to answer."""
    if author_sentence(article) is not None:
        return None
    writer = _after_bare_by(article)
    if writer is not None:
        return _byline_reply(article, question, writer)
    return _credited(article, question, "author", article.credits.author)


def _after_bare_by(article: Article) -> Sentence | None:
    """The writer's line a corpus export splits off its "By ." ("By . Rob Carver . PUBLISHED: ...")."""
    head = _head_matter(article)
    for before, line in itertools.pairwise(head):
        if _BARE_BY.match(before.text) and not _STAMP_WORDS.search(line.text):
            return line
    return None


def _credited(article: Article, question: str, field: str, value: str | None) -> Answer | None:
    """A credit of the article's metadata as the answer ("Lina Marsh", its source "author: Lina Marsh")."""
    if not value or not article.paragraphs:
        return None
    return Answer(question, value, (Source(1, f"{field}: {value}", part=METADATA),), 1.0, "framing")


def headline_answer(article: Article, question: str) -> Answer | None:
    """The headline as the answer; None for an article without one."""
    if not article.has_headline or not article.paragraphs:
        return None
    # The headline stands above paragraph 1: its source is that paragraph's, labelled.
    return Answer(question, article.title, (Source(1, article.title, part=HEADLINE),), 1.0, "framing")


def _dateline_reply(article: Article, question: str) -> Answer:
    """The dateline as written, its source the paragraph it opened with the dateline put back."""
    dateline = article.dateline
    assert dateline is not None
    paragraph = article.paragraph(dateline.paragraph)
    first = paragraph.sentences[0].text if paragraph.sentences else paragraph.text
    source = Source(dateline.paragraph, f"{dateline.written} {first}", part=DATELINE)
    return Answer(question, dateline.text, (source,), 1.0, "framing")


def _head_matter(article: Article) -> list[Sentence]:
    """The by-line matter before the story: "By LINA MARSH, Associated Press", "PUBLISHED: ...".."""
    return [s for s in article.sentences if s.is_byline]


def _byline_reply(article: Article, question: str, sentence: Sentence, part: str | None = None) -> Answer:
    """A line of by-line matter as the answer, less the marks a corpus export leaves after it."""
    reply = sentence_reply(article, question, sentence, part)
    return replace(reply, answer=_EXPORT_MARKS.sub("", sentence.text) or sentence.text, kind="framing")
