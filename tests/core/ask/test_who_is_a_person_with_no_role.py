"""ask: "Who is X?" of a person the registry gives no role or affiliation is answered by the sentence
first naming them in full when a word beside the name says what they are ("boatman Hamish Reid",
"Om Prakash, an attendee"), else it is the closest passage; and "his wife, Morag" is not shown after
the end of someone's quotation, which says nothing of whom "his" means."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

FERRY_TEXT = (
    "The last ferryman of Loch Arn\n\n"
    "For forty years, Hamish Reid has carried passengers across Loch Arn in a wooden boat his "
    "grandfather built. Next month, he will make his final crossing.\n\n"
    '"People think it\'s a lonely job," he says. "It\'s the opposite. I know everyone."\n\n'
    "The council announced in January that it would replace the ferry with a bridge.\n\n"
    '"We had a woman in labour on the island," he says. "I got her across on the ice with a sledge. '
    "I wouldn't do that now.\"\n\n"
    'His wife, Morag, laughs at the memory. "He came home soaked to the waist," she says.\n'
)
FERRY = parse_article(FERRY_TEXT)
FERRYMAN = parse_article(FERRY_TEXT.replace("years, Hamish Reid", "years, boatman Hamish Reid, 68,"))


def test_who_is_a_person_with_no_role_is_answered_by_the_sentence_describing_them_first():
    reply = answer_question(FERRYMAN, "Who is Hamish Reid?")
    assert reply.answer is not None and reply.answer.startswith("For forty years, boatman Hamish Reid")
    assert [s.paragraph for s in reply.sources] == [1]


def test_a_bare_name_is_asked_as_who_is():
    reply = answer_question(FERRYMAN, "hamish reid?")
    assert reply.answer is not None and "carried passengers across Loch Arn" in reply.answer


def test_a_first_sentence_only_naming_the_person_is_the_closest_passage():
    reply = answer_question(FERRY, "Who is Hamish Reid?")
    assert reply.tier == 2 and "Hamish Reid has carried" in reply.passage.text


def test_a_sentence_opening_with_his_is_not_led_by_the_end_of_a_quotation():
    reply = answer_question(FERRY, "Who is Morag?")
    assert reply.answer is not None and reply.answer.startswith("His wife, Morag")
