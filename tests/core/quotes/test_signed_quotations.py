"""A quotation set out alone and signed by the next paragraph ("- Name."), as fact checks do (session 12).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_dash_and_a_name_under_a_bare_quotation_sign_it():
    text = (
        "The ferry debate held few surprises. Mara Quill and Tobias Wren both spoke.\n\n"
        "“Fares on the island have doubled in ten years.”\n\n"
        "- Mara Quill.\n\n"
        "Fares rose by about 40 percent, according to the harbor board.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_a_signature_may_carry_a_title_and_a_tail_after_a_comma():
    text = (
        "Mayor Tobias Wren spoke at the pier on Monday.\n\n"
        "“Great crossing. The new boats are ready.”\n\n"
        "—Mayor Wren, writing after the launch.\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_a_dash_line_that_is_a_sentence_signs_nothing():
    text = (
        "Mara Quill and Tobias Wren spoke at the pier.\n\n"
        "“Fares on the island have doubled in ten years.”\n\n"
        "- Mara Quill went home after the debate.\n"
    )
    assert speakers_of(text) == [None]


def test_a_pull_quote_signed_below_by_a_name_and_an_affiliation_without_a_dash_is_the_signers():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        "“We are going to enter the next downturn without the boats we need.”\n\n"
        "Josh Bivens, Harbor Policy Institute\n\n"
        "Fares rose by about 40 percent in ten years.\n"
    )
    assert speakers_of(text) == ["Josh Bivens"]


def test_a_pull_quote_block_closed_after_its_signature_line_is_the_signers():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        '"We are going to enter the next downturn without the boats we need.\n'
        'Josh Bivens, Harbor Policy Institute."\n\n'
        "Fares rose by about 40 percent in ten years.\n"
    )
    assert speakers_of(text) == ["Josh Bivens"]


def test_a_sentence_about_a_person_after_a_bare_quotation_signs_nothing():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        "“We are going to enter the next downturn without the boats we need.”\n\n"
        "Josh Bivens, an economist, disagreed with the board.\n"
    )
    assert speakers_of(text) == [None]


def test_a_signature_saying_where_the_words_were_said_signs_them():
    text = (
        "The harbor fee\n\n"
        "“You would be better off buying a second boat anyway.”\n\n"
        "-- Councilwoman Marta Velling at a harbor forum hosted by the Dunmore Gazette, answering a "
        "fisherman.\n\n"
        "The sponsor of the new mooring fee waved away complaints from small fishermen on Tuesday.\n"
    )
    assert speakers_of(text) == ["Marta Velling"]


def test_a_signature_below_outweighs_the_speaker_the_words_would_go_on_with():
    text = (
        "The harbor fee\n\n"
        "“The fee is modest and the harbor needs the money,” said Councilwoman Marta Velling.\n\n"
        "And Now, A Word From Ivo\n\n"
        "“That is why I am giving the council one more chance to show it understands the water.”\n\n"
        "-- Ivo Brask on “Harbor Talk with Lena Ott.”\n"
    )
    assert speakers_of(text) == ["Marta Velling", "Ivo Brask"]


def test_a_signature_may_open_with_a_role_ending_in_its_noun():
    text = (
        "The harvest\n\n"
        "“The harvest season is here, and I suspect many families will stop at a Fennick stall.”\n\n"
        "-- Soon-to-be Unity Party mayoral nominee Corin Vadask in an op-ed written for the Marlow "
        "Herald.\n\n"
        "Try to figure how a poll showing most voters unhappy still shows a dead heat.\n"
    )
    assert speakers_of(text) == ["Corin Vadask"]


def test_a_memo_from_a_person_below_a_quotation_signs_nothing():
    text = (
        "The harvest\n\n"
        "“The harvest season is here, and I suspect many families will stop at a Fennick stall.”\n\n"
        "-- a memo from the office of Corin Vadask.\n"
    )
    assert speakers_of(text) != ["Corin Vadask"]
