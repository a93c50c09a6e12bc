"""The TinyDB storage of one meeting file: every write atomic, through the store's codec.

TinyDB's own JSONStorage rewrites the file in place and creates it 0644; this one goes through
sealing.Codec, which writes with atomic.write_atomic (0600, backup kept) and seals the bytes when
the store is encrypted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .errors import UnreadableData
from .sealing import Codec


class AtomicJSONStorage(Storage):
    """TinyDB storage for one meeting file, written with write_atomic (backup kept) through the
    store's codec (sealed when the store is encrypted).

    read() returns None for a missing file and raises UnreadableData for a file
    that is not a TinyDB document file, so TinyDB never overwrites one.
    """

    def __init__(self, path: str | os.PathLike[str], codec: Codec) -> None:
        self._path = Path(path)
        self._codec = codec

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            data = self._codec.read_json(self._path)
        except FileNotFoundError:
            return None
        if not _is_tinydb_layout(data):
            raise UnreadableData()
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # ASCII escapes keep any str (even a lone surrogate) writable and readable
        # back; no indent, as that forces the slow pure-Python encoder.
        self._codec.write(self._path, json.dumps(data).encode("ascii"), keep_backup=True)


def _is_tinydb_layout(data: Any) -> bool:
    # {table: {doc_id: {field: value}}}
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()) for table in data.values()
    )
