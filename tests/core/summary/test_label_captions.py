"""A sentence right after a short exclamation or question of its paragraph ("Cry for help! This is one of
the parrots ...", "Why now? The council ...") is a photo's caption under its label or the answer to a
rhetorical question: the summary never shows it."""

from bot.core.article import parse_article
from bot.core.summary.engine import summarize

FERRETS = (
    "Two ferrets raised the alarm when a fire broke out in a flat above a bakery in Wexmoor on Tuesday. "
    "Brave pets! Pip and Moss were given a medal by the Wexmoor fire station chief on Friday. "
    "The fire station chief said the medal was the first the station had given to animals. "
    "Firefighters put out the fire within an hour and nobody was hurt. "
    "The ferrets belong to a neighbour, who keeps them in a hutch in the yard. "
    "The bakery will stay closed until its ovens have been checked by an engineer."
)

LIBRARY = (
    "The council of Dunholt voted on Monday to close the town library at the end of the year. "
    "Readers had campaigned for two years to keep the library of Dunholt open. "
    "Why now? The council of Dunholt says the library roof needs repairs it cannot afford this year. "
    "The library's books will move to the school on Hale Street. "
    "A final reading evening is planned for December."
)


def _lines(text: str, count: int) -> list[str]:
    return [s.text for s in summarize(parse_article(text), count).sentences]


def test_a_caption_under_a_short_exclamation_label_is_never_picked():
    for count in range(1, 5):
        assert not any(line.startswith("Pip and Moss") for line in _lines(FERRETS, count))


def test_the_answer_to_a_short_rhetorical_question_is_never_picked():
    for count in range(1, 5):
        assert not any(line.startswith("The council of Dunholt says") for line in _lines(LIBRARY, count))
