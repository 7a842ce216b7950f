"""The article-model behaviour the summariser relies on: captions inside long paragraphs."""

from bot.core.article import parse_article

LONG_BODY = (
    "Councillors voted on Tuesday to spend more money on roads. The plan had been delayed twice since "
    "spring. Opposition members said the budget ignored schools in the north of the city. A final vote "
    "is expected next month, after a public consultation. Local businesses welcomed the decision, saying "
    "potholes had cost them customers."
)


def test_photo_marker_in_a_long_paragraph_marks_only_its_sentence():
    text = LONG_BODY + " The mayor (pictured) spoke at the town hall on Monday. " + LONG_BODY
    article = parse_article(text)
    captions = [s.text for s in article.sentences if s.is_caption]
    assert captions == ["The mayor (pictured) spoke at the town hall on Monday."]
    assert len(article.body_sentences) == 5


def test_short_paragraph_with_photo_marker_is_still_a_caption():
    article = parse_article("Body text ends here.\nThe mayor (left) with her deputy\nMore body text.")
    assert article.paragraphs[1].is_caption


def test_long_paragraph_without_final_punctuation_is_body_text():
    text = " ".join(["the committee met again and talked about the river"] * 10)
    article = parse_article(text)
    assert article.paragraphs[0].kind == "body"
    assert article.body_sentences
