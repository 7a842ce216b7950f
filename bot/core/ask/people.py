""" "Who is X?", "Who is X's lawyer?", "What is X's job?" answered from the quote engine's speaker
registry ("X is the <role>."), and the words the article calls a person by.
"""

from __future__ import annotations

import itertools
import re

from bot.core import constants
from bot.core.article import Article
from bot.core.ask.affiliations import affiliation
from bot.core.ask.answers import Answer, cite
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.forms import similar
from bot.core.ask.introductions import as_name, asked_name, introduction
from bot.core.ask.shown import candidate_answer, quoted_whole
from bot.core.language.lexicon import ARTICLES, HONORIFICS, KIN_NOUNS, TITLE_ROLES, TITLE_WORDS, is_role_head
from bot.core.language.text import STOPWORDS, words
from bot.core.quotes import engine as quotes
from bot.core.quotes.function_words import POSSESSIVE_DETERMINERS, PREPOSITIONS, SPOKEN_WHEN
from bot.core.quotes.givennames import is_given_name
from bot.core.search.commonwords import is_common
from bot.core.search.index import ArticleIndex, build_index, query_words

# "What is tomasz's job?", "What does Hollie do for a living?"
_JOB = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was))\s+(.+?)(?:'s|’s)\s+(?:job|occupation|profession|trade)\s*\??\s*$"
    r"|^\s*what\s+(?:does|did)\s+(.+?)\s+do\s+for\s+(?:a\s+)?(?:living|work)\s*\??\s*$",
    re.IGNORECASE,
)

# Relations, which are no job: the lexicon's kin and a few looser ones.
# "Where does Kim work?", "Who does Kim work for?", "Which bank does Kim work for?": an employer.
_WORKPLACE = re.compile(
    r"^\s*(?:where|who|(?:which|what)\s+[a-z]+)\s+(?:does|did|do)\s+(.+?)\s+work(?:\s+(?:for|at|in))?\s*\??\s*$",
    re.IGNORECASE,
)
# A role naming its employer: "chief economist at the CBI", "governor of Korean Development Bank",
# "Aston's chief executive" (a capitalised owner before the role).
_EMPLOYED = re.compile(r"\s(?:at|of|for)\s+(?:the\s+)?[A-Z]|^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s")
# A capitalised owner opening a role: "Aston's chief executive", "Anil Ambani's brother".
_OWNER = re.compile(r"^((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s\s")
_KIN = KIN_NOUNS | frozenset("partner girlfriend boyfriend child children friend".split())

# "Who is Pagliano's lawyer?": someone's role (one or two words) of someone else.
_WHOSE_ROLE = re.compile(
    r"^\s*who(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+)?(.+?)(?:'s|’s)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*\??\s*$",
    re.IGNORECASE,
)

# A question that is only a name ("Blinken?", "xi jinping"): asked as "Who is ...?".
_BARE_NAME = re.compile(r"^\s*([^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,3})[\s?!]*$")

_TITLE_JOINERS = frozenset("of the for and".split())  # "Secretary of State", "Chief of the Air Staff"


def about_person(article: Article, question: str) -> Answer | None:
    """ "Who is X?" (or just "X?") answered from the speaker registry's role, when the registry knows X."""
    bare = _BARE_NAME.match(question)
    name = asked_name(question) or (as_name(bare.group(1)) if bare else None)
    if name is None:
        return None
    person = quotes.find_person(article, name)
    if person is None:
        return _affiliated(article, question, name)
    if not person.role:
        return _affiliated(article, question, name) or _first_named(article, question, person)
    index = build_index(article)
    # "Registrars' spokesman, Mark Rimes": a role written with its owner says whose it is.
    owned = _OWNED_ROLE.match(_as_written(index, mention_terms(index, person), person.role))
    if len(person.role.split()) == 1 and not owned:
        # "Brian Pagano is the aide." says less than the sentence introducing him ("Brian Pagano,
        # a former technology aide to Ada Holt"): a bare title gives way to that sentence,
        # however the ranking scores it, for the registry knows whom the question asks about.
        introduced = introduction(
            question, rank_candidates(article, question), floor=0.0, full_name=person.name
        )
        if introduced is not None:
            return candidate_answer(article, index, question, introduced)
    elif all(w[:1].isupper() or w in _TITLE_JOINERS for w in person.role.split()):
        # "Air Chief Marshal" is a rank written before the name: "Air Chief Marshal Sir Michael
        # Graydon, a former head of the RAF" says what he is (or was).
        introduced = introduction(question, rank_candidates(article, question), described=True)
        if introduced is not None:
            return candidate_answer(article, index, question, introduced)
    return _person_answer(article, question, person)


