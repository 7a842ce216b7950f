"""Open the catalog the settings describe: the bundled library plus the store DATABASE_URL names.

Shared by the CLI and the Discord runner, so both read the same articles the same way.
"""

from __future__ import annotations

from bot.catalog.catalog import Catalog, Runner
from bot.core.article import Library
from bot.settings import Settings
from bot.store import Store, database_url
from bot.web.fetch import FetchPolicy


async def open_catalog(settings: Settings, library: Library, run: Runner | None = None) -> Catalog:
    """Connect to the store (creating the SQLite file or the schema on first use)."""
    store = await Store.open(database_url(settings.database_url, settings.data_dir))
    return Catalog(
        library,
        store,
        quota=settings.article_quota,
        fetch_policy=FetchPolicy(allowed_addresses=settings.fetch_allow),
        run=run,
    )
