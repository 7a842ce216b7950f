"""Plain text from Markdown articles: emphasis, links, block quotes, list markers and headings.

Articles saved from blogs and CMSs are often Markdown; readers (and engines) want the words only.
"""

from __future__ import annotations

import re

# Greedy text up to its last character that is no space or "#": a lazy group before `\s*#*$`
# would retry the tail at every character, quadratic on a heading padded with spaces.
HEADING = re.compile(r"^#{1,6}\s+(.*[^\s#]|)[\s#]*$")
_BLOCK_QUOTE = re.compile(r"^(?:>\s?)+")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
# No span may hold its own opening mark ("[", "(", "<", "**"): each attempt then stops at the
# next mark, so a run of unclosed marks ("**a **a **a ...") is read in linear time.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_TERMINAL = tuple(".!?…:;\"'”’)")


def looks_like_markdown(lines: list[str], source: str) -> bool:
    """A `.md` file, or text with Markdown headings."""
    return source.lower().endswith(".md") or any(HEADING.match(line.strip()) for line in lines)


def plain_lines(lines: list[str]) -> list[str]:
    """Each line as plain text; headings become blank lines, which end paragraphs."""
    return [_plain_line(line) for line in lines]


def _plain_line(line: str) -> str:
    stripped = line.strip()
    if HEADING.match(stripped) or stripped in ("---", "***", "___"):
        return ""  # structure, not text: a heading is not a paragraph of the story
    if stripped.startswith(">"):
        stripped = _BLOCK_QUOTE.sub("", stripped)
    is_item = bool(_LIST_ITEM.match(stripped))
    stripped = _inline(_LIST_ITEM.sub("", stripped) if is_item else stripped)
    if is_item and stripped and not stripped.endswith(_TERMINAL):
        # A list item is a statement of the story, not a photo caption without a full stop.
        stripped += "."
    return stripped


def _inline(text: str) -> str:
    # Each pattern is tried only where its marks occur: six substitutions per line were most
    # of the parse of a Markdown file of short lines.
    if "](" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
    return text
