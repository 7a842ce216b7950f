"""A name right before the opening mark of a quotation that a he or she after it attributes ("Cole
“has got a lot to offer,” he said") is the quoted clause's subject, what was said about; the pronoun
means someone else, here the one who spoke just before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Leading voices are backing Senator Ray Cole. Cole's views also square well with party leaders, "
    "said Mark Groll, another longtime party operative in the state.\n\n"
    "Cole “has got a lot to offer center-right voters,” he said.\n"
)


def test_the_pronoun_is_not_the_name_opening_the_quotation():
    assert speakers_of(ARTICLE) == ["Mark Groll"]


def test_a_name_further_before_the_quotation_may_still_be_the_pronoun():
    text = ARTICLE.replace("Cole “has got", "Cole has made much the same point: “He has got")
    assert speakers_of(text) == ["Ray Cole"]
