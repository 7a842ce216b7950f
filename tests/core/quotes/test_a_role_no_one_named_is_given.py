"""`When asked by defence lawyer Charles Rankin whether ..., the witness said: “…”`: a role no one in the
article is given, with no one named before its sentence to refer back to, is an unnamed source under
its role ("the witness"), never the asker its own sentence names; a public office ("the senator") or
a public figure's role ("the Republican nominee") still means a named person and stays unattributed,
and a role someone holds is theirs."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

LEDE = (
    "A ferry pilot told Wexley Crown Court on Thursday that no one had warned him about the sandbank "
    "before the Tarrow Star ran aground.\n\n"
)
ASKED = "When asked by defence lawyer Charles Rankin whether the charts on board were current, "
WORDS = "“They were the charts we were given, and nobody told us they were old.”"


def test_the_witness_asked_by_a_named_lawyer_is_an_unnamed_source():
    text = LEDE + ASKED + "the witness said: " + WORDS
    assert speakers_of(text) == ["the witness"]
    assert kinds_of(text) == {"the witness": "unnamed"}


def test_the_witness_alone_is_an_unnamed_source():
    assert speakers_of(LEDE + "The witness said: " + WORDS) == ["the witness"]


def test_a_public_office_no_one_holds_still_means_a_named_person():
    assert speakers_of(LEDE + ASKED + "the senator said: " + WORDS) == [None]


def test_a_witness_the_article_names_is_the_witness():
    text = (
        "Ada Marsh, a witness for the prosecution, took the stand.\n\n" + ASKED + "the witness said: " + WORDS
    )
    assert speakers_of(text) == ["Ada Marsh"]


def test_a_public_figures_role_still_means_a_named_person():
    assert speakers_of(LEDE + ASKED + "the Republican nominee said: " + WORDS) == [None]
