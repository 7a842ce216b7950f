"""Limits of the fetcher, named once: how long, how far and how much it will go for one link.

A news page is a few hundred kilobytes of HTML; its text then meets the article model's 3 MB guard.
"""

# Whole fetch, every redirect hop included.
FETCH_TIMEOUT_SECONDS = 15.0
# Redirects followed before giving up (each hop's address is checked again).
MAX_REDIRECTS = 5
# Raw body cap (after decompression): larger pages are refused before they fill memory.
MAX_PAGE_BYTES = 5 * 1024 * 1024
# Read in chunks of this size so the cap is enforced while reading, not after.
READ_CHUNK_BYTES = 64 * 1024
# The only kinds of document the bot reads.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
# Polite and honest: sites see what is asking.
# The shape of a link, shown to someone who gave none.
EXAMPLE_LINK = "https://example.com/story"
USER_AGENT = "article-bot/0.1 (reads one article a user asked for)"
