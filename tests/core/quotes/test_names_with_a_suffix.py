"""A name ending in a suffix ("Jr.", "Sr.") is spelled with its full stop, keeps the appositive
after it ("Jr., Louisiana Republican,") and keeps a surname that is also a title ("King Jr.")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _listed(text: str) -> dict[str, tuple[str, ...]]:
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text))
    return {s.name: tuple(s.roles) for s in listed.speakers}


def test_a_name_ending_in_jr_is_spelled_with_its_full_stop():
    text = "“We will appeal the ruling,” Walter Brandt Jr. said.\n"
    assert speakers_of(text) == ["Walter Brandt Jr."]


def test_a_name_ending_in_sr_is_spelled_with_its_full_stop():
    text = "“The mill fed this town for a century,” said Amos Quill Sr., who ran it until 1990.\n"
    assert speakers_of(text) == ["Amos Quill Sr."]


def test_the_appositive_after_jr_is_the_persons_role():
    text = "“It’s a good start,” Rep. Lyle Dorsey Jr., Ohio Republican, said after the vote.\n"
    assert _listed(text) == {"Lyle Dorsey Jr.": ("Ohio Republican",)}


def test_a_surname_that_is_a_title_before_jr_is_the_surname():
    text = (
        "Walter King Jr. alluded to the point in a speech in 1968.\n\n"
        "“A riot is the language of the unheard,” said King.\n"
    )
    assert speakers_of(text) == ["Walter King Jr."]


def test_a_name_ending_in_a_numeral_in_capitals_is_a_person():
    text = "“The format was confrontational,” said Arthur Quinlan Vail IV, who chairs a committee.\n"
    assert _listed(text) == {"Arthur Quinlan Vail IV": ()}
