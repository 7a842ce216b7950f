"""The article model: a news text file parsed into numbered paragraphs and sentences.

Parsing separates photo captions and headings from body text and marks near-duplicate
sentences (the reworded lede news sites repeat), so every engine can skip them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from bot.core import constants
from bot.core.article.credits import Credits
from bot.core.article.datelines import Dateline, read_dateline
from bot.core.article.duplicates import DuplicateDetector
from bot.core.article.glued import spaced_sentences
from bot.core.article.markdown import HEADING as MARKDOWN_HEADING
from bot.core.article.markdown import looks_like_markdown, plain_lines
from bot.core.article.markup import without_tags
from bot.core.article.newsprint import (
    PERFECT_AUXILIARIES,
    PHOTO_MARKER,
    close_line_wraps,
    has_photo_marker,
    inside_quotation,
    is_byline,
    is_caption_sentence,
    is_credit,
    is_link_line,
    is_photo_credit,
    is_sentence_case_headline,
    is_title_case,
    opens_with_dateline,
    split_dateline,
    tweet_signature,
)
from bot.core.article.page_controls import without_page_controls
from bot.core.errors import SPLIT_REMEDY, ArticleError
from bot.core.language import lexicon as lx
from bot.core.language.text import (
    Span,
    clean_control,
    fold,
    is_caseless,
    split_sentences,
    unescape_entities,
    words,
)

BODY = "body"
CAPTION = "caption"
HEADING = "heading"

_TERMINAL = tuple(".!?…:;\"'”’)]")
WEB_SCHEMES = ("http://", "https://")
# A plain-text list item's bullet; an item is marked with _ITEM_MARK (a control character, which
# article text no longer holds) until it is made a paragraph.
_BULLET = re.compile(r"^\s*[-•*·]\s+(?=\w)")
_ITEM_MARK = "\x00"
# A press release's first line, about the release rather than its news.
_RELEASE_STATUS = re.compile(
    r"\W*(?:for\s+immediate\s+release|(?:news|press|media)\s+release|embargoed\b.{0,60})\W*", re.I
)
_FRONT_MATTER_LINE = re.compile(r"^(title|source|url|author|date|published|byline):\s*(.*)$", re.I)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, numbered 1.. across the article; `start`/`end` index its paragraph."""

    number: int
    paragraph: int
    text: str
    start: int
    end: int
    duplicate_of: int | None = None
    is_caption: bool = False
    is_byline: bool = False  # "By . Hannah Brill .": also a caption, and names no one in the story

    @property
    def is_body(self) -> bool:
        """True for sentences a summary or answer may use: not a caption, not a repeat."""
        return self.duplicate_of is None and not self.is_caption


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph as the reader sees it, numbered from 1 in file order."""

    number: int
    text: str
    kind: str
    sentences: tuple[Sentence, ...]
    duplicate_of: int | None = None

    @property
    def is_caption(self) -> bool:
        return self.kind == CAPTION

    @property
    def is_body(self) -> bool:
        return self.kind == BODY and self.duplicate_of is None


@dataclass(eq=False)
class Article:
    """A parsed article. Compared and hashed by identity, so engines can cache per article."""

    id: str
    title: str
    source: str
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None  # the article's web address, from front matter or a fetched page
    has_headline: bool = True  # False when the title is only the lede's first sentence
    # "FLINT, Mich., Oct. 4 (UPI) —", taken off the story's first paragraph: not story, but the
    # article's place, agency and day
    dateline: Dateline | None = None
    # "author: Lina Marsh", "date: 2016-10-04": front matter's or a web page's credits, kept off the text
    credits: Credits = field(default_factory=Credits)
    sentences: tuple[Sentence, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = tuple(s for p in self.paragraphs for s in p.sentences)

    @cached_property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of body paragraphs that are neither captions nor repeats. Kept once made: on a
        10,000-paragraph article the tuple takes milliseconds, and `ask` reads it for every question."""
        return tuple(s for s in self.sentences if s.is_body and self.paragraph(s.paragraph).kind == BODY)

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]

    @property
    def word_count(self) -> int:
        return sum(len(words(p.text)) for p in self.paragraphs)


