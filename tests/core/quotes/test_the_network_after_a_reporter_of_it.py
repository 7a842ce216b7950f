""" "the network" after "Ann Tripp of Coastal Public Network" is the network: the body's name is
what follows the reporter's name and "of", never both."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Press ban\n\n"


def test_the_network_is_labelled_by_its_own_name():
    text = LEAD + (
        "Mayor Dale Voss has attacked several reporters, including Ann Tripp of Coastal Public Network.\n\n"
        "In the filing, the network called the ban a “plain attempt to punish reporting.”\n"
    )
    assert speakers_of(text) == ["Coastal Public Network"]
