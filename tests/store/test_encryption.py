"""The encrypted store: every file with conversation text sealed at rest, opened with the
passphrase once, and otherwise the same store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.domain.model import Note, Side
from tui.store import StoreError, convert, open_store, rescue
from tui.store.keys import WrongPassphrase
from tui.store.sealing import MAGIC

from .conftest import CHEAP, PASSPHRASE, encrypted_store, make_meeting, meeting_file, open_encrypted, plant

WORD = "Zwanenbloemveld"  # in a note of every kind of file below, and nowhere else
NAME = "Quirijn Vlasblom"
WORKER = Path(__file__).with_name("worker.py")


@pytest.fixture(autouse=True)
def _rescue_places(tmp_path, monkeypatch):
    places = [tmp_path / "rescued"]
    monkeypatch.setattr(rescue, "places", lambda: places)
    return places


def _full_store(root: Path):
    """A plain store with WORD in a meeting, its .bak, a version kept apart, a clock checkpoint,
    index.json, the search index, agendas.json and a rescued version."""
    store = open_store(root)
    meeting = make_meeting(NAME)
    meeting.topics[0].notes.append(Note(f"Het {WORD} project", Side.EMPLOYEE, "2026-11-25T10:05:00+01:00"))
    store.save(meeting)
    stale = store.load(meeting.id)
    store.save(meeting)  # .bak holds WORD too
    stale.topics[0].draft = f"nog over {WORD}"
    with pytest.raises(StoreError):
        store.save(stale)  # conflicts/
    for i in range(40):  # enough for index.json to be written
        store.save(make_meeting(f"Collega {i}"))
    store.save_clock({"revision": meeting.revision, "topic": 0, "spent": [5]}, meeting.id)
    store.list()
    assert store.search.view().search(WORD.lower()).hits
    store.agenda_cache.put(root / "agenda.md", b"# agenda", "agenda", "nl", _agenda())
    store.rescue({**meeting.to_dict(), "revision": meeting.revision})
    store.close()
    return meeting


def _agenda():
    from tui.services.agendas import load_agenda

    return load_agenda("functioneringsgesprek", "nl")


def _files_holding(text: bytes, *roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for folder, _, names in os.walk(root):
            found += [Path(folder, n) for n in names if text in Path(folder, n).read_bytes()]
    return found


def _contents(root: Path) -> dict[str, bytes]:
    """Every file's bytes, but the lock files (taking a lock creates its empty file)."""
    return {
        str(Path(folder, name)): Path(folder, name).read_bytes()
        for folder, _, names in os.walk(root)
        if Path(folder).name != "locks"
        for name in names
    }


def test_after_encrypt_no_file_holds_a_word_or_name_of_a_meeting(tmp_path, _rescue_places):
    root = tmp_path / "store"
    meeting = _full_store(root)
    for text in (WORD, NAME):
        assert _files_holding(text.encode(), root, *_rescue_places)  # the test sees them while plain
    store = open_store(root)
    count = convert.encrypt(store, PASSPHRASE, CHEAP)
    store.close()
    assert count >= 45
    for text in (WORD, NAME, WORD.lower(), "Werkplezier"):
        assert _files_holding(text.encode(), root, *_rescue_places) == [], text
    store = open_encrypted(root)
    assert store.load(meeting.id).to_dict() == meeting.to_dict()
    assert len(store.list()) == 41
    [hit] = store.search.view().search(WORD.lower()).hits
    assert hit.meeting_id == meeting.id
    [copy] = store.conflict_copies()[meeting.id]
    assert WORD in store.load_conflict_copy(copy).topics[0].draft
    assert len(store.problems()) == 2  # the version kept apart and the rescued one, no damage
    [message] = store.take_back_rescued()
    assert "teruggezet" in message  # the sealed rescued version opened and went home
    encryption = json.loads((root / "encryption.json").read_text())
    assert encryption["state"] == "encrypted" and encryption["kdf"]["name"] == "scrypt"
    assert PASSPHRASE not in (root / "encryption.json").read_text()
    assert oct((root / "encryption.json").stat().st_mode & 0o777) == oct(0o600)


def test_decrypt_brings_every_file_back_plain(tmp_path, _rescue_places):
    root = tmp_path / "store"
    meeting = _full_store(root)
    encrypted_store(root).close()
    assert convert.decrypt(open_encrypted(root)) >= 45
    assert not (root / "encryption.json").exists() and not (root / "encryption.json.bak").exists()
    assert WORD in json.loads(meeting_file(open_store(root), meeting.id).read_text())["meeting"]["1"]["topics"][0][
        "notes"
    ][-1]["text"]
    assert not _files_holding(MAGIC, root, *_rescue_places)
    store = open_store(root)  # no passphrase asked
    assert store.load(meeting.id).to_dict() == meeting.to_dict()
    assert store.search.view().search(WORD.lower()).hits


