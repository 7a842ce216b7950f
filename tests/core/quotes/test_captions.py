"""Photo captions in the quote engine: who took a picture is nobody the story quotes."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def test_a_pronoun_after_a_photo_credit_is_not_the_photographer():
    article = parse_article(
        "Title: Dry spring\n\n"
        "The reservoir fell to a record low on Monday.\n\n"
        "Photo: A dry boat ramp on Wednesday. (Anna Kessler/Millbrook Herald)\n\n"
        "“The snow melted a month early,” she said.\n"
    )
    speakers = [q.speaker for q in quotes.extract_quotes(article)]
    assert "Anna Kessler" not in speakers


def test_a_quotation_and_attribution_that_lost_their_full_stop_are_no_caption():
    article = parse_article(
        "Title: Final address\n\n"
        "Chancellor Mirela Vost gave her final address to the assembly on Tuesday.\n\n"
        "“Sometimes I am criticized in my own country for trusting shared rules, but I am convinced in "
        "the long run…” Vost said\n\n"
        "Her deputy said the unrest has “nothing to do with the harvest.”\n"
    )
    speakers = [q.speaker for q in quotes.extract_quotes(article)]
    assert speakers[0] == "Mirela Vost"


def test_a_caption_line_quoting_a_sign_without_a_full_stop_stays_a_caption():
    article = parse_article(
        "Title: Protest\n\n"
        "Hundreds marched on the town hall on Saturday.\n\n"
        "A protester holds a sign reading “Save our harbour” near the pier\n\n"
        "“We will be back next week,” said organiser Ada Holt.\n"
    )
    speakers = [q.speaker for q in quotes.extract_quotes(article)]
    assert speakers == ["Ada Holt"]
