"""A name and its apposition closing the sentence after a quotation, the verb of saying left out
("“…,” Jeff Cohen, co-founder of the activist group Roots Action. “…”"), label the speaker as a
role and name alone do."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

ARTICLE = (
    "Progressives met in Dayton on Saturday.\n\n"
    "“I hope there will be serious talks,” Jeff Cohen, {apposition}. “I speak for many of us.”\n"
)


@pytest.mark.parametrize(
    "apposition",
    [
        "co-founder of the activist group Roots Action",
        "a retired teacher from Dayton",
        "45",
        "the group's founder",
    ],
)
def test_the_named_person_says_both_quotations(apposition):
    assert speakers_of(ARTICLE.format(apposition=apposition)) == ["Jeff Cohen", "Jeff Cohen"]


def test_a_clause_after_the_name_is_no_label():
    article = ARTICLE.format(apposition="the group has argued for years")
    assert "Jeff Cohen" not in speakers_of(article)
