"""A paragraph that opens with a quotation and runs on into its attribution, its full stop lost in
the export ("…,” said Ann Tolland, 68, a retired teacher from Elm Falls, Ohio,"): story, not a
photo caption, and a quotation of two sentences in it stays whole."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Rally crowd\n\nSupporters at the rally in Elm Falls said they welcomed the change of tone.\n\n"


def test_an_attribution_ending_on_a_comma_keeps_its_quotation():
    text = LEAD + (
        "“It takes real courage to say you were wrong,” said Ann Tolland, 68, a retired teacher "
        "from Elm Falls, Ohio,\n\n"
        "“I think he is growing,” she said.\n"
    )
    assert speakers_of(text) == ["Ann Tolland", "Ann Tolland"]


def test_an_attribution_with_a_tail_keeps_a_quotation_of_two_sentences():
    text = LEAD + (
        "“The board now includes a developer, Mr. Tolliver. This is not a group I wish to serve "
        "with,” Arroway said in a letter published then by The Riverside Courier\n\n"
        "Council member Omar Haddad said the letter raised questions.\n"
    )
    assert speakers_of(text) == ["Arroway"]


def test_a_quoted_sign_in_a_caption_stays_a_caption():
    text = (
        LEAD
        + "“Hope lives here,” reads a banner hung across the square on Thursday\n\n"
        + ("“We came for the music,” said Dale Pruett, a welder.\n")
    )
    assert speakers_of(text) == ["Dale Pruett"]


def test_a_told_attribution_with_a_tail_keeps_its_quotation():
    text = LEAD + (
        "“Nobody should cut subsidies for small growers,” Grennock told reporters during a stop in "
        "Iowa last November\n\n"
        "Mostly, Grennock is focused on trade.\n"
    )
    assert speakers_of(text) == ["Grennock"]
