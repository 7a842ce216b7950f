"""A creator is a role as a founder is: "Show creator Chris Cotter, who will oversee the new series,
said ..." opens its sentence with the role and the name, so the he of a quotation after it is Cotter,
not the person named in the sentence before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_show_creator_is_whom_he_means():
    text = (
        "Vince Galen, who later created “Dark Water,” got his start on “Harbor Nights” and often paid "
        "tribute to the show. Show creator Chris Cotter, who will also oversee the new series, said he "
        "thought of the break between 2002, when “Harbor Nights” went off the air, and this year as “a "
        "13-year commercial break.” But the timing is perfect, he added in a statement. “The good news is "
        "the world has only gotten that much stranger, a perfect time to tell these stories,” he said.\n"
    )
    assert speakers_of(text) == ["Chris Cotter", "Chris Cotter"]
