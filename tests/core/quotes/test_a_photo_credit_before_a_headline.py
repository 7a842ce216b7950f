"""Web pages print a photo's caption, its credit and the page's headline as one line: "… lunch. |
Alex Wong/Getty Images Brandvik says he is close". The credit's agency is no given name of the
headline's surname, so no second Brandvik makes "Brandvik said" anyone's guess."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

BODY = (
    "Sen. Ola Brandvik on Friday sought support for the farm plan she wrote.\n\n"
    "Brandvik cited a Thursday lunch as a turning point.\n\n"
    "“At some point, you have to ask Vermont to control its costs,” Brandvik said.\n"
)


def _people(text: str) -> list[str]:
    return [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + text))]


def test_a_photographer_and_agency_before_the_headline_name_no_second_person():
    caption = "Sen. Ola Brandvik cited a lunch. | Alex Wong/Getty Images Brandvik says she is close\n\n"
    assert _people(caption + BODY) == ["Ola Brandvik", "Alex Wong"]


def test_the_headline_name_after_a_credit_leaves_the_senators_words_hers():
    caption = "Sen. Ola Brandvik cited a lunch. | Alex Wong/Getty Images Brandvik says she is close\n\n"
    body = BODY.replace("Brandvik on Friday", "Brandvik Friday")
    assert speakers_of(caption + body) == ["Ola Brandvik"]


def test_an_agency_alone_after_the_bar_names_no_second_person():
    caption = "Sen. Ola Brandvik cited a lunch. | Getty Brandvik says she is close\n\n"
    assert not any("Getty" in name for name in _people(caption + BODY))


def test_a_wire_photo_credit_after_the_bar_names_no_second_person():
    caption = "Sen. Ola Brandvik cited a lunch. | AP Photo Brandvik says she is close\n\n"
    assert speakers_of(caption + BODY) == ["Ola Brandvik"]


def test_an_agency_word_in_running_text_stays_a_name():
    text = "“The museum will stay open,” said Ann Getty, the trust's chair.\n"
    assert speakers_of(text) == ["Ann Getty"]


def test_a_captions_whole_quotation_leaves_the_bodys_partial_copy_of_the_same_words():
    text = (
        "Ola Brandvik spoke to farmers. | AP Photo Brandvik on farm bill: ‘Nobody will be worse off’\n\n"
        "Agriculture Secretary Ola Brandvik said Sunday that “nobody will be worse off” under the bill.\n\n"
        "“I firmly believe that nobody will be worse off in the process we are going through,” "
        "Brandvik told a host on Sunday.\n"
    )
    found = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [(q.paragraph, q.partial) for q in found if q.text.startswith("nobody")] == [(2, True)]
