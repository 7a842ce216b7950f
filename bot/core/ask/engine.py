"""Answers to free-form questions: the sentence that answers it, the closest passage, or what the
article never mentions; questions of particular kinds go to their own readers first.

Offline and model-free: the best candidate sentence (bot.core.ask.candidates) is returned only
when its confidence clears a calibrated threshold; otherwise the answer is None and the reply is
the closest passage (ask.passages). Questions about the article's people ("Who is X?", ask.people)
and what they said ("What did X say about Y?", ask.said) use the quote engine's registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from weakref import WeakKeyDictionary

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.absence import (
    ORGANISATION_HEADS,
    absent_given_name,
    article_names,
    has_word,
    is_uncommon,
    missing_lower_case_names,
    missing_names,
    misspelt_surname,
    name_phrases,
    only_a_weak_likeness,
    only_whose,
    thing_phrases,
    titled_lower_case_names,
    unknown_given_name,
    unknown_surname,
    with_article_forms,
    with_role_titles,
    with_titles,
    written_apart,
)
from bot.core.ask.accents import accented_forms, with_article_accents
from bot.core.ask.ages import how_old, others_age
from bot.core.ask.another import only_another
from bot.core.ask.answers import Answer, Source, cite
from bot.core.ask.authors import author_answer
from bot.core.ask.bare_things import ADJECTIVE_ENDINGS, ONLY_ADJECTIVE_ENDINGS
from bot.core.ask.calls import may_say_what_called
from bot.core.ask.candidates import TYPED_KINDS, Candidate, content_words, rank_candidates
from bot.core.ask.changes import changed_figure
from bot.core.ask.contractions import with_apostrophes, with_plain_question_word
from bot.core.ask.converses import names_only_the_converse
from bot.core.ask.corrections import with_correction
from bot.core.ask.definitions import definition, leaves_undefined, spelled_out
from bot.core.ask.directions import turned_round
from bot.core.ask.doers import leaves_the_doer, passive_doer
from bot.core.ask.elsewhere import dated_otherwise, placed_candidate, placed_otherwise
from bot.core.ask.even import matched_as_well_elsewhere
from bot.core.ask.framing import framing_answer, placed_by_dateline
from bot.core.ask.gist import asks_for_gist, asks_who_is_quoted, asks_why_it_matters, names_nothing
from bot.core.ask.holders import role_left_unnamed
from bot.core.ask.introductions import (
    asked_name,
    described_after_name,
    introduction,
    others_role,
    role_holder,
)
from bot.core.ask.inverted import roles_inverted
from bot.core.ask.lineups import lineup_answer
from bot.core.ask.modifiers import only_as_modifier
from bot.core.ask.namesakes import namesake, only_others_given_name, only_others_in_full, only_others_surname
from bot.core.ask.objects import named_object
from bot.core.ask.parties import party_of
from bot.core.ask.passages import also_close, closest_passage, leads, with_neighbour
from bot.core.ask.payers import who_pays
from bot.core.ask.people import about_person, job_of, role_of, workplace_of
from bot.core.ask.plural_deeds import only_plural_deed
from bot.core.ask.qualifiers import priced_otherwise, qualified_otherwise
from bot.core.ask.question import (
    WHAT,
    WHO,
    classify,
    counts_another_thing,
    counts_the_qualifier,
    lacks_the_day,
    lacks_the_event,
    lacks_the_number,
    lacks_the_year,
    measures_another_thing,
)
from bot.core.ask.reported import only_asks
from bot.core.ask.requests import only_requested
from bot.core.ask.respell import with_article_spellings
from bot.core.ask.roles import with_role_nouns
from bot.core.ask.said import (
    by_asked_speaker,
    closest_to_topic,
    continued_statement,
    country_unnamed,
    others_words,
    reports_of_them,
    says_nothing,
    statement,
    what_was_said,
)
from bot.core.ask.scores import competition_answer, result_sentence, score_answer, scoreline_candidate
from bot.core.ask.shown import candidate_answer
from bot.core.ask.spellings import other_form, written_forms
from bot.core.ask.states import state_of, ties_no_state
from bot.core.ask.typos import with_corrected_typos
from bot.core.ask.unranked import (
    currency_passage,
    event_passage,
    headline_passage,
    kind_word_passage,
    match_setting_passage,
    result_passage,
    setting_passage,
    typed_passage,
    unknown_words,
    vague_passage,
    web_path_passage,
)
from bot.core.ask.whether import who_decides
from bot.core.ask.which import names_the_noun, names_which
from bot.core.ask.withheld import left_unidentified
from bot.core.language.lexicon import ORG_WORDS
from bot.core.language.stemming import IRREGULAR
from bot.core.language.text import is_question
from bot.core.quotes import engine as quotes
from bot.core.quotes.people import Quote
from bot.core.search.index import ArticleIndex, SentenceEntry, build_index, query_words
from bot.core.summary import summarize

__all__ = ["Answer", "Candidate", "Source", "answer_question", "rank_candidates"]

# "not immediately clear whether", "did not reveal", "declined to name": the article says it does not know.
_UNKNOWN = re.compile(
    r"\b(?:not|n[’']t)\s+(?:(?:immediately|yet|publicly)\s+)?(?:clear|known|specif\w*|disclos\w*|"
    r"reveal\w*|identif\w*|detail\w*|say\s+(?:who|what|when|where|why|how)|confirm\w*)\b"
    r"|\b(?:unclear|unknown|undisclosed|unidentified|declined\s+to\s+(?:say|name|identify|comment|detail))\b",
    re.IGNORECASE,
)

# "Who filed the other lawsuit?": another one than the story's, which a next candidate may well be about.
_OTHER = re.compile(r"\b(?:other|another)\b", re.IGNORECASE)

_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:and|while|although)\b|\s+but\b")


def answer_question(article: Article, question: str) -> Answer:
    """The sentence(s) answering `question`; else the closest passage; else what is missing."""
    # "whats the price in the us" asks "what's the price ...": "whats" is no name the article lacks.
    marked = with_apostrophes(with_plain_question_word(question))
    reply = _answer_marked(article, marked)
    return reply if marked == question else replace(reply, question=question)


def _answer_marked(article: Article, question: str) -> Answer:
    if asks_for_gist(question):
        return _gist(article, question)
    if asks_why_it_matters(question):
        return _gist_as_passage(_gist(article, question))
    if asks_who_is_quoted(question):
        return _quoted_people(article, question)
    if names_nothing(question):
        return Answer(question, None, (), 0.0, "declined")  # api.ask refuses it with a remedy first
    framed = framing_answer(article, question)  # "What news agency reported this?": the dateline
    if framed is not None:
        return framed
    index = build_index(article)
    _read_once(index)
    # "Who organized the strike?" asks what a British article says "organised".
    # "who qualifed second" asks who qualified, of an article saying "qualifying": no missing name.
    spelt = with_corrected_typos(index, with_article_spellings(index, question))
    # A person asked about who is not in the article is said before a thing it lacks: "Did Venus
    # Williams watch the final?" of an article about her sister Serena, which never says "final"; "was
    # andy murray in the draw" typed in lower case, of one that never says "draw" either.
    named = missing_names(index, spelt)
    missing = (
        with_titles(spelt, _beyond_misspelt(article, index, _beyond_headline(article, index, named)))
        or _namesakes(article, index, spelt)
        or _beyond_misspelt(article, index, _names_then_things(article, index, spelt))
    )
    # "Where is the recycling calendar?" of "listed at www.dunmore.example/recycling-calendar": written.
    missing = _beyond_web_paths(index, missing)
    if missing:
        return Answer(question, None, (), 0.0, "declined", missing=missing)
    # "Who chairs the council?" asks for its chairman, not "The chairs are folded away".
    # "Who is Jose Munoz?" asks about the article's "José Muñoz" (what is missing is said as typed).
    asked = with_role_nouns(index, with_article_forms(index, with_article_accents(index, spelt)))
    asked = with_role_titles(index, asked)  # "Who will be CEO?" of an article without one asks of the role
    # "What is the JCWI?" as typed: the question rewritten with the spelling would name no acronym.
    reply = spelled_out(article, spelt) or _answer(article, index, asked)
    # "Where is the trial?" said by the story's first sentence, its place only in the dateline
    reply = placed_by_dateline(article, asked, reply) or reply
    return replace(reply, question=question)


def _read_once(index: ArticleIndex) -> None:
    """Read on an article's first question what any later one may need of the whole article (its
    runs of capitalised words, its acronyms' spellings, its accented words), as the index itself is:
    on a 2 MB text each costs 60-200 ms, which would otherwise fall on whichever question first names
    something absent."""
    article_names(index)
    written_forms(index)
    accented_forms(index)


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


def _gist_as_passage(gist: Answer) -> Answer:
    """ "Why does it matter?" answered with the story's key sentence, shown as the closest passage: the
    article rarely says in so many words why its news matters, and its key sentence is the nearest."""
    if not gist.sources:
        return gist
    passage = gist.sources[0]
    return Answer(gist.question, None, (passage,), 0.0, "passage", passage)


def _quoted_people(article: Article, question: str) -> Answer:
    """ "Who is quoted?" answered with /speakers' list, most quoted first, as many whole names as fit,
    each cited by the paragraph of their first quotation; when no one is, what /speakers says."""
    listed = quotes.list_speakers(article)
    speakers = listed.speakers
    if not speakers:
        # What /speakers says of the same article: quotations whose speaker is unclear are counted,
        # never denied, and cited as it lists them.
        unclear = _first_per_paragraph(listed.unclear[:_QUOTED_CITED])
        sources = tuple(_quotation_source(article, quote) for quote in unclear)
        return Answer(question, quotes.nobody_quoted_note(listed.unattributed), sources, 1.0, "quoted")
    names = [s.name for s in speakers]
    shown = len(names)
    while shown > 1 and len(_quoted_list(names, shown)) > constants.ASK_MAX_ANSWER_CHARS:
        shown -= 1
    asked = speakers[: min(shown, _QUOTED_CITED)]
    firsts = [found[0] for found in (quotes.find_quotes(article, s.name).quotes for s in asked) if found]
    sources = tuple(_quotation_source(article, quote) for quote in _first_per_paragraph(firsts))
    return Answer(question, _quoted_list(names, shown), sources, 1.0, "quoted")


def _first_per_paragraph(found: Iterable[Quote]) -> list[Quote]:
    """Each paragraph cited once, by its first quotation: a long paragraph (a corpus article on one
    line) is then shown around that quotation, not from its start."""
    by_paragraph: dict[int, Quote] = {}
    for quote in found:
        by_paragraph.setdefault(quote.paragraph, quote)
    return list(by_paragraph.values())


def _quotation_source(article: Article, quote: Quote) -> Source:
    """The paragraph of `quote`, or when long, its sentence and what fits around it."""
    text = article.paragraph(quote.paragraph).text
    at = text.find(quote.sentence)
    spans = [(at, at + len(quote.sentence))] if at >= 0 else []
    return cite(article, quote.paragraph, spans, quote.sentence)


NOBODY_QUOTED = quotes.nobody_quoted_note(0)
_QUOTED_CITED = 5  # the first quotations cited for a "Who is quoted?" answer


def _quoted_list(names: list[str], shown: int) -> str:
    """ "The article quotes A, B and C." with `shown` names, the rest counted ("and 4 others")."""
    listed, rest = names[:shown], len(names) - shown
    if rest:
        listed.append(f"{rest} other{'s' if rest != 1 else ''}")
    said = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
    return f"The article quotes {said}."


def _namesakes(article: Article, index: ArticleIndex, question: str) -> tuple[str, ...]:
    """People asked about by a given name the article never uses and the surname of someone else it
    names ("Bill Clinton" where it names only Hillary Clinton), or by someone else's given name and a
    surname it never uses ("Jose Mourinho" where its Jose is Jose Baxter): not the same person."""
    texts = _texts(article, index)
    # "LA Times" where the article writes "Los Angeles Times" is no person named "LA", nor "UC San Diego"
    # where it writes "University of California, San Diego" one named "UC".
    phrases = [p for p in name_phrases(question) if not (p.split()[0].isupper() and _spelt_out(index, p))]
    asked = {
        p: parts
        for p in phrases
        if (
            parts := unknown_given_name(index, p)
            or unknown_surname(index, p)
            or _others_given(index, texts, p)
        )
    }
    # "Barack Obama" where the article's one Obama is Michelle Obama: a given name of any kind.
    alone = [
        p
        for p in phrases
        if (parts := absent_given_name(index, p))
        and (only_others_surname(texts, *parts) or only_others_in_full(texts, *parts))
    ]
    if not asked:
        return tuple(alone)  # the people registry is read only for a given name the article lacks
    people = [p.name for p in quotes.list_people(article) if p.kind == quotes.PERSON_KIND]
    return tuple(p for p in phrases if p in alone or (p in asked and namesake(asked[p], people)))


def _spelt_out(index: ArticleIndex, phrase: str) -> bool:
    """True when the article spells out the phrase, or its first word's initials ("UC")."""
    first = phrase.split()[0]
    return other_form(index, phrase) is not None or (first != phrase and other_form(index, first) is not None)


