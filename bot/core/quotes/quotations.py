"""The direct quotations of an article, each with its speaker, and the reported speech beside them.

Spans come from `quotemarks`, people and mentions from `people`, and each speaker from the
`attribution` rules, falling back on the quotation a span continues; the result is in article order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from operator import attrgetter

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.article.newsprint import SPEAKER_LABEL
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import (
    ARTICLES,
    BUSINESS_NOUNS,
    CHARACTERISING_VERBS,
    CLAUSE_OPENERS,
    PREPOSITIONS,
    WRITINGS,
)
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, PRONOUN, Mention, Person, Quote, Registry
from bot.core.quotes.references import indefinite_person
from bot.core.quotes.repeats import bare_quotation, pull_quotes, unique
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import (
    INDEFINITE,
    ORGANISATION,
    PERSON_KIND,
    REFERENT,
    REFERRING,
    UNNAMED,
    UNNAMED_SOURCE_NOUNS,
    Source,
    described_organisation,
    fits_pronoun,
    label,
    lone_business_meant,
    opening_group,
    organisation_meant,
    organisation_names,
    outlet_meant,
    outlet_noun,
    refers_back,
    same_source_key,
    source_after,
    source_before,
)


@dataclass(slots=True)
class _Raw:
    paragraph: Paragraph
    span: qm.QuoteSpan
    first: int  # index of the sentence holding the opening mark
    last: int  # index of the sentence holding the closing mark
    continued: bool = False
    speaker: int | None = None
    own: bool = False  # attributed by its own sentence, not inherited
    source: tuple[str, str] | None = None  # (label, kind) of a speaker that is no registered person


@dataclass(frozen=True, slots=True)
class _Context:
    """What attribution reads in one paragraph: its tokens, mentions by offset, and quotation ranges."""

    tokens: list[Token]
    mentions: dict[int, Mention]
    ranges: list[tuple[int, int]]
    lead_in: list[attr.Item] | None = None  # the last sentence of the paragraph just before
    before: tuple[Paragraph, _Context] | None = None  # the body paragraph just before, if any

    def items(self, start: int, end: int) -> list[attr.Item]:
        return attr.items_between(self.tokens, self.mentions, self.ranges, start, end)


def attributed_quotes(article: Article, registry: Registry) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    pulled, revived = pull_quotes(article)
    headline = _headline(article)
    # A paragraph repeating a headline whose quotation is left out is speech all the same.
    titled = headline.number if headline is not None else None
    speech = [
        p
        for p in article.paragraphs
        if is_speech_source(p) or p.number in revived or (titled is not None and p.duplicate_of == titled)
    ]
    body = [p for p in speech if p.number not in pulled]
    british = qm.uses_single_marks([p.text for p in article.paragraphs])
    raws_of = {
        p.number: [] if p is headline else _raw_quotes(p, _kept(p, revived, headline), british) for p in body
    }
    # In text order: attribution finds the quotation at an offset by bisection.
    ranges = {n: sorted((r.span.start, r.span.end) for r in raws) for n, raws in raws_of.items()}
    bounds = {p.number: tuple((x.start, x.end) for x in p.sentences) for p in body}
    resolver = Resolver(registry, [p.number for p in body], ranges, bounds)
    previous: list[_Raw] = []
    last: tuple[Paragraph, _Context] | None = None
    for paragraph in body:
        raws = raws_of[paragraph.number]
        opener = qm.starts_with_opener(paragraph.text, None)
        if raws and previous and previous[-1].span.open_end and opener:
            raws[0].continued = True
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        lead_in = _last_sentence_items(*last) if raws and last is not None else None
        context = _Context(
            registry.tokens[paragraph.number],
            mentions,
            ranges[paragraph.number],
            lead_in,
            # Its own `before` dropped, so that contexts hold one paragraph back, not a chain.
            (last[0], replace(last[1], before=None)) if last is not None else None,
        )
        last = (paragraph, context)
        for index, raw in enumerate(raws):
            _attribute(raw, raws[index - 1] if index else None, previous, context, resolver)
            interrupted = _interrupted(raws, index)
            if interrupted is not None:
                raw.speaker, raw.source = interrupted.speaker, interrupted.source
            if raw.speaker is not None:
                resolver.last_speaker = (raw.speaker, paragraph.number)
                resolver.last_speaker_end = raw.span.end
            elif raw.source is not None:
                resolver.last_source = (raw.source, paragraph.number)
        _share_in_sentence(raws, context)
        previous = raws
    _carry_back(raws_of)
    _signed_below(raws_of, body, article.paragraphs, registry)
    _introduced_above(raws_of, body, registry)
    _named_next(raws_of, body, registry)
    _issued_by(raws_of, body)
    _refer_back(raws_of, body, registry.bodies)
    _outlets_meant(raws_of, body)
    _replies(raws_of, body)
    _one_label_each(raws_of)
    every = [raw for paragraph in body for raw in raws_of[paragraph.number]]
    resumed = _resumed(raws_of)
    found = [_quote(raw, registry, id(raw) in resumed) for raw in every]
    quotes = unique(found, [_pulled_inheritor(raw) for raw in every])
    paraphrases = _paraphrases(body, raws_of, registry, resolver)
    return quotes, paraphrases


def _headline(article: Article) -> Paragraph | None:
    """The first paragraph when it is the article's headline written in Title Case ("Kasich: ‘We Are
    Going To Go All The Way To Cleveland.’"), which the parser kept for its closing full stop: a
    headline's quotation is the body's, shortened, and a quotation's speaker is read in the body."""
    if article.has_headline or not article.paragraphs:
        return None
    first = article.paragraphs[0]
    if "\n" in first.text or len(first.text) > constants.MAX_TITLE_CHARS:
        return None
    long_words = [w for w in _WORD.findall(first.text) if len(w) >= constants.HEADLINE_WORD_CHARS]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return (
        first if long_words and capitalised >= constants.HEADLINE_CAPITALS_SHARE * len(long_words) else None
    )


def _kept(paragraph: Paragraph, revived: dict, headline: Paragraph | None) -> set[int] | tuple:
    """The paragraph's repeated sentences whose quotations stay: those revived, and those that only
    repeat the headline, whose own quotation is left out."""
    kept = revived.get(paragraph.number, ())
    if headline is None:
        return kept
    titled = {s.number for s in headline.sentences}
    return set(kept) | {s.number for s in paragraph.sentences if s.duplicate_of in titled}


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _quote(raw: _Raw, registry: Registry, resumes: bool = False) -> Quote:
    speaker, kind = None, PERSON_KIND
    if raw.speaker is not None:
        speaker = registry.person(raw.speaker).name
    elif raw.source is not None:
        speaker, kind = raw.source
    return Quote(
        text=qm.inner_text(raw.paragraph.text, raw.span),
        paragraph=raw.paragraph.number,
        sentence=_sentence_text(raw),
        speaker=speaker,
        partial=raw.continued is False and not resumes and _is_partial(raw),
        continued=raw.continued,
        resumes=resumes,
        kind=kind,
    )


def is_speech_source(paragraph: Paragraph) -> bool:
    """Body text, or a long "caption": corpus articles run captions and story into one line."""
    if paragraph.duplicate_of is not None:
        return False
    if paragraph.is_body:
        return True
    run_on = len(paragraph.sentences) >= constants.RUN_ON_CAPTION_SENTENCES
    return paragraph.is_caption and (run_on or _stray_mark_end(paragraph.text))


def _stray_mark_end(text: str) -> bool:
    """ "“We will not back down,” Holt said. “": a sentence end and then a stray opening mark (an
    export's leftover) is a story paragraph, not a caption without a full stop."""
    trimmed = text.rstrip()
    if not trimmed.endswith(_OPENING_MARKS):
        return False
    return trimmed.rstrip("“‘\"' ").endswith(_SENTENCE_ENDS)


_OPENING_MARKS = ("“", "‘", '"')
_SENTENCE_ENDS = (".", "!", "?", "”", "’", '"')


def _raw_quotes(paragraph: Paragraph, revived: set[int] | tuple = (), british: bool = False) -> list[_Raw]:
    text = paragraph.text
    raws = []
    skipped_repeat = False
    for span in qm.paragraph_spans(text, british):
        if qm.is_label(text, span):
            continue
        first = _sentence_index(paragraph, span.start - 1)
        repeat = paragraph.sentences and paragraph.sentences[first].duplicate_of is not None
        if repeat and paragraph.sentences[first].number not in revived:
            skipped_repeat = True
            continue
        if skipped_repeat and raws and raws[-1].span.open_end and _opens_sentence(paragraph, span, first):
            # "...how it all began. Mrs Harlow said: 'The name ...' [caption] 'Shortly before ...": a
            # pull-quote repeated between two paragraphs of one quotation does not end it.
            span = replace(span, continued=True)
        skipped_repeat = False
        last = _sentence_index(paragraph, max(span.start, span.end - 1))
        span, last = _stop_at_caption(paragraph, span, first, last)
        raws.append(_Raw(paragraph, span, first, last, continued=span.continued))
    return raws


def _opens_sentence(paragraph: Paragraph, span: qm.QuoteSpan, first: int) -> bool:
    """The quotation's opening mark is the first thing of its sentence."""
    sentence = paragraph.sentences[first]
    return not paragraph.text[sentence.start : span.start].strip(" “‘\"'")


def _stop_at_caption(
    paragraph: Paragraph, span: qm.QuoteSpan, first: int, last: int
) -> tuple[qm.QuoteSpan, int]:
    """End a quotation before a photo caption it runs into (exports run captions into the story).

    A caption sentence ends it; so does a sentence holding a spaced " ." (how exports end caption
    lines) when the quotation has no closing mark of its own.
    """
    stop = next((i for i in range(first + 1, last + 1) if paragraph.sentences[i].is_caption), None)
    if span.open_end:
        spaced = _SPACED_STOP.search(paragraph.text, span.start, span.end)
        at = _sentence_index(paragraph, spaced.start()) if spaced else None
        if at is not None and at > first and (stop is None or at < stop):
            stop = at
    if stop is None:
        return span, last
    end = len(paragraph.text[: paragraph.sentences[stop].start].rstrip())
    if end <= span.start:
        return span, last
    return qm.QuoteSpan(span.start, end, True, span.continued), stop - 1


