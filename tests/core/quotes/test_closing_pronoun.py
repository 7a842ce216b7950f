"""A paragraph of one speaker's quotations ending on a sentence whose subject is that speaker's he
or she ("“…,” Trump added. He then had a question for the crowd.") hands them the quotation
standing alone in the next paragraph; a sentence naming someone else, or a pronoun of the other
gender, does not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_speakers_pronoun_closing_the_paragraph_keeps_the_next_quotation_his():
    said = speakers_of(
        "“We will not borrow for this,” Mayor Tom Reyes said. He then had a question for the crowd."
        "\n\n“Who is going to pay for it?”"
    )
    assert said == ["Tom Reyes", "Tom Reyes"]


def test_a_pronoun_of_the_other_gender_does_not():
    said = speakers_of(
        "“We will not borrow for this,” Mayor Tom Reyes said. She then had a question for the crowd."
        "\n\n“Who is going to pay for it?”"
    )
    assert said == ["Tom Reyes", None]


def test_a_closing_sentence_naming_someone_else_does_not():
    said = speakers_of(
        "“We will not borrow for this,” Mayor Tom Reyes said. He then turned to Dana Pruitt, who "
        "chairs the harbour board.\n\n“Who is going to pay for it?”"
    )
    assert said == ["Tom Reyes", None]
