"""A surname under an office's title met before the one full name of that surname, which only
someone's quotation holds ("President Halvorsen ... “Next up, 11 year old Tobias Halvorsen!”"), is
the titled person's: the quoted full name is someone else, named later."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "President Halvorsen defended his budget on Monday in Dunmore.\n\n"
    "“I am very disappointed with the legislature,” Halvorsen said at a news conference.\n\n"
    "Halvorsen denied that he was stalling. “I don't think I am doing that,” he said.\n\n"
    "“Witch hunt. Next up, 11 year old Tobias Halvorsen!” Halvorsen wrote on social media.\n"
)


def test_the_presidents_words_stay_with_the_titled_surname():
    assert speakers_of(ARTICLE) == ["Halvorsen"] * 3


def test_a_full_name_in_the_text_itself_is_the_titled_person():
    article = ARTICLE.replace(
        "President Halvorsen defended", "President Halvorsen defended his record. Tobias Halvorsen defended"
    )
    assert speakers_of(article) == ["Tobias Halvorsen"] * 3
