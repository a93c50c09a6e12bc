"""Encrypted store benchmark: the same 10,000 meetings plain and encrypted, in one run.

Run: .venv/bin/python tests/benchmarks/bench_crypt.py [--size 10000] [--saves 200] [--runs 3] [--keep DIR]

Not part of the pytest run. The meetings are bench_store.generate's (~5 KB each), opened once
as a first start does (bench_review.prepare); a copy is encrypted with `convert.encrypt` at
the tuned scrypt cost (keys.COST), and that conversion is timed too. Measured, interleaved
plain / encrypted so both see the same machine:

- save: Store.save of a loaded meeting with one note changed (the autosave's write);
- the real app under a pseudo-terminal (bench_review.one_run: start screen filled, `r`, the
  search, RSS), the encrypted store's passphrase from GESPREK_PASSPHRASE_FILE;
- the key derivation alone (what every start of an encrypted store adds), and importing
  `cryptography` in a fresh interpreter (which only an encrypted store does).

Printed: medians, the ratios encrypted / plain (target <= 1.5x for save and the start screen),
and the start screen's ratio without the key derivation.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.benchmarks.bench_review import ROWS, TUIPROBE, isolated_env, load_tuiprobe, one_run, prepare  # noqa: E402
from tui.store import convert, keys, open_store  # noqa: E402

PASSPHRASE = "een wachtwoordzin voor de benchmark"
RATIO_TARGET = 1.5
DERIVATIONS = 9
IMPORT = (
    "import time; t = time.perf_counter(); "
    "from cryptography.hazmat.primitives.ciphers.aead import AESGCM; "
    "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt; print(time.perf_counter() - t)"
)


def ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def encrypted_copy(plain: Path, root: Path) -> None:
    if (root / "encryption.json").exists():
        return
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(plain, root)
    store = open_store(root)
    started = time.perf_counter()
    count = convert.encrypt(store, PASSPHRASE)
    print(f"gesprek encrypt of {root.name}: {count} files in {time.perf_counter() - started:.1f} s", flush=True)
    store.close()


def saves(stores: dict[str, object], count: int) -> dict[str, list[float]]:
    """Seconds per save, alternating between the stores."""
    rng = random.Random(7)
    samples: dict[str, list[float]] = {name: [] for name in stores}
    ids = {name: [s.id for s in store.list()] for name, store in stores.items()}
    for _ in range(count):
        for name, store in stores.items():
            meeting = store.load(rng.choice(ids[name]))
            meeting.topics[0].notes[0].text += " Aangevuld."
            started = time.perf_counter()
            store.save(meeting)
            samples[name].append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into / reuse this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="gesprek-bench-crypt-"))
    tmp = Path(tempfile.mkdtemp(prefix="gesprek-bench-env-"))
    plain, encrypted = work / f"plain-{args.size}", work / f"encrypted-{args.size}"
    secret = tmp / "passphrase"
    secret.write_text(PASSPHRASE)
    secret.chmod(0o600)
    try:
        prepare(plain, args.size)
        encrypted_copy(plain, encrypted)

        cost = keys.COST
        derivations = []
        for _ in range(DERIVATIONS):
            started = time.perf_counter()
            keys.derive(PASSPHRASE, os.urandom(keys.SALT_BYTES), cost)
            derivations.append(time.perf_counter() - started)
        imports = [
            float(subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)
        ]

        stores = {"plain": open_store(plain), "encrypted": open_store(encrypted, passphrase=lambda _root: PASSPHRASE)}
        for store in stores.values():
            store.list()
            store.search.view()
        saved = saves(stores, args.saves)
        for store in stores.values():
            store.close()

        runs: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
        if TUIPROBE.is_file():
            probe = load_tuiprobe()
            envs = {"plain": isolated_env(tmp)}
            envs["encrypted"] = {**envs["plain"], "GESPREK_PASSPHRASE_FILE": str(secret)}
            roots = {"plain": plain, "encrypted": encrypted}
            one_run(probe, plain, envs["plain"], args.size)  # warm-up: bytecode and page cache
            for number in range(args.runs):
                for name in runs:
                    runs[name].append(one_run(probe, roots[name], envs[name], args.size))
                    print(f"run {number + 1}, {name}: start {runs[name][-1]['start'] * 1000:.0f} ms", flush=True)
        else:
            print(f"app runs skipped: tuiprobe not found at {TUIPROBE}")

        kdf = ms(derivations)
        print()
        print(f"scrypt n={cost.n} r={cost.r} p={cost.p} ({128 * cost.n * cost.r >> 20} MiB): "
              f"{kdf:.0f} ms median, {min(derivations) * 1000:.0f}-{max(derivations) * 1000:.0f} ms over {DERIVATIONS}")
        print(f"importing cryptography (encrypted stores only): {ms(imports):.0f} ms median of 5")
        print()
        print(f"{'median':34} {'plain':>9} {'encrypted':>9} {'ratio':>7}")
        save_plain, save_enc = ms(saved["plain"]), ms(saved["encrypted"])
        ok = "OK" if save_enc / save_plain <= RATIO_TARGET else "TOO SLOW"
        print(f"{f'save at {args.size} ({args.saves} each)':34} {save_plain:7.2f}ms {save_enc:7.2f}ms {save_enc / save_plain:6.2f}x  {ok}")
        if runs["plain"]:
            for label, key, unit in ROWS:
                a, b = (statistics.median(run[key] for run in runs[name]) for name in ("plain", "encrypted"))
                scale = 1000 if unit == "ms" else 1
                ok = ("OK" if b / a <= RATIO_TARGET else "TOO SLOW") if key == "start" else "info"
                print(f"{label:34} {a * scale:7.0f}{unit:>2} {b * scale:7.0f}{unit:>2} {b / a:6.2f}x  {ok}")
            a, b = (statistics.median(run["start"] for run in runs[name]) * 1000 for name in ("plain", "encrypted"))
            print(f"start screen without the key derivation: {(b - kdf) / a:.2f}x (encrypted {b - kdf:.0f} ms)")
        print(f"targets: save and start screen <= {RATIO_TARGET}x encrypted / plain")
    finally:
        shutil.rmtree(tmp)
        if args.keep is None:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
