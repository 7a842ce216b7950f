"""Fetch one page with aiohttp, refusing private addresses on every hop, slow sites and huge bodies.

Addresses are checked inside the resolver the connection uses, so the address checked is the
address connected to (no window for a DNS answer to change between check and connect).
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass, field
from http import HTTPStatus

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.web import limits
from bot.web.addresses import check_address, check_url
from bot.web.errors import FetchError, NotAnArticlePage, PageTooLarge, SiteTooSlow, UrlRefused

log = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How the fetcher behaves. `allowed_addresses` is for tests only: loopback addresses it may reach."""

    timeout: float = limits.FETCH_TIMEOUT_SECONDS
    max_redirects: int = limits.MAX_REDIRECTS
    max_bytes: int = limits.MAX_PAGE_BYTES
    allowed_addresses: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched document: where it ended up, its media type and charset, and its bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type in limits.HTML_TYPES


class PublicOnlyResolver(AbstractResolver):
    """Resolves with the system resolver, then refuses the host if any answer is not public."""

    def __init__(self, allowed: frozenset[str], inner: AbstractResolver | None = None) -> None:
        self._allowed = allowed
        self._inner = inner or aiohttp.ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            check_address(host, result["host"], self._allowed)
        return results

    async def close(self) -> None:
        await self._inner.close()


async def fetch_page(
    url: str, policy: FetchPolicy | None = None, resolver: AbstractResolver | None = None
) -> Page:
    """Fetch `url` (following at most policy.max_redirects redirects); raise FetchError with the reply."""
    policy = policy or FetchPolicy()
    try:
        target = URL(url.strip())
    except (ValueError, TypeError):
        raise UrlRefused(f"That is not a link I can read; give one such as {limits.EXAMPLE_LINK}.") from None
    check_url(target, policy.allowed_addresses)
    try:
        return await asyncio.wait_for(_fetch(target, policy, resolver), policy.timeout)
    except asyncio.TimeoutError:
        raise SiteTooSlow(
            f"The site took too long to answer (over {policy.timeout:g} s); try again later."
        ) from None


async def _fetch(target: URL, policy: FetchPolicy, resolver: AbstractResolver | None) -> Page:
    connector = aiohttp.TCPConnector(
        resolver=PublicOnlyResolver(policy.allowed_addresses, resolver), use_dns_cache=False, limit=1
    )
    headers = {"User-Agent": limits.USER_AGENT, "Accept": "text/html, text/plain, text/markdown;q=0.9"}
    async with aiohttp.ClientSession(
        connector=connector, headers=headers, cookie_jar=aiohttp.DummyCookieJar(), trust_env=False
    ) as session:
        for _hop in range(policy.max_redirects + 1):
            async with _get(session, target) as response:
                if response.status in _REDIRECTS and "Location" in response.headers:
                    target = _next_hop(target, response.headers["Location"], policy)
                    continue
                return await _read(target, response, policy)
    raise FetchError(f"That link redirects more than {policy.max_redirects} times; try the final address.")


def _get(session: aiohttp.ClientSession, target: URL):
    return _GuardedRequest(session.get(target, allow_redirects=False), target)


class _GuardedRequest:
    """session.get as a context manager that turns connection failures into the user's reply."""

    def __init__(self, request, target: URL) -> None:
        self._request, self._target = request, target

    async def __aenter__(self) -> aiohttp.ClientResponse:
        try:
            self._response = await self._request.__aenter__()
        except UrlRefused:
            raise
        except aiohttp.ClientConnectorDNSError:
            raise FetchError(f"No site called {self._target.host} could be found; check the link.") from None
        except aiohttp.ClientResponseError as error:  # reached, but no HTTP answer: garbage, huge headers
            log.info("fetch: %s answered badly: %r", self._target.host, error)
            raise FetchError(
                f"{self._target.host} answered, but not in HTTP I can read; check the link or try later."
            ) from None
        except (aiohttp.ClientError, OSError) as error:
            if isinstance(error.__cause__, UrlRefused):
                raise error.__cause__ from None
            log.info("fetch: %s failed: %r", self._target.host, error)
            raise FetchError(f"I could not reach {self._target.host}; check the link or try later.") from None
        return self._response

    async def __aexit__(self, *exc_info) -> None:
        await self._request.__aexit__(*exc_info)


def _next_hop(current: URL, location: str, policy: FetchPolicy) -> URL:
    try:
        target = current.join(URL(location))
    except ValueError:
        raise FetchError(
            "The site redirected to an address that is not a link; open the link in a browser and give "
            "the address it ends on."
        ) from None
    check_url(target, policy.allowed_addresses)  # a redirect gets no more trust than the link
    return target


async def _read(target: URL, response: aiohttp.ClientResponse, policy: FetchPolicy) -> Page:
    if response.status >= 400:
        raise FetchError(status_reply(response.status))
    content_type = response.content_type.lower()
    if content_type not in limits.HTML_TYPES | limits.TEXT_TYPES:
        raise NotAnArticlePage(
            f"That link is {content_type or 'of no stated type'}, not a web page or text; "
            "link the article's page, or upload the file."
        )
    if response.content_length is not None and response.content_length > policy.max_bytes:
        raise _too_large(policy)
    body = bytearray()
    try:
        async for chunk in response.content.iter_chunked(limits.READ_CHUNK_BYTES):
            body += chunk
            if len(body) > policy.max_bytes:
                raise _too_large(policy)
    except aiohttp.ClientError as error:  # the body cut short, garbled compression, a dropped connection
        log.info("fetch: %s broke off the page: %r", target.host, error)
        raise FetchError(
            f"{target.host} broke off while sending the page, or sent it garbled; try again later."
        ) from None
    return Page(url=str(target), content_type=content_type, charset=response.charset, body=bytes(body))


def status_reply(status: int) -> str:
    """What a refusal by the site says: the status with its standard name (never the site's own
    words, which a hostile site fills with pings, markup or kilobytes) and what to do."""
    try:
        name = f" ({HTTPStatus(status).phrase})"
    except ValueError:
        name = ""
    if status in _NOT_FOR_BOTS:
        remedy = "it may not let a bot read it: save the article's text as a .txt file and add that."
    elif status >= 500 or status in _TRY_AGAIN:
        remedy = "try again later."
    else:
        remedy = "check the link."
    return f"The site answered {status}{name}; {remedy}"


# Refusals that pass: the link is fine, the site was busy or slow (408 Request Timeout, 425 Too Early).
_TRY_AGAIN = frozenset({HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.TOO_EARLY, HTTPStatus.TOO_MANY_REQUESTS})


# Refusals of a reader the site does not know: a login, a wall against bots, a legal block.
_NOT_FOR_BOTS = frozenset(
    {HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN, HTTPStatus.UNAVAILABLE_FOR_LEGAL_REASONS}
)


def _too_large(policy: FetchPolicy) -> PageTooLarge:
    return PageTooLarge(
        f"That page is larger than {policy.max_bytes // (1024 * 1024)} MB, more than I read; "
        "save the article's text as a .txt file and add that."
    )
