"""A surname written alone that the pronouns after it make a man, while the only full name with that
surname is a woman's ("first lady Clara Garland"), is another person: the man known by the surname
("Garland"), not her. Her own full name, and her "Mrs. Garland", stay hers."""

from __future__ import annotations

from .speakers import kinds_of, speakers_of

ARTICLE = (
    "Garland suggested the whole idea of testing was overblown, but he declared that he was satisfied.\n\n"
    "“I do what I have to do,” said Garland, who resumed travelling this week.\n\n"
    "Garland insisted that many of his aides wear masks.\n\n"
    "The president and first lady Clara Garland drove to the memorial.\n\n"
    "“It could happen anywhere,” Garland said.\n\n"
    "“We were very moved,” Mrs. Garland said.\n"
)


def test_the_bare_surname_is_the_man_it_was_used_for():
    assert speakers_of(ARTICLE)[:2] == ["Garland", "Garland"]


def test_the_woman_named_in_full_keeps_her_titled_words():
    assert speakers_of(ARTICLE)[2] == "Clara Garland"


def test_both_are_listed_as_people():
    assert kinds_of(ARTICLE) == {"Garland": "person", "Clara Garland": "person"}


def test_a_woman_the_pronouns_agree_with_keeps_her_bare_surname():
    article = (
        "First lady Clara Garland says she was bullied as a child.\n\n"
        "Garland says she has made it her cause.\n\n"
        "“I know what it feels like,” Garland said. She added that she would keep going.\n"
    )
    assert speakers_of(article) == ["Clara Garland"]
