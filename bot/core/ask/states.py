""" "What state does X represent?": the US state news copy ties to a lawmaker's name, by a party tag
("Jason Chalmers (R-Utah)", "Ted Dorn, R-Texas,"), by "of" ("Senators Mia Lee of Utah and Dan Perch of
Georgia"), by the state before the title ("Texas Sen. Ted Dorn") or in an apposition ("Dorn, the Texas
senator,", "Perch, a Georgia Republican"), or "the Vermont senator" in a sentence naming only them. That
sentence answers; a sentence naming the person and some other place says nothing of the state.
"""

from __future__ import annotations

import re

from bot.core.article import Article
from bot.core.ask.answers import Answer
from bot.core.ask.parties import sentence_answer
from bot.core.ask.people import mention_terms
from bot.core.language.lexicon import US_PARTY_INITIAL, US_STATE_ABBREVIATIONS, US_STATES
from bot.core.quotes import engine as quotes
from bot.core.search.index import ArticleIndex, SentenceEntry, build_index

_STATE_QUESTION = re.compile(
    r"^\s*(?:what|which)\s+(?:u\.?s\.?\s+)?state\s+(?:does|did|do)\s+(?P<name>.+?)\s+represent\s*\??\s*$",
    re.IGNORECASE,
)
# A lawmaker's title or noun beside the state: "Texas Sen.", "the Ohio congresswoman", "a Georgia Republican".
_TITLES = r"Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman|Gov\.|Governor"
_NOUNS = r"senator|congressman|congresswoman|representative|lawmaker|governor|Republican|Democrat"
_STATE = rf"(?:{US_STATES})\b"
_NAMED_LATER = r"(?:[A-Z][\w.’'-]*\s+){0,2}"  # a given name or an initial before the surname


def state_question(question: str) -> str | None:
    """The person a "What state does X represent?" question names; None for any other question."""
    match = _STATE_QUESTION.match(question)
    return match.group("name").strip() if match else None


def _tie_patterns(article: Article, person: quotes.Speaker) -> tuple[re.Pattern, re.Pattern]:
    """The patterns tying a state to `person`'s name (in a form no one else of the article goes by: "Ted
    Cruz (R-Tex)" ties no state to Heidi Cruz), and the one of "the <State> senator" alone."""
    shared = {form for other in quotes.list_people(article) if other != person for form in other.aliases}
    forms = ({person.name, *person.aliases} - shared) or {person.name}
    name = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    tied = re.compile(
        rf"(?:{name})\s*(?:\(|,\s*){US_PARTY_INITIAL}-\s?[A-Z]"
        rf"|(?:{name}),?\s+(?:of|from)\s+{_STATE}"
        rf"|\b(?:{_STATE}|{US_STATE_ABBREVIATIONS})\s+(?:(?:Republican|Democratic|GOP)\s+)?(?:{_TITLES})\s+"
        rf"{_NAMED_LATER}(?:{name})\b"
        rf"|(?:{name}),\s+(?:a|an|the)\s+(?:[a-z]+\s+)?{_STATE}\s+(?:{_NOUNS})\b"
    )
    alone = re.compile(rf"\bthe\s+{_STATE}\s+(?:{_NOUNS})\b")
    return tied, alone


def _people_asked(article: Article, question: str) -> list[quotes.Speaker]:
    """The people the question may name: the one it names, or every one a shared surname may be ("Cruz"
    of Ted, Heidi and Rafael Cruz), of whom the state's tie tells the lawmaker."""
    asked = state_question(question)
    if asked is None:
        return []
    person = quotes.find_person(article, asked)
    if person is not None:
        return [person]
    folded = asked.casefold()
    return [p for p in quotes.list_people(article) if folded in {f.casefold() for f in (p.name, *p.aliases)}]


def state_of(article: Article, question: str) -> Answer | None:
    """The sentence tying a US state to the lawmaker asked about; None when the question asks no state,
    names nobody of the article, or no sentence (or more than one person's) ties one: the ranking reads
    the article."""
    found = [
        answer for person in _people_asked(article, question) if (answer := _tied(article, question, person))
    ]
    return found[0] if len(found) == 1 else None


def _tied(article: Article, question: str, person: quotes.Speaker) -> Answer | None:
    """The first sentence tying a state to `person`."""
    index = build_index(article)
    tied, alone = _tie_patterns(article, person)
    terms = mention_terms(index, person)
    people = [p for p in quotes.list_people(article) if p != person]
    for sentence in index.sentences:
        if sentence.is_caption or not terms & sentence.counts.keys():
            continue
        found = tied.search(sentence.text) or _alone(alone, sentence, index, people)
        if found is None:
            continue
        return sentence_answer(article, question, sentence, found.start())
    return None


def _alone(
    alone: re.Pattern, sentence: SentenceEntry, index: ArticleIndex, people: list[quotes.Speaker]
) -> re.Match | None:
    """ "the Vermont senator" in a sentence naming the person asked, when no one else it names holds that
    kind of role: "As for whether Sanders still senses anger at Clinton, the Vermont senator said ..."."""
    found = alone.search(sentence.text)
    if found is None:
        return None
    noun = found.group().split()[-1].casefold()
    for other in people:
        roles = " ".join(filter(None, (other.role, *other.roles))).casefold()
        if noun in roles.split() and mention_terms(index, other) & sentence.counts.keys():
            return None
    return found


def ties_no_state(article: Article, question: str, texts: list[str]) -> bool:
    """True when a "What state does X represent?" question's candidate ties no state to X (nor to anyone
    the name may be): "Representative Francis Rooney proposed ... the Constitution of the United States"."""
    people = _people_asked(article, question)
    patterns = [_tie_patterns(article, person) for person in people]
    return bool(people) and not any(
        tied.search(text) or alone.search(text) for tied, alone in patterns for text in texts
    )
