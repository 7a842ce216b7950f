"""Who holds a role: its one holder ("the judge" is Judge Simon Hale), and whether a person holds
an office plainly, not as "shadow" or "deputy".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import Subject
from bot.core.quotes.function_words import ARTICLES
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention, Person
from bot.core.quotes.references import nationalities, nationality, same_nationality
from bot.core.quotes.resolving.shared import mention_start, token_start
from bot.core.quotes.roles import (
    FORMER_WORDS,
    PUBLIC_OFFICES,
    TITLED_OFFICES,
    is_age,
    offices_held,
    other_office,
    role_words,
    role_words_written,
)

# Words before an office that make it another one ("shadow chancellor", "deputy mayor").
_OTHER_OFFICES = frozenset("shadow deputy vice assistant associate acting former ex prime lieutenant".split())
# A word before an office that makes its holder stand in for it ("acting chief of staff"): another
# office beside one who holds it for good, the office itself when no one does.
_STANDING_IN = frozenset(("acting",))
# A word after an office's noun that makes it another office ("attorney general", "surgeon general").
_OFFICE_AFTER = frozenset(("general",))


def owned_office_holder(persons: Iterable[Person], owner: str, office: list[str]) -> int | None:
    """ "Bush's Republican vice president" after "Former Vice President Dick Cheney": the one person
    besides the owner whose role holds the office's words (a party's word aside); "Russia's top
    diplomat", the one foreign minister or secretary of state."""
    if office[-2:] == _TOP_DIPLOMAT:
        offices = _DIPLOMATS_OFFICES
    elif office and office[-1] in PUBLIC_OFFICES:
        offices = ({word.casefold() for word in office} - lx.PARTY_LABELS,)
    else:
        return None
    owner = owner.casefold()
    holders = [
        person
        for person in persons
        if person.surname.casefold() != owner
        and any(words <= role_words(role) for role in person.roles for words in offices)
    ]
    if len(holders) > 1:
        # "Russia's top diplomat" beside Secretary of State John Kerry: the Russian foreign minister.
        holders = [person for person in holders if any(_of_country(role, owner) for role in person.roles)]
    return holders[0].id if len(holders) == 1 else None


def _of_country(role: str, country: str) -> bool:
    """Whether a role names the folded country or its people ("Russian Foreign Minister")."""
    stem = country[:_COUNTRY_STEM]
    return any(
        word == country or (word in lx.DEMONYMS and word.startswith(stem)) for word in role_words(role)
    )


_COUNTRY_STEM = 4  # "russia" and "russian", "ukraine" and "ukrainian", "britain" and "british"


_TOP_DIPLOMAT = ["top", "diplomat"]
_DIPLOMATS_OFFICES = ({"foreign", "minister"}, {"secretary", "state"}, {"foreign", "secretary"})


def _lower_rank(modifier: str) -> bool:
    """ "vice-presidential", "deputy": a word ranking the role below the one it modifies, so "the
    vice-presidential nominee" is not the article's presidential nominee."""
    return modifier.startswith("vice") or modifier in _LOWER_RANKS


_LOWER_RANKS = frozenset("deputy assistant associate lieutenant under".split())


def _plain(token: Token) -> bool:
    return token.is_word and not token.cap


# Characters between a name and the end of the sentence it closes ("Grimes." / "Grimes.”").
_CLOSING_CHARS = 2
_OPENING_WORDS = 6  # "The secretary of state and 2014 candidate": the words read after "The"


# Offices a country has one holder of, so that the bare title means the article's own country's.
_ONE_A_COUNTRY = frozenset("president premier chancellor king queen".split())


