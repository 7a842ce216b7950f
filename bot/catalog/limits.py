"""Limits of the per-server catalog, named once.

Parsed and indexed stored articles are cached with a bound, so memory does not grow with the store.
"""

# Articles a server may add (ARTICLE_QUOTA overrides it).
DEFAULT_SERVER_QUOTA = 50
# Parsed stored articles kept in memory, most recently used first. A parsed and indexed news
# article is a few megabytes at most; the engines' own caches keep up to 64 articles alive.
STORED_ARTICLE_CACHE = 32
# The server id of articles added from the CLI without --server.
LOCAL_SERVER = 0
# Files an /article add or `articles add` accepts.
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Those of them read as web pages (their article is extracted from the markup).
PAGE_SUFFIXES = (".html", ".htm")
# A reference must score this much (rapidfuzz) against a title to name that article.
TITLE_MATCH_SCORE = 75
# Articles a name matching several titles lists, and each title cut to this.
AMBIGUOUS_LISTED = 5
AMBIGUOUS_TITLE_CHARS = 60
# Autocomplete keeps the articles scoring at least this share of the best match's score: typing
# "glacier" offers the glacier story, not every other article after it (their scores, 30-51 against
# the match's 60, are the noise of a few shared letters).
SUGGESTION_SHARE = 0.9
