"""UI benchmark: startup, terminal bytes per second and key echo of the live meeting,
each as a ratio to a hello-world Textual app measured in the same run.

Run:  .venv/bin/python tests/benchmarks/bench_ui.py [--only startup,bytes,keys] [--runs 5]
      [--seconds 10] [--no-tmux] [--strict]

Targets (from the issue):
  startup  `gesprek new` to the live meeting screen  <= 1.3 x  a Static("Ready") app,
           on a store that has been used (one earlier meeting, templates in its agenda
           cache); also printed: the very first start on an empty store, and the same
           screen drawn by Textual's stock widgets alone (no gesprek code: the floor any
           Textual app with this screen starts from)
  bytes    idle output with the clock running and the notes editor focused <= 300 B/s
           (direct pty, window opened 2 s after Ctrl+G; also printed: the window from Ctrl+G,
           and through tmux)
  keys     key echo in the notes editor (clock running)  <= 1.5 x  a focused Input

Measured with tuiprobe (../shared/tools/tuiprobe, pyte under a pseudo-terminal, 80x24,
TERM=xterm-256color), called as a subprocess with --json. HOME, the XDG folders, the store
and tmux's socket folder all live in one temporary folder that is removed at the end; the
tmux server (private socket, -L) is killed. Not part of the pytest run.
Exit status: 0 (also when tuiprobe is absent: skipped), 1 with --strict when a target is
missed, 2 when tuiprobe fails. See README.md in this folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tuiprobe_path import TUIPROBE  # this folder: the script's own

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
HELLO = HERE / "hello_apps.py"
PY = sys.executable

STARTUP_TARGET = 1.3
BYTES_TARGET = 300.0
KEYS_TARGET = 1.5
BENCHMARKS = ("startup", "bytes", "keys")
TMUX_SOCKET = "gesprek-bench"
# The typed character: on neither screen until typed (tuiprobe waits for it to appear).
ECHO_KEY = "Z"
# On screen once the clock has run for 2 s ("Totaal 00:02 / 55:00", GESPREK_LANG=nl).
STEADY_TEXT = "Totaal 00:02"


class BenchError(Exception):
    pass


def gesprek_cmd() -> list[str]:
    script = Path(PY).parent / "gesprek"
    return [str(script)] if script.exists() else [PY, "-m", "tui"]


def new_meeting_args(store: Path) -> list[str]:
    return ["--store", str(store), "new", "--employee", "X", "--manager", "Y"]


class Bench:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.stores = 0
        self.results: list[tuple[str, str, bool | None]] = []  # (name, figure, passed)
        home = tmp / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GESPREK_", "TMUX", "XDG_"))}
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_STATE_HOME=str(home / ".local/state"),
            GESPREK_STORE=str(tmp / "store-default"),
            GESPREK_LANG="nl",
            TMUX_TMPDIR=str(tmp),
            # As on a user's machine, where Python caches compiled modules: without this a
            # PYTHONDONTWRITEBYTECODE in the caller's environment recompiles gesprek's own
            # modules on every start (the hello app has none). The cache lives in tmp.
            PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env = env

    def store(self) -> Path:
        """A fresh store per app start, so every run opens the same empty store."""
        self.stores += 1
        return self.tmp / f"store-{self.stores}"

    # -- running tuiprobe --------------------------------------------------------

    def probe(self, command: str, options: list[str], app: list[str], timeout: float = 60.0) -> dict:
        argv = [PY, str(TUIPROBE), command, "--json", *options, "--", *app]
        proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # SIGTERM first: tuiprobe then ends the app's process group itself.
            proc.send_signal(signal.SIGTERM)
            try:
                out, err = proc.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, err = proc.communicate()
            raise BenchError(f"tuiprobe {command} took over {timeout:g} s: {' '.join(app)}") from None
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise BenchError(f"tuiprobe {command} failed (exit {proc.returncode}) for {' '.join(app)}:\n{out}{err}")
        return json.loads(lines[-1])

    def record(self, name: str, figure: str, passed: bool | None) -> None:
        self.results.append((name, figure, passed))
        mark = {True: "PASS", False: "FAIL", None: "info"}[passed]
        print(f"  => {name}: {figure}  [{mark}]", flush=True)

    # -- 1. startup ----------------------------------------------------------------

    def startup(self) -> None:
        runs = self.args.runs
        print(f"startup: {runs} runs each, alternating apps, after 1 warm-up run each (median)", flush=True)
        used = self.tmp / "store-used"  # made by the warm-up run of "gesprek"

        def on_used_store() -> list[str]:
            # A copy per run: each run finds the same store, one earlier meeting of X, its
            # summary index and the parsed templates in its agenda cache, as for anyone who
            # used gesprek before.
            return [*gesprek_cmd(), *new_meeting_args(self._copy_of(used))]

        def without_tricks() -> list[str]:
            return [PY, str(HELLO), "gesprek-without-tricks", *new_meeting_args(self._copy_of(used))]

        apps = {
            "hello": ("Ready", lambda: [PY, str(HELLO), "static"]),
            "floor": ("GEPLAND", lambda: [PY, str(HELLO), "meeting-floor"]),
            "gesprek": ("GEPLAND", on_used_store),
            "first": ("GEPLAND", lambda: [*gesprek_cmd(), *new_meeting_args(self.store())]),
            "plain": ("GEPLAND", without_tricks),
        }
        times: dict[str, list[float]] = {name: [] for name in apps}
        for round_ in range(runs + 1):
            for name, (until, make) in apps.items():
                if round_ == 0 and name == "gesprek":
                    argv = [*gesprek_cmd(), *new_meeting_args(used)]
                else:
                    argv = make()
                result = self.probe("startup", ["--until", until, "--runs", "1"], argv)
                if round_:  # round 0 warms the file cache and .pyc files
                    times[name].append(result["median_ms"])
                elif name == "gesprek":  # a used store has been listed: its summary index exists
                    subprocess.run([*gesprek_cmd(), "--store", str(used), "list"], env=self.env, check=True,
                                   capture_output=True, timeout=60)
        meetings = len(list((used / "meetings").glob("*.json")))
        present = {name: "present" if (used / name).exists() else "MISSING" for name in ("agendas.json", "index.json")}
        print(f"  used store: {meetings} earlier meeting(s), agenda cache {present['agendas.json']}, "
              f"summary index {present['index.json']}")
        hello, floor, gesprek, first, plain = (statistics.median(times[n]) for n in apps)
        labels = {"hello": "hello", "floor": "floor", "gesprek": "gesprek", "first": "gesprek, first start",
                  "plain": "gesprek, no tricks"}
        for name in apps:
            ms = times[name]
            print(f"  {labels[name]:<21} median {statistics.median(ms):7.1f} ms  min {min(ms):7.1f}  "
                  f"max {max(ms):7.1f}  runs {', '.join(f'{v:.0f}' for v in ms)}")
        ratio = gesprek / hello
        self.record("startup", f"{gesprek:.0f} ms / {hello:.0f} ms = {ratio:.2f}x (target <= {STARTUP_TARGET}x, "
                    f"median of {runs})", ratio <= STARTUP_TARGET)
        self.record("startup, first start on an empty store", f"{first:.0f} ms = {first / hello:.2f}x "
                    "(informational: templates parsed, markdown-it imported)", None)
        self.record("startup (reference)", f"the same screen from Textual's stock widgets alone {floor:.0f} ms = "
                    f"{floor / hello:.2f}x hello world; gesprek = {gesprek / floor:.2f}x that (informational)", None)
        self.record("startup tricks (tui/startup.py)", f"without them {plain:.0f} ms, with them {gesprek:.0f} ms: "
                    f"they save {plain - gesprek:.0f} ms (they stay only if this is clearly > 0)", plain > gesprek)

    def _copy_of(self, store: Path) -> Path:
        target = self.store()
        shutil.copytree(store, target)
        return target

    # -- 2. idle bytes -------------------------------------------------------------

    def idle_bytes(self) -> None:
        seconds = self.args.seconds
        print(f"bytes: idle output for {seconds:g} s with the clock running and the editor focused", flush=True)
        options = ["--seconds", str(seconds), "--timeout", "20"]
        hello = self.probe("idle-bytes", ["--until", "Ready", *options], [PY, str(HELLO), "static"],
                           timeout=seconds + 30)
        self._print_bytes("hello world          ", hello)

        def running() -> list[str]:
            return [PY, str(HELLO), "gesprek-running", "--", *new_meeting_args(self.store())]

        # Steady state: the window opens once the clock has run 2 s, after the one-off
        # repaints that pressing Ctrl+G causes (footer, labels).
        steady = self.probe("idle-bytes", ["--until", STEADY_TEXT, *options], running(), timeout=seconds + 35)
        self._print_bytes("gesprek, clock runs  ", steady)
        # The same window opened as soon as the clock shows it runs (LOOPT): includes those repaints.
        pressed = self.probe("idle-bytes", ["--until", "LOOPT", *options], running(), timeout=seconds + 35)
        self._print_bytes("gesprek, from Ctrl+G ", pressed)
        rate = steady["bytes_per_s"]
        self.record("bytes (direct pty)", f"{rate:.0f} B/s (target <= {BYTES_TARGET:.0f} B/s; hello world "
                    f"{hello['bytes_per_s']:.0f} B/s)", rate <= BYTES_TARGET)
        self.record("bytes (direct, window from Ctrl+G)", f"{pressed['bytes_per_s']:.0f} B/s (informational)", None)
        if self.args.no_tmux:
            return
        if shutil.which("tmux") is None:
            print("  tmux not found: the tmux figure is skipped")
            return
        via_tmux = self._idle_bytes_tmux(seconds)
        if via_tmux is not None:
            self._print_bytes("gesprek, through tmux", via_tmux)
            self.record("bytes (through tmux)", f"{via_tmux['bytes_per_s']:.0f} B/s (informational; "
                        f"Ctrl+G sent with tmux send-keys)", None)

    def _print_bytes(self, label: str, result: dict) -> None:
        print(f"  {label} {result['bytes']:6d} bytes in {result['seconds']:.2f} s = {result['bytes_per_s']:7.1f} B/s; "
              f"{result['reads']} reads, {result['text_changes']} text changes")

    def _tmux(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", TMUX_SOCKET, *args], env=self.env, capture_output=True, text=True,
                              check=check, timeout=10)

    def _idle_bytes_tmux(self, seconds: float) -> dict | None:
        """The tmux client runs under tuiprobe; the real key Ctrl+G goes in with send-keys."""
        inner = " ".join(_quote(a) for a in [*gesprek_cmd(), *new_meeting_args(self.store())])
        app = ["tmux", "-L", TMUX_SOCKET, "-f", "/dev/null", "new-session", inner, ";", "set", "status", "off"]
        argv = [PY, str(TUIPROBE), "idle-bytes", "--json", "--until", STEADY_TEXT, "--seconds", str(seconds),
                "--timeout", "20", "--", *app]
        proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and proc.poll() is None:
                shown = self._tmux("capture-pane", "-p")
                if shown.returncode == 0 and "GEPLAND" in shown.stdout:
                    time.sleep(1.0)  # let start-up finish, as the launcher does
                    self._tmux("send-keys", "C-g")
                    break
                time.sleep(0.1)
            else:
                print("  tmux: the meeting screen never showed; tmux figure skipped")
            out, err = proc.communicate(timeout=seconds + 30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGTERM)
            proc.communicate()
            print("  tmux: tuiprobe timed out; tmux figure skipped")
            return None
        finally:
            self.kill_tmux()
        lines = [line for line in out.splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            print(f"  tmux: tuiprobe failed (exit {proc.returncode}); tmux figure skipped\n{out}{err}")
            return None
        return json.loads(lines[-1])

    def kill_tmux(self) -> None:
        if shutil.which("tmux") is not None:
            self._tmux("kill-server")

    # -- 3. key echo ---------------------------------------------------------------

    def keys(self) -> None:
        runs = max(self.args.runs * 4, 10)
        print(f"keys: {ECHO_KEY!r} typed {runs} times (deleted with Backspace in between), time until it shows (median)",
              flush=True)
        options = ["--keys", ECHO_KEY, "--expect", ECHO_KEY, "--reset", "<backspace>", "--runs", str(runs)]
        hello = self.probe("keylat", ["--until", "Ready", *options], [PY, str(HELLO), "input"])
        area = self.probe("keylat", ["--until", "Ready", *options], [PY, str(HELLO), "textarea"])
        editor = self.probe("keylat", ["--until", STEADY_TEXT, *options],
                            [PY, str(HELLO), "gesprek-running", "--", *new_meeting_args(self.store())])
        for label, result in (("hello Input             ", hello), ("hello TextArea (5 rows) ", area),
                              ("gesprek editor, clock on", editor)):
            print(f"  {label} median {result['median_ms']:6.1f} ms  min {result['min_ms']:6.1f}  "
                  f"max {result['max_ms']:6.1f}  ({len(result['runs_ms'])} runs)")
        ratio = editor["median_ms"] / hello["median_ms"]
        self.record("keys", f"{editor['median_ms']:.1f} ms / {hello['median_ms']:.1f} ms = {ratio:.2f}x "
                    f"(target <= {KEYS_TARGET}x, median of {runs})", ratio <= KEYS_TARGET)
        self.record("keys (reference)", f"bare TextArea {area['median_ms']:.1f} ms = "
                    f"{area['median_ms'] / hello['median_ms']:.2f}x the Input; gesprek editor = "
                    f"{editor['median_ms'] / area['median_ms']:.2f}x the bare TextArea (informational)", None)


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(BENCHMARKS),
                        help=f"comma-separated subset of {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--runs", type=int, default=5, help="startup runs per app (key echo uses 4x, at least 10)")
    parser.add_argument("--seconds", type=float, default=10.0, help="idle-bytes window in seconds (default 10)")
    parser.add_argument("--no-tmux", action="store_true", help="skip the through-tmux bytes figure")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(args.only) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.runs < 1 or args.seconds <= 0:
        parser.error("--runs and --seconds must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not TUIPROBE.is_file():
        print(f"SKIPPED: tuiprobe not found at {TUIPROBE} (expected a copy of shared/ beside the repository)")
        return 0
    if subprocess.run([PY, "-c", "import pyte"], check=False, capture_output=True).returncode != 0:
        print(f"SKIPPED: pyte is not installed for {PY}; pip install -r {TUIPROBE.parent / 'requirements.txt'}")
        return 0
    started = time.monotonic()
    load = os.getloadavg()[0]
    if load > 0.5 * (os.cpu_count() or 1):
        print(f"warning: load average {load:.1f} on {os.cpu_count()} CPUs; the figures will be noisy\n")
    tmp = Path(tempfile.mkdtemp(prefix="gesprek-bench-ui-"))
    bench = Bench(args, tmp)
    try:
        for name in args.only:
            {"startup": bench.startup, "bytes": bench.idle_bytes, "keys": bench.keys}[name]()
    except BenchError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 2
    finally:
        bench.kill_tmux()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nsummary ({time.monotonic() - started:.0f} s, Textual {_textual_version()}, {os.cpu_count()} CPUs):")
    for name, figure, passed in bench.results:
        print(f"  {'PASS' if passed else 'FAIL' if passed is False else 'info'}  {name}: {figure}")
    missed = any(passed is False for _, _, passed in bench.results)
    return 1 if (missed and args.strict) else 0


def _textual_version() -> str:
    try:
        from importlib.metadata import version

        return version("textual")
    except Exception:  # noqa: BLE001 - informational only
        return "?"


if __name__ == "__main__":
    sys.exit(main())
