"""A surname two people share: the one most recently named in full, weighted by how often each is
named, and names introduced as someone's relative ("her husband, former President Bill Holt").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from bot.core import constants
from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import quote_at
from bot.core.quotes.function_words import PREPOSITIONS, SUBJECT_PRONOUN_GENDERS
from bot.core.quotes.givennames import given_name_gender, is_given_name
from bot.core.quotes.people import AMBIGUOUS, PERSON, Mention
from bot.core.quotes.resolving.shared import token_start, tokens_between

# "Peter Wells's brother": the possessor word of a role.
_POSSESSOR = re.compile(r"(\w+)['’]s\b")
# "her husband, former President Bill Holt", "brother of Hollywood legend Ron Tilling": a person
# introduced by a relation to someone, the kin word at most this many tokens before the name.
_KIN_REACH_TOKENS = 6
# "Ann Holt and Tom Holt", "Ann Holt or Tom Holt", "Ann Holt, Tom Holt": names listed side by side.
_NAME_JOINERS = frozenset((",", "and", "or", "nor", "&"))
# "Trump Jr." this many times tells the junior apart by the suffix; one "Marsalis III said" does not.
_SUFFIX_HABIT = 2
# Roles that make someone the spouse of the person a bare shared surname is about.
_SPOUSE_ROLES = frozenset(("first lady", "first gentleman"))
# "“…,” Carter said after the vote, which she won": the he or she of a surname's sentence.
# Pronouns that after a surname in its sentence mostly mean the one it names.
_OWN_PRONOUNS = {**SUBJECT_PRONOUN_GENDERS, "his": "m", "himself": "m", "herself": "f"}


class NamesakeMixin:
    """People who share a surname."""

    def kin_fits(self, person_id: int, gender: str | None) -> bool:
        """Someone named by one word whose role is a relation of this person's family, of `gender`."""
        if self._kin is None:
            # Indexed once per article: possessor word -> genders of the one-word people it names.
            self._kin = {}
            for other in self.registry.persons:
                if " " in other.name:
                    continue
                for role in other.roles:
                    for word in _POSSESSOR.findall(role.casefold()):
                        self._kin.setdefault(word, []).append((other.id, other.gender))
        surname = self.registry.person(person_id).surname.casefold()
        kin = self._kin.get(surname, [])
        return any(i != person_id and g in (None, gender) for i, g in kin)

    def titled_namesakes(self, mention: Mention, fitting: list[int]) -> list[int]:
        """ "the Rev. Simon Quist ... “…,” Rev. Quist said": of the namesakes, those whose titles the
        abbreviated title written before the surname stands for; all of them when none is written."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start) - 1
        if at >= 1 and tokens[at].text == ".":
            at -= 1
        meant = lx.TITLE_ROLES.get(tokens[at].low, ()) if at >= 0 else ()
        titled = [i for i in fitting if not self.registry.person(i).titles.isdisjoint(meant)]
        return titled or fitting

    def met_namesakes(self, mention: Mention, fitting: list[int]) -> list[int]:
        """ "Donald Trump's campaign … “…,” Trump told the crowd. … (paragraphs on) Eric Trump": the
        namesakes a reader has met by the surname's place, named by a form that is theirs alone; a
        bare surname never means someone the article introduces only later."""
        here = (self.position.get(mention.paragraph, -1), mention.start)
        return [i for i in fitting if self._first_own_naming(i) < here]

    def _first_own_naming(self, person_id: int) -> tuple[int, int]:
        """Where the article first names the person by a mention that is theirs alone, as (body
        position, offset); after every place when it never does."""
        if self._own_first is None:
            # Indexed once per article: every ambiguous surname asks.
            self._own_first = {}
            for number in self.body_order:
                for mention in self.registry.mentions.get(number, ()):
                    if mention.kind == PERSON and len(mention.ids) == 1:
                        self._own_first.setdefault(mention.ids[0], (self.position[number], mention.start))
        return self._own_first.get(person_id, (len(self.body_order), 0))

    def not_only_a_relative(self, fitting: list[int]) -> int | None:
        """ "Trump said ..." (paragraphs on: "Donald Trump", "first lady Melania Trump"): of two
        namesakes neither yet met, the one whose roles make them no one's relative or spouse, when
        the other's do; the article's bare surname is the person it is about."""
        if len(fitting) != 2:
            return None
        relatives = [i for i in fitting if self._relative_by_role(i)]
        if len(relatives) != 1:
            return None
        return next(i for i in fitting if i not in relatives)

    def past_suffixed_juniors(self, fitting: list[int]) -> list[int] | None:
        """ "Trump Jr., who served as an adviser ..." all through, and "his brother Eric Trump": a
        junior the article tells apart by the suffix ("Trump Jr.") is no bare surname's. The other
        namesakes, or None when only relatives are left: the bare surname then means the one they
        are related to, whom the article never names in full ("Trump encouraged his Twitter
        followers to watch his son"); unclear, not a guess."""
        plain = [i for i in fitting if not (self.registry.person(i).junior and self._named_by_suffix(i))]
        if len(plain) == len(fitting):
            return fitting
        return None if all(self._relative_by_role(i) for i in plain) else plain

    def _named_by_suffix(self, person_id: int) -> bool:
        """Whether the article makes a habit of naming the junior by surname and suffix alone."""
        if person_id in self._suffixed:
            return self._suffixed[person_id]  # once per junior: every bare surname asks
        surname = self.registry.person(person_id).surname.casefold()
        count = 0
        for number, mentions in self.registry.mentions.items():
            tokens = self.registry.tokens.get(number, [])
            for m in mentions:
                if m.kind != PERSON or m.ids != (person_id,) or not m.full:
                    continue
                at = bisect_left(tokens, m.start, key=token_start)
                count += at < len(tokens) and tokens[at].low == surname
        self._suffixed[person_id] = count >= _SUFFIX_HABIT
        return self._suffixed[person_id]

    def _relative_by_role(self, person_id: int) -> bool:
        for role in self.registry.person(person_id).roles:
            words = role.casefold().split()
            if any(w in lx.KIN_NOUNS for w in words) or " ".join(words[-2:]) in _SPOUSE_ROLES:
                return True
        return False

    def named_only_as_kin(self, person_id: int, fitting: list[int]) -> bool:
        """ "Chen Ting, 36, said daughter Chen Yin ... Mrs Chen": a namesake whose gender is known only
        because the article names them as someone's relative is no reason to give them the bare
        surname over another namesake whose gender it does not say; recency decides, as without it."""
        if self._given_name_tells_gender(person_id):
            return False  # "Ms. Tally's father, Cliff Tally": his given name says he is a man
        named = self._full_mentions()
        return person_id not in named and any(i in named for i in fitting if i != person_id)

    def _given_name_tells_gender(self, person_id: int) -> bool:
        given = self.registry.person(person_id).given.split()
        return bool(given) and is_given_name(given[0].casefold()) and given_name_gender(given[0]) is not None

    def latest_full(self, mention: Mention, fitting: list[int]) -> int | None:
        """For a surname two people share, the one most recently named in full (not "X's")."""
        at = self.position.get(mention.paragraph)
        if at is None or not fitting:
            return None
        index = self._full_mentions()
        # "Reyes attacked Bill Holt ... Three paragraphs on, “…,” Holt said": a surname far
        # from the relative's full name means the one the article names in full far more often.
        weight = self._surname_weights(fitting, index)
        main = max(fitting, key=lambda i: weight[i])
        counts = sorted(weight.values(), reverse=True)
        dominant = len(counts) > 1 and counts[0] >= constants.DOMINANT_NAME_RATIO * counts[1]
        if not dominant:
            # "When Jeb Holt spoke ... When George Holt was governor ... Now that Jeb might run ... Holt
            # said": where neither is named far more often, a given name alone names one as surely.
            index = self._named_places()
        here = (at, mention.start)
        latest_places = self._latest_places(fitting, index, here, self._objects)
        if not any(at - place[0] <= constants.CONTINUING_SPEAKER_PARAGRAPHS for place, _ in latest_places):
            # Only a namesake named in full as a subject nearby outweighs one named after a preposition.
            latest_places = self._latest_places(fitting, index, here, set())
        if not latest_places:
            return self.habitual_namesake(fitting)
        latest_places.sort(reverse=True)
        (named_at, _), latest = latest_places[0]
        if at - named_at <= constants.CONTINUING_SPEAKER_PARAGRAPHS and not self._named_together(
            latest_places
        ):
            if dominant and self._roled_over_roleless(main, latest):
                # "former vice president Joe Biden" all through, then "because Jill Biden had a
                # virtual event ... right after Biden said": a namesake the article gives no role
                # is talked of; the bare surname stays with the one it is about.
                return main
            told = self._told_by_own_pronoun(mention, fitting, latest)
            return latest if told is None else told
        habit = self.habitual_namesake(fitting)
        if habit is not None:
            return habit
        if dominant:
            return main
        speaking = self._namesake_speaking(mention, fitting)
        if speaking is not None:
            # "Patricia Smith, mother of Sean Smith ... “…,” Smith said. ¶ “…” ¶ “…,” Smith said last
            # week": far from both full names, none named far more often, the surname goes on
            # meaning the namesake just quoted.
            return speaking
        # "Rep. Alan Holt ... Lolita Holt wrote ... (paragraphs on) “…,” Holt said": far from every
        # full name and no one named far more often, it is unclear, unless a he or she of the
        # sentence tells which ("“…,” Carter said after the vote, which she won").
        gender = self._pronoun_after(mention, SUBJECT_PRONOUN_GENDERS)
        told = [i for i in fitting if gender is not None and self.registry.person(i).gender == gender]
        if len(told) == 1:
            return told[0]
        return self._only_subject(fitting, here)

    def habitual_namesake(self, fitting: list[int]) -> int | None:
        """ "Pike apologizes for remarks he made", "Pike stands at attention in his senior year" all
        through a story that also names his first wife Lorna Pike: the namesake whom the bare
        surname's own he, she, his or her point to again and again, when they are the one of that
        gender sharing it."""
        key = tuple(sorted(fitting))
        if key not in self._habits:
            self._habits[key] = self._namesake_by_pronouns(fitting)
        return self._habits[key]

    def _namesake_by_pronouns(self, fitting: list[int]) -> int | None:
        votes: Counter[str] = Counter()
        wanted = set(fitting)
        for number in self.body_order:
            quoted = self.quote_ranges.get(number, [])
            for m in self.registry.mentions.get(number, ()):
                lone = m.kind == AMBIGUOUS and wanted.issubset(m.ids) and not m.possessive
                if lone and quote_at(quoted, m.start) is None:
                    gender = self._pronoun_after(m, _OWN_PRONOUNS)
                    if gender is not None:
                        votes[gender] += 1
        (gender, count), (_, other) = [*votes.most_common(2), ("", 0), ("", 0)][:2]
        if count < constants.NAMESAKE_PRONOUN_HABIT or count < constants.GENDER_VOTE_RATIO * other:
            return None
        # "Gorman Pike", a given name the census lists lack, beside "Lorna Pike": he may be the one
        told = [i for i in fitting if self.registry.person(i).gender in (gender, None)]
        return told[0] if len(told) == 1 else None

    def _roled_over_roleless(self, main: int, latest: int) -> bool:
        """The main namesake holds a role of their own (no relative's), the latest none at all."""
        if main == latest or self.registry.person(latest).roles:
            return False
        roles = self.registry.person(main).roles
        return bool(roles) and not self._relative_by_role(main)

    def _only_subject(self, fitting: list[int], here: tuple[int, int]) -> int | None:
        """ "Jeb Holt said Wednesday … ¶ “I love my brother,” he said of George W. Holt. ¶ (paragraphs
        on) “…,” Holt recalled": when only one namesake has been named in full other than as a
        preposition's object, the others are talked of, and the bare surname is the one who acts."""
        index = self._full_mentions()
        subjects = []
        for person_id in fitting:
            places = [place for place in index.get(person_id, []) if place < here]
            if not places:
                return None  # a namesake not yet named in full: nothing tells them apart
            if any(place not in self._objects for place in places):
                subjects.append(person_id)
        return subjects[0] if len(subjects) == 1 else None

    @staticmethod
    def _latest_places(
        fitting: list[int], index: dict[int, list[tuple[int, int]]], here: tuple[int, int], passed: set
    ) -> list[tuple[tuple[int, int], int]]:
        """Each namesake's latest full-name place before `here`, over places not in `passed` ("Kim
        Ki-jong ... a memorial for Kim Jong-il ... Kim shouted": a name after a preposition is
        talked of, and does not make the next bare surname that person's); only namesakes with one."""
        latest = []
        for person_id in fitting:
            places = [place for place in index.get(person_id, []) if place not in passed]
            found = bisect_left(places, here)
            if found:
                latest.append((places[found - 1], person_id))
        return latest

    def _named_together(self, latest_places: list[tuple[tuple[int, int], int]]) -> bool:
        """ "Ann Holt and Tom Holt spoke in Dayton. ¶ “…,” Holt said": when the two latest full names
        stand side by side, joined by "and" / "or" / a comma, neither is the one the article just
        named; recency tells nothing."""
        if len(latest_places) < 2:
            return False
        (first_at, first_start), _ = latest_places[0]
        (second_at, second_start), _ = latest_places[1]
        if first_at != second_at:
            return False
        number = self.body_order[first_at]
        mentions = self.registry.mentions.get(number, ())
        second = next((m for m in mentions if m.start == second_start), None)
        if second is None:
            return False
        tokens = self.registry.tokens.get(number, [])
        between = tokens_between(tokens, second.end, first_start)
        return bool(between) and all(t.low in _NAME_JOINERS for t in between)

    def _namesake_speaking(self, mention: Mention, fitting: list[int]) -> int | None:
        """The namesake quoted last, when that was at most a couple of paragraphs before `mention`."""
        if self.last_speaker is None:
            return None
        person_id, paragraph = self.last_speaker
        distance = self.position.get(mention.paragraph, 0) - self.position.get(paragraph, -99)
        near = 0 <= distance <= constants.CONTINUING_SPEAKER_PARAGRAPHS
        return person_id if near and person_id in fitting else None

    def _told_by_own_pronoun(self, mention: Mention, fitting: list[int], latest: int) -> int | None:
        """ "First lady Ruth Harlan ... she said. ¶ Harlan has mocked his rivals": a he, she or his
        after the surname in its sentence that cannot be the namesake named last tells the one
        namesake it can be ("her" and "him" are often someone else's)."""
        gender = self._pronoun_after(mention, _OWN_PRONOUNS)
        if gender is None or self.registry.person(latest).gender in (None, gender):
            return None
        told = [i for i in fitting if self.registry.person(i).gender == gender]
        return told[0] if len(told) == 1 else None

    def _pronoun_after(self, mention: Mention, genders: dict[str, str]) -> str | None:
        """The gender of the first of the `genders` pronouns after `mention` in its sentence, outside
        quotation marks."""
        _, end = self.sentence_of(mention)
        quoted = self.quote_ranges.get(mention.paragraph, [])
        tokens = self.registry.tokens.get(mention.paragraph, [])
        for token in tokens[bisect_left(tokens, mention.end, key=token_start) :]:
            if token.start >= end:
                break
            if token.low in genders and quote_at(quoted, token.start) is None:
                return genders[token.low]
        return None

    def _surname_weights(self, fitting: list[int], index: dict[int, list[tuple[int, int]]]) -> dict[int, int]:
        """How often each person sharing a surname is named: in full, plus, for the one named first,
        the lone surnames before anyone else of that surname is named ("Pelling" twenty times
        before "her husband, Frank Pelling": each of them Carla)."""
        key = tuple(sorted(fitting))
        if key in self._weights:
            return self._weights[key]  # once per set of namesakes: a long article repeats them
        weight = {i: len(index.get(i, [])) for i in fitting}
        self._weights[key] = weight
        firsts = sorted((index[i][0], i) for i in fitting if index.get(i))
        if len(firsts) < 2:
            return weight
        (first_at, _), first = firsts[0]
        (second_at, _) = firsts[1][0]
        wanted = set(fitting)
        for number in self.body_order[first_at : second_at + 1]:
            quoted = self.quote_ranges.get(number, [])
            for m in self.registry.mentions.get(number, ()):
                before = (self.position[number], m.start) < firsts[1][0]
                lone = m.kind == AMBIGUOUS and wanted.issubset(m.ids) and quote_at(quoted, m.start) is None
                if before and lone:
                    weight[first] += 1
        return weight

    def _full_mentions(self) -> dict[int, list[tuple[int, int]]]:
        """Per person, the (body position, offset) of each full-name mention outside quotations, sorted.

        Built once per article so a shared surname is resolved by bisection, not by rescanning.
        """
        if self._full_index is None:
            index: dict[int, list[tuple[int, int]]] = {}
            for at, number in enumerate(self.body_order):
                quoted = self.quote_ranges.get(number, [])
                tokens = self.registry.tokens.get(number, [])
                for m in self.registry.mentions.get(number, ()):
                    if not m.full or m.possessive or len(m.ids) != 1:
                        continue
                    if quote_at(quoted, m.start) is None and not self._named_as_kin(m):
                        index.setdefault(m.ids[0], []).append((at, m.start))
                        if _after_preposition(tokens, bisect_left(tokens, m.start, key=token_start)):
                            self._objects.add((at, m.start))
            self._full_index = index
        return self._full_index

    def _named_places(self) -> dict[int, list[tuple[int, int]]]:
        """The full-name places of `_full_mentions`, with those of a given name alone that the article
        gives one of two namesakes ("Now that Jeb might run"; not "The Donald"), sorted (once)."""
        if self._given_index is None:
            index = {i: list(places) for i, places in self._full_mentions().items()}
            for at, number in enumerate(self.body_order):
                quoted = self.quote_ranges.get(number, [])
                tokens = self.registry.tokens.get(number, [])
                for m in self.registry.mentions.get(number, ()):
                    outside = len(m.ids) == 1 and not m.possessive and quote_at(quoted, m.start) is None
                    if outside and self._given_alone(m, tokens):
                        index.setdefault(m.ids[0], []).append((at, m.start))
            self._given_index = {i: sorted(places) for i, places in index.items()}
        return self._given_index

    def _given_alone(self, mention: Mention, tokens: list[Token]) -> bool:
        person = self.registry.person(mention.ids[0])
        if mention.full or not person.given or " " in person.given:
            return False
        at = bisect_left(tokens, mention.start, key=token_start)
        if at >= len(tokens) or tokens[at].end != mention.end or tokens[at].text != person.given:
            return False
        if at and tokens[at - 1].low == "the":
            return False  # "The Donald": a nickname
        surname = person.surname.casefold()
        return any(p.id != person.id and p.surname.casefold() == surname for p in self.registry.persons)

    def _named_as_kin(self, mention: Mention) -> bool:
        """ "her husband, former President Bill Holt": a name introduced as someone's relative,
        the kin word a few role words before it, no other name or clause between. A lone surname
        two people share means the one the article names for themselves."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.start, key=token_start)
        first = max(0, at - _KIN_REACH_TOKENS)
        for index in range(at - 1, first - 1, -1):
            token = tokens[index]
            if token.low in lx.KIN_NOUNS:
                return True
            # "whose son Sgt. Mateo Delgado": an abbreviated title's stop ends no phrase
            stop = token.low == "." and index > 0 and _abbreviated_title(tokens[index - 1])
            if not token.is_word and token.low != "," and not stop:
                return False
            if token.is_word and (token.possessive or token.low in lx.SPEECH_VERBS):
                return False
        return False


def _abbreviated_title(token: Token) -> bool:
    """ "Sgt", "Lt", "Gov": a short title word written with a stop."""
    return token.is_word and len(token.low) <= _TITLE_ABBREVIATION_CHARS and lx.is_title(token.low)


_TITLE_ABBREVIATION_CHARS = 4


def _after_preposition(tokens: list[Token], at: int) -> bool:
    """Whether the name at token `at` is a preposition's object, past a role written before it ("a
    memorial for Kim Jong-il", "for former North Korean leader, Kim Jong-il", "of 2020 presidential
    hopeful Julian Holt"), or one brought in as an example ("Many Democrats, including Julian Holt,",
    "candidates like Julian Holt"): talked of, not acting."""
    index = at - 1
    if index >= 1 and tokens[index].text == ",":
        if not lx.is_role_head(tokens[index - 1].low):
            return False  # "At Indian Wells, Serena Williams": a phrase closed, then the subject
        index -= 1
    steps = 0
    while index >= 0 and steps < _ROLE_WORDS_BEFORE_OBJECT and _role_word(tokens[index], steps):
        index -= 1
        steps += 1
    return index >= 0 and (tokens[index].low in PREPOSITIONS or tokens[index].low in _EXAMPLE_MARKERS)


# "Several candidates, including Tomas Holt,", "candidates like Julian Holt": one of a group, as an example.
_EXAMPLE_MARKERS = frozenset(("including", "like"))


def _role_word(token: Token, steps: int) -> bool:
    """Whether the token, `steps` words before a name, belongs to a role written before it."""
    low = token.low
    if not token.is_word or low in PREPOSITIONS:
        return False
    if low.isdigit():
        # "of 2020 presidential hopeful Julian Holt": a year dating the role; not "In 2019 Tom Holt"
        return steps > 0
    return token.cap or lx.is_role_head(low) or low in lx.ROLE_MODIFIERS or low in lx.ARTICLES


_ROLE_WORDS_BEFORE_OBJECT = 5  # "for the former North Korean leader, Kim Jong-il"