def test_a_save_in_an_encrypted_store_is_sealed_and_opens_in_another_process(tmp_path):
    store = encrypted_store(tmp_path / "store")
    meeting = make_meeting()
    store.save(meeting)
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    assert path.read_bytes().startswith(MAGIC)
    assert path.with_suffix(".json.bak").read_bytes().startswith(MAGIC)
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE)
    subprocess.run([sys.executable, str(WORKER), "bump", str(store.path), meeting.id, str(passphrase_file)], check=True)
    assert store.load(meeting.id).topics[0].notes[-1].text == "bump"


def test_the_passphrase_is_asked_once_and_only_for_an_encrypted_store(tmp_path):
    root = tmp_path / "store"
    asked = []

    def passphrase(at):
        asked.append(at)
        return PASSPHRASE

    plain = open_store(root, passphrase=passphrase)
    plain.save(make_meeting())
    assert asked == []
    plain.close()
    encrypted_store(root).close()
    store = open_store(root, passphrase=passphrase)
    meeting = make_meeting("Tweede")
    store.save(meeting)
    store.list()
    store.load(meeting.id)
    store.search.view().search("goed")
    assert asked == [root]


def test_a_wrong_passphrase_is_told_and_changes_nothing(tmp_path):
    root = tmp_path / "store"
    store = encrypted_store(root)
    store.save(make_meeting())
    store.list()
    store.close()
    before = _contents(root)
    with pytest.raises(WrongPassphrase) as error:
        open_store(root, passphrase=lambda _root: "niet de goede zin")
    assert "Verkeerde wachtwoordzin" in str(error.value) and "niets" in str(error.value)
    assert _contents(root) == before


def test_an_encrypted_store_does_not_open_without_a_passphrase(tmp_path):
    encrypted_store(tmp_path / "store")
    with pytest.raises(StoreError, match="wachtwoordzin"):
        open_store(tmp_path / "store")


def test_a_damaged_encryption_json_is_told_apart_from_a_wrong_passphrase(tmp_path):
    root = tmp_path / "store"
    encrypted_store(root)
    (root / "encryption.json").write_text('{"format": "gesprek-encryption", "kdf": ')
    with pytest.raises(StoreError) as error:
        open_encrypted(root)
    assert not isinstance(error.value, WrongPassphrase)
    assert "encryption.json is beschadigd" in str(error.value) and "encryption.json.bak" in str(error.value)


def test_a_sealed_file_does_not_open_in_another_meetings_place(tmp_path):
    store = encrypted_store(tmp_path / "store")
    first, second = make_meeting("Eerste"), make_meeting("Tweede")
    store.save(first)
    store.save(second)
    meeting_file(store, second.id).write_bytes(meeting_file(store, first.id).read_bytes())
    assert store.load(first.id).employee == "Eerste"
    [problem] = store.problems()
    assert str(meeting_file(store, second.id)) in problem and "gaat niet open" in problem
    assert "Tweede" not in [s.employee for s in store.list()]


def test_a_changed_byte_is_found(tmp_path):
    store = encrypted_store(tmp_path / "store")
    meeting = make_meeting()
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="gaat niet open"):
        store.load(meeting.id)


def test_a_store_half_way_reads_both_forms_and_says_so(tmp_path):
    root = tmp_path / "store"
    store = open_store(root)
    plain, sealed = make_meeting("Leesbaar"), make_meeting("Versleuteld")
    store.save(plain)
    store.close()
    store = encrypted_store(root)
    store.save(sealed)
    meeting_file(store, plain.id).write_bytes(
        json.dumps({"meeting": {"1": store.load(plain.id).to_dict()}}).encode()
    )  # as if encrypt had not come to it yet
    (root / "encryption.json").write_text((root / "encryption.json").read_text().replace('"encrypted"', '"encrypting"'))
    store.close()
    store = open_encrypted(root)
    assert {s.employee for s in store.list()} == {"Leesbaar", "Versleuteld"}
    [warning] = store.warnings()
    assert "onderbroken" in warning and "gesprek encrypt" in warning
    convert.encrypt(store, None)
    assert meeting_file(store, plain.id).read_bytes().startswith(MAGIC)
    assert store.warnings() == []


def test_a_sealed_file_in_a_plain_store_is_reported_as_encrypted(tmp_path):
    sealed = encrypted_store(tmp_path / "sealed")
    meeting = make_meeting()
    sealed.save(meeting)
    plain = open_store(tmp_path / "plain")
    target = meeting_file(plain, meeting.id)
    target.write_bytes(meeting_file(sealed, meeting.id).read_bytes())
    target.chmod(0o600)
    [problem] = plain.problems()
    assert "versleuteld" in problem and "encryption.json" in problem


