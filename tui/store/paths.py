"""Where things live in a store folder, and keeping it private (0700 folders, 0600 files)."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_OTHERS = 0o077  # group and world bits
_OTHERS_WRITE = 0o022
_BACKUP = ".bak"

_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}"
_ID = re.compile(_ID_PATTERN)
_FILE = re.compile(rf"({_ID_PATTERN})\.json")
# <file>.damaged-<n>: a file of hers that did not load, set aside rather than overwritten (her outbox).
DAMAGED = ".damaged-"


def default_store_path() -> Path:
    """$GESPREK_STORE if set, else the per-user data folder."""
    override = os.environ.get("GESPREK_STORE")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path("gesprek")


def valid_id(meeting_id: str) -> bool:
    # Ids become file names: nothing that could climb out of meetings/.
    return _ID.fullmatch(meeting_id) is not None


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + _BACKUP)


def backup_suffix_removed(name: str) -> str:
    """The name of the file whose backup `name` is; any other name as it is."""
    return name.removesuffix(_BACKUP)



@dataclass(frozen=True)
class Layout:
    """The store folder:

    meetings/<id>.json      one TinyDB file per meeting
    meetings/<id>.json.bak  the version before its last save
    conflicts/<id>-<time>.json  versions a save refused (plain meeting JSON)
    clocks/<id>.json        the time spent per topic since the record's last save (timer.py)
    locks/<id>.lock, locks/index.lock, locks/_search.lock  cross-process locks
    locks/<id>.open         locked while an app holds the meeting live (a delete refuses it)
    index.json              summary cache for list(); safe to delete
    recent.json             what the start screen shows first, from the same refresh; safe to delete
    search/                 the search index (search.py); rebuilt from the meetings if deleted
    agendas.json            parsed agenda templates (agenda_cache.py); safe to delete
    settings.json           the store's settings (settings.py): the retention period
    encryption.json         only in an encrypted store: how its key is derived (keys.py)
    seats/<id>.json         on the employee's side of two seats: her outbox for that meeting (tui/seats/outbox.py);
                            one that did not load is set aside as <id>.json.damaged-<n>
    locks/_store.lock       held shared by every process that has the store open (StoreHold)
    """

    root: Path

    @property
    def meetings(self) -> Path:
        return self.root / "meetings"

    @property
    def conflicts(self) -> Path:
        return self.root / "conflicts"

    @property
    def clocks(self) -> Path:
        return self.root / "clocks"

    @property
    def locks(self) -> Path:
        return self.root / "locks"

    @property
    def index(self) -> Path:
        return self.root / "index.json"

    @property
    def recent(self) -> Path:
        return self.root / "recent.json"

    @property
    def search(self) -> Path:
        return self.root / "search"

    @property
    def agenda_cache(self) -> Path:
        return self.root / "agendas.json"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def encryption(self) -> Path:
        return self.root / "encryption.json"

    @property
    def seats(self) -> Path:
        return self.root / "seats"

    @property
    def folders(self) -> tuple[Path, ...]:
        return (self.root, self.meetings, self.conflicts, self.clocks, self.locks, self.search, self.seats)

    def meeting_file(self, meeting_id: str) -> Path:
        return self.meetings / f"{meeting_id}.json"

    def clock_file(self, meeting_id: str) -> Path:
        return self.clocks / f"{meeting_id}.json"

    def lock_file(self, name: str) -> Path:
        return self.locks / f"{name}.lock"

    def open_marker(self, meeting_id: str) -> Path:
        return self.locks / f"{meeting_id}.open"


def meeting_id_of(file_name: str) -> str | None:
    """The meeting id if `file_name` is a meeting file (not a backup or temp file)."""
    match = _FILE.fullmatch(file_name)
    return match[1] if match else None


# conflicts/<id>-<UTC time>[-<n>].json, as Store.write_conflict_copy names them.
_CONFLICT_COPY = re.compile(r"(?P<id>.+)-\d{8}T\d{6}Z(-\d+)?\.json")


def conflict_copy_of(file_name: str) -> str | None:
    """The meeting id if `file_name` is a version of it kept in conflicts/."""
    match = _CONFLICT_COPY.fullmatch(file_name)
    return match["id"] if match else None


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents as 0700, whatever the umask."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for path in reversed(missing):
        try:
            os.mkdir(path, PRIVATE_DIR)
        except FileExistsError:
            continue  # another process was quicker
        os.chmod(path, PRIVATE_DIR)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))


def shared_folder(folder: Path, root: Path) -> tuple[str, dict[str, object]] | None:
    """Why someone else could change or delete what is in `folder`, as a message key and its
    values: another user owns it, or group or others may write in it. None when only we can."""
    info = folder.stat()
    if info.st_uid != os.geteuid():
        return "store.not_yours", {"path": folder, "owner": info.st_uid}
    if info.st_mode & _OTHERS_WRITE:
        return "store.writable_by_others", {"path": folder, "mode": f"{stat.S_IMODE(info.st_mode):o}", "fix": fix_command(root)}
    return None


def open_to_others(mode: int) -> bool:
    return bool(mode & _OTHERS)


def exposed(layout: Layout) -> tuple[list[tuple[Path, int]], list[Path]]:
    """Folders (with their mode) and files in the store that others may access."""
    folders = []
    files = []
    for folder in layout.folders:
        try:
            mode = folder.stat().st_mode
        except FileNotFoundError:
            continue
        if open_to_others(mode):
            folders.append((folder, stat.S_IMODE(mode)))
        for entry in os.scandir(folder):
            if entry.is_file(follow_symlinks=False) and open_to_others(entry.stat(follow_symlinks=False).st_mode):
                files.append(Path(entry.path))
    return folders, files


def fix_command(path: Path) -> str:
    import shlex  # only for this message

    return f"chmod -R go-rwx {shlex.quote(str(path))}"
