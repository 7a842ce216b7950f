"""A bare surname two people share, right after the one named last ("First lady Ruth Harlan ...
she said. ¶ Harlan has mocked his rivals ..."): a he or she of its own sentence that cannot be the
one named last tells the other namesake."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Governor Paul Harlan defended his budget on Tuesday at a rally in Millbrook.\n\n"
    "First lady Ruth Harlan, speaking before him, thanked volunteers. "
    "“We could not do this work without every one of you,” she said.\n\n"
    "In earlier speeches, Harlan has mocked his rivals and called the opposition a "
    "“gang of reckless spenders who cannot count.”\n"
)


def test_his_after_the_surname_tells_the_governor():
    assert speakers_of(ARTICLE) == ["Ruth Harlan", "Paul Harlan"]


def test_her_after_the_surname_keeps_the_first_lady():
    article = ARTICLE.replace("mocked his rivals", "mocked her critics")
    assert speakers_of(article) == ["Ruth Harlan", "Ruth Harlan"]


def test_no_pronoun_leaves_the_one_named_last():
    article = ARTICLE.replace("mocked his rivals", "mocked rivals")
    assert speakers_of(article) == ["Ruth Harlan", "Ruth Harlan"]
