"""The chosen sentence as the reader sees it: with the sentence it refers back to or that continues
it, cut to the answer's length around the question's words, and the paragraphs it cites.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.answers import Answer, Source, cite
from bot.core.ask.candidates import Candidate, content_words, continues
from bot.core.ask.question import (
    AGE,
    ALIAS,
    COUNT,
    HOW_MANY,
    MEASURE,
    MONEY,
    NAME,
    ORIGIN,
    WHAT,
    WHEN,
    WHERE,
    WHO,
    classify,
)
from bot.core.ask.quoted import as_quotation
from bot.core.ask.role_named import holder_named
from bot.core.ask.subjects import asked_deed
from bot.core.language.lexicon import DEMONYMS, is_role_head
from bot.core.language.text import words
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.marks import paragraph_spans
from bot.core.search.index import ArticleIndex, SentenceEntry

# Words that open a sentence pointing back at the one before ("He", "It", "This").
REFERRING = frozenset("he she it they this these that those his her its their him them".split())

# Words before the head of a description of a person: "The former ...", "The late ...".
_DESCRIPTION_MODIFIERS = frozenset("former ex late veteran young teenage old new top".split())
_AGE_WORD = re.compile(r"\d{1,3}-year-old")

# "What did Ortagus urge Iraqi leaders to do?": the deed asked for follows the words the question shares.
_ASKS_THE_DEED = re.compile(
    r"^\s*what\s+(?:did|does|do|will|would|has|have|had)\b.*\bto\s+do\s*\??\s*$", re.I
)

# Marks opening a quotation: a sentence or paragraph opening with one speaks someone's words.
OPENING_QUOTES = "“\"‘'"

_PARAGRAPH_REFERRING = frozenset("he she they his her their".split())  # people carry across paragraphs


def candidate_answer(article: Article, index: ArticleIndex, question: str, best: Candidate) -> Answer:
    """The candidate as the answer: with the sentence it refers back to or that continues it, cut
    to the answer's length around the question's words."""
    asked = content_words(index, question)
    terms = {t for w in asked for t in w.terms}
    shown = _with_open_quotation(index, _with_continuation(index, _with_antecedent(index, best), asked))
    kind = classify(question).kind
    if kind == WHAT:
        shown = _with_announced_quotation(index, shown, terms)
    named = _name_given(index, shown) if kind == WHO else None
    if named is None and asked_deed(question) is not None:
        # "The director makes ..." of "Who made ...?": the sentence naming the director goes with it.
        named = holder_named(index, shown.sentences)
    cited = [best]
    if named is not None:
        cited.append(replace(best, sentences=(named,)))
    text = _fit(shown, terms, constants.ASK_MAX_ANSWER_CHARS, kind, bool(_ASKS_THE_DEED.match(question)))
    if named is not None:
        # "... a spring break party ... Eloi Vasquez, an economics major, ...": the lede cut to leave
        # the naming sentence whole when both would not fit.
        room = constants.ASK_MAX_ANSWER_CHARS - len(named.text) - 1
        text = f"{text if len(text) <= room else _fit(shown, terms, room, kind)} {named.text}"
    sources = cited_sources(article, cited, text)
    # "The pipes are 80 years old. They will not ...": a sentence from inside a quotation reads as
    # the quotation it is, and whose.
    text = as_quotation(article, best.sentences[0].paragraph, text)
    return Answer(question, text, sources, best.confidence)


def _with_antecedent(index: ArticleIndex, candidate: Candidate) -> Candidate:
    """The candidate with the sentence before it when it opens with a pronoun ("He said...")
    that refers back, so the answer says who or what; unchanged when that does not fit."""
    first = candidate.sentences[0]
    opener = words(first.text[:40])[:1]
    if not opener or not first.terms:
        return candidate
    if opener[0].casefold() not in REFERRING and not describes_person(first.text):
        return candidate
    position = index.position(first)
    if position == 0:
        return candidate
    before = index.sentences[position - 1]
    described = opener[0].casefold() not in REFERRING
    if described and not _names_someone(before.text):
        return candidate  # "The GOP candidate ..." after "He said ...": that one names no one either
    if (
        before.paragraph != first.paragraph
        and opener[0].casefold() not in _PARAGRAPH_REFERRING
        and not described
    ):
        return candidate
    if before.is_caption or len(before.text) + len(candidate.text) + 1 > constants.ASK_MAX_ANSWER_CHARS:
        return candidate
    if before.paragraph != first.paragraph and quoted_whole(before):
        # "“… I wouldn't do that now.” ¶ His wife, Morag, laughs": words someone said, the end of a
        # quotation, say nothing of whom "his" means.
        return candidate
    return replace(candidate, sentences=(before, *candidate.sentences))


def quoted_whole(sentence: SentenceEntry) -> bool:
    """Whether the sentence lies inside one quotation of its paragraph: words said, not the writer's."""
    spans = paragraph_spans(sentence.entry.text)
    return any(span.start <= sentence.start + 1 and sentence.end - 1 <= span.end for span in spans)