def _affiliated(article: Article, question: str, name: str) -> Answer | None:
    """ "Who is Rhian Beynon?" of a person the registry knows no role of: whom they are from ("Rhian
    Beynon of the JCWI"), unless a sentence introduces them with a title, an apposition or a role."""
    found = affiliation(article, question, name)
    # Ranking the sentences is the costly part, and the engine ranks them again when this gives way:
    # only an affiliation found needs the check.
    if found is None or introduction(question, rank_candidates(article, question)) is not None:
        return None
    return found


def _first_named(article: Article, question: str, person: quotes.Speaker) -> Answer | None:
    """ "Who is Hamish Reid?" of a person the article names in full but gives no role or affiliation:
    the sentence first naming them in full ("For forty years, Hamish Reid has carried passengers
    across Loch Arn ..."), news copy's introduction of whom it goes on to quote."""
    if " " not in person.name:
        return None  # a lone name may be anyone's: the ranking reads the article
    index = build_index(article)
    full = set(query_words(person.name, index.vocabulary.df))
    first = next((s for s in index.sentences if not s.is_caption and full <= s.counts.keys()), None)
    if first is None or quoted_whole(first) or not _described_beside(first.text, person.name):
        return None  # "Pieter Vos wrote in a message": a sentence only naming them says not who they are
    best = next((c for c in rank_candidates(article, question) if c.sentences[0] is first), None)
    return candidate_answer(article, index, question, best) if best is not None else None


def _described_beside(text: str, name: str) -> bool:
    """Whether a word for what the person is stands beside the name: a lower-case word right before
    it ("ethnobotanist Mark Plotkin", "an attendee Om Prakash"), or an apposition or an "of" right
    after it ("Elliott Wilson, editor-in-chief of ...", "Brett Lock of gay group OutRage!")."""
    at = text.find(name)
    if at < 0:
        return False
    before = _WORD_BEFORE.search(text, 0, at)
    if before is not None and before[1] not in STOPWORDS and before[1] not in _NOT_DESCRIBING:
        return True
    return _DESCRIBED_AFTER.match(text, at + len(name)) is not None


# A lower-case word right before a name, a space between and no punctuation ("ethnobotanist Mark").
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*) $")
# Lower-case words before a name that say nothing of what the person is.
_NOT_DESCRIBING = frozenset(
    "said says told tells asked wrote added according quoted like while whereas when because since".split()
)
# ", his brother", ", a nurse", ", editor-in-chief", " of the JCWI": a description after the name.
_DESCRIBED_AFTER = re.compile(r",\s+(?:(?:the|an?|his|her|their)\s+)?[a-z]|\s+of\s+[A-Z]|,\s+of\s")


def role_of(article: Article, question: str) -> Answer | None:
    """ "Who is Pagliano's lawyer?" answered from the speaker registry: the one person whose role is
    that role (or a synonym: lawyer / attorney) of X ("Mark MacDougall, attorney for Pagliano")."""
    match = _WHOSE_ROLE.match(question)
    if not match:
        return None
    *modifiers, head = match.group(2).casefold().split()
    heads = {head, *similar(head)}
    # "Who is Clinton's campaign manager?": the modifier says which of her people is asked for, so
    # "Clinton's Latino vote director" is no answer, whatever a director and a manager share.
    kinds = [{modifier, *similar(modifier)} for modifier in modifiers]
    owner = {_unpossessed(w) for w in words(match.group(1))}
    found = [
        person
        for person in quotes.list_people(article)
        if person.role
        and heads & (role := {_unpossessed(w) for w in words(person.role)})
        and owner & role
        and all(kind & role for kind in kinds)
    ]
    if len(found) != 1:
        return None  # nobody, or several: the ranking reads the article
    return _person_answer(article, question, found[0])


