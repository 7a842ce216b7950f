"""'The minister' never means the prime minister, as it never means a vice or deputy minister: with a
vice minister and a prime minister named, "which the minister said took place during “…”" is no one's
rather than the prime minister's; "the prime minister said" still finds him."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_TEXT = (
    "Vice Foreign Minister Wu Dao met the ambassador in Beijing and apologised for the intrusion, officials "
    "said. The vice minister did not explain the errors, which the minister said took place during “the "
    "process of normal training.” Speaking to reporters earlier, Prime Minister Ken Sato said the two "
    "leaders should meet.\n\n"
)


def test_the_minister_is_not_the_prime_minister():
    assert speakers_of(_TEXT) == [None]


def test_the_prime_minister_is_still_the_prime_minister():
    assert speakers_of(
        _TEXT + "“We should hold it because we have a problem,” the prime minister said.\n"
    ) == [
        None,
        "Ken Sato",
    ]