class RoleHolderMixin:
    """Who holds a role."""

    def may_hold(self, person_id: int, role: Subject) -> bool:
        """Whether the person may be whom a definite office means: one of its plain holders, or,
        when no one holds it plainly, someone holding it not only as "shadow" and no other office."""
        titled = self.holders_index().get(role.role, [])
        if person_id in titled and not self.holds_plainly(person_id, role):
            return False  # shadow chancellor Tim Vale is not "the chancellor"
        holders = [i for i in titled if self.holds_plainly(i, role)]
        described = tuple(m for m in role.modifiers if m not in lx.ROLE_HEADS and m not in FORMER_WORDS)
        if described:
            # "the Vermont senator" is no senator the article names without Vermont.
            holders = [i for i in holders if self.role_has(i, role.role, described)]
        if holders:
            return person_id in holders
        person = self.registry.person(person_id)
        return not other_office(role.role, role.modifiers, offices_held(person.roles, person.titles))

    def sits_in_elected_office(self, person_id: int, role: str) -> bool:
        """ "the President-elect ... “…,” he tweeted": whether the person holds now the office the
        "-elect" role is yet to be taken up (Russian President Vladimir Putin), so is not meant by it."""
        office = role.removesuffix(lx.ELECT_SUFFIX)
        if office == role or office not in PUBLIC_OFFICES:
            return False
        return self.holds_plainly(person_id, Subject("role", role=office))

    def incoming_holders(self, role: str) -> set[int]:
        """Who the article gives an "-elect" role's office as still to come ("incoming President",
        "President-elect")."""
        office = role.removesuffix(lx.ELECT_SUFFIX)
        wanted = (f"incoming {office}", f"{office}-elect", f"{office} elect")
        return {
            person.id
            for person in self.registry.persons
            if any(w in given.casefold() for given in person.roles for w in wanted)
        }

    def holds_plainly(self, person_id: int, role: Subject) -> bool:
        """Whether one of the person's roles (or titles) has the role's head without a word making
        it another office ("shadow", "deputy", "vice") that the role itself does not say; "acting
        chief of staff Tom Ferris" is "the chief of staff" when no one holds that office for good."""
        if self._holds_but_for(person_id, role, frozenset()):
            return True
        if not self._holds_but_for(person_id, role, _STANDING_IN):
            return False
        holders = self.holders_index().get(role.role, [])
        return not any(self._holds_but_for(i, role, frozenset()) for i in holders if i != person_id)

    def held_before(self, person_id: int, role: Subject) -> bool:
        """ "Former President Alden Morrow ... The president also referenced": whether the person held
        the office once, so that with no one holding it now the bare office may refer back to them."""
        return self._holds_but_for(person_id, role, FORMER_WORDS)

    def _holds_but_for(self, person_id: int, role: Subject, allowed: frozenset[str]) -> bool:
        """Whether one of the person's roles (or titles) has the role's head with no word making it
        another office but those `allowed` and those the role itself says."""
        person = self.registry.person(person_id)
        if role.role in person.titles:
            return True
        for text in person.roles:
            words = role_words_written(text.replace("-", " "))
            if role.role not in words:
                continue
            at = words.index(role.role)
            if any(w in _OTHER_OFFICES - allowed and w not in role.modifiers for w in words[:at]):
                continue
            if at + 1 < len(words) and words[at + 1] in _OFFICE_AFTER:
                continue  # Attorney General Sam Ortega is not "the attorney"
            return True
        return False

    def only_holder(self, head: str, modifiers: tuple[str, ...] = ()) -> int | None:
        """The one person whose role has this head noun ("the judge" is Judge Simon Hale)."""
        # "the chancellor" is not shadow chancellor Tim Vale nor former chancellor Ken Dale.
        plain = Subject("role", role=head, modifiers=modifiers)
        holders = [i for i in self.holders_index().get(head, []) if self.holds_plainly(i, plain)]
        if len(holders) == 1 and not self.holds_a_role_of(holders[0], head, modifiers):
            return None  # "the civil rights activist and MSNBC host": the one host named is no activist
        former = tuple(m for m in modifiers if m in FORMER_WORDS or _lower_rank(m))
        if former:
            # "the former president" is not President Sam Ortiz, who holds the office still.
            holders = [i for i in holders if self.role_has(i, head, former)]
        if len(holders) > 1 and modifiers:
            # "the Republican nominee" when the article has a Republican and a Democratic nominee.
            holders = [i for i in holders if self.role_has(i, head, modifiers)]
        if len(holders) > 1 and not modifiers and head in _ONE_A_COUNTRY:
            # "the president" after President Barack Obama, Russian President Vladimir Putin and
            # the president of a council: the one whose role is the bare title (not "the judge",
            # one of many).
            bare = [i for i in holders if self._bare_role(i, head)]
            holders = bare if len(bare) == 1 else holders
        parties = tuple(m for m in modifiers if m in lx.PARTY_LABELS)
        if parties:
            # "the Democratic presidential nominee" is not "Republican presidential nominee Donald
            # Trump", even when he is the only nominee the article names with a role.
            holders = [i for i in holders if self.role_has(i, head, parties)]
        ages = [m for m in modifiers if is_age(m)]
        if ages:
            # "the 74-year-old comedian" is not the comedian the article names without that age.
            holders = [i for i in holders if self._described_with(i, ages)]
        # "the California Republican" is not "Rep. Tom Ebner, the Minnesota Republican".
        holders = [i for i in holders if not placed_elsewhere(self.registry.person(i), head, modifiers)]
        # "the New York senator" is not "Sen. John Cornyn (R-Texas)".
        holders = [i for i in holders if not self.labelled_elsewhere(i, modifiers)]
        if len(holders) == 1 and head not in TITLED_OFFICES:
            national = self._of_nationality(modifiers, holders[0])
            if national is not None:
                # "Netanyahu said ... “…,” the Israeli leader said", Iran's "Supreme Leader" the one
                # leader named: the one person the article describes by that nationality.
                return national
        return holders[0] if len(holders) == 1 else None

    def _bare_role(self, person_id: int, head: str) -> bool:
        """Whether one of the person's roles is the head noun alone ("President", "the senator")."""
        for text in self.registry.person(person_id).roles:
            words = [w for w in text.casefold().split() if w not in ARTICLES]
            if words == [head]:
                return True
        return False

    def labelled_elsewhere(self, person_id: int, modifiers: tuple[str, ...]) -> bool:
        """Whether the role names a place ("the New York senator") that the state of the person's
        party label ("Sen. John Cornyn (R-Texas)") is not."""
        places = {m for m in modifiers if _place_word(m)}
        if not places:
            return False
        if self._party_states is None:
            self._party_states = self._states_labelled()
        state = self._party_states.get(person_id)
        return state is not None and not places & state

    def _states_labelled(self) -> dict[int, frozenset[str]]:
        """Each person's state, as words, from a party label right after their name ("(D-N.Y.)",
        ", R-Texas,"), read once per article."""
        found: dict[int, frozenset[str]] = {}
        for number, mentions in self.registry.mentions.items():
            tokens = self.registry.tokens.get(number, [])
            for mention in mentions:
                if mention.kind != PERSON or mention.possessive:
                    continue
                state = party_state_after(tokens, bisect_left(tokens, mention.end, key=token_start))
                if state is not None:
                    found.setdefault(mention.ids[0], frozenset(state.split()))
        return found

    def named_before(self, person_id: int, paragraph: int, offset: int) -> bool:
        """Whether the article names the person, in any form, before `offset` of `paragraph`: a role
        refers back to someone the reader has met ("“…,” the former governor said" is not the former
        governor named only paragraphs later)."""
        if self._first_met is None:
            # Found once per article: every role subject asks.
            self._first_met = {}
            for number in sorted(self.registry.mentions):
                for mention in self.registry.mentions[number]:
                    if mention.kind in (PERSON, AMBIGUOUS):
                        for person in mention.ids:
                            self._first_met.setdefault(person, (number, mention.start))
        first = self._first_met.get(person_id)
        return (first is not None and first < (paragraph, offset)) or self._in_headline(person_id)

    def named_in_body_before(self, person_id: int, paragraph: int, offset: int) -> bool:
        """Whether a body paragraph names the person, in any form, before `offset` of the body
        paragraph `paragraph` (headline and captions aside)."""
        if self._first_in_body is None:
            # Found once per article: a transcript's every inserted "he says" may ask.
            self._first_in_body = {}
            for position, number in enumerate(self.body_order):
                for mention in self.registry.mentions.get(number, ()):
                    if mention.kind in (PERSON, AMBIGUOUS):
                        for person in mention.ids:
                            self._first_in_body.setdefault(person, (position, mention.start))
        first = self._first_in_body.get(person_id)
        return first is not None and first < (self.position.get(paragraph, 0), offset)

    def named_lately(self, person_id: int, paragraph: int, offset: int) -> bool:
        """Whether the person is named, in any form, before `offset` of `paragraph` or in one of the
        few body paragraphs just before it: still in the reader's mind."""
        at = self.position.get(paragraph)
        if at is None:
            return False
        for number in self.body_order[max(0, at - constants.ROLE_HOLDER_RECENT_PARAGRAPHS) : at + 1]:
            for mention in self.registry.mentions.get(number, ()):
                if number == paragraph and mention.start >= offset:
                    break
                if mention.kind in (PERSON, AMBIGUOUS) and person_id in mention.ids:
                    return True
        return False

    def _in_headline(self, person_id: int) -> bool:
        """ "Mabry blasts water pact": the headline names the person by their surname."""
        surname = self.registry.person(person_id).surname
        return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", self.headline) is not None

    def _of_nationality(self, modifiers: tuple[str, ...], holder: int) -> int | None:
        """The one person whose roles tell the nationality a role's modifier tells ("the Israeli
        leader": "Israeli Prime Minister Benjamin Netanyahu"), when the role's one holder is not of it."""
        told = {n for n in map(nationality, modifiers) if n is not None}
        if len(told) != 1:
            return None
        (wanted,) = told

        def of_it(person_id: int) -> bool:
            found = set().union(*map(nationalities, self.registry.person(person_id).roles))
            return any(same_nationality(wanted, n) for n in found)

        if of_it(holder):
            return None
        others = [p.id for p in self.registry.persons if p.id != holder and of_it(p.id)]
        return others[0] if len(others) == 1 else None

    def _described_with(self, person_id: int, words: list[str]) -> bool:
        roles = " ".join(self.registry.person(person_id).roles).casefold()
        return all(word in roles for word in words)

    def holders_index(self) -> dict[str, list[int]]:
        """Role word -> the people holding it, from their roles and abbreviated titles ("Sen.")."""
        if self._holders is None:
            # Indexed once per article: "the judge" must not rescan every person each time.
            self._holders = {}
            for person in self.registry.persons:
                words = {w for role in person.roles for w in role_words_written(role)} | person.titles
                for word in words:
                    self._holders.setdefault(word, []).append(person.id)
        return self._holders

    def holds_a_role_of(self, person_id: int, head: str, modifiers: tuple[str, ...]) -> bool:
        """Whether the person holds one of the other roles a list of roles joined to `head` names
        among its modifiers ("the civil rights activist and MSNBC host": an activist), or the list
        names none."""
        others = [m for m in modifiers if m != head and lx.is_role_head(m)]
        if "and" not in modifiers or not others:
            return True  # no list of roles: "the chief executive" may be "CEO Tom Hale"
        person = self.registry.person(person_id)
        words = set().union(*(role_words(role) for role in person.roles))
        return any(other in words or other in person.titles for other in others)

    def role_has(self, person_id: int, head: str, modifiers: tuple[str, ...]) -> bool:
        """Whether one of the person's roles with this head holds every modifier word."""
        person = self.registry.person(person_id)
        for role in person.roles:
            words = role_words(role)
            # "vice-presidential" is written with a hyphen in the role as in the reference.
            if head in words and all(set(m.replace("-", " ").split()) <= words for m in modifiers):
                return True
        return False

    def bridged_holder(self, paragraph: int, subject: Subject) -> int | None:
        """ "... saw a culprit in Dana Lund Pruitt. The secretary of state and 2014 candidate for
        Senate, ..., went on television": a sentence opening with the role's own words right after a
        sentence closing on a full name describes that person (the writer's way of not repeating the
        name), so the role said later ("where the secretary of state said") is theirs; None when no
        such sentence, or two naming different people, come before the role."""
        if subject.source is None:
            return None
        tokens = self.registry.tokens.get(paragraph, [])
        first = bisect_left(tokens, subject.source.start, key=token_start)
        phrase = tuple(t.low for t in tokens[first:] if t.start < subject.source.end)
        if len(phrase) < 2 or phrase[0] != "the":
            return None
        here = (self.position.get(paragraph, -1), subject.source.start)
        found = {
            person
            for where, opening, person in self._bridges()
            if where < here and opening[: len(phrase)] == phrase and len(opening) > len(phrase)
        }
        return found.pop() if len(found) == 1 else None

    def _bridges(self) -> list[tuple[tuple[int, int], tuple[str, ...], int]]:
        """Each sentence opening with "The" and lower-case words right after a sentence closing on a
        full name: where it is, its opening words (up to the first capital or mark) and the person
        named. Read once per article."""
        if self._bridge_list is None:
            self._bridge_list = []
            for position, number in enumerate(self.body_order):
                bounds = self.sentence_bounds.get(number, ())
                for at in range(1, len(bounds)):
                    opening = self._plain_opening(number, bounds[at][0])
                    named = self._closing_name(number, bounds[at - 1]) if opening else None
                    if named is not None:
                        self._bridge_list.append(((position, bounds[at][0]), opening, named))
        return self._bridge_list

    def _plain_opening(self, number: int, start: int) -> tuple[str, ...]:
        """ "The secretary of state and ...": the sentence's "the" and the lower-case words after it,
        with the token ending them (a capital after the words makes a title before a name)."""
        tokens = self.registry.tokens.get(number, [])
        first = bisect_left(tokens, start, key=token_start)
        if first >= len(tokens) or tokens[first].text != "The":
            return ()
        end = first + 1
        while end < len(tokens) and end - first <= _OPENING_WORDS and _plain(tokens[end]):
            end += 1
        if end < len(tokens) and tokens[end].is_word and tokens[end].cap:
            return ()  # "The secretary of state Ann Lee said": a title before the name, read elsewhere
        if any(t.possessive for t in tokens[first:end]):
            return ()  # "The senator's wife": someone else, named by whose she is
        return tuple(t.low for t in tokens[first : end + 1])

    def _closing_name(self, number: int, sentence: tuple[int, int]) -> int | None:
        """The person whose full name closes the sentence, outside quotation marks."""
        mentions = self.registry.mentions.get(number, ())
        at = bisect_left(mentions, sentence[1], key=mention_start) - 1
        if at < 0:
            return None
        last = mentions[at]
        closes = sentence[0] <= last.start and sentence[1] - last.end <= _CLOSING_CHARS
        if not closes or last.kind != PERSON or not last.full or last.possessive or self.quoted(last):
            return None
        first = bisect_left(mentions, sentence[0], key=mention_start)
        if any(self._other_subject(m, last) for m in mentions[first:at]):
            return None  # "Tom Reyes attacked Dana Pruitt. The senator ...": maybe Reyes, unclear
        return last.ids[0]

    def _other_subject(self, mention: Mention, closing: Mention) -> bool:
        """A person or a he or she standing as a subject, other than the closing name's person."""
        if mention.kind not in (PERSON, AMBIGUOUS, PRONOUN) or mention.possessive or not mention.subject_like:
            return False
        return closing.ids[0] not in mention.ids and not self.quoted(mention)


