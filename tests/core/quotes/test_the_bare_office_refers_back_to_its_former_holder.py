"""With no one in the article holding an office now, the bare office ("the president") refers back
to the one who held it, named with "former" ("Former President Alden Morrow"), and so does the
"he said" after it; a sitting holder named with the title is still the one it means."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Speech\n\nFormer President Alden Morrow spoke at a commencement on Saturday.\n\n"
    "“A lot of them aren’t even pretending to be in charge,” he said.\n\n"
    "Morrow urged graduates to stand up for refugees.\n\n"
)


def test_the_bare_office_is_its_former_holder_when_no_one_holds_it():
    text = LEAD + "“You should be very proud,” the president said.\n"
    assert speakers_of(text) == ["Alden Morrow", "Alden Morrow"]


def test_the_he_after_the_bare_office_is_its_former_holder():
    text = (
        LEAD + "The president also referenced a young man shot while jogging.\n\n"
        "“Your generation has woken up,” he said.\n"
    )
    assert speakers_of(text) == ["Alden Morrow", "Alden Morrow"]


def test_the_bare_office_is_its_sitting_holder_when_one_is_named():
    text = (
        "Speech\n\nFormer President Alden Morrow spoke at a commencement on Saturday, a day after "
        "President Dana Whitlock signed the budget.\n\n"
        "“You should be very proud,” the president said.\n"
    )
    assert speakers_of(text) == ["Dana Whitlock"]
