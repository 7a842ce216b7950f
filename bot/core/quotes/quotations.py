"""The direct quotations of an article, each with its speaker, and the reported speech beside them.

Spans come from `quotemarks`, people and mentions from `people`, and each speaker from the
`attribution` rules, falling back on the quotation a span continues; the result is in article order.

`attributed_quotes` runs the steps; `_attribute` tries, for one quotation, the rules of
bot/core/quotes/quoted/: raws (the quotations found), own_sentence (a verb of saying beside it),
sentence_people (the one person of its sentence), verb_subjects (a verb's subject made a speaker),
writings ("it reads", transcripts, statements), inherited (from the quotation or sentence before),
introduced_sources, standalone (a paragraph of quoted words alone), passes (over all quotations),
paraphrases (reported speech) and shared (Raw, Context and sentence helpers).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import constants
from bot.core.article import Article, Paragraph
from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes import marks as qm
from bot.core.quotes.function_words import (
    CLAUSE_BREAKS,
    COPULAS,
    LIST_LINKS,
    PASSIVE,
    REPLYING_VERBS,
    SPEECH_NOUNS,
    TOLD,
)
from bot.core.quotes.people import AMBIGUOUS, NONPERSON, PERSON, Mention, Quote, Registry
from bot.core.quotes.quoted.goes_on import (
    added_after,
    speaker_goes_on,
    speaker_goes_on_next_paragraph,
    speaker_goes_on_to_another,
)
from bot.core.quotes.quoted.inherited import inherited_speaker, more_of_the_last
from bot.core.quotes.quoted.introduced_sources import (
    source_introduced_above,
    source_of_relative_clause,
    source_of_sentence_before,
    source_opening_sentence,
)
from bot.core.quotes.quoted.lede_described import named_after_lede
from bot.core.quotes.quoted.listed import headed_by_name, listed_under_header
from bot.core.quotes.quoted.own_clause import worded_subject
from bot.core.quotes.quoted.own_sentence import (
    attribution_after,
    dash_label,
    main_clause_speaks,
    sides,
    subject_after,
    subject_before,
    thought_by,
)
from bot.core.quotes.quoted.owned_roles import owned_role_named
from bot.core.quotes.quoted.paraphrases import find_paraphrases
from bot.core.quotes.quoted.passes import (
    carry_back,
    joined_to_cue,
    letters_of_writers,
    named_at_label_end,
    one_label_each,
    outlets_meant,
    pulled_inheritor,
    refer_back,
    replies,
    resumed_past_aside,
    runs_before_cue,
    share_in_sentence,
)
from bot.core.quotes.quoted.raws import is_speech_source, raw_quotes, resumed_ids
from bot.core.quotes.quoted.sentence_people import (
    fronted_participle_subject,
    in_words_after,
    in_words_of,
    owned_noun_after,
    owner_subject,
    possessed_aside,
    possessed_casting,
    possessed_lead_in,
    possessed_quoted_noun,
    possessed_words,
    sole_person_before,
    subordinate_speaker,
    trailing_teller,
    viewpoint_holder,
    words_from,
)
from bot.core.quotes.quoted.shared import (
    EARLIER_PARAGRAPHS,
    WORD,
    Context,
    Raw,
    is_partial,
    sentence_text,
    title_like,
)
from bot.core.quotes.quoted.standalone import introduced_above, led_in_by_subject, named_next, signed_below
from bot.core.quotes.quoted.tweets import handle_before, person_of_handle, tweet_author
from bot.core.quotes.quoted.verb_subjects import speaker_from
from bot.core.quotes.quoted.writings import (
    TRANSCRIPT,
    bracketed_outlet,
    issued_by,
    opinions_of_judges,
    paper_headline,
    transcript_turn,
    writing_it,
)
from bot.core.quotes.repeats import pull_quotes, unique
from bot.core.quotes.resolver import Resolver
from bot.core.quotes.sources import PERSON_KIND, REFERENT, UNNAMED, Source, plural_person_noun, source_before
from bot.core.quotes.subjects.shared import DASHES, inside_asked_opener, subject_of, verb_like
from bot.core.quotes.subjects.speech_verbs import BLAMING_ING


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
        p.number: [] if p is headline else raw_quotes(p, _kept(p, revived, headline), british) for p in body
    }
    # In text order: attribution finds the quotation at an offset by bisection.
    ranges = {n: sorted((r.span.start, r.span.end) for r in raws) for n, raws in raws_of.items()}
    bounds = {p.number: tuple((x.start, x.end) for x in p.sentences) for p in body}
    title = article.title if article.has_headline else ""
    resolver = Resolver(registry, [p.number for p in body], ranges, bounds, title)
    previous: list[Raw] = []
    last: tuple[Paragraph, Context] | None = None
    earlier: tuple[tuple[Paragraph, Context], ...] = ()
    for paragraph in body:
        raws = raws_of[paragraph.number]
        opener = qm.starts_with_opener(paragraph.text, None)
        if raws and previous and previous[-1].span.open_end and opener:
            raws[0].continued = True
        mentions = {m.start: m for m in registry.mentions.get(paragraph.number, ())}
        lead_in = _last_sentence_items(*last) if raws and last is not None else None
        context = Context(
            registry.tokens[paragraph.number],
            mentions,
            ranges[paragraph.number],
            lead_in,
            # Its own `before` dropped, so that contexts hold a few paragraphs back, not a chain.
            (last[0], replace(last[1], before=None, earlier=())) if last is not None else None,
            earlier,
        )
        if context.before is not None:
            earlier = (context.before, *earlier)[:EARLIER_PARAGRAPHS]
        last = (paragraph, context)
        for index, raw in enumerate(raws):
            _attribute(raw, _spoken_before(raws, index), previous, context, resolver)
            interrupted = resumed_past_aside(raws, index)
            if interrupted is not None:
                raw.speaker, raw.source = interrupted.speaker, interrupted.source
            if raw.speaker is not None:
                resolver.last_speaker = (raw.speaker, paragraph.number)
                resolver.last_speaker_end = raw.span.end
                resolver.quoted_people.add(raw.speaker)
            elif raw.source is not None:
                resolver.last_source = (raw.source, paragraph.number)
                resolver.last_source_end = raw.span.end
                if raw.source[1] == UNNAMED:
                    resolver.unnamed_met.append(raw.source)
        share_in_sentence(raws, context)
        # "“…,” he said on VTN “Good Morning.” ¶ “…”": the words go on past a title
        spoken = [raw for raw in raws if not _named_show(raw)]
        if spoken or not raws:
            previous = spoken
    carry_back(raws_of)
    runs_before_cue(raws_of)
    joined_to_cue(raws_of)
    signed_below(raws_of, body, article.paragraphs, registry)
    introduced_above(raws_of, body, registry)
    listed_under_header(raws_of, body, registry)
    headed_by_name(raws_of, article.paragraphs, registry)
    named_next(raws_of, body, registry)
    owned_role_named(raws_of, registry)
    named_after_lede(raws_of, body, registry)
    issued_by(raws_of, body, registry)
    opinions_of_judges(raws_of, body, registry)
    refer_back(raws_of, body, registry.bodies)
    named_at_label_end(raws_of, registry)
    letters_of_writers(raws_of, body, registry)
    outlets_meant(raws_of, body)
    replies(raws_of, body)
    speaker_goes_on(raws_of, registry)
    speaker_goes_on_next_paragraph(raws_of, registry)
    speaker_goes_on_to_another(raws_of, registry)
    added_after(raws_of, registry)
    led_in_by_subject(raws_of, registry)
    one_label_each(raws_of)
    every = [raw for paragraph in body for raw in raws_of[paragraph.number]]
    resumed = resumed_ids(raws_of)
    found = [_quote(raw, registry, id(raw) in resumed) for raw in every]
    quotes = unique(found, [pulled_inheritor(raw) for raw in every])
    paraphrases = find_paraphrases(body, raws_of, registry, resolver)
    return quotes, paraphrases


def _spoken_before(raws: list[Raw], index: int) -> Raw | None:
    """The paragraph's quotation before the one at `index`, past a programme's name between them
    ("“…,” Drummond said on Channel “Nine Sunday.” “…”": the words go on from the first)."""
    for before in reversed(raws[:index]):
        if not _named_show(before):
            return before
    return None


def _headline(article: Article) -> Paragraph | None:
    """The first paragraph when it is the article's headline written in Title Case ("Kessler: ‘We Are
    Going To Go All The Way To Cleveland.’"), which the parser kept for its closing full stop: a
    headline's quotation is the body's, shortened, and a quotation's speaker is read in the body."""
    if article.has_headline or not article.paragraphs:
        return None
    first = article.paragraphs[0]
    if "\n" in first.text or len(first.text) > constants.MAX_TITLE_CHARS:
        return None
    long_words = [w for w in WORD.findall(first.text) if len(w) >= constants.HEADLINE_WORD_CHARS]
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