def _person_answer(article: Article, question: str, person: quotes.Speaker) -> Answer:
    """ "X is the <role>.", its source the first sentence naming X: in full where the article does
    (a given name alone may be someone else's, "a cartoon of Mohammed" before "Mohammed Saleem")."""
    index = build_index(article)
    names = mention_terms(index, person)
    full = set(query_words(person.name, index.vocabulary.df))
    body = [s for s in index.sentences if not s.is_caption]
    mention = next((s for s in body if full <= s.counts.keys()), None)
    mention = mention or next((s for s in body if names & s.counts.keys()), None)
    sources = (
        (cite(article, mention.paragraph, [(mention.start, mention.end)], mention.text),) if mention else ()
    )
    role = _fuller_role(index, person) or _as_written(index, names, person.role or "")
    titles, role = _titles_after_role(role)
    text = f"{titles}{person.name} is {with_determiner(role)}."
    return Answer(question, text[: constants.ASK_MAX_ANSWER_CHARS], sources, 1.0, "person")


# Titles of address that name no office ("Professor", "Dr"): written between a role and the name, they
# belong before the name; an office's title ("caretaker Prime Minister", "sheriff's Deputy") is the role.
_ADDRESS_TITLES = frozenset("professor prof dr doctor".split())


def _titles_after_role(role: str) -> tuple[str, str]:
    """A title of address the article writes between a role and the name ("study co-author Professor Ann
    Holt") goes before the name, as English writes it: ("Professor ", "study co-author"), not "Ann Holt is
    the study co-author Professor."."""
    written = role.split()
    at = len(written)
    while (
        at > 0 and written[at - 1][:1].isupper() and written[at - 1].casefold().rstrip(".") in _ADDRESS_TITLES
    ):
        at -= 1
    if at == len(written) or at == 0 or not written[at - 1][:1].islower():
        return "", role
    return " ".join(written[at:]) + " ", " ".join(written[:at])


# A word of a role written before a name: an owner's name ("Harlow", "Kestrel Skydiving Club"), a
# plain word of the role ("police", "business", "manager", "and") or an abbreviated title ("Lt.").
_ROLE_WORD = re.compile(r"^(?:[A-Za-z][\w&’'-]*|[A-Z][a-z]{1,4}\.)$")
# Small words that end a role read backwards from a name: "said", "by", "told", "that".
_NOT_ROLE_WORDS = frozenset(
    "said says told tells by with from to at in on as that when after before than who which".split()
)
_LONGEST_ROLE = 8
# An apposition after the name, up to the next comma: ", public information officer for the ... ,".
_APPOSITION = re.compile(r",\s+(?P<role>(?:the\s+|an?\s+)?[a-z][\w’'-]*(?:\s+[\w’'&.-]+){1,9}?),\s")


def _fuller_role(index: ArticleIndex, person: quotes.Speaker) -> str | None:
    """The role as the article writes it where it says more than the registry's: the words before the
    name, when they hold the registry's role and more ("Kestrel Skydiving Club business manager and chief
    instructor Mara Vidal", "Harlow police Lt. Piet Moll", for "chief instructor", "lieutenant"), or,
    for a registry role of one word, an apposition after the name ("Sgt. Tomas Brandt, public
    information officer for the Dunmore Police Department, said")."""
    role = (person.role or "").split()
    if not role:
        return None
    for sentence in index.sentences:
        at = sentence.text.find(person.name)
        if at < 0:
            continue
        before = _role_before(sentence.text[:at], role)
        if before is not None:
            return before
        after = _APPOSITION.match(sentence.text[at + len(person.name) :])
        if len(role) == 1 and after is not None and not _clause(after.group("role")):
            return after.group("role")
        return None
    return None


# Words that make an apposition a clause about the person, not a role: "..., who said ...".
_CLAUSE_WORDS = frozenset("said says told tells who which that was is has had".split())


def _clause(phrase: str) -> bool:
    """True for an apposition that is no role: a clause ("who said ..."), a place ("of Dunmore"), a
    participle phrase ("speaking to reporters") or one saying when ("beside the river on Monday")."""
    said = [word.casefold() for word in words(phrase)]
    if not said or said[0] in _PLACE_OPENERS or any(word in _CLAUSE_WORDS | SPOKEN_WHEN for word in said):
        return True
    # "speaking to reporters", "flanked by aides", "holding his hat"; "managing director" is a role.
    opener, follows = [*said, ""][:2]
    return opener.endswith(("ing", "ed")) and follows in PREPOSITIONS | ARTICLES | POSSESSIVE_DETERMINERS


