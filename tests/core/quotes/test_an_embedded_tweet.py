"""An embedded tweet copied as text, its words in marks with no full stop after them and its
signature closing the paragraph ("— Lena Ruddock (@LenaRuddock) May 1, 2026"), is story, not a
photo's caption: its quotation is found, given to the author the signature names when the article
names that person, else to no one (never to the person quoted in the paragraph before)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

_TWEET = (
    "“Let the trawlers in, you cowards” Inland crews to the harbour board pic.twitter.com/qz81kd "
    "— LenaRuddock (@LenaRuddock) May 1, 2026"
)


def _said(before: str) -> list[tuple[str | None, str]]:
    body = "\n\n".join(
        (
            "Trawler crews from the inland towns protested at the harbour gates on Thursday.",
            before,
            _TWEET,
            "The harbour board will meet the crews on Tuesday.",
        )
    )
    quotes = extract_quotes(parse_article(f"Title: Trawler protest\n\n{body}\n"))
    return [(quote.speaker, quote.text) for quote in quotes]


def test_the_tweets_words_are_found_and_no_ones_when_its_author_is_not_named():
    said = _said("Harbour master Oren Tace closed the gates at noon.")
    assert said == [(None, "Let the trawlers in, you cowards")]


def test_the_tweet_is_its_named_authors():
    said = _said("Campaigner Lena Ruddock filmed the protest.")
    assert said == [("Lena Ruddock", "Let the trawlers in, you cowards")]


def test_the_tweet_does_not_go_on_with_the_person_quoted_before():
    said = _said("“We will not leave,” said Oren Tace, a skipper from Dunmarrow.")
    assert said == [("Oren Tace", "We will not leave"), (None, "Let the trawlers in, you cowards")]


def _tweeted(tweet: str) -> list[tuple[str | None, str]]:
    body = "\n\n".join(
        (
            "Campaigner Lena Ruddock followed the harbour board's meeting on Thursday.",
            "Skipper Oren Tace said the board had misled the crews.",
            f"{tweet} — Lena Ruddock (@LenaRuddock) May 1, 2026",
        )
    )
    quotes = extract_quotes(parse_article(f"Title: Trawler protest\n\n{body}\n"))
    return [(quote.speaker, quote.text) for quote in quotes]


def test_a_person_the_tweet_names_telling_the_words_speaks_them():
    said = _tweeted("Asked if he blames the board, Tace tells me “I do, every one of them.”")
    assert said == [("Oren Tace", "I do, every one of them.")]


def test_an_unnamed_source_the_tweet_describes_speaks_its_words():
    said = _tweeted(
        "When Tace told the board he would sue, members “laughed out loud,” one board clerk told me."
    )
    assert said == [("one board clerk", "laughed out loud")]


def test_a_pronoun_in_the_tweet_leaves_the_words_to_its_author():
    said = _tweeted("He tells me “I do, every one of them.”")
    assert said == [("Lena Ruddock", "I do, every one of them.")]


def test_a_person_the_tweet_names_right_before_the_words_speaks_them():
    said = _tweeted("Tace “will sue the board” over the quota, he says #trawlers")
    assert said[0] == ("Oren Tace", "will sue the board")


def test_words_after_another_accounts_handle_are_not_the_signers():
    said = _tweeted(".@HarbourBoard: “The quota stands. We will not reopen it.”")
    assert said == [(None, "The quota stands. We will not reopen it.")]


def test_words_after_the_handle_of_a_person_the_article_names_are_that_persons():
    said = _tweeted(".@OrenTace: “The quota is a betrayal of the inland towns.”")
    assert said == [("Oren Tace", "The quota is a betrayal of the inland towns.")]
