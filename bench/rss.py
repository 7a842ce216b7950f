"""Peak memory of a bot process: load a library, answer each command once, print RSS in MB.

Run as `python -m bench.rss PATH [ARTICLE]`; bench/run.py starts it as a fresh process.
"""

from __future__ import annotations

import resource
import sys

from bot.core import api
from bot.core.article import Library


def main(path: str, ref: str | None = None) -> None:
    library = Library.from_path(path)
    article = library.get(ref)
    api.summary(article)
    api.speakers(article)
    api.quote(article, "Blinken")
    api.lookup(article, "balloon")
    api.ask(article, "Who did Blinken meet?")
    api.about(article)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
