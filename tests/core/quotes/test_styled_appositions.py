"""A role renamed by a style of address set apart by commas ("The Bishop of Durham, the Rt Rev Dr
Tom Wright,") is that person's role, so "the Bishop said" later refers back to him."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_role_before_a_styled_name_in_apposition_refers_back_to_him():
    text = (
        "The story of a hit film is nonsense, a churchman has said.\n\n"
        "The Bishop of Kingsbridge, the Rt Rev Dr Alan Marsh, described the film as poor history.\n\n"
        "Writing in the Western Courier, the Bishop said: “Secret societies are always fun to dream up.”\n"
    )
    assert speakers_of(text) == ["Alan Marsh"]


def test_a_role_after_a_comma_with_no_style_between_still_refers_back():
    text = (
        "The plot of a bestseller is laughable, a clergyman has said.\n\n"
        "The Bishop of Lenmouth, Alan Pryce, described the novel as poor history.\n\n"
        "Writing in the Lenmouth Echo, the Bishop said: “Plots about secret societies are fun to dream up.”\n"
    )
    assert speakers_of(text) == ["Alan Pryce"]
