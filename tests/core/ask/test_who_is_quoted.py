""" "Who is quoted?" asks who speaks in the article: the quote engine's list, never a sentence holding
the word "quoted", nor "The article doesn't mention quoted"."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import NOBODY_QUOTED, answer_question
from bot.core.quotes import engine as quotes

HARBOUR = parse_article(
    "Harbour wall to be rebuilt\n\n"
    "The council will rebuild the harbour wall at Gull Point after winter storms, it said on Monday.\n\n"
    '"We cannot wait another winter," said Ann Bell, who chairs the harbour board.\n\n'
    'Fisherman Tom Reyes said his boat was damaged twice. "It was a miracle nobody drowned," Reyes said. '
    '"Twice in one month," he added.\n\n'
    "The works are quoted at £2m by the engineers.\n"
)
QUIET = parse_article(
    "Harbour wall to be rebuilt\n\n"
    "The council will rebuild the harbour wall at Gull Point after winter storms.\n\n"
    "Work starts in March and is quoted at £2m.\n"
)

# Its one quotation stands alone: no one is named as saying it.
UNSIGNED = parse_article(
    "Ferry service cut\n\n"
    "The island ferry will run twice a week from May, the operator said.\n\n"
    '"We feel forgotten out here."\n\n'
    "The crossing takes two hours.\n"
)


@pytest.mark.parametrize(
    "question",
    ["Who is quoted?", "Who is quoted in this article?", "who does the story quote", "Which people spoke?"],
)
def test_who_is_quoted_lists_the_quoted_most_quoted_first(question):
    result = answer_question(HARBOUR, question)
    assert result.answer == "The article quotes Tom Reyes and Ann Bell."


def test_who_is_quoted_cites_each_ones_first_quotation():
    result = answer_question(HARBOUR, "Who is quoted?")
    assert [s.paragraph for s in result.sources] == [3, 2]


def test_an_article_quoting_no_one_says_so():
    result = answer_question(QUIET, "Who is quoted?")
    assert result.answer == NOBODY_QUOTED and result.sources == ()


def test_an_article_whose_only_quotation_has_no_speaker_says_what_speakers_says():
    result = answer_question(UNSIGNED, "Who is quoted?")
    assert result.answer == quotes.nobody_quoted_note(quotes.list_speakers(UNSIGNED).unattributed)
    assert result.answer == "The article has 1 quotation, but it does not make clear who said it."
    assert [s.paragraph for s in result.sources] == [2]


def test_who_is_quoted_about_a_subject_is_ranked_as_usual():
    result = answer_question(HARBOUR, "Who is quoted about the boat?")
    assert result.answer != "The article quotes Tom Reyes and Ann Bell."


def test_a_long_list_of_quoted_people_counts_those_left_out():
    people = [
        "Ann Bell", "Tom Reyes", "Priya Natarajan", "Omar Haddad", "Lena Vogt", "Carl Brisk", "Dana Pruitt",
        "Ed Marsh", "Fay Holt", "Gus Lyle", "Hana Mori", "Ian Dorn", "Jo Crane", "Kai Stell", "Liv Ortega",
        "Max Pike", "Nia Varga", "Oli Reed", "Pam Steward", "Quin Fox", "Rosa Lane", "Sam Ortiz",
        "Tia Gray", "Uma Shah", "Vic Moss", "Wes Kent", "Xena Bird", "Yuri Park", "Zack Cole", "Abe Hart",
    ]  # fmt: skip
    words = "boats roofs cellars gardens cars sheds fences shops pubs vans bins docks".split()
    text = "Inquiry hears residents\n\n" + "\n\n".join(
        f'"Our {words[n % 12]} flooded {n} times," said {name}, who lives on {name.split()[1]} Row.'
        for n, name in enumerate(people)
    )
    result = answer_question(parse_article(text + "\n"), "Who is quoted?")
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS
    assert result.answer.startswith("The article quotes Ann Bell, Tom Reyes,")
    assert result.answer.endswith(" others.")


# A corpus export's article on one line: one long paragraph, its first quotation far from its start.
ONE_LINE = parse_article(
    "The quarry at Hollin Edge will close in March after eighty years, its owners said on Monday. "
    + "The site employs forty people and supplies stone to builders across the county. " * 8
    + '"We tried everything to keep it open," said Ruth Varga, the quarry manager. '
    "The council said it would help the workers find new jobs.\n"
)


def test_who_is_quoted_on_a_long_paragraph_cites_the_part_holding_the_quotation():
    result = answer_question(ONE_LINE, "Who is quoted?")
    assert result.answer == "The article quotes Ruth Varga."
    (source,) = result.sources
    assert "We tried everything" in source.text
    assert len(source.text) <= constants.ASK_MAX_ANSWER_CHARS


@pytest.mark.parametrize("question", ["Who are the speakers?", "list the speakers", "Name the speakers"])
def test_asking_for_the_speakers_lists_the_quoted(question):
    # A Discord user's words for /speakers, typed to /ask or a mention.
    assert answer_question(HARBOUR, question).answer == "The article quotes Tom Reyes and Ann Bell."


def test_the_speakers_of_something_named_are_ranked_as_usual():
    assert answer_question(HARBOUR, "Who were the speakers at the harbour board?").answer != (
        "The article quotes Tom Reyes and Ann Bell."
    )