# Every line break Unicode knows, as "\n": a text joined by U+2028 is still paragraphs.
_LINE_BREAKS = ("\r", "\u2028", "\u2029", "\x85")


def parse_article(text: str, article_id: str = "article", source: str = "<text>") -> Article:
    """Parse article text into an Article; raise ArticleError if it holds no text."""
    title, url, fields, lines = _split_front_matter(_cleaned(text).split("\n"))
    written = any(line.strip() for line in lines)
    if looks_like_markdown(lines, source):
        lines = plain_lines(_without_repeated_title(lines, title))
    else:
        lines = _unbulleted(lines)
    blocks = _paragraph_texts(lines)
    _check_size(blocks, source, written)
    if len(blocks) > 1 and _RELEASE_STATUS.fullmatch(blocks[0]):
        del blocks[0]  # "FOR IMMEDIATE RELEASE" tells editors when to print, above the headline
    if title is None and _looks_like_title(blocks):
        title = blocks.pop(0)
    elif title is None and _looks_like_headline(blocks):
        title = _headline_title(blocks)
    caseless = is_caseless("\n".join(blocks))
    story_start = _first_prose_block(blocks)
    split = [
        split_dateline(_unwrapped(block, caseless), at_start=n == story_start)
        for n, block in enumerate(blocks)
    ]
    blocks = [text for _, text in split]
    paragraphs = _build_paragraphs(blocks, caseless)
    has_headline = title is not None
    if title is None:
        title = _derived_title(paragraphs)
    if url is None and source.startswith(WEB_SCHEMES):
        url = source
    return Article(
        id=article_id,
        title=title,
        source=source,
        paragraphs=paragraphs,
        url=url,
        has_headline=has_headline,
        dateline=_story_dateline(split, story_start),
        credits=Credits.of(fields),
    )


def _cleaned(text: str) -> str:
    """The text with every line break as "\\n", character references (&quot;) decoded, control
    characters gone, and a page fragment's HTML tags taken out."""
    text = text.replace("\r\n", "\n")
    for mark in _LINE_BREAKS:  # str.replace runs in C; str.translate with a dict is 20x slower
        if mark in text:
            text = text.replace(mark, "\n")
    # Tags before references: "&lt;p&gt;" written in the text is a word about markup, never a tag.
    return clean_control(unescape_entities(without_tags(text)))


def _check_size(blocks: list[str], source: str, written: bool = False) -> None:
    """Refuse a text with no paragraph, or with more than an article has."""
    if not blocks and written:  # "# Harbour news" and "## The quay" alone: no file is empty
        raise ArticleError(
            f"{Path(source).name} has only headings or markup: no paragraph of text to answer from."
        )
    if not blocks:
        raise ArticleError(f"{Path(source).name} is empty: there is no text to answer from.")
    if len(blocks) > constants.MAX_ARTICLE_PARAGRAPHS:
        raise ArticleError(
            f"{Path(source).name} has {len(blocks):,} paragraphs, more than an article has "
            f"(at most {constants.MAX_ARTICLE_PARAGRAPHS:,}). {SPLIT_REMEDY}"
        )


def _story_dateline(split: list[tuple[str, str]], story_start: int) -> Dateline | None:
    """The dateline opening the story: the first taken off one of its first paragraphs (after a
    headline read as paragraph 1 too); wire copy repeating one at the head of a later section
    files the same story again."""
    head = max(story_start + 1, constants.DATELINE_SEARCH_BLOCKS)
    for number, (written, _) in enumerate(split[:head], start=1):
        if written:
            return read_dateline(written, number)
    return None


