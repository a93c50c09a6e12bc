"""Crash campaign: type into a live meeting under a pty and kill -9 the app at a random moment,
many times; then count stores that do not load and how much of what was typed was lost.

Run: .venv/bin/python tests/benchmarks/crash_campaign.py [--rounds 60] [--seed 1] [--encrypted]
Not part of the pytest run. Each round starts `gesprek new` on a fresh store, starts the clock,
types one character every 50 ms (a fast typist) and sends SIGKILL after 1.5 to 6 s. The
promise: every store loads, and at most ~2 s of typing is lost (~40 characters at this pace).
--encrypted: each store is encrypted first (the passphrase from GESPREK_PASSPHRASE_FILE), and the
promise is the same.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.ui.terminal import new_meeting  # noqa: E402
from tui.store import StoreError, convert, open_store  # noqa: E402

TEXT = "Zij wil volgend jaar meer klantcontact en een cursus presenteren volgen. " * 4
PACE = 0.05  # seconds per character


PASSPHRASE = "crash campaign passphrase"


def one_round(rng: random.Random, encrypted: bool) -> tuple[bool, int, float]:
    """(the store loads, characters lost, seconds of typing lost)."""
    with tempfile.TemporaryDirectory() as folder:
        passphrase = None
        if encrypted:
            passphrase = PASSPHRASE
            secret = Path(folder) / "passphrase"
            secret.write_text(PASSPHRASE)
            secret.chmod(0o600)
            os.environ["GESPREK_PASSPHRASE_FILE"] = str(secret)
            store = open_store(Path(folder) / "store")
            convert.encrypt(store, PASSPHRASE)
            store.close()
        term, store_dir = new_meeting(Path(folder))
        typed = 0
        try:
            term.wait_for(b"Opening")
            term.type(b"\x07")  # ctrl+g: the clock runs
            term.wait_for(b"LOOPT")
            kill_at = time.monotonic() + rng.uniform(1.5, 6.0)
            while time.monotonic() < kill_at:
                term.type(TEXT[typed].encode())
                typed += 1
                time.sleep(PACE)
            term.process.send_signal(signal.SIGKILL)
            term.process.wait(timeout=10)
        finally:
            term.close()
        try:
            store = open_store(store_dir, passphrase=(lambda _root: passphrase) if passphrase else None)
            summaries = store.list()
            if store.problems() or len(summaries) != 1:
                return False, typed, typed * PACE
            draft = store.load(summaries[0].id).topics[0].draft
        except StoreError:
            return False, typed, typed * PACE
        if not TEXT[:typed].startswith(draft):
            return False, typed, typed * PACE  # what is on disk is not what was typed
        lost = typed - len(draft)
        return True, lost, lost * PACE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encrypted", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = [one_round(rng, args.encrypted) for _ in range(args.rounds)]
    broken = sum(not loads for loads, _, _ in results)
    lost = [chars for _, chars, _ in results]
    seconds = [s for _, _, s in results]
    kind = "encrypted" if args.encrypted else "plain"
    print(f"{args.rounds} kill -9 while typing ({kind} store): {broken} stores that do not load or differ from what was typed")
    print(f"characters lost: median {statistics.median(lost):.0f}, max {max(lost)} "
          f"(= {max(seconds):.2f} s of typing at {1 / PACE:.0f} characters/s)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
