"""Verbs of scornful saying ("derided", "lambasted", "excoriated", "castigated") introduce the words
they quote as "criticized" does, after a subject with a long apposition too."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

ARTICLE = (
    "The ferry company raised its fares on Monday.\n\n"
    "Rep. Mira Sandvik, D-Va., a member of the House Transport Committee, {verb} "
    "“raising fares again while the boats are always late.”\n"
)


@pytest.mark.parametrize("verb", ["derided", "lambasted", "excoriated", "castigated"])
def test_the_subject_of_a_scornful_verb_says_the_words(verb):
    assert speakers_of(ARTICLE.format(verb=verb)) == ["Mira Sandvik"]


def test_a_partial_after_a_verb_of_doing_is_the_subjects_past_two_appositions_as_past_one():
    # "Rep. Mira Sandvik, a member of ..., opposed “…”" gave her the partial quotation; two
    # appositions ("D-Va., a member of ...") read the same since session 67.
    one = "Rep. Mira Sandvik, a member of the House Transport Committee, opposed “raising fares again.”\n"
    assert speakers_of(ARTICLE.format(verb="opposed")) == speakers_of(one) == ["Mira Sandvik"]