def _without_repeated_title(lines: list[str], title: str | None) -> list[str]:
    """Drop a leading `# Heading` that repeats the front matter's title."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title is None or first is None:
        return lines
    heading = MARKDOWN_HEADING.match(lines[first].strip())
    if heading and fold(heading.group(1)) == fold(title):
        return lines[:first] + lines[first + 1 :]
    return lines


def _split_front_matter(lines: list[str]) -> tuple[str | None, str | None, dict[str, str], list[str]]:
    """Take a title from YAML front matter, `Title:`-style lines or a leading `# Heading`, a web
    address from their `url:` or `source:` line, and their other fields (`author:`, `date:`)."""
    head = _FrontMatter()
    index = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if index < len(lines) and lines[index].strip() == "---":
        closing = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == "---"), None)
        if closing is not None:
            head.read_yaml(lines[index + 1 : closing])
            index = closing + 1
    while index < len(lines) and head.read_line(lines[index].strip()):
        index += 1
    return head.title, head.url, head.fields, lines[index:]


@dataclass(slots=True)
class _FrontMatter:
    """What the lines above a story say about it: its title, web address and other fields."""

    title: str | None = None
    url: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def read_yaml(self, lines: list[str]) -> None:
        """The lines between two `---`: values may be quoted, and a later title replaces one before."""
        for line in lines:
            match = _FRONT_MATTER_LINE.match(line.strip())
            if match and match.group(1).lower() == "title":
                self.title = match.group(2).strip().strip("\"'") or None
            elif match:
                self.fields.setdefault(match.group(1).lower(), match.group(2).strip().strip("\"'"))
            self.url = self.url or _web_address(match)

    def read_line(self, stripped: str) -> bool:
        """Read a `Title:`-style line or a `# Heading` (the first title stands); False at the
        story's first line, which is no part of the front matter."""
        match = _FRONT_MATTER_LINE.match(stripped)
        if match:
            if match.group(1).lower() == "title" and self.title is None:
                self.title = match.group(2).strip() or None
            elif match.group(1).lower() != "title":
                self.fields.setdefault(match.group(1).lower(), match.group(2).strip())
            self.url = self.url or _web_address(match)
            return True
        heading = MARKDOWN_HEADING.match(stripped)
        if heading and self.title is None:
            self.title = heading.group(1).strip() or None
            return True
        return not stripped  # a blank line between the head's lines


def _web_address(match: re.Match | None) -> str | None:
    if match is None or match.group(1).lower() not in ("url", "source"):
        return None
    value = match.group(2).strip().strip("\"'")
    return value if value.startswith(WEB_SCHEMES) and " " not in value else None


def _unbulleted(lines: list[str]) -> list[str]:
    """A plain-text list's items ("- Ferries cancelled", two or more lines running) as the statements
    they are, without bullets, with full stops, each a paragraph of its own: no caption, nor lines of
    one hard-wrapped paragraph. A lone dashed line is no list ("- Reuters." signs a quotation)."""
    items = [_BULLET.match(line) is not None for line in lines]
    listed = [
        item and ((at > 0 and items[at - 1]) or (at + 1 < len(items) and items[at + 1]))
        for at, item in enumerate(items)
    ]
    return [_item(line) if item else line for line, item in zip(lines, listed, strict=True)]


def _item(line: str) -> str:
    text = _BULLET.sub("", line).rstrip()
    return _ITEM_MARK + (text if text.endswith(_TERMINAL) else text + ".")


