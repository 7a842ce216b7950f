"""A reporter's role no one is named as ("the pool reporter wrote", "the correspondent said") is an
unnamed source under that role, never the person the article last named, whom they report on."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Governor Hal Brisco toured the flooded town of Calder on Sunday.\n\n"
    "“We will fix the bridge this year,” Brisco said at the first stop.\n\n"
)


@pytest.mark.parametrize("role", ["pool reporter", "correspondent"])
def test_a_reporter_role_after_a_named_governor_is_the_reporter(role):
    text = LEAD + f"“As the motorcade approached, a man could be seen holding a poster,” the {role} wrote.\n"
    assert speakers_of(text) == ["Hal Brisco", f"the {role}"]


def test_a_reporter_named_as_such_is_that_reporter():
    text = (
        LEAD + "Dana Pruitt, a reporter for the Calder Ledger, rode in the press van.\n\n"
        "“As the motorcade approached, a man could be seen holding a poster,” the reporter wrote.\n"
    )
    assert speakers_of(text)[-1] == "Dana Pruitt"