# " late on . ‘I’m": a full stop after a space ends a caption line in Daily Mail exports.
_SPACED_STOP = re.compile(r"\w \.(?=\s|$)")


def _sentence_index(paragraph: Paragraph, offset: int) -> int:
    """The first sentence ending after `offset` (sentences are in order: a bisection)."""
    index = bisect_right(paragraph.sentences, offset, key=_sentence_end)
    return min(index, max(0, len(paragraph.sentences) - 1))


_sentence_end = attrgetter("end")  # a bisection key in C


def _bounds(raw: _Raw) -> tuple[int, int]:
    sentences = raw.paragraph.sentences
    if not sentences:
        return 0, len(raw.paragraph.text)
    return sentences[raw.first].start, sentences[raw.last].end


def _resumed(raws_of: dict[int, list[_Raw]]) -> set[int]:
    """The ids of the pieces that go on with the quotation before them, broken only by its
    attribution: “After that, we rebuilt the pier,” she said. “Now the boats can come back.”"""
    return {id(raw) for raws in raws_of.values() for before, raw in pairwise(raws) if _resumes(before, raw)}


def _resumes(before: _Raw, raw: _Raw) -> bool:
    """Whether `raw` goes on with `before`: the same speaker, `before` opening its sentence, `raw`
    opening the next one or in the same one, and no more than a short attribution between them."""
    speaker = (raw.speaker, raw.source)
    if speaker != (before.speaker, before.source) or speaker == (None, None):
        return False
    if raw.first - before.last not in (0, 1):
        return False
    text, sentences = raw.paragraph.text, raw.paragraph.sentences
    if not sentences or text[sentences[before.first].start : before.span.start - 1].strip():
        return False  # a fragment inside the writer's sentence
    if raw.first != before.last and text[sentences[raw.first].start : raw.span.start - 1].strip():
        return False
    gap = text[before.span.end + 1 : raw.span.start - 1]
    return len(gap) <= constants.QUOTE_ATTRIBUTION_GAP_CHARS and not any(mark in gap for mark in '“”"')


def _sentence_text(raw: _Raw) -> str:
    start, end = _bounds(raw)
    end = max(end, min(len(raw.paragraph.text), raw.span.end + 1))
    return raw.paragraph.text[start:end].strip()


def _is_partial(raw: _Raw) -> bool:
    start, _ = _bounds(raw)
    return qm.is_partial(raw.paragraph.text, raw.span, raw.paragraph.text[start : raw.span.start - 1])


def _attribute(
    raw: _Raw, before: _Raw | None, previous: list[_Raw], context: _Context, resolver: Resolver
) -> None:
    """Set raw.speaker from its own sentence, else from the quotation it continues."""
    if qm.byline_follows(raw.paragraph.text, raw.span):
        return  # a headline: no one's words, not even the speaker of the paragraph before
    same_sentence = before is not None and before.last == raw.first
    left, right = _sides(raw, before, same_sentence, context)
    writing = _writing_it(raw, left, right, context, resolver)
    if writing is not None:
        raw.source, raw.own = writing, True  # "“…,” it read." after "The email, sent at 7 p.m., ..."
        return
    possessed = _possessed_words(left, raw.paragraph.number)
    if possessed is not None:
        _speaker_from(raw, possessed, left, context, resolver)
        return
    subject = _subordinate_speaker(left, right) or attr.immediate_event(right)
    subject = subject or _attribution_after(raw, right, context)
    if subject is None:
        subject = _subject_before(left, same_sentence)
    if subject is None:
        subject = attr.colon_subject(left) or attr.as_subject(left)
    if subject is None and not same_sentence and _is_partial(raw) and not _title_like(raw):
        subject = attr.opening_subject(left)
    if subject is None:
        subject = _subject_after(right) or _dash_label(raw, left, right)
    if subject is not None:
        _speaker_from(raw, subject, left, context, resolver)
        if raw.speaker is None and raw.source is None and subject.kind == "other" and not same_sentence:
            # "Holt joked that ..., but went on to say, “…”": a verb whose subject is no one found.
            raw.speaker = _sole_person_before(raw, left, right, resolver)
        return
    donor = _inherited(raw, before, previous, left, same_sentence, context, resolver)
    if isinstance(donor, _Raw):
        raw.speaker, raw.source = donor.speaker, donor.source
    else:
        raw.speaker = donor
    if raw.speaker is not None and _speaks_of(raw, resolver.registry.person(raw.speaker).surname):
        raw.speaker = None
    if donor is None and not previous and raw.speaker is None and raw.source is None:
        raw.source = _source_introduced_above(raw, context, resolver)
    if donor is None and raw.speaker is None and raw.source is None and not same_sentence:
        raw.source = _source_of_sentence_before(raw, left, right, context, resolver)
    if raw.speaker is None and raw.source is None and not previous and _transcript_turn(raw, context):
        raw.source = _TRANSCRIPT
    if raw.speaker is None and raw.source is None:
        raw.source = _bracketed_outlet(raw)
    if raw.speaker is None and raw.source is None and not same_sentence and not raw.continued:
        raw.speaker = _sole_person_before(raw, left, right, resolver)
        raw.own = raw.speaker is not None
    if raw.speaker is None and raw.source is None and not same_sentence and not raw.continued:
        raw.speaker = _trailing_teller(raw, left, context, resolver)


def _trailing_teller(raw: _Raw, left: list[attr.Item], context: _Context, resolver: Resolver) -> int | None:
    """ "This makes it harder to dislodge misinformation, he said. Good information can still drive
    out bad, but only when “the truth is sexier than the lie.”": a partial quotation in a sentence
    naming no one goes on from the sentence before, when that one is reported speech ending on its
    teller (", he said.")."""
    if raw.first == 0 or any(i.kind == "mention" for i in left) or not _is_partial(raw):
        return None
    sentence = raw.paragraph.sentences[raw.first - 1]
    if any(sentence.start <= a < sentence.end for a, _ in context.ranges):
        return None
    items = [i for i in context.items(sentence.start, sentence.end) if i.low != "."]
    if len(items) < 4 or items[-3].low != "," or items[-2].kind != "mention":
        return None
    if items[-1].low not in lx.CORE_SPEECH_VERBS:
        return None
    teller = items[-2].mention
    if teller is None or teller.kind not in (PERSON, PRONOUN):
        return None
    return resolver.person(attr.Subject("person" if teller.kind == PERSON else "pronoun", teller))


def _possessed_words(left: list[attr.Item], paragraph: int) -> attr.Subject | None:
    """ "ads using her comments before a House committee that “…”", "Holt's claim that “…”": the
    one whose words a possessed noun of speech, followed by "that", names speaks the quotation."""
    that = len(left) - 1
    while that > len(left) - 1 - _CLAIM_SUBJECT_ITEMS and that > 0 and left[that].kind in ("word", "mention"):
        if left[that].low == "that":
            break  # "Reyes’s claim that she “lied to voters”": the claim's subject before its words
        that -= 1
    if that < 2 or left[that].kind != "word" or left[that].low != "that":
        return None
    for at in range(that - 1, max(0, that - 1 - _POSSESSED_REACH), -1):
        item = left[at]
        if item.kind == "punct" or item.kind == "quote":
            return None
        if item.kind != "word" or item.low not in _SPEECH_NOUNS:
            continue
        owner = left[at - 1]
        if owner.kind == "mention" and owner.possessive and owner.mention.kind in (PERSON, AMBIGUOUS):
            return attr.Subject("person", owner.mention)
        if owner.kind == "word" and owner.low in _GENDERED_POSSESSIVES:
            gender = _GENDERED_POSSESSIVES[owner.low]
            return attr.Subject("pronoun", Mention(paragraph, owner.start, owner.end, PRONOUN, (), gender))
        return None
    return None


_POSSESSED_REACH = 8  # "her comments before a special House Benghazi committee that"
_CLAIM_SUBJECT_ITEMS = 3  # "claim that the mayor", "claim that she"
_SPEECH_NOUNS = frozenset("comments comment remarks remark words claim assertion statement".split())
_GENDERED_POSSESSIVES = {"his": "m", "her": "f"}


def _sole_person_before(
    raw: _Raw, left: list[attr.Item], right: list[attr.Item], resolver: Resolver
) -> int | None:
    """ "Immediately after the attacks, Holt issued a statement, “…”", "Holt used the question to demand
    towns “…”": with no verb of saying, the one person the quotation's sentence names, before it and
    as the subject of a verb, speaks it; not a title, nor words someone else's writing holds."""
    if _title_like(raw) or len(_WORD.findall(qm.inner_text(raw.paragraph.text, raw.span))) < 2:
        return None
    items = [*left, *right]
    named = [i for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS, PRONOUN)]
    named = [named[0], *(i for i in named[1:] if not _characterised(left, i))] if named else named
    if len(named) != 1 or named[0].possessive or named[0].mention.kind == PRONOUN:
        return None
    at = next((j for j, item in enumerate(left) if item is named[0]), None)
    if at is None or at + 1 >= len(left) or not _opens_clause(left, at):
        return None
    verb = at + 1
    if left[verb].low == "," and verb + 1 < len(left) and left[verb + 1].low == "who":
        # "O'Malley, who signed the gun laws as governor, interjected to say: “…”": past the clause.
        verb = next((j + 1 for j in range(verb + 2, len(left)) if left[j].low == ","), len(left))
    if any(i.kind == "quote" or i.low in attr.OTHER_VOICE for i in [*left[verb:], *right]):
        return None
    if verb >= len(left) or left[verb].kind != "word" or left[verb].cap or attr.is_passive(left, verb):
        return None
    if any(i.kind == "quote" for i in left[:verb]):
        return None
    return resolver.person(attr.Subject("person", named[0].mention))


