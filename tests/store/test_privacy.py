"""Folders 0700 and files 0600 whatever the umask; loose permissions are reported with the fix."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.store import Autosaver, ConflictError, open_store

from .conftest import make_meeting, meeting_file


@pytest.fixture
def open_umask():
    previous = os.umask(0o000)
    yield
    os.umask(previous)


def _modes(root: Path) -> dict[str, int]:
    found = {str(root): stat.S_IMODE(root.stat().st_mode)}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            found[str(path)] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_everything_is_private_under_umask_000(tmp_path, open_umask):
    store = open_store(tmp_path / "nieuw" / "diep" / "store")
    meeting = make_meeting()
    store.save(meeting)
    stale = store.load(meeting.id)
    store.save(meeting)  # .bak
    with pytest.raises(ConflictError):
        store.save(stale)  # conflicts/
    saver = Autosaver(store, lambda status: None)
    saver.submit(meeting)
    assert saver.close()
    store.list()  # index.json
    modes = _modes(tmp_path / "nieuw")
    kinds = {Path(p).suffix or Path(p).name for p in modes}
    assert {".json", ".bak", ".lock"} <= kinds
    for path, mode in modes.items():
        expected = 0o700 if Path(path).is_dir() else 0o600
        assert mode == expected, f"{path} has {mode:o}"
    # Nothing damaged or exposed; the versions these saves refused are listed, as they should be.
    assert all("apart bewaard" in problem for problem in store.problems())


def test_open_folder_is_reported_with_chmod(store):
    store.path.chmod(0o755)
    (store.path / "meetings").chmod(0o750)
    problems = store.problems()
    assert len(problems) == 2
    assert all(f"chmod -R go-rwx {store.path}" in p for p in problems)
    assert str(store.path) in problems[0] and "755" in problems[0]
    assert str(store.path / "meetings") in problems[1] and "750" in problems[1]


def test_readable_files_are_reported_with_chmod(store):
    meetings = [make_meeting(f"M{i}") for i in range(3)]
    for meeting in meetings:
        store.save(meeting)
    for meeting in meetings[:2]:
        meeting_file(store, meeting.id).chmod(0o644)
    (problem,) = store.problems()
    assert problem.startswith("2 ") and f"chmod -R go-rwx {store.path}" in problem
    os.system(f"chmod -R go-rwx {store.path}")
    assert store.problems() == []


def test_existing_folder_permissions_are_not_changed(tmp_path):
    root = tmp_path / "store"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    open_store(root)
    assert stat.S_IMODE(root.stat().st_mode) == 0o755
