"""Runs of capitalised words that are no second person: a compound surname written alone ("Wasserman
Schultz"), a place or a slogan before a surname ("a New Hampshire Reyes volunteer", “Dump Reyes”),
a group's name ("Nurses Against Reyes"); each would take the surname's quotations or leave them unclear."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article
from tests.core.quotes.speakers import kinds_of, speakers_of


def _people(text: str) -> list[str]:
    return [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]


def test_a_compound_surname_written_alone_is_the_person_named_in_full():
    text = (
        "Rep. Lina Ortega Saavedra chairs the harbour committee.\n\n"
        "“We will keep the ferry running,” Ortega Saavedra said on Monday."
    )
    assert speakers_of(text) == ["Lina Ortega Saavedra"]


def test_a_compound_surname_is_no_second_person():
    text = "Lina Ortega Saavedra chairs the committee. Ortega Saavedra, 52, took the chair in May."
    assert _people(text) == ["Lina Ortega Saavedra"]


def test_a_place_before_a_surname_is_no_part_of_the_name():
    text = (
        "Reyes, the senator, spoke in Salem on Monday.\n\n"
        "A Vermont Reyes volunteer, Amy Loft, handed out leaflets.\n\n"
        "“We will win this,” Reyes said."
    )
    assert speakers_of(text) == ["Reyes"]


def test_a_word_built_on_a_place_before_a_surname_is_no_part_of_the_name():
    text = (
        "Reyes, the senator, spoke in Salem on Monday.\n\n"
        "Amy Loft, a Boston-area Reyes volunteer, handed out leaflets.\n\n"
        "“We will win this,” Reyes said."
    )
    assert speakers_of(text) == ["Reyes"]


def test_a_group_against_someone_is_no_person():
    text = (
        "Mayor Tom Reyes spoke in Salem on Monday.\n\n"
        "A woman held a sign saying “Nurses Against Reyes.”\n\n"
        "“We will win this,” Reyes said."
    )
    assert speakers_of(text)[-1] == "Tom Reyes"


def test_a_slogan_before_a_surname_makes_no_person():
    text = (
        "Mayor Tom Reyes spoke in Salem on Monday.\n\n"
        "Outside, the crowd chanted “Dump Reyes.”\n\n"
        "“We will win this,” Reyes said."
    )
    assert _people(text) == ["Tom Reyes"]


def test_a_supporter_named_in_apposition_is_a_person():
    # No census given name vouches for "Naureen": the apposition must.
    text = "Naureen Loft, a Reyes supporter from Salem, handed out leaflets on Monday."
    assert "Naureen Loft" in _people(text)


def test_a_sentence_adverb_before_an_apposition_is_no_person():
    text = (
        "Tom Reyes spoke in Salem on Monday.\n\n"
        "Instead, the Ohio senator is sticking to his message.\n\n"
        "“We have come a long way,” he told supporters."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_name_opening_with_a_possessor_is_no_person_but_an_organisation():
    text = (
        "Gun laws were debated on Monday.\n\n"
        '"Gun owners should leave their weapons at home," opined Lenmouth\'s Plain Talker.'
    )
    quote = quotes.extract_quotes(parse_article("Title: T\n\n" + text))[0]
    assert (quote.speaker, quote.kind) == ("Lenmouth's Plain Talker", "organisation")


def test_a_sentence_opening_the_makes_the_capitalised_words_after_it_a_body_not_a_person():
    text = (
        "The Harbor Legion wrote to the senator's office on Monday.\n\n"
        "The Harbor Legion said the group “did not give permission to use the emblem.”\n"
    )
    kinds = kinds_of(text)
    assert "Legion" not in kinds
    assert kinds == {"the Harbor Legion": "organisation"}


def test_a_thing_called_something_by_someone_is_no_person():
    text = "The mayor called Larkspur a disgrace on Monday.\n\n“Larkspur will answer for it,” she said.\n"
    assert "Larkspur" not in speakers_of(text)


def test_a_state_abbreviation_before_who_is_no_person():
    text = (
        "“Neither of them convinces me,” Harry Bond, 42, of Durham, N.C., who was among those surveyed, "
        "said in an interview.\n"
    )
    assert speakers_of(text) == ["Harry Bond"]


def test_a_determiner_opening_a_sentence_is_no_source():
    text = "One sign at the rally read, “Buses now.” Another advised, “Ride or walk, but vote.”\n"
    assert speakers_of(text)[1] is None


def test_a_word_after_of_the_and_a_nationality_is_no_person():
    text = (
        "As Archbishop Aris Tavitian of the Greek Vicariate of Port Ellis told reporters, "
        "“We have suffered the same fate.” He added, “The council should have been first.”\n"
    )
    assert speakers_of(text) == ["Aris Tavitian", "Aris Tavitian"]


def test_capitalised_words_after_the_opening_with_no_given_name_are_no_person():
    text = (
        "For those of you not yet on the Holt Express, the pundits are wrong.\n\n"
        "Holt told a radio host that Reed “had a crazy policy,” adding, “He lost every vote.”\n"
    )
    assert speakers_of(text) == ["Holt", "Holt"]


def test_a_school_s_name_written_alone_is_no_person():
    text = (
        "Sen. Tom Reed went to the firehouse near Casey Ridge Elementary School, where families gathered.\n\n"
        "In that sense, Casey Ridge wasn’t just a tragedy, but a summons. “This was something different,” "
        "he added.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_club_followed_by_who_are_is_not_a_person():
    article = parse_article(
        "Title: T\n\nThey lost to Harbour Rovers, who are top of the table. "
        "Coach Dan Rowe said he was proud.\n"
    )
    assert [p.name for p in quotes.list_people(article)] == ["Dan Rowe"]


def test_a_thing_someone_owns_is_not_a_person_because_a_pronoun_follows():
    article = parse_article("Title: T\n\nShe crashed her Daihatsu Cuore but walked away from her car.\n")
    assert quotes.list_people(article) == ()


RAIL = "quotes_rail_remark.txt"


def test_a_place_glued_before_one_word_or_after_from_is_no_person():
    people = [s.name for s in quotes.list_people(own_article(RAIL))]
    assert "Western" not in people and "Dunmore" not in people
    assert "Gail Ross" in people


def test_a_holiday_before_an_unnamed_source_is_no_person():
    text = (
        "The bill may get a vote before Thanksgiving, a former Senate aide speculated.\n\n"
        "“If members want it done, they can finish fast,” the former aide said.\n"
    )
    assert "Thanksgiving" not in speakers_of(text)
