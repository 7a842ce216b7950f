"""An undersecretary (a secretary's deputy in a ministry) is a title before a name, like a
secretary: "Deputy Undersecretary of the Navy Ellen Marsh" is Ellen Marsh, never a person called
"Undersecretary"."""

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

TITLES = ["Deputy Undersecretary of the Navy", "Under-Secretary of State", "Deputy Undersecretary"]
SAID = "I read the article with disgust and will not forget it."


@pytest.mark.parametrize("title", TITLES)
def test_a_transcript_turn_after_an_undersecretary_title_is_the_named_person(title):
    text = f'The e-mails read:\n:{title} Ellen Marsh: "{SAID}"'
    assert speakers_of(text) == ["Ellen Marsh"]


def test_said_before_an_undersecretary_title_gives_the_named_person():
    text = f'"{SAID[:-1]}," said Deputy Undersecretary of the Navy Ellen Marsh.'
    assert speakers_of(text) == ["Ellen Marsh"]
    assert kinds_of(text) == {"Ellen Marsh": "person"}
