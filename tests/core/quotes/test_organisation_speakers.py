"""Companies, publications and firms that speak: the article's own writing shows they are no
person (a business head named after them, "the firm" or "It" taking them up, a business noun
before them, "which" after them), never a list of names."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_word_before_a_business_head_and_a_name_speaks_as_an_organisation():
    text = (
        "Norvik has said a court will decide whether to block the sale. “We will fight this,” said "
        "Norvik chief executive Alan Petrie. Norvik maintains the sale is “plainly unlawful”, and "
        "Norvik said: “The ruling changes nothing.”\n"
    )
    assert kinds_of(text) == {"Alan Petrie": "person", "Norvik": "organisation"}


def test_a_word_the_next_sentence_takes_up_as_it_saying_is_an_organisation():
    text = (
        "“Members receive copies under strict confidentiality agreements,” Quillon said in a "
        "statement.\n\nIt added that its results depended on its software.\n"
    )
    assert kinds_of(text) == {"Quillon": "organisation"}


def test_a_word_the_next_sentence_takes_up_as_the_firm_is_an_organisation():
    text = (
        "Corvane has taken legal action to stop leaks of its new products. The computer firm has "
        "sued three men. “We take leaks very seriously,” Corvane said.\n"
    )
    assert kinds_of(text) == {"Corvane": "organisation"}


def test_a_word_after_a_publication_noun_speaks_as_an_organisation():
    text = (
        "Ian Ferrer was named manager of the year by US publication Brightmore. “One of Britain's "
        "old manufacturers has returned to the index,” Brightmore said.\n"
    )
    assert kinds_of(text) == {"Brightmore": "organisation"}


def test_a_two_word_name_followed_by_which_is_no_person():
    text = (
        "The councillor had said that his consultancy work with Vantor Halden never shaped the votes "
        'he cast. But on Tuesday he said: "I have stepped down as a director with effect from '
        'today."\n\nThe councillor had been a director at Vantor Halden which has a client '
        'bidding for the contract.\n\nExplaining why he had quit, Mr Askew said: "I have '
        'been deeply troubled by the coverage of my links with Vantor Halden."\n'
    )
    assert "Vantor Halden" not in kinds_of(text)


def test_a_name_after_a_plural_business_noun_is_no_person_though_its_first_word_is_common():
    text = (
        "Folk singer Nina Carrow has attacked British gossip papers.\n\nIn a post on her blog, "
        "the singer named celebrity tabloids Our Style, In Focus and Star as the worst culprits. "
        '"Until you sort out your own life, I expect you\'ll stay a sad rag," the '
        "29-year-old wrote. In March, Carrow fell out with Our Style over photographs of her son.\n"
    )
    assert "Style" not in kinds_of(text)


def test_a_quotation_it_introduces_goes_to_no_person_named_later_in_the_paragraph():
    text = (
        "Harwick Ferries has cancelled every evening sailing to the islands until the end of the "
        "month.\n\nThe operator blamed a shortage of engineers. Harwick said two of its four boats "
        'needed new gearboxes.\n\nIn a statement, it added: "Safety will always come before the '
        'timetable, even when that costs us bookings." Islanders have complained for weeks. "We know '
        "how hard this is for people who commute,\" said Mara Quinlan, the operator's head of "
        'services. "Evening sailings will return as soon as the boats do."\n'
    )
    assert speakers_of(text) == [None, "Mara Quinlan", "Mara Quinlan"]


def test_the_company_is_the_one_business_named_before_after_its_kind():
    text = (
        "Toy maker Corvane recalled 30,000 kites from its shops.\n\nThe company said: “The fault "
        "came from one supplier, and we have dropped them.”\n"
    )
    assert kinds_of(text) == {"Corvane": "organisation"}


def test_the_company_is_no_business_named_only_after_it():
    text = (
        "The site also commented on the row.\n\n“We hope the venture thrives,” the company said in a "
        "statement.\n\n“We have had many false stories,” public relations firm Corvane said later.\n"
    )
    assert kinds_of(text) == {"the company": "organisation", "Corvane": "organisation"}


def test_a_lone_word_whose_own_clause_reaches_its_is_an_organisation():
    text = (
        "“We look forward to having all of our employees back at work,” Larkmoor said in a statement.\n\n"
        "To weather the strike, Larkmoor drafted thousands of workers from its other offices.\n"
    )
    assert kinds_of(text) == {"Larkmoor": "organisation"}


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_what_it_called_is_the_words_of_the_organisation_opening_the_sentence():
    text = (
        "The Security Council on Friday pledged sanctions against what it called “a clear threat to "
        "international peace.”\n"
    )
    assert _quotes(text) == [("the Security Council", "organisation")]


def test_what_it_called_is_the_words_of_the_one_organisation_named_before_it():
    text = (
        "The council approved the bridge plan on Tuesday.\n\n"
        "The mayor also faced criticism from the Harbor Alliance for what it called “careless and "
        "rushed” planning.\n"
    )
    assert _quotes(text) == [("the Harbor Alliance", "organisation")]


def test_what_it_called_after_two_organisations_is_no_ones():
    text = (
        "The mayor faced criticism from the Harbor Alliance and the Dock Union for what it called "
        "“careless and rushed” planning.\n"
    )
    assert _quotes(text) == [(None, "person")]


def test_it_opening_a_sentence_is_the_organisation_opening_the_sentence_before():
    text = (
        "Gwen Holt’s campaign is defending her remarks. It is denouncing what it calls “the biggest "
        "coordinated attack in history.”\n"
    )
    assert _quotes(text) == [("Gwen Holt’s campaign", "organisation")]


def test_it_after_a_body_named_past_its_owner_is_that_body_not_the_owner():
    text = (
        "Two sprinters missed their tests. Athletics' ruling body the IAAF said their excuses were "
        "“unacceptable”. It added that both had been “provisionally suspended pending a hearing”.\n"
    )
    assert ("the IAAF", "organisation") in _quotes(text)
    assert ("Athletics", "organisation") not in _quotes(text)


def test_a_name_ending_in_limited_is_a_firm_not_a_person():
    text = (
        "Marion Global Enterprses Limited was an investment vehicle, according to Peter Holm. "
        "“Very little is known about Marion or its two principals,” he writes.\n"
    )
    assert speakers_of(text) == ["Peter Holm"]
