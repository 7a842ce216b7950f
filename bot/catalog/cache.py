"""A bounded cache of parsed stored articles, least recently used out first.

Keyed by (id, added_at): a row id that a database reuses after a delete never finds a stale article.
Thread-safe: articles are parsed (and put here) in worker threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime

from bot.core.article import Article

CacheKey = tuple[int, datetime]


class ArticleCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[CacheKey, Article] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: CacheKey) -> Article | None:
        with self._lock:
            article = self._items.get(key)
            if article is not None:
                self._items.move_to_end(key)
            return article

    def put(self, key: CacheKey, article: Article) -> None:
        with self._lock:
            self._items[key] = article
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def discard_id(self, article_id: int) -> None:
        with self._lock:
            for key in [key for key in self._items if key[0] == article_id]:
                del self._items[key]
