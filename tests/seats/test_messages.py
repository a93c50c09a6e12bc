"""Every text of the two seats speaks both languages, with the same placeholders."""

from __future__ import annotations

import string

from tui.i18n.messages_seats import MESSAGES
from tui.seats.protocol import Problem


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert set(texts) == {"nl", "en"}, key
        assert _fields(texts["nl"]) == _fields(texts["en"]), key


def test_every_problem_has_a_message():
    assert {f"seat.problem.{problem.value}" for problem in Problem} <= MESSAGES.keys()
