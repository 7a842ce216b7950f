"""A UTF-16 article saved without its byte order mark is read as the text it is, not refused as a
binary file; bytes that only look half-zero are still refused."""

from __future__ import annotations

import struct

import pytest

from bot.core.article import load_article
from bot.core.errors import ArticleError

STORY = (
    "Lock gates reopen\n\n"
    "The lock gates on the canal reopened on Friday after six weeks of repairs.\n\n"
    "“We are glad to see boats again,” said the lock keeper, Ines Varga.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_article_without_a_byte_order_mark_is_read(tmp_path, codec):
    path = tmp_path / "locks.txt"
    path.write_bytes(STORY.encode(codec))
    article = load_article(path)
    assert article.title == "Lock gates reopen"
    assert article.paragraphs[1].text == "“We are glad to see boats again,” said the lock keeper, Ines Varga."


def test_sixteen_bit_numbers_are_still_a_binary_file(tmp_path):
    path = tmp_path / "samples.txt"
    path.write_bytes(b"".join(struct.pack("<h", n % 50 - 25) for n in range(2000)))
    with pytest.raises(ArticleError, match="looks like a binary file"):
        load_article(path)
