"""Speaker patterns a second review found on unseen articles: blog posts, wire copy, tabloid leads."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.conftest import own_article

BLOG = "quotes_ferry_blog.txt"
TABLOID = "quotes_soap_hedge.txt"


def _speaker_of(name: str, start: str) -> str | None:
    return next(q.speaker for q in quotes.extract_quotes(own_article(name)) if q.text.startswith(start))


def _quotes_of(name: str, query: str) -> list[str]:
    return [q.text for q in quotes.find_quotes(own_article(name), query).quotes]


def test_pronoun_after_a_quote_means_the_person_named_before_it_in_the_paragraph():
    # "But bakery owner Marisol Quint said ... “…,” she told me.": not the mayor quoted earlier.
    assert _speaker_of(BLOG, "Night workers buy breakfast") == "Marisol Quint"
    assert not any(t.startswith("Night workers") for t in _quotes_of(BLOG, "Okonjo"))


def test_x_was_blunt_colon_credits_x():
    assert _speaker_of(BLOG, "We are spending the harbour") == "Hal Pettigrew"


def test_name_with_lower_case_particles_is_one_person():
    person = quotes.find_person(own_article(BLOG), "van der Linde")
    assert person is not None and person.name == "Joost van der Linde"
    assert "van der Linde" in person.aliases


def test_full_name_with_particles_finds_the_quotes():
    assert _quotes_of(BLOG, "Joost van der Linde") == _quotes_of(BLOG, "Linde") != []


def test_name_after_a_shouted_tabloid_lead_is_a_person():
    person = quotes.find_person(own_article(TABLOID), "Cassie Marlowe")
    assert person is not None and person.name == "Cassie Marlowe"


def test_she_fumed_and_the_next_paragraph_belong_to_the_tabloid_subject():
    found = _quotes_of(TABLOID, "Cassie Marlowe")
    assert [t[:20] for t in found[:2]] == ["I haven't seen the s", "It's like living beh"]


def test_sentence_initial_role_word_is_lower_case_but_a_title_keeps_its_capital():
    assert quotes.find_person(own_article(TABLOID), "Dredge").role == "neighbour"
    assert quotes.find_person(own_article(BLOG), "Okonjo").role == "Mayor"


def test_shouted_lead_word_is_title_case_in_a_role():
    assert quotes.find_person(own_article(TABLOID), "Marlowe").role == "Emmerdale favourite"


def test_a_name_followed_by_who_is_a_person():
    # "Walter Finch, who runs Finch Chandlery": no role, no verb of saying, still a person.
    assert quotes.find_person(own_article(BLOG), "Finch") is not None


def test_pronoun_prefers_the_person_named_in_its_paragraph_over_an_earlier_subject():
    # "The prize went to relief pilot Ada Kellow. “…,” she told the meeting.": Kellow is no subject,
    # but she is the only fitting person of the paragraph; the speakers further up are not meant.
    assert _speaker_of(BLOG, "Thirty winters on that deck") == "Ada Kellow"


def test_a_quotation_repeated_inside_a_longer_one_is_given_once():
    article = parse_article(
        "Title: T\n\n"
        "'The boats can be late at night because the crews change over at the mainland pier,' "
        "Ann Kerr, the ferry manager, said. 'We are fixing it.'\n\n"
        "Kerr said the delay was rare. 'The boats can be late at night because the crews change over,' "
        "she added.\n"
    )
    texts = [q.text for q in quotes.extract_quotes(article)]
    assert len([t for t in texts if t.startswith("The boats can be late")]) == 1
    assert "We are fixing it." in texts


def test_notices_echo_the_query_in_curly_quotes():
    message = quotes.find_quotes(own_article(BLOG), "Zebedee").message
    assert message == "No one called “Zebedee” is named in this article."


def test_a_quote_standing_alone_after_x_said_is_xs():
    # "Walter Finch, who runs ..., said he worries about the fees." then a block-quoted paragraph.
    assert _speaker_of(BLOG, "My margins are thin") == "Walter Finch"


def test_a_quote_standing_alone_after_a_paragraph_without_a_speaker_stays_unattributed():
    article = parse_article(
        "Title: T\n\nMayor Ann Lee said the bridge would reopen.\n\nThe council met on Monday.\n\n"
        '"Nobody told us anything."\n'
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == [None]


def test_a_role_keeps_the_word_saying_what_kind():
    assert quotes.find_person(own_article(BLOG), "Quint").role == "bakery owner"


def test_a_verb_before_a_role_word_is_not_part_of_the_role():
    article = parse_article("Title: T\n\nThe club hired coach Dan Rowe on Monday. Rowe said he was happy.\n")
    person = quotes.find_person(article, "Rowe")
    assert person is not None and person.role == "coach"


def test_but_admitted_colon_credits_the_subject_of_the_sentence():
    assert _speaker_of(TABLOID, "It has got a bit big") == "Colin Dredge"


def test_lone_surname_was_blunt_colon_credits_that_person():
    assert _speaker_of(TABLOID, "Either it comes down") == "Cassie Marlowe"


def test_a_club_followed_by_who_are_is_not_a_person():
    article = parse_article(
        "Title: T\n\nThey lost to Harbour Rovers, who are top of the table. "
        "Coach Dan Rowe said he was proud.\n"
    )
    assert [p.name for p in quotes.list_people(article)] == ["Dan Rowe"]


def test_a_thing_someone_owns_is_not_a_person_because_a_pronoun_follows():
    article = parse_article("Title: T\n\nShe crashed her Daihatsu Cuore but walked away from her car.\n")
    assert quotes.list_people(article) == ()


def test_initialism_opening_a_role_keeps_its_capitals():
    # "U.S. Attorney Lena Marsh said": "U.S." is no shouted tabloid word to title-case ("U.s.").
    article = parse_article(
        "Harbor clerk convicted\n\n"
        "A jury convicted a former harbor clerk of fraud on Monday.\n\n"
        "U.S. Attorney Lena Marsh said the verdict was fair. “The public deserves better,” Marsh said."
    )
    assert quotes.find_person(article, "Marsh").role == "U.S. Attorney"
