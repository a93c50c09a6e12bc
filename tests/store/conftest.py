from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.domain.model import Agreement, Meeting, Note, Side, Topic
from tui.store import Store, convert, open_store

from ..cheap_kdf import CHEAP

PASSPHRASE = "lange zin met spaties en een ë"


def make_meeting(employee: str = "Anna de Vries", date: str = "2026-11-25", notes: int = 1) -> Meeting:
    topic = Topic(
        "Werkplezier",
        10,
        notes=[
            Note(f"Aantekening {i}: het gaat goed", Side.EMPLOYEE, "2026-11-25T10:00:00+01:00") for i in range(notes)
        ],
    )
    return Meeting(
        employee=employee, manager="Bert Jansen", date=date, topics=[topic], agreements=[Agreement("Cursus")]
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "store")


def open_encrypted(root: Path) -> Store:
    """The encrypted store at `root`, opened with PASSPHRASE."""
    return open_store(root, passphrase=lambda _root: PASSPHRASE)


def encrypted_store(root: Path) -> Store:
    """A new (or plain) store at `root`, encrypted with PASSPHRASE at the CHEAP cost (no other
    Store of it may be open)."""
    store = open_store(root)
    convert.encrypt(store, PASSPHRASE, CHEAP)
    return store


@pytest.fixture(params=["plain", "encrypted"])
def any_store(request, tmp_path: Path) -> Store:
    """A store of each kind: what holds for a plain store holds for an encrypted one."""
    root = tmp_path / "store"
    return encrypted_store(root) if request.param == "encrypted" else open_store(root)


def meeting_file(store: Store, meeting_id: str) -> Path:
    return store.path / "meetings" / f"{meeting_id}.json"


def plant(path: Path, data: bytes) -> None:
    """Put a file in the store by hand, private like the store's own files."""
    path.write_bytes(data)
    path.chmod(0o600)


def failing_write(code: int) -> Callable[[int, bytes], None]:
    """A stand-in for atomic._write_all that fails like a full disk or read-only folder would."""

    def write(fd: int, data: bytes) -> None:
        raise OSError(code, os.strerror(code))

    return write
