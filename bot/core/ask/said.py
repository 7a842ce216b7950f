""" "What did X say about Y?": X's quotation that best matches Y, else the best sentence reporting
speech, among those that mention X; the closest passage when X's words are about something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, Source, cite
from bot.core.ask.candidates import Candidate, content_words
from bot.core.ask.forms import place_forms
from bot.core.ask.passages import closest_passage
from bot.core.ask.people import mention_terms
from bot.core.ask.quoted import QUOTE_MARKS
from bot.core.language.lexicon import CAPITAL_COUNTRIES, COUNTRIES, COUNTRY_NAMES, SPEECH_VERBS
from bot.core.language.text import split_sentences, words
from bot.core.quotes import engine as quotes
from bot.core.search.index import ArticleIndex, build_index, query_words

_SAID_ABOUT = re.compile(
    r"^\s*what\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:say|said|tell|told|think|thinks|claim|claimed|"
    r"mean|stress|stressed)\b(?:\s+(?:\w+\s+)?(?:about|on|of|regarding|concerning|over))?\s*(.*?)\s*\??\s*$",
    re.IGNORECASE,
)


def closest_to_topic(article: Article, question: str, said: Answer, ranked: list[Candidate]) -> Answer:
    """For "What did X say about Y?" when none of X's quotations is about Y: the best sentence about Y
    (what the article reports X said, in other words or through someone else) as the closest passage
    when it names X or no one else, else X's own words. Never the answer: X's quotations do not say it."""
    match = _SAID_ABOUT.match(question)
    topic = match.group(2) if match else ""
    best = ranked[0] if ranked else None
    if best is None or not topic or not set(query_words(topic, {})) & best.matched:
        return said
    # Another person named there may be who said it ("'...many storms,' Olsen said"): X's words then.
    person = quotes.find_person(article, match.group(1))
    index = build_index(article)
    asked = set(query_words(question, index.vocabulary.df))
    others = [
        mention_terms(index, p)
        for p in quotes.list_people(article)
        if person is None or p.name != person.name
    ]
    # Unless X is named there too ("'Subpoenas are not optional,' Chaffetz said after Pagliano failed
    # to show up"): then the others are what X spoke of.
    own = mention_terms(index, person) if person else set()
    if any(own & s.counts.keys() for s in best.sentences):
        return replace(said, passage=closest_passage(article, best, ranked))
    if any(terms & s.counts.keys() for terms in others if not terms & asked for s in best.sentences):
        return said
    return replace(said, passage=closest_passage(article, best, ranked))


def statement(question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What did Austin say about the meeting?", the best candidate that reports speech."""
    if not _SAID_ABOUT.match(question):
        return None
    for candidate in ranked[: constants.ASK_LEADS * 2]:
        if candidate.confidence >= constants.ASK_HIGH_CONFIDENCE and _reports_speech(candidate.text):
            return candidate
    return None


# "It said there are ...", "They added that ...": a group's or organisation's words going on.
_GOES_ON_SAYING = re.compile(
    r"^\W*(?:it|they)\s+(?:\w+\s+)?(?:said|says|added|adds|argued|argues|claimed|claims|warned|warns|"
    r"insisted|insists|stated|states)\b",
    re.IGNORECASE,
)


