"""Start-up tricks for opening the app, in one place; each one pays in the start-up benchmark.

`tests/benchmarks/bench_ui.py --only startup` runs gesprek with and without them in one run:
2026-12-01, 9 runs, idle 2-CPU machine: 334 ms with them, 373 ms without (39 ms saved).

Neither is used by the commands that only print (`list`, `export`, ...).

Deferred imports: pendulum imports dateutil's parser, and with it dateutil's time zone support, ctypes,
importlib.resources and zoneinfo (~10 ms of start-up), for one purpose: parsing
non-ISO text with strict=False, which gesprek never asks of it. importlib's LazyLoader
puts a stand-in into sys.modules that loads the real module on its first attribute
access, so a caller that does use it notices nothing.
"""

from __future__ import annotations

import gc
import importlib.util
import sys

DEFERRED = ("dateutil.parser",)


def defer(name: str) -> None:
    """Make the submodule `name` load on first use; a no-op when it is loaded already,
    missing, or its loader cannot be deferred. It never stops the app from starting."""
    parent, _, child = name.rpartition(".")
    if not parent or name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)  # imports the parent package, not `name`
        if spec is None or spec.loader is None:
            return
        spec.loader = importlib.util.LazyLoader(spec.loader)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    except Exception:  # noqa: BLE001 - only an optimisation: the normal import still works
        sys.modules.pop(name, None)
        return
    # `from dateutil import parser` reads the package attribute; asking the import system
    # instead would touch the stand-in and load it. Set it as a real import would.
    setattr(sys.modules[parent], child, module)


def defer_seldom_used() -> None:
    for name in DEFERRED:
        defer(name)


# -- the garbage collector -----------------------------------------------------------
# Start-up creates the objects that live as long as the process (modules, classes,
# widgets); collecting them is wasted work: ~70 ms of collections before the first frame.
# So collection waits until the first frame is drawn; then what exists is frozen (nearly
# all of it lives as long as the app) so no later collection walks it again. A full
# collection first would cost ~40 ms just as typing starts; what it would free (start-up's
# few thousand cyclic leftovers) stays in memory instead.


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    """After the first frame (and, at the latest, when the app ends); a no-op the second time."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
