"""A body's verb of saying bringing a clause whose "it" tells what the body did ("The Harbor Board
said Friday it posted the warning label on Pruitt’s tweet “based on ...”") gives the quoted words to
the body, not to the one named before them; the partial quotation after it in the sentence goes on
with the body. A person telling what "it" did keeps no such reading."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Ferries\n\nMayor Dana Pruitt has spent the week attacking the Port Avery Harbor Board.\n\n"
    "“These clowns at the board cannot run a rowboat,” Pruitt tweeted about the board on Thursday.\n\n"
)


def test_words_after_a_bodys_it_clause_are_the_bodys():
    text = (
        LEAD + "The Harbor Board said Friday it posted the warning label on Pruitt’s tweet “based on the"
        " misleading figures in the second line.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "the Harbor Board"]


def test_a_second_partial_after_the_bodys_it_clause_is_the_bodys():
    text = (
        LEAD + "The Harbor Board said Friday it posted the warning label on Pruitt’s tweet “based on the"
        " misleading figures in the second line,” but left it visible “given its relevance to the debate.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "the Harbor Board", "the Harbor Board"]


def test_a_persons_it_clause_is_not_given_to_a_body():
    text = (
        LEAD + "Pruitt said Friday it posted the warning label on her tweet “based on nothing but spite"
        " and a grudge.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Dana Pruitt"]
