"""The given-name table namesakes reads from the nicknames package's file is the one its NickNamer
builds: both ways, every name (read without importing the package, whose version look-up is slow)."""

from nicknames import NickNamer

from bot.core.ask import namesakes


def test_table_is_the_nicknamers():
    nicknames, names_of = namesakes._nickname_tables()
    namer = NickNamer()
    assert nicknames == namer.nickname_lookup
    assert names_of == namer.canonical_lookup


def test_given_name_forms_both_ways():
    assert {"pete", "peter"} <= namesakes.given_name_forms("pete")
    assert {"pete", "peter"} <= namesakes.given_name_forms("peter")
    assert namesakes.given_name_forms("zzyzx") == frozenset({"zzyzx"})
