"""The verb after a sentence's last quotation speaks its earlier quotations too, unless someone who
may speak is named between them; a name talked of there ("beyond Keller") is not such a one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = "Sen. Joe Keller is already facing trouble from both sides.\n\n"


def test_a_name_after_beyond_between_two_quotations_leaves_the_first_to_the_last_verb():
    text = (
        LEDE + '"There are personally pro-farm senators" beyond Keller in the party who "don’t take '
        'anti-farm votes," Harbor Growers President Ilse Hogan said in an interview.\n'
    )
    assert speakers_of(text) == ["Ilse Hogan", "Ilse Hogan"]


def test_a_name_speaking_between_two_quotations_keeps_the_first_apart():
    text = (
        LEDE + '"There are personally pro-farm senators," Keller told a radio host, and "they don’t take '
        'anti-farm votes," Harbor Growers President Ilse Hogan said in an interview.\n'
    )
    assert speakers_of(text) == ["Joe Keller", "Ilse Hogan"]


def test_names_of_a_phrase_of_belonging_between_the_quotations_do_not_speak():
    text = (
        "President Tomas Arvel offered shelter on Friday to the fugitive engineer Lida Kors.\n\n"
        "“As head of state, the government decided to offer shelter to the engineer so that she can live "
        "in the homeland” of the founder Orin Vass and the late President Hal Brun without “fear of the "
        "empire,” Mr. Arvel said.\n"
    )
    assert speakers_of(text) == ["Tomas Arvel", "Tomas Arvel"]


def test_a_name_after_a_preposition_of_place_still_bars_sharing():
    text = (
        "President Tomas Arvel spoke on Friday.\n\n"
        "“We offered shelter,” Lida Kors said in Montrevia, where “nobody feared the empire,” Mr. Arvel "
        "said.\n"
    )
    assert speakers_of(text)[0] == "Lida Kors"
