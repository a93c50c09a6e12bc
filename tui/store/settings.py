"""The store's settings: settings.json in the store folder, small and versioned.

    {"format": "gesprek-settings", "version": 1, "retention": "2y"}

`retention` is a retention.Period in its short form; absent or null: none (the default, and what
a store without the file has). Keys this version does not know, from a newer gesprek, are kept as
they are when the file is rewritten. A file that does not load is said in words (SettingsError)
and never overwritten: it may hold what a newer version needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.retention import Period, RetentionError
from ..i18n import t
from .atomic import read_json, write_atomic
from .errors import CannotRead, SettingsError, UnreadableData

FORMAT = "gesprek-settings"
VERSION = 1


@dataclass(frozen=True)
class Settings:
    retention: Period | None = None


def read_settings(path: Path) -> tuple[Settings, dict[str, Any]]:
    """The settings in `path` and the document they came from (a missing file: the defaults,
    and an empty one); SettingsError saying what is wrong."""
    try:
        document = read_json(path)
    except FileNotFoundError:
        return Settings(), {}
    except OSError as exc:
        raise _error(path, t(CannotRead.key, file=path, reason=exc.strerror or exc)) from exc
    except UnreadableData as exc:
        raise _error(path, t(exc.key, file=path, **exc.values)) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(document.get("version"), int):
        raise _error(path, t("settings.foreign", file=path))
    if document["version"] > VERSION:
        raise _error(path, t("settings.newer", file=path, found=document["version"], known=VERSION))
    retention = document.get("retention")
    try:
        period = None if retention is None else Period.parse(retention if isinstance(retention, str) else "")
    except RetentionError:
        raise _error(path, t("settings.bad_retention", file=path, value=json.dumps(retention))) from None
    return Settings(period), document


def write_settings(path: Path, settings: Settings, document: dict[str, Any]) -> None:
    """Write `settings` over what `document` (as read_settings gave it) holds, keeping its other keys."""
    retention = None if settings.retention is None else str(settings.retention)
    data = {**document, "format": FORMAT, "version": VERSION, "retention": retention}
    write_atomic(path, json.dumps(data).encode("ascii"))


def _error(path: Path, reason: str) -> SettingsError:
    return SettingsError(f"{reason} {t('settings.untouched', file=path)}")
