"""A nickname in quotation marks inside a name (`Luis "Lucho" Ortega`, `Earl “The Pearl” Monroe`):
the name is read without it, as one person, Luis Ortega, and the nickname is no word of a name.

Name spotting reads a paragraph's text with each such nickname cut out (the text padded at its end to
keep its length); the offsets it finds are mapped back to the paragraph as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.core import constants
from bot.core.article import Paragraph
from bot.core.language.text import STOPWORDS
from bot.core.language.tokens import Token
from bot.core.quotes.givennames import is_given_name

# A given name, maybe a middle initial ("Stephen M. “Sam” Calder"), then one or two capitalised words
# in matching marks, then a capitalised word (the given name read at most WORD_CHARS_READ long:
# "Word-Word-..." was read from every capital to its end).
_NICKNAME = re.compile(
    rf"\b(?P<given>[A-Z][\w-]{{1,{constants.WORD_CHARS_READ}}})(?P<initial>(?:\s[A-Z]\.)?)"
    r"(?P<nickname>\s(?:\"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\"|“[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?”"
    r"|‘[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?’))(?=\s(?P<after>[A-Z][\w-]*))"
)
# "Chris Kessler Calls Ada Holt ‘A Disgrace’ Over Police Shootings": in a title-cased
# headline, words in marks after a name are a quotation when they open with "A" or precede a
# function word ("Over"); a surname is neither.
_NOT_NICKNAME_OPENERS = frozenset("a an".split())


@dataclass(frozen=True, slots=True)
class Cut:
    at: int  # where the cut text started in the paragraph as written
    length: int
    nickname: str = ""  # "Lucho"
    named: str = ""  # the given name (and initial) and the word after the nickname: "Luis Ortega"


def cut_nicknames(paragraph: Paragraph) -> tuple[Paragraph, tuple[Cut, ...]]:
    """The paragraph without its names' nicknames, and where they were cut."""
    cuts = tuple(
        Cut(
            m.start("nickname"),
            m.end("nickname") - m.start("nickname"),
            m["nickname"].strip()[1:-1],
            f"{m['given']}{m['initial']} {m['after']}",
        )
        for m in _NICKNAME.finditer(paragraph.text)
        if _nickname(m)
    )
    if not cuts:
        return paragraph, ()
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(paragraph.text[last : cut.at])
        last = cut.at + cut.length
    pieces.append(paragraph.text[last:])
    text = "".join(pieces) + " " * sum(cut.length for cut in cuts)
    sentences = tuple(
        replace(s, start=_cut_offset(s.start, cuts), end=_cut_offset(s.end, cuts))
        for s in paragraph.sentences
    )
    return replace(paragraph, text=text, sentences=sentences), cuts


def _nickname(match: re.Match[str]) -> bool:
    opener = match["nickname"].strip()[1:].split()[0].casefold()
    after = match["after"].casefold()
    return is_given_name(match["given"]) and opener not in _NOT_NICKNAME_OPENERS and after not in STOPWORDS


def _cut_offset(offset: int, cuts: tuple[Cut, ...]) -> int:
    return offset - sum(cut.length for cut in cuts if cut.at + cut.length <= offset)


def written_offset(offset: int, cuts: tuple[Cut, ...]) -> int:
    """An offset in the cut text as an offset in the paragraph as written."""
    for cut in cuts:
        if offset >= cut.at:
            offset += cut.length
    return offset


def written_token(token: Token, cuts: tuple[Cut, ...]) -> Token:
    if not cuts:
        return token
    start = written_offset(token.start, cuts)
    return token._replace(start=start, end=start + token.end - token.start)


def add_nickname_aliases(persons: list, cuts: list[Cut]) -> None:
    """ "Lucho" is another name of the person named "Luis Ortega" around it: an alias to find him by."""
    for cut in cuts:
        for person in persons:
            if cut.nickname and cut.named in person.name and cut.nickname not in person.aliases:
                person.aliases.append(cut.nickname)
