"""Entry point: `python -m bot` (the Discord bot) and its offline subcommands."""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
