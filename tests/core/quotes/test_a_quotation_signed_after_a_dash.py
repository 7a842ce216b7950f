"""A whole quotation opening its sentence, then a dash and a name (titles before it, no finite verb
after it) is signed by that person, as newsletters quote the day's lines: "“…” -- Hillary Clinton
talking on CNN", "“…” — Sen. Bernie Sanders, I-Vt., in his webcast"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "The day's lines\n\nThe campaign rolls on.\n\n"


def test_a_name_and_a_participle_after_a_double_hyphen_sign_the_quotation():
    text = TITLE + "“I am three million votes ahead.” -- Ada Holt talking on KWRT about the race.\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_titled_name_and_its_apposition_after_a_dash_sign_the_quotation():
    text = TITLE + "“Election days come and go.” — Sen. Tom Reyes, I-Vt., in his live webcast Thursday.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_name_and_a_finite_verb_after_a_dash_are_the_writers_next_clause():
    text = TITLE + "“We will win this thing.” — Mr. Reyes appeared eager to spread the message.\n"
    assert speakers_of(text) == [None]
