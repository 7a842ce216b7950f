"""A link whose site name no DNS name can be (a label over 63 characters, a name over 253) is
refused before any lookup with a message to check the link, not left to the resolver's
UnicodeError, which the CLI showed as "internal error"."""

from __future__ import annotations

import pytest
from yarl import URL

from bot.web.addresses import check_url
from bot.web.errors import UrlRefused


@pytest.mark.parametrize(
    "link",
    ["https://" + "a" * 64 + ".com/story", "https://" + ".".join(["abcdefghij"] * 25) + ".com/"],
)
def test_a_site_name_no_dns_name_can_be_is_refused_with_check_the_link(link):
    with pytest.raises(UrlRefused, match="check the link"):
        check_url(URL(link), frozenset())


def test_a_long_but_possible_site_name_passes():
    check_url(URL("https://" + "a" * 63 + ".com/story"), frozenset())
