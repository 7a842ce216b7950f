"""The word lists are clean: one plausible token per entry, no two entries glued together."""

from __future__ import annotations

import re

import pytest

from bot.core.language import lexicon as lx

SETS = {name: value for name, value in vars(lx).items() if name.isupper() and isinstance(value, frozenset)}
# A word keeps its apostrophe, straight or curly ("i'm", "i’m"), as the tokenizer keeps it.
TOKEN = re.compile(r"[a-z0-9][a-z0-9.\-'’é]*")


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_entry_is_one_lower_case_token(name):
    for entry in SETS[name]:
        assert TOKEN.fullmatch(entry), (name, entry)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_entry_is_two_entries_glued_together(name):
    entries = SETS[name]
    for entry in entries:
        for cut in range(3, len(entry) - 2):
            head, tail = entry[:cut], entry[cut:]
            assert not (head in entries and tail in entries and len(tail) > 3), (name, entry)


def test_role_heads_know_the_entries_a_missing_space_once_glued():
    assert {"widower", "principal"} <= lx.ROLE_HEADS
    assert "widowerprincipal" not in lx.ROLE_HEADS
