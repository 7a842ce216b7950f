"""A web page's shape, checked before extraction: a page the extractor would take minutes over, or
would read only in part, is refused with a reply saying why and what to do, never extracted.

Pure. Each check is one pass in C (a regular expression, an XPath count), so refusing costs less
than a news page's extraction.
"""

from __future__ import annotations

import codecs
import re

from bot.core import constants
from bot.core.errors import ArticleError

# What every refused page is told to do.
PAGE_REMEDY = "save the article's text as a .txt file and add that"
# A start tag ("<p", "<div"): what the extractor's work grows with, counted in one pass in C.
_START_TAG = re.compile(rb"<[A-Za-z]")
# Compressed data (gzip, zstd, zlib) the extractor would inflate to 20 MB of markup before
# parsing it: a 40 KB file of 700,000 paragraphs ran for over ten minutes.
_COMPRESSED = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd", b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")
# Unicode with a byte order mark, which the extractor does not read (UTF-32 first: its
# little-endian mark starts with UTF-16's).
_MARKED = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# An element HTML_PARSER_DEPTH levels down, the root being level 1: the parser stopped there.
_AT_PARSER_DEPTH = "boolean(" + "/".join(["*"] * (constants.HTML_PARSER_DEPTH - 1)) + ")"
_CROWDED_PARAGRAPHS = f"//p[count(.//*) > {constants.MAX_PARAGRAPH_ELEMENTS}]"


class UnreadablePage(ArticleError):
    """A page refused for its shape; `reply(what)` says it of the page or of a file by name."""

    def __init__(self, shape: str) -> None:
        self.shape = shape
        super().__init__(self.reply("That page"))

    def reply(self, what: str) -> str:
        return f"{what} {self.shape}; {PAGE_REMEDY}."


class TooManyElements(UnreadablePage):
    """More elements than a news page has."""

    def __init__(self, elements: int) -> None:
        self.elements = elements
        super().__init__(
            f"has {elements:,} HTML elements, more than a news page has (at most "
            f"{constants.MAX_PAGE_ELEMENTS:,})"
        )


def count_elements(html: str | bytes) -> int:
    """How many start tags `html` holds (a "<" before a letter; in a script too, which errs high)."""
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return len(_START_TAG.findall(data))


def readable_markup(html: str | bytes) -> str | bytes:
    """`html` as the extractor should get it: text of a byte order mark decoded, compressed data
    refused, the element count checked; other bytes are left for the extractor to decode (it reads
    the page's own charset)."""
    if isinstance(html, bytes):
        if html.startswith(_COMPRESSED):
            raise UnreadablePage("is compressed data, not a web page's HTML")
        html = next((html.decode(codec, "replace") for mark, codec in _MARKED if html.startswith(mark)), html)
    elements = count_elements(html)
    if elements > constants.MAX_PAGE_ELEMENTS:
        raise TooManyElements(elements)
    return html


def check_tree(tree) -> None:
    """Refuse a parsed page (an lxml tree) the extractor would read only in part or take minutes
    over: more elements than the markup showed, nesting as deep as the parser goes, a paragraph of
    more elements than a news paragraph holds."""
    elements = int(tree.xpath("count(//*)"))
    if elements > constants.MAX_PAGE_ELEMENTS:
        raise TooManyElements(elements)
    if tree.xpath(_AT_PARSER_DEPTH):
        raise UnreadablePage(
            f"nests its HTML {constants.HTML_PARSER_DEPTH} elements deep, where the HTML parser stops "
            "reading, so its text is cut"
        )
    crowded = tree.xpath(_CROWDED_PARAGRAPHS)
    if crowded:
        most = max(int(paragraph.xpath("count(.//*)")) for paragraph in crowded)
        raise UnreadablePage(
            f"has a paragraph of {most:,} HTML elements (links, bold, spans...), more than a news "
            f"paragraph holds (at most {constants.MAX_PARAGRAPH_ELEMENTS:,})"
        )