def _characterised(items: list[attr.Item], person: attr.Item) -> bool:
    """ "referred to Rubio as", "called Reed", "thanked Obama for": a person the subject's verb of
    characterising takes as its object, who says nothing."""
    at = next((j for j, item in enumerate(items) if item is person), None)
    if at is None or at < 1 or person.possessive:
        return False
    verb = at - 1
    if items[verb].low in _TO and verb >= 1:
        verb -= 1  # "referred to Rubio", "compared himself to Clinton"
    return items[verb].kind == "word" and items[verb].low in CHARACTERISING_VERBS


_TO = frozenset(("to",))


def _opens_clause(items: list[attr.Item], at: int) -> bool:
    """The name at `at`, with the title or role words before it ("President Obama", "Republican
    presidential candidate Donald Trump"), opens a clause: first, or after a comma or dash, a
    possessive or a conjunction; not an object ("going after Trump as “…”", "the Van Dyke shooting")."""
    role = False
    while at > 0 and _title_item(items[at - 1]):
        at -= 1
        role = role or lx.is_role_head(items[at].low)
    reach = at - _ROLE_PHRASE_WORDS
    while (
        role and at > max(0, reach) and items[at - 1].kind != "punct" and items[at - 1].low not in _NOT_ROLE
    ):
        at -= 1  # "Republican presidential candidate Donald Trump", "former TV network anchor X"
    if at == 0:
        return True
    before = items[at - 1]
    if before.possessive:
        return True  # "As RealClearPolitics’ David Byler pointed out"
    if before.kind == "punct":
        return before.low in _CLAUSE_PUNCT
    return before.kind == "word" and before.low in _CLAUSE_OPENERS


def _title_item(item: attr.Item) -> bool:
    """A capitalised word, an abbreviation's full stop or a role word, in a name's title."""
    if item.kind == "mention":
        return item.mention.kind == NONPERSON  # "Fox Business moderator Gerard Baker"
    if item.kind != "word":
        return item.kind == "punct" and item.low == "."
    if item.low in ARTICLES:
        return False  # "the Van Dyke shooting", "a Clinton campaign memo": a name as a modifier
    return item.cap or lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS


_ROLE_PHRASE_WORDS = 5
_CLAUSE_PUNCT = frozenset(",;:—–-(.’'")  # and a plural possessive's apostrophe
# Fewer than function_words.CLAUSE_OPENERS: after "after", "if" or "or" the name is too often an object
# ("going after Trump as “…”"); the wider set gives a quotation to such a name.
_CLAUSE_OPENERS = frozenset("and but then so as when while though although because since once".split())
_NOT_ROLE = ARTICLES | _CLAUSE_OPENERS


def _sides(
    raw: _Raw, before: _Raw | None, same_sentence: bool, context: _Context
) -> tuple[list[attr.Item], list[attr.Item]]:
    """The items of the quotation's sentence before it (from the end of the quotation before it in
    the same sentence) and after it (up to the next quotation)."""
    start, end = _bounds(raw)
    left_start = before.span.end + 1 if same_sentence else start
    after = bisect_right(context.ranges, (raw.span.end, len(raw.paragraph.text) + 1))
    following = context.ranges[after][0] if after < len(context.ranges) else None
    right_end = min(end, following - 1) if following is not None else end
    left = context.items(left_start, max(left_start, raw.span.start - 1))
    right = context.items(raw.span.end + 1, max(raw.span.end, right_end))
    return left, right