def describes_person(text: str) -> bool:
    """True for a sentence opening with a description of a person instead of a name or "he": "The
    former Conservative MP for Kensington and Chelsea, died ...", "The 71-year-old served ...", "The
    Argentine had ...", "The singer was ...": news copy's way of speaking again of whom it just named."""
    tokens = text.split()[: constants.ASK_DESCRIPTION_WORDS + 1]
    if len(tokens) < 3 or tokens[0] != "The" or _TITLE_THEN_HOLDER.match(text):
        return False
    for at, token in enumerate(tokens[1:], start=1):
        word = token.strip(",;:")
        if word.endswith(("'s", "’s")):
            return False  # "The Commission's President": a post of its own, named by whose it is
        folded = word.casefold()
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if is_role_head(folded) or is_role_head(folded.rstrip("s")):
            return True  # "The former ... MP", "The singer"
        if word[:1].isupper():
            if folded in DEMONYMS and following[:1].islower():
                return True  # "The Argentine had ..."
            continue  # a party, team or place inside the description: "The former Conservative MP"
        if _AGE_WORD.fullmatch(word):
            if following[:1].islower():
                return True  # "The 71-year-old served ..."
            continue
        if folded not in _DESCRIPTION_MODIFIERS and not folded.startswith("ex-"):  # "The ex-Labour MP"
            return False
    return False


# "The Lord Chief Justice, Lord Woolf, said ...": a capitalised title, its holder named right after it.
_TITLE_THEN_HOLDER = re.compile(r"The(?:\s+(?:[A-Z][\w’'-]*|of|the|for|and))+,\s+[A-Z]")


def _names_someone(text: str) -> bool:
    """True when a word after the sentence's first is capitalised: it may name whom a description
    after it speaks of again."""
    return any(w[:1].isupper() for w in words(text)[1:])


def _name_given(index: ArticleIndex, candidate: Candidate) -> SentenceEntry | None:
    """ "Who was charged?" answered by a lede that describes ("A 34-year-old man has been charged
    ..."): the sentence a little later that names him ("Daniel Rourke, of Ashgrove Road, ..."), news
    copy's way of introducing the person its lede describes; None when none fits."""
    first, last = candidate.sentences[0], candidate.sentences[-1]
    if words(first.text[:3])[:1] not in (["A"], ["An"]) or not last.terms:
        return None
    position = index.position(last)
    room = constants.ASK_MAX_ANSWER_CHARS - constants.ASK_DESCRIBED_ROOM - 1
    for after in index.sentences[position + 1 : position + 1 + constants.ASK_NAMED_LATER_SENTENCES]:
        if _opens_with_a_name(after.text) and not after.is_caption and len(after.text) <= room:
            return after
    return None


# "Viktor Makarov, 50, claims ...", "Eloi Vasquez, an economics major, ...": a name and an age or a
# description, news copy's introduction of a person.
_NAME_AND_AGE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}, (?:\d{1,3},|an? [a-z])")
# "Kesri Oduya, a police spokeswoman, said ...", "Ann Hale, 52, told ...": a name whose description or
# age is followed by a verb of saying introduces one who speaks of the news, a witness or a spokesperson.
_NAME_THEN_SAYS = re.compile(
    r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}(?:, [^,]{1,80}){1,2}, (?:said|says|told|tells|added|adds)\b"
)


def _opens_with_a_name(text: str) -> bool:
    """A sentence opening with a person's name: a given name and a capitalised word ("Michael Sears
    admitted ..."), or any name with an age or a description after it ("Viktor Makarov, 50, ...",
    "Eloi Vasquez, an economics major, ...")."""
    if text[:1] in OPENING_QUOTES:
        return False  # '"Al-Murabitun may be considered ...': a quotation speaks, it introduces no one
    if _NAME_THEN_SAYS.match(text):
        return False  # "Oriel Banfield, a neighbour, said ...": a witness, not the one described
    opening = words(text[:60])[:2]
    if len(opening) == 2 and opening[1][:1].isupper() and is_given_name(opening[0].casefold()):
        return True
    return bool(_NAME_AND_AGE.match(text))


