"""A given name that looks like a participle ("Keating", "Murshed") right after a role ("polling
director Keating Marlowe") is the person's first name, kept when the surname recurs alone; the same
word opening a name with no role before it ("Injecting Holt") is still an epithet."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Poll\n\nA new survey of voters in Tarrow County shows the race for governor is tied.\n\n"


def test_an_ing_given_name_after_a_role_stays_with_the_surname():
    text = LEAD + (
        "“Forty-nine percent of likely voters back the governor,” says county polling director Keating "
        "Marlowe.\n\n"
        "“That might help the governor in a very close race,” says Marlowe.\n"
    )
    assert speakers_of(text) == ["Keating Marlowe", "Keating Marlowe"]


def test_an_ed_given_name_after_a_role_stays_with_the_surname():
    text = LEAD + (
        "“Forty-nine percent of likely voters back the governor,” said campaign director Murshed Tavi.\n\n"
        "“That might help the governor in a very close race,” Tavi said.\n"
    )
    assert speakers_of(text) == ["Murshed Tavi", "Murshed Tavi"]


def test_an_epithet_opening_a_name_with_no_role_is_dropped():
    text = LEAD + (
        "Ada Holt toured the county on Monday. Grinning Holt waved at the crowd.\n\n"
        "“That might help the governor in a very close race,” Holt said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
