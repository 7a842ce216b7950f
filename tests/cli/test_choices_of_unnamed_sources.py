"""`quote user` fitting two unnamed sources asks which one and says to type it as listed: "one user"
has no full name to type."""

from __future__ import annotations

from tests.cli.test_cli import run_cli

USERS = (
    "Title: Fans\n\n"
    "“It is great fun watching,” one user wrote.\n\n"
    "“He is very cute with a big mouth,” another user wrote.\n"
)


def test_unnamed_sources_to_choose_from_are_typed_as_listed(capsys, tmp_path):
    path = tmp_path / "fans.txt"
    path.write_text(USERS, encoding="utf-8")
    _, out, _ = run_cli(capsys, "quote", "user", "--article", str(path))
    text = " ".join(out.split())
    assert "one user or another user. Which one? Type one as it is listed." in text
    assert "full name" not in text
