"""A name after a quotation keeps its verb of saying past an age and an apposition ("Clara Mendel,
44, a harbour pilot from Norbury, told the Herald") and past a place it is "of" and an apposition
("Sen. Tom Hale of Ohio, sometimes mentioned as a contender, told supporters")."""

from __future__ import annotations

from .speakers import speakers_of


def test_an_age_and_an_apposition_before_told():
    article = (
        "“I thought the boat might roll over,” Clara Mendel, 44, a harbour pilot from Norbury, "
        "told the Coastal Herald in an interview published Monday.\n"
    )
    assert speakers_of(article) == ["Clara Mendel"]


def test_a_place_and_an_apposition_before_told():
    article = (
        "“You showed the county that we can win,” Democratic Sen. Tom Hale of Ohio, sometimes "
        "mentioned as a contender, told cheering supporters at his victory party Tuesday night. "
        "“And you showed it how to govern.”\n"
    )
    assert speakers_of(article) == ["Tom Hale", "Tom Hale"]


def test_a_city_and_state_before_says():
    article = (
        "“I didn’t ask to be ill,” Robin Stane of Manchester, Iowa, says in an ad from the group "
        "Keep Iowa Healthy, which targets Rep. Rod Blam.\n"
    )
    assert speakers_of(article) == ["Robin Stane"]
