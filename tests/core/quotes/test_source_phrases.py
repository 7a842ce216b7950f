"""The phrase a source is labelled with: an unnamed source, a group or a writing under its whole phrase, and
the one quoted "as saying" rather than the paper quoting them.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_tribunal_is_a_source_like_a_court():
    text = (
        "The tribunal dismissed his account of the meeting on Friday. 'A claim of bullying is a most "
        "grave charge and must be weighed with that in mind,' the tribunal stated.\n"
    )
    assert speakers_of(text) == ["the tribunal"]


def test_the_one_addressed_by_a_participle_before_the_verb_never_speaks():
    text = (
        "Ada Holt speaking to Harbor News on Monday said the plan was “dead on arrival in the council "
        "chamber.”\n\n"
        "Another council source speaking to Harbor News said the files were “never meant to leave the "
        "building at all.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "another council source"]
    assert kinds_of(text) == {"Ada Holt": "person", "another council source": "unnamed"}


def test_a_plain_noun_source_is_labelled_with_its_whole_phrase():
    text = (
        "Turmoil has erupted at the party, as the head of the party’s powerful rules committee has "
        "accused its leaders of a “major breach of trust” in the vote.\n\n"
        "The company sent a letter to the paper. That letter, on company letterhead, demanded that the "
        "paper “retract the story and apologize in print.”\n\n"
        "Harbor news agency said: “The strike will go ahead on Monday.”\n"
    )
    assert kinds_of(text) == {
        "the head of the party’s powerful rules committee": "unnamed",
        "that letter": "unnamed",
        "Harbor news agency": "organisation",
    }


def test_a_writing_named_after_according_to_and_a_name_is_labelled_with_its_noun():
    text = (
        "The book is, according to its Amazon summary, “a fearless look at the harbor and the people "
        "who built it.”\n"
    )
    assert kinds_of(text) == {"its Amazon summary": "unnamed"}


def test_an_unnamed_source_quoted_as_saying_speaks_not_the_paper_quoting_it():
    text = (
        "Harbor news agency reports a union source as saying: “The strike will go ahead on Monday.”\n\n"
        "The Ledger quoted a senior official as saying that the plan “will never be approved by the "
        "council.”\n"
    )
    assert speakers_of(text) == ["a union source", "a senior official"]


def test_a_group_opening_a_clause_a_participle_continues_keeps_whom_it_speaks_for():
    text = (
        "Ada Holt was asked about the emails. Attorneys for Holt appeared to oppose the effort, saying "
        "in court files that her account “has never been the property of the State Department.”\n"
    )
    assert speakers_of(text) == ["attorneys for Holt"]


def test_a_plain_noun_source_keeps_a_demonstrative_and_a_hyphenated_adjective_but_no_conjunction():
    text = (
        "“Tom was Ada’s only supporter within the tower,” this source told the Ledger.\n\n"
        "“He should step aside,” the conservative-leaning newspaper wrote.\n\n"
        "Holt said that officials warned of “a long and difficult winter for the harbor.”\n"
    )
    assert speakers_of(text) == ["this source", "the conservative-leaning newspaper", "officials"]


def test_the_spokesman_no_one_is_named_as_is_an_unnamed_source_not_the_person_last_named():
    text = (
        "Mayor Ada Holt said on Monday that the ferry plan would go ahead.\n\n"
        "Holt’s spokesman said the mayor stood by her plan.\n\n"
        "Ben Dorn, the council’s treasurer, opposed the plan.\n\n"
        "“The mayor has made her views very clear. She disagrees with them,” the spokesman said. “She "
        "stands by her comments.”\n"
    )
    assert speakers_of(text) == ["the spokesman", "the spokesman"]
    assert kinds_of(text) == {"the spokesman": "unnamed"}


def test_a_named_spokeswoman_is_still_the_one_the_spokeswoman_means():
    text = (
        "Carla Pike, a spokeswoman for the harbor board, spoke on Monday.\n\n"
        "Ben Dorn opposed the plan.\n\n"
        "“The board has made its views very clear,” the spokeswoman said.\n"
    )
    assert speakers_of(text) == ["Carla Pike"]


def test_the_and_a_plural_noun_before_a_verb_of_saying_is_an_unnamed_group():
    text = (
        "Forty members of the harbor council signed the letter on Monday.\n\n"
        "“We are gravely concerned about the ferry fares,” the members wrote.\n"
    )
    assert speakers_of(text) == ["the members"]


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_according_to_an_unnamed_source_labels_the_source():
    assert _quotes("“The talks failed,” according to a senior official.\n") == [
        ("a senior official", "unnamed")
    ]


def test_quoted_x_as_saying_is_xs_quotation():
    text = "The Times quoted Gwen Holt, the mayor, as saying, “We will not back down.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_letter_reading_words_is_their_source():
    assert _quotes("“We support our neighbourhood schools,” the letter reads.\n") == [
        ("the letter", "unnamed")
    ]
