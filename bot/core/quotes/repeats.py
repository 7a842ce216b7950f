"""Quotations met twice: a pull-quote the body repeats with its speaker, a lede echoed further
down, a caption quoting a piece of a longer quotation. Which copy counts, and which goes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from bot.core import constants
from bot.core.article import Article, Paragraph, Sentence
from bot.core.language.text import fold
from bot.core.quotes import marks as qm
from bot.core.quotes.people import Quote


def pull_quotes(article: Article) -> tuple[set[int], dict[int, set[int]]]:
    """A pull-quote (a paragraph of bare quoted words) repeated by the body with its speaker: the
    pull-quote's paragraph numbers, to drop, and per body paragraph the repeating sentences to keep,
    although the article model marks them as the repeats."""
    repeats = [(p, s) for p in article.paragraphs for s in p.sentences if s.duplicate_of is not None]
    if not repeats:
        return set(), {}
    sentences = {s.number: (p, s) for p in article.paragraphs for s in p.sentences}
    pulled: set[int] = set()
    revived: dict[int, set[int]] = {}
    bare: dict[int, bool] = {}  # per original paragraph: read once, however many repeat it
    spans: dict[int, list[qm.QuoteSpan]] = {}  # per repeating paragraph: its quotations, found once
    for paragraph, sentence in repeats:
        if sentence.duplicate_of not in sentences:
            continue
        original, repeated = sentences[sentence.duplicate_of]
        if paragraph.number not in spans:
            spans[paragraph.number] = sorted(qm.paragraph_spans(paragraph.text), key=_span_start)
        if _quotes_anew(paragraph.text, spans[paragraph.number], sentence, repeated.text):
            # "Including Dr Ada Vance, director of ..." (a caption) and then "Dr Ada Vance, director
            # of ..., said: ‘This grotesque murder ...": the sentence repeats its words, not its quotation.
            revived.setdefault(paragraph.number, set()).add(sentence.number)
            continue
        if _goes_on_in_the_body(paragraph, spans[paragraph.number], sentence, repeated.text):
            revived.setdefault(paragraph.number, set()).add(sentence.number)
            continue
        if original.number not in bare:
            # A pull-quote is a line or two; a long paragraph is story, not one to scan again.
            short = len(original.text) <= constants.MAX_CAPTION_CHARS
            bare[original.number] = short and bare_quotation(original.text)
        if not bare[original.number] and not _unmarked_pull_quote(
            original.text, paragraph.text, spans[paragraph.number]
        ):
            continue
        if bare_quotation(paragraph.text):
            continue  # the repeat stands bare too: no speaker to find there either
        if paragraph.is_caption and not _quotes_in(spans[paragraph.number], sentence):
            # "“But I don’t believe a revolutionary can win.”" and then the line "I don’t believe a
            # revolutionary can win Dana Pruitt": the repeat is the pull-quote, set without marks and
            # signed; the quotation is the story's. (A sentence of the story repeating a pull-quote's
            # words unmarked is the writer's, and the pull-quote goes.)
            continue
        pulled.add(original.number)
        revived.setdefault(paragraph.number, set()).add(sentence.number)
    return pulled, revived


def _quotes_anew(text: str, spans: list[qm.QuoteSpan], sentence: Sentence, original: str) -> bool:
    """Whether the quotations opening in `sentence` of the paragraph `text` (its `spans`, in order)
    quote words that its near-duplicate `original` does not hold (most of them). A quotation is read
    whole, past the sentence's end: a transcript's turns repeat their speaker's long title
    (":Secretary of the Navy Tom Hale: “Oy. I agree. ...”"), so the turn's first sentence is its
    label and one word."""
    held = set(_WORDS.findall(fold(original)))
    first = bisect_left(spans, sentence.start, key=_span_start)
    for span in spans[first:]:
        if span.start >= sentence.end:
            break
        quoted = _WORDS.findall(fold(text[span.start : span.end]))
        if len(quoted) < constants.QUOTE_PIECE_MIN_WORDS:
            continue
        if sum(word in held for word in quoted) * 2 < len(quoted):
            return True
        if span.end > sentence.end and _partial_in_prose(original):
            # "Osten admitted that “the bridge is unsafe,” ..." then "“The bridge is unsafe. No
            # question,” Osten said": the writer's partial quotation, then the whole one running on.
            return True
    return False


def _goes_on_in_the_body(
    paragraph: Paragraph, spans: list[qm.QuoteSpan], sentence: Sentence, original: str
) -> bool:
    """ "Mayor sues bank to block subpoena: “No grounds exist ...”" over the story, then "“The
    subpoena was issued to harass the mayor,” the lawsuit contends. “No grounds exist ...”": the
    repeat goes on with the quotation of the sentence before it, and its original (a headline's, a
    dek's, the writer's sentence quoting it in part) sets the words after words of its own: the copy
    that goes on with its speaker's words is the quotation."""
    if not qm.starts_with_opener(paragraph.text[sentence.start : sentence.end], None):
        return False
    if qm.starts_with_opener(original, None):
        return False  # a lede's quotation, echoed further down: the first copy counts
    at = sentence.number - paragraph.sentences[0].number
    return at > 0 and _quotes_in(spans, paragraph.sentences[at - 1])