_TEXTS: WeakKeyDictionary[ArticleIndex, tuple[str, ...]] = WeakKeyDictionary()


def _texts(article: Article, index: ArticleIndex) -> tuple[str, ...]:
    """The title and every indexed paragraph's text, listed once per article: on 10,000 paragraphs the
    list takes milliseconds, and every question naming someone reads it."""
    if index not in _TEXTS:
        _TEXTS[index] = (article.title, *(p.text for p in index.paragraphs))
    return _TEXTS[index]


def _others_given(index: ArticleIndex, texts: tuple[str, ...], phrase: str) -> tuple[str, str] | None:
    """(given name, surname) of "Bill Clinton" asked where the article's every Bill has another surname."""
    if len(phrase.split()) != 2:
        return None  # "the Roman Catholic Priest Guyard": no given name and surname alone
    parts = absent_given_name(index, phrase, present=True)
    return parts if parts and only_others_given_name(texts, *parts) else None


def _names_then_things(article: Article, index: ArticleIndex, question: str) -> tuple[str, ...]:
    """What a question takes for granted that the article lacks, a name typed in lower case before a
    thing: "was andy murray in the draw" names "murray" though the article never says "draw" either."""
    things = _missing_things(article, index, question)
    names = _adjacent_joined(question, missing_lower_case_names(index, question, article.title))
    said = {w for n in names for w in n.split()}
    # "did marco rubio respond": the thing "marco rubio" says the name whole, better than "rubio".
    named = [t for t in things if len(t.split()) > 1 and said & set(t.split())]
    covered = {w for t in named for w in t.split()}
    unsaid = [n for n in names if not set(n.split()) <= covered]
    shown = {w for n in unsaid for w in n.split()}
    rest = [t for t in things if t not in named and not set(t.split()) <= shown]
    return (*named, *unsaid, *rest)


