"""Organisations and writings that introduce quotations the way people do: an inverted "read the
email", a clause ending in a colon whose subject is an organisation ("The Gullport Courier reveals
a few facts: “…”"), and a paragraph ending in such a colon before a paragraph of quoted words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_read_after_a_quotation_before_a_writing_gives_the_writing_its_words():
    body = "“Our campaign has already forced change,” read the email. “And every vote counts.”"
    assert _quotes(body) == [
        ("the email", "Our campaign has already forced change"),
        ("the email", "And every vote counts."),
    ]


def test_read_the_statement_with_a_clause_about_it_is_still_the_statement():
    body = "“The team took notes,” read the statement, which was attributed to Miller."
    assert _quotes(body) == [("the statement", "The team took notes")]


def test_read_before_a_bodys_named_writing_gives_the_writing_its_words():
    body = "“Islanders are facing a crisis,” read a Harbor Valley Tenants Union email last week."
    assert _quotes(body) == [("a Harbor Valley Tenants Union email", "Islanders are facing a crisis")]


def test_read_before_a_writing_signed_by_a_person_gives_the_signer_its_words():
    body = (
        "“Islanders are facing a crisis,” read a Harbor Party email last week signed by party leader "
        "Ines Wolk."
    )
    assert _quotes(body) == [("Ines Wolk", "Islanders are facing a crisis")]


def test_an_organisation_opening_a_clause_ending_in_a_colon_speaks_its_quotation():
    body = "The Gullport Courier reveals a few facts: “Of its 76,981 voters, 30,290 are Democrats.”"
    assert _quotes(body) == [("the Gullport Courier", "Of its 76,981 voters, 30,290 are Democrats.")]


def test_a_colon_clause_naming_a_person_is_not_given_to_an_organisation():
    body = "The Gullport Courier profiles Tom Reyes: “Of its voters, 30,290 are Democrats.”"
    assert _quotes(body) == [("Tom Reyes", "Of its voters, 30,290 are Democrats.")]


def test_an_organisation_saying_before_a_colon_speaks_the_next_paragraph():
    body = "Harbor Bank said in a statement:\n\n“We are proud of the harbour and its people.”"
    assert _quotes(body) == [("Harbor Bank", "We are proud of the harbour and its people.")]


def test_an_organisation_releasing_a_statement_about_a_persons_remarks_speaks_the_next_paragraph():
    body = (
        "The university released the following statement regarding Lund's online comments:\n\n"
        "“The comments of Dr. Lund do not reflect the values of our school.”"
    )
    assert _quotes(body) == [
        ("the university", "The comments of Dr. Lund do not reflect the values of our school.")
    ]


def test_a_writing_introduced_before_a_colon_speaks_every_paragraph_of_its_quotation():
    body = (
        "The Gullport Trust website notes:\n\n"
        "“In the fall of 1960, some 90 young people met at the harbour.\n\n"
        "“They founded a club that still meets.”"
    )
    assert [speaker for speaker, _ in _quotes(body)] == ["the Gullport Trust website"] * 2


def test_a_person_before_the_colon_still_speaks_the_next_paragraph():
    body = "Holt said:\n\n“We are proud of the harbour.”"
    assert _quotes(body) == [("Ada Holt", "We are proud of the harbour.")]


def test_a_heading_before_a_dash_is_not_the_source_of_a_colon_quotation():
    body = "Media shares blame in poll overhype - Harbor Pollster: “Pollsters are taking heat.”"
    assert ("Media", "Pollsters are taking heat.") not in _quotes(body)


def test_a_clause_whose_verb_is_an_auxiliary_gives_no_source():
    body = "Users will also be able to get more information by asking: “What is this?”"
    assert _quotes(body) == [(None, "What is this?")]


def test_an_organisation_opening_a_clause_speaks_after_and_said():
    body = (
        "The Gullport Courier obtained a video of the speech and said she “steered a middle ground” "
        "in addressing bankers."
    )
    assert _quotes(body) == [("the Gullport Courier", "steered a middle ground")]


def test_a_definite_role_opening_the_clause_is_never_a_label():
    body = (
        "The billionaire businessman began by talking about the crisis, saying that heroin is now "
        "“cheaper than getting candy.”"
    )
    assert _quotes(body) == [(None, "cheaper than getting candy.")]


def test_a_named_body_opening_a_colon_clause_speaks_labelled():
    body = "Harbor Bank reveals a few relevant facts: “Of its clients, 3,290 live abroad.”"
    assert _quotes(body) == [("Harbor Bank", "Of its clients, 3,290 live abroad.")]


def test_a_label_from_a_writing_before_a_colon_gives_it_the_words():
    body = "From the report: “In general, samples with more weighting were more accurate.”"
    assert _quotes(body) == [("the report", "In general, samples with more weighting were more accurate.")]


def test_more_from_a_body_after_a_heading_dash_gives_it_the_words():
    body = "Panels are not equal - More from the Harbor Trust: “Today vendors condition their samples.”"
    assert _quotes(body) == [("the Harbor Trust", "Today vendors condition their samples.")]


def test_a_quotation_after_a_sentence_an_organisation_says_goes_on_in_its_voice():
    body = (
        "Holt is an able mayor who has won two elections, the editorial board writes. "
        "“It is a sign of the party's distemper.”"
    )
    assert _quotes(body) == [("the editorial board", "It is a sign of the party's distemper.")]


def test_a_quotation_after_a_sentence_a_person_says_is_not_the_organisations():
    body = "The Gullport Courier reported the vote. Holt said she would stay. “I am not done.”"
    assert _quotes(body) == [("Ada Holt", "I am not done.")]


def test_a_quotation_followed_by_a_name_is_not_the_sentence_befores_source():
    body = "Growth is weak, economists said. “The economy regained some traction,” Harbor Bank's Thayer."
    assert ("economists", "The economy regained some traction") not in _quotes(body)


def test_a_body_before_then_and_a_verb_of_saying_speaks():
    body = "The Harbor Trust then said “the matter is now concluded.”"
    assert _quotes(body) == [("the Harbor Trust", "the matter is now concluded.")]


def test_a_channel_ending_a_colon_clause_is_no_source():
    body = "Then, later that month on Harbor TV: “I have never said we made a mistake.”"
    assert _quotes(body) == [(None, "I have never said we made a mistake.")]


def test_an_email_is_a_writing_that_speaks():
    text = (
        "The ferry union wrote to its members on Friday.\n\n"
        "The email goes on to say: “Every crew deserves a fair deal and a safe boat.”\n"
    )
    assert speakers_of(text) == ["the email"]


def test_an_outlet_named_by_what_it_is_speaks_under_that_label():
    body = (
        "The Valley Ledger, while reporting on the vote, cited sources saying aides were calm.\n\n"
        "“Their view is that they are playing the long game,” the outlet reported."
    )
    assert _quotes(body) == [("the outlet", "Their view is that they are playing the long game")]


def test_a_communique_speaks_its_quotation():
    body = (
        "The ministers met on Friday.\n\n"
        "“We reiterate our commitment to open markets,” the new communique stated."
    )
    assert _quotes(body) == [("the new communique", "We reiterate our commitment to open markets")]


def test_a_body_in_a_relative_clause_introducing_the_quotation_speaks_it():
    body = (
        "Holt demanded an apology from the Green campaign, which replied: “Not a chance, and never will be!”"
    )
    assert _quotes(body) == [("the Green campaign", "Not a chance, and never will be!")]


def test_a_writing_in_a_relative_clause_without_a_comma_is_its_writers():
    body = "Holt added the caption which reads, “The ferry will run all winter, every day.”"
    assert _quotes(body) == [("Ada Holt", "The ferry will run all winter, every day.")]


def test_an_order_that_reads_speaks_its_words():
    body = (
        "The governor signed an executive order on Thursday. "
        "“The county complies with federal law,” the order read."
    )
    assert _quotes(body) == [("the order", "The county complies with federal law")]


def test_a_body_named_after_from_before_a_colon_presents_the_excerpt_below():
    text = (
        "Budget\n\nMayor Leon Brisk presented the council with a new budget plan on Monday.\n\n"
        "Here's more about the plan from The Tarrow Gazette:\n\n"
        "“As outlined by city officials, the plan calls for $16 million in new revenue over the next "
        "decade.”\n"
    )
    assert speakers_of(text) == ["the Tarrow Gazette"]
