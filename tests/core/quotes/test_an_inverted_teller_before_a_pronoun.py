"""A person named after a verb of arguing or warning that closes a clause (", argues pollster Ivo
Petrak in the Herald", ", warns Mark Lusk, a strategist") is whom the next paragraph's "he says" or
"he writes" means, as after ", says"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Race for mayor\n\nCouncilman Oskar Brandt leads by nine points, said analyst Paul Nolan.\n\n"


def test_argues_and_a_paper_before_he_writes():
    text = LEAD + (
        "Brandt leads as an outsider, argues pollster Ivo Petrak in the Averly Herald.\n\n"
        "“No front-runner has annoyed so many people so cheerfully,” he writes.\n"
    )
    assert speakers_of(text) == ["Ivo Petrak"]


def test_warns_and_an_apposition_before_he_says():
    text = LEAD + (
        "Stocks may stumble if rates rise, warns Mark Lusk, chief strategist at Janney.\n\n"
        "“The market is still vulnerable to a shakeout,” he says.\n"
    )
    assert speakers_of(text) == ["Mark Lusk"]
