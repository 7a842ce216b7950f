"""When no sentence ranks: the first sentence holding a thing of the kind asked, the story's lede when
only the headline uses the word, else the question's words the article never uses.
"""

from __future__ import annotations

from bot.core import constants
from bot.core.article import Article, Sentence
from bot.core.article.model import BODY
from bot.core.ask.absence import AMOUNT_WORDS, INDEFINITES
from bot.core.ask.answers import Answer, cite
from bot.core.ask.candidates import TYPED_KINDS, content_words, kind_words
from bot.core.ask.question import HOW_MANY, MONEY, WHEN, WHERE, WHO, answer_type_score, classify, kind_markers
from bot.core.ask.scores import RESULT_WORDS, reports_a_match, result_headline
from bot.core.language.stemming import stem
from bot.core.language.text import words
from bot.core.search.index import ArticleIndex, query_words, web_path_words

# Nouns naming the kind of answer wanted ("What was the score?", "What is the date?"), with that
# kind: an article that never uses the word may still hold the answer, so its absence proves nothing.
_ANSWER_NOUNS = {
    **dict.fromkeys("score scoreline result total tally figure number amount".split(), HOW_MANY),
    **dict.fromkeys("date day time year".split(), WHEN),
    **dict.fromkeys("place location venue".split(), WHERE),
    **dict.fromkeys("cost price fee".split(), MONEY),
    # "What was his job?": news copy gives a job as a role ("The former teacher"), seldom with the word.
    **dict.fromkeys("job occupation profession".split(), WHO),
}

# Words for the event a match report is about, and for how it went: "How did the match end?", "Which
# tournament is this?" ask about the story's own match, whatever the report calls it.
_EVENT_WORDS = frozenset(
    """match matches game games tie fixture contest tournament championship championships event race
    bout fight end ended finish finished""".split()
)


def typed_passage(article: Article, question: str, unknown: tuple[str, ...]) -> Answer | None:
    """For "What was the score?" in an article that never says "score": the first sentence
    holding a thing of the kind asked (a number, a date, a place), as the closest passage."""
    kinds = {_ANSWER_NOUNS.get(w.casefold()) for w in unknown}
    if len(kinds) != 1 or None in kinds:
        return None
    kind = classify(question).kind
    kind = kind if kind in TYPED_KINDS else kinds.pop()
    return _first_of_kind(article, question, kind)


# Currencies by name and by the sign news copy writes before a sum ("$515m (£277m)").
_CURRENCY_SIGNS = {
    **dict.fromkeys("pound pounds sterling".split(), "£"),
    **dict.fromkeys("dollar dollars".split(), "$"),
    **dict.fromkeys("euro euros".split(), "€"),
    "yen": "¥",
}


def currency_passage(article: Article, question: str, unknown: tuple[str, ...]) -> Answer | None:
    """For "How much is that in pounds?" of an article writing "$515m (£277m)": the first sentence
    with a sum in that currency's sign, as the closest passage; never "the article doesn't mention
    pounds" (the index keeps no sign, so the name matches nothing)."""
    signs = {_CURRENCY_SIGNS.get(w.casefold()) for w in unknown}
    if len(signs) != 1 or None in signs:
        return None
    sign = signs.pop()
    for sentence in article.body_sentences:
        at = sentence.text.find(sign)
        if at != -1 and sentence.text[at + 1 : at + 2].isdigit():
            return _sentence_passage(article, question, sentence)
    return None


def web_path_passage(article: Article, question: str, unknown: tuple[str, ...]) -> Answer | None:
    """For "Where is the recycling calendar?" of "Days are listed at www.dunmore.example/recycling-calendar.":
    the first sentence whose web address spells every word asked that the prose lacks, as the closest
    passage (the index ranks no path's words, yet the reader sees them there)."""
    asked = {word.casefold() for word in unknown}
    for sentence in article.body_sentences if asked else ():
        if asked <= web_path_words(sentence.text):
            return _sentence_passage(article, question, sentence)
    return None


