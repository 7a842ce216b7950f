"""The Discord shell: slash commands, embeds and views over `bot.core.api`.

Only this package imports `discord`; it turns command results into replies.
"""