def _adjacent_joined(question: str, names: tuple[str, ...]) -> list[str]:
    """Lower-case names next to each other in the question said as one: "jason giambi"."""
    joined: list[list[str]] = []
    last = -2
    for position, word in enumerate(question.casefold().split()):
        word = word.strip("?.,!;:")
        if word not in names:
            continue
        if position == last + 1 and joined:
            joined[-1].append(word)
        else:
            joined.append([word])
        last = position
    found = [" ".join(run) for run in joined]
    return list(dict.fromkeys(found + [n for n in names if not any(n in f.split() for f in found)]))


def _beyond_headline(article: Article, index: ArticleIndex, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the article never mentions, less those its headline names ("Labour plans maternity pay
    rise"): a headline is the article's own word, though the index reads only its sentences."""
    if not names or not article.has_headline:
        return names
    headline = set(query_words(article.title, index.vocabulary.df))
    return tuple(name for name in names if not set(query_words(name, index.vocabulary.df)) <= headline)


def _beyond_misspelt(article: Article, index: ArticleIndex, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the article never mentions, less a lone surname typed one slip from the one person's it
    names ("who is anderson" of "Kristian Andersen"), whom the quote registry finds by it too."""
    if not names:
        return names
    people = [p.name for p in quotes.list_people(article) if p.kind == quotes.PERSON_KIND]
    return tuple(name for name in names if not misspelt_surname(index, name, people))


def _beyond_web_paths(index: ArticleIndex, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the article never mentions, less those a web address's path spells: the index leaves a
    path out of ranking, yet the reader sees its words."""
    spelt = index.web_path_words if names else frozenset()
    if not spelt:
        return names
    return tuple(name for name in names if not set(query_words(name, index.vocabulary.df)) <= spelt)


def _missing_things(article: Article, index: ArticleIndex, question: str) -> tuple[str, ...]:
    """The things a yes/no question (or a speaker) takes for granted whose every word the article
    never uses in any form the ranking knows (inflection, typo, synonym): "Was a knife used?"."""
    phrases = thing_phrases(question)
    if not phrases:
        return ()
    words = content_words(index, question)
    # "Did she make the shortlist?" of an article writing "short list": the word is there, apart.
    unknown = {
        w.word
        for w in words
        if (not w.known and not written_apart(index, w.word)) or only_a_weak_likeness(index, w.word)
    }
    # A body named by whose it is is there as itself or not at all: "the indianapolis star" is not the
    # article's "leading", which WordNet relates to "star".
    bodies = unknown | {w.word for w in words if not has_word(index, w.word)}
    # The headline mentions what it names too ("is the clinic in brayford"), though it is no sentence.
    headline = set(query_words(article.title, index.vocabulary.df))
    unknown -= headline
    bodies -= headline
    # "what did the muslim council say" of an article with "Muslim groups" and no council: a faith's,
    # a people's or a place's word names no body of its own.
    found = []
    for phrase in phrases:
        said = query_words(phrase, index.vocabulary.df)
        if said and (
            all(w in unknown for w in said)
            or (_body_of(phrase, said, bodies) and not _verb_ends(question, phrase))
        ):
            found.append(phrase)
        elif (
            phrase.islower()
            and len(said) >= 2
            # "does the commonwealth games pay": a word naming an organisation or an event is there as
            # itself or not at all, WordNet's "nation" is no "commonwealth" (as for a body's words above).
            and all(w in unknown or (said[-1] in ORG_WORDS and w in bodies) for w in said[:-1])
            and not _describes(said[:-1])
        ):
            # "did love appear at the beverly hills court", "was he in the goon show": a court or a show
            # the article has, not that one (a capitalised name is missing_names' and _namesakes').
            found.append(" ".join(phrase.split()[:-1]))
        elif (
            phrase.islower()
            and len(said) > 2
            and said[0] in unknown
            and not _describes(said[:1])
            and said[0] not in _PLAIN_DESCRIBING  # "was the new water pipe laid": it may be, unsaid
            and phrase.split()[-1] not in IRREGULAR  # "are the old emails lost": a verb ends that run
        ):
            # "was a boil water notice issued": a run's first word the article never uses makes the thing
            # another kind than the article's (its "water main"), though its later words are there.
            found.append(phrase.split()[0])
    # "did pope benedict sign the decree" of an article with Pope Francis: a title the article has, with a
    # name it never writes.
    found.extend(titled_lower_case_names(question, unknown))
    # "did the bbc show the race": "bbc", not also "bbc show", its verb taken along; "trade tariffs",
    # not also its head "tariffs".
    kept = dict.fromkeys(found)
    return tuple(f for f in kept if not any(f.startswith(f"{g} ") or g.endswith(f" {f}") for g in kept))


# Words opening a verb's object or infinitive: "did the ntc grant the licence", "is the pcb going to".
_OBJECT_OPENERS = frozenset("a an the his her their its this that these those to".split())


def _verb_ends(question: str, phrase: str) -> bool:
    """True when the word after `phrase` in the question opens an object or an infinitive: the phrase's last
    word is then its subject's verb ("did the pcb grant the permit"), no word of a body's name."""
    said = phrase.casefold().split()
    words = [w.strip(".,?!;:’'\"").casefold() for w in question.split()]
    for at in range(len(words) - len(said)):
        if words[at : at + len(said)] == said:
            return words[at + len(said)] in _OBJECT_OPENERS
    return False


def _body_of(phrase: str, said: list[str], bodies: set[str]) -> bool:
    """True for a body the article lacks named by whose it is ("Swansea council", "the saudi embassy"),
    or of a kind it never names at all ("did the green party comment" of a story with no party)."""
    if said[-1] not in bodies or _describing(said[-1]):
        return False
    return said[-1] in _BODY_KINDS or _whose(phrase, said[:-1])


# Kinds of body: a question naming one the article has in no form asks about another organisation.
_BODY_KINDS = ORGANISATION_HEADS | frozenset("party bank embassy police".split())


# Describing words of no describing ending, which an article may leave unsaid of a thing it has.
_PLAIN_DESCRIBING = frozenset(
    "new old big small large young little long short high low good bad great main major minor first last "
    "next other same whole full open free hot cold top latest".split()
)


def _describes(modifiers: list[str]) -> bool:
    """True for one word before a thing that looks like a describing word ("the eldest son", "a huge
    fire"), which the article may put in other words, not a name of a kind ("goon show")."""
    return len(modifiers) == 1 and modifiers[0].endswith(ADJECTIVE_ENDINGS)


def _describing(word: str) -> bool:
    """True for a word that ends as only describing words do: "is the psp available" asks of the PSP,
    not of a body called "psp available" (a body's "council", "treasurer", "government" do not end so)."""
    return word.endswith(ONLY_ADJECTIVE_ENDINGS)


def _whose(phrase: str, modifiers: list[str]) -> bool:
    """True when the words before a thing's last only say whose or where it is: a faith's, a people's
    or a place's word ("muslim council"), or a name the article has, typed capitalised ("Swansea
    council": a capitalised name the article lacked was said missing before) or in lower case, a word
    no word list knows ("dunmere council")."""
    typed = phrase.split()[: len(modifiers)]
    return bool(modifiers) and all(
        # "low-cost carriers": a compound typed with its hyphen describes them, it names no owner.
        t[:1].isupper() or only_whose([w]) or (t.isalpha() and is_uncommon(w))
        for t, w in zip(typed, modifiers, strict=False)
    )


def _answer(article: Article, index: ArticleIndex, question: str) -> Answer:
    special = _special_answer(article, question)
    if special is not None and special.kind != "passage":
        return special
    ranked = rank_candidates(article, question)
    if ranked:
        ranked = by_asked_speaker(article, question, ranked)
    if special is not None:
        return closest_to_topic(article, question, special, ranked)
    if not ranked:
        return _without_candidates(article, index, question)
    # "When did the attack happen?": "..., another attack ascribed to the Taliban" tells of another one.
    ranked = [c for c in ranked if not only_another(question, [s.text for s in c.sentences])] or ranked
    introduced = introduction(question, ranked)
    # "Who is Yoshiaki Tsutsumi?": "Tsutsumi was once ranked as the world's richest man" says who he is,
    # however low the model ranks it beside his quotations (which name him and hold capitalised words).
    described = None if introduced else described_after_name(question, ranked)
    if described is not None:
        introduced = replace(described, confidence=max(described.confidence, constants.ASK_HIGH_CONFIDENCE))
    picked = (
        introduced
        or definition(index, question, ranked)
        or changed_figure(index, question, ranked)
        or role_holder(question, ranked)
        or named_object(index, question, ranked)  # "Which airline did Germany ban?": the name it banned
        or passive_doer(question, ranked)
        or placed_candidate(question, ranked)
        or scoreline_candidate(question, ranked)
        or statement(question, ranked)
        or continued_statement(index, question, ranked)
    )
    best = with_correction(index, question, picked or _first_of_kind(question, ranked) or _body_first(ranked))
    confident = best.confidence >= constants.ASK_HIGH_CONFIDENCE
    # Checks the confidence model does not see, read only for a confident candidate.
    turned_down = confident and _turned_down(article, index, question, best, introduced)
    # The sentence introducing the person asked about says who they are, with or without a new name.
    unsure = (best is not introduced and not _of_wanted_kind(question, best)) or (
        picked is None and (_tied(index, question, best) or _matched_alike(index, question, best, ranked))
    )
    if (
        turned_down
        and not _OTHER.search(question)
        and leaves_the_doer(question, [s.text for s in best.sentences])
    ):
        # "Who filed the lawsuit?": "The lawsuit was filed in the District Court" names no doer; the next
        # confident candidate that does ("attorneys general from sixteen states filed a lawsuit") answers.
        doer = _next_naming_the_doer(article, index, question, ranked, best)
        if doer is not None:
            return candidate_answer(article, index, question, doer)
    if not confident or turned_down or unsure:
        return _short_of_an_answer(article, index, question, ranked, best, turned_down)
    return candidate_answer(article, index, question, best)


def _special_answer(article: Article, question: str) -> Answer | None:
    """An answer read from the article's structure (people, roles, scores, the by-line), if any."""
    return (
        about_person(article, question)
        or role_of(article, question)
        or job_of(article, question)
        or workplace_of(article, question)
        or what_was_said(article, question)
        or how_old(article, question)
        or who_pays(article, question)  # "Who will pay for it?": "pay" the verb, not the noun
        or who_decides(article, question)  # "Who decides whether ...?": the decider, not the topic
        or party_of(article, question)
        or state_of(article, question)
        or score_answer(article, question)
        or result_sentence(article, question)  # "Who won?": the lede's result, not any "won"
        or competition_answer(article, question)  # "Which competition was this in?": the lede's
        or author_answer(article, question)
        or lineup_answer(article, question)
    )


def _without_candidates(article: Article, index: ArticleIndex, question: str) -> Answer:
    """No sentence shares the question's words: a passage found another way, else the words missing."""
    unknown = unknown_words(index, question)
    return (
        lineup_answer(article, question, fallback=True)
        or typed_passage(article, question, unknown)
        or web_path_passage(article, question, unknown)
        or headline_passage(article, index, question, unknown)
        or match_setting_passage(article, index, question)
        or event_passage(article, question, unknown)
        or result_passage(article, index, question, unknown)
        or kind_word_passage(article, question)
        or currency_passage(article, question, unknown)
        or vague_passage(article, question, unknown)
        or Answer(question, None, (), 0.0, "declined", missing=unknown)
    )


def _turned_down(
    article: Article, index: ArticleIndex, question: str, best: Candidate, introduced: Candidate | None
) -> bool:
    """A confident candidate that does not say what was asked."""
    texts = [s.text for s in best.sentences]
    return (
        _says_unknown(index, question, best)
        or is_question(best.sentences[-1].text)  # a question asked in the article answers nothing
        # "Reporters asked Holt how the research is linked to ...": the question put, not its answer
        or only_asks(question, best.sentences[-1].text, index.vocabulary.df)
        # "speaking with a number of advisers" does not say which advisers
        or not names_which(question, texts)
        or not names_the_noun(question, texts)
        # "What did Joan call Joy?": a sentence with no word of naming and no quotation gives no name
        or not may_say_what_called(question, texts)
        # "What did Holt say?": "Holt has a strong ground game, said Mindy Romer" is not her word
        or others_words(article, question, texts)
        or says_nothing(article, question, texts)
        # "What does the US say about Mahan Air?": "Germany banned it, with officials saying ..." names no US
        or country_unnamed(question, texts)
        # "What did Trump say?": "Fars reported ... a red notice for Donald Trump" is Fars's report
        or reports_of_them(question, texts)
        or others_role(question, texts)
        # "How old is Nowsch?": "Nowsch shot Tammy Meyers, 44," gives her age, not his
        or others_age(question, texts)
        # "When did the employee delete the emails?": "Mills asked the employee to delete emails" is no deed
        or only_requested(question, best.text)
        # "Who shot the man?": "A man was shot outside the studio" says the deed, not who did it
        or leaves_the_doer(question, texts)
        # "Who is Warne dating?": "the Tinder dating app" names a thing, not whom he is dating
        or only_as_modifier(question, texts)
        # "What state does Rooney represent?": "Representative Francis Rooney proposed ..." names none
        or ties_no_state(article, question, texts)
        # "What was the murder weapon?": "an alleged murder weapon, which was not publicly identified"
        or left_unidentified(question, texts)
        # "Where was he arrested?": "a series of arrests of top executives in Japan" places others' arrests
        or only_plural_deed(question, texts)
        # "Who won the contract?": "Changi awarded a contract" names the giver, no winner
        or names_only_the_converse(question, texts)
        # "Who is the campaign manager?": "as the campaign manager suggested" names nobody in the role
        or role_left_unnamed(question, texts)
        # "What is EB-5?": a sentence only using it ("the EB-5 Investment Coalition") says not what it is
        or leaves_undefined(index, question, best)
        # "Ashworth scored for Rovers" says nothing of who scored for City
        or qualified_otherwise(index, question, content_words(index, question), best.sentences)
        # "Libya announced an embargo" says nothing of what Kuwait announced, nor a 1974 rule of 1979
        or placed_otherwise(index, article.title, question, texts)
        or dated_otherwise(article.title, question, texts)
        # "Rollo swore fealty to King Charles" does not say whom King Charles swore fealty to
        or roles_inverted(question, texts)
        # "Even before the Norman Conquest ..." does not say who did it after the conquest
        or turned_round(question, texts)
        # "Games for the DS are expected to cost £19" gives the games' price, not the DS's
        or priced_otherwise(question, best.text)
        # "Scrutinizing the Science.": a subheading names a part of the story, it tells nothing
        or all(_subheading(s) for s in best.sentences)
        # "Who is Steve Mosko?": a sentence that only names him ("Steve Mosko wrote in an email") does
        # not say who he is; the one introducing him with a title, an apposition or a role does.
        or (best is not introduced and asked_name(question) is not None)
    )


def _short_of_an_answer(
    article: Article,
    index: ArticleIndex,
    question: str,
    ranked: list[Candidate],
    best: Candidate,
    turned_down: bool,
) -> Answer:
    """No sure answer: a team sheet's line, the match's setting, else the closest passage."""
    sheet = lineup_answer(article, question, fallback=True)  # "Who came on for Barton?"
    if sheet is not None:
        return sheet
    # Turned down, it reports less confidence than any answer (what eval/ask_eval.py's AUC ranks);
    # one lacking the kind of answer wanted keeps its own, which the model's answer-kind features set.
    sure = best.confidence * constants.ASK_HIGH_CONFIDENCE if turned_down else best.confidence
    setting = setting_passage(article, index, question)  # "Where was the game played?": the lede's place
    if setting is not None:
        return replace(setting, confidence=sure)
    passage = with_neighbour(article, closest_passage(article, best, ranked))
    also = also_close(passage, best, ranked)
    sources = leads(article, ranked, passage)
    return Answer(question, None, sources, sure, "passage", passage, also=also)


def _next_naming_the_doer(
    article: Article, index: ArticleIndex, question: str, ranked: list[Candidate], best: Candidate
) -> Candidate | None:
    """The next confident candidate holding a name, and saying what was asked, after `best`, turned down
    for telling the deed in the passive with no doer."""
    for candidate in ranked[1 : constants.ASK_RIVAL_REACH]:
        if candidate is best or candidate.confidence < constants.ASK_HIGH_CONFIDENCE:
            continue
        if _of_wanted_kind(question, candidate) and not _turned_down(
            article, index, question, candidate, None
        ):
            return candidate
    return None


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
    if lacks_the_day(question, candidate.text) or lacks_the_year(question, candidate.text):
        return False
    if lacks_the_number(question, candidate.text):
        return False
    # "When is the leadership election?" is not dated by a sentence about another thing's date.
    if lacks_the_event(question, candidate.text):
        return False
    if counts_the_qualifier(question, candidate.text) or counts_another_thing(question, candidate.text):
        return False
    if measures_another_thing(question, candidate.text):  # "How much snow fell?": no "dozen snow-day jokes"
        return False
    return kind not in (*TYPED_KINDS, WHO) or candidate.type_score >= constants.ASK_TYPED_ANSWER


def _matched_alike(index: ArticleIndex, question: str, best: Candidate, ranked: list[Candidate]) -> bool:
    """True when another sentence of a one-paragraph article matches the question about as well as the
    best candidate and holds the kind of answer wanted too: the passage shows both (even.py)."""
    return matched_as_well_elsewhere(index, best, ranked, lambda rival: _of_wanted_kind(question, rival))


def _first_of_kind(question: str, ranked: list[Candidate]) -> Candidate | None:
    """The best confident candidate holding the kind of answer asked for (a reason, a date, a day),
    when the best one holds none: "Why did Reyes substitute Hall?" is answered by "... substitute Hall
    because the defender's confidence was shot", not by "admitted he had to substitute Hall", which the
    model ranks first (it weighs no reason) and which would only be a passage."""
    if classify(question).kind not in (*TYPED_KINDS, WHO) or _of_wanted_kind(question, ranked[0]):
        return None
    confident = (c for c in ranked[1:] if c.confidence >= constants.ASK_HIGH_CONFIDENCE)
    return next((c for c in confident if _of_wanted_kind(question, c)), None)


def _tied(index: ArticleIndex, question: str, candidate: Candidate) -> bool:
    """True when a what-question's candidate is barely ahead of the best one in another paragraph.

    Its answer is of no kind the model checks (a date, a place, a name), so only the lead says this
    sentence, and not another that matches the question as well, is the one that answers ("What did
    Obama call for?" matched by "the Obama administration announced ..." and by the call itself). On
    the tuned news sets such answers were right about two times in three; the closest passage shows
    both. An article that is one paragraph (a one-line corpus text) has no other paragraph: there the
    lead is over a sentence further on, lower by nature (constants.ASK_ONE_PARAGRAPH_SHIFT).
    """
    if classify(question).kind != WHAT or candidate.evidence is None:
        return False
    if index.sentences[0].paragraph == index.sentences[-1].paragraph:
        return False  # there a near tie of any question is a passage (even.py)
    return candidate.evidence.lead < constants.ASK_WHAT_LEAD


def _body_first(ranked: list[Candidate]) -> Candidate:
    """The best candidate, unless it is a photo caption and story text answers about as
    confidently (a caption that alone names what was asked still answers)."""
    best = ranked[0]
    if not any(s.is_caption for s in best.sentences):
        return best
    floor = max(constants.ASK_HIGH_CONFIDENCE, best.confidence * constants.ASK_CAPTION_WEIGHT)
    body = (c for c in ranked if c.confidence >= floor and not any(s.is_caption for s in c.sentences))
    return next(body, best)


def _subheading(sentence: SentenceEntry) -> bool:
    """A paragraph of a few words standing alone ("Scrutinizing the Science."): a subheading."""
    return len(sentence.entry.text.split()) <= constants.ASK_SUBHEADING_WORDS
