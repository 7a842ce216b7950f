"""A person the article brings in unnamed ("a Clear Lens reporter, who asked") is whom the same role
means later ("the Clear Lens reporter answered"), listed as an unnamed source, never the person
named last; an office's holder and a lede's "A lawmaker ..." the story goes on to name still are."""

from __future__ import annotations

from .speakers import kinds_of, speakers_of

FOOTAGE = (
    "Hidden-camera footage released by the group Clear Lens shows a campaign volunteer at work.\n\n"
    "The remark, made by a man identified as Tobin Marsh, was prompted by a Clear Lens reporter, "
    "who asked: “What would you do with the shop owners who complain?”\n\n"
    "“Tax them until they leave,” Marsh said with a laugh.\n\n"
    "“They closed the harbour market last year,” the Clear Lens reporter answered.\n"
)


def test_the_unnamed_person_a_who_clause_hangs_on_asks():
    assert speakers_of(FOOTAGE)[0] == "a Clear Lens reporter"


def test_the_named_man_keeps_his_own_words():
    assert speakers_of(FOOTAGE)[1] == "Tobin Marsh"


def test_the_definite_role_is_the_unnamed_person_not_the_man_named_last():
    assert speakers_of(FOOTAGE)[2] == "a Clear Lens reporter"


def test_the_unnamed_reporter_is_listed_as_unnamed():
    assert kinds_of(FOOTAGE)["a Clear Lens reporter"] == "unnamed"


def test_an_indefinite_office_brings_in_no_unnamed_holder():
    article = (
        "Eager to strike a deal, Mr. Rourke was hemmed in by leaders uneasy about lining up behind "
        "a mercurial president with a penchant for changing his mind.\n\n"
        "The House and the Senate met for a rare Saturday session.\n\n"
        "Ada Sanders, the press secretary, said the president refused to negotiate.\n\n"
        "“They could have made a deal,” the president said on Twitter.\n"
    )
    assert speakers_of(article) != ["the president"]


def test_a_ledes_opening_indefinite_is_the_person_the_story_names():
    article = (
        "A lawmaker in Velmar is calling for the ferry company to be banned from the harbour.\n\n"
        "“There is no basis for these fares,” Joey Salcedo said in a bill filed on Monday.\n\n"
        "The lawmaker, who represents a district in the north, said the fares were “a disgrace.”\n"
    )
    assert speakers_of(article) == ["Joey Salcedo", "Joey Salcedo"]
