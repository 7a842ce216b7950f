"""Which addresses count as public: the check every hop of the fetcher goes through."""

from __future__ import annotations

import pytest

from bot.web.addresses import check_address, is_public, parse_address
from bot.web.errors import UrlRefused


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address):
    assert is_public(parse_address(address))


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",  # loopback
        "10.1.2.3",  # private
        "172.16.0.9",
        "192.168.0.1",
        "169.254.169.254",  # link-local: cloud metadata
        "100.64.1.1",  # carrier-grade NAT
        "0.0.0.0",  # unspecified
        "224.0.0.251",  # multicast
        "240.0.0.1",  # reserved
        "::1",
        "fe80::1",
        "fc00::1",  # unique local
        "ff02::1",  # multicast
        "::ffff:192.168.0.1",  # IPv4-mapped private
    ],
)
def test_non_public_addresses_are_not_public(address):
    assert not is_public(parse_address(address))


def test_a_name_is_not_an_address():
    assert parse_address("news.example") is None


def test_an_allowed_test_address_passes_the_check():
    check_address("localhost", "127.0.0.1", frozenset({"127.0.0.1"}))


def test_an_unparsable_answer_is_refused():
    with pytest.raises(UrlRefused, match="could not be checked"):
        check_address("odd.example", "not-an-ip", frozenset())
