"""Messages addressed to the bot: the mention, role, channel and emoji tokens taken out.

What is left is what the person typed, read by `bot.core.typed` like a console line.
"""

from __future__ import annotations

import re

# <@123> <@!123> users, <@&55> roles, <#9> channels, </quote:1> commands, <:name:1> <a:name:1>
# custom emoji, <t:1700000000:R> timestamps, and the mass mentions.
_TOKEN = re.compile(r"<(?:@[!&]?\d+|#\d+|/[\w -]+:\d+|a?:\w+:\d+|t:\d+(?::\w)?)>|@(?:everyone|here)\b")


def clean(content: str) -> str:
    """`content` with every Discord mention and custom emoji token removed, spaces collapsed."""
    return " ".join(_TOKEN.sub(" ", content).split())