def continued_statement(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What did the opposition say?": "The opposition also made political capital from the figures.
    It said there are ..." — the best sentence, which only names the group, with the next one, which
    says what it said (the group is "it" or "they" there, so that sentence alone matches nothing)."""
    if not _SAID_ABOUT.match(question) or not ranked:
        return None
    best = ranked[0]
    if best.confidence < constants.ASK_HIGH_CONFIDENCE or _reports_speech(best.text):
        return None
    last = best.sentences[-1]
    at = index.position(last)
    if at + 1 >= len(index.sentences):
        return None
    following = index.sentences[at + 1]
    if following.paragraph != last.paragraph or not _GOES_ON_SAYING.match(following.text):
        return None
    return replace(best, sentences=(*best.sentences, following))


def by_asked_speaker(article: Article, question: str, ranked: list[Candidate]) -> list[Candidate]:
    """For "What did X say...?" about a person the article knows, only sentences that mention X."""
    match = _SAID_ABOUT.match(question)
    person = quotes.find_person(article, match.group(1)) if match else None
    if person is None:
        return ranked
    names = mention_terms(build_index(article), person)
    mentioning = [c for c in ranked if any(names & s.counts.keys() for s in c.sentences)]
    return mentioning or ranked  # none mentions them: what the article says is still the closest passage


def others_words(article: Article, question: str, texts: list[str]) -> bool:
    """For "What did X say ...?", True when the sentences report only others' words: "Holt has a
    strong ground game ..., said Mindy Romer" is Romer's view of Holt, not what Holt said.
    False when X speaks there, when no one does, or when a speaker there is named in the question."""
    match = _SAID_ABOUT.match(question)
    person = quotes.find_person(article, match.group(1)) if match else None
    if person is None:
        return False
    speech = quotes.extract_quotes(article) + quotes.extract_paraphrases(article)
    there = [q for q in speech if q.sentence and any(q.sentence in t or t in q.sentence for t in texts)]
    speakers = {q.speaker for q in there if q.speaker is not None}
    asked = {w.casefold() for w in words(match.group(1))}
    # "What did Mills and Holt tell investigators?": Holt, who speaks there, was asked about too.
    named = any(asked & {w.casefold() for w in words(speaker)} for speaker in speakers)
    return bool(speakers) and person.name not in speakers and not named


# "What did X say ...?", "What did X tell police?": words asked for, not a view ("What does X think?").
_WORDS_ASKED = re.compile(
    r"^\s*what\s+(?:did|does|has|had|do)\s+.+?\s+(?:say|said|tell|told|claim|claimed|stress|stressed)\b",
    re.IGNORECASE,
)


# "There was no immediate comment", "did not respond to a request for comment": what was said of words.
_NO_COMMENT = re.compile(r"\b(?:comments?|commented|respond(?:ed)?|statements?|declined)\b", re.IGNORECASE)


def says_nothing(article: Article, question: str, texts: list[str]) -> bool:
    """For "What did X say ...?", True when the sentences quote no one and report no one's words (nor a
    refusal to comment): "Kate Winslet walked away empty-handed" tells what she did, not what she said.
    A sentence inside a quotation of several sentences is words said, with no mark of its own."""
    if not _WORDS_ASKED.match(question):
        return False
    if any(_reports_speech(text) or _NO_COMMENT.search(text) for text in texts):
        return False
    quoted = [_plain(q.text) for q in quotes.extract_quotes(article)]
    return not any(_plain(text) in said for text in texts for said in quoted)


def reports_of_them(question: str, texts: list[str]) -> bool:
    """For "What did X say ...?", True when the sentences, quoting no one, report words whose speaker is not
    X: X's name stands only well after every verb of saying ("Fars reported Iran issued warrants ... for US
    president Donald Trump" says what Fars reported, not what Trump said). A name before the verb ("Trump told
    reporters") or right after it ("said Donald Trump") is the speaker's."""
    match = _SAID_ABOUT.match(question) if _WORDS_ASKED.match(question) else None
    if match is None:
        return False
    names = {w.casefold() for w in words(match.group(1)) if w[:1].isupper()}
    if not names or not texts:
        return False
    for text in texts:
        if QUOTE_MARKS.search(text):
            return False
        tokens = [w.casefold() for w in words(text)]
        verbs = [at for at, w in enumerate(tokens) if w in SPEECH_VERBS and w not in _DEEDS_TOO]
        named = [at for at, w in enumerate(tokens) if w in names]
        if not verbs or not named:
            return False
        if any(
            at < verbs[-1] or any(0 < at - verb <= constants.ASK_INVERTED_SPEAKER_WORDS for verb in verbs)
            for at in named
        ):
            return False
    return True


def _plain(text: str) -> str:
    return " ".join(words(text)).casefold()


def _reports_speech(text: str) -> bool:
    """True when `text` quotes someone or reports what they said (a verb of saying)."""
    if QUOTE_MARKS.search(text):
        return True
    saying = [w for w in words(text) if w.casefold() in SPEECH_VERBS]
    return any(w.casefold() not in _DEEDS_TOO for w in saying) or _words_attacked(text)


