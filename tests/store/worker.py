"""A separate process using the store, driven by the store tests.

worker.py crash STORE ID            load/append a note/save forever, print each acknowledged revision
worker.py forks STORE ID            per line read: fork a `crash` worker, print "pid PID", wait for
                                    it to be killed, print "gone" (no Python start-up per worker)
worker.py count STORE SHARED OWN N  N times: add a note to SHARED (retrying conflicts) and to OWN
worker.py bump STORE ID             load, add a note, save once
worker.py hold STORE [ID]           hold the store open (and the meeting, as a live meeting does), print "held", wait

An encrypted store's passphrase is read from the file named by the last argument, PASS.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from tui.domain.model import Meeting, Note, Side, Topic
from tui.store import ConflictError, MeetingNotFound, Store, open_store


def add_note(store: Store, meeting_id: str, text: str) -> Meeting:
    try:
        meeting = store.load(meeting_id)
    except MeetingNotFound:
        meeting = Meeting(employee="Anna", manager="Bert", date="2026-11-25", id=meeting_id, topics=[Topic("Werk", 10)])
    meeting.topics[0].notes.append(Note(text, Side.MANAGER, "2026-11-25T10:00:00+01:00"))
    store.save(meeting)
    return meeting


def main(mode: str, root: str, *args: str) -> None:
    if mode == "forks":
        for _ in sys.stdin:
            pid = os.fork()
            if pid == 0:
                try:
                    main("crash", root, *args)
                finally:
                    os._exit(1)  # only a kill should end it; never run the parent's loop
            print("pid", pid, flush=True)
            os.waitpid(pid, 0)
            print("gone", flush=True)  # after everything the worker printed
        return
    layout_key = Path(root) / "encryption.json"
    if layout_key.exists():
        *args, secret = args
        store = open_store(Path(root), passphrase=lambda _root: Path(secret).read_text())
    else:
        store = open_store(Path(root))
    if mode == "crash":
        while True:
            print(add_note(store, args[0], "crash").revision, flush=True)
    elif mode == "count":
        shared, own, count = args[0], args[1], int(args[2])
        for i in range(count):
            while True:
                try:
                    add_note(store, shared, f"{own}:{i}")
                    break
                except ConflictError:
                    continue  # someone else saved in between: reload and try again
            add_note(store, own, f"{own}:{i}")
    elif mode == "bump":
        add_note(store, args[0], "bump")
    elif mode == "hold":
        # With an id: that meeting held open as a live meeting does; without: only the store open.
        held = store.hold_open(args[0]) if args else True
        print("held" if held else "not held", flush=True)
        time.sleep(60)  # until killed


if __name__ == "__main__":
    main(*sys.argv[1:])
