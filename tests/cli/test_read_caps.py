"""The CLI says so when the quote engine read only the start of a very long text."""

from __future__ import annotations

from bot.cli import main
from bot.core import constants


def write_long_article(tmp_path):
    paragraphs = ["Mayor Ines Talbot opened the bridge. “It is a good day,” Talbot said."]
    paragraphs += [f"The ferry ran late on day {n} of the repairs." for n in range(1, 6)]
    paragraphs.append("Engineer Ruben Osei said “the deck held up well in the storm.”")
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_quote_text_names_the_last_paragraph_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(constants, "QUOTE_READ_PARAGRAPHS", 3)
    code = main(["quote", "Osei", "--article", str(write_long_article(tmp_path))])
    out = capsys.readouterr().out
    assert code == 0
    assert "read up to ¶3" in out


def test_speakers_text_names_the_last_paragraph_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(constants, "QUOTE_READ_PARAGRAPHS", 3)
    main(["speakers", "--article", str(write_long_article(tmp_path))])
    out = capsys.readouterr().out
    assert "Ines Talbot" in out and "read up to ¶3" in out


def test_a_first_paragraph_past_the_caps_is_not_said_to_be_read_up_to_paragraph_0(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(constants, "QUOTE_READ_CHARS", 40)
    path = tmp_path / "one-block.txt"
    path.write_text(
        "Mayor Ines Talbot opened the bridge on a windy morning. “It is a good day,” Talbot said.\n"
    )
    main(["speakers", "--article", str(path)])
    out = " ".join(capsys.readouterr().out.split())
    assert "¶0" not in out
    assert (
        "its first paragraph alone runs past what names and quotations are read in, so none were read" in out
    )
