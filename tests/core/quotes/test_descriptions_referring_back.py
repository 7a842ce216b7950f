"""Descriptions around a name, and the nouns that refer back to a person: a role, "the PM", "the
mother-of-five", a nationality, an age after a she who has just spoken, "Mrs" and a surname, a sister's given
name.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_county_after_a_town_in_a_description_is_not_the_speaker():
    text = (
        "A wartime tail fin is to be sold. Clara Byrne, an auctioneer at Hollis and Webb in Tetbury, "
        "Malvern, where the fin will be sold in May, said: 'We have never had a piece like this before.'\n"
    )
    assert speakers_of(text) == ["Clara Byrne"]


def test_roles_joined_by_and_after_a_body_of_several_words_belong_to_the_name_after_them():
    text = (
        "Pupils marked the day with pies. 'It is a door into a strange and lovely world,' said "
        "University of Northumbria Carlisle chemist and author Tomas Brenner.\n"
    )
    assert speakers_of(text) == ["Tomas Brenner"]


def test_the_pm_refers_back_to_the_prime_minister_named_before():
    text = (
        "Prime Minister Alan Pryce joked about the cat at Number 10. Opposition leader Ruth Dale said "
        "the joke fell flat. The PM said: 'I can understand as a cat lover myself how the family feels.'\n"
    )
    assert speakers_of(text) == ["Alan Pryce"]


def test_mrs_and_a_surname_is_not_the_namesake_known_only_as_a_daughter():
    text = (
        "A girl was bitten on a school trip. Zhao Lin, 41, said daughter Zhao Xue had been quiet all "
        "week. Mrs Zhao then found the marks. 'I saw teeth marks on her arm,' she told reporters.\n"
    )
    assert speakers_of(text) == ["Zhao Lin"]


def test_a_sister_named_by_her_given_name_takes_the_surname_ms_gives_her():
    text = (
        "Kite surfer Tom Reddy crossed the bay alone. Mr Reddy, 24, has never been afraid of the "
        "water. His sister, Jade, told reporters he had always "
        "been fearless. 'He would go out for hours by himself and come back soaked,' she said. "
        "Ms Reddy said her brother never listened. 'No matter how worried our family is, he loves it,' "
        "she said.\n"
    )
    assert speakers_of(text) == ["Jade Reddy", "Jade Reddy"]


def test_the_former_glamour_model_refers_back_to_the_woman_just_named():
    text = (
        "Kerry Dane has hit back at her critics after a week of abuse online. The former glamour model "
        "wrote on Twitter: 'I will not be bullied by anyone, ever.'\n"
    )
    assert speakers_of(text) == ["Kerry Dane"]


def test_a_mother_of_five_refers_back_like_a_role():
    text = (
        "Lisa Brand was told her council house would be sold. The mother-of-five said: 'We have "
        "nowhere else to go and nobody will tell us anything.'\n"
    )
    assert speakers_of(text) == ["Lisa Brand"]


def test_an_age_after_a_she_who_has_just_spoken_is_that_speaker():
    text = (
        "Sarah Jones, 34, from Leeds, was left stranded at the airport. 'It was the worst day of my "
        "life,' she said. The 34-year-old added: 'Nobody from the airline came to help us at all.'\n"
    )
    assert speakers_of(text) == ["Sarah Jones", "Sarah Jones"]


def test_the_mother_of_a_named_girl_is_not_the_girl():
    text = (
        "The mother of murdered schoolgirl Amy Dale said: 'We will never forget her and we will fight "
        "for justice.'\n"
    )
    assert speakers_of(text) == ["the mother of murdered schoolgirl Amy Dale"]


def test_an_aide_to_a_secretary_of_state_is_still_no_secretary():
    text = "'We are close to a deal,' said one man. An aide to Secretary of State Tom Kerr said: 'Not yet.'\n"
    assert "Tom Kerr" not in speakers_of(text)


def test_the_slovenian_said_is_the_skier_named_just_before_like_the_spaniard():
    text = (
        "“It suited me,” said Lena Vogt after her win on Sunday.\n\n"
        "Tina Breznik is another 44 points ahead of Vogt before the finals.\n\n"
        "“A podium is fine, but I came here to win,” the Slovenian said.\n"
    )
    assert speakers_of(text) == ["Lena Vogt", "Tina Breznik"]


def test_a_role_with_an_of_phrase_refers_back_to_the_person_just_named():
    text = (
        "Rita Vance spoke in Dayton on Monday.\n\n"
        "“We will win this state,” the former secretary of state said.\n"
    )
    assert speakers_of(text) == ["Rita Vance"]


def test_a_descriptive_noun_phrase_with_an_age_refers_back_to_the_person_of_its_gender():
    text = (
        "Tom Reyes questioned the plan. Ivy Marsh, the mayor's eldest daughter, defended it, and when "
        "pressed, the 34-year-old mother of three replied, “It is meant to help mothers.”\n"
    )
    assert speakers_of(text) == ["Ivy Marsh"]


def test_a_reference_noun_with_plain_modifiers_refers_back():
    text = (
        "Victor Hale held a rally in Tampa.\n\n"
        "“The polls are rigged,” the real estate mogul told supporters.\n"
    )
    assert speakers_of(text) == ["Victor Hale"]
