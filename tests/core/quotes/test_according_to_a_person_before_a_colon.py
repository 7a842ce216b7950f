"""A person named by an opening "According to X," vouches for the sentence a colon then completes
with a quotation ("According to Brisco, his shift reflected the voters' mood: “…”"): X's words."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Senator Tom Brisco has represented the northern district of Valemont for twenty years.\n\n"
    "Early in his career Brisco backed higher spending on rural roads. According to Brisco, his later "
    "shift reflected the mood of the voters: “People here got tired of promises that were never "
    "kept.” Critics disagree.\n"
)


def test_the_quotation_is_the_named_source_s():
    assert speakers_of(ARTICLE) == ["Tom Brisco"]


def test_a_sentence_without_the_source_leaves_it_unattributed():
    article = ARTICLE.replace("According to Brisco, his", "His")
    assert speakers_of(article) == [None]
