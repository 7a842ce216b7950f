"""A speaker going on in the writer's sentence: "“…,” Cassidy said. Republican leaders “may leave
us out,” but “I don't think they're trying to.”" is still Cassidy, paraphrased around his words.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from bot.core.language import lexicon as lx
from bot.core.quotes import attribution as attr
from bot.core.quotes.function_words import COPULAS, WRITINGS
from bot.core.quotes.marks import OPENING_MARKS
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention, Registry
from bot.core.quotes.quoted.shared import (
    CONNECTIVES,
    WORD,
    Raw,
    in_first_person,
    is_partial,
    sentence_bounds,
    title_like,
)
from bot.core.quotes.resolving.shared import mention_start, token_start

# Fewer words than this are a scare quote or a title's, no one's talk carried on.
_MIN_WORDS = 3


def speaker_goes_on(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """Give a quotation left without a speaker, in a sentence the writer's words open, with no verb of
    saying and no other person named outside quotation marks, the speaker of the quotation the
    sentence before (of the same paragraph) attributes by its own words."""
    for raws in raws_of.values():
        speaking: Raw | None = None
        for raw in raws:
            if raw.speaker is not None or raw.source is not None:
                speaking = raw
                continue
            if speaking is None or not speaking.own or raw.own or raw.first != speaking.last + 1:
                continue  # only the sentence right after one its speaker's own attribution names
            if is_partial(speaking):
                continue  # a speaker quoted in a fragment of the writer's sentence may be paraphrased
            if title_like(raw) or not _framed(raw) or not _ends_sentence(raw, raws):
                continue
            if _carries_on(raw, speaking, raws, registry):
                raw.speaker, raw.source = speaking.speaker, speaking.source


def speaker_goes_on_next_paragraph(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """ "“…,” the senior party strategist said. ¶ The IRS scandal “plays into what people think about
    Democrats ...”": a quotation in the first sentence of a paragraph, framed as speaker_goes_on
    reads and spoken in the first person, is the speaker's whose own attribution closes the
    paragraph just before."""
    for number, raws in raws_of.items():
        before = raws_of.get(number - 1)
        speaking = before[-1] if before else None
        if not raws or speaking is None or not speaking.own or is_partial(speaking):
            continue
        if speaking.speaker is None and speaking.source is None:
            continue
        if speaking.last != len(speaking.paragraph.sentences) - 1:
            continue  # the paragraph before goes on past the speaker's words
        raw = raws[0]
        if raw.speaker is not None or raw.source is not None or raw.own or raw.first != 0:
            continue
        if title_like(raw) or not _framed(raw) or not _ends_sentence(raw, raws) or not in_first_person(raw):
            continue
        if _written_lead(raw):
            continue  # "A banner on the pier read “Keep our ferry”.": the banner's words
        if _carries_on(raw, speaking, raws, registry):
            raw.speaker, raw.source = speaking.speaker, speaking.source


def speaker_goes_on_to_another(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """ "Holloway follows “…” and repeats “…,” and that won't work, Varga told a forum. ¶ Dunmore is
    “asking voters for ...”": a paragraph opening on another person and "is", its quotation closing
    the sentence, right after a paragraph whose last sentence, about someone named, a speaker's
    attribution closes, goes on with that speaker's verdicts, now on the next person."""
    for number, raws in raws_of.items():
        before = raws_of.get(number - 1)
        speaking = before[-1] if before else None
        if not raws or speaking is None or not speaking.own or speaking.speaker is None:
            continue
        if not is_partial(speaking) or speaking.last != len(speaking.paragraph.sentences) - 1:
            continue  # the speaker's words set in the writer's sentence, which closes the paragraph
        raw = raws[0]
        if raw.speaker is not None or raw.source is not None or raw.own or raw.first != 0:
            continue
        if title_like(raw) or not _ends_sentence(raw, raws) or _too_short(raw):
            continue
        about = _person_opening(speaking, registry)
        if about is None or about.ids[0] == speaking.speaker:
            continue  # the sentence before is about someone other than its speaker
        named = _person_opening(raw, registry)
        if named is None or named.ids[0] in (about.ids[0], speaking.speaker):
            continue
        if _copula_after_name(raw.paragraph.text[named.end : raw.span.start]):
            raw.speaker = speaking.speaker


def _too_short(raw: Raw) -> bool:
    return len(WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])) < _MIN_WORDS


def _copula_after_name(after: str) -> bool:
    """ " is ": only a form of "be" between the name and the quotation."""
    return after.strip().rstrip("".join(OPENING_MARKS)).strip().casefold() in COPULAS


def _person_opening(raw: Raw, registry: Registry) -> Mention | None:
    """The name of one person among the first few words of the quotation's sentence, before the
    quotation and not a possessive ("Former sheriff Glenna Dunmore is “…”")."""
    start, _ = sentence_bounds(raw)
    text = raw.paragraph.text
    mentions = registry.mentions.get(raw.paragraph.number, ())
    at = bisect_left(mentions, start, key=mention_start)
    if at >= len(mentions):
        return None
    mention = mentions[at]
    if mention.start >= raw.span.start or len(WORD.findall(text[start : mention.start])) > _OPENING_WORDS:
        return None
    if mention.kind != PERSON or mention.possessive or len(mention.ids) != 1:
        return None
    return mention


_OPENING_WORDS = 3  # "Former sheriff": a role before the name opening the sentence


