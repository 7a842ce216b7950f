"""A local aiohttp news site (pages and hostile answers) and the test-only fetch policy, as fixtures.

The fetcher reaches 127.0.0.1 only through FetchPolicy.allowed_addresses, a setting for tests;
the default policy refuses this very server (tests/web/test_fetch.py proves it). Test
packages import the fixtures into their conftest.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import gzip
import queue
import threading
from pathlib import Path

import pytest
from aiohttp import web

from bot.web.fetch import FetchPolicy

ARTICLES = Path(__file__).resolve().parent / "articles"
HUGE_BYTES = 6 * 1024 * 1024
SLOW_SECONDS = 5
# The time-out of the policy that meets the slow page: far below SLOW_SECONDS, so the page is always
# too slow, however loaded the machine; every other page is read under the production time-out.
IMPATIENT_SECONDS = 0.3


def _html(name: str, charset: str = "utf-8"):
    async def handler(_request):
        return web.Response(body=(ARTICLES / name).read_bytes(), content_type="text/html", charset=charset)

    return handler


def _redirect(location: str):
    async def handler(_request):
        raise web.HTTPFound(location)

    return handler


async def _loop(request):
    hop = int(request.match_info["hop"])
    raise web.HTTPFound(f"/loop/{hop + 1}")


async def _huge(request):
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    chunk = b"<p>" + b"word " * 20_000 + b"</p>\n"
    sent = 0
    while sent <= HUGE_BYTES:
        await response.write(chunk)
        sent += len(chunk)
    return response


async def _slow(_request):
    await asyncio.sleep(SLOW_SECONDS)
    return web.Response(text="<p>late</p>", content_type="text/html")


async def _pdf(_request):
    return web.Response(body=b"%PDF-1.7 ...", content_type="application/pdf")


async def _plain(_request):
    text = (ARTICLES / "discord-library-vote.txt").read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/plain")


async def _status(request):
    """An error status whose reason phrase is the site's own: pings, markup and kilobytes of it."""
    status = int(request.match_info["code"])
    return web.Response(status=status, reason="Gone <@123> @everyone **now** " + "x" * 2_000)


async def _empty(_request):
    return web.Response(body=b"", content_type="text/html")


# Pages of shapes no news page has, each small (under 200 KB) and each once slow or cut to read.
STORY = b"The ferry crews walked out at dawn after talks on the night rotas broke down on Friday. "


def _page(body: bytes) -> bytes:
    head = b"<html><head><title>Ferry strike</title></head><body><article>"
    return head + body + b"</article></body></html>"


SHAPED_PAGES = {
    # One paragraph of 10,000 bold words: 30 s and more of extraction.
    "crowded": lambda: _page(b"<p>" + STORY + b"crew <b>rota</b> " * 10_000 + b"</p>"),
    # 300 nested divs: the HTML parser stops at 256 and the rest of the page is lost.
    "deep": lambda: _page(b"<div>" * 300 + STORY * 5 + b"</div>" * 300 + b"<p>" + STORY * 3 + b"</p>"),
    # 700,000 paragraphs gzipped to 40 KB, sent as HTML without a Content-Encoding.
    "gzipped": lambda: gzip.compress(_page(b"<p>The ferry sailed.</p>" * 700_000)),
    # A page in UTF-16, with its byte order mark.
    "utf16": lambda: _page(b"<p>" + STORY * 4 + b"</p>").decode().encode("utf-16"),
    # ... and one of 40,000 paragraphs in UTF-16, whose markup no byte count sees.
    "utf16-huge": lambda: _page(b"<p>x</p>" * 40_000).decode().encode("utf-16"),
}


async def _cut_short(request):
    """A page whose connection drops long before the length it announced."""
    response = web.StreamResponse(headers={"Content-Type": "text/html", "Content-Length": "100000"})
    await response.prepare(request)
    await response.write(_page(b"<p>" + STORY))
    request.transport.close()
    return response


async def _garbled(_request):
    """A body that says it is gzip-compressed and is not."""
    body = _page(b"<p>" + STORY * 3 + b"</p>")
    return web.Response(body=body, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})