def placed_elsewhere(person: Person, role: str, modifiers: tuple[str, ...]) -> bool:
    """Whether the role names a place ("the California Republican") and the person's own role of
    that head names another ("Rep. Tom Ebner, the Minnesota Republican")."""
    places = {m for m in modifiers if _place_word(m)}
    if not places:
        return False
    for held in person.roles:
        words = held.casefold().split()
        if role not in words:
            continue
        own = {w for w in words[: words.index(role)] if _place_word(w)}
        if own and not own & places:
            return True
    return False


def _place_word(low: str) -> bool:
    return low in lx.US_PLACES or low in lx.PLACES


def party_state_after(tokens: list[Token], at: int) -> str | None:
    """The state of a party label opening at tokens[at] ("(D-N.Y.)", ", R-Texas,"), folded and in
    full ("new york", "texas"), else None."""
    if at + 1 >= len(tokens) or tokens[at].text not in ("(", ","):
        return None
    label = _PARTY_LABEL.fullmatch(tokens[at + 1].text)
    if label is None:
        return None
    written = [label.group(1)]
    for token in tokens[at + 2 : at + 2 + _LABEL_TOKENS]:
        if token.text in (")", ","):
            break
        written.append(token.text)
    state = "".join(written).replace(".", "").casefold()
    if state in lx.STATE_OF_ABBREVIATION:
        return lx.STATE_OF_ABBREVIATION[state]
    return state if state in _STATE_NAMES else None


_PARTY_LABEL = re.compile(rf"{lx.US_PARTY_INITIAL}-([A-Za-z]+)")  # "R-Texas", "D-N" of "D-N.Y."
_LABEL_TOKENS = 4  # "N", ".", "Y", "." after "D-N"
_STATE_NAMES = frozenset(name.casefold() for name in lx.US_STATES.split("|"))
