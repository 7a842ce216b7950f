"""Wrong speakers and junk labels found on news texts (issue 11, session 13 precision).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_one_addressed_by_a_participle_before_the_verb_never_speaks():
    text = (
        "Ada Holt speaking to Harbor News on Monday said the plan was “dead on arrival in the council "
        "chamber.”\n\n"
        "Another council source speaking to Harbor News said the files were “never meant to leave the "
        "building at all.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "another council source"]
    assert kinds_of(text) == {"Ada Holt": "person", "another council source": "unnamed"}


def test_a_word_quoted_inside_a_relative_clause_before_the_antecedent_s_verb_is_a_label():
    text = (
        "Gordon Pike, a former senator, wants a new candidate. Pike, who calls the mayor a “sociopath,” "
        "said he does not need an alternative yet.\n"
    )
    assert speakers_of(text) == []


def test_a_bare_quotation_after_a_paragraph_with_one_person_as_its_subject_is_theirs():
    text = (
        "Gordon Pike has backed Tom Holt since the spring.\n\n"
        "Pike is upbeat about Holt’s chances in November, in part because he sees Holt as a uniter.\n\n"
        "“Not only can he win in November, he is the one with the best chance of winning.”\n"
    )
    assert speakers_of(text) == ["Gordon Pike"]


def test_a_quotation_resumed_after_a_dash_aside_with_another_voice_is_the_first_speaker_s():
    text = (
        "Tom Reyes spoke for an hour. “We will build the bridge,” Reyes said - at which point the crowd "
        "chanted “Build it!” - “and we will pay for it ourselves.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "the crowd", "Tom Reyes"]


def test_a_surname_before_stated_is_the_person_named_in_full_not_an_organisation():
    text = (
        "Barack Obama spoke in Ohio on Monday. Later, Obama stated that the harbor “will be rebuilt by "
        "the people who live and work there.”\n"
    )
    assert speakers_of(text) == ["Barack Obama"]
    assert kinds_of(text) == {"Barack Obama": "person"}


def test_a_name_after_a_business_or_outlet_noun_is_no_person():
    text = (
        "The Harbor Ledger first reported the deal. The Israeli newspaper Haaretz said that “the deal was "
        "signed in secret last week.”\n"
    )
    assert kinds_of(text) == {"Haaretz": "organisation"}


def test_an_adverb_in_ly_opening_a_sentence_is_no_given_name():
    text = (
        "Christoph Blocher led the party for decades. Interestingly Blocher noted that the party “must be "
        "careful not to launch a popular initiative.”\n"
    )
    assert speakers_of(text) == ["Christoph Blocher"]


def test_a_speaker_named_without_evidence_of_a_person_is_still_listed():
    text = "“We are pleased with the results this year,” said Swiss Re in a statement.\n"
    assert speakers_of(text) == ["Swiss Re"]
    assert kinds_of(text) == {"Swiss Re": "person"}


def test_a_plain_noun_source_is_labelled_with_its_whole_phrase():
    text = (
        "Turmoil has erupted at the party, as the head of the party’s powerful rules committee has "
        "accused its leaders of a “major breach of trust” in the vote.\n\n"
        "The company sent a letter to the paper. That letter, on company letterhead, demanded that the "
        "paper “retract the story and apologize in print.”\n\n"
        "Harbor news agency said: “The strike will go ahead on Monday.”\n"
    )
    assert kinds_of(text) == {
        "the head of the party’s powerful rules committee": "unnamed",
        "that letter": "unnamed",
        "Harbor news agency": "organisation",
    }


def test_a_writing_named_after_according_to_and_a_name_is_labelled_with_its_noun():
    text = (
        "The book is, according to its Amazon summary, “a fearless look at the harbor and the people "
        "who built it.”\n"
    )
    assert kinds_of(text) == {"its Amazon summary": "unnamed"}


def test_an_unnamed_source_quoted_as_saying_speaks_not_the_paper_quoting_it():
    text = (
        "Harbor news agency reports a union source as saying: “The strike will go ahead on Monday.”\n\n"
        "The Ledger quoted a senior official as saying that the plan “will never be approved by the "
        "council.”\n"
    )
    assert speakers_of(text) == ["a union source", "a senior official"]


def test_a_group_opening_a_clause_a_participle_continues_keeps_whom_it_speaks_for():
    text = (
        "Ada Holt was asked about the emails. Attorneys for Holt appeared to oppose the effort, saying "
        "in court files that her account “has never been the property of the State Department.”\n"
    )
    assert speakers_of(text) == ["attorneys for Holt"]


def test_a_plain_noun_source_keeps_a_demonstrative_and_a_hyphenated_adjective_but_no_conjunction():
    text = (
        "“Tom was Ada’s only supporter within the tower,” this source told the Ledger.\n\n"
        "“He should step aside,” the conservative-leaning newspaper wrote.\n\n"
        "Holt said that officials warned of “a long and difficult winter for the harbor.”\n"
    )
    assert speakers_of(text) == ["this source", "the conservative-leaning newspaper", "officials"]
