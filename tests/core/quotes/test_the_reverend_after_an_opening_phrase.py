"""A name after "the" and an honorific ("On the other side, the Rev. Martin Oakhurst, chairman of the
council, said ...") is the sentence's subject, so a later "he said" means him."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Landfill\n\nThe county board voted 4-3 on Wednesday to approve the new landfill.\n\n"


def test_he_after_the_reverend_named_past_an_opening_phrase_is_the_reverend():
    text = (
        TITLE
        + "“We are not giving up on this valley,” said farmer Ellis Ruddock.\n\n"
        + "On the other side, the Rev. Martin Oakhurst, chairman of the church council, said he was "
        + "disappointed.\n\n"
        + "“The public conversation continues and that's a good thing,” he said.\n"
    )
    assert speakers_of(text) == ["Ellis Ruddock", "Martin Oakhurst"]
