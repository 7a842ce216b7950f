"""A courtesy title of the other gender than the one person named in full with that surname ("Mr.
Kessler" beside "Ingrid Kessler") is another person, even when a relative named by a given name
alone ("said her husband, Lou") comes later in the article: only a relative met before the title
may be whom it means (that case: test_relatives_by_possessive, test_descriptions_referring_back)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Aides said Mr. Kessler has noted every milestone of the final week of the campaign.\n\n"
    "“This is my last rally,” he said in Marlow on Saturday.\n\n"
    "He is happiest when he can spend time with Ingrid Kessler, though she has kept her own schedule.\n\n"
    "“He talked about his dog the whole time,” said Paula Wendt, 52, a nurse who met him at a diner. "
    "“It was a nice break,” said her husband, Lou.\n"
)


def test_a_title_of_the_other_gender_is_not_the_woman_named_in_full():
    assert speakers_of(TEXT)[0] == "Mr. Kessler"


def test_the_woman_named_in_full_is_not_given_his_words():
    assert "Ingrid Kessler" not in speakers_of(TEXT)
