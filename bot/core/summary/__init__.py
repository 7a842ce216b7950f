"""The summary engine: screens out captions, by-lines and fragments, then picks the most
central, well-placed sentences (tf-idf centrality, lead prior, MMR) in article order.
"""

from bot.core.summary.engine import Summary, SummarySentence, summarize

__all__ = ["Summary", "SummarySentence", "summarize"]
