"""The quote fallback's fitting script (eval/quotes_fit.py) on small invented candidate sets."""

from __future__ import annotations

import pytest

from tests.eval_scripts import load_eval_script


@pytest.fixture(scope="module")
def fit_script():
    return load_eval_script("quotes_fit")


def test_the_threshold_is_the_lowest_whose_added_names_are_right_often_enough(fit_script):
    right, wrong = fit_script.RIGHT, fit_script.WRONG
    # Sure picks right, then two wrong at 0.7: from 0.70 down 15 of 17 (88%) added names are right,
    # though lower thresholds would bring the share back above 93%.
    picks = [(0.95, right)] * 14 + [(0.75, right)] + [(0.7, wrong)] * 2 + [(0.5, right)] * 20
    assert fit_script.choose(picks) == 0.71


def test_the_fit_prefers_the_candidate_a_feature_marks(fit_script):
    width = len(fit_script.fallback.FEATURES)
    marked, plain = (1.0,) + (0.0,) * (width - 1), (0.0,) * width
    rows = []
    for quote in range(40):
        rows.append(fit_script.Row("a", quote, fit_script.RIGHT, marked))
        rows.append(fit_script.Row("a", quote, fit_script.WRONG, plain))
    beta = fit_script.fit(rows)
    assert beta[0] > 1.0