def _quotes_in(spans: list[qm.QuoteSpan], sentence: Sentence) -> bool:
    """Whether a quotation of the paragraph (its `spans`, in order) stands in `sentence`."""
    # The last quotation opening before the sentence's end is the only one that may reach into it.
    after = bisect_left(spans, sentence.end, key=_span_start)
    return after > 0 and spans[after - 1].end > sentence.start


def _partial_in_prose(sentence: str) -> bool:
    """Whether the sentence is the writer's, quoting words inside it ("Osten admitted that “the bridge
    is unsafe,” reversing ..."), not one opening on a quotation of its own."""
    if sentence.lstrip()[:1] in qm.ALL_OPENING_MARKS:
        return False
    # The writer's words go on after the quoted ones ("“the bridge is unsafe,” reversing ..."); a
    # sentence whose quotation runs to its end ("Holt said: 'The name is ...") is the quotation's.
    return any(_WORD_AFTER.search(sentence, span.end + 1) for span in qm.paragraph_spans(sentence))


_WORD_AFTER = re.compile(r"\w")


def _unmarked_pull_quote(original: str, text: str, spans: list[qm.QuoteSpan]) -> bool:
    """ "I worry about some spectacular implosion ..." standing alone, then "“I worry about some
    spectacular implosion ...,” said Rob Kerr": a short paragraph without quote marks whose words
    the body quotes whole is a pull-quote set without its marks; the quotation's own inner marks may
    stand in it ("... sufficiently ‘American’ in his or her thinking?")."""
    if len(original) > constants.MAX_CAPTION_CHARS or not _only_short_quotations(original):
        return False
    words = _WORDS.findall(fold(original))
    if not words:
        return False
    quoted = [_WORDS.findall(fold(qm.inner_text(text, span))) for span in spans]
    if any(found == words for found in quoted):
        return True
    # "Who is supposed to decide ...?" above "“Who at a consulate or an airport is supposed to decide
    # ...?” she said": a pull-quote cut down from the quotation, every word of it there in order.
    return len(words) >= _PULL_QUOTE_MIN_WORDS and any(_in_order(words, found) for found in quoted)


_PULL_QUOTE_MIN_WORDS = 6  # a cut-down line long enough not to match by chance
_INNER_QUOTATION_WORDS = 3  # "‘American’": a word or two the quotation itself marks


def _only_short_quotations(text: str) -> bool:
    """Whether the text quotes nothing longer than a word or three (none of its own speech)."""
    return all(
        len(_WORDS.findall(qm.inner_text(text, span))) <= _INNER_QUOTATION_WORDS
        for span in qm.paragraph_spans(text)
    )


def _in_order(words: list[str], within: list[str]) -> bool:
    """Whether every word of `words` appears in `within`, in the same order."""
    at = 0
    for word in words:
        if word not in within[at:]:
            return False
        at = within.index(word, at) + 1
    return True


def _span_start(span: qm.QuoteSpan) -> int:
    return span.start


@lru_cache(maxsize=constants.BARE_QUOTATION_CACHE)
def bare_quotation(text: str) -> bool:
    """Quoted words and nothing else: no word of the text stands outside its quote marks.
    Remembered per text: each quotation of a paragraph asks about it, and a transcript pasted as one
    paragraph holds thousands."""
    spans = qm.paragraph_spans(text)
    if not spans:
        return False
    outside, at = [], 0
    for span in spans:
        outside.append(text[at : max(at, span.start - 1)])
        at = span.end + 1
    outside.append(text[at:])
    # "“Careful planning,” however, “requires that we be ready.”", "“Then the reform movement
    # arrived,” and “there I was ...”": a connective between the pieces
    words = [word.strip(",;:.—–-").casefold() for part in outside for word in part.split()]
    return all(not any(ch.isalpha() for ch in word) or word in _CONNECTIVES_BETWEEN for word in words)