def _with_continuation(index: ArticleIndex, candidate: Candidate, asked: list) -> Candidate:
    """The candidate with the sentence after it when that one continues it ("That could include
    ...") and holds a question word the candidate lacks: the first only announces the answer."""
    last = candidate.sentences[-1]
    if not last.terms:
        return candidate
    position = index.position(last)
    if position + 1 >= len(index.sentences):
        return candidate
    after = index.sentences[position + 1]
    if after.paragraph != last.paragraph or after.is_caption or not continues(after):
        return candidate
    lacking = [w for w in asked if w.word not in candidate.matched]
    if not any(t in after.counts for w in lacking for t in w.terms):
        return candidate
    return replace(candidate, sentences=(*candidate.sentences, after))


def _with_open_quotation(index: ArticleIndex, candidate: Candidate) -> Candidate:
    """The candidate with the next sentence when its last one leaves a quotation open and both fit in
    an answer: 'Trump said: "I am greatly honored by the endorsement of Senator Cruz.' goes on 'We have
    fought the battle and he was a tough and brilliant opponent.' within the same quotation."""
    last = candidate.sentences[-1]
    if last.text.count("“") <= last.text.count("”") and last.text.count('"') % 2 == 0:
        return candidate
    if last.text[:1] in '“"':
        return candidate  # a sentence from inside the quotation is shown as one (quoted.as_quotation)
    position = index.position(last)
    if position + 1 >= len(index.sentences):
        return candidate
    after = index.sentences[position + 1]
    if after.paragraph != last.paragraph or after.is_caption:
        return candidate
    if len(candidate.text) + 1 + len(after.text) > constants.ASK_MAX_ANSWER_CHARS:
        return candidate
    return replace(candidate, sentences=(*candidate.sentences, after))


def _with_announced_quotation(index: ArticleIndex, candidate: Candidate, terms: set[str]) -> Candidate:
    """The candidate with the quotation after it when its last sentence ends on the thing asked and
    only announces it, naming it by whose or how many it is: "What was her kiss-off?" against "Then she
    recalls her ultimate kiss-off." with "'Bye bye, see you later!'" after it. Sentences before the
    announcing one are dropped when both would not fit in an answer."""
    last = candidate.sentences[-1]
    # its last word, or its last two as the question may write them joined ("kiss-off", "kissoff")
    ending = {last.terms[-1], "".join(last.terms[-2:])} if last.terms else set()
    if not ending & terms or _quotes(last.text) or not _ends_unnamed(last.text):
        return candidate
    position = index.position(last)
    if position + 1 >= len(index.sentences):
        return candidate
    after = index.sentences[position + 1]
    if after.paragraph != last.paragraph or after.is_caption or after.text[:1] not in OPENING_QUOTES:
        return candidate
    if _ATTRIBUTED.search(after.text):
        return candidate  # '"A good day," said Ada Prowse.': another's words, not the thing announced
    kept = list(candidate.sentences)
    while kept and sum(len(s.text) + 1 for s in kept) + len(after.text) > constants.ASK_MAX_ANSWER_CHARS:
        kept.pop(0)
    if not kept:
        return candidate
    return replace(candidate, sentences=(*kept, after))


# '," said councillor Ada Prowse.': a quotation closing before words naming someone is that one's own;
# '," he said.' speaks on for the announcing sentence's subject.
_ATTRIBUTED = re.compile(
    r"[,.!?][\"”’']\s+(?!(?:he|she|they)\b|(?:said|says|added|adds)\s+(?:he|she|they)\b)\w"
)
# "her ultimate kiss-off.", "one problem still to solve.": a thing named only by whose or how many it is.
_UNNAMING = frozenset("a an one her his their its my our your some".split())


def _ends_unnamed(text: str) -> bool:
    """True when `text` ends on a thing it does not name: an indefinite or possessive word opens one of
    its last few words, and no capitalised word follows ("in Mexico City." names its place)."""
    tail = words(text)[-constants.ASK_ANNOUNCING_WORDS :]
    opened = [at for at, word in enumerate(tail) if word.casefold() in _UNNAMING]
    return bool(opened) and not any(word[:1].isupper() for word in tail[opened[0] + 1 :])


