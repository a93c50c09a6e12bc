"""Fixtures for the whole suite."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

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
