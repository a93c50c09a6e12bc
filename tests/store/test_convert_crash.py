"""kill -9 at any moment of `gesprek encrypt` or `gesprek decrypt`: the store opens, plain or
encrypted, with every meeting as it was."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tui.domain.model import Note, Side
from tui.store import open_store
from tui.store.sealing import MAGIC

from ..cheap_kdf import GESPREK
from .conftest import PASSPHRASE, make_meeting, meeting_file, open_encrypted

MEETINGS = 150
ROUNDS = 24
WORD = "Grutto"


def _gesprek(root: Path, secret: Path, command: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GESPREK_")}
    env.update({"GESPREK_STORE": str(root), "GESPREK_PASSPHRASE_FILE": str(secret), "GESPREK_LANG": "nl"})
    # At a cheap scrypt cost: what is under test is turning the files over, not deriving the key.
    return subprocess.Popen([*GESPREK, command], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _timed(root: Path, secret: Path, command: str) -> float:
    started = time.monotonic()
    child = _gesprek(root, secret, command)
    assert child.wait(timeout=120) == 0, child.stderr.read()
    return time.monotonic() - started


def _state(root: Path) -> str:
    """plain, or the state encryption.json gives: encrypting, encrypted, decrypting."""
    try:
        return json.loads((root / "encryption.json").read_text())["state"]
    except FileNotFoundError:
        return "plain"


def _mixed(root: Path) -> bool:
    """Whether some meeting files are sealed and others not."""
    sealed = set()
    for path in (root / "meetings").iterdir():
        if not path.name.startswith("."):
            # Only the start of each: polled every few ms while a child turns the files over.
            with path.open("rb") as file:
                sealed.add(file.read(len(MAGIC)) == MAGIC)
            if len(sealed) == 2:
                return True
    return False


def _check(root: Path, expected: dict[str, dict]) -> None:
    """The store opens as it is now, every meeting loads as it was, no file is damaged."""
    encrypted = (root / "encryption.json").exists()
    store = open_encrypted(root) if encrypted else open_store(root)
    try:
        assert {s.id for s in store.list()} == set(expected)
        for meeting_id, record in expected.items():
            assert store.load(meeting_id).to_dict() == record
        assert store.damaged() == []
        [[copy]] = store.conflict_copies().values()
        assert store.load_conflict_copy(copy).employee == "Apart bewaard"
    finally:
        store.close()


@pytest.mark.slow
def test_kill_9_during_encrypt_and_decrypt_loses_nothing(tmp_path):
    root = tmp_path / "store"
    secret = tmp_path / "geheim"
    secret.write_text(PASSPHRASE)
    secret.chmod(0o600)
    store = open_store(root)
    for i in range(MEETINGS):
        meeting = make_meeting(f"Medewerker {i}")
        meeting.topics[0].notes.append(Note(f"{WORD} {i}", Side.MANAGER, "2026-11-25T10:00:00+01:00"))
        store.save(meeting)
        store.save(meeting)  # and a .bak
    store.write_conflict_copy({**make_meeting("Apart bewaard").to_dict(), "id": meeting.id})
    store.save_clock({"revision": meeting.revision, "topic": 0, "spent": [1]}, meeting.id)
    store.list()
    store.search.view()
    expected = {s.id: store.load(s.id).to_dict() for s in store.list()}
    store.close()

    durations = {"encrypt": _timed(root, secret, "encrypt"), "decrypt": _timed(root, secret, "decrypt")}
    rng = random.Random(20261125)
    halfway = mixed = 0
    for round_no in range(ROUNDS):
        # Go on with what is under way, else turn the store the other way.
        command = "encrypt" if _state(root) in ("plain", "encrypting") else "decrypt"
        child = _gesprek(root, secret, command)
        if round_no % 2:
            # Every other kill waits for files of both forms, however busy the machine is.
            deadline = time.monotonic() + 2 * durations[command] + 5
            while not _mixed(root) and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
        else:
            time.sleep(rng.uniform(0, durations[command]))
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) in (0, -signal.SIGKILL), child.stderr.read()
        halfway += _state(root) in ("encrypting", "decrypting")
        mixed += _mixed(root)
        _check(root, expected)
    # Most kills land while the store is being turned over (a third with files of both forms).
    print(f"{ROUNDS} kills: {halfway} half-way, {mixed} with meeting files of both forms; {durations}")
    assert halfway >= ROUNDS // 2 and mixed >= ROUNDS // 4, (halfway, mixed)

    # Finished: nothing holds the word; decrypted again: the meeting files do.
    if _state(root) != "plain":
        assert _timed(root, secret, "decrypt") > 0
    assert _timed(root, secret, "encrypt") > 0
    for folder, _, names in os.walk(root):
        for name in names:
            assert WORD.encode() not in Path(folder, name).read_bytes(), name
    assert _timed(root, secret, "decrypt") > 0
    assert WORD.encode() in meeting_file(open_store(root), meeting.id).read_bytes()
    _check(root, expected)