def _quote(raw: Raw, registry: Registry, resumes: bool = False) -> Quote:
    speaker, kind = None, PERSON_KIND
    if raw.speaker is not None:
        speaker = registry.person(raw.speaker).name
    elif raw.source is not None:
        speaker, kind = raw.source
    return Quote(
        text=qm.inner_text(raw.paragraph.text, raw.span),
        paragraph=raw.paragraph.number,
        sentence=sentence_text(raw),
        speaker=speaker,
        partial=raw.continued is False and not resumes and is_partial(raw),
        continued=raw.continued,
        resumes=resumes,
        kind=kind,
        unclear=raw.unclear and speaker is None,
    )


def _attribute(
    raw: Raw, before: Raw | None, previous: list[Raw], context: Context, resolver: Resolver
) -> None:
    """Set raw.speaker from its own sentence, else from the quotation it continues."""
    if qm.byline_follows(raw.paragraph.text, raw.span):
        return  # a headline: no one's words, not even the speaker of the paragraph before
    if _chanted(raw):
        return  # "which prompted chants of “send her back”": a crowd's, not the sentence's subject's
    if _named_show(raw):
        # "speaking on Channel 9's “Meet the State,” Mr. Breen said": a programme's name, which no
        # guess gives the one named beside it either
        raw.unclear = True
        return
    same_sentence = before is not None and before.last == raw.first
    left, right = sides(raw, before, same_sentence, context)
    tweeted, author = tweet_author(raw, resolver.registry)
    if tweeted:
        if _quoted_in_tweet(raw, left, resolver):
            return
        if not _named_in_tweet(raw, before, left, right, same_sentence, context, resolver):
            raw.speaker, raw.own = author, author is not None  # the tweet's signer, or no one
        return
    if same_sentence and _label_before_participle(before, left):
        # "Holt defended “Lake County values,” saying the city embodied the “…”": the words quoted
        # before are a label no one speaks; the participle goes on with the sentence's subject.
        same_sentence = False
        left, right = sides(raw, None, same_sentence, context)
    joined = _participle_joined_on(left) if same_sentence else None
    if joined is not None:
        whole, whole_right = sides(raw, None, False, context)
        if _joined_past_relative(whole, joined):
            # "holding a rally where the crowd chanted “…” and deriding the city as “…”": the
            # participle goes on with the sentence's doings, not with the clause quoted before.
            same_sentence, left, right = False, whole, whole_right
    if _written_or_possessed(raw, left, right, context, resolver):
        return
    if _question_put(raw, left):
        raw.unclear = True  # "Varnholt was asked for the first time: “Does she want to be mayor?”"
        return
    if before is None and previous and more_of_the_last(left, previous[-1], context):
        _take_donor(raw, previous[-1], resolver)  # "... characterized it as “…” ¶ Here's more: “…”"
        return
    subject = _sentence_subject(raw, before, left, right, same_sentence, context)
    if subject is not None:
        _speaker_of_subject(raw, subject, left, right, same_sentence, context, resolver)
        return
    if not left and _subject_of_a_copula(right):
        return  # "“In 2030, we'll all speak Chinese,” is one common saying here": a saying, no one's
    labelled = _verbless_label(right) if _closed_by_punctuation(raw) else None
    if labelled is None and not left and _closed_by_punctuation(raw):
        labelled = _dash_signature(right)
    if labelled is not None:
        # "“…,” county spokeswoman Sara Lindqvist. “…”": the name after the quotation, its verb left
        # out, is the speaker's, as a label would be.
        raw.speaker, raw.own = resolver.person(attr.Subject("person", mention=labelled)), True
        return
    donor = inherited_speaker(raw, before, previous, left, same_sentence, context, resolver)
    _take_donor(raw, donor, resolver)
    _last_resorts(raw, donor is None, previous, left, right, same_sentence, context, resolver)


def _quoted_in_tweet(raw: Raw, left: list[attr.Item], resolver: Resolver) -> bool:
    """ ".@SHSanders: “No, ...” — Zed Mills (@ZedMills)", "Corbyn “it's only right” to thank PM
    ... — Sophy Ridge (@SophyRidge)": a tweet quoting an account or a person named right before the
    words gives them to that one (or to no one, for an account the article names no one by), never
    to its signer."""
    handle = handle_before(raw)
    if handle is not None:
        raw.speaker = person_of_handle(handle, resolver.registry)
        return True
    if not left or left[-1].kind != "mention" or left[-1].possessive:
        return False
    named = left[-1].mention
    if named is None or named.kind != PERSON:
        return False
    raw.speaker = resolver.person(attr.Subject("person", named))
    return True


def _named_in_tweet(
    raw: Raw,
    before: Raw | None,
    left: list[attr.Item],
    right: list[attr.Item],
    same_sentence: bool,
    context: Context,
    resolver: Resolver,
) -> bool:
    """ "Asked if she blames the mayor, Costa tells me “I am not.” — Ray Dunn (@RayDunnNews)": a
    tweet reporting someone's words gives them to the person it names or the unnamed source it
    describes in the quotation's own sentence, not to its signer. A he or she, a role or a body
    there is left to the signer (the tweet's "he" is no one the article's text before it means)."""
    subject = _sentence_subject(raw, before, left, right, same_sentence, context)
    unnamed = subject is not None and subject.source is not None and subject.source.kind == UNNAMED
    if subject is None or not (subject.kind == "person" or unnamed):
        return False
    _speaker_of_subject(raw, subject, left, right, same_sentence, context, resolver)
    return raw.speaker is not None or raw.source is not None


def _verbless_label(right: list[attr.Item]) -> Mention | None:
    """The person whose name, after a few role or title words and no verb, closes the quotation's
    sentence ("“…,” White House spokeswoman Sarah Sanders."), else None."""
    if not right or right[-1].kind != "punct" or right[-1].low != ".":
        return None  # the name must close the sentence, not open a clause ("Holt “thus confirmed …”")
    right = _before_where_written(right)
    words = [item for item in right if item.kind != "punct" or item.low not in ",."]
    if words and words[-1].kind != "mention" and _apposition_closes(right):
        # "“…,” Jeff Cohen, co-founder of the activist group RootsAction.org. “…”"
        words = words[:1]
    if not words or len(words) > _LABEL_ITEMS or words[-1].kind != "mention":
        return None
    named = words[-1].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS) or words[-1].possessive:
        return None
    roles = words[:-1]
    if any(
        item.kind != "word" or not (item.cap or lx.is_role_head(item.low) or item.low in lx.ROLE_MODIFIERS)
        for item in roles
    ):
        return None
    return named


