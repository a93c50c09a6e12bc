"""Where an export made in the app goes: a private folder of its own, never the current folder
(often a clone of some repository, where a report could be committed or shared by mistake)."""

from __future__ import annotations

from pathlib import Path

from ..export import write_export
from ..store.paths import make_private_dirs

FOLDER = "gesprek-exports"


def export_folder() -> Path:
    """~/gesprek-exports: outside the store (an encrypted store holds no plain file), 0700."""
    return Path.home() / FOLDER


def shown_folder() -> str:
    """export_folder() as the user reads and types it."""
    return f"~/{FOLDER}"


def export_path(value: str) -> Path:
    """The file a name typed in the app means: with a folder (absolute or ~), that file; a bare or
    relative name, in export_folder()."""
    path = Path(value.strip()).expanduser()
    return path if path.is_absolute() else export_folder() / path


def folder_missing(path: Path) -> bool:
    """Whether `path` cannot be written for want of its folder (export_folder() is made on writing)."""
    return path.parent != export_folder() and not path.parent.is_dir()


def write_to(text: str, path: Path) -> None:
    """write_export(), making export_folder() (0700) first when that is where it goes; OSError."""
    if path.parent == export_folder():
        make_private_dirs(path.parent)
    write_export(text, path)
