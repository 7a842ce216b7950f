"""Shapes of general news writing (sport, business, charities, the arts) met on eval/quotes-news3:
each on a small article written for it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_role_of_two_fields_joined_by_and_before_the_name_after_the_quotation():
    text = (
        "A charity says reports of abuse at matches rose by a third. “The app has had a massive "
        "impact,” charity media and communications manager Dana Pruitt told reporters, noting that it "
        "accounted for most complaints.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_quotation_going_on_is_not_given_to_the_next_sentence_reporting_another_speaker():
    text = (
        "Business groups welcomed the move. “We believe these demands should be resisted,” said Dana "
        "Pruitt, the chambers' director general. “Manufacturing still faces extremely serious problems.” "
        "Omar Lander, chief economist at the institute, said the bank faced an “interesting” challenge.\n"
    )
    assert speakers_of(text)[:2] == ["Dana Pruitt", "Dana Pruitt"]


def test_a_short_attribution_after_a_full_stop_inside_the_marks_still_names_the_speaker():
    text = (
        "The council met on Monday. “We will vote next week,” said Dana Pruitt, the council leader. "
        "“Nothing is decided.” Omar Lander said on Tuesday.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Omar Lander"]


def test_he_opening_a_paragraph_means_the_one_person_a_short_paragraph_before_names():
    text = (
        "Ministers were forthright. Nicolas Sarkozy of France said they were worried. “We are concerned "
        "about these developments,” he said. The comments come a day after Treasury Secretary John Snow "
        "said a strong dollar was “in America's interest”.\n\n"
        "But that was not enough for Mr Sarkozy.\n\n"
        "“If the Americans were to change their policy, it's up to them to say so,” he said.\n"
    )
    assert speakers_of(text) == ["Nicolas Sarkozy", "John Snow", "Nicolas Sarkozy"]


def test_he_opening_a_paragraph_goes_on_past_a_short_one_that_is_about_him_already():
    text = (
        "Trump never mentioned Clinton. “We will win so much,” Trump said.\n\n"
        "He nodded only obliquely to his finish in Iowa behind Ted Cruz.\n\n"
        "“You know, we learned a lot about ground games in one week,” he said.\n"
    )
    assert speakers_of(text) == ["Trump", "Trump"]


def test_an_unlisted_given_name_before_a_capitalised_particle_stays_in_the_name():
    text = (
        "Double Olympic champion Hicham El Guerrouj is set to race in France. “I am almost a month "
        "behind but I am on the right track,” said El Guerrouj.\n"
    )
    assert speakers_of(text) == ["Hicham El Guerrouj"]


def test_a_title_before_a_given_name_that_is_also_a_particle_is_no_part_of_the_name():
    text = "“We will not back down on this,” said Senate Minority Whip Al Franken.\n"
    assert speakers_of(text) == ["Al Franken"]


def test_an_age_after_the_quotation_means_whom_a_nationality_after_but_refers_to():
    text = (
        "Double Olympic champion Hicham El Guerrouj is set to race in France.\n\n"
        "But the Moroccan, who has not raced over cross country for 15 years, will not decide until "
        "March. “If I am to compete in it, it is only if I feel I can win,” said the 30-year-old, who "
        "is retiring in 2006.\n"
    )
    assert speakers_of(text) == ["Hicham El Guerrouj"]


def test_a_person_reported_as_saying_speaks_the_quotation_before():
    text = (
        "Mitchell Kapor, chairman of the foundation, warned of lawsuits. “If totally pushed to the wall "
        "they are going to unleash the lawyers,” Mr Kapor is reported as saying.\n"
    )
    assert speakers_of(text) == ["Mitchell Kapor"]


def test_he_and_his_outvote_a_rare_given_name_listed_as_a_womans():
    text = (
        "All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents yet.\n\n"
        "But Umaga, in England for Saturday's match, also backed New Zealand to win the series. He told "
        "BBC Sport: “It's potentially the most fearsome line-up I've ever come up against.”\n"
    )
    assert speakers_of(text) == ["Tama Umaga"]


def test_a_role_after_the_quotation_means_the_subject_not_a_rival_after_of_and_a_country():
    text = (
        "Britain's Jason Gardener shook off an upset stomach to win the 60m at the Leipzig meeting.\n\n"
        "Gardener clocked 6.56 seconds and finished well ahead of Germany's Marc Blume, who crossed the "
        "line in 6.67 secs. The world indoor champion said: “I got to the airport and my stomach was "
        "upset and I was vomiting.”\n"
    )
    assert speakers_of(text) == ["Jason Gardener"]


def test_an_age_after_the_quotation_means_whom_the_she_of_the_sentence_before_means():
    text = (
        "Justine Henin-Hardenne lost to Elena Dementieva in a comeback match in Belgium on Sunday.\n\n"
        "Henin-Hardenne slid down the rankings after a virus in April. But despite her problems, she "
        "still won five tournaments in 2004. “Physically, it's obvious that I hit rock bottom,” said "
        "the 22-year-old, who will make her comeback in Sydney.\n"
    )
    assert speakers_of(text) == ["Justine Henin-Hardenne"]


def test_an_age_after_the_quotation_means_whom_a_role_after_an_opening_phrase_refers_to():
    text = (
        "Pop star Britney Spears has attacked US tabloid magazines after they reported she was "
        "pregnant.\n\n"
        "In a letter on her website, the singer named three tabloids as the worst offenders. “Until you "
        "face what is going on in your life, I guess you'll remain a false tabloid,” the 23-year-old "
        "wrote.\n"
    )
    assert speakers_of(text) == ["Britney Spears"]


def test_a_name_after_a_bodys_owner_after_an_inverted_verb_of_saying_is_its_subject():
    text = (
        "Debates are not likely to alter the campaign, noted NBC's Dante Chinni.\n\n"
        "“Remember debates happen late in the campaign,” he wrote.\n"
    )
    assert speakers_of(text) == ["Dante Chinni"]


def test_she_after_a_chairman_whose_given_name_tells_no_gender_is_that_person():
    text = (
        "The federation opposes giving support officers the power to detain suspects.\n\n"
        "Police Federation chairman Jan Berry said civilian officers should act as “eyes and ears” for "
        "the police.\n\n"
        "“They should not be placed in potentially confrontational situations,” she said.\n"
    )
    assert speakers_of(text) == ["Jan Berry", "Jan Berry"]


def test_a_seed_speaking_after_the_quotation_is_the_player_just_named():
    text = (
        "Roger Federer reached the last four with an easy win over Feliciano Lopez.\n\n"
        "Federer, who lost in the quarter-final in 2003, was happy with his form. “I think I played "
        "better than last week and I am happy I am playing so well,” said the top seed.\n"
    )
    assert speakers_of(text) == ["Roger Federer"]


def test_a_titled_name_set_off_after_an_office_is_the_person_not_the_places_role():
    text = (
        "The Bishop of Durham, the Rev Tom Wright, described the novel as a “great thriller”. “The "
        "evidence for Jesus and the origins of Christianity is astonishingly good,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Tom Wright"


def test_a_nationality_noun_after_an_age_is_no_persons_name():
    text = (
        "Thierry Henry has signed a new contract with Arsenal.\n\n"
        "“I am very happy here and I want to win more trophies with this club,” the 27-year-old "
        "Frenchman said.\n"
    )
    assert "Frenchman" not in speakers_of(text)
