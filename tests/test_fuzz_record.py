"""Type-mutation fuzzing of a stored meeting: whatever a file holds, nothing crashes.

A valid record has some of its values replaced (by None, another type, NaN, infinity,
negatives, huge or nested values, odd text, far dates) or removed. Written to a store,
it either loads or is reported as a damaged file (CorruptFile, problems()); one that
loads exports as md, json and ics, lists, shows in the follow-ups, saves again, and
opens on the meeting screen (a smaller sample: it starts the app).
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import pendulum
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tui.cli.followups import followups_text
from tui.domain.clock import FakeClock
from tui.domain.model import Meeting
from tui.export import export, write_export
from tui.store import CorruptFile, Store, open_store

from .export.fixtures import meeting
from .ui.scenes import running_meeting

# Modest, to keep the suite fast; raise them for a deeper run (3,000 and 80 found nothing more).
EXAMPLES = int(os.environ.get("GESPREK_FUZZ_EXAMPLES", 200))
UI_EXAMPLES = int(os.environ.get("GESPREK_FUZZ_UI_EXAMPLES", 10))
NOW = pendulum.datetime(2026, 11, 25, 11, 5, tz="Europe/Amsterdam")
MEETING_ID = "fuzzed"
BASES = [meeting().to_dict(), running_meeting(FakeClock()).to_dict()]

Path_ = tuple[Any, ...]


def _paths(value: Any, prefix: Path_ = ()) -> list[Path_]:
    """Every place in `value` a mutation can hit: dict keys and list items, at any depth."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


PATHS = sorted({path for base in BASES for path in _paths(base)}, key=repr)

ODD_TEXT = [
    "", " ", "\x00", "\ud800", "\udcff", "\u202e", "\x1b[2J", "\r", "a" * 5000, "null", "[",
    "9999-12-31", "0001-01-01", "2026-02-30", "1899-12-31", "2201-01-01", "2026-11-25", "2200-12-31",
    "2026-11-25T10:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-11-25T10:00Z", "20261125",
    "-0.5", "25:99", "16:30", "24:00", "1630", "00:00",
    "xx", "en", "nl", "12m", "0d", "999y", "1j",
    "planned", "running", "paused", "finished", "employee", "manager", "both", "organisation",
    "open", "done", "dropped", "agreed", "seen", "coaching", "loopbaangesprek", "a1b2c3d4e5f6",
]
NUMBERS = [0, -1, 1, 240, 241, 2**31, 2**63, 10**30, -0.5, 0.5, 1e308, -1e308, math.nan, math.inf, -math.inf, 1e9]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(NUMBERS),
    st.integers(),
    st.floats(),
    st.sampled_from(ODD_TEXT),
    st.text(max_size=20),
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["title", "text", "author", "at", "name", "x"]), children, max_size=3),
    max_leaves=8,
)
deep = st.integers(min_value=50, max_value=400).map(lambda depth: json.loads("[" * depth + "]" * depth))


def _same_kind(original: Any) -> st.SearchStrategy[Any]:
    """Edge values of the original's own type: more of these load, so the screens see them."""
    if isinstance(original, bool):
        return st.booleans()
    if isinstance(original, (int, float)):
        return st.sampled_from(NUMBERS) | st.integers(min_value=-5, max_value=300)
    if isinstance(original, str) or original is None:
        return st.sampled_from(ODD_TEXT) | st.text(max_size=30) | st.none()
    if isinstance(original, list):
        return st.just([]) | st.just(original * 3)
    return st.just({})


def _apply(record: dict[str, Any], path: Path_, change: str, value: Any) -> None:
    """Set or delete the value at `path`, if the earlier mutations left it there."""
    target: Any = record
    for key in path[:-1]:
        try:
            target = target[key]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(target, dict) and change == "delete":
        target.pop(last, None)
    elif isinstance(target, dict) or (isinstance(target, list) and isinstance(last, int) and last < len(target)):
        target[last] = value


@st.composite
def mutated(draw, same_kind: bool = False) -> dict[str, Any]:
    record = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(PATHS))
        if same_kind:
            original: Any = record
            for key in path:
                try:
                    original = original[key]
                except (KeyError, IndexError, TypeError):
                    break
            change, value = "set", draw(_same_kind(original))
        else:
            change = draw(st.sampled_from(["set", "set", "set", "delete"]))
            value = draw(values | deep)
        _apply(record, path, change, value)
    return record


def _store_with(folder: str, record: dict[str, Any]) -> Store:
    store = open_store(Path(folder) / "store")
    path = store.path / "meetings" / f"{MEETING_ID}.json"
    path.write_bytes(json.dumps({"meeting": {"1": record}}).encode())  # NaN and Infinity as JSON writes them
    path.chmod(0o600)
    return store


def _load(store: Store) -> Meeting | None:
    """The meeting, or None when the store reports the file as damaged, naming it."""
    path = store.path / "meetings" / f"{MEETING_ID}.json"
    try:
        loaded = store.load(MEETING_ID)
    except CorruptFile as error:
        event("reported as damaged")
        assert str(path) in str(error)
        (problem,) = store.problems()
        assert str(path) in problem
        assert store.list() == [] and store.damaged() == [path]
        return None
    event("loads")
    return loaded


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_any_record_loads_and_exports_or_is_reported(record):
    with tempfile.TemporaryDirectory() as folder:
        store = _store_with(folder, record)
        loaded = _load(store)
        if loaded is None:
            return
        for fmt in ("md", "json", "ics"):
            if fmt == "ics" and loaded.next_followup is None:
                continue  # no follow-up date: export says so (test_write)
            write_export(export(loaded, fmt, NOW), Path(folder) / f"export.{fmt}")
        exported = json.loads((Path(folder) / "export.json").read_text(encoding="utf-8"))
        assert Meeting.from_dict(exported) == loaded
        assert [s.id for s in store.list()] == [MEETING_ID]
        for as_json in (False, True):
            followups_text(store, NOW.date(), as_json)
        store.save(loaded)
        assert store.load(MEETING_ID) == loaded


async def _drive(store: Store, meeting: Meeting | None) -> None:
    from tui.ui.app import GesprekApp

    app = GesprekApp(store, clock=FakeClock(), open_meeting=meeting)
    async with app.run_test() as pilot:
        await pilot.pause()
        # Through the topics and the agreements, and back.
        for key in ("ctrl+n", "f5", "tab", "ctrl+f", "escape", "ctrl+g", "ctrl+n", "end", "pagedown"):
            await pilot.press(key)
        await pilot.pause()


@pytest.mark.slow
@settings(max_examples=UI_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(same_kind=True))
def test_a_record_that_loads_opens_on_screen(record):
    with tempfile.TemporaryDirectory() as folder:
        store = _store_with(folder, record)
        # The meeting itself when it loads; else the start screen with the problem.
        asyncio.run(_drive(store, _load(store)))
