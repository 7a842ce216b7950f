"""Starts the Discord bot and syncs its commands (placeholder until the Discord layer lands)."""

from __future__ import annotations

import sys

from bot.settings import Settings


def run_bot(settings: Settings) -> int:
    print("The Discord layer is not built yet; use the offline commands.", file=sys.stderr)
    return 1


def sync_commands(settings: Settings, guild_id: int | None) -> int:
    return run_bot(settings)
