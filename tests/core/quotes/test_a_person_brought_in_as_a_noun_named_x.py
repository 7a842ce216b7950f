"""A person brought in as "a young man named Tom Reddick" opening a sentence is its subject, whom a
following "he said" means, not the person named before."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("brought_in", ["A young man named Tom Reddick", "Then a man called Tom Reddick"])
def test_he_after_a_man_named_x_means_him(brought_in):
    text = (
        "Town hall\n\n"
        f"Ray Oakes spoke first at the hall. {brought_in} stood up near the door. “We should talk to "
        "them more,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reddick"]


def test_a_man_named_x_as_an_object_is_no_subject():
    text = (
        "Town hall\n\n"
        "Ray Oakes spoke first at the hall and thanked a young man named Tom Reddick. “We should talk "
        "to them more,” he said.\n"
    )
    assert speakers_of(text) == ["Ray Oakes"]
