"""Every file of one meeting in the store, to delete it completely (Store.delete).

Removing a file does not erase its blocks: on a journaling or copy-on-write file system, or an
SSD, overwriting it first would not either, so nothing here pretends to (see README, "Your data").
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from pathlib import Path

from .atomic import fsync_folder, temp_target
from .paths import DAMAGED, Layout, conflict_copy_of, meeting_id_of


def files_of(layout: Layout, meeting_ids: Collection[str]) -> dict[str, list[Path]]:
    """Per meeting id: its file and .bak, its clock checkpoint, its versions kept in conflicts/, her
    seat's outbox, and the temp files a crashed write of any of them left behind. Each folder is
    read once, however many meetings go (a purge of a thousand in a store of ten thousand)."""
    found: dict[str, list[Path]] = {meeting_id: [] for meeting_id in meeting_ids}
    for path in _entries(layout.meetings):
        meeting_id = meeting_id_of(_target(path.name).removesuffix(".bak"))
        if meeting_id in found:
            found[meeting_id].append(path)
    for path in _entries(layout.clocks):
        if (meeting_id := meeting_id_of(path.name)) in found:
            found[meeting_id].append(path)
    for path in _entries(layout.conflicts):
        if (meeting_id := conflict_copy_of(_target(path.name))) in found:
            found[meeting_id].append(path)
    for path in _entries(layout.seats):  # her outbox, on the employee's side of two seats
        if (meeting_id := meeting_id_of(_target(path.name).partition(DAMAGED)[0])) in found:
            found[meeting_id].append(path)
    return found


def remove(paths: Iterable[Path]) -> None:
    """Unlink every path in order (one already gone is fine), then make the removals durable."""
    folders = set()
    for path in dict.fromkeys(paths):
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        folders.add(path.parent)
    for folder in folders:
        fsync_folder(folder)


def _target(file_name: str) -> str:
    """The file a temp file was written for; any other file stands for itself."""
    return temp_target(file_name) or file_name


def _entries(folder: Path) -> list[Path]:
    try:
        return [Path(entry.path) for entry in os.scandir(folder)]
    except FileNotFoundError:
        return []
