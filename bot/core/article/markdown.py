"""Plain text from Markdown articles: emphasis, links, block quotes, list markers and headings.

Articles saved from blogs and CMSs are often Markdown; readers (and engines) want the words only.
"""

from __future__ import annotations

import re

from bot.core import constants

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
# A heading's text ending like a sentence: a stop, perhaps inside closing marks ("... twice.”").
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# A quotation opened after the text's first word: words around it attribute it.
_INNER_QUOTATION = re.compile(r"\S\s+[“\"‘]\w")
# A table's row ("| a | b |") and the rule under its header ("|---|:--:|").
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def looks_like_markdown(lines: list[str], source: str) -> bool:
    """A `.md` file, or text with Markdown headings."""
    return source.lower().endswith(".md") or any(HEADING.match(line.strip()) for line in lines)


def plain_lines(lines: list[str]) -> list[str]:
    """Each line as plain text; headings become blank lines, which end paragraphs; a table becomes
    one paragraph with a sentence for each row."""
    plain: list[str] = []
    at = 0
    while at < len(lines):
        rows = _table_at(lines, at)
        if rows:
            plain += ["", _table_text(lines[at : at + rows]), ""]
            at += rows
        else:
            plain.append(_plain_line(lines[at]))
            at += 1
    return plain


def _table_at(lines: list[str], at: int) -> int:
    """How many lines the table starting at `at` holds (its header, the rule under it and its rows),
    0 when no table starts there: a row of cells then a rule of dashes, as GitHub's tables are."""
    if at + 1 >= len(lines) or not _TABLE_ROW.match(lines[at]) or not _TABLE_RULE.match(lines[at + 1]):
        return 0
    end = at + 2
    while end < len(lines) and _TABLE_ROW.match(lines[end]):
        end += 1
    return end - at


def _table_text(lines: list[str]) -> str:
    """ "| Libraries | £5.6m | £4.8m |" under "| Service | 2025 | 2026 |" read as "Libraries — 2025 £5.6m,
    2026 £4.8m.": each row a sentence that names its columns, so a row can answer a question."""
    header = _cells(lines[0])
    sentences = []
    for line in lines[2:]:
        cells = _cells(line)
        if not any(cells):
            continue
        # A row may have fewer cells than the header (its last ones left empty).
        named = zip(header[1:], cells[1:], strict=False)
        pairs = [f"{name} {value}".strip() for name, value in named if value]
        lead = cells[0] or (header[0] if header else "")
        # A dash, not a colon: "Libraries: 2025 ..." would read as a photo's label.
        text = f"{lead} — {', '.join(pairs)}" if pairs else lead
        sentences.append(text if text.endswith(_TERMINAL) else text + ".")
    return " ".join(sentences)


def _cells(line: str) -> list[str]:
    return [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]


def _plain_line(line: str) -> str:
    stripped = line.strip()
    heading = HEADING.match(stripped)
    if heading and _reads_as_sentence(heading.group(1)):
        return _inline(heading.group(1))  # a statement of the story behind a stray "# "
    if heading or stripped in ("---", "***", "___"):
        return ""  # structure, not text: a heading is not a paragraph of the story
    if stripped.startswith(">"):
        stripped = _BLOCK_QUOTE.sub("", stripped)
    is_item = bool(_LIST_ITEM.match(stripped))
    stripped = _inline(_LIST_ITEM.sub("", stripped) if is_item else stripped)
    if is_item and stripped and not stripped.endswith(_TERMINAL):
        # A list item is a statement of the story, not a photo caption without a full stop.
        stripped += "."
    return stripped


def _reads_as_sentence(text: str) -> bool:
    """A "# " line that is a sentence of the story, not a heading: it ends with a stop and is longer
    than a headline, or attributes a quotation ("# Not a heading: the treasurer, Ngozi Okonkwo,
    said the figures were “audited twice.”"). A headline ending in a stop is short ("# Court rules
    against the purge.")."""
    if not _SENTENCE_END.search(text):
        return False
    count = len(text.split())
    if count > constants.HEADLINE_MAX_WORDS:
        return True
    return count >= constants.QUOTING_HEADING_MIN_WORDS and bool(_INNER_QUOTATION.search(text))


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
