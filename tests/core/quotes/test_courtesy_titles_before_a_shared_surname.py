"""A courtesy title of the other gender than the given name of the one person the article names with
a surname ("Mr. Varga" beside "Ellen Varga") is someone else of that surname, listed as "Mr. Varga";
a title that fits her stays hers. (A relative named by a given name alone, "His sister, Jade ... Ms
Reddy", still takes the title: test_descriptions_referring_back.)"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_CANDIDATE = (
    "Democratic candidate Ellen Varga spoke to voters in Dayton on Monday.\n\n"
    "“We will fix the roads before we fix anything else,” Ms. Varga said.\n\n"
)


def test_mr_before_the_surname_of_a_woman_named_in_full_is_another_person():
    text = (
        _CANDIDATE + "Her husband joined her later. “I have never been prouder of anyone,” Mr. Varga said.\n"
    )
    assert speakers_of(text) == ["Ellen Varga", "Mr. Varga"]


def test_mrs_before_the_surname_of_a_man_named_in_full_is_another_person():
    # the given name before "and" names her (test_a_given_name_before_a_partners_full_name)
    text = (
        "Margaret and John Millington have run the chandlery on the quay since 1988.\n\n"
        "“We will be the last shop standing on this quay,” Mrs. Millington said.\n"
    )
    assert speakers_of(text) == ["Margaret Millington"]


def test_a_title_that_fits_the_person_named_in_full_stays_theirs():
    text = _CANDIDATE + "“Nobody will outwork this campaign,” Ms. Varga added.\n"
    assert speakers_of(text) == ["Ellen Varga", "Ellen Varga"]
