"""A store folder someone else owns or may write in is refused; loose modes are repaired on rewrite."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.store import StoreError, open_store

from .conftest import make_meeting, meeting_file

OTHER_UID = 65534  # nobody


def _give_away(path: Path) -> None:
    try:
        os.chown(path, OTHER_UID, -1)
    except PermissionError:
        pytest.skip("changing a folder's owner needs root")


@pytest.mark.parametrize("folder", ["", "meetings", "locks", "conflicts"])
def test_a_folder_others_may_write_in_is_refused(tmp_path, folder):
    root = tmp_path / "store"
    open_store(root)
    (root / folder).chmod(0o777)
    with pytest.raises(StoreError) as refused:
        open_store(root)
    message = str(refused.value)
    assert str(root / folder) in message and "777" in message and f"chmod -R go-rwx {root}" in message


def test_a_shared_tmp_style_folder_is_refused_before_anything_is_made_in_it(tmp_path):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    shared.chmod(0o1777)
    with pytest.raises(StoreError):
        open_store(shared)
    assert list(shared.iterdir()) == []


@pytest.mark.parametrize("folder", ["", "meetings"])
def test_a_folder_of_another_user_is_refused(tmp_path, folder):
    root = tmp_path / "store"
    open_store(root)
    _give_away(root / folder)
    with pytest.raises(StoreError) as refused:
        open_store(root)
    message = str(refused.value)
    assert str(root / folder) in message and str(OTHER_UID) in message and "--store" in message


def test_a_folder_others_may_only_read_opens_and_is_reported(tmp_path):
    root = tmp_path / "store"
    open_store(root)
    root.chmod(0o755)
    assert len(open_store(root).permission_problems()) == 1


def test_a_rewrite_makes_the_file_and_its_backup_private(store):
    meeting = make_meeting()
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    path.chmod(0o644)
    store.save(meeting)  # the 0644 file becomes the .bak
    for file in (path, path.with_name(path.name + ".bak")):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert store.problems() == []
