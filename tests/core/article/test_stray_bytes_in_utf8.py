"""A UTF-8 article holding a few bytes of another encoding (a line pasted from a Windows-1252
file: 'caf\\xe9') is read as the UTF-8 it mostly is, the stray bytes as Windows-1252, instead of
being refused or turned wholesale into mojibake ('â€œ' for '“')."""

from __future__ import annotations

from pathlib import Path

from bot.core import api
from bot.core.article import decode_article, load_article

UTF8_STORY = (
    "Harbour wall to be rebuilt\n\n"
    "The council will rebuild the harbour wall at Penmarr this spring.\n\n"
    "“The wall has held for a century, but it will not hold for another winter,” said "
    "Elin Tovey, the harbour master.\n\n"
)


def test_a_utf8_article_with_one_windows_1252_byte_keeps_its_quotations(tmp_path: Path):
    path = tmp_path / "harbour.txt"
    path.write_bytes(UTF8_STORY.encode() + b"The caf\xe9 on the quay will stay open.\n")
    article = load_article(path)
    quoted = api.quote(article, "Tovey").quotes
    assert [q.text for q in quoted] == [
        "The wall has held for a century, but it will not hold for another winter"
    ]


def test_the_stray_byte_is_read_as_windows_1252():
    text = decode_article(UTF8_STORY.encode() + b"The caf\xe9 will stay open.", "harbour.txt")
    assert "The café will stay open." in text
    assert "“The wall" in text


def test_a_windows_1252_file_with_a_chance_utf8_pair_stays_windows_1252():
    # "Ã©" (C3 A9) is valid UTF-8 for "é", but the file's many other high bytes are Windows-1252.
    data = "Crème brûlée à la carte: Ã© — “Très bien,” dit-il.".encode("cp1252")
    assert decode_article(data, "menu.txt") == "Crème brûlée à la carte: Ã© — “Très bien,” dit-il."