_LABEL_ITEMS = 6  # "White House deputy press secretary Sarah Sanders"


def _before_where_written(right: list[attr.Item]) -> list[attr.Item]:
    """ "RGA Chairman Chris Christie in a statement about the Wisconsin Republican.": the items up to
    a name and a phrase saying where the words were given, which ends the label; else `right`."""
    for at in range(1, len(right) - 2):
        if right[at - 1].kind != "mention" or right[at].low != "in":
            continue
        if right[at + 1].low in _WRITING_OWNERS and right[at + 2].low in _GIVEN_IN:
            return [*right[:at], right[-1]]
    return right


_WRITING_OWNERS = frozenset("a an his her their its".split())
_GIVEN_IN = frozenset("statement interview email letter tweet release post".split())


def _dash_signature(right: list[attr.Item]) -> Mention | None:
    """ "“…” -- Hillary Clinton talking on CNN about the race.", "“…” — Sen. Bernie Sanders, I-Vt., in
    his webcast": a whole quotation opening its sentence, then a dash and a name, titles before it and
    no finite verb after it, is signed by that person; "“…” — Mr. Cruz appeared eager ..." is the
    writer's next clause."""
    at = 0
    while at < len(right) and right[at].kind == "punct" and right[at].low in DASHES:
        at += 1
    if at == 0:
        return None
    while at < len(right) and right[at].kind in ("word", "punct") and _signature_title(right[at]):
        at += 1
    if at >= len(right) or right[at].kind != "mention" or right[at].possessive:
        return None
    named = right[at].mention
    if named is None or named.kind not in (PERSON, AMBIGUOUS):
        return None
    following = right[at + 1] if at + 1 < len(right) else None
    if following is not None and following.kind == "word" and verb_like(following):
        return None
    return named


def _signature_title(item: attr.Item) -> bool:
    """A title word ("Sen", "President") or an abbreviation's full stop before a signature's name."""
    return item.low == "." or (item.kind == "word" and lx.is_title(item.low))


def _closed_by_punctuation(raw: Raw) -> bool:
    """The quotation's words end in a comma or a sentence's mark inside its marks ("“…,” Sarah
    Sanders."); "whether or not to go after” Osama bin Laden." runs on into its object."""
    inner = raw.paragraph.text[raw.span.start : raw.span.end].rstrip()
    return inner.endswith(_LABELLED_ENDINGS)


_LABELLED_ENDINGS = (",", ".", "?", "!", "…", "—", "–")


def _apposition_closes(right: list[attr.Item]) -> bool:
    """A name opening the words after the quotation, then a comma and an apposition with no verb
    closing the sentence: "Jeff Cohen, co-founder of the group.", "Ada Holt, 45.", "Ada Holt, a
    nurse from Dayton."."""
    if len(right) < 4 or right[0].kind != "mention" or right[1].low != ",":
        return False
    apposition = right[2:-1]
    if len(apposition) > _APPOSITION_ITEMS or any(item.kind == "quote" for item in apposition):
        return False
    if any(item.low in lx.SPEECH_VERBS or item.low in _NOT_IN_LABEL for item in apposition):
        return False
    first = apposition[0]
    return first.low in _APPOSITION_OPENERS or first.low.isdigit() or lx.is_role_head(first.low)


_APPOSITION_ITEMS = 12  # "co-founder of the online activist group RootsAction.org"
_APPOSITION_OPENERS = frozenset(("a", "an", "the", "former", "then"))
# Words that make the words after a name a clause of its own, not a label.
_NOT_IN_LABEL = frozenset("who which that whose is was are were has have had will would ; : ( )".split())


# "which prompted chants of “…”", "blamed them for a chant of “…”": words a crowd shouts that the
# sentence's subject drew, no one person's ("Supporters responded with chants of “…”" are theirs).
_CHANTED = re.compile(
    r"\b(?:prompted|sparked|drew|triggered|amid|to|for|over)\s+(?:(?:a|the|loud|more)\s+)?"
    r"(?:chants?|cries|shouts) of\s*[“\"‘']?$",
    re.IGNORECASE,
)
# "the caustic chant “Lock her up!”" and "“lock her up” chants from the crowd": the chant named
# right before or after the quotation.
_CHANT_BEFORE = re.compile(r"\bchants?\s*[“\"‘']?$", re.IGNORECASE)
_CHANT_AFTER = re.compile(r"[”\"’']?\s+(?:chants?|cries|shouts)\b", re.IGNORECASE)
_LOOK_BACK_CHARS = 40  # how far before a quotation its chant or programme phrase is looked for


def _chanted(raw: Raw) -> bool:
    """Whether the quotation is a chant the sentence names ("chants of “…”", "the chant “…”", "“…”
    chants"): a crowd's words, not the sentence's subject's."""
    text, start, end = raw.paragraph.text, raw.span.start, raw.span.end
    before = max(0, start - _LOOK_BACK_CHARS)
    if _CHANTED.search(text, before, start) or _CHANT_BEFORE.search(text, before, start):
        return True
    return _CHANT_AFTER.match(text, end) is not None


def _named_show(raw: Raw) -> bool:
    """A partial quotation in title case right after "on" or a broadcaster's possessive ("on “Valley
    News Sunday,”", "Channel 9's “Meet the State,”", "he said on VTN “Good Morning.”", "said on
    Channel “Nine Sunday.”"), or naming a work or a scheme ("two books on the period, including
    “Winter Reckoning.”", "a secret program called “Bluebird.”"): the name of a programme or a work,
    no one's words."""
    text, start = raw.paragraph.text, raw.span.start
    before = text[max(0, start - _LOOK_BACK_CHARS) : start]
    if _WORK_NAMED_BEFORE.search(before) and _capitalised_words(raw):
        return True
    if not (is_partial(raw) and title_like(raw)):
        return False
    return _SHOW_BEFORE.search(before) is not None or _show_name_split(raw, before)


def _show_name_split(raw: Raw, before: str) -> bool:
    """ "said on Channel “Nine Sunday.” “…”": "on" and a capitalised word or two that open a
    programme's name, its opening mark slipped past them and the sentence's full stop inside; not a
    day, a month or a platform ("said on Monday", "wrote on Twitter")."""
    found = _ON_CAPITALISED.search(before)
    if found is None or not qm.inner_text(raw.paragraph.text, raw.span).endswith("."):
        return False
    for word in found[1].split():
        low = word.casefold()
        if low in lx.WEEKDAYS_MONTHS or low in lx.PLATFORMS:
            return False
    return True


def _capitalised_words(raw: Raw) -> bool:
    words = WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    return 0 < len(words) <= _WORK_TITLE_WORDS and all(w[:1].isupper() for w in words)


_WORK_TITLE_WORDS = 6
# "including", "titled", or a work's or a scheme's noun and "called" or "named" right before a title.
_WORK_NAMED_BEFORE = re.compile(
    r"(?:\b(?:including|titled|entitled)|\b(?:program|programme|book|books|film|movie|show|series|"
    r"operation|plan|project|initiative|album|song|novel|memoir|documentary|app|website)\s+"
    r"(?:called|named|dubbed))\s*[“\"‘']?$"
)


