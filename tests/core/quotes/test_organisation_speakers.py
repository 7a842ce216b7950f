"""Companies, publications and firms that speak: the article's own writing shows they are no
person (a business head named after them, "the firm" or "It" taking them up, a business noun
before them, "which" after them), never a list of names."""

from __future__ import annotations

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
        "The leader had insisted that his legal work with Hobbs Calder did not influence the causes "
        'he supports. But on Friday he said: "I have tendered my resignation as a partner with '
        'immediate effect."\n\nThe MSP had been a partner for Hobbs Calder which has a client '
        'opposing the development.\n\nExplaining his reason for quitting, Mr Moray said: "I have '
        'been greatly concerned by the publicity surrounding my association with Hobbs Calder."\n'
    )
    assert "Hobbs Calder" not in kinds_of(text)


def test_a_name_after_a_plural_business_noun_is_no_person_though_its_first_word_is_common():
    text = (
        "Pop star Bella Spires has attacked US celebrity magazines.\n\nIn a letter on her website, "
        "the singer named celebrity tabloids Us Glamour, In Touch and Star as the worst offenders. "
        '"Until you face what is going on in your life, I guess you\'ll remain a false tabloid," the '
        "23-year-old wrote. In February, Spires clashed with Us Glamour for publishing pictures.\n"
    )
    assert "Glamour" not in kinds_of(text)


def test_a_quotation_it_introduces_goes_to_no_person_named_later_in_the_paragraph():
    text = (
        "Harlow has said it will replace 14 million power cables for its consoles due to safety "
        'concerns.\n\nThe company said the move was a "preventative step" after reports of fire '
        "hazards. Harlow said it had received 30 reports of minor injury. The firm said fewer than "
        'one in 10,000 consoles had failed.\n\nIn a statement, it added: "In almost all instances, any '
        "damage caused by these failures was contained within the console itself or limited to the "
        'tip of the power cord at the back of the console." But in seven cases, customers reported a '
        'minor burn to their hand. In 23 cases, customers reported smoke damage. "This is a '
        "preventative step we're choosing to take despite the rarity of these incidents,\" said Rob "
        'Balch, senior vice president, Harlow home division. "We regret the inconvenience, but '
        'believe offering consumers a free replacement cord is the responsible thing to do."\n'
    )
    assert speakers_of(text) == [None, "Rob Balch", "Rob Balch"]


def test_the_company_is_the_one_business_named_before_after_its_kind():
    text = (
        "Game maker Corvane shut down the accounts of 20,000 players.\n\nThe company said: “The hack "
        "came from the community, as do they all.”\n"
    )
    assert kinds_of(text) == {"Corvane": "organisation"}


def test_the_company_is_no_business_named_only_after_it():
    text = (
        "The site also commented on the row.\n\n“We wish them all the best,” the company said in a "
        "statement.\n\n“We have had many false stories,” public relations firm Corvane said later.\n"
    )
    assert kinds_of(text) == {"the company": "organisation", "Corvane": "organisation"}
