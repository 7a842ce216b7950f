"""A preposition or an adverb of degree opening a sentence, capitalised there, is no body's name and
no speaker ("Under the “Our Aims” section of the PAC's website, it reads that ...", "Just moments into
the speech came this: “…”") (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Address\n\nGovernor Halvard Mesk gave his yearly address to the assembly in Dunmore on Tuesday.\n\n"


def test_an_adverb_of_degree_opening_a_colon_clause_says_nothing():
    text = (
        TITLE
        + "Just moments into the speech came this: “Mistakes were made, and I am the one who answers.”\n"
    )
    assert "Just" not in speakers_of(text)


def test_a_preposition_opening_the_sentence_is_no_body_that_reads():
    text = TITLE + (
        "Under the “Our Aims” section of the party's website, it reads that the group “will back growers who "
        "want to farm without sprays.”\n"
    )
    assert "Under" not in speakers_of(text)
