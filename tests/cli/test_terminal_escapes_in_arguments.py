"""Arguments pasted from a coloured terminal ("story.txt\x1b[0m") are read without the escape sequences,
unless a file is so named."""

from __future__ import annotations

from bot.cli import main

STORY = "Title: Pier reopens\n\n“It was worth the wait,” said harbourmaster Nell Garner.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_article_path_in_colour_is_the_path(capsys, tmp_path):
    (tmp_path / "pier.txt").write_text(STORY)
    code, out, err = run(capsys, "--article", f"\x1b[1m{tmp_path / 'pier.txt'}\x1b[0m", "speakers")
    assert code == 0 and "Nell Garner" in out, err


def test_an_article_id_in_a_folder_in_colour_is_that_article(capsys, tmp_path):
    (tmp_path / "pier.txt").write_text(STORY)
    (tmp_path / "other.txt").write_text("Title: Other\n\nThe council met on Monday.\n")
    code, out, err = run(capsys, "--article", f"{tmp_path}/pier\x1b[0m", "quote", "\x1b[1mGarner\x1b[0m")
    assert code == 0 and out.startswith("Nell Garner"), err


def test_a_file_named_with_an_escape_is_read_as_named(capsys, tmp_path):
    odd = tmp_path / "pier\x1b[0m.txt"
    odd.write_text(STORY)
    code, out, err = run(capsys, "--article", odd, "speakers")
    assert code == 0 and "Nell Garner" in out, err


def test_a_server_id_in_colour_is_the_id(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    code, _, err = run(capsys, "--server", "\x1b[1m42\x1b[0m", "articles", "list", "--json")
    assert code == 0, err
