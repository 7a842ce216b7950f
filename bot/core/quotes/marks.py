"""Where the direct quotations of a paragraph are: pairs of quote marks, recovered when unbalanced.

Pure and character-level: it knows nothing of speakers, only which text was inside quote marks,
whether a quote runs on to the next paragraph, and whether it is a scare quote or a title.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from bot.core import constants
from bot.core.language.lexicon import ARTICLES, COUNT_WORDS, LABEL_CUES, NAME_PARTICLES, SPEECH_VERBS
from bot.core.language.tokens import Token
from bot.core.quotes.function_words import OBJECT_PRONOUNS, PREPOSITIONS, RELATIVES, WRITINGS
from bot.core.search.commonwords import is_common, is_common_british

# The marks that open a quotation in running text, as one word-level set: “ " ‘.
OPENING_MARKS = frozenset('“"‘')
# The same with the straight single mark, where an apostrophe cannot be meant (a token of its own, the
# first character of a sentence).
ALL_OPENING_MARKS = OPENING_MARKS | frozenset("'")
# The double marks that close one, as a word-level set: ” ".
CLOSING_MARKS = frozenset('”"')
_OPENERS = "“„«"
_CLOSERS = "”»"
_STRAIGHT = '"'
_MARKS = frozenset(_OPENERS + _CLOSERS + _STRAIGHT)
# The double marks English news copy types: the curly pair and the straight one.
DOUBLE_MARKS = frozenset('“”"')
SENTENCE_ENDS = frozenset(".?!")
DASH_TOKENS = frozenset("-–—")  # as tokens: "--" is two, a hyphenated word one
# Before an opening mark: start, space or punctuation that can precede a quotation.
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,")
_TERMINAL = tuple(".?!…")
_DOUBLE_MARK = re.compile('[“”„«»"]')
_SINGLE_MARK = re.compile("[‘’']")
# A single mark opening a word: before a capital either mark ("'We"), before a small letter only the
# curly one ("bowing to ‘white people companies’"), as a straight one there is too often an elision.
_SINGLE_OPENER = re.compile("(?:^|[\\s(])(?:[‘'][A-Z]|‘[a-z])")
# In British copy (no double marks in the whole article) a straight mark before a small letter opens
# a partial quotation too ("were 'part of the solution'"); elisions are told apart later. American
# copy puts single marks only in headlines ("an 'intentional act.'").
_ANY_SINGLE_OPENER = re.compile("(?:^|[\\s(])[‘'][A-Za-z]")
# "the '90s", "rock 'n' roll", "'til": an elision, not an opening mark.
_ELISION = re.compile(r"\d|(?:em|til|tis|twas|cause|n)\b", re.IGNORECASE)
# "the officers’ union": a plural possessive, not the end of a quotation.
_PLURAL_POSSESSIVE = re.compile(" [a-z]")
# Words a title leaves in lower case: English joining words and name particles ("Los Hijos de Reyes").
_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split()) | NAME_PARTICLES
_TITLE_MAX_WORDS = 8  # a title in title case: "Harbor Morning Live", "Tough Choices"
_WORK_TITLE_MAX_WORDS = 14  # after "the book", "her memoir": a title with its subtitle


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Inner text [start, end) of one quotation in its paragraph; `open_end` if no closing mark."""

    start: int
    end: int
    open_end: bool = False
    continued: bool = False  # reopened after a sentence end: the next paragraph of the same quotation


def find_spans(text: str, singles: bool = False) -> list[QuoteSpan]:
    """Quotations of one paragraph, in order; a mark left open at the end gives an `open_end` span.

    With `singles`, single marks (‘…’ or '…', British style) delimit quotations instead of double ones.
    """
    spans: list[QuoteSpan] = []
    opened: int | None = None
    reopened = False
    nested_to = -1  # a quotation of the other style nested in the open one ends here
    pattern = _SINGLE_MARK if singles else _DOUBLE_MARK
    scan = _SingleScan()
    for found in pattern.finditer(text):
        index = found.start()
        if index <= nested_to:
            continue
        kind = _classify_single(text, index) if singles else _classify(text, index)
        if kind == "possessive":
            # "the officers’ union", or "‘celebrate the happiness’ their pets": it closes an open
            # partial quotation (lower-case first word) that no later mark closes.
            partial = opened is not None and text[opened + 1 : opened + 2].islower()
            kind = "close" if partial and not _closer_follows(text, index + 1) else None
        if kind is None:
            continue
        if opened is not None and kind == "open" and _glued_closer(text, opened, index):
            kind = "close"
        if opened is None:
            if kind == "open":
                opened, reopened = index, False
            elif not singles:
                floor = max(spans[-1].end + 1 if spans else 0, nested_to + 1)
                single = _single_opener_before(text, floor, index, scan)
                if single is not None:
                    spans.append(QuoteSpan(single + 1, index))
        elif kind == "close":
            spans.append(QuoteSpan(opened + 1, index, continued=reopened))
            opened = None
        elif kind == "open":
            nested = None if singles else _nested_end(text, opened, index)
            before = _trimmed_end(text, index)
            if nested is None and not singles and not _ends_sentence(text, before):
                nested = _same_style_nested_end(text, opened, index)
            if nested is not None:
                nested_to = nested  # "... as the “independent review” found,": part of the outer one
                continue
            if not singles and _names_a_title(text, before):
                # “... published a column titled “‘Not Me.’ He wrote, ‘...’” ”: the title opened
                # inside the quotation is never closed; the outer quotation goes on.
                continue
            if _ends_sentence(text, before):
                # A new paragraph of the same quotation, its break lost: “A. “B.” is one speaker.
                spans.append(QuoteSpan(opened + 1, before, True, reopened))
                opened, reopened = index, True
            else:
                # Two openers in a row: the first one was never closed. Keep its whole sentences
                # (an export lost its paragraph break); a fragment is dropped rather than guessed.
                whole = _last_sentence_end(text, opened + 1, index)
                if whole is not None:
                    spans.append(QuoteSpan(opened + 1, whole, True, reopened))
                opened, reopened = index, False
    if opened is not None:
        spans.append(QuoteSpan(opened + 1, len(text), open_end=True, continued=reopened))
    return [s for s in spans if text[s.start : s.end].strip()]


