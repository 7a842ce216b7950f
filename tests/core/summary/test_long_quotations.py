"""A quotation of more sentences than an unbalanced mark is allowed (a statement read out whole) is
still a quotation when a sentence of its paragraph closes it: no sentence of it is shown as the
article's own words. A stray opening mark, never closed, leaves the sentences after it usable."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

STATEMENT = " ".join(
    f"Point {n} of the statement concerns the harbour budget and pier {n}." for n in range(1, 12)
)

LONG = f"""Title: Harbour budget approved

The council of Lenmouth approved the harbour budget on Tuesday after a nine-hour debate.

Mayor Ellen Voss read a statement to the council. “{STATEMENT}”

The budget holds 40 million for new piers and 12 million for dredging the northern channel.

Councillor Ravi Molina said the plan was rushed and voted against it.
"""

STRAY = """Title: Ferry timetable changes

The ferry to Lenmouth will sail twice a day from Monday, the operator said.

“The winter timetable ends this week. Morning crossings leave at seven. Evening crossings leave at six.
Tickets cost the same as before. Cars must book a day ahead. Bicycles travel free. Dogs travel free on a
lead. The harbour café opens an hour earlier for passengers waiting for the first crossing of the day.
"""


def _summary(article: str, count: int) -> list[str]:
    return [sentence.text for sentence in api.summary(parse_article(article), count).sentences]


def test_no_sentence_of_a_long_quotation_is_shown_alone():
    texts = _summary(LONG, 10)
    assert not any(text.startswith("Point ") for text in texts)


def test_the_story_around_a_long_quotation_is_still_summarised():
    texts = _summary(LONG, 3)
    assert (
        texts[0] == "The council of Lenmouth approved the harbour budget on Tuesday after a nine-hour debate."
    )
    assert "Mayor Ellen Voss read a statement to the council." in texts


def test_sentences_after_a_stray_mark_never_closed_stay_usable():
    assert (
        "The harbour café opens an hour earlier for passengers waiting for the first crossing of the day."
        in (_summary(STRAY, 10))
    )
