"""The pure core of article-bot: article model, engines and the command layer.

Nothing under `bot.core` imports `discord`; both the CLI and the Discord layer call `bot.core.api`.
"""