# Two single marks typed for one double ("''We cannot,'' she said"), as some archives and wires
# keep them: the marks of a quotation, not two elisions; three close a quotation inside one too
# ("... a man and a woman,''' says LaSalvia"): a single closer, then the double.
_DOUBLED_SINGLE = re.compile("'''|‘‘‘|’’’|''|‘‘|’’")
_TRIPLE = 3  # marks: a single one, then a doubled one


def doubled_singles_as_doubles(text: str) -> str:
    """`text` with each doubled single mark read as a straight double one, padded with a space on
    its outer side so that every offset stays that of `text` (sentences keep their bounds): an
    opener ("''We") becomes ' "We', anything else ("delay,''") '" '."""

    def double(found: re.Match[str]) -> str:
        at, after = found.start(), found.end()
        before = text[at - 1] if at else " "
        following = text[after] if after < len(text) else " "
        opens = before in _OPEN_CONTEXT and not following.isspace()
        if after - at == _TRIPLE:
            single = text[at]  # "‘We can win,’’’ Moss recalls": the inner quotation's own closer stays
            return f' "{single}' if opens else f'{single}" '
        return ' "' if opens else '" '

    return _DOUBLED_SINGLE.sub(double, text) if "''" in text or "‘‘" in text or "’’" in text else text


# A curly double mark typed the wrong way round: an opener glued to the word or stop before it and
# followed by a space ("gifts,“ Varo wrote") closes; a closer after a space glued to a word opens.
_TURNED_CLOSER = re.compile(r"(?<=[\w.,!?…])“(?=\s|$)")
_TURNED_OPENER = re.compile(r"(?:(?<=\s)|^)”(?=[A-Za-z])")


def turned_marks_righted(text: str) -> str:
    """`text` with each curly double mark typed the wrong way round turned back, every offset kept."""
    if "“" not in text and "”" not in text:
        return text
    righted = _TURNED_OPENER.sub("“", _TURNED_CLOSER.sub("”", text))
    return text if righted == text else righted


@dataclass(slots=True)
class _SingleScan:
    """How far _single_opener_before has read single marks from `floor`, and the opener it holds
    there: the next stray closer with the same floor reads on from `upto`, not from `floor` again
    (thousands of stray closers in one paragraph read it once, not once each)."""

    floor: int = -1
    upto: int = -1
    opener: int | None = None


def _single_opener_before(text: str, floor: int, close: int, scan: _SingleScan) -> int | None:
    """ "... peer networks. 'Networks like eDonkey facilitate illegal filesharing," it said.": a
    double closing mark with no double opener before it closes a quotation opened by a single mark
    (a typo) at a sentence start after `floor`, or inside a sentence after a space ("said the bridge
    was 'long overdue"), when no single mark closes it first."""
    if scan.floor != floor or scan.upto > close:
        scan.floor, scan.upto, scan.opener = floor, floor, None
    opener = scan.opener
    for found in _SINGLE_MARK.finditer(text, scan.upto, close):
        at = found.start()
        kind = _classify_single(text, at)
        opening = text[at + 1 : at + 2].isupper() and _sentence_start(text, floor, at)
        if kind == "open" and (opening or (at > floor and text[at - 1].isspace())):
            opener = at
        elif kind in ("close", "possessive") and opener is not None:
            opener = None
    scan.upto, scan.opener = close, opener
    return opener


def _sentence_start(text: str, floor: int, at: int) -> bool:
    """True when only spaces stand between `at` and the start of its sentence (or `floor`)."""
    before = text[floor:at].rstrip()
    return not before or before[-1] in _TERMINAL or before[-1] == ":"


def _glued_closer(text: str, opened: int, index: int) -> bool:
    """'"... to different audiences,"Katie Parker said': a straight mark glued between the comma
    ending the open straight quotation and the next word (its space lost) closes it; so does a
    curly mark after the punctuation ending an open curly quotation, when it is a closer glued to
    the next word ('... paranoia,”Holt said', '... truths, ”said Oldham', a space slipped before it)
    or an opener with a space after it ('“It's unusual,“ said Larry Nolan'): no quotation opens on a
    space."""
    char, before = text[index], text[index - 1]
    if _is_straight(char) or _is_straight(text[opened]):
        if not (_is_straight(char) and _is_straight(text[opened])):
            return False
        # '"My thoughts go out to the victims #Dorval " Vink tweeted': a mark between two spaces
        # opens nothing (no quotation opens on a space), so it closes the open one.
        after = text[index + 1] if index + 1 < len(text) else " "
        return before == "," or (before.isspace() and after.isspace())
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isspace() and char in _CLOSERS:
        # "“... people think they are truths, ”said Cheryl Oldham": a space slipped before the closer.
        return text[:index].rstrip()[-1:] in _ENDS_CURLY_QUOTATION
    return before in _ENDS_CURLY_QUOTATION and (char in _CLOSERS or after.isspace())


_ENDS_CURLY_QUOTATION = SENTENCE_ENDS | frozenset(",")


def _is_straight(char: str) -> bool:
    return char == _STRAIGHT


def _nested_end(text: str, opened: int, index: int) -> int | None:
    """Where a quotation opening at `index` inside one of the other style (straight within curly,
    curly within straight) closes, when a mark of the outer style closes the outer one after it;
    else None (a second opener of the same style, or an outer quotation never closed)."""
    inner_straight = _is_straight(text[index])
    if inner_straight == _is_straight(text[opened]):
        return None
    close = None
    for found in _DOUBLE_MARK.finditer(text, index + 1):
        at = found.start()
        same = _is_straight(text[at]) == inner_straight
        kind = _classify(text, at)
        if close is None:
            if not same:
                return None  # the outer style comes back first: no nesting
            if kind != "close":
                return None
            close = at
        elif not same:
            return close if kind == "close" else None
    # '"... isn't about “Equal Justice Under Law” anymore.' and no straight mark after it: a
    # quotation running on into the next paragraph, with a nested one inside.
    return close


