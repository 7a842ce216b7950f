"""A noun of speech tells whose words a quotation is with no verb of saying, when its owner is
named: "assurances by the commissioner, Hollis Brandt, that, “…,” no well would be shut" (the maker
after "by", a role and the name in apposition before "that", the quotation set off by commas inside
its clause), "his conclusion, as set out in his report, that ... “…”" (an "as" aside between the
noun and "that"), and "“…?” was one of her sharpest questions" (the quotation the subject of a
copula closing on the owner's noun). A noun of no speech ("her slogan") gives the words to no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Wells\n\nResidents of the Orrin Valley reacted angrily Monday after the regional water board "
    "ordered 40 private wells closed.\n\n"
)


def test_assurances_by_a_named_maker_give_the_makers_words():
    text = LEAD + (
        "Farmers denounced the move as a reversal of earlier assurances by the water commissioner, "
        "Hollis Brandt, that, “out of respect for the families who built this valley,” no working well "
        "would be shut.\n"
    )
    assert speakers_of(text) == ["Hollis Brandt"]


def test_a_conclusion_with_an_as_aside_gives_its_owners_words():
    text = LEAD + (
        "The county's auditor, Everett Tolliver, has also come under fire. Board members will question "
        "Mr. Tolliver on Thursday about his conclusion, as set out in his written report, that the "
        "aquifer was “healthy enough to support current pumping for another 30 years.”\n"
    )
    assert speakers_of(text) == ["Everett Tolliver"]


def test_a_quotation_that_was_one_of_her_questions_is_hers():
    text = LEAD + (
        "At a packed meeting Monday night, board member Reva Solberg, a former hydrologist, led the "
        "questioning of the staff. “Did anyone at the board ever ask you to change the pumping "
        "figures?” was one of her sharpest questions.\n"
    )
    assert speakers_of(text) == ["Reva Solberg"]


def test_a_quotation_that_was_her_slogan_is_no_ones():
    text = LEAD + (
        "Board member Reva Solberg, a former hydrologist, ran for the seat last year. “Every family "
        "keeps its well, every year” was her slogan.\n"
    )
    assert speakers_of(text) == [None]