def _dash_label(raw: _Raw, left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """The person a dash-led line names before the quotation ("- Rovers boss Tom Reyes "..."), when
    the quotation ends its sentence ("Clinton "turning him around," apparently ..." is a note)."""
    if not left or any(item.kind in ("word", "mention") for item in right):
        return None
    return attr.dash_label_subject(left, raw.paragraph.text[: left[0].start])


def _subject_before(left: list[attr.Item], same_sentence: bool) -> attr.Subject | None:
    """ "Clinton mocked it, saying anybody who complains ... “…”": the last verb with a speaker."""
    events = attr.main_clause_events(left, attr.events(left))
    found = [(verb, s) for verb, s in events if not attr.aside(left, verb, s)] or events
    # "Asked which county was his favourite, he demurred: “…”": a verb opening the sentence with
    # no speaker at all is no one's, and leaves the clause to its own subject.
    found = [(verb, s) for verb, s in found if verb > 0 or s.kind != "other" or s.source is not None]
    subject = found[-1][1] if found else None
    if len(found) > 1 and found[-2][1].kind == "person" and found[-1][1].kind in ("person", "pronoun"):
        # "Trump said ... that Clinton once described the pact as “…”": a person reporting what
        # another said is the source the quotation is given to (the teller, not the one told of).
        outer = found[-2][1]
        at = next((j for j, i in enumerate(left) if i.mention is outer.mention), 0)
        # "Cassell and Edwards said": two tellers (the pair is given under the first named).
        joined = (at > 0 and left[at - 1].low == "and") or (at + 1 < len(left) and left[at + 1].low == "and")
        if left[found[-2][0]].low in _REPORTING_OUTER and not joined:
            subject = outer
    if same_sentence and found and _bare_verb(left, *found[-1]):
        return None  # "Ms. Holt, noting that “…,” added: “…”": the earlier quotation's speaker
    return subject


def _subject_after(right: list[attr.Item]) -> attr.Subject | None:
    """A verb of saying after the quotation whose clause ends soon. "... drew criticism from Paul
    Ryde, who called it “…”": a relative clause after a quotation is someone else's words."""
    found = [(verb, s) for verb, s in attr.events(right) if right[verb - 1].low not in _RELATIVE]
    if not found:
        return None
    verb, subject = found[0]
    # "“…,” according to a court document filed by state attorney X": the phrase is its source.
    according = right[verb].low == "according" and subject.kind == "person"
    if according or _ends_soon(right, verb) or _inverted_before_apposition(right, verb):
        return subject
    if _named_teller_opens(right, verb, subject):
        return subject
    return subject if _as_aside(right, verb) else None


def _as_aside(right: list[attr.Item], verb: int) -> bool:
    """ "the race “is a dead heat,” as Cole said on the radio on Monday, only magnifies ...": an
    aside opening with "as" right after the quotation names its speaker, however the writer's
    sentence goes on around it (a person or pronoun, the subject right before the verb)."""
    words = [j for j, item in enumerate(right[:verb]) if item.kind in ("word", "mention")]
    if not words or right[words[0]].low != "as" or right[words[0]].kind != "word":
        return False
    if any(item.kind == "quote" for item in right[: words[0]]):
        return False
    subject = words[1:]
    return 0 < len(subject) <= _AS_SUBJECT_ITEMS and right[verb - 1].kind == "mention"


_AS_SUBJECT_ITEMS = 3  # "as Sen. Cole", "as he": the subject of an aside's verb


def _named_teller_opens(items: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """ "“…,” Mr Kok said in a press conference alongside the publication of his report.": a named
    person (after a title or role words at most: "County Recorder Helen Voss", "the party's
    nominee, Tom Hale,") and a plain verb of saying right after the quotation are its attribution
    however long the tail (a clause of what was said would open with "that")."""
    after = items[verb + 1] if verb + 1 < len(items) else None
    return (
        subject.kind == "person"
        and _teller_phrase(items[:verb])
        and items[verb].low in _TELLING_VERBS
        and (after is None or after.low != "that")
    )


def _teller_phrase(words: list[attr.Item]) -> bool:
    """A person's mention ending the words, with nothing before it but a title or role words: no
    quotation, verb or clause, and no preposition unless a comma sets the name apart ("a spokesman
    for Sen. Holt" is the spokesman; "the chairman of the board, Tom Hale," is Hale)."""
    if words and words[-1].low == ",":
        words = words[:-1]
    if not words or words[-1].kind != "mention" or words[-1].possessive or len(words) > _TELLER_ITEMS:
        return False
    before = words[:-1]
    if any(i.kind == "quote" or i.low in _NOT_IN_TELLER or i.low in lx.SPEECH_VERBS for i in before):
        return False
    if before and before[-1].kind == "word" and before[-1].low in BUSINESS_NOUNS:
        return False  # "brokerage Merrill Lynch said": a business named after its kind, no person
    apart = bool(before) and before[-1].low == ","
    return apart or not any(i.kind == "word" and i.low in PREPOSITIONS for i in before)


_TELLING_VERBS = lx.CORE_SPEECH_VERBS | frozenset("wrote writes tweeted tweets".split())
_TELLER_ITEMS = 10  # "the presumptive Republican presidential nominee, Tom Hale"
_NOT_IN_TELLER = CLAUSE_OPENERS | frozenset("who which that whose ; : ( )".split())


def _speaker_from(
    raw: _Raw, subject: attr.Subject, left: list[attr.Item], context: _Context, resolver: Resolver
) -> None:
    """Set the quotation's speaker (or source) from the subject of its verb of saying."""
    raw.speaker, raw.own = resolver.person(subject), True
    unnamed = _unnamed_antecedent(raw, subject, context) if subject.kind == "pronoun" else None
    if unnamed is not None:
        raw.speaker, raw.source = None, unnamed
        return
    if raw.speaker is None and subject.kind == "role":
        raw.source = _introduced_source(raw, subject, context)
        if raw.source is not None:
            return
    if raw.speaker is None:
        raw.speaker = resolver.role_antecedent(raw.paragraph.number, subject)
    # "the senator" means a named person: unattributed when it is unclear which, never labelled;
    # "the spokesman", "the WSIS official" no one is named as is an unnamed source.
    unnamed_role = subject.kind == "role" and subject.role in UNNAMED_SOURCE_NOUNS
    if raw.speaker is None and (subject.kind == "other" or unnamed_role) and subject.source is not None:
        raw.source = _source_name(raw.paragraph.text, subject.source, raw.paragraph.number, resolver)
        if raw.source is None and subject.source.kind == REFERENT:
            raw.source = _referent_subject(raw, left, context) or _they_group(raw, subject, context)


def _transcript_turn(raw: _Raw, context: _Context) -> bool:
    """ "Transcript as follows:" ¶ "Tonight we arrived ...": the transcript's words; a speaker's
    label opening the quotation ("WALLACE: ...") is a dialogue of several voices, left alone."""
    labelled = SPEAKER_LABEL.match(raw.paragraph.text, raw.span.start) is not None
    return not labelled and _transcript_follows(context.lead_in)


def _bracketed_outlet(raw: _Raw) -> tuple[str, str] | None:
    """ "HOW CHINA'S DECLINE AFFECTS THE WORLD “China's economic slowdown ...” [WaPo.]": a digest
    item's quotation closing its paragraph with the outlet it is taken from in brackets is that
    outlet's words."""
    if _DIGEST_HEADING.match(raw.paragraph.text) is None:
        return None  # "“We will win.” [Applause.]": a transcript's note, no outlet
    words = _WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    if len(words) < _DIGEST_QUOTE_WORDS or _title_like(raw):
        return None  # "a trailer for season four of “Sherlock.” [Buzzfeed]": a title, no one's words
    found = _BRACKETED_OUTLET.fullmatch(raw.paragraph.text, raw.span.end)
    return (found.group(1).rstrip(". "), ORGANISATION) if found is not None else None


_DIGEST_QUOTE_WORDS = 3
# A digest item opens with its heading in capitals: "UN: PEACEKEEPERS PAYING ...", "ROLL TIDE".
_DIGEST_HEADING = re.compile(r"(?:[A-Z0-9][A-Z0-9’'-]*[:,]? ){2,}")
# The closing mark, then "[Reuters.]", "[CNN]", "[Mother Jones.]" ending the paragraph.
_BRACKETED_OUTLET = re.compile(r"[”\"’'.,]*\s*\[((?:[A-Z][\w&’'-]*\.? ?){1,3}?)\.?\]\s*")


_IT_VERBS = frozenset("read reads said says stated states added adds continued continues".split())
# Verbs only a writing takes: "“…,” it added" after "the company said in a statement" is the company's.
_WRITING_VERBS = frozenset("read reads stated states".split())


def _writing_it(
    raw: _Raw, left: list[attr.Item], right: list[attr.Item], context: _Context, resolver: Resolver
) -> tuple[str, str] | None:
    """ "The email, released on Friday, was sent at 7 p.m. ¶ “…,” it reads.", "At the bottom it
    reads, “…”": a writing's words, when the sentences before (this paragraph's, else the paragraph
    before's) name one writing, or the writing just quoted goes on ("“…,” it said.")."""
    words = [i for i in right if i.kind != "punct"]
    verb = _it_verb_before(left) if not words else None
    if verb is None:
        if len(words) != 2 or words[0].low != "it" or words[1].low not in _IT_VERBS:
            return None
        verb = words[1].low
    if verb in _WRITING_VERBS:
        nouns = _writings_before(raw, context)
        if len(nouns) == 1:
            return f"the {nouns.pop()}", UNNAMED
    last = resolver.last_source
    if last is not None and resolver.close(last[1], raw.paragraph.number):
        words = last[0][0].split()
        if len(words) == 2 and words[0] == "the" and words[1] in WRITINGS:
            return last[0]
    return None


def _it_verb_before(left: list[attr.Item]) -> str | None:
    """The verb of "it reads," / "It continued:" ending the words before a quotation, "it" opening
    its sentence or an opening phrase ("At the bottom it reads, “…”"); never "what it calls"."""
    words = [i for i in left if i.kind in ("word", "mention")]
    if len(words) < 2 or words[-2].low != "it" or words[-1].low not in _IT_VERBS:
        return None
    at = left.index(words[-2])
    opening = at == 0 or (left[at - 1].kind == "punct" and left[at - 1].low == ",")
    # "At the bottom it reads": a short place phrase, with no comma, before "it".
    placed = 0 < at <= _PLACE_PHRASE_ITEMS and left[0].low in _PLACE_PREPOSITIONS
    if not (opening or placed) or any(i.kind in ("mention", "quote") for i in left[:at]):
        return None
    return words[-1].low


_PLACE_PREPOSITIONS = frozenset("at in on near".split())
_PLACE_PHRASE_ITEMS = 4


def _writings_before(raw: _Raw, context: _Context) -> set[str]:
    """The writing nouns ("email", "affidavit") of the sentences before the quotation's in its
    paragraph, else of the paragraph before: what a writing's "it" may stand for."""
    if raw.first > 0:
        sentences = raw.paragraph.sentences[max(0, raw.first - _WRITING_SENTENCES) : raw.first]
        where = context
    elif context.before is not None:
        paragraph, where = context.before
        sentences = paragraph.sentences
    else:
        return set()
    found = set()
    for sentence in sentences:
        items = where.items(sentence.start, sentence.end)
        found.update(i.low for i in items if i.kind == "word" and i.low in WRITINGS)
    return found


_WRITING_SENTENCES = 2


def _title_like(raw: _Raw) -> bool:
    """ "acted in the movie “Sharknado 3: Oh Hell No!”": capitalised words, a title, not speech."""
    words = _WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _unnamed_antecedent(raw: _Raw, subject: attr.Subject, context: _Context) -> tuple[str, str] | None:
    """ "One Rovers fan ... was walking home. He said: “…”": the unnamed person the sentence
    before introduced, not a person named further back."""
    pronoun = subject.mention
    if pronoun is None or pronoun.gender is None:
        return None
    at = _sentence_index(raw.paragraph, pronoun.start)
    if at > 0:
        sentence = raw.paragraph.sentences[at - 1]
        items, text = context.items(sentence.start, sentence.end), raw.paragraph.text
    elif context.lead_in is not None and context.before is not None:
        items, text = context.lead_in, context.before[0].text
    else:
        return None
    found = indefinite_person(items, pronoun.gender)
    return (label(text[found.start : found.end]), UNNAMED) if found is not None else None


def _subordinate_speaker(left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """ "As Holt condemned the “…,” Dorn said officers would patrol": a quotation inside a clause
    opened by "as/while/after ..." is the words of that clause's speaker, not of the main clause's;
    an inverted "said X" right after it is still its attribution ("When Sanders said ..., he “…,”
    said Drew Heiserman")."""
    if not left or left[0].kind != "word" or left[0].low not in _SUBORDINATORS:
        return None
    verb = next((j for j, i in enumerate(right) if i.kind != "punct"), None)
    if verb is not None and attr.is_speech_verb(right, verb):
        return None
    events = attr.main_clause_events(left, attr.events(left))
    found = [s for verb, s in events if not attr.aside(left, verb, s)]
    return found[-1] if found and found[-1].kind in ("person", "pronoun") else None


_SUBORDINATORS = frozenset("as while after when though although because since before once whereas".split())


def _introduced_source(raw: _Raw, subject: attr.Subject, context: _Context) -> tuple[str, str] | None:
    """ "A council spokesperson said ... “…,” the spokesperson added": the unnamed source this
    paragraph, or the one before, introduced with "a", not a named person further back."""
    places = [(raw.paragraph, context, subject.offset)]
    if context.before is not None:
        places.append((context.before[0], context.before[1], len(context.before[0].text)))
    for paragraph, where, end in places:
        # A window, not the whole paragraph: a paragraph of a thousand "the spokesman said" would
        # otherwise be re-read from its start for each.
        found = _indefinite_phrase(
            where.items(max(0, end - constants.INTRODUCED_SOURCE_CHARS), end), subject.role
        )
        if found is not None:
            return label(paragraph.text[found.start : found.end]), UNNAMED
    return None


_INTRODUCTION_WORDS = 3  # "a senior council spokesperson": words between the article and the head


def _indefinite_phrase(items: list[attr.Item], head: str) -> Source | None:
    """The latest "a ... <head>" phrase in `items`, through "for the ministry" when a verb of
    saying follows it ("a spokeswoman for the governor's office said")."""
    for at in range(len(items) - 1, 0, -1):
        if items[at].kind != "word" or items[at].low != head:
            continue
        opener = at - 1
        while opener > 0 and at - opener <= _INTRODUCTION_WORDS and items[opener].low not in INDEFINITE:
            if items[opener].kind != "word":
                break
            opener -= 1
        if items[opener].low not in INDEFINITE:
            continue
        reach = min(len(items), at + constants.INTRODUCED_SOURCE_REACH)
        verb = next((i for i in range(at + 1, reach) if attr.is_speech_verb(items, i)), None)
        phrase = source_before(items, verb - 1) if verb is not None else None
        if phrase is not None and phrase.start <= items[opener].start:
            return phrase
        return Source(items[opener].start, items[at].end, UNNAMED)
    return None


_RELATIVE = frozenset(("who", "which"))
_REPORTING_OUTER = frozenset("said says claimed claims argued argues insisted insists".split())


def _bare_verb(left: list[attr.Item], verb: int, subject: attr.Subject) -> bool:
    """A verb of saying opening the words between two quotations, with no speaker of its own."""
    no_speaker = subject.kind == "other" and subject.source is None
    return no_speaker and not any(i.kind in ("word", "mention") for i in left[:verb])


def _attribution_after(raw: _Raw, right: list[attr.Item], context: _Context) -> attr.Subject | None:
    """ "“Why would anyone pay that much?” Dana Pruitt said.": a quotation ending in ?, ! or . is
    its own sentence to the splitter; a short "X said." right after it is its attribution."""
    sentences = raw.paragraph.sentences
    if any(i.kind in ("word", "mention") for i in right) or raw.last + 1 >= len(sentences):
        return None
    following = sentences[raw.last + 1]
    if any(following.start <= a < following.end for a, _ in context.ranges):
        return None
    items = context.items(following.start, following.end)
    subject = attr.immediate_event(items)
    if subject is None:
        return None
    return subject if _short_attribution(items) or _closed_verb(items, subject) or _name_says(items) else None


def _name_says(items: list[attr.Item]) -> bool:
    """ "“…?” Trump told Britain’s ITV ... when asked how ties would fare if he won": a person's
    name and a plain verb of saying open the sentence, so a long tail is still its attribution."""
    return (
        len(items) > 1
        and items[0].kind == "mention"
        and items[0].mention is not None
        and items[0].mention.kind == PERSON
        and not items[0].possessive
        and items[1].low in lx.CORE_SPEECH_VERBS
    )


def _closed_verb(items: list[attr.Item], subject: attr.Subject) -> bool:
    """ "“…?” Clinton remarked, alluding to ...": the verb of saying ends its clause at a comma, so a
    long tail after it is no clause of what was said."""
    at = next((i for i, item in enumerate(items) if item.kind == "word" and item.low == subject.verb), None)
    return at is not None and at + 1 < len(items) and items[at + 1].low == ","


def _short_attribution(items: list[attr.Item]) -> bool:
    """ "Dana Pruitt said.", "Miller, a retired worker from a nuclear plant, said pleasantly into the
    phone.": a sentence of a dozen words, or one whose verb of saying has a short tail."""
    words = [i for i in items if i.kind in ("word", "mention")]
    if len(words) <= constants.ATTRIBUTION_SENTENCE_WORDS:
        return True
    verb = next((j for j in range(len(items)) if attr.is_speech_verb(items, j)), None)
    return verb is not None and _ends_soon(items, verb)


def _source_name(text: str, source: Source, paragraph: int, resolver: Resolver) -> tuple[str, str] | None:
    """The label and kind of an organisation or unnamed source, as the paragraph writes it;
    for "it"/"they", the source quoted just before (close by), else none."""
    if source.kind != REFERENT:
        return label(text[source.start : source.end]), source.kind
    if resolver.last_source is None:
        return None
    named, at = resolver.last_source
    if not resolver.close(at, paragraph):
        return None
    return named if fits_pronoun(named, text[source.start : source.end]) else None


def _referent_subject(raw: _Raw, left: list[attr.Item], context: _Context) -> tuple[str, str] | None:
    """ "The Security Council ... pledged sanctions against what it called “…”", "Trump's campaign is
    defending the tweets. It's denouncing what it calls “…”": "it" is the organisation opening its
    sentence, or the sentence before."""
    candidates = [left]
    # "In cases of abortion, it said, “…”": past a short opening phrase, "it" opens the clause.
    opening = attr.past_opening_phrase(left) if left else 0
    # "The BPI is quick to condemn them. “…,” it said.": nothing before the quotation, the "it"
    # after it is the organisation opening the sentence before, as an opening "It" would be.
    if (opening >= len(left) or left[opening].low in REFERRING) and raw.first > 0:
        sentence = raw.paragraph.sentences[raw.first - 1]
        candidates.append(context.items(sentence.start, sentence.end))
    for items in candidates:
        if not items or items[0].low in REFERRING:
            continue
        found = source_after(items, _past_owner(items))
        if found is not None and found.kind == ORGANISATION:
            return label(raw.paragraph.text[found.start : found.end]), found.kind
    return None


def _past_owner(items: list[attr.Item]) -> int:
    """Where a sentence's subject starts past the owner opening it: "Athletics' ruling body the IAAF
    said" is the IAAF's statement, not the sport's; 0 when the first word owns nothing."""
    apostrophe = len(items) > 1 and items[1].kind == "punct" and items[1].low in ("'", "’")
    if not (items[0].possessive or items[0].low.endswith(("'s", "’s")) or apostrophe):
        return 0
    for index in range(1, min(len(items) - 1, _OWNED_REACH)):
        if items[index].cap or (items[index].low == "the" and items[index + 1].cap):
            return index
    return 0


_OWNED_REACH = 6  # "Athletics' ruling body the IAAF": the role words between owner and name


def _they_group(raw: _Raw, subject: attr.Subject, context: _Context) -> tuple[str, str] | None:
    """ "Critics of the program ... see it as a chance. They sent a letter ... / “…,” they wrote.":
    a quotation's "they" with no source just quoted is the group opening the sentences before it
    (this paragraph's, else the paragraph before's), back through sentences opening with "They"."""
    if raw.paragraph.text[subject.source.start : subject.source.end].casefold() != "they":
        return None
    sentences = [(raw.paragraph, s, context) for s in raw.paragraph.sentences[: raw.first]]
    if not sentences and context.before is not None:
        paragraph, before = context.before
        sentences = [(paragraph, s, before) for s in paragraph.sentences]
    for paragraph, sentence, holder in reversed(sentences[-_THEY_SENTENCES:]):
        items = holder.items(sentence.start, sentence.end)
        if items and items[0].low == "they":
            continue
        group = opening_group(items)
        if group is not None:
            return label(paragraph.text[group.start : group.end]), group.kind
        return _speaking_group(items, paragraph.text)
    return None


_THEY_SENTENCES = 3


def _speaking_group(items: list[attr.Item], text: str) -> tuple[str, str] | None:
    """ "Titley had not drunk any alcohol, police said. ... “…,” they added.": the group or
    organisation whose verb of saying closes the sentence before "they" is who "they" are."""
    found = attr.events(items)
    if not found:
        return None
    subject = found[-1][1]
    if subject.kind != "other" or subject.source is None or subject.source.kind == REFERENT:
        return None
    named = label(text[subject.source.start : subject.source.end]), subject.source.kind
    return named if fits_pronoun(named, "they") else None


def _inverted_before_apposition(items, verb: int) -> bool:
    """ "“…” that Holt can win, said Steve Elmendorf, a former campaign manager.": an inverted
    "said X" whose only tail is X's apposition."""
    after = verb + 1
    if after >= len(items) or items[after].kind != "mention" or items[after].mention is None:
        return False
    if items[after].mention.kind != PERSON:
        return False
    rest = items[after + 1 :]
    return (not rest or rest[0].low in ",.") and not any(i.kind == "quote" for i in rest)


def _ends_soon(items, verb: int) -> bool:
    """`..., he told reporters.`: a verb of saying with no clause of its own after it."""
    tail = [i for i in items[verb + 1 :] if i.kind in ("word", "mention")]
    return len(tail) <= constants.ATTRIBUTION_TAIL_WORDS


def _inherited(
    raw: _Raw,
    before: _Raw | None,
    previous: list[_Raw],
    left: list[attr.Item],
    same_sentence: bool,
    context: _Context,
    resolver: Resolver,
) -> _Raw | int | None:
    """`“A,” X said. “B.”`, a second quote in X's sentence, or X's quote running on a paragraph:
    the quotation whose speaker this one shares, or a person id found by the sentence before."""
    if same_sentence or (raw.continued and before is not None):
        return before
    if raw.continued and previous:
        return previous[-1]
    if raw.first > 0 and _participle_opening(left):
        # "Maher stated that the report “wasn't good.” Adding, “…”": a sentence opened by a
        # participle of saying alone goes on with the speaker of the sentence before.
        return _introduced_by(raw, context, resolver, sole=False)
    # "“…,” he said outside the building. But “…”": after a connective alone it stands alone.
    standalone = not any(
        i.kind == "mention" or (i.kind == "word" and i.low not in _CONNECTIVES) for i in left
    )
    if not standalone:
        return None
    if before is not None:
        joined = before.last + 1 >= raw.first or (
            before.last + 2 == raw.first
            and _attribution_sentence(raw.paragraph, before.last + 1, context, before.span.end)
        )
        if not joined and before.speaker is not None:
            speaker = resolver.registry.person(before.speaker)
            joined = _nobody_between(raw.paragraph, before.last + 1, raw.first, context, speaker)
            joined = joined or _talked_of_after(raw, before.last + 1, context, resolver)
        if not joined and before.last + 1 < raw.first:
            # "“…,” said Megan Greene. Greene added that the Fed wants ... “…”": the sentence
            # before the quotation speaks for someone, as it would with no quotation before it; a
            # sentence without a verb of saying ("Reyes bought bonds.") gives it to no one.
            return _introduced_by(raw, context, resolver, sole=False)
        return before if joined else None
    if raw.first > 0:
        return _introduced_by(raw, context, resolver)
    if previous and _ends_paragraph(previous[-1]):
        return previous[-1]
    if previous and context.lead_in is not None and _closing_speaker(previous, context.lead_in, resolver):
        return previous[-1]
    if previous and context.lead_in is not None and bare_quotation(raw.paragraph.text):
        # "X, who calls Reed a “sociopath,” said ... Rather, he said, ... ¶ “…”": the paragraph
        # ends on reported speech, whose speaker goes on in a paragraph of quoted words alone.
        found = [s for _, s in attr.events(context.lead_in) if s.kind in ("person", "pronoun")]
        return resolver.person(found[-1]) if found else None
    if not previous and context.lead_in is not None:
        return _speaker_of_sentence(context.lead_in, resolver)
    return None


def _source_introduced_above(raw: _Raw, context: _Context, resolver: Resolver) -> tuple[str, str] | None:
    """ "The company said in a statement: ¶ “…”": a paragraph opening with a quotation after a
    paragraph whose last sentence ends in a colon, its verb's subject an organisation or an unnamed
    source (no person): that source's words, as a person's are."""
    if context.lead_in is None or context.before is None or raw.first or not _opens_paragraph(raw):
        return None
    items = context.lead_in
    end = len(items)
    while end and items[end - 1].kind == "punct" and items[end - 1].low in "“\"‘'":
        end -= 1
    if not end or items[end - 1].low != ":":
        return None
    found = [s for _, s in attr.events(items)] or [attr.colon_subject(items)]
    subject = found[-1]
    if not _labelled(subject):
        return None
    paragraph = context.before[0]
    return _source_name(paragraph.text, subject.source, paragraph.number, resolver)


def _source_of_sentence_before(
    raw: _Raw, left: list[attr.Item], right: list[attr.Item], context: _Context, resolver: Resolver
) -> tuple[str, str] | None:
    """ "..., the editorial board writes. “It's a sign of distemper.”": a quotation standing as its
    whole sentence, with no speaker of its own, after a sentence whose last verb of saying belongs to an
    organisation or an unnamed source, goes on in that source's voice (as it would in a person's)."""
    if raw.first == 0 or _worded(left, _CONNECTIVES) or _worded(right, frozenset()):
        return None  # "“…,” AG Edwards' Thayer.": words beside it name their own speaker
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    found = [s for _, s in attr.events(items) if s.kind != "other" or s.source is not None]
    if not found or not _labelled(found[-1]):
        return None
    return _source_name(raw.paragraph.text, found[-1].source, raw.paragraph.number, resolver)


def _worded(items: list[attr.Item], allowed: frozenset[str]) -> bool:
    """Whether `items` hold a mention or a word other than the `allowed` ones."""
    return any(i.kind == "mention" or (i.kind == "word" and i.low not in allowed) for i in items)


def _labelled(subject: attr.Subject | None) -> bool:
    """An organisation or unnamed source with a phrase of its own (not "it", "they")."""
    return (
        subject is not None
        and subject.kind == "other"
        and subject.source is not None
        and subject.source.kind != REFERENT
    )


def _opens_paragraph(raw: _Raw) -> bool:
    return not raw.paragraph.text[: max(0, raw.span.start - 1)].strip()


def _participle_opening(left: list[attr.Item]) -> bool:
    """ "Adding, “…”", "Continuing: “…”": nothing before the quotation but a verb of saying in -ing."""
    words = [j for j, item in enumerate(left) if item.kind != "punct"]
    return words == [0] and left[0].low.endswith("ing") and attr.is_speech_verb(left, 0)


_GAP_SENTENCES = 2
_CONNECTIVES = frozenset(("but", "and", "yet", "still", "so", "also", "plus", "then", "instead"))


def _nobody_between(
    paragraph: Paragraph, first: int, end: int, context: _Context, speaker: Person | None = None
) -> bool:
    """ "“A,” Holt said. They lie far from any route. “B.”": a sentence or two of the writer's,
    naming nobody and quoting nothing, between a speaker's quotation and the next; or about the
    speaker ("“A,” says Dana Pruitt, 32. Pruitt supports Holt in the race. “B.”")."""
    if end - first > _GAP_SENTENCES:
        return False
    for sentence in paragraph.sentences[first:end]:
        if any(sentence.start <= a < sentence.end for a, _ in context.ranges):
            return False
        items = context.items(sentence.start, sentence.end)
        named = [i.mention for i in items if i.kind == "mention" and i.mention is not None]
        people = [m for m in named if m.kind in (PERSON, AMBIGUOUS, PRONOUN)]
        saying = any(attr.is_speech_verb(items, j) for j in range(len(items)))
        if speaker is not None and people and not saying and _about_the_speaker(people[0], speaker):
            continue
        # "“…,” said Freddy Ortega. But the oversized Trump face has not hurt interest. “…”": a
        # name that is no subject of the writer's sentence names no one who speaks.
        if any(m.kind in (PERSON, AMBIGUOUS) and (m.subject_like or m.possessive) for m in people):
            return False
    return True


def _talked_of_after(raw: _Raw, first: int, context: _Context, resolver: Resolver) -> bool:
    """ "“A.” And Scotland forward Simon Taylor looks certain to get the call. “B ... Simon Taylor is an
    outstanding player ...”": a writer's sentence or two about other people, quoting nothing and with
    no verb of saying, between two quotations does not part them when the quotations after it speak
    of every one of those people by surname: no one talks of himself so, and the speaker goes on."""
    paragraph = raw.paragraph
    if raw.first - first > _GAP_SENTENCES:
        return False
    surnames = set()
    for sentence in paragraph.sentences[first : raw.first]:
        if any(sentence.start <= a < sentence.end for a, _ in context.ranges):
            return False
        items = context.items(sentence.start, sentence.end)
        if any(attr.is_speech_verb(items, j) for j in range(len(items))):
            return False
        named = [i.mention for i in items if i.kind == "mention" and i.mention is not None]
        surnames |= {resolver.registry.person(m.ids[0]).surname for m in named if m.kind == PERSON}
    later = " ".join(paragraph.text[a:b] for a, b in context.ranges if a >= raw.span.start)
    return bool(surnames) and all(re.search(rf"\b{re.escape(name)}\b", later) for name in surnames)


def _about_the_speaker(subject: Mention, speaker: Person) -> bool:
    """The first person a sentence names is the speaker: by name, or "she" for a woman speaking."""
    if subject.kind == PRONOUN:
        return speaker.gender is not None and subject.gender == speaker.gender
    return subject.kind == PERSON and subject.ids == (speaker.id,) and subject.subject_like


_TRANSCRIPT = ("transcript", UNNAMED)


def _transcript_follows(items: list[attr.Item] | None) -> bool:
    """ "Transcript as follows:", "Partial transcript as follows:": a line introducing quoted text."""
    words = [i.low for i in items or () if i.kind == "word"]
    return 2 <= len(words) <= 4 and "transcript" in words[:2] and words[-2:] == ["as", "follows"]


def _attribution_sentence(paragraph: Paragraph, index: int, context: _Context, quote_end: int) -> bool:
    """ "“Is that all there is?” Reed said. “We need ...”": the short "X said." that a quotation
    ending in ?, ! or . leaves as a sentence of its own, between it and the next quotation."""
    sentence = paragraph.sentences[index]
    if any(sentence.start <= a < sentence.end for a, _ in context.ranges):
        return False
    items = context.items(sentence.start, sentence.end)
    # "“…?” Reed pressed. “…”", not "“…,” Holt said. Reed disagreed. “…”": a verb of no saying
    # attributes only when its sentence follows the quotation itself.
    tail = paragraph.text[quote_end : paragraph.sentences[index - 1].end] if index > 0 else "x"
    bare = not any(ch.isalpha() for ch in tail)
    return _short_attribution(items) and attr.immediate_event(items, bare) is not None


def _closing_speaker(previous: list[_Raw], items: list[attr.Item], resolver: Resolver) -> bool:
    """ "Though she called it “outrageous,” Clinton restricted comments to ... ¶ “If any bank ...”": a
    paragraph whose quotations are all one person's, ending on a sentence naming that person alone
    (as subject), hands them the quotation standing alone after it."""
    speakers = {raw.speaker for raw in previous}
    if len(speakers) != 1 or None in speakers:
        return False
    named = [i.mention for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    if not named:
        # "“…,” Trump added. He then had a question for the crowd. ¶ “…”": the speaker's he or she.
        speaker = resolver.registry.person(next(iter(speakers)))
        mentions = [i.mention for i in items if i.kind == "mention"]
        return bool(mentions) and _about_the_speaker(mentions[0], speaker) and mentions[0].subject_like
    people = {resolver.person(attr.Subject("person", m)) for m in named}
    return people == speakers and any(m.subject_like and not m.possessive for m in named)


def _last_sentence_items(paragraph: Paragraph, context: _Context) -> list[attr.Item]:
    """ "Tom Reyes, who owns the hardware store, said he worries about deliveries." before a quote."""
    if not paragraph.sentences:
        return []
    sentence = paragraph.sentences[-1]
    return context.items(sentence.start, sentence.end)


def _speaker_of_sentence(items: list[attr.Item], resolver: Resolver) -> int | None:
    """The person the last verb of saying of a sentence belongs to, if it is a named person or pronoun."""
    events = attr.events(items)
    # "Clinton restricted comments about ...": a plural noun of saying with no speaker is no verb.
    found = [subject for verb, subject in events if not attr.aside(items, verb, subject)]
    if not found:
        # "Maria Lopez, 34, a teacher from Phoenix:" opening a voice, its words in the next paragraph.
        colon = attr.colon_subject(items)
        found = [colon] if colon is not None else []
    if not found or found[-1].kind not in ("person", "pronoun"):
        return None
    return resolver.person(found[-1])


def _introduced_by(raw: _Raw, context: _Context, resolver: Resolver, sole: bool = True) -> int | None:
    """`X warned that the deck needed work. “If we wait ...”`: the sentence before speaks for X;
    with `sole`, a sentence without a verb of saying speaks for the one person it names as subject."""
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    # "... by saying she would be willing to sail if asked.": a verb with no speaker at all
    # ("if asked", "during which callers asked") is no one's, and leaves the speaker before it.
    found = [s for _, s in attr.events(items) if s.kind != "other" or s.source is not None]
    if not found:
        return _sole_subject(items, resolver) if sole else None
    if found[-1].kind == "other":
        return None
    return resolver.person(found[-1])


def _sole_subject(items: list[attr.Item], resolver: Resolver) -> int | None:
    """ "Sen. Bernie Sanders (Vt.) identified young voters as ... “The younger people are ...”": the
    one person a sentence names, as its subject, introduces the quotation that follows it."""
    people = [i for i in items if i.kind == "mention" and i.mention.kind in (PERSON, AMBIGUOUS)]
    subjects = [i for i in people if i.mention.subject_like and not i.possessive]
    if len(subjects) != 1 or people[0] is not subjects[0]:
        return None  # one subject, named first: "On “Face the Nation,” Sanders, who lost to Clinton, ..."
    if any(i.kind == "mention" and i.mention.kind == PRONOUN for i in items):
        return None
    return resolver.person(attr.Subject("person", people[0].mention))


def _interrupted(raws: list[_Raw], index: int) -> _Raw | None:
    """ "He said, “Trump will build the wall” - at which point the crowd chanted “Build the wall!” -
    “and restore law and order.”": a quotation right after the dash closing an aside that opened
    right after an earlier quotation resumes that one, whoever speaks inside the aside."""
    if index < 2:
        return None
    resumed, inside, first = raws[index], raws[index - 1], raws[index - 2]
    text = resumed.paragraph.text
    opening = text[first.span.end : inside.span.start]
    closing = text[inside.span.end : resumed.span.start]
    if not _ASIDE_OPENS.match(opening) or _SENTENCE_BREAK.search(opening):
        return None
    return first if _ASIDE_CLOSES.fullmatch(closing) else None


# The closing mark (and comma) of a quotation, its attribution if it has one ("Reyes said"), then a
# spaced dash opening an aside; a dash alone between two quotations' marks closes it.
_ASIDE_OPENS = re.compile(r"[”\"’',]*\s+(?:[^.?!“”\"\-–—]{1,40}\s)?[-–—]+\s")
_ASIDE_CLOSES = re.compile(r"[”\"’'.!?,]*\s*[-–—]+\s*[“\"‘']*")
_SENTENCE_BREAK = re.compile(r"[.?!]\s+[A-Z]")


def _share_in_sentence(raws: list[_Raw], context: _Context) -> None:
    """ "Guns are “the ultimate crisis” and “stunt growth,” Howard Dean proclaimed.": the verb
    after a sentence's last quotation speaks its earlier ones too, when nothing between them
    names anyone or says anything (a writer's "and", "as donors waited to see how a")."""
    for index in range(len(raws) - 2, -1, -1):
        raw, after = raws[index], raws[index + 1]
        if raw.speaker is not None or raw.source is not None or not after.own or after.first != raw.last:
            continue
        if after.speaker is None and after.source is None:
            continue
        between = context.items(raw.span.end + 1, max(raw.span.end + 1, after.span.start - 1))
        if any(i.kind == "mention" for i in between):
            continue
        if any(attr.is_speech_verb(between, j) for j in range(len(between))):
            continue
        raw.speaker, raw.source = after.speaker, after.source


def _carry_back(raws_of: dict[int, list[_Raw]]) -> None:
    """A quotation running on to the next paragraph is one speaker's: share a speaker found late."""
    ordered = [raw for raws in raws_of.values() for raw in raws]
    for index in range(len(ordered) - 1, 0, -1):
        raw, before = ordered[index], ordered[index - 1]
        unknown = before.speaker is None and before.source is None
        if raw.continued and unknown and before.span.open_end:
            before.speaker, before.source = raw.speaker, raw.source


def _signed_below(
    raws_of: dict[int, list[_Raw]], body: list[Paragraph], paragraphs: Sequence[Paragraph], registry: Registry
) -> None:
    """A quotation standing alone in its paragraph, signed by the next paragraph's dash and name
    ("“…” ¶ - Bernie Sanders." or "¶ —President Obama, tweeting after the speech."), as fact checks
    and notebooks set out the lines they examine: the signer's words, when no rule found a speaker.
    The next paragraph may be one the article model took for a caption (a pull-quote's signature
    line without a full stop, "Josh Bivens, Economic Policy Institute")."""
    following = {before.number: after for before, after in pairwise(paragraphs)}
    for paragraph in body:
        after = following.get(paragraph.number)
        raws = raws_of[paragraph.number]
        if after is None:
            continue
        if not raws or any(r.speaker is not None or r.source is not None for r in raws):
            continue
        if not bare_quotation(paragraph.text):
            continue
        signer = _signer(after, registry)
        if signer is not None:
            for raw in raws:
                raw.speaker = signer


def _introduced_above(raws_of: dict[int, list[_Raw]], body: list[Paragraph], registry: Registry) -> None:
    """A quotation standing alone in its paragraph after a writer's paragraph about one person
    ("Trump was quick to add that the deal does not include ... ¶ “Building it? Not negotiable.”"):
    that person's words, when no rule found a speaker and the paragraph before names no one else
    nor gives its quotations to anyone. A run of such quotations, one a paragraph, is theirs too."""
    given: dict[int, int] = {}  # paragraph -> the person its quotations were given to here
    for before, paragraph in pairwise(body):
        raws = raws_of[paragraph.number]
        if not raws or raws[0].continued or any(r.speaker is not None or r.source is not None for r in raws):
            continue
        if not bare_quotation(paragraph.text):
            continue
        person = given.get(before.number)
        if person is None and not bare_quotation(before.text) and not _speaks(raws_of[before.number]):
            person = _one_person_named(before, registry)
        if person is not None:
            given[paragraph.number] = person
            for raw in raws:
                raw.speaker = person


def _named_next(raws_of: dict[int, list[_Raw]], body: list[Paragraph], registry: Registry) -> None:
    """ "another senior economic adviser called the sale “…”. ¶ “…,” Andrei Illarionov - then
    economic adviser to the president - told a press conference.": a person introduced by an
    indefinite description, then named in the next paragraph as its one speaker, with the
    description's last two words (its role) right after the name, is that person."""
    for paragraph, after in pairwise(body):
        following = {(r.speaker, r.source) for r in raws_of[after.number]}
        if len(following) != 1:
            continue
        speaker, source = following.pop()
        if speaker is None and (source is None or source[1] != PERSON_KIND):
            continue
        for raw in raws_of[paragraph.number]:
            words = raw.source[0].casefold().split() if raw.source and raw.source[1] == UNNAMED else []
            if raw.speaker is None and len(words) >= 3 and words[0] in INDEFINITE:
                role = " ".join(words[-2:])
                if _described_after_name(after, registry, speaker, source, role):
                    raw.speaker, raw.source = speaker, source


def _described_after_name(
    paragraph: Paragraph, registry: Registry, person: int | None, source: tuple[str, str] | None, role: str
) -> bool:
    """True when `role` follows the person's name in `paragraph` within a short apposition: a
    mention of the registered person, else the name the person source gives."""
    text = paragraph.text
    if person is not None:
        ends = [m.end for m in registry.mentions.get(paragraph.number, ()) if m.ids == (person,)]
    else:
        at = text.find(source[0])
        ends = [at + len(source[0])] if at >= 0 else []
    folded = text.casefold()
    return any(role in folded[end : end + _NAMED_ROLE_REACH] for end in ends)


_NAMED_ROLE_REACH = 30  # characters: " - then economic adviser to", ", a senior economic adviser,"


def _speaks(raws: list[_Raw]) -> bool:
    return any(r.speaker is not None or r.source is not None for r in raws)


def _one_person_named(paragraph: Paragraph, registry: Registry) -> int | None:
    """The one person a paragraph names standing as its subject (pronouns aside); None when another
    stands as a subject too or is introduced there by full name ("Tompkins sat beside Ada Holt, a
    nurse"), for a name that could be several, or for someone only acted on ("the party issued a
    statement apologizing to Sanders ¶ “…”" is the party's statement). Another person named in
    passing by surname ("upbeat about Holt’s chances", "calls Holt a sociopath") is what the
    subject talks about, not a rival speaker."""
    subjects, others = set(), set()
    for mention in registry.mentions.get(paragraph.number, ()):
        if mention.kind == AMBIGUOUS:
            return None
        if mention.kind != PERSON:
            continue
        if mention.subject_like and not mention.possessive:
            subjects.update(mention.ids)
        elif mention.full:
            others.update(mention.ids)
    if len(subjects) != 1 or others - subjects:
        return None
    return next(iter(subjects))


def _signer(paragraph: Paragraph, registry: Registry) -> int | None:
    """The one person a paragraph like "- Bernie Sanders." or "—Sen. Ada Holt, in a tweet." names
    right after its opening dash, before any comma: a signature, not a sentence. A pull-quote's
    signature may have no dash ("Josh Bivens, Economic Policy Institute."): then it is the name and
    at most one short affiliation after a comma, nothing a sentence could go on with."""
    dash = _SIGNATURE_DASH.match(paragraph.text)
    opens = dash.end() if dash is not None else len(paragraph.text) - len(paragraph.text.lstrip())
    mentions = sorted(registry.mentions.get(paragraph.number, ()), key=attrgetter("start"))
    first = next((m for m in mentions if m.start >= opens), None)
    if first is None or first.kind != PERSON or len(first.ids) != 1:
        return None
    title = paragraph.text[opens : first.start].split()
    if len(title) > _SIGNATURE_TITLE_WORDS or not all(w[:1].isupper() for w in title):
        return None  # "- Pollster Ada Holt" signs; "- a memo from Holt" does not
    tail = paragraph.text[first.end :].strip()
    if dash is None:
        return first.ids[0] if _affiliation_line(tail) else None
    return first.ids[0] if not tail or tail[0] in ",.(" else None


def _affiliation_line(tail: str) -> bool:
    """ "", ".", ", Economic Policy Institute." or ", deputy harbor director.": what may follow the
    name in an undashed signature (the closing mark a block's export puts at its end aside)."""
    tail = tail.rstrip(_CLOSING_MARKS).rstrip(".").strip()
    if not tail:
        return True
    words = tail[1:].split()
    return tail[0] == "," and 0 < len(words) <= _SIGNATURE_TAIL_WORDS and not _GOES_ON.search(tail, 1)


_SIGNATURE_DASH = re.compile(r"\s*(?:--?|–|—)\s*(?=[A-Z])")
_SIGNATURE_TAIL_WORDS = 6  # "Center for Economic and Policy Research"
_GOES_ON = re.compile(r"[,;:!?]|\.\s")  # a second clause or sentence ("U.S." is neither)
_CLOSING_MARKS = "”\"’'"
_SIGNATURE_TITLE_WORDS = 3  # "Former Gov." / "President": title words between the dash and the name


def _issued_by(raws_of: dict[int, list[_Raw]], body: list[Paragraph]) -> None:
    """ "In a statement, the company said ... “…,” the statement said.": a writing's words are its
    issuer's, the organisation that a sentence just before says issued one (then `_refer_back`
    names it: "the company" is the one company of the article)."""
    order = {paragraph.number: index for index, paragraph in enumerate(body)}
    for raws in raws_of.values():
        for raw in raws:
            writing = raw.source[0].split() if raw.source is not None else []
            if len(writing) != 2 or writing[0] != "the" or writing[1] not in _ISSUED_WRITINGS:
                continue
            issuer = _issuer(_sentences_before(raw, body, order), writing[1])
            if issuer is not None:
                raw.source = (issuer, ORGANISATION)


# Writings an organisation issues, whose words are its own ("the statement said").
_ISSUED_WRITINGS = frozenset(("statement", "release", "letter", "email", "memo"))
_ISSUED_REACH = 3  # sentences back: the one saying who issued it stands right before


def _sentences_before(raw: _Raw, body: list[Paragraph], order: dict[int, int]) -> list[str]:
    """Up to _ISSUED_REACH sentences before the quotation's, nearest first, from this paragraph
    and the one before."""
    texts = [s.text for s in reversed(raw.paragraph.sentences[: raw.first])]
    index = order.get(raw.paragraph.number, 0)
    if index > 0:
        texts += [s.text for s in reversed(body[index - 1].sentences)]
    return texts[:_ISSUED_REACH]


def _issuer(sentences: list[str], writing: str) -> str | None:
    """The organisation that one of the sentences says issued such a writing: "In a statement,
    the company said ...", "the ministry said in a statement", "the bank released a statement"."""
    issued = re.compile(
        rf"\b(?:in|issued|released|sent|posted)\s+(?:a|an|its)\s+(?:\w+\s+)?{writing}\b", re.I
    )
    for text in sentences:
        if not issued.search(text):
            continue
        for found in _ORGANISATION_SUBJECT.finditer(text):
            if refers_back(found.group(1).casefold()) is not None:
                return found.group(1).casefold()
        return None
    return None


_ORGANISATION_SUBJECT = re.compile(
    r"\b([Tt]he\s+[a-z]+)\s+(?:said|says|added|stated|released|issued|sent|posted)\b"
)


def _refer_back(
    raws_of: dict[int, list[_Raw]], body: list[Paragraph], bodies: frozenset[str] = frozenset()
) -> None:
    """ "The company said", "the bank said": the one organisation of that sort the article names
    ("Harbor Bank"), so that it is one speaker, not three; the plain label when it could be several."""
    raws = [r for raws in raws_of.values() for r in raws if r.source is not None and refers_back(r.source[0])]
    if not raws:
        return
    names = organisation_names((p.text for p in body), {refers_back(r.source[0]) for r in raws})
    labels = [r.source[0] for rs in raws_of.values() for r in rs if r.source is not None]
    for raw in raws:
        noun = refers_back(raw.source[0])
        # A business named after its kind stands for "the company" only when named before it.
        before = tuple(p.text for p in body if p.number <= raw.paragraph.number)
        meant = organisation_meant(noun, names, before) or described_organisation(noun, labels)
        meant = meant or lone_business_meant(noun, bodies, before)
        if meant is not None:
            raw.source = (meant, ORGANISATION)


def _outlets_meant(raws_of: dict[int, list[_Raw]], body: list[Paragraph]) -> None:
    """ "“…,” said the magazine": the one magazine the article names before it, as a reader reads it."""
    for raws in raws_of.values():
        for raw in raws:
            noun = outlet_noun(raw.source[0]) if raw.source is not None else None
            if noun is None:
                continue
            meant = outlet_meant(noun, tuple(p.text for p in body if p.number <= raw.paragraph.number))
            if meant is not None:
                raw.source = (meant, ORGANISATION)


def _replies(raws_of: dict[int, list[_Raw]], body: list[Paragraph]) -> None:
    """Call and response: ' “Nooooo!” the crowd cried. ¶ “Or do we ...?” Holt asked. ¶ “Nooooo!” ¶
    “Or do we ...?” ¶ “Yesssss!” '. A short exclamation standing alone as a paragraph is the reply of
    whoever was given the same words before; else, right after a question, it is not the asker's."""
    said: dict[str, tuple[int | None, tuple[str, str] | None]] = {}
    before: _Raw | None = None
    for paragraph in body:
        for raw in raws_of[paragraph.number]:
            words = qm.inner_text(paragraph.text, raw.span).strip()
            shout = _shout(words) and _stands_alone(paragraph.text, raw.span)
            key = _folded_shout(words)
            if shout and key in said:
                raw.speaker, raw.source = said[key]
            elif shout and before is not None and _asked(before) and _same_voice(raw, before):
                raw.speaker, raw.source = None, None
            elif _shout(words) and (raw.speaker is not None or raw.source is not None):
                said.setdefault(key, (raw.speaker, raw.source))
            before = raw


def _shout(words: str) -> bool:
    """One or two words ending in an exclamation mark: "Nooooo!", "Yes we can!" is not."""
    return words.endswith("!") and len(words.split()) <= _SHOUT_WORDS


_SHOUT_WORDS = 2


def _folded_shout(words: str) -> str:
    """ "Nooooo!" and "Noooo!" alike: letters run together once, case and marks away."""
    return re.sub(r"(\w)\1+", r"\1", re.sub(r"\W", "", words.casefold()))


def _stands_alone(text: str, span: qm.QuoteSpan) -> bool:
    return not text[: span.start].strip(_MARKS_AND_SPACE) and not text[span.end :].strip(_MARKS_AND_SPACE)


_MARKS_AND_SPACE = " \n.!?“”\"'‘’"


def _asked(raw: _Raw) -> bool:
    return qm.inner_text(raw.paragraph.text, raw.span).rstrip().endswith("?")


def _same_voice(raw: _Raw, other: _Raw) -> bool:
    return (raw.speaker, raw.source) == (other.speaker, other.source) and (
        raw.speaker is not None or raw.source is not None
    )


def _one_label_each(raws_of: dict[int, list[_Raw]]) -> None:
    """ "the FBI" and "FBI", "Clinton's campaign" and "the Clinton campaign": one source, under the
    first label met without a possessive (else the first met), not two."""
    raws = [raw for raws in raws_of.values() for raw in raws if raw.source is not None]
    chosen: dict[tuple[str, ...], tuple[str, str]] = {}
    for raw in raws:
        key = same_source_key(raw.source[0])
        if key not in chosen or (_possessive(chosen[key][0]) and not _possessive(raw.source[0])):
            chosen[key] = raw.source
    for raw in raws:
        raw.source = chosen[same_source_key(raw.source[0])]


def _possessive(name: str) -> bool:
    return "'s " in name or "’s " in name


def _ends_paragraph(raw: _Raw) -> bool:
    return raw.last >= len(raw.paragraph.sentences) - 1


def _holds_speech(text: str) -> bool:
    """True for a sentence holding quoted speech; a word or two in quote marks ("his client was
    “deeply ashamed”", a scare quote) is none, so the sentence may still report what someone said."""
    if _has_single_quote(text):
        return True
    spans = [*qm.find_spans(text), *(qm.find_spans(text, singles=True) if "‘" in text else [])]
    if any(span.open_end or not qm.is_label(text, span) for span in spans):
        return True
    # A mark no such span accounts for closes or opens speech beyond this sentence.
    labelled = {i for span in spans for i in (span.start - 1, span.end)}
    return any(found.start() not in labelled for found in _SPEECH_MARK.finditer(text))


_SPEECH_MARK = re.compile('[“”"‘]')


def _has_single_quote(text: str) -> bool:
    """True for a sentence quoting with single marks ('We will win,' he said), not a paraphrase."""
    return bool(_SINGLE_QUOTED.search(text))


_LOWER_WORD = re.compile(r"[a-z]+")
_REPORTING = lx.PARAPHRASE_VERBS | {"according"}


def _speaks_of(raw: _Raw, surname: str) -> bool:
    """ "“One of the shortcomings of Byler’s otherwise excellent piece ...”" standing alone after
    Byler's words: a quotation that names someone as another's would is not theirs to inherit."""
    words = qm.inner_text(raw.paragraph.text, raw.span)
    return re.search(rf"\b{re.escape(surname)}['’]s\b", words) is not None


def _may_report(text: str) -> bool:
    """A cheap pre-check that a sentence holds a verb of reporting (a set test, not a big regex)."""
    return not _REPORTING.isdisjoint(_LOWER_WORD.findall(text.lower()))


_SINGLE_QUOTED = re.compile(r"(?:^|[\s(])['’][A-Z]|[,.!?]['’](?:\s|$)")


def _pulled_inheritor(raw: _Raw) -> bool:
    """A paragraph of bare quoted words that took its speaker from the quotation before it: a
    pull-quote, if the body repeats its words under a speaker of their own."""
    inherited = raw.speaker is not None or raw.source is not None
    return inherited and not raw.own and not raw.continued and bare_quotation(raw.paragraph.text)


def _paraphrases(body, raws_of, registry: Registry, resolver: Resolver) -> tuple[Quote, ...]:
    """Sentences without quotation marks whose subject, a named person, reports something."""
    found = []
    for paragraph in body:
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        tokens = registry.tokens[paragraph.number]
        quoted = sorted((r.span.start, r.span.end) for r in raws_of[paragraph.number])
        for sentence in paragraph.sentences:
            if sentence.duplicate_of is not None:
                continue
            if attr.quote_starts_within(quoted, sentence.start, sentence.end):
                continue
            if not _may_report(sentence.text):
                continue  # no verb of reporting: skip building its items (most sentences)
            if _holds_speech(sentence.text):
                continue
            items = attr.items_between(tokens, mentions, quoted, sentence.start, sentence.end)
            for index, subject in attr.events(items):
                verb = items[index].low
                if (verb not in lx.PARAPHRASE_VERBS and verb != "according") or subject.kind == "other":
                    continue
                person = resolver.person(subject)
                if person is not None:
                    name = registry.person(person).name
                    found.append(Quote(sentence.text, paragraph.number, sentence.text, name, paraphrase=True))
                    break
    return tuple(found)
