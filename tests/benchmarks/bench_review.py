"""Review benchmark: opening the review list and searching, at 10,000 stored meetings.

Run: .venv/bin/python tests/benchmarks/bench_review.py [--size 10000] [--keep DIR]
Not part of the pytest run. Meetings (~5 KB each) are written straight through
the store's own TinyDB storage, as in bench_store.py. Measured:
- open the review list: store.list() (index on disk, new Store) + filter + rows, cold;
- building the search corpus (done once, in a worker thread, off the UI);
- one search per keystroke over the corpus, for typical queries.
Target: list and each search < 300 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pendulum  # noqa: E402

from tests.benchmarks.bench_store import generate  # noqa: E402
from tui.domain import agreement_history, review  # noqa: E402
from tui.domain.safe_text import single_line  # noqa: E402
from tui.services.review import ReviewData  # noqa: E402
from tui.store import open_store  # noqa: E402

RUNS = 7
QUERIES = ["p", "pl", "pla", "planning", "opleiding projectmanagement", "financien", "zzzz-nergens", "de"]


def ms(seconds: float) -> float:
    return seconds * 1000


def timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def open_list(root: Path) -> int:
    """What ReviewScreen does on opening: list(), filter, one row of text per meeting."""
    return open_list_warm(open_store(root))


def open_list_warm(store) -> int:
    summaries = store.list()
    shown = review.filter_items(summaries, review.Filter())
    rows = [(s.date, single_line(s.employee)[:20], s.kind.value, s.status.value, f"{s.agreements_open}/{s.agreements_total}", s.next_followup or "—") for s in shown]
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="generate into / reuse this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="gesprek-bench-review-"))
    root = work / f"review-{args.size}"
    try:
        if not (root / "meetings").is_dir():
            print(f"generating {args.size} meetings in {root} ...", flush=True)
            print(f"  {timed(lambda: generate(root, args.size))[0]:.1f} s", flush=True)
        sizes = [p.stat().st_size for p in (root / "meetings").glob("*.json")]
        print(f"meetings: {len(sizes)}, mean file {statistics.mean(sizes) / 1024:.1f} KB")
        open_list(root)  # writes index.json once, as the first start does
        list_times = [timed(lambda: open_list(root))[0] for _ in range(RUNS)]
        cold_store = [timed(lambda: open_store(root).list())[0] for _ in range(RUNS)]
        warm = open_store(root)
        warm.list()
        warm_times = [timed(lambda: open_list_warm(warm))[0] for _ in range(RUNS)]

        data = ReviewData(open_store(root))
        read, meetings = timed(data.meetings)
        build, corpus = timed(data.corpus)
        refresh, _ = timed(data.meetings)
        today = pendulum.date(2026, 11, 25)
        agreements, views = timed(lambda: agreement_history.open_agreements(meetings, today))
        followups, _ = timed(lambda: review.followups(open_store(root).list(), today))

        print()
        print(f"open review list (new store, list + filter + rows): median {ms(statistics.median(list_times)):7.1f} ms, best {ms(min(list_times)):7.1f} ms")
        print(f"  of which store.list() cold (store's index):        median {ms(statistics.median(cold_store)):7.1f} ms")
        print(f"open review list in a running app (store warm):      median {ms(statistics.median(warm_times)):7.1f} ms, best {ms(min(warm_times)):7.1f} ms")
        print(f"read all meetings into memory (worker, once):        {ms(read):7.0f} ms")
        print(f"build search corpus (worker, once):                  {ms(build):7.0f} ms")
        print(f"refresh meetings, nothing changed:                   {ms(refresh):7.1f} ms")
        print(f"open agreements across all meetings:                 {ms(agreements):7.1f} ms ({len(views)} open)")
        print(f"follow-up dashboard (from summaries):                {ms(followups):7.1f} ms")
        print()
        print(f"{'search query':34} {'median':>9} {'best':>9} {'hits':>6}")
        worst = 0.0
        for query in QUERIES:
            samples = []
            for _ in range(RUNS):
                seconds, result = timed(lambda query=query: corpus.search(query, limit=200))
                samples.append(seconds)
            worst = max(worst, statistics.median(samples))
            hits = f"{len(result.hits)}{'+' if result.more else ''}"
            print(f"{query!r:34} {ms(statistics.median(samples)):9.2f} {ms(min(samples)):9.2f} {hits:>6}")
        print()
        for label, seconds in (
            ("open list, cold store", statistics.median(list_times)),
            ("open list, running app", statistics.median(warm_times)),
            ("slowest search", worst),
        ):
            print(f"target < 300 ms: {label:24} {ms(seconds):6.0f} ms -> {'OK' if seconds < 0.3 else 'TOO SLOW'}")
    finally:
        if args.keep is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