def added_after(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """ "“One, Sen. Rook wins ...” But, he added: “…”": a quotation standing as a whole sentence that
    no rule gave a speaker, right before a sentence whose own verb of going on ("added", "continued")
    attributes the next quotation, is that speaker's: one cannot add to someone else's words."""
    for raws in raws_of.values():
        for raw, following in pairwise(raws):
            if raw.speaker is not None or raw.source is not None or raw.unclear:
                continue
            if (following.speaker is None and following.source is None) or not following.own:
                continue
            if following.first != raw.last + 1 or title_like(raw) or is_partial(raw):
                continue
            between = WORD.findall(raw.paragraph.text[raw.span.end : following.span.start])
            if not any(word.casefold() in _ADDING for word in between):
                continue
            if following.speaker is not None and _names(raw, registry.person(following.speaker).surname):
                continue  # "“One, Sen. Sanders wins ...” But, he added": no one talks of themselves so
            raw.speaker, raw.source = following.speaker, following.source


_ADDING = frozenset("added adds continued continues".split())


def _names(raw: Raw, surname: str) -> bool:
    """Whether the quotation's words name the surname."""
    words = WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])
    return surname.casefold() in {word.casefold() for word in words}


def _written_lead(raw: Raw) -> bool:
    """Whether the writer's words before the quotation name a writing or what it reads ("A banner on
    the pier read")."""
    start, _ = sentence_bounds(raw)
    lead = WORD.findall(raw.paragraph.text[start : raw.span.start])
    return any(word.casefold() in WRITINGS or word.casefold() in _READING for word in lead)


_READING = frozenset("read reads".split())


def _carries_on(raw: Raw, speaking: Raw, raws: list[Raw], registry: Registry) -> bool:
    """Whether the quotation's sentence, outside its quotation marks, leaves the talk the speaker's:
    it says nothing is said by anyone and names no one else."""
    if len(WORD.findall(raw.paragraph.text[raw.span.start : raw.span.end])) < _MIN_WORDS:
        return False
    start, end = sentence_bounds(raw)
    quoted = [(r.span.start, r.span.end) for r in raws if start <= r.span.start < end]
    number = raw.paragraph.number
    tokens = registry.tokens.get(number, [])
    for token in tokens[
        bisect_left(tokens, start, key=token_start) : bisect_left(tokens, end, key=token_start)
    ]:
        if attr.quote_at(quoted, token.start) is None and token.low in lx.SPEECH_VERBS:
            return False
    mentions = registry.mentions.get(number, ())
    for mention in mentions[bisect_left(mentions, start, key=mention_start) :]:
        if mention.start >= end:
            break
        if attr.quote_at(quoted, mention.start) is not None or mention.kind not in (PERSON, AMBIGUOUS):
            continue
        if mention.possessive and _owns_the_quotation(raw, mention):
            continue  # "“…,” Mai said. Obama's “visit can show the bond ...”": whose visit, no speaker
        if speaking.speaker is None or speaking.speaker not in mention.ids:
            return False
    return True


def _owns_the_quotation(raw: Raw, mention: Mention) -> bool:
    """Whether a possessive name stands right before the quotation's opening mark ("Obama's “visit")."""
    between = raw.paragraph.text[mention.end : raw.span.start]
    return not between.strip(" '’s“\"")


def _framed(raw: Raw) -> bool:
    """Whether a few of the writer's words open the quotation's sentence ("Republican leaders “may …”",
    "In other words, “…”"), not ending on a word that makes the quotation a phrase named ("the same
    thing as “…”", "known as “…”"): a quotation standing alone as a sentence is read by the rules
    for such (`inherited`), and a long lead-in is the writer's own telling."""
    start, _ = sentence_bounds(raw)
    lead_text = raw.paragraph.text[start : raw.span.start]
    lead = WORD.findall(lead_text)
    if _speaker_label(lead_text, lead):
        return False
    return 0 < len(lead) <= _MAX_LEAD_WORDS and lead[-1].casefold() not in _NAMING_WORDS


def _speaker_label(lead_text: str, lead: list[str]) -> bool:
    """ "Man: “Second question is, which Obama?”": a transcript's label, a few capitalised words and a
    colon, names the next turn's speaker, who is no one the sentence before named ("Singing: “…”"
    tells what the same voices do next)."""
    ends_in_colon = lead_text.rstrip().rstrip('“"').rstrip().endswith(":")
    if not ends_in_colon or not 0 < len(lead) <= _LABEL_WORDS or lead[-1].casefold().endswith("ing"):
        return False
    return all(word[0].isupper() for word in lead)


_LABEL_WORDS = 3  # "Man:", "Second Caller:": a label is a few words


def _ends_sentence(raw: Raw, raws: list[Raw]) -> bool:
    """Whether nothing but a joining word and further quotations follows the quotation in its
    sentence: "Later that week, “the ferry is finished” was painted on the pier" is no one's talk."""
    _, end = sentence_bounds(raw)
    text = raw.paragraph.text
    at = raw.span.end
    for other in raws:
        if at <= other.span.start < end:
            if any(w.casefold() not in CONNECTIVES for w in WORD.findall(text[at : other.span.start])):
                return False
            at = other.span.end
    return all(w.casefold() in CONNECTIVES for w in WORD.findall(text[at:end]))


# The writer's words before a speaker's quotation carried on: "A week later in Colorado, she doubled down".
_MAX_LEAD_WORDS = 8
# Words before a quotation that make it a phrase named or described, not talk.
_NAMING_WORDS = frozenset(
    "as of the a an about like for to with called dubbed named termed labeled labelled".split()
)
