"""A she whose own paragraph names, before her, only a man ("Her record differs from that of Judge
Oberlin. ... she speculated that ... “…”") means the one woman the paragraph before names, even as the
agent of a passive ("heard by Judge Ruta Kallberg") (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Harbor\n\nTwo judges will hear challenges to the new harbor policy.\n\n"
    "“The agency has ignored the law for years,” Judge Matthias Oberlin wrote in an order last year.\n\n"
    "The second lawsuit is being heard in Velden by Judge Ruta Kallberg, a recent appointee.\n\n"
    "Her record differs from that of Judge {other}. Earlier this year she issued a ruling in a records "
    "case, and in her decision she speculated that the wall could have an “uneven impact on poorer "
    "coastal villages.”\n"
)


def test_she_means_the_woman_named_before_past_a_man_named_in_her_paragraph():
    assert speakers_of(TEXT.format(other="Oberlin")) == ["Matthias Oberlin", "Ruta Kallberg"]
