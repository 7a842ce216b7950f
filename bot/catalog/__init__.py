"""Each server's articles: the bundled ones plus those it added, resolved, listed and autocompleted.

The one door both shells use to add, list, remove and choose articles and to find the one a
command is about; the core stays pure, the store and the fetcher stay behind this package.
"""

from bot.catalog.catalog import Catalog, CatalogEntry, NoStore, stored_label
from bot.catalog.limits import DEFAULT_SERVER_QUOTA, LOCAL_SERVER

__all__ = ["DEFAULT_SERVER_QUOTA", "LOCAL_SERVER", "Catalog", "CatalogEntry", "NoStore", "stored_label"]
