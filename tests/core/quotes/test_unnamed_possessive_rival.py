"""A possessive naming whose person the resolver cannot name, with a he or she after it, is read
without error: it has no role for a rival to open (it raised TypeError on a person id of None)."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

# Stray marks around a possessive name, then "he said": found by random texts of names and marks.
TEXT = "Ferry plan\n\nReed”\"“Reed  Quill's ferry  It said  Quill's he said Reed\"told  Mara Quill\n"


def test_stray_marks_around_a_possessive_name_before_a_pronoun_are_read_without_error():
    listed = api.speakers(parse_article(TEXT))
    assert listed.to_dict()["speakers"] is not None
