""" "According to" a person: the he who speaks next is that person, past a title; one who passes on someone
else's words is not.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_he_said_after_according_to_a_person_is_that_person():
    text = (
        "Legal analyst Tom Reed criticized the mayor's response.\n\n"
        "“One officer loses his job?” he said.\n\n"
        "Police Chief Sam Ortiz remains at the helm.\n\n"
        "Such cases are not easy to bring, according to Mark Dale, a law professor at State University.\n\n"
        "“In a court of law, the findings would not be admissible,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reed", "Mark Dale"]


def test_a_title_before_the_person_according_to_does_not_hide_the_source():
    text = (
        "Police Chief Sam Ortiz spoke on Monday. The harbor will close for a week, according to "
        "Harbor Master Tom Reed. “We have no choice,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_one_who_passes_on_anothers_quoted_words_by_according_to_is_not_the_next_he():
    text = (
        "A crowd cheered Senator Tom Reed in Concord. “If you win, we get a backyard,” his daughter "
        "said, according to Reed. The event stood out from those of Dan Walker and Sam Bush. Halfway "
        "through the remarks, a small-business owner in the audience stood up. “It is D-Day in "
        "America, folks,” he said.\n"
    )
    assert speakers_of(text) == ["his daughter", None]


def test_according_to_a_statement_from_a_person_is_that_persons():
    text = (
        "Cal Dunmore, the nominee, spoke on Monday.\n\n"
        "“The campaign stands by every word,” according to a statement from Dunmore.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_a_quotation_according_to_a_document_filed_by_a_named_person_is_theirs():
    text = (
        "The school pool will stay closed until spring.\n\n"
        "“The filtration pumps are beyond repair and the tiles around the deep end are loose,” "
        "according to an inspection report signed by county engineer Hugo Brandt.\n"
    )
    assert speakers_of(text) == ["Hugo Brandt"]


def test_a_person_before_an_according_to_aside_speaks_both_halves_around_it():
    text = (
        "The biographer Sam Ortel wrote about the night the budget failed.\n\n"
        "“I am not going to defend this budget, not now and not later,” council leader Rob Ennis, "
        "according to Ortel, “told his colleagues in a private call.”\n"
    )
    assert speakers_of(text) == ["Rob Ennis", "Rob Ennis"]
