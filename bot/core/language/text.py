"""Text primitives shared by the engines: Unicode folding, words and sentence splitting.

The sentence splitter is rule-based and linear, tuned for news copy ("U.S.", "Mr.", "Corp.",
initials, numbers, quotations ending in `,”` or `.”`, and the corpus style `word . Next`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from bot.core import constants
from bot.core.language.lexicon import SPEECH_VERBS

_QUOTE_FOLDS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
    }
)

_QUOTE_PAIRS = tuple((chr(code), straight) for code, straight in _QUOTE_FOLDS.items())


def counted(number: int, noun: str) -> str:
    """ "1 caption", "2 captions": a count with its noun, as every shell words it."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


# Letters Unicode does not decompose into a base letter and an accent ("Ødegaard", "Łódź"), read as
# the plain letter typed for them; one letter for one, so folded text keeps its length.
_UNDECOMPOSED = str.maketrans("ØøŁłĐđÐðĦħı", "OoLlDdDdHhi")


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-quoted form of `text`, for matching only."""
    if text.isascii():  # the common case: no curly mark to straighten, nothing to normalise
        return text.lower()
    for mark, straight in _QUOTE_PAIRS:
        if mark in text:  # str.translate with a dict raises a KeyError inside per other character
            text = text.replace(mark, straight)
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_UNDECOMPOSED).casefold()


# Combining marks, which `\w` leaves out: an accent typed after its letter ("cafe\u0301"), a nukta or
# a vowel sign of Indic scripts ("हिन्दी"), Hebrew and Arabic points. Inside a word they belong to it.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_PLAIN_PART = r"[^\W_]+"  # letters and digits
_MARKED_PART = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"  # letters and digits, with their combining marks
_HAS_MARK = re.compile(rf"[{_MARKS}]")


def has_marks(text: str) -> bool:
    """Whether `text` holds a combining mark; most text has none, and plain patterns are faster."""
    return not text.isascii() and _HAS_MARK.search(text) is not None


def joined_words(joiners: str, marks: bool) -> re.Pattern[str]:
    """Runs of letters and digits joined by any of `joiners` (a character class's inside), with their
    combining marks when `marks`."""
    part = _MARKED_PART if marks else _PLAIN_PART
    return re.compile(rf"{part}(?:[{joiners}]{part})*", re.UNICODE)


_WORD = joined_words("'’", marks=False)
_MARKED_WORD = joined_words("'’", marks=True)


def words(text: str) -> list[str]:
    """The words of `text` as written (letters and digits, inner apostrophes kept)."""
    pattern = _MARKED_WORD if has_marks(text) else _WORD
    return pattern.findall(text)


# C0 and C1 controls (but tab and newline), invisible format characters (soft hyphen, zero widths,
# bidi marks, embeddings, overrides and isolates), lone surrogates.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\ud800-\udfff]"
)


# A terminal's escape sequences, whole: a colour or style ("\x1b[31m"), a window title or link
# ("\x1b]0;title\x07", "\x1b]8;;url\x1b\\"), a character set or keypad mode ("\x1b(B", "\x1b=").
# Removing only the escape left its parameters in the text: a name typed in colour became "Garner[31m".
# Only 7-bit forms: a lone C1 character ("\x9d") is more often a mis-decoded curly quote than a terminal's,
# and an escape before a plain letter ("\x1bBlinken", Alt+B) keeps the letter.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: parameters, intermediates, final byte
    r"|\x1b[\]P^_X][^\x07\x1b]*(?:\x07|\x1b\\)"  # a string (OSC, DCS ...) up to its terminator
    r"|\x1b(?:[ -/]+[0-~]|[=>78])"  # a character set, keypad mode, cursor save or restore
)


def clean_control(text: str) -> str:
    """`text` with terminal escape sequences, control and invisible format characters removed, except
    tab and newline."""
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


# "&quot;", "&#8220;", "&ldquo;": HTML character references left in text copied out of a web page.
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def is_question(text: str) -> bool:
    """A sentence that asks rather than tells (an interviewer's line, a rhetorical question)."""
    return text.rstrip(" \"'”’)").endswith("?")


def unescape_entities(text: str) -> str:
    """`text` with HTML character references replaced by their characters; unchanged without any."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    return html.unescape(text)


# Function words: ignored when comparing sentences for near-duplicates and in matching.
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from as into onto over under about "
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must that this these those it its he she they them his her their we "
    "our you your i me my not no so than then there here which who whom whose what when "
    "where why how all any both each few more most other some such only own same too very "
    "s t just also said says".split()
)

# A number with thousands separators ("10,000"): one number, though the index splits it at commas.
GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+")

# Abbreviations after which a full stop never ends a sentence: titles before a name ("Gov. Lee",
# plurals "Sens. Lee and Ortiz"), and references before a number or a name ("ref. A14", "approx. 300",
# "Fig. 3", "cf. Smith"), which no sentence ends on.
_TITLES = frozenset(
    "mr mrs ms mx dr drs prof profs sen sens rep reps gov govs gen gens col lt sgt capt adm maj rev "
    "hon pres supt det insp cdr cmdr cpl pvt fr msgr atty asst assoc messrs mme mlle "
    "vol vols pp fig figs approx appx cf incl excl esp viz para paras mt".split()
)
# Abbreviations that are also words ending sentences: "No. 10", "ref. A14", "est. 40 million" go on,
# as a number follows; "He said no. The vote failed.", "He argued with the ref. Fans booed." and
# "at 9 p.m. EST. Polls close" end there.
_BEFORE_A_NUMBER = frozenset("no nos ref refs est".split())
_NUMBER_NEXT = re.compile(r"#|[^\s\d]*\d|no\.", re.IGNORECASE)
# Capitalised references before a number ("Prop. 8", "Art. 5", "Ord. 12", "Ch. 3", "Res. 2"); a
# sentence may end on the plain words ("a new prop.", "the art."), so only as written here.
_NUMBERED_REFERENCES = frozenset(("Prop", "Art", "Ord", "Ch", "Res", "Amdt"))
# A reference may also be a code of capitals and a number ("(ref. HB 12)"), which no sentence opens.
_REFERENCES = frozenset(("ref", "refs"))
_CODE_NEXT = re.compile(r"[A-Z]{1,4}\s\d")
# Titles only as written with a capital: "Sec. Clinton" (Secretary), "state Del. Marcia Price" (Delegate),
# "Brig. Gen. Ann Holt"; but "in 53 secs. Radcliffe ...".
_CAPITALISED_TITLES = frozenset(("Sec", "Del", "Brig"))
# Abbreviations that may end a sentence; after them a break needs a clear sentence start. A month
# ("Sept. 11", "in Jan. The ...") and a street ("St. Louis", "on Main St. The ...") are among them.
_SOFT_ABBREVIATIONS = frozenset(
    "corp inc co ltd llc plc bros jr sr esq etc vs al e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a "
    "jan feb mar apr jun jul aug sep sept oct nov dec st ave blvd rd ft dept univ".split()
)
# Words that typically open a sentence; a capitalised one after "U.S." or "Inc." means a
# new sentence, while a name ("U.S. Navy") does not.
_SENTENCE_OPENERS = frozenset(
    "a an the he she it they we i you his her its their our this that these those there "
    "but and so yet or if in on at for after before when while as since although though "
    "however meanwhile still then now also later earlier some many most no one both "
    "today tomorrow yesterday".split()
)

# Corpus exports turn line wraps into " . ", even mid-sentence ("Cassell and . Edwards said");
# a spaced full stop after one of these words is such a wrap, not the end of a sentence.
LINE_WRAP_WORDS = frozenset(
    "a an the and or but nor of to for with from by in on at as into onto than which who whose "
    "his their its our my your is are was were has have had be been".split()
)

# A candidate starts only where a run of marks starts: started inside a run ("....."), it would
# rescan the rest of the run at every mark, quadratic in the run's length.
_CANDIDATE = re.compile(r"(?<![.!?…])\s?[.!?…]+[\"'”’)\]]*(?=\s)")
_TOKEN_BEFORE = re.compile(r"(\S+?)\s?$")
# An opening quotation mark and a lower-case letter: a quotation taken up inside its sentence.
_PARTIAL_QUOTATION_NEXT = re.compile(r"[\"“‘']+[a-z]")
_LOOK_AROUND = 80


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence as a half-open character range [start, end) of the text it came from."""

    start: int
    end: int


# Letters a word is matched on by `word_prefixes`: "rise" finds "rises", "close" finds "closing".
WORD_PREFIX_CHARS = 4


def word_prefixes(text: str) -> set[str]:
    """The first WORD_PREFIX_CHARS letters of each content word of `text` (no stop word, none under three
    letters), folded: a rough match of a question's words in a sentence across endings."""
    return {
        w.casefold()[:WORD_PREFIX_CHARS] for w in words(text) if w.casefold() not in STOPWORDS and len(w) > 2
    }


# The letter after a sentence mark; in caseless text (chat logs, transcripts, lower-cased
# wire copy) it is lower-case nearly every time.
_AFTER_MARK = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"“‘'(\[]*([^\W\d_])")


def is_caseless(text: str) -> bool:
    """Whether sentences of `text` start in lower case, so a capital cannot mark a new one."""
    lower = upper = 0
    for match in _AFTER_MARK.finditer(text):
        if match.group(1).islower():
            lower += 1
        elif match.group(1).isupper():
            upper += 1
    marks = lower + upper
    return marks >= constants.CASELESS_MIN_MARKS and lower >= constants.CASELESS_SHARE * marks


def split_sentences(text: str, caseless: bool = False) -> list[Span]:
    """Split `text` (one paragraph) into sentence spans, trimmed of surrounding space.

    With `caseless`, a sentence may start with a lower-case letter (see is_caseless).
    """
    spans: list[Span] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if _is_boundary(text, match.start(), end, caseless):
            _append_trimmed(spans, text, start, end)
            start = end
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


# What follows a quotation closed by "!" or "?" when it only attributes it: a name or two and a verb
# of saying, and at most a few words more, to a full stop ('"She killed it!" Griffith said on Twitter.').
# An adverb in -ly may stand before the verb ('"Why?" Vandam reportedly told lawmakers.').
_ATTRIBUTION = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){1,4})(?:[a-z]+ly\s+)?([a-z]+)\b([^.!?,;:\"“”]{0,60}?)[.!?]"
)
_ATTRIBUTION_TAIL_WORDS = 6


def _attributes_quotation(text: str, mark: int, end: int, following: str) -> bool:
    """'"You're not welcome here!" Reed told reporters.': the words after a quotation ending in "!"
    or "?" that say only who said it belong to its sentence, as after '," Reed said.' they do."""
    if text[mark] not in "!?" or not any(ch in "\"”’'" for ch in text[mark:end]):
        return False
    found = _ATTRIBUTION.match(following)
    if found is None or found.group(2) not in SPEECH_VERBS or found.group(2).endswith("ing"):
        return False
    tail = found.group(3).split()
    # "Holt wrote that the council had voted.": reported speech, a sentence of its own.
    return len(tail) <= _ATTRIBUTION_TAIL_WORDS and not (tail and tail[0] == "that")


def _is_boundary(text: str, mark: int, end: int, caseless: bool = False) -> bool:
    # Only a few characters either side decide; slicing the whole rest of a long paragraph
    # at every full stop would make splitting quadratic.
    following = text[end : end + _LOOK_AROUND].lstrip()
    if not following:
        return not text[end:].strip()
    if _attributes_quotation(text, mark, end, following):
        return False
    first = following[0]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'([" or (caseless and first.islower())):
        return False
    before = _TOKEN_BEFORE.search(text, max(0, mark - _LOOK_AROUND), mark)
    written = before.group(1).rstrip(".").lstrip("\"“‘'([") if before else ""
    # "Ex-Gov. Lee", "Lt.-Gov. Ortiz": a prefixed title is still a title.
    token = written.casefold().rsplit("-", 1)[-1]
    if text[mark].isspace():
        # Corpus style "hepatitis A . State ...": a spaced full stop ends a sentence, unless it
        # follows a title ("Mr . Cameron") or a lower-case function word (a line wrap).
        return token not in _TITLES and written not in LINE_WRAP_WORDS
    if text[mark] != ".":
        return True
    if token in _TITLES or written.rsplit("-", 1)[-1] in _CAPITALISED_TITLES:
        return False
    if written in _NUMBERED_REFERENCES and following[:1].isdigit():
        return False  # "Prop. 8", "Art. 5": a measure's or an article's number goes on
    if token in _BEFORE_A_NUMBER:
        return not (_NUMBER_NEXT.match(following) or (token in _REFERENCES and _CODE_NEXT.match(following)))
    if len(token) == 1 and token.isalpha():
        # An initial ("John F. Kennedy"), unless a sentence plainly starts ("hepatitis A. The").
        return _next_word(following) in _SENTENCE_OPENERS - {"a", "i"}
    if token in _SOFT_ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        if _PARTIAL_QUOTATION_NEXT.match(following):
            return False  # 'is making the U.S. “a place where ...”': a quotation going on mid-sentence
        return _next_word(following) in _SENTENCE_OPENERS
    return True


def _next_word(following: str) -> str:
    """The first word of `following`, folded, skipping opening quotes and brackets."""
    match = re.match(r"[\"“‘'(\[]*([^\W\d_]+)", following)
    return match.group(1).casefold() if match else ""
