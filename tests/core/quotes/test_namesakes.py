"""A lone surname several people share: which one it means (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_lone_surname_means_the_person_named_for_themselves_not_a_relative_named_after():
    text = (
        "Mayor Dana Pruitt opened the new bridge on Monday.\n\n"
        "The ceremony drew a crowd, including her husband, former councillor Ray Pruitt.\n\n"
        "“This bridge will carry the town for a century,” Pruitt said.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_relative_introduced_through_of_is_not_the_lone_surname_either():
    text = (
        "Actor Tobin Lark backed the school levy on Friday.\n\n"
        "Lark, the younger brother of film director Marcus Lark, campaigned for it all month.\n\n"
        "“Every child here deserves a roof that does not leak,” Lark said.\n"
    )
    assert speakers_of(text) == ["Tobin Lark"]


def test_a_relative_named_later_for_themselves_is_the_latest_again():
    text = (
        "Mayor Dana Pruitt opened the new bridge on Monday, with her husband, Ray Pruitt.\n\n"
        "Later, Ray Pruitt spoke to the crowd about the flood of 1998.\n\n"
        "“The water came up to the church steps,” Pruitt said.\n"
    )
    assert speakers_of(text) == ["Ray Pruitt"]


def test_she_after_a_shared_surname_means_the_sharer_known_to_be_a_woman():
    # The husband is named in full last, so the lone surname alone would mean him; "she" cannot, and
    # was passed on to the man quoted before them, whose gender the article never gives.
    text = (
        "Ada Sjöström was 23 when she first climbed the lighthouse, and her husband Lennart Sjöström "
        "kept it.\n\n"
        "Historian Per-Olof Lindqvist has written two books about the keepers. "
        "“Perhaps a dozen are still alive,” he said.\n\n"
        "Lennart Sjöström retired in 1987. The island is a park now. Sjöström, now 77, goes back every "
        "August.\n\n"
        "“I still wake up at three to check the lamp,” she said.\n"
    )
    assert speakers_of(text) == ["Per-Olof Lindqvist", "Ada Sjöström"]


def test_a_surname_far_from_a_relatives_one_full_naming_is_the_person_the_article_is_about():
    text = (
        "Carly Fiorina ran the company for six years.\n\n"
        "Fiorina pushed the merger through. Fiorina met the board every week.\n\n"
        "Flying home one night, she told her husband, Frank Fiorina, that it would be ugly.\n\n"
        "The vote was close.\n\n"
        "The shares fell for a month.\n\n"
        "“The majority of our employees support this merger,” Fiorina told the crowd.\n"
    )
    assert speakers_of(text) == ["Carly Fiorina"]


def test_ms_picks_the_woman_of_a_shared_surname_by_her_given_name():
    text = "Gwen Holt, a lawyer, and Tom Holt, a builder, run the firm.\n\n“We will appeal,” Ms. Holt said.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_mr_is_unclear_when_a_relative_named_by_one_word_may_share_the_surname():
    text = (
        "Peter Wells, a cyclist, died in the crash. His widow, Joanna Wells, 52, wept.\n\n"
        "Peter Wells's brother Tom, 49, spoke outside.\n\n"
        "“Eight seconds is all it takes,” said Mr Wells.\n"
    )
    assert speakers_of(text) == [None]


def test_a_shared_surname_far_from_the_relatives_full_name_is_the_main_person():
    text = (
        "Hillary Vance, the nominee, spoke in Ohio. Hillary Vance said the race was close.\n\n"
        "Hillary Vance, the senator, toured a plant. Critics raised Bill Vance on Monday.\n\n"
        "The polls tightened.\n\nThe debate is on Monday.\n\nTickets sold out.\n\n"
        "“We will win this,” Vance said.\n"
    )
    assert speakers_of(text) == ["Hillary Vance"]


def test_of_two_namesakes_the_one_the_quotations_sentence_names_by_given_name_is_talked_of():
    said = speakers_of(
        "The lessons have resonated with 5-year-old Jonah Hack. He was taken in by his mother, Andrea "
        "Hack, when he was 2 weeks old.\n\n"
        "“A few nights ago,” Hack says, “Jonah mentioned Martin Luther King and his dream.”\n"
    )
    assert said == ["Andrea Hack", "Andrea Hack"]


def test_a_namesake_naming_themself_in_full_inside_the_quotation_still_speaks():
    said = speakers_of(
        "Bernie Sanders campaigned with his wife, Jane Sanders, in Iowa.\n\n"
        "Sanders's role is under discussion.\n\n"
        "“It's not just Bernie Sanders saying, vote for her,” Sanders told reporters on Sunday.\n"
    )
    assert said[-1] == "Bernie Sanders"
