"""ask.passages: the closest passage is the best candidate's paragraph, and the leads are the
closest paragraphs, at most ASK_LEADS of them, the passage as shown first; a short passage that leads in
to a quotation or refers back brings that neighbouring paragraph into the passage itself."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.answers import Source
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.passages import closest_passage, leads, neighbours, with_neighbour
from tests.conftest import own_article


def test_the_closest_passage_of_a_short_paragraph_is_the_whole_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "Who fired the flares?")
    passage = closest_passage(article, ranked[0], ranked)
    assert passage.text == article.paragraph(passage.paragraph).text


def test_the_leads_are_at_most_ask_leads_paragraphs():
    article = own_article("ask_lifeboat_quotes.txt")
    ranked = rank_candidates(article, "What did Tait do at the harbour?")
    passage = closest_passage(article, ranked[0], ranked)
    assert 0 < len(leads(article, ranked, passage)) <= constants.ASK_LEADS


def test_a_short_lead_in_passage_shows_the_quotation_it_leads_in_to_in_the_passage_itself():
    result = answer_question(
        own_article("ask_harbour_lead_in.txt"), "Who was not on board with the fuel dock?"
    )
    assert result.passage is not None and result.passage.text.startswith("At least one councillor")
    assert '\n\n"A fuel dock beside the swimming steps' in result.passage.text
    assert (result.passage.paragraph, result.passage.last) == (3, 4)
    assert all(source.paragraph not in (3, 4) for source in result.also)


def test_a_short_passage_that_refers_back_runs_on_from_the_paragraph_before():
    article = parse_article(
        "Ad pulled\n\nThe town of Marlow objected to a campaign advert using its police badges.\n\n"
        "The town sent a letter on Thursday.\n\nThe campaign said the advert would run until Friday.\n"
    )
    passage = with_neighbour(article, Source(2, "The town sent a letter on Thursday."))
    assert passage == Source(1, f"{article.paragraph(1).text}\n\nThe town sent a letter on Thursday.", 2)
    assert passage.paragraphs == (1, 2)


def test_the_first_lead_of_a_closest_passage_is_the_passage_as_shown():
    # A long paragraph: its lead was the 300-character window around the best sentence, while the
    # passage shows up to ASK_PASSAGE_CHARS of it; whoever reads the first source reads the passage.
    article = parse_article("Mill report\n\n" + " ".join(_LONG_PARAGRAPH) + "\n")
    result = answer_question(article, "How much did the repairs cost?")
    assert result.passage is not None and result.answer is None
    assert len(article.paragraph(1).text) > constants.SEARCH_LONG_PARAGRAPH_CHARS
    assert result.sources[0] == result.passage


_LONG_PARAGRAPH = (
    "The old Harwick mill reopened on Monday after a year of repairs to its roof and its weir.",
    "Inspectors from the county visited the site twice during the work.",
    "The owners said the looms had been cleaned and oiled by a team of four engineers.",
    "Visitors will be able to tour the weaving floor on Saturdays from June.",
    "A cafe is planned for the ground floor, where the dye vats once stood.",
    "The inspectors said the looms were in better shape than they had expected, and praised the engineers.",
    "The town council has promised to repair the footpath along the river before the summer.",
    "Local schools have asked to bring pupils to see the machines at work.",
)


def test_a_passage_of_several_sentences_leans_on_no_neighbour():
    article = parse_article(
        "Ad pulled\n\nThe town of Marlow objected to the advert.\n\n"
        "The town sent a letter. It asked for the advert to stop.\n"
    )
    assert neighbours(article, Source(2, article.paragraph(2).text)) == ()


def test_a_short_passage_never_runs_on_from_a_live_blog_time_stamp():
    article = parse_article(
        "The Latest\n\nThe mayor spoke at noon about the flood defences along the river.\n\n___.\n\n"
        "11:50 a.m.\n\nThe council is confirming that the bridge will stay shut.\n"
    )
    passage = Source(4, "The council is confirming that the bridge will stay shut.")
    assert with_neighbour(article, passage) == passage


def test_a_short_passage_opening_a_live_blog_item_runs_on_into_the_item():
    article = parse_article(
        "The Latest\n\n5:55 p.m.\n\nThe mayor says the council is wrong about the new bridge.\n\n"
        "Speaking at a rally on Friday, the mayor said the council once called the bridge a model.\n\n___.\n"
    )
    passage = with_neighbour(article, Source(2, "The mayor says the council is wrong about the new bridge."))
    assert (passage.paragraph, passage.last) == (2, 3)
    assert passage.text.endswith("the council once called the bridge a model.")


def test_a_short_passage_followed_by_its_writer_s_handle_runs_on_into_it():
    article = parse_article(
        "Readers respond\n\nThe letters drew many replies online.\n\n"
        "Nothing about the plan seems honest to me.\n\n@riverwatcher.\n\nThe council did not reply.\n"
    )
    passage = with_neighbour(article, Source(2, "Nothing about the plan seems honest to me."))
    assert passage == Source(2, "Nothing about the plan seems honest to me.\n\n@riverwatcher.", 3)


def test_a_signature_passage_runs_on_from_the_letter_it_signs():
    article = parse_article(
        "Letters to the editor\n\n"
        "I have lived by the river for forty years and have never seen the water this high.\n\n"
        "Marta Kellan.\n\nRiverside.\n"
    )
    passage = with_neighbour(article, Source(2, "Marta Kellan."))
    assert (passage.paragraph, passage.last) == (1, 2)
    assert passage.text.startswith("I have lived by the river")


def test_a_short_passage_can_run_on_from_the_paragraph_before_and_into_the_one_after():
    article = parse_article(
        "Tax plan\n\nThe plan would cut the top rate of income tax by a third.\n\n"
        "It has become a big issue, with the mayor lambasting the plan.\n\n"
        "“This plan is a gift to the rich,” she said at the debate.\n"
    )
    passage = with_neighbour(
        article, Source(2, "It has become a big issue, with the mayor lambasting the plan.")
    )
    assert (passage.paragraph, passage.last) == (1, 3)
    assert passage.text.count("\n\n") == 2


def test_a_short_passage_runs_on_into_a_paragraph_whose_subject_it_is():
    article = parse_article(
        "Flood visit\n\nThe river rose a metre overnight.\n\n"
        "Mayor Ada Brill has also commented on the flood.\n\n"
        "On Wednesday, she told a crowd in Marlow that she was troubled by the damage.\n"
    )
    passage = with_neighbour(article, Source(2, "Mayor Ada Brill has also commented on the flood."))
    assert (passage.paragraph, passage.last) == (2, 3)


def test_a_short_post_of_several_sentences_runs_on_into_its_writer_s_handle():
    article = parse_article(
        "Readers respond\n\nThe letters drew many replies online.\n\n"
        "We don't care. Everything they say is spin. We aren't blind.\n\n@riverwatcher.\n"
    )
    passage = with_neighbour(
        article, Source(2, "We don't care. Everything they say is spin. We aren't blind.")
    )
    assert passage.text.endswith("\n\n@riverwatcher.")


INTERVIEW = parse_article(
    "Q&A: Director Mira Soltan\n\n"
    "Mira Soltan's second film, Low Tide, opens on Friday. She spoke to us about her cast.\n\n"
    "Why did you cast non-professional actors?\n\n"
    "Real fishermen move differently on a boat. An actor learns the lines in a week, but not the "
    "way you keep your balance when the sea turns.\n\n"
    "What is next for you?\n\n"
    "A comedy, believe it or not. My mother asked for one.\n"
)


def test_an_interviewers_question_as_the_passage_runs_on_into_the_answer_after_it():
    result = answer_question(INTERVIEW, "Why did Soltan cast non-professional actors?")
    assert result.tier == 2
    assert result.passage.text.startswith("Why did you cast non-professional actors?")
    assert "Real fishermen move differently" in result.passage.text


def test_a_quoted_question_does_not_take_the_next_paragraph_as_its_answer():
    article = parse_article(
        "Ad attacks rival\n\nThe ad shows the senator asking, “Why aren’t I ten points ahead?”\n\n"
        "The campaign spent $2 million on it across Ohio and Iowa over two weeks.\n"
    )
    passage = Source(1, article.paragraph(1).text)
    assert neighbours(article, passage) == ()


def test_a_short_passage_runs_on_into_the_next_paragraph_that_goes_on_about_it():
    # News copy gives a fact a paragraph of its own and its particulars in the next.
    article = parse_article(
        "New ad\n\nThe council has a new campaign advert about the bridge tolls.\n\n"
        "The 30-second advert, titled “Fair Fares”, will run on local radio until May.\n\n"
        "Elsewhere the library opens late on Thursdays.\n"
    )
    passage = with_neighbour(article, Source(1, article.paragraph(1).text))
    assert passage.paragraphs == (1, 2)
    assert "titled “Fair Fares”" in passage.text


def test_a_short_passage_does_not_run_on_into_a_paragraph_about_something_else():
    article = parse_article(
        "Round-up\n\nMarston stay top of the table after a win at Crale on Tuesday night.\n\n"
        "Tobias Venn scored the only goal as Wexley beat Penfold.\n"
    )
    assert neighbours(article, Source(1, article.paragraph(1).text)) == ()


def test_a_short_passage_does_not_run_on_into_a_long_paragraph():
    long_text = "The advert, which cost the council a great deal, will run on local radio. " * 9
    article = parse_article(f"New ad\n\nThe council has a new advert.\n\n{long_text.strip()}\n")
    assert len(article.paragraph(2).text) > constants.SEARCH_LONG_PARAGRAPH_CHARS
    assert neighbours(article, Source(1, article.paragraph(1).text)) == ()
