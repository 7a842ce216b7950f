"""A lone surname several people share: which one it means (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_lone_surname_means_the_person_named_for_themselves_not_a_relative_named_after():
    text = (
        "Mayor Dana Pruitt opened the new bridge on Monday.\n\n"
        "The ceremony drew a crowd, including her husband, former councillor Ray Pruitt.\n\n"
        "“This bridge will carry the town for a century,” Pruitt said.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_relative_introduced_through_of_is_not_the_lone_surname_either():
    text = (
        "Actor Tobin Lark backed the school levy on Friday.\n\n"
        "Lark, the younger brother of film director Marcus Lark, campaigned for it all month.\n\n"
        "“Every child here deserves a roof that does not leak,” Lark said.\n"
    )
    assert speakers_of(text) == ["Tobin Lark"]


def test_a_relative_named_later_for_themselves_is_the_latest_again():
    text = (
        "Mayor Dana Pruitt opened the new bridge on Monday, with her husband, Ray Pruitt.\n\n"
        "Later, Ray Pruitt spoke to the crowd about the flood of 1998.\n\n"
        "“The water came up to the church steps,” Pruitt said.\n"
    )
    assert speakers_of(text) == ["Ray Pruitt"]
