"""Parsed agenda templates, kept in the store folder so that a start need not parse Markdown.

Parsing needs markdown-it, which alone costs ~25 ms to import: a quarter of what the live
meeting screen may add to a bare Textual app's start-up. An entry is used only while its
file holds exactly the text it was parsed from, and only by the same parser: the gesprek
version and the parser's source files (size and modification time, so a checkout that pulls
a parser change does not keep stale agendas). It is only a cache: unreadable, it is rebuilt;
unwritable, templates are parsed each time. One lock guards it: it belongs to a Store, which
is safe for several threads.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.agenda import Agenda
from .sealing import Codec

FORMAT = 1
# What a parsed agenda depends on besides the template's text.
_PARSER_SOURCES = ("agenda_parser.py", "agenda.py", "shaping.py", "dates.py", "model.py")


def parser_fingerprint() -> list[Any]:
    domain = Path(__file__).resolve().parents[1] / "domain"
    stamps: list[Any] = [__version__]
    for name in _PARSER_SOURCES:
        try:
            st = (domain / name).stat()
        except OSError:
            stamps.append(None)  # e.g. running from a zip: the version alone decides
        else:
            stamps.append([st.st_size, st.st_mtime_ns])
    return stamps


class AgendaCache:
    def __init__(self, path: Path, codec: Codec) -> None:
        self._path = path
        self._codec = codec  # templates only, but sealed like every file of an encrypted store
        self._entries: dict[str, Any] | None = None
        self._fingerprint: list[Any] | None = None
        self._lock = threading.Lock()

    def get(self, source: Path, data: bytes, name: str, lang: str | None) -> Agenda | None:
        """The agenda parsed from `data` (the file's bytes) earlier, or None."""
        with self._lock:
            entry = self._load().get(str(source))
        try:
            if entry["key"] != [name, lang] or entry["text"].encode() != data:
                return None
            return Agenda.from_dict(entry["agenda"])
        except (KeyError, TypeError, ValueError, AttributeError, UnicodeError):
            return None

    def put(self, source: Path, data: bytes, name: str, lang: str | None, agenda: Agenda) -> None:
        with self._lock:
            entries = self._load()
            # A template that parsed is UTF-8 (a BOM stays in the text, so the bytes compare equal).
            entries[str(source)] = {"key": [name, lang], "text": data.decode(), "agenda": agenda.to_dict()}
            document = {"format": FORMAT, "parser": self._fingerprint, "entries": entries}
            try:
                self._codec.write(self._path, json.dumps(document, ensure_ascii=True).encode("ascii"))
            except OSError:
                pass  # a full disk or read-only store: parse again next time

    def _load(self) -> dict[str, Any]:
        """The entries (lock held); read from disk once."""
        if self._entries is None:
            self._fingerprint = parser_fingerprint()
            try:
                document = self._codec.read_json(self._path)
                valid = (document["format"], document["parser"]) == (FORMAT, self._fingerprint)
                self._entries = dict(document["entries"]) if valid else {}
            except (OSError, KeyError, TypeError, ValueError):  # GarbledJSON and TooDeep are ValueErrors
                self._entries = {}
        return self._entries
