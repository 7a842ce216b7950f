"""Speaker queries, suggestions and Discord autocomplete."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article


def test_an_unknown_name_gives_no_quotes_and_suggests_quoted_people(bundled):
    result = api.quote(bundled, "Obama")
    assert result.speaker is None and result.quotes == ()
    assert "Obama" in result.message
    quoted = {s.name for s in api.speakers(bundled).speakers}
    assert result.suggestions and set(result.suggestions) <= quoted


def test_suggestions_put_the_closest_quoted_person_first(bundled):
    result = api.quote(bundled, "Austen Powers")
    assert result.speaker is None
    assert result.suggestions[0] == "Lloyd Austin"


def test_a_full_name_with_a_typo_and_a_suffix_still_matches(bundled):
    assert api.quote(bundled, "Kurt Campbel Jr").speaker.name == "Kurt Campbell"


def test_a_country_that_speaks_is_a_speaker_of_its_own(bundled):
    result = api.quote(bundled, "China")
    assert result.speaker.name == "China" and result.speaker.kind == "organisation"
    assert [q.text for q in result.quotes] == ["wacky and unprofessional"]


def test_a_place_that_never_speaks_is_not_a_speaker(bundled):
    result = api.quote(bundled, "Taiwan")
    assert result.speaker is None and result.quotes == ()


def test_a_wildly_wrong_typo_matches_no_one(bundled):
    assert api.quote(bundled, "Zebedee").speaker is None


def test_quote_answers_in_article_order_without_duplicates(bundled):
    found = api.quote(bundled, "Xi").quotes
    assert [q.paragraph for q in found] == sorted(q.paragraph for q in found)
    assert len({q.text for q in found}) == len(found)


def test_autocomplete_lists_quoted_people_first_when_empty(bundled):
    names = api.complete_speaker(bundled, "")
    quoted = [s.name for s in api.speakers(bundled).speakers]
    assert names[: len(quoted)] == quoted
    assert "Bill Gates" in names


def test_autocomplete_matches_prefixes_and_titles(bundled):
    assert api.complete_speaker(bundled, "blin")[0] == "Antony Blinken"
    assert set(api.complete_speaker(bundled, "pres")) == {"Xi Jinping", "Joe Biden"}
    assert api.complete_speaker(bundled, "pres")[0] == "Xi Jinping"


def test_autocomplete_tolerates_typos(bundled):
    assert api.complete_speaker(bundled, "kritenbrinc")[0] == "Daniel Kritenbrink"


def test_autocomplete_respects_the_limit(bundled):
    assert len(api.complete_speaker(bundled, "", limit=3)) == 3
    assert quotes.complete_speakers(bundled, "x", 0) == []


def test_autocomplete_names_fit_discord(bundled):
    assert all(len(name) < 100 for name in api.complete_speaker(bundled, ""))


def test_find_person_needs_an_unambiguous_name(bundled):
    assert quotes.find_person(bundled, "Burns") is None
    assert quotes.find_person(bundled, "CIA chief").name == "William Burns"


def test_a_full_name_is_its_owner_not_a_relative_whose_role_holds_it():
    text = (
        "Mayor Helen Carter and Councillor James Carter, Helen Carter's brother, split on the toll.\n\n"
        "“The toll is the fairest of bad options,” Helen Carter said.\n\n"
        "“I will not vote for it,” James Carter said.\n"
    )
    result = api.quote(parse_article("Title: T\n\n" + text), "Helen Carter")
    assert result.speaker.name == "Helen Carter" and len(result.quotes) == 1


CHIPMAKER = (
    "Title: Chipmaker cuts jobs\n\n"
    "The company's chief executive, Mira Castell, said the cuts were “painful but necessary.”\n\n"
    "Prime Minister Tom Ashdown told reporters: “We will help every worker find a new job.”\n"
)


def test_an_acronym_finds_the_person_whose_role_spells_it_out():
    article = parse_article(CHIPMAKER)
    assert api.quote(article, "CEO").speaker.name == "Mira Castell"
    assert api.quote(article, "the PM").speaker.name == "Tom Ashdown"


BLOG = "quotes_ferry_blog.txt"


def test_notices_echo_the_query_in_curly_quotes():
    message = quotes.find_quotes(own_article(BLOG), "Zebedee").message
    assert message == "No one called “Zebedee” is named in this article."
