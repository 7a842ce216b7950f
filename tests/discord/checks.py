"""What every message the bot sends must satisfy: Discord's limits and no pings.

Shared by the end-to-end tests and the burst benchmark.
"""

from __future__ import annotations

from bot.discord import limits


def embed_length(embed: dict) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += sum(len(f.get("name") or "") + len(f.get("value") or "") for f in embed.get("fields") or [])
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def limit_problems(message: dict) -> list[str]:
    """Every way `message` (a message payload) breaks Discord's limits; empty when it is fine."""
    problems = []
    if len(message.get("content") or "") > limits.CONTENT:
        problems.append("content too long")
    embeds = message.get("embeds") or []
    if len(embeds) > limits.EMBEDS_PER_MESSAGE:
        problems.append("too many embeds")
    for embed in embeds:
        checks = [
            (len(embed.get("title") or ""), limits.EMBED_TITLE, "title"),
            (len(embed.get("description") or ""), limits.EMBED_DESCRIPTION, "description"),
            (len(embed.get("fields") or []), limits.EMBED_FIELDS, "field count"),
            (len((embed.get("footer") or {}).get("text") or ""), limits.FOOTER, "footer"),
            (embed_length(embed), limits.EMBED_TOTAL, "embed total"),
        ]
        checks += [
            (len(f.get("value") or ""), limits.FIELD_VALUE, "field value") for f in embed.get("fields") or []
        ]
        checks += [
            (len(f.get("name") or ""), limits.FIELD_NAME, "field name") for f in embed.get("fields") or []
        ]
        problems += [f"{what} {size} > {limit}" for size, limit, what in checks if size > limit]
    if message.get("allowed_mentions", {}).get("parse") != []:
        problems.append(f"allowed_mentions is {message.get('allowed_mentions')!r}, not parse=[]")
    return problems
