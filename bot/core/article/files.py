"""Reading article files: the size guard, text encodings and ids taken from file names.

Bytes become text here (UTF-8, UTF-16 with a BOM, Windows-1252); `model` parses the text.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from pathlib import Path

from bot.core import constants
from bot.core.article.model import Article, parse_article
from bot.core.errors import SPLIT_REMEDY, ArticleError, os_reason, shown

log = logging.getLogger(__name__)

# What a file that holds no article text says to do.
SAVE_AS_TEXT = "Save the article's text as .txt or .md."


def load_article(path: str | Path) -> Article:
    """Read and parse one `.txt` or `.md` file; raise ArticleError with a remedy if unusable."""
    path = Path(path)
    try:
        data = _read_guarded(path)
    except OSError as error:  # unreadable, a name too long, a loop of links...
        raise ArticleError(f"Cannot read {shown(path)}: {os_reason(error)}.") from None
    text = decode_article(data, shown(path.name))
    refuse_non_article(text, path)
    return parse_article(text, article_id=article_id_for(path), source=str(path))


# Formats that are not an article's text: read as prose, their markup becomes "quotations"
# and their field names "speakers".
_DATA_SUFFIXES = {".json": "JSON", ".csv": "CSV", ".tsv": "TSV", ".xml": "XML"}
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def refuse_non_article(text: str, path: Path) -> None:
    """ArticleError for a web page, JSON, CSV or XML file: by its name, or by its content."""
    suffix = path.suffix.lower()
    kind = _DATA_SUFFIXES.get(suffix) or ("JSON" if is_json(text) else None)
    if kind is not None:
        raise ArticleError(
            f"{shown(path.name)} is a {kind} file, not an article: save the article's text as .txt or .md."
        )
    if suffix in _PAGE_SUFFIXES or looks_like_html(text):
        raise ArticleError(
            f"{shown(path.name)} is a web page (HTML), not an article's text: `python -m bot articles "
            "add FILE` reads the article out of it, or save the text as .txt or .md."
        )


def looks_like_html(text: str) -> bool:
    """A web page saved under an article's name ("story.txt" holding <!doctype html>...)."""
    return _HTML_START.match(text) is not None


def is_json(text: str) -> bool:
    """A JSON object or array, not prose (read as prose, its field names become speakers)."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(stripped), (dict, list))
    except ValueError:
        return False


def _read_guarded(path: Path) -> bytes:
    """The article file's bytes, refusing a missing path, a folder and more than the size guard:
    the bytes actually read count, not what stat() says (a /proc file says 0; a file may grow)."""
    if not path.exists():
        raise ArticleError(f"Article file not found: {shown(path)}. Check the path or ARTICLE_PATH.")
    if not path.is_file():
        raise ArticleError(f"{shown(path)} is not a file.")
    try:
        data = read_capped(path, constants.MAX_ARTICLE_BYTES)
    except FileTooLarge as error:
        raise too_large(shown(path.name), error.size, constants.MAX_ARTICLE_BYTES) from None
    if len(data) > constants.MAX_ARTICLE_BYTES:
        raise too_large(shown(path.name), None, constants.MAX_ARTICLE_BYTES)
    return data


class FileTooLarge(Exception):
    """A file whose size, as stat() says it, is over the limit it was read with."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_capped(path: Path, limit: int) -> bytes:
    """The file's bytes, refused from its size before reading (FileTooLarge) and read no further
    than one byte past the limit, so that a multi-GB file is never held in memory. More than
    `limit` bytes back means the file is over it all the same (stat() said less): callers refuse it."""
    size = path.stat().st_size
    if size > limit:
        raise FileTooLarge(size)
    with path.open("rb") as file:
        return file.read(limit + 1)


def too_large(name: str, size: int | None, limit: int) -> ArticleError:
    """The refusal of a file or text over `limit` bytes: its size (None when only reading it told),
    the limit, and what to do."""
    limit_mb = limit // (1024 * 1024)
    measured = f"{size / 1024 / 1024:.1f} MB" if size is not None else f"over {limit_mb} MB"
    return ArticleError(f"{name} is too large ({measured}; the limit is {limit_mb} MB). {SPLIT_REMEDY}")


def decode_article(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 (with a BOM, or of Latin letters without),
    falling back to Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name} is not valid UTF-16 text. Save it as UTF-8 and try again.") from None
    if b"\x00" in data:
        unmarked = _utf16_unmarked(data)
        if unmarked is None:
            raise ArticleError(f"{name} looks like a binary file, not a text article. {SAVE_AS_TEXT}")
        log.warning("%s is UTF-16 without a byte order mark; read it as such", name)
        return unmarked
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_stray_bytes(data)
    if mixed is not None:
        log.warning("%s is UTF-8 with a few bytes that are not; read those as Windows-1252", name)
        return mixed
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(f"{name} is not UTF-8 text. Save it as UTF-8 and try again.") from None
    if _mostly_controls(text):
        raise ArticleError(f"{name} looks like a binary file, not a text article. {SAVE_AS_TEXT}")
    log.warning("%s is not UTF-8; read it as Windows-1252", name)
    return text


# UTF-16 text of Latin letters has a zero in (nearly) every other byte, and none in the others.
UTF16_ZERO_SHARE = 0.9


def _utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 text saved without its byte order mark (as `iconv -t UTF-16LE` and some Windows tools
    write it), else None: a binary file, whose zeros fall anywhere or whose text is controls."""
    if len(data) % 2:
        return None
    for codec, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        if low.count(0) == 0 and high.count(0) >= len(high) * UTF16_ZERO_SHARE:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if _mostly_controls(text) else text
    return None


def _mostly_controls(text: str) -> bool:
    """More than 1 character in 100 a control other than a tab, line end or form feed: no text."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > len(text) // 100


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 text holding a few bytes of another encoding (a line pasted from a Windows-1252 file),
    those bytes read as Windows-1252; None when the stray bytes outnumber the UTF-8 characters
    beyond ASCII, as in a Windows-1252 file where two bytes happen to form one ("Ã©").

    Reading the whole file as Windows-1252 would turn every "“" into "â€œ" (its quotations lost),
    or refuse it when a "”" (E2 80 9D) holds a byte Windows-1252 leaves undefined."""
    marked = data.decode("utf-8-sig", errors="replace")
    strays = marked.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    beyond_ascii = sum(1 for ch in marked if ord(ch) > 127 and ch != _REPLACEMENT)
    if beyond_ascii <= strays:
        return None
    return data.decode("utf-8-sig", errors=_STRAY_BYTES)


_REPLACEMENT = "\ufffd"
_STRAY_BYTES = "article-bot-stray-bytes"


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """A decoding error handler: the bytes UTF-8 cannot read, read as Windows-1252 (a byte it
    leaves undefined, 81, 8D, 8F, 90 or 9D, stands for no character)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", errors="ignore"), error.end


codecs.register_error(_STRAY_BYTES, _as_windows_1252)


def article_id_for(path: Path) -> str:
    """A stable, URL-safe id from the file name: `Harbour Visit.txt` -> `harbour-visit`."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.casefold()).strip("-")
    return slug or "article"
