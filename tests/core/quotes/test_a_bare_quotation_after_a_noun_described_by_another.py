"""A paragraph of quoted words alone after a sentence whose subject says something of a noun another
person described ("Vasquez-Hart recognizes the rural focus described by Oyelaran, but cautions that
...") goes on with that subject, not with the person after "by"; words quoted in the participle's
own sentence ("described by Oyelaran as “…”") are still the describer's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Rural vote\n\nMarcus Oyelaran teaches at Penwick College. “Small towns have been ignored,” "
    "Oyelaran said.\n\n"
)
BARE = "“Many voters in the valley have not made up their minds.”\n"


def test_a_verb_joined_after_the_described_noun_keeps_the_subject():
    text = LEAD + (
        "Lena Vasquez-Hart recognizes the rural focus described by Oyelaran, but cautions that early "
        "polls should not be read as final.\n\n" + BARE
    )
    assert speakers_of(text) == ["Marcus Oyelaran", "Lena Vasquez-Hart"]


def test_the_subjects_earlier_verb_of_saying_outweighs_the_describer():
    text = LEAD + (
        "Lena Vasquez-Hart, who teaches at Dunmore University, agrees with the rural focus described "
        "by Oyelaran, but warns that early polls should not be read as final.\n\n" + BARE
    )
    assert speakers_of(text) == ["Marcus Oyelaran", "Lena Vasquez-Hart"]


def test_words_quoted_in_the_describing_sentence_are_the_describers():
    text = LEAD + (
        "Lena Vasquez-Hart teaches at Dunmore University. She agrees with the rural focus described "
        "by Oyelaran as “a return to basics.”\n"
    )
    assert speakers_of(text) == ["Marcus Oyelaran", "Marcus Oyelaran"]
