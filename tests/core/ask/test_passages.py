"""ask.passages: the closest passage is the best candidate's paragraph, and the leads are the
closest paragraphs, at most ASK_LEADS of them; a short passage that leads in to a quotation or refers
back brings that neighbouring paragraph into the "Also close" lines."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.answers import Source
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.passages import closest_passage, leads, neighbour
from tests.conftest import own_article


def test_the_closest_passage_of_a_short_paragraph_is_the_whole_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "Who fired the flares?")
    passage = closest_passage(article, ranked[0], ranked)
    assert passage.text == article.paragraph(passage.paragraph).text


def test_the_leads_are_at_most_ask_leads_paragraphs():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "What did Tait do at the harbour?")
    assert 0 < len(leads(article, ranked)) <= constants.ASK_LEADS


def test_a_short_lead_in_passage_shows_the_quotation_it_leads_in_to_as_also_close():
    result = answer_question(
        own_article("ask_harbour_lead_in.txt"), "Who was not on board with the fuel dock?"
    )
    assert result.passage is not None and result.passage.text.startswith("At least one councillor")
    assert any("Ines Varga" in source.text for source in result.also)


def test_a_short_passage_that_refers_back_leans_on_the_paragraph_before():
    article = parse_article(
        "Ad pulled\n\nThe town of Marlow objected to a campaign advert using its police badges.\n\n"
        "The town sent a letter on Thursday.\n\nThe campaign said the advert would run until Friday.\n"
    )
    passage = Source(2, "The town sent a letter on Thursday.")
    assert neighbour(article, passage) == Source(1, article.paragraph(1).text)


def test_a_passage_of_several_sentences_leans_on_no_neighbour():
    article = parse_article(
        "Ad pulled\n\nThe town of Marlow objected to the advert.\n\n"
        "The town sent a letter. It asked for the advert to stop.\n"
    )
    assert neighbour(article, Source(2, article.paragraph(2).text)) is None
