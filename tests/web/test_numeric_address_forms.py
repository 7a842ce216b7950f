"""A link whose site is an address in a legacy numeric form ("2130706433", "127.1", "0177.0.0.1")
is refused before any connection, worded as a refusal: as a private address when it means one,
else with the form to write; not "I could not reach 2130706433; check the link or try later"."""

from __future__ import annotations

import pytest
from yarl import URL

from bot.web.addresses import check_url
from bot.web.errors import UrlRefused


@pytest.mark.parametrize("host", ["2130706433", "127.1", "0177.0.0.1", "10.1"])
def test_a_private_address_in_a_numeric_form_is_refused_as_private(host):
    with pytest.raises(UrlRefused, match=f"I won't open {host}: it points to a private"):
        check_url(URL(f"http://{host}/story"), frozenset())


@pytest.mark.parametrize("host", ["134744072", "8.8.2056", "4294967296", "1.2.3.4.5"])
def test_a_public_or_impossible_numeric_form_is_refused_with_the_form_to_write(host):
    with pytest.raises(UrlRefused, match="write an address as four numbers"):
        check_url(URL(f"http://{host}/story"), frozenset())


def test_a_dotted_quad_public_address_still_passes():
    check_url(URL("http://93.184.216.34/story"), frozenset())