def _same_style_nested_end(text: str, opened: int, index: int) -> int | None:
    """'“Fans wearing “Vote For Holt” shirts ... ouch.”': writers who nest a quotation in
    the same marks as its outer one give two openers, then two closers. Where the inner one closes
    when the next two marks of that style after `index` both close (else None: an outer quotation
    never closed, or two in a row)."""
    straight = _is_straight(text[opened])
    closers = []
    for found in _DOUBLE_MARK.finditer(text, index + 1):
        at = found.start()
        if _is_straight(text[at]) != straight:
            continue
        if _classify(text, at) != "close":
            return None
        closers.append(at)
        if len(closers) == 2:
            return closers[0]
    return None


def _names_a_title(text: str, end: int) -> bool:
    """text[:end] ends with a word that introduces a title or name ("titled", "called")."""
    words = _words_before(text, end)
    return bool(words) and words[-1].casefold() in _TITLE_CUES


_TITLE_CUES = LABEL_CUES | frozenset(("called", "named"))


def _ends_sentence(text: str, end: int) -> bool:
    """text[:end] ends a sentence: terminal punctuation, or a quoted question or exclamation
    closing with its own single mark ("... saying 'what do you want?'")."""
    if end and text[end - 1] in _SINGLE_CLOSERS:
        end -= 1
    return bool(end) and text[end - 1] in _TERMINAL


_SINGLE_CLOSERS = frozenset("'’")


def _trimmed_end(text: str, index: int) -> int:
    """Where text[:index] ends once trailing spaces are trimmed (no copy of the text before:
    copying it at every opener is quadratic on a paragraph of unclosed quotations)."""
    while index and text[index - 1].isspace():
        index -= 1
    return index


_SENTENCE_END = re.compile(r"[.?!…](?=\s+[A-Z‘“'\"])")


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    """Offset just after the last sentence end in text[start:end], if any."""
    found = None
    for match in _SENTENCE_END.finditer(text, start, end):
        found = match.end()
    return found


def _classify(text: str, index: int) -> str | None:
    char = text[index]
    if _HEIGHT.search(text, max(0, index - _HEIGHT_CHARS), index):
        return None  # "he's like 6’2”,” Ruiz said": the inches of a height, no quote mark
    if _is_straight(char) and _typed_for_an_apostrophe(text, index):
        return None  # "O"Farrell", "that"s": an apostrophe, no quote mark
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens_here = before in _OPEN_CONTEXT or before in _MARKS
    closes_here = not before.isspace() and (after.isspace() or not after.isalnum())
    if char in _OPENERS:
        # A curly opener glued after a word and followed by space is a typo for a closer.
        return "close" if closes_here and not opens_here and not after.isalnum() else "open"
    if char in _CLOSERS:
        return "open" if opens_here and after.isalnum() else "close"
    if opens_here and not after.isspace():
        return "open"
    if before.isspace() and after.isspace():
        # "... the name of 'Holt,' " said X": a mark standing alone after a closing single mark
        # or the punctuation ending the words closes the quotation.
        end = _trimmed_end(text, index)
        if end and text[end - 1] in _ENDS_QUOTED_WORDS:
            return "close"
    return "close" if closes_here else "open"


_ENDS_QUOTED_WORDS = frozenset("'’,.?!…")


def _typed_for_an_apostrophe(text: str, index: int) -> bool:
    """A straight double mark glued between letters where an apostrophe belongs: after a lone
    capital before a capitalised name ("O"Farrell", "D"Angelo") or before a contraction's ending
    ("that"s", "don"t"). No quotation opens or closes inside a word."""
    if index == 0 or not text[index - 1].isalpha():
        return False
    lone_capital = text[index - 1].isupper() and (index < 2 or not text[index - 2].isalpha())
    if lone_capital and _NAME_AFTER_APOSTROPHE.match(text, index + 1):
        return True
    ending = _WORD_AFTER.match(text, index + 1)
    if ending is None or ending.group(0).casefold() not in _CONTRACTIONS:
        return False
    return not text[ending.end() : ending.end() + 1].isalnum()


_NAME_AFTER_APOSTROPHE = re.compile(r"[A-Z][a-z]")
# Feet and inches right before a double mark: "6’2”", "5'10\"".
_HEIGHT = re.compile(r"(?<!\w)\d[’']\d{1,2}$")
_HEIGHT_CHARS = 5


def _classify_single(text: str, index: int) -> str | None:
    """Open, close, None for an apostrophe ("don’t"), or "possessive" ("officers’ union")."""
    char = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return "open" if _glued_opener(text, index) else None
    if (before in _OPEN_CONTEXT or before in _MARKS) and (after.isalnum() or after in "…."):
        return None if _ELISION.match(text, index + 1) else "open"
    if char == "‘" or before.isspace() or after.isalnum():
        return None
    if before == "s" and _PLURAL_POSSESSIVE.match(text, index + 1):
        return "possessive"
    return "close"


def _glued_opener(text: str, index: int) -> bool:
    """ "the'murder'", "to'remember how much fun ...'": an opening mark that lost its space after a
    function word (corpus exports drop it), not an apostrophe: no contraction follows ("he'll",
    "it's", "they'd") and the word before is one a quotation follows, in lower case."""
    word = _WORD_BEFORE.search(text, max(0, index - _GLUED_WORD_CHARS), index)
    following = _WORD_AFTER.match(text, index + 1)
    if word is None or following is None or word.group(0) not in _GLUED_BEFORE:
        return False
    return following.group(0).casefold() not in _CONTRACTIONS


_WORD_BEFORE = re.compile(r"(?<![\w'’])[a-z]+$")
_WORD_AFTER = re.compile(r"[A-Za-z]+")
_GLUED_WORD_CHARS = 12
_GLUED_BEFORE = frozenset(
    "the a an to as was were is are be been being his her their its our my your of for with from by "
    "at in on and or that he she they we had has have made called said described".split()
)
_CONTRACTIONS = frozenset("s t re ve ll d m nt".split())  # "nt": "was'nt", a misspelt "wasn't"


