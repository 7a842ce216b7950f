""" "In May 2012, alliance governments declared that, “…”": governments, ministries, agencies, nations
or countries, a modifier before them, speak together as people's plurals do ("alliance leaders")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("plural", ["governments", "nations", "ministries"])
def test_modified_plural_bodies_speak_together(plural):
    text = (
        "The alliance meets this week in Tarnow to discuss the crisis on its eastern border.\n\n"
        f"In May 2012, alliance {plural} declared that, “An independent and stable Velmark is key to the "
        "security of the whole region.”\n"
    )
    assert speakers_of(text) == [f"alliance {plural}"]
