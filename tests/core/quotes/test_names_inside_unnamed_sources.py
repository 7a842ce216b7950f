"""A name inside an unnamed source's noun phrase ("a senior Reyes adviser") says whose the source is:
the source speaks, never the person named, also when "the adviser" takes the quotation up again."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

RALLY = "Tom Reyes spoke to supporters in Denver on Monday.\n\n"


def test_a_name_after_an_adjective_in_an_unnamed_source_is_not_the_speaker():
    text = RALLY + "“He is not backing down,” said a senior Reyes adviser.\n"
    assert speakers_of(text) == ["a senior Reyes adviser"]
    assert kinds_of(text)["a senior Reyes adviser"] == "unnamed"


def test_an_unnamed_source_with_a_noun_no_list_holds_is_still_unnamed():
    assert speakers_of(RALLY + "“He is not backing down,” said a top Reyes ally.\n") == ["a top Reyes ally"]


def test_the_role_taken_up_again_is_the_source_introduced_with_the_name_inside():
    text = RALLY + (
        "A senior Reyes adviser said the campaign would go on. “He is not backing down,” the adviser said.\n"
    )
    assert speakers_of(text) == ["a senior Reyes adviser"]


def test_an_adjective_before_the_name_itself_still_means_the_person():
    for said in ("said a delighted Reyes after the vote.", "said an emotional Reyes outside the court."):
        assert speakers_of(RALLY + f"“He is not backing down,” {said}\n") == ["Tom Reyes"]
