"""One unnamed person speaking under a plain description: "the man shouted", "the person added",
"said the woman, who ...", "wrote one commenter", "said a former senior law enforcement official".
The article names no one by it, so the description itself is the source's label (kind unnamed)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

FERRY = "Tom Reyes, the port director, closed the ferry pier on Sunday.\n\n"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + FERRY + text))]


def test_the_man_who_shouted_is_an_unnamed_source():
    said = _said("A crowd gathered at the gate. “They stole our pier,” the man shouted, waving a sign.")
    assert said == [("the man", "unnamed")]


def test_the_woman_after_an_inverted_verb_is_an_unnamed_source():
    said = _said("“Nobody asked us,” said the woman, who did not want to be named.")
    assert said == [("the woman", "unnamed")]


def test_the_person_who_added_is_an_unnamed_source():
    said = _said("“It will reopen in spring,” the person added.")
    assert said == [("the person", "unnamed")]


def test_an_inverted_one_and_a_plain_noun_is_an_unnamed_source():
    said = _said("“The pier was never safe,” wrote one commenter.")
    assert said == [("one commenter", "unnamed")]


def test_plain_words_inside_an_inverted_source_phrase_stay_in_its_label():
    said = _said("“There was negligence,” said a former senior port safety official.")
    assert said == [("a former senior port safety official", "unnamed")]


def test_an_inverted_time_phrase_is_no_source():
    said = _said("“It is over,” said a day later.")
    assert said == [(None, "person")]


def test_a_definite_role_still_means_the_named_person():
    said = _said("“The pier stays shut,” the director said.")
    assert said == [("Tom Reyes", "person")]


def test_who_after_an_inverted_source_opens_a_clause_about_it():
    said = _said("“The toll will rise,” said a Dutch official who was not authorized to speak publicly.")
    assert said == [("a Dutch official", "unnamed")]


def test_a_person_close_to_someone_is_labelled_with_the_phrase_placing_them():
    said = _said("“The pier was a mistake,” said a person close to the mayor.")
    assert said == [("a person close to the mayor", "unnamed")]


def test_the_insider_is_an_unnamed_source():
    said = _said("“Nobody seems worried by it,” the insider said.")
    assert said == [("the insider", "unnamed")]


def test_an_unnamed_source_opening_the_sentence_keeps_the_phrase_placing_it():
    said = _said("Another source familiar with the talks said, “The pier deal is done.”")
    assert said == [("another source familiar with the talks", "unnamed")]


def test_an_unnamed_person_in_the_room_who_wondered_is_that_source():
    said = _said("A council staffer in the room wondered, “Will the pier ever reopen?”")
    assert said == [("a council staffer in the room", "unnamed")]


def test_an_associate_of_a_named_person_is_an_unnamed_source():
    said = _said("“Paul is not joining this fight as a clerk,” one Okafor associate said.")
    assert said == [("one Okafor associate", "unnamed")]


def test_an_ally_described_after_the_noun_is_an_unnamed_source():
    said = _said("“We have no message,” a Brackett ally involved in fundraising told me on Tuesday night.")
    assert said == [("a Brackett ally involved in fundraising", "unnamed")]


def test_a_backer_placed_by_a_state_is_an_unnamed_source():
    said = _said("“We may as well light the money on fire,” said a Florida Okafor backer.")
    assert said == [("a Florida Okafor backer", "unnamed")]


def test_a_supporter_of_a_named_person_opening_the_sentence_is_an_unnamed_source():
    text = "Title: T\n\nAnn Holt spoke on Monday.\n\nOne Holt supporter said, “We may as well go home.”\n"
    quotes_found = quotes.extract_quotes(parse_article(text))
    assert [(q.speaker, q.kind) for q in quotes_found] == [("one Holt supporter", "unnamed")]


def test_the_press_pool_is_an_unnamed_source():
    said = _said("Sitting at a cafe across from the event, pool noted that “a delivery van is on fire.”")
    assert said == [("pool", "unnamed")]


def test_a_guide_speaks_as_a_writing():
    said = _said("“Garrow is not popular,” the guide states.")
    assert said == [("the guide", "unnamed")]


def test_a_commercial_speaks_as_a_writing():
    said = _said("“He’s with her, not Alder,” the commercial concludes.")
    assert said == [("the commercial", "unnamed")]


def test_an_exhibit_speaks_as_a_writing():
    said = _said("“The owners refused every demand,” the exhibit writes on its placard near the entrance.")
    assert said == [("the exhibit", "unnamed")]


def test_a_budget_speaks_as_a_writing():
    said = _said("“Drop boxes must be equipped with cameras,” the budget states without more detail.")
    assert said == [("the budget", "unnamed")]


def test_a_website_called_the_site_speaks_as_a_writing():
    said = _said("“Cloth face coverings can be made at home,” the site reads.")
    assert said == [("the site", "unnamed")]


def test_a_script_speaks_as_a_writing():
    said = _said("The script accuses the port director of “cruelty, greed and neglect of the pier.”")
    assert said == [("the script", "unnamed")]


def test_someone_described_after_an_inverted_verb_is_an_unnamed_source():
    said = _said("“If he endorses, it destroys his brand,” said someone who had worked for the campaign.")
    assert said == [("someone who had worked for the campaign", "unnamed")]


def test_when_someone_spoke_is_no_part_of_the_label():
    said = _said("“I frankly did not see this coming,” said someone who works for the governor on Friday.")
    assert said == [("someone who works for the governor", "unnamed")]


def test_a_person_close_to_an_office_holder_is_an_unnamed_source_not_the_holder():
    said = "“The advisers are overwhelmed,” a person close to the mayor said.\n"
    text = "Title: T\n\nMayor Ruth Okafor spoke.\n\n" + said
    quotes_found = quotes.extract_quotes(parse_article(text))
    assert [(q.speaker, q.kind) for q in quotes_found] == [("a person close to the mayor", "unnamed")]


def test_a_person_involved_in_a_body_is_an_unnamed_source_not_the_body():
    said = _said("“The advisers are overwhelmed,” one person involved in Okafor's administration said.")
    assert said == [("one person involved in Okafor's administration", "unnamed")]


def test_a_security_guard_is_an_unnamed_person_not_a_body():
    said = _said("“No, you can’t talk to anybody from the station,” a security guard told reporters.")
    assert said == [("a security guard", "unnamed")]
