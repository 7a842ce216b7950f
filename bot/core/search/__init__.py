"""The search engine behind /lookup: a per-article index of word forms, stems and typo
relatives, BM25-ranked paragraphs (or sentence windows of long ones) with matches marked.
"""

from bot.core.search.engine import MARK_END, MARK_START, LookupHit, LookupResult, lookup

__all__ = ["MARK_END", "MARK_START", "LookupHit", "LookupResult", "lookup"]
