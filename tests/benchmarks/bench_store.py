"""Store benchmark: save cost at 10 vs 10,000 meetings, list() and startup at 10,000.

Run: .venv/bin/python tests/benchmarks/bench_store.py [--size 10000] [--keep DIR]
Not part of the pytest run. Meetings are ~5 KB each (10 topics, Dutch notes,
agreements) and written straight through the store's own TinyDB storage.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tui.domain.model import (
    Agreement,
    AgreementStatus,
    Approach,
    Meeting,
    Note,
    Owner,
    Side,
    Status,
    Topic,
)
from tui.store import open_store
from tui.store.meeting_storage import AtomicJSONStorage
from tui.store.paths import Layout

TOPICS = [
    "Terugblik op het afgelopen jaar",
    "Werkzaamheden en resultaten",
    "Samenwerking met collega's",
    "Werkdruk en balans",
    "Ontwikkeling en opleiding",
    "Loopbaanwensen",
    "Feedback aan de leidinggevende",
    "Vitaliteit",
    "Afspraken van vorig jaar",
    "Rondvraag",
]
SENTENCES = [
    "Het project is op tijd afgerond, al was de laatste maand zwaar.",
    "Ze wil graag meer verantwoordelijkheid bij de planning van het team.",
    "De overdracht naar de nieuwe collega verliep soepel dankzij goede documentatie.",
    "Er is behoefte aan duidelijkere prioriteiten vanuit het management.",
    "Hij overweegt een opleiding projectmanagement in het voorjaar.",
    "De samenwerking met de afdeling financiën kan beter; we plannen een overleg.",
    "Thuiswerken twee dagen per week bevalt goed en blijft zo.",
    "De werkdruk piekte in oktober; we spreken af eerder aan de bel te trekken.",
]
RUNS = 7
NAMES = ["Anna de Vries", "Bram Jansen", "Chantal Bakker", "Daan Visser", "Eva Smit", "Fatima El Amrani", "Gijs Mulder"]


def realistic_meeting(rng: random.Random, number: int) -> Meeting:
    def note() -> Note:
        return Note(rng.choice(SENTENCES), rng.choice(list(Side)), "2026-03-12T10:15:00+01:00")

    topics = [
        Topic(title, rng.choice([5, 10, 15]), notes=[note() for _ in range(rng.randint(1, 2))]) for title in TOPICS
    ]
    agreements = [
        Agreement(
            rng.choice(SENTENCES),
            owner=rng.choice(list(Owner)),
            approach=rng.choice(list(Approach)),
            due="2026-09-01",
            status=rng.choice(list(AgreementStatus)),
        )
        for _ in range(3)
    ]
    year = 2016 + number % 10
    return Meeting(
        employee=rng.choice(NAMES),
        manager=rng.choice(NAMES),
        date=f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        status=Status.FINISHED,
        topics=topics,
        agreements=agreements,
        revision=1,
    )


def generate(root: Path, count: int) -> None:
    """Write `count` meetings straight through the storage class (no per-save checks)."""
    layout = Layout(root)
    codec = open_store(root).codec
    rng = random.Random(count)
    for number in range(count):
        meeting = realistic_meeting(rng, number)
        AtomicJSONStorage(layout.meeting_file(meeting.id), codec).write({"meeting": {"1": meeting.to_dict()}})


def timed(action: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    action(*args)
    return time.perf_counter() - started


def figures(samples: list[float]) -> tuple[float, float]:
    """(median, best) in ms: other processes on the machine only ever add time."""
    return statistics.median(samples) * 1000, min(samples) * 1000


def save_cost(root: Path, saves: int) -> tuple[float, float]:
    store = open_store(root)
    ids = [s.id for s in store.list()]
    rng = random.Random(7)
    samples = []
    for _ in range(saves):
        meeting = store.load(rng.choice(ids))
        meeting.topics[0].notes[0].text += " Aangevuld."
        samples.append(timed(store.save, meeting))
    store.list()  # more saves than index.SLACK: rewrites index.json, as a session would
    return figures(samples)


def cold_list(root: Path) -> float:
    store = open_store(root)  # a new Store has no index in memory yet
    return timed(store.list)


def app_startup(root: Path, until: str, runs: int) -> float | None:
    """Median ms from `gesprek --store root` to a settled screen showing `until` (tuiprobe)."""
    from tuiprobe_path import TUIPROBE  # this folder, a script's own (tests import this module too)

    if not TUIPROBE.is_file():
        return None
    home = Path(tempfile.mkdtemp(prefix="gesprek-home-"))
    try:
        out = subprocess.run(
            [sys.executable, str(TUIPROBE), "startup", "--json", "--until", until, "--runs", str(runs),
             "--", sys.executable, "-m", "tui", "--store", str(root)],
            capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(home)},
        )
        return json.loads(out.stdout.strip().splitlines()[-1])["median_ms"]
    finally:
        shutil.rmtree(home)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="generate into / reuse this folder instead of a temp one")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="gesprek-bench-"))
    small, large = work / "small", work / f"large-{args.size}"
    try:
        for root, count in ((small, 10), (large, args.size)):
            if not (root / "meetings").is_dir():
                print(f"generating {count} meetings in {root} ...", flush=True)
                seconds = timed(generate, root, count)
                print(f"  {seconds:.1f} s", flush=True)
        sample = next((large / "meetings").glob("*.json"))
        record = json.loads(sample.read_text())["meeting"]["1"]
        print(
            f"meeting file size: {sample.stat().st_size / 1024:.1f} KB on disk, {len(json.dumps(record)) / 1024:.1f} KB as compact JSON"
        )

        (large / "index.json").unlink(missing_ok=True)
        rebuild = timed(lambda: open_store(large).list())
        index_size = (large / "index.json").stat().st_size / 1e6
        cold = figures([cold_list(large) for _ in range(RUNS)])
        store = open_store(large)
        store.list()
        warm = figures([timed(store.list) for _ in range(RUNS)])

        small_save = save_cost(small, args.saves)
        large_save = save_cost(large, args.saves)
        small_start = figures([timed(lambda: open_store(small).list()) for _ in range(RUNS)])
        large_start = figures([timed(lambda: open_store(large).list()) for _ in range(RUNS)])

        n = args.size
        print()
        print(f"{'':34} {'median':>9} {'best':>9}   (ms; saves: {args.saves}, other figures: {RUNS} runs)")
        rows = [
            ("save, 10 meetings", small_save),
            (f"save, {n} meetings", large_save),
            (f"list(), {n}, cold (index on disk)", cold),
            (f"list(), {n}, warm (in memory)", warm),
            ("startup open_store+list, 10", small_start),
            (f"startup open_store+list, {n}", large_start),
        ]
        for label, (median, best) in rows:
            print(f"{label:34} {median:9.2f} {best:9.2f}")
        print(
            f"{'list(), ' + str(n) + ', no index (rebuild)':34} {rebuild * 1000:9.0f}   (index.json {index_size:.1f} MB)"
        )
        print()
        print(f"save ratio {n} / 10 meetings: {large_save[0] / small_save[0]:.2f}x median (target <= 2x)")
        print(f"list() at {n}: cold {cold[0]:.0f} ms, warm {warm[0]:.0f} ms median (target < 300 ms)")
        # The app: its start screen appears at once (the list loads in a worker), then fills.
        # "Datum" is the table header; "20" appears only once rows (dates 20xx) are shown.
        for label, until in (("start screen shown", "Datum"), ("meeting list filled", "20")):
            few, many = app_startup(small, until, 5), app_startup(large, until, 5)
            if few is None or many is None:
                print(f"app startup ({label}): skipped, tuiprobe not found (see tuiprobe_path.py)")
                continue
            print(f"app startup, {label}: {few:.0f} ms with 10, {many:.0f} ms with {n} = {many / few:.2f}x")
    finally:
        if args.keep is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