# Verbs of saying that tell a deed as often ("attacked the ambassador with a knife", "began his term"):
# without a quotation they report words only when what they take is words or a view ("attacked the
# plan", "slammed the ruling as unfair", "blasted him for his remarks").
_DEEDS_TOO = frozenset("attacked attacks slammed blasted began".split())
_WORDS_ATTACKED = re.compile(
    r"\b(?:attacked|attacks|slammed|blasted)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:(?:plans?|proposals?|polic(?:y|ies)|remarks|comments|decisions?|statements?|speech|claims?|record|"
    r"bills?|ideas?|report|deal|approach|strategy|rhetoric|views|stance|positions?|budget|ruling|handling|"
    r"response|leadership|critics|media|press|government|administration)\b|as\s|for\s)",
    re.IGNORECASE,
)


def _words_attacked(text: str) -> bool:
    return _WORDS_ATTACKED.search(text) is not None


def what_was_said(article: Article, question: str) -> Answer | None:
    """ "What did X say about Y?" answered with X's quotation that best matches Y."""
    match = _SAID_ABOUT.match(question)
    if not match:
        return None
    found = quotes.find_quotes(article, match.group(1))
    if found.speaker is None or not found.quotes:
        return None
    index = build_index(article)
    topic = content_words(index, match.group(2)) if match.group(2) else []

    def held(text: str) -> float:
        said = set(query_words(text, index.vocabulary.df))
        return sum(w.weight for w in topic if any(t in said for t in w.terms))

    def relevance(quote: quotes.Quote) -> float:
        announced = _announcing_sentence(article, quote)
        return max(held(quote.sentence), held(announced) if announced else 0.0)

    best = max(found.quotes, key=relevance)
    # "Sanders told MSNBC that nobody would question her intelligence": what X said in reported speech
    # answers when it holds the whole topic, of two words or more, and X's quotations less of it (one
    # word is too little to tell which of X's words it is about: "the refugees could be").
    reported = max(found.paraphrases, key=relevance, default=None)
    whole = sum(w.weight for w in topic)
    if (
        len(topic) >= constants.ASK_REPORTED_TOPIC_WORDS
        and reported is not None
        and relevance(reported) >= whole > relevance(best)
    ):
        best = reported
    off_topic = bool(topic) and relevance(best) == 0
    # A quotation holding a word or two of a longer topic ("young" of "young British people rapping")
    # is about something else: their words on it are the closest passage, not the answer.
    aside = not off_topic and relevance(best) < constants.ASK_QUOTE_TOPIC_SHARE * sum(w.weight for w in topic)
    if off_topic:
        if not any(w.known for w in topic):
            return None  # a topic the article never mentions: let the ranking decline
        # Nothing they said is about the topic in so many words: their own words, never another's,
        # but as the closest passage, not as the answer ("What did Van Galen say about Carrow's
        # contract?" is not answered by what he said about McNeil).
        best = next((q for q in found.quotes if not q.partial), found.quotes[0])
    text = best.sentence
    if len(text) > constants.ASK_MAX_ANSWER_CHARS:
        text = _part_on_topic(best.text, held) if topic else f"“{best.text}”"
    sources = (_quote_source(article, best, text),)
    if off_topic or aside:
        passage = _quote_source(article, best, text, constants.ASK_PASSAGE_CHARS)
        return Answer(question, None, sources, constants.ASK_OFF_TOPIC_QUOTE_CONFIDENCE, "passage", passage)
    before = _naming_sentence_before(article, best, found.speaker.name)
    announced = _announcing_sentence(article, best)
    if before is None and announced and held(announced) > held(best.sentence):
        before = announced  # "he has described the demands his father made. “I felt enormous pressure ...”"
    if before is not None and text == best.sentence:
        text = f"{before} {text}"
        sources = (_quote_source(article, best, text, first=before),)
    return Answer(question, text[: constants.ASK_MAX_ANSWER_CHARS], sources, 1.0, "quote")


# Verbs with which news copy announces what the quotation after it is about: "he has described the
# demands his father made. “I felt enormous pressure ...”", "She recalled her first day at sea."
_ANNOUNCING = re.compile(
    r"\b(?:described|describes|describing|recalled|recalls|recalling|explained|explains|spoke|speaks|"
    r"talked|talks|reflected|reflects|remembered|remembers|detailed|details)\b",
    re.IGNORECASE,
)


