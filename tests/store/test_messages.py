"""Every store message exists in Dutch and English with the same placeholders."""

from __future__ import annotations

import string

from tui.i18n.messages_store import MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_store_messages_are_complete_in_both_languages():
    assert MESSAGES
    for key, texts in MESSAGES.items():
        assert key.startswith("store.")
        assert set(texts) == {"nl", "en"}, key
        assert _fields(texts["nl"]) == _fields(texts["en"]), key
