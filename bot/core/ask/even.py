"""In an article that is one paragraph, a best candidate another sentence further on matches about as
well: which of the two answers is a guess.

"When did the ferry leave Oban?" against "The ferry left Oban on Monday ..." and, further on, "The ferry
left Oban again on Friday ...": the question's words rank both alike, so the reply is the closest
passage, which shows both, not the first as the answer. Only in a one-paragraph article (a one-line
corpus text): there every candidate's confidence is lifted (constants.ASK_ONE_PARAGRAPH_SHIFT, as its
lead is measured against sentences an answer's length away), which lifts a tie into tier 1 too; in an
article of paragraphs a what-question already needs its lead (ASK_WHAT_LEAD) and the others their kind.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core import constants
from bot.core.ask.candidates import Candidate, apart
from bot.core.language.text import words
from bot.core.search.index import ArticleIndex


def matched_as_well_elsewhere(
    index: ArticleIndex, best: Candidate, ranked: list[Candidate], answers: Callable[[Candidate], bool]
) -> bool:
    """True when, in a one-paragraph article, the best candidate leads the best one apart from it by
    less than ASK_EVEN_LEAD and that one may answer too: it holds the kind of answer wanted (`answers`:
    "Why ...?" is not answered by a sentence giving no reason, however well it matches) and says
    something else (a sentence saying the best one again is no rival)."""
    single = index.sentences[0].paragraph == index.sentences[-1].paragraph
    if not single or best.evidence is None or best.evidence.lead >= constants.ASK_EVEN_LEAD:
        return False
    floor = best.score * (1 - constants.ASK_EVEN_LEAD)
    rivals = (c for c in ranked if c is not best and c.score >= floor and apart(c, best, single))
    return any(answers(rival) and not _repeats(rival, best) for rival in rivals)


def _repeats(rival: Candidate, best: Candidate) -> bool:
    """True when `rival` holds nearly every word of `best`: it says the same again."""
    said = {w.casefold() for w in words(best.text)}
    again = {w.casefold() for w in words(rival.text)}
    return bool(said) and len(said & again) >= constants.ASK_REPEATED_SHARE * len(said)
