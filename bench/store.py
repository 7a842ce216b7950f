"""Stored articles: time to add a 50 KB page (and to refuse a 4 MB page of 200,000 paragraphs), peak
RSS with 1,000 stored, command latency on them.

`python -m bench.store [--articles 1000] [--database-url URL]`; SQLite in a temporary folder by
default. The RSS pass runs in a fresh process that uses every stored article once.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import web

from bench.corpus import generated_text
from bench.timing import summarise
from bot.catalog import Catalog, intake
from bot.core import api
from bot.core.article import Library
from bot.core.errors import ArticleError
from bot.store import NewArticle, Store, database_url
from bot.web.fetch import FetchPolicy

ROOT = Path(__file__).resolve().parent.parent
PAGE_BYTES = 50 * 1024
ADDS = 20
SERVERS = 20
RSS_TARGET_MB = 300
COMMANDS = ("summary", "lookup", "ask", "quote")
HUGE_PAGE_PARAGRAPHS = 200_000


def news_page(target_bytes: int = PAGE_BYTES) -> bytes:
    """A news page of about `target_bytes`: navigation, ads and comments around real paragraphs."""
    paragraphs = generated_text(400).split("\n")
    body, size = [], 0
    for paragraph in paragraphs:
        if size > target_bytes * 0.94:
            break
        body.append(f"<p>{paragraph}</p>")
        size += len(paragraph) + 7
    clutter = "<nav>" + " ".join(f"<a href='/s{n}'>Section {n}</a>" for n in range(40)) + "</nav>"
    ads = "<div class='ad'>ADVERTISEMENT: the spring sale is on now, book today!</div>"
    comments = "<section class='comments'>" + "<p>Great piece, thanks.</p>" * 30 + "</section>"
    html = (
        "<html><head><title>Harbour strike enters second week</title></head><body>"
        f"{clutter}{ads}<article><h1>Harbour strike enters second week</h1>{''.join(body)}</article>"
        f"{ads}{comments}</body></html>"
    )
    return html.encode()


async def time_adds(url: str) -> str:
    page = news_page()
    app = web.Application()

    async def serve(_request):
        return web.Response(body=page, content_type="text/html")

    app.router.add_get("/story/{n}", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    store = await Store.open(url)
    policy = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}))  # the local test server only
    catalog = Catalog(Library.from_path(ROOT / "seeds"), store, quota=10_000, fetch_policy=policy)
    start = time.perf_counter()
    await catalog.add_url(999, f"http://127.0.0.1:{port}/story/0")  # the first add imports trafilatura
    first = (time.perf_counter() - start) * 1000
    samples, cpu = [], []
    for n in range(1, ADDS + 1):  # a page of its own each time: the same page twice is refused
        start, start_cpu = time.perf_counter(), time.process_time()
        await catalog.add_url(999, f"http://127.0.0.1:{port}/story/{n}")
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    await store.close()
    await runner.cleanup()
    timing = summarise(samples)
    return (
        f"add a {len(page) // 1024} KB page (local server; fetch, extract, check, store), {ADDS} adds: "
        f"{timing}; CPU {summarise(cpu)} (this process, the server included); "
        f"the first add of a process (imports trafilatura): {first:.0f} ms"
    )


def huge_page(paragraphs: int = HUGE_PAGE_PARAGRAPHS) -> bytes:
    """A page of many short paragraphs (4 MB for 200,000): a list saved as HTML, not a news page."""
    body = b"".join(b"<p>Berth %d.</p>" % n for n in range(paragraphs))
    return b"<html><head><title>Berths</title></head><body><article>" + body + b"</article></body></html>"


def time_huge_page() -> str:
    """Adding a page far past a news page's elements: refused by a count before extraction."""
    page = huge_page()
    start = time.process_time()
    try:
        intake.article_from_upload("berths.html", page)
        outcome = "stored"
    except ArticleError as error:
        outcome = f"refused ({str(error)[:60]}...)"
    seconds = time.process_time() - start
    size = f"{len(page) / 1e6:.1f} MB .html file of {HUGE_PAGE_PARAGRAPHS:,} paragraphs"
    return f"add a {size}: {outcome} in {seconds * 1000:.0f} ms CPU"


async def fill(url: str, count: int) -> None:
    store = await Store.open(url)
    for n in range(count):
        text = generated_text(random.Random(n).randint(15, 60), seed=n)
        article = NewArticle(title=f"Stored story {n}", source=f"https://news.example/{n}", text=text)
        await store.add(n % SERVERS, article, quota=count)
    await store.close()


async def use_all(url: str, count: int) -> None:
    """Fresh process: every stored article used once (first use), then 300 cached calls; RSS last."""
    store = await Store.open(url)
    catalog = Catalog(Library.from_path(ROOT / "seeds"), store)
    first_use, cached, first_cpu, cached_cpu = [], [], [], []
    rng = random.Random(7)
    for server in range(SERVERS):
        for row in await store.list(server):
            wall, cpu = await _command(catalog, server, str(row.id), rng.choice(COMMANDS))
            first_use.append(wall)
            first_cpu.append(cpu)
            for _ in range(2):
                wall, cpu = await _command(catalog, server, str(row.id), rng.choice(COMMANDS))
                cached.append(wall)
                cached_cpu.append(cpu)
    overhead = []
    for _ in range(300):  # what the store adds to a command: the server's list, the cached article
        start = time.perf_counter()
        await catalog.resolve(server, str(row.id))
        overhead.append((time.perf_counter() - start) * 1000)
    await store.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"commands on stored articles, first use (read, parse, index, answer): {summarise(first_use)}")
    print(f"    CPU: {summarise(first_cpu)}")
    print(f"commands on stored articles, parsed article in cache: {summarise(cached)}")
    print(f"    CPU: {summarise(cached_cpu)}")
    print(f"finding a cached stored article ({store.backend}, one list query): {summarise(overhead)}")
    verdict = "ok" if rss < RSS_TARGET_MB else "OVER"
    print(
        f"peak RSS after using {count} stored articles: {rss:.0f} MB (target < {RSS_TARGET_MB} MB: {verdict})"
    )


async def _command(catalog: Catalog, server: int, ref: str, command: str) -> tuple[float, float]:
    """Wall and CPU milliseconds of one command, finding the article included."""
    start, start_cpu = time.perf_counter(), time.process_time()
    article = await catalog.resolve(server, ref)
    if command == "summary":
        api.summary(article)
    elif command == "lookup":
        api.lookup(article, "harbour")
    elif command == "ask":
        api.ask(article, "Who did the minister meet?")
    else:
        api.quote(article, "Smith")
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--use-all", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.use_all:
        asyncio.run(use_all(args.use_all, args.articles))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        url = database_url(args.database_url, Path(folder))
        print(time_huge_page(), flush=True)
        print(asyncio.run(time_adds(url)), flush=True)
        asyncio.run(fill(url, args.articles))
        command = [sys.executable, "-m", "bench.store", "--use-all", url, "--articles", str(args.articles)]
        subprocess.run(command, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
