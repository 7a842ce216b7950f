"""A quotation standing as its own sentence after "..., the spokesman said." goes on in that
spokesman's voice, as it would after a named person's or an organisation's: the spokesman a
paragraph introduced ("a company spokesman"), else the role's own label. A role naming a person
("the senator") stays that person's."""

from tests.core.quotes.speakers import kinds_of, speakers_of

SAID = '"As they check out the others, they will find ours is better."'


def test_a_quotation_after_the_spokesman_said_is_the_spokesman_introduced_before():
    text = (
        "The firm will ship a new version in 2006, a company spokesman said.\n\n"
        f"Users who leave will come back, the spokesman said. {SAID}"
    )
    assert speakers_of(text) == ["a company spokesman"]


def test_a_quotation_after_an_official_no_one_introduced_is_under_the_role():
    text = f"Users who leave will come back, the official said on Monday. {SAID}"
    assert speakers_of(text) == ["the official"]
    assert kinds_of(text) == {"the official": "unnamed"}


def test_a_quotation_after_a_role_naming_a_person_stays_that_persons():
    text = f"Sen. Ann Holt spoke in Dover on Monday.\n\nUsers will come back, the senator said. {SAID}"
    assert speakers_of(text) == ["Ann Holt"]
