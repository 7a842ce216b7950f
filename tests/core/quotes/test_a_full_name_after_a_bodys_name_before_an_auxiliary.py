""" "Research director at the Harlow Policy Institute Paul Vint is applauding the increase": a full
name glued to a body's name, an auxiliary after it, is the person the clause is about, whose words a
paragraph of quoted words after it may be."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("auxiliary", ["is", "has been"])
def test_the_glued_full_name_is_a_person(auxiliary):
    text = (
        f"Research director at the Harlow Policy Institute Paul Vint {auxiliary} applauding the increase. "
        "He is also pointing out the damage that mandated hikes do to small shops.\n\n"
        "“Just because $11 is the right choice for Brenco does not mean it should be forced on others.”\n"
    )
    assert speakers_of(text) == ["Paul Vint"]
