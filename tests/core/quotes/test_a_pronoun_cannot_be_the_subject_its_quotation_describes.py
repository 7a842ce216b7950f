"""A he or she attributing a quotation cannot be the person opening the sentence whose predicate the
quotation completes ("Varga is “not a political person. I do not want ...,” he said"): the speaker
talks about Varga, so the pronoun means someone else."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Governor Paul Harlan said Thursday he was reluctant to put his nominee, Dr. Alan Varga, through a "
    "long confirmation fight, but “it is totally his decision.”\n\n"
    "Varga is “not a political person. I do not want to put anyone through a process like this,” he said. "
    "“The fact is, I would not do it myself.”\n"
)


def test_the_pronoun_means_the_governor_not_the_nominee():
    assert speakers_of(ARTICLE) == ["Paul Harlan"] * 3


def test_a_title_before_the_subject_changes_nothing():
    article = ARTICLE.replace("Varga is “not", "Dr. Varga is “not")
    assert speakers_of(article) == ["Paul Harlan"] * 3


def test_a_verb_of_saying_before_the_quotation_makes_the_subject_the_speaker():
    article = ARTICLE.replace(
        "Varga is “not a political person. I", "Varga says “I am not a political person. I"
    )
    assert speakers_of(article)[1] == "Alan Varga"
