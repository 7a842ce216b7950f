"""A summary never shows the opening sentence of a quotation that goes on in later sentences without
them ("“We have won the argument about safety on the night crossings." read as the article's own
words, on a stray “, with no one saying it): the quotation is shown whole when the summary has room
for all of it, else not at all."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

STRIKE = parse_article(
    "Title: Ferry strike ends\n\n"
    "Ferry crews in Lenmouth ended their strike on Monday after the operator agreed to new night rotas.\n\n"
    "“We have won the argument about safety on the night crossings. The company finally listened to its "
    "crews after three weeks of talks. Nobody wanted a long strike, and the passengers deserved better,” "
    "said union organiser Maren Holt.\n\n"
    "The operator said services would resume on Tuesday morning.\n\n"
    "Passengers had faced delays of up to four hours during the strike, which began on May 2.\n"
)
OPENER = "“We have won the argument about safety on the night crossings."


def _summary(count: int) -> list[str]:
    return [sentence.text for sentence in api.summary(STRIKE, count).sentences]


def test_the_opening_sentence_of_a_quotation_is_never_shown_without_the_rest():
    for count in (4, 5):
        assert OPENER not in _summary(count)


def test_a_quotation_is_shown_whole_when_there_is_room():
    texts = _summary(6)
    at = texts.index(OPENER)
    assert texts[at + 1 : at + 3] == [
        "The company finally listened to its crews after three weeks of talks.",
        "Nobody wanted a long strike, and the passengers deserved better,” said union organiser Maren Holt.",
    ]


def test_a_quotation_opened_inside_a_sentence_is_shown_whole_or_not_at_all():
    article = parse_article(
        "Title: Code row\n\nThe flag code was quoted often in the row over the festival poster.\n\n"
        "The code says the flag should never be used as “wearing apparel. It is not a costume,” "
        "a veterans' group told the council.\n\nThe poster was withdrawn on Friday after the complaints.\n"
    )
    for count in range(1, 5):
        texts = [s.text for s in api.summary(article, count).sentences]
        opened = [t for t in texts if t.endswith("“wearing apparel.")]
        assert not opened or texts[texts.index(opened[0]) + 1].startswith("It is not a costume")
