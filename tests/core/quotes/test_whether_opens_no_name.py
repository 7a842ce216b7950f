""" "Whether", or a preposition such as "Through" or "During", opening a sentence before a surname
("Whether Reyes offended by attacking the regime or ...", "Through Victor, whose products ...") is no
part of a person's name: the he or she after it is the person named before, not a second person
"Whether Reyes" or "Through Victor"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_whether_before_a_surname_makes_no_person():
    text = (
        "Boris Reyes was one of the most determined campaigners for freedom. Whether Reyes offended by "
        "attacking the regime or by mocking its leaders, he never stopped. “Enough already!” he said in "
        "his last interview.\n"
    )
    assert speakers_of(text) == ["Boris Reyes"]


def test_a_preposition_opening_a_sentence_makes_no_name():
    text = (
        "Abby Sutton and her husband started a clothing line. Through Victor, whose products range from $25 "
        "to $85, the Suttons hope to change that, she said. “There are people who value the idea but have "
        "never taken the step,” she said.\n"
    )
    assert speakers_of(text) == ["Abby Sutton"]
