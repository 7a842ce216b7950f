"""A quotation cut off by its comma, then a name and a role ending the sentence with no verb: the
writer's "said" left out ('“…,” Rosa Lind, a spokeswoman for the group.') (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_and_role_after_a_comma_cut_quotation_speak_it():
    text = (
        "Mayor Tom Greer closed the library on Monday.\n\n"
        "“Readers are angry, and the council is out of excuses,” Rosa Lind, a spokeswoman for the "
        "Friends of the Library group. By Wednesday, the board had met twice.\n"
    )
    assert speakers_of(text) == ["Rosa Lind"]


def test_a_name_and_role_after_a_full_sentence_quotation_do_not_speak_it():
    text = (
        "Dan Reed recalled the night the press came.\n\n"
        "“These press people included one guy, Johnny Apple.” Johnny Apple, a political "
        "correspondent for The New York Times. Reed set up a phone tree.\n"
    )
    assert speakers_of(text)[0] != "Johnny Apple"


def test_a_name_and_role_holding_a_clause_do_not_speak_it():
    text = (
        "Mayor Tom Greer closed the library on Monday.\n\n"
        "“Readers are angry,” Rosa Lind, a spokeswoman who resigned in May. Greer did not reply.\n"
    )
    assert speakers_of(text)[0] != "Rosa Lind"
