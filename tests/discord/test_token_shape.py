"""A bot token is three parts joined by dots. Something else pasted into DISCORD_TOKEN from the
developer portal (the application ID, the public key, the client secret) is named as the wrong
field at start-up, exit 2, instead of being sent to Discord to come back as "401 rejected"."""

from __future__ import annotations

import pytest

from bot.discord.runner import token_problem
from tests.discord.fake_discord import FAKE_TOKEN


@pytest.mark.parametrize(
    "pasted",
    [
        "1184729305872650240",  # the application ID
        "3f9a" * 16,  # the public key: 64 hex digits
        "Jx8_kQ2-vT9rLmN4pZ7sWc1yHb6dEf0a",  # the client secret
        "MTA4.Gx-y_z",  # a token cut short
    ],
)
def test_a_token_that_is_not_three_dotted_parts_is_named_as_the_wrong_field(pasted):
    problem = token_problem(pasted)
    assert problem is not None and "three parts" in problem and "client secret" in problem
    assert pasted not in problem


def test_the_stand_in_token_has_the_shape_of_a_real_one():
    assert token_problem(FAKE_TOKEN) is None
