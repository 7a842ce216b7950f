"""Sentence screening for the summariser: what is debris, a fragment or a caption, and what leans back.

Generic signals of news exports (by-lines, datelines, time stamps, "Label: photo text"
captions, line-wrap full stops), never rules for a particular article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from bot.core import constants
from bot.core.article.newsprint import (
    SPEAKER_LABEL,
    close_line_wraps,
    is_caption_sentence,
    strip_dateline,
    tidy_end,
)
from bot.core.language.lexicon import ARTICLES, HONORIFICS
from bot.core.language.text import is_question, words
from bot.core.quotes.function_words import PREPOSITIONS, SPOKEN_WHEN
from bot.core.quotes.givennames import is_given_name
from bot.core.quotes.subjects.opening_phrases import SUBORDINATE_OPENERS

# "By . Jane Smith . PUBLISHED: . 14:11 EST ..." and other export boilerplate.
_BOILERPLATE = re.compile(
    r"^(?:last updated|updated\s*:|published\s*:|scroll down|click here|read more\s*:|"
    r"video\s+scroll|follow\s+@|share this|see the video|watch the video|editor['’]s note|"
    r"this (?:story|article|transcript|report|interview) (?:has been|was) "
    r"(?:edited|updated|corrected|condensed)|"
    r"(?:additional )?reporting by\b|(?:writing|editing) by\b)",
    re.IGNORECASE,
)
# A line that starts with a time stamp: "14:11 EST, 25 October 2013".
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}\s*(?:EST|EDT|GMT|BST|UTC|CET|ET|PT|AM|PM|am|pm)\b")
# Words that point back to an earlier sentence when they open one.
_BACK_REFERENCES = frozenset(
    "he she it they this these those that his her its their him them but and so yet also however "
    "then such both nor or meanwhile instead still there's he's she's it's they're that's".split()
)
# Two-word openers that point back to an earlier sentence's time or fact: "Since then, the numbers
# have been on the decline."
_BACK_PHRASES = frozenset(
    {
        "since then",
        "by then",
        "until then",
        "after that",
        "before that",
        "even so",
        "in addition",
        "despite this",
        "despite that",
    }
)
# "An engineer by trade, he has ...", "After every season, his mother ...": a person's pronoun right
# after an opening phrase points back to someone named earlier, unless that phrase is a clause of its
# own that names someone ("When Ms Ray arrived, she ...": a conjunction, then a capitalised word).
_PRONOUN_AFTER_OPENING = re.compile(r"^([^,;:\"“‘'«()]{1,80}), (?:he|she|his|her)\b")
_OPENING_PHRASE_WORDS = 10
_CONJUNCTIONS = SUBORDINATE_OPENERS - {"whereas"} | frozenset("until unless whenever".split())
# "This week", "That year": a demonstrative before a span of time dates the sentence from now, it
# points back to nothing ("This weekend marked the opening of ...").
_DEICTIC = frozenset("this that these those".split())
_TIME_SPANS = frozenset(
    "week weekend weekends year month morning afternoon evening night summer spring fall autumn winter "
    "season semester decade century".split()
)
# A sentence that ends on one of these before its full stop was cut by a line-wrap " . "
# (prepositions are left out: "move on.", "think of." end sentences in good English).
_DANGLING_ENDS = frozenset("a an the and or but nor which whose their its our my your than".split())
# A title wrapped onto its own line, "Mr . Cameron has ...": the corpus's line-wrap stop after a title
# before a name (close_line_wraps keeps a stop before a capital, where a sentence may start). Only
# titles that never end a sentence: "thanked the Lord . Then ..." is two sentences.
# Left out: titles that are also words ending a sentence ("the Lord", "sir", "Miss") and those the
# corpus never wraps so.
_NEVER_WRAPPED = frozenset("mister miss mx sir dame lord lady baroness baron fr adm maj".split())
_WRAPPED_TITLE = re.compile(
    rf"\b({'|'.join(sorted(t.capitalize() for t in HONORIFICS - _NEVER_WRAPPED))}) \.\s+(?=[A-Z])"
)
# The words that reply to a transcript's question.
_REPLY = re.compile(r"(?:No|Yes|Yeah|Yep|Nope|Well|Sure|Right|Absolutely|Exactly|Of course)\b[.,!]")
_QUOTE_MARK = re.compile(r"[“”‘’'\"«»]")
OPENING_QUOTES = "\"“‘'«"
# A quotation never spans another opening mark: "“a “a “a" unclosed is then scanned once,
# not once per mark.
_QUOTED = re.compile(r"[\"“«][^\"“”«»]*[\"”»]|‘[^‘’]*’|(?<!\w)'[^']*'(?!\w)")
_OPENING_MARK = re.compile(r"[“‘«]|(?<!\w)[\"'](?=\w)")
_WORD_END = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Screen:
    """What the summariser needs to know about one sentence before scoring it."""

    text: str  # the sentence as shown: dateline and line-wrap debris removed
    words: tuple[str, ...]  # the words of `text`
    unusable: str | None  # "debris", "fragment" or "caption" when it must not be picked
    leans_back: bool  # opens with a word that points to an earlier sentence
    is_quote: bool  # opens with a quotation mark
    is_question: bool
    spaced_end: bool  # ends " ." as corpus exports end lines that had no full stop

    @property
    def word_count(self) -> int:
        return len(self.words)


def display_text(text: str, at_start: bool = True) -> str:
    """`text` without a dateline and with line-wrap full stops closed up; a place dateline
    ("LONDON:") only `at_start`, where a story starts."""
    return tidy_end(_WRAPPED_TITLE.sub(r"\1 ", close_line_wraps(strip_dateline(text.strip(), at_start))))


def clipped(text: str, limit: int = constants.SUMMARY_MAX_SENTENCE_WORDS) -> str:
    """`text` if it is a sentence of ordinary length; otherwise its opening, cut at the last
    clause break (or word) before `limit` words or SUMMARY_MAX_SENTENCE_CHARS characters and
    marked with an ellipsis. Text with no full stops reaches us as one huge "sentence"."""
    found = list(islice(_WORD_END.finditer(text), limit + 1))  # enough to know it is too long
    if len(found) <= limit and len(text) <= constants.SUMMARY_MAX_SENTENCE_CHARS:
        return text
    head = text[: found[limit - 1].end()] if len(found) > limit else text
    if len(head) > constants.SUMMARY_MAX_SENTENCE_CHARS:
        head = head[: constants.SUMMARY_MAX_SENTENCE_CHARS]
        space = head.rfind(" ")
        if space > len(head) // 2:
            head = head[:space]
    clause = max(head.rfind(mark) for mark in ",;:—–、，")
    if clause > len(head) // 2:
        head = head[:clause]
    return head.rstrip(" ,;:—–-、，") + "…"


def quote_open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of `text`, given whether one was open at its
    start: a sentence that starts inside a quotation cannot stand alone (who is speaking?)."""
    is_open = open_before
    for match in _QUOTE_MARK.finditer(text):
        mark, start, end = match.group(), match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "don't", "Nyong'o"
        if mark in "“‘«" or (mark in "'\"" and not before.isalnum() and after.isalnum() and not is_open):
            is_open = True
        elif mark in "”»" or (mark in "’'\"" and not after.isalnum() and is_open):
            is_open = False
    return is_open


