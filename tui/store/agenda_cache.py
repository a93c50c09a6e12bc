"""Parsed agenda templates, kept in the store folder so that a start need not parse Markdown.

Parsing needs markdown-it, which alone costs ~25 ms to import: a quarter of what the live
meeting screen may add to a bare Textual app's start-up. An entry is used only while its
file holds exactly the text it was parsed from, and only by the gesprek version that wrote it.
It is only a cache: unreadable, it is rebuilt; unwritable, templates are parsed each time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.agenda import Agenda
from .atomic import read_json, write_atomic

FORMAT = 1


class AgendaCache:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._entries: dict[str, Any] | None = None

    def get(self, source: Path, data: bytes, name: str, lang: str | None) -> Agenda | None:
        """The agenda parsed from `data` (the file's bytes) earlier, or None."""
        entry = self._load().get(str(source))
        try:
            if entry["key"] != [name, lang] or entry["text"].encode() != data:
                return None
            return Agenda.from_dict(entry["agenda"])
        except (KeyError, TypeError, ValueError, AttributeError, UnicodeError):
            return None

    def put(self, source: Path, data: bytes, name: str, lang: str | None, agenda: Agenda) -> None:
        entries = self._load()
        # A template that parsed is UTF-8 (a BOM stays in the text, so the bytes compare equal).
        entries[str(source)] = {"key": [name, lang], "text": data.decode(), "agenda": agenda.to_dict()}
        document = {"format": FORMAT, "version": __version__, "entries": entries}
        try:
            write_atomic(self._path, json.dumps(document, ensure_ascii=True).encode("ascii"))
        except OSError:
            pass  # a full disk or read-only store: parse again next time

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            try:
                document = read_json(self._path)
                valid = (document["format"], document["version"]) == (FORMAT, __version__)
                self._entries = dict(document["entries"]) if valid else {}
            except (OSError, KeyError, TypeError, ValueError):  # GarbledJSON is a ValueError
                self._entries = {}
        return self._entries
