"""Her outbox is personal data like every other file of her store: sealed when the store is
encrypted, turned by encrypt and decrypt, private, and checked by `gesprek check`."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from tui.seats.outbox import Outbox
from tui.seats.protocol import FROM_GUEST, GUEST_LIMIT, decode, encode
from tui.store import WriteError, convert, open_store
from tui.store.erase import files_of
from tui.store.paths import Layout
from tui.store.sealing import MAGIC

from ..store.conftest import CHEAP, PASSPHRASE, encrypted_store, open_encrypted
from ..ui.scenes import planned_meeting

WORD = "Zwanenbloemveld"


def _outbox_with_a_point(store, meeting_id: str) -> Outbox:
    outbox = Outbox(store.codec, meeting_id)
    outbox.add(decode(encode("point", id="p1", topic=-1, title="", text=f"Het {WORD} project"), FROM_GUEST, GUEST_LIMIT))
    outbox.state = planned_meeting(meeting_id).to_dict()
    outbox.save(outbox.snapshot())
    return outbox


def test_in_an_encrypted_store_her_outbox_is_sealed(tmp_path):
    store = encrypted_store(tmp_path / "store")
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    raw = outbox.path.read_bytes()
    assert raw.startswith(MAGIC) and WORD.encode() not in raw and b"Sanne" not in raw
    again = Outbox(store.codec, "a1b2c3d4e5f6")
    assert [item["text"] for item in again.items] == [f"Het {WORD} project"]
    assert again.state["employee"] == "Sanne de Vries"
    assert stat.S_IMODE(outbox.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(outbox.path.parent.stat().st_mode) == 0o700


def test_encrypt_and_decrypt_turn_her_outbox_too(tmp_path):
    root = tmp_path / "store"
    store = open_store(root)
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    assert WORD.encode() in outbox.path.read_bytes()
    assert convert.encrypt(store, PASSPHRASE, CHEAP) >= 1
    store.close()
    assert WORD.encode() not in outbox.path.read_bytes()
    store = open_encrypted(root)
    assert [item["id"] for item in Outbox(store.codec, "a1b2c3d4e5f6").items] == ["p1"]
    convert.decrypt(store)
    store.close()
    assert WORD.encode() in outbox.path.read_bytes()
    assert [item["id"] for item in Outbox(open_store(root).codec, "a1b2c3d4e5f6").items] == ["p1"]


def test_a_store_made_now_has_its_seats_folder_private_and_checked(tmp_path):
    store = open_store(tmp_path / "store")
    folder = store.path / "seats"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    os.chmod(outbox.path, 0o644)
    os.chmod(folder, 0o755)
    problems = store.permission_problems()
    assert any(str(folder) in p and "755" in p for p in problems)
    assert any(str(outbox.path) in p for p in problems)



def test_an_outbox_that_does_not_load_is_set_aside_not_overwritten(tmp_path):
    store = open_store(tmp_path / "store")
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    damaged = outbox.path.read_bytes()[:-7]  # cut short: no longer JSON, her point still in it
    outbox.path.write_bytes(damaged)
    again = Outbox(store.codec, "a1b2c3d4e5f6")
    assert again.items == [] and again.set_aside is not None
    assert again.set_aside.read_bytes() == damaged
    again.draft = "verder"
    again.save(again.snapshot())  # her seat goes on; what was set aside stays as it was
    assert again.set_aside.read_bytes() == damaged
    assert Outbox(store.codec, "a1b2c3d4e5f6").draft == "verder"
    # Deleting the meeting takes what was set aside too.
    assert again.set_aside in files_of(Layout(store.path), ["a1b2c3d4e5f6"])["a1b2c3d4e5f6"]


def test_a_plain_outbox_from_before_in_an_encrypted_store_is_read_and_sealed(tmp_path):
    # Her outbox bypassed the codec until this version: one written plain is hers, not damage.
    written_before = _outbox_with_a_point(open_store(tmp_path / "old"), "a1b2c3d4e5f6").path.read_bytes()
    store = encrypted_store(tmp_path / "store")
    path = Outbox(store.codec, "a1b2c3d4e5f6").path
    path.parent.mkdir(mode=0o700, exist_ok=True)
    path.write_bytes(written_before)
    assert [item["text"] for item in Outbox(store.codec, "a1b2c3d4e5f6").items] == [f"Het {WORD} project"]
    raw = path.read_bytes()
    assert raw.startswith(MAGIC) and WORD.encode() not in raw
    assert not list(path.parent.glob("*.damaged-*"))


def test_an_outbox_that_cannot_be_read_now_is_left_and_never_saved_over(tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    before = outbox.path.read_bytes()

    def busy(path):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(store.codec, "read_json", busy)
    again = Outbox(store.codec, "a1b2c3d4e5f6")
    assert again.set_aside is None and again.items == []
    again.draft = "nieuw"
    with pytest.raises(WriteError):
        again.save(again.snapshot())
    assert outbox.path.read_bytes() == before


def test_a_damaged_outbox_that_cannot_be_moved_aside_is_not_saved_over(tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    outbox = _outbox_with_a_point(store, "a1b2c3d4e5f6")
    damaged = outbox.path.read_bytes()[:-7]
    outbox.path.write_bytes(damaged)

    def refused(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tui.seats.outbox.os.rename", refused)
    again = Outbox(store.codec, "a1b2c3d4e5f6")
    assert again.set_aside is None
    with pytest.raises(WriteError):
        again.save(again.snapshot())
    assert outbox.path.read_bytes() == damaged
