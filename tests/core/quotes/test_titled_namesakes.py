"""A courtesy title before a word that is one person's given name ("Mr Howard" beside "Howard
Tern ... Mr Tern") names another person by his surname, and a query for that word means him."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

_TWO_HOWARDS = (
    "Title: Party rejects rethink\n\n"
    "Sacked MP Howard Tern has been told he will not be the party's candidate.\n\n"
    'Mr Tern said: "They selected me and they can dispose of me."\n\n'
    "Speaking to reporters, Mr Howard insisted he had done nothing wrong. The party leader said:"
    ' "We do not say one thing in private and another in public."\n'
)


def test_mr_and_a_given_name_is_another_person_when_the_first_is_called_by_his_surname():
    article = parse_article(_TWO_HOWARDS)
    assert sorted(api.complete_speaker(article, "")) == ["Howard", "Howard Tern"]


def test_the_words_of_mr_and_a_given_name_are_not_the_first_persons():
    article = parse_article(_TWO_HOWARDS)
    tern = api.quote(article, "Howard Tern")
    assert [q.text for q in tern.quotes] == ["They selected me and they can dispose of me."]


def test_a_query_for_a_surname_means_its_bearer_before_a_namesake_by_given_name():
    result = api.quote(parse_article(_TWO_HOWARDS), "Howard")
    assert result.speaker is not None and result.speaker.name == "Howard"
    assert [q.text for q in result.quotes] == ["We do not say one thing in private and another in public."]


def test_mr_and_a_given_name_still_means_one_never_called_by_his_surname():
    # Thai and Malay names put the title before the given name: "Mr Anand" is Anand Perera here.
    article = parse_article(
        "Title: Talks\n\nPrime minister Anand Perera met the envoys on Monday.\n\n"
        'Mr Anand said: "The talks were useful and will go on."\n'
    )
    assert api.complete_speaker(article, "") == ["Anand Perera"]
