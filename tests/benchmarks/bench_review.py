"""Review benchmark: what a user sees in the real app with 10 stored conversations and with 10,000.

Run: .venv/bin/python tests/benchmarks/bench_review.py [--size 10000] [--runs 3] [--keep DIR]

Not part of the pytest run. Meetings (~5 KB each, bench_store.generate) are generated once
(`--keep DIR` keeps and reuses them); each store is then opened once, as a first start does
(summary index and search index written), so every measured run is anyone's later start.

The app (`gesprek --store DIR`, GESPREK_LANG=nl) runs under a pseudo-terminal at 80x24, driven
with tuiprobe's Term (pyte renders what a terminal shows; ../shared/tools/tuiprobe). Runs
alternate between the two stores, each a fresh process. Before each key the app must be idle
(no CPU time for 100 ms), as it is when a user presses one. Measured:

- start screen filled: from spawn until the meeting list shows dated rows and settles;
- `r`: from the key until the review list shows its rows and "N van N", settled;
- `/` + query: from the key until the first query ("planning", typed as soon as the search
  field shows) is answered: the search must load whatever it needs and then search;
- a word: the field emptied, then from typing "financien" until its hits show;
- `a` (back on the review list): from the key until the open agreements are shown; every
  generated meeting has its own three agreements, so at 10,000 a third of 30,000 are open,
  all of them rows of that screen;
- RSS (VmRSS of the app process) once each screen has settled, and the peak (VmHWM) up to
  the search (the screens of the targets); the open agreements come after it.

Printed: the median of each figure per store, and the ratio N / 10 against the targets.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tuiprobe_path import TUIPROBE  # noqa: E402  (this folder: the script's own)

from tests.benchmarks.bench_store import generate  # noqa: E402
from tui.store import open_store  # noqa: E402

TIMEOUT = 60.0
QUIET = 0.1  # a screen counts as shown once it stays unchanged this long (as tuiprobe's startup)
FIRST_QUERY = "planning"
WORD = "financien"
DATE_ROW = re.compile(r"^\s*20\d\d-\d\d-\d\d ", re.MULTILINE)
ANY_DATE = re.compile(r"20\d\d-\d\d-\d\d")
ABSOLUTE_TARGET_MS = 300.0  # `r` and `/` at the large store
RSS_TARGET = 1.5


def load_tuiprobe():
    spec = importlib.util.spec_from_file_location("tuiprobe", TUIPROBE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def wait_idle(term, quiet: float = 0.1, timeout: float = TIMEOUT) -> None:
    """Until the app has used no CPU for `quiet` s (reading its output meanwhile): a user's key
    comes after the work a screen does once it shows (e.g. the start screen's store check)."""
    deadline = time.perf_counter() + timeout
    ticks = cpu_ticks(term.pid)
    while time.perf_counter() < deadline:
        term.idle(quiet)
        now = cpu_ticks(term.pid)
        if now == ticks:
            return
        ticks = now
    raise TimeoutError("the app never went idle")


def prepare(root: Path, count: int) -> None:
    """Generate once; then open it as a first start does and as the app leaves it (sync_index),
    so the caches exist."""
    if not (root / "meetings").is_dir():
        print(f"generating {count} meetings in {root} ...", flush=True)
        started = time.perf_counter()
        generate(root, count)
        print(f"  {time.perf_counter() - started:.1f} s", flush=True)
    store = open_store(root)
    store.list()
    started = time.perf_counter()
    store.search.view()
    seconds = time.perf_counter() - started
    store.sync_index()
    size = sum(item.stat().st_size for item in (root / "search").iterdir()) / 1e6
    print(f"search index of {root.name}: checked (built if new) in {seconds:.2f} s, {size:.1f} MB", flush=True)


def one_run(probe, root: Path, env: dict[str, str], count: int) -> dict[str, float]:
    gesprek = Path(sys.executable).parent / "gesprek"
    argv = [str(gesprek), "--store", str(root)]
    figures: dict[str, float] = {}
    with probe.Term(argv, (80, 24), env) as term:
        term.wait(lambda text: "Datum" in text and DATE_ROW.search(text) is not None, TIMEOUT, QUIET, "the start screen")
        figures["start"] = term.last_change - term.started
        figures["rss_start"] = rss_mb(term.pid)

        wait_idle(term)
        sent = term.send(b"r")
        total = f"{count} van {count}"
        term.wait(lambda text: total in text and DATE_ROW.search(text) is not None, TIMEOUT, QUIET, "the review list")
        figures["review"] = term.last_change - sent
        figures["rss_review"] = rss_mb(term.pid)

        wait_idle(term)
        sent = term.send(b"/")
        term.wait(lambda text: "Zoeken in notities" in text, TIMEOUT, 0, "the search field")
        term.send(FIRST_QUERY.encode())
        term.wait(lambda text: "treffer" in text and FIRST_QUERY in text, TIMEOUT, QUIET, "the first hits")
        figures["search"] = term.last_change - sent
        figures["rss_search"] = rss_mb(term.pid)

        term.send(b"\x7f" * len(FIRST_QUERY))
        term.wait(lambda text: "Gesprekken doorzocht" in text, TIMEOUT, QUIET, "the emptied search")
        wait_idle(term)
        sent = term.send(WORD.encode())
        term.wait(lambda text: "financiën" in text and "treffer" in text, TIMEOUT, QUIET, "the word's hits")
        figures["word"] = term.last_change - sent
        figures["rss_word"] = rss_mb(term.pid)
        figures["rss_peak"] = rss_mb(term.pid, "VmHWM")

        term.send(b"\x1b")
        term.wait(lambda text: total in text, TIMEOUT, QUIET, "the review list again")
        wait_idle(term)
        sent = term.send(b"a")
        term.wait(lambda text: "waarvan" in text and ANY_DATE.search(text) is not None, TIMEOUT, QUIET, "open agreements")
        figures["agreements"] = term.last_change - sent
        figures["rss_agreements"] = rss_mb(term.pid)
    return figures


def isolated_env(tmp: Path) -> dict[str, str]:
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GESPREK_", "XDG_", "COLORTERM", "COLUMNS", "LINES"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        GESPREK_LANG="nl",
        TERM="xterm-256color",
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


ROWS = [
    ("start screen filled", "start", "ms"),
    ("`r` -> review list shown", "review", "ms"),
    ("`/` -> first query answered", "search", "ms"),
    ("a word typed -> hits shown", "word", "ms"),
    ("RSS, start screen", "rss_start", "MB"),
    ("RSS, review list", "rss_review", "MB"),
    ("RSS, search (first answer)", "rss_search", "MB"),
    ("RSS, search (second word)", "rss_word", "MB"),
    ("RSS, peak (VmHWM) up to here", "rss_peak", "MB"),
    ("`a` -> open agreements shown", "agreements", "ms"),
    ("RSS, open agreements", "rss_agreements", "MB"),
]


def verdict(key: str, small: float, large: float) -> str:
    ratio = large / small
    if key == "rss_agreements":
        return "info"  # the screen holds every open agreement: ~10,000 of them here
    if key.startswith("rss"):
        return "OK" if ratio <= RSS_TARGET else "TOO MUCH"
    if key == "start":
        return "OK" if ratio <= 1.2 else "TOO SLOW"
    if key in ("review", "search"):
        return "OK" if large * 1000 <= ABSOLUTE_TARGET_MS else "TOO SLOW"
    return "info"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into / reuse this folder")
    args = parser.parse_args()
    if not TUIPROBE.is_file():
        print(f"SKIPPED: tuiprobe not found at {TUIPROBE}")
        return
    probe = load_tuiprobe()
    work = args.keep or Path(tempfile.mkdtemp(prefix="gesprek-bench-review-"))
    tmp = Path(tempfile.mkdtemp(prefix="gesprek-bench-env-"))
    sizes = (10, args.size)
    roots = {size: work / f"review-{size}" for size in sizes}
    try:
        for size in sizes:
            prepare(roots[size], size)
        load = os.getloadavg()[0]
        if load > 0.5 * (os.cpu_count() or 1):
            print(f"warning: load average {load:.1f} on {os.cpu_count()} CPUs; the figures will be noisy")
        env = isolated_env(tmp)
        runs: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
        one_run(probe, roots[10], env, 10)  # warm-up: bytecode and page cache
        for number in range(args.runs):
            for size in sizes:
                runs[size].append(one_run(probe, roots[size], env, size))
                print(f"run {number + 1} at {size}: " + ", ".join(f"{k} {v * 1000 if not k.startswith('rss') else v:.0f}" for k, v in runs[size][-1].items()), flush=True)
        print()
        print(f"{'median of ' + str(args.runs) + ' runs':32} {'10':>9} {args.size:>9} {'ratio':>7}")
        for label, key, unit in ROWS:
            small, large = (statistics.median(run[key] for run in runs[size]) for size in sizes)
            scale = 1000 if unit == "ms" else 1
            print(
                f"{label:32} {small * scale:7.0f}{unit:>2} {large * scale:7.0f}{unit:>2} {large / small:6.2f}x  {verdict(key, small, large)}"
            )
        print()
        print(f"targets: `r` and `/` <= {ABSOLUTE_TARGET_MS:.0f} ms at {args.size}; start screen <= 1.2x; RSS <= {RSS_TARGET}x on every screen")
    finally:
        shutil.rmtree(tmp)
        if args.keep is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
