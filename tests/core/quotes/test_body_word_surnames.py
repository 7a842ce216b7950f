"""A body's or place's word that is also a common surname ("Hall", "West", "Bloomberg") ends a
person's name after a given name, one right after a role noun ("goalkeeper Energy Phiri") opens it,
and a name interrupting a quotation is not its speaker."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of


def _speakers(text: str) -> dict[str, str]:
    return {s.name: s.kind for s in quotes.list_speakers(parse_article(text)).speakers}


def test_a_given_name_before_a_body_word_is_a_person():
    found = _speakers(
        "Title: Race\n\n“We will win this race,” said Michael Bloomberg, the former mayor.\n\n"
        "“It is a good day,” said Jim Hall, a farmer.\n"
    )
    assert found == {"Michael Bloomberg": "person", "Jim Hall": "person"}


def test_the_lone_surname_is_that_person_too():
    article = parse_article(
        "Title: Race\n\nAllen West, a former congressman, spoke on Monday.\n\n"
        "“I am not worried,” West said.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Allen West"]


def test_a_body_word_without_a_given_name_is_no_person():
    assert _speakers("Title: Vote\n\n“The vote is close,” said Fox News on Monday.\n") == {
        "Fox News": "organisation"
    }


def test_a_name_between_two_pieces_of_a_quotation_is_not_its_speaker():
    article = parse_article(
        "Title: Race\n\nJim Hall is running for mayor.\n\n"
        "Hall's pollster, Mark Pruitt, says his man has the money. “I don't think the talk” -- that Hall "
        "is seen as a city liberal -- “is going to last,” he says.\n"
    )
    said = {q.text: q.speaker for q in quotes.extract_quotes(article)}
    assert said["is going to last"] == "Mark Pruitt"


def test_a_body_word_after_a_lower_case_role_noun_is_the_persons_given_name():
    # "Energy" names departments ("Energy Secretary"), but after "goalkeeper" it opens the keeper's name.
    listed = quotes.list_speakers(
        parse_article(
            "Title: Keeper\n\nMalawi goalkeeper Energy Phiri is ready for the cup.\n\n"
            "“I am happy here,” Phiri said.\n"
        )
    ).speakers
    assert [(s.name, s.role) for s in listed] == [("Energy Phiri", "Malawi goalkeeper")]


def test_a_body_word_opening_a_title_before_a_name_stays_out_of_the_name():
    # No role noun in lower case before "Energy": the department's secretary, not a given name.
    found = _speakers("Title: Power\n\n“Prices will fall,” said Energy Secretary Ann Lowe.\n")
    assert found == {"Ann Lowe": "person"}


def test_a_given_name_that_is_also_a_name_particle_opens_the_name_after_a_role_noun():
    # "Al" also opens surnames ("al Ashry"); after "strategist" it is the strategist's given name.
    listed = quotes.list_speakers(
        parse_article("Title: Polls\n\n“It is close,” said Democratic strategist Al Cardenas.\n")
    ).speakers
    assert [(s.name, s.role) for s in listed] == [("Al Cardenas", "Democratic strategist")]


def test_a_mayor_whose_surname_is_a_newspaper_word_is_a_person():
    text = (
        "“I don't think there is bad publicity,” said Harbor City Mayor Don Guardian in an interview.\n\n"
        "Guardian said he understood why the governor would visit.\n"
    )
    assert kinds_of(text) == {"Don Guardian": "person"}


def test_a_nationality_noun_after_a_given_name_is_that_persons_surname_alone_too():
    text = (
        "“The challenge is that we still have a divided party,” said Mindy Finn, a strategist.\n\n"
        "The nominee has found success “in the Internet age” with small donors, Finn said. “Can "
        "you be a populist without being a barnburner?” she asked.\n"
    )
    assert speakers_of(text) == ["Mindy Finn", "Mindy Finn", "Mindy Finn"]


def test_a_nationality_noun_alone_is_still_no_person():
    text = "A Finn who lives in Tallinn said the ferry was “too slow by half.”\n"
    assert "Finn" not in speakers_of(text)
