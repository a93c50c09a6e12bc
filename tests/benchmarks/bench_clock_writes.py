"""Disk writes while the clock runs and nothing is typed, in the real app under a pty.

Run: .venv/bin/python tests/benchmarks/bench_clock_writes.py [--seconds 30]
Not part of the pytest run. For a small meeting (the default agenda) and a large one (300
notes and a long draft, ~270 KB), it resumes the meeting in `gesprek`, starts the clock and
then reads the app's /proc/<pid>/io over the window: `write_bytes`, what the kernel sent to
storage for it (in whole 4 KiB pages): the disk writes. Target: at most 1 KiB/s, whatever the
meeting's size. `wchar` (all bytes handed to write calls, the terminal's screen updates
included) is printed beside it for scale.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.ui.scenes import planned_meeting  # noqa: E402
from tests.ui.terminal import Terminal  # noqa: E402
from tui.domain.model import Note, Side, Status  # noqa: E402
from tui.store import open_store  # noqa: E402

TARGET = 1024  # bytes per second
SENTENCE = "De werkdruk piekte in oktober; we spreken af eerder aan de bel te trekken. "


def io_counters(pid: int) -> dict[str, int]:
    fields = dict(line.split(": ") for line in Path(f"/proc/{pid}/io").read_text().splitlines())
    return {name: int(value) for name, value in fields.items()}


def store_with(folder: Path, large: bool) -> Path:
    store_dir = folder / "store"
    store = open_store(store_dir)
    meeting = planned_meeting()
    meeting.status = Status.PAUSED
    if large:
        for i in range(300):
            topic = meeting.topics[i % len(meeting.topics)]
            topic.notes.append(Note(f"{i}: " + SENTENCE * 10, Side.MANAGER, "2026-11-25T10:00:00+01:00"))
        meeting.topics[0].draft = SENTENCE * 400
    store.save(meeting)
    return store_dir


def measure(large: bool, seconds: float) -> tuple[int, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        store_dir = store_with(Path(folder), large)
        size = next((store_dir / "meetings").glob("*.json")).stat().st_size
        env = {**os.environ, "HOME": folder, "TERM": "xterm-256color", "GESPREK_STORE": str(store_dir)}
        env.pop("GESPREK_LANG", None)
        term = Terminal([sys.executable, "-m", "tui"], env)
        try:
            term.wait_for(b"Sanne")
            term.type(b"\r")  # resume the meeting
            term.wait_for(b"GEPAUZEERD")
            term.type(b"\x07")  # ctrl+g: the clock runs
            term.wait_for(b"LOOPT")
            time.sleep(3)  # past the save of the start itself
            before, start = io_counters(term.process.pid), time.monotonic()
            time.sleep(seconds)
            after, elapsed = io_counters(term.process.pid), time.monotonic() - start
        finally:
            term.close()
    return size, (after["wchar"] - before["wchar"]) / elapsed, (after["write_bytes"] - before["write_bytes"]) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    worst = 0.0
    print(f"{'meeting':8} {'file':>9} {'to disk':>12} {'all writes':>14}   ({args.seconds:g} s, clock running, nothing typed)")
    for label, large in (("small", False), ("large", True)):
        size, wchar, written = measure(large, args.seconds)
        worst = max(worst, written)
        print(f"{label:8} {size / 1024:7.1f} KB {written:8.0f} B/s {wchar:10.0f} B/s")
    verdict = "PASS" if worst <= TARGET else "FAIL"
    print(f"target <= {TARGET} B/s whatever the size: worst {worst:.0f} B/s -> {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