def test_encrypt_is_refused_while_another_process_has_the_store_open(tmp_path):
    root = tmp_path / "store"
    store = open_store(root)
    store.save(make_meeting())
    holder = subprocess.Popen([sys.executable, str(WORKER), "hold", str(root)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        before = _contents(root)
        with pytest.raises(StoreError, match="open in een ander proces"):
            convert.encrypt(store, PASSPHRASE, CHEAP)
        assert _contents(root) == before
    finally:
        holder.kill()
        holder.wait()
    convert.encrypt(store, PASSPHRASE, CHEAP)  # the holder is gone: now it can


def test_the_store_does_not_open_while_it_is_being_converted(tmp_path):
    store = open_store(tmp_path / "store")
    with store.alone():
        opened = subprocess.run(
            [sys.executable, str(WORKER), "hold", str(store.path)], capture_output=True, text=True, timeout=60
        )
    assert opened.returncode != 0 and "wordt nu versleuteld of ontsleuteld" in opened.stderr


def test_decrypt_keeps_the_key_while_a_sealed_file_does_not_open(tmp_path):
    root = tmp_path / "store"
    store = encrypted_store(root)
    meeting = make_meeting()
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    path.write_bytes(path.read_bytes()[:-1] + b"!")
    with pytest.raises(convert.Unopened, match="blijft versleuteld"):
        convert.decrypt(store)
    assert (root / "encryption.json").exists()
    store.close()
    assert "ontsleutelen" in open_encrypted(root).warnings()[0]


def test_a_plain_file_in_an_encrypted_store_is_refused_by_name(tmp_path):
    """Anyone who can write in the folder, or a leftover from before, could put a plain file
    there: the encrypted store does not trust it, and says which file it is."""
    root = tmp_path / "store"
    store = encrypted_store(root)
    own = make_meeting("Eigen")
    store.save(own)
    planted = make_meeting("Ingeschoven")
    path = meeting_file(store, planted.id)
    plant(path, json.dumps({"meeting": {"1": {**planted.to_dict(), "revision": 1}}}).encode())
    copy = root / "conflicts" / f"{own.id}-20261125T100000Z.json"
    plant(copy, json.dumps({**own.to_dict(), "employee": "Ingeschoven"}).encode())
    assert [s.employee for s in store.list()] == ["Eigen"]
    with pytest.raises(StoreError, match="niet versleuteld") as error:
        store.load(planted.id)
    assert str(path) in str(error.value)
    with pytest.raises(StoreError, match="niet versleuteld"):
        store.load_conflict_copy(copy)
    assert any(str(path) in problem and "niet versleuteld" in problem for problem in store.problems())
    assert convert.encrypt(store, None) == 0  # run again, it takes in no plain file either
    assert not path.read_bytes().startswith(MAGIC)
    store.close()
    reopened = open_encrypted(root)  # nor does another process
    assert [s.employee for s in reopened.list()] == ["Eigen"]
    convert.decrypt(reopened)  # turning the store over does read it: the user's own way to take it in
    assert {s.employee for s in reopened.list()} == {"Eigen", "Ingeschoven"}


def test_after_encrypt_and_decrypt_the_start_screen_still_has_its_first_rows_at_once(tmp_path):
    # recent.json knows the meetings folder's time, which the conversion's rewrites change: it is
    # kept current, or the first start after it would read every meeting before showing any.
    root = tmp_path / "store"
    store = open_store(root)
    for n in range(3):
        store.save(make_meeting(f"Medewerker {n}"))
    store.sync_index()
    assert store.recent() is not None
    store.close()
    encrypted_store(root).close()
    encrypted = open_encrypted(root)
    assert encrypted.recent() is not None
    convert.decrypt(encrypted)
    encrypted.close()
    assert open_store(root).recent() is not None


def test_a_plain_recent_json_from_before_is_sealed_by_encrypt_again_and_dropped_by_the_app(tmp_path):
    # Before recent.json was sealed, an encrypted store kept it plain: names and dates in the clear.
    root = tmp_path / "store"
    store = open_store(root)
    store.save(make_meeting("Karim Geheim"))
    store.sync_index()
    plain_recent = (root / "recent.json").read_bytes()
    store.close()
    encrypted_store(root).close()
    (root / "recent.json").write_bytes(plain_recent)
    again = open_encrypted(root)
    convert.encrypt(again, None)
    assert b"Karim" not in (root / "recent.json").read_bytes()
    assert again.recent() is not None
    again.close()
    (root / "recent.json").write_bytes(plain_recent)
    app_side = open_encrypted(root)
    assert app_side.recent() is None and not (root / "recent.json").exists()
    app_side.sync_index()
    assert b"Karim" not in (root / "recent.json").read_bytes() and app_side.recent() is not None