def _quotes(text: str) -> bool:
    """True when `text` opens or holds a quotation: it is no announcement of one."""
    return text[:1] in OPENING_QUOTES or any(mark in text for mark in '"“”')


def _fit(candidate: Candidate, terms: set[str], limit: int, kind: str = WHAT, after: bool = False) -> str:
    """The candidate's text, cut to `limit` characters around its matched words if too long."""
    text = candidate.text
    if len(text) <= limit:
        return text
    # Terms and offsets as the index keeps them: Token objects for a megabyte paragraph cost seconds.
    sentence = max(candidate.sentences, key=lambda s: sum(term in terms for term in s.terms))
    last = candidate.sentences[-1]
    if len(candidate.sentences) > 1 and continues(last) and len(last.text) < limit - 20:
        # "That could include ...": the continuation says what was asked; show it whole, with as
        # much of the sentence it continues as fits before it.
        return "…" + text[len(text) - limit + 1 :].split(" ", 1)[-1]
    text = sentence.text
    if len(text) <= limit:
        return text
    entry, low, high = sentence.entry, sentence.low, sentence.high
    offsets = zip(entry.terms[low:high], entry.starts[low:high], entry.ends[low:high], strict=True)
    matched = [
        (term, start - sentence.start, end - sentence.start) for term, start, end in offsets if term in terms
    ]
    text, spans = _without_asides(text, matched, limit, kind)
    if len(text) <= limit:
        return text
    centre = (spans[0][0] + spans[-1][1]) // 2 if spans else 0
    start = max(0, min(centre - limit // 2, len(text) - limit))
    first_match = spans[0][0] if spans else 0
    if after and spans:
        # The deed asked for follows the question's last matched word: room after it before words before.
        start = max(start, min(spans[-1][1] + constants.ASK_WHAT_AFTER_CHARS, len(text)) - (limit - 2))
        first_match = next((s for s, _ in spans if s >= start), spans[-1][0])
    start = _keeping_the_end(text, start, limit, first_match)
    start = _to_sentence_end(text, _whole_names(text, start, limit - 2, first_match), limit - 2, first_match)
    window = text[start : start + limit - 2]
    if start > 0:
        window = "…" + window.split(" ", 1)[-1]
    if start + limit - 2 < len(text):
        window = window.rsplit(" ", 1)[0] + "…"
    return window[:limit]


# A parenthetical aside, with the space before it: "(pioneered on the Turbinia)", "(89 km/h)".
_ASIDE = re.compile(r"\s*\([^()]*\)")
# A list's enumerator is no aside: "(1) clear and unambiguous (2) unconditional".
_ENUMERATOR = re.compile(r"\s*\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)")


def _without_asides(
    text: str, matched: list[tuple[str, int, int]], limit: int, kind: str
) -> tuple[str, list[tuple[int, int]]]:
    """A sentence too long for an answer without as many of its parenthetical asides as it takes to
    fit, the farthest from the question's words first, and the offsets of the question's words in
    what is left. Cutting the sentence's ends instead drops what follows the question's words, often
    the answer ("... more efficient (and requiring far less maintenance) than reciprocating steam
    engines")."""
    spans = [(start, end) for _, start, end in matched]
    centre = (spans[0][0] + spans[-1][1]) / 2 if spans else 0
    dropped, length = [], len(text)
    for start, end in sorted(
        _asides(text, matched, kind), key=lambda span: -abs((span[0] + span[1]) / 2 - centre)
    ):
        if length <= limit:
            break
        dropped.append((start, end))
        length -= end - start
    if not dropped:
        return text, spans
    dropped.sort()
    kept, last = [], 0
    for start, end in dropped:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])

    def moved(at: int) -> int:
        return at - sum(end - start for start, end in dropped if end <= at)

    shown = [(moved(s), moved(e)) for s, e in spans if not any(start <= s < end for start, end in dropped)]
    return "".join(kept), shown