_PLACE_OPENERS = frozenset("of from in at on near aged".split())


def _role_word(token: str, first: bool) -> bool:
    """True for a word a role written before a name may hold: a name, a plain noun or "and", and an
    abbreviated title only right before the name ("Massachusetts Sen. Elizabeth Warren grilled Wells
    Fargo CEO John Stumpf" holds another person and a verb: no role of his)."""
    bare = token.casefold()
    if not _ROLE_WORD.match(token) or bare in _NOT_ROLE_WORDS or (bare in STOPWORDS and bare != "and"):
        return False
    if token.endswith(".") and not first:
        return False
    # "explained", "including", "against": a verb or a preposition is no part of a role.
    return token[:1].isupper() or not (bare.endswith(("ed", "ing")) or bare in _PREPOSITIONS)


_PREPOSITIONS = PREPOSITIONS | frozenset("including over under per via".split())


def _titles_only(run: list[str]) -> bool:
    """True for a run of capitalised titles only ("Professor", "Prime Minister")."""
    return bool(run) and all(t[:1].isupper() and t.casefold() in TITLE_WORDS for t in run)


def _role_noun(token: str) -> bool:
    """True for a role's noun, or a compound ending in one ("co-author", "researcher")."""
    return is_role_head(token.casefold().rsplit("-", 1)[-1])


def _role_before(text: str, role: list[str]) -> str | None:
    """The run of role words right before a name, when it ends on the registry's role (or the
    abbreviated title it reads) and holds more words than it."""
    run: list[str] = []
    named = False  # an owner's name is written before the role's plain words, never among them
    # "The city's top court clerk, Mary Ann Twitty": a role set before the name by a comma
    text = text.rstrip()
    apposed = text.endswith(",")
    text = text[:-1] if apposed else text
    for token in reversed(text.split()):
        if len(run) == _LONGEST_ROLE or not _role_word(token, first=not run):
            break
        if named and token[:1].islower():
            break  # "Time Magazine chose German Chancellor": a verb before a name
        titles = _titles_only(run)
        if titles and token[:1].islower() and not _role_noun(token):
            break  # "met President Xi": a verb before a title
        # "study co-author Professor Carl Lipo": a title right before the name is no owner's name.
        owner = token[:1].isupper() and not token.isupper() and not token.endswith(".")
        named = named or (owner and not (token.casefold() in TITLE_WORDS and (titles or not run)))
        run.insert(0, token)
    # "Yesterday Harlow police ...": a capitalised common word opening the sentence is no owner.
    while run and run[0] == text.split()[0] and run[0].casefold() in STOPWORDS | {"and"}:
        run.pop(0)
    # "On Thursday Harlow Police Chief ...": a day or time word is no part of a role.
    spoken = [at for at, token in enumerate(run) if token.casefold() in SPOKEN_WHEN]
    run = run[spoken[-1] + 1 :] if spoken else run
    if len(run) <= len(role) or run[0].casefold() == "and":
        return None
    if apposed and run[0] == text.split()[0]:
        return None  # "Wardens' spokesman, Ivor Lund": capitalised by the sentence, as the registry knows
    last = run[-1].casefold().rstrip(".")
    if last == role[-1].casefold():
        return " ".join(run)
    if role[-1].casefold() in TITLE_ROLES.get(last, ()):
        return " ".join([*run[:-1], role[-1]])
    return None


def _as_written(index: ArticleIndex, names: set[str], role: str) -> str:
    """The role with the words the article writes before it where it introduces the person: "a top
    aide" stays "a" (not "the"), "retired Air Force general" keeps "retired", which the registry drops."""
    pattern = re.compile(_WRITTEN_BEFORE + re.escape(role) + r"\b")
    for sentence in index.sentences:
        if not names & sentence.counts.keys():
            continue
        match = pattern.search(sentence.text)
        if match:
            written = _lower_determiner(match.group(0))
            return _lower_owner(written) if match.start() == 0 else written
    return role