# A page in one charset, its header naming another: (bytes' charset, the header's).
MISLABELLED = {"utf8-as-latin1": ("utf-8", "iso-8859-1"), "cp1252-as-utf8": ("cp1252", "utf-8")}


async def _mislabelled(request):
    written, named = MISLABELLED[request.match_info["case"]]
    text = "The café’s “night menu” stays, the owner said. " * 5
    body = _page(f"<p>{text}</p>".encode(written))
    return web.Response(body=body, headers={"Content-Type": f"text/html; charset={named}"})


async def _page_as_text(_request):
    """A web page served as plain text, as a misconfigured server or a raw view sends it."""
    body = (ARTICLES / "web_ferry_strike.html").read_bytes()
    return web.Response(body=body, content_type="text/plain", charset="utf-8")


async def _json_as_text(_request):
    body = b'{"headline": "Ferry strike", "body": "' + STORY * 4 + b'", "author": "Desk"}'
    return web.Response(body=body, content_type="text/plain", charset="utf-8")


async def _huge_header(_request):
    """A page whose answer carries a header longer than any HTTP client reads."""
    return web.Response(text="<p>Hello</p>", content_type="text/html", headers={"X-Trace": "a" * 20_000})


async def _binary_text(_request):
    """Bytes of every value, said to be text (and in UTF-8)."""
    return web.Response(body=bytes(range(256)) * 100, content_type="text/plain", charset="utf-8")


@functools.cache
def shaped_page(shape: str) -> bytes:
    """Each shaped page made once: the gzip of 700,000 paragraphs takes a quarter of a second."""
    return SHAPED_PAGES[shape]()


async def _shaped(request):
    return web.Response(body=shaped_page(request.match_info["shape"]), content_type="text/html")


def news_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/news/ferry-strike", _html("web_ferry_strike.html"))
    app.router.add_get("/news/library-vote", _html("web_library_vote.html", charset="windows-1252"))
    app.router.add_get("/signin", _html("web_no_article.html"))
    app.router.add_get("/short/ferry", _redirect("/news/ferry-strike"))
    app.router.add_get("/to-private", _redirect("http://10.20.30.40/admin"))
    app.router.add_get("/to-metadata", _redirect("http://169.254.169.254/latest/meta-data/"))
    app.router.add_get("/to-file", _redirect("file:///etc/passwd"))
    app.router.add_get("/loop/{hop}", _loop)
    app.router.add_get("/huge", _huge)
    app.router.add_get("/slow", _slow)
    app.router.add_get("/report.pdf", _pdf)
    app.router.add_get("/plain", _plain)
    app.router.add_get("/status/{code}", _status)
    app.router.add_get("/empty", _empty)
    app.router.add_get("/shaped/{shape}", _shaped)
    app.router.add_get("/cut-short", _cut_short)
    app.router.add_get("/garbled", _garbled)
    app.router.add_get("/mislabelled/{case}", _mislabelled)
    app.router.add_get("/binary-text", _binary_text)
    app.router.add_get("/huge-header", _huge_header)
    app.router.add_get("/page-as-text", _page_as_text)
    app.router.add_get("/json-as-text", _json_as_text)
    return app


@pytest.fixture
async def news_site():
    """The base URL of the local news site (127.0.0.1, a free port)."""
    runner = web.AppRunner(news_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
def test_policy() -> FetchPolicy:
    """The test-only setting: the loopback test server may be reached, under the production time-out
    (a 1 s one timed out reading a local page on a loaded machine)."""
    return FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}))


@pytest.fixture
def impatient_policy(test_policy) -> FetchPolicy:
    """The test policy with a time-out the slow page always overruns (it answers after 5 s)."""
    return dataclasses.replace(test_policy, timeout=IMPATIENT_SECONDS)


@contextlib.contextmanager
def news_site_in_thread():
    """The news site on its own event loop in a thread, for code that runs asyncio.run itself (the CLI)."""
    loop = asyncio.new_event_loop()
    started: queue.Queue = queue.Queue()

    async def serve():
        runner = web.AppRunner(news_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        started.put(site._server.sockets[0].getsockname()[1])
        return runner

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    runner = asyncio.run_coroutine_threadsafe(serve(), loop).result(timeout=10)
    try:
        yield f"http://127.0.0.1:{started.get(timeout=10)}"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
