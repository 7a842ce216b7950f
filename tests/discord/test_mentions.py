"""Mention text: every Discord token is removed before the question is read."""

from __future__ import annotations

import pytest

from bot.discord.mentions import clean


@pytest.mark.parametrize(
    "content",
    [
        "<@42> what did Xi say?",
        "<@!42> what did Xi say?",
        "<@42> <@&55> what did Xi say?",
        "<@42> <#9> what did Xi say?",
        "<@42> @everyone what did Xi say?",
        "@here <@42> what did Xi say? <:pepe:123456>",
        "<@42> what did Xi say? <a:dance:99>",
    ],
)
def test_every_mention_role_channel_and_emoji_token_is_removed(content):
    assert clean(content) == "what did Xi say?"


def test_text_without_tokens_is_kept():
    assert clean("email me@example.com about <this>") == "email me@example.com about <this>"