# "on", or a broadcaster's possessive in capitals or with a number ("CNN's", "Channel 9's"); not a
# person's ("Trump's “New York values”" are words of his) nor "with" ("ended his statement with “…”").
_SHOW_BEFORE = re.compile(r"(?:\b[Oo]n(?:\s+[A-Z][A-Z0-9&-]+){0,2}|\b[A-Z0-9]{2,}['’]s|\d['’]s)\s*[“\"‘']?$")
# "on Channel", "on Fox": "on", then a capitalised word or two right before the mark.
_ON_CAPITALISED = re.compile(r"\b[Oo]n((?:\s+[A-Z][a-z]+){1,2})\s*[“\"‘']?$")


def _subject_of_a_copula(right: list[attr.Item]) -> bool:
    """The quotation is its sentence's subject, named as a kind of words: a copula and a determiner
    follow it ("“…,” is one common saying here", "“…” was the slogan"), and no verb of saying ("“…”
    is coming, he said" is his; "“…” were provoking violence" goes on with what was said)."""
    words = [item for item in right if item.kind != "punct" or item.low not in ",—–-"]
    if len(words) < 2 or words[0].kind != "word" or words[0].low not in COPULAS:
        return False
    named = words[1].low in _NAMING_DETERMINERS
    # "saying" after "one common" is the noun; a finite verb of saying tells who spoke.
    told = any(
        item.kind == "word" and item.low in lx.SPEECH_VERBS and not item.low.endswith("ing") for item in words
    )
    return named and not told


# What opens the noun a quotation is called after a copula: "is one common saying", "was the slogan".
_NAMING_DETERMINERS = frozenset("a an the one his her their its our another".split())


def _label_before_participle(before: Raw, left: list[attr.Item]) -> bool:
    """The quotation before, in the same sentence, has no speaker, and a participle of saying opens
    the words between the two ("“…,” saying ...")."""
    if before.speaker is not None or before.source is not None:
        return False
    words = [item for item in left if item.kind != "punct"]
    return bool(words) and words[0].kind == "word" and words[0].low in lx.PARTICIPLES


def _participle_joined_on(left: list[attr.Item]) -> attr.Item | None:
    """The participle of saying that "and" opens the words with between the quotation before, in the
    same sentence, and this one ("and deriding", "and saying"); None when they open otherwise."""
    words = [item for item in left if item.kind != "punct"]
    if len(words) < 2 or words[0].low != "and" or words[1].kind != "word":
        return None
    return words[1] if words[1].low in lx.PARTICIPLES or words[1].low in BLAMING_ING else None


def _joined_past_relative(left: list[attr.Item], joined: attr.Item) -> bool:
    """Whether the participle `joined` on by "and" follows a verb of saying inside a relative clause
    on what an earlier participle names ("holding a rally where the crowd chanted “…” and deriding"),
    `left` the items of the whole sentence before the quotation."""
    participle = next((j for j, item in enumerate(left) if item.start == joined.start), None)
    if participle is None:
        return False
    verbs = [verb for verb, _ in attr.events(left) if verb < participle - 1]
    return bool(verbs) and attr.relative_before_joined_participle(left, verbs[-1], participle)


def _written_or_possessed(
    raw: Raw, left: list[attr.Item], right: list[attr.Item], context: Context, resolver: Resolver
) -> bool:
    """A writing the sentence before names ("“…,” it read."), a paper's headline ("The Post bore the
    headline “…”") or a possessed noun of speech ("her comments ... that “…”") decides the quotation:
    True when one of them did."""
    writing = writing_it(raw, left, right, context, resolver) or paper_headline(raw, left)
    if writing is not None:
        # "“…,” it read." after "The email, sent at 7 p.m., ...", or the paper's headline
        raw.source, raw.own = writing, True
        return True
    quoted = qm.inner_text(raw.paragraph.text, raw.span)
    possessed = possessed_words(left, raw.paragraph.number, quoted) or in_words_of(left, raw.paragraph.number)
    possessed = possessed or words_from(left, right) or possessed_lead_in(left, raw.paragraph.number)
    possessed = possessed or possessed_aside(left, raw.paragraph.number)
    possessed = possessed or possessed_casting(left, raw.paragraph.number)
    possessed = possessed or possessed_quoted_noun(left, right, raw.paragraph.number)
    possessed = possessed or in_words_after(right, raw.paragraph.number)
    possessed = possessed or owned_noun_after(left, right, raw.paragraph.number)
    if possessed is not None:
        speaker_from(raw, possessed, left, context, resolver)
        return True
    return False


def _speaker_right_before(left: list[attr.Item]) -> bool:
    """Whether a subject and its verb of saying with a comma or colon end the items ("They responded,")."""
    if len(left) < 3 or left[-1].low not in (",", ":") or left[-2].kind != "word":
        return False
    if left[-2].low not in lx.SPEECH_VERBS:
        return False
    return left[-3].kind == "mention" or left[-3].low in _SUBJECT_PRONOUNS


_SUBJECT_PRONOUNS = frozenset(("they", "we", "i", "he", "she"))


def _question_put(raw: Raw, left: list[attr.Item]) -> bool:
    """Whether the quotation is a question after a colon closing "X was asked ...:" with no "by": the
    asker's words, whom the sentence does not name, never the one asked."""
    if (
        not left
        or left[-1].low != ":"
        or not qm.inner_text(raw.paragraph.text, raw.span).rstrip().endswith("?")
    ):
        return False
    asked = [at for at in range(len(left) - 1) if left[at].low in PASSIVE and left[at + 1].low == "asked"]
    if not asked or any(item.low == "by" for item in left[asked[-1] :]):
        return False  # "Holt was asked by Harbor News host Ray Coe: “…?”": the agent named asks it
    # "when he was asked similar questions and said: “…?”": his answer, though it asks
    return not any(item.low in _ANSWERED for item in left[asked[-1] + 2 :])


_ANSWERED = REPLYING_VERBS | frozenset(("said", "says"))


def _asked_before_colon(subject: attr.Subject | None) -> bool:
    """A passive "was asked" found as the verb of no one: whether the colon's clause may name who."""
    return (
        subject is not None and subject.kind == "other" and subject.source is None and subject.verb == "asked"
    )


def _conditional_teller(left: list[attr.Item], subject: attr.Subject) -> attr.Subject | None:
    """ "A senior city official said if, after the review, a department finds that “…”": a verb of
    saying inside a condition the teller states is what might be, not what was said; the teller right
    before "if" or "unless" says the words."""
    conditions = [at for at, item in enumerate(left) if item.kind == "word" and item.low in _CONDITIONS]
    if not conditions or not subject.verb:
        return None
    at = conditions[-1]
    if not any(item.low == subject.verb.casefold() for item in left[at + 1 :]):
        return None
    lead = at - 1 if at >= 1 and left[at - 1].low == "that" else at
    events = attr.events(left[:lead])
    if not events or events[-1][0] != lead - 1:
        return None
    teller = events[-1][1]
    return teller if teller.kind == "person" or teller.source is not None else None


_CONDITIONS = frozenset(("if", "unless"))