def kind_word_passage(article: Article, question: str) -> Answer | None:
    """For "How much were the stolen goods worth?" where the story says "watches worth an estimated
    £80,000": the first sentence holding a word the question asks its kind of answer with ("worth",
    "cost", "located") and a thing of that kind, as the closest passage. Such words rank nothing, so
    when the question's other words are all the article's own paraphrase, nothing ranks; the sentence
    is never the answer, since nothing else ties it to what was asked."""
    asked = {stem(w) for w in kind_words(question)}
    kind = classify(question).kind
    if not asked or kind not in TYPED_KINDS:
        return None
    for sentence in article.body_sentences:
        if not asked & {stem(w.casefold()) for w in words(sentence.text)}:
            continue
        if answer_type_score(kind, sentence.text, kind_markers(question)) >= constants.ASK_TYPED_ANSWER:
            return _sentence_passage(article, question, sentence)
    return None


def headline_passage(
    article: Article, index: ArticleIndex, question: str, unknown: tuple[str, ...]
) -> Answer | None:
    """For "Who scored the winner?" when only the headline says "winner": the story's first
    paragraph, which tells what the headline announces, as the closest passage; never "the article
    doesn't mention winner"."""
    if not article.has_headline or not unknown:
        return None
    # By stem: "What is the wind speed?" under "... as winds reach 90mph" is told by the headline.
    headline = {stem(w) for w in query_words(article.title, index.vocabulary.df)}
    if not any({stem(w) for w in query_words(word, index.vocabulary.df)} & headline for word in unknown):
        return None
    return _lede_passage(article, question)


def event_passage(article: Article, question: str, unknown: tuple[str, ...]) -> Answer | None:
    """For "How did the match end?" or "Which tournament is this?" of a match report that never says
    "match" or "tournament": the story's first paragraph, which reports the event those words name;
    never "the article doesn't mention match"."""
    if not unknown or any(w.casefold() not in _EVENT_WORDS for w in unknown) or not reports_a_match(article):
        return None
    return _lede_passage(article, question)


# Verbs asking where or when an event took place ("Where was the match played?", "When was the final
# held?"): with the event's own word they name nothing but the story's event.
_SETTING_VERBS = frozenset(
    "play played playing held hold staged stage take took taken place happen happened day date".split()
)


def setting_passage(article: Article, index: ArticleIndex, question: str) -> Answer | None:
    """For "Where was the game played?" or "What day was the match?" of a story whose words for its
    event only match elsewhere ("the first try of the game"): the first sentence of the lede holding a
    place or a day, as the closest passage. A report says where and when its event took place in its
    first paragraph ("... stole victory for Ireland at Lansdowne Road on Saturday")."""
    kind = classify(question).kind
    if kind not in (WHERE, WHEN):
        return None
    asked = {w.word.casefold() for w in content_words(index, question)}
    if not asked & _EVENT_WORDS or not asked <= _EVENT_WORDS | _SETTING_VERBS:
        return None
    lede = next(iter(article.body_sentences), None)
    if lede is None:
        return None
    markers = kind_markers(question)
    for sentence in article.paragraph(lede.paragraph).sentences:
        if sentence.is_body and answer_type_score(kind, sentence.text, markers) >= constants.ASK_TYPED_ANSWER:
            return _sentence_passage(article, question, sentence)
    return None


# The verbs a winner question asks with ("Who won?", "Who lost the match?", "Who beat whom?").
_WINNER_VERBS = RESULT_WORDS | frozenset("win wins lose loses beats defeats".split())


