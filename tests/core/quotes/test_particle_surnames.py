"""A given name that is also a month's short form ("Jan") before a surname with particles ("de Vries")
opens the person's name: "defender Jan de Vries" is Jan de Vries, who speaks as "de Vries"."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


def test_a_month_given_name_before_a_particle_surname_is_the_persons():
    text = (
        "Rovers drew 1-1 with City after a late header from defender Jan van Dijkstra.\n\n"
        '"We kept going to the end," van Dijkstra said.'
    )
    assert speakers_of(text) == ["Jan van Dijkstra"]


@pytest.mark.parametrize("particle", ["vanden", "vander", "dal", "degli"])
def test_a_flemish_or_italian_particle_belongs_to_the_surname(particle):
    text = (
        f"Mayor Carl Denning was introduced by Sabine {particle} Broek, the editor of The Beacon.\n\n"
        f"Later, Ms. {particle} Broek said, “He has done more for this town than anyone.”"
    )
    assert speakers_of(text) == [f"Sabine {particle} Broek"]
