"""Messages addressed to the bot: the mention, role, channel and emoji tokens taken out.

What is left is what the person typed, read by `bot.core.typed` like a console line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# <@123> <@!123> users, <@&55> roles, <#9> channels, </quote:1> commands, <:name:1> <a:name:1>
# custom emoji, <t:1700000000:R> timestamps, and the mass mentions.
_TOKEN = re.compile(r"<(?:@[!&]?\d+|#\d+|/[\w -]+:\d+|a?:\w+:\d+|t:\d+(?::\w)?)>|@(?:everyone|here)\b")
# A mention of someone, a role or a channel: (kind, id), the key of the name Discord resolved for it.
_NAMED = re.compile(r"<(@!?|@&|#)(\d+)>")
_KINDS = {"@": "user", "@!": "user", "@&": "role", "#": "channel"}


def clean(content: str, names: Mapping[tuple[str, str], str] | None = None) -> str:
    """`content` with every Discord mention and custom emoji token removed, spaces collapsed; with
    `names` (what Discord resolved each mention to, by kind and id), a mention among the words is
    read as the name shown in Discord ("What did <@123> say?" is "What did Tomas Brenner say?", not
    "What did say?"), while mentions before the first word (and apart from it) address someone and are
    left out."""
    words: list[str] = []
    at = 0
    for found in _TOKEN.finditer(content):
        words.append(content[at : found.start()])
        name = _name(found.group(), names or {})
        glued = content[found.end() : found.end() + 1].strip()  # "<@123>'s boat": part of the words
        if name and ("".join(words).strip() or glued):  # spaced from a word it touches, not "?" or "'s"
            before = " " if content[: found.start()][-1:].isalnum() else ""
            after = " " if content[found.end() : found.end() + 1].isalnum() else ""
            words.append(f"{before}{name}{after}")
        else:
            words.append(" ")
        at = found.end()
    words.append(content[at:])
    return " ".join("".join(words).split())


def only_name(content: str, names: Mapping[tuple[str, str], str]) -> str:
    """The name of the one mention `content` holds and nothing else ("<@123>" picked from Discord's
    list while typing "@Brenner"), else ""."""
    tokens = _TOKEN.findall(content)
    if len(tokens) != 1 or _TOKEN.sub("", content).strip():
        return ""
    return _name(tokens[0], names)


def _name(token: str, names: Mapping[tuple[str, str], str]) -> str:
    found = _NAMED.fullmatch(token)
    return names.get((_KINDS[found.group(1)], found.group(2)), "") if found else ""


def resolved_names(data: Mapping | None, own_id: int | None = None) -> dict[tuple[str, str], str]:
    """The names Discord resolved for the mentions typed into a command's options (the interaction's
    `resolved` data): a member by their name in that server, else their display name, else their
    user name; a role or channel by its name. The bot's own mention names nothing (it addresses it)."""
    resolved = (data or {}).get("resolved") or {}
    names: dict[tuple[str, str], str] = {}
    members = resolved.get("members") or {}
    for user_id, user in (resolved.get("users") or {}).items():
        if own_id is not None and str(own_id) == user_id:
            continue
        member = members.get(user_id) or {}
        name = member.get("nick") or user.get("global_name") or user.get("username") or ""
        names[("user", user_id)] = " ".join(str(name).split())
    for kind in ("role", "channel"):
        for item_id, item in (resolved.get(f"{kind}s") or {}).items():
            names[(kind, item_id)] = " ".join(str(item.get("name") or "").split())
    return names
