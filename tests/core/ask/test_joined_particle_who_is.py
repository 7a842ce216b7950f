"""'Who is Maher al-Nouri?' is answered with who he is ("Maher al-Nouri is the transport minister."),
as for a name of capitalised words: a surname joined to a lower-case particle is a name word."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

TEXT = (
    "Title: Crossing talks stall\n\nTalks on reopening the crossing stalled on Monday.\n\n"
    "The transport minister, Maher al-Nouri, said his side had offered to halve the toll. "
    '"We will not sign under threat," he said.'
)


def test_who_is_a_name_with_a_joined_particle_gets_the_persons_role():
    assert api.ask(parse_article(TEXT), "Who is Maher al-Nouri?").answer == (
        "Maher al-Nouri is the transport minister."
    )


def test_who_is_the_surname_alone_with_its_particle_gets_the_role_too():
    assert (
        api.ask(parse_article(TEXT), "Who is al-Nouri?").answer == "Maher al-Nouri is the transport minister."
    )
