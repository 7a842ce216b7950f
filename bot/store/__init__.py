"""Articles that servers add, kept in a database (SQLite by default, PostgreSQL by DATABASE_URL).

`Store` is the one door: an async API over SQLAlchemy Core that never blocks the event loop.
"""

from bot.store.errors import QuotaExceeded, StoreError
from bot.store.models import ArticleListing, NewArticle, StoredArticle
from bot.store.store import Store
from bot.store.url import database_url

__all__ = [
    "ArticleListing",
    "NewArticle",
    "QuotaExceeded",
    "Store",
    "StoreError",
    "StoredArticle",
    "database_url",
]
