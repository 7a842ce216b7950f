"""A he or she after a paragraph ending on a bare surname ("..., including Vance.") means the one
of that surname the article has named so far, though a namesake is introduced further on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Grants\n\nLast spring a trade journal started a petition to keep the city's planning chief, "
    "Harold Vance, in his post.\n\n"
    "The empty post is worrying many builders and engineers, including Vance.\n\n"
    "“It's like letting the roof leak in a house you own,” he told the paper.\n\n"
    "“Nobody moved until Harold Vance pushed,” said Orla Vance, a fellow at the Builders Institute, "
    "who is no relation.\n"
)


def test_he_means_the_namesake_already_named():
    assert speakers_of(TEXT) == ["Harold Vance", "Orla Vance"]
