"""Daily Mail exports: single and double quote marks mixed in one line, captions, honorifics, roles."""

from __future__ import annotations

from bot.core.quotes import engine as quotes
from bot.core.quotes import marks as qm
from tests.conftest import own_article

RAIL = "quotes_rail_remark.txt"


def _quotes(name: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(own_article(name))]


def test_single_quoted_speech_counts_in_an_article_that_also_uses_double_marks():
    said = _quotes(RAIL)
    assert ("Gail Ross", "I have used this line for years and never heard anything like it.") in said
    assert (None, "We apologise to every passenger on that train.") in said


def test_a_double_quotation_nested_in_a_single_one_stays_inside_it():
    texts = [text for _, text in _quotes(RAIL)]
    assert "You lot are animals" not in texts
    assert any(text.startswith('Then the conductor said "You lot are animals"') for text in texts)


def test_apostrophes_do_not_open_quotations():
    said = dict((text[:20], speaker) for speaker, text in _quotes(RAIL))
    assert said["Students don't deser"] == "Amara Nyong'o"
    assert any(text.endswith("the '90s all over again.") for _, text in _quotes(RAIL))


def test_elided_decade_and_plural_possessive_are_not_marks():
    text = "In the '90s the students' union said 'We will march,' and did."
    spans = [text[s.start : s.end] for s in qm.paragraph_spans(text)]
    assert spans == ["We will march,"]


def test_the_subject_of_a_relative_clause_is_the_speaker_not_the_name_inside_it():
    said = _quotes(RAIL)
    assert said[0] == ("Tom Hale", "We were stuck for an hour and people were tired.")


def test_a_place_glued_before_one_word_or_after_from_is_no_person():
    people = [s.name for s in quotes.list_people(own_article(RAIL))]
    assert "Western" not in people and "Dunmore" not in people
    assert "Gail Ross" in people


CUP = "quotes_cup_manager.txt"


def test_an_unclosed_quotation_stops_before_a_photo_caption():
    said = _quotes(CUP)
    assert said[0] == (
        "Colin Marsh",
        "We stuck at it and the players never stopped believing. It was a proper team performance.",
    )


def test_an_unclosed_quotation_stops_before_a_caption_line_ending_in_a_spaced_stop():
    assert ("Luke Abbott", "The gaffer told us to keep going. I knew one chance would come.") in _quotes(CUP)


def test_no_quotation_holds_caption_text():
    for _, text in _quotes(CUP):
        assert "pictured" not in text and "heads home" not in text and "VIDEO" not in text


GLIDER = "quotes_glider_inquest.txt"


def test_one_part_of_a_hyphenated_surname_finds_the_person():
    result = quotes.find_quotes(own_article(GLIDER), "Brandt")
    assert result.speaker is not None and result.speaker.name == "Jonas Kowalczyk-Brandt"
    assert result.quotes[0].text.startswith("I saw nothing")


def test_an_honorific_is_not_part_of_a_role():
    person = quotes.find_person(own_article(GLIDER), "Frome")
    assert person is not None and person.role == "Air Chief Marshal"


def test_the_fullest_name_form_wins_over_a_lone_given_name():
    person = quotes.find_person(own_article(GLIDER), "Mikolaj")
    assert person is not None and person.name == "Mikolaj Zawada"
    assert "software developer" in person.roles


def test_a_role_keeps_its_possessor():
    person = quotes.find_person(own_article(GLIDER), "Ewa")
    assert person is not None and person.role == "Mikolaj Zawada's wife"


BRITISH = "quotes_british_partials.txt"


def test_british_partial_quotations_in_straight_single_marks_have_their_speaker():
    said = _quotes(BRITISH)
    assert ("Rob Penhale", "a wake-up call for every parish") in said
    assert ("Rob Penhale", "part of the answer, not the problem") in said


def test_british_copy_keeps_its_elisions_out_of_the_quotations():
    assert all("roll" not in text and "90s" not in text for _, text in _quotes(BRITISH))