def _announcing_sentence(article: Article, quote: quotes.Quote) -> str | None:
    """The sentence right before a quotation's, in its paragraph, when it announces what the quotation
    tells ("he has described the demands his father made.") and fits beside it in an answer; the
    quotation's own sentence must open with it."""
    if quote.sentence[:1] not in '“"' or quote.partial:
        return None
    before = _sentence_before(article, quote)
    if before is None or not _ANNOUNCING.search(before):
        return None
    return before


def _sentence_before(article: Article, quote: quotes.Quote) -> str | None:
    """The sentence right before a quotation's own, in its paragraph, when the two fit in one answer."""
    sentences = [s.text for s in article.paragraph(quote.paragraph).sentences]
    at = next((i for i, text in enumerate(sentences) if quote.sentence in text), 0)
    if at == 0:
        return None
    before = sentences[at - 1]
    if len(before) + len(quote.sentence) + 1 > constants.ASK_MAX_ANSWER_CHARS:
        return None
    return before


def _part_on_topic(quotation: str, relevance: Callable[[str], float]) -> str:
    """A quotation too long for an answer, as the sentence of it that holds most of the topic (the
    first on a tie), marked as cut ("“… You go issue by issue and I think you expose him for the fraud
    that he is.”"): its first 300 characters may say nothing of what was asked."""
    spans = split_sentences(quotation)
    parts = [quotation[span.start : span.end] for span in spans]
    scores = [relevance(part) for part in parts]
    at = scores.index(max(scores)) if parts and max(scores) > 0 else 0
    if at == 0:
        return f"“{quotation}”"  # its opening holds the topic, or no sentence of it does
    after = " …" if at < len(parts) - 1 else ""
    return f"“… {parts[at]}{after}”"


def _naming_sentence_before(article: Article, quote: quotes.Quote, speaker: str) -> str | None:
    """For a quotation's sentence opening with he or she ("She said: “...”"), the sentence before it
    in its paragraph when that names the speaker, so the answer says who speaks; None when it does not
    fit in an answer or there is no such sentence."""
    opener = words(quote.sentence[:20])[:1]
    if not opener or opener[0].casefold() not in _SPEAKER_PRONOUNS:
        return None
    before = _sentence_before(article, quote)
    if before is None or speaker.split()[-1] not in before:
        return None
    return before


_SPEAKER_PRONOUNS = frozenset(("he", "she"))


def _quote_source(
    article: Article,
    quote: quotes.Quote,
    answer: str,
    limit: int = constants.ASK_MAX_ANSWER_CHARS,
    first: str | None = None,
) -> Source:
    """The quotation's paragraph, or (when long) the window around the sentence holding it (from
    `first`, a sentence before it that the answer shows too)."""
    text = article.paragraph(quote.paragraph).text
    at = text.find(quote.sentence)
    spans = [(at, at + len(quote.sentence))] if at >= 0 else []
    start = text.rfind(first, 0, max(at, 0)) if first is not None and at >= 0 else -1
    if start >= 0:
        spans = [(start, at + len(quote.sentence))]
    return cite(article, quote.paragraph, spans, answer, limit)


_SHORT_NAME = 3  # letters (and a space) of a country's short name written in capitals: "US", "U S", "UK"


def country_unnamed(question: str, texts: list[str]) -> bool:
    """For "What does the US say about Mahan Air?", True when the sentences name the country asked in no
    form (its names, its people's word, its capital): "Germany banned Mahan Air, with officials saying it
    was for security reasons" tells what German officials said, not the US."""
    match = _SAID_ABOUT.match(question)
    if match is None:
        return False
    typed = re.sub(r"^the\s+", "", match.group(1).strip(), flags=re.IGNORECASE)
    key = " ".join(words(typed.replace(".", " "))).casefold()
    country = COUNTRY_NAMES.get(key, key)
    if country not in COUNTRIES:
        return False
    names = {country, *(n for n, c in COUNTRY_NAMES.items() if c == country)}
    names |= {capital for capital, c in CAPITAL_COUNTRIES.items() if c == country}
    for text in texts:
        said = " ".join(words(text.replace(".", " ")))
        folded = said.casefold()
        peoples = place_forms(country, set(folded.split()))
        for name in (*names, *peoples):
            # "us" in lower case is the pronoun: a short name counts only in capitals ("US", "U.S.", "UK").
            short = len(name) <= _SHORT_NAME
            if re.search(rf"\b{re.escape(name.upper() if short else name)}\b", said if short else folded):
                return False
    return True
