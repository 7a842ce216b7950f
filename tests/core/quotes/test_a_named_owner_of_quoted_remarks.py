"""A person named right before quoted words that a noun of speech right after names ("Minister Hal
Ruston's “winter of iron and smoke” remarks alarmed the envoys") owns the words; a his or her there
is left alone."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Border talks\n\nThe envoys met in May.\n\n"


def test_the_named_owner_of_the_remarks_speaks():
    text = (
        LEAD + "Minister Hal Ruston's “winter of iron and smoke” remarks about Norland alarmed the envoys.\n"
    )
    assert speakers_of(text) == ["Hal Ruston"]


def test_his_before_the_quoted_noun_is_left_alone():
    text = LEAD + (
        "Minister Hal Ruston met Ivo Brandt. The move came after a speech in which he trained his "
        "“law and order” message on the unrest.\n"
    )
    assert speakers_of(text) != ["Ivo Brandt"]


def test_an_adjective_between_the_owner_and_the_words_keeps_them_the_owners():
    text = LEAD + (
        "“We are starting phase two of the plan, with a basket of tools for the base,” Ira Pell "
        "said, riffing on Mara Lint's famous “bag of old tricks” comment from the campaign.\n"
    )
    assert speakers_of(text) == ["Ira Pell", "Mara Lint"]
