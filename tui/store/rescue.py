"""Somewhere else to put what was typed when the store cannot take it (a full disk) and the app
must go anyway (a dropped SSH line): nobody is left to ask, so it is kept where it fits.

A rescued version is one private file (0600, in a 0700 folder of the user's own) in the first
place that takes it: the home folder, the runtime folder (often a RAM disk, which a full disk
leaves writable), the temporary folder. The store takes it back the next time it opens: saved
as the meeting when nothing else changed it meanwhile, else kept apart in conflicts/ to
compare and copy over; the rescue file then goes. Until then `gesprek check` and the start
screen name where it is. A rescued version of an encrypted store is sealed like its files.

A rescued file says what it holds (its "kind", and its name): a meeting, or on the employee's
side of two seats her outbox (tui/seats/outbox.py), which her seat takes back into the outbox
the next time she joins that meeting. A file from before kinds were named holds a meeting.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .atomic import temp_target
from .paths import PRIVATE_DIR
from .sealing import Codec

FORMAT = "gesprek-rescued"
MEETING = "meeting"  # a meeting's dict form (Meeting.to_dict)
OUTBOX = "outbox"  # her seat's outbox as Outbox.snapshot() writes it
# <store key>-<meeting id>-<UTC time>[-outbox].json; a meeting's name has no tag (as before kinds).
_NAME = re.compile(r"(?P<key>[0-9a-f]{16})-(?P<id>.+)-(?P<stamp>\d{8}T\d{6}Z)(?P<tag>-outbox)?\.json")
_TAG = {MEETING: "", OUTBOX: "-outbox"}


@dataclass(frozen=True)
class Found:
    """A rescued file as its name tells it, unread."""

    path: Path
    kind: str
    meeting_id: str | None  # None: a name not written by rescue() (it is still listed, as a meeting)
    stamp: str


def places() -> list[Path]:
    """Where a rescued version may go, in order of preference."""
    found = [Path.home() / ".gesprek-rescued"]
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):  # the session's own; no stand-in guessed
        found.append(Path(runtime) / "gesprek-rescued")
    found.append(Path(tempfile.gettempdir()) / f"gesprek-rescued-{os.geteuid()}")
    return found


def store_key(root: Path) -> str:
    """Which store a rescued file belongs to, without naming the store's path in the file name."""
    return hashlib.sha256(str(root).encode()).hexdigest()[:16]


def rescue(
    codec: Codec, record: dict[str, Any], stamp: str, *, kind: str = MEETING, meeting_id: str | None = None
) -> Path | None:
    """Write `record` (of `kind`: a meeting's dict form, or her outbox of `meeting_id`) of the
    store `codec` belongs to to the first place that takes it; its path, or None."""
    root = codec.root
    meeting_id = meeting_id or record["id"]
    document = {"format": FORMAT, "kind": kind, "store": str(root), "meeting": meeting_id, "record": record}
    data = json.dumps(document).encode("ascii")
    for folder in places():
        try:
            _private_folder(folder)
            path = folder / f"{store_key(root)}-{meeting_id}-{stamp}{_TAG[kind]}.json"
            codec.write(path, data)
            return path
        except OSError:
            continue
    return None


def rescued(
    codec: Codec, kind: str = MEETING, meeting_id: str | None = None
) -> list[tuple[Path, dict[str, Any] | None]]:
    """The rescued files of `kind` (of `meeting_id` only, if given) of the store `codec` belongs
    to, oldest first, each with its record (None: it does not load, or holds something else)."""
    found = []
    for entry in listing(codec.root):
        if entry.kind != kind or (meeting_id is not None and entry.meeting_id != meeting_id):
            continue
        try:
            document = codec.read_json(entry.path)
            ours = document.get("store") == str(codec.root) and document.get("kind", MEETING) == kind
            record = document["record"] if ours else None
        except (OSError, ValueError, LookupError, TypeError, AttributeError):
            record = None
        found.append((entry.path, record if isinstance(record, dict) else None))
    return found


def listing(root: Path) -> list[Found]:
    """The rescued files of the store at `root`, whatever their content, by their names; oldest first."""
    found = []
    for path in files(root):
        match = _NAME.fullmatch(path.name)
        if match is None:
            found.append(Found(path, MEETING, None, ""))
        else:
            found.append(Found(path, OUTBOX if match["tag"] else MEETING, match["id"], match["stamp"]))
    return sorted(found, key=lambda entry: entry.stamp)


def rescued_files(root: Path, meeting_ids: Collection[str]) -> dict[str, list[Path]]:
    """Per meeting id: its rescued files of the store at `root` (of every kind: her outbox's too),
    loadable or not, and the temp files a write of one left behind; to delete with the meeting."""
    key = store_key(root)
    found: dict[str, list[Path]] = {meeting_id: [] for meeting_id in meeting_ids}
    for folder in places():
        if not _ours(folder):
            continue
        for entry in os.scandir(folder):
            match = _NAME.fullmatch(temp_target(entry.name) or entry.name)
            if match and match["key"] == key and match["id"] in found:
                found[match["id"]].append(Path(entry.path))
    return found


def files(root: Path) -> list[Path]:
    """The rescued files of the store at `root`, whatever their content."""
    prefix = store_key(root) + "-"
    return [path for folder in places() if _ours(folder) for path in sorted(folder.glob(prefix + "*.json"))]


def _private_folder(folder: Path) -> None:
    """Make `folder` (0700); refuse one that is not ours alone (e.g. made by someone else in /tmp)."""
    try:
        os.mkdir(folder, PRIVATE_DIR)
    except FileExistsError:
        pass
    if not _ours(folder):
        raise PermissionError(folder)


def _ours(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o077
