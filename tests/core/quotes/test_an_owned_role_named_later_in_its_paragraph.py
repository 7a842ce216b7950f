"""An unnamed source written as someone's role ("Roth's lawyer called the complaint “…”") is the
person the same paragraph then names in that role ("said the lawyer, Miriam Okafor"), never the
owner, and stays unnamed when no one is named so."""

from __future__ import annotations

from .speakers import speakers_of


def test_the_owners_lawyer_is_the_lawyer_named_after():
    article = (
        "The ethics panel cleared Norbury councillor Ivan Roth on Tuesday.\n\n"
        "Roth's lawyer called the complaint “petty and political” and said it was filed to damage "
        "him. “This complaint was a waste of everyone's time,” said the lawyer, Miriam Okafor.\n"
    )
    assert speakers_of(article) == ["Miriam Okafor", "Miriam Okafor"]


def test_the_owners_lawyer_stays_unnamed_when_no_lawyer_is_named():
    article = (
        "The ethics panel cleared Norbury councillor Ivan Roth on Tuesday.\n\n"
        "Roth's lawyer called the complaint “petty and political.” “We are relieved,” Roth said.\n"
    )
    assert speakers_of(article) == ["Roth's lawyer", "Ivan Roth"]
