"""Quotations the engine left without a speaker, found on PolNeAR's train split (issue 11, session 4).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_statement_said_after_a_quotation_is_the_statement():
    text = (
        "The ferry board met on Monday.\n\n"
        "“After reviewing the accounts, the board believes the old fares were a mistake,” the "
        "statement said.\n"
    )
    assert speakers_of(text) == ["the statement"]


def test_said_in_a_statement_still_skips_to_the_named_speaker():
    text = "“We regret the delays on every crossing,” Mara Quill said in a statement.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_asserted_is_a_verb_of_saying():
    text = "“The harbor has never been safer for the island families,” Mara Quill asserted.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_a_capitalised_quotation_followed_by_its_attribution_is_speech():
    text = (
        "Mara Quill was asked where fares were highest.\n\n"
        "“Like Portside. Or Alder Bay,” Quill said. “The fares there are worse.”\n"
    )
    assert speakers_of(text) == ["Mara Quill", "Mara Quill"]


def test_a_person_before_a_colon_introduces_the_quotation():
    text = (
        "The late surge does not surprise pollster Dana Pruitt: “Lesser-known candidates who win "
        "early contests see the biggest boost.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_more_from_a_person_before_a_colon_is_theirs():
    text = (
        "Dana Pruitt studies island polls.\n\n"
        "More from Pruitt: “The numbers moved late, and most polls ended too early to see it.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_two_people_before_a_colon_speak_under_the_first_named():
    text = (
        "Pollsters Dana Pruitt and Sam Cole wrote a memo.\n\n"
        "More from Pruitt and Cole: “The numbers moved late, and most polls ended too early.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_straight_mark_after_quoted_words_and_a_space_closes_the_quotation():
    text = (
        "\"Voters want to know why they should not pick the name of 'Holt,' \" said Dana Pruitt, "
        "a volunteer.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_an_email_is_a_writing_that_speaks():
    text = (
        "The ferry union wrote to its members on Friday.\n\n"
        "The email goes on to say: “Every crew deserves a fair deal and a safe boat.”\n"
    )
    assert speakers_of(text) == ["the email"]


def test_an_inverted_said_after_a_tail_is_the_quotations_attribution():
    text = (
        "“Many would call that an embarrassment for Reed” if she did not win by more, said David "
        "Wasserman, an elections analyst at the Cook Political Report.\n"
    )
    assert speakers_of(text) == ["David Wasserman"]


def test_a_firm_and_a_role_before_a_name_after_the_quotation():
    text = (
        "“They are not terminable at will,” Holt spokesperson Ron Lieberman told the Harbor Journal.\n\n"
        "“There is a high probability of an accident,” DoubleLine Capital portfolio manager Bonnie "
        "Baha said at a recent event in New York.\n"
    )
    assert speakers_of(text) == ["Ron Lieberman", "Bonnie Baha"]


def test_a_place_word_after_a_politicians_title_and_given_name_is_a_surname():
    text = (
        "Rep. Steve Israel (D-N.Y.) spoke after the vote.\n\n"
        "“The council will need interns to fill the seats,” Israel said.\n"
    )
    assert speakers_of(text) == ["Steve Israel"]


def test_a_curly_quotation_nested_in_a_straight_one_running_on_stays_inside_it():
    text = (
        "Mara Quill stated:\n\n"
        '"The ministry is no longer about “Equal Fares For All” anymore. It is about cuts.\n\n'
        '"Every crew on the harbor knows it."\n'
    )
    assert speakers_of(text) == ["Mara Quill", "Mara Quill"]


def test_a_quotation_after_a_question_and_its_short_attribution_is_the_same_speakers():
    text = (
        "Tom Reed and Gwen Holt met on Monday.\n\n"
        '"Is that all there is?" Reed said. "We need a new harbor chief, and fast!"\n'
    )
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]


def test_a_quotation_after_a_writers_sentence_naming_nobody_is_the_speaker_before():
    text = (
        "Gwen Holt toured the islands on Monday.\n\n"
        "“Those are some very small towns,” Holt said. They lie far from any ferry route. “That is a "
        "tough area.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_a_writers_sentence_naming_someone_else_stops_the_speaker_before():
    text = (
        "Gwen Holt and Tom Reed toured the islands on Monday.\n\n"
        "“Those are some very small towns,” Holt said. Reed disagreed. “That is a tough area.”\n"
    )
    assert speakers_of(text)[1] != "Gwen Holt"


def test_a_long_name_and_apposition_before_said_after_a_question_is_its_attribution():
    text = (
        "Eva Miller and Gloria Major staff the phones.\n\n"
        '"How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the '
        'phone. "We are talking with supporters like you."\n'
    )
    assert speakers_of(text) == ["Eva Miller", "Eva Miller"]


def test_the_paragraphs_after_transcript_as_follows_are_the_transcripts():
    text = (
        "Gov. Tom Reed spoke in Portside after the vote.\n\n"
        "Transcript as follows:\n\n"
        '"Tonight we arrived in Portside, and we went to a restaurant on the quay.\n\n'
        '"We are now up four hundred jobs, and the ferries run on time."\n'
    )
    assert set(speakers_of(text)) == {"transcript"}


def test_a_transcript_of_labelled_voices_is_not_given_to_the_transcript():
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the ferries run again on Monday morning?\n\n'
        '"REED: Every one of them will run on time."\n'
    )
    assert "transcript" not in speakers_of(text)


def test_thanked_someone_for_words_is_a_verb_of_saying():
    text = "Mara Quill thanked the council for “stepping up and acting when the ministry won't.”\n"
    assert speakers_of(text) == ["Mara Quill"]