def _asides(text: str, matched: list[tuple[str, int, int]], kind: str) -> list[tuple[int, int]]:
    """The sentence's parenthetical asides an answer may do without: not a list's enumerator, nor one
    holding a question word the rest of the sentence lacks (it is what matched), nor one holding the
    kind of thing asked for ("(1685)" for "When ...?", "(currently Federica Mogherini)" for "Who ...?")."""
    found = []
    for aside in _ASIDE.finditer(text):
        start, end = aside.span()
        inside = {term for term, at, _ in matched if start <= at < end}
        outside = {term for term, at, _ in matched if not start <= at < end}
        if _ENUMERATOR.fullmatch(aside.group()) or inside - outside or _of_kind(aside.group(), kind):
            continue
        if text[end : end + 1] == "," and text[:start].rstrip().endswith(","):
            end += 1  # "In marine service, (pioneered on the Turbinia), steam ...": one comma left
        found.append((start, end))
    return found


# Kinds of question a figure answers, and kinds a name answers (question.classify's kinds).
_FIGURE_KINDS = frozenset({WHEN, HOW_MANY, COUNT, AGE, MEASURE, MONEY})
_NAME_KINDS = frozenset({WHO, WHERE, ORIGIN, NAME, ALIAS})


def _of_kind(aside: str, kind: str) -> bool:
    """True when an aside may hold what a question of `kind` asks for: a figure, or a capitalised name."""
    if kind in _FIGURE_KINDS:
        return any(c.isdigit() for c in aside)
    if kind == ALIAS:
        return True  # "excessive compression ("kick back")": reference prose's other name for a thing
    return kind in _NAME_KINDS and any(w[:1].isupper() for w in words(aside))


def _keeping_the_end(text: str, start: int, limit: int, first_match: int) -> int:
    """The window's start moved on so that it keeps the sentence's last words, when only a few would be
    cut and as many stay before the first matched word: news copy ends a sentence on what is new ("...
    and forever changed the way people think about ... race relations."), so a window centred on the
    question's words must not drop that for words well before them (a name just before them may be
    the answer: "House Oversight Committee Chairman X" for "Which committee does X chair?")."""
    reach = constants.ASK_ANSWER_TAIL_CHARS
    tail = len(text) - (start + limit - 2)
    if 0 < tail <= reach and start + tail + reach <= first_match:
        return start + tail
    return start


# A name an answer's window must not cut: capitalised words with the particles names join them by ("Van Gend
# en Loos v Nederlandse Administratie der Belastingen", "Federica Mogherini").
_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|del|der|di|du|en|la|le|van|von|v|y|al|bin|ibn)\s+)?[A-Z][\w'’.-]*)+"
)


# Words that cannot end a phrase: a window cut right after one leaves it dangling ("Al-Qaeda and the…").
_DANGLING = frozenset("the a an of and or to in on at by for with from as".split())


def _to_sentence_end(text: str, start: int, width: int, first_match: int) -> int:
    """The window's start moved on so that it ends with the sentence, when it would otherwise end on a
    word that leaves a phrase dangling and the sentence ends soon after ("... such as Al-Qaeda and the
    Taliban.", not "... and the…"), as long as the first matched word stays in it. What ends a long
    sentence is often what the question asks for, after the question's own words."""
    end = start + width
    if end >= len(text) or len(text) - end > constants.ASK_WINDOW_TAIL_CHARS:
        return start
    last = text[start:end].rsplit(" ", 1)[0].rsplit(" ", 1)[-1].casefold()
    if last not in _DANGLING or len(text) - width > first_match:
        return start
    return len(text) - width


def _whole_names(text: str, start: int, width: int, first_match: int) -> int:
    """The window's start moved on so that it does not end inside a name ("... ― Steve…" for "― Steve
    Quinlan."), as long as the first matched word stays in it. (Moving back for a name cut at the start
    pushed the answer itself out of a tuned window: not done.)"""
    end = start + width
    for run in _NAME_RUN.finditer(text, max(0, end - width), min(len(text), end + width)):
        # To the space after the name's word: the window's last word, cut or not, is dropped.
        space = text.find(" ", run.end())
        stop = len(text) if space < 0 else space + 1
        if run.start() < end < stop and stop - width <= first_match:
            return max(start, stop - width)
    return start


def cited_sources(
    article: Article, candidates: list[Candidate], answer: str | None = None
) -> tuple[Source, ...]:
    """Each candidate's paragraphs (a question and its reply span two); for a long one, the window
    of whole sentences around the candidate."""
    found: dict[int, Source] = {}
    for candidate in candidates:
        for number in dict.fromkeys(s.paragraph for s in candidate.sentences):
            if number not in found:
                spans = [(s.start, s.end) for s in candidate.sentences if s.paragraph == number]
                found[number] = cite(article, number, spans, answer or candidate.text)
    return tuple(found.values())
