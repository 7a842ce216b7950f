"""The web side of adding an article: a fetcher that refuses to be turned against private networks.

Network I/O lives here, outside bot/core; extracting the article from the HTML is pure.
"""