def _lower_determiner(role: str) -> str:
    """ "An attorney for Barry" opening a sentence is "an attorney for Barry" after "X is"."""
    first, _, rest = role.partition(" ")
    if rest and first.casefold() in ("a", "an", "the"):
        return first.casefold() + " " + rest
    return role


def _lower_owner(role: str) -> str:
    """ "Registrars' spokesman" opening a sentence is the "registrars' spokesman": a plural common
    noun's possessive, capitalised only there."""
    first, _, rest = role.partition(" ")
    owner = first.casefold()
    if rest and owner.endswith(("s'", "s’")) and is_common(owner[:-2]):
        return owner + " " + rest
    return role


# "a former", "an acting", "retired", "the late": what a role is written with that says what kind
# of holder the person is; a determiner of its own, and a few words of time before the role; or the
# common noun owning it ("registrars' spokesman", "the firm's chairman").
_WRITTEN_BEFORE = (
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+)?(?:\b(?:retired|former|late|acting|interim|outgoing|incoming)\s+)?"
    r"(?:\b[A-Za-z][a-z]+(?:s['’]|['’]s)\s+)?"
)
# A role opening on a common noun's possessive, after its determiner ("the firm's chairman").
_OWNED_ROLE = re.compile(r"^(?:(?:an?|the)\s+)?[a-z]+(?:s['’]|['’]s)\s")


def job_of(article: Article, question: str) -> Answer | None:
    """ "What is tomasz's job?", "What does Hollie do for a living?" answered from the speaker
    registry's role ("Tomasz Furmanek is the software developer."), unless that role is a relation
    ("David Cameron's wife"): a wife or a son is no job."""
    match = _JOB.match(question)
    if not match:
        return None
    person = quotes.find_person(article, match.group(1) or match.group(2))
    if person is None or not person.role or {_unpossessed(w) for w in words(person.role)} & _KIN:
        return None
    return _person_answer(article, question, person)


def workplace_of(article: Article, question: str) -> Answer | None:
    """ "Where does Ian Reyes work?" answered from the speaker registry's role when it names the
    employer ("Ian Reyes is the chief economist at the CBI."); else None, and the ranking reads the
    article (a question's "work" alone would match "Reyes's work" in someone's praise)."""
    match = _WORKPLACE.match(question)
    if not match:
        return None
    person = quotes.find_person(article, match.group(1))
    if person is None or not person.role or not _EMPLOYED.search(person.role):
        return None
    role = {_unpossessed(w) for w in words(person.role)}
    # "Anil Ambani's brother", "Mr Mann's former deputy": a relation or someone's aide, no employer.
    owner = _OWNER.match(person.role)
    if role & _KIN or (owner is not None and _a_person(owner.group(1))):
        return None
    return _person_answer(article, question, person)


def _a_person(name: str) -> bool:
    """True when `name` is written as a person's: a title or a given name first ("Mr Mann", "Anil
    Ambani"), not a body ("Aston", "Royal Bank of Scotland")."""
    first = name.split()[0]
    return first.casefold().rstrip(".") in HONORIFICS or (len(name.split()) > 1 and is_given_name(first))


def _unpossessed(word: str) -> str:
    return word.casefold().removesuffix("'s").removesuffix("’s")


def mention_terms(index: ArticleIndex, person: quotes.Speaker) -> set[str]:
    """The terms the article calls `person` by on second mention ("Xi" for Xi Jinping, "Blinken").

    The registry's one-word aliases say which of the name's words that is; word order does not.
    """
    short = [a for a in person.aliases if len(a.split()) == 1]
    return {t for alias in short or [person.name] for t in query_words(alias, index.vocabulary.df)}


def with_determiner(role: str) -> str:
    """ "top US diplomat" -> "the top US diplomat": roles are gathered without their article."""
    written = role.split(" ", 1)[0]
    first = written.casefold()
    # "Robert's son", "Ada Holt's campaign manager": a name's possessive is a determiner of its
    # own ("Bohemond is Robert's son."); a plain noun's is not ("the company's chief executive").
    capitalised = list(itertools.takewhile(lambda w: w[:1].isupper(), role.split()))
    named_owner = any(w.casefold().endswith(("'s", "’s")) for w in capitalised)
    if first in ("a", "an", "the", "his", "her", "their", "its") or named_owner:
        return role
    return "the " + role
