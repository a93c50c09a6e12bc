"""What can go wrong in the store; every str() is a user-facing message."""

from __future__ import annotations

import errno
from pathlib import Path

from tui.i18n import t

from .paths import backup_path

# A problem with one file, kept as (message key, values) without the file's path,
# so the index can cache it and show it in whatever language is current.
Problem = tuple[str, dict[str, str | int]]


class StoreError(Exception):
    """A problem with the store."""


class CorruptFile(StoreError):
    """A meeting file does not load; it is left exactly as it was.

    backup_loads: whether its .bak loads (None: there is none).
    """

    def __init__(
        self, path: Path, problem: Problem, backup_loads: bool | None, rejected_copy: Path | None = None
    ) -> None:
        message = problem_message(path, problem, backup_loads)
        if rejected_copy is not None:
            message = f"{message} {t('store.kept_copy', file=rejected_copy)}"
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.backup_loads = backup_loads
        self.rejected_copy = rejected_copy


class ConflictError(StoreError):
    """Another process saved the meeting meanwhile; the rejected version is in `rejected_copy`."""

    def __init__(self, meeting_id: str, stored: int, yours: int, rejected_copy: Path) -> None:
        super().__init__(t("store.conflict", id=meeting_id, stored=stored, yours=yours, file=rejected_copy))
        self.rejected_copy = rejected_copy


class MeetingNotFound(StoreError):
    """No meeting with that id."""


class MeetingGone(StoreError):
    """A save of a meeting whose file is gone (deleted meanwhile): it is not brought back."""

    def __init__(self, meeting_id: str) -> None:
        super().__init__(t("store.meeting_gone", id=meeting_id))
        self.meeting_id = meeting_id


class MeetingOpen(StoreError):
    """A running app holds the meeting live (Store.hold_open): it is not deleted (the message
    `key` by default), nor changed from outside it (CHANGE: its own saves would clash)."""

    CHANGE = "store.meeting_open_change"

    def __init__(self, meeting_id: str, key: str = "store.meeting_open") -> None:
        super().__init__(t(key, id=meeting_id))
        self.meeting_id = meeting_id


class SettingsError(StoreError):
    """settings.json does not load; it is left as it was."""


class WriteError(StoreError):
    """Could not write now (full disk, read-only folder, busy lock): worth retrying."""


class UnreadableData(ValueError):
    """Internal: a file's content is not a meeting file; the store turns it into CorruptFile."""

    key = "store.file_foreign"
    passes = False  # a problem that may pass without the file changing is never cached

    def __init__(self, **values: str | int) -> None:
        super().__init__(self.key, values)
        self.values = values

    @property
    def problem(self) -> Problem:
        return self.key, self.values


class GarbledJSON(UnreadableData):
    key = "store.file_garbled"


class InvalidRecord(UnreadableData):
    key = "store.file_invalid"  # names the field


class NotAFile(UnreadableData):
    key = "store.file_not_regular"


class CannotRead(UnreadableData):
    """The file system refused (permissions, I/O error): may pass, so never cached."""

    key = "store.file_unreadable"
    passes = True


class TooDeep(UnreadableData):
    key = "store.file_too_deep"


class NewerSchema(UnreadableData):
    key = "store.file_newer"


class Sealed(UnreadableData):
    """Encrypted, but the store has no key (its encryption.json is gone): passes with the key."""

    key = "store.file_sealed"
    passes = True


class NotOpened(UnreadableData):
    """Encrypted, but it does not open with the store's key here: changed, or moved from elsewhere.
    May pass (opened by another key, or the store's encryption.json restored)."""

    key = "store.file_not_opened"
    passes = True


class Unsealed(UnreadableData):
    """Plain, in an encrypted store that is not being converted: anyone who can write in the
    folder could have put it there, so it is not read. May pass (gesprek decrypt reads it)."""

    key = "store.file_unsealed"
    passes = True


def problem_message(path: Path, problem: Problem, backup_loads: bool | None) -> str:
    """The message for a broken file, pointing at its last good copy when there is one."""
    key, values = problem
    bak = backup_path(path)
    if backup_loads is None:
        hint = t("store.untouched")
    else:
        hint = t("store.untouched_bak" if backup_loads else "store.untouched_bad_bak", bak=bak)
    return f"{t(key, file=path, **values)} {hint}"


_WRITE_KEYS = {
    errno.ENOSPC: "store.disk_full",
    errno.EDQUOT: "store.disk_full",
    errno.EROFS: "store.read_only",
    errno.EACCES: "store.no_permission",
    errno.EPERM: "store.no_permission",
}


def write_error(exc: OSError, path: Path) -> WriteError:
    key = _WRITE_KEYS.get(exc.errno or 0, "store.write_failed")
    return WriteError(t(key, path=path, reason=exc.strerror or exc))
