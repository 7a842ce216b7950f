"""A bare "the president" means the person titled plainly "President", not one of the other
presidents the article names with a country or a body ("Russian President Pavel Orlov", "president
of the Harbor Council"); and "The president himself tried ..." is that role's sentence too."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "In announcing the water treaty late Saturday, President Martin Ellery said the country has a "
    "duty to explore its benefits.\n\n"
    "Russian President Pavel Orlov fears the treaty could weaken his hand, said Tom Brandt, "
    "president of the Harbor Council.\n\n"
    "The president tried to manage expectations in his remarks Saturday night. “It won't be easy, "
    "and big problems remain,” he said.\n"
)


def test_the_bare_title_s_holder_is_the_president():
    assert speakers_of(ARTICLE) == ["Martin Ellery"]


def test_an_intensifier_after_the_role_keeps_the_role_the_subject():
    article = ARTICLE.replace("The president tried", "The president himself tried")
    assert speakers_of(article) == ["Martin Ellery"]


def test_the_judge_is_not_the_one_titled_plainly():
    article = (
        "Judge Ann Bybee wrote for the appeals court last year.\n\n"
        "U.S. District Court Judge Theo Chuang ruled on Thursday. The judge wrote that “the record "
        "shows animus.”\n"
    )
    assert speakers_of(article) == ["Theo Chuang"]
