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
        checks.append((len((embed.get("author") or {}).get("name") or ""), limits.AUTHOR_NAME, "author name"))
        problems += [f"{what} {size} > {limit}" for size, limit, what in checks if size > limit]
        problems += _empty_parts(embed)
    problems += _component_problems(message.get("components") or [])
    if message.get("allowed_mentions", {}).get("parse") != []:
        problems.append(f"allowed_mentions is {message.get('allowed_mentions')!r}, not parse=[]")
    return problems


def _empty_parts(embed: dict) -> list[str]:
    """Discord refuses a field with an empty name or value, and an empty description or title
    shows as nothing: an embed must say something in each part it has."""
    problems = [
        f"empty field {f.get('name')!r}" for f in embed.get("fields") or [] if not _said(f.get("value"))
    ]
    problems += ["field without a name" for f in embed.get("fields") or [] if not _said(f.get("name"))]
    for part in ("title", "description"):
        if part in embed and embed[part] is not None and not _said(embed[part]):
            problems.append(f"empty {part}")
    if not any(_said(embed.get(part)) for part in ("title", "description")) and not embed.get("fields"):
        problems.append("embed says nothing")
    return problems


def _said(text) -> bool:
    return bool(text and str(text).strip())


# Component limits (https://discord.com/developers/docs/interactions/message-components).
_ROWS, _BUTTONS_PER_ROW, _CUSTOM_ID, _LABEL, _OPTIONS, _OPTION_TEXT, _PLACEHOLDER = (
    5,
    5,
    100,
    80,
    25,
    100,
    150,
)


def _component_problems(rows: list[dict]) -> list[str]:
    problems = [f"{len(rows)} component rows > {_ROWS}"] if len(rows) > _ROWS else []
    for row in rows:
        items = row.get("components") or []
        if len(items) > _BUTTONS_PER_ROW:
            problems.append(f"{len(items)} components in a row > {_BUTTONS_PER_ROW}")
        for item in items:
            if len(item.get("custom_id") or "") > _CUSTOM_ID:
                problems.append("custom_id too long")
            if len(item.get("label") or "") > _LABEL:
                problems.append("button label too long")
            if len(item.get("placeholder") or "") > _PLACEHOLDER:
                problems.append("placeholder too long")
            options = item.get("options") or []
            if len(options) > _OPTIONS:
                problems.append(f"{len(options)} menu options > {_OPTIONS}")
            for option in options:
                if not 1 <= len(option.get("label") or "") <= _OPTION_TEXT:
                    problems.append("menu option label empty or too long")
                if len(option.get("value") or "") > _OPTION_TEXT:
                    problems.append("menu option value too long")
    return problems


def choice_problems(choices: list[dict]) -> list[str]:
    """Discord's limits on autocomplete choices: at most 25, each name 1-100 and value up to 100."""
    problems = [f"{len(choices)} choices > {limits.AUTOCOMPLETE_CHOICES}"] if len(choices) > 25 else []
    for choice in choices:
        if not 1 <= len(choice.get("name") or "") <= limits.CHOICE_NAME:
            problems.append(f"choice name {choice.get('name')!r} empty or too long")
        if len(str(choice.get("value") or "")) > limits.CHOICE_VALUE:
            problems.append("choice value too long")
    return problems