def screen(text: str) -> Screen:
    """Classify one sentence of an article."""
    # The article model strips a story's place dateline; "MARSH:" opening a sentence further
    # on is a transcript's speaker, kept.
    shown = display_text(text, at_start=False)
    tokens = words(shown)
    label = SPEAKER_LABEL.match(shown)
    said = shown[label.end() :] if label else shown  # a transcript's turn, past "MARSH:"
    said_words = words(said)
    first = said_words[0].casefold() if said_words else ""
    if first in _DEICTIC and len(said_words) > 1 and said_words[1].casefold() in _TIME_SPANS:
        first = ""  # "This week, ...": a date, not a reference to the sentence before
    opening = " ".join(word.casefold() for word in said_words[:2])
    # "MARSH: No. We made the request ...": a reply means nothing without the question.
    reply = label is not None and _REPLY.match(said) is not None
    return Screen(
        text=shown,
        words=tuple(tokens),
        unusable=_unusable(shown, tokens),
        leans_back=first in _BACK_REFERENCES
        or opening in _BACK_PHRASES
        or reply
        or _is_bare_quotation(said)
        or _pronoun_after_opening(said),
        is_quote=shown[:1] in OPENING_QUOTES,
        is_question=is_question(shown),
        spaced_end=text.rstrip().endswith(" ."),
    )


def _pronoun_after_opening(text: str) -> bool:
    """ "Now 25, he is considering ...": whom "he" means is in an earlier sentence."""
    match = _PRONOUN_AFTER_OPENING.match(text)
    if match is None:
        return False
    phrase = words(match.group(1))
    if not phrase or len(phrase) > _OPENING_PHRASE_WORDS:
        return False
    names = any(word[0].isupper() and word.casefold() not in SPOKEN_WHEN for word in phrase[1:])
    return not (names and (phrase[0].casefold() in _CONJUNCTIONS or _names_a_subject(phrase)))


def _names_a_subject(phrase: list[str]) -> bool:
    """True for an opening phrase that is the sentence's own subject, a name or a noun phrase holding
    one ("Ann Holt, her voice breaking, told ...", "Mr Holt, his lawyer said, will appeal", "The Dunmore
    mayor, she said, had resigned"), not a phrase set before it ("In Dunmore, he ...")."""
    first = phrase[0]
    opens = first.casefold() in ARTICLES | HONORIFICS or is_given_name(first)
    return opens and not any(word.casefold() in PREPOSITIONS for word in phrase)


def _is_bare_quotation(text: str) -> bool:
    """A sentence that is all quotation ("“The employers refused every offer.”") leans on the
    sentence before it for its speaker: on its own nobody knows who is talking."""
    if text[:1] not in OPENING_QUOTES:
        return False
    outside = _QUOTED.sub(" ", text)
    if quote_open_after(text, False):
        # The quotation runs on into the next sentence ("“The talk is all speculation. I ignore
        # it.”"): what follows its opening mark is still quoted, so no speaker is named here.
        outside = outside[: _last_opening(outside)]
    return len(words(outside)) < 2


def _last_opening(text: str) -> int:
    """Where the last opening quotation mark of `text` stands (0 if none is left)."""
    return max((m.start() for m in _OPENING_MARK.finditer(text)), default=0)


def _unusable(text: str, tokens: list[str]) -> str | None:
    if _BOILERPLATE.match(text) or (len(tokens) < 15 and _TIMESTAMP.match(text)):
        return "debris"
    if _is_fragment(text, tokens):
        return "fragment"
    if is_caption_sentence(text):
        return "caption"
    return None


def _is_fragment(text: str, tokens: list[str]) -> bool:
    if len(tokens) < constants.SUMMARY_MIN_WORDS:
        return True
    # Names, dates and by-lines: a sentence has ordinary lower-case words.
    if sum(1 for t in tokens if t[0].islower()) < constants.SUMMARY_MIN_LOWER_WORDS:
        return True
    opening = text.lstrip("\"“‘'«([ ")
    if opening[:1].islower() or text[:1] in ")]":
        return True  # the tail of a sentence the splitter cut in two
    return text.endswith(".") and tokens[-1].casefold() in _DANGLING_ENDS
