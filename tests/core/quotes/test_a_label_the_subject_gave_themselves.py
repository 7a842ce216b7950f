"""A label the subject gave themselves ("Grant is the self-proclaimed “best friend of the taxpayer”")
is their own words, unlike a label a copula puts on them ("Grant was for years “the unofficial
mayor”")."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Budget fight\n\nThe budget vote is on Friday.\n\n"


@pytest.mark.parametrize("label", ["self-proclaimed", "self-described", "self-styled"])
def test_a_self_given_label_is_the_subjects_words(label):
    text = LEAD + f"Rep. Lio Grant is the {label} “best friend of the taxpayer.”\n"
    assert speakers_of(text) == ["Lio Grant"]


def test_a_label_put_on_the_subject_is_no_ones_words():
    text = LEAD + "Rep. Lio Grant was for years “the unofficial mayor of the harbor.”\n"
    assert speakers_of(text) == [None]
