"""The message checks every end-to-end test applies find what Discord would refuse or show empty."""

from __future__ import annotations

from tests.discord.checks import choice_problems, limit_problems

FINE = {"allowed_mentions": {"parse": []}}


def test_an_empty_field_value_is_a_problem():
    message = {**FINE, "embeds": [{"title": "T", "fields": [{"name": "Quoted", "value": " "}]}]}
    assert limit_problems(message) == ["empty field 'Quoted'"]


def test_an_embed_saying_nothing_is_a_problem():
    assert limit_problems({**FINE, "embeds": [{"footer": {"text": "f"}}]}) == ["embed says nothing"]


def test_too_many_menu_options_are_a_problem():
    menu = {"type": 3, "custom_id": "m", "options": [{"label": f"¶{n}", "value": str(n)} for n in range(26)]}
    message = {**FINE, "embeds": [{"title": "T"}], "components": [{"type": 1, "components": [menu]}]}
    assert limit_problems(message) == ["26 menu options > 25"]


def test_an_empty_or_long_choice_name_is_a_problem():
    assert choice_problems([{"name": "", "value": "a"}, {"name": "x" * 101, "value": "b"}]) == [
        "choice name '' empty or too long",
        f"choice name {'x' * 101!r} empty or too long",
    ]


def test_a_good_message_has_no_problem():
    assert limit_problems({**FINE, "embeds": [{"title": "T", "fields": [{"name": "a", "value": "b"}]}]}) == []
