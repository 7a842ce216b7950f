"""`python -m bot articles add|list|remove`: the CLI's shell over the catalog, and --server lookups.

The CLI's own articles live under server 0 unless --server names a Discord server's id.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.article import Article, Library
from bot.core.article.files import FileTooLarge, read_capped, too_large
from bot.core.article.library import user_path
from bot.core.errors import ArticleError, os_reason, printable, shown
from bot.core.language.text import clean_control
from bot.exitcodes import EXIT_OK
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.catalog import Catalog, CatalogEntry
    from bot.store import StoredArticle

# The store (SQLAlchemy) and the fetcher (aiohttp, trafilatura) load only when a command needs
# them: importing them costs most of a second, and `python -m bot summary` must start at once.

CLI_USER = "cli"


def server_id(value: str) -> int:
    """argparse type for --server: a Discord server id, or 0 for the CLI's own articles."""
    value = clean_control(value)  # "12\x1b[0m" pasted from a coloured terminal is 12
    if not value.strip().isdecimal() or int(value) > MAX_SERVER_ID:
        raise argparse.ArgumentTypeError(f"--server takes a server id (digits), not {value!r}")
    return int(value)


MAX_SERVER_ID = 2**63 - 1  # Discord ids are 64-bit snowflakes; the store keeps them as such


def add_parser(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """The `articles` command and its add, list and remove subcommands."""
    # Unset unless given here: the top-level parser holds the defaults and takes them before `articles`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--server", type=server_id, default=argparse.SUPPRESS, metavar="ID", help="a server's id"
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )
    articles = sub.add_parser("articles", help="add, list or remove stored articles")
    actions = articles.add_subparsers(
        dest="action", parser_class=parser_class, metavar="ACTION", required=True
    )
    cmd = actions.add_parser("add", parents=[common], help="add a web page (URL) or a .txt/.md/.html file")
    cmd.add_argument("source", metavar="URL|FILE")
    actions.add_parser("list", parents=[common], help="the bundled articles and the server's own")
    cmd = actions.add_parser("remove", parents=[common], help="remove a stored article")
    cmd.add_argument("id", metavar="ID")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run one `articles` action and print its result."""
    from bot.catalog import LOCAL_SERVER

    args.server = LOCAL_SERVER if args.server is None else args.server
    library = Library.from_path(settings.article_path)
    result = asyncio.run(_with_catalog(settings, library, lambda catalog: _act(catalog, args)))
    print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if args.json else result.text)
    return EXIT_OK


def is_stored_ref(ref: str | None, server: int | None) -> bool:
    """True when a command must look in the store: --server given, or --article is a stored id."""
    return server is not None or (ref is not None and ref.strip().lstrip("#").isdecimal())


def may_have_stored(settings: Settings) -> bool:
    """True when articles may have been added: a DATABASE_URL, or the default SQLite file exists.
    Checked without opening the store, which costs most of a second."""
    from bot.store.url import SQLITE_FILE_NAME

    return bool(settings.database_url) or (settings.data_dir / SQLITE_FILE_NAME).exists()


def stored_or_bundled(settings: Settings, library: Library, ref: str | None, server: int | None) -> Article:
    """The article `ref` names for `server` (the CLI's own articles without --server)."""
    from bot.catalog import LOCAL_SERVER

    server = LOCAL_SERVER if server is None else server
    return asyncio.run(_with_catalog(settings, library, lambda catalog: catalog.resolve(server, ref)))


async def _with_catalog(settings: Settings, library: Library, work):
    from bot.catalog.opening import open_catalog

    catalog = await open_catalog(settings, library)
    try:
        return await work(catalog)
    finally:
        await catalog.close()


class _Printed:
    def __init__(self, text: str, data: dict) -> None:
        self.text, self.data = text, data

    def to_dict(self) -> dict:
        return self.data


async def _act(catalog: Catalog, args: argparse.Namespace) -> _Printed:
    from bot.catalog import LOCAL_SERVER, stored_label

    if args.action == "add":
        added = await _add(catalog, args.server, args.source)
        # A file's name is shown as the system holds it (a newline or a terminal escape written out).
        text = (
            f"Added {stored_label(added.id)}: {printable(added.title)}\n    source: {shown(added.source)}\n"
            f"    ask with --article {added.id}"
        )
        if args.server != LOCAL_SERVER:
            text += f" --server {args.server}"
        return _Printed(text, added.to_dict())
    if args.action == "list":
        entries = await catalog.entries(args.server)
        return _Printed(_listing(entries), {"articles": [entry.to_dict() for entry in entries]})
    removed = await catalog.remove(args.server, args.id)
    return _Printed(f"Removed {stored_label(removed.ref)}: {printable(removed.title)}", removed.to_dict())


async def _add(catalog: Catalog, server: int, source: str) -> StoredArticle:
    if not source.strip():
        raise ArticleError(f"Nothing to add. {_GIVE_SOURCE}")
    if "://" in source:
        return await catalog.add_url(server, source, added_by=CLI_USER)
    path = user_path(source)
    try:
        if path.is_dir():
            raise ArticleError(
                f"{shown(source)} is a folder: give one .txt, .md or .html file in it, or a link."
            )
        if path.exists() and not path.is_file():  # a device (/dev/null), a named pipe, a socket
            raise ArticleError(
                f"{shown(source)} is not a file: save the article's text as a .txt file and add that."
            )
        if not path.is_file():
            raise ArticleError(f"File not found: {shown(source)}. {_GIVE_SOURCE}")
        data = _read_capped(path)
    except OSError as error:  # a name too long for the system, a loop of links, no permission...
        raise ArticleError(f"Cannot read {shown(source)}: {os_reason(error)}.") from None
    return await catalog.add_file(server, path.name, data, added_by=CLI_USER)


_GIVE_SOURCE = "Give a link (https://...) or a .txt, .md or .html file."


def _read_capped(path: Path) -> bytes:
    """The file's bytes, refused over the limit for its kind (a web page's or an article's); more
    bytes than the limit, read past what stat() said, are refused by the intake's own check."""
    from bot.catalog.intake import upload_limit  # late, as the catalog is (start-up time)

    limit = upload_limit(path.name)
    try:
        return read_capped(path, limit)
    except FileTooLarge as error:
        raise too_large(shown(path.name), error.size, limit) from None


def _listing(entries: list[CatalogEntry]) -> str:
    width = max(len(entry.label) for entry in entries)
    lines = []
    for entry in entries:
        where = shown(entry.source) if entry.stored else "bundled"
        lines.append(f"  {entry.label:<{width}}  {printable(entry.title)}  ({where})")
    return "\n".join(lines)