def _teller_of_finding(left: list[attr.Item], subject: attr.Subject) -> attr.Subject | None:
    """ "Renner wrote in a letter to Alma Price that his office's investigation found “…”": a verb whose
    subject is no one found, inside a "that" clause a person tells, is that teller's report, whoever
    else the telling names (the one written to)."""
    thats = [at for at, item in enumerate(left) if item.kind == "word" and item.low == "that"]
    if not thats or not subject.verb:
        return None
    at = thats[-1]
    if not any(item.low == subject.verb.casefold() for item in left[at + 1 :]):
        return None
    events = attr.events(left[:at])
    if not events:
        return None
    verb, teller = events[-1]
    between = left[verb + 1 : at]
    if any(_breaks_telling(item) or verb_like(item) for item in between):
        return None  # "Renner wrote, and Price agreed, that": the telling closed before "that"
    return teller if teller.kind == "person" else None


def _breaks_telling(item: attr.Item) -> bool:
    """A mark closing a telling's clause: any but the stop of an abbreviated title ("to Sen. Price")."""
    return item.kind == "quote" or (item.kind == "punct" and item.low != ".")


def _glossed(left: list[attr.Item]) -> bool:
    """ "known as Tavaluk, which means “the tall one”", "the name Shalom, meaning “peace”": a name, a
    comma, then words telling what it means; the quotation is the translation, no one's words ("Holt
    says this means “a new start”" still is hers)."""
    at = len(left)
    if at >= 2 and left[-2].low in _GLOSS_RELATIVES and left[-1].low in _GLOSSING:
        at -= 2
    elif at >= 1 and left[-1].low in _GLOSS_PARTICIPLES:
        at -= 1
    else:
        return False
    if at < 2 or left[at - 1].low != ",":
        return False
    named = left[at - 2]
    return named.kind == "quote" or (named.kind in ("word", "mention") and named.cap)


_GLOSSING = frozenset(("means", "meant"))
_GLOSS_RELATIVES = frozenset(("which", "that"))
_GLOSS_PARTICIPLES = frozenset(("meaning",))


