"""Answers to free-form questions: the sentence that answers it, or an honest "not said".

Offline and model-free: the best candidate sentence (bot.core.ask.candidates) is returned only
when its confidence clears a calibrated threshold; otherwise the answer is None and the
sources are the closest paragraphs, as leads. Questions about the article's people ("Who is
X?") and what they said ("What did X say about Y?") use the quote engine's registry.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.absence import (
    missing_lower_case_names,
    missing_names,
    name_phrases,
    namesake,
    only_a_weak_likeness,
    thing_phrases,
    unknown_given_name,
    unknown_surname,
    with_article_forms,
)
from bot.core.ask.ages import age_by_reference
from bot.core.ask.answers import Answer, Source, cite
from bot.core.ask.authors import author_answer
from bot.core.ask.calls import may_say_what_called
from bot.core.ask.candidates import TYPED_KINDS, Candidate, content_words, rank_candidates
from bot.core.ask.gist import asks_for_gist, names_nothing
from bot.core.ask.introductions import asked_name, introduction, role_holder
from bot.core.ask.passages import also_close, closest_passage, leads
from bot.core.ask.people import about_person, job_of, mention_terms, role_of
from bot.core.ask.question import WHO, classify
from bot.core.ask.said import by_asked_speaker, closest_to_topic, statement, what_was_said
from bot.core.ask.scores import score_answer, scoreline_candidate
from bot.core.ask.shown import candidate_answer
from bot.core.ask.unranked import headline_passage, typed_passage, unknown_words
from bot.core.ask.which import names_the_noun, names_which
from bot.core.language.lexicon import TITLE_WORDS, is_role_head
from bot.core.language.text import STOPWORDS, is_question, words
from bot.core.quotes import engine as quotes
from bot.core.search.index import ArticleIndex, SentenceEntry, build_index, query_words
from bot.core.search.windows import bounds, excerpt
from bot.core.summary import summarize

__all__ = ["Answer", "Candidate", "Source", "answer_question", "rank_candidates"]

_HOW_OLD = re.compile(r"^\s*how\s+old\s+(?:is|was|are|were|will\s+be)\s+(.+?)\s*\??\s*$", re.IGNORECASE)

_AGE_EVENT = re.compile(r"\s+(when|while|after|before|at\s+the\s+time)\s+", re.IGNORECASE)

# "not immediately clear whether", "did not reveal", "declined to name": the article says it does not know.
_UNKNOWN = re.compile(
    r"\b(?:not|n[’']t)\s+(?:(?:immediately|yet|publicly)\s+)?(?:clear|known|specif\w*|disclos\w*|"
    r"reveal\w*|identif\w*|detail\w*|say\s+(?:who|what|when|where|why|how)|confirm\w*)\b"
    r"|\b(?:unclear|unknown|undisclosed|unidentified|declined\s+to\s+(?:say|name|identify|comment|detail))\b",
    re.IGNORECASE,
)

_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:and|while|although)\b|\s+but\b")

_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'.-]*)\s+$")  # a capitalised word right before a name

# "What is earnings stripping?": a term of one to three words, no possessive ("What is Mata's job?").
_WHAT_IS_TERM = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|are|was|were))\s+(?:an?\s+|the\s+)?([a-z][\w-]*(?:\s+[\w-]+){0,2})\s*\??\s*$",
    re.IGNORECASE,
)

_POSSESSIVES = frozenset("my your his her its our their this that these those".split())

_NOT_TERMS = frozenset("called named known wearing doing like for about to from".split())

_MEANS = re.compile(r"^\s*what\s+(?:does|did|do)\s+(.+?)\s+mean\b\s*(?:when|for|by|if)?\s*(.*?)[\s?]*$", re.I)

# What follows a term its sentence defines: an apposition ("X, a maneuver that", "X, which is"), "X is
# a ...", "X means ...", "X refers to ...".
_DEFINING = (
    r"(?:’s|'s)?,\s+(?:a|an|which\s+(?:is|are|was|means)|meaning|or)\b"
    r"|\s+(?:is|are|was|were)\s+(?:a|an|the\s+practice|when|defined|known)\b|\s+(?:means|refers\s+to)\b"
)


def answer_question(article: Article, question: str) -> Answer:
    """The sentence(s) answering `question`; else the closest passage; else what is missing."""
    if asks_for_gist(question):
        return _gist(article, question)
    if names_nothing(question):
        return Answer(question, None, (), 0.0, "declined")  # api.ask refuses it with a remedy first
    index = build_index(article)
    missing = (
        missing_names(index, question)
        or _missing_things(article, index, question)
        or _namesakes(article, index, question)
        or missing_lower_case_names(index, question, article.title)
    )
    if missing:
        return Answer(question, None, (), 0.0, "declined", missing=missing)
    asked = with_article_forms(index, question)
    return replace(_answer(article, index, asked), question=question)


def _gist(article: Article, question: str) -> Answer:
    """ "What happened?" answered with the first sentence /summary shows: of the article's key
    sentences, the one nearest its start (the top-scored alone may be a detail further down)."""
    picked = summarize(article, constants.SUMMARY_DEFAULT_SENTENCES).sentences
    if not picked:
        return Answer(question, None, (), 0.0, "declined")
    sentence = picked[0]
    at = article.paragraph(sentence.paragraph).text.find(sentence.text)
    spans = [(at, at + len(sentence.text))] if at >= 0 else []
    source = cite(article, sentence.paragraph, spans, sentence.text)
    return Answer(question, sentence.text[: constants.ASK_MAX_ANSWER_CHARS], (source,), 1.0, "gist")


def _namesakes(article: Article, index: ArticleIndex, question: str) -> tuple[str, ...]:
    """People asked about by a given name the article never uses and the surname of someone else it
    names ("Bill Clinton" where it names only Hillary Clinton), or by someone else's given name and a
    surname it never uses ("Jose Mourinho" where its Jose is Jose Baxter): not the same person."""
    asked = {
        p: parts
        for p in name_phrases(question)
        if (parts := unknown_given_name(index, p) or unknown_surname(index, p))
    }
    if not asked:
        return ()  # the people registry is read only for a given name the article lacks
    people = [p.name for p in quotes.list_people(article) if p.kind == quotes.PERSON_KIND]
    return tuple(p for p, parts in asked.items() if namesake(parts, people))


def _missing_things(article: Article, index: ArticleIndex, question: str) -> tuple[str, ...]:
    """The things a yes/no question (or a speaker) takes for granted whose every word the article
    never uses in any form the ranking knows (inflection, typo, synonym): "Was a knife used?"."""
    phrases = thing_phrases(question)
    if not phrases:
        return ()
    words = content_words(index, question)
    unknown = {w.word for w in words if not w.known or only_a_weak_likeness(index, w.word)}
    # The headline mentions what it names too ("is the clinic in brayford"), though it is no sentence.
    unknown -= set(query_words(article.title, index.vocabulary.df))
    return tuple(
        phrase
        for phrase in phrases
        if (said := query_words(phrase, index.vocabulary.df)) and all(w in unknown for w in said)
    )


def _answer(article: Article, index: ArticleIndex, question: str) -> Answer:
    special = (
        about_person(article, question)
        or role_of(article, question)
        or job_of(article, question)
        or what_was_said(article, question)
        or _age(article, question)
        or score_answer(article, question)
        or author_answer(article, question)
    )
    if special is not None and special.kind != "passage":
        return special
    ranked = rank_candidates(article, question)
    if ranked:
        ranked = by_asked_speaker(article, question, ranked)
    if special is not None:
        return closest_to_topic(article, question, special, ranked)
    if not ranked:
        unknown = unknown_words(index, question)
        return (
            typed_passage(article, question, unknown)
            or headline_passage(article, index, question, unknown)
            or Answer(question, None, (), 0.0, "declined", missing=unknown)
        )
    introduced = introduction(question, ranked)
    best = (
        introduced
        or _definition(index, question, ranked)
        or role_holder(question, ranked)
        or scoreline_candidate(question, ranked)
        or statement(question, ranked)
        or _body_first(ranked)
    )
    texts = [s.text for s in best.sentences]
    unsure = (
        best.confidence < constants.ASK_HIGH_CONFIDENCE
        or _says_unknown(index, question, best)
        or is_question(best.sentences[-1].text)  # a question asked in the article answers nothing
        # "speaking with a number of advisers" does not say which advisers
        or not names_which(question, texts)
        or not names_the_noun(question, texts)
        # "What did Joan call Joy?": a sentence with no word of naming and no quotation gives no name
        or not may_say_what_called(question, texts)
        # "What is EB-5?": a sentence only using it ("the EB-5 Investment Coalition") says not what it is
        or _leaves_undefined(index, question, best)
        # "Scrutinizing the Science.": a subheading names a part of the story, it tells nothing
        or all(_subheading(s) for s in best.sentences)
    )
    # "Who is Steve Mosko?": a sentence that only names him ("Steve Mosko wrote in an email") does
    # not say who he is; the one introducing him with a title, an apposition or a role does.
    unsure = unsure or (best is not introduced and asked_name(question) is not None)
    # The sentence introducing the person asked about says who they are, with or without a new name.
    if unsure or (best is not introduced and not _of_wanted_kind(question, best)):
        passage = closest_passage(article, best, ranked)
        also = also_close(passage, best, ranked)
        return Answer(question, None, leads(article, ranked), best.confidence, "passage", passage, also=also)
    return candidate_answer(article, index, question, best)


def _says_unknown(index: ArticleIndex, question: str, candidate: Candidate) -> bool:
    """True when the candidate says that what is asked is not known ("It was not immediately
    clear whether Mata has an attorney"): a question word stands in the clause that says so."""
    asked = content_words(index, question)
    text = candidate.text
    for match in _UNKNOWN.finditer(text):
        end = _CLAUSE_END.search(text, match.end())
        stop = end.start() if end else len(text)
        inside = set(query_words(text[match.start() : stop], index.vocabulary.df))
        outside = set(query_words(text[: match.start()] + " " + text[stop:], index.vocabulary.df))
        said = [w for w in asked if inside & w.terms.keys()]
        # "...do not specify the name of the group but says it hid them in containers": the rest
        # of the sentence answers what the unknown part does not.
        if said and not any(outside & w.terms.keys() for w in asked if w not in said):
            return True
    return False


def _of_wanted_kind(question: str, candidate: Candidate) -> bool:
    """False when a when/where/how-many/why/who question's candidate holds no date, place, number,
    reason or name it does not ask with: the passage is relevant, but it is no answer."""
    kind = classify(question).kind
    return kind not in (*TYPED_KINDS, WHO) or candidate.type_score >= constants.ASK_TYPED_ANSWER


def _body_first(ranked: list[Candidate]) -> Candidate:
    """The best candidate, unless it is a photo caption and story text answers about as
    confidently (a caption that alone names what was asked still answers)."""
    best = ranked[0]
    if not any(s.is_caption for s in best.sentences):
        return best
    floor = max(constants.ASK_HIGH_CONFIDENCE, best.confidence * constants.ASK_CAPTION_WEIGHT)
    body = (c for c in ranked if c.confidence >= floor and not any(s.is_caption for s in c.sentences))
    return next(body, best)


def _definition(index: ArticleIndex, question: str, ranked: list[Candidate]) -> Candidate | None:
    """For "What is earnings stripping?" or "What does it mean when a company inverts?", the best
    candidate that defines the term ("earnings stripping, a maneuver that ...", "plans to invert,
    which is corporate-speak for ..."), when the best one only uses it."""
    term = _defined_term(question)
    if not term:
        return None
    # The term's head (its last word): "stripping, a maneuver that" defines "earnings stripping".
    forms = {t for w in content_words(index, term.split()[-1]) for t in w.terms}
    if not forms:
        return None
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    defining = re.compile(rf"(?i)\b(?:{named})\b(?:{_DEFINING})")
    if defining.search(ranked[0].text):
        return None
    leads = ranked[: constants.ASK_LEADS * 2]
    confident = (c for c in leads if c.confidence >= constants.ASK_HIGH_CONFIDENCE)
    return next((c for c in confident if defining.search(c.text)), None)


def _subheading(sentence: SentenceEntry) -> bool:
    """A paragraph of a few words standing alone ("Scrutinizing the Science."): a subheading."""
    return len(sentence.entry.text.split()) <= constants.ASK_SUBHEADING_WORDS


def _leaves_undefined(index: ArticleIndex, question: str, best: Candidate) -> bool:
    """True when `question` asks what a term is ("What is EB-5?") and `best` neither defines it
    ("EB-5, a visa program", "EB-5 is a ...") nor names it another way ("known as HFCs", "(CSMU)")."""
    match = _WHAT_IS_TERM.match(question)
    term = _defined_term(question) if match else None
    # Only an acronym or a code ("EB-5", "HFCs"): what a phrase of words is can be said in many ways.
    if not term or " " in term or not re.search(r"\d|\w[A-Z]", term):
        return False
    # As typed too: the index joins "VT-9" as "vt9".
    forms = {term, *(t for w in content_words(index, term) for t in w.terms)}
    named = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    defines = re.compile(
        rf"(?i)\b(?:{named})\b(?:{_DEFINING}|\s*\(|\s+[—–]\s)"
        rf"|(?i:\((?:{named})\)|\b(?:known\s+as|called|dubbed|or)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{named})\b)"
    )
    return not any(defines.search(s.text) for s in best.sentences)


def _defined_term(question: str) -> str | None:
    """The term a question asks the meaning of: "earnings stripping" in "what is earnings stripping",
    "isobaric" in "What does isobaric mean?", "inverts" in "What does it mean when a company inverts?"."""
    if match := _WHAT_IS_TERM.match(question):
        term = match.group(1)
        first, last = term.split()[0].casefold(), term.split()[-1].casefold()
        # "What is her sentence?", "What was the base called?": a thing's value or name, no term.
        return None if first in _POSSESSIVES or last in _NOT_TERMS else term
    if match := _MEANS.match(question):
        return match.group(1) if match.group(1).casefold() != "it" else (words(match.group(2)) or [None])[-1]
    return None


def _age(article: Article, question: str) -> Answer | None:
    """ "How old is X?": the sentence that gives X's age right by the name, or a decline.

    News copy puts an age beside the name ("Ralph Mata, 45,", "Mata, aged 45", "the 45-year-old
    Mata", "Kalief Browder, a 22-year-old"); an age beside someone else's name in the same sentence
    is not X's. Else "the 45-year-old officer" right after a sentence naming X and no one else.
    """
    match = _HOW_OLD.match(question)
    # "How old was Scott when he went to boarding school?": the age at an event, not the age now.
    parts = _AGE_EVENT.split(match.group(1), maxsplit=1) if match else [""]
    asked, event = parts[0], parts[-1] if len(parts) > 1 else ""
    names = _age_names(asked)
    if not names:
        return None
    pattern = _age_pattern(names)
    index = build_index(article)
    # Only sentences holding a word of the name can give its age: no pattern over every sentence.
    terms = {t for name in names for t in query_words(name, index.vocabulary.df)}
    positions = sorted({p for t in terms for p in index.sentence_postings.get(t, ())})
    sentences = [s for s in (index.sentences[p] for p in positions) if pattern.search(s.text)]
    if event:
        # Only an age told with the event is the age then; else the ranking finds what the article says.
        told = {t for w in content_words(index, event) for t in w.terms}
        if not any(told & set(query_words(s.text, index.vocabulary.df)) for s in sentences):
            return None
    found = [(s, at) for s in sentences if (at := _age_at(pattern, s.text, names)) >= 0]
    found.sort(key=lambda pair: pair[0].is_caption)  # story text first, captions only when nothing else
    if not found:
        described = _described_age(article, index, names, terms)
        if described:
            return _age_answer(article, question, described)
    if not found and sentences:
        # Only someone else's age beside the name: the closest passage, never that age as X's.
        passage = cite(article, sentences[0].paragraph, [(sentences[0].start, sentences[0].end)], "")
        return Answer(question, None, (passage,), constants.ASK_OTHER_AGE_CONFIDENCE, "passage", passage)
    if not found:
        return None  # no age beside the name: the ranking finds what the article says, if anything
    sentence, at = found[0]
    text = sentence.text
    if len(text) > constants.ASK_MAX_ANSWER_CHARS:
        # The window may not run past the sentence's end (an age near the end of a long sentence).
        start, end = bounds(text, max(0, at - 100), min(len(text), at + constants.ASK_MAX_ANSWER_CHARS - 102))
        text = excerpt(text, start, end)
    source = cite(article, sentence.paragraph, [(sentence.start, sentence.end)], text)
    return Answer(question, text, (source,), 1.0, "sentence")


def _age_names(asked: str) -> list[str]:
    """The words of the name in "How old is X?": its capitalised words, or all of a name typed in
    lower case ("how old was kalief browder"), never a phrase of ordinary words ("the victim")."""
    found = [w for w in words(asked) if w[:1].isupper() and len(w) > 1]
    if found or not asked.islower():
        return found
    typed = words(asked)
    if not typed or len(typed) > 4 or any(w.casefold() in STOPWORDS or is_role_head(w) for w in typed):
        return []
    return typed


def _described_age(
    article: Article, index: ArticleIndex, names: list[str], terms: set[str]
) -> list[SentenceEntry]:
    """ "The 32-year-old said..." after a sentence naming X: X's age, when no one else was named."""
    person = quotes.find_person(article, " ".join(names))
    own = terms | (mention_terms(index, person) if person else set())
    others = [
        mention_terms(index, p)
        for p in quotes.list_people(article)
        if p.kind == quotes.PERSON_KIND and (person is None or p.name != person.name)
    ]
    return age_by_reference(index, own, [o - own for o in others if o - own])


def _age_answer(article: Article, question: str, sentences: list[SentenceEntry]) -> Answer:
    """The description of the age, with the sentence naming whom it describes when both fit."""
    fits = sum(len(s.text) + 1 for s in sentences) <= constants.ASK_MAX_ANSWER_CHARS
    shown = sentences if fits else sentences[-1:]
    text = " ".join(s.text for s in shown)[: constants.ASK_MAX_ANSWER_CHARS]
    sources = []
    for number in dict.fromkeys(s.paragraph for s in shown):
        spans = [(s.start, s.end) for s in shown if s.paragraph == number]
        sources.append(cite(article, number, spans, text))
    return Answer(question, text, tuple(sources), 1.0, "sentence")


def _age_at(pattern: re.Pattern, text: str, names: list[str]) -> int:
    """Where `text` gives the age of the person named `names`, or -1.

    A full name asked ("Ahmed Ali") inside a longer one ("Alya Ahmed Ali, 13") is someone else:
    the daughter, not the father. A surname alone ("Mata") may follow a first name.
    """
    for match in pattern.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        # "Claudia Yanira Hernandez Soriano, 25": the word before is the asked name's own first word.
        if (
            len(names) > 1
            and before
            and before.group(1).casefold().rstrip(".") not in TITLE_WORDS
            and before.group(1).casefold() not in {n.casefold() for n in names}
        ):
            continue
        return match.start()
    return -1


def _age_pattern(names: list[str]) -> re.Pattern:
    name = "(?i:" + "|".join(re.escape(n) for n in names) + r")\b"
    capitalised = r"(?:\s+[A-Z][\w’'-]*){0,2}"
    return re.compile(
        rf"\b{name}(?:’s|'s)?{capitalised},\s+(?:aged\s+)?\d{{1,3}}\b(?![.,]\d|\s*(?:%|per\b|million|billion))"
        rf"|\b{name}(?:’s|'s)?{capitalised},\s+an?\s+\d{{1,3}}-year-old\b"
        rf"|\b{name}[^.;]{{0,40}}?\baged\s+\d{{1,3}}\b"
        rf"|\b\d{{1,3}}-year-old\s+(?:[\w’'-]+\s+){{0,3}}?{name}"
        rf"|\b{name}[^.;]{{0,40}}?\b\d{{1,3}}\s+years?\s+old\b"
    )
