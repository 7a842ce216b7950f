"""Any verb of saying before "that" reports a clause ("Ames stressed that, amid the unrest, Tate had
phone calls ..."): its subject tells it, and a later "he said" is the teller's, the reported
clause's subject no rival."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_stressed_that_is_the_teller():
    text = (
        "Harbour master Quentin Ames faced questions on Monday about why the mayor, Roland Tate, had"
        " not met the fishermen.\n\n"
        "“The mayor's obviously got a busy schedule,” Ames said.\n\n"
        "It's still possible that Tate could meet them later, but no meeting has been announced.\n\n"
        "Ames stressed that, amid the unrest at the docks, Tate recently has had calls with the leaders.\n\n"
        "“The mayor has had long conversations with them,” he said.\n"
    )
    assert speakers_of(text) == ["Quentin Ames", "Quentin Ames"]
