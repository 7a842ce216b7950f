"""A role that names a state ("the California Republican") never refers back to someone whose own
role of that head names another ("Rep. Tom Ebner, the Minnesota Republican").

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_state_party_member_is_not_the_one_from_another_state_named_before():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican who runs the campaign arm, said the plan works.\n\n"
        "Rep. Kyle Danner, the House minority leader, expressed confidence in Ebner.\n\n"
        "“Tom and his team are doing what it takes,” the California Republican said in a statement.\n"
    )
    assert speakers_of(text) == ["Kyle Danner"]


def test_the_one_such_member_named_is_not_one_of_another_state():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican, said the plan works.\n\n"
        "“Tom and his team are doing what it takes,” the California Republican said in a statement.\n"
    )
    assert speakers_of(text) == [None]


def test_the_same_state_still_refers_back():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican, said the plan works.\n\n"
        "“We are doing what it takes,” the Minnesota Republican said in a statement.\n"
    )
    assert speakers_of(text) == ["Tom Ebner"]


def test_a_state_senator_is_not_one_whose_party_label_names_another_state():
    text = (
        "Senate Minority Leader Chuck Harlan (D-N.Y.) met the president on Tuesday. Sen. John Corwin "
        "(R-Texas) was there too.\n\n"
        "“I told him he needs to call them,” said the New York senator, recounting the exchange.\n"
    )
    assert speakers_of(text) != ["John Corwin"]


def test_a_state_senator_is_one_whose_party_label_names_that_state():
    text = (
        "Sen. John Corwin, R-Tex., met the president on Tuesday.\n\n"
        "“We will not wait for the House,” the Texas senator said.\n"
    )
    assert speakers_of(text) == ["John Corwin"]
