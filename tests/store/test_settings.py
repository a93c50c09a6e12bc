"""The store's settings (settings.json): the retention period; small, versioned, private, and a
damaged or unknown file said in words, never a crash and never overwritten."""

from __future__ import annotations

import json
import stat

import pytest

from tui.domain.retention import Period
from tui.store import SettingsError, open_store


def settings_file(store):
    return store.path / "settings.json"


def test_no_retention_period_by_default(store):
    assert store.settings().retention is None
    assert not settings_file(store).exists()


def test_the_retention_period_is_kept_privately(store):
    store.set_retention(Period.parse("2y"))
    path = settings_file(store)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"format": "gesprek-settings", "version": 1, "retention": "2y"}
    assert open_store(store.path).settings().retention == Period(2, "years")
    store.set_retention(None)
    assert open_store(store.path).settings().retention is None


def test_keys_of_a_newer_gesprek_are_kept(store):
    settings_file(store).write_text(json.dumps({"format": "gesprek-settings", "version": 1, "sleutel": {"a": 1}}))
    store.set_retention(Period.parse("18m"))
    assert json.loads(settings_file(store).read_text())["sleutel"] == {"a": 1}


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"{kapot", "geen geldige JSON"),
        (b"[1, 2]", "geen instellingen"),
        (json.dumps({"format": "iets anders", "version": 1}).encode(), "geen instellingen"),
        (json.dumps({"format": "gesprek-settings", "version": 2}).encode(), "nieuwere versie"),
        (json.dumps({"format": "gesprek-settings", "version": 1, "retention": "zeven"}).encode(), "retention"),
        (json.dumps({"format": "gesprek-settings", "version": 1, "retention": 7}).encode(), "retention"),
    ],
)
def test_a_damaged_file_is_said_and_left_alone(store, content, said):
    path = settings_file(store)
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(SettingsError) as error:
        store.settings()
    assert said in str(error.value) and str(path) in str(error.value)
    assert any(said in problem for problem in store.problems())
    with pytest.raises(SettingsError):
        store.set_retention(Period.parse("2y"))
    assert path.read_bytes() == content