def _paragraph_texts(lines: list[str]) -> list[str]:
    """Paragraphs are lines, unless the text is hard-wrapped, when blank lines divide them (and a
    list item starts a paragraph of its own)."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.startswith(_ITEM_MARK):
            blocks.append([line[len(_ITEM_MARK) :]])
            blocks.append([])
        elif line.strip():
            blocks[-1].append(" ".join(line.split()))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if _is_hard_wrapped(blocks):
        return [" ".join(block) for block in blocks]
    return [line for number, block in enumerate(blocks) for line in _rejoined(block, number == 0)]


def _rejoined(block: list[str], first: bool) -> list[str]:
    """One paragraph per line, but a long line cut mid-sentence and going on in lower case on the
    next ("... urging voters to take part" / "in the harbor vote.”") is one paragraph: an
    export broke it, and a paragraph ending mid-sentence is read as a caption."""
    joined: list[str] = []
    for line in block:
        headline = first and len(joined) == 1  # the text's first line may be a headline
        if joined and not headline and _stray_wrap(joined[-1], line):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


def _stray_wrap(line: str, after: str) -> bool:
    ends_mid_sentence = line[-1:].isalpha() or line.endswith(",")
    goes_on = after[:1].islower() and not after.startswith(_BYLINE_START)
    return ends_mid_sentence and goes_on and len(line) >= constants.WRAPPED_LINE_MIN_CHARS


_BYLINE_START = "by "  # "by Lina Marsh" under a headline is its own line


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    # In wrapped text most lines inside a block stop mid-sentence; in one-paragraph-per-line
    # text (the usual news export) nearly every line ends with punctuation or is a caption.
    # A short line that ends no sentence before a capital ("By Lina Marsh, CNN" over "Updated 9:12
    # PM ET", a photo's label over its caption, "Share this:" over "Facebook") is a line of its own,
    # as web pages lay out what frames a story, not a wrap.
    inner = [(line, after) for block in blocks for line, after in itertools.pairwise(block)]
    if len(inner) < 3:
        return False
    mid_sentence = sum(1 for line, after in inner if _wraps(line, after))
    return mid_sentence / len(inner) > 0.6


def _wraps(line: str, after: str) -> bool:
    """Whether `line` stops mid-sentence: no final punctuation, and the sentence goes on in lower
    case on the next line or the line is as long as a wrapped one."""
    if line.endswith(_TERMINAL):
        return False
    # A list's number alone over its item ("1" / "John Leguizamo On ...") runs on into it too.
    return after[:1].islower() or line.isdigit() or len(line) >= constants.WRAPPED_LINE_MIN_CHARS


# What may close a sentence after its full stop: quotation marks and brackets.
_CLOSERS = "\"'”’)]"


def _ends_like_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does. A quoted title closing a line without a full stop
    inside it ("BBC drops Jeremy Clarkson from ‘Top Gear’") ends a headline, not a sentence."""
    if not line.endswith(_TERMINAL):
        return False
    inner = line.rstrip(_CLOSERS)
    return inner == line or not inner[-1:].isalnum()


def _unwrapped(block: str, caseless: bool) -> str:
    """A block as one run of prose: line wraps closed, page controls out, glued sentences spaced."""
    return spaced_sentences(without_page_controls(close_line_wraps(block, caseless)))


def _first_prose_block(blocks: list[str]) -> int:
    """Where the story starts: the first block ending like a sentence, past a byline ("By X")."""
    for number, block in enumerate(blocks[: constants.DATELINE_SEARCH_BLOCKS]):
        if _ends_like_sentence(block):
            return number
    return 0


def _looks_like_title(blocks: list[str]) -> bool:
    first = blocks[0]
    if len(blocks) < 2 or _ends_like_sentence(first) or len(first) > constants.MAX_TITLE_CHARS:
        return False
    if is_byline(first, after_by=False):
        return False  # "By Jane Smith" heads the story but is no headline
    # In text typed without full stops the first line is no different from the rest.
    # By-line matter under a headline ends no sentence ("By Lina Marsh", "Updated 9:12 PM ET"): the
    # story below says whether the text is punctuated.
    below = [block for block in blocks[1:] if not is_byline(block, after_by=False)]
    return not PHOTO_MARKER.search(first) and len(words(first)) >= 2 and _is_punctuated(below)


