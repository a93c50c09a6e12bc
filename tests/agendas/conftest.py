"""Shared fixtures: a fixed language, and a library that only sees folders the test made."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from tui import i18n


@pytest.fixture(autouse=True)
def _reset_language():
    before = i18n.language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's agenda folder, inside tmp_path; $GESPREK_AGENDAS unset."""
    config = tmp_path / "config"
    monkeypatch.setattr(platformdirs, "user_config_path", lambda app: config / app)
    monkeypatch.delenv("GESPREK_AGENDAS", raising=False)
    folder = config / "gesprek" / "agendas"
    folder.mkdir(parents=True)
    return folder
