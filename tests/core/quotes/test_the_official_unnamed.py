""" "The official" or "the senior official" no one in the article is named as is an unnamed source, as
"the spokesman" is: never the person named last ("For months Dana Reyes said ... ¶ “That did not
happen,” the senior official said" is not Reyes's)."""

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_senior_official_no_one_is_named_as_is_not_the_person_named_last():
    text = (
        "A senior official said the minister was not asked to stay.\n\n"
        "For months Dana Reyes said she served at the pleasure of the president.\n\n"
        '"That did not happen at all," the senior official said.'
    )
    assert speakers_of(text) == ["the senior official"]
    assert kinds_of(text) == {"the senior official": "unnamed"}


def test_the_official_named_before_is_still_that_person():
    text = (
        "Tom Lee, a city official, met the families on Monday.\n\n"
        '"We will rebuild every house," the official said.'
    )
    assert speakers_of(text) == ["Tom Lee"]
