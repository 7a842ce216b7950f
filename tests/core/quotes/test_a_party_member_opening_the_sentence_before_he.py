"""A party member's noun opening the sentence before a he or she ("The Republican focused on the
impact of Mr. Reyes’s policies. “…,” he said") is the subject the pronoun goes on with: the person
the noun refers back to, not the name the sentence owns."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Gov. Mark Holt of Ohio, a Republican, campaigned in Dayton on Tuesday against President Tom Reyes.\n\n"
    "“We can do better,” Mr. Holt said.\n\n"
)


def test_he_after_the_republican_is_the_republican_named_before():
    text = LEAD + (
        "The Republican focused on the impact on small business of Mr. Reyes’s policies. "
        "“It is not just the taxes,” he said.\n"
    )
    assert speakers_of(text) == ["Mark Holt", "Mark Holt"]
