"""News-export debris: photo captions, agency datelines and line-wrap full stops."""

import pytest

from bot.core.article import parse_article
from bot.core.article.newsprint import close_line_wraps, is_caption_sentence, strip_dateline, tidy_end


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Nicholas Burns (left) greets the minister on Sunday",
        "In the lead: Jose Baxter celebrates opening the scoring for his side .",
        "Pictured on the right is the harbour after the storm.",
        "The old bridge, pictured here in 1920, was rebuilt twice.",
    ],
)
def test_photo_captions_are_recognised(text):
    assert is_caption_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "He admitted: 'We got it wrong.'",
        "The Normans (Norman: Nourmands; French: Normands) were a people of France.",
        "Mr Coe, pictured with Alya, said the school was proud of her.",
        "The council said: The budget is fixed.",
        "“What we have seen is that the fares are too low,” Ada Holt said.",
        "The greatest problem we’ve seen is a lack of detail.",
        "I have never seen on the news a storm like it.",
        "“We might have (left) on Friday, had anybody warned us,” Mallow said.",
    ],
)
def test_story_sentences_are_not_captions(text):
    assert not is_caption_sentence(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canberra, Australia (CNN) -- At first glance it was quiet.", "At first glance it was quiet."),
        ("The vote passed on Monday.", "The vote passed on Monday."),
    ],
)
def test_agency_datelines_are_stripped(text, expected):
    assert strip_dateline(text) == expected


def test_a_dateline_alone_is_kept():
    assert strip_dateline("(CNN) --") == "(CNN) --"


def test_line_wraps_inside_sentences_are_closed_up():
    text = "Cassell and . Edwards said Dershowitz . defamed them. Police came . The end ."
    assert (
        close_line_wraps(text) == "Cassell and Edwards said Dershowitz defamed them. Police came . The end ."
    )


def test_a_spaced_ellipsis_is_kept_whole():
    # Closing up its last dot as a line wrap misquoted "What a mess . . . we" as "What a mess . . we".
    text = 'The mayor wrote: "What a mess . . . we should have known and . . . his day will come."'
    assert close_line_wraps(text) == text
    assert close_line_wraps(text, caseless=True) == text


def test_spaced_final_full_stop_is_closed_up():
    assert tidy_end("She is in hospital .") == "She is in hospital."


def test_parsed_article_has_no_dateline_or_inline_wraps():
    article = parse_article("(CNN) -- Lawyers for the . defendant said on Monday that . the case was closed.")
    assert article.paragraphs[0].text == "Lawyers for the defendant said on Monday that the case was closed."


def test_label_caption_sentence_is_not_body_text():
    article = parse_article(
        "The mayor opened the new bridge on Monday. Opening day: Crowds cross the bridge in the sun . "
        "Traffic was light all afternoon."
    )
    captions = [s.text for s in article.sentences if s.is_caption]
    assert captions == ["Opening day: Crowds cross the bridge in the sun ."]


def test_agency_dateline_of_a_later_section_is_stripped():
    article = parse_article(
        "ROTTERDAM (Reuters) - Dock workers walked out on Monday.\n"
        "BRUSSELS (Reuters) - The European Commission said it was watching closely.\n"
        "LONDON: markets were calm, traders said."
    )
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == "Dock workers walked out on Monday."
    assert texts[1] == "The European Commission said it was watching closely."
    assert texts[2] == "LONDON: markets were calm, traders said."


def test_a_photo_credit_after_a_caption_belongs_to_the_caption():
    article = parse_article(
        "The dam held overnight.\n\nPhoto: A dry boat ramp on Wednesday. (Anna Kessler/Herald)\n\n"
        "Crews worked until dawn."
    )
    caption = article.paragraphs[1]
    assert [s.is_caption for s in caption.sentences] == [True, True]


def test_a_photo_marker_inside_a_quotation_leaves_the_paragraph_body_text():
    article = parse_article(
        "The storm hit on Friday.\n\n“We might have (left) on Friday, had anybody warned us,” Mallow said. "
        "“By Sunday the police told us to stay put.”\n\nCrews worked until dawn."
    )
    assert article.paragraphs[1].is_body


def test_a_labelled_sentence_inside_a_quotation_is_no_caption():
    article = parse_article(
        "The panel met.\n\n“I own a boat. Bottom line: Boats get sunk. It is a wet world,” said Ruth "
        "Okafor.\n\nCrews worked until dawn."
    )
    quoted = next(p for p in article.paragraphs if "Bottom line" in p.text)
    assert not any(s.is_caption for s in quoted.sentences)


def test_a_paragraph_of_caption_and_credit_is_a_caption_paragraph():
    article = parse_article(
        "The dam held overnight.\n\nPhoto: A dry boat ramp on Wednesday. (Anna Kessler/Herald)\n\n"
        "Crews worked until dawn."
    )
    assert article.paragraphs[1].is_caption
    assert not article.paragraphs[1].is_body


