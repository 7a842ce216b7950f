"""Two single marks typed for one double (''like this''), as some archives keep quotations."""

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_quotation_in_doubled_single_marks_is_found_and_attributed() -> None:
    text = (
        "Mayor Dana Pruitt spoke to the council on Tuesday about the harbour budget.\n\n"
        "''We cannot afford another year of delay,'' Pruitt said."
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_pronoun_after_doubled_single_marks_reaches_the_person_named_before() -> None:
    text = (
        "The council member Victor Hale spoke after the vote.\n\n"
        "Hale disagreed with the mayor. ''This plan is rushed,'' he said."
    )
    assert speakers_of(text) == ["Victor Hale"]


def test_the_words_inside_doubled_single_marks_are_the_quotation() -> None:
    text = "Title: T\n\n''Not one dollar more,'' said council member Victor Hale."
    assert [q.text for q in quotes.extract_quotes(parse_article(text))] == ["Not one dollar more"]


def test_an_elision_beside_a_single_mark_is_no_doubled_mark() -> None:
    text = "Victor Hale said the '90s were the harbour's best years, and ''that was that,'' he said."
    assert speakers_of(text) == ["Victor Hale"]


def test_three_single_marks_close_a_quotation_inside_a_quotation() -> None:
    text = (
        "Title: T\n\nPim Arlo gives the mayor credit. \"She's one mayor who doesn't say 'I love sports. "
        "We need jobs,''' says Arlo, who now works with a tenants' group. \"She's willing to argue it.''"
    )
    found = [(q.speaker, q.text) for q in quotes.extract_quotes(parse_article(text))]
    assert found == [
        ("Pim Arlo", "She's one mayor who doesn't say 'I love sports. We need jobs,'"),
        ("Pim Arlo", "She's willing to argue it."),
    ]


def test_three_curly_single_marks_close_a_quotation_inside_a_quotation() -> None:
    text = (
        "Title: T\n\nIn 1980, Governor Pell’s aide Gil Novak “said something like ‘We can win without "
        "the harbor,’’’ Rita Moss recalls. “And quickly the union chief walked him back.”"
    )
    found = [(q.speaker, q.text) for q in quotes.extract_quotes(parse_article(text))]
    assert found == [
        ("Rita Moss", "said something like ‘We can win without the harbor,’"),
        ("Rita Moss", "And quickly the union chief walked him back."),
    ]