def _opening_participle_speaker(left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """ "Declaring Tuesday that he can bring “…,” former Gov. Harlan Brisco declared his candidacy in
    Millbrook, the town where ...": a participle of saying opens the sentence and its clause holds the
    quotation; the person opening the main clause after it says it, however long that clause runs."""
    if not left or left[0].kind != "word" or not left[0].cap or left[0].low not in lx.PARTICIPLES:
        return None
    if any(item.kind in ("punct", "quote") and item.low in _OPENING_CLAUSE_BREAKS for item in left):
        return None
    events = attr.events(right)
    if not events:
        return None
    verb, subject = events[0]
    opens = all(item.kind != "quote" and item.low not in _OPENING_CLAUSE_BREAKS for item in right[:verb])
    return subject if opens and subject.kind == "person" else None


_OPENING_CLAUSE_BREAKS = CLAUSE_BREAKS | DASHES


def _continued_doing(raw: Raw, left: list[attr.Item]) -> bool:
    """ "continues “moving heavy weapons”": "continue" right before a quotation opening with a verb
    in -ing goes on doing what is quoted, and says nothing."""
    if not left or left[-1].kind != "word" or left[-1].low not in _CONTINUING:
        return False
    words = qm.inner_text(raw.paragraph.text, raw.span).split()
    return bool(words) and words[0].casefold().endswith("ing")


_CONTINUING = frozenset(("continue", "continues", "continued"))


def _asker_named(left: list[attr.Item]) -> attr.Subject | None:
    """The person "by" names in an opening "Asked by Radio Dunmore's Tobias Wren whether ...": the
    asker, whose question the quoted words are."""
    by = next((j for j, item in enumerate(left[:_ASKER_ITEMS]) if item.low == "by"), None)
    if by is None or by == 0 or left[by - 1].low != "asked":
        return None
    for item in left[by + 1 : by + _ASKER_ITEMS]:
        if item.kind == "mention" and item.mention.kind == PERSON and not item.possessive:
            return attr.Subject("person", item.mention, verb="asked")
    return None


_ASKER_ITEMS = 10  # "Asked by Radio Dunmore's talk-show host Tobias Wren"


def _noun_asked_before(raw: Raw, context: Context) -> attr.Subject | None:
    """ "Her conclusion? “…”": the sentence before the quotation's, an owner and a noun of speech
    asked as a question, introduces the owner's words as a colon after it would."""
    if raw.first == 0:
        return None
    sentence = raw.paragraph.sentences[raw.first - 1]
    items = context.items(sentence.start, sentence.end)
    if not _OWNED_NOUN_ITEMS[0] <= len(items) <= _OWNED_NOUN_ITEMS[1] or items[-1].low != "?":
        return None
    if items[-2].kind != "word" or items[-2].low not in _ASKED_NOUNS:
        return None
    owner = items[0]
    owning = owner_subject(owner, raw.paragraph.number)
    if owning is not None:
        return owning
    if owner.kind == "word" and owner.low == "their":
        # "Their conclusion? “We were wrong.”": whom "they" would mean, the group quoted just before
        return attr.Subject("other", source=Source(owner.start, owner.end, REFERENT))
    return None


# "Her conclusion?", "Mr. Holt's verdict?", "Her final answer?": owner, a word or two, the noun, "?".
_OWNED_NOUN_ITEMS = (3, 5)
_ASKED_NOUNS = SPEECH_NOUNS | frozenset("conclusion verdict answer response reply advice take view".split())


def _sentence_subject(
    raw: Raw,
    before: Raw | None,
    left: list[attr.Item],
    right: list[attr.Item],
    same_sentence: bool,
    context: Context,
) -> attr.Subject | None:
    """The subject the quotation's own sentence gives it, in order of trust: a subordinate clause's
    or the event right after it, the attribution after it, the subject before it (unless a clause of
    its own speaks), a colon's or an "as" clause's, the sentence's opener for a partial, then the
    subject after it or a dash label."""
    last = raw.paragraph.text[raw.span.end - 1 : raw.span.end]
    if not left and not same_sentence:
        asked = _noun_asked_before(raw, context)
        if asked is not None:
            return asked  # "Her conclusion? “We were badly wrong.”": as "Her conclusion:" would
    if _glossed(left):
        return attr.Subject("other")  # "Tavaluk, which means “the tall one”": a translation, no one's words
    if last == "," and inside_asked_opener(left):
        # "Asked whether he would consider “…,” Okafor said": the asker's, whom "by" may name.
        return _asker_named(left) or attr.Subject("other")
    if last == ",":
        opening = _opening_participle_speaker(left, right)
        if opening is not None:
            return opening  # "Declaring that he can bring “…,” former Gov. Harlan Brisco declared ..."
    subject = _named_before_its_quoted_verb(raw, left, right)
    subject = subject or subordinate_speaker(left, right)
    if subject is None and not (last in qm.SENTENCE_ENDS and _speaker_right_before(left)):
        # "They responded, “No!” Brandt added, “…”": the name after words closed on "!" tells the next
        subject = attr.immediate_event(right, punctuated=not last.isalnum())
        subject = _replied_to(left, subject, same_sentence) or subject
    if subject is None and last == ",":
        subject = attr.verbless_apposition(right)  # "“…,” Rosa Lind, a spokeswoman for the group."
    if subject is not None and subject.kind == "other" and _outlet_reporting(right):
        # "Farrand said, “…,” the Harbor Times reported": the paper reports whose words they are.
        subject = _teller_right_before(left, same_sentence) or _reported_speaker(raw, context) or subject
    if subject is not None and last == "," and _shouted_before(left):
        # "One man shouted, “Go back where you came from,” Pell said": Pell recounts the man's words.
        subject = _teller_right_before(left, same_sentence) or subject
    goes_on = before is not None and not same_sentence and before.speaker is not None
    if subject is None and not _told_before(left, same_sentence) and not _introduced_by_colon(left):
        subject = attribution_after(raw, right, context, goes_on)
    if subject is None and _vouches_behind(left, same_sentence):
        subject = _set_off_attribution(raw, right)  # "“…,” according to Hale, and “…,” according to Reyes"
    if subject is None:
        subject = subject_before(left, same_sentence)
        if subject is not None and _continued_doing(raw, left):
            subject = None  # "If Ostria continues “moving heavy weapons ...,” ..., said Tobias Wren"
        if subject is not None:
            subject = _conditional_teller(left, subject) or subject
        vouched = (
            _person_vouching_after(raw, right) if subject is not None and subject.kind == "other" else None
        )
        if _asked_before_colon(subject):
            # "Kessel was asked what the worst case could be:": the one asked answers after the colon
            subject = attr.asked_answers(left) or subject
        if (
            subject is not None
            and subject.kind != "other"
            and worded_subject(left)
            and not thought_by(left, subject)
            and not main_clause_speaks(left)
        ):
            subject = attr.Subject("other")  # a clause of its own speaks it, not the sentence's person
        elif subject is not None and subject.kind != "other":
            # "Fenn thanked the Ash Society, which described her work as “…”": the body speaks.
            subject = attr.relative_source(left) or subject
        if vouched is not None:
            # "The investigation concluded that Quill “…,” according to Ardenne": his account of it
            subject = vouched
    if _nameless_verb_subject(subject) and _closing_teller_may_speak(raw, right, same_sentence):
        # "states are now reporting “really shocking declines” in tax revenues, says Michael
        # Leachman": a verb whose subject names no one, a plain noun, leaves the words to the
        # attribution set off closing the sentence, which reports all of it.
        subject = _set_off_attribution(raw, right) or subject
    if subject is None:
        subject = _interrupting_attribution(left)
    if subject is None:
        subject = attr.colon_subject(left) or attr.as_subject(left)
    if subject is None and not same_sentence and is_partial(raw) and not title_like(raw):
        # "Reyes had shown “a breach of trust,” the Chief Justice said.": an attribution set off by
        # the comma right after the partial quotation tells it; the opener is whom it is about.
        subject = (
            _set_off_attribution(raw, right)
            or _attribution_closing_sentence(raw, context)
            or _according_closing(left, right)
            or attr.opening_subject(left)
        )
    if subject is None:
        subject = subject_after(right) or dash_label(raw, left, right)
    if subject is not None and subject.kind == "other" and subject.verb.casefold() in _REPORTING:
        # "Pell also said, the Ledger reported: “…”", "..., WKRV reports, but that the staff would “…”".
        subject = _reported_speaker(raw, context) or subject
    return subject


def _replied_to(
    left: list[attr.Item], after: attr.Subject | None, same_sentence: bool
) -> attr.Subject | None:
    """ "a woman says the tenants “…,” the councilman replies, “…”": a verb of replying right after the
    quotation answers it, when a speaker and a verb of saying before it bring the words; they are that
    speaker's, the reply's the words after it."""
    if after is None or after.verb.casefold() not in REPLYING_VERBS:
        return None
    before = subject_before(left, same_sentence)
    return before if before is not None and (before.kind != "other" or before.source is not None) else None


def _interrupting_attribution(left: list[attr.Item]) -> attr.Subject | None:
    """ "“Republicans,” wrote MSNBC’s Steve Benen, had “no idea ...”": an inverted attribution right
    after the sentence's first quotation, whose clause the words after its comma (a few, naming no
    one) go on with, tells this quotation too, however short the first one is."""
    close = _first_quotation_end(left)
    if close is None:
        return None
    commas = [at for at in range(close + 1, len(left)) if left[at].low == ","]
    if not commas:
        return None
    tail = left[commas[-1] + 1 :]
    if not tail or len(tail) > _GOING_ON_WORDS or any(item.kind != "word" for item in tail):
        return None
    subject = attr.immediate_event(left[close + 1 : commas[-1] + 1])
    return subject if subject is not None and subject.kind == "person" else None


def _first_quotation_end(left: list[attr.Item]) -> int | None:
    """Where the quotation opening the sentence ends in `left`: its item, or the closing mark of a
    fragment too short to be kept as one ("“Republicans,”"); None when the sentence opens otherwise."""
    if not left:
        return None
    if left[0].kind == "quote":
        return 0
    if left[0].low not in qm.OPENING_MARKS:
        return None
    return next((at for at, item in enumerate(left) if at and item.low in qm.CLOSING_MARKS), None)


_GOING_ON_WORDS = 3  # "had", "has long said", "is still"


def _outlet_reporting(right: list[attr.Item]) -> bool:
    """Whether the words after the quotation report it as news: "“…,” the Harbor Times reported",
    "“…,” the South's Yonhap news agency reported"."""
    for item in right[:_OUTLET_ITEMS]:
        if item.kind == "punct" and item.low != ",":
            return False
        if item.kind == "word" and item.low in _REPORTING:
            return True
    return False


_OUTLET_ITEMS = 8  # ", the South's Yonhap news agency reported": the outlet's words and its verb


# An outlet crediting the news: "“…,” the Harbor Times reported", "notes the Washington Post".
_REPORTING = frozenset(("reported", "reports", "notes", "noted"))


def _shouted_before(left: list[attr.Item]) -> bool:
    """A voice's verb and its comma right before the quotation ("One man shouted, “…”")."""
    return len(left) >= 3 and left[-1].low == "," and left[-2].low in _VOICED


# Verbs of a voice raised or of a reply, whose words a teller after them recounts.
_VOICED = frozenset("shouted yelled screamed hollered cried chanted responded replied answered asked".split())


def _named_before_its_quoted_verb(
    raw: Raw, left: list[attr.Item], right: list[attr.Item]
) -> attr.Subject | None:
    """ "But in her remarks, Pell “pointed to the risk that ...”": the words open on the verb of
    saying of the person named right before them; theirs, as the verb is. Not when a verb of saying
    set off by the quotation's comma tells them ("Veisz “explained to Brenn why ...,” Tamberlane
    wrote"): the name is then only the subject of the quoted words."""
    words = qm.inner_text(raw.paragraph.text, raw.span).split()
    first = words[0].casefold() if words else ""
    if first not in _QUOTED_SAYING or not left or left[-1].possessive:
        return None
    if left[-1].kind == "word" and plural_person_noun(left[-1].low):
        # "Last month, a few policymakers “pointed to the risk ...”": an unnamed group's words
        group = source_before(left, len(left) - 1)
        return attr.Subject("other", source=group) if group is not None else None
    named = left[-1].mention if left[-1].kind == "mention" else None
    opens = len(left) == 1 or left[-2].kind == "punct"  # "Pell “…”", "In her remarks, Pell “…”"
    if not opens or named is None or named.kind != PERSON or _told_by_another_before(left):
        return None
    if _set_off_attribution(raw, right) is not None:
        return None
    return subject_of(named)


def _told_by_another_before(left: list[attr.Item]) -> bool:
    """ "Spokesman Tomas Reyna told the Ledger that as mayor, Halvorsen “attacked lenders ...”": a verb
    of saying earlier in the sentence brings the clause the name opens; its teller speaks the words,
    the name is only whom they are about."""
    told = attr.main_clause_events(left, attr.events(left))
    return any(subject.kind != "other" or subject.source is not None for _, subject in told)


# Past verbs of saying that open the quoted words themselves ("Pell “pointed to the risk ...”").
_QUOTED_SAYING = frozenset(w for w in lx.SPEECH_VERBS if w.endswith("ed")) | frozenset(("pointed",))


def _teller_right_before(left: list[attr.Item], same_sentence: bool) -> attr.Subject | None:
    """The person whose verb of saying, with or without a comma or colon, leads into the quotation
    ("Farrand said,", "Lund urged talks and said “…”")."""
    end = len(left)
    while end and left[end - 1].kind == "punct" and left[end - 1].low in qm.OPENING_MARKS:
        end -= 1
    if end and left[end - 1].low in (",", ":"):
        end -= 1
    if end < 2 or left[end - 1].low not in lx.SPEECH_VERBS:
        return None
    subject = subject_before(left, same_sentence)
    if subject is None:
        return None
    # "Protesters from the north side chanted, “…,” the Valley Gazette reported": a group or a source
    # leads in as a person does.
    return subject if subject.kind == "person" or subject.source is not None else None


def _reported_speaker(raw: Raw, context: Context) -> attr.Subject | None:
    """The subject opening the sentence, with a verb of saying, of words an outlet reports after them
    ("Olmsby said she expected it closed for “a long while,” WKRV reports", "Marsh declared “…” and
    vowed to go on “…,” the Herald reported"): the outlet reports whose words they are."""
    left, _ = sides(raw, None, False, context)
    left = _before_report(left)
    subject = _teller_right_before(left, False) or subject_before(left, False)
    if subject is None or subject.verb.casefold() not in lx.SPEECH_VERBS:
        return None
    return subject if subject.kind == "person" or subject.source is not None else None


def _before_report(left: list[attr.Item]) -> list[attr.Item]:
    """The words before an outlet's reporting clause set off by a comma ("Pell also said, the Ledger
    reported:"), or all of them when it comes after the quotation."""
    verbs = [at for at, item in enumerate(left) if item.kind == "word" and item.low in _REPORTING]
    if not verbs:
        return left
    # "“a long while,” WKRV reports, but": the comma closing the words goes inside the marks
    breaks = [at for at in range(verbs[-1]) if left[at].low == "," or left[at].kind == "quote"]
    if not breaks or verbs[-1] - breaks[-1] > _OUTLET_ITEMS:
        return left
    at = breaks[-1]
    return left[: at + 1] if left[at].kind == "quote" else left[:at]


def _set_off_attribution(raw: Raw, right: list[attr.Item]) -> attr.Subject | None:
    """The subject of a verb of saying set off by a comma after a partial quotation, right after it
    ("“…,” Downing Street said", "“…”, the judge said") or closing the sentence ("... the “fair”
    sentence, Downing Street said."), whose clause ends soon: the whole sentence is what it reports."""
    closed = raw.paragraph.text[raw.span.start : raw.span.end].rstrip("”’\"' ").endswith(",")
    if closed:
        return _someone(subject_after(right))
    commas = [i + 1 for i, item in enumerate(right) if item.kind == "punct" and item.low == ","]
    tail = right[commas[-1] :] if commas else []
    if any(item.kind == "quote" for item in tail):
        return None
    if len(commas) >= 2 and tail and tail[0].low in TOLD:
        return _apposed_teller(right, commas[-2])
    return _closing_attribution(tail)


def _person_vouching_after(raw: Raw, right: list[attr.Item]) -> attr.Subject | None:
    """ "The deeper investigation concluded that Quill and her deputy “did not act soon enough ...,”
    according to Ardenne": what a finding of no one's (an investigation, a report) holds, set off
    after the quotation by "according to" a named person, is that person's account of it, in their
    words; "Biden volunteered that he “…”, according to two officials" stays the teller's."""
    if not right or right[0].low != "according":
        return None
    subject = _set_off_attribution(raw, right)
    return subject if subject is not None and subject.kind == "person" else None


def _apposed_teller(right: list[attr.Item], opening: int) -> attr.Subject | None:
    """ "..., Jay Tilton, a spokesman for the county Democrats, told GAZETTE in May.": the person
    named before the apposition whose closing comma leads to "told" tells it (after "told" comes
    whom they told)."""
    named = right[opening - 2] if opening >= 2 else None
    if named is None or named.kind != "mention" or named.possessive:
        return None
    if named.mention is None or named.mention.kind not in (PERSON, AMBIGUOUS):
        return None
    return attr.Subject("person", named.mention)


def _attribution_closing_sentence(raw: Raw, context: Context) -> attr.Subject | None:
    """ "Brandt has turned city hall “into a marketplace” and is making the council “a den of
    favors,” Dahl added.": the attribution closing the sentence after its last quotation tells this
    one too, when nothing between them names anyone or says anything, bar the verb the sentence's
    subject goes on with ("Holloway follows “…” and repeats “…,” ..., Varga told")."""
    end = raw.paragraph.sentences[raw.last].end if raw.paragraph.sentences else len(raw.paragraph.text)
    items = context.items(raw.span.end + 1, end)
    quotes = [i + 1 for i, item in enumerate(items) if item.kind == "quote"]
    if not quotes:
        return None
    between = items[: quotes[-1] - 1]
    if _goes_on_doing(between) or not _names_anyone(between):
        rest = items[quotes[-1] :]
        return _closing_attribution(rest) or _closing_attribution(_after_last_comma(rest))
    return None


def _goes_on_doing(between: list[attr.Item]) -> bool:
    """ "and repeats": only a verb joined on, with no subject of its own, between two quotations; the
    sentence's subject goes on doing what the attribution closing the sentence tells of."""
    return len(between) == 2 and between[0].low in LIST_LINKS and between[1].kind == "word"


def _after_last_comma(items: list[attr.Item]) -> list[attr.Item]:
    """ "“…,” and that won't work against Holt, Varga told a town hall": the words after the last
    comma, where an attribution set off after the sentence's own words stands; none without a comma."""
    commas = [at for at, item in enumerate(items) if item.kind == "punct" and item.low == ","]
    return items[commas[-1] + 1 :] if commas else []


def _closing_attribution(tail: list[attr.Item]) -> attr.Subject | None:
    """The subject of a verb of saying a few words into `tail` (the words closing a sentence after
    its quotation or comma): not a participle ("..., saying it was unfair" goes on with its clause's
    subject)."""
    found = attr.events(tail)
    if not found or found[0][0] > _SET_OFF_VERB_AT or tail[found[0][0]].low.endswith("ing"):
        return None
    return _someone(subject_after(tail))


def _according_closing(left: list[attr.Item], right: list[attr.Item]) -> attr.Subject | None:
    """ "Varga will speak in “extremely tough terms” about the strike, according to one aide, who
    ...": a sentence that says nothing before its partial quotation and is closed by "according to"
    a source after a comma (no quotation after it) has the source's words, not its subject's; "Biden
    volunteered that he “…”, according to two officials" stays the teller's."""
    if attr.events(left) or _reported_clause(left):
        return None
    for at in range(1, len(right) - 1):
        if right[at].low == "according" and right[at - 1].low == "," and right[at + 1].low == "to":
            tail = right[at:]
            found = attr.events(tail)
            if any(item.kind == "quote" for item in tail) or not found or found[0][0] != 0:
                return None
            return _someone(found[0][1])
    return None


def _reported_clause(left: list[attr.Item]) -> bool:
    """ "Biden volunteered that he “…”": a past verb bringing in a "that" clause, whose subject's
    words the quotation after it is, whoever vouches for them."""
    return any(
        item.low == "that" and left[at - 1].kind == "word" and attr.past_in_ed(left[at - 1].low)
        for at, item in enumerate(left)
        if at > 0
    )


def _names_anyone(items: list[attr.Item]) -> bool:
    """A person's name or a verb of saying among `items`: words between two quotations that say who
    speaks (a place's name, "making the U.S. “…”", is no speaker)."""
    return any(_names_a_person(item) or attr.is_speech_verb(items, j) for j, item in enumerate(items))


def _names_a_person(item: attr.Item) -> bool:
    return item.kind == "mention" and item.mention is not None and item.mention.kind != NONPERSON


def _closing_teller_may_speak(raw: Raw, right: list[attr.Item], same_sentence: bool) -> bool:
    """A partial quotation alone in its sentence, no title, whose closing attribution is a speaker's,
    not an outlet's report of others' findings ("But they found that “…,” NPR station KCUR reported")."""
    if same_sentence or not is_partial(raw) or title_like(raw):
        return False
    return not _outlet_reporting(right)


def _nameless_verb_subject(subject: attr.Subject | None) -> bool:
    """The subject of a verb the sentence has ("states are now reporting") that names no one: no
    person, he or she, role or source; not a speaker ruled out on purpose, which has no verb."""
    return subject is not None and subject.verb != "" and _someone(subject) is None


def _someone(subject: attr.Subject | None) -> attr.Subject | None:
    """The subject when it names someone: a person, a he or she, a role or a source."""
    if subject is None or (subject.kind == "other" and subject.source is None):
        return None
    return subject


_SET_OFF_VERB_AT = 6  # "the Chief Justice said", "a spokesman for the ministry said": its verb's place


def _told_before(left: list[attr.Item], same_sentence: bool) -> bool:
    """ "Holt said the plan was “a fair test.” Reyes disagreed.": a person or he or she telling the
    words before the quotation in its own sentence speaks it; the short sentence after it is another
    thing done, not its attribution."""
    events = attr.main_clause_events(left, attr.events(left))
    told = [at for at, subject in events if subject.kind in ("person", "pronoun")]
    return bool(told) and not (told == [_first_word(left)] and _vouches_behind(left, same_sentence))


def _vouches_behind(left: list[attr.Item], same_sentence: bool) -> bool:
    """ "comes with “…,” according to Tom Hale, and entry to “…,” according to Ann Reyes": an
    "according to" right after the quotation before vouches for that one, not for the words after."""
    first = _first_word(left)
    return same_sentence and first is not None and left[first].low == "according"


def _first_word(left: list[attr.Item]) -> int | None:
    return next((at for at, item in enumerate(left) if item.kind != "punct"), None)


def _introduced_by_colon(left: list[attr.Item]) -> bool:
    """ "Mayor Ada Holt issued a flat denial: “…” Pratt told the council he would resign.": a subject
    introducing the quotation with a colon speaks it; the sentence after it is another thing done."""
    if not left or left[-1].low != ":":
        return False
    subject = attr.colon_subject(left)
    return subject is not None and (subject.kind != "other" or subject.source is not None)


def _speaker_of_subject(
    raw: Raw,
    subject: attr.Subject,
    left: list[attr.Item],
    right: list[attr.Item],
    same_sentence: bool,
    context: Context,
    resolver: Resolver,
) -> None:
    """Speaker or source from the subject found; a verb whose subject is no one found falls back on
    the one person named before, unless a clause of its own speaks."""
    speaker_from(raw, subject, left, context, resolver)
    if raw.speaker is None and raw.source is None and subject.kind == "other" and not same_sentence:
        # "Holt joked that ..., but went on to say, “…”": a verb whose subject is no one found.
        raw.speaker = None if worded_subject(left) else sole_person_before(raw, left, right, resolver)
        teller = _teller_of_finding(left, subject) if raw.speaker is None else None
        if teller is not None:
            raw.speaker = resolver.person(teller)


def _take_donor(raw: Raw, donor: Raw | int | None, resolver: Resolver) -> None:
    """The speaker of the quotation this one continues, unless the words name that speaker as
    another's would ("... Byler's otherwise excellent piece ...")."""
    if isinstance(donor, Raw):
        raw.speaker, raw.source = donor.speaker, donor.source
    else:
        raw.speaker = donor
    if raw.speaker is not None and _speaks_of(raw, resolver.registry.person(raw.speaker).surname):
        raw.speaker = None


def _last_resorts(
    raw: Raw,
    no_donor: bool,
    previous: list[Raw],
    left: list[attr.Item],
    right: list[attr.Item],
    same_sentence: bool,
    context: Context,
    resolver: Resolver,
) -> None:
    """A quotation its sentence and the one before leave with no one: a source introduced above or
    in the sentence before, a transcript's turn, a bracketed outlet, the one person named before, a
    trailing teller, a source opening the sentence; the first that answers."""
    colon = context.lead_in is not None and _introduces_by_colon(context.lead_in)  # "The Courier says: ¶ “…”"
    if no_donor and (not previous or colon) and raw.speaker is None and raw.source is None:
        raw.source = source_introduced_above(raw, context, resolver)
    if no_donor and raw.speaker is None and raw.source is None and not same_sentence:
        raw.source = source_of_sentence_before(raw, left, right, context, resolver)
    if raw.speaker is None and raw.source is None and not previous and transcript_turn(raw, context):
        raw.source = TRANSCRIPT
    if raw.speaker is None and raw.source is None:
        raw.source = bracketed_outlet(raw)
    if raw.speaker is None and raw.source is None and not same_sentence and not raw.continued:
        raw.speaker = sole_person_before(raw, left, right, resolver)
        raw.own = raw.speaker is not None
    if raw.speaker is None and raw.source is None and not same_sentence and not raw.continued:
        raw.speaker = trailing_teller(raw, left, context, resolver)
    if raw.speaker is None and raw.source is None and not same_sentence:
        raw.speaker = viewpoint_holder(raw, left, resolver)
    if raw.speaker is None and raw.source is None and not same_sentence:
        raw.speaker = fronted_participle_subject(raw, left, right, resolver)
    if raw.speaker is None and raw.source is None and not same_sentence and is_partial(raw):
        source_opening_sentence(raw, left, context, resolver)
    if raw.speaker is None and raw.source is None and not same_sentence and left:
        # "..., which defines a refugee as “A person who ...”": a whole sentence the relative holds.
        source_of_relative_clause(raw, left, context, resolver)


def _introduces_by_colon(lead_in: list[attr.Item]) -> bool:
    """A sentence holding no quotation that ends on a colon: it introduces what follows."""
    return bool(lead_in) and lead_in[-1].low == ":" and not any(i.kind == "quote" for i in lead_in)


def _last_sentence_items(paragraph: Paragraph, context: Context) -> list[attr.Item]:
    """ "Tom Reyes, who owns the hardware store, said he worries about deliveries." before a quote."""
    if not paragraph.sentences:
        return []
    sentence = paragraph.sentences[-1]
    return context.items(sentence.start, sentence.end)


def _speaks_of(raw: Raw, surname: str) -> bool:
    """ "“One of the shortcomings of Byler’s otherwise excellent piece ...”" standing alone after
    Byler's words: a quotation that names someone as another's would is not theirs to inherit."""
    words = qm.inner_text(raw.paragraph.text, raw.span)
    return re.search(rf"\b{re.escape(surname)}['’]s\b", words) is not None
