"""Validation of what people type: speaker names, keywords and questions.

Every engine receives a cleaned query, so none of them has to handle control characters,
lone surrogates or walls of text.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core import constants
from bot.core.errors import QueryError
from bot.core.language.text import clean_control


def clean_query(text: str | None, what: str = "query") -> str:
    """`text` with control characters removed and spaces collapsed; QueryError if unusable."""
    if text is None:
        raise QueryError(f"Type a {what}.")
    if not isinstance(text, str):
        raise QueryError(f"The {what} must be text, not {type(text).__name__}.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryError(
            f"The {what} contains characters that are not valid text: type it again in plain letters."
        ) from None
    if len(text) > constants.MAX_QUERY_CHARS * 4:
        raise QueryError(f"That {what} is too long: keep it under {constants.MAX_QUERY_CHARS} characters.")
    # NFC: a query pasted with combining accents ("Bli\u0301nken") reads like the article's text.
    text = _plain_letters(unicodedata.normalize("NFC", clean_control(text)))
    cleaned = " ".join(_unformatted(text).split())
    if not cleaned:
        raise QueryError(f"The {what} is empty: type a few words.")
    if (mention := _MENTION.search(cleaned)) is not None:  # pasted from Discord into the console, the CLI
        raise QueryError(f"{mention.group()} is a Discord mention, which names no one here: type the name.")
    if len(cleaned) > constants.MAX_QUERY_CHARS:
        raise QueryError(f"That {what} is too long: keep it under {constants.MAX_QUERY_CHARS} characters.")
    if not any(ch.isalnum() for ch in cleaned):
        raise QueryError(f"The {what} has no letters or digits: type a word from the article.")
    return cleaned


def unquoted(text: str) -> str:
    """A name or keyword without the quotation marks typed around all of it (`"spy balloon"`,
    `‘Burns’`): they would only double up in every echo of it (“"spy balloon"”)."""
    found = _WRAPPING_QUOTES.fullmatch(text)
    return found.group(2).strip() if found and found.group(2).strip() else text


_WRAPPING_QUOTES = re.compile(r"([\"“”'‘’«»])([^\"“”«»]+)([\"“”'‘’«»])")


# Letters from a "fancy text" generator: full-width ("Ｂｌｉｎｋｅｎ") and the mathematical bold, italic,
# script ... alphabets ("𝐁𝐥𝐢𝐧𝐤𝐞𝐧"). Only these blocks are folded to plain letters (NFKC), so "km²" or
# "½" typed as the article writes them stay as they are.
_FANCY_BLOCKS = ((0xFF01, 0xFF5E), (0x1D400, 0x1D7FF))


def _plain_letters(text: str) -> str:
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFKC", ch) if _fancy(ch) else ch for ch in text)


def _fancy(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _FANCY_BLOCKS)


# Markdown and Discord formatting typed around words ("who is **Kennedy**?", "||Kennedy||", a masked
# link "[Kennedy](https://...)"): marks, not words. A mark inside a word stays ("E*Trade", "Bill_Porter"),
# and so does one escaped by a backslash, as Discord shows it ("¯\_(ツ)_/¯" keeps its arms).
_MASKED_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")
_WRAPPED = re.compile(r"(?<![\w*_~|`\\])(\*\*|__|\*|_|~~|\|\||`)(?=\S)(.+?)(?<=[^\s\\])\1(?![\w*_~|`])")
# A question typed in a code block ("```who is Kennedy```", its language tag on the first line) or
# as a block quote ("> who is Kennedy", "@bot > who is ..."), a heading ("# who is Kennedy", "## ...")
# or subtext ("-# who is Kennedy"): the block's marks, not words. A "#" needs a space after it, so
# "#1 seed" or a hashtag stays.
_CODE_BLOCK = re.compile(r"```(?:[A-Za-z]+\n)?(.*?)```", re.DOTALL)
_BLOCK_QUOTE = re.compile(r"^[ \t]*>(?:>>)?[ \t]+", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]*(?:#{1,3}|-#)(?:[ \t]+|$)", re.MULTILINE)
_MARKS = frozenset("*_~|`[>#")
# A Discord mention of someone, a role or a channel as Discord sends it ("<@123>", "<@!123>", "<@&5>",
# "<#9>"): the bot reads it as the name Discord shows (bot.discord.mentions); anywhere else, the "123"
# of it was searched ("What did <@123> say?" was "The article doesn't mention 123.").
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")
_NESTING = 3  # "***Kennedy***" is bold inside italics: a few passes unwrap any real nesting


def _unformatted(text: str) -> str:
    if not _MARKS.intersection(text):
        return text  # the common case: nothing typed as formatting
    text = _BLOCK_QUOTE.sub("", _CODE_BLOCK.sub(r"\1", text))
    text = _HEADING.sub("", text)
    text = _MASKED_LINK.sub(r"\1", text)
    for _ in range(_NESTING):
        unwrapped = _WRAPPED.sub(r"\2", text)
        if unwrapped == text:
            break
        text = unwrapped
    return text
