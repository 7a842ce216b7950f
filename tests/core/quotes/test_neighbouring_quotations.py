"""A quotation standing next to another quotation, a question, a reply or a paragraph about one person: whose
words it is.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


def test_the_role_that_replies_is_not_the_counsel_just_quoted_asking():
    text = (
        "Former superintendent Paul Reeve said he had been promoted two weeks before the game. "
        "Helen Marsh QC asked him: 'Did it not occur to you that the job called for experience?' "
        "The witness replied: 'In hindsight, it was a serious mistake.'\n"
    )
    assert speakers_of(text) == ["Helen Marsh", "Paul Reeve"]


def test_he_replied_is_not_the_man_just_quoted_asking():
    text = (
        "Former superintendent Paul Reeve said he had been promoted two weeks before the game. "
        "Counsel Tom Hale asked him: 'Did it not occur to you that the job called for experience?' "
        "He replied: 'In hindsight, it was a serious mistake.'\n"
    )
    assert speakers_of(text) == ["Tom Hale", "Paul Reeve"]


def test_a_statement_right_before_another_quotation_is_the_speaker_the_last_one_names():
    text = (
        "A woman died after being struck by a car in Brisbane. Inspector Rob Harlow said her mother "
        "learned of the death from the news. Ms Jones had decided to walk home. 'Not only for your own "
        "peace of mind but for the sake of her family.' 'It is very important that we hear from you.' "
        "Inspector Rob Harlow said.\n"
    )
    assert speakers_of(text) == ["Rob Harlow", "Rob Harlow"]


def test_a_question_right_before_another_quotation_keeps_its_own_speaker():
    text = (
        "Ms Jones had walked home alone that night. 'Why did nobody stop?' 'It is very important that "
        "we hear from you.' Inspector Rob Harlow said.\n"
    )
    assert speakers_of(text)[1] == "Rob Harlow"
    assert speakers_of(text)[0] != "Rob Harlow"


def test_the_words_he_goes_on_with_after_replying_to_no_quoted_question_are_still_his():
    text = (
        "Winger Tom Reeve says he is desperate to play again.\n\n"
        '"I feel so much fitter since my surgery," said Reeve. Fans have argued about whether '
        'Reeve should come back. But when Reeve was asked whether he was gambling he replied: "No more '
        'than someone riding a bike. "Plenty of people play on with one lung. "I have talked it through '
        'with my wife."\n'
    )
    assert speakers_of(text) == ["Tom Reeve"] * 4


def test_a_statement_going_on_from_the_quotation_before_keeps_that_speaker():
    text = (
        'Fans gathered in a coffee shop to watch the game. "100 percent it is better," said Negar Valayi. '
        '"It does not happen often." "It makes you feel more excited," said Roya Marzbahan.\n'
    )
    assert speakers_of(text) == ["Negar Valayi", "Negar Valayi", "Roya Marzbahan"]


def test_words_read_from_a_letter_right_before_another_quotation_are_not_the_next_speakers():
    text = (
        "In her speech, the singer Ada Moss read out a note sent to her by a young fan. 'Dear Ada,' "
        "reads the note. 'I think you are so brave to sing on your own.' 'It made me cry a little "
        "when I first read it,' the singer said.\n"
    )
    assert speakers_of(text) == [None, "Ada Moss"]


def test_the_next_paragraph_of_a_quotation_stays_with_it_before_another_quotation():
    text = (
        "Defence Secretary Michael Fallon announced the aid on Monday. And he added:'Russia's annexation "
        "of Crimea has shown its disregard for international law. It must stop. 'The ceasefire agreement "
        "has seen a reduction in violence.' "
        "'We will not send arms,' said Anna Kiev, a spokeswoman for the embassy.\n"
    )
    assert speakers_of(text) == ["Michael Fallon", "Michael Fallon", "Anna Kiev"]


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


def test_a_bare_quotation_after_a_paragraph_with_one_person_as_its_subject_is_theirs():
    text = (
        "Gordon Pike has backed Tom Holt since the spring.\n\n"
        "Pike is upbeat about Holt’s chances in November, in part because he sees Holt as a uniter.\n\n"
        "“Not only can he win in November, he is the one with the best chance of winning.”\n"
    )
    assert speakers_of(text) == ["Gordon Pike"]


def test_a_quotation_resumed_after_a_dash_aside_with_another_voice_is_the_first_speaker_s():
    text = (
        "Tom Reyes spoke for an hour. “We will build the bridge,” Reyes said - at which point the crowd "
        "chanted “Build it!” - “and we will pay for it ourselves.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "the crowd", "Tom Reyes"]


def test_a_lone_exclamation_after_a_question_is_the_answer_not_the_asker_s():
    text = (
        'Ada Holt spoke for an hour. "We will win," Holt said.\n\n'
        '"Or do we roll up our sleeves and get to work?" she asked.\n\n"Yesssss!"\n'
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt", None]


def test_a_lone_exclamation_repeating_a_reply_is_its_first_speaker_s():
    text = (
        'Ada Holt spoke for an hour.\n\n"Do we give up?" Holt asked.\n\n"Nooooo!" the crowd cried out.\n\n'
        '"Or do we make promises we cannot keep?" Holt asked.\n\n"Noooo!"\n'
    )
    assert speakers_of(text) == ["Ada Holt", "the crowd", "Ada Holt", "the crowd"]


def test_a_bare_quotation_naming_the_last_speaker_s_work_as_another_s_is_not_theirs():
    text = (
        'As analyst Dana Byler pointed out in December, "The delegates will have chances to change '
        'it before the convention."\n\n"One of the shortcomings of Byler\'s otherwise excellent piece '
        'is that it does not consider that the rule works as intended."\n'
    )
    assert speakers_of(text) == ["Dana Byler", None]


def test_a_quotation_after_indeed_goes_on_in_the_voice_of_the_one_quoted_before():
    text = (
        "Tom Brafman spoke to the panel. He argued, “No other claim like this one has ever succeeded.” "
        "Indeed, “Our filing lists ten claims much stronger than this.”\n"
    )
    assert speakers_of(text) == ["Tom Brafman", "Tom Brafman"]


def test_quotations_after_a_writers_sentence_about_someone_they_talk_of_stay_the_speakers():
    text = (
        "The squad for the summer tour will be named in April.\n\n"
        'Coach Gwen Holt said: "Our results have not been impressive. '
        '"I will take the other coaches\' opinions on board." And striker Tom Reyes looks certain '
        'to get the call, provided he recovers from a knee injury. "I took lessons from the last tour. '
        '"Tom Reyes is an outstanding player and he will be on the trip if he is fit."\n'
    )
    assert speakers_of(text) == ["Gwen Holt"] * 4


def test_a_paragraph_of_quoted_words_after_a_report_is_the_tellers():
    text = (
        "Pollster Dana Pruitt has written about ferries for years.\n\n"
        "Pruitt elaborated in an opinion piece for the Harbor News that councillors pledged to Mayor "
        "Ada Holt may reconsider.\n\n"
        "“A win for the riders would underscore the mayor's weakness in the vote next month.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


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
        "Eva Miller and Gloria Major run the call centre.\n\n"
        '"How is your week going?" Miller, a former teacher from a mining town, said brightly into the '
        'headset. "We are calling members like you."\n'
    )
    assert speakers_of(text) == ["Eva Miller", "Eva Miller"]


def test_a_paragraph_of_one_speakers_quotes_ending_on_her_hands_her_the_next_lone_quotation():
    text = (
        "“We will fight for the plant,” Vera Holt said. Holt later toured the plant with workers.\n\n"
        "“Jobs come first, and they always will.”\n"
    )
    assert speakers_of(text) == ["Vera Holt", "Vera Holt"]


BLOG = "quotes_ferry_blog.txt"


def _speaker_of(name: str, start: str) -> str | None:
    return next(q.speaker for q in quotes.extract_quotes(own_article(name)) if q.text.startswith(start))


def test_a_quote_standing_alone_after_x_said_is_xs():
    # "Walter Finch, who runs ..., said he worries about the fees." then a block-quoted paragraph.
    assert _speaker_of(BLOG, "My margins are thin") == "Walter Finch"


def test_a_quote_standing_alone_after_a_paragraph_without_a_speaker_stays_unattributed():
    article = parse_article(
        "Title: T\n\nMayor Ann Lee said the bridge would reopen.\n\nThe council met on Monday.\n\n"
        '"Nobody told us anything."\n'
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == [None]


def test_a_short_reply_sentence_after_anothers_quotation_introduces_the_next():
    text = (
        "Pass row\n\n"
        "Admiral Ronan Pell wrote: “I would consider it an honor if you revoked my pass as well.” "
        "Mayor Tobin Crale replied. “I don't know Pell. I know that I got a great response from "
        "doing that.”\n"
    )
    assert speakers_of(text) == ["Ronan Pell", "Tobin Crale"]
