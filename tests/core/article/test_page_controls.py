"""A link preview a scraper copied after a person's name is taken out and the name kept; prose that only
looks like one is left alone."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.article.page_controls import without_page_controls
from bot.core.quotes import engine as quotes

CARD = (
    "Sen. Hanna Ruiz Hanna Maria RuizRuiz tells party: 'Time to go' Harbor plan stalls again MORE (D-Averly)"
)


def test_a_link_preview_after_a_name_is_taken_out():
    assert without_page_controls(CARD) == "Sen. Hanna Ruiz (D-Averly)"


def test_a_preview_with_a_nickname_in_brackets_is_taken_out():
    text = "then-Vice President Al Gore Albert (Al) Arnold GoreSenate panel meets Tuesday MORE’s campaign"
    assert without_page_controls(text) == "then-Vice President Al Gore’s campaign"


def test_two_previews_in_a_sentence_each_keep_their_name():
    text = "Ivo Petrak Ivo Marek PetrakBoard sends letter MORE and Hanna Ruiz Hanna RuizRuiz wins MORE voted"
    assert without_page_controls(text) == "Ivo Petrak and Hanna Ruiz voted"


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said MORE than once that she would run.",
        "Hanna Ruiz Hanna Maria Ruiz is her full name, and she wants MORE.",
        "Ryan Ryanair Holdings said MORE flights were coming.",
    ],
)
def test_prose_without_a_glued_card_is_left_alone(text):
    assert without_page_controls(text) == text


def test_a_quotation_before_a_link_preview_goes_to_the_named_senator():
    article = parse_article(
        "Title: Rivals react\n\n"
        f"“Brandt saying he might not accept the count is beyond the pale,” tweeted {CARD}.\n"
    )
    [quote] = quotes.extract_quotes(article)
    assert quote.speaker == "Hanna Ruiz"


def test_a_gallery_button_between_captions_is_taken_out():
    text = "Boats line the quay. Hide Caption 1 of 3 Photos: Harbour festival Lind speaks."
    assert without_page_controls(text) == "Boats line the quay. Photos: Harbour festival Lind speaks."


def test_a_pronoun_after_a_gallery_button_goes_to_the_caption_named_before():
    article = parse_article(
        "Title: Festival\n\nThe festival drew crowds.\n\n"
        "Photos: Festival Boats line the quay. Hide Caption 1 of 2 Photos: Festival Harbour master Ivo "
        "Marsh opened the fair. “The tide is turning early,” he said. Hide Caption 2 of 2\n"
    )
    [quote] = quotes.extract_quotes(article)
    assert quote.speaker == "Ivo Marsh"
