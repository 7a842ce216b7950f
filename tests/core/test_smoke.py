from bot.core import api


def test_bundled_article_has_a_summary(bundled):
    assert api.summary(bundled, 3).sentences
