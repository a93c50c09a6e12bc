"""The storage layer: the only part of gesprek that knows about TinyDB.

Layout on disk (see paths.Layout): meetings/<id>.json (+ .bak), conflicts/, clocks/,
locks/, index.json, recent.json, search/, agendas.json, settings.json. Writes are atomic and locked; see store.Store and
autosave.Autosaver for the guarantees.
"""

from .autosave import Autosaver, SaveState, SaveStatus
from .errors import (
    ConflictError,
    CorruptFile,
    MeetingGone,
    MeetingNotFound,
    MeetingOpen,
    SettingsError,
    StoreError,
    WriteError,
)
from .index import RECENT_LIMIT
from .paths import default_store_path
from .store import Store, open_store
from .summary import MeetingSummary

__all__ = [
    "RECENT_LIMIT",
    "Autosaver",
    "ConflictError",
    "CorruptFile",
    "MeetingGone",
    "MeetingNotFound",
    "MeetingOpen",
    "MeetingSummary",
    "SaveState",
    "SaveStatus",
    "SettingsError",
    "Store",
    "StoreError",
    "WriteError",
    "default_store_path",
    "open_store",
]
