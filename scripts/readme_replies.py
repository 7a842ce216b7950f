"""Regenerate the README's "Replies as they look in Discord" from what the bot really sends.

Runs the real bot against the local stand-in for Discord (tests/discord/fake_discord.py) on the
bundled article, and writes each reply's embed and components as text between the markers.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from discord.http import Route

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.article import Library  # noqa: E402
from bot.discord import limits  # noqa: E402
from bot.discord.client import ArticleBot  # noqa: E402
from tests.discord.fake_discord import BOT_ID, FAKE_TOKEN, FakeDiscord  # noqa: E402

README = ROOT / "README.md"
START, END = "<!-- replies:start -->", "<!-- replies:end -->"
SLASH = [
    ("help", {}),
    ("summary", {}),
    ("quote", {"speaker": "Blinken"}),
    ("quote", {"speaker": "President"}),
    ("quote", {"speaker": "Burns"}),
    ("speakers", {}),
    ("lookup", {"keyword": "balloon"}),
    ("ask", {"question": "Who did Blinken meet?"}),
    ("ask", {"question": "Who is Daniel Kritenbrink?"}),
    ("ask", {"question": "What did Macron say about Ukraine?"}),
    ("about", {}),
]
MENTIONS = [f"<@{BOT_ID}> <@&55> what did Xi say?", f"<@{BOT_ID}> hi"]
# An article with a headline shows the other layout: headline as title, the reply in the author line.
HEADLINED = ROOT / "tests" / "articles" / "discord-harbour-reopening.txt"
HEADLINED_SLASH = [("quote", {"speaker": "Brenner"})]


def discord_markup(text: str) -> str:
    """What Discord shows for command and user mentions: a clickable /command, @name."""
    text = re.sub(r"</([\w -]+):\d+>", r"/\1", text)
    return text.replace(f"<@{BOT_ID}>", "@article-bot")


def render(message: dict) -> str:
    return discord_markup(_render(message))


def _render(message: dict) -> str:
    """One message as a reader sees it: author line, title, text, fields, footer, components."""
    lines = []
    for embed in message.get("embeds") or []:
        if embed.get("author"):
            lines.append(f"author: {embed['author']['name']}")
        if embed.get("title"):
            lines.append(embed["title"] + (f"  (links to {embed['url']})" if embed.get("url") else ""))
        if embed.get("description"):
            lines.append(embed["description"])
        for field in embed.get("fields") or []:
            lines += [field["name"], field["value"]]
        if embed.get("footer"):
            lines.append(f"footer: {embed['footer']['text']}")
    for row in message.get("components") or []:
        items = []
        for item in row["components"]:
            if item["type"] == 2:
                items.append(f"[{item['label']}]")
            else:
                options = " ".join(o["label"] for o in item["options"])
                items.append(f"[menu: {item.get('placeholder', '')} {options}]")
        lines.append(" ".join(items))
    return "\n".join(lines)


def heading(name: str, options: dict) -> str:
    return f"/{name}" + "".join(f" {key}:{value}" for key, value in options.items())


async def record(path: Path, slash: list, mentions: list[str], note: str = "") -> list[str]:
    fake = await FakeDiscord().start()
    Route.BASE = fake.api_base
    bot = ArticleBot(Library.from_path(path), sync_on_start=True, guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start(FAKE_TOKEN))
    await fake.wait_until(bot.is_ready, 20)
    sections = []
    try:
        for name, options in slash:
            token = await fake.slash(name, **options)
            calls = await fake.wait_answer(token, 10)
            message = [c.message for c in calls if c.message is not None][-1]
            hidden = (message.get("flags") or 0) & limits.EPHEMERAL_FLAG
            private = " (only you can see this)" if hidden else ""
            sections.append(f"**{heading(name, options)}**{note}{private}\n```\n{render(message)}\n```")
        for content in mentions:
            message_id = await fake.say(content)
            (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), 10)  # noqa: B023
            shown = content.replace(f"<@{BOT_ID}>", "@article-bot")
            sections.append(f"**{shown}** (a message)\n```\n{render(reply.body)}\n```")
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await fake.stop()
    return sections


def main() -> int:
    sections = asyncio.run(record(ROOT / "seeds", SLASH, MENTIONS))
    sections += asyncio.run(
        record(HEADLINED, HEADLINED_SLASH, [], f" (on {HEADLINED.name}, which has a headline)")
    )
    text = README.read_text(encoding="utf-8")
    block = START + "\n" + "\n\n".join(sections) + "\n" + END
    new = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    README.write_text(new, encoding="utf-8")
    print(f"wrote {len(sections)} replies to {README.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
