"""Which links and addresses the fetcher may open: http/https, no credentials, public addresses only.

The classic hole of "fetch a link" bots is server-side request forgery: a link (or a redirect,
or a DNS name) pointing at the host's own network. Every address is checked, on every hop.
"""

from __future__ import annotations

import ipaddress
import socket

from yarl import URL

from bot.core.errors import shown
from bot.web import limits
from bot.web.errors import UrlRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(host: str) -> IPAddress | None:
    """The IP address a host literally is (`10.0.0.1`, `::1`), or None for a name."""
    try:
        address = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped  # ::ffff:127.0.0.1 is loopback in disguise
    return address


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address; loopback, private, link-local... are not."""
    return address.is_global and not (
        address.is_multicast
        or address.is_reserved
        or address.is_loopback
        or address.is_link_local
        or address.is_private
        or address.is_unspecified
    )


def check_address(host: str, address: str, allowed: frozenset[str]) -> None:
    """Raise UrlRefused unless `address` (what `host` resolved to) is public or explicitly allowed."""
    parsed = parse_address(address)
    if parsed is None:
        raise UrlRefused(f"I won't open {host}: its address could not be checked. Try again later.")
    if str(parsed) in allowed:
        return
    if not is_public(parsed):
        raise UrlRefused(
            f"I won't open {host}: it points to a private or local network address. Give a public link."
        )


def check_url(url: URL, allowed: frozenset[str]) -> None:
    """Refuse a link that is not plain http(s) to a host, or carries a user name or password."""
    if url.scheme not in ("http", "https"):
        raise UrlRefused("Only http:// and https:// links can be added.")
    if url.user is not None or url.password is not None:
        raise UrlRefused("Links with a user name or password are not accepted; remove them from the link.")
    if not url.host:
        raise UrlRefused(f"That link has no site name in it; give one such as {limits.EXAMPLE_LINK}.")
    if parse_address(url.host) is not None:
        check_address(url.host, url.host, allowed)
    elif url.host.replace(".", "").isdigit():
        _refuse_numeric_form(url.host, allowed)
    elif not _possible_name(url.raw_host or url.host):
        raise UrlRefused(f"No site can be called {shown(url.host)}; check the link.")


def _refuse_numeric_form(host: str, allowed: frozenset[str]) -> None:
    """ "2130706433", "127.1", "0177.0.0.1": digits and dots but no dotted quad, an address in a
    legacy form the connection library never opens; refused here as such (it was told "could not
    reach"), as a private one when it means one."""
    try:
        meant = ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, UnicodeError, ValueError):
        meant = None
    if meant is not None:
        check_address(host, str(meant), allowed)
    raise UrlRefused(
        f"I won't open {shown(host)}: write an address as four numbers from 0 to 255 "
        "(such as 93.184.216.34), or give the site's name."
    )


# DNS: a label is at most 63 characters, a whole name at most 253 (RFC 1035). A longer one is
# refused here: the resolver would raise UnicodeError, no reply a user can act on.
MAX_DNS_LABEL = 63
MAX_DNS_NAME = 253


def _possible_name(host: str) -> bool:
    labels = host.removesuffix(".").split(".")
    return len(host.removesuffix(".")) <= MAX_DNS_NAME and all(
        len(label) <= MAX_DNS_LABEL for label in labels
    )
