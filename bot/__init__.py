"""article-bot: a Discord bot and offline CLI that answers questions about a news article.

The pure engines live in `bot.core`; `bot.cli` and `bot.discord` are thin shells over them.
"""

__version__ = "0.1.0"
