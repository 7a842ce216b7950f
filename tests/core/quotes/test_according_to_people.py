"""Speakers found in US news copy of the kind eval/quotes-cnn holds (issue 11, session 16).

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


def test_the_slovenian_said_is_the_skier_named_just_before_like_the_spaniard():
    text = (
        "“It suited me,” said Lena Vogt after her win on Sunday.\n\n"
        "Tina Maze is another 44 points ahead of Vogt before the finals.\n\n"
        "“Of course it's a great result but I prefer to win,” the Slovenian said.\n"
    )
    assert speakers_of(text) == ["Lena Vogt", "Tina Maze"]


def test_a_name_set_off_by_dashes_after_a_description_is_the_subject_he_means():
    text = (
        "The panel included commentator Ben Carter and commentator Marc Lamont Hill.\n\n"
        "“I'll be honest with you,” Carter told the rapper.\n\n"
        "But the third panelist -- Hill -- quickly jumped in.\n\n"
        "“He would not be on the show if a woman had not said the word on a tape,” he said.\n"
    )
    assert speakers_of(text) == ["Ben Carter", "Marc Lamont Hill"]


def test_the_subject_of_a_clause_fronted_before_the_subject_is_no_rival_for_he():
    text = (
        "Ben Carter and Marc Hill sat on the panel on Monday.\n\n"
        "When Carter finished his answer, Hill said the rapper was right.\n\n"
        "“He earned his place on the show,” he said.\n"
    )
    assert speakers_of(text) == ["Marc Hill"]


def test_began_after_a_quotation_is_a_verb_of_saying():
    text = (
        "Finance chief Tom Reed made headlines when his memo surfaced on Monday.\n\n"
        "The uproar was loud.\n\n"
        "“After nearly seven years as chief,” he began, “I will be retiring to spend time with my family.”\n"
    )
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]


def test_an_age_looks_back_past_a_sentence_about_a_body_that_names_no_one():
    text = (
        "FIFA president Sepp Blatter hit out at the confederations for failing to elect women. The "
        "committee includes three women, but they are elected by the congress. “This was hard work,” "
        "the 78-year-old said at an event.\n"
    )
    assert speakers_of(text) == ["Sepp Blatter"]


def test_an_age_after_a_sentence_opened_by_a_nationality_means_whom_that_noun_means():
    text = (
        "Meanwhile, Tom Hale clinched the men's title on Sunday. The Norwegian, who missed out on "
        "Saturday, opened up a lead over Italian Dominik Paris. “This is the first globe of my career,” "
        "said the 29-year-old.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_began_before_another_verb_is_no_verb_of_saying():
    text = (
        "Senator Tom Reed vowed to stay in the race. He sent out an email as the committee meeting "
        "began vowing to “fight for every vote” in the last primary.\n"
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
