"""An adverb in -ly or a participle opening an inverted sentence ("Fully baked bread …", "Gone was
the calm tone …"), capitalised only there, is never a person, whatever he or she follows."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

TEXT = (
    "Mayor Carl Brandt spoke to reporters at the depot on Tuesday.\n\n"
    "Gone was the calm tone his aides had talked him into on Monday, when he said “the strike is "
    "regrettable” and stepped back.\n\n"
    "Fully baked bread from the depot is used mostly by cafes, he says. “Any sales would be very "
    "limited,” he says.\n"
)


def test_an_opening_participle_and_an_opening_adverb_are_no_people():
    assert [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + TEXT))] == ["Carl Brandt"]


def test_a_given_name_in_ly_opening_a_sentence_is_still_a_person():
    text = "The fair opened on Friday.\n\nKelly walked in first. “It is wonderful,” she said.\n"
    assert quotes.extract_quotes(parse_article("Title: T\n\n" + text))[0].speaker == "Kelly"
