"""A lede quoting a description of one person ("Governor Ada Whitcombe's former security adviser
urged lawmakers not to repeat “…”") gives the words to the person the story names next and then
quotes ("Marta Elling spoke ..."); not to someone the story brings in with another role ("Ann Fox,
a neighbor of the site"), and never for a spokesman's label, which news leaves unnamed."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Hearing\n\n"
LEDE = (
    "Governor Ada Whitcombe's former security adviser urged state lawmakers on Thursday not to repeat "
    "“rumors planted by foreign intelligence services” about the last election.\n\n"
)
QUOTED = "“We are running out of time to stop them,” Elling said.\n"


def test_the_lede_description_is_the_person_named_next():
    text = TITLE + LEDE + "Marta Elling spoke on the final day of hearings in Brevik.\n\n" + QUOTED
    assert speakers_of(text) == ["Marta Elling", "Marta Elling"]


def test_the_person_named_next_in_another_role_is_not_described():
    text = TITLE + LEDE + "Marta Elling, a reporter for the Brevik Post, covered the hearings.\n\n" + QUOTED
    assert speakers_of(text) == ["Governor Ada Whitcombe's former security adviser", "Marta Elling"]


def test_a_spokesmans_label_stays_unnamed():
    lede = (
        "Governor Ada Whitcombe's spokesman urged state lawmakers on Thursday not to repeat “rumors "
        "planted by foreign intelligence services” about the last election.\n\n"
    )
    text = TITLE + lede + "Marta Elling spoke on the final day of hearings in Brevik.\n\n" + QUOTED
    assert speakers_of(text) == ["Governor Ada Whitcombe's spokesman", "Marta Elling"]