_CONNECTIVES_BETWEEN = frozenset("however though too also moreover meanwhile indeed still and".split())


def unique(quotes: list[Quote], pulled: list[bool]) -> tuple[Quote, ...]:
    """Drop a quotation repeated by the same speaker (a lede echoed further down), whole or as a
    piece of a longer one (a caption repeating part of it); an unattributed piece of anyone's too,
    and so a `pulled` one (a pull-quote whose speaker was only inherited). A partial quotation inside
    a writer's sentence ('Reed's plan would “end the cheap crossings,” Holt declared') is words of
    its own, kept beside the longer quotation holding them, as news corpora mark both."""
    probes = [
        replace(quote, speaker=None) if pull else quote for quote, pull in zip(quotes, pulled, strict=True)
    ]
    # Pieces go before repeats: a caption's whole "Nobody will be worse off" is a piece of the body's
    # longer quotation, and must not take the place of the body's partial copy of the same words.
    seen = set()
    kept = []
    said = _speakers_of_words(probes)
    for quote, piece, pull in zip(quotes, _pieces(probes), pulled, strict=True):
        key = (quote.speaker, fold(quote.text))
        if piece or key in seen:
            continue
        others = said.get(_words_of(quote.text), set()) - {quote.speaker}
        if pull and others:
            # "“Really steep declines”" alone over a section, and below it "states are reporting
            # “really steep declines,” says X": a pull-quote of words too few to be a piece, which
            # the body quotes again under another speaker, who says them; not a speaker's own
            # answer given twice ("“I have not,” Petersen said." and later "“I have not.”").
            continue
        seen.add(key)
        kept.append(quote)
    return tuple(kept)


def _speakers_of_words(quotes: list[Quote]) -> dict[str, set[str]]:
    """For the words of each attributed quotation, everyone given them."""
    speakers: dict[str, set[str]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            speakers.setdefault(_words_of(quote.text), set()).add(quote.speaker)
    return speakers


def _pieces(quotes: list[Quote]) -> list[bool]:
    """For each quotation, whether a longer one holds all its words (its speaker's, unless it is
    partial, or anyone's when it has none: an unattributed pull-quote repeated whole by the body's
    attributed copy too).
    Candidates come from an index of each quotation's first words: linear, not n²."""
    texts = [_words_of(q.text) for q in quotes]
    size = constants.QUOTE_PIECE_MIN_WORDS
    starts: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        words = text.split()
        for at in range(len(words) - size + 1):
            starts.setdefault(" ".join(words[at : at + size]), []).append(index)
    longest: dict[str, int] = {}  # per first words: the longest of their capped holders
    result = []
    for index, (quote, text) in enumerate(zip(quotes, texts, strict=True)):
        words = text.split()
        key = " ".join(words[:size]) if len(words) >= size else ""
        # Quotations sharing their first words are checked up to a cap: 16,000 of them would
        # make this quadratic, and a real piece has one or two holders.
        holders = starts.get(key, [])[: constants.QUOTE_PIECE_MAX_HOLDERS]
        if key not in longest:
            longest[key] = max((len(texts[other]) for other in holders), default=0)
        unknown = quote.speaker is None
        if longest[key] < len(text) or (longest[key] == len(text) and not unknown):
            holders = []  # no holder is longer: one comparison, not one per holder
        result.append(
            any(
                (len(texts[other]) > len(text) or (unknown and quotes[other].speaker is not None))
                and (unknown or (quote.speaker == quotes[other].speaker and not quote.partial))
                and text in texts[other]
                and not _goes_on_in(quotes, index, other)
                for other in holders
            )
        )
    return result


def _goes_on_in(quotes: list[Quote], index: int, other: int) -> bool:
    """ "“I think she will,” Holt replied. “... And I think she will release them.”": the holder is
    the rest of the same broken quotation, which says the first piece's words again; no repeat."""
    after = quotes[other]
    return other == index + 1 and after.resumes and after.paragraph == quotes[index].paragraph


def _words_of(text: str) -> str:
    return " " + " ".join(_WORDS.findall(fold(text))) + " "


_WORDS = re.compile(r"\w+")
