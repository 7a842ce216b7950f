"""A subject opening an aside between two dashes ("— Rourke shouted at the prosecutor —") is no
rival of the sentence's own subject for a later "he", which means that subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Defense lawyer Sam Hollis says Dale Rourke is likely to get a short sentence.\n\n"
    "But Hollis also points out that Rourke's outburst after the verdict — Rourke shouted at "
    "prosecutor Ian Marsh — could lead the judge to a harsher term.\n\n"
    "“Shouting at the prosecutor is not going to help his case,” he says.\n"
)


def test_he_after_a_dashed_aside_means_the_sentences_subject():
    assert speakers_of(TEXT) == ["Sam Hollis"]


def test_a_subject_after_a_single_dash_is_still_a_rival():
    text = TEXT.replace(" — could lead the judge to a harsher term", " and could face a harsher term")
    assert speakers_of(text) == [None]
