"""Fixtures for the whole suite."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from tui import i18n
from tui.store import Store, keys

from .cheap_kdf import CHEAP


def pytest_collection_modifyitems(items):
    # The slow tests first (stable otherwise): one started last keeps the other worker idle at the end.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Every test starts in Dutch (the default UI language) and leaves the language as it found it."""
    before = i18n.language()
    i18n.set_language("nl")
    yield
    i18n.set_language(before)


# Folders the app (platformdirs, rescue.py) or a library may write to, each its own per test.
XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")
# A developer's own settings: a store or agendas of theirs never take part in a test.
OWN_SETTINGS = ("GESPREK_STORE", "GESPREK_AGENDAS", "GESPREK_PASSPHRASE_FILE", "GESPREK_SEATS_DIR")


@pytest.fixture(autouse=True)
def _home_of_its_own(tmp_path_factory, monkeypatch):
    """Every test (and every process it starts) has a home, XDG folders and temp folder of its own,
    so nothing lands in the real home: a rescued version once went to ~/.gesprek-rescued.
    Not in tmp_path, which some tests list."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(root / "home"))
    for name in XDG_FOLDERS:
        monkeypatch.setenv(name, str(root / name.lower()))
    for name in ("home", "tmp", *(n.lower() for n in XDG_FOLDERS)):
        (root / name).mkdir(mode=0o700)
    # rescue.py's last place is the temp folder: this process reads tempfile.tempdir, children TMPDIR.
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    for name in OWN_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    return root


@pytest.fixture(autouse=True)
def _cheap_kdf(request, monkeypatch):
    """New encrypted stores derive their key at CHEAP (tests/cheap_kdf.py), but in the tests marked
    real_kdf: those about the encryption itself."""
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(keys, "COST", CHEAP)


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


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KiB file system of its own (needs root and mount; skipped elsewhere)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a small file system here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the file system at `disk` to the last byte; the file that fills it (delete it to free it)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler
