"""Fixtures for the whole suite."""

from __future__ import annotations

import pytest

from tui import i18n
from tui.store import Store


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Every test starts in Dutch (the default UI language) and leaves the language as it found it."""
    before = i18n.language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)


@pytest.fixture
def reads(monkeypatch):
    """Ids of the meeting files the stores read (stores must be opened after this fixture)."""
    seen: list[str] = []
    real = Store._parse

    def counting(self, path):
        seen.append(path.stem)
        return real(self, path)

    monkeypatch.setattr(Store, "_parse", counting)
    return seen
