"""The quotations of a speech paragraph before anyone is given them: spans cut at a photo caption or a
stray mark, and the pieces that go on with the quotation before them ("“A,” she said. “B.”").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.core import constants
from bot.core.article import Paragraph
from bot.core.article.newsprint import PHOTO_MARKER, is_caption_sentence
from bot.core.quotes import marks as qm
from bot.core.quotes.quoted.shared import Raw, sentence_index


def is_speech_source(paragraph: Paragraph) -> bool:
    """Body text, or a long "caption": corpus articles run captions and story into one line."""
    if paragraph.duplicate_of is not None:
        return False
    if paragraph.is_body:
        return True
    run_on = len(paragraph.sentences) >= constants.RUN_ON_CAPTION_SENTENCES
    story = run_on or _stray_mark_end(paragraph.text) or _attribution_without_stop(paragraph.text)
    return paragraph.is_caption and (story or _video_blurb(paragraph.text))


def _video_blurb(text: str) -> bool:
    """ "CLOSE During a news conference, Mayor Dana Pruitt admitted ... so she could “get the cranes
    moving sooner.” BRENNOCK HERALD": a video's blurb, under its player's close button and over the
    outlet's credit, tells what someone said, in words the story may not quote again; a photo's
    caption says what the photo shows."""
    return _VIDEO_BLURB.match(text) is not None and any(mark in text for mark in qm.DOUBLE_MARKS)


# The player's close button, exported as a word in capitals, then the blurb's first word.
_VIDEO_BLURB = re.compile(r"CLOSE\s+[A-Z][a-z]")


def _attribution_without_stop(text: str) -> bool:
    """ "“… I am convinced in the long run…” Vost said": a quotation and its attribution whose full
    stop the export lost (or typed as a comma: "“…,” Ellison said,") is a story paragraph, not a
    caption without one."""
    if not _OPENING_QUOTATION.match(text):
        return False
    return _ATTRIBUTION_END.search(text) is not None or _ATTRIBUTION_WITH_TAIL.search(text) is not None


_OPENING_QUOTATION = re.compile(r"\s*[“\"]")
_ATTRIBUTION_END = re.compile(
    r"[”\"]\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|told reporters|wrote)"
    r"|(?:said|says|added)\s+(?:[A-Z][\w.'’-]*\s*){1,4}),?\s*$"
)
# "“…,” said Ann Tolland, 68, a retired teacher from Elm Falls, Ohio," and "“…,” Arroway said in a
# letter published by The Courier": the attribution right after the closing mark, its tail running
# on to where the export lost the full stop.
_ATTRIBUTION_WITH_TAIL = re.compile(
    r",[”\"]\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|wrote|told)\s+[a-z]"
    r"|(?:said|says|added)\s+[A-Z][\w.'’-]*\s+[A-Z][\w.'’-]*,)"
)


def _stray_mark_end(text: str) -> bool:
    """ "“We will not back down,” Holt said. “": a sentence end and then a stray opening mark (an
    export's leftover), or an opener typed for the closer and turned back ("... consultation.”"),
    is a story paragraph, not a caption without a full stop."""
    trimmed = text.rstrip()
    if not trimmed.endswith((*_OPENING_MARKS, "”")):
        return False
    return trimmed.rstrip("“”‘\"' ").endswith(_SENTENCE_ENDS)


_OPENING_MARKS = ("“", "‘", '"')
_SENTENCE_ENDS = (".", "!", "?", "”", "’", '"')


def raw_quotes(paragraph: Paragraph, revived: set[int] | tuple = (), british: bool = False) -> list[Raw]:
    text = paragraph.text
    raws = []
    skipped_repeat = False
    spans = qm.paragraph_spans(text, british)
    for span, label in zip(spans, qm.span_labels(text, spans, british), strict=True):
        if label:
            continue
        first = sentence_index(paragraph, span.start - 1)
        repeat = paragraph.sentences and paragraph.sentences[first].duplicate_of is not None
        if repeat and paragraph.sentences[first].number not in revived:
            skipped_repeat = True
            continue
        if skipped_repeat and raws and raws[-1].span.open_end and _opens_sentence(paragraph, span, first):
            # "...how it all began. Mrs Harlow said: 'The name ...' [caption] 'Shortly before ...": a
            # pull-quote repeated between two paragraphs of one quotation does not end it.
            span = replace(span, continued=True)
        elif raws and raws[-1].span.open_end and _after_photo_marker(text, span.start):
            # "'... a new manager. [caption: Pulis takes credit for the 'backbone' of the side, which
            # includes Ryan Shaw (above)] 'Glen Wheeler and ...": a caption run in between two
            # paragraphs of one quotation, the first left open, does not end it either.
            span = replace(span, continued=True)
        skipped_repeat = False
        last = sentence_index(paragraph, max(span.start, span.end - 1))
        span, last = _stop_at_caption(paragraph, span, first, last)
        raws.append(Raw(paragraph, span, first, last, continued=span.continued))
    return raws


def _after_photo_marker(text: str, start: int) -> bool:
    """The quotation opening at `start` follows a caption's photo marker ("(above) 'Glenn ..."): the
    caption ended there, though no full stop says so."""
    end = max(0, start - 1)
    return _PHOTO_MARKER_END.search(text, max(0, end - _PHOTO_MARKER_CHARS), end) is not None


_PHOTO_MARKER_END = re.compile(PHOTO_MARKER.pattern + r"\s*$", re.IGNORECASE)
_PHOTO_MARKER_CHARS = 20  # "(second right) ": the longest marker and a space or two


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
    stop = next((i for i in range(first + 1, last + 1) if _caption_at(paragraph, i)), None)
    if span.open_end:
        spaced = _SPACED_STOP.search(paragraph.text, span.start, span.end)
        at = sentence_index(paragraph, spaced.start()) if spaced else None
        if at is not None and at > first and (stop is None or at < stop):
            stop = at
    if stop is None:
        return span, last
    end = len(paragraph.text[: paragraph.sentences[stop].start].rstrip())
    if end <= span.start:
        return span, last
    return qm.QuoteSpan(span.start, end, True, span.continued), stop - 1


def _caption_at(paragraph: Paragraph, index: int) -> bool:
    """Whether the paragraph's sentence `index` is a photo caption. In a paragraph taken for a caption
    as a whole (its full stop lost) but read as story, each sentence is judged by its own words."""
    sentence = paragraph.sentences[index]
    if paragraph.is_caption:
        return is_caption_sentence(sentence.text)
    return sentence.is_caption


# " late on . ‘I’m": a full stop after a space ends a caption line in a page flattened to text.
_SPACED_STOP = re.compile(r"\w \.(?=\s|$)")


def resumed_ids(raws_of: dict[int, list[Raw]]) -> set[int]:
    """The ids of the pieces that go on with the quotation before them, broken only by its
    attribution: “After that, we rebuilt the pier,” she said. “Now the boats can come back.”"""
    return {id(raw) for raws in raws_of.values() for before, raw in pairwise(raws) if _resumes(before, raw)}


def _resumes(before: Raw, raw: Raw) -> bool:
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
    return len(gap) <= constants.QUOTE_ATTRIBUTION_GAP_CHARS and not any(
        mark in gap for mark in qm.DOUBLE_MARKS
    )
