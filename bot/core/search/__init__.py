"""The search engine behind /lookup: a per-article index of word forms, stems and typo
relatives; passages ranked by words matched, typos, proximity, exactness and BM25, counted.
"""

from bot.core.search.engine import MARK_END, MARK_START, LookupHit, LookupResult, lookup

__all__ = ["MARK_END", "MARK_START", "LookupHit", "LookupResult", "lookup"]
