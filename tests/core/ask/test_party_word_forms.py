"""ask.absence: a party's word asked in one form ("Democrats") is in an article that writes another
("Democrat Ana Lobo", "the Democratic party"), even where the article's only capitalised form opens a
sentence: never "The article doesn't mention Democrats"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

ASSEMBLY = (
    "Women lead Norland assembly\n\n"
    "Norland's assembly now has a majority of women members. \"It's been a long fight,\" said the leader.\n\n"
    '"We are here now." Democrat Ana Lobo, a minister, was first elected in 2012. Among women serving in '
    "assemblies nationwide, about 70 percent belong to the Democratic party.\n"
)


def test_a_party_word_in_another_form_is_not_missing():
    result = answer_question(parse_article(ASSEMBLY), "What share of women members are Democrats?")
    assert result.missing == ()
    assert "70 percent" in (result.answer or result.passage.text)


def test_a_plural_name_whose_singular_the_article_lacks_is_still_missing():
    assert answer_question(parse_article(ASSEMBLY), "Did the Republicans win?").missing == ("Republicans",)
