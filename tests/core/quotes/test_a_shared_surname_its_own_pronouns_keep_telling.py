"""A surname two people share, written alone caption after caption with its own he, his or she
("Pike apologizes for remarks he made"), means the namesake of that gender whenever no full name
nearby settles it: before anyone is named in full, and far from the other's full name."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Pike walks on stage with his family after winning on November 9. “Ours was a movement, "
    "not a campaign,” Pike told supporters in Tulsa.\n\n"
    "Pike apologizes in a video for crude remarks he made years ago. “I said it, I was wrong "
    "and I apologize,” Pike said.\n\n"
    "Pike was married to Lorna Vesey Pike from 1979 to 1992. They had two children.\n\n"
    "Pike wears a hard hat at a building site in 1981.\n\n"
    "Pike stands at attention during his senior year at military school in 1966.\n\n"
    "Former developer Gorman Pike has been in the spotlight for decades.\n\n"
    "Pike attends a ground-breaking in 1980.\n\n"
    "Pike rode the subway to work.\n\n"
    "“I'm even surprised at how long it took,” Pike said.\n"
)


def test_the_surname_before_any_full_name_is_the_man_its_pronouns_tell():
    assert speakers_of(ARTICLE)[:2] == ["Gorman Pike", "Gorman Pike"]


def test_far_from_both_full_names_the_surname_stays_his():
    assert speakers_of(ARTICLE)[2] == "Gorman Pike"


def test_a_stray_pronoun_or_two_tells_nothing():
    article = (
        "Pike walks on stage with his family. “Ours was a movement,” Pike told supporters.\n\n"
        "Pike was married to Lorna Vesey Pike. Gorman Pike runs a firm.\n"
    )
    assert speakers_of(article) == [None]


def test_pronouns_of_both_genders_tell_nothing():
    article = (
        "Pike walks on stage with his family. “Ours was a movement, not a campaign,” Pike said.\n\n"
        "Pike apologizes for remarks he made. Pike says she is tired. Pike thanks his staff.\n\n"
        "Pike knows she will win. Pike hopes she can rest.\n\n"
        "Pike was married to Lorna Vesey Pike. Gorman Pike runs a firm.\n"
    )
    assert speakers_of(article) == [None]
