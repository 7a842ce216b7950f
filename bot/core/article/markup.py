"""HTML tags left in an article's text (a fragment pasted from a page into a .txt file), taken out so
that no reply shows "</p><script>": the tags of a closed list only, and a script's or style's body."""

from __future__ import annotations

import re

# Tags that end a block of text: the text on either side are separate paragraphs.
_BLOCK = (
    "p|div|br|hr|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|header|footer|table|tr|td|th"
)
# Tags inside a line of text: taken out, the words on either side kept together.
_INLINE = "a|b|i|u|em|strong|span|small|sup|sub|img|mark|cite|q|abbr|time|font"
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE})(?:\s[^<>]*)?/?>", re.IGNORECASE)
# One tag may be a word about markup ("the <p> tag"); a fragment of a page holds several.
_TAGS_OF_A_FRAGMENT = 2


def without_tags(text: str) -> str:
    """`text` with the HTML tags of a fragment of a page taken out: block tags become paragraph breaks,
    inline tags nothing, scripts and styles go with their bodies. Text with fewer tags is unchanged."""
    if "<" not in text:
        return text
    found = len(_BLOCK_TAG.findall(text)) + len(_INLINE_TAG.findall(text)) + len(_SCRIPT.findall(text))
    if found < _TAGS_OF_A_FRAGMENT:
        return text
    text = _SCRIPT.sub("", text)
    text = _BLOCK_TAG.sub("\n\n", text)
    return _INLINE_TAG.sub("", text)