def _looks_like_headline(blocks: list[str]) -> bool:
    """A first line ending like a sentence that is still the headline, as news exports write it:
    a sentence or two in Title Case ("Black Lawmakers Rip Tom Reyes As A ‘Disgusting Fraud.’"),
    one short sentence of headline English ("Federal court rules against Ohio's purges of voter
    rolls."), or a line ending in ";" before its second deck; followed by the story's prose."""
    if len(blocks) < 2 or len(blocks[0]) > constants.MAX_TITLE_CHARS:
        return False
    first, lede = blocks[0], blocks[1]
    if is_byline(first, after_by=False) or PHOTO_MARKER.search(first) or opens_with_dateline(first):
        return False
    sentences = len(split_sentences(first))
    if sentences > constants.HEADLINE_MAX_SENTENCES or is_title_case(lede):
        return False  # a paragraph of sentences, or a text capitalised throughout
    if not _is_punctuated(blocks[1:]):
        return False
    if first.endswith(";") and len(lede) <= constants.MAX_TITLE_CHARS:
        return True
    if not _is_prose(lede):
        return False
    return is_title_case(first) or (sentences == 1 and is_sentence_case_headline(first))


def _is_prose(block: str) -> bool:
    """A paragraph of the story, ending like a sentence: no photo caption ("Photo: A dry boat ramp."),
    though a long paragraph is story whatever label opens it ("Editor’s Note: The following ...")."""
    if not block.endswith(_TERMINAL):
        return False
    return len(block) > constants.MAX_CAPTION_CHARS or not is_caption_sentence(block)


def _headline_title(blocks: list[str]) -> str:
    """Take the headline off `blocks`: the first line, with its second deck after a ";" ("Pike
    raises $33M; Is within $4M of Holt's haul."), less a plain closing full stop."""
    title = blocks.pop(0)
    if title.endswith(";"):
        title = f"{title} {blocks.pop(0)}"
    plain_stop = len(title) > 1 and title.endswith(".") and title[-2].isalnum() and not title[-2].isupper()
    return title[:-1] if plain_stop else title


def _paragraph_kind(text: str, punctuated_text: bool) -> str:
    heading = MARKDOWN_HEADING.match(text)
    if heading:
        return HEADING
    if len(text) > constants.MAX_CAPTION_CHARS:
        # A long block is body text even with a marker in it: a text flattened to one line
        # runs its captions into the article, and those are marked sentence by sentence.
        return BODY
    if has_photo_marker(text) or is_link_line(text):
        return CAPTION  # a photo's caption, or a link to another story between the paragraphs
    if punctuated_text and not text.endswith(_TERMINAL) and tweet_signature(text) is None:
        # An embedded tweet ends with its signature's date, not a full stop: story, not a caption;
        # so does a paragraph of sentences whose last was cut off ("... said the reservoir would be
        # the “heart of the whole scheme.” She called the old pipes ... and leaks").
        return BODY if _cut_off_story(text) else CAPTION
    return BODY


# A sentence's end inside a paragraph: a stop (perhaps a closing mark), a space, a capital or a mark.
_INNER_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][”\"’]?\s+[“\"]?[A-Z]")
_CUT_OFF_MIN_CHARS = 120  # two sentences of story, longer than a caption and its credit
_CUT_OFF_SENTENCE_CHARS = 180  # one sentence of story: a photo's caption is shorter
_CAPTION_BUTTONS = ("hide caption", "toggle caption")  # a gallery's caption, opened by its button
_CREDIT_BAR = " | "


