"""How /quote settles who is meant: one quoted namesake, none, several; labels that tell apart."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.conftest import own_article


def hales():
    return own_article("native_two_hales.txt")


def test_when_only_one_namesake_is_quoted_the_quotes_are_theirs_and_the_other_is_named():
    result = api.quote(hales(), "Hale")
    assert result.speaker.name == "Marta Hale" and len(result.quotes) == 3
    assert "Peter Hale" in result.message and "never quoted" in result.message


def test_the_other_namesake_is_called_by_the_shared_name_as_written_not_as_typed():
    for typed in ("hale", "HALE", "Halle"):
        message = api.quote(hales(), typed).message
        assert "also called “Hale”" in message, message


def test_when_several_namesakes_are_quoted_they_are_candidates(bundled):
    result = api.quote(bundled, "President")
    assert "Which one?" in result.message
    assert [c.name for c in result.candidates] == ["Xi Jinping", "Joe Biden"]  # most quoted first


def test_two_people_with_the_same_role_get_a_distinguishing_detail(bundled):
    people = {s.name: s for s in api.speakers(bundled).speakers}
    assert people["Xi Jinping"].label == "Xi Jinping (President, Chinese leader)"
    assert people["Joe Biden"].label == "Joe Biden (President)"


def test_a_notice_lists_everyone_quoted_most_quoted_first_whatever_the_query(bundled):
    first, second = api.quote(bundled, "Obama"), api.quote(bundled, "Austen Powers")
    names = [s.name for s in first.quoted]
    assert names == [s.name for s in second.quoted] == [s.name for s in api.speakers(bundled).speakers]


def test_a_name_close_to_a_quoted_person_gets_did_you_mean(bundled):
    assert api.quote(bundled, "Austen Powers").message.endswith("Did you mean Lloyd Austin?")


def test_autocomplete_puts_quoted_people_before_people_only_named(bundled):
    names = api.complete_speaker(bundled, "b")
    quoted = {s.name for s in api.speakers(bundled).speakers}
    flags = [name in quoted for name in names]
    assert flags == sorted(flags, reverse=True) and flags[0]


def _trial():
    return parse_article(
        "Harbor clerk convicted\n\n"
        "A jury convicted Gerald Vance, a former harbor clerk, of fraud on Monday.\n\n"
        "Vance sat still as the verdict was read. His lawyer, Nina Albery, said they would appeal.\n\n"
        "“This is not over,” Albery said.\n\n"
        "“The public deserves better,” said Tom Vale, the prosecutor."
    )


def test_a_person_never_quoted_points_to_the_lawyer_quoted_for_them():
    result = api.quote(_trial(), "Vance")
    assert "never quoted directly" in result.message
    assert "Quoted on their behalf: Nina Albery" in result.message


def test_a_person_the_query_found_gets_no_did_you_mean_for_someone_else():
    assert "Did you mean" not in api.quote(_trial(), "Vance").message


SURNAME_ONLY = (
    "Title: Port vote\n\n"
    "Mayor Dorn opened the debate on Monday. “We will build the new pier,” Mr. Dorn said.\n\n"
    "Councillor Ada Lind disagreed. “Not with our money,” Lind said.\n"
)


def test_a_given_name_typed_for_someone_called_by_surname_alone_finds_them():
    result = api.quote(parse_article(SURNAME_ONLY), "Victor Dorn")
    assert result.speaker is not None and result.speaker.name == "Dorn"


def test_a_given_name_of_the_other_sex_does_not_find_a_man_called_by_surname_alone():
    assert api.quote(parse_article(SURNAME_ONLY), "Victoria Dorn").speaker is None


def test_a_given_name_contradicting_the_articles_own_stays_unmatched():
    assert api.quote(parse_article(SURNAME_ONLY), "Maria Lind").speaker is None


def test_people_sharing_one_role_are_offered_with_the_role_said_once():
    said = ["We will fight this", "Nobody asked us", "It is a disgrace", "The road is a century old"]
    residents = ["Ann Bell", "Tom Reyes", "Lena Vogt", "Omar Haddad"]
    text = "Title: Harbour road\n\nThe council wants to close the harbour road.\n\n" + "".join(
        f"“{words},” said {name}, a resident of Dock Street.\n\n"
        for words, name in zip(said, residents, strict=True)
    )
    message = api.quote(parse_article(text), "resident").message
    assert message == (
        "“resident” could be Ann Bell, Tom Reyes, Lena Vogt or Omar Haddad (all resident of Dock Street)."
        " Which one?"
    )


def test_a_single_person_past_the_ones_shown_is_one_other():
    said = [
        "We will fight",
        "Nobody asked us",
        "It is a disgrace",
        "It is old",
        "Kids walk there",
        "Shops close",
    ]
    names = ["Ann Bell", "Tom Bell", "Lena Bell", "Omar Bell", "Ivy Bell", "Ben Bell"]
    text = "Title: Harbour road\n\nThe council wants to close the harbour road.\n\n" + "".join(
        f"“{words},” said {name}.\n\n" for words, name in zip(said, names, strict=True)
    )
    assert api.quote(parse_article(text), "Bell").message.endswith(" (or one other). Which one?")
