"""Discord Markdown for text taken from articles and users: escaped so nothing in it is forged,
bold for search matches, and cut to a limit without breaking a word, an escape or a bold run.
"""

from __future__ import annotations

import re

from bot.core.search.engine import MARK_END, MARK_START
from bot.discord import limits

ELLIPSIS = "…"
BOLD = "**"


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending in an ellipsis."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    cut = text[: limit - len(ELLIPSIS)]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= len(cut) // 2:  # a word boundary not too far back; else cut inside a long word
        cut = cut[:space]
    cut = cut.rstrip().rstrip("\\")  # never leave a dangling escape before the ellipsis
    if cut.count(BOLD) % 2:  # close a bold run that the cut left open
        cut = _close_bold(cut, limit - len(ELLIPSIS))
    return cut + ELLIPSIS


def _close_bold(cut: str, room: int) -> str:
    while len(cut) + len(BOLD) > room and cut:
        cut = cut[:-1]
    if cut.count(BOLD) % 2 == 0:  # shortening removed the opening marker itself
        return cut.rstrip("*")
    return cut.rstrip() + BOLD


# Every character that can start Markdown in Discord, escaped one by one wherever it stands:
# escaping whole patterns (as discord.utils.escape_markdown does for `[text](url)`) misses a
# pattern that our own bold later splits in two, and leaves a masked link live.
_MARKDOWN_CHAR = re.compile(r"([\\*_~|`\[\]<>#])")
_LIST_DASH = re.compile(r"^(\s*)-", re.MULTILINE)
# A web address Discord makes a link of: it reads one from `http(s)://` to the next space or `<`,
# so a backslash of ours inside it (`gull\_island`, `page\#top`) would become part of the link and
# break it. Kept as written, it can forge nothing: Discord shows it as the link it is. Brackets, a
# backslash, a backtick or a pipe end it here (escaped after it, they only lengthen the link), and
# the punctuation after an address (`.)` of `(see https://x.example/a).`) is no part of it.
_URL = re.compile(r"(?<!\w)https?://[^\s<>\[\]\\`|]*[^\s<>\[\]\\`|.,:;\"'!?)]")


def escape(text: str) -> str:
    """Text shown as is: no link, mention, heading or style can be forged by it; a web address
    stays a working link."""
    pieces, at = [], 0
    for url in _URL.finditer(text):
        pieces += [_MARKDOWN_CHAR.sub(r"\\\1", text[at : url.start()]), url.group()]
        at = url.end()
    pieces.append(_MARKDOWN_CHAR.sub(r"\\\1", text[at:]))
    return _LIST_DASH.sub(r"\1\\-", "".join(pieces))


def echo(text: str) -> str:
    """What the user typed, shown back escaped and short enough to leave room for the answer."""
    return shorten(escape(text), limits.ECHO_CHARS)


def bold_marks(marked: str) -> str:
    """Search-engine marks turned into bold markdown, with everything else escaped."""
    # The whole text is escaped before any bold of ours goes in, so no escape depends on
    # where the marks cut it.
    pieces = re.split(f"({MARK_START}|{MARK_END})", escape(_unmarked_links(marked)))
    out, inside = [], False
    for piece in pieces:
        if piece == MARK_START:
            inside = True
        elif piece == MARK_END:
            inside = False
        elif piece:
            out.append(f"{BOLD}{piece}{BOLD}" if inside and piece.strip() else piece)
    return "".join(out).replace(BOLD + BOLD, "")  # adjacent bold runs read as one


def _unmarked_links(marked: str) -> str:
    """`marked` without the marks of a match touching a web address: bold inside a link is read by
    Discord as part of the address, and the link breaks."""
    plain = marked.replace(MARK_START, "").replace(MARK_END, "")
    links = [(url.start(), url.end()) for url in _URL.finditer(plain)]
    if not links:
        return marked
    out, at, opened = [], 0, None  # `at`: position in `plain`; `opened`: where a kept match began
    for piece in re.split(f"({MARK_START}|{MARK_END})", marked):
        if piece == MARK_START:
            opened = (len(out), at)
            out.append(piece)
        elif piece == MARK_END and opened is not None:
            index, start = opened
            if any(start < end and at > begin for begin, end in links):
                out[index] = ""  # drop the pair
            else:
                out.append(piece)
            opened = None
        else:
            out.append(piece)
            at += len(piece)
    return "".join(out)