def _cut_off_story(text: str) -> bool:
    """Whether a paragraph not ending like a sentence is story cut off mid-sentence: a sentence of it
    ends inside it, a verb of saying is there, and it stops on a lower-case word."""
    # "Giuliani has suggested the probe is “so tainted” by bias that it may need to be thrown out": a
    # perfect of saying tells the story, however short; a caption says what a photo shows.
    perfect = _perfect_of_saying(text)
    if len(text) < _CUT_OFF_MIN_CHARS and not perfect:
        return False
    last = text.split()[-1]
    if not (last.isalpha() and last.islower()) or _CREDIT_BAR in text:
        # "... | Jose Luis Magana/AP Photo", "“…,” Trump said. | Getty Trump campaign hits ...": a
        # photo's credit and a story's link, not a sentence cut off
        return False
    if _INNER_SENTENCE_END.search(text) is None:
        # "..., his spokesman, Ned Callory, issued an email clarifying ..., as they currently do": one
        # sentence longer than a caption runs, its full stop lost.
        button = text.casefold().startswith(_CAPTION_BUTTONS)  # "Hide caption Marchers brought ..."
        return (len(text) >= _CUT_OFF_SENTENCE_CHARS or perfect) and not button
    if last in lx.SPEECH_VERBS:
        return False  # "Xi meets with Bill Gates. A meeting is possible, US officials said": a caption, whole
    return _SAYING.search(text) is not None


def _perfect_of_saying(text: str) -> bool:
    """ "has suggested", "have said": a verb of saying in the perfect, after has, have, had or having."""
    folded = [word.casefold() for word in words(text)]
    return any(a in PERFECT_AUXILIARIES and b in lx.SPEECH_VERBS for a, b in itertools.pairwise(folded))


# The plain verbs of saying, and "called" and "wrote", which story quotes after as often.
_SAYING = re.compile(
    r"\b(?:" + "|".join(sorted(lx.CORE_SPEECH_VERBS | {"called", "calls", "wrote"})) + r")\b"
)


def _is_punctuated(blocks: list[str]) -> bool:
    """Whether most paragraphs end like sentences, so one that does not is a caption.

    Text typed without full stops (chat logs, transcripts) has no captions by this sign.
    """
    ended = sum(1 for block in blocks if block.endswith(_TERMINAL))
    return ended >= constants.PUNCTUATED_SHARE * len(blocks)


def _build_paragraphs(blocks: list[str], caseless: bool = False) -> tuple[Paragraph, ...]:
    reader = _SentenceReader(caseless)
    paragraphs = []
    paragraph_of: dict[int, int] = {}  # sentence number -> its paragraph's
    punctuated = _is_punctuated(blocks)
    for number, raw in enumerate(blocks, start=1):
        kind = _paragraph_kind(raw, punctuated)
        text = MARKDOWN_HEADING.sub(r"\1", raw) if kind == HEADING else raw
        if number <= constants.DATELINE_SEARCH_BLOCKS and raw.startswith("By ") and is_byline(raw, False):
            reader.heading_matter = True  # "By Ingrid Halvorsen" alone, under a standfirst: still the by-line
        sentences = reader.read(text, number, kind)
        if kind == BODY:
            kind, sentences = _body_or_photo(text, sentences)
        paragraphs.append(
            Paragraph(
                number=number,
                text=text,
                kind=kind,
                sentences=tuple(sentences),
                duplicate_of=_paragraph_duplicate_of(sentences, paragraph_of),
            )
        )
    return tuple(paragraphs)


