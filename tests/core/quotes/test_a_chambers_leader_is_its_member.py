"""A chamber's leading office makes its holder a member of the chamber: "Senate Majority Leader Mitch
Connell" is whom "the senator" means, "House Speaker Paula Ryne" whom "the congresswoman" means, and
"former Senate leader Hugh Pettit" whom "the former senator" means."""

from __future__ import annotations

import pytest

from bot.core.quotes.roles import chamber_roles
from tests.core.quotes.speakers import speakers_of


def _role_speaking(intro: str, role: str) -> list[str | None]:
    return speakers_of(
        f"{intro} blocked the hospital bill on Tuesday.\n\n"
        "The president's aides were furious.\n\n"
        f"“The bill was badly written,” {role} said.\n"
    )


@pytest.mark.parametrize(
    ("intro", "role", "speaker"),
    [
        ("Senate Majority Leader Mitch Connell", "the senator", "Mitch Connell"),
        ("House Speaker Paula Ryne", "the congresswoman", "Paula Ryne"),
        ("former Senate leader Hugh Pettit", "the former senator", "Hugh Pettit"),
    ],
)
def test_a_role_of_the_chambers_members_means_its_leader(intro, role, speaker):
    assert _role_speaking(intro, role) == [speaker]


@pytest.mark.parametrize(
    ("role", "members"),
    [
        ("Senate Majority Leader", ("senator", "lawmaker")),
        ("Senate minority whip", ("senator", "lawmaker")),
        ("Speaker of the House", ("representative", "congressman", "congresswoman", "lawmaker")),
        ("Senate candidate", ()),
        ("House staffer", ()),
    ],
)
def test_only_a_chambers_leading_office_makes_a_member(role, members):
    assert chamber_roles(role) == members
