"""A participle of saying inside an apposition that describes a person ("George Floyd, a 46-year-old man
killed by police while repeatedly saying, “…”") is that person's words, never the subject of the
sentence the apposition sits in."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "It was a sluggish start for a campaign used to pushing out talking points as Dale Varga "
    "careens from crisis to crisis.\n\n"
    "In this instance, the campaign was slow because Dale Varga and his aides spent days deciding "
    "what to do as thousands took to the streets after the death of George Floyd, a 46-year-old black man "
    "killed at the hands of police while repeatedly saying, “I can’t breathe.”\n\n"
    "“The problem is until you know what he is going to do, what do you say?” said a former official.\n"
)


def test_the_described_man_says_his_words_not_the_sentence_subject():
    assert speakers_of(ARTICLE)[0] == "George Floyd"


def test_a_named_person_before_the_apposition_says_them():
    article = (
        "Officials met after the death of Tom Reyes, a 46-year-old driver stopped by police while "
        "repeatedly saying, “I did nothing wrong.”\n"
    )
    assert speakers_of(article) == ["Tom Reyes"]