@dataclass(slots=True)
class _SentenceReader:
    """Splits the paragraphs into sentences in article order: sentence numbers, repeats and the
    by-line matter at the article's head run on from one paragraph into the next."""

    caseless: bool
    detector: DuplicateDetector = field(default_factory=DuplicateDetector)
    # The sentences of paragraphs closed by a photo's credit, which only another such repeats.
    photos: DuplicateDetector = field(default_factory=DuplicateDetector)
    number: int = 0  # the last sentence's
    heading_matter: bool = True  # by-line matter runs only from the article's first sentence
    after_by: bool = False

    def read(self, text: str, paragraph: int, kind: str) -> list[Sentence]:
        sentences: list[Sentence] = []
        spans = split_sentences(text, self.caseless)
        photo = _closed_by_photo_credit(text, spans)
        for span in spans:
            self.number += 1
            sentence_text = text[span.start : span.end]
            byline = self.heading_matter and is_byline(sentence_text, self.after_by)
            self.heading_matter, self.after_by = byline, byline and sentence_text.strip().startswith("By")
            after_caption = bool(sentences) and sentences[-1].is_caption
            is_caption = (
                kind == CAPTION
                or byline
                or (is_caption_sentence(sentence_text) and not inside_quotation(text, span.start))
                or (after_caption and is_credit(sentence_text))
            )
            sentences.append(
                Sentence(
                    number=self.number,
                    paragraph=paragraph,
                    text=sentence_text,
                    start=span.start,
                    end=span.end,
                    duplicate_of=self._duplicate_of(sentence_text, is_caption, photo),
                    is_caption=is_caption,
                    is_byline=byline,
                )
            )
        return sentences

    def _duplicate_of(self, sentence_text: str, is_caption: bool, photo: bool) -> int | None:
        # "From Tarnova, Helen Marrow reports for our Newscast unit:": a sentence ending on a colon
        # introduces the words after it, each time anew, however like an earlier one it reads.
        if sentence_text.rstrip().endswith(":"):
            return None
        if not photo:
            return self.detector.check(self.number, sentence_text, register=not is_caption)
        # A photo's caption printed twice over the story is one caption; the story's own copy of
        # its words is no repeat of it.
        found = self.detector.check(self.number, sentence_text, register=False)
        return found if found is not None else self.photos.check(self.number, sentence_text)


def _closed_by_photo_credit(text: str, spans: list[Span]) -> bool:
    """ "... Police briefly detained the ambassador, Rob Macaire, who said .... (AP Photo/Ebrahim
    Noroozi)": sentences closed by a photo's credit describe the photo, however long they run, so the
    body's later copy of one is the story's telling, never a repeat of them."""
    return len(spans) > 1 and is_photo_credit(text[spans[-1].start : spans[-1].end])


def _body_or_photo(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    """A body paragraph's kind and sentences once its photo credits are read."""
    if sentences and _credited_photo(text, sentences):
        # "Rescue workers use a boat in Faenza. (Photo: Andrea Costa/Reuters)": what the
        # credit closes describes the photo, however much it reads like the story.
        sentences = [replace(s, is_caption=True) for s in sentences]
    if sentences and all(s.is_caption for s in sentences):
        # "Photo: A dry boat ramp. (Anna Kessler/Herald)": a caption and its credit, no story.
        return CAPTION, sentences
    return BODY, sentences


def _credited_photo(text: str, sentences: list[Sentence]) -> bool:
    """A short paragraph closed by a credit that says it is a photo's."""
    return (
        len(sentences) > 1
        and len(text) <= constants.MAX_CAPTION_CHARS
        and is_photo_credit(sentences[-1].text)
    )


def _paragraph_duplicate_of(sentences: list[Sentence], paragraph_of: dict[int, int]) -> int | None:
    """The number of the earlier paragraph this one repeats (every sentence of it is a repeat): the
    paragraph of its first sentence's original, not that sentence's own number."""
    paragraph_of.update((s.number, s.paragraph) for s in sentences)
    if not sentences or any(s.duplicate_of is None for s in sentences):
        return None
    return paragraph_of[sentences[0].duplicate_of]


def _letter_words(text: str) -> int:
    return sum(1 for word in words(text) if word.isalpha())


def _derived_title(paragraphs: tuple[Paragraph, ...]) -> str:
    """The lede's first real sentence (not a by-line such as "By ."), cut to a title's length."""
    # Generators: only the first fitting sentence is wanted, and an article may hold a million.
    candidates = (s.text for p in paragraphs if p.kind == BODY for s in p.sentences if s.is_body)
    full = (text for text in candidates if _letter_words(text) >= constants.TITLE_SOURCE_MIN_WORDS)
    first = next(full, None)
    if first is None:
        first = next((s.text for p in paragraphs if p.kind == BODY for s in p.sentences if s.is_body), None)
    if first is None:
        first = paragraphs[0].text
    if len(first) <= constants.DERIVED_TITLE_CHARS:
        return first.rstrip(". ")
    cut = first[: constants.DERIVED_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
