"""Attribution patterns of news writing, each on the project's own test articles."""

from __future__ import annotations

import pytest

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article

TRADE = "quotes_trade_talks.txt"
BRIDGE = "quotes_harbour_bridge.txt"
STORM = "quotes_storm_ports.txt"
COURT = "quotes_court_case.txt"

# Every direct quotation of each own article, as (speaker, opening words), in article order.
EXPECTED = {
    TRADE: [
        ("Ahn Duk-geun", "We have agreed to keep talking"),
        ("Ahn Duk-geun", "Neither side wants a trade war."),
        ("Wang Wentao", "resist protectionism in all its forms"),
        ("Wang Wentao", "will defend the legitimate rights"),
        ("Yoji Muto", "welcomes any step"),
        ("Wang Wentao", "drop its anti-subsidy probe"),
        ("Wang Wentao", "return to dialogue without conditions."),
        ("the ministry", "naked trade protectionism"),
        ("Park Ji-won", "A communique is not a contract"),
        ("Ahn Duk-geun", "lock in supply chains"),
    ],
    BRIDGE: [
        ("James Carter", "This bridge was built by taxpayers"),
        ("James Carter", "I will not vote for a toll"),
        ("Helen Carter", "cannot keep borrowing"),
        ("Helen Carter", "We have a 40 million dollar repair bill"),
        ("Helen Carter", "the fairest of a set of bad options."),
        ("Greg Hollis", "If we wait another winter"),
        ("Greg Hollis", "And once we close lanes"),
        ("Greg Hollis", "would not sign off"),
        ("Helen Carter", "Nobody enjoys paying a toll"),
        ("Helen Carter", "But nobody enjoys a closed bridge either."),
        ("a spokeswoman for the transport department", "study the decision carefully."),
        ("Bridge Users United", "a tax on working families."),
    ],
    STORM: [
        ("Maria Lopez", "We are asking everyone"),
        ("Maria Lopez", "Do not wait for the water."),
        ("the National Weather Service", "strengthening faster than forecast"),
        ("Samuel Okafor", "We will reopen when it is safe"),
        ("Tom Reyes", "never been shut this early"),
        ("Tom Reyes", "Our members lose a week of income"),
        ("Maria Lopez", "the cost of waiting is counted in lives"),
        ("Ruth Banda", "confident the sea walls will hold"),
        ("Maria Lopez", "every pump and generator you can spare"),
    ],
    COURT: [
        ("Amelia Grant", "Mr Marsh looked at his phone"),
        ("Amelia Grant", "Had he kept his eyes on the road"),
        ("Joanna Wells", "Nothing will bring Peter back."),
        ("Joanna Wells", "We had thirty years together"),
        ("Simon Hale", "The sentence must reflect"),
        ("Simon Hale", "It cannot reflect its value."),
        ("Owen Pryce", "He has never tried to excuse"),
        ("a police spokesman", "This was entirely avoidable."),
        (None, "Eight seconds is all it takes"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_quotation_of_own_article_has_the_right_speaker(name):
    found = quotes.extract_quotes(own_article(name))
    assert [q.speaker for q in found] == [s for s, _ in EXPECTED[name]]
    for quote, (_, start) in zip(found, EXPECTED[name], strict=True):
        assert quote.text.startswith(start), (quote.text, start)


def _speaker_of(name: str, start: str) -> str | None:
    return next(q.speaker for q in quotes.extract_quotes(own_article(name)) if q.text.startswith(start))


def test_x_told_listener_credits_x_not_the_listener():
    assert _speaker_of(STORM, "Our members lose") == "Tom Reyes"


def test_said_x_with_appositive_after_the_quote():
    assert _speaker_of(TRADE, "A communique") == "Park Ji-won"


def test_x_the_role_said_colon():
    assert _speaker_of(STORM, "We will reopen") == "Samuel Okafor"


def test_according_to_x():
    assert _speaker_of(STORM, "the cost of waiting") == "Maria Lopez"


def test_x_said_that_he_partial_quote():
    assert _speaker_of(BRIDGE, "would not sign off") == "Greg Hollis"


def test_participle_credits_the_subject_not_the_last_name():
    assert _speaker_of(STORM, "never been shut") == "Tom Reyes"
    assert _speaker_of(TRADE, "lock in supply chains") == "Ahn Duk-geun"


def test_reported_speech_credits_the_person_not_the_institution():
    assert _speaker_of(TRADE, "drop its anti-subsidy probe") == "Wang Wentao"
    assert _speaker_of(STORM, "every pump and generator") == "Maria Lopez"


def test_two_quotes_in_one_sentence_share_the_speaker():
    assert _speaker_of(TRADE, "return to dialogue") == "Wang Wentao"


def test_quote_broken_by_its_attribution_is_all_the_speakers():
    assert _speaker_of(TRADE, "Neither side wants") == "Ahn Duk-geun"
    assert _speaker_of(STORM, "Do not wait") == "Maria Lopez"


def test_pronoun_resolves_past_a_country_to_the_person():
    assert _speaker_of(TRADE, "will defend the legitimate rights") == "Wang Wentao"


def test_pronoun_resolves_to_the_person_whose_gender_fits():
    assert _speaker_of(BRIDGE, "cannot keep borrowing") == "Helen Carter"


def test_shared_surname_resolves_to_the_one_last_named_in_full():
    assert _speaker_of(BRIDGE, "Nobody enjoys paying a toll") == "Helen Carter"


def test_quote_running_across_two_paragraphs_keeps_its_speaker():
    found = [q for q in quotes.extract_quotes(own_article(BRIDGE)) if q.speaker == "Greg Hollis"]
    first, second = found[0], found[1]
    assert second.continued and not first.continued
    assert second.paragraph == first.paragraph + 1


def test_institutions_and_unnamed_people_speak_under_their_own_label():
    assert _speaker_of(STORM, "strengthening faster") == "the National Weather Service"
    assert _speaker_of(BRIDGE, "study the decision") == "a spokeswoman for the transport department"
    assert _speaker_of(TRADE, "naked trade protectionism") == "the ministry"


def test_scare_quotes_and_titles_are_not_speech():
    texts = [q.text for q in quotes.extract_quotes(own_article(TRADE))]
    assert "constructive" not in texts
    assert "Chip Four Alliance" not in texts


def test_a_stray_quote_mark_is_ignored():
    texts = " ".join(q.text for q in quotes.extract_quotes(own_article(BRIDGE)))
    assert "toll starts in June" not in texts


def test_the_repeated_lede_and_captions_add_nothing():
    article = own_article(STORM)
    assert len(quotes.extract_quotes(article)) == len(EXPECTED[STORM])


def test_partial_and_full_quotes_are_told_apart():
    found = {q.text[:20]: q.partial for q in quotes.extract_quotes(own_article(STORM))}
    assert found["We are asking everyo"] is False
    assert found["We will reopen when "] is False
    assert found["confident the sea wa"] is True


@pytest.mark.parametrize(
    ("name", "query", "speaker"),
    [
        (TRADE, "Ahn", "Ahn Duk-geun"),
        (TRADE, "trade minister", "Ahn Duk-geun"),
        (TRADE, "Commerce Minister Wang", "Wang Wentao"),
        (TRADE, "economist", "Park Ji-won"),
        (BRIDGE, "mayor", "Helen Carter"),
        (BRIDGE, "Councillor Carter", "James Carter"),
        (BRIDGE, "chief engineer", "Greg Hollis"),
        (STORM, "governor", "Maria Lopez"),
        (STORM, "union leader", "Tom Reyes"),
    ],
)
def test_own_articles_answer_titles_and_roles(name, query, speaker):
    result = api.quote(own_article(name), query)
    assert result.speaker is not None and result.speaker.name == speaker


def test_siblings_sharing_a_surname_are_a_choice():
    result = api.quote(own_article(BRIDGE), "carter")
    assert {c.name for c in result.candidates} == {"Helen Carter", "James Carter"}


def test_straight_quotes_work_like_curly_ones():
    article = parse_article('Title: T\n\n"We will win," Jane Doe said.\n\nShe said "nothing else."\n')
    found = quotes.extract_quotes(article)
    assert [(q.text, q.speaker) for q in found] == [
        ("We will win", "Jane Doe"),
        ("nothing else.", "Jane Doe"),
    ]


def test_a_quote_that_never_closes_is_recovered():
    article = parse_article("Title: T\n\nMayor Ann Lee said: “We will rebuild every home.\n\nThe end came.\n")
    found = quotes.extract_quotes(article)
    assert [(q.text, q.speaker) for q in found] == [("We will rebuild every home.", "Ann Lee")]


def test_a_speaker_without_a_verb_of_saying_is_not_guessed():
    article = parse_article(
        "Title: T\n\nMayor Ann Lee visited the site.\n\n“It was awful,” a witness recalled.\n"
    )
    assert [(q.speaker, q.kind) for q in quotes.extract_quotes(article)] == [("a witness", "unnamed")]


def test_british_single_marks_are_quotations_and_apostrophes_are_not():
    texts = [q.text for q in quotes.extract_quotes(own_article(COURT))]
    assert (
        "Nothing will bring Peter back. But I hope every driver who reads this puts their phone in the "
        "glove box." in texts
    )
    assert not any("cameras captured" in t for t in texts)


def test_she_added_continues_the_speaker_just_quoted():
    assert _speaker_of(COURT, "We had thirty years") == "Joanna Wells"


def test_the_role_names_its_only_holder():
    assert _speaker_of(COURT, "The sentence must reflect") == "Simon Hale"


def test_inverted_said_past_a_role():
    assert _speaker_of(COURT, "He has never tried") == "Owen Pryce"


def test_name_age_and_place_parentheses_before_said():
    assert _speaker_of(COURT, "Nothing will bring Peter back") == "Joanna Wells"


def test_a_shared_surname_that_no_full_mention_settles_stays_unattributed():
    # "Mr Wells" is neither the widow nor the dead cyclist; his brother is never named in full.
    assert _speaker_of(COURT, "Eight seconds") is None


def test_a_quote_reopened_in_the_next_paragraph_keeps_its_speaker():
    found = [q for q in quotes.extract_quotes(own_article(COURT)) if q.speaker == "Amelia Grant"]
    assert [q.continued for q in found] == [False, True]


def test_a_story_run_into_a_caption_line_is_still_read_for_quotes():
    line = (
        "Police chief Maria Okoye (pictured) spoke on Monday. She said: 'We will find them.' "
        "The search continued overnight. Officers were seen near the river. Okoye added: 'Stay indoors.'"
    )
    article = parse_article(line + "\n")
    assert [(q.speaker, q.text) for q in quotes.extract_quotes(article)] == [
        ("Maria Okoye", "We will find them."),
        ("Maria Okoye", "Stay indoors."),
    ]


def test_two_fitting_subjects_leave_the_pronoun_unresolved():
    article = parse_article(
        "Title: T\n\nGeneral Tom Ash, a former army chief, and Admiral Ian Roe, a former navy chief, "
        "called for action.\n\nHe said the plan was “far too late to work.”\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == [None]
