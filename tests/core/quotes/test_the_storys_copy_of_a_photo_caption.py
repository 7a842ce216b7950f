"""A sentence of the story that repeats one of a photo's caption (a paragraph closed by "(Photo by
staff)", however long) is the story's telling, not a repeat: the person it introduces is the "he" who
tweets after it. The caption printed twice over the story is still one caption."""

from __future__ import annotations

from bot.core.article import parse_article
from tests.core.quotes.speakers import speakers_of

CAPTION = (
    "Mourners light candles outside the Norland Embassy in Vessa, Calvera, Sunday, March 8. A vigil "
    "late Saturday in Vessa turned into a protest, with hundreds of people chanting against the "
    "country's leaders. Police briefly detained the Norland ambassador to Calvera, Piet Maris, who said "
    "he went to the vigil without knowing it would turn into a protest. (Photo by staff)\n\n"
)
STORY = (
    "Hundreds of people gathered in the Calvera capital on Saturday to mourn the ferry's victims.\n\n"
    "The government later cut mobile service in the city center. Interior Minister Rado Kell later said "
    "dozens of people were detained.\n\n"
    "Police briefly detained the Norland ambassador to Calvera, Piet Maris, who said he went to the "
    "vigil without knowing it would turn into a protest.\n\n"
    "“Can confirm I was not taking part in any demonstration!” he tweeted.\n"
)


def test_the_one_the_storys_copy_introduces_tweets_after_it():
    assert speakers_of("Envoy held\n\n" + CAPTION + STORY) == ["Piet Maris"]


def test_a_caption_printed_twice_is_one_caption():
    article = parse_article("Title: T\n\nEnvoy held\n\n" + CAPTION + CAPTION + STORY)
    first, second = (p for p in article.paragraphs if p.text.startswith("Mourners"))
    assert second.sentences[0].duplicate_of == first.sentences[0].number
