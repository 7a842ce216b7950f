"""The owner right before a quotation's opening mark ("Quell's “advice ... remind me of my
grandfather,” he wrote") is whom the words are about: a "he wrote" after them is someone else's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_wrote_after_an_owned_quotation_is_not_the_owner():
    text = (
        "Felix Aranda, the mayor of Brentwater, has long counted the magnate Hugo Quell as a friend.\n\n"
        "In his recently published memoir, Aranda dedicated a paragraph of the acknowledgments to Quell.\n\n"
        "Quell's “advice and pride in my work remind me of the role my grandfather once played,” he wrote.\n"
    )
    assert speakers_of(text) == ["Felix Aranda"]
