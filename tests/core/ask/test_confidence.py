"""The confidence model: a dot product and a sigmoid that never falls when the match improves."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.confidence import FEATURES, MATCH_ORDER, negated, probability
from tests.conftest import own_article

# A question word's weight moving from the first to the second share is a better match: found
# where it was missing (a name found elsewhere, or not at all), closer, or as written.
BETTER = [
    ("weak", "strong"),
    ("near", "weak"),
    ("name_elsewhere", "near"),
    ("unknown", "near"),
]
shares = st.lists(st.floats(0, 1), min_size=len(FEATURES), max_size=len(FEATURES))


def moved(values: list[float], source: str, target: str, amount: float) -> tuple[float, ...]:
    changed = dict(zip(FEATURES, values, strict=True))
    amount = min(amount, changed[source])
    changed[source] -= amount
    changed[target] += amount
    return tuple(changed[f] for f in FEATURES)


def test_the_model_has_one_weight_per_feature():
    assert len(constants.ASK_MODEL_WEIGHTS) == len(FEATURES)


def test_the_match_shares_are_weighted_in_order():
    weights = dict(zip(FEATURES, constants.ASK_MODEL_WEIGHTS, strict=True))
    assert [weights[f] for f in MATCH_ORDER] == sorted((weights[f] for f in MATCH_ORDER), reverse=True)


@given(shares, st.floats(0, 1))
def test_a_word_found_near_instead_of_missing_never_lowers_confidence(values, amount):
    near = FEATURES.index("near")
    closer = [*values]
    closer[near] += amount
    assert probability(tuple(closer)) >= probability(tuple(values)) - 1e-12


@given(shares, st.sampled_from(BETTER), st.floats(0, 1))
def test_confidence_never_falls_when_a_word_is_matched_better(values, step, amount):
    worse, better = step
    before = probability(tuple(values))
    assert probability(moved(values, worse, better, amount)) >= before - 1e-12


@given(shares, st.floats(0, 1))
def test_a_larger_lead_over_the_rest_never_lowers_confidence(values, more):
    lead = FEATURES.index("lead")
    higher = [*values]
    higher[lead] = min(1.0, values[lead] + more)
    assert probability(tuple(higher)) >= probability(tuple(values)) - 1e-12


def with_kind(values: list[float], type_score: float) -> tuple[float, ...]:
    """`values` for a when/where/how-many/who question whose candidate holds this much of the kind."""
    changed = dict(zip(FEATURES, values, strict=True))
    changed["typed"], changed["untyped"] = type_score, 1 - type_score
    changed["lacks_kind"] = float(type_score < constants.ASK_TYPED_ANSWER)
    return tuple(changed[f] for f in FEATURES)


@given(shares, st.floats(0, 1), st.floats(0, 1))
def test_more_of_the_kind_of_answer_wanted_never_lowers_confidence(values, less, more):
    less, more = sorted((less, more))
    assert probability(with_kind(values, more)) >= probability(with_kind(values, less)) - 1e-12


def test_a_passage_lacking_the_kind_of_answer_is_less_sure_than_a_looser_one_holding_it():
    # Every word of the first question is in "The harbour library will reopen once ...", which holds no
    # time; half of the second's is in the sentence dating the closure. On news, a question whose best
    # passage lacks the kind of answer it wants was more often one the article does not answer.
    article = own_article("ask_damp_reading_room.txt")
    undated = api.ask(article, "When will the harbour library reopen?")
    dated = api.ask(article, "When did the library close?")
    assert undated.tier == dated.tier == 2
    assert undated.confidence < dated.confidence


def test_a_name_found_only_elsewhere_lowers_confidence():
    tram = own_article("search_tram_line.txt")
    true = rank_candidates(tram, "Where is Nordbahn based?")[0].confidence
    swapped = rank_candidates(tram, "Where is Siemens based?")[0].confidence
    assert swapped < true


def test_a_fully_matched_question_is_not_less_sure_for_being_longer():
    # Shares of the question's weight, not a product over its words: length is no penalty.
    article = own_article("ask_summit_talks.txt")
    short = rank_candidates(article, "Where will leaders meet?")[0]
    long = rank_candidates(article, "Where will the Group of 20 leaders meet next week?")[0]
    assert long.confidence >= short.confidence


def test_a_question_saying_not_is_less_sure_of_a_sentence_that_does_not():
    # SQuAD 2.0's unanswerable questions often turn a statement round with "not" or "never".
    article = own_article("ask_summit_talks.txt")
    plain = rank_candidates(article, "Which countries signed the new tax accord?")[0]
    turned = rank_candidates(article, "Which countries did not sign the new tax accord?")[0]
    assert turned.confidence < plain.confidence


def test_a_question_saying_not_keeps_its_confidence_when_the_sentence_says_it_too():
    article = parse_article("The bridge did not open on Monday because of the storm.\n")
    ranked = rank_candidates(article, "Why did the bridge not open on Monday?")
    assert ranked[0].evidence.values[FEATURES.index("unnegated")] == 0.0


def test_negation_is_found_in_contractions_and_never():
    assert negated("Why didn’t the bridge open?") and negated("He never said it.")
    assert not negated("The note was noted.")


def test_a_sentence_saying_what_the_question_denies_is_no_answer_for_a_not_elsewhere_in_it():
    # SQuAD 2.0 turns "The board approved ..." into "What did the board not approve?": the sentence's own
    # "not" ("did not discuss") denies something else.
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "What did the board not approve?")
    assert reply.answer is None


def test_a_sentence_denying_the_word_the_question_denies_still_answers():
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "What did the board not discuss?")
    assert reply.answer is not None and "dredge the eastern channel" in reply.answer


def test_a_sentence_saying_the_contrary_of_a_question_word_is_no_answer():
    # "fall" asked of a sentence that says "rose": SQuAD 2.0 writes unanswerable questions so.
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "By how much did ticket sales for the summer ferry fall?")
    assert reply.answer is None


def test_a_yes_no_question_may_be_answered_by_the_contrary():
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "Did ticket sales for the summer ferry fall?")
    assert reply.answer is not None and "rose by 18 per cent" in reply.answer


def test_a_yes_no_question_after_a_phrase_set_off_by_a_comma_may_be_answered_by_the_contrary():
    article = own_article("ask_harbour_board.txt")
    reply = api.ask(article, "According to the treasurer, did ticket sales for the summer ferry fall?")
    assert reply.answer is not None and "rose by 18 per cent" in reply.answer


def test_a_sentence_denying_what_the_question_asserts_is_no_answer():
    # SQuAD 2.0 turns "X has never done Y" into "What has X done?": the sentence says it is not so.
    article = own_article("ask_guild_rules.txt")
    assert api.ask(article, "What has the guild written down?").answer is None


def test_a_denial_with_its_exception_still_answers():
    # "may not sell ... unless a warden has sealed each bolt" says when they may.
    article = own_article("ask_guild_rules.txt")
    reply = api.ask(article, "What must a warden seal before apprentices sell cloth at the Saturday market?")
    assert reply.answer is not None and "sealed each bolt" in reply.answer


def test_a_noun_is_not_denied_by_the_verb_it_is_made_from():
    # "didn't play" denies no "players".
    article = own_article("ask_guild_rules.txt")
    reply = api.ask(article, "Which players had their looms booked for the summer?")
    assert reply.answer is not None and "younger weavers" in reply.answer


def test_a_sentence_saying_the_contrary_made_with_a_prefix_is_no_answer():
    # "appropriate" where the question asks what was called "inappropriate".
    article = own_article("ask_guild_rules.txt")
    assert (
        api.ask(article, "Which new rules did the wardens call inappropriate for small weavers?").answer
        is None
    )
