"""A nickname in quotation marks after a middle initial (`Stephen M. “Sam” Calder`) is cut out of the
name as after a bare given name: the name is one person's, Stephen M. Calder, who speaks, and not
the place "Fort Calder" the surname would otherwise fall back on."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes.nicknames import cut_nicknames
from tests.core.quotes.speakers import speakers_of

FORTS = (
    "Forts\n\nThe posts in question are Fort Calder and Camp Venn.\n\n"
    "His cousin, Stephen M. “Sam” Calder, who has written two books about the general, maintains it is "
    "“more useful to look at the people who are honored, not the causes they served.”\n"
)


def test_a_nickname_after_a_middle_initial_leaves_one_person_who_speaks():
    assert speakers_of(FORTS) == ["Stephen M. Calder"]


def test_the_nickname_after_a_middle_initial_finds_the_person():
    article = parse_article("Title: T\n\n" + FORTS)
    assert quotes.find_quotes(article, "Sam").speaker.name == "Stephen M. Calder"


def test_words_in_marks_after_an_initial_in_a_title_cased_line_are_no_nickname():
    text = "Governor Calls Rival John Q. ‘A Disgrace’ Over Shootings\n\nThe row went on."
    paragraph = parse_article("Title: T\n\n" + text).paragraphs[0]
    assert cut_nicknames(paragraph)[1] == ()
