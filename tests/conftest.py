"""Fixtures for the whole suite."""

from __future__ import annotations

import pytest

from tui import i18n


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Every test starts in Dutch (the default UI language) and leaves the language as it found it."""
    before = i18n.language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)
