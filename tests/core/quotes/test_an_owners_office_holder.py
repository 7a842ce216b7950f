""" "Osgood's Republican deputy mayor insisted that ... “…”" after "Former Deputy Mayor Harold Venn":
an owner's office names the one person besides the owner who holds it, not an unnamed source, and
so does the he after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_NAMED = (
    "Former Deputy Mayor Harold Venn called an audit of Mayor Martin Osgood's flood spending "
    "“deeply flawed.”\n\n"
)


def test_the_owners_office_is_its_one_holder():
    text = _NAMED + (
        "Osgood's Republican deputy mayor insisted that the measures helped the city “stay dry through "
        "the worst storm in a century.”\n"
    )
    assert speakers_of(text) == ["Harold Venn", "Harold Venn"]


def test_an_office_no_one_named_holds_is_no_one_named():
    text = _NAMED + "Osgood's chief of staff insisted that the measures helped it “stay dry all year.”\n"
    assert speakers_of(text)[-1] not in ("Harold Venn", "Martin Osgood")


def test_he_after_the_owners_office_is_its_one_holder():
    text = _NAMED + (
        "Osgood's Republican deputy mayor insisted that the measures had worked.\n\n"
        "“It did in fact keep thousands of homes safe from further flooding,” he said.\n"
    )
    assert speakers_of(text) == ["Harold Venn", "Harold Venn"]


def test_he_after_an_office_no_one_named_holds_is_not_the_owner():
    text = _NAMED + (
        "Osgood's Republican deputy governor insisted that the measures had worked.\n\n"
        "“It did in fact keep thousands of homes safe,” he said.\n"
    )
    assert speakers_of(text)[-1] != "Martin Osgood"


def test_a_countrys_top_diplomat_is_its_one_foreign_minister():
    text = (
        "Foreign Minister Paula Renk warned Ostland on Friday not to move more troops to the border.\n\n"
        "Dellmark's top diplomat said the threats from Ostland are “unacceptable by any standard.”\n"
    )
    assert speakers_of(text) == ["Paula Renk"]


def test_a_countrys_top_diplomat_is_the_minister_of_that_country_among_two():
    text = (
        "In a call to Norwegian Foreign Minister Ivo Brask, Secretary of State Ada Lind warned of "
        "sanctions.\n\n"
        "“We would urgently call on our partners to take responsibility,” Norway's top diplomat said.\n"
    )
    assert speakers_of(text) == ["Ivo Brask"]
