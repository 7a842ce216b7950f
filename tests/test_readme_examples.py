"""The README's "Real output on the bundled article" block is what the CLI prints today: each
`$ python -m bot ...` line there is run and its output compared."""

from __future__ import annotations

import re
import shlex

import pytest

from bot.cli import main
from tests.conftest import ROOT

_BLOCK = re.compile(r"<!-- examples:start -->\n```\n(.*?)```\n<!-- examples:end -->", re.DOTALL)


def _examples() -> list[tuple[str, str]]:
    block = _BLOCK.search((ROOT / "README.md").read_text(encoding="utf-8")).group(1)
    parts = re.split(r"^\$ (.*)$", block, flags=re.MULTILINE)
    return [(parts[i], parts[i + 1].strip("\n")) for i in range(1, len(parts), 2)]


@pytest.mark.parametrize(("command", "shown"), _examples(), ids=[c for c, _ in _examples()])
def test_readme_example_is_the_real_output(capsys, monkeypatch, command, shown):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "100")
    main(shlex.split(command)[3:])
    printed = capsys.readouterr().out.strip("\n").replace(f"{ROOT}/", "")
    assert printed == shown