@pytest.mark.parametrize(
    "credit",
    [
        "(Photo: Lena Ortiz/Reuters)",
        "(AP Photo/Lena Ortiz)",
        "(Lena Ortiz/Getty Images)",
        "Photo by Lena Ortiz",
    ],
)
def test_a_sentence_closed_by_a_credit_naming_a_photo_is_a_caption(credit):
    # "Rescue workers use a boat to evacuate residents on May 16." reads like the story; the
    # credit after it says it describes a picture.
    article = parse_article(
        "Corra floods\n\nThe river rose overnight.\n\n"
        f"Rescue workers use a boat to evacuate residents in Corra on May 16. {credit}\n\n"
        "Schools will stay closed on Wednesday."
    )
    assert article.paragraphs[1].is_caption
    assert all(s.is_caption for s in article.paragraphs[1].sentences)


def test_a_source_in_brackets_after_a_story_sentence_stays_body_text():
    article = parse_article(
        "Corra floods\n\nThe river rose overnight.\n\nThe levee failed at noon, officials said. (Reuters)"
    )
    assert not article.paragraphs[1].is_caption


def test_a_bracketed_aside_after_a_story_sentence_stays_body_text():
    article = parse_article("The dam held overnight. (It was built in 1931.) Crews worked until dawn.")
    assert not any(s.is_caption for s in article.sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MILLBROOK, Ore. — The city will ration water.", "The city will ration water."),
        ("SAN DIEGO, Calif. -- The port reopened.", "The port reopened."),
        ("ST. LOUIS, Mo. — Voters said no.", "Voters said no."),
    ],
)
def test_us_datelines_with_a_state_are_stripped(text, expected):
    assert strip_dateline(text) == expected


def test_a_capitalised_name_and_comma_opening_a_story_is_no_dateline():
    text = "NASA, Boeing and SpaceX agreed on Monday — after months of talks."
    assert strip_dateline(text) == text


def test_the_dateline_after_a_byline_is_stripped():
    article = parse_article(
        "Title: Dry spring\n\nBy Anna Kessler\n\nMILLBROOK, Ore. — The city will ration water."
    )
    assert article.paragraphs[-1].text == "The city will ration water."


def test_a_transcript_speaker_label_is_not_a_caption():
    assert not is_caption_sentence("MARSH: Most of them on Wednesday.")


def test_a_picture_label_in_capitals_is_still_a_caption():
    assert is_caption_sentence("PICTURED: The flooded square on Thursday")


@pytest.mark.parametrize("label", ["READ MORE", "RELATED", "SEE ALSO"])
def test_a_link_to_another_story_labelled_in_capitals_is_no_story_text(label):
    article = parse_article(
        f"The pier reopened on Friday, the harbour board said. {label}: Who built the old pier? "
        "Repairs cost $2 million."
    )
    assert [s.text for s in article.body_sentences] == [
        "The pier reopened on Friday, the harbour board said.",
        "Repairs cost $2 million.",
    ]


def test_html_character_references_in_plain_text_are_decoded():
    article = parse_article("&quot;We will build it,&quot; Ruiz said. &#8220;It is overdue.&#8221;")
    assert article.paragraphs[0].text == '"We will build it," Ruiz said. “It is overdue.”'


def test_a_plain_ampersand_is_left_alone():
    article = parse_article("Marks & Spencer and AT&T said sales rose.")
    assert article.paragraphs[0].text == "Marks & Spencer and AT&T said sales rose."


def test_an_embedded_tweet_without_a_full_stop_is_story_not_a_caption():
    tweet = "Ferries stay in port pic.twitter.com/k2 — Lena Ruddock (@LenaRuddock) May 1, 2026"
    text = f"Title: Ferries\n\nThe crews met at dawn.\n\n{tweet}\n\nThe board met at noon.\n"
    paragraph = next(p for p in parse_article(text).paragraphs if p.text == tweet)
    assert paragraph.kind == "body"


def test_a_short_line_without_a_full_stop_and_no_signature_stays_a_caption():
    line = "Ferries stay in port pic.twitter.com/k2 — Lena Ruddock, May 1, 2026"
    text = f"Title: Ferries\n\nThe crews met at dawn.\n\n{line}\n\nThe board met at noon.\n"
    paragraph = next(p for p in parse_article(text).paragraphs if p.text == line)
    assert paragraph.kind == "caption"


ARTICLE_WITH_A_LINK_LINE = (
    "Harlow mourns a founder\n\n"
    "“I owe my career to this valley,” Governor Dan Kettering said on Thursday.\n\n"
    "{line}\n\n"
    "“My first job was sweeping the floor of his mill,” he recalled.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "( Also on THE LEDGER: Lawmakers mourn Ferris Oakley’s death)",
        "(PHOTOS: The mill through the years)",
        "[WATCH: The governor's tribute]",
    ],
)
def test_a_bracketed_link_to_another_story_is_no_body_paragraph(line):
    article = parse_article(ARTICLE_WITH_A_LINK_LINE.format(line=line))
    assert [p.kind for p in article.paragraphs] == ["body", "caption", "body"]


def test_a_bracketed_paragraph_of_someones_words_stays_body():
    article = parse_article(ARTICLE_WITH_A_LINK_LINE.format(line="(Oakley said: “Pay them fairly.”)"))
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]
