"""Shared fixtures: a library that only sees folders the test made."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's agenda folder, inside tmp_path; $GESPREK_AGENDAS unset."""
    config = tmp_path / "config"
    monkeypatch.setattr(platformdirs, "user_config_path", lambda app: config / app)
    monkeypatch.delenv("GESPREK_AGENDAS", raising=False)
    folder = config / "gesprek" / "agendas"
    folder.mkdir(parents=True)
    return folder