def result_passage(
    article: Article, index: ArticleIndex, question: str, unknown: tuple[str, ...]
) -> Answer | None:
    """For "Who won?" or "Who lost the match?" of a story telling the result with other words ("Rovers
    beat United 3-1", "a 2-0 victory for City"): its first body sentence holding a word of a result, as
    the closest passage; never "the article doesn't mention won" (the verb asked with names nothing the
    story lacks). Found through the index's postings, not a read of every sentence."""
    asked = {w.casefold() for w in unknown}
    if not asked & _WINNER_VERBS or not asked <= _WINNER_VERBS | _EVENT_WORDS:
        return None
    postings = index.vocabulary.postings
    for position in sorted({p for w in RESULT_WORDS for p in postings.get(w, ())}):
        entry = index.paragraphs[position]
        if entry.is_caption or article.paragraph(entry.number).kind != BODY:
            continue
        for sentence in entry.source.sentences:
            if sentence.is_body and RESULT_WORDS & {w.casefold() for w in words(sentence.text)}:
                return _sentence_passage(article, question, sentence)
    return result_headline(article, question)


def match_setting_passage(article: Article, index: ArticleIndex, question: str) -> Answer | None:
    """For "Where was the match played?" of a match report that never says "match" or "played": the
    lede's sentence holding a place or a day, as the closest passage (see setting_passage); a story
    reporting no match keeps "doesn't mention match"."""
    return setting_passage(article, index, question) if reports_a_match(article) else None


def vague_passage(article: Article, question: str, unknown: tuple[str, ...]) -> Answer | None:
    """For "What time did it happen?" or "Over what period?", whose words name nothing to look for
    and nothing the article lacks: the first sentence holding the kind asked (a time, a place, a
    number), else the story's first paragraph, as the closest passage; never a bare "doesn't say"."""
    if unknown:
        return None
    kind = classify(question).kind
    found = _first_of_kind(article, question, kind) if kind in TYPED_KINDS else None
    return found or _lede_passage(article, question)


def _lede_passage(article: Article, question: str) -> Answer | None:
    """The story's first paragraph as the closest passage."""
    lede = next(iter(article.body_sentences), None)
    if lede is None:
        return None
    paragraph = article.paragraph(lede.paragraph)
    spans = [(s.start, s.end) for s in paragraph.sentences]
    return _passage(article, question, paragraph.number, spans, paragraph.text)


def _first_of_kind(article: Article, question: str, kind: str) -> Answer | None:
    """The first body sentence holding a thing of `kind` (a number, a date, a place), as the passage."""
    for sentence in article.body_sentences:
        if answer_type_score(kind, sentence.text, kind_markers(question)) >= constants.ASK_TYPED_ANSWER:
            return _sentence_passage(article, question, sentence)
    return None


def _sentence_passage(article: Article, question: str, sentence: Sentence) -> Answer:
    """`sentence` as the closest passage: tier 2, no answer."""
    return _passage(article, question, sentence.paragraph, [(sentence.start, sentence.end)], sentence.text)


def _passage(
    article: Article, question: str, paragraph: int, spans: list[tuple[int, int]], text: str
) -> Answer:
    passage = cite(article, paragraph, spans, text, constants.ASK_PASSAGE_CHARS)
    return Answer(question, None, (passage,), 0.0, "passage", passage)


# Words placing a thing in time ("Has this happened before?"): nothing the article could lack by name.
_WORDS_OF_TIME = frozenset("before after during since until ago again ever still yet already".split())


def unknown_words(index: ArticleIndex, question: str) -> tuple[str, ...]:
    """The question's content words that the article never uses, as typed (none: nothing to name)."""
    unknown = {w.word for w in content_words(index, question) if not w.known}
    typed: dict[str, str] = {}
    for raw in question.split():
        word = raw.strip("?!.,;:“”\"'‘’()")
        if word.casefold() in INDEFINITES | _WORDS_OF_TIME | AMOUNT_WORDS:
            continue  # "Has anyone died?" asks about no "anyone" the article could lack, nor "before"
        for term in query_words(word, index.vocabulary.df):
            if term in unknown:
                typed.setdefault(term, word)
    return tuple(typed.values())