def _closer_follows(text: str, start: int) -> bool:
    """True when a single mark after `start` closes a quotation before another one opens."""
    for found in _SINGLE_MARK.finditer(text, start):
        kind = _classify_single(text, found.start())
        if kind == "close":
            return True
        if kind == "open":
            return False
    return False


def paragraph_spans(text: str, british: bool = False) -> list[QuoteSpan]:
    """Quotations in either style, decided per paragraph: “double” (American) or ‘single’ (British).

    A paragraph may use both (a one-line export holds a whole article); a quotation nested inside
    one of the other style stays part of it ('He said "Welcome back" and left').
    """
    doubles = find_spans(text)
    opener = _ANY_SINGLE_OPENER if british else _SINGLE_OPENER
    if not opener.search(text):
        return doubles
    singles = find_spans(text, singles=True)
    if not doubles:
        return singles
    kept_singles = [s for s in singles if _outer_of_all(s, _overlapping(s, doubles), len(text))]
    kept_doubles = [d for d in doubles if not _overlapping(d, kept_singles)]
    return sorted(kept_singles + kept_doubles, key=lambda span: span.start)


def _overlapping(span: QuoteSpan, others: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans of `others` (in order, none overlapping another, as find_spans gives them) that
    overlap `span`, found by bisection: a paragraph may hold thousands of each style."""
    low = bisect_right(others, span.start - 1, key=_end)
    high = bisect_left(others, span.end + 1, key=_start)
    return others[low:high]


def _start(span: QuoteSpan) -> int:
    return span.start


def _end(span: QuoteSpan) -> int:
    return span.end


def _outer_of_all(span: QuoteSpan, others: list[QuoteSpan], length: int) -> bool:
    """True when `span` wholly contains each span it overlaps; one left open to the paragraph's end
    (a stray apostrophe?) must overlap none."""
    if span.open_end and span.end >= length:
        return not others
    return all(span.start <= o.start - 1 and o.end < span.end for o in others)


def uses_single_marks(texts: list[str]) -> bool:
    """True for British-style copy: no double quote marks at all, but single ones opening words."""
    if any(_DOUBLE_MARK.search(t) for t in texts):
        return False
    return any(_SINGLE_OPENER.search(t) for t in texts)


def starts_with_opener(text: str, singles: bool | None = False) -> bool:
    """True when a paragraph opens with a quote mark: the sign of a quotation continued from above.

    `singles` None accepts either style.
    """
    stripped = text.lstrip()
    marks = {True: "‘'", False: _OPENERS + _STRAIGHT, None: "‘'" + _OPENERS + _STRAIGHT}[singles]
    return bool(stripped) and stripped[0] in marks


def inner_text(text: str, span: QuoteSpan) -> str:
    """The quoted words verbatim, without the comma American style puts before the closing mark."""
    inner = text[span.start : span.end].strip()
    if inner.endswith(","):
        inner = inner[:-1].rstrip()
    return inner


def _words_before(text: str, end: int) -> list[str]:
    """The last whole words of text[:end]: splitting all of it, at every quotation, would be
    quadratic on a long paragraph, and the cues are a word or two."""
    start = max(0, end - constants.LABEL_CUE_CHARS)
    found = text[start:end].split()
    if found and start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        found = found[1:]  # the window cut this word
    return found


def _terms_such_as(text: str, end: int) -> bool:
    """ "terms such as", "words like ... and": the quotation is one of the words a noun for words
    gives as examples, its own or after another such item, no one's speech."""
    words = [w.casefold().strip(',”"') for w in text[max(0, end - _TERMS_SUCH_AS_CHARS) : end].split()]
    for at, word in enumerate(words):
        if word in _TERMS_NOUNS and words[at + 1 : at + 3] in (["such", "as"], ["like"]):
            return True
    return False


_TERMS_SUCH_AS_CHARS = 80  # "terms such as “reckless endangerment” and": the first item's words too
_TERMS_NOUNS = frozenset("terms words phrases expressions labels names".split())


def _known_as(preceding: list[str]) -> bool:
    """ "known as", "referred to", "known by critics as the": a name others give, no one's words."""
    words = [w.casefold() for w in preceding[-_KNOWN_AS_WORDS:]]
    if words and words[-1] in ("the", "a"):
        words = words[:-1]
    if " ".join(words[-2:]) in ("known as", "referred to"):
        return True
    return len(words) >= 4 and words[-1] == "as" and "known" in words[-5:-3] and "by" in words[-4:-2]


_KNOWN_AS_WORDS = 6  # "known by its critics as the"


def is_label(text: str, span: QuoteSpan, british: bool = False) -> bool:
    """Scare quotes, nicknames and titles: short or title-cased, unpunctuated, or cued by "so-called".
    `british`: the article quotes in single marks (uses_single_marks)."""
    inner = text[span.start : span.end].strip().rstrip(",")
    tokens = inner.split()
    if not tokens or not any(ch.isalpha() for ch in inner):
        return True
    if _subheading(text, span, inner, tokens, british):
        return True  # "‘Valued and rewarded’" alone as a paragraph: a section's heading, no one's words
    preceding = _words_before(text, span.start - 1)
    if preceding and preceding[-1].casefold().strip(",") in LABEL_CUES:
        return True
    if _terms_such_as(text, span.start - 1):
        return True  # "terms such as “reckless endangerment” and “criminal negligence ...”"
    if _known_as(preceding):
        return True
    if _title_cased(tokens, _TERM_MAX_WORDS) and _called_someone(preceding):
        return True  # "Friends called him “Toby.”": the name he goes by, no one's words
    if _title_cased(tokens, _WORK_TITLE_MAX_WORDS) and _names_a_work(preceding):
        # "her memoir, “Tough Choices.”", "a play called “Los Hijos de Reyes”", "the book “Left at the
        # Station: How Cities Forgot Their Buses.”": a title, its subtitle too
        return True
    if _shouted(tokens) and _lower_case_before(text, span.start):
        return False  # "is “the FACE of the Democrat Party.”", "to “NEVER, EVER THREATEN ...”": shouting
    named = _title_cased(tokens) and 1 < len(tokens) <= _SHOW_MAX_WORDS and _names_after_article(preceding)
    if named and not inner.endswith(_TERMINAL):
        return True  # "editor of the “Harbor Review,” told": a name in a noun's place, no speech
    titled = inner.endswith(".") and _title_cased(tokens) and len(tokens) >= _TITLE_MIN_WORDS
    if titled and not _after_sentence_end(text, span.start - 1):
        # "said on “Harbor Morning Live.”": a title the full stop of its sentence slipped into; not
        # a sentence of its own after another ("..., said Rick Walton. “That’s Sam Pike and Ada Holt.”")
        return True
    if _titled_short(inner, tokens) and preceding and _stands_for_a_noun(text, span.start - 1, preceding[-1]):
        # "Thicke's 2013 hit “Blurred Lines.”", "Optimus Prime from “Transformers.”", "CBS' “Supergirl.”":
        # a word or two in title case where a noun stands, the sentence's full stop slipped inside.
        return True
    if (
        _titled_short(inner, tokens)
        and _coined(tokens)
        and _in_place_of_a_noun(text, span.start - 1, preceding)
    ):
        # "counting on the courts to kill off “Obamacare.”": a made-up name the sentence uses as a noun,
        # its full stop slipped inside; no one says it
        return True
    if _title_cased(tokens) and len(tokens) <= _SHOW_MAX_WORDS and preceding and _names_a_show(preceding):
        return True  # "on CNN’s “New Day.”", "an appearance on “CBS This Morning,” Pike said": a title
    if _carried_on_a_thing(text, span):
        return True  # "earned “is it over?” headlines", "“We are Harbor” T-shirts": words on a thing
    if len(tokens) <= _TERM_MAX_WORDS and preceding and _count(preceding[-1]):
        return True  # "a lead of nearly 90 “reserve votes.”": things counted, named so
    if _glossed(preceding):
        return True  # "“Si vis pacem,” Latin for “if you want peace ...”": a translation, no one's words
    nickname = len(tokens) <= _NICKNAME_MAX_WORDS and not inner.endswith(_TERMINAL)
    nickname = nickname and (tokens[0].casefold() in ARTICLES or _title_cased(tokens))
    if nickname and _listed_with_a_name(preceding):
        return True  # "including Syracuse and “the people's republic of Ithaca,”": a place's nickname
    if len(tokens) <= _TERM_MAX_WORDS and _after_a_term_colon(preceding):
        return True  # "can add a new title to his resume: “song anthropologist.”": the title itself
    if inner.endswith(_TERMINAL):
        return False
    # "“Not me,” said Tobias Wren", "“Like Oakland. Or Ferguson,” Reyes said": words followed by
    # their attribution are speech, however short or capitalised.
    spoken = text[span.start : span.end].rstrip().endswith(",") and _attributed_after(text, span)
    if len(tokens) <= 2:
        return not spoken or _in_relative_clause(text, span.start - 1)
    # A headline of three words or more in title case that a writing reads is its words, no title.
    read = text[span.start : span.end].rstrip().endswith(",") and _read_by_writing(text, span)
    # "took up this subject in “The Long Thaw: The End of Serfdom in the North”": a title with its
    # subtitle runs longer than a bare title does.
    subtitled = _subtitled(tokens) and _title_cased(tokens, _WORK_TITLE_MAX_WORDS)
    return (_title_cased(tokens) or subtitled) and not (spoken or read)


def _shouted(tokens: list[str]) -> bool:
    """A common word written in capitals to shout it ("the FACE of the Democrat Party", "NEVER, EVER
    THREATEN ..."), which a title never does: its capitals are an outlet's or a body's initials. (A word
    or three in capitals stay a label: "HUGE PLATFORM", "JUSTICE LEAGUE".)"""
    if len(tokens) < _SHOUTED_MIN_WORDS:
        return False
    for token in tokens:
        word = token.strip(_WORD_EDGES)
        if len(word) < _SHOUTED_MIN_LETTERS or not (word.isalpha() and word.isupper()):
            continue
        low = word.casefold()
        if is_common(low) and low not in _CAPITALISED_INITIALS:
            return True
    return False


def _lower_case_before(text: str, opener: int) -> bool:
    """Lower-case letters in the words right before the quotation: its capitals stand out from them
    (a headline all in capitals shouts nothing)."""
    return any(ch.islower() for ch in text[max(0, opener - _SHOUT_CONTEXT_CHARS) : opener])


_SHOUT_CONTEXT_CHARS = 40
_WORD_EDGES = ".,;:!?…'’\"“”()"
_SHOUTED_MIN_LETTERS = 4  # "FACE"; never "WHO", "ICE", "FOX"
_SHOUTED_MIN_WORDS = 4
_CAPITALISED_INITIALS = frozenset(("aids", "isis"))  # common words that are also initials


def _subtitled(tokens: list[str]) -> bool:
    """A title's colon before its subtitle: a word ending in ":" and a capitalised word after it."""
    return any(t.endswith(":") and after[:1].isupper() for t, after in pairwise(tokens))


def _subheading(text: str, span: QuoteSpan, inner: str, tokens: list[str], british: bool = False) -> bool:
    """A paragraph of a few words in single marks and nothing else, no sentence's end inside: the
    heading an outlet sets over a section ("‘Success follows success’"), not a quotation. In copy
    that quotes in double marks (not `british`) such a paragraph is a heading even as a question
    ("‘Who will fix the roads?’"): its own quotations would be in double marks."""
    opener = text[span.start - 1 : span.start] if span.start else ""
    if opener not in _SINGLE_OPENERS or len(tokens) > _SUBHEADING_MAX_WORDS:
        return False
    if inner.endswith(_TERMINAL) and british:
        return False
    return text.strip() == text[span.start - 1 : span.end + 1].strip()


_SINGLE_OPENERS = frozenset(("‘", "'"))
_SUBHEADING_MAX_WORDS = 8


def _listed_with_a_name(preceding: list[str]) -> bool:
    """The quotation is the next item of a list after a capitalised name ("Syracuse and “…”",
    "Ashford, Bayport or “…”"), not the sentence's first word: a name in a name's place, no speech."""
    if len(preceding) < 3 or preceding[-1] not in ("and", "or"):
        return False
    name = preceding[-2].rstrip(",")
    return name[:1].isupper() and name.isalpha() and not preceding[-3].endswith(_TERMINAL)


def _after_a_term_colon(preceding: list[str]) -> bool:
    """A colon ends a clause naming a title, nickname or the like ("a new title to his resume:"):
    what follows is that term, not anyone's words."""
    if not preceding or not preceding[-1].endswith(":"):
        return False
    return any(w.casefold().strip(",:") in _TERM_NOUNS for w in preceding[-_TERM_REACH_WORDS:])


_NICKNAME_MAX_WORDS = 6
_TERM_MAX_WORDS = 3
_TERM_REACH_WORDS = 8
_TERM_NOUNS = frozenset("title nickname moniker epithet sobriquet".split())


def _called_someone(preceding: list[str]) -> bool:
    """ "called him", "calling her": a verb of naming and the one named right before the quotation,
    which gives the name they go by ("Friends called him “Toby.”")."""
    if len(preceding) < 2 or preceding[-1].casefold() not in OBJECT_PRONOUNS:
        return False
    return preceding[-2].casefold() in _CALLING


_CALLING = frozenset("call calls called calling named nicknamed".split())


def _coined(tokens: list[str]) -> bool:
    """Every word of the quotation, each part of a hyphenated one, is one no English word list holds
    ("Obamacare.", "Marco-mentum."): a name made up for a thing, not an answer such as "Absolutely."
    nor a people's name ("Asian-Americans.")."""
    for token in tokens:
        word = token.strip(_WORD_EDGES + "‘")
        if not word[:1].isupper():
            return False  # "is “‘unpredictable.”": a word in lower case, however it is spelt
        for part in word.casefold().split("-"):
            if not part or is_common(part) or is_common_british(part):
                return False
    return True


def _in_place_of_a_noun(text: str, opener: int, preceding: list[str]) -> bool:
    """The word before the quotation leaves it inside the writer's clause ("to kill off", "the
    case against"), not after a verb of saying ("he tweeted,"), a colon or a sentence's end (“Yes.”
    “Obamacare.”), where a word alone may be all that was said."""
    if not preceding:
        return False
    word = preceding[-1]
    if word.rstrip("”\"’'").endswith((":", *_TERMINAL)) or word.casefold().rstrip(",") in SPEECH_VERBS:
        return False
    # "calls him a “fascist” and a “Stalinist.”": in a sentence that tells, only a preposition's
    # object ("referring to the case against “Obamacare.”") is surely no word of the teller's.
    return not _told_in_sentence(text, opener) or word.casefold() in PREPOSITIONS


def _count(word: str) -> bool:
    """A number ("90", "1,300") or a number's word ("dozens", "twelve") counting what follows."""
    low = word.casefold()
    return low.replace(",", "").isdigit() or low in COUNT_WORDS


def _titled_short(inner: str, tokens: list[str]) -> bool:
    """A word or two in title case closed by a full stop ("Blurred Lines.")."""
    return inner.endswith(".") and len(tokens) < _TITLE_MIN_WORDS and _title_cased(tokens)


def _stands_for_a_noun(text: str, opener: int, word: str) -> bool:
    """The word before a quotation makes it a noun: a possessive ("CBS'", "Disney's"), a work's noun
    ("hit", "album") or, in a sentence no one tells, a preposition ("a robot from “Star Patrol.”").
    Under a verb of saying a preposition leads a slogan ("Holt said she stood for “Real Change.”").
    Not "with" ("replied with “No.”")."""
    low = word.casefold()
    possessive = word[:1].isupper() and low.endswith(("'s", "’s", "s'", "s’"))
    if low in _WORK_LEADS or low in _WORK_NOUNS or possessive:
        return True
    return low in _NOUN_PREPOSITIONS and not _told_in_sentence(text, opener)


_WORK_LEADS = frozenset("hit single track sequel remake".split())
_NOUN_PREPOSITIONS = frozenset("of from for like about into".split())


def _told_in_sentence(text: str, opener: int) -> bool:
    """A lower-case verb of saying between the sentence's start and the mark at `opener`."""
    window = text[max(0, opener - _TELLER_REACH_CHARS) : opener]
    ends = list(_TOLD_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return any(word.strip(",;:") in SPEECH_VERBS for word in window.split() if word[:1].islower())


_TELLER_REACH_CHARS = 300  # a long sentence's opening, bounded: never the paragraph's whole text
_TOLD_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s")


def span_labels(text: str, spans: list[QuoteSpan], british: bool = False) -> list[bool]:
    """`is_label` for each span of a paragraph, in order; an item of a list of quoted words is a label
    when the item before it is and it is title-cased (“Into the Woods,” “Hush” and “Sweeney Todd.”): the
    full stop ending the list slipped into the last item, which names a work as the others do rather
    than being anyone's sentence."""
    labels: list[bool] = []
    for at, span in enumerate(spans):
        label = is_label(text, span, british)
        if not label and at and labels[-1] and _listed_after(text, spans[at - 1], span):
            label = _list_item(text[span.start : span.end])
        labels.append(label)
    return labels


def _listed_after(text: str, previous: QuoteSpan, span: QuoteSpan) -> bool:
    """Whether `span` follows `previous` as the next item of one list: only a comma, "and" or "or"
    between the closing mark of the one and the opening mark of the other."""
    if previous.open_end or span.start - previous.end > _LIST_LINK_CHARS:
        return False
    return _LIST_LINK.fullmatch(text, previous.end, span.start) is not None


# Between two listed quotations: `,” “`, `” and “`, `,” or “`, `,” and “`.
_LIST_LINK = re.compile(r",?[”\"’']\s*,?\s*(?:(?:and|or)\s+)?[“\"‘']")
_LIST_LINK_CHARS = 10


def _list_item(inner: str) -> bool:
    """A title-cased listed item: a title as the items before it are. Words in lower case stay speech
    (`calling it “pathetic” and “dangerous.”`: the last adjective is the speaker's as the first is)."""
    tokens = inner.strip().rstrip(",").split()
    return bool(tokens) and _title_cased(tokens)


def _carried_on_a_thing(text: str, span: QuoteSpan) -> bool:
    """The quotation right before a lower-case noun for a thing words are printed on (a headline, a
    sign, a shirt) or a thing they name (the “stay quiet, stay put” rule, a “one harbour, two
    charters” formula): it names what the thing says, as a modifier of the noun, and no one said it."""
    found = _THING_AFTER.match(text, span.end)
    if found is None or found.group(1).casefold() not in _TEXT_BEARERS:
        return False
    # A capital ("“We lost.” T-shirts appeared") opens a new sentence after a full stop, in which the
    # noun is no modifier of the quotation; "T-shirts" is written so inside a sentence too.
    noun = found.group(1)
    return noun[:1].islower() or (noun[:2] == "T-" and not text[span.start : span.end].rstrip().endswith("."))


_THING_AFTER = re.compile(r"[,.!?…]?[”\"’']+\s+([A-Za-z][\w-]*)")
_TEXT_BEARERS = frozenset(
    "headline headlines sign signs banner banners placard placards poster posters billboard billboards "
    "sticker stickers shirt shirts t-shirt t-shirts hat hats cap caps button buttons mug mugs badge "
    "badges slogan slogans hashtag hashtags policy policies rule rules doctrine era rating ratings "
    # "returned under a “one harbour, two charters” formula": the formula's name
    "formula formulas".split()
)


def _glossed(preceding: list[str]) -> bool:
    """ "Latin for", "French for", "translated as": the quotation renders words in another language."""
    words = [w.casefold().strip(",:") for w in preceding[-2:]]
    if len(words) < 2:
        return False
    return (words[1] == "for" and words[0] in _LANGUAGES) or (words[1] == "as" and words[0] in _TRANSLATED)


_LANGUAGES = frozenset(
    "latin greek french spanish german italian portuguese dutch russian polish arabic hebrew persian "
    "farsi urdu hindi chinese mandarin cantonese japanese korean turkish swahili welsh gaelic yiddish "
    "slang".split()
)
_TRANSLATED = frozenset("translated translates translate translating".split())


def _after_sentence_end(text: str, opener: int) -> bool:
    """Whether the mark at `opener` follows a sentence's end ("... in 2016. “That’s ...")."""
    before = _trimmed_end(text, opener)
    return before > 0 and text[before - 1] in _TERMINAL


def _in_relative_clause(text: str, opener: int) -> bool:
    """ "Holt, who calls the mayor a “sociopath,” said": the mark opens inside a relative clause set
    between commas, whose closing comma the quotation carries; the verb after it is the clause's
    antecedent's, so the word or two quoted are a label, not what was said."""
    start = max(0, opener - _RELATIVE_CLAUSE_CHARS)
    words = text[start:opener].split()
    for at in range(len(words) - 1, 0, -1):
        word = words[at]
        if word in RELATIVES:
            return words[at - 1].endswith(",") and at < len(words) - 1
        if not word[-1:].isalnum():
            return False
    return False


_RELATIVE_CLAUSE_CHARS = 60


def _names_a_work(preceding: list[str]) -> bool:
    """ "her memoir,", "the film", "a popular play called": a work's noun right before a title."""
    words = [w.casefold().strip(",") for w in preceding[-2:]]
    if len(words) == 2 and words[1] == "of" and words[0] in _MAKERS:
        return True  # "author of “The Essential Mayor ...”": the maker of a work, then its title
    if len(words) == 2 and words[1] in _AUTHORING and words[0] in _AUTHOR_SUBJECTS:
        return True  # "Ben Oakes, who wrote “The Art of the Deal,” told us": the book he wrote
    if words and words[-1] in _NAMING_WORDS:
        words = words[:-1]
    return bool(words) and words[-1] in _WORK_NOUNS


_WORK_NOUNS = frozenset(
    "book books memoir memoirs novel film films movie movies documentary play musical album song "
    "sitcom episode essay poem painting show series anthem ballad hymn".split()
)
_NAMING_WORDS = frozenset(("called", "named"))
_MAKERS = frozenset("author co-author writer director producer composer creator".split())
# Verbs of making a work after "who", "also" or "and" ("who wrote “…”", "and wrote “…”"): its title.
_AUTHORING = frozenset("wrote authored co-wrote co-authored penned directed".split())
_AUTHOR_SUBJECTS = frozenset(("who", "also", "and"))


def _names_after_article(preceding: list[str]) -> bool:
    """ "of the", "at the" or "of" right before the mark: the quotation stands where a noun does."""
    words = [w.casefold() for w in preceding[-2:]]
    return bool(words) and (words[-1] == "the" or (words[-1] == "of" and len(words) == 2))


def _title_cased(tokens: list[str], most: int = _TITLE_MAX_WORDS) -> bool:
    significant = [t for t in tokens if t.casefold() not in _SMALL_WORDS]
    return len(tokens) <= most and all(t[:1].isupper() or not t[:1].isalpha() for t in significant)


_TITLE_MIN_WORDS = 3
_SHOW_MAX_WORDS = 5
_SHOW_CUES = frozenset(("on", "in"))  # "on “Harbor Morning Live.”", "starred in “The Revenant.”"


def _names_a_show(preceding: list[str]) -> bool:
    """The words right before a title: "on" (a programme), an outlet's possessive ("CNN’s", "the
    channel’s"), or a capitalised one after "on" ("on ABC News's", "on Fox News Channel’s")."""
    word = preceding[-1]
    low = word.casefold()
    owned = low.endswith(("’s", "'s"))
    # "CBS’ “Face the Nation,”": an outlet's capitals before an apostrophe alone own it too
    outlet = low.endswith(_POSSESSIVE_ENDINGS) and word[:1].isupper() and word.rstrip("’'s").isupper()
    if low in _SHOW_CUES or outlet or (owned and low[:-2] in _MEDIA_NOUNS) or _aired_on(preceding):
        return True
    # "she told “60 Minutes.”", "in an interview with “Harbor Morning,”": a programme spoken to
    return low in _TOLD_VERBS or (low == "with" and len(preceding) > 1 and preceding[-2].casefold() in _TALKS)


_TOLD_VERBS = frozenset("told tells telling".split())
_TALKS = frozenset("interview interviews conversation appearance chat sit-down".split())


def _aired_on(preceding: list[str]) -> bool:
    """ "on ABC News's", "On Fox News Channel’s", "On Channel Nine News'": "on", then capitalised words
    ending in a possessive."""
    word = preceding[-1]
    if not word.endswith(_POSSESSIVE_ENDINGS) or not word[:1].isupper():
        return False
    for before in reversed(preceding[-1 - _OUTLET_MAX_WORDS : -1]):
        if before.casefold() == "on":
            return True
        if not before[:1].isupper():
            return False
    return False


_OUTLET_MAX_WORDS = 3
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")  # "ABC News's", "Channel Nine News'"


_MEDIA_NOUNS = frozenset("channel network station radio podcast".split())


# The speaker between the mark and the verb may be named with a role ("fire chief Ada Brill",
# "Deschutes County Sheriff Alan Pryce"), but no clause of the writer's begins there ("and Reyes said").
_ATTRIBUTED = re.compile(
    r"[”“\"’']?\s*(?!(?:and|but|or|as|so|then|which|that|while|when|because|if)\b)(?:[\w’'.-]+\s+){0,6}?"
    r"(?:said|says|asked|asks|added|adds|replied|replies|told|tells|explained|insisted|declared|declares|"
    r"responded|responds|answered|answers|quipped|quips|joked|jokes|noted|notes|wrote|writes|recalled|"
    r"recalls|offered|offers|shouted|shouts|yelled|yells|cried|cries|"
    # "“WE WILL APPEAL THIS RULING,” Fairweather tweeted": words in capitals posted are speech too
    r"tweeted|tweets|posted|texted|emailed|warned|vowed|announced)\b"
)


# "“…,” reads the headline", "“…,” so reads a headline at the Gazette": a writing's words, in title case too.
_READ_BY_WRITING = re.compile(
    r"[”“\"’']?\s*(?:(?:so|thus)\s+)?reads?\s+(?:the|a|an|one)\s+(?:[\w’'-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(WRITINGS))})\b"
)


# A round-up's headline and its byline: "“…,” by Times' Ann Lee:", a colon opening the excerpt.
_BYLINE_AFTER = re.compile(r"[”\"’']?\s*by\s+(?:[A-Z][\w.&-]*['’]?s?\s+){1,6}?[A-Z][\w.-]*\s*:")


def byline_follows(text: str, span: QuoteSpan) -> bool:
    """True for a quotation followed by "by" and a writer's name and a colon: a headline, whose
    writer did not say it (the excerpt after the colon is the writer's)."""
    return _BYLINE_AFTER.match(text, span.end, span.end + constants.LABEL_ATTRIBUTION_CHARS) is not None


def _attributed_after(text: str, span: QuoteSpan) -> bool:
    """A verb of saying right after the closing mark, past a name of up to three words."""
    return _ATTRIBUTED.match(text, span.end, span.end + constants.LABEL_ATTRIBUTION_CHARS) is not None


def _read_by_writing(text: str, span: QuoteSpan) -> bool:
    """A writing reading the words right after the closing mark ("“Harbor Chief Quits To Sail Away,”
    so reads a headline at the Gazette")."""
    return _READ_BY_WRITING.match(text, span.end, span.end + constants.LABEL_ATTRIBUTION_CHARS) is not None


def is_partial(text: str, span: QuoteSpan, lead_start: int) -> bool:
    """A partial quote is woven into the writer's sentence; a full one stands as the speaker's sentence.
    The writer's words before it start at `lead_start` (its sentence's start); only their last word is
    read, from the opening mark back (a copy of them per quotation is quadratic in a one-sentence table)."""
    # "“‘Gift Horse’ is a startlingly original comment ...,” Johnson said": a quotation opening with
    # one nested in it opens with the nested one's first word.
    inner = text[span.start : span.end].lstrip(" .…‘'\"“")
    if not inner or not inner[0].isupper():
        return True
    end = span.start - 1  # the opening mark
    while end > lead_start and text[end - 1].isspace():
        end -= 1
    if end <= lead_start or text[end - 1] in _LEAD_CLOSERS:
        return False
    begin = end
    while begin > lead_start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end].casefold() not in SPEECH_VERBS


_LEAD_CLOSERS = frozenset(":,—–.?!")  # the writer's words end there: the quotation is a sentence


def dashes_in(tokens: list[Token]) -> int:
    """How many dashes the tokens hold, "--" counted once."""
    runs = 0
    for index, token in enumerate(tokens):
        if token.text in DASH_TOKENS and (index == 0 or tokens[index - 1].text not in DASH_TOKENS):
            runs += 1
    return runs


def closes_aside(tokens: list[Token], at: int) -> bool:
    """ "Laughing off his foes — who said one rival, Ray Dorn, was weak — Mr. Holt appeared eager":
    whether the token at `at` is a dash after an earlier one of its sentence, closing an aside, so
    that the words after it go on with the main clause; not "his rival — Ray Dorn — said"."""
    if at < 1 or tokens[at].text not in DASH_TOKENS:
        return False
    first = at
    while first > 0 and tokens[first - 1].text not in SENTENCE_ENDS:
        first -= 1
    return dashes_in(tokens[first : at + 1]) % 2 == 0
