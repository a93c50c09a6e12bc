"""Real processes: kill -9 at random moments, and two writers on one store."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.store import ConflictError, open_store

from .conftest import PASSPHRASE, encrypted_store, make_meeting, meeting_file, open_encrypted

WORKER = Path(__file__).with_name("worker.py")
KILLS = 50


def run_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, text=True)


def _kill_9_round(forks: subprocess.Popen[str], rng: random.Random) -> int:
    """A worker forked, killed at a random moment after its first save; its last acknowledged revision."""
    assert forks.stdin is not None and forks.stdout is not None
    forks.stdin.write("\n")
    forks.stdin.flush()
    pid, acknowledged = None, []
    try:
        while pid is None or not acknowledged:  # started and saved at least once
            line = forks.stdout.readline()
            assert line and line != "gone\n", "the worker died before it was killed"
            if line.startswith("pid "):
                pid = int(line.split()[1])
            else:
                acknowledged.append(int(line))
        time.sleep(rng.uniform(0, 0.03))  # the random moment of the kill
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
    while not (line := forks.stdout.readline()).endswith("gone\n"):
        assert line, "the fork server died"
        acknowledged.append(int(line))
    if line != "gone\n":  # killed while printing it: that save itself was done
        acknowledged.append(int(line.removesuffix("gone\n")))
    return acknowledged[-1]


def prepared(tmp_path, kind: str):
    """(root, worker arguments after the store's, open) for a store of `kind`, plain or encrypted."""
    root = tmp_path / "store"
    if kind == "plain":
        return root, [], open_store
    encrypted_store(root).close()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    secret.chmod(0o600)
    return root, [str(secret)], open_encrypted


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_kill_9_never_loses_an_acknowledged_save(tmp_path, kind):
    root, secret, opened = prepared(tmp_path, kind)
    rng = random.Random(20261125)
    acknowledged = 0
    # Each killed worker is a process of its own, forked from one that imported the store once:
    # a Python start-up per round was 0.14 s of CPU, most of the test.
    with subprocess.Popen(
        [sys.executable, str(WORKER), "forks", str(root), "crashtest", *secret],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as forks:
        for round_no in range(KILLS):
            acknowledged = _kill_9_round(forks, rng)
            store = opened(root)
            meeting = store.load("crashtest")
            # The last acknowledged save is there; at most one more (killed before it could print).
            assert meeting.revision in (acknowledged, acknowledged + 1), round_no
            assert len(meeting.topics[0].notes) == meeting.revision  # content matches the revision
            assert store.problems() == []
            bak = meeting_file(store, "crashtest").with_suffix(".json.bak")
            backup = json.loads(store.codec.read(bak))
            # Killed between keeping the .bak and the replace, the .bak equals the file.
            assert backup["meeting"]["1"]["revision"] in (meeting.revision - 1, meeting.revision)
    assert acknowledged >= KILLS


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_two_processes_lose_no_update(tmp_path, kind):
    root, secret, opened = prepared(tmp_path, kind)
    count = 60
    workers = [run_worker("count", str(root), "gedeeld", own, str(count), *secret) for own in ("eerste", "tweede")]
    for worker in workers:
        worker.communicate(timeout=120)
        assert worker.returncode == 0
    store = opened(root)
    shared = store.load("gedeeld")
    texts = [note.text for note in shared.topics[0].notes]
    expected = {f"{own}:{i}" for own in ("eerste", "tweede") for i in range(count)}
    assert sorted(texts) == sorted(expected)
    assert shared.revision == 2 * count
    for own in ("eerste", "tweede"):
        assert store.load(own).revision == count
    # Nothing damaged or exposed; the versions these saves refused are listed, as they should be.
    assert all("apart bewaard" in problem for problem in store.problems())


def test_save_from_another_process_makes_ours_a_conflict(tmp_path):
    store = open_store(tmp_path / "store")
    meeting = make_meeting()
    store.save(meeting)
    subprocess.run([sys.executable, str(WORKER), "bump", str(store.path), meeting.id], check=True)
    meeting.employee = "Mijn wijziging"
    with pytest.raises(ConflictError) as caught:
        store.save(meeting)
    assert json.loads(caught.value.rejected_copy.read_text())["employee"] == "Mijn wijziging"
    stored = store.load(meeting.id)
    assert (stored.revision, stored.topics[0].notes[-1].text) == (2, "bump")


def test_lock_held_by_another_process_is_a_clear_write_error(tmp_path, monkeypatch):
    """A save that cannot get the meeting's lock says the store is busy, naming the lock."""
    from tui.store import WriteError
    from tui.store import store as store_module

    store = open_store(tmp_path / "store")
    meeting = make_meeting()
    store.save(meeting)
    lock_file = store.path / "locks" / f"{meeting.id}.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, filelock\n"
         "with filelock.FileLock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(30)\n", str(lock_file)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.3)
        with pytest.raises(WriteError) as error:
            store.save(meeting)
        assert str(lock_file) in str(error.value)
    finally:
        holder.kill()
        holder.wait()
